"""The hostile-input tally: every bad input or fault a test throws at the app, and how
it ended. ``make test`` prints it last (``tests/io/conftest.py``), beside the
reliability figures.

A case is *refused cleanly* when the app said no with one clear message (an expected
error, exit 1/2/3) and left the data as it was; *handled* when it accepted an awkward
but valid input correctly (or worked around a fault); a *traceback* is an internal
error (exit 4, an unexpected exception, "Traceback" on stderr); *data lost* is a
refusal that changed the database or a user's file anyway.
"""

from __future__ import annotations

import subprocess
from collections import Counter

TOTAL: Counter[str] = Counter()
GROUPS: dict[str, Counter[str]] = {}
KEYS = ("tried", "refused cleanly", "handled", "tracebacks", "data lost")


def record(
    group: str,
    *,
    refused: bool = False,
    handled: bool = False,
    traceback: bool = False,
    data_lost: bool = False,
) -> None:
    counts = GROUPS.setdefault(group, Counter())
    outcome = Counter({"tried": 1})
    if traceback:
        outcome["tracebacks"] += 1
    elif data_lost:
        outcome["data lost"] += 1
    elif refused:
        outcome["refused cleanly"] += 1
    elif handled:
        outcome["handled"] += 1
    counts.update(outcome)
    TOTAL.update(outcome)


def cli(
    group: str,
    done: subprocess.CompletedProcess,
    *,
    refused: bool,
    unchanged: bool = True,
) -> None:
    """Record a run of the real command line: ``refused`` if it was meant to say no."""
    crashed = (
        done.returncode == 4
        or done.returncode < 0
        or "Traceback" in done.stderr
        or "internal error" in done.stderr
    )
    said_no = done.returncode in (1, 2, 3)
    record(
        group,
        refused=refused and said_no,
        handled=not refused and done.returncode == 0,
        traceback=crashed,
        data_lost=not unchanged,
    )


def lines() -> list[str]:
    width = max([len(g) for g in GROUPS] + [len("TOTAL")])
    head = f"{'':<{width}}  " + "  ".join(f"{k:>15}" for k in KEYS)
    out = [head]
    for group, counts in sorted(GROUPS.items()):
        out.append(f"{group:<{width}}  " + "  ".join(f"{counts[k]:>15,}" for k in KEYS))
    out.append(f"{'TOTAL':<{width}}  " + "  ".join(f"{TOTAL[k]:>15,}" for k in KEYS))
    return out


_printed: list[bool] = []


def print_table(terminalreporter) -> None:  # noqa: ANN001 - pytest's TerminalReporter
    """Write the table once per session (several conftest files call this)."""
    if not TOTAL["tried"] or _printed:
        return
    _printed.append(True)
    terminalreporter.write_sep("=", "hostile inputs")
    for line in lines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(
        f"{TOTAL['tried']:,} hostile inputs tried: {TOTAL['refused cleanly']:,} refused "
        f"cleanly, {TOTAL['handled']:,} handled correctly, {TOTAL['tracebacks']:,} "
        f"tracebacks, {TOTAL['data lost']:,} data lost"
    )


def sha256(path) -> str:  # noqa: ANN001
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def counted_cli(group: str):  # noqa: ANN201
    """The real command line, each run counted in the hostile-input table under ``group``.

    The returned ``run(*args, watch=FILE)``: a refusal must leave ``watch`` byte for byte
    as it was (else the run counts as data lost).
    """
    from tests.conftest import run_cli

    def run(*args: str, watch=None, **kw):  # noqa: ANN001, ANN202
        before = sha256(watch) if watch is not None and watch.exists() else None
        done = run_cli(*args, **kw)
        after = sha256(watch) if watch is not None and watch.exists() else None
        cli(
            group,
            done,
            refused=done.returncode in (1, 2, 3),
            unchanged=done.returncode == 0 or before == after,
        )
        return done

    return run
