import datetime as dt

from tracker.domain.enums import CommitmentStatus
from tracker.domain.figures import committed_doses
from tracker.domain.records import Revision

D = dt.date


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
