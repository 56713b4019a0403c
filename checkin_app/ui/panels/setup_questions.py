"""Setup step 3: the registration form's questions — add, change and delete them."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from checkin_app.domain.models import Event
from checkin_app.services.setup import QUESTION_TYPES, StepResult
from checkin_app.services.setup_questions import Question
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP, tr, tr_marked
from checkin_app.ui.panels.common import FieldForm, ask_confirmation, named
from checkin_app.ui.panels.setup_runner import ItemList, StepRunner, step_page

QUESTION_NAMES = {
    "text": QT_TRANSLATE_NOOP("SetupPanel", "Short answer"),
    "dropdown": QT_TRANSLATE_NOOP("SetupPanel", "Drop-down"),
    "checkbox": QT_TRANSLATE_NOOP("SetupPanel", "Check boxes"),
    "radioButton": QT_TRANSLATE_NOOP("SetupPanel", "One choice"),
    "phone": QT_TRANSLATE_NOOP("SetupPanel", "Phone"),
    "date": QT_TRANSLATE_NOOP("SetupPanel", "Date"),
    "address": QT_TRANSLATE_NOOP("SetupPanel", "Address"),
    "name": QT_TRANSLATE_NOOP("SetupPanel", "Name"),
    "email": QT_TRANSLATE_NOOP("SetupPanel", "Email"),
    "additionalGuests": QT_TRANSLATE_NOOP("SetupPanel", "Additional guests"),
}


def _describe(question: Question) -> str:
    kind = tr_marked("SetupPanel", QUESTION_NAMES.get(question.kind, question.kind))
    must = tr("SetupPanel", ", must answer") if question.mandatory else ""
    fixed = tr("SetupPanel", " (always asked)") if question.system else ""
    return f"{question.label} — {kind}{must}{fixed}"


class QuestionsPage(QWidget):
    """The questions guests answer at checkout: pick one to change or delete it."""

    def __init__(self, runner: StepRunner) -> None:
        super().__init__()
        self._runner = runner
        self.event_id = ""
        self._loaded_for = ""
        self.confirm = lambda question: ask_confirmation(self, question)
        self.questions: ItemList[Question] = ItemList(
            tr("SetupPanel", "Questions on the form"), _describe
        )
        self.questions.setObjectName("questionList")
        self.questions.picked.connect(self._on_picked)
        form = self.question_form = FieldForm()
        form.addRow(QLabel(tr("SetupPanel", "Guests answer these questions at checkout.")))
        form.addRow(self.questions)
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(tr("SetupPanel", "e.g. Company"))
        self.question_type_combo = QComboBox()
        for kind in QUESTION_TYPES:
            self.question_type_combo.addItem(tr_marked("SetupPanel", QUESTION_NAMES[kind]), kind)
        self.question_type_combo.currentIndexChanged.connect(self._on_kind_changed)
        must = tr("SetupPanel", "Guests must answer")
        self.mandatory_check = named(QCheckBox(must), must)
        self.options_edit = QLineEdit()
        self.options_edit.setPlaceholderText(tr("SetupPanel", "Choices, separated by commas"))
        form.add_field("label", tr("SetupPanel", "Question"), self.question_edit)
        form.add_field("kind", tr("SetupPanel", "Type"), self.question_type_combo)
        form.addRow("", self.mandatory_check)
        form.add_field("options", tr("SetupPanel", "Choices"), self.options_edit)
        self.add_button = runner.button(
            tr("SetupPanel", "Add question"), self._on_add, "addQuestionButton"
        )
        self.save_button = runner.button(
            tr("SetupPanel", "Save changes"), self._on_save, "saveQuestionButton",
            tr("SetupPanel", "Save the changes to the question picked in the list"),
        )  # fmt: skip
        self.delete_button = runner.button(
            tr("SetupPanel", "Delete"), self._on_delete, "deleteQuestionButton",
            tr("SetupPanel", "Delete the question picked in the list"),
        )  # fmt: skip
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.save_button, self.delete_button):
            row.addWidget(button)
        form.addRow("", buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(step_page(form))
        self._on_picked(None)
        self._on_kind_changed()

    def set_event(self, event: Event | None) -> None:
        self.event_id = event.id if event else ""
        self.questions.show_items([])

    def activate(self) -> None:
        """Shown: read the event's form from Wix (once per event, and after each change)."""
        if self.event_id and self._loaded_for != self.event_id:
            self.reload()

    def reload(self, keep: str | None = None) -> None:
        event_id = self.event_id
        self._loaded_for = event_id

        def show(questions: list[Question]) -> None:
            if event_id == self.event_id:
                self.questions.show_items(questions, lambda q: q.control_id == keep)

        self._runner.read(lambda s: s.questions.list(event_id), show)

    def _on_kind_changed(self) -> None:
        kind = self.question_type_combo.currentData()
        self.options_edit.setEnabled(kind in ("dropdown", "checkbox", "radioButton"))
        # A radio button always has one answer picked: Wix has no "must answer" for it.
        self.mandatory_check.setEnabled(kind != "radioButton")

    def _on_picked(self, question: Question | None) -> None:
        editable = question is not None and not question.system
        self.save_button.setEnabled(editable)
        self.delete_button.setEnabled(editable)
        if question is None or question.system:
            return
        self.question_edit.setText(question.label)
        self.question_type_combo.setCurrentIndex(
            max(self.question_type_combo.findData(question.kind), 0)
        )
        self.mandatory_check.setChecked(question.mandatory)
        self.options_edit.setText(", ".join(question.options))

    def _values(self) -> tuple[str, str, bool, list[str]]:
        kind = str(self.question_type_combo.currentData())
        options = [o for o in self.options_edit.text().split(",") if o.strip()]
        mandatory = self.mandatory_check.isChecked() and kind != "radioButton"
        return self.question_edit.text(), kind, mandatory, options

    def _on_add(self) -> None:
        event_id = self.event_id
        if not self._runner.need_event(event_id):
            return
        label, kind, mandatory, options = self._values()
        self._runner.run(
            self.question_form,
            lambda s: s.questions.add(event_id, label, kind=kind, mandatory=mandatory,
                                      options=options),
            after=self._added,
        )  # fmt: skip

    def _added(self, _result: StepResult) -> None:
        # Ready for the next one: the new question shows in the list, the form is empty.
        self.question_edit.clear()
        self.options_edit.clear()
        self.mandatory_check.setChecked(False)
        self.reload()

    def _on_save(self) -> None:
        question, event_id = self.questions.selected(), self.event_id
        if question is None:
            return
        label, _kind, mandatory, options = self._values()
        self._runner.run(
            self.question_form,
            lambda s: s.questions.update(event_id, question, label, mandatory=mandatory,
                                         options=options),
            after=self._changed,
        )  # fmt: skip

    def _on_delete(self) -> None:
        question, event_id = self.questions.selected(), self.event_id
        if question is None:
            return
        ask = tr("SetupPanel", "Delete the question “%1” from the form on Wix?")
        if self.confirm(ask.replace("%1", question.label)):
            self._runner.run(
                None, lambda s: s.questions.delete(event_id, question), after=self._changed
            )

    def _changed(self, result: StepResult) -> None:
        self.reload(keep=result.object_id)
