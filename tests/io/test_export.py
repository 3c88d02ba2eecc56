"""Data export: spreadsheet-safe, UTF-8 with BOM, and it reads back as the same records."""

import datetime as dt

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.io.export import export_data
from tracker.io.importing import import_file
from tracker.store import frames

HEADER = "id,date,donor,recipient,vaccine,doses,status,source,notes\n"


def test_csv_has_bom_and_neutralised_formulas(tmp_path, empty_store):
    src = tmp_path / "deliveries.csv"
    src.write_text(
        HEADER + 'E1,2021-03-28,USA,MEX,astrazeneca,5,delivered,,"=HYPERLINK(""x"")"\n',
        encoding="utf-8",
    )
    import_file(empty_store, src)
    out = tmp_path / "out.csv"
    export_data(empty_store, out, "deliveries")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")


def test_xlsx_cells_are_never_formulas_and_numbers_stay_numbers(tmp_path, empty_store):
    src = tmp_path / "deliveries.csv"
    src.write_text(
        HEADER + "E1,2021-03-28,USA,MEX,astrazeneca,1500000,delivered,,=1+1\n", encoding="utf-8"
    )
    import_file(empty_store, src)
    out = tmp_path / "out.xlsx"
    export_data(empty_store, out, "deliveries")
    ws = openpyxl.load_workbook(out).active
    header = [c.value for c in ws[1]]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    assert row["doses"].value == 1_500_000 and row["doses"].data_type == "n"
    assert row["notes"].data_type == "s" and row["notes"].value == "'=1+1"


# Accents, "NA", formula prefixes, quotes, delimiters and line breaks inside text.
TEXT = st.text(alphabet=st.sampled_from(list("abcéñÁ México=+-@ NA\"',;\t\n|")), max_size=24).map(
    str.strip
)
ACTORS = st.sampled_from(["MEX", "NAM", "CAN", "BRA", "NA", "Namibia", "México"])
DAYS = st.dates(dt.date(2020, 1, 1), dt.date(2024, 12, 31))
DOSES = st.integers(1, 20_000_000_000)
ROUND_TRIP = settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _fresh(template, folder, name):
    import shutil

    from tracker.store import open_store

    return open_store(str(shutil.copyfile(template, folder / name)))


def _write_csv(path, header, rows):
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)


def _round_trip(template, folder, kind, header, rows, suffix, compare):
    """Import rows into A, export A to ``suffix``, import that into B; compare A and B."""
    a = _fresh(template, folder, "a.sqlite")
    b = _fresh(template, folder, "b.sqlite")
    try:
        src = folder / f"{kind}.csv"
        _write_csv(src, header, rows)
        import_file(a, src)
        out = folder / f"export-{kind}{suffix}"
        export_data(a, out, kind)
        report = import_file(b, out)
        assert report.rejected == 0
        assert compare(a) == compare(b)
        again = import_file(b, out)  # and importing the export again changes nothing
        assert (again.new, again.updated) == (0, 0)
    finally:
        a.close()
        b.close()


def _records(frame, cols):
    out = []
    for rec in frame[cols].to_dict("records"):
        out.append({k: (None if v != v else v) for k, v in rec.items()})  # NaN -> None
    return sorted(out, key=repr)


@ROUND_TRIP
@given(
    rows=st.lists(st.tuples(DOSES, TEXT, ACTORS, DAYS), min_size=1, max_size=8),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_deliveries_round_trip(tmp_path_factory, empty_template, rows, suffix):
    header = ["id", "date", "donor", "recipient", "vaccine", "doses", "status", "notes"]
    data = [
        [f"R{i}", day.isoformat(), "USA", r, "moderna", doses, "delivered", note]
        for i, (doses, note, r, day) in enumerate(rows)
    ]
    cols = ["id", "date", "donor", "recipient", "vaccine", "doses", "status", "notes"]
    _round_trip(
        empty_template,
        tmp_path_factory.mktemp("rt"),
        "deliveries",
        header,
        data,
        suffix,
        lambda s: _records(frames.deliveries(s), cols),
    )


@ROUND_TRIP
@given(
    rows=st.lists(
        st.tuples(DOSES, TEXT, ACTORS, DAYS, st.one_of(st.none(), DOSES)), min_size=1, max_size=6
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_commitments_with_revisions_round_trip(tmp_path_factory, empty_template, rows, suffix):
    header = ["id", "date", "donor", "recipient", "vaccine", "doses", "deal_type", "status"]
    header += ["revision_of", "notes"]
    data = []
    for i, (doses, note, r, day, revised) in enumerate(rows):
        data.append([f"C{i}", day.isoformat(), "CHN", r, "sinopharm", doses, "sale", "", "", note])
        if revised is not None:
            later = (day + dt.timedelta(days=30)).isoformat()
            data.append([f"C{i}r", later, "CHN", r, "sinopharm", revised, "sale", "confirmed"])
            data[-1] += [f"C{i}", note]

    def compare(store):
        cols = ["id", "date", "donor", "recipient", "vaccine", "doses", "deal_type", "status"]
        history = frames.revisions(store)[["commitment", "date", "doses", "status"]]
        return _records(frames.commitments(store), [*cols, "notes"]), _records(
            history, list(history.columns)
        )

    _round_trip(
        empty_template, tmp_path_factory.mktemp("rt"), "commitments", header, data, suffix, compare
    )


@ROUND_TRIP
@given(
    rows=st.lists(
        st.tuples(TEXT.filter(bool), TEXT, DAYS, st.lists(ACTORS, max_size=3), st.booleans()),
        min_size=1,
        max_size=6,
        unique_by=lambda r: (r[0], r[2]),
    ),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_events_round_trip(tmp_path_factory, empty_template, rows, suffix):
    header = ["id", "date", "end_date", "title", "description", "category", "actors"]
    data = [
        [
            f"E{i}",
            day.isoformat(),
            (day + dt.timedelta(days=9)).isoformat() if period else "",
            title,
            desc,
            "border",
            ";".join(actors),
        ]
        for i, (title, desc, day, actors, period) in enumerate(rows)
    ]
    cols = ["id", "date", "end_date", "title", "description", "category", "actors"]
    _round_trip(
        empty_template,
        tmp_path_factory.mktemp("rt"),
        "events",
        header,
        data,
        suffix,
        lambda s: _records(frames.events(s), cols),
    )


def test_export_of_the_current_view_only(tmp_path, empty_store):
    src = tmp_path / "deliveries.csv"
    src.write_text(
        HEADER
        + "E1,2021-03-28,USA,MEX,astrazeneca,5,delivered,,\n"
        + "E2,2021-03-29,USA,NA,astrazeneca,6,delivered,,\n",
        encoding="utf-8",
    )
    import_file(empty_store, src)
    df = frames.deliveries(empty_store)
    keep = df.loc[df["id"] == "E2", "record_id"].tolist()
    out = tmp_path / "view.csv"
    assert export_data(empty_store, out, "deliveries", ids=keep, bom=False) == 1
    text = out.read_bytes()
    assert not text.startswith(b"\xef\xbb\xbf")
    assert b"E2" in text and b"E1" not in text and b",NAM," in text


def test_exported_commitments_without_ids_read_back_as_the_same_records(tmp_path, empty_store):
    """Hand-entered commitments have no id of their own; an export names them db-N, and
    importing that file again (say, after editing it in a spreadsheet) finds them."""
    from tracker.domain.changes import Change
    from tracker.store import repository

    src = tmp_path / "commitments.csv"
    src.write_text(
        "date,donor,recipient,vaccine,doses,deal_type,status,source\n"
        "2021-03-18,USA,MEX,astrazeneca,2500000,loan,announced,https://a.example/1\n"
        "2021-03-18,USA,CAN,astrazeneca,1500000,loan,announced,https://a.example/1\n",
        encoding="utf-8",
    )
    import_file(empty_store, src)
    before = frames.commitments(empty_store)
    assert not before["id"].fillna("").any()  # no ids of their own
    mex = int(before.loc[before["recipient"] == "MEX", "record_id"].iloc[0])
    repository.apply(
        empty_store,
        Change(
            "commitments",
            "revise",
            mex,
            {"revised_on": dt.date(2021, 3, 25), "doses": 2_700_000, "status": "confirmed"},
            expected_version=int(before.loc[before["record_id"] == mex, "version"].iloc[0]),
        ),
    )
    out = tmp_path / "out.csv"
    export_data(empty_store, out, "commitments")
    before = frames.commitments(empty_store)
    history = frames.revisions(empty_store)

    report = import_file(empty_store, out)
    assert (report.new, report.updated) == (0, 0)
    after = frames.commitments(empty_store)
    assert len(after) == 2
    assert after["doses"].tolist() == before["doses"].tolist() == [2_700_000, 1_500_000]
    assert len(frames.revisions(empty_store)) == len(history)

    # An edited figure in the file updates the record it names.
    edited = out.read_text(encoding="utf-8-sig").replace("1500000", "1600000")
    out.write_text(edited, encoding="utf-8")
    assert import_file(empty_store, out).updated == 1
    assert sorted(frames.commitments(empty_store)["doses"]) == [1_600_000, 2_700_000]


def test_an_update_from_a_file_without_sources_keeps_the_record_s_sources(tmp_path, empty_store):
    first = tmp_path / "first.csv"
    first.write_text(
        HEADER + "E1,2021-03-28,USA,MEX,astrazeneca,5,delivered,https://a.example/1,\n"
    )
    import_file(empty_store, first)
    second = tmp_path / "second.csv"
    second.write_text(HEADER + "E1,2021-03-28,USA,MEX,astrazeneca,7,delivered,,\n")
    assert import_file(empty_store, second).updated == 1
    row = frames.deliveries(empty_store).iloc[0]
    assert (row["doses"], row["source"]) == (7, "https://a.example/1")


@pytest.mark.parametrize("text", ["=1+1", "'=1", "''=", "'''+x", "'plain", "''", "'", "-", "@a"])
def test_the_formula_guard_reads_back_as_the_text_written(text):
    from tracker.io.export import neutralise
    from tracker.io.fields import unguard

    assert unguard(str(neutralise(text))) == text
