"""Regenerate the README screenshots from the bundled data (offscreen, no display needed).

.venv/bin/python scripts/screenshots.py [OUT_DIR]
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from screenshot_session import start  # noqa: E402  (after the platform is chosen)


def main() -> int:
    out, tmp, app, store = start("tracker-shots-")
    from tracker.domain.filters import Filters
    from tracker.ui import i18n, theme
    from tracker.ui.main_window import MainWindow

    def shot(
        name: str,
        lang: str = "en",
        dark: bool = False,
        tab: str = "promises",
        filters: Filters | None = None,
        size: tuple[int, int] = (1600, 1000),
    ) -> None:
        i18n.install(lang, app)
        theme.apply("dark" if dark else "light", app)
        w = MainWindow(store)
        w.resize(*size)
        w.show()
        if filters is not None:
            w.filter_panel.set_filters(filters)
            w.apply_filters(w.filter_panel.filters())
        w.show_tab(tab)
        for _ in range(5):
            app.processEvents()
        w.grab().save(str(out / name))
        w.close()
        print(f"wrote {out / name}")

    story = Filters(donors=("USA",), recipients=("MEX",))
    laptop = (1366, 742)
    # First start: no filters at all (pledges to several recipients in their own lane).
    shot("first-start.png", tab="promises")
    shot("first-start-1366.png", tab="promises", size=laptop)
    shot("checkpoints.png", tab="checkpoints", filters=Filters(donors=("USA",)))
    shot("main-window.png", filters=story, tab="deliveries")
    shot("promises.png", tab="promises")
    shot("main-window-es.png", lang="es", filters=story, tab="deliveries")
    shot("main-window-dark.png", dark=True, filters=story, tab="deliveries")
    # A 1366×768 laptop screen (the window without its title bar and a panel).
    shot("main-window-1366.png", filters=story, tab="deliveries", size=laptop)
    shot("main-window-es-1366.png", lang="es", filters=story, tab="deliveries", size=laptop)
    shot_dialogs(app, store, out, tmp)
    shot_exports(store, out, tmp)
    store.close()
    return 0


def shot_exports(store, out: Path, tmp: Path) -> None:
    """The chart exports the README shows: the founding story, and a range that runs past
    the data's as-of date (the "No data after" band); the report's first page."""
    import datetime as dt
    import shutil
    import subprocess

    from tracker.domain.filters import Filters
    from tracker.timeline.export import export_chart_file
    from tracker.timeline.report import write_report

    story = Filters(
        donors=("USA",), recipients=("MEX",), date_from=dt.date(2021, 3, 1),
        date_to=dt.date(2021, 4, 30),
    )  # fmt: skip
    export_chart_file(store, out / "story.png", story)
    past = Filters(donors=("USA",), recipients=("MEX",), date_from=dt.date(2021, 7, 1),
                   date_to=dt.date(2022, 3, 31))  # fmt: skip
    export_chart_file(store, out / "no-data-band.png", past)
    print(f"wrote {out / 'story.png'}, {out / 'no-data-band.png'}")
    if shutil.which("pdftoppm"):
        pdf = write_report(store, tmp / "report.pdf", Filters())
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
             str(out / "report")],
            check=True,
        )  # fmt: skip
        print(f"wrote {out / 'report.png'}")


def shot_dialogs(app, store, out: Path, tmp: Path) -> None:
    """The import wizard on a Spanish ministry-style CSV (the bundled US→Mexico
    deliveries, re-laid out with Spanish headers, ';' and day/month/year dates), and
    the chart export dialog."""
    from PySide6.QtWidgets import QWizard

    from tracker.domain.filters import Filters
    from tracker.io.importing import import_file
    from tracker.store import frames
    from tracker.ui import i18n, theme
    from tracker.ui.export_dialog import ExportChartDialog
    from tracker.ui.import_wizard import ImportWizard

    i18n.install("en", app)
    theme.apply("light", app)
    from tracker.domain.vaccines import VACCINES

    VACCINE_LABEL = {v.code: v.name for v in VACCINES}
    df = frames.deliveries(store)
    df = df[(df["donor"] == "USA") & (df["recipient"] == "MEX")]
    lines = ["Fecha;País donante;País receptor;Vacuna;Dosis entregadas;Fuente"]
    for r in df.itertuples():
        lines.append(
            f"{r.date:%d/%m/%Y};Estados Unidos;México;{VACCINE_LABEL.get(r.vaccine, r.vaccine)};{int(r.doses):,};{r.source}"
        )
    src = tmp / "entregas-eeuu-mexico.csv"
    src.write_text("\n".join(lines) + "\n", encoding="cp1252", errors="replace")

    wizard = ImportWizard(store, import_file, profiles_dir=tmp / "profiles")
    wizard.resize(1100, 640)
    wizard.show()
    wizard.file_page.path_edit.setText(str(src))
    wizard.next()
    for _ in range(10):
        app.processEvents()
    wizard.grab().save(str(out / "import-wizard.png"))
    print(f"wrote {out / 'import-wizard.png'}")
    wizard.button(QWizard.WizardButton.CancelButton).click()

    dialog = ExportChartDialog(store, Filters(donors=("USA",), recipients=("MEX",)), None, {}, None)
    dialog.show()
    for _ in range(5):
        app.processEvents()
    dialog.grab().save(str(out / "export-chart-dialog.png"))
    print(f"wrote {out / 'export-chart-dialog.png'}")
    dialog.reject()


if __name__ == "__main__":
    raise SystemExit(main())
