"""The bundle's haven-cli: `python -m journal` (no Qt)."""

import journal.__main__  # noqa: F401  (runs the command line and exits)
