"""In-place editors for table cells: dates, doses, actors and vaccines."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from tracker.ui.fields import ActorEdit, DateEdit, DosesEdit, VaccineCombo
from tracker.ui.table_models import RecordTableModel

Index = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    """Chooses the editor by the column's kind (see ``table_models.Column``)."""

    # -- Qt overrides -------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, RecordTableModel)  # the delegate of the record tables
        kind = model.columns[index.column()].kind
        if kind == "date":
            return DateEdit(parent)
        if kind == "int":
            return DosesEdit(parent)
        if kind == "actor":
            return ActorEdit(parent)
        if kind == "vaccine":
            return VaccineCombo(parent)
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateEdit):
            editor.set_date(
                dt.date(value.year(), value.month(), value.day())
                if isinstance(value, QDate) and value.isValid()
                else None
            )
        elif isinstance(editor, DosesEdit):
            editor.set_doses(value if isinstance(value, int) else None)
        elif isinstance(editor, (ActorEdit, VaccineCombo)):
            editor.set_code(value or None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DateEdit):
            day = editor.date()
            if day is not None:
                model.setData(index, day, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, DosesEdit):
            doses = editor.doses()
            if doses is not None:
                model.setData(index, doses, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, (ActorEdit, VaccineCombo)):
            code = editor.code()
            if code:
                model.setData(index, code, Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)
