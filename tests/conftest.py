"""Shared fixtures: real SQLite files in tmp_path, isolated settings, a seeded template."""

from __future__ import annotations

import os

# Before any Qt import anywhere in the suite.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import gc  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="run the long fault-injection tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="long run: pass --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _no_garbage_collection_while_widgets_show(request: pytest.FixtureRequest):
    """pytest-qt holds a test's widgets by weak reference, and pyqtgraph's widgets are
    kept alive by reference cycles: once a test returns, its charts are garbage that is
    still on screen. Python's cycle collector may then free one in the middle of Qt
    painting it or delivering it an event (a segmentation fault in ``paintEvent``, seen
    about one full run in three). So no automatic collection during a test that uses
    ``qtbot``: pytest-qt closes and deletes its widgets first (in its teardown hook,
    before fixtures end), then collection resumes."""
    if "qtbot" not in request.fixturenames:
        yield
        return
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """No test reads or writes the developer's data folder, settings or database URL."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("TRACKER_DATABASE_URL", raising=False)
    monkeypatch.setenv("TRACKER_USER", "test-user")
    yield home


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated database seeded with the bundled datasets, built once per session."""
    from tracker.io.seed import open_database

    path = tmp_path_factory.mktemp("template") / "seeded.sqlite"
    store = open_database(str(path))
    store.close()
    return path


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tracker.io.seed import open_database

    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    open_database(str(path), empty=True).close()
    return path


def _copy(template: Path, dest: Path) -> Path:
    shutil.copyfile(template, dest)
    return dest


@pytest.fixture
def seeded_path(seeded_template: Path, tmp_path: Path) -> Path:
    return _copy(seeded_template, tmp_path / "tracker.sqlite")


@pytest.fixture
def store(seeded_path: Path):
    """A real SQLite file with the bundled datasets, private to the test."""
    from tracker.store import open_store

    s = open_store(str(seeded_path))
    yield s
    s.close()


@pytest.fixture
def empty_store(empty_template: Path, tmp_path: Path):
    from tracker.store import open_store

    s = open_store(str(_copy(empty_template, tmp_path / "empty.sqlite")))
    yield s
    s.close()


def run_cli(
    *args: str, env: dict | None = None, timeout: float = 120
) -> subprocess.CompletedProcess:
    """Run ``vaccine-tracker`` as a user would: a real process, real exit code."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tracker", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )
