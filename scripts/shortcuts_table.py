"""Print the README's keyboard table, generated from the main window's actions.

.venv/bin/python scripts/shortcuts_table.py   (paste over the table under "all from the keyboard")
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    tmp = Path(tempfile.mkdtemp(prefix="tracker-keys-"))
    app = QApplication([])
    app.setOrganizationName("TrackerShortcuts")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    from tracker.io.seed import open_database
    from tracker.ui import i18n
    from tracker.ui.help_dialogs import markdown_table
    from tracker.ui.main_window import MainWindow

    i18n.install("en", app)
    store = open_database(str(tmp / "t.sqlite"), empty=True)
    window = MainWindow(store)
    sys.stdout.write(markdown_table(window))
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
