"""Event labels never overlap; what finds no room is counted in a badge."""

from __future__ import annotations

import numpy as np
import pytest

from tracker.timeline.event_lane import layout_labels


def _layout(anchors, widths, rows=6, **kw):
    return layout_labels(
        np.asarray(anchors, float), np.asarray(widths, float), rows=rows, row_height=20,
        label_bottom=200, badge_y=215, badge_width=lambda n: 14 + 8 * len(str(n)),
        left=0, right=1000, **kw,
    )  # fmt: skip


@pytest.mark.parametrize("seed", range(8))
def test_random_events_never_overlap_and_are_all_accounted_for(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 400))
    anchors = np.sort(rng.uniform(0, 1000, n))
    widths = rng.uniform(40, 260, n)
    out = _layout(anchors, widths, priority=rng.integers(0, 4, n))
    boxes = out.boxes()
    assert all(not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    placed = [p.index for p in out.placements]
    badged = [i for b in out.badges for i in b.indices]
    assert sorted(placed + badged) == list(range(n))
    for p in out.placements:
        assert 0 <= p.rect.left() and p.rect.right() <= 1000
        assert min(abs(p.rect.left() - p.x), abs(p.rect.right() - p.x)) < 1e-6  # stem at an end


def test_priority_wins_the_last_row():
    out = _layout([100, 101], [300, 300], rows=1, priority=[0, 5])
    assert [p.index for p in out.placements] == [1]
    assert [b.indices for b in out.badges] == [(0,)]


def test_dense_clusters_collapse_and_expand_with_room():
    anchors = np.linspace(500, 510, 30)
    tight = _layout(anchors, np.full(30, 200.0), rows=3)
    assert len(tight.placements) < 30 and sum(b.count for b in tight.badges) >= 27 - 3
    zoomed = _layout(np.linspace(0, 800, 30), np.full(30, 150.0), rows=6)
    assert len(zoomed.placements) == 30 and not zoomed.badges
