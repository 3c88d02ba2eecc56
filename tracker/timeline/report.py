"""The PDF report: timeline chart, promises table, fulfilment and lead-time charts, sources.

Laid out as HTML in a QTextDocument (paginated by Qt) and printed through QPdfWriter.
"""

from __future__ import annotations

import html
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.domain.vaccines import vaccines
from tracker.present.report_spec import ReportSpec, build_report_spec
from tracker.store.database import Store
from tracker.timeline.gc_pause import collection_paused

COMMITTED, DELIVERED = QColor("#0072B2"), QColor("#E69F00")  # Okabe–Ito, colour-blind safe


def _fmt(n: int | None) -> str:
    return "" if n is None else f"{n:,}"


def fulfilment_words(r) -> str:
    """ "63% kept · 3 of 8 covered": what the data covers, never 0 % for missing data."""
    kept = "not recorded" if r.percent is None else f"{r.percent:.0f}% kept"
    return f"{kept} · {r.covered} of {r.total} covered"


def fulfilment_chart(spec: ReportSpec, width: int = 1600, row: int = 70) -> QImage:
    """Committed vs delivered bars per donor, with the percentage delivered."""
    rows = [r for r in spec.fulfilment if r.total][:12]
    height = max(row * len(rows) + 120, 240)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont("DejaVu Sans")
    font.setPixelSize(26)
    p.setFont(font)
    left, right = 330, width - 330
    top = 70
    biggest = max((max(r.committed, r.delivered) for r in rows), default=1) or 1
    p.setPen(QColor("#222222"))
    p.fillRect(QRectF(left, 18, 30, 26), COMMITTED)
    p.drawText(QRectF(left + 40, 14, 300, 34), Qt.AlignmentFlag.AlignVCenter, "Committed")
    p.fillRect(QRectF(left + 260, 18, 30, 26), DELIVERED)
    p.drawText(QRectF(left + 300, 14, 300, 34), Qt.AlignmentFlag.AlignVCenter, "Delivered")
    if not rows:
        p.drawText(
            QRectF(0, top, width, 60),
            Qt.AlignmentFlag.AlignCenter,
            "No bilateral commitment in this selection.",
        )
    for i, r in enumerate(rows):
        y = top + i * row
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(10, y, left - 20, row - 10),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _actor(r.donor),
        )
        scale = (right - left) / biggest
        p.fillRect(QRectF(left, y + 6, r.committed * scale, (row - 16) / 2), COMMITTED)
        p.fillRect(
            QRectF(left, y + 6 + (row - 16) / 2, r.delivered * scale, (row - 16) / 2),
            DELIVERED,
        )
        p.drawText(
            QRectF(right + 12, y, width - right - 12, row - 10),
            Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
            fulfilment_words(r),
        )
    p.end()
    return image


def lead_time_chart(spec: ReportSpec, width: int = 1600, row: int = 56) -> QImage:
    rows = spec.lead_times[:15]
    height = max(row * len(rows) + 60, 200)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    font = QFont("DejaVu Sans")
    font.setPixelSize(24)
    p.setFont(font)
    left, right = 460, width - 200
    longest = max((d for _, d in rows), default=1) or 1
    for i, (name, days) in enumerate(rows):
        y = 20 + i * row
        p.setPen(QColor("#222222"))
        p.drawText(
            QRectF(10, y, left - 20, row - 8),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        p.fillRect(QRectF(left, y + 8, days * (right - left) / longest, row - 24), COMMITTED)
        p.drawText(
            QRectF(left + days * (right - left) / longest + 10, y, 200, row - 8),
            Qt.AlignmentFlag.AlignVCenter,
            f"{days} days",
        )
    p.end()
    return image


def reading_order(sources: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sources as a reader looks them up: by publisher (else the site), then address;
    sorted by full URL, "http://" and "https://" split one publisher in two."""
    from urllib.parse import urlsplit

    def key(item: tuple[str, str]) -> tuple[str, str]:
        url, publisher = item
        site = urlsplit(url).netloc.casefold().removeprefix("www.")
        return ((publisher or site).casefold(), url.split("://", 1)[-1].casefold())

    return sorted(sources, key=key)


def _img(name: str, image: QImage, width: int) -> str:
    height = int(width * image.height() / max(image.width(), 1))
    return f'<p><img src="tracker://{name}" width="{width}" height="{height}"></p>'


STATUS_WORDS = {
    "not-recorded": "deliveries not recorded",
    "missing": "deliveries missing",
    "exceeds": "recorded exceeds tally",
}


def _actor(code: str) -> str:
    from tracker.domain.actors import actors

    return actors().get(code).name if code in actors() else code


def _html(spec: ReportSpec, images: dict[str, QImage], img_width: int) -> str:
    e = html.escape
    vaccine_names = {v.code: v.name for v in vaccines()}

    def word(status: str) -> str:
        return STATUS_WORDS.get(status, status)

    def promise_word(status: str) -> str:
        return "deliveries not (all) recorded" if status == "not-recorded" else word(status)

    def kept(p) -> str:
        return "" if p.percent is None else f"{p.percent:.1f} %"

    def tally(p) -> str:
        return f"{p.tally:,} ({p.tally_as_of})" if p.tally is not None else ""

    rows = "".join(
        f"<tr><td style='white-space: nowrap'>{e(p.label)}</td><td style='white-space: nowrap'>{p.announced_on}</td>"
        f"<td>{e(p.donor)} → {e(p.recipient)}</td><td>{e(vaccine_names.get(p.vaccine, p.vaccine))}</td>"
        f"<td align=right style='white-space: nowrap'>{_fmt(p.committed)}</td>"
        f"<td align=right style='white-space: nowrap'>{_fmt(p.delivered)}</td>"
        f"<td align=right style='white-space: nowrap'>{_fmt(p.outstanding)}</td>"
        f"<td align=right style='white-space: nowrap'>{kept(p)}</td><td>{e(promise_word(p.status))}</td>"
        f"<td align=right>{tally(p)}</td></tr>"
        for p in spec.promises
    )
    checks = "".join(
        f"<tr><td>{e(c.label)}</td><td>{c.as_of}</td><td>{e(c.donor)} → {e(c.recipient)}</td>"
        f"<td align=right>{_fmt(c.tally)}</td><td align=right>{_fmt(c.recorded)}</td>"
        f"<td align=right>{_fmt(c.difference)}</td><td>{e(word(c.status))}</td></tr>"
        for c in spec.checkpoints
    )
    covered = "".join(
        f"<li>{e(_actor(d.donor))}: {e(fulfilment_words(d))}</li>" for d in spec.fulfilment
    )
    sources = "".join(
        f"<li>{e(p)}: {e(u)}</li>" if p else f"<li>{e(u)}</li>"
        for u, p in reading_order(spec.sources)
    )
    as_of = f"Data as of {spec.as_of}. " if spec.as_of else ""
    timeline = _img("timeline", images["timeline"], img_width) if "timeline" in images else ""
    checkpoints = (
        f"""<h2 style="font-size: 12pt">Checkpoints: official tallies against recorded deliveries</h2>
<p>Each official running total compared with the sum of the deliveries recorded for its
donor and recipient up to its date. A difference means records are missing (or wrong);
"deliveries not recorded" means the data holds no shipment for that pair.</p>
<table border="1" cellspacing="0" cellpadding="2" width="100%"
 style="border-color: #999; font-size: 7pt">
<tr style="background: #eeeeee"><th>Tally</th><th>As of</th><th>Donor → recipient</th>
<th>Official tally</th><th>Recorded</th><th>Difference</th><th>Checkpoint</th></tr>
{checks}
</table>"""
        if spec.checkpoints
        else ""
    )
    return f"""
<html><body style="font-family: 'DejaVu Sans'; font-size: 9pt; color: #222">
<h1 style="font-size: 16pt">{e(spec.title)}</h1>
<p>Selection: {e(spec.subtitle)}. {as_of}Generated {spec.generated_on}.</p>
{timeline}
<h2 style="font-size: 12pt">Promises</h2>
<p>Status is measured against the date the data covers ({spec.as_of or "unknown"}), not today.
Deliveries count for a commitment when linked to it, or when they match its donor, recipient
and vaccine. "Deliveries not (all) recorded": the data holds no shipment for that pair, or an
official tally shows more arrived than the records hold (the latest tally is shown); it does
not mean the doses were not delivered.</p>
<table border="1" cellspacing="0" cellpadding="2" width="100%"
 style="border-color: #999; font-size: 7pt">
<tr style="background: #eeeeee"><th>Id</th><th>Announced</th><th>Donor → recipient</th>
<th>Vaccine</th><th>Committed</th><th>Delivered</th><th>Owed</th><th>Kept</th>
<th>Status</th><th>Latest tally</th></tr>
{rows}
</table>
{checkpoints}
<h2 style="font-size: 12pt">Fulfilment by donor</h2>
<p>Committed and delivered doses per donor, counting only the commitments whose deliveries
the data records (pledges to several recipients are left out).</p>
{_img("fulfilment", images["fulfilment"], img_width)}
<ul>{covered}</ul>
<h2 style="font-size: 12pt">Lead time: announcement to first delivery</h2>
{_img("leadtime", images["leadtime"], img_width)}
<h2 style="font-size: 12pt">Sources cited</h2>
<ol>{sources}</ol>
</body></html>"""


def _ensure_app() -> None:
    """Fonts, images and the chart's widgets need a QApplication; the CLI has none."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _APP.append(QApplication([]))


_APP: list = []


def write_report(store: Store, out: Path | str, f: Filters, *, title: str | None = None) -> Path:
    """Write the report PDF to ``out`` (atomically)."""
    out = Path(out)
    if out.suffix.lower() != ".pdf":
        raise InputError(f"{out}: a report is a .pdf file")
    if not out.parent.exists():
        raise InputError(f"{out}: the folder {out.parent} does not exist")
    _ensure_app()
    # One thread: reading the report's data in a second one while the timeline was
    # painted (both mostly Python, taking turns at the interpreter lock) measured 8 %
    # slower than one after the other once the chart's painting got leaner (bench B11).
    with collection_paused():
        chart_image = None
        try:
            from tracker.timeline.export import export_chart_file

            with tempfile.TemporaryDirectory() as tmp:
                png = Path(tmp) / "timeline.png"
                export_chart_file(store, png, f, width=1100, height=820, dpi=None)
                chart_image = QImage(str(png))
        except ImportError:  # the chart module is optional for the text of the report
            chart_image = None
        spec = build_report_spec(store, f, title)
    return paint_report(spec, chart_image, out)


def paint_report(spec: ReportSpec, chart_image: QImage | None, out: Path) -> Path:
    """Lay out and print the pages of ``spec`` (with the timeline ``chart_image``) to
    ``out`` (atomically): everything after the data is read."""
    tmp_out = out.with_name(out.name + ".partial")
    writer = QPdfWriter(str(tmp_out))
    writer.setResolution(300)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(spec.title)
    writer.setCreator("Vaccine Diplomacy Tracker")
    doc = QTextDocument()
    # Lay out against the PDF's own resolution so point sizes come out as points.
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(QFont("DejaVu Sans", 9))
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    images = {"fulfilment": fulfilment_chart(spec), "leadtime": lead_time_chart(spec)}
    if chart_image is not None and not chart_image.isNull():
        images["timeline"] = chart_image
    for name, image in images.items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"tracker://{name}"), image)
    # <img> sizes are in 96-dpi pixels, whatever the paint device.
    doc.setHtml(_html(spec, images, int(writer.width() * 96 / writer.resolution() * 0.97)))
    doc.print_(writer)
    del writer
    os.replace(tmp_out, out)
    return out
