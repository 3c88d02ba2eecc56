"""What both screenshot scripts start with: the output folder, settings and data of their
own (the developer's are never read or changed), a QApplication and the bundled data.

    from screenshot_session import start   # scripts/ is on sys.path when a script runs
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def start(prefix: str):
    """(out, tmp, app, store): OUT_DIR from the command line (default docs/screenshots),
    a scratch folder, a QApplication with settings in that folder, and a new database
    seeded with the bundled datasets."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from tracker.io.seed import open_database

    app = QApplication([])
    app.setOrganizationName("TrackerScreenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "qs"))
    store = open_database(str(tmp / "tracker.sqlite"))
    return out, tmp, app, store
