"""Canary: PySide6 6.12.0 aborted after a few thousand Python itemChange overrides.

pyqtgraph items all override itemChange, so a binding that breaks this breaks the
timeline. This runs in a subprocess because the failure is an abort, not an exception.
"""

import subprocess
import sys

CODE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QApplication, QGraphicsObject, QGraphicsScene

class Item(QGraphicsObject):
    def boundingRect(self):
        return QRectF(0, 0, 1, 1)
    def paint(self, painter, option, widget=None):
        pass
    def itemChange(self, change, value):
        return super().itemChange(change, value)

app = QApplication([])
scene = QGraphicsScene()
items = []
for i in range(20_000):
    item = Item()
    scene.addItem(item)
    item.setPos(i, i)
    items.append(item)
scene.clear()
print("ok", len(items))
"""


def test_twenty_thousand_itemchange_overrides_do_not_abort():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "ok 20000"


def test_pinned_binding_version():
    import PySide6

    assert PySide6.__version__ == "6.11.2"
