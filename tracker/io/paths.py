"""Where the bundled datasets and resources are, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _package_dir(package: str, fallback: str) -> Path:
    try:
        path = Path(str(resources.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    # A plain checkout run without installing: the folders at the top of the repo.
    return Path(__file__).resolve().parents[2] / fallback


def sample_data_dir() -> Path:
    """The bundled datasets (``sample_data/`` in the repo, ``tracker.bundled`` when installed)."""
    return _package_dir("tracker.bundled", "sample_data")


def resources_dir() -> Path:
    return _package_dir("tracker.resources", "resources")
