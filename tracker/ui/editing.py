"""Adding, editing, revising and deleting records from the window, through undo commands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QWidget

from tracker.domain.changes import Applied, Change
from tracker.domain.enums import RecordKind
from tracker.domain.errors import ConflictError, ReadOnlyError, TrackerError
from tracker.domain.filters import Filters
from tracker.domain.records import SourceRef
from tracker.ui import messages
from tracker.ui import settings as keys
from tracker.ui.commands import ChangeCommand
from tracker.ui.labels import label, reason
from tracker.ui.locale import display_locale
from tracker.ui.window_services import WindowServices, store_of

if TYPE_CHECKING:
    from tracker.store.database import Store


def commitment_balances(store, filters):
    """The promises (balances) of the reconciliation, imported on first use."""
    from tracker.store.reconcile import reconcile

    return reconcile(store, filters).promises


def read_record(store, kind: str, record_id: int):
    """The store's reader, imported on first use (the window paints before SQLAlchemy)."""
    from tracker.store.repository import read_record as read

    return read(store, kind, record_id)


#: The kinds a user edits, and the stored column behind each one's "date".
DATE_COLUMN: dict[str, str] = {
    RecordKind.COMMITMENT: "announced_on",
    RecordKind.DELIVERY: "arrived_on",
    RecordKind.EVENT: "start_on",
}


def describe(kind: str, values: dict) -> str:
    """ "USA → MEX, 1,500,000 doses" or an event's title, for undo texts and prompts."""
    if kind == RecordKind.EVENT:
        return f"“{values.get('title', '')}”"
    loc = display_locale()
    doses = values.get("doses")
    text = f"{values.get('donor', '?')} → {values.get('recipient', '?')}"
    if doses:
        text += ", " + QCoreApplication.translate("Editing", "{0} doses").format(
            loc.toString(int(doses))
        )
    return text


class RecordEditor(QObject):
    """Turns user intentions into undoable changes for the window's open database."""

    def __init__(self, window: WindowServices) -> None:
        super().__init__(window.window())
        self.window = window
        self.last_error: BaseException | None = None
        #: Dialogs and forms open on this database (kept referenced while shown).
        self.open_forms: list[QWidget] = []

    def store_changed(self) -> None:
        self.open_forms.clear()

    @property
    def store(self) -> Store:
        return store_of(self.window)

    @property
    def parent_widget(self) -> QWidget:
        """The window, as the parent of the forms and message boxes."""
        return self.window.window()

    # -- the one write path ---------------------------------------------------------------
    def push(self, change: Change, text: str, *, quiet: bool = False) -> bool:
        """Apply ``change`` now (committed at once) as one step on the undo stack.

        With ``quiet`` a failure is not shown, only kept in ``last_error`` (the caller
        handles it: a conflict opens the conflict dialog).
        """
        if self.store.read_only:
            self._error(
                ReadOnlyError(
                    self.tr(
                        "This is a read-only review copy; changes are not saved. "
                        "Use File → New database… to work on your own copy."
                    )
                )
            )
            return False
        on_error = self._keep_error if quiet else self._error
        command = ChangeCommand(self.store, change, text, self._applied, on_error)
        self.window.undo_stack.push(command)
        return not command.failed

    def _applied(self, applied: Applied) -> None:
        kinds: tuple[str, ...] = (applied.kind, "sources")
        if applied.kind in (RecordKind.COMMITMENT, RecordKind.DELIVERY):
            kinds = (
                RecordKind.COMMITMENT,
                RecordKind.DELIVERY,
                "promises",
                "checkpoints",
                "sources",
            )
        self.window.reload(kinds)
        if applied.inverse.action != "add":  # the record exists after this step
            kind = applied.kind
            # A commitment revised or edited from Promises stays selected there.
            if kind == RecordKind.COMMITMENT and self.window.current_kind() == "promises":
                kind = "promises"
            self.window.select_record(kind, applied.record_id)

    def _error(self, exc: BaseException) -> None:
        self.last_error = exc
        messages.show_exception(self.parent_widget, exc)

    def _keep_error(self, exc: BaseException) -> None:
        self.last_error = exc

    def _push_edit(self, change: Change, text: str, my_values: dict, base: dict | None) -> bool:
        """Push an edit; when someone else changed the record meanwhile, show both
        versions (the user's choice becomes a new edit on the current version)."""
        if self.push(change, text, quiet=True):
            return True
        error = self.last_error
        assert error is not None  # a failed push keeps its error
        if not isinstance(error, ConflictError):
            self._error(error)
            return False
        assert change.record_id is not None  # an edit names its record
        return self.resolve_conflict(change.kind, change.record_id, my_values, base, text)

    def resolve_conflict(
        self, kind: str, record_id: int, my_values: dict, base: dict | None, text: str
    ) -> bool:
        from tracker.ui.conflict_dialog import ConflictDialog

        def save(change: Change) -> None:
            if not self.push(change, text, quiet=True):
                assert self.last_error is not None  # a failed push keeps its error
                raise self.last_error

        try:
            dialog = ConflictDialog(
                self.store, kind, record_id, my_values, base, save, parent=self.parent_widget
            )
        except TrackerError as exc:  # deleted by someone else: nothing to merge into
            self._error(exc)
            return False
        self.open_forms.append(dialog)
        dialog.open()
        return True

    # -- forms ----------------------------------------------------------------------------
    def _to_db(self, kind: str, values: dict) -> dict:
        out = dict(values)
        if "sources" in out:
            out["sources"] = [s.__dict__ if isinstance(s, SourceRef) else s for s in out["sources"]]
        return out

    def new_record(self, kind: str | None = None):
        kind = kind or self.window.current_kind()
        if kind not in DATE_COLUMN:
            kind = RecordKind.DELIVERY
        form = self._form(kind, None)
        form.show()
        return form

    def edit_record(self, kind: str | None = None, record_id: int | None = None):
        kind = kind or self.window.current_kind()
        if kind == "checkpoints":  # a tally: show the records behind its sum
            if record_id is None:
                ids = self.window.selected_ids("checkpoints")
                record_id = ids[0] if ids else None
            if record_id is not None:
                self.window.show_checkpoint(record_id)
            return None
        if kind == "promises":
            if record_id is None:
                ids = self.window.selected_ids("promises")
                record_id = ids[0] if ids else None
            kind = RecordKind.COMMITMENT
        if kind not in DATE_COLUMN:
            return None
        if record_id is None:
            ids = self.window.selected_ids(kind)
            if not ids:
                return None
            record_id = ids[0]
        try:
            record = read_record(self.store, kind, record_id)
        except TrackerError as exc:
            self._error(exc)
            return None
        form = self._form(kind, record)
        form.show()
        return form

    def _form(self, kind: str, record: dict | None):
        from tracker.ui.commitment_form import CommitmentForm
        from tracker.ui.delivery_form import DeliveryForm
        from tracker.ui.event_form import EventForm
        from tracker.ui.forms import RecordForm

        def save(values: dict) -> bool:
            db_values = self._to_db(kind, values)
            if record is None:
                db_values.setdefault("confidence", "high")
                change = Change(kind, "add", values=db_values)
                self.window.settings.set_text(keys.CONFIDENCE, db_values["confidence"])
                text = self.tr("Add {0} {1}").format(label(kind), describe(kind, {**db_values}))
            else:
                change = Change(
                    kind, "edit", record["id"], db_values, expected_version=record["version"]
                )
                text = self.tr("Edit {0} {1}").format(
                    label(kind), describe(kind, {**record, **db_values})
                )
                return self._push_edit(change, text, db_values, record)
            return self.push(change, text)

        form: RecordForm
        if kind == RecordKind.DELIVERY:
            form = DeliveryForm(
                save,
                record,
                self.parent_widget,
                commitments=self._commitment_choices,
                last_similar=self._last_similar,
            )
        elif kind == RecordKind.COMMITMENT:
            form = CommitmentForm(save, record, self.parent_widget)
        else:
            form = EventForm(save, record, self.parent_widget)
        if record is None:
            last = self.window.settings.text(keys.CONFIDENCE, "")
            form.set_default_confidence(last or "high", remembered=bool(last))
        form.setModal(False)
        self.open_forms.append(form)
        return form

    def _commitment_choices(self, donor: str, recipient: str) -> list[tuple[int, str, int]]:
        loc = display_locale()
        out = []
        for b in commitment_balances(self.store, Filters(donors=(donor,), recipients=(recipient,))):
            left = max(b.committed - b.delivered, 0)  # what linking can still fill
            text = self.tr("{0} {1}: {2} committed, {3} outstanding").format(
                b.label,
                b.announced_on.isoformat(),
                loc.toString(b.committed),
                loc.toString(left),
            )
            out.append((b.id, text, left))
        return out

    def _last_similar(self, donor: str, recipient: str) -> dict | None:
        from tracker.store import frames

        df = frames.deliveries(self.store, Filters(donors=(donor,), recipients=(recipient,)))
        if df.empty:
            return None
        return df.sort_values(["date", "record_id"]).iloc[-1].to_dict()

    # -- other edits ---------------------------------------------------------------------
    def revise_commitment(self, record_id: int | None = None):
        from tracker.ui.revise_dialog import ReviseDialog

        if record_id is None:
            kind = "promises" if self.window.current_kind() == "promises" else RecordKind.COMMITMENT
            ids = self.window.selected_ids(kind)
            if not ids:
                return None
            record_id = ids[0]
        record = read_record(self.store, RecordKind.COMMITMENT, record_id)

        def save(values: dict) -> bool:
            text = self.tr("Revise commitment {0} to {1} doses").format(
                describe(RecordKind.COMMITMENT, {**record, "doses": None}),
                display_locale().toString(int(values["doses"])),
            )
            return self.push(
                Change(
                    RecordKind.COMMITMENT,
                    "revise",
                    record_id,
                    values,
                    expected_version=record["version"],
                ),
                text,
            )

        dialog = ReviseDialog(save, record, self.parent_widget)
        self.open_forms.append(dialog)
        dialog.show()
        return dialog

    def delete_selected(self, kind: str | None = None, confirm: bool = True) -> int:
        kind = kind or self.window.current_kind()
        if kind not in DATE_COLUMN:
            return 0
        ids = self.window.selected_ids(kind)
        if not ids:
            return 0
        records = [read_record(self.store, kind, i) for i in ids]
        what = (
            describe(kind, records[0])
            if len(records) == 1
            else self.tr("{0} records").format(len(records))
        )
        if confirm and not messages.confirm(
            self.parent_widget,
            self.tr("Delete"),
            self.tr("Delete {0} {1}? You can undo this with Ctrl+Z.").format(label(kind), what),
            self.tr("Delete"),
        ):
            return 0
        if len(records) > 1:
            self.window.undo_stack.beginMacro(
                self.tr("Delete {0} {1}").format(len(records), label(kind))
            )
        done = 0
        for r in records:
            if self.push(
                Change(kind, "delete", r["id"], expected_version=r["version"]),
                self.tr("Delete {0} {1}").format(label(kind), describe(kind, r)),
            ):
                done += 1
        if len(records) > 1:
            self.window.undo_stack.endMacro()
        return done

    def suggest_links(self):
        from tracker.store.reconcile import suggest_links
        from tracker.ui.links_dialog import LinkSuggestionsDialog

        dialog = LinkSuggestionsDialog(
            suggest_links(self.store), self.link_deliveries, self.parent_widget
        )
        self.open_forms.append(dialog)
        dialog.show()
        return dialog

    def link_deliveries(self, chosen) -> int:
        """Link each chosen delivery to its commitment: one undo step for all of them."""
        if not chosen:
            return 0
        stack = self.window.undo_stack
        stack.beginMacro(self.tr("Link {0} deliveries to commitments").format(len(chosen)))
        done = 0
        for s in chosen:
            record = read_record(self.store, RecordKind.DELIVERY, s.delivery_id)
            text = self.tr("Link delivery {0} to commitment {1}").format(
                s.delivery_ref or s.delivery_id, s.commitment_ref or s.commitment_id
            )
            if self.push(
                Change(
                    RecordKind.DELIVERY,
                    "edit",
                    s.delivery_id,
                    {"commitment_id": s.commitment_id},
                    expected_version=record["version"],
                ),
                text,
            ):
                done += 1
        stack.endMacro()
        return done

    def show_deliveries_of_commitment(self, record_id: int | None = None) -> None:
        """From a commitment (or promise), show the deliveries that fulfil it."""
        if record_id is None:
            kind = self.window.current_kind()
            ids = (
                self.window.selected_ids(kind)
                if kind in ("promises", RecordKind.COMMITMENT)
                else []
            )
            if not ids:
                return
            record_id = ids[0]
        record = read_record(self.store, RecordKind.COMMITMENT, record_id)
        panel = self.window.filter_panel
        from tracker.domain.filters import Filters

        panel.set_filters(
            Filters(
                donors=(record["donor"],),
                recipients=(record["recipient"],),
                vaccines=(record["vaccine"],),
                date_from=record["announced_on"],
                text=record["ref"] or "",
            )
        )
        self.window.apply_filters(panel.filters())
        self.window.show_tab(RecordKind.DELIVERY)

    def edit_in_place(self, kind: str, record_id: int, version: int, key: str, value) -> None:
        column = {"date": DATE_COLUMN.get(kind, "date"), "end_date": "end_on"}.get(key, key)
        try:
            record = read_record(self.store, kind, record_id)
        except TrackerError as exc:
            self._error(exc)
            return
        merged = {**record, column: value}
        problem = self._check(kind, merged)
        if problem:
            messages.error(self.parent_widget, self.tr("Not saved"), problem)
            return
        text = self.tr("Edit {0} {1}").format(label(kind), describe(kind, merged))
        change = Change(kind, "edit", record_id, {column: value}, expected_version=version)
        self._push_edit(change, text, {column: value}, None)

    def _check(self, kind: str, r: dict) -> str:
        from tracker.domain.records import Commitment, Delivery, PolicyEvent
        from tracker.domain.validation import check_commitment, check_delivery, check_event

        if kind == RecordKind.DELIVERY:
            problems = check_delivery(
                Delivery(r["donor"], r["recipient"], r["vaccine"], r["doses"], r["arrived_on"])
            )
        elif kind == RecordKind.COMMITMENT:
            problems = check_commitment(
                Commitment(
                    r["donor"],
                    r["recipient"],
                    r["vaccine"],
                    r["doses"],
                    r["announced_on"],
                    target_date=r.get("target_date"),
                )
            )
        else:
            problems = check_event(PolicyEvent(r["start_on"], r["title"], end_on=r.get("end_on")))
        return "; ".join(f"{p.field}: {reason(p)}" for p in problems)
