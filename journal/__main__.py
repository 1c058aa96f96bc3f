"""`python -m journal`: starts the command line (cli/, beside the core)."""

import os
import sys

from cli import main
from journal import process

if __name__ == "__main__":  # importing the module (a test of the core's imports) runs nothing
    process.harden()  # no core dump of a passphrase or a decrypted page, no debugger attach
    code = main()
    # Every command has closed its vault (WAL checkpointed, key wiped, lock released) and
    # written its files by now. What a normal exit would add is Python taking its modules
    # apart one by one, 6-8 ms of every run (bench/RESULTS.md), so leave at once once the
    # output is out. An error (a traceback, or argparse's exit 2) leaves the normal way.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None without a console (pythonw)
            stream.flush()
    os._exit(code)
