"""Help → About, Help → Keyboard shortcuts (built from the window's own actions, so it cannot drift from
them) and Help → Data sources and licences (from the bundled ``datapackage.json``)."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QTextBrowser, QVBoxLayout

from tracker.ui import messages

PORTABLE = QKeySequence.SequenceFormat.PortableText
NATIVE = QKeySequence.SequenceFormat.NativeText


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")


def _name(window, action: QAction) -> str:
    # Undo/Redo carry the next step's name ("Undo Add delivery …"): list the bare verb.
    for key, text in (
        ("undo", QCoreApplication.translate("Actions", "&Undo")),
        ("redo", QCoreApplication.translate("Actions", "&Redo")),
    ):
        if window.actions_.get(key) is action:
            return _plain(text)
    return _plain(action.text())


def shortcut_rows(window, fmt=NATIVE) -> list[tuple[str, str, str]]:
    """(keys, menu, command) for every menu action that has a shortcut, in menu order,
    then the keys that work inside a table or the focused timeline."""
    rows: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: list[str]) -> None:
        for action in menu.actions():
            if isinstance(sub := action.menu(), QMenu):
                walk(sub, [*path, _plain(sub.title())])
            elif action.shortcuts():
                keys = " / ".join(k.toString(fmt) for k in action.shortcuts())
                rows.append((keys, " → ".join(path), _name(window, action)))

    for top in window.menuBar().actions():
        if isinstance(menu := top.menu(), QMenu):
            walk(menu, [_plain(menu.title())])
    table = QCoreApplication.translate("Help", "in a table")
    chart = QCoreApplication.translate("Help", "in the timeline")
    rows += [
        ("Enter", table, QCoreApplication.translate("Help", "Edit the record in its form")),
        ("F2", table, QCoreApplication.translate("Help", "Edit the cell in place")),
        ("Shift+← / →", chart, QCoreApplication.translate("Help", "Pan the dates")),
        ("+ / −", chart, QCoreApplication.translate("Help", "Zoom in / out")),
        ("← / →", chart, QCoreApplication.translate("Help", "Move the map's date a day")),
        ("PgUp / PgDn", chart, QCoreApplication.translate("Help", "Move the map's date a month")),
        ("Home / End", chart, QCoreApplication.translate("Help", "The first / last date")),
        ("Space", chart, QCoreApplication.translate("Help", "Play the map month by month")),
    ]
    return rows


def markdown_table(window) -> str:
    """The README's keyboard table (portable key names)."""
    head = "| keys | where | does |\n|---|---|---|\n"
    return head + "".join(f"| {k} | {m} | {c} |\n" for k, m, c in shortcut_rows(window, PORTABLE))


class _TextDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 520)


class ShortcutsDialog(_TextDialog):
    """Every shortcut of the window, read from its actions when opened."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.rows = shortcut_rows(window)
        cells = "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(c)}</td>"
            f"<td>{html.escape(m)}</td></tr>"
            for k, m, c in self.rows
        )
        heads = (self.tr("Keys"), self.tr("Does"), self.tr("Where"))
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in heads)
        body = f"<table cellpadding='4'><tr>{head}</tr>{cells}</table>"
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.browser.setHtml(body)
        self.setObjectName("shortcuts_dialog")


def _link(path: str | None, text: str) -> str:
    text = html.escape(text)
    return f"<a href='{html.escape(path)}'>{text}</a>" if path else text


class DataSourcesDialog(_TextDialog):
    """Where the bundled data comes from, how recent it is, and under which licences."""

    def __init__(self, window) -> None:
        from tracker.io.paths import sample_data_dir

        super().__init__(window)
        path = sample_data_dir() / "datapackage.json"
        package = json.loads(path.read_text(encoding="utf-8"))
        parts = [
            f"<h3>{html.escape(package.get('title', ''))}</h3>",
            f"<p>{html.escape(package.get('description', ''))}</p>",
        ]
        for res in package.get("resources", []):
            licences = ", ".join(
                _link(lic.get("path"), lic.get("title") or lic.get("name", ""))
                for lic in res.get("licenses", [])
            )
            parts.append(
                f"<p><b>{html.escape(res.get('title', res.get('name', '')))}</b><br>"
                + self.tr("As of {0}; {1} sources cited").format(
                    html.escape(str(res.get("as_of", "—"))), len(res.get("sources", []))
                )
                + "<br>"
                + self.tr("Licences: {0}").format(licences)
                + "</p>"
            )
        main_sources = self.tr("Main sources")
        parts.append(f"<h4>{html.escape(main_sources)}</h4><ul>")
        for src in package.get("sources", []):
            parts.append(f"<li>{_link(src.get('path'), src.get('title', ''))}</li>")
        parts.append("</ul>")
        parts.append(
            "<p>"
            + self.tr(
                "Every record cites its own source (the Source column); the full list: {0}"
            ).format(_link(path.as_uri(), str(path)))
            + "</p>"
        )
        self.setWindowTitle(self.tr("Data sources and licences"))
        self.browser.setHtml("".join(parts))
        self.setObjectName("data_sources_dialog")
        self.package = package


def show_help(window, which: str):
    dialog = ShortcutsDialog(window) if which == "shortcuts" else DataSourcesDialog(window)
    window.editor.open_forms.append(dialog)
    dialog.show()
    return dialog


def show_about(window) -> None:
    import pyqtgraph
    import PySide6
    from PySide6.QtCore import qVersion

    from tracker import APP_NAME, __version__

    messages.info(
        window,
        QCoreApplication.translate("Actions", "About"),
        QCoreApplication.translate(
            "Actions", "{0} {1}\nQt {2}, PySide6 {3}, pyqtgraph {4}\nDatabase: {5} ({6})"
        ).format(
            APP_NAME,
            __version__,
            qVersion(),
            PySide6.__version__,
            pyqtgraph.__version__,
            window.store.describe(),
            window.store.engine.dialect.name,
        ),
    )
