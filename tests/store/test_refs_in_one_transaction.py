"""Batches written one after another in one transaction (an import's chunks): a batch
finds by its ids (refs) the records an earlier batch wrote, unless it says none of its
refs was in one (``refs_unseen``, the file parser's promise: then only records stored
before, or added by another writer on the same transaction, can hold one, and those are
still found)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from tracker.domain.records import Delivery, SourceRef
from tracker.store.batch import ImportBatch
from tracker.store.bulk import bulk_load
from tracker.store.importer import write_batch
from tracker.store.models import DeliveryRow, utc_now

DAY = dt.date(2021, 6, 1)


def _delivery(ref: str, doses: int) -> Delivery:
    return Delivery(
        "USA", "MEX", "moderna", doses, DAY, ref=ref, sources=[SourceRef("https://a.org/x")]
    )


def _stored(store) -> dict[str, tuple[int, int]]:
    t = DeliveryRow.__table__
    with store.read() as conn:
        return {r.ref: (r.doses, r.version) for r in conn.execute(sa.select(t))}


def test_a_later_batch_updates_what_an_earlier_one_wrote(empty_store) -> None:
    with empty_store.write() as conn, bulk_load(conn):
        first = write_batch(
            conn, ImportBatch(deliveries=[_delivery("D1", 100), _delivery("D2", 200)])
        )
        second = write_batch(
            conn, ImportBatch(deliveries=[_delivery("D2", 250), _delivery("D3", 300)])
        )
        third = write_batch(conn, ImportBatch(deliveries=[_delivery("D1", 100)]))
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    assert (second.new, second.updated, second.unchanged) == (1, 1, 0)
    assert (third.new, third.updated, third.unchanged) == (0, 0, 1)
    assert _stored(empty_store) == {"D1": (100, 1), "D2": (250, 2), "D3": (300, 1)}


def test_a_record_added_between_batches_by_another_writer_is_found(empty_store) -> None:
    t = DeliveryRow.__table__
    with empty_store.write() as conn, bulk_load(conn):
        write_batch(conn, ImportBatch(deliveries=[_delivery("D1", 100)], refs_unseen=True))
        conn.execute(sa.insert(t), _plain_row("X9", 5_000))
        later = write_batch(
            conn, ImportBatch(deliveries=[_delivery("X9", 6_000)], refs_unseen=True)
        )
    assert (later.new, later.updated) == (0, 1)
    assert _stored(empty_store) == {"D1": (100, 1), "X9": (6_000, 2)}


def _plain_row(ref: str, doses: int) -> dict[str, object]:
    now = utc_now()
    return {
        "ref": ref, "donor": "USA", "recipient": "MEX", "vaccine": "moderna", "doses": doses,
        "arrived_on": DAY, "status": "delivered", "confidence": "high", "notes": "",
        "version": 1, "created_at": now, "updated_at": now,
    }  # fmt: skip


def test_what_a_rolled_back_import_wrote_is_forgotten(empty_store) -> None:
    t = DeliveryRow.__table__
    conn = empty_store.engine.connect().execution_options(tracker_write=True)
    with conn:
        trans = conn.begin()
        batch = ImportBatch(deliveries=[_delivery("D1", 100), _delivery("D2", 200)])
        write_batch(conn, batch)
        trans.rollback()
    with empty_store.write() as conn:  # two other records take the same ids
        conn.execute(sa.insert(t), [_plain_row("X1", 10), _plain_row("X2", 20)])
    with empty_store.write() as conn:
        again = write_batch(conn, ImportBatch(deliveries=[_delivery("X1", 120)], refs_unseen=True))
    assert (again.new, again.updated) == (0, 1)
    assert _stored(empty_store) == {"X1": (120, 2), "X2": (20, 1)}


def test_records_stored_before_the_import_are_found_by_an_unseen_batch(empty_store) -> None:
    with empty_store.write() as conn:
        write_batch(conn, ImportBatch(deliveries=[_delivery("D1", 100), _delivery("D9", 900)]))
    with empty_store.write() as conn, bulk_load(conn):
        first = write_batch(
            conn,
            ImportBatch(deliveries=[_delivery("D1", 150), _delivery("D2", 200)], refs_unseen=True),
        )
        second = write_batch(
            conn,
            ImportBatch(deliveries=[_delivery("D9", 900), _delivery("D3", 300)], refs_unseen=True),
        )
    assert (first.new, first.updated, first.unchanged) == (1, 1, 0)
    assert (second.new, second.updated, second.unchanged) == (1, 0, 1)
    assert _stored(empty_store) == {
        "D1": (150, 2),
        "D2": (200, 1),
        "D3": (300, 1),
        "D9": (900, 1),
    }
