"""Prints the hostile-input table (``tests/io/hostile.py``) at the end of the session."""

from __future__ import annotations


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ANN001
    from tests.io import hostile

    hostile.print_table(terminalreporter)
