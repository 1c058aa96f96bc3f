"""`python -m journal` and `haven-cli`: the command line for scripting, backups and tests.

It sits beside the core and the GUI, not inside the core: everything goes through
journal/, and only `export --format pdf` imports ui.report_pdf (Qt, offscreen) to print
the summary, as the desktop app does.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or recovery code,
4 not a Haven vault or damaged (also: its key file was changed), 5 vault in use,
6 an import that left files out, 7 no permission to read or write the vault's folder
or files.

The parts: `parser` (the commands, their options and help), `inputs` (secrets and texts
read from files, standard input or the terminal), `errors` (exit codes and the sentence
of each error), and the commands by area: `entries` (add, list, search),
`vault_commands` (init, verify, passwd, backup, restore), `importing`, `exporting`
(Haven JSON, Markdown, the therapist summary).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from cli.errors import (
    EXIT_ERROR,
    EXIT_IMPORT_INCOMPLETE,
    EXIT_IN_USE,
    EXIT_NO_PERMISSION,
    EXIT_OK,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    EXIT_WRONG_SECRET,
    TargetError,
    UsageError,
    error_exit,
    one_line,
)
from cli.importing import IMPORT_FORMATS
from cli.parser import build_parser
from journal.errors import HavenError

__all__ = ["EXIT_ERROR", "EXIT_IMPORT_INCOMPLETE", "EXIT_IN_USE", "EXIT_NO_PERMISSION",
           "EXIT_OK", "EXIT_UNREADABLE", "EXIT_USAGE", "EXIT_WRONG_SECRET",
           "IMPORT_FORMATS", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits with 2 on a usage error
    try:
        return int(args.func(args))
    except (HavenError, UsageError, TargetError, OSError) as exc:
        code, sentence = error_exit(exc)
        print(f"haven: {one_line(sentence)}", file=sys.stderr)
        return code
    except KeyboardInterrupt:
        print("haven: interrupted; nothing more was changed.", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:
        # A bug, not her mistake: one line rather than a traceback that may quote her
        # words; HAVEN_DEBUG=1 shows the traceback.
        if os.environ.get("HAVEN_DEBUG"):
            raise
        print(f"haven: an unexpected error ({type(exc).__name__}); nothing more was "
              "changed. Please report it (HAVEN_DEBUG=1 shows the details).",
              file=sys.stderr)
        return EXIT_ERROR
