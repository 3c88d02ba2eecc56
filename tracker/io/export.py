"""Data export to CSV and XLSX in the app's own format, safe to open in a spreadsheet.

Text cells that a spreadsheet would run as a formula (starting with ``= + - @``, tab, CR
or LF) get a leading apostrophe (OWASP CSV injection); numbers and dates stay typed.
CSV is UTF-8 with a BOM by default so Excel shows "México".
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from tracker.domain.enums import RecordKind
from tracker.domain.errors import InputError
from tracker.domain.filters import Filters
from tracker.io.parse import FIELDS
from tracker.store import frames
from tracker.store.database import Store

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise(value: object) -> object:
    """Text a spreadsheet would run as a formula, with a leading apostrophe.

    Only on export: the importer keeps a user's own text exactly, and removes this
    guard again only from a file whose header is exactly an export's, where a text that
    already began with apostrophes before ``= + - @`` got one more.
    """
    # Apostrophes already in front of a formula get one more, however many there are:
    # the importer removes exactly one from such a cell, so every text reads back as is.
    if isinstance(value, str) and value.lstrip("'").startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def export_frame(
    store: Store, kind: str, f: Filters = Filters(), ids: Collection[int] | None = None
) -> pd.DataFrame:
    """The records of ``kind`` with exactly the columns the importer reads back.

    ``ids`` keeps only those records (database ids): the rows a window's table shows
    after its own filtering (text search included), for "export the current view".
    """
    if kind == RecordKind.SERIES:
        frame = frames.series_points(store, f)
    else:
        frame = getattr(frames, kind)(store, f)
    if ids is not None:
        frame = frame[frame["record_id"].isin(list(ids))].reset_index(drop=True)
    if kind == RecordKind.COMMITMENT:
        frame = _commitments_with_revisions(store, frame)
    out = pd.DataFrame({col: frame[col] if col in frame else "" for col in FIELDS[kind]})
    return out


def _commitments_with_revisions(store: Store, frame: pd.DataFrame) -> pd.DataFrame:
    """One row per commitment as first announced, then one row per later revision."""
    revs = frames.revisions(store, [int(i) for i in frame["record_id"]])
    # A revision cites its own sources (record_sources of kind "revisions").
    revs = frames._with_sources(store, revs, "revisions")
    rows = []
    for rec in frame.to_dict("records"):
        history = revs[revs["commitment_id"] == rec["record_id"]].to_dict("records")
        if not rec["id"]:
            rec["id"] = f"db-{rec['record_id']}"
        if history:
            first, later = history[0], history[1:]
            rows.append(
                {**rec, "doses": first["doses"], "status": first["status"], "revision_of": ""}
            )
            for i, h in enumerate(later, start=1):
                rows.append(
                    {
                        **rec,
                        "id": h["id"] or f"{rec['id']}-r{i}",
                        "date": h["date"],
                        "doses": h["doses"],
                        "status": h["status"],
                        "revision_of": rec["id"],
                        "part_of": "",
                        "notes": h["notes"],
                        "source": h["source"],
                        "other_sources": h["other_sources"],
                    }
                )
        else:
            rows.append({**rec, "revision_of": ""})
    return pd.DataFrame(rows, columns=[*frame.columns, "revision_of"])


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, (pd.Timestamp,)):
        return value.date()
    return neutralise(value)


@contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """Write to ``path.partial``, then rename; on any failure remove the partial file.

    A partial file left by an export that was killed is removed by the next one.
    """
    tmp = path.with_name(path.name + ".partial")
    tmp.unlink(missing_ok=True)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_csv(frame: pd.DataFrame, path: Path, bom: bool = True) -> None:
    clean = frame.map(_cell)
    with _replacing(path) as tmp:
        clean.to_csv(
            tmp, index=False, encoding="utf-8-sig" if bom else "utf-8", lineterminator="\r\n"
        )


def write_xlsx(frame: pd.DataFrame, path: Path, sheet: str) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet[:31])
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        cells = []
        for value in row:
            v = _cell(value)
            if isinstance(v, dt.date) or isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(v)
            else:
                # Written as an inline string: openpyxl would otherwise treat "=..." as a formula.
                from openpyxl.cell.cell import WriteOnlyCell

                cell = WriteOnlyCell(ws, value=str(v))
                cell.data_type = "s"
                cells.append(cell)
        ws.append(cells)
    # Built in memory (compressed, a few bytes a cell) and then written: a full disk
    # fails a plain write, not openpyxl half-way, whose open zip and row generator would
    # print "Exception ignored" tracebacks when collected.
    buffer = io.BytesIO()
    wb.save(buffer)
    with _replacing(path) as tmp, tmp.open("wb") as fh:
        fh.write(buffer.getbuffer())


def export_data(
    store: Store,
    out: Path | str,
    kind: str,
    f: Filters = Filters(),
    bom: bool = True,
    ids: Collection[int] | None = None,
) -> int:
    """Write ``kind`` records to ``out`` (.csv or .xlsx); return the number of rows.

    ``ids`` restricts the export to those records (see :func:`export_frame`).
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(f"{out}: export to .csv or .xlsx")
    if not out.parent.exists():
        raise InputError(f"{out}: the folder {out.parent} does not exist")
    frame = export_frame(store, kind, f, ids)
    try:
        if suffix == ".csv":
            write_csv(frame, out, bom)
        else:
            write_xlsx(frame, out, kind)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise InputError(f"{out}: cannot be written ({why}); nothing was left behind") from exc
    return len(frame)
