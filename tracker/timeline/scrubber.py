"""The time scrubber: a cursor across the timeline's lanes that sets the "as of" date.

Drag it, or with the timeline focused: ←/→ a day, PgDn/PgUp a month back/forward (as a
slider's Page keys do), Home/End the
first/last day, Space plays month by month (and stops). The map, its flows and the
per-capita figures follow :attr:`Scrubber.date_changed`. The cursor is one
``InfiniteLine`` per lane (three items, whatever the data), so it costs the chart
nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal

from tracker.present.formats import date_of, day_number

#: One Play step (a month) every this many milliseconds.
PLAY_INTERVAL_MS = 600


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (or earlier), kept inside shorter months."""
    m = day.month - 1 + months
    y, m = day.year + m // 12, m % 12 + 1
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def month_end(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


class Scrubber(QObject):
    """The as-of cursor of a :class:`~tracker.timeline.widget.TimelineWidget`."""

    date_changed = Signal(object)  # datetime.date
    playing_changed = Signal(bool)

    KEYS = (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_Space,
    )

    def __init__(self, widget, colour: str = "#E0007A") -> None:
        super().__init__(widget)
        self.widget = widget
        self.first: dt.date | None = None
        self.last: dt.date | None = None
        self.date: dt.date | None = None
        chart = widget.chart
        self.lines: list[pg.InfiniteLine] = []
        for i, plot in enumerate((chart.doses, chart.events, chart.context)):
            line = pg.InfiniteLine(
                angle=90,
                movable=i == 0,
                pen=pg.mkPen(colour, width=2),
                hoverPen=pg.mkPen(colour, width=4),
            )
            line.setZValue(50)
            line.setVisible(False)
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)
        self.lines[0].sigPositionChanged.connect(self._on_dragged)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._play_step)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for target in (widget, chart):
            target.installEventFilter(self)
        self._moving = False

    # -- our API ---------------------------------------------------------------------------
    def set_range(self, first: dt.date, last: dt.date) -> None:
        """The dates the cursor may take; it stays where it was when still inside."""
        self.first, self.last = first, last
        for line in self.lines:
            line.setVisible(True)
        self.set_date(self.date if self.date and first <= self.date <= last else last)

    def set_date(self, day: dt.date) -> dt.date | None:
        """Move the cursor (clamped to the range); emits ``date_changed`` when it moves."""
        if self.first is None or self.last is None:
            return None
        day = min(max(day, self.first), self.last)
        x = day_number(day) + 0.5  # the middle of the day
        self._moving = True
        try:
            for line in self.lines:
                line.setValue(x)
        finally:
            self._moving = False
        if day != self.date:
            self.date = day
            self.date_changed.emit(day)
        return day

    def step_days(self, n: int) -> None:
        if self.date is not None:
            self.set_date(self.date + dt.timedelta(days=n))

    def step_months(self, n: int) -> None:
        if self.date is not None:
            self.set_date(add_months(self.date, n))

    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def play(self) -> None:
        """Month by month from here to the end (from the start if already there)."""
        if self.date is None or self.first is None or self.last is None or self.playing:
            return
        if self.date >= self.last:
            self.set_date(self.first)
        self.timer.start()
        self.playing_changed.emit(True)

    def stop(self) -> None:
        if self.playing:
            self.timer.stop()
            self.playing_changed.emit(False)

    def toggle_play(self) -> None:
        self.stop() if self.playing else self.play()

    # -- internals ---------------------------------------------------------------------------
    def _play_step(self) -> None:
        if self.date is None or self.last is None or self.date >= self.last:
            self.stop()
            return
        # Month ends: each frame shows a whole month more.
        nxt = month_end(self.date) if self.date != month_end(self.date) else None
        self.set_date(nxt or month_end(add_months(self.date, 1)))
        if self.date >= self.last:
            self.stop()

    def _on_dragged(self, line) -> None:
        if self._moving or self.first is None:
            return
        self.set_date(date_of(line.value()))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        # Plain keys move the cursor; with Shift, arrows pan the chart instead.
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in self.KEYS
            and not event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                         | Qt.KeyboardModifier.ControlModifier
                                         | Qt.KeyboardModifier.AltModifier)
        ):  # fmt: skip
            key = event.key()
            if key == Qt.Key.Key_Space:
                self.toggle_play()
            elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                self.step_days(-1 if key == Qt.Key.Key_Left else 1)
            elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.step_months(1 if key == Qt.Key.Key_PageUp else -1)
            elif key == Qt.Key.Key_Home and self.first:
                self.set_date(self.first)
            elif key == Qt.Key.Key_End and self.last:
                self.set_date(self.last)
            return True
        return super().eventFilter(obj, event)
