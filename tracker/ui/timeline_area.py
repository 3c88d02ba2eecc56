"""The centre of the window: the timeline chart, wired to the window's tables.

The launcher paints its window before pyqtgraph is imported, so a window starts with
:class:`PendingTimeline`, the chart's empty state ("Loading the database…", then
"Drawing the timeline…"). It answers every call the window and its actions make on a
timeline (see :class:`~tracker.ui.window_services.TimelineView`) by doing nothing, so
nobody has to ask which of the two is in place.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from tracker.domain.filters import Filters
    from tracker.store.database import Store
    from tracker.timeline.widget import TimelineWidget
    from tracker.ui.window_services import WindowServices


def current_lang() -> str:
    """The language figures and month names are drawn in ("en" or "es")."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


class PendingTimeline(QLabel):
    """The timeline before the chart exists: a centred line saying what is loading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # The window's context: these texts were the window's own (its catalogue entries).
        super().__init__(QCoreApplication.translate("MainWindow", "Loading the database…"), parent)
        self.setObjectName("timeline_loading")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def drawing(self) -> None:
        """The data is on screen; the chart is drawn in the next turn of the event loop."""
        self.setText(QCoreApplication.translate("MainWindow", "Drawing the timeline…"))

    # -- the TimelineView interface: nothing to draw yet ---------------------------------
    def refresh(self, store: Store, filters: Filters) -> None:
        pass

    def fit_all(self) -> None:
        pass

    def visible_range(self) -> tuple[dt.date, dt.date] | None:
        return None

    def highlight(self, kind: str, record_id: int) -> bool:
        return False

    def set_dark(self, dark: bool) -> None:
        pass


def make_timeline_area(window: WindowServices) -> TimelineWidget:
    """The chart, its clicks wired to ``window``'s tables."""
    from tracker.timeline.widget import TimelineWidget
    from tracker.ui import theme

    timeline = TimelineWidget(window.window(), dark=theme.is_dark())
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
            window.go_to_record(kind, record_id)

    timeline.record_clicked.connect(clicked)
    return timeline
