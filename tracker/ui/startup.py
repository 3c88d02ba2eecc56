"""Opening a database from the window: checked first, off the UI thread for big files.

A damaged file is never opened for writing. The user is told what is wrong and offered
a read-only copy (when enough can be read) or the newest intact backup. An intact file
is opened (a new one seeded) and the day's automatic backup taken, in the same worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store.backups import daily_backup_if_due, latest_backup, list_backups, restore
from tracker.store.database import Store, default_database_url, normalise_url, sqlite_path
from tracker.store.maintenance import BIG_FILE_BYTES, open_read_only_copy, read_only_possible
from tracker.store.sqlite_file import diagnose, file_problems
from tracker.ui import messages
from tracker.ui.layouts import dialog_layout


@dataclass
class Opened:
    store: Store
    backup: Path | None = None  # the day's automatic backup, if one was taken now
    backup_error: str = ""  # why it could not be taken (the file opened all the same)


@dataclass
class Damage:
    """What is wrong with a file, and which ways out exist."""

    url: str
    path: Path
    problems: list[str]
    read_only_possible: bool
    backup: Path | None
    backup_label: str = ""  # "daily, 2026-11-27 09:30"


def _damage(url: str, path: Path, problems: list[str]) -> Damage:
    backup = latest_backup(path)
    text = ""
    for b in list_backups(path):
        if b.path == backup:
            text = f"{b.reason}, {b.taken_at:%Y-%m-%d %H:%M}"
    return Damage(url, path, problems, read_only_possible(path, problems), backup, text)


def open_checked(
    url: str | None, *, empty: bool = False, read_only: bool = False
) -> Opened | Damage:
    """Check, then open (seeding a new file), then take the day's backup. No Qt here.

    Raises
    ------
    TrackerError
        The database cannot be opened for a reason other than damage (no server...).
    """
    from tracker.io.seed import open_database

    url = normalise_url(url or default_database_url())
    path = sqlite_path(url)
    if path is not None and path.is_file():
        problems = file_problems(path)  # cheap: a cut-off file, another database's log
        if problems:
            return _damage(url, path, problems)
    try:
        store = open_database(url, empty=empty, read_only=read_only)
    except DatabaseError:
        if path is not None and path.is_file() and (problems := diagnose(path)):
            return _damage(url, path, problems)
        raise
    opened = Opened(store)
    try:
        opened.backup = daily_backup_if_due(store)
    except DatabaseError as exc:
        opened.backup_error = str(exc)
    return opened


class _Relay(QObject):
    done = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # delivered to the UI thread, shown there
            result = exc
        self._relay.done.emit(result)


class DatabaseOpener(QObject):
    """Runs :func:`open_checked`, in a worker thread when the file is big.

    Exactly one of ``opened`` (an :class:`Opened`), ``damaged`` (a :class:`Damage`) or
    ``failed`` (the exception) is emitted, always on the UI thread.
    """

    opened = Signal(object)
    damaged = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        url: str | None,
        *,
        empty: bool = False,
        read_only: bool = False,
        big_file_bytes: int = BIG_FILE_BYTES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.url = normalise_url(url or default_database_url())
        self._empty, self._read_only = empty, read_only
        path = sqlite_path(self.url)
        size = path.stat().st_size if path is not None and path.is_file() else 0
        self.in_background = size >= big_file_bytes
        self.done = False
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    def start(self) -> None:
        if self.in_background:
            self._pool.start(_Task(self._work, self._relay))
        else:
            QTimer.singleShot(0, lambda: self._deliver(self._safe_work()))

    def wait(self) -> None:
        """Block until the worker has finished (tests, shutdown)."""
        self._pool.waitForDone()

    def _work(self) -> Opened | Damage:
        return open_checked(self.url, empty=self._empty, read_only=self._read_only)

    def _safe_work(self) -> object:
        try:
            return self._work()
        except Exception as exc:
            return exc

    def _deliver(self, result: object) -> None:
        self._pool.waitForDone()
        self.done = True
        if isinstance(result, Opened):
            self.opened.emit(result)
        elif isinstance(result, Damage):
            self.damaged.emit(result)
        else:
            self.failed.emit(result)


class DamagedDatabaseDialog(QDialog):
    """Says what is wrong with a file and offers a read-only copy or the latest backup."""

    store_opened = Signal(object)  # the Store to work with

    def __init__(self, damage: Damage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.damage = damage
        self.store: Store | None = None
        self.kept: Path | None = None
        self.setWindowTitle(self.tr("Database damaged"))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.read_only_button = QPushButton(self.tr("Open a &read-only copy"), self)
        self.restore_button = QPushButton(self)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.read_only_button.clicked.connect(self._open_read_only)
        self.restore_button.clicked.connect(self._restore)
        self.close_button.clicked.connect(self.reject)
        dialog_layout(
            self,
            (self.headline, self.details),
            (self.read_only_button, self.restore_button, self.close_button),
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        d = self.damage
        self.headline.setText(
            self.tr(
                "{0} is damaged. It has not been changed, and nothing will be written to "
                "it.\nWhat is wrong:"
            ).format(d.path)
        )
        self.details.setPlainText("\n".join(d.problems[:50]))
        self.read_only_button.setEnabled(d.read_only_possible)
        self.read_only_button.setToolTip(
            self.tr("Look at what can still be read, in a copy; changes cannot be saved.")
            if d.read_only_possible
            else self.tr("Too much of the file is damaged to show it.")
        )
        if d.backup is not None:
            self.restore_button.setText(
                self.tr("Restore the &backup ({0})").format(d.backup_label or d.backup.name)
            )
            self.restore_button.setToolTip(
                self.tr("Replaces the file with {0}; the damaged file is kept in {1}.").format(
                    d.backup.name, d.backup.parent
                )
            )
        else:
            self.restore_button.setText(self.tr("No &backup to restore"))
        self.restore_button.setEnabled(d.backup is not None)

    def _open_read_only(self) -> None:
        try:
            store = open_read_only_copy(self.damage.path, self.damage.problems)
        except (TrackerError, OSError) as exc:
            messages.show_exception(self, exc)
            return
        self._finish(store)

    def _restore(self) -> None:
        from tracker.io.seed import open_database

        if self.damage.backup is None:
            return
        try:
            self.kept = restore(self.damage.url, self.damage.backup)
            store = open_database(self.damage.url)
        except (TrackerError, OSError) as exc:
            messages.show_exception(self, exc)
            return
        self._finish(store)

    def _finish(self, store: Store) -> None:
        self.store = store
        self.store_opened.emit(store)
        self.accept()


# -- entry points for the application ------------------------------------------------------
def open_at_start(db: str | None, *, empty: bool = False) -> Store | None:
    """Open the start-up database (a busy dialog while a big file is checked); ``None``
    when the user gives up. Needs a ``QApplication``."""
    opener = DatabaseOpener(db, empty=empty)
    loop = QEventLoop()
    outcome: list[object] = []

    def finish(result: object) -> None:
        outcome.append(result)
        loop.quit()

    for signal in (opener.opened, opener.damaged, opener.failed):
        signal.connect(finish)
    busy = None
    if opener.in_background:
        path = sqlite_path(opener.url)
        busy = QProgressDialog(
            opener.tr("Checking {0}…").format(path.name if path else opener.url), "", 0, 0
        )
        busy.setCancelButton(None)
        busy.show()
    opener.start()
    if not outcome:
        loop.exec()
    if busy is not None:
        busy.close()
    result = outcome[0]
    if isinstance(result, Opened):
        return result.store
    if isinstance(result, Damage):
        dialog = DamagedDatabaseDialog(result)
        dialog.exec()
        return dialog.store
    messages.show_exception(None, result)  # type: ignore[arg-type]
    return None


def open_in_window(
    window, url: str, *, read_only: bool = False, empty: bool = False
) -> DatabaseOpener:
    """File → Open: check and open ``url``, then switch ``window`` to it (asynchronously)."""
    opener = DatabaseOpener(url, empty=empty, read_only=read_only, parent=window)

    def offer(damage: Damage) -> None:
        dialog = DamagedDatabaseDialog(damage, window)
        dialog.store_opened.connect(window.switch_store)
        dialog.open()
        window.damage_dialog = dialog  # kept for tests and so it is not collected

    opener.opened.connect(lambda result: window.switch_store(result.store))
    opener.damaged.connect(offer)
    opener.failed.connect(lambda exc: messages.show_exception(window, exc))
    opener.start()
    return opener


def back_up_daily(window) -> Path | None:
    """The day's automatic backup of the window's database, said in the status bar.

    Called once the window is up (``QTimer.singleShot``), so start-up stays fast; a
    failure is shown but does not stop the user from working.
    """
    try:
        out = daily_backup_if_due(window.store)
    except DatabaseError as exc:
        text = QCoreApplication.translate("Startup", "Automatic backup failed: {0}")
        window.statusBar().showMessage(text.format(exc), 15_000)
        return None
    if out is not None:
        text = QCoreApplication.translate("Startup", "Today's backup: {0}")
        window.statusBar().showMessage(text.format(out), 5_000)
    return out
