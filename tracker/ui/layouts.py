"""The dialogs' common arrangement: content stacked top to bottom, buttons at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def dialog_layout(
    dialog: QWidget, content: tuple[QWidget, ...], buttons: tuple[QWidget, ...]
) -> QVBoxLayout:
    """Lay ``dialog`` out as ``content`` stacked, then a row of ``buttons`` flush right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    layout = QVBoxLayout(dialog)
    for widget in content:
        layout.addWidget(widget)
    layout.addLayout(row)
    return layout
