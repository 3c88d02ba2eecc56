"""The launcher's first page: the data on screen before SQLAlchemy and pandas load.

For a healthy, up-to-date SQLite file (``store/first_page.py`` decides and reads it
with plain ``sqlite3``), the tab on screen and the kinds the status bar counts are shown
and painted; the store opens right after and ``MainWindow.show_store`` fills them again
from it, as without this page. ``tests/ui/test_first_page.py`` proves both show the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.domain.filters import Filters
from tracker.ui.record_tabs import EDITABLE_KINDS
from tracker.ui.window_data import FIRST_PAGE_KINDS, first_page_columns

if TYPE_CHECKING:
    from tracker.store.first_page import FirstPage
    from tracker.ui.main_window import MainWindow


def fill_first_page(window: MainWindow, page: FirstPage) -> bool:
    """Show ``page`` in the launcher's window (no store yet): the tab on screen and the
    counted kinds; the title then names the database.

    Returns False, showing nothing, when the tab on screen is not one the page holds or
    restored filters hide rows (filtering needs pandas)."""
    if window.store is not None or window.filters != Filters():
        return False
    if window.current_kind() not in FIRST_PAGE_KINDS:
        return False
    window.first_page = page
    for kind in dict.fromkeys((window.current_kind(), *EDITABLE_KINDS)):
        window.models[kind].set_filter(None)  # unfiltered: see above
        window.models[kind].set_columns(first_page_columns(page, kind))
    window.retranslate_ui()
    window.size_columns()
    return True


def show_first_page(window: MainWindow, db: str | None) -> bool:
    """Read ``db``'s first page and show it, painted; False (nothing shown) when the
    normal path must open it first."""
    from tracker.store.first_page import read_first_page

    page = read_first_page(db)
    if page is None or not fill_first_page(window, page):
        return False
    window.repaint()
    return True
