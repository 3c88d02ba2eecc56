"""Stable codes and their English names."""

from tracker.domain.enums import RecordKind, singular


def test_every_record_kind_has_a_singular_name():
    assert [singular(k) for k in RecordKind] == [
        "commitment", "delivery", "official tally", "policy event", "series"
    ]  # fmt: skip
    assert singular("deliveries") == "delivery" and singular("nonsense") == "record"
