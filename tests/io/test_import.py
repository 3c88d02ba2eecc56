"""Importing the app's own CSV format: all or nothing, idempotent, clear errors."""

import pytest
import sqlalchemy as sa

from tests.factories import digest, import_refused
from tracker.domain.errors import InputError
from tracker.io.importing import import_file
from tracker.io.tables import ReadOptions
from tracker.store import frames

HEADER = "id,date,donor,recipient,vaccine,doses,status,commitment,source,notes\n"


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_valid_file_imports_every_row_and_namibia_survives(tmp_path, empty_store):
    path = write(
        tmp_path,
        "deliveries.csv",
        HEADER
        + "A1,2021-03-28,United States,México,AstraZeneca,1500000,delivered,,https://a.example/1,\n"
        + "A2,2021-04-01,USA,NA,pfizer,100,delivered,,https://a.example/2,Namibia not missing\n",
    )
    report = import_file(empty_store, path)
    assert (report.new, report.updated, report.unchanged, report.rejected) == (2, 0, 0, 0)
    df = frames.deliveries(empty_store)
    assert sorted(df["recipient"]) == ["MEX", "NAM"]
    assert df.set_index("id").loc["A1", "source"] == "https://a.example/1"


def test_reimport_changes_nothing_and_id_match_updates(tmp_path, empty_store):
    path = write(
        tmp_path,
        "deliveries.csv",
        HEADER + "A1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,,https://a.example/1,\n",
    )
    import_file(empty_store, path)
    again = import_file(empty_store, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    changed = write(
        tmp_path,
        "deliveries.csv",
        HEADER + "A1,2021-03-28,USA,MEX,astrazeneca,1600000,delivered,,https://a.example/1,\n",
    )
    third = import_file(empty_store, changed)
    assert (third.new, third.updated) == (0, 1)
    df = frames.deliveries(empty_store)
    assert list(df["doses"]) == [1_600_000]
    assert list(df["version"]) == [2]


def test_rows_without_id_are_matched_by_natural_key(tmp_path, empty_store):
    text = "date,donor,recipient,vaccine,doses\n2021-03-28,USA,MEX,astrazeneca,1500000\n"
    path = write(tmp_path, "deliveries.csv", text)
    import_file(empty_store, path)
    again = import_file(empty_store, path)
    assert (again.new, again.unchanged) == (0, 1)


def test_one_bad_row_rejects_the_file_and_writes_nothing(tmp_path, seeded_path):
    from tracker.store import open_store

    path = write(
        tmp_path,
        "deliveries.csv",
        HEADER
        + "B1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,,,\n"
        + "B2,2021-03-29,USA,USA,astrazeneca,0,delivered,,,\n"
        + "B3,2021-02-30,USA,Mexcio,astrazeneca,12,delivered,,,\n",
    )
    store = open_store(str(seeded_path))
    store.close()
    before = digest(seeded_path)
    refused = import_refused(seeded_path, path)
    messages = [str(e) for e in refused.errors]
    assert any("row 3" in m and "'doses'" in m and "greater than 0" in m for m in messages)
    assert any("row 3" in m and "donor and recipient must differ" in m for m in messages)
    assert any("row 4" in m and "'date'" in m and "not a real date" in m for m in messages)
    assert any("row 4" in m and "did you mean Mexico (MEX)" in m for m in messages)
    assert digest(seeded_path) == before


def test_skip_invalid_imports_only_the_valid_rows(tmp_path, empty_store):
    path = write(
        tmp_path,
        "deliveries.csv",
        HEADER
        + "B1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,,,\n"
        + "B2,2021-03-29,USA,MEX,astrazeneca,1.5,delivered,,,\n",
    )
    report = import_file(empty_store, path, skip_invalid=True)
    assert (report.new, report.rejected) == (1, 1)
    assert "not a whole number" in str(report.errors[0])


def test_dry_run_counts_but_writes_nothing(tmp_path, empty_store):
    path = write(
        tmp_path, "deliveries.csv", HEADER + "B1,2021-03-28,USA,MEX,astrazeneca,5,delivered,,,\n"
    )
    report = import_file(empty_store, path, dry_run=True)
    assert report.new == 1
    assert frames.deliveries(empty_store).empty


def test_spanish_latin1_semicolon_file_with_flags(tmp_path, empty_store):
    text = (
        "Fecha;País donante;País receptor;Vacuna;Dosis\n"
        "28/03/2021;Estados Unidos;México;AstraZeneca;1,500,000\n"
        "30/03/2021;EE. UU.;Canadá;AstraZeneca;1,500,000\n"
    )
    path = write(tmp_path, "entregas.csv", text, encoding="latin-1")
    opts = ReadOptions(
        kind="deliveries",
        delimiter=";",
        encoding="latin-1",
        date_format="%d/%m/%Y",
        thousands=",",
        mapping={
            "date": "Fecha",
            "donor": "País donante",
            "recipient": "País receptor",
            "vaccine": "Vacuna",
            "doses": "Dosis",
        },
    )
    first = import_file(empty_store, path, opts)
    assert first.new == 2
    second = import_file(empty_store, path, opts)
    assert (second.new, second.unchanged) == (0, 2)
    df = frames.deliveries(empty_store)
    assert sorted(zip(df["recipient"], df["doses"], strict=True)) == [
        ("CAN", 1_500_000),
        ("MEX", 1_500_000),
    ]


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"\x00\x01\x02binary\x00", "NUL"),
        ("date,donor\n2021-01-01,México\n".encode("latin-1"), "not valid utf-8"),
        (b"id,date,title\n", "missing required column"),
    ],
)
def test_unreadable_files_get_one_clear_message(tmp_path, empty_store, content, message):
    path = tmp_path / "deliveries.csv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        import_file(empty_store, path)


def test_revision_rows_fold_into_one_commitment(tmp_path, empty_store):
    text = (
        "id,date,donor,recipient,vaccine,doses,deal_type,status,revision_of,source\n"
        "C1,2021-03-18,USA,MEX,astrazeneca,2500000,loan,announced,,https://a.example/c\n"
        "C1b,2021-03-25,USA,MEX,astrazeneca,2700000,loan,confirmed,C1,https://a.example/d\n"
    )
    path = write(tmp_path, "commitments.csv", text)
    report = import_file(empty_store, path)
    assert report.new == 1
    df = frames.commitments(empty_store)
    assert list(df["doses"]) == [2_700_000]
    revs = frames.revisions(empty_store)
    assert list(revs["doses"]) == [2_500_000, 2_700_000]
    again = import_file(empty_store, path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    with empty_store.read() as conn:
        assert conn.scalar(sa.text("SELECT count(*) FROM commitment_revisions")) == 2


def test_a_tally_after_its_datasets_as_of_date_or_with_an_unknown_actor_is_refused(
    empty_store, tmp_path
):
    """Named by row, column and reason; nothing written (issue 14)."""
    import datetime as dt

    from tracker.domain.errors import InputError
    from tracker.io.importing import import_file
    from tracker.io.tables import ReadOptions
    from tracker.store.reconcile import reconcile

    src = tmp_path / "tallies.csv"
    src.write_text(
        "id,date,donor,recipient,vaccine,doses,source\n"
        "T-1,2021-08-03,USA,MEX,mixed,4049000,https://a.example/1\n"
        "T-2,2021-10-26,USA,MEX,mixed,7570000,https://a.example/2\n"
        "T-3,2021-08-03,USA,Mexcio,mixed,1,https://a.example/3\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as refused:
        import_file(empty_store, src, ReadOptions(kind="tallies", as_of=dt.date(2021, 9, 21)))
    assert "2 of 3 rows rejected; nothing written" in str(refused.value)
    messages = [str(e) for e in refused.value.errors]
    assert any("row 3" in m and "date" in m and "after the dataset's as-of date 2021-09-21" in m
               for m in messages), messages  # fmt: skip
    assert any("row 4" in m and "recipient" in m and "Mexcio" in m for m in messages), messages
    assert reconcile(empty_store).checkpoints == []
