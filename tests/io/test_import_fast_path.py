"""Deliveries are checked column by column and written with plain executemany; the rows
the columns refuse are checked one by one, so reports keep the row-by-row messages."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import uuid

import pandas as pd
import pytest
import sqlalchemy as sa

from tracker.domain.errors import InputError
from tracker.io import importing, tables
from tracker.io.importing import import_file
from tracker.io.parse import RowParser
from tracker.io.tables import ReadOptions, read_table
from tracker.store import frames
from tracker.store.batch import DeliveryColumns
from tracker.store.import_undo import undo_import
from tracker.store.models import AuditRow, DeliveryRow, RecordSourceRow, SourceRow

HEADER = (
    "id,date,donor,recipient,vaccine,doses,status,deal_type,channel,expiry_date,"
    "confidence,source,other_sources,notes\n"
)
CLEAN = [
    "D1,2021-03-28,United States,Mexico,AstraZeneca,1500000,delivered,loan,bilateral,,high,"
    "https://a.example/1,,first",
    "D2,2021-04-01,USA,NA,pfizer,100,in transit,,covax,2022-01-01,medium,"
    "https://a.example/1,https://b.example/2 https://a.example/1,",
    "D3,2021-05-02,CHN,BRA,coronavac,2500,scheduled,sale,,,low,,,'=SUM(A1)",
    ",2021-06-03,  IND ,bgd,covishield,7,,,,,,https://c.example,,  spaced  ",
]
BAD = [
    "X1,2021-02-30,USA,MEX,moderna,10,delivered,,,,,,,",  # not a real date
    "X2,2021-03-01,USA,MEX,moderna,0,delivered,,,,,,,",  # zero doses
    "X3,2021-03-01,Atlantis,MEX,moderna,10,delivered,,,,,,,",  # unknown country
    "X4,2021-03-01,MEX,Mexico,moderna,10,delivered,,,,,,,",  # donor = recipient
    'X5,2021-03-01,USA,CAN,moderna,"1,000",delivered,,,,,,,',  # separator, no --thousands
    "X6,2019-12-31,USA,CAN,modrena,-5,arrived,gift,,,,,,",  # several problems at once
    "X7,2021-03-01,USA,CAN,moderna,10,delivered,,,2019-01-01,,,,",  # expiry too early
    "D1,2021-03-02,USA,CAN,moderna,10,delivered,,,,,,,",  # id seen before
    ",2021-06-03,IND,BGD,covishield,7,,,,,,,,",  # same natural key as a row above
    "X8,,,,,,,,,,,,,",  # empty cells
]


def _write(path, lines: list[str]) -> None:
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def _rowwise(path, opts: ReadOptions | None = None):
    """The row-by-row check alone (the reference the column-wise path must match)."""
    opts = opts or ReadOptions()
    frame = read_table(path, opts)
    parser = RowParser(path, "deliveries", opts)
    batch = parser.feed(frame, fast=False)
    return parser, list(batch.deliveries)


def _fast(path, opts: ReadOptions | None = None):
    opts = opts or ReadOptions()
    parser = RowParser(path, "deliveries", opts)
    batch = parser.feed(read_table(path, opts))
    assert isinstance(batch.deliveries, DeliveryColumns)
    return parser, list(batch.deliveries)


def _problems(parser) -> list[tuple]:
    return [(e.row, e.column, e.reason) for e in parser.errors]


def test_mixed_file_reports_exactly_what_the_row_by_row_check_reports(tmp_path):
    path = tmp_path / "deliveries.csv"
    _write(path, CLEAN[:2] + BAD[:5] + CLEAN[2:] + BAD[5:])
    slow, slow_records = _rowwise(path)
    fast, fast_records = _fast(path)
    assert _problems(fast) == _problems(slow)
    assert (fast.rejected, fast.rows) == (slow.rejected, slow.rows) == (10, 14)
    assert fast_records == slow_records
    assert [d.ref for d in fast_records] == ["D1", "D2", "D3", ""]
    reasons = {(e.row, e.column): e.reason for e in fast.errors}
    assert reasons[(4, "date")] == "'2021-02-30' is not a real date in the format YYYY-MM-DD"
    assert reasons[(5, "doses")] == "doses must be greater than 0 (got 0)"
    assert reasons[(6, "donor")].startswith("unknown donor 'Atlantis'")
    assert reasons[(7, "recipient")] == "donor and recipient must differ"
    assert "(a thousands separator? use --thousands ,)" in reasons[(8, "doses")]
    assert reasons[(11, "vaccine")].startswith("unknown vaccine 'modrena'; did you mean")
    assert {e.column for e in fast.errors if e.row == 11} == {
        "date", "vaccine", "doses", "status", "deal_type"
    }  # fmt: skip
    assert reasons[(12, "expiry_date")] == "2019-01-01 is before 2020-01-01"
    assert reasons[(13, "id")] == "id 'D1' appears twice in the file (first in row 2)"
    assert reasons[(14, "date")].startswith("the same donor, recipient, vaccine, date and doses")
    assert {e.column for e in fast.errors if e.row == 15} == {
        "date", "donor", "recipient", "doses"
    }  # fmt: skip


def test_mixed_file_writes_nothing_and_skip_invalid_keeps_the_good_rows(tmp_path, empty_store):
    path = tmp_path / "deliveries.csv"
    _write(path, CLEAN + BAD)
    db = empty_store.path
    with empty_store.read() as conn:
        audit_before = conn.scalar(sa.select(sa.func.count()).select_from(AuditRow.__table__))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(InputError) as info:
        import_file(empty_store, path)
    assert "10 of 14 rows rejected; nothing written" in str(info.value)
    slow, _ = _rowwise(path)
    assert [(e.row, e.column, e.reason) for e in info.value.errors] == _problems(slow)
    assert frames.deliveries(empty_store).empty
    with empty_store.read() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(SourceRow.__table__)) == 0
    report = import_file(empty_store, path, skip_invalid=True)
    assert (report.new, report.rejected) == (4, 10)
    assert sorted(frames.deliveries(empty_store)["id"].fillna("")) == ["", "D1", "D2", "D3"]
    with empty_store.read() as conn:
        audit = conn.execute(
            sa.select(AuditRow.kind, AuditRow.action, AuditRow.detail).where(
                AuditRow.id > audit_before
            )
        ).all()
    assert audit == [("deliveries", "import", '{"rows": 4}')]
    del before


def test_namibia_and_thousands_separators_on_the_fast_path(tmp_path, empty_store):
    path = tmp_path / "deliveries.csv"
    _write(
        path,
        [
            'N1,2021-07-01,USA,NA,moderna,"1,500,000",delivered,,,,,,,',
            'N2,2021-07-02,NA,ZAF,pfizer," 2,000 ",delivered,,,,,,,',
            'N3,2021-07-03,USA,NA,moderna,"12,34",delivered,,,,,,,',  # badly grouped
        ],
    )
    opts = ReadOptions(thousands=",")
    fast, records = _fast(path, opts)
    slow, slow_records = _rowwise(path, opts)
    assert _problems(fast) == _problems(slow)
    assert _problems(fast) == [
        (4, "doses", "'12,34' is not a whole number grouped by ',' in thousands")
    ]
    assert records == slow_records
    assert [(d.donor, d.recipient, d.doses) for d in records] == [
        ("USA", "NAM", 1_500_000),
        ("NAM", "ZAF", 2_000),
    ]
    report = import_file(empty_store, path, opts, skip_invalid=True)
    assert report.new == 2
    df = frames.deliveries(empty_store).set_index("id")
    assert df.loc["N1", "recipient"] == "NAM" and df.loc["N2", "donor"] == "NAM"


def _none(value):  # noqa: ANN001, ANN202
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def test_clean_file_round_trips_exactly(tmp_path, empty_store):
    path = tmp_path / "deliveries.csv"
    _write(path, CLEAN)
    _, expected = _rowwise(path)
    report = import_file(empty_store, path)
    assert (report.new, report.updated, report.unchanged, report.rejected) == (4, 0, 0, 0)
    df = frames.deliveries(empty_store).sort_values("record_id").reset_index(drop=True)
    assert len(df) == len(expected)
    for (_, row), d in zip(df.iterrows(), expected, strict=True):
        assert (_none(row["id"]) or "") == d.ref
        assert (row["donor"], row["recipient"], row["vaccine"]) == (d.donor, d.recipient, d.vaccine)
        assert int(row["doses"]) == d.doses
        assert pd.Timestamp(row["date"]).date() == d.arrived_on
        assert row["status"] == str(d.status)
        assert _none(row["deal_type"]) == (str(d.deal_type) if d.deal_type else None)
        assert _none(row["channel"]) == (str(d.channel) if d.channel else None)
        expiry = _none(row["expiry_date"])
        assert (expiry and pd.Timestamp(expiry).date()) == d.expiry_on
        assert row["confidence"] == str(d.confidence)
        assert row["notes"] == d.notes
        assert row["version"] == 1
    # The user's own apostrophe is kept (issue 18): only an export's guard is removed.
    assert df["notes"].tolist() == ["first", "", "'=SUM(A1)", "spaced"]
    assert df["recipient"].tolist()[1] == "NAM"
    with empty_store.read() as conn:
        rs, s = RecordSourceRow.__table__, SourceRow.__table__
        links = conn.execute(
            sa.select(rs.c.record_id, s.c.url, rs.c.position)
            .join(s, s.c.id == rs.c.source_id)
            .where(rs.c.kind == "deliveries")
            .order_by(rs.c.record_id, rs.c.position)
        ).all()
    ids = df["record_id"].tolist()
    assert [(r - ids[0], u, p) for r, u, p in links] == [
        (0, "https://a.example/1", 0),
        (1, "https://a.example/1", 0),
        (1, "https://b.example/2", 1),
        (3, "https://c.example", 0),
    ]
    again = import_file(empty_store, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 4)
    assert frames.deliveries(empty_store)["version"].tolist() == [1, 1, 1, 1]


def _big(path, n: int, start: int = 0, doses=lambda i: i + 1) -> None:
    donors = ("USA", "CHN", "IND", "GBR")
    recipients = ("MEX", "CAN", "BRA", "NA")
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id,date,donor,recipient,vaccine,doses,status,source,notes\n")
        for i in range(start, start + n):
            day = dt.date(2021, 1, 1) + dt.timedelta(days=i % 500)
            fh.write(
                f"B{i},{day},{donors[i % 4]},{recipients[(i // 4) % 4]},moderna,{doses(i)},"
                f"delivered,https://s.example/{i % 3},n{i % 5}\n"
            )


@pytest.mark.parametrize("keep", [True, False], ids=["kept", "read-twice"])
def test_large_file_lands_with_ids_in_file_order_and_sources(
    tmp_path, empty_store, monkeypatch, keep
):
    monkeypatch.setattr(tables, "CHUNK_ROWS", 4_000)
    if not keep:
        monkeypatch.setattr(importing, "KEEP_ROWS", 1_000)
        monkeypatch.setattr(importing, "KEEP_COLUMN_ROWS", 1_000)
    n = 12_345
    path = tmp_path / "deliveries.csv"
    _big(path, n)
    progress = []
    report = import_file(empty_store, path, progress=lambda p, f: progress.append((p, f)))
    assert (report.new, report.rejected) == (n, 0)
    assert len([p for p, _ in progress if p == "writing"]) == 4  # one per chunk
    d = DeliveryRow.__table__
    rs, s = RecordSourceRow.__table__, SourceRow.__table__
    with empty_store.read() as conn:
        rows = conn.execute(
            sa.select(d.c.id, d.c.ref, d.c.donor, d.c.recipient, d.c.doses, s.c.url)
            .join(rs, sa.and_(rs.c.record_id == d.c.id, rs.c.kind == "deliveries"))
            .join(s, s.c.id == rs.c.source_id)
            .order_by(d.c.id)
        ).all()
    assert len(rows) == n
    first = rows[0].id
    for i, r in enumerate(rows):
        assert (r.id, r.ref, r.doses) == (first + i, f"B{i}", i + 1)
        assert r.url == f"https://s.example/{i % 3}"
    assert {r.recipient for r in rows} == {"MEX", "CAN", "BRA", "NAM"}
    assert report.result.inserted_ids["deliveries"] == [r.id for r in rows]

    # Ids update rows: a second file changes some figures and adds rows.
    update = tmp_path / "update.csv"
    _big(update, 3_000, start=11_000, doses=lambda i: i + 1 + (i % 2))
    again = import_file(empty_store, update)
    assert (again.new, again.updated, again.unchanged) == (1_655, 672, 673)
    df = frames.deliveries(empty_store).set_index("id")
    assert len(df) == n + 1_655
    assert df.loc["B11001", ["doses", "version"]].tolist() == [11_003, 2]
    assert df.loc["B11000", ["doses", "version"]].tolist() == [11_001, 1]
    assert df.loc["B13999", "source"] == "https://s.example/1"


def test_undo_of_a_fast_path_import(tmp_path, empty_store, monkeypatch):
    monkeypatch.setattr(tables, "CHUNK_ROWS", 500)
    path = tmp_path / "deliveries.csv"
    _big(path, 1_200)
    report = import_file(empty_store, path, record_undo=True)
    assert report.new == 1_200 and report.undo is not None
    undo_import(empty_store, report.undo)
    assert frames.deliveries(empty_store).empty
    with empty_store.read() as conn:
        assert conn.scalar(sa.select(sa.func.count()).select_from(RecordSourceRow.__table__)) == 0


def _indexes(store) -> list[tuple]:
    with store.read() as conn:
        return conn.exec_driver_sql(
            "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
        ).all()


def test_a_big_import_leaves_every_index_in_place_and_used(tmp_path, empty_store, monkeypatch):
    """Bulk loads defer secondary indexes; afterwards the schema is exactly as before and
    a filter by donor is answered from its index again."""
    monkeypatch.setattr(tables, "CHUNK_ROWS", 1_000)
    before = _indexes(empty_store)
    assert any(name == "ix_deliveries_pair" for name, _, _ in before)
    path = tmp_path / "deliveries.csv"
    _big(path, 3_500)
    assert import_file(empty_store, path).new == 3_500
    assert _indexes(empty_store) == before
    with empty_store.read() as conn:
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM deliveries WHERE donor = 'USA'"
        ).all()
        assert "ix_deliveries_pair" in " ".join(str(r[-1]) for r in plan)
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000  # SQLite's default


def test_an_import_that_fails_while_writing_leaves_the_indexes(tmp_path, empty_store, monkeypatch):
    monkeypatch.setattr(tables, "CHUNK_ROWS", 1_000)
    monkeypatch.setattr(importing, "KEEP_COLUMN_ROWS", 10)  # read again while writing
    before = _indexes(empty_store)
    path = tmp_path / "deliveries.csv"
    _big(path, 3_500)
    calls = []

    def change_the_file(phase, fraction):
        if phase == "writing" and not calls:
            calls.append(1)
            with path.open("a", encoding="utf-8") as fh:
                fh.write("Z1,2021-01-05,USA,MEX,moderna,5,https://s.example/0\n")

    with pytest.raises(InputError, match="changed while it was imported"):
        import_file(empty_store, path, progress=change_the_file)
    assert _indexes(empty_store) == before
    assert frames.deliveries(empty_store).empty


@pytest.fixture
def pg_url():
    """A fresh database on the server of ``TRACKER_TEST_POSTGRES_URL`` (as in
    tests/store/test_postgres.py)."""
    server = os.environ.get("TRACKER_TEST_POSTGRES_URL")
    if not server:
        if os.environ.get("CI"):
            pytest.fail("CI must provide TRACKER_TEST_POSTGRES_URL (see scripts/test-postgres.sh)")
        pytest.skip("no PostgreSQL server: set TRACKER_TEST_POSTGRES_URL")
    admin = sa.create_engine(server, isolation_level="AUTOCOMMIT")
    name = f"tracker_test_{uuid.uuid4().hex[:10]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield sa.engine.make_url(server).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.mark.postgres
def test_postgres_import_keeps_file_order_ids_sources_and_updates(tmp_path, monkeypatch, pg_url):
    from tracker.io.seed import open_database

    monkeypatch.setattr(tables, "CHUNK_ROWS", 700)
    store = open_database(pg_url, empty=True)
    try:
        path = tmp_path / "deliveries.csv"
        _big(path, 2_000)
        report = import_file(store, path, record_undo=True)
        assert (report.new, report.rejected) == (2_000, 0)
        df = frames.deliveries(store).sort_values("record_id")
        assert df["id"].tolist() == [f"B{i}" for i in range(2_000)]
        assert df["source"].tolist() == [f"https://s.example/{i % 3}" for i in range(2_000)]
        assert report.result.inserted_ids["deliveries"] == df["record_id"].tolist()
        update = tmp_path / "update.csv"
        _big(update, 1_000, start=1_500, doses=lambda i: i + 1 + (i % 2))
        again = import_file(store, update)
        assert (again.new, again.updated, again.unchanged) == (500, 250, 250)
    finally:
        store.close()


def test_values_shared_by_every_row_are_written_exactly(tmp_path, empty_store, monkeypatch):
    """On SQLite a column with one value throughout goes into the statement as a
    literal: quotes, a long note and an absent field must land exactly as typed."""
    monkeypatch.setattr(tables, "CHUNK_ROWS", 500)
    note = "O'Brien's \"cold chain\" note; -- not SQL"
    long_note = "x" * 300  # longer than a literal is made for: bound as a parameter
    path = tmp_path / "same.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("id,date,donor,recipient,vaccine,doses,status,source,notes,confidence\n")
        for i in range(1_200):
            text = note if i < 600 else long_note
            fh.write(
                f"S{i},2021-03-{1 + i % 28:02d},USA,MEX,moderna,7,delivered,"
                f'https://one.example/src,"{text.replace(chr(34), chr(34) * 2)}",medium\n'
            )
    assert import_file(empty_store, path).new == 1_200
    frame = frames.deliveries(empty_store)
    assert set(frame["notes"][frame["id"].str[1:].astype(int) < 600]) == {note}
    assert set(frame["notes"][frame["id"].str[1:].astype(int) >= 600]) == {long_note}
    assert set(frame["confidence"]) == {"medium"} and set(frame["doses"]) == {7}
    assert frame["deal_type"].isna().all() and frame["expiry_date"].isna().all()
    assert set(frame["source"]) == {"https://one.example/src"}
    assert set(frame["version"]) == {1}
