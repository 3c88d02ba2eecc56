"""Exports on a full disk: one clear message, no partial file, no traceback."""

from __future__ import annotations

import pytest

from tests.io import hostile
from tests.store.disks import fill, small_disk

run_cli = hostile.counted_cli("storage faults (full disk)")


@pytest.fixture
def full_folder(tmp_path):
    with small_disk(tmp_path / "disk", "1m") as where:
        fill(where)
        yield where


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_to_a_full_disk_leaves_nothing_and_prints_no_traceback(
    suffix, full_folder, seeded_path
):
    out = full_folder / f"out{suffix}"
    done = run_cli("--db", str(seeded_path), "export-data", str(out), "--kind", "commitments")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "No space left on device" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr
    assert sorted(p.name for p in full_folder.iterdir()) == ["filler.bin"]


def test_a_partial_file_left_by_a_killed_export_is_removed_by_the_next(seeded_path, tmp_path):
    out = tmp_path / "out.csv"
    stale = tmp_path / "out.csv.partial"
    stale.write_text("half a file")
    done = run_cli("--db", str(seeded_path), "export-data", str(out))
    assert done.returncode == 0, done.stderr
    assert not stale.exists() and out.exists()
