"""Column-wise reads and chunked lookups on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from tracker.store import columns
from tracker.store.columns import read_columns, rows_where_in, tuples
from tracker.store.models import DeliveryRow


def test_read_columns_converts_dates_and_names_the_columns(store) -> None:
    d = DeliveryRow.__table__
    q = sa.select(d.c.id.label("record_id"), d.c.arrived_on).order_by(d.c.id).limit(3)
    with store.read() as conn:
        keys, (ids, days) = read_columns(conn, q)
        rows = conn.execute(q).all()
    assert keys == ["record_id", "arrived_on"]
    assert ids == [r[0] for r in rows] and days == [r[1] for r in rows]
    assert all(isinstance(day, dt.date) for day in days)


def test_read_columns_of_nothing_is_empty_columns(store) -> None:
    d = DeliveryRow.__table__
    with store.read() as conn:
        assert read_columns(conn, sa.select(d.c.id, d.c.ref).where(d.c.id < 0)) == (
            ["id", "ref"],
            [[], []],
        )


def test_rows_where_in_finds_across_chunks_and_ignores_the_absent(store, monkeypatch) -> None:
    monkeypatch.setattr(columns, "IN_STEP", 3)
    d = DeliveryRow.__table__
    with store.read() as conn:
        expected = tuples(conn, sa.select(d.c.id, d.c.doses).order_by(d.c.id).limit(10))
        ids = [i for i, _ in expected] + [-1, -2]
        found = rows_where_in(conn, d, ("id", "doses"), "id", ids)
    assert sorted(found) == sorted(expected)
