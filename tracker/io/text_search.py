"""Free-text search over record frames: one rule for the tables and the timeline.

A record matches when the (case-folded) text occurs in any of its kind's text columns,
so a search narrows the tables, the status bar counts and the chart alike.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from tracker.domain.enums import RecordKind

TEXT_COLUMNS = {
    RecordKind.COMMITMENT: ("id", "notes", "source", "donor", "recipient", "vaccine"),
    RecordKind.DELIVERY: ("id", "notes", "source", "donor", "recipient", "vaccine", "commitment"),
    RecordKind.EVENT: ("id", "title", "description", "notes", "source", "actors"),
    RecordKind.SERIES: ("title", "series", "source"),
    "sources": ("url", "title", "publisher"),
    "promises": ("id", "donor", "recipient", "vaccine", "status"),
    "checkpoints": ("id", "donor", "recipient", "vaccine", "status"),
}


def text_mask(frame: pd.DataFrame, kind: str, text: str) -> np.ndarray:
    """Rows of ``frame`` (records of ``kind``) whose text columns contain ``text``."""
    needle = text.strip().casefold()
    if not needle:
        return np.ones(len(frame), dtype=bool)
    hit = np.zeros(len(frame), dtype=bool)
    for col in TEXT_COLUMNS.get(kind, ()):
        if col in frame:
            hit |= (
                frame[col].astype(str).str.casefold().str.contains(needle, regex=False).to_numpy()
            )
    return hit


def search(frame: pd.DataFrame, kind: str, text: str) -> pd.DataFrame:
    """``frame`` narrowed to the rows matching ``text`` (unchanged when it is blank)."""
    if not text.strip() or not len(frame):
        return frame
    return frame[text_mask(frame, kind, text)].reset_index(drop=True)
