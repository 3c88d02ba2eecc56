import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.domain.enums import CommitmentStatus
from tracker.domain.records import Commitment, Delivery, PolicyEvent, Revision
from tracker.domain.validation import check_commitment, check_delivery, check_event

DAY = dt.date(2021, 3, 28)
TODAY = dt.date(2026, 11, 28)


def fields(errors):
    return {e.field for e in errors}


def delivery(**kw):
    base = dict(
        donor="USA", recipient="MEX", vaccine="astrazeneca", doses=1_500_000, arrived_on=DAY
    )
    base.update(kw)
    return Delivery(**base)


def test_a_real_delivery_is_valid():
    assert check_delivery(delivery(), TODAY) == []


@pytest.mark.parametrize("doses", [0, -5])
def test_doses_must_be_positive(doses):
    errors = check_delivery(delivery(doses=doses), TODAY)
    assert fields(errors) == {"doses"}
    assert "greater than 0" in errors[0].reason


@given(st.integers(min_value=1, max_value=20_000_000_000))
def test_any_positive_dose_count_up_to_20_billion_is_accepted(n):
    assert check_delivery(delivery(doses=n), TODAY) == []


def test_donor_and_recipient_must_differ():
    errors = check_delivery(delivery(recipient="USA"), TODAY)
    assert [e.reason for e in errors] == ["donor and recipient must differ"]


def test_unknown_actor_gets_suggestions():
    errors = check_delivery(delivery(recipient="Mexcio"), TODAY)
    assert fields(errors) == {"recipient"}


@pytest.mark.parametrize("day", [dt.date(1921, 3, 28), dt.date(2121, 3, 28)])
def test_absurd_dates_are_rejected(day):
    errors = check_delivery(delivery(arrived_on=day), TODAY)
    assert fields(errors) == {"date"}


def test_event_period_must_end_after_it_starts():
    e = PolicyEvent(dt.date(2021, 3, 19), "Border restriction", end_on=dt.date(2021, 3, 1))
    assert fields(check_event(e, TODAY)) == {"end_date"}


def test_event_needs_a_title():
    assert fields(check_event(PolicyEvent(DAY, "  "), TODAY)) == {"title"}


def test_revision_cannot_predate_the_announcement():
    c = Commitment(
        "USA",
        "MEX",
        "astrazeneca",
        2_500_000,
        dt.date(2021, 3, 18),
        revisions=[Revision(dt.date(2021, 3, 10), 2_700_000, CommitmentStatus.CONFIRMED)],
    )
    assert "a revision cannot predate the announcement" in [
        e.reason for e in check_commitment(c, TODAY)
    ]
