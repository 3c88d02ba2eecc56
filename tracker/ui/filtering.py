"""Filters as numpy masks over a model's column snapshot (no SQL, no proxy model)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.ui.lazy import LazyModule

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd
else:
    np = LazyModule("numpy", globals(), "np")  # imported when the first mask is applied
    pd = LazyModule("pandas", globals(), "pd")


def _dates(frame: pd.DataFrame, col: str) -> np.ndarray:
    return pd.to_datetime(frame[col], errors="coerce").to_numpy(dtype="datetime64[D]")


def _day(d: dt.date) -> np.datetime64:
    return np.datetime64(d.isoformat(), "D")


Mask = Callable[["pd.DataFrame"], "np.ndarray"]


def mask_for(kind: str, f: Filters) -> Mask:
    """A function frame → boolean array for the records of ``kind`` that ``f`` lets through."""

    def mask(frame: pd.DataFrame) -> np.ndarray:
        n = len(frame)
        keep = np.ones(n, dtype=bool)
        if not n:
            return keep
        if kind in (RecordKind.COMMITMENT, RecordKind.DELIVERY, "promises", "checkpoints"):
            for col, wanted in (
                ("donor", f.donors),
                ("recipient", f.recipients),
                ("vaccine", f.vaccines),
                ("deal_type", f.deal_types),
                ("channel", f.channels),
            ):
                if wanted and col in frame:
                    keep &= frame[col].isin(wanted).to_numpy()
        if kind == RecordKind.EVENT:
            if f.categories:
                keep &= frame["category"].isin(f.categories).to_numpy()
            actors = set(f.donors) | set(f.recipients)
            if actors:
                keep &= np.array([bool(actors & set(str(a).split(";"))) for a in frame["actors"]])
        if (f.date_from or f.date_to) and "date" in frame:
            start = _dates(frame, "date")
            end = _dates(frame, "end_date") if "end_date" in frame else start
            end = np.where(np.isnat(end), start, end)
            if f.date_from:
                keep &= end >= _day(f.date_from)
            if f.date_to:
                keep &= start <= _day(f.date_to)
        if f.text.strip():
            # Imported here: pandas loads after the first paint (see ui/app.py).
            from tracker.io.text_search import text_mask

            keep &= text_mask(frame, kind, f.text)
        return keep

    return mask
