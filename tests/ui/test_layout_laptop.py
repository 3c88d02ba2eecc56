"""Issue 15, item 8: nothing cut off at 1366×768. At first start the whole chart — title,
legend, every lane including the policy events and context, the date axis and the overview —
shows without scrolling, beside the map, above at least eight table rows (in Spanish too,
whose words are longer); on a smaller window the chart scrolls rather than squeezing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from tracker.timeline.widget import CONTEXT_LEAST_PX, DOSES_LEAST_PX, EVENTS_LEAST_PX

#: The window inside a 1366×768 screen, without its title bar (as the README's shots).
LAPTOP = (1366, 742)


def rows_visible(view) -> int:
    return view.viewport().height() // view.verticalHeader().defaultSectionSize()


def chart_fits(w) -> bool:
    """The chart's least height fits its scroll viewport: no scroll bar needed."""
    t = w.timeline
    return t.chart.minimumHeight() <= t.scroll_area.viewport().height()


def laid_out(w) -> bool:
    """The chart's scene is laid out at the chart's size (the second, deferred pass)."""
    chart = w.timeline.chart
    return (
        abs(chart.ci.geometry().height() - chart.viewport().height()) < 1
        and chart.height() >= chart.minimumHeight()
    )


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("size", [LAPTOP, (1600, 1000)])
def test_the_whole_chart_and_eight_rows_fit_without_scrolling(
    make_main_window, store, qtbot, lang, size
):
    from tracker.ui import i18n

    i18n.install(lang, QApplication.instance())
    w = make_main_window(store)
    w.resize(*size)
    qtbot.waitUntil(lambda: w.size().height() == size[1] and laid_out(w))
    t, chart = w.timeline, w.timeline.chart
    assert len(t.spec.events) and len(t.spec.pledges.x)  # first start: every lane drawn
    qtbot.waitUntil(lambda: not t.scroll_area.verticalScrollBar().isVisible())
    assert chart_fits(w), (chart.minimumHeight(), t.scroll_area.viewport().height())
    viewport = t.scroll_area.viewport()
    assert chart.height() == viewport.height()
    # Every lane at its usable height, whole inside what is shown (date axis included).
    for plot, least in (
        (chart.doses, DOSES_LEAST_PX),
        (chart.pledges, 0),
        (chart.events, EVENTS_LEAST_PX),
        (chart.context, CONTEXT_LEAST_PX),
    ):
        box = plot.sceneBoundingRect()
        assert box.height() >= max(least, plot.minimumHeight()) - 1, (plot, box)
        assert 0 <= box.top() and box.bottom() <= viewport.height(), (plot, box)
        title = plot.getAxis("left").label
        if title.isVisible():  # its rotated title fits beside it
            assert plot.vb.height() >= title.boundingRect().width() - 2, plot
    # Title, legend and the context's heading above the lanes, none overlapping the next.
    order = [chart.title_item, chart.legend, chart.doses, chart.pledges, chart.events]
    order += [chart.context_title, chart.context]
    for upper, lower in zip(order, order[1:], strict=False):
        assert upper.sceneBoundingRect().bottom() <= lower.sceneBoundingRect().top() + 1
    assert chart.title_item.sceneBoundingRect().top() >= 0
    assert t.overview.isVisible() and t.overview.height() > 20
    # The tables keep at least eight rows.
    assert rows_visible(w.views[w.current_kind()]) >= 8
    # The map's legend, as laid out in its label, never splits an entry over two lines.
    lines = legend_lines(w.map_panel.legend)
    assert len(lines) > 2
    for line in lines:
        assert not line.rstrip().endswith(("–", "-")), lines
        assert not line.lstrip().startswith(("k ", "M ", "mil ")), lines


def legend_lines(label) -> list[str]:
    """The lines a word-wrapped rich-text label shows at its width."""
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.contentsRect().width())
    doc.size()  # lays it out
    lines, block = [], doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_a_smaller_window_scrolls_the_chart_rather_than_squeezing_it(
    make_main_window, store, qtbot
):
    w = make_main_window(store)
    w.resize(1100, 700)
    t, chart = w.timeline, w.timeline.chart
    qtbot.waitUntil(lambda: w.size().height() == 700 and laid_out(w))
    qtbot.waitUntil(lambda: t.scroll_area.verticalScrollBar().isVisible())
    assert chart.height() >= chart.minimumHeight() > t.scroll_area.viewport().height()
    for plot in (chart.doses, chart.events, chart.context):
        assert plot.sceneBoundingRect().height() >= plot.minimumHeight() - 1
    # The scroll bar reaches the context lane and its dates.
    t.scroll_area.verticalScrollBar().setValue(t.scroll_area.verticalScrollBar().maximum())
    bottom = chart.context.sceneBoundingRect().bottom()
    shown = t.scroll_area.verticalScrollBar().value() + t.scroll_area.viewport().height()
    assert bottom <= shown + 1
    assert rows_visible(w.views[w.current_kind()]) >= 8
    assert w.statusBar().isVisible()
