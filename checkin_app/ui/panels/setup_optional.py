"""Setup steps 3–7, all optional: checkout question, policies, schedule, categories, staff."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from checkin_app.services.setup import (
    QUESTION_TYPES,
    STAFF_PERMISSIONS,
    ScheduleItemForm,
    StepResult,
)
from checkin_app.ui.panels.common import FieldForm, qdatetime_to_naive, tr
from checkin_app.ui.panels.setup_base import SetupBase, datetime_edit, step_page

PERMISSION_NAMES = {
    "CHECK_IN_GUESTS": "Check in guests",
    "SELL_TICKETS": "Sell tickets",
    "ADD_GUESTS": "Add guests",
    "READ_ANALYTICS": "See sales figures",
    "READ_GUEST_FORM": "See form answers",
}


class OptionalSteps(SetupBase):
    """Steps 3–7 of the setup panel: what an event may have besides tickets."""

    def _build_form_tab(self) -> QWidget:
        form = self.question_form = FieldForm()
        form.addRow(QLabel(tr("Guests answer these questions at checkout.")))
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(tr("e.g. Company"))
        self.question_type_combo = QComboBox()
        names = {
            "text": "Short answer",
            "dropdown": "Drop-down",
            "checkbox": "Check boxes",
            "radioButton": "One choice",
            "phone": "Phone",
            "date": "Date",
            "address": "Address",
        }
        for kind in QUESTION_TYPES:
            self.question_type_combo.addItem(tr(names[kind]), kind)
        self.mandatory_check = QCheckBox(tr("Guests must answer"))
        self.options_edit = QLineEdit()
        self.options_edit.setPlaceholderText(tr("Choices, separated by commas"))
        form.add_field("label", tr("Question"), self.question_edit)
        form.add_field("kind", tr("Type"), self.question_type_combo)
        form.addRow("", self.mandatory_check)
        form.add_field("options", tr("Choices"), self.options_edit)
        form.addRow(
            "", self._button(tr("Add question"), self._on_add_question, "addQuestionButton")
        )
        return step_page(form)

    def _build_policies_tab(self) -> QWidget:
        form = self.policy_form = FieldForm()
        self.policy_count_label = QLabel(tr("Wix allows three policies per event."))
        form.addRow(self.policy_count_label)
        self.policy_name_edit = QLineEdit()
        self.policy_name_edit.setPlaceholderText(tr("e.g. Refund policy"))
        self.policy_body_edit = QPlainTextEdit()
        self.policy_body_edit.setMaximumHeight(120)
        form.add_field("name", tr("Name"), self.policy_name_edit)
        form.add_field("body", tr("Text"), self.policy_body_edit)
        form.addRow("", self._button(tr("Add policy"), self._on_add_policy, "addPolicyButton"))
        return step_page(form)

    def _build_schedule_tab(self) -> QWidget:
        form = self.schedule_form = FieldForm()
        form.addRow(
            "",
            self._button(
                tr("Turn on the schedule"), self._on_enable_schedule, "enableScheduleButton"
            ),
        )
        start = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=14)
        self.item_name_edit = QLineEdit()
        self.item_name_edit.setPlaceholderText(tr("e.g. Doors open"))
        self.item_start_edit = datetime_edit(start.replace(hour=19))
        self.item_end_edit = datetime_edit(start.replace(hour=19, minute=30))
        self.stage_edit = QLineEdit()
        self.stage_edit.setPlaceholderText(tr("e.g. Main stage (optional)"))
        form.add_field("name", tr("Item"), self.item_name_edit)
        form.add_field("start", tr("Starts"), self.item_start_edit)
        form.add_field("end", tr("Ends"), self.item_end_edit)
        form.add_field("stage", tr("Stage"), self.stage_edit)
        form.addRow(
            "", self._button(tr("Add to the schedule"), self._on_add_item, "addScheduleItemButton")
        )
        return step_page(form)

    def _build_categories_tab(self) -> QWidget:
        form = self.category_form = FieldForm()
        self.category_names_edit = QPlainTextEdit()
        self.category_names_edit.setPlaceholderText(tr("One category per line (up to 10)"))
        self.category_names_edit.setMaximumHeight(90)
        form.add_field("names", tr("New categories"), self.category_names_edit)
        form.addRow(
            "", self._button(tr("Create"), self._on_create_categories, "createCategoriesButton")
        )
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("categoryCombo")
        form.addRow(tr("Category"), self.category_combo)
        form.addRow(
            "",
            self._button(
                tr("Put the event in this category"), self._on_assign, "assignCategoryButton"
            ),
        )
        return step_page(form)

    def _build_staff_tab(self) -> QWidget:
        form = self.staff_form = FieldForm()
        self.staff_name_edit = QLineEdit()
        self.staff_name_edit.setPlaceholderText(tr("e.g. Sam at the door"))
        self.permission_checks: dict[str, QCheckBox] = {}
        boxes = QWidget()
        boxes_layout = QVBoxLayout(boxes)
        boxes_layout.setContentsMargins(0, 0, 0, 0)
        for permission in STAFF_PERMISSIONS:
            check = QCheckBox(tr(PERMISSION_NAMES[permission]))
            check.setChecked(permission == "CHECK_IN_GUESTS")
            self.permission_checks[permission] = check
            boxes_layout.addWidget(check)
        self.only_this_event_check = QCheckBox(tr("Only for this event"))
        self.only_this_event_check.setChecked(True)
        self.login_link_label = QLabel()
        self.login_link_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.login_link_label.setWordWrap(True)
        form.add_field("name", tr("Name"), self.staff_name_edit)
        form.add_field("permissions", tr("May"), boxes)
        form.addRow("", self.only_this_event_check)
        form.addRow("", self._button(tr("Add staff member"), self._on_add_staff, "addStaffButton"))
        form.addRow(self.login_link_label)
        return step_page(form)

    # -- slots: form, policies, schedule ----------------------------------------------------
    def _on_add_question(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        label = self.question_edit.text()
        kind = self.question_type_combo.currentData()
        mandatory = self.mandatory_check.isChecked()
        options = [o for o in self.options_edit.text().split(",") if o.strip()]
        self._run(
            self.question_form,
            "add_question",
            event_id,
            label,
            kind=kind,
            mandatory=mandatory,
            options=options,
        )

    def _on_add_policy(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        name, body = self.policy_name_edit.text(), self.policy_body_edit.toPlainText()
        self._run(self.policy_form, "add_policy", event_id, name, body, after=self._after_policy)

    def _after_policy(self, _result: StepResult) -> None:
        self.policy_name_edit.clear()
        self.policy_body_edit.clear()

    def _on_enable_schedule(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        self._run(self.schedule_form, "enable_schedule", event_id)

    def _on_add_item(self) -> None:
        if not self._need_event():
            return
        event_id = self.event_id
        form = ScheduleItemForm(
            name=self.item_name_edit.text(),
            start=qdatetime_to_naive(self.item_start_edit.dateTime()),
            end=qdatetime_to_naive(self.item_end_edit.dateTime()),
            stage=self.stage_edit.text(),
        )
        self._run(self.schedule_form, "add_schedule_item", event_id, form)

    # -- slots: categories, staff, publish ------------------------------------------------
    def _on_create_categories(self) -> None:
        names = self.category_names_edit.toPlainText().splitlines()
        self._run(self.category_form, "create_categories", names, after=self._after_categories)

    def _after_categories(self, result: StepResult) -> None:
        for category in result.wix.get("categories") or []:
            if category.get("id"):
                self._categories.append(category)
                self.category_combo.addItem(str(category.get("name", "")), category["id"])
        self.category_combo.setCurrentIndex(self.category_combo.count() - 1)
        self.category_names_edit.clear()

    def _on_assign(self) -> None:
        if not self._need_event():
            return
        category_id = self.category_combo.currentData()
        if not category_id:
            self.banner.show_message(tr("Create a category first."), "error")
            return
        event_id = self.event_id
        self._run(self.category_form, "assign_category", event_id, category_id)

    def _on_add_staff(self) -> None:
        name = self.staff_name_edit.text()
        permissions = [p for p, check in self.permission_checks.items() if check.isChecked()]
        events = (
            [self.event_id] if self.only_this_event_check.isChecked() and self.event_id else None
        )
        self._run(
            self.staff_form,
            "add_staff_member",
            name,
            permissions,
            event_ids=events,
            after=self._after_staff,
        )

    def _after_staff(self, result: StepResult) -> None:
        link = result.wix.get("loginLink")
        self.login_link_label.setText(tr("Login link: ") + str(link) if link else "")
        self.staff_name_edit.clear()
