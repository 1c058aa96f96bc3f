"""Make the screenshots in docs/screenshots/ from the real app with demo content.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

English and Dutch, light and dark: first run, the situation question, unlock (also in
discreet mode), Today, the journal list, the editor, the recovery code, the settings,
"Passphrase and recovery code", the check-in, trends, safe places and the safe-place
view, the boundaries worksheet (list, guided flow, summary, a card with its crossing
log, the child-safety action as the safety plan's link opens it), the needs page, the
import and export dialogs, and the notices after saving a check-in or the summary's PDF.
`--only-safety`: only the safety plan (with its link to the safety action), support,
agenda, guidance and the safety action's first step. `--only-trends`: only the trends page.
Everything happens in throw-away temp folders.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QSize, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QScrollArea, QWidget  # noqa: E402

from journal.boundaries import BoundaryStore  # noqa: E402
from journal.boundary_models import Willingness  # noqa: E402
from journal.entries import EntryStore  # noqa: E402
from journal.form_drafts import FormDrafts  # noqa: E402
from journal.keyslots import KdfParams  # noqa: E402
from journal.models import EntryFilter  # noqa: E402
from journal.needs import NeedStore  # noqa: E402
from journal.situation import Profile  # noqa: E402
from journal.vault import Vault  # noqa: E402
from ui import messages  # noqa: E402
from ui.app import HavenApp, create_app  # noqa: E402
from ui.dialogs.export_dialog import ExportDialog  # noqa: E402
from ui.dialogs.import_dialog import ImportDialog  # noqa: E402
from ui.dialogs.keys_dialog import KeysDialog  # noqa: E402
from ui.dialogs.recovery_code import RecoveryCodeDialog  # noqa: E402
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.dialogs.situation_dialog import SituationDialog  # noqa: E402
from ui.main_window import Workspace  # noqa: E402
from ui.settings import Settings  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = QSize(1280, 800)
# Screenshots need no real protection; a cheap KDF keeps the script quick.
QUICK = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def save(widget: QWidget, name: str) -> None:
    QTest.qWait(120)  # let layouts and style polish settle
    widget.grab().save(str(OUT / f"{name}.png"))
    print("wrote", name)


def build(tmp: Path, lang: str, appearance: str, *args: str,
          discreet: str = "") -> HavenApp:
    settings = Settings(QSettings(str(tmp / f"settings-{lang}-{appearance}.ini"),
                                  QSettings.Format.IniFormat))
    settings.appearance = appearance
    settings.discreet = bool(discreet)
    if discreet:
        settings.discreet_name = discreet
    app = create_app(["haven", "--lang", lang, *args], settings=settings, kdf=QUICK)
    app.window.resize(SIZE)
    app.show()
    QTest.qWaitForWindowExposed(app.window)
    return app


def finish(app: HavenApp) -> None:
    app.window.close()
    app.shutdown()
    app.install_translators("en")
    app.window.deleteLater()
    app.deleteLater()
    QTest.qWait(50)


def shots(tmp: Path, lang: str, appearance: str) -> None:
    suffix = f"{lang}-{appearance}"

    # First run, with a passphrase typed in both fields.
    app = build(tmp, lang, appearance, "--vault", str(tmp / f"new-{suffix}"))
    welcome = app.window.current_screen
    QTest.keyClicks(welcome.passphrase, "sea glass and morning tea")
    QTest.keyClicks(welcome.repeat, "sea glass and morning tea")
    save(app.window, f"first-run-{suffix}")

    # The recovery code, shown once (while the app's translators are installed).
    dialog = RecoveryCodeDialog("7KQ2-M4HD-9XWE-3TBN-QZ8R-PV6C-5JKA", app.window)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    save(dialog, f"recovery-code-{suffix}")
    dialog.done(0)
    dialog.deleteLater()
    # Then the one question about her situation (skippable).
    situation = SituationDialog(Profile(), app.window, first_run=True)
    situation.show()
    QTest.qWaitForWindowExposed(situation)
    save(situation, f"situation-{suffix}")
    situation.done(0)
    situation.deleteLater()
    finish(app)

    # Unlock.
    folder = tmp / f"locked-{suffix}"
    Vault.create(folder, "a passphrase for the screenshots", kdf=QUICK).close()
    app = build(tmp, lang, appearance, "--vault", str(folder))
    save(app.window, f"unlock-{suffix}")

    # Settings: locking, quick exit, look and backups.
    settings_dialog = SettingsDialog(app.settings, app.window)
    settings_dialog.show()
    QTest.qWaitForWindowExposed(settings_dialog)
    save(settings_dialog, f"settings-{suffix}")
    settings_dialog.findChild(QScrollArea).ensureWidgetVisible(
        settings_dialog.situation_button, 0, 220)  # Look, Content and Reminder
    save(settings_dialog, f"settings-content-{suffix}")
    settings_dialog.done(0)
    settings_dialog.deleteLater()
    finish(app)

    # The lock screen in discreet mode: a neutral name and icon, nothing of Haven.
    app = build(tmp, lang, appearance, "--vault", str(folder), discreet="recipes")
    save(app.window, f"unlock-discreet-{suffix}")
    finish(app)

    # Today, the journal list and the editor, with the demo content.
    app = build(tmp, lang, appearance, "--demo")
    save(app.window, f"today-{suffix}")
    workspace = app.window.workspace
    workspace.show_page(Workspace.JOURNAL)
    while workspace.journal_page.model.loading:  # its months and rows, read on a worker
        QTest.qWait(20)
    save(app.window, f"journal-{suffix}")
    summaries = EntryStore(app.window.vault).page(EntryFilter(), limit=5)
    with_mood = next((s for s in summaries if s.mood and s.tags), summaries[0])
    workspace.journal_page.open_entry(with_mood.id)
    save(app.window, f"editor-{suffix}")

    # Passphrase and recovery code: a new passphrase typed twice.
    keys = KeysDialog(app.window.run_key_work, kdf=QUICK, parent=app.window)
    keys.show()
    QTest.qWaitForWindowExposed(keys)
    QTest.keyClicks(keys.current, "haven demo")
    QTest.keyClicks(keys.fields.passphrase, "sea glass and morning tea")
    QTest.keyClicks(keys.fields.repeat, "sea glass and morning tea")
    save(keys, f"passphrase-{suffix}")
    keys.abandon()
    keys.deleteLater()
    # Issue 5: the check-in form, trends, the safe places and the calm view.
    workspace.open_checkin()
    save(app.window, f"checkin-{suffix}")
    trends_shot(app, suffix)
    workspace.show_page(workspace.SAFE_PLACES)
    places = workspace.safe_places_page
    with_photo = next((p for p in places.model.places if p.has_photo), None)
    if with_photo is not None:
        places.open_place(with_photo.id)
    save(app.window, f"safe-places-{suffix}")
    workspace.open_safe_place_view()
    view = workspace.safe_place_view
    while view.current is not None and not view.current.has_photo:
        view.show_next()
    QTest.qWait(2500)  # the breathing circle half way in
    save(app.window, f"safe-place-view-{suffix}")
    view.close_view()
    worksheet_shots(app, suffix)
    safety_action_shots(app, suffix)
    report_shots(app, suffix)
    issue6_shots(app, suffix)
    path_timeline_shots(app, suffix)
    transfer_shots(app, suffix, tmp)
    saved_notice_shots(app, suffix, tmp)
    finish(app)


def trends_shot(app: HavenApp, suffix: str) -> None:
    workspace = app.window.workspace
    workspace.show_page(workspace.TRENDS)
    workspace.trends_page.show_period(90)
    QTest.qWait(50)
    while workspace.trends_page.filling:  # read on a worker, then a chart a turn
        QTest.qWait(20)
    save(app.window, f"trends-{suffix}")


def report_shots(app: HavenApp, suffix: str) -> None:
    """The summary for her therapist: choices, ticked entries and the paginated preview."""
    from PySide6.QtGui import QImage, QPainter

    from ui.dialogs.report_dialog import ReportDialog

    dialog = ReportDialog(app.window.vault, app.settings, app.window)
    dialog.resize(SIZE.width() - 80, SIZE.height() - 60)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    for _ in range(200):  # the preview and the list are made on worker threads
        if not dialog.preparing and dialog.entries_ready:
            break
        QTest.qWait(50)
    QTest.qWait(300)
    save(dialog, f"summary-{suffix}")
    if suffix == "nl-light":  # pages of the PDF itself, as her therapist will see them
        document = dialog.preview_document
        for page in (0, 2):
            image = document.render(page, document.pagePointSize(page).toSize() * 2)
            paper = QImage(image.size(), QImage.Format.Format_RGB32)
            paper.fill(Qt.GlobalColor.white)
            painter = QPainter(paper)
            painter.drawImage(0, 0, image)
            painter.end()
            paper.save(str(OUT / f"summary-pdf-page{page + 1}-nl.png"))
            print("wrote", f"summary-pdf-page{page + 1}-nl")
    dialog.done(0)
    dialog.deleteLater()


def issue6_shots(app: HavenApp, suffix: str) -> None:
    """The safety plan opened by "Help now", the support network, the session agenda
    and a guidance article (issue 6)."""
    from journal.agenda import AgendaStore
    from journal.support import SupportDraft, SupportKind, SupportStore

    workspace = app.window.workspace
    nl = suffix.startswith("nl")
    SupportStore(app.window.vault).create(SupportDraft(
        "Marieke" if nl else "Mary", SupportKind.TRUSTED, "06 1234 5678",
        may_advise=True))
    AgendaStore(app.window.vault).add("Hoe vertel ik het mijn moeder?" if nl
                                      else "How do I tell my mother?")
    workspace.open_help_now()
    save(app.window, f"safety-plan-{suffix}")
    workspace.show_page("support")
    save(app.window, f"support-{suffix}")
    workspace.show_page(workspace.pages.indexOf(workspace.agenda_page))
    save(app.window, f"agenda-{suffix}")
    workspace.show_page(workspace.pages.indexOf(workspace.guidance_page))
    save(app.window, f"guidance-{suffix}")


def worksheet_shots(app: HavenApp, suffix: str) -> None:
    """The boundaries list, the guided flow, a boundary card with its crossing log, and
    the needs page (demo content)."""
    workspace = app.window.workspace
    workspace.show_page("boundaries")
    page = workspace.boundaries_page
    save(app.window, f"boundaries-{suffix}")
    page.new_boundary()
    save(app.window, f"boundary-flow-{suffix}")
    flow = page.flow
    flow.choose_template("separate-room")
    flow.go_to(flow.WILLING)
    flow.willing_buttons[Willingness.NOT_YET].setChecked(True)
    save(app.window, f"boundary-flow-step-{suffix}")
    flow.go_to(flow.SUMMARY)
    save(app.window, f"boundary-summary-{suffix}")
    FormDrafts(app.window.vault).drop("boundary-flow")  # no question asked: throw-away
    logged = next(s for s in BoundaryStore(app.window.vault).summaries() if s.crossings)
    page.open_boundary(logged.id)
    QTest.qWait(50)
    scroll = page.card.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(page.card.details.y() + page.card.details.height()
                                        - 220)
    save(app.window, f"boundary-card-{suffix}")
    workspace.show_page("needs")
    needs = workspace.needs_page
    needs.open_need(NeedStore(app.window.vault).all()[0].id)
    save(app.window, f"needs-{suffix}")


def safety_action_shots(app: HavenApp, suffix: str) -> None:
    """The safety plan's link to the child-safety action (below Help now), and the
    action's first step, as the link opens it."""
    workspace = app.window.workspace
    workspace.show_page("safety")
    page = workspace.safety_page
    page.scroll_area.verticalScrollBar().setValue(page.safety_action_link.y() - 160)
    save(app.window, f"safety-plan-link-{suffix}")
    # The boundary shots before left a flow half written: throw it away (a demo) rather
    # than wait on the question whether to.
    ask = messages.confirm
    messages.confirm = lambda *_args, **_kwargs: True
    try:
        workspace.open_exercise("boundary", "name-sexual-touching")
    finally:
        messages.confirm = ask
    save(app.window, f"boundary-safety-action-{suffix}")
    FormDrafts(app.window.vault).drop("boundary-flow")  # no question asked: throw-away


def path_timeline_shots(app: HavenApp, suffix: str) -> None:
    """My path and the timeline of what happened, as the demo journal has them: steps
    done and one left for now, events whose dates are rough beside the dated records."""
    workspace = app.window.workspace
    workspace.show_page("path")
    save(app.window, f"path-{suffix}")
    workspace.show_page("timeline")
    timeline = workspace.timeline_page

    def loaded() -> None:  # the rows are read on a worker
        while timeline.model.loading:
            QTest.qWait(20)

    loaded()
    save(app.window, f"timeline-{suffix}")
    zoom = timeline.filters.zoom_combo
    zoom.setCurrentIndex(zoom.findData("years"))
    loaded()
    save(app.window, f"timeline-years-{suffix}")
    zoom.setCurrentIndex(zoom.findData("days"))
    loaded()
    workspace.show_page("today")
    save(app.window, f"today-path-{suffix}")


def transfer_shots(app: HavenApp, suffix: str, tmp: Path) -> None:
    """Issue 9: the import dialog with the preview of a jrnl export, and the export
    dialog with a password for the zip."""
    importer = ImportDialog(app.window.run_key_work, app.window)
    importer.show()
    QTest.qWaitForWindowExposed(importer)
    importer.set_format("jrnl-json")
    source = tmp / "jrnl-export.json"
    shutil.copyfile(ROOT / "tests" / "data" / "jrnl" / "export.json", source)
    importer.set_source(source)
    while importer.is_busy:
        QTest.qWait(20)
    save(importer, f"import-{suffix}")
    importer.done(0)
    importer.deleteLater()
    exporter = ExportDialog(app.window.run_key_work, app.window)
    exporter.show()
    QTest.qWaitForWindowExposed(exporter)
    (tmp / "exports").mkdir(exist_ok=True)
    exporter.set_folder(tmp / "exports")
    QTest.keyClicks(exporter.password.passphrase, "sea glass and morning tea")
    QTest.keyClicks(exporter.password.repeat, "sea glass and morning tea")
    save(exporter, f"export-{suffix}")
    exporter.done(0)
    exporter.deleteLater()


def saved_notice_shots(app: HavenApp, suffix: str, tmp: Path) -> None:
    """What she sees after saving: the check-in's "saved" line under its buttons, the
    summary's "The PDF is saved as …" under its buttons, and a new safe place (nothing
    to delete or move yet)."""
    from ui.dialogs.report_dialog import ReportDialog

    workspace = app.window.workspace
    workspace.open_checkin()
    page = workspace.checkin_page
    page.form.sleep_hours.setValue(7.5)
    page.done_button.click()
    save(app.window, f"checkin-saved-{suffix}")
    dialog = ReportDialog(app.window.vault, app.settings, app.window)
    dialog.resize(SIZE.width() - 80, SIZE.height() - 60)
    dialog.show()
    QTest.qWaitForWindowExposed(dialog)
    dialog.password.setText("sea glass and morning tea")
    dialog.password_again.setText("sea glass and morning tea")
    dialog.save_pdf(str(tmp / f"summary-for-my-therapist-{suffix}.pdf"))
    for _ in range(400):  # made and written on a worker thread
        if not dialog.saving:
            break
        QTest.qWait(50)
    save(dialog, f"summary-saved-{suffix}")
    dialog.done(0)
    dialog.deleteLater()
    workspace.show_page(workspace.SAFE_PLACES)
    workspace.safe_places_page.new_place()
    save(app.window, f"safe-places-new-{suffix}")


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="haven-shots-"))
    if "--only-path-timeline" in sys.argv:  # just these and the summary, on the demo
        try:
            for lang in ("en", "nl"):
                for appearance in ("light", "dark"):
                    app = build(tmp, lang, appearance, "--demo")
                    path_timeline_shots(app, f"{lang}-{appearance}")
                    report_shots(app, f"{lang}-{appearance}")
                    finish(app)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    if "--only-trends" in sys.argv:  # the trends page of the demo journal
        try:
            for lang in ("en", "nl"):
                for appearance in ("light", "dark"):
                    app = build(tmp, lang, appearance, "--demo")
                    trends_shot(app, f"{lang}-{appearance}")
                    finish(app)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    if "--only-safety" in sys.argv:  # the safety plan and the safety action, demo journal
        try:
            for lang in ("en", "nl"):
                for appearance in ("light", "dark"):
                    app = build(tmp, lang, appearance, "--demo")
                    issue6_shots(app, f"{lang}-{appearance}")
                    safety_action_shots(app, f"{lang}-{appearance}")
                    finish(app)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    try:
        for lang in ("en", "nl"):
            for appearance in ("light", "dark"):
                shots(tmp, lang, appearance)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
