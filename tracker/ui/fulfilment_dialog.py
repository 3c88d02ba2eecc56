"""Fulfilment by donor and lead times, for the records the filters select."""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from tracker.domain.filters import Filters
from tracker.present.report_spec import build_report_spec
from tracker.store.database import Store


class FulfilmentDialog(QDialog):
    """Committed vs delivered bars per donor (with the percentage) and days to first delivery."""

    def __init__(self, store: Store, filters: Filters, parent=None) -> None:
        from tracker.timeline.report import fulfilment_chart, lead_time_chart

        super().__init__(parent)
        self.setWindowTitle(self.tr("Fulfilment and lead times"))
        spec = _with_names(build_report_spec(store, filters))
        self.spec = spec
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(self.tr("Selection: {0}").format(spec.subtitle), body))
        layout.addWidget(
            QLabel(
                self.tr(
                    "<b>Fulfilment by donor</b>, counting only the commitments whose "
                    "deliveries the data records (pledges to several recipients are "
                    "left out)"
                ),
                body,
            )
        )
        self.fulfilment = QLabel(body)
        # Drawn at the report's print proportions, shown scaled to the dialog: the
        # report's fonts (sized for a 1600 px page) read at a normal size on screen.
        self.fulfilment.setPixmap(_fit(fulfilment_chart(spec)))
        self.fulfilment.setAccessibleName(self.tr("Fulfilment by donor chart"))
        layout.addWidget(self.fulfilment)
        layout.addWidget(
            QLabel(self.tr("<b>Lead time</b>: days from announcement to first delivery"), body)
        )
        self.lead = QLabel(body)
        self.lead.setPixmap(_fit(lead_time_chart(spec)))
        self.lead.setAccessibleName(self.tr("Lead time chart"))
        layout.addWidget(self.lead)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.resize(1060, 760)


#: Width the report's charts are shown at in the dialog.
SHOWN_WIDTH = 900


def _fit(image) -> QPixmap:
    from PySide6.QtCore import Qt

    return QPixmap.fromImage(image).scaledToWidth(
        SHOWN_WIDTH, Qt.TransformationMode.SmoothTransformation
    )


def _with_names(spec):
    """The report's figures with actor names (in the interface language) for codes."""
    from dataclasses import replace

    from tracker.ui.labels import actor_name, names_for_codes

    return replace(
        spec,
        fulfilment=[replace(f, donor=actor_name(f.donor)) for f in spec.fulfilment],
        lead_times=[(names_for_codes(text), days) for text, days in spec.lead_times],
    )
