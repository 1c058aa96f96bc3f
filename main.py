"""Start Haven: python main.py [--vault DIR] [--demo] [--lang nl|en]."""

from __future__ import annotations

import sys

from ui.app import create_app


def main(argv: list[str] | None = None) -> int:
    app = create_app(argv)
    app.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
