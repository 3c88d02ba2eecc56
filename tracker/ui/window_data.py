"""The frames the window's tabs show, each fetched by one store query (imported on first
use: the launcher's window paints before pandas and SQLAlchemy load)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tracker.domain.enums import RecordKind

if TYPE_CHECKING:
    import pandas as pd

    from tracker.domain.reconcile import Reconciliation
    from tracker.store.database import Store
    from tracker.store.first_page import FirstPage


def record_frame(store: Store, kind: str, reconciled: Callable[[], Reconciliation]) -> pd.DataFrame:
    """The rows of ``kind``'s tab; Promises and Checkpoints come from ``reconciled()``
    (one reconciliation per refresh, shared by both tabs)."""
    from tracker.store import frames

    if kind == "sources":
        return frames.all_sources(store)
    if kind == RecordKind.SERIES:
        return frames.series_points(store)
    if kind == "promises":
        from tracker.store import reconcile as rec

        reconciliation = reconciled()
        frame = rec.promises_frame(reconciliation)
        frame["per_100"] = _per_100(reconciliation)  # same order: one row per promise
        return frame
    if kind == "checkpoints":
        from tracker.store import reconcile as rec

        return rec.checkpoints_frame(reconciled())
    frame_of: Callable[[Store], pd.DataFrame] = getattr(frames, kind)
    return frame_of(store)


def _per_100(reconciliation: Reconciliation) -> list[float | None]:
    """Doses delivered per 100 people of each promise's recipient, in the promises' order."""
    from tracker.io.per_capita import per_100

    return [per_100(p.recipient, p.delivered, p.as_of)[0] for p in reconciliation.promises]


#: The tabs the first page at start-up can fill (see ``first_page_columns``).
FIRST_PAGE_KINDS = ("promises", "checkpoints", *(k.value for k in (
    RecordKind.COMMITMENT, RecordKind.DELIVERY, RecordKind.EVENT)))  # fmt: skip


def first_page_columns(page: FirstPage, kind: str) -> dict[str, list[Any]]:
    """The columns of ``kind``'s tab from the first page read at start-up, the same as
    ``record_frame`` gives once the store is open (``tests/ui/test_first_page.py``)."""
    if kind in page.kinds:
        return page.kinds[kind]
    from tracker.store.balance_rows import balance_columns

    columns = balance_columns(page.reconciliation, kind)
    if kind == "promises":
        figures = _per_100(page.reconciliation)
        if any(f is not None for f in figures):  # a float column in the frame: NaN, not None
            figures = [math.nan if f is None else f for f in figures]
        columns["per_100"] = figures
    return columns


def bundled_as_of(store: Store) -> dt.date | None:
    """The earliest "as of" day of the bundled datasets, None when there are none."""
    from sqlalchemy.exc import ProgrammingError

    from tracker.domain.errors import DatabaseError
    from tracker.store.queries import datasets

    try:
        dates = [d["as_of"] for d in datasets(store) if d["as_of"]]
    except (DatabaseError, ProgrammingError):
        # An old or foreign database without the datasets table (SQLite says so with an
        # OperationalError, made a DatabaseError by the store; PostgreSQL with a
        # ProgrammingError). Anything else is a bug and goes to the excepthook.
        return None
    return min(dates) if dates else None
