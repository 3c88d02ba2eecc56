"""Regenerate the README's Map screenshots from the bundled data.

    xvfb-run -a .venv/bin/python scripts/map_screenshots.py [OUT_DIR]

The window with the map beside the timeline (English and Spanish, light and dark), the
Sankey, and the exported map (PNG, and the SVG as librsvg draws it).
"""

from __future__ import annotations

import datetime as dt

from screenshot_session import start


def main() -> int:
    out, _, app, store = start("tracker-map-shots-")
    from PySide6.QtCore import QSettings

    from tracker.domain.filters import Filters
    from tracker.ui import i18n, theme
    from tracker.ui.main_window import MainWindow

    def settle() -> None:
        for _ in range(8):
            app.processEvents()

    def shot(
        name: str,
        lang="en",
        dark=False,
        day=dt.date(2021, 6, 30),
        sankey=False,
        filters: Filters | None = None,
        per_capita=False,
    ) -> None:
        QSettings().clear()  # each picture from a fresh start (no remembered filters)
        i18n.install(lang, app)
        theme.apply("dark" if dark else "light", app)
        w = MainWindow(store)
        w.resize(1700, 1000)
        w.show()
        w.centre.setSizes([900, 800])
        if filters is not None:
            w.filter_panel.set_filters(filters)
            w.apply_filters(w.filter_panel.filters())
        w.show_tab("deliveries")
        settle()
        if per_capita:
            w.map_panel.per_capita.setChecked(True)
        w.timeline.scrubber.set_date(day)
        if sankey:
            w.map_panel.views.setCurrentWidget(w.map_panel.sankey)
        settle()
        w.grab().save(str(out / name))
        w.close()
        print(f"wrote {out / name}")

    shot("map-window.png")
    shot("map-window-es.png", lang="es", per_capita=True)
    shot(
        "map-window-dark.png", dark=True, filters=Filters(donors=("USA",)), day=dt.date(2021, 4, 30)
    )
    shot("map-sankey.png", sankey=True, day=dt.date(2021, 9, 22))

    from tracker.timeline.map_export import export_map_file

    f = Filters()
    export_map_file(store, out / "map-export.png", f, as_of=dt.date(2021, 9, 22), flows=True)
    export_map_file(
        store,
        out / "map-export-per100-es.svg",
        f,
        as_of=dt.date(2021, 9, 22),
        per_capita=True,
        lang="es",
    )
    print(f"wrote {out / 'map-export.png'} and {out / 'map-export-per100-es.svg'}")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
