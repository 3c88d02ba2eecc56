"""The reconciliation rules, without a database: what each commitment and tally reads."""

import datetime as dt

from tracker.domain import reconcile as rc

D = dt.date
ANNOUNCED = D(2021, 3, 18)
AS_OF = D(2021, 9, 21)


def commitment(i=1, committed=2_700_000, *, recipient="MEX", vaccine="astrazeneca", **kw):
    return rc.CommitmentIn(
        id=i, ref=f"C{i}", donor=kw.pop("donor", "USA"), recipient=recipient, vaccine=vaccine,
        committed=committed, announced_on=kw.pop("announced_on", ANNOUNCED),
        cancelled=kw.pop("cancelled", False), **kw,
    )  # fmt: skip


def delivery(i, day, doses, *, recipient="MEX", vaccine="astrazeneca", linked=None, **kw):
    return rc.DeliveryIn(
        id=i, ref=f"D{i}", donor=kw.pop("donor", "USA"), recipient=recipient, vaccine=vaccine,
        doses=doses, arrived_on=day, delivered=kw.pop("delivered", True), commitment_id=linked,
        has_source=kw.pop("has_source", True),
    )  # fmt: skip


def run(cs, ds, ts=(), as_of=AS_OF, **kw):
    return rc.reconcile(list(cs), list(ds), list(ts), [], as_of=as_of, today=D(2026, 12, 1), **kw)


def test_two_linked_tranches_fulfil_with_lead_times():
    r = run([commitment()], [delivery(1, D(2021, 3, 28), 1_500_000, linked=1),
                             delivery(2, D(2021, 4, 1), 1_200_000, linked=1)])  # fmt: skip
    p = r.promise("C1")
    assert (p.delivered, p.outstanding, p.status, p.basis) == (2_700_000, 0, "fulfilled", "linked")
    assert (p.days_to_first, p.days_to_final, p.percent) == (10, 14, 100.0)


def test_unlinked_shipments_count_for_the_earliest_matching_commitment_first():
    cs = [
        commitment(1, 1_000, announced_on=D(2021, 1, 1)),
        commitment(2, 1_000, announced_on=D(2021, 2, 1)),
    ]
    ds = [delivery(1, D(2021, 1, 15), 600), delivery(2, D(2021, 2, 15), 900),
          delivery(3, D(2021, 2, 16), 5, vaccine="pfizer")]  # fmt: skip
    r = run(cs, ds, as_of=D(2021, 6, 1))
    assert (r.promise("C1").delivered, r.promise("C1").basis) == (600, "matched")
    # 900 does not fit C1's 400 left: it goes whole to C2, nothing over-delivered by guess
    assert (r.promise("C2").delivered, r.promise("C2").status) == (900, "open")
    assert r.promise("C1").delivery_ids == (1,)
    # matched, not linked: each is a finding that proposes the link
    assert [f.record_id for f in r.findings if f.code == "not-linked"] == [1, 2]


def test_a_shipment_too_big_for_every_commitment_goes_to_the_earliest_open_one():
    cs = [
        commitment(1, 1_000, announced_on=D(2021, 1, 1)),
        commitment(2, 1_000, announced_on=D(2021, 2, 1)),
        commitment(3, 9_000, announced_on=D(2021, 2, 1), vaccine="pfizer"),
    ]
    ds = [delivery(1, D(2021, 1, 15), 600), delivery(2, D(2021, 3, 1), 5_000)]
    r = run(cs, ds, as_of=D(2021, 6, 1))
    # No astrazeneca commitment has room for 5,000 (C1 has 400 left, C2 1,000): the
    # earliest still open takes it; the pfizer one, with room, is another vaccine.
    assert r.promise("C1").delivery_ids == (1, 2) and r.promise("C2").delivery_ids == ()
    assert r.promise("C1").status == "over-delivered" and r.promise("C3").delivered == 0


def test_look_alike_deliveries_are_one_finding_on_the_first_of_them():
    ds = [delivery(7, D(2021, 4, 1), 500), delivery(3, D(2021, 4, 1), 500),
          delivery(5, D(2021, 4, 1), 500, recipient="CAN"), delivery(9, D(2021, 4, 2), 500),
          delivery(4, D(2021, 4, 1), 500)]  # fmt: skip
    alike = [f for f in run([], ds).findings if f.code == "look-alike"]
    assert [(f.record_id, dict(f.params)["n"]) for f in alike] == [(3, 3)]


def test_status_is_measured_against_what_the_data_knows_not_the_clock():
    cs = [commitment(1, 1_000)]
    ds = [delivery(1, D(2021, 4, 1), 400)]
    # Later shipments merely not entered: the pair is known up to its last record only.
    p = run(cs, ds, as_of=D(2022, 5, 1)).promise("C1")
    assert (p.status, p.as_of) == ("open", D(2021, 4, 1))
    # An official tally that matches the records a year later: nothing else arrived.
    tally = rc.TallyIn(9, "T9", "USA", "MEX", "mixed", 400, D(2022, 4, 1))
    p = run(cs, ds, [tally], as_of=D(2022, 5, 1)).promise("C1")
    assert (p.status, p.as_of) == ("stale", D(2022, 4, 1))


def test_a_pair_without_recorded_deliveries_reads_not_recorded_with_its_tally():
    cs = [commitment(1, 20_000_000, donor="SINOVAC", vaccine="coronavac")]
    tally = rc.TallyIn(9, "T9", "SINOVAC", "MEX", "mixed", 17_000_000, D(2021, 7, 1))
    p = run(cs, [], [tally]).promise("C1")
    assert p.status == "not-recorded"
    assert p.percent is None and not p.covered
    assert (p.tally, p.tally_as_of) == (17_000_000, D(2021, 7, 1))
    assert run(cs, [], [tally]).donors[0].covered == 0


def test_over_delivery_late_and_cancelled():
    over = run([commitment(1, 1_000)], [delivery(1, D(2021, 4, 1), 1_350, linked=1)])
    assert over.promise("C1").status == "over-delivered"
    assert any(f.code == "over-delivered" for f in over.findings)
    late = run(
        [commitment(1, 1_000, target_date=D(2021, 4, 1))], [delivery(1, D(2021, 4, 10), 400)]
    )
    # late by what the data knows: the last record (10 April) is 9 days past the target
    assert (late.promise("C1").status, late.promise("C1").days_late) == ("late", 9)
    gone = run([commitment(1, 1_000, cancelled=True)], [])
    assert (gone.promise("C1").status, gone.promise("C1").committed) == ("cancelled", 0)


def test_pledges_to_several_recipients_stay_out_of_matching_and_fulfilment():
    cs = [commitment(1, 500_000_000, recipient="MULTI", vaccine="pfizer", several_recipients=True),
          commitment(2, 1_000, recipient="GTM", vaccine="pfizer")]  # fmt: skip
    r = run(cs, [delivery(1, D(2021, 7, 1), 1_000, recipient="GTM", vaccine="pfizer")])
    assert r.promise("C1").status == "not-recorded"
    assert r.promise("C2").status == "fulfilled"
    assert [(d.donor, d.covered, d.total, d.percent) for d in r.donors] == [("USA", 1, 1, 100.0)]


def test_tally_checkpoints_say_what_is_missing():
    ds = [delivery(1, D(2021, 3, 28), 1_500_000), delivery(2, D(2021, 4, 1), 1_200_000),
          delivery(3, D(2021, 7, 1), 1_000, recipient="GTM")]  # fmt: skip
    tallies = [
        rc.TallyIn(1, "T1", "USA", "MEX", "mixed", 2_700_000, D(2021, 8, 3)),
        rc.TallyIn(2, "T2", "USA", "MEX", "mixed", 4_049_000, D(2021, 8, 4)),
        rc.TallyIn(3, "T3", "USA", "MEX", "mixed", 1_000_000, D(2021, 3, 30)),
        rc.TallyIn(4, "T4", "USA", "HND", "mixed", 3_000_000, D(2021, 8, 3)),
        rc.TallyIn(5, "T5", "USA", "MULTI", "mixed", 2_701_001, D(2021, 8, 3), True),
    ]
    r = run([], ds, tallies)
    got = {c.label: (c.recorded, c.difference, c.status) for c in r.checkpoints}
    assert got == {
        "T1": (2_700_000, 0, "matches"),
        "T2": (2_700_000, 1_349_000, "missing"),
        "T3": (1_500_000, -500_000, "exceeds"),
        "T4": (0, 3_000_000, "not-recorded"),
        "T5": (2_701_000, 1, "missing"),  # a tally to several recipients counts them all
    }
    assert r.checkpoint("T2").delivery_ids == (1, 2)


def test_as_of_comes_from_datasets_or_the_latest_hand_entered_record():
    sets = [rc.DatasetIn("deliveries", "deliveries", D(2021, 9, 21))]
    ds = [delivery(1, D(2021, 4, 1), 5)]
    assert rc.data_as_of(sets, ds) == D(2021, 9, 21)
    assert rc.data_as_of([], ds) == D(2021, 4, 1)
    assert rc.data_as_of(sets, [delivery(2, D(2022, 1, 3), 5)]) == D(2022, 1, 3)
    assert rc.data_as_of(sets, ds, cap=D(2021, 6, 30)) == D(2021, 6, 30)


def test_a_tally_above_the_recorded_deliveries_marks_the_pair_incomplete():
    cs = [commitment(1, 20_000_000, donor="SINOVAC", vaccine="coronavac",
                     announced_on=D(2021, 3, 1))]  # fmt: skip
    early = [delivery(1, D(2021, 2, 20), 1_200_000, donor="SINOVAC", vaccine="coronavac")]
    tally = rc.TallyIn(9, "T9", "SINOVAC", "MEX", "coronavac", 17_000_000, D(2021, 10, 26))
    p = run(cs, early, [tally]).promise("C1")
    assert (p.status, p.tally) == ("not-recorded", 17_000_000)
    # without the tally nothing says more arrived, nor that it did not: open, not stale
    assert run(cs, early).promise("C1").status == "open"


def test_a_part_and_its_container_are_never_both_counted():
    g7 = commitment(1, 1_000_000_000, donor="G7", recipient="MULTI", several_recipients=True)
    usa = commitment(2, 500_000_000, recipient="MULTI", several_recipients=True, part_of=1)
    loan = commitment(3, 1_000, recipient="MEX")
    part = commitment(4, 400, recipient="MEX", part_of=3)
    r = run([g7, usa, loan, part], [delivery(1, D(2021, 4, 1), 1_000)])
    mex = next(p for p in r.pairs if p.recipient == "MEX")
    assert mex.committed == 1_000  # the container only
    assert r.promise("C4").part_of == 3
    assert [(d.donor, d.committed, d.total) for d in r.donors] == [("USA", 1_000, 1)]


def test_findings_are_those_of_the_reconciled_records_whenever_they_are_read():
    # Findings are worked out when first read; they still describe what was reconciled,
    # even if the caller's list has changed since.
    def shipments():
        return [delivery(1, D(2021, 3, 28), 1_500_000),
                delivery(2, D(2021, 4, 1), 9, has_source=False)]  # fmt: skip

    given = shipments()
    r = rc.reconcile([commitment()], given, [], [], as_of=AS_OF, today=D(2026, 12, 1))
    given.append(delivery(3, D(2021, 4, 2), 5, has_source=False))
    given[0] = delivery(1, D(2021, 3, 28), 1_500_000, has_source=False)
    assert [(f.code, f.record_id) for f in r.findings] == [
        ("no-source", 2), ("not-linked", 1), ("not-linked", 2)
    ]  # fmt: skip
    again = run([commitment()], shipments())
    assert r.findings == again.findings and r == again
    assert r != run([commitment()], given)  # what the list holds now differs
