"""A keyring backend for the jrnl comparison (bench/jrnl_bench.py) only.

jrnl reads an encrypted journal's password from the system keyring or from the terminal,
never from a pipe. With PYTHONPATH=bench and
PYTHON_KEYRING_BACKEND=jrnl_keyring.EnvKeyring, keyring asks this class, which answers
with the environment variable JRNL_BENCH_PASSWORD (a throw-away benchmark password).
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("JRNL_BENCH_PASSWORD")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError("the benchmark keyring is read-only")

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError("the benchmark keyring is read-only")
