"""Apply/inverse algebra of single-record changes, without Qt."""

import datetime as dt

import pytest
import sqlalchemy as sa

from tests.factories import commitment_values, delivery_values
from tracker.domain.changes import Change
from tracker.domain.errors import ConflictError
from tracker.store import frames
from tracker.store.repository import apply, read_record

NEW = delivery_values(sources=["https://example.org/gtm"])


def rows(store, kind="deliveries"):
    df = getattr(frames, kind)(store).drop(columns=["version"])
    return df.astype(object).where(df.notna(), None).to_dict("records")


def test_add_then_inverse_then_redo(empty_store):
    added = apply(empty_store, Change("deliveries", "add", values=NEW))
    assert rows(empty_store)[0]["source"] == "https://example.org/gtm"
    apply(empty_store, added.inverse)
    assert rows(empty_store) == []
    apply(empty_store, Change("deliveries", "add", values=NEW))
    assert len(rows(empty_store)) == 1


def test_edit_inverse_restores_and_versions_count(empty_store):
    added = apply(empty_store, Change("deliveries", "add", values=NEW))
    rid = added.record_id
    edited = apply(
        empty_store, Change("deliveries", "edit", rid, {"doses": 3_000_000}, expected_version=1)
    )
    assert read_record(empty_store, "deliveries", rid)["doses"] == 3_000_000
    assert edited.version == 2
    apply(empty_store, edited.inverse)
    record = read_record(empty_store, "deliveries", rid)
    assert (record["doses"], record["version"]) == (1_500_000, 3)


def test_stale_version_is_a_conflict_and_changes_nothing(empty_store):
    rid = apply(empty_store, Change("deliveries", "add", values=NEW)).record_id
    apply(empty_store, Change("deliveries", "edit", rid, {"doses": 2}, expected_version=1))
    with pytest.raises(ConflictError):
        apply(empty_store, Change("deliveries", "edit", rid, {"doses": 3}, expected_version=1))
    assert read_record(empty_store, "deliveries", rid)["doses"] == 2


def test_delete_inverse_restores_same_id_sources_and_links(store):
    loan = frames.commitments(store).set_index("id").loc["T1-04"]
    before_deliveries = rows(store)
    before = read_record(store, "commitments", int(loan["record_id"]))
    deleted = apply(
        store,
        Change(
            "commitments", "delete", int(loan["record_id"]), expected_version=int(loan["version"])
        ),
    )
    assert "T1-04" not in set(frames.commitments(store)["id"])
    # deliveries that fulfilled it are unlinked, not lost
    assert len(rows(store)) == len(before_deliveries)
    apply(store, deleted.inverse)
    after = read_record(store, "commitments", int(loan["record_id"]))
    for key in ("ref", "doses", "announced_on", "sources", "relinked_deliveries"):
        assert after[key] == before[key]
    assert [r["doses"] for r in after["revisions"]] == [r["doses"] for r in before["revisions"]]
    assert rows(store) == before_deliveries


def test_revise_keeps_history_and_unrevise_restores(empty_store):
    c = commitment_values(
        recipient="MEX",
        vaccine="astrazeneca",
        doses=2_500_000,
        announced_on=dt.date(2021, 3, 18),
        deal_type="loan",
    )
    cid = apply(empty_store, Change("commitments", "add", values=c)).record_id
    revised = apply(
        empty_store,
        Change(
            "commitments",
            "revise",
            cid,
            {"revised_on": dt.date(2021, 3, 25), "doses": 2_700_000, "status": "confirmed"},
        ),
    )
    assert read_record(empty_store, "commitments", cid)["doses"] == 2_700_000
    assert [r["doses"] for r in read_record(empty_store, "commitments", cid)["revisions"]] == [
        2_500_000,
        2_700_000,
    ]
    apply(empty_store, revised.inverse)
    record = read_record(empty_store, "commitments", cid)
    assert record["doses"] == 2_500_000 and len(record["revisions"]) == 1


def test_every_change_is_audited_with_the_user(empty_store):
    rid = apply(empty_store, Change("deliveries", "add", values=NEW)).record_id
    apply(empty_store, Change("deliveries", "edit", rid, {"notes": "checked"}))
    with empty_store.read() as conn:
        audit = conn.execute(
            sa.text("SELECT user, action FROM audit_log WHERE record_id = :r"), {"r": rid}
        ).all()
    assert [tuple(a) for a in audit] == [("test-user", "add"), ("test-user", "edit")]
