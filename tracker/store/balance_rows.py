"""Promises and checkpoints as the tables, ``summary --json`` and the report show them:
one definition, without SQLAlchemy or pandas, so that the first page at start-up
(:mod:`tracker.store.first_page`) and :mod:`tracker.store.reconcile` share it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tracker.domain import reconcile as rc

PROMISE_COLUMNS = (
    "record_id", "id", "date", "donor", "recipient", "vaccine", "committed", "delivered",
    "outstanding", "kept", "first_delivery", "last_delivery", "days_to_first", "days_to_final",
    "days_late", "status", "basis", "tally", "tally_as_of", "as_of",
)  # fmt: skip
CHECKPOINT_COLUMNS = (
    "record_id", "id", "date", "donor", "recipient", "vaccine", "tally", "recorded", "difference",
    "status", "deliveries",
)  # fmt: skip


def _row_head(
    record_id: int, label: str, on: dt.date, donor: str, recipient: str, vaccine: str
) -> dict[str, Any]:
    """The columns promises and checkpoints start with."""
    return {
        "record_id": record_id,
        "id": label,
        "date": on,
        "donor": donor,
        "recipient": recipient,
        "vaccine": vaccine,
    }


def promise_row(p: rc.Promise) -> dict[str, Any]:
    """One promise as the Promises table shows it."""
    return {
        **_row_head(p.id, p.label, p.announced_on, p.donor, p.recipient, p.vaccine),
        "committed": p.committed,
        "delivered": p.delivered,
        "outstanding": p.outstanding,
        "kept": None if p.percent is None else round(p.percent, 1),
        "first_delivery": p.first_delivery,
        "last_delivery": p.last_delivery,
        "days_to_first": p.days_to_first,
        "days_to_final": p.days_to_final,
        "days_late": p.days_late,
        "status": p.status,
        "basis": p.basis,
        "tally": p.tally,
        "tally_as_of": p.tally_as_of,
        "as_of": p.as_of,
    }


def checkpoint_row(c: rc.Checkpoint) -> dict[str, Any]:
    """One checkpoint (an official tally against the deliveries) as its table shows it."""
    return {
        **_row_head(c.id, c.label, c.as_of, c.donor, c.recipient, c.vaccine),
        "tally": c.tally,
        "recorded": c.recorded,
        "difference": c.difference,
        "status": c.status,
        "deliveries": len(c.delivery_ids),
    }


def balance_columns(rec: rc.Reconciliation, kind: str) -> dict[str, list[Any]]:
    """The columns of the ``"promises"`` or ``"checkpoints"`` table of ``rec``."""
    keys: tuple[str, ...]
    if kind == "promises":
        rows, keys = [promise_row(p) for p in rec.promises], PROMISE_COLUMNS
    else:
        rows, keys = [checkpoint_row(c) for c in rec.checkpoints], CHECKPOINT_COLUMNS
    return {k: [row[k] for row in rows] for k in keys}
