"""The pyqtgraph timeline chart and its rendering to PNG/SVG/PDF. ``ui`` may import this."""

import os

# pyqtgraph prefers PyQt6 when both bindings are installed; we ship PySide6.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
