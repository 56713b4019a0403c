"""Setup steps 6 and 7: categories, and the Check-in by Wix staff (add, change what they may
do, pause or resume their access, remove them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.models import Event
from checkin_app.services.setup import STAFF_PERMISSIONS, StepResult
from checkin_app.services.setup_people import StaffMember
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.panels.common import FieldForm, named
from checkin_app.ui.panels.setup_runner import (
    ItemList,
    ListPage,
    StepRunner,
    button_row,
    step_page,
)

PERMISSION_NAMES = {
    "CHECK_IN_GUESTS": QT_TRANSLATE_NOOP("SetupPanel", "Check in guests"),
    "SELL_TICKETS": QT_TRANSLATE_NOOP("SetupPanel", "Sell tickets"),
    "ADD_GUESTS": QT_TRANSLATE_NOOP("SetupPanel", "Add guests"),
    "READ_ANALYTICS": QT_TRANSLATE_NOOP("SetupPanel", "See sales figures"),
    "READ_GUEST_FORM": QT_TRANSLATE_NOOP("SetupPanel", "See form answers"),
}
STATUS_NAMES = {
    "PENDING": QT_TRANSLATE_NOOP("SetupPanel", "not logged in yet"),
    "HAS_ACCESS": QT_TRANSLATE_NOOP("SetupPanel", "has access"),
    "ACCESS_PAUSED": QT_TRANSLATE_NOOP("SetupPanel", "access paused"),
}


class CategoriesPage(QWidget):
    """Categories the event is listed under on the site."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__()
        self._runner = runner
        self.event_id = ""
        self._categories: list[dict[str, Any]] = []
        form = self.category_form = FieldForm()
        self.category_names_edit = QPlainTextEdit()
        self.category_names_edit.setPlaceholderText(
            tr("SetupPanel", "One category per line (up to 10)")
        )
        self.category_names_edit.setMaximumHeight(90)
        form.add_field("names", tr("SetupPanel", "New categories"), self.category_names_edit)
        form.addRow("", runner.button(tr("SetupPanel", "Create"), self._on_create,
                                      "createCategoriesButton"))  # fmt: skip
        self.category_combo = named(QComboBox(), tr("SetupPanel", "Category"))
        self.category_combo.setObjectName("categoryCombo")
        form.addRow(tr("SetupPanel", "Category"), self.category_combo)
        form.addRow("", runner.button(tr("SetupPanel", "Put the event in this category"),
                                      self._on_assign, "assignCategoryButton"))  # fmt: skip
        QVBoxLayout(self).addWidget(step_page(form))

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""

    def _on_create(self) -> None:
        names = self.category_names_edit.toPlainText().splitlines()
        self._runner.run(self.category_form, lambda s: s.categories.create(names),
                         after=self._created)  # fmt: skip

    def _created(self, result: StepResult) -> None:
        for category in result.wix.get("categories") or []:
            if category.get("id"):
                self._categories.append(category)
                self.category_combo.addItem(str(category.get("name", "")), category["id"])
        self.category_combo.setCurrentIndex(self.category_combo.count() - 1)
        self.category_names_edit.clear()

    def _on_assign(self) -> None:
        event_id = self.event_id
        if not self._runner.need_event(event_id):
            return
        category_id = self.category_combo.currentData()
        if not category_id:
            self._runner.banner.show_message(tr("SetupPanel", "Create a category first."), "error")
            return
        self._runner.run(self.category_form,
                         lambda s: s.categories.assign(event_id, category_id))  # fmt: skip


def _describe(member: StaffMember) -> str:
    status = tr_marked("SetupPanel", STATUS_NAMES.get(member.status, member.status))
    scope = tr("SetupPanel", "all events") if member.event_ids is None else ""
    may = ", ".join(tr_marked("SetupPanel", PERMISSION_NAMES.get(p, p)) for p in member.permissions)
    return f"{member.name} ({status}{', ' + scope if scope else ''}): {may}"


class StaffPage(ListPage):
    """Who may use Check-in by Wix for this event, and what they may do."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__(runner)
        form = self.staff_form = FieldForm()
        intro = QLabel(
            tr("SetupPanel", "Staff check guests in with the Check-in by Wix app on their phone. "
               "Pick someone to change what they may do, or to pause their access.")
        )  # fmt: skip
        intro.setWordWrap(True)
        form.addRow(intro)
        self.members: ItemList[StaffMember] = ItemList(tr("SetupPanel", "Staff members"), _describe)
        self.members.setObjectName("staffList")
        self.members.picked.connect(self._on_picked)
        form.addRow(self.members)
        self.staff_name_edit = QLineEdit()
        self.staff_name_edit.setPlaceholderText(tr("SetupPanel", "e.g. Sam at the door"))
        self.permission_checks: dict[str, QCheckBox] = {}
        boxes = QWidget()
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        for permission in STAFF_PERMISSIONS:
            name = tr_marked("SetupPanel", PERMISSION_NAMES[permission])
            check = named(QCheckBox(name), name)
            check.setChecked(permission == "CHECK_IN_GUESTS")
            self.permission_checks[permission] = check
            boxes_layout.addWidget(check)
        self.only_this_event_check = named(
            QCheckBox(tr("SetupPanel", "Only for this event")),
            tr("SetupPanel", "Only for this event"),
        )
        self.only_this_event_check.setChecked(True)
        self.login_link_label = QLabel()
        self.login_link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_link_label.setWordWrap(True)
        form.add_field("name", tr("SetupPanel", "Name"), self.staff_name_edit)
        form.add_field("permissions", tr("SetupPanel", "May"), boxes)
        form.addRow("", self.only_this_event_check)
        button = runner.button
        self.add_button = button(tr("SetupPanel", "Add staff member"), self._on_add,
                                 "addStaffButton")  # fmt: skip
        self.save_button = button(tr("SetupPanel", "Save permissions"), self._on_save,
                                  "saveStaffButton")  # fmt: skip
        self.pause_button = button(tr("SetupPanel", "Pause access"), self._on_pause,
                                   "pauseStaffButton",
                                   tr("SetupPanel", "Their login link stops working until "
                                                    "you resume it"))  # fmt: skip
        self.remove_button = button(tr("SetupPanel", "Remove"), self._on_remove,
                                    "removeStaffButton")  # fmt: skip
        form.addRow("", button_row(self.add_button, self.save_button))
        form.addRow("", button_row(self.pause_button, self.remove_button))
        form.addRow(self.login_link_label)
        QHBoxLayout(self).addWidget(step_page(form))
        self._on_picked(None)

    def _clear(self) -> None:
        self.members.show_items([])

    def _load(self, event_id: str, keep: str | None) -> None:
        def show(members: list[StaffMember]) -> None:
            if event_id == self.event_id:
                self.members.show_items(members, lambda m: m.id == keep)

        self._runner.read(lambda s: s.staff.list(event_id), show)

    def _permissions(self) -> list[str]:
        return [p for p, check in self.permission_checks.items() if check.isChecked()]

    def _on_picked(self, member: StaffMember | None) -> None:
        for widget in (self.save_button, self.pause_button, self.remove_button):
            widget.setEnabled(member is not None)
        text = tr("SetupPanel", "Pause access")
        if member is not None:
            self.staff_name_edit.setText(member.name)
            for permission, check in self.permission_checks.items():
                check.setChecked(permission in member.permissions)
            if member.paused:
                text = tr("SetupPanel", "Resume access")
            link = member.login_link
            self.login_link_label.setText(
                tr("SetupPanel", "Login link: {link}").format(link=link) if link else ""
            )
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)

    def _on_add(self) -> None:
        name, permissions = self.staff_name_edit.text(), self._permissions()
        only_here = self.only_this_event_check.isChecked() and self.event_id
        events = [self.event_id] if only_here else None
        self._runner.run(
            self.staff_form, lambda s: s.staff.add(name, permissions, event_ids=events),
            after=self._added,
        )  # fmt: skip

    def _added(self, result: StepResult) -> None:
        link = result.wix.get("loginLink")
        self.login_link_label.setText(
            tr("SetupPanel", "Login link: {link}").format(link=link) if link else ""
        )
        self.staff_name_edit.clear()
        self.reload()

    def _on_save(self) -> None:
        member, permissions = self.members.selected(), self._permissions()
        if member is not None:
            self._runner.run(
                self.staff_form, lambda s: s.staff.update_permissions(member, permissions),
                after=self._changed,
            )  # fmt: skip

    def _on_pause(self) -> None:
        member = self.members.selected()
        if member is not None:
            paused = not member.paused
            self._runner.run(None, lambda s: s.staff.set_paused(member, paused),
                             after=self._changed)  # fmt: skip

    def _on_remove(self) -> None:
        member = self.members.selected()
        ask = tr("SetupPanel", "Remove %1? Their login link stops working.")
        if member is not None and self.confirm(ask.replace("%1", member.name)):
            self._runner.run(None, lambda s: s.staff.delete(member), after=self._changed)
