"""The ``vaccine-tracker`` command: the window by default, headless subcommands otherwise.

Headless commands never import Qt (a test proves it) and keep heavy imports inside the
functions that need them, so ``vaccine-tracker summary`` starts fast.

Exit codes: 0 success, 1 bad input, 2 usage error, 3 database problem, 4 internal error.

The package: :mod:`~tracker.cli.parser` builds the flags and ``--help``;
:mod:`~tracker.cli.common` holds what the commands share; the commands live in
:mod:`~tracker.cli.summary`, :mod:`~tracker.cli.database` (check, backup, restore),
:mod:`~tracker.cli.importing` and :mod:`~tracker.cli.exports`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tracker.cli.common import (
    EXIT_DATABASE,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    SHOWN_ERRORS,
    UsageError,
    shown,
)
from tracker.cli.database import cmd_backup, cmd_check, cmd_restore
from tracker.cli.exports import cmd_export_chart, cmd_export_data, cmd_export_map, cmd_report
from tracker.cli.importing import cmd_import
from tracker.cli.parser import build_parser
from tracker.cli.summary import cmd_summary

__all__ = ["COMMANDS", "build_parser", "main"]

COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "summary": cmd_summary,
    "check": cmd_check,
    "import": cmd_import,
    "export-data": cmd_export_data,
    "export-chart": cmd_export_chart,
    "export-map": cmd_export_map,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
}


def _report_input_error(exc: Exception) -> None:
    print(f"vaccine-tracker: error: {shown(exc)}", file=sys.stderr)
    errors = getattr(exc, "errors", [])
    for err in errors[:SHOWN_ERRORS]:
        print(f"  {shown(err)}", file=sys.stderr)
    if len(errors) > SHOWN_ERRORS:
        print(f"  … and {len(errors) - SHOWN_ERRORS} more", file=sys.stderr)


def _quiet_broken_pipe() -> int:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from tracker.ui.app import run

        return run(args.db, empty=args.empty)
    from tracker.domain.errors import DatabaseError, TrackerError

    try:
        code = COMMANDS[args.command](args)
        sys.stdout.flush()
        return code
    except UsageError as exc:
        parser.error(shown(exc))  # exits 2
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except DatabaseError as exc:
        print(f"vaccine-tracker: database error: {shown(exc)}", file=sys.stderr)
        return EXIT_DATABASE
    except TrackerError as exc:
        _report_input_error(exc)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("vaccine-tracker: interrupted; nothing was written", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log = _log_exception()
        print(
            f"vaccine-tracker: internal error: {type(exc).__name__}: {shown(exc)} "
            f"(details in {log})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def _log_exception() -> Path:
    import traceback

    import platformdirs

    folder = platformdirs.user_log_path("vaccine-tracker", appauthor=False)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as fh:
            from tracker.store.database import redact

            text = redact(traceback.format_exc())
            fh.write(f"--- {dt.datetime.now().isoformat()}\n{text}\n")
        return log
    except OSError:
        return Path("(log unavailable)")
