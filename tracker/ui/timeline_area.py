"""The centre of the window: the timeline chart, wired to the window's tables."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from tracker.timeline.widget import TimelineWidget


def current_lang() -> str:
    """The language figures and month names are drawn in ("en" or "es")."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def make_timeline_area(window) -> QWidget:
    from tracker.ui import theme

    timeline = TimelineWidget(window, dark=theme.is_dark())
    timeline.setObjectName("timeline")
    timeline.setAccessibleName(window.tr("Timeline"))
    timeline.lang = current_lang()

    # Clicking a marker selects the record in its table (clearing filters that hide it);
    # clicking a tally's checkpoint selects the deliveries behind its sum.
    def clicked(kind: str, record_id: int) -> None:
        if kind == "checkpoints":
            window.select_record("checkpoints", record_id)
            window.show_checkpoint(record_id)
        else:
            window._go_to_record(kind, record_id)

    timeline.record_clicked.connect(clicked)
    return timeline
