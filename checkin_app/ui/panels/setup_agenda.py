"""Setup steps 4 and 5: policies (add, change, move, delete) and the schedule (turn it on; add,
change and delete items)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit

from checkin_app.services.setup import ScheduleItemForm, StepResult
from checkin_app.services.setup_agenda import Policy, ScheduleEntry
from checkin_app.ui.formats import time_text, weekday_time_text
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import FieldForm, naive_to_qdatetime, qdatetime_to_naive
from checkin_app.ui.panels.setup_runner import (
    ItemList,
    ListPage,
    StepRunner,
    button_row,
    datetime_edit,
    step_page,
)


class PoliciesPage(ListPage):
    """Up to three policies, in the order guests see them."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__(runner)
        form = self.policy_form = FieldForm()
        intro = QLabel(
            tr("SetupPanel", "Wix allows three policies per event. Pick one to change, move "
               "or delete it.")
        )  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.policies: ItemList[Policy] = ItemList(
            tr("SetupPanel", "Policies, in the order guests see them"), lambda p: p.name
        )
        self.policies.setObjectName("policyList")
        self.policies.picked.connect(self._on_picked)
        form.addRow(self.policies)
        self.policy_name_edit = QLineEdit()
        self.policy_name_edit.setPlaceholderText(tr("SetupPanel", "e.g. Refund policy"))
        self.policy_body_edit = QPlainTextEdit()
        self.policy_body_edit.setMaximumHeight(120)
        form.add_field("name", tr("SetupPanel", "Name"), self.policy_name_edit)
        form.add_field("body", tr("SetupPanel", "Text"), self.policy_body_edit)
        button = runner.button
        self.add_button = button(tr("SetupPanel", "Add policy"), self._on_add, "addPolicyButton")
        self.save_button = button(tr("SetupPanel", "Save changes"), self._on_save,
                                  "savePolicyButton")  # fmt: skip
        self.delete_button = button(tr("SetupPanel", "Delete"), self._on_delete,
                                    "deletePolicyButton")  # fmt: skip
        self.up_button = button(tr("SetupPanel", "Move up"), lambda: self._on_move(-1),
                                "policyUpButton")  # fmt: skip
        self.down_button = button(tr("SetupPanel", "Move down"), lambda: self._on_move(1),
                                  "policyDownButton")  # fmt: skip
        form.addRow("", button_row(self.add_button, self.save_button, self.delete_button))
        form.addRow("", button_row(self.up_button, self.down_button))
        QHBoxLayout(self).addWidget(step_page(form))
        self._on_picked(None)

    def _clear(self) -> None:
        self.policies.show_items([])

    def _load(self, event_id: str, keep: str | None) -> None:
        def show(policies: list[Policy]) -> None:
            if event_id == self.event_id:
                self.policies.show_items(policies, lambda p: p.id == keep)

        self._runner.read(lambda s: s.policies.list(event_id), show)

    def _on_picked(self, policy: Policy | None) -> None:
        for widget in (self.save_button, self.delete_button, self.up_button, self.down_button):
            widget.setEnabled(policy is not None)
        if policy is not None:
            self.policy_name_edit.setText(policy.name)
            self.policy_body_edit.setPlainText(policy.body)

    def _on_add(self) -> None:
        event_id = self.event_id
        if not self._runner.need_event(event_id):
            return
        name, body = self.policy_name_edit.text(), self.policy_body_edit.toPlainText()
        self._runner.run(self.policy_form, lambda s: s.policies.add(event_id, name, body),
                         after=self._added)  # fmt: skip

    def _added(self, _result: StepResult) -> None:
        # Ready for the next one: the new policy shows in the list, the form is empty.
        self.policy_name_edit.clear()
        self.policy_body_edit.clear()
        self.reload()

    def _on_save(self) -> None:
        policy = self.policies.selected()
        if policy is not None:
            name, body = self.policy_name_edit.text(), self.policy_body_edit.toPlainText()
            self._runner.run(self.policy_form, lambda s: s.policies.update(policy, name, body),
                             after=self._changed)  # fmt: skip

    def _on_delete(self) -> None:
        policy = self.policies.selected()
        ask = tr("SetupPanel", "Delete the policy “%1” on Wix?")
        if policy is not None and self.confirm(ask.replace("%1", policy.name)):
            self._runner.run(None, lambda s: s.policies.delete(policy), after=self._changed)

    def _on_move(self, steps: int) -> None:
        policy, event_id = self.policies.selected(), self.event_id
        if policy is not None:
            self._runner.run(None, lambda s: s.policies.move(event_id, policy, steps),
                             after=self._changed)  # fmt: skip


class SchedulePage(ListPage):
    """The schedule guests see: every change is published at once."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__(runner)
        form = self.schedule_form = FieldForm()
        self.enable_button = runner.button(
            tr("SetupPanel", "Turn on the schedule"), self._on_enable, "enableScheduleButton"
        )
        form.addRow("", self.enable_button)
        intro = QLabel(
            tr("SetupPanel", "Guests see the schedule on the event page; changes here are "
               "published at once. Pick an item to change or delete it.")
        )  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.items: ItemList[ScheduleEntry] = ItemList(
            tr("SetupPanel", "Schedule items"), _describe_entry
        )
        self.items.setObjectName("scheduleList")
        self.items.picked.connect(self._on_picked)
        form.addRow(self.items)
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        self.item_name_edit = QLineEdit()
        self.item_name_edit.setPlaceholderText(tr("SetupPanel", "e.g. Doors open"))
        self.item_start_edit = datetime_edit(start.replace(hour=19))
        self.item_end_edit = datetime_edit(start.replace(hour=19, minute=30))
        self.stage_edit = QLineEdit()
        self.stage_edit.setPlaceholderText(tr("SetupPanel", "e.g. Main stage (optional)"))
        form.add_field("name", tr("SetupPanel", "Item"), self.item_name_edit)
        form.add_field("start", tr("SetupPanel", "Starts"), self.item_start_edit)
        form.add_field("end", tr("SetupPanel", "Ends"), self.item_end_edit)
        form.add_field("stage", tr("SetupPanel", "Stage"), self.stage_edit)
        self.add_button = runner.button(
            tr("SetupPanel", "Add to the schedule"), self._on_add, "addScheduleItemButton"
        )
        self.save_button = runner.button(
            tr("SetupPanel", "Save changes"), self._on_save, "saveScheduleItemButton"
        )
        self.delete_button = runner.button(
            tr("SetupPanel", "Delete"), self._on_delete, "deleteScheduleItemButton"
        )
        form.addRow("", button_row(self.add_button, self.save_button, self.delete_button))
        QHBoxLayout(self).addWidget(step_page(form))
        self._on_picked(None)

    def _clear(self) -> None:
        self.items.show_items([])

    def _load(self, event_id: str, keep: str | None) -> None:
        def show(entries: list[ScheduleEntry]) -> None:
            if event_id == self.event_id:
                self.items.show_items(entries, lambda e: e.id == keep)

        self._runner.read(lambda s: s.schedule.list(event_id), show)

    def _on_picked(self, entry: ScheduleEntry | None) -> None:
        self.save_button.setEnabled(entry is not None)
        self.delete_button.setEnabled(entry is not None)
        if entry is None:
            return
        self.item_name_edit.setText(entry.name)
        self.stage_edit.setText(entry.stage)
        for edit, moment in ((self.item_start_edit, entry.start), (self.item_end_edit, entry.end)):
            if moment is not None:
                edit.setDateTime(naive_to_qdatetime(moment))

    def _form(self) -> ScheduleItemForm:
        return ScheduleItemForm(
            name=self.item_name_edit.text(),
            start=qdatetime_to_naive(self.item_start_edit.dateTime()),
            end=qdatetime_to_naive(self.item_end_edit.dateTime()),
            stage=self.stage_edit.text(),
        )

    def _on_enable(self) -> None:
        event_id = self.event_id
        if self._runner.need_event(event_id):
            self._runner.run(self.schedule_form, lambda s: s.schedule.enable(event_id))

    def _on_add(self) -> None:
        event_id, values = self.event_id, self._form()
        if self._runner.need_event(event_id):
            self._runner.run(self.schedule_form, lambda s: s.schedule.add(event_id, values),
                             after=self._changed)  # fmt: skip

    def _on_save(self) -> None:
        entry, event_id, values = self.items.selected(), self.event_id, self._form()
        if entry is not None:
            self._runner.run(
                self.schedule_form, lambda s: s.schedule.update(event_id, entry.id, values),
                after=self._changed,
            )  # fmt: skip

    def _on_delete(self) -> None:
        entry, event_id = self.items.selected(), self.event_id
        ask = tr("SetupPanel", "Delete “%1” from the schedule on Wix?")
        if entry is not None and self.confirm(ask.replace("%1", entry.name)):
            self._runner.run(None, lambda s: s.schedule.delete(event_id, entry),
                             after=self._changed)  # fmt: skip


def _describe_entry(entry: ScheduleEntry) -> str:
    when = weekday_time_text(entry.start) if entry.start else "?"
    until = time_text(entry.end) if entry.end else "?"
    stage = f" · {entry.stage}" if entry.stage else ""
    return f"{when}–{until} {entry.name}{stage}"
