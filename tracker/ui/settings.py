"""UI state in QSettings, through one place, with typed accessors and versioned keys."""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

V = "v1"
GEOMETRY = f"window/geometry_{V}"
STATE = f"window/state_{V}"
SPLITTER = f"window/splitter_{V}"  # no longer written: TABLE_SHARE replaced it
TABLE_SHARE = f"window/table_share_{V}"
HEADERS = "tables/{kind}_header_" + V
FILTERS = f"filters/last_{V}"
RECENT = f"files/recent_{V}"
EXPORT_FOLDER = f"export/folder_{V}"
EXPORT_FORMAT = f"export/format_{V}"
LANGUAGE = f"ui/language_{V}"
THEME = f"ui/theme_{V}"
CONFIDENCE = f"forms/last_confidence_{V}"
MAX_RECENT = 8


class Settings:
    """Typed access to the app's QSettings (organisation/application set by ``app.run``)."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings()

    def bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._s.setValue(key, value)

    def text(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    def set_text(self, key: str, value: str) -> None:
        self._s.setValue(key, value)

    def json(self, key: str, default):
        try:
            return json.loads(self.text(key)) if self.text(key) else default
        except ValueError:
            return default

    def set_json(self, key: str, value) -> None:
        self.set_text(key, json.dumps(value))

    def recent(self) -> list[str]:
        return [r for r in self.json(RECENT, []) if isinstance(r, str)]

    def add_recent(self, url: str) -> None:
        items = [url, *[r for r in self.recent() if r != url]][:MAX_RECENT]
        self.set_json(RECENT, items)

    # dict-like, for dialogs that only need get/set
    def get(self, key: str, default=None):
        return self._s.value(key, default)

    def __setitem__(self, key: str, value) -> None:
        self._s.setValue(key, value)

    def __getitem__(self, key: str):
        return self._s.value(key)

    def sync(self) -> None:
        self._s.sync()
