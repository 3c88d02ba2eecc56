"""Every message box goes through here, so tests can replace them in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tracker.domain.errors import ConflictError, DatabaseError, InputError, TrackerError


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str = "") -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    ok = box.addButton(
        ok_text or QCoreApplication.translate("Messages", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def choose(parent: QWidget | None, title: str, text: str, options: list[str]) -> int | None:
    """A question with several answers: the index of the one picked, ``None`` on Cancel."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    for i, button in enumerate(buttons):
        if clicked is button:
            return i
    return None


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """Expected errors become one clear message; anything else is reported as a bug."""
    if isinstance(exc, ConflictError):
        error(parent, QCoreApplication.translate("Messages", "Changed by someone else"), str(exc))
    elif isinstance(exc, DatabaseError):
        error(parent, QCoreApplication.translate("Messages", "Database problem"), str(exc))
    elif isinstance(exc, InputError):
        details = "\n".join(str(e) for e in exc.errors[:200])
        error(
            parent,
            QCoreApplication.translate("Messages", "Cannot use this input"),
            str(exc),
            details,
        )
    elif isinstance(exc, TrackerError):
        error(parent, QCoreApplication.translate("Messages", "Cannot do that"), str(exc))
    else:
        import traceback

        error(
            parent,
            QCoreApplication.translate("Messages", "Unexpected error"),
            QCoreApplication.translate(
                "Messages", "Something went wrong inside the app. Your saved data is safe."
            )
            + f"\n\n{exc}",
            "".join(traceback.format_exception(exc)),
        )
