"""XLSX import (B2) and the timeline workloads: redraw (B3), build (B4), export (B10).

The timeline workloads share one database: the bundled sample data plus generated
deliveries, events and commitments (fixed seed, Core inserts in one transaction; the
generation is not measured). The app side runs the app's own code
(``TimelineWidget.set_spec``, ``export_chart_file``); the floor is bare pyqtgraph in its
best configuration drawing the same data: two x-linked plots (doses, events), one
``stepMode`` curve per cumulative series, one pxMode ``ScatterPlotItem`` for all
deliveries (same sizes, symbols, fills and outlines per point, through shared pens and
brushes) and one for all events, fixed ranges (no auto-range).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.common import app_import, floor_insert, import_dbs, settle, vector_device
from bench.harness import Result, measure, ratio_result
from bench.workloads import SEED, deliveries_frame

# -- B2: XLSX import ------------------------------------------------------------------------


def write_xlsx(n: int, path: Path) -> None:
    """The B1 deliveries as a workbook: dates as date cells, doses as numbers."""
    import openpyxl

    frame = deliveries_frame(n)
    frame["date"] = [dt.date.fromisoformat(d) for d in frame["date"]]
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("deliveries")
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False, name=None):
        ws.append(row)
    wb.save(path)


def b2_import_xlsx(n: int, runs: int, tmp: Path) -> Result:
    import openpyxl

    from tracker.io.tables import ReadOptions

    xlsx = tmp / f"deliveries-{n}.xlsx"
    write_xlsx(n, xlsx)
    target, floor_db, setup = import_dbs(tmp, "b2", "b2-template.sqlite")

    def app() -> None:
        app_import(target, xlsx, ReadOptions(), expect=n)

    def floor() -> None:
        wb = openpyxl.load_workbook(xlsx, read_only=True, data_only=True)
        rows = wb.worksheets[0].iter_rows(min_row=2, values_only=True)
        floor_insert(
            floor_db,
            (
                (r[0], r[1].date().isoformat(), r[2], r[3], r[4], r[5], r[6], r[7], r[8] or "")
                for r in rows
            ),
        )
        wb.close()

    a, f = measure(app, floor, runs, setup)
    return ratio_result(f"B2 import {n:,}-row XLSX", a, f, 1.5)


# -- the timeline database ----------------------------------------------------------------

VACCINES = ("astrazeneca", "pfizer", "moderna", "janssen", "coronavac", "sinopharm", "sputnik-v")
DONORS = ("USA", "CHN", "IND", "RUS", "COVAX", "GBR", "JPN")
RECIPIENTS = ("MEX", "CAN", "BRA", "ARG", "GTM", "HND", "PAK", "BGD", "NGA", "KEN", "PER")
CATEGORIES = ("migration", "border", "diplomacy", "trade", "health", "other")
FIRST_DAY = dt.date(2021, 1, 1)
SPAN_DAYS = 700
ID0 = 1_000_000


def timeline_db(tmp: Path, deliveries: int, events: int) -> Path:
    """The bundled sample data plus ``deliveries`` shipments (80% arrived), ``events``
    events (one in 25 a period) and one commitment per 50 shipments, each record citing
    one of 40 source URLs, over 700 days from 1 Jan 2021."""
    from tracker.io.seed import open_database
    from tracker.store.models import (
        CommitmentRow,
        DeliveryRow,
        EventActorRow,
        EventRow,
        RecordSourceRow,
        SourceRow,
    )

    path = tmp / f"timeline-{deliveries}-{events}.sqlite"
    if path.exists():
        return path
    rng = np.random.default_rng(SEED)
    day = [FIRST_DAY + dt.timedelta(days=int(d)) for d in range(SPAN_DAYS + 60)]

    def pick(values: tuple[str, ...], n: int) -> list[str]:
        return [values[i] for i in rng.integers(0, len(values), n)]

    n_com = max(deliveries // 50, 1)
    store = open_database(str(path))
    try:
        with store.write() as conn:
            conn.execute(
                SourceRow.__table__.insert(),
                [
                    {"id": ID0 + i, "url": f"https://news{i}.example.org/vaccines"}
                    for i in range(40)
                ],
            )
            d_days = rng.integers(0, SPAN_DAYS, deliveries)
            d_status = np.where(
                rng.random(deliveries) < 0.8,
                "delivered",
                np.where(rng.random(deliveries) < 0.5, "scheduled", "in_transit"),
            )
            conn.execute(
                DeliveryRow.__table__.insert(),
                [
                    {
                        "id": ID0 + i,
                        "ref": f"BENCH-D{i}",
                        "donor": donor,
                        "recipient": recipient,
                        "vaccine": vaccine,
                        "doses": int(doses),
                        "arrived_on": day[int(d)],
                        "status": str(status),
                        "confidence": "high",
                        "notes": "",
                    }
                    for i, (donor, recipient, vaccine, doses, d, status) in enumerate(
                        zip(
                            pick(DONORS, deliveries),
                            pick(RECIPIENTS, deliveries),
                            pick(VACCINES, deliveries),
                            rng.integers(1_000, 5_000_000, deliveries),
                            d_days,
                            d_status,
                            strict=True,
                        )
                    )
                ],
            )
            c_days = rng.integers(0, SPAN_DAYS, n_com)
            conn.execute(
                CommitmentRow.__table__.insert(),
                [
                    {
                        "id": ID0 + i,
                        "ref": f"BENCH-C{i}",
                        "donor": donor,
                        "recipient": recipient,
                        "vaccine": vaccine,
                        "doses": int(doses),
                        "announced_on": day[int(d)],
                        "deal_type": "donation",
                        "channel": "bilateral",
                        "status": "confirmed",
                        "confidence": "high",
                        "notes": "",
                    }
                    for i, (donor, recipient, vaccine, doses, d) in enumerate(
                        zip(
                            pick(DONORS, n_com),
                            pick(RECIPIENTS, n_com),
                            pick(VACCINES, n_com),
                            rng.integers(100_000, 250_000_000, n_com),
                            c_days,
                            strict=True,
                        )
                    )
                ],
            )
            e_days = rng.integers(0, SPAN_DAYS, events)
            e_len = rng.integers(5, 60, events)
            conn.execute(
                EventRow.__table__.insert(),
                [
                    {
                        "id": ID0 + i,
                        "ref": f"BENCH-E{i}",
                        "start_on": day[int(e_days[i])],
                        "end_on": day[int(e_days[i] + e_len[i])] if i % 25 == 0 else None,
                        "title": f"Event {i}: talks on vaccine doses and the border",
                        "description": "Generated for the benchmark.",
                        "category": CATEGORIES[i % len(CATEGORIES)],
                        "confidence": "high",
                        "notes": "",
                    }
                    for i in range(events)
                ],
            )
            conn.execute(
                EventActorRow.__table__.insert(),
                [{"event_id": ID0 + i, "actor": a} for i, a in enumerate(pick(DONORS, events))],
            )
            links = [
                {"kind": kind, "record_id": ID0 + i, "source_id": ID0 + int(s), "position": 0}
                for kind, n in (
                    ("deliveries", deliveries),
                    ("events", events),
                    ("commitments", n_com),
                )
                for i, s in enumerate(rng.integers(0, 40, n))
            ]
            conn.execute(RecordSourceRow.__table__.insert(), links)
    finally:
        store.close()
    return path


# -- the floor --------------------------------------------------------------------------------

FLOOR_COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#CC79A7", "#D55E00", "#F0E442")
FLOOR_SYMBOLS = ("o", "s", "t1", "d", "p", "h", "star", "t")
FLOOR_CATEGORY = {
    "border": ("#D55E00", "s"),
    "migration": ("#CC79A7", "t"),
    "diplomacy": ("#0072B2", "d"),
    "trade": ("#009E73", "p"),
    "health": ("#56B4E9", "h"),
    "other": ("#4D4D4D", "o"),
}


@dataclass
class RawTimeline:
    """What the floor draws, as plain arrays (x in days since 1970-01-01)."""

    x_from: float
    x_to: float
    committed_x: np.ndarray  # days of change and the cumulative value after each
    committed_y: np.ndarray
    delivered_x: np.ndarray
    delivered_y: np.ndarray
    x: np.ndarray  # one per delivery
    level: np.ndarray
    doses: np.ndarray
    vaccine: np.ndarray  # codes
    arrived: np.ndarray  # bool
    event_x: np.ndarray
    event_category: np.ndarray


def raw_from_spec(spec) -> RawTimeline:
    m, ev = spec.deliveries, spec.events
    return RawTimeline(
        spec.x_from,
        spec.x_to,
        spec.committed.x,
        spec.committed.y,
        spec.delivered.x,
        spec.delivered.y,
        m.x,
        m.level,
        m.doses,
        np.asarray(m.vaccine, dtype=str),
        m.delivered,
        ev.start,
        np.asarray(ev.category, dtype=str),
    )


def _days(iso: list[str]) -> np.ndarray:
    return np.array(iso, dtype="datetime64[D]").astype(np.int64).astype(float)


def _steps(days: np.ndarray, amounts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    uniq, inv = np.unique(days, return_inverse=True)
    return uniq, np.cumsum(np.bincount(inv, weights=amounts))


def raw_from_db(db: Path) -> RawTimeline:
    """The floor's own read: three sqlite3 queries and numpy (no revisions, no sources)."""
    conn = sqlite3.connect(db)
    try:
        d = conn.execute("SELECT arrived_on, doses, vaccine, status FROM deliveries").fetchall()
        c = conn.execute(
            "SELECT announced_on, doses FROM commitments WHERE status != 'cancelled'"
        ).fetchall()
        e = conn.execute("SELECT start_on, category FROM events").fetchall()
    finally:
        conn.close()
    day, doses, vaccine, status = zip(*d, strict=True)
    x, doses = _days(list(day)), np.array(doses, dtype=np.int64)
    arrived = np.array(status) == "delivered"
    dx, dy = _steps(x[arrived], doses[arrived].astype(float))
    c_day, c_doses = zip(*c, strict=True)
    cx, cy = _steps(_days(list(c_day)), np.array(c_doses, dtype=float))
    i = np.searchsorted(dx, x, side="right") - 1
    level = np.where(i >= 0, dy[np.clip(i, 0, None)], 0.0)
    e_day, e_cat = zip(*e, strict=True)
    ex = _days(list(e_day))
    first = min(x.min(), cx.min(), ex.min())
    last = max(x.max(), cx.max(), ex.max()) + 1.0
    return RawTimeline(
        first,
        last,
        cx,
        cy,
        dx,
        dy,
        x,
        level,
        doses,
        np.array(vaccine),
        arrived,
        ex,
        np.array(e_cat),
    )


class FloorTimeline:
    """Bare pyqtgraph: a doses plot and an events plot, x-linked, few items, fixed ranges."""

    def __init__(self, width: int, height: int, cached: bool = False) -> None:
        import pyqtgraph as pg
        from PySide6.QtWidgets import QGraphicsItem

        self.pg = pg
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.resize(width, height)
        self.doses = self.view.addPlot(row=0, col=0)
        self.events = self.view.addPlot(row=1, col=0)
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.events.setXLink(self.doses)
        for plot in (self.doses, self.events):
            plot.disableAutoRange()
            plot.hideButtons()
        self.events.setYRange(0, 1, padding=0)
        self.committed = pg.PlotDataItem()
        self.delivered = pg.PlotDataItem()
        self.scatter = pg.ScatterPlotItem(pxMode=True)
        self.event_scatter = pg.ScatterPlotItem(pxMode=True)
        for item in (self.committed, self.delivered, self.scatter):
            self.doses.addItem(item)
        self.events.addItem(self.event_scatter)
        if cached:  # only for B3's note: what Qt's item cache alone gives the floor
            for item in (self.scatter, self.event_scatter):
                item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.view.show()

    def set_data(self, r: RawTimeline) -> None:
        pg = self.pg
        # Step lines: the value after each change holds until the next (to the range end).
        for curve, xs, ys, colour in (
            (self.committed, r.committed_x, r.committed_y, "#0072B2"),
            (self.delivered, r.delivered_x, r.delivered_y, "#1F1F1F"),
        ):
            xs = np.concatenate([xs, [r.x_to]])
            ys = np.concatenate([ys, ys[-1:]])
            curve.setData(xs, ys, stepMode="left", pen=pg.mkPen(colour, width=2))
        # Deliveries: area proportional to doses, small on top, style per vaccine and status.
        sizes = np.clip(30.0 * np.sqrt(r.doses / max(float(r.doses.max()), 1.0)), 5.0, 30.0).round()
        order = np.argsort(-sizes, kind="stable")
        codes, kind = np.unique(r.vaccine[order], return_inverse=True)
        k = len(codes)
        colours = [FLOOR_COLOURS[i % len(FLOOR_COLOURS)] for i in range(k)]
        symbols = np.array([FLOOR_SYMBOLS[i % len(FLOOR_SYMBOLS)] for i in range(k)], dtype=object)
        brushes = np.array([pg.mkBrush(c) for c in colours] + [pg.mkBrush(None)] * k, dtype=object)
        outline = pg.mkPen("w", width=1.2)
        pens = np.array([outline] * k + [pg.mkPen(c, width=2) for c in colours], dtype=object)
        style = kind + k * ~r.arrived[order]
        self.scatter.setData(
            x=r.x[order],
            y=r.level[order],
            size=sizes[order],
            symbol=symbols[kind],
            brush=brushes[style],
            pen=pens[style],
        )
        cats, cat = np.unique(r.event_category, return_inverse=True)
        looks = [FLOOR_CATEGORY.get(c, FLOOR_CATEGORY["other"]) for c in cats]
        self.event_scatter.setData(
            x=r.event_x,
            y=np.full(len(r.event_x), 0.12),
            size=13,
            symbol=np.array([s for _, s in looks], dtype=object)[cat],
            brush=np.array([pg.mkBrush(c) for c, _ in looks], dtype=object)[cat],
            pen=outline,
        )
        top = max(float(r.committed_y.max()), float(r.delivered_y.max()), 10.0)
        self.doses.setYRange(0, top * 1.22, padding=0)
        self.doses.setXRange(r.x_from, r.x_to, padding=0)

    def pan(self, dx: float) -> None:
        (x0, x1), _ = self.doses.vb.viewRange()
        self.doses.setXRange(x0 + dx, x1 + dx, padding=0)

    def close(self) -> None:
        _dispose(self.view)


def _dispose(widget) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _spec(db: Path):
    from tracker.domain.filters import Filters
    from tracker.present.chart_spec import build_chart_spec
    from tracker.store import open_store

    store = open_store(str(db))
    try:
        return build_chart_spec(store, Filters())
    finally:
        store.close()


def _app_widget(width: int, height: int):
    from tracker.timeline.widget import TimelineWidget

    w = TimelineWidget()
    w.resize(width, height)
    w.show()
    settle()
    return w


# -- B3: redraw ------------------------------------------------------------------------------

WIDTH, HEIGHT = 1200, 700


def b3_redraw(db: Path, label: str, frames: int) -> Result:
    """One frame: a small pan (1% of the range, alternately left and right), then
    ``repaint()`` of the whole widget and the events the pan queued (the app's chart
    paints twice per pan: see docs/benchmarks.md)."""
    spec = _spec(db)
    app_w = _app_widget(WIDTH, HEIGHT)
    app_w.set_spec(spec)
    floor = FloorTimeline(WIDTH, HEIGHT)
    floor.set_data(raw_from_spec(spec))
    settle()
    step = (spec.x_to - spec.x_from) * 0.01
    turn = {"app": 0, "floor": 0}

    def app() -> None:
        turn["app"] += 1
        x0, x1 = app_w.chart.x_range()
        d = step if turn["app"] % 2 else -step
        app_w.chart.set_x_range(x0 + d, x1 + d)
        app_w.repaint()
        settle()

    def pan_frame(ft: FloorTimeline):
        def frame() -> None:
            turn["floor"] += 1
            ft.pan(step if turn["floor"] % 2 else -step)
            ft.view.repaint()
            settle()

        return frame

    floor_frame = pan_frame(floor)

    for _ in range(2):  # warm-up: caches (symbol atlas, fonts, paths)
        app()
        floor_frame()
    a, f = measure(app, floor_frame, frames)
    _dispose(app_w)
    floor.close()
    # Not judged: the floor with Qt's device-coordinate cache on its two scatters, the
    # technique that lets the app beat the floor (docs/benchmarks.md).
    cached = FloorTimeline(WIDTH, HEIGHT, cached=True)
    cached.set_data(raw_from_spec(spec))
    settle()
    cached_frame = pan_frame(cached)
    cached_frame()
    c, _ = measure(cached_frame, None, frames)
    cached.close()
    ok = a / f <= 1.5 and a <= 0.05
    return Result(
        f"B3 redraw timeline {label}",
        a,
        f,
        a / f,
        "<= 1.5, <= 50 ms/frame",
        ok,
        f"{WIDTH}x{HEIGHT}, median of {frames} frames; the floor with Qt's item cache on "
        f"its scatters: {c * 1000:.0f} ms (app/that {a / c:.2f})",
    )


# -- B4: build ---------------------------------------------------------------------------------


def b4_build(db: Path, label: str, runs: int) -> Result:
    """Set the data into a new, empty (shown) chart and paint it once."""
    import time

    spec = _spec(db)
    raw = raw_from_spec(spec)
    ready: dict[str, object] = {}

    def setup() -> None:
        if "app" not in ready:
            ready["app"] = _app_widget(WIDTH, HEIGHT)
        if "floor" not in ready:
            ready["floor"] = FloorTimeline(WIDTH, HEIGHT)
            settle()

    def app() -> None:
        w = ready.pop("app")
        w.set_spec(spec)
        settle()
        w.grab()
        _dispose(w)

    def floor() -> None:
        ft = ready.pop("floor")
        ft.set_data(raw)
        settle()
        ft.view.grab()
        ft.close()

    a, f = measure(app, floor, runs, setup)
    for left in ready.values():
        _dispose(left.view if isinstance(left, FloorTimeline) else left)
    t = time.perf_counter()
    _spec(db)
    spec_s = time.perf_counter() - t
    return ratio_result(
        f"B4 build timeline {label}",
        a,
        f,
        2.0,
        f"set_spec + first paint; build_chart_spec itself {spec_s * 1000:.0f} ms more",
    )


# -- B10: export -------------------------------------------------------------------------------

EXPORT_W, EXPORT_H = 1600, 900  # export_chart_file's default size


def _floor_export(db: Path, out: Path) -> None:
    """Read with sqlite3, draw the floor scene at the export size, write the file."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    ft = FloorTimeline(EXPORT_W, EXPORT_H)
    ft.set_data(raw_from_db(db))
    settle()
    scene = ft.view.scene()
    rect = QRectF(0, 0, EXPORT_W, EXPORT_H)
    try:
        if out.suffix == ".png":
            from pyqtgraph.exporters import ImageExporter

            exporter = ImageExporter(scene)
            exporter.parameters()["width"] = EXPORT_W
            exporter.export(str(out))
            return
        device = vector_device(out, EXPORT_W, EXPORT_H)  # alive until painter.end()
        painter = QPainter(device)
        # As pyqtgraph's exporters do: export mode makes scatters draw vector symbols
        # (without it every marker embeds a pixmap: a 400 MB SVG for 2,000 markers).
        items = [i for i in scene.items() if hasattr(i, "setExportMode")]
        for item in items:
            item.setExportMode(True, {"antialias": True, "painter": painter})
        try:
            scene.render(painter, rect, rect)
        finally:
            for item in items:
                item.setExportMode(False)
            painter.end()
    finally:
        ft.close()


def _paint_cost(db: Path, suffix: str, tmp: Path, runs: int = 2) -> tuple[float, float]:
    """Seconds to paint one built export chart into the file, item by item as the app
    does (``export_paint.paint_scene``) and with ``QGraphicsScene.render`` (not judged:
    what painting item by item costs; the median of two)."""
    import statistics
    import time

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from tracker.timeline import export as ex

    chart = ex.render_chart(_spec(db), EXPORT_W, EXPORT_H)
    writer = {".png": ex._png, ".svg": ex._svg, ".pdf": ex._pdf}[suffix]
    original = ex._paint

    def scene_render(chart, painter, width: int, height: int) -> None:  # noqa: ANN001
        rect = QRectF(0, 0, width, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        chart.scene().render(painter, rect, rect)

    out = {}
    try:
        for name, paint in (("items", original), ("render", scene_render)):
            ex._paint = paint
            times = []
            for _ in range(runs):
                t = time.perf_counter()
                writer(chart, tmp / f"b10-paint{suffix}", EXPORT_W, EXPORT_H, None)
                times.append(time.perf_counter() - t)
            out[name] = statistics.median(times)
    finally:
        ex._paint = original
        ex.dispose(chart)
    return out["items"], out["render"]


def b10_export(
    db: Path,
    label: str,
    runs: int,
    tmp: Path,
    formats: tuple[str, ...] = (".png", ".svg", ".pdf"),
    paint_cost: bool = True,
) -> Iterator[Result]:
    """Each of ``formats`` written from the database, app and floor; ``paint_cost`` adds
    the time to paint the built chart item by item to the note (not judged; full runs)."""
    from tracker.domain.filters import Filters
    from tracker.store import open_store
    from tracker.timeline.export import export_chart_file

    store = open_store(str(db))
    try:
        for suffix in formats:
            app_out, floor_out = tmp / f"b10-app{suffix}", tmp / f"b10-floor{suffix}"

            def app(out: Path = app_out) -> None:
                export_chart_file(store, out, Filters(), width=EXPORT_W, height=EXPORT_H)

            def floor(out: Path = floor_out) -> None:
                _floor_export(db, out)

            a, f = measure(app, floor, runs)
            sizes = f"{app_out.stat().st_size // 1024} vs {floor_out.stat().st_size // 1024} KiB"
            target = 1.5 if suffix == ".png" else 1.2
            note = f"{EXPORT_W}x{EXPORT_H}, from the database; files {sizes}"
            if paint_cost:
                items, render = _paint_cost(db, suffix, tmp)
                note += (
                    f"; painting the built chart item by item {items * 1000:.0f} ms "
                    f"(QGraphicsScene.render: {render * 1000:.0f} ms)"
                )
            yield ratio_result(
                f"B10 export timeline {suffix[1:].upper()} {label}", a, f, target, note
            )
    finally:
        store.close()


# -- B11: the PDF report --------------------------------------------------------------------


def b11_report(db: Path, label: str, runs: int, tmp: Path) -> Result:
    """``report OUT.pdf`` (write_report: the report's data, the timeline from the
    database, the pages) against painting the same pages from data prepared beforehand
    (the report spec and the chart spec; the chart is still drawn and the pages laid out
    and printed by the same code)."""
    import time

    from PySide6.QtGui import QImage

    from tracker.domain.filters import Filters
    from tracker.present.chart_spec import build_chart_spec
    from tracker.present.report_spec import build_report_spec
    from tracker.store import open_store
    from tracker.timeline.export import _png, dispose, render_chart
    from tracker.timeline.report import paint_report, write_report

    store = open_store(str(db))
    try:
        t = time.perf_counter()
        spec = build_report_spec(store, Filters())
        spec_s = time.perf_counter() - t
        chart_spec = build_chart_spec(store, Filters())
        app_out, floor_out, png = tmp / "b11-app.pdf", tmp / "b11-floor.pdf", tmp / "b11.png"

        def app() -> None:
            write_report(store, app_out, Filters())

        def floor() -> None:
            chart = render_chart(chart_spec, 1100, 820)
            try:
                _png(chart, png, 1100, 820, None)
            finally:
                dispose(chart)
            paint_report(spec, QImage(str(png)), floor_out)

        a, f = measure(app, floor, runs)
    finally:
        store.close()
    pages = f"{app_out.stat().st_size // 1024} vs {floor_out.stat().st_size // 1024} KiB"
    return ratio_result(
        f"B11 report PDF {label}",
        a,
        f,
        1.5,
        f"the report's data (build_report_spec) {spec_s * 1000:.0f} ms of it; files {pages}",
    )


def run_timeline(
    quick: bool,
    runs: int,
    tmp: Path,
    want=lambda tag: True,  # noqa: ANN001
    heavy: int | None = None,
) -> Iterator[Result]:
    """Full sizes as the issue gives them, 5 runs (15 frames for B3). Quick: smaller
    databases, each still large enough that the work, not fixed costs, decides the ratio
    (20,000 deliveries; 40,000 for the SVG and PDF exports), with ``heavy`` runs for the
    slow workloads."""
    heavy = heavy or runs

    def database(deliveries: int) -> tuple[Path, str]:
        events = deliveries // 20
        label = f"{deliveries // 1000}k deliveries + {events:,} events"
        return timeline_db(tmp, deliveries, events), label

    if any(map(want, ("B3", "B4", "B11"))):
        db, label = database(20_000 if quick else 100_000)
        if want("B3"):
            yield b3_redraw(db, label, frames=9 if quick else 15)
        if want("B4"):
            yield b4_build(db, label, runs)
    if want("B10") and not quick:
        yield from b10_export(*database(100_000), heavy, tmp)
    elif want("B10"):
        # Quick: the PNG at 20,000 deliveries, SVG and PDF at 40,000. A vector export's
        # fixed work (four lanes, their axes and legend, the file) weighs more than the
        # floor's at 20,000: SVG and PDF measured 1.30 and 1.33 there, 1.14 and 1.04 at
        # 40,000, 1.18 and 1.06 at 100,000; the PNG 1.17, 1.02 and 1.10.
        yield from b10_export(*database(20_000), heavy, tmp, (".png",), paint_cost=False)
        yield from b10_export(*database(40_000), heavy, tmp, (".svg", ".pdf"), paint_cost=False)
    if want("B11"):
        db, label = database(20_000 if quick else 100_000)
        yield b11_report(db, label, heavy, tmp)


def run_xlsx(quick: bool, tmp: Path, heavy: int) -> Iterator[Result]:
    """B2 (the longest workload, with a steady ratio: run last)."""
    yield b2_import_xlsx(5_000 if quick else 100_000, heavy, tmp)
