"""Fixtures for storage faults: a small tmpfs mounted per test (root only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.disks import small_disk


@pytest.fixture
def disk(tmp_path: Path):
    """An 8 MB filesystem of its own (a tmpfs), unmounted after the test."""
    with small_disk(tmp_path / "disk") as where:
        yield where
