import datetime as dt

from tests.factories import add_commitment, add_delivery
from tracker.domain.filters import Filters
from tracker.store import frames
from tracker.store.reconcile import promises_frame, reconcile, suggest_links


def by_ref(store, f=Filters()):
    return {p.ref: p for p in reconcile(store, f).promises}


def test_bundled_loans_are_fulfilled_with_lead_times(store):
    b = by_ref(store)
    mex, can = b["T1-04"], b["T1-05"]
    assert (mex.committed, mex.delivered, mex.status) == (
        2_700_000,
        2_708_700,
        "over-delivered",
    )
    assert (mex.days_to_first, mex.days_to_final) == (10, 14)
    assert (can.committed, can.delivered, can.status) == (1_500_000, 1_500_000, "fulfilled")


def test_balance_is_figured_as_of_the_end_date(store):
    early = by_ref(store, Filters(date_to=dt.date(2021, 3, 20)))
    assert early["T1-04"].committed == 2_500_000  # before the 25 March revision
    assert early["T1-04"].delivered == 0


def test_suggests_a_link_for_an_unlinked_matching_delivery(empty_store):
    c = add_commitment(empty_store)
    for day, n, vaccine in (
        (dt.date(2021, 7, 8), 1_500_000, "moderna"),
        (dt.date(2021, 7, 20), 3_000_000, "moderna"),
        (dt.date(2021, 7, 21), 10, "pfizer"),
    ):
        add_delivery(empty_store, day, n, vaccine=vaccine)
    suggestions = suggest_links(empty_store)
    assert [s.commitment_id for s in suggestions] == [c, c]  # the Pfizer shipment matches nothing
    # Counted for the commitment already (basis "matched"), linked only when confirmed.
    frame = promises_frame(reconcile(empty_store))
    assert list(frame["outstanding"]) == [0]
    assert list(frame["basis"]) == ["matched"]
    assert frames.deliveries(empty_store)["commitment_id"].isna().all()


def test_deliveries_frame_is_in_date_then_entry_order_with_sources_in_their_order(empty_store):
    """Tables, exports and the timeline read this frame: entry order must not leak."""

    def add(day, doses, sources):
        return add_delivery(
            empty_store, day, doses, recipient="MEX", vaccine="astrazeneca", sources=sources
        )

    late = add(
        dt.date(2021, 4, 1), 1_200_000, ["https://b.example.org/2", "https://a.example.org/1"]
    )
    first = add(dt.date(2021, 3, 28), 1_500_000, [])
    same_day = add(dt.date(2021, 4, 1), 7, ["https://a.example.org/1"])
    frame = frames.deliveries(empty_store)
    assert list(frame["record_id"]) == [first, late, same_day]
    assert list(frame["date"]) == [dt.date(2021, 3, 28), dt.date(2021, 4, 1), dt.date(2021, 4, 1)]
    assert list(frame["source"]) == ["", "https://b.example.org/2", "https://a.example.org/1"]
    assert list(frame["other_sources"]) == ["", "https://a.example.org/1", ""]
    # Sources in the order the record lists them, not in the order they were first stored.
    third = add(dt.date(2021, 5, 1), 9, ["https://c.example.org/3", "https://a.example.org/1",
                                         "https://b.example.org/2"])  # fmt: skip
    row = frames.deliveries(empty_store).set_index("record_id").loc[third]
    assert row["source"] == "https://c.example.org/3"
    assert row["other_sources"] == "https://a.example.org/1 https://b.example.org/2"
    lean = frames.deliveries(empty_store, columns=("date", "doses"))
    assert list(lean.columns) == ["record_id", "date", "doses", "source", "other_sources"]


def test_part_of_round_trips_through_import_and_export(empty_store, tmp_path):
    """A commitment names its container; export writes it; import reads it back."""
    from tracker.io.export import export_frame
    from tracker.io.importing import import_file
    from tracker.io.tables import ReadOptions

    src = tmp_path / "commitments.csv"
    src.write_text(
        "id,date,donor,recipient,vaccine,doses,deal_type,channel,status,part_of,source\n"
        "US-80M,2021-05-17,USA,MULTI,mixed,80000000,pledge,other,announced,,https://a.example/1\n"
        "US-MEX,2021-06-03,USA,MEX,janssen,1000000,donation,bilateral,announced,US-80M,"
        "https://a.example/2\n",
        encoding="utf-8",
    )
    import_file(empty_store, src, ReadOptions(kind="commitments"))
    frame = frames.commitments(empty_store)
    parts = dict(
        zip(frame["id"], frame["part_of"].where(frame["part_of"].notna(), ""), strict=True)
    )
    assert parts == {"US-80M": "", "US-MEX": "US-80M"}
    out = export_frame(empty_store, "commitments", Filters())
    assert list(out["part_of"].fillna("")) == ["", "US-80M"]
