import datetime as dt

import pytest

from tracker.domain.dates import parse_doses, parse_partial_date

TODAY = dt.date(2021, 3, 30)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2021-03-28", dt.date(2021, 3, 28)),
        ("2021/3/28", dt.date(2021, 3, 28)),
        ("2021-03", dt.date(2021, 3, 1)),
        ("28/3/2021", dt.date(2021, 3, 28)),
        ("28.3.21", dt.date(2021, 3, 28)),
        ("28/3", dt.date(2021, 3, 28)),
        ("18", dt.date(2021, 3, 18)),
        ("31/2/2021", None),
        ("March", None),
        ("", None),
    ],
)
def test_partial_dates_complete_from_today(text, expected):
    assert parse_partial_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1500000", 1_500_000),
        ("1,500,000", 1_500_000),
        ("1.500.000", 1_500_000),
        ("1 500 000", 1_500_000),
        ("0", 0),
        ("1.5", None),
        ("lots", None),
    ],
)
def test_doses_with_separators(text, expected):
    assert parse_doses(text) == expected
