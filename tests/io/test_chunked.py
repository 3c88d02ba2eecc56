"""Big files: read in chunks with bounded memory; checked completely before anything is
written; one transaction across chunks; progress and cancel between chunks."""

from __future__ import annotations

import tracemalloc

import pytest

from tests.factories import digest, import_refused
from tracker.domain.errors import InputError
from tracker.io import importing, tables
from tracker.io.importing import ImportCancelled, import_file
from tracker.io.tables import ReadOptions, open_table
from tracker.store import frames

HEADER = "id,date,donor,recipient,vaccine,doses,status,commitment,source,notes\n"


def rows(n: int, start: int = 0, **kw) -> str:
    out = []
    for i in range(start, start + n):
        v = {
            "id": f"R{i}",
            "date": f"2021-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
            "donor": "USA",
            "recipient": ("MEX", "CAN", "NA", "BRA")[i % 4],
            "vaccine": "moderna",
            "doses": str(i + 1),
            "status": "delivered",
            "commitment": "",
            "source": f"https://s.example/{i % 7}",
            "notes": f"note {i}",
        }
        v.update(kw)
        out.append(",".join(v.values()))
    return "\n".join(out) + "\n"


@pytest.fixture
def small_chunks(monkeypatch):
    """Tiny chunks and no keeping between passes, so a short file takes the big-file path."""
    monkeypatch.setattr(tables, "CHUNK_ROWS", 7)
    monkeypatch.setattr(importing, "KEEP_ROWS", 10)


def test_big_file_path_imports_everything_in_one_go(tmp_path, empty_store, small_chunks):
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + rows(50), encoding="utf-8")
    seen = []
    report = import_file(empty_store, path, progress=lambda phase, f: seen.append((phase, f)))
    assert (report.rows, report.new) == (50, 50)
    assert len(frames.deliveries(empty_store)) == 50
    fractions = [f for _, f in seen]
    assert fractions == sorted(fractions) and fractions[-1] == pytest.approx(1.0)
    assert {p for p, _ in seen} == {"checking", "writing"}
    again = import_file(empty_store, path)
    assert (again.new, again.unchanged) == (0, 50)


def test_a_bad_row_in_the_last_chunk_writes_nothing(tmp_path, empty_store, small_chunks):
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + rows(40) + rows(1, 40, doses="0"), encoding="utf-8")
    db = empty_store.path
    empty_store.close()
    before = digest(db)
    refused = import_refused(db, path)
    assert [(e.row, e.column) for e in refused.errors] == [(42, "doses")]
    assert digest(db) == before


def test_duplicate_ids_across_chunks_and_skip_invalid(tmp_path, empty_store, small_chunks):
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + rows(20) + rows(1, 3), encoding="utf-8")
    with pytest.raises(InputError) as info:
        import_file(empty_store, path)
    assert "id 'R3' appears twice in the file (first in row 5)" in str(info.value.errors[0])
    report = import_file(empty_store, path, skip_invalid=True)
    assert (report.new, report.rejected) == (20, 1)


@pytest.mark.parametrize(
    ("body", "named", "kept"),
    [
        # A repeat inside the second chunk, after a chunk of new ids.
        (rows(9) + rows(1, 7) + rows(20, 9), [(11, "R7", 9)], 29),
        # A repeat of the first chunk's id four chunks later, then one after that.
        (rows(30) + rows(1, 3) + rows(10, 30) + rows(1, 12), [(32, "R3", 5), (43, "R12", 14)], 40),
    ],
)
def test_every_repeated_id_is_named_with_its_first_row(
    body, named, kept, tmp_path, empty_store, small_chunks
):
    # Whole chunks of new ids are remembered in one pass; the first repeat switches to
    # the id -> row table, and repeats then and after name the right first rows.
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(InputError) as info:
        import_file(empty_store, path)
    assert [e.row for e in info.value.errors] == [row for row, _, _ in named]
    for e, (_, ref, first) in zip(info.value.errors, named, strict=True):
        assert f"id '{ref}' appears twice in the file (first in row {first})" in str(e)
    report = import_file(empty_store, path, skip_invalid=True)
    assert (report.new, report.rejected) == (kept, len(named))


def test_revision_in_a_later_chunk_finds_its_commitment(tmp_path, empty_store, small_chunks):
    head = "id,date,donor,recipient,vaccine,doses,status,revision_of\n"
    lines = [
        f"C{i},2021-03-{i % 28 + 1:02d},USA,MEX,moderna,{100 + i},announced," for i in range(15)
    ]
    lines.append("C0b,2021-04-01,USA,MEX,moderna,999,confirmed,C0")
    path = tmp_path / "commitments.csv"
    path.write_text(head + "\n".join(lines) + "\n", encoding="utf-8")
    report = import_file(empty_store, path)
    assert (report.new, report.rejected) == (15, 0)
    df = frames.commitments(empty_store).set_index("id")
    assert df.loc["C0", "doses"] == 999


def test_cancel_between_chunks_writes_nothing(tmp_path, empty_store, small_chunks):
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + rows(60), encoding="utf-8")
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 12  # well into the writing pass

    with pytest.raises(ImportCancelled):
        import_file(empty_store, path, cancelled=cancelled)
    assert frames.deliveries(empty_store).empty


def test_reading_a_big_csv_keeps_memory_bounded(tmp_path):
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for start in range(0, 200_000, 20_000):
            fh.write(rows(20_000, start))
    size = path.stat().st_size
    tracemalloc.start()
    try:
        n = 0
        with open_table(path, ReadOptions()) as table:
            for chunk in table.chunks():
                n += len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 200_000
    # The whole file as Python strings would take several times its size.
    assert peak < max(size, 40_000_000), (peak, size)


def test_a_file_changed_between_check_and_write_writes_nothing(
    tmp_path, empty_store, small_chunks, monkeypatch
):
    path = tmp_path / "deliveries.csv"
    path.write_text(HEADER + rows(30), encoding="utf-8")
    real = importing.write_batch
    calls = []

    def write_then_edit(conn, batch):
        if not calls:  # someone saves the file over while the import writes
            path.write_text(HEADER + rows(30) + rows(1, 30, doses="0"), encoding="utf-8")
        calls.append(1)
        return real(conn, batch)

    monkeypatch.setattr(importing, "write_batch", write_then_edit)
    with pytest.raises(InputError, match="changed while it was imported"):
        import_file(empty_store, path)
    assert frames.deliveries(empty_store).empty
