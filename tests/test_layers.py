"""The layer rule, checked the cheap way: importing the lower layers loads no Qt."""

import subprocess
import sys

CODE = """
import sys
import tracker.domain.actors, tracker.domain.validation, tracker.domain.figures
import tracker.store, tracker.store.queries, tracker.store.frames, tracker.store.maintenance
import tracker.io.parse, tracker.io.importing, tracker.io.export, tracker.io.seed
import tracker.present.chart_spec, tracker.io.guess, tracker.store.backups, tracker.store.audit
import tracker.store.import_undo
import tracker.cli
loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))
print(','.join(loaded))
"""


def test_domain_store_io_and_cli_import_without_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_headless_summary_never_loads_qt(seeded_path):
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['vaccine-tracker', '--db', {str(seeded_path)!r}, 'summary']\n"
        "from tracker.cli import main\n"
        "rc = main()\n"
        "assert rc == 0, rc\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
