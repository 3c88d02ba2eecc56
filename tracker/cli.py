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


def _add_filters(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument(
        "--donor",
        action="append",
        default=[],
        metavar="ACTOR",
        help="donor code or name (repeatable, or comma-separated)",
    )
    g.add_argument("--recipient", action="append", default=[], metavar="ACTOR")
    g.add_argument("--vaccine", action="append", default=[], metavar="VACCINE")
    g.add_argument("--from", dest="date_from", type=_iso_date, metavar="DATE")
    g.add_argument("--to", dest="date_to", type=_iso_date, metavar="DATE")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="vaccine-tracker",
        description=f"{APP_NAME}: vaccine dose commitments and deliveries beside policy events. "
        "With no command, opens the window.",
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
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("summary", help="totals per donor→recipient pair and per commitment")
    s.add_argument("--json", action="store_true", help="print JSON")
    _add_filters(s)

    sub.add_parser("check", help="integrity and data-quality report (exit 3 on corruption)")

    i = sub.add_parser("import", help="import a CSV or XLSX file (all rows or none)")
    i.add_argument("file", type=Path)
    i.add_argument("--kind", choices=KIND_CHOICES)
    i.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help="read the app's FIELD from the file's COLUMN (repeatable)",
    )
    i.add_argument("--delimiter")
    i.add_argument("--encoding")
    i.add_argument("--date-format", metavar="STRFTIME", help='e.g. "%%d/%%m/%%Y"')
    i.add_argument("--thousands", choices=[",", ".", "none"])
    i.add_argument("--sheet")
    i.add_argument("--profile", type=Path, metavar="P.json", help="saved mapping and options")
    i.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    i.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows even when some are rejected",
    )

    e = sub.add_parser("export-data", help="export records to CSV or XLSX")
    e.add_argument("out", type=Path)
    e.add_argument("--kind", choices=KIND_CHOICES, default="deliveries")
    e.add_argument("--no-bom", action="store_true", help="plain UTF-8 CSV without a BOM")
    e.add_argument(
        "--with-audit",
        action="store_true",
        help="also write the audit trail (who changed what, when) to OUT.audit.csv",
    )
    _add_filters(e)

    c = sub.add_parser("export-chart", help="draw the timeline to PNG, SVG or PDF")
    c.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    c.add_argument("--width", type=int, default=1600, metavar="PX")
    c.add_argument("--height", type=int, default=900, metavar="PX")
    c.add_argument("--dpi", type=int, metavar="N", help="e.g. 300 for print (PNG and PDF)")
    c.add_argument("--title", metavar="T")
    c.add_argument("--lang", choices=["en", "es"], default="en")
    _add_filters(c)

    m = sub.add_parser("export-map", help="draw the map of doses received to PNG, SVG or PDF")
    m.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    m.add_argument("--date", type=_iso_date, metavar="D", help="as of this day (default: the end)")
    m.add_argument(
        "--measure", choices=["delivered", "committed", "outstanding"], default="delivered"
    )
    m.add_argument("--per-capita", action="store_true", help="doses per 100 people (UN WPP 2024)")
    m.add_argument("--flows", action="store_true", help="draw donor→recipient arcs")
    m.add_argument("--width", type=int, default=1600, metavar="PX")
    m.add_argument("--height", type=int, default=900, metavar="PX")
    m.add_argument("--dpi", type=int, metavar="N", help="e.g. 300 for print (PNG)")
    m.add_argument("--title", metavar="T")
    m.add_argument("--lang", choices=["en", "es"], default="en")
    m.add_argument("--frames", type=Path, metavar="DIR", help="also one PNG per month into DIR")
    _add_filters(m)

    rp = sub.add_parser("report", help="PDF report: chart, promises, fulfilment, sources")
    rp.add_argument("out", type=Path, metavar="OUT.pdf")
    rp.add_argument("--title", metavar="T")
    _add_filters(rp)

    b = sub.add_parser("backup", help="copy the database (SQLite online backup)")
    b.add_argument("out", type=Path)
    r = sub.add_parser("restore", help="replace the database with a backup")
    r.add_argument("source", type=Path, metavar="IN")
    return p


# -- helpers ----------------------------------------------------------------------------
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
    )


def _open(args: argparse.Namespace):
    from tracker.io.seed import open_database

    return open_database(args.db, empty=args.empty)


# -- commands ---------------------------------------------------------------------------
def cmd_summary(args: argparse.Namespace) -> int:
    from tracker.store.queries import commitment_balances, pair_summary

    f = _filters(args)
    store = _open(args)
    try:
        pairs = pair_summary(store, f)
        balances = commitment_balances(store, f)
    finally:
        store.close()
    commitments = [
        {
            "id": b.ref or str(b.id),
            "donor": b.donor,
            "recipient": b.recipient,
            "vaccine": b.vaccine,
            "announced_on": b.announced_on.isoformat(),
            "committed": b.balance.committed,
            "delivered": b.balance.delivered,
            "outstanding": b.balance.outstanding,
            "status": b.balance.status,
            "days_to_first_delivery": b.balance.days_to_first_delivery,
            "days_to_final_delivery": b.balance.days_to_final_delivery,
        }
        for b in balances
    ]
    if args.json:
        json.dump(
            {
                "filters": {
                    "donor": list(f.donors),
                    "recipient": list(f.recipients),
                    "vaccine": list(f.vaccines),
                    "from": f.date_from.isoformat() if f.date_from else None,
                    "to": f.date_to.isoformat() if f.date_to else None,
                },
                "pairs": pairs,
                "commitments": commitments,
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


def cmd_check(args: argparse.Namespace) -> int:
    from tracker.store.database import default_database_url, normalise_url, sqlite_path
    from tracker.store.maintenance import check_database

    url = normalise_url(args.db or default_database_url())
    path = sqlite_path(url)
    if path is not None and not path.exists():
        print(f"vaccine-tracker: error: {path} does not exist", file=sys.stderr)
        return EXIT_DATABASE
    report = check_database(url)
    if report.corrupt:
        print(f"DAMAGED: {report.target}")
        for problem in report.integrity[:20]:
            print(f"  {problem}")
        print("Nothing was written. Restore a backup with `vaccine-tracker restore BACKUP`.")
        from tracker.store.backups import latest_backup

        latest = latest_backup(path) if path is not None else None
        if latest is not None:
            print(f"The newest intact backup is {latest}")
        return EXIT_DATABASE
    print(
        f"OK: {report.target} passed SQLite's integrity check" if path else f"OK: {report.target}"
    )
    if report.findings:
        print(f"{len(report.findings)} data-quality finding(s):")
        for finding in report.findings:
            print(f"  [{finding.severity}] {finding.kind} {finding.record}: {finding.message}")
    else:
        print("No data-quality findings.")
    return EXIT_OK


def _read_options(args: argparse.Namespace):
    from tracker.io.profiles import load_profile
    from tracker.io.tables import ReadOptions

    opts = load_profile(args.profile) if args.profile else ReadOptions()
    for item in args.map:
        field, sep, column = item.partition("=")
        if not sep or not field or not column:
            raise UsageError(f"--map {item!r}: expected FIELD=COLUMN")
        opts.mapping[field.strip()] = column
    for name in ("kind", "delimiter", "encoding", "date_format", "sheet"):
        if getattr(args, name):
            setattr(opts, name, getattr(args, name))
    if args.thousands:
        opts.thousands = None if args.thousands == "none" else args.thousands
    if opts.delimiter == "\\t":
        opts.delimiter = "\t"
    return opts


def cmd_import(args: argparse.Namespace) -> int:
    from tracker.io.importing import import_file

    opts = _read_options(args)
    store = _open(args)
    try:
        report = import_file(
            store, args.file, opts, dry_run=args.dry_run, skip_invalid=args.skip_invalid
        )
    finally:
        store.close()
    print(report.summary())
    for err in report.errors[:50]:
        print(f"  rejected: {err}")
    if len(report.errors) > 50:
        print(f"  … and {len(report.errors) - 50} more")
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
    from tracker.store.maintenance import backup

    store = _open(args)
    try:
        out = backup(store, args.out)
    finally:
        store.close()
    print(f"backed up {store.describe()} to {out}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from tracker.store.database import default_database_url
    from tracker.store.maintenance import restore

    kept = restore(args.db or default_database_url(), args.source)
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
    print(f"vaccine-tracker: error: {exc}", file=sys.stderr)
    errors = getattr(exc, "errors", [])
    for err in errors[:50]:
        print(f"  {err}", file=sys.stderr)
    if len(errors) > 50:
        print(f"  … and {len(errors) - 50} more", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from tracker.ui.app import run

        return run(args.db, empty=args.empty)
    from tracker.domain.errors import DatabaseError, TrackerError

    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        parser.error(str(exc))  # exits 2
    except DatabaseError as exc:
        print(f"vaccine-tracker: database error: {exc}", file=sys.stderr)
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
            f"vaccine-tracker: internal error: {type(exc).__name__}: {exc} (details in {log})",
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
            fh.write(f"--- {dt.datetime.now().isoformat()}\n{traceback.format_exc()}\n")
        return log
    except OSError:
        return Path("(log unavailable)")
