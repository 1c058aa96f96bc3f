"""The needs_tools marker (tests/conftest.py): a privacy test whose program is missing is
skipped with its reason, and fails instead under HAVEN_CI=1 (.ci/run)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytest_plugins = ["pytester"]

TEST = """
import pytest

@pytest.mark.needs_tools("sh", "haven-no-such-program")
def test_runs_a_program():
    pass

@pytest.mark.needs_tools("sh")
def test_has_what_it_needs():
    pass
"""


@pytest.mark.parametrize(("ci", "outcome"), [("", {"passed": 1, "skipped": 1}),
                                             ("1", {"passed": 1, "errors": 1})])
def test_a_missing_program_skips_or_fails_under_ci(pytester, monkeypatch, ci, outcome):
    monkeypatch.setenv("HAVEN_CI", ci)
    monkeypatch.setenv("PYTHONPATH", str(REPO))  # for `tests.conftest`
    pytester.makeconftest("from tests.conftest import pytest_runtest_setup  # noqa: F401\n")
    pytester.makepyfile(TEST)
    result = pytester.runpytest_subprocess(
        "-ra", "-p", "no:cacheprovider", "-o",
        "markers=needs_tools(*names): programs the test runs")
    result.assert_outcomes(**outcome)
    reason = "needs haven-no-such-program (make test installs them on Debian as root)"
    if ci:
        result.stdout.fnmatch_lines([f"*this privacy test would be skipped: {reason}*"])
    else:
        result.stdout.fnmatch_lines([f"SKIPPED*{reason}"])
