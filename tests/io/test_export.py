"""Data export: spreadsheet-safe, UTF-8 with BOM, and it reads back as the same records."""

import datetime as dt

import openpyxl
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


TEXT = st.text(alphabet=st.sampled_from(list("abcé México=+-@ NA\"',;")), max_size=20).map(
    str.strip
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(1, 10_000_000_000), TEXT, st.sampled_from(["MEX", "NAM", "CAN", "BRA"])
        ),
        min_size=1,
        max_size=8,
    )
)
def test_round_trip_through_csv_and_xlsx(tmp_path_factory, rows):
    from tracker.io.seed import open_database

    for suffix in (".csv", ".xlsx"):
        folder = tmp_path_factory.mktemp("rt")
        a = open_database(str(folder / "a.sqlite"), empty=True)
        src = folder / "deliveries.csv"
        lines = [HEADER.strip()]
        for i, (doses, note, recipient) in enumerate(rows):
            quoted = '"' + note.replace('"', '""') + '"'
            lines.append(
                f"R{i},2021-03-{(i % 28) + 1:02d},USA,{recipient},moderna,{doses},delivered,,{quoted}"
            )
        src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        import_file(a, src)
        out = folder / f"export{suffix}"
        export_data(a, out, "deliveries")
        b = open_database(str(folder / "b.sqlite"), empty=True)
        import_file(b, out)
        cols = ["id", "date", "donor", "recipient", "vaccine", "doses", "status", "notes"]
        left = frames.deliveries(a)[cols].sort_values("id").reset_index(drop=True)
        right = frames.deliveries(b)[cols].sort_values("id").reset_index(drop=True)
        assert left.to_dict("records") == right.to_dict("records")
        assert isinstance(right["date"][0], dt.date)
        a.close()
        b.close()
