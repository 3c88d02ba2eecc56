"""An import is one undo step: undo puts every touched row back, redo writes it again,
and a later edit to an imported row is a conflict, never silently lost."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from tracker.domain.changes import Change
from tracker.domain.errors import ConflictError
from tracker.io.importing import import_file
from tracker.store import frames
from tracker.store.import_undo import TABLES, undo_import
from tracker.store.repository import apply

IGNORED = {"created_at", "updated_at", "version"}


def dump(store) -> dict[str, list[tuple]]:
    """Every tracked table, without timestamps and versions, in key order."""
    out = {}
    with store.read() as conn:
        for name in TABLES:
            rows = conn.execute(sa.text(f"SELECT * FROM {name}")).mappings().all()
            out[name] = sorted(
                tuple((k, str(v)) for k, v in sorted(r.items()) if k not in IGNORED) for r in rows
            )
    return out


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


DELIVERIES = (
    "id,date,donor,recipient,vaccine,doses,status,source,notes\n"
    # changes a bundled delivery: doses and its source
    "T2-01,2020-12-24,RDIF,ARG,sputnik-v,300001,delivered,https://new.example/a,changed\n"
    "U-1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,https://new.example/b,\n"
    "U-2,2021-04-01,USA,NA,pfizer,100,delivered,https://www.rt.com/russia/510670-argentina-russia-sputnik-vaccine/,\n"
)


def test_undo_restores_every_row_and_redo_writes_them_again(tmp_path, store):
    before = dump(store)
    report = import_file(store, write(tmp_path, "deliveries.csv", DELIVERIES), record_undo=True)
    assert (report.new, report.updated) == (2, 1)
    after = dump(store)
    assert after != before
    redo = undo_import(store, report.undo)
    assert dump(store) == before
    again = undo_import(store, redo, "redo-import")
    assert dump(store) == after
    undo_import(store, again)
    assert dump(store) == before


def test_undo_of_revisions_events_and_series(tmp_path, store):
    before = dump(store)
    commitments = write(
        tmp_path,
        "commitments.csv",
        "id,date,donor,recipient,vaccine,doses,status,revision_of,source\n"
        "T2-17a-r9,2021-03-01,SINOPHARM,BOL,sinopharm,450000,confirmed,T2-17a,https://x.example/r\n"
        "N-1,2021-03-18,USA,MEX,astrazeneca,2500000,announced,,https://x.example/c\n"
        "N-1b,2021-03-25,USA,MEX,astrazeneca,2700000,confirmed,N-1,\n",
    )
    events = write(
        tmp_path,
        "events.csv",
        "date,title,category,actors\n"
        "2020-03-20,CDC Title 42 expulsion order takes effect,migration,USA;GTM\n"
        "2021-03-19,Mexico restricts its southern border,border,MEX;GTM\n",
    )
    series = write(
        tmp_path,
        "series.csv",
        "series,title,unit,date,value\n"
        "cbp-sw-encounters,x,encounters,2019-10-01,1\n"
        "new-series,New,things,2021-01-01,5\n",
    )
    reports = [import_file(store, p, record_undo=True) for p in (commitments, events, series)]
    assert [(r.new, r.updated) for r in reports] == [(1, 1), (1, 0), (1, 1)]
    changed = dump(store)
    for name in ("commitment_revisions", "event_actors", "series_points", "series", "sources"):
        assert changed[name] != before[name], name
    for r in reversed(reports):
        undo_import(store, r.undo)
    assert dump(store) == before


def test_a_later_edit_to_an_imported_row_is_a_conflict(tmp_path, store):
    report = import_file(store, write(tmp_path, "deliveries.csv", DELIVERIES), record_undo=True)
    df = frames.deliveries(store).set_index("id")
    rid = int(df.loc["U-1", "record_id"])
    apply(store, Change("deliveries", "edit", rid, {"doses": 7}))
    snapshot = dump(store)
    with pytest.raises(ConflictError, match="changed"):
        undo_import(store, report.undo)
    assert dump(store) == snapshot


def test_an_edit_undone_again_does_not_block_the_import_undo(tmp_path, store):
    before = dump(store)
    report = import_file(store, write(tmp_path, "deliveries.csv", DELIVERIES), record_undo=True)
    rid = int(frames.deliveries(store).set_index("id").loc["U-1", "record_id"])
    applied = apply(store, Change("deliveries", "edit", rid, {"doses": 7}))
    apply(store, applied.inverse)  # the user's own undo of that edit (bumps the version)
    undo_import(store, report.undo)
    assert dump(store) == before


def test_a_revision_added_to_an_imported_commitment_blocks_the_undo(tmp_path, store):
    path = write(
        tmp_path,
        "commitments.csv",
        "id,date,donor,recipient,vaccine,doses\nZ-1,2021-03-18,USA,MEX,moderna,100\n",
    )
    report = import_file(store, path, record_undo=True)
    cid = int(frames.commitments(store).set_index("id").loc["Z-1", "record_id"])
    apply(
        store,
        Change(
            "commitments",
            "revise",
            cid,
            {"revised_on": dt.date(2021, 4, 1), "doses": 200, "status": "confirmed"},
        ),
    )
    with pytest.raises(ConflictError):
        undo_import(store, report.undo)
    assert "Z-1" in set(frames.commitments(store)["id"])


def test_id_runs_behave_like_a_set():
    import random

    from tracker.store.import_undo import IdRuns

    rnd = random.Random(5)
    ids = IdRuns()
    plain = set()
    for _ in range(3000):
        i = rnd.randrange(400) if rnd.random() < 0.5 else len(plain) + 1000
        ids.add(i)
        plain.add(i)
    assert list(ids) == sorted(plain) and len(ids) == len(plain)
    assert all((i in ids) == (i in plain) for i in range(-5, 5000))
    assert len(list(IdRuns(range(10**6)).runs())) == 1


def test_undo_of_an_import_read_in_many_chunks(tmp_path, store, monkeypatch):
    from tracker.io import importing, tables

    monkeypatch.setattr(tables, "CHUNK_ROWS", 5)
    monkeypatch.setattr(importing, "KEEP_ROWS", 3)
    lines = ["id,date,donor,recipient,vaccine,doses,status,revision_of,source"]
    lines += [
        f"K{i},2021-03-{i + 1:02d},USA,MEX,moderna,{100 + i},announced,,https://k.example/{i % 3}"
        for i in range(12)
    ]
    lines.append("K0r,2021-04-01,USA,MEX,moderna,555,confirmed,K0,https://k.example/r")
    lines.append("T2-17a-r1,2021-03-01,SINOPHARM,BOL,sinopharm,450000,confirmed,T2-17a,")
    path = write(tmp_path, "commitments.csv", "\n".join(lines) + "\n")
    before = dump(store)
    report = import_file(store, path, record_undo=True)
    assert (report.new, report.updated) == (12, 1)
    after = dump(store)
    redo = undo_import(store, report.undo)
    assert dump(store) == before
    undo_import(store, redo, "redo-import")
    assert dump(store) == after


def test_a_huge_import_undoes_without_keeping_a_redo(tmp_path, store, monkeypatch):
    from tracker.store import import_undo

    monkeypatch.setattr(import_undo, "REDO_LIMIT", 1)
    before = dump(store)
    report = import_file(store, write(tmp_path, "deliveries.csv", DELIVERIES), record_undo=True)
    assert undo_import(store, report.undo) is None
    assert dump(store) == before
