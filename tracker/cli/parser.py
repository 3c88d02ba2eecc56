"""The ``vaccine-tracker`` argument parser: the top-level flags and every subcommand's
options, descriptions and examples (what ``--help`` prints)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from tracker import APP_NAME, __version__

KIND_CHOICES = ("commitments", "deliveries", "tallies", "events", "series")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date in the form YYYY-MM-DD") from exc


def _thousands(text: str) -> str:
    """``--thousands`` also takes the separators' names (``comma``, ``dot``)."""
    return {"comma": ",", "dot": ".", "period": "."}.get(text.strip().lower(), text)


Subparsers = argparse._SubParsersAction  # argparse's type for add_subparsers()


def _sub(sub: Subparsers, name: str, summary: str, *examples: str) -> argparse.ArgumentParser:
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


def _add_page(
    p: argparse.ArgumentParser, *, size: tuple[str, str], dpi: str, title: str, lang: str
) -> None:
    """The flags of every drawing (page size, resolution, title, language), each with
    the command's own help."""
    p.add_argument("--width", type=int, default=1600, metavar="PX", help=size[0])
    p.add_argument("--height", type=int, default=900, metavar="PX", help=size[1])
    p.add_argument("--dpi", type=int, metavar="N", help=dpi)
    p.add_argument("--title", metavar="T", help=title)
    p.add_argument("--lang", choices=["en", "es"], default="en", help=lang)


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
    for add in (
        _add_summary,
        _add_check,
        _add_import,
        _add_export_data,
        _add_export_chart,
        _add_export_map,
        _add_report,
        _add_backup,
        _add_restore,
    ):
        add(sub)
    return p


def _add_summary(sub: Subparsers) -> None:
    s = _sub(
        sub,
        "summary",
        "totals per donor→recipient pair and per commitment",
        "summary --donor USA --recipient MEX",
        "summary --from 2021-01-01 --to 2021-06-30 --json",
    )
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _add_filters(s)


def _add_check(sub: Subparsers) -> None:
    _sub(
        sub,
        "check",
        "integrity and data-quality report (exit 3 on corruption)",
        "check",
        "--db shared.sqlite check",
    )


def _add_import(sub: Subparsers) -> None:
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


def _add_export_data(sub: Subparsers) -> None:
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


def _add_export_chart(sub: Subparsers) -> None:
    c = _sub(
        sub,
        "export-chart",
        "draw the timeline to PNG, SVG or PDF",
        "export-chart story.png --donor USA --recipient MEX",
        "export-chart story.pdf --dpi 300 --lang es",
    )
    c.add_argument("out", type=Path, metavar="OUT.png|OUT.svg|OUT.pdf")
    _add_page(
        c,
        size=("default 1600", "default 900"),
        dpi="e.g. 300 for print (PNG and PDF)",
        title="the chart's title (default: from the filters)",
        lang="language of the chart's words: en (English) or es (Spanish)",
    )
    _add_filters(c)


def _add_export_map(sub: Subparsers) -> None:
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
    _add_page(
        m,
        size=("page width in pixels", "page height in pixels"),
        dpi="e.g. 300 for print (PNG)",
        title="the map's title",
        lang="language of the map's words",
    )
    m.add_argument("--frames", type=Path, metavar="DIR", help="also one PNG per month into DIR")
    _add_filters(m)


def _add_report(sub: Subparsers) -> None:
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


def _add_backup(sub: Subparsers) -> None:
    b = _sub(
        sub,
        "backup",
        "copy the database (SQLite online backup)",
        "backup tracker-2021-06-30.sqlite",
        "backup tracker-2021-06-30.sqlite --force",
    )
    b.add_argument("out", type=Path, metavar="OUT.sqlite", help="where the copy goes")
    b.add_argument("--force", action="store_true", help="overwrite OUT if it exists")


def _add_restore(sub: Subparsers) -> None:
    r = _sub(
        sub,
        "restore",
        "replace the database with a backup (the current file is kept as one)",
        "restore tracker-2021-06-30.sqlite",
    )
    r.add_argument("source", type=Path, metavar="IN", help="the backup to restore")
