"""Each commitment's figure in force over time, for the chart's committed line and the
map's committed and outstanding figures alike."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pandas as pd

from tracker.domain.enums import CommitmentStatus


class FigureChange(NamedTuple):
    """From ``day`` on, commitment ``commitment_id`` stands at ``figure`` doses."""

    commitment_id: int
    day: dt.date
    figure: int
    #: False for a commitment never revised and cancelled: it never counted at all.
    counted: bool


def figure_changes(commitments: pd.DataFrame, revisions: pd.DataFrame) -> list[FigureChange]:
    """Every change of a commitment's figure: its revisions in order (each replaces its
    predecessor's figure; a cancellation sets 0), or for a commitment with no revision
    row its own figure on its announcement day. Changes of one commitment come in date
    order."""
    out: list[FigureChange] = []
    revised: set[int] = set()
    cancelled = CommitmentStatus.CANCELLED.value
    if len(revisions):
        revs = revisions.sort_values(["commitment_id", "date", "record_id"])
        for cid, day, doses, status in zip(
            revs["commitment_id"], revs["date"], revs["doses"], revs["status"], strict=True
        ):
            revised.add(int(cid))
            out.append(FigureChange(int(cid), day, 0 if status == cancelled else int(doses), True))
    for cid, day, doses, status in zip(
        commitments["record_id"],
        commitments["date"],
        commitments["doses"],
        commitments["status"],
        strict=True,
    ):
        if int(cid) not in revised:
            is_cancelled = status == cancelled
            out.append(
                FigureChange(int(cid), day, 0 if is_cancelled else int(doses), not is_cancelled)
            )
    return out
