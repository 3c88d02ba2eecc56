"""The commands that write files for people: ``export-data``, ``export-chart``,
``export-map`` and ``report``. The last three draw, so they are the only headless
commands that load Qt (inside the function, after the flags are checked)."""

from __future__ import annotations

import argparse
from typing import Any

from tracker.cli.common import EXIT_OK, UsageError, filters, opened

PAGE_PIXELS = (100, 20_000)
MAP_DPI = (24, 2400)


def _check_drawing(args: argparse.Namespace) -> None:
    """The flags every drawing shares: a format Qt can write, a sensible page size."""
    if args.out.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise UsageError(f"{args.out}: export to .png, .svg or .pdf")
    low, high = PAGE_PIXELS
    if not low <= args.width <= high or not low <= args.height <= high:
        raise UsageError(f"--width and --height must be between {low} and {high} pixels")


#: The flags every drawing takes (the parser's ``_add_page``), each passed on to the
#: exporters as the keyword argument of the same name.
PAGE_FLAGS = ("width", "height", "dpi", "title", "lang")


def _page(args: argparse.Namespace) -> dict[str, Any]:
    """The drawing flags (see :func:`_check_drawing`) as the exporters take them."""
    return {flag: getattr(args, flag) for flag in PAGE_FLAGS}


def cmd_export_data(args: argparse.Namespace) -> int:
    from tracker.io.export import export_data
    from tracker.store.audit import export_audit_csv

    f = filters(args)
    trail = args.out.with_name(f"{args.out.stem}.audit.csv")
    with opened(args) as store:
        n = export_data(store, args.out, args.kind, f, bom=not args.no_bom)
        if args.with_audit:
            m = export_audit_csv(store, trail, args.kind, bom=not args.no_bom)
    print(f"wrote {n} {args.kind} rows to {args.out}")
    if args.with_audit:
        print(f"wrote {m} audit-trail rows to {trail}")
    return EXIT_OK


def cmd_export_chart(args: argparse.Namespace) -> int:
    _check_drawing(args)
    f = filters(args)
    with opened(args) as store:
        from tracker.timeline.export import export_chart_file

        out = export_chart_file(store, args.out, f, **_page(args))
    print(f"wrote {out}")
    return EXIT_OK


def cmd_export_map(args: argparse.Namespace) -> int:
    _check_drawing(args)
    low, high = MAP_DPI
    if args.dpi is not None and not low <= args.dpi <= high:
        raise UsageError(f"--dpi must be between {low} and {high}")
    f = filters(args)
    with opened(args) as store:
        from tracker.timeline.map_export import export_map_file

        written = export_map_file(
            store,
            args.out,
            f,
            as_of=args.date,
            measure=args.measure,
            per_capita=args.per_capita,
            flows=args.flows,
            frames_dir=args.frames,
            **_page(args),
        )
    print(f"wrote {written[0]}")
    if len(written) > 1:
        print(f"wrote {len(written) - 1} monthly frames to {args.frames}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".pdf":
        raise UsageError(f"{args.out}: a report is a .pdf file")
    f = filters(args)
    with opened(args) as store:
        from tracker.timeline.report import write_report

        out = write_report(store, args.out, f, title=args.title)
    print(f"wrote {out}")
    return EXIT_OK
