"""The built wheel carries the bundled datasets (sample_data/ lives outside the package)."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_ships_bundled_datasets_and_migrations(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    wheel = next(tmp_path.glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "deliveries.csv",
        "commitments.csv",
        "events.csv",
        "series.csv",
        "tallies.csv",
        "datapackage.json",
        "NOTICE.md",  # the MIT and CC BY notices travel with the data
    ):
        assert f"tracker/bundled/{name}" in names
    # the curation build is not part of the app
    assert not any("build_sample_data" in n or n.startswith("curation/") for n in names)
    assert any(n.startswith("tracker/store/migrations/versions/0001") for n in names)
    assert "tracker/resources/icons/add.svg" in names
    assert "tracker/resources/translations/tracker_es.qm" in names  # built by make
    assert "tracker/store/migrations/env.py" in names
    for name in (
        "geo/countries.json.gz",
        "geo/datapackage.json",
        "population/wpp2024.csv",
        "population/datapackage.json",
    ):
        assert f"tracker/resources/{name}" in names  # the map's shapes and population


def test_database_url_from_environment(tmp_path):
    from tests.conftest import run_cli

    db = tmp_path / "from-env.sqlite"
    out = run_cli("summary", env={"TRACKER_DATABASE_URL": f"sqlite:///{db}"})
    assert out.returncode == 0, out.stderr
    assert db.exists()
