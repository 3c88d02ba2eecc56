"""Fulfilment by donor and lead times, for the records the filters select."""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from tracker.domain.filters import Filters
from tracker.io.report_spec import build_report_spec
from tracker.store.database import Store


class FulfilmentDialog(QDialog):
    """Committed vs delivered bars per donor (with the percentage) and days to first delivery."""

    def __init__(self, store: Store, filters: Filters, parent=None) -> None:
        from tracker.timeline.report import fulfilment_chart, lead_time_chart

        super().__init__(parent)
        self.setWindowTitle(self.tr("Fulfilment and lead times"))
        spec = build_report_spec(store, filters)
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
        self.fulfilment.setPixmap(QPixmap.fromImage(fulfilment_chart(spec, width=1000, row=44)))
        self.fulfilment.setAccessibleName(self.tr("Fulfilment by donor chart"))
        layout.addWidget(self.fulfilment)
        layout.addWidget(
            QLabel(self.tr("<b>Lead time</b>: days from announcement to first delivery"), body)
        )
        self.lead = QLabel(body)
        self.lead.setPixmap(QPixmap.fromImage(lead_time_chart(spec, width=1000, row=40)))
        self.lead.setAccessibleName(self.tr("Lead time chart"))
        layout.addWidget(self.lead)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        self.resize(1060, 760)
