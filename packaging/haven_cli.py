"""The bundle's haven-cli: the command line, run as `python -m journal` runs it (journal/
__main__.py acts only when it is run as the main module)."""

import runpy

runpy.run_module("journal", run_name="__main__")
