import datetime as dt

from tracker.domain.enums import CommitmentStatus
from tracker.domain.figures import balance, committed_doses
from tracker.domain.records import Revision

D = dt.date
ANNOUNCED = D(2021, 3, 18)


def test_latest_revision_counts_once():
    revs = [Revision(D(2021, 3, 18), 2_500_000), Revision(D(2021, 3, 25), 2_700_000)]
    assert committed_doses(revs) == 2_700_000
    assert committed_doses(revs, D(2021, 3, 20)) == 2_500_000
    assert committed_doses(revs, D(2021, 3, 1)) == 0


def test_revised_down_and_cancelled():
    revs = [Revision(D(2021, 1, 1), 5_000_000), Revision(D(2021, 2, 1), 3_000_000)]
    assert committed_doses(revs) == 3_000_000
    revs.append(Revision(D(2021, 3, 1), 3_000_000, CommitmentStatus.CANCELLED))
    assert committed_doses(revs) == 0


def test_balance_fulfilled_in_two_tranches():
    b = balance(
        2_700_000,
        ANNOUNCED,
        CommitmentStatus.CONFIRMED,
        [(D(2021, 3, 28), 1_500_000), (D(2021, 4, 1), 1_200_000)],
        today=D(2022, 1, 1),
    )
    assert (b.delivered, b.outstanding, b.status) == (2_700_000, 0, "fulfilled")
    assert b.days_to_first_delivery == 10
    assert b.days_to_final_delivery == 14


def test_balance_partial_over_and_stale():
    partial = balance(
        1_000, ANNOUNCED, CommitmentStatus.ANNOUNCED, [(D(2021, 4, 1), 400)], today=D(2021, 5, 1)
    )
    assert (partial.outstanding, partial.status) == (600, "open")
    over = balance(
        1_000, ANNOUNCED, CommitmentStatus.ANNOUNCED, [(D(2021, 4, 1), 1_350)], today=D(2021, 5, 1)
    )
    assert over.status == "over-delivered"
    stale = balance(1_000, ANNOUNCED, CommitmentStatus.ANNOUNCED, [], today=D(2022, 5, 1))
    assert stale.status == "stale"


def test_days_late_against_target():
    b = balance(
        100,
        ANNOUNCED,
        CommitmentStatus.CONFIRMED,
        [(D(2021, 4, 10), 100)],
        target_date=D(2021, 4, 1),
        today=D(2022, 1, 1),
    )
    assert b.days_late == 9
