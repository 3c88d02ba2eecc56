"""``QT_TRANSLATE_NOOP`` typed as what it returns.

It marks a literal for lupdate and returns it unchanged; PySide6's stub declares the
result ``object``, so every table of marked strings would need a cast. Import it from
here (lupdate finds the calls by name, wherever the function comes from).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP as _QT_TRANSLATE_NOOP

QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], _QT_TRANSLATE_NOOP)
