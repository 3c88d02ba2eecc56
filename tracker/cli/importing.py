"""``vaccine-tracker import``: the flags and a saved profile become read options, the
import wizard's guesses fill in the rest, then the file is imported (all rows or none)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    EXIT_USAGE,
    SHOWN_ERRORS,
    UsageError,
    opened,
    shown,
)

if TYPE_CHECKING:
    from tracker.io.guess import Guessed
    from tracker.io.importing import ImportReport
    from tracker.io.tables import ReadOptions

#: A saved profile is a few hundred bytes; anything near this is not one.
MAX_PROFILE_BYTES = 256 * 1024


def _load_profile(path: Path) -> ReadOptions:
    from tracker.domain.errors import InputError
    from tracker.io.profiles import load_profile

    if not path.exists():
        raise InputError(f"{path}: no such profile")
    if not path.is_file():
        raise InputError(f"{path}: a profile must be a regular file (not a pipe or device)")
    if path.stat().st_size > MAX_PROFILE_BYTES:
        raise InputError(
            f"{path}: {path.stat().st_size:,} bytes is not an import profile (the limit is "
            f"{MAX_PROFILE_BYTES:,})"
        )
    try:
        return load_profile(path)
    except RecursionError as exc:
        raise InputError(f"{path}: not an import profile (nested too deeply)") from exc


def _read_options(args: argparse.Namespace) -> ReadOptions:
    from tracker.io.tables import ReadOptions

    opts = _load_profile(args.profile) if args.profile else ReadOptions()
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise UsageError(f"--map {item!r}: expected FIELD=COLUMN")
        opts.mapping[field.strip()] = column
    for name in ("kind", "delimiter", "encoding", "date_format", "sheet", "as_of"):
        if getattr(args, name):
            setattr(opts, name, getattr(args, name))
    if args.thousands:
        opts.thousands = {"none": None, "space": " "}.get(args.thousands, args.thousands)
    if opts.delimiter == "\\t":
        opts.delimiter = "\t"
    return opts


def _spool_stdin(folder: Path) -> Path:
    """Standard input saved to a file: an import reads its input twice."""
    import shutil

    path = folder / "stdin"
    with path.open("wb") as out:
        shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
    return path


def _guess(args: argparse.Namespace, source: Path, opts: ReadOptions) -> Guessed:
    """The wizard's guesses for what the options leave open; explicit options win."""
    from tracker.io.guess import guess_read_options
    from tracker.io.parse import FIELDS

    given = {"thousands"} if args.thousands == "none" or args.profile else set()
    return guess_read_options(source, opts, FIELDS, given)


def _print_ambiguous(guessed: Guessed) -> None:
    for problem in guessed.ambiguous:
        print(f"vaccine-tracker: cannot guess: {shown(problem)}", file=sys.stderr)


def _show_guess(args: argparse.Namespace, source: Path, guessed: Guessed) -> int:
    """``--show-guess``: the guessed options as a profile on stdout; nothing imported."""
    from tracker.io.profiles import profile_dict

    for line in guessed.lines:
        print(f"guessed {line}", file=sys.stderr)
    name = "stdin" if source != args.file else args.file.stem
    options = guessed.options
    json.dump(profile_dict(options, name), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    _print_ambiguous(guessed)
    return EXIT_USAGE if guessed.ambiguous else EXIT_OK


def _print_report(args: argparse.Namespace, report: ImportReport) -> int:
    print(shown(report.summary()))
    for err in report.errors[:SHOWN_ERRORS]:
        print(f"  rejected: {shown(err)}")
    if len(report.errors) > SHOWN_ERRORS:
        print(f"  … and {len(report.errors) - SHOWN_ERRORS} more")
    if report.dry_run and report.rejected and not args.skip_invalid:
        return EXIT_INPUT  # the import itself would refuse this file
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    import tempfile

    from tracker.io.importing import import_file
    from tracker.io.tables import check_input_path

    opts = _read_options(args)
    with tempfile.TemporaryDirectory(prefix="tracker-stdin-") as folder:
        source = _spool_stdin(Path(folder)) if str(args.file) == "-" else args.file
        check_input_path(source)
        guessed = _guess(args, source, opts)
        if args.show_guess:
            return _show_guess(args, source, guessed)
        if guessed.ambiguous:
            _print_ambiguous(guessed)
            print("vaccine-tracker: nothing was imported", file=sys.stderr)
            return EXIT_USAGE
        for line in guessed.lines:
            print(f"guessed {shown(line)}")
        options = guessed.options
        with opened(args, write=True) as store:
            report = import_file(
                store, source, options, dry_run=args.dry_run, skip_invalid=args.skip_invalid
            )
    return _print_report(args, report)
