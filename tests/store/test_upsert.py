"""The generic upsert and the per-kind writers, read back from a real SQLite file."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from tracker.domain.enums import RecordKind
from tracker.domain.records import SourceRef, Tally
from tracker.store.audit import audit_log
from tracker.store.batch import ImportBatch
from tracker.store.importer import import_batch
from tracker.store.models import RecordSourceRow, TallyRow

DAY = dt.date(2021, 9, 30)


def _tally(doses: int, ref: str = "", url: str = "https://example.org/t") -> Tally:
    return Tally("USA", "MEX", "moderna", doses, DAY, ref=ref, sources=[SourceRef(url)])


def _stored(store) -> list[tuple]:
    t = TallyRow.__table__
    with store.read() as conn:
        return [tuple(r) for r in conn.execute(sa.select(t.c.ref, t.c.doses, t.c.version))]


def test_new_changed_and_identical_rows_by_ref(empty_store) -> None:
    first = import_batch(empty_store, ImportBatch(tallies=[_tally(100, "T1"), _tally(200, "T2")]))
    assert (first.new, first.updated, first.unchanged) == (2, 0, 0)
    again = import_batch(empty_store, ImportBatch(tallies=[_tally(150, "T1"), _tally(200, "T2")]))
    assert (again.new, again.updated, again.unchanged) == (0, 1, 1)
    assert sorted(_stored(empty_store)) == [("T1", 150, 2), ("T2", 200, 1)]
    assert [r["doses"] for r in again.updated_before[RecordKind.TALLY]] == [100]


def test_a_record_without_ref_is_found_by_its_natural_key_and_gains_a_citation(empty_store):
    import_batch(empty_store, ImportBatch(tallies=[_tally(300)]))
    same = import_batch(empty_store, ImportBatch(tallies=[_tally(300)]))
    assert (same.new, same.updated, same.unchanged) == (0, 0, 1)
    cited = import_batch(
        empty_store, ImportBatch(tallies=[_tally(300, url="https://example.org/u")])
    )
    assert (cited.new, cited.updated) == (0, 1)
    assert _stored(empty_store) == [(None, 300, 2)]  # one record, its version moved on
    rs = RecordSourceRow.__table__
    with empty_store.read() as conn:
        positions = (
            conn.execute(
                sa.select(rs.c.position)
                .where(rs.c.kind == RecordKind.TALLY)
                .order_by(rs.c.position)
            )
            .scalars()
            .all()
        )
    assert positions == [0, 1]


def test_a_dry_run_writes_nothing_and_an_import_leaves_one_audit_row_per_kind(empty_store):
    dry = import_batch(empty_store, ImportBatch(tallies=[_tally(1, "D")]), dry_run=True)
    assert dry.new == 1 and _stored(empty_store) == []
    assert audit_log(empty_store) == []
    import_batch(empty_store, ImportBatch(tallies=[_tally(1, "D"), _tally(2, "E")]))
    (entry,) = audit_log(empty_store)
    assert (entry.kind, entry.action, entry.detail) == ("tallies", "import", {"rows": 2})
