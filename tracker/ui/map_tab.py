"""The map beside the timeline: choropleth and flows, or the Sankey, at the cursor's date.

:class:`MapPanel` follows the window's filters (like every table) and the timeline's
scrubber (its "as of" date, Play). Clicking a country selects its deliveries in the
Deliveries table and rings the first one on the timeline. The cursor date is
remembered in the settings.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import RecordKind
from tracker.domain.filters import Filters
from tracker.ui.locale import display_locale
from tracker.ui.timeline_area import PendingTimeline

if TYPE_CHECKING:
    from tracker.present.map_figures import MapSpec
    from tracker.timeline.scrubber import Scrubber
    from tracker.timeline.widget import TimelineWidget

MAP_DATE = "map/as_of_v1"
MAP_OPTIONS = "map/options_v1"
#: Policy events listed beside the map: within this many days of the cursor.
NEAR_DAYS = 31


WORD_JOINER = "\u2060"
#: The Sankey diagram's least height in the panel.
SANKEY_LEAST_PX = 120
#: The map panel's width on a small screen.
MAP_LEAST_PX = 220
#: The centre row's width in a 1366 px wide window (beside the filters).
CENTRE_AT_1366_PX = 1080


class MapPanel(QWidget):
    """Map and Sankey of the filtered records on the scrubber's date."""

    country_selected = Signal(str)  # ISO3 the user clicked

    def __init__(self, window, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from tracker.timeline.map_view import MapView
        from tracker.timeline.sankey_view import SankeyView
        from tracker.ui import theme

        self.setObjectName("map_panel")
        self.window_ = window
        self.store = None
        self.filters = Filters()
        self.data = None  # MapData of the current filters, loaded when first needed
        self._stale = True
        self.date: dt.date | None = None
        self.spec: MapSpec | None = None
        self.scrubber: Scrubber | None = None

        self.measure = QComboBox(self)
        self.measure.setObjectName("map_measure")
        self.per_capita = QCheckBox(self)
        self.per_capita.setObjectName("map_per_capita")
        self.flows = QCheckBox(self)
        self.flows.setObjectName("map_flows")
        self.flows.setChecked(True)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("map_date")
        self.play_button = QPushButton(self)
        self.play_button.setObjectName("map_play")
        self.play_button.setCheckable(True)
        # Three short rows: the panel stays narrow beside the timeline (whose legend
        # needs the width), in Spanish too, and no control is cut.
        options = QHBoxLayout()
        options.setContentsMargins(4, 2, 4, 0)
        for w in (self.measure, self.flows):
            options.addWidget(w)
        options.addStretch(1)
        per_capita = QHBoxLayout()
        per_capita.setContentsMargins(4, 0, 4, 0)
        per_capita.addWidget(self.per_capita)
        per_capita.addStretch(1)
        when = QHBoxLayout()
        when.setContentsMargins(4, 0, 4, 2)
        when.addWidget(self.date_label, 1)
        when.addWidget(self.play_button)
        controls = QVBoxLayout()
        controls.setSpacing(2)
        controls.addLayout(options)
        controls.addLayout(per_capita)
        controls.addLayout(when)

        self.map_view = MapView(self, dark=theme.is_dark())
        self.map_view.setObjectName("map_view")
        self.sankey = SankeyView(self)
        self.sankey.setObjectName("sankey_view")
        # Beside the timeline the panel is as tall as the chart's row: its least height
        # must not make the window taller than a 1366×768 screen.
        self.sankey.setMinimumHeight(SANKEY_LEAST_PX)
        self.views = QTabWidget(self)
        self.views.setDocumentMode(True)
        self.views.addTab(self.map_view, "")
        self.views.addTab(self.sankey, "")
        self.legend = QLabel(self)
        self.legend.setObjectName("map_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.events_title = QLabel(self)
        self.events = QListWidget(self)
        self.events.setObjectName("map_events")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.events_title)
        side_layout.addWidget(self.events, 1)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.views, 1)
        top_layout.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(side)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(split, 1)

        self.retranslate_ui()
        saved = window.settings.json(MAP_OPTIONS, {}) or {}
        self.measure.setCurrentIndex(max(0, self.measure.findData(saved.get("measure"))))
        self.per_capita.setChecked(bool(saved.get("per_capita", False)))
        self.flows.setChecked(bool(saved.get("flows", True)))
        remembered = window.settings.text(MAP_DATE, "")
        try:
            self.date = dt.date.fromisoformat(remembered) if remembered else None
        except ValueError:
            self.date = None
        self.measure.currentIndexChanged.connect(self._options_changed)
        self.per_capita.toggled.connect(self._options_changed)
        self.flows.toggled.connect(self._options_changed)
        self.play_button.clicked.connect(self._toggle_play)
        self.map_view.country_clicked.connect(self._on_country_clicked)

    # -- our API ---------------------------------------------------------------------------
    def attach(self, timeline: TimelineWidget | PendingTimeline) -> None:
        """Follow ``timeline``'s scrubber (the window's chart: attached again once the
        launcher's window has replaced the chart's empty state)."""
        if isinstance(timeline, PendingTimeline):
            return
        scrubber = timeline.scrubber
        self.scrubber = scrubber
        scrubber.date_changed.connect(self.set_date)
        scrubber.date_changed.connect(self.window_.set_balances_date)  # and the Promises
        scrubber.playing_changed.connect(self._on_playing)
        if self.date is not None:
            if scrubber.first is None:  # no data drawn yet: its range keeps this date
                scrubber.date = self.date
            else:
                scrubber.set_date(self.date)

    def refresh(self, store, filters: Filters) -> None:
        """New data or filters: reload now if shown, else when next shown."""
        self.store, self.filters = store, filters
        self._stale = True
        if self.isVisible():
            self._reload()

    def set_date(self, day: dt.date) -> None:
        self.date = day
        self.window_.settings.set_text(MAP_DATE, day.isoformat())
        self.redraw()

    def lang(self) -> str:
        from tracker.ui.timeline_area import current_lang

        return current_lang()

    def redraw(self) -> None:
        if self._stale:
            if not self.isVisible() or self.store is None:
                return
            self._reload()
            return
        if self.data is None:
            return
        self.spec = self.data.spec(
            self.date,
            measure=self.measure.currentData(),
            per_capita=self.per_capita.isChecked(),
            flows=self.flows.isChecked(),
            lang=self.lang(),
        )
        self.map_view.set_spec(self.spec, flows=self.flows.isChecked())
        self.sankey.set_spec(self.spec)
        loc = display_locale()
        self.date_label.setText(
            # "30 Jun 2021" in either language: no month/day order to misread.
            self.tr("As of {0}").format(loc.toString(self.spec.as_of, "d MMM yyyy"))
        )
        self.date_label.setToolTip(self.spec.footer)
        self._show_legend()
        self._list_events()

    # -- internals ---------------------------------------------------------------------------
    def _reload(self) -> None:
        if self.store is None:  # the launcher's window, before the database is open
            return
        from tracker.present.map_spec import MapData
        from tracker.store import frames

        self._stale = False
        self.data = MapData.load(self.store, self.filters)
        self._events = frames.events(self.store, self.filters, with_sources=False)
        self.redraw()

    def _show_legend(self) -> None:
        """The colour key, the donor outline and the flow styles, as on the exports."""
        from html import escape

        from tracker.present.map_style import DONOR_OUTLINE, FLOW_COLOUR, NO_DATA

        spec = self.spec
        assert spec is not None  # drawn after the spec it describes
        none = self.map_view.colours["none"]
        t = spec.labels

        def item(colour: str, mark: str, label: str) -> str:
            # One unbreakable entry: the legend wraps between entries, never inside one
            # ("5 k –" on one line and "20 k" on the next). No-break spaces alone do
            # not do it: a line may still break after a dash (UAX #14, LB12a), so a
            # word joiner follows each dash.
            words = escape(label).replace(" ", "&nbsp;")
            for dash in "–-/":
                words = words.replace(dash, dash + WORD_JOINER)
            return f'<nobr><span style="color:{colour}">{mark}</span>&nbsp;{words}</nobr>'

        items = [
            item(none if colour == NO_DATA else colour, "■", label)
            for colour, label in spec.legend()
        ]
        items.append(item(DONOR_OUTLINE, "□", t["legend_donor"]))
        if self.flows.isChecked() and spec.flows:
            items.append(item(FLOW_COLOUR, "━", t["legend_delivered"]))
            items.append(item(FLOW_COLOUR, "╍", t["legend_outstanding"]))
        unit = t["per_100"] if spec.per_capita else t["doses"]
        head = f"<b>{escape(t[spec.measure].capitalize())} ({escape(unit)})</b>"
        basis = ""
        if spec.per_capita:
            basis = "<br>" + escape(spec.population_basis) + " (CC BY 3.0 IGO)"
        self.legend.setText(head + " &nbsp; " + " &nbsp; ".join(items) + basis)

    def _list_events(self) -> None:
        self.events.clear()
        assert self.spec is not None  # listed after the spec is made
        when = self.spec.as_of
        self.events_title.setText(self.tr("Policy events near the cursor"))
        ev = getattr(self, "_events", None)
        if ev is None or not len(ev):
            return
        loc = display_locale()
        rows = []
        for day, end, title in zip(ev["date"], ev["end_date"], ev["title"], strict=True):
            last = end if end is not None and end == end else day
            gap = 0 if day <= when <= last else min(abs((day - when).days), abs((last - when).days))
            if gap <= NEAR_DAYS:
                rows.append((gap, day, title))
        for _gap, day, title in sorted(rows)[:8]:
            self.events.addItem(f"{loc.toString(day, loc.FormatType.ShortFormat)} · {title}")

    def _options_changed(self) -> None:
        self.window_.settings.set_json(
            MAP_OPTIONS,
            {
                "measure": self.measure.currentData(),
                "per_capita": self.per_capita.isChecked(),
                "flows": self.flows.isChecked(),
            },
        )
        self.redraw()

    def _toggle_play(self) -> None:
        if self.scrubber is not None:
            self.scrubber.toggle_play()
        self._on_playing(self.scrubber is not None and self.scrubber.playing)

    def _on_playing(self, playing: bool) -> None:
        self.play_button.setChecked(playing)
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))

    def _on_country_clicked(self, iso3: str) -> None:
        """Select the country's deliveries (received or given) in the Deliveries table."""
        import numpy as np
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        self.country_selected.emit(iso3)
        window = self.window_
        model = window.models.get(RecordKind.DELIVERY)
        if model is None:
            return
        frame = model.visible_frame()
        hits = np.nonzero(
            (frame["recipient"].to_numpy() == iso3) | (frame["donor"].to_numpy() == iso3)
        )[0]
        if not len(hits):
            window.statusBar().showMessage(
                self.tr("No deliveries to or from {0} in the current filters").format(
                    self.spec.describe(iso3).splitlines()[0] if self.spec else iso3
                ),
                5000,
            )
            return
        window.show_tab(RecordKind.DELIVERY)
        view = window.views[RecordKind.DELIVERY]
        selection = QItemSelection()
        last = model.columnCount() - 1
        for row in hits:
            selection.select(model.index(int(row), 0), model.index(int(row), last))
        flags = QItemSelectionModel.SelectionFlag
        view.selectionModel().setCurrentIndex(
            model.index(int(hits[0]), 0), flags.ClearAndSelect | flags.Rows
        )
        view.selectionModel().select(selection, flags.Select | flags.Rows)
        view.scrollTo(model.index(int(hits[0]), 0))

    # -- Qt overrides ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._reload()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        current = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for code, text in (
            ("delivered", self.tr("Delivered")),
            ("committed", self.tr("Committed")),
            ("outstanding", self.tr("Outstanding")),
        ):
            self.measure.addItem(text, code)
        self.measure.setCurrentIndex(max(0, self.measure.findData(current)))
        self.measure.blockSignals(False)
        self.measure.setToolTip(self.tr("What the colours show"))
        self.per_capita.setText(self.tr("Per 100 people"))
        self.per_capita.setToolTip(
            self.tr("Doses per 100 people, on UN World Population Prospects 2024 figures")
        )
        self.flows.setText(self.tr("Flows"))
        self.flows.setToolTip(self.tr("Donor → recipient arcs: solid delivered, dashed pending"))
        playing = self.scrubber is not None and self.scrubber.playing
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play month by month (Space on the timeline)"))
        self.views.setTabText(0, self.tr("Map"))
        self.views.setTabText(1, self.tr("Sankey"))
        self.sankey.others = self.tr("Others")
        self.sankey.channel_names = {
            "bilateral": self.tr("Bilateral"),
            "covax": self.tr("COVAX"),
            "avat": self.tr("AVAT"),
            "other": self.tr("Other"),
        }
        self.events_title.setText(self.tr("Policy events near the cursor"))
        self.map_view.setAccessibleName(self.tr("Map"))
        self.sankey.setAccessibleName(self.tr("Sankey"))
        self.events.setAccessibleName(self.tr("Policy events near the cursor"))
        self.measure.setAccessibleName(self.tr("What the colours show"))
        self.play_button.setAccessibleName(self.tr("Play month by month"))


def make_centre(window, timeline: TimelineWidget | PendingTimeline) -> QSplitter:
    """The window's centre row: the timeline, and the map panel beside it."""
    centre = QSplitter(Qt.Orientation.Horizontal, window)
    centre.setObjectName("centre_splitter")
    centre.addWidget(timeline)
    window.map_panel = MapPanel(window, centre)
    centre.addWidget(window.map_panel)
    centre.setStretchFactor(0, 5)
    centre.setStretchFactor(1, 1)
    # The timeline keeps most of the row (its lanes and legend need the width; a legend
    # squeezed into fewer columns takes the height its lanes need): on a laptop screen
    # the map gets MAP_LEAST_PX, a sixth of what a wider window adds.
    # (No fixed minimum: the panel's own, its controls' width, is never cut.)
    centre.setSizes([CENTRE_AT_1366_PX - MAP_LEAST_PX, MAP_LEAST_PX])
    window.map_panel.attach(timeline)
    return centre


def export_map(window, path: str | None = None):
    """File → Export map…: the map panel's view (date, measure, per 100, flows) to a
    PNG, SVG or PDF chosen in a file dialog (or ``path``). Returns the path written."""
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog

    from tracker.domain.errors import TrackerError
    from tracker.timeline.map_export import write_map
    from tracker.ui import messages
    from tracker.ui import settings as keys

    panel: MapPanel = window.map_panel
    if panel.spec is None or panel._stale:
        panel._reload()
    if panel.spec is None:
        return None
    if path is None:
        folder = window.settings.text(keys.EXPORT_FOLDER, str(Path.home()))
        name = f"map-{panel.spec.as_of.isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(
            window,
            QCoreApplication.translate("MapPanel", "Export map"),
            str(Path(folder) / name),
            QCoreApplication.translate(
                "MapPanel", "PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)"
            ),
        )
        if not path:
            return None
    try:
        out = write_map(panel.spec, Path(path), flows=panel.flows.isChecked())
    except TrackerError as exc:
        messages.error(window, QCoreApplication.translate("MapPanel", "Export map"), str(exc))
        return None
    window.settings.set_text(keys.EXPORT_FOLDER, str(out.parent))
    window.statusBar().showMessage(
        QCoreApplication.translate("MapPanel", "Map written to {0}").format(out), 5000
    )
    return out


def show_map_credits(window) -> None:
    """Help → Map data credits."""
    import json

    from PySide6.QtCore import QCoreApplication

    from tracker.io.paths import resources_dir
    from tracker.ui import messages

    parts = []
    for sub, title in (
        ("geo", QCoreApplication.translate("MapPanel", "Country shapes")),
        ("population", QCoreApplication.translate("MapPanel", "Population")),
    ):
        meta = json.loads((resources_dir() / sub / "datapackage.json").read_text("utf-8"))
        licences = ", ".join(lic.get("name") or lic.get("title", "") for lic in meta["licenses"])
        sources = "\n".join(f"  {src['title']} {src.get('path', '')}" for src in meta["sources"])
        parts.append(f"{title}: {meta['credit']}\n{licences}\n{sources}\n{meta['processing']}")
    messages.info(
        window, QCoreApplication.translate("MapPanel", "Map data credits"), "\n\n".join(parts)
    )
