"""Menu actions declared as data: one :class:`ActionSpec` per entry, one loop adds them.

The menu builders (``file_menu``, ``edit_menu``, ``view_menu``, ``help_menu`` and
``navigation``) list their entries as tables of specs; :func:`add_actions` makes each
``QAction``, gives it its shortcut and puts it in the menu and in the window's
``acts`` dictionary (which the toolbar, the shortcuts dialog and the tests read).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

#: What an action does when triggered (PySide passes ``checked`` only if it is taken).
Slot = Callable[[], object]
#: A key as Qt spells it ("Ctrl+I"), or a platform's standard key (Open, Find…).
Shortcut = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One menu entry: its key in ``acts``, its (translated) text, what it does."""

    key: str
    text: str
    slot: Slot
    shortcut: Shortcut | None = None
    #: More keys for the same action (all of them listed in the shortcuts dialog).
    more: tuple[str, ...] = ()
    #: Window-wide: a table, the chart or a filter field with focus does not swallow it.
    window_wide: bool = False


#: A separator between two groups of entries.
SEPARATOR = None


def make_action(parent: QWidget, spec: ActionSpec, menu: QMenu | None = None) -> QAction:
    """A ``QAction`` for ``spec``, parented to the window and added to ``menu``."""
    action = QAction(spec.text, parent)
    if spec.more:
        first = [QKeySequence(spec.shortcut)] if spec.shortcut is not None else []
        action.setShortcuts([*first, *(QKeySequence(k) for k in spec.more)])
    elif spec.shortcut is not None:
        action.setShortcut(QKeySequence(spec.shortcut))
    if spec.window_wide:
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        parent.addAction(action)
    action.triggered.connect(spec.slot)
    if menu is not None:
        menu.addAction(action)
    return action


def add_actions(
    parent: QWidget,
    menu: QMenu,
    specs: Sequence[ActionSpec | None],
    acts: dict[str, QAction],
) -> None:
    """Add ``specs`` to ``menu`` in order (``None``: a separator), keyed in ``acts``."""
    for spec in specs:
        if spec is None:
            menu.addSeparator()
        else:
            acts[spec.key] = make_action(parent, spec, menu)
