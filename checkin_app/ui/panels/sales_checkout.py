"""The sales panel's checkout details: the buyer, the event's registration questions (one
form per ticket when the event assigns guests separately), and the organizer's explicit
choice to let Wix take the order without them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin_app.domain.sales import Sale
from checkin_app.services.checkout_form import Answer, FormQuestion, GuestForm
from checkin_app.services.sales import Buyer, CheckoutForm
from checkin_app.ui.i18n import tr
from checkin_app.ui.panels.common import FieldForm, named

Field = QLineEdit | QComboBox | QWidget


def _question_widget(question: FormQuestion) -> Field:
    if question.kind == "choice":
        combo = QComboBox()
        combo.addItem(tr("SalesPanel", "— choose —"), "")
        for option in question.options:
            combo.addItem(option, option)
        return combo
    if question.kind == "choices":
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for option in question.options:
            column.addWidget(named(QCheckBox(option), f"{question.label}: {option}"))
        return box
    edit = QLineEdit()
    edit.setMaxLength(min(question.max_length, 5000))
    if question.kind == "date":
        edit.setPlaceholderText(tr("SalesPanel", "YYYY-MM-DD"))
    return edit


def _answer(widget: Field) -> Answer:
    if isinstance(widget, QComboBox):
        return str(widget.currentData() or "")
    if isinstance(widget, QLineEdit):
        return widget.text()
    return tuple(c.text() for c in widget.findChildren(QCheckBox) if c.isChecked())


class GuestBlock(QGroupBox):
    """One registration form: (for a separate guest) name and e-mail, then the questions."""

    def __init__(
        self, title: str, questions: tuple[FormQuestion, ...], *, with_person: bool
    ) -> None:
        super().__init__(title)
        self.form = FieldForm()
        self.person: dict[str, QLineEdit] = {}
        if with_person:
            for key, label in (
                ("first_name", tr("SalesPanel", "First name")),
                ("last_name", tr("SalesPanel", "Last name")),
                ("email", tr("SalesPanel", "Email")),
            ):
                edit = QLineEdit()
                edit.setPlaceholderText(tr("SalesPanel", "as the buyer"))
                self.person[key] = edit
                self.form.add_field(key, label, edit)
        self.fields: dict[str, Field] = {}
        for question in questions:
            widget = _question_widget(question)
            label = question.label + (" *" if question.mandatory else "")
            self.form.add_field(question.name, label, widget)
            self.fields[question.name] = widget
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)

    def answers(self) -> dict[str, Answer]:
        return {name: _answer(widget) for name, widget in self.fields.items()}

    def set_answer(self, name: str, value: Answer) -> None:
        widget = self.fields[name]
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        else:
            chosen = set(value) if isinstance(value, tuple) else {value}
            for check in widget.findChildren(QCheckBox):
                check.setChecked(check.text() in chosen)

    def guest(self, buyer: Buyer) -> GuestForm:
        """This form filled in; empty name or e-mail fields mean "as the buyer"."""
        values = {key: edit.text().strip() for key, edit in self.person.items()}
        return GuestForm(
            values.get("first_name") or buyer.first_name,
            values.get("last_name") or buyer.last_name,
            values.get("email") or buyer.email,
            self.answers(),
        )


class CheckoutDetails(QWidget):
    """Who buys, and the answers Wix's registration form asks for."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = FieldForm()
        self.first_edit = QLineEdit()
        self.last_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.email_edit.setPlaceholderText(tr("SalesPanel", "The tickets are emailed here"))
        self.form.add_field("first_name", tr("SalesPanel", "First name"), self.first_edit)
        self.form.add_field("last_name", tr("SalesPanel", "Last name"), self.last_edit)
        self.form.add_field("email", tr("SalesPanel", "Email"), self.email_edit)
        # The forms one under the other (the panel scrolls): a tab per guest would hide
        # the ones still to fill in, and squeeze a form whose errors appear.
        self.guest_forms = QWidget()
        self.guest_forms.setObjectName("guestForms")
        self._guest_column = QVBoxLayout(self.guest_forms)
        self._guest_column.setContentsMargins(0, 0, 0, 0)
        self.skip_check = named(
            QCheckBox(tr("SalesPanel", "Let Wix take the order without the form's answers")),
            tr("SalesPanel", "Skip Wix's form check"),
            tr("SalesPanel", "Sends the order with ignoreFormValidation; answers can be missing"),
        )
        self.skip_check.setObjectName("skipFormCheck")
        self.skip_check.setToolTip(
            tr("SalesPanel", "Wix then accepts the order even when required answers are missing.")
        )
        self.checkout_form = CheckoutForm()
        self.blocks: list[GuestBlock] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.form)
        layout.addWidget(self.guest_forms)
        layout.addWidget(self.skip_check)
        self.set_form(CheckoutForm(), 0)

    # -- the form Wix asks ----------------------------------------------------------------
    def set_form(self, form: CheckoutForm, tickets: int) -> None:
        """Show the event's questions: on the buyer's form, or one tab per ticket."""
        kept = {i: b.answers() for i, b in enumerate(self.blocks)}
        for block in self.blocks:
            block.setParent(None)
            block.deleteLater()
        self.blocks = []
        self.checkout_form = form
        if form.guests_separately:
            for index in range(max(tickets, 1)):
                title = tr("SalesPanel", "Guest {number}").format(number=index + 1)
                self.blocks.append(GuestBlock(title, form.questions, with_person=True))
        elif form.questions:
            title = tr("SalesPanel", "Registration questions")
            self.blocks.append(GuestBlock(title, form.questions, with_person=False))
        for block in self.blocks:
            self._guest_column.addWidget(block)
        for index, answers in kept.items():
            if index < len(self.blocks):
                for name, value in answers.items():
                    if name in self.blocks[index].fields:
                        self.blocks[index].set_answer(name, value)
        self.guest_forms.setVisible(bool(self.blocks))
        self.skip_check.setVisible(bool(form.mandatory) or form.guests_separately)

    # -- what was typed -------------------------------------------------------------------
    def buyer(self) -> Buyer:
        return Buyer(self.first_edit.text(), self.last_edit.text(), self.email_edit.text())

    def guests(self, buyer: Buyer) -> list[GuestForm]:
        """The filled-in forms to send (none when the event asks nothing beyond the buyer)."""
        if not self.checkout_form.guests_separately and not self.checkout_form.questions:
            return []
        return [block.guest(buyer) for block in self.blocks]

    def skip_form_check(self) -> bool:
        return not self.skip_check.isHidden() and self.skip_check.isChecked()

    def fill_from(self, sale: Sale) -> None:
        """A sale resumed from before: show its buyer (typing is never overwritten)."""
        if sale.buyer_first_name and not self.first_edit.text():
            self.first_edit.setText(sale.buyer_first_name)
            self.last_edit.setText(sale.buyer_last_name)
            self.email_edit.setText(sale.buyer_email)

    def clear(self) -> None:
        for edit in (self.first_edit, self.last_edit, self.email_edit):
            edit.clear()
        self.skip_check.setChecked(False)
        self.set_form(self.checkout_form, len(self.blocks))
        for block in self.blocks:
            for name in block.fields:
                block.set_answer(name, "")
            for edit in block.person.values():
                edit.clear()
        self.clear_errors()

    # -- what is wrong --------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str]) -> list[str]:
        """Put each message under its field (`guest{n}.{field}` for a guest's form);
        returns the messages no field here claims."""
        mine = {k: v for k, v in errors.items() if not k.startswith("guest")}
        leftovers = self.form.show_errors(mine)
        for index, block in enumerate(self.blocks):
            prefix = f"guest{index}."
            theirs = {k[len(prefix) :]: v for k, v in errors.items() if k.startswith(prefix)}
            leftovers += block.form.show_errors(theirs)
        return leftovers

    def clear_errors(self) -> None:
        self.form.clear_errors()
        for block in self.blocks:
            block.form.clear_errors()

    def error_text(self, name: str) -> str:
        """The message shown under a field (`email`, or `guest0.custom-1`)."""
        if name.startswith("guest") and "." in name:
            index, field = name[5:].split(".", 1)
            return self.blocks[int(index)].form.error_text(field)
        return self.form.error_text(name)
