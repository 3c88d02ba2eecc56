"""Write the map to PNG, SVG or PDF, atomically, in the fixed light export style.

The SVG is ``tracker.present.map_svg``'s text (one ``<g id=ISO3>`` with a ``<title>`` per
country). PNG and PDF are that same SVG painted by ``QSvgRenderer`` into a QImage or a
one-page ``QPdfWriter``, so the three files always show the same picture.
``--frames`` writes one PNG per month (the map at each month's end) for slides.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.present.formats import format_date
from tracker.present.map_figures import MapSpec
from tracker.present.map_spec import MapData, MapOptions
from tracker.present.map_svg import map_svg
from tracker.store.database import Store
from tracker.timeline.export import SCREEN_DPI, ensure_app

SUFFIXES = (".png", ".svg", ".pdf")


def check_date(data: MapData, as_of: dt.date | None) -> None:
    """An as-of date must fall within the selection's records (or up to its as-of date).

    Raises
    ------
    InputError
        Naming the date and the range it should be in.
    """
    if as_of is None:
        return
    if data.first_day is None or data.last_day is None:
        raise InputError(f"--date {as_of.isoformat()}: no commitments or deliveries match")
    last = max(data.last_day, data.data_as_of or data.last_day)
    if not data.first_day <= as_of <= last:
        raise InputError(
            f"--date {as_of.isoformat()} is outside the data "
            f"({format_date(data.first_day)} – {format_date(last)})"
        )


def _check_out(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{out}: export the map to .png, .svg or .pdf")
    if not out.parent.is_dir():
        raise InputError(f"{out}: the folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK):
        raise InputError(f"{out}: the folder {out.parent} is not writable")
    return suffix


def write_map(
    spec: MapSpec,
    out: Path | str,
    *,
    width: int = 1600,
    height: int = 900,
    dpi: int | None = None,
    flows: bool = True,
) -> Path:
    """Draw ``spec`` to ``out``; nothing is left behind if it fails."""
    out = Path(out)
    suffix = _check_out(out)
    svg = map_svg(spec, width, height, flows=flows)
    tmp = out.with_name(f".{out.stem}.partial{out.suffix}")
    try:
        if suffix == ".svg":
            tmp.write_text(svg, encoding="utf-8")
        else:
            {".png": _png, ".pdf": _pdf}[suffix](svg, spec.title, tmp, width, height, dpi)
        os.replace(tmp, out)
    except OSError as exc:
        raise InputError(f"{out}: could not write ({exc.strerror or exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return out


def export_map_file(
    store: Store,
    out: Path | str,
    filters: Filters,
    *,
    as_of: dt.date | None = None,
    measure: str = "delivered",
    per_capita: bool = False,
    flows: bool = True,
    lang: str = "en",
    width: int = 1600,
    height: int = 900,
    dpi: int | None = None,
    title: str | None = None,
    frames_dir: Path | str | None = None,
) -> list[Path]:
    """Export the map of ``filters`` on ``as_of``; with ``frames_dir`` also one PNG a month.

    Raises
    ------
    InputError
        For another suffix, a missing or read-only folder, or a date outside the data.
    """
    out = Path(out)
    _check_out(out)
    if frames_dir is not None and not Path(frames_dir).is_dir():
        raise InputError(f"--frames {frames_dir}: not a folder")
    data = MapData.load(store, filters)
    check_date(data, as_of)
    opts: MapOptions = {"measure": measure, "per_capita": per_capita, "flows": flows, "lang": lang}
    titled: MapOptions = {**opts, "title": title}
    spec = data.spec(as_of, **titled)
    written = [write_map(spec, out, width=width, height=height, dpi=dpi, flows=flows)]
    if frames_dir is not None and data.first_day is not None:
        for day in month_ends(data.first_day, spec.as_of):
            frame = data.spec(day, **opts)
            target = Path(frames_dir) / f"map-{day:%Y-%m}.png"
            written.append(
                write_map(frame, target, width=width, height=height, dpi=dpi, flows=flows)
            )
    return written


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last day of every month from ``first``'s to ``last``'s (``last`` itself ends it)."""
    out = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        end = dt.date(ny, nm, 1) - dt.timedelta(days=1)
        out.append(min(end, last))
        y, m = ny, nm
    return out


def _renderer(svg: str):
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    ensure_app()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise InputError("the map could not be drawn (invalid SVG)")
    return renderer


def _png(svg: str, title: str, path: Path, width: int, height: int, dpi: int | None) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    renderer = _renderer(svg)
    dpi = dpi or SCREEN_DPI
    scale = dpi / SCREEN_DPI
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    dpm = round(dpi / 0.0254)
    image.setDotsPerMeterX(dpm)
    image.setDotsPerMeterY(dpm)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    # Geometry and fonts scale together (a print PNG is the same picture, finer).
    renderer.render(painter, QRectF(0, 0, width * scale, height * scale))
    painter.end()
    image.setText("Title", title)
    # PySide6's stub wants bytes for the format; at run time only str is accepted.
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise InputError(f"{path}: could not write the PNG")


def _pdf(svg: str, title: str, path: Path, width: int, height: int, dpi: int | None) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

    renderer = _renderer(svg)
    writer = QPdfWriter(str(path))
    writer.setCreator("Vaccine Diplomacy Tracker")
    writer.setTitle(title)
    size = QPageSize(
        QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI), QPageSize.Unit.Point
    )
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(SCREEN_DPI)
    painter = QPainter(writer)
    if not painter.isActive():
        raise InputError(f"{path}: could not write the PDF")
    renderer.render(painter, QRectF(0, 0, width, height))
    painter.end()
