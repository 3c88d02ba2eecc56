"""Exports on a full disk: one clear message, no partial file, no traceback."""

from __future__ import annotations

import shutil

import pytest

from tests.conftest import run_cli as _run_cli
from tests.io import hostile
from tests.store.disks import fill, small_disk


def run_cli(*args: str, watch=None, **kw):  # noqa: ANN001, ANN201
    """The real command line, each run counted in the hostile-input table.

    ``watch``: a file a refusal must leave byte-for-byte as it was.
    """
    before = _sha(watch) if watch is not None and watch.exists() else None
    done = _run_cli(*args, **kw)
    after = _sha(watch) if watch is not None and watch.exists() else None
    hostile.cli(
        "storage faults (full disk)",
        done,
        refused=done.returncode in (1, 2, 3),
        unchanged=done.returncode == 0 or before == after,
    )
    return done


def _sha(path) -> str:  # noqa: ANN001
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


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
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
