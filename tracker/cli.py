"""The ``vaccine-tracker`` command: the window by default, headless subcommands otherwise.

Headless commands never import Qt (a test proves it) and keep heavy imports inside the
functions that need them, so ``vaccine-tracker summary`` starts fast.

Exit codes: 0 success, 1 bad input, 2 usage error, 3 database problem, 4 internal error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tracker import APP_NAME, __version__

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_DATABASE, EXIT_INTERNAL = 0, 1, 2, 3, 4
KIND_CHOICES = ("commitments", "deliveries", "tallies", "events", "series")


class UsageError(Exception):
    """A flag value that parses but makes no sense (unknown country, reversed dates)."""


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def _thousands(text: str) -> str:
    """``--thousands`` also takes the separators' names (``comma``, ``dot``)."""
    return {"comma": ",", "dot": ".", "period": "."}.get(text.strip().lower(), text)


def _sub(sub, name: str, summary: str, *examples: str) -> argparse.ArgumentParser:
    """A subcommand with a one-line description and examples under its --help."""
    return sub.add_parser(
        name,
        help=summary,
        description=summary[0].upper() + summary[1:] + ".",
        epilog="examples:\n"
        + "\n".join(f"  vaccine-tracker {e}" for e in examples)
        + "\n\n--db goes before the command (vaccine-tracker --db FILE COMMAND ...)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument(
        "--donor",
        action="append",
        default=[],
        metavar="ACTOR",
        help="donor code or name (repeatable, or comma-separated)",
    )
    g.add_argument(
        "--recipient",
        action="append",
        default=[],
        metavar="ACTOR",
        help="recipient code or name (repeatable, or comma-separated)",
    )
    g.add_argument(
        "--vaccine",
        action="append",
        default=[],
        metavar="VACCINE",
        help="vaccine name or code, e.g. AstraZeneca (repeatable)",
    )
    g.add_argument(
        "--from", dest="date_from", type=_iso_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    g.add_argument(
        "--to", dest="date_to", type=_iso_date, metavar="DATE", help="last day, YYYY-MM-DD"
    )
    g.add_argument(
        "--with-group-pledges",
        dest="group_pledges",
        action="store_true",
        help="charts: add pledges to several recipients (global, COVAX, G7) to the committed "
        "line instead of drawing them in a lane of their own",
    )


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vaccine-tracker",
        description=f"{APP_NAME}: vaccine dose commitments and deliveries beside policy events. "
        "With no command, opens the window.",
        epilog="examples:\n"
        "  vaccine-tracker                          open the window\n"
        "  vaccine-tracker summary --donor USA      totals of the United States' pledges\n"
        "  vaccine-tracker COMMAND --help           a command's options and examples",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or SQLAlchemy URL (default: $TRACKER_DATABASE_URL, else a "
        "file in your data folder)",
    )
    p.add_argument(
        "--empty",
        action="store_true",
        help="a new database starts empty instead of seeded with the bundled datasets",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND", title="commands")

    s = _sub(
        sub,
        "summary",
        "totals per donor→recipient pair and per commitment",
        "summary --donor USA --recipient MEX",
        "summary --from 2021-01-01 --to 2021-06-30 --json",
    )
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_filters(s)

    _sub(
        sub,
        "check",
        "integrity and data-quality report (exit 3 on corruption)",
        "check",
        "--db shared.sqlite check",
    )

    i = _sub(
        sub,
        "import",
        "import a CSV or XLSX file (all rows or none)",
        "import deliveries.csv --kind deliveries --dry-run",
        'import entregas.csv --delimiter ";" --date-format "%d/%m/%Y" --thousands dot',
    )
    i.add_argument("file", type=Path, help="the CSV, TSV or XLSX file")
    i.add_argument(
        "--kind",
        choices=KIND_CHOICES,
        help="what the rows are: " + ", ".join(KIND_CHOICES) + " (default: guessed)",
    )
    i.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read the app's FIELD from the file's COLUMN (repeatable)",
    )
    i.add_argument(
        "--delimiter", metavar="CHAR", help='column separator, e.g. ";" (default: guessed)'
    )
    i.add_argument("--encoding", metavar="NAME", help="e.g. utf-8, cp1252 (default: guessed)")
    i.add_argument("--date-format", metavar="STRFTIME", help='e.g. "%%d/%%m/%%Y"')
    i.add_argument(
        "--thousands",
        type=_thousands,
        choices=[",", ".", "space", "none"],
        metavar="SEP",
        help='digit grouping in numbers: "comma" (1,500,000), "dot" (1.500.000), "space" '
        '(1 500 000) or "none"; digits are 0-9 only',
    )
    i.add_argument("--sheet", metavar="NAME", help="the XLSX sheet (default: the first)")
    i.add_argument(
        "--as-of",
        dest="as_of",
        type=_iso_date,
        metavar="DATE",
        help="the date the file's data covers: official tallies dated after it are refused",
    )
    i.add_argument("--profile", type=Path, metavar="P.json", help="saved mapping and options")
    i.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    i.add_argument(
        "--show-guess",
        action="store_true",
        help="print the options guessed for FILE as a --profile JSON and import nothing",
    )
    i.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some are rejected",
    )

    e = _sub(
        sub,
        "export-data",
        "export records to CSV or XLSX",
        "export-data deliveries.csv --donor USA",
        "export-data commitments.xlsx --kind commitments --with-audit",
    )
    e.add_argument("out", type=Path, metavar="OUT.csv|OUT.xlsx")
    e.add_argument(
        "--kind",
        choices=KIND_CHOICES,
        default="deliveries",
        help="which records: " + ", ".join(KIND_CHOICES) + " (default: deliveries)",
    )
    e.add_argument("--no-bom", action="store_true", help="plain UTF-8 CSV without a BOM")
    e.add_argument(
        "--with-audit",
        action="store_true",
        help="also write the audit trail (who changed what, when) to OUT.audit.csv",
    )
    _add_filters(e)

    c = _sub(
        sub,
        "export-chart",
        "draw the timeline to PNG, SVG or PDF",
        "export-chart story.png --donor USA --recipient MEX",
        "export-chart story.pdf --dpi 300 --lang es",
    )
    c.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    c.add_argument("--width", type=int, default=1600, metavar="PX", help="default 1600")
    c.add_argument("--height", type=int, default=900, metavar="PX", help="default 900")
    c.add_argument("--dpi", type=int, metavar="N", help="e.g. 300 for print (PNG and PDF)")
    c.add_argument("--title", metavar="T", help="the chart's title (default: from the filters)")
    c.add_argument(
        "--lang",
        choices=["en", "es"],
        default="en",
        help="language of the chart's words: en (English) or es (Spanish)",
    )
    _add_filters(c)

    m = _sub(
        sub,
        "export-map",
        "draw the map of doses received (choropleth, flows) to PNG, SVG or PDF",
        "export-map usa_apr.svg --donor USA --date 2021-04-30",
        "export-map mexico.png --recipient MEX --per-capita --flows --lang es",
        "export-map frames.png --frames slides/",
    )
    m.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    m.add_argument("--date", type=_iso_date, metavar="D", help="as of this day (default: the end)")
    m.add_argument(
        "--measure",
        choices=["delivered", "committed", "outstanding"],
        default="delivered",
        help="what the colours show (default: delivered)",
    )
    m.add_argument("--per-capita", action="store_true", help="doses per 100 people (UN WPP 2024)")
    m.add_argument("--flows", action="store_true", help="draw donor→recipient arcs")
    m.add_argument("--width", type=int, default=1600, metavar="PX", help="page width in pixels")
    m.add_argument("--height", type=int, default=900, metavar="PX", help="page height in pixels")
    m.add_argument("--dpi", type=int, metavar="N", help="e.g. 300 for print (PNG)")
    m.add_argument("--title", metavar="T", help="the map's title")
    m.add_argument("--lang", choices=["en", "es"], default="en", help="language of the map's words")
    m.add_argument("--frames", type=Path, metavar="DIR", help="also one PNG per month into DIR")
    _add_filters(m)

    rp = _sub(
        sub,
        "report",
        "PDF report: chart, promises, fulfilment, sources",
        "report report.pdf",
        'report mexico.pdf --recipient MEX --title "Doses to Mexico"',
    )
    rp.add_argument("out", type=Path, metavar="OUT.pdf")
    rp.add_argument("--title", metavar="T", help="the report's title")
    _add_filters(rp)

    b = _sub(
        sub,
        "backup",
        "copy the database (SQLite online backup)",
        "backup tracker-2021-06-30.sqlite",
        "backup tracker-2021-06-30.sqlite --force",
    )
    b.add_argument("out", type=Path, metavar="OUT.sqlite", help="where the copy goes")
    b.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    r = _sub(
        sub,
        "restore",
        "replace the database with a backup (the current file is kept as one)",
        "restore tracker-2021-06-30.sqlite",
    )
    r.add_argument("source", type=Path, metavar="IN", help="the backup to restore")
    return p


# -- helpers ----------------------------------------------------------------------------
def _shown(text: object) -> str:
    """Text for the terminal: passwords hidden, control characters escaped."""
    from tracker.store.database import redact

    out = redact(str(text))
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in out):
        out = "".join(
            c if not (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) else repr(c)[1:-1] for c in out
        )
    return out


def _db(args: argparse.Namespace) -> str | None:
    """``--db``; an empty value is a usage error, not the default database."""
    if args.db is not None and not args.db.strip():
        raise UsageError("--db is empty; give a file path or a database URL")
    return args.db


def _codes(values: list[str], kind: str) -> tuple[str, ...]:
    from tracker.domain.actors import actors
    from tracker.domain.vaccines import vaccines

    registry = vaccines() if kind == "vaccine" else actors()
    out = []
    for value in values:
        for part in filter(None, (v.strip() for v in value.split(","))):
            code = registry.resolve(part)
            if code is None:
                hint = registry.suggest(part)
                raise UsageError(
                    f"unknown {kind} {part!r}"
                    + (f"; did you mean {', '.join(hint)}?" if hint else "")
                )
            out.append(code)
    return tuple(out)


def _filters(args: argparse.Namespace):
    from tracker.domain.filters import Filters

    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise UsageError("--from is after --to")
    return Filters(
        donors=_codes(args.donor, "donor"),
        recipients=_codes(args.recipient, "recipient"),
        vaccines=_codes(args.vaccine, "vaccine"),
        date_from=args.date_from,
        date_to=args.date_to,
        group_pledges=getattr(args, "group_pledges", False),
    )


def _open(args: argparse.Namespace, write: bool = False):
    """Open the database; a command that only reads opens a read-only file read-only."""
    import os

    from tracker.io.seed import open_database
    from tracker.store.database import default_database_url, normalise_url, sqlite_path

    url = normalise_url(_db(args) or default_database_url())
    path = sqlite_path(url)
    read_only = (
        not write
        and path is not None
        and path.is_file()
        and path.stat().st_size > 0
        and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))
    )
    return open_database(url, empty=args.empty, read_only=read_only)


# -- commands ---------------------------------------------------------------------------
def cmd_summary(args: argparse.Namespace) -> int:
    from tracker.store.reconcile import checkpoint_row, promise_row, reconcile

    f = _filters(args)
    store = _open(args)
    try:
        rec = reconcile(store, f)
    finally:
        store.close()

    def jsonable(row: dict) -> dict:
        return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in row.items()}

    from tracker.io.per_capita import per_100 as per_hundred

    def per_100(p) -> dict:
        """Doses delivered per 100 people of the recipient, on the UN WPP 2024 population
        of the pair's as-of year (2019–2023), with the year it used."""
        value, year = per_hundred(p.recipient, p.delivered, p.as_of)
        return {"per_100": value, "population_year": year}

    pairs = [
        {
            "donor": p.donor,
            "recipient": p.recipient,
            "committed": p.committed,
            "delivered": p.delivered,
            "outstanding": p.outstanding,
            "as_of": p.as_of.isoformat() if p.as_of else None,
            "several_recipients": p.several_recipients,
            **per_100(p),
        }
        for p in rec.pairs
    ]
    if args.json:
        commitments = []
        for p in rec.promises:
            row = jsonable(promise_row(p))
            del row["db_id"], row["date"]
            row.update(per_100(p))
            row["days_to_first_delivery"] = row.pop("days_to_first")
            row["days_to_final_delivery"] = row.pop("days_to_final")
            commitments.append({"announced_on": p.announced_on.isoformat(), **row})
        tallies = []
        for c in rec.checkpoints:
            row = jsonable(checkpoint_row(c))
            row["as_of"] = row.pop("date")
            del row["db_id"], row["deliveries"]
            tallies.append(row)
        donors = [
            {
                "donor": d.donor,
                "committed": d.committed,
                "delivered": d.delivered,
                "kept": None if d.percent is None else round(d.percent, 1),
                "covered": d.covered,
                "commitments": d.total,
            }
            for d in rec.donors
        ]
        json.dump(
            {
                "filters": {
                    "donor": list(f.donors),
                    "recipient": list(f.recipients),
                    "vaccine": list(f.vaccines),
                    "from": f.date_from.isoformat() if f.date_from else None,
                    "to": f.date_to.isoformat() if f.date_to else None,
                },
                "as_of": rec.as_of.isoformat() if rec.as_of else None,
                "pairs": pairs,
                "commitments": commitments,
                "tallies": tallies,
                "donors": donors,
            },
            sys.stdout,
            indent=2,
            ensure_ascii=False,
        )
        sys.stdout.write("\n")
        return EXIT_OK
    if not pairs:
        print("No commitments or deliveries match.")
        return EXIT_OK
    print(
        f"{'donor':<12} {'recipient':<12} {'committed':>15} {'delivered':>15} {'outstanding':>15}"
    )
    for p in pairs:
        print(
            f"{p['donor']:<12} {p['recipient']:<12} {p['committed']:>15,} {p['delivered']:>15,} "
            f"{p['outstanding']:>15,}"
        )
    return EXIT_OK


def _print_restorable(path: Path) -> None:
    """Every file ``path`` can be restored from, newest first, each checked."""
    from tracker.domain.errors import ResourceError
    from tracker.store.backups import restorable_files
    from tracker.store.sqlite_file import diagnose

    files = restorable_files(path)
    if not files:
        print("There is no backup of this database to restore.")
        return
    print("Files it can be restored from, newest first (`vaccine-tracker restore FILE`):")
    for b in files:
        try:
            problems = diagnose(b.path, full=False)
            state = f"damaged: {problems[0]}" if problems else "intact"
        except ResourceError:
            state = "cannot be read now"
        what = "moved aside by a restore" if b.reason == "damaged" else b.reason
        print(f"  {_shown(b.path)}  ({what}, {b.taken_at:%Y-%m-%d %H:%M}; {state})")


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.store.database import default_database_url, normalise_url, sqlite_path
    from tracker.store.maintenance import check_database

    url = normalise_url(_db(args) or default_database_url())
    path = sqlite_path(url)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        state = "does not exist" if not path.exists() else "is empty (0 bytes)"
        print(f"vaccine-tracker: error: {_shown(path)} {state}", file=sys.stderr)
        _print_restorable(path)
        return EXIT_DATABASE
    report = check_database(url)
    if report.corrupt:
        print(f"DAMAGED: {_shown(report.target)}")
        for problem in report.integrity[:20]:
            print(f"  {_shown(problem)}")
        print("Nothing was written. Restore a backup with `vaccine-tracker restore BACKUP`.")
        if path is not None:
            _print_restorable(path)
        return EXIT_DATABASE
    print(
        f"OK: {_shown(report.target)} passed SQLite's integrity check"
        if path
        else f"OK: {_shown(report.target)}"
    )
    if report.findings:
        print(f"{len(report.findings)} data-quality finding(s):")
        for finding in report.findings:
            print(f"  [{finding.severity}] {finding.kind} {finding.ref}: {finding.message}")
    else:
        print("No data-quality findings.")
    if report.checkpoints:
        from collections import Counter

        states = Counter(c.status for c in report.checkpoints)
        print(
            f"{len(report.checkpoints)} tally checkpoint(s): "
            + ", ".join(f"{n} {TALLY_WORDS[s]}" for s, n in sorted(states.items()))
        )
        for c in report.checkpoints:
            print(
                f"  {c.label} {c.donor}→{c.recipient} {c.as_of.isoformat()}: tally {c.tally:,}, "
                f"recorded {c.recorded:,}, difference {c.difference:,} ({TALLY_WORDS[c.status]})"
            )
    return EXIT_OK


TALLY_WORDS = {
    "matches": "match recorded deliveries",
    "missing": "deliveries missing",
    "exceeds": "recorded exceeds tally",
    "not-recorded": "deliveries not recorded",
}

#: A saved profile is a few hundred bytes; anything near this is not one.
MAX_PROFILE_BYTES = 256 * 1024


def _load_profile(path: Path):
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


def _read_options(args: argparse.Namespace):
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


def _guess(args: argparse.Namespace, source: Path, opts):
    """The wizard's guesses for what the options leave open; explicit options win."""
    from tracker.io.guess import guess_read_options
    from tracker.io.parse import FIELDS

    given = {"thousands"} if args.thousands == "none" or args.profile else set()
    return guess_read_options(source, opts, FIELDS, given)


def cmd_import(args: argparse.Namespace) -> int:
    import tempfile

    from tracker.io.importing import import_file

    opts = _read_options(args)
    with tempfile.TemporaryDirectory(prefix="tracker-stdin-") as folder:
        source = _spool_stdin(Path(folder)) if str(args.file) == "-" else args.file
        from tracker.io.tables import check_input_path

        check_input_path(source)
        guessed = _guess(args, source, opts)
        if args.show_guess:
            from tracker.io.profiles import profile_dict

            for line in guessed.lines:
                print(f"guessed {line}", file=sys.stderr)
            name = "stdin" if source != args.file else args.file.stem
            profile = profile_dict(guessed.options, name)
            json.dump(profile, sys.stdout, indent=2, ensure_ascii=False)
            sys.stdout.write("\n")
            for problem in guessed.ambiguous:
                print(f"vaccine-tracker: cannot guess: {_shown(problem)}", file=sys.stderr)
            return EXIT_USAGE if guessed.ambiguous else EXIT_OK
        if guessed.ambiguous:
            for problem in guessed.ambiguous:
                print(f"vaccine-tracker: cannot guess: {_shown(problem)}", file=sys.stderr)
            print("vaccine-tracker: nothing was imported", file=sys.stderr)
            return EXIT_USAGE
        for line in guessed.lines:
            print(f"guessed {_shown(line)}")
        store = _open(args, write=True)
        try:
            report = import_file(
                store,
                source,
                guessed.options,
                dry_run=args.dry_run,
                skip_invalid=args.skip_invalid,
            )
        finally:
            store.close()
    print(_shown(report.summary()))
    for err in report.errors[:50]:
        print(f"  rejected: {_shown(err)}")
    if len(report.errors) > 50:
        print(f"  … and {len(report.errors) - 50} more")
    if report.dry_run and report.rejected and not args.skip_invalid:
        return EXIT_INPUT  # the import itself would refuse this file
    return EXIT_OK


def cmd_export_data(args: argparse.Namespace) -> int:
    from tracker.io.export import export_data

    f = _filters(args)
    store = _open(args)
    try:
        n = export_data(store, args.out, args.kind, f, bom=not args.no_bom)
        if args.with_audit:
            from tracker.store.audit import export_audit_csv

            trail = args.out.with_name(f"{args.out.stem}.audit.csv")
            m = export_audit_csv(store, trail, args.kind, bom=not args.no_bom)
    finally:
        store.close()
    print(f"wrote {n} {args.kind} rows to {args.out}")
    if args.with_audit:
        print(f"wrote {m} audit-trail rows to {trail}")
    return EXIT_OK


def cmd_export_chart(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UsageError(f"{args.out}: export to .png, .svg or .pdf")
    if not 100 <= args.width <= 20_000 or not 100 <= args.height <= 20_000:
        raise UsageError("--width and --height must be between 100 and 20000 pixels")
    f = _filters(args)
    store = _open(args)
    try:
        # The one headless command that needs Qt: it draws.
        from tracker.timeline.export import export_chart_file

        out = export_chart_file(
            store,
            args.out,
            f,
            width=args.width,
            height=args.height,
            dpi=args.dpi,
            title=args.title,
            lang=args.lang,
        )
    finally:
        store.close()
    print(f"wrote {out}")
    return EXIT_OK


def cmd_export_map(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UsageError(f"{args.out}: export to .png, .svg or .pdf")
    if not 100 <= args.width <= 20_000 or not 100 <= args.height <= 20_000:
        raise UsageError("--width and --height must be between 100 and 20000 pixels")
    if args.dpi is not None and not 24 <= args.dpi <= 2400:
        raise UsageError("--dpi must be between 24 and 2400")
    f = _filters(args)
    store = _open(args)
    try:
        from tracker.timeline.map_export import export_map_file

        written = export_map_file(
            store,
            args.out,
            f,
            as_of=args.date,
            measure=args.measure,
            per_capita=args.per_capita,
            flows=args.flows,
            lang=args.lang,
            width=args.width,
            height=args.height,
            dpi=args.dpi,
            title=args.title,
            frames_dir=args.frames,
        )
    finally:
        store.close()
    print(f"wrote {written[0]}")
    if len(written) > 1:
        print(f"wrote {len(written) - 1} monthly frames to {args.frames}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"{args.out}: a report is a .pdf file")
    f = _filters(args)
    store = _open(args)
    try:
        from tracker.timeline.report import write_report

        out = write_report(store, args.out, f, title=args.title)
    finally:
        store.close()
    print(f"wrote {out}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from tracker.store.backups import backup_to

    store = _open(args)
    try:
        out = backup_to(store, args.out, force=args.force)
    finally:
        store.close()
    print(f"backed up {_shown(store.describe())} to {_shown(out)}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from tracker.store.backups import restore
    from tracker.store.database import default_database_url

    kept = restore(_db(args) or default_database_url(), args.source)
    print(
        f"restored from {args.source}" + (f"; the previous file is kept as {kept}" if kept else "")
    )
    return EXIT_OK


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


def _report_input_error(exc) -> None:
    print(f"vaccine-tracker: error: {_shown(exc)}", file=sys.stderr)
    errors = getattr(exc, "errors", [])
    for err in errors[:50]:
        print(f"  {_shown(err)}", file=sys.stderr)
    if len(errors) > 50:
        print(f"  … and {len(errors) - 50} more", file=sys.stderr)


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
        parser.error(_shown(exc))  # exits 2
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except DatabaseError as exc:
        print(f"vaccine-tracker: database error: {_shown(exc)}", file=sys.stderr)
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
            f"vaccine-tracker: internal error: {type(exc).__name__}: {_shown(exc)} "
            f"(details in {log})",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    return EXIT_OK


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
