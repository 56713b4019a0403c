"""The walk-up sales panel driven at the door, against the emulator (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
import zxingcpp

from checkin_app.domain.sales import SaleState
from checkin_app.emulator.server import EmulatorServer
from checkin_app.ui.context import UiContext
from checkin_app.ui.panels.sales import SalesPanel
from tests.support.panel_context import make_context
from tests.support.wix_flow import Organizer, published_event


@pytest.fixture
def srv() -> Iterator[EmulatorServer]:
    with EmulatorServer(seed=None) as server:
        yield server


@pytest.fixture
def org(srv: EmulatorServer, tmp_path: Path) -> Iterator[Organizer]:
    organizer = Organizer(srv, tmp_path / "station")
    yield organizer
    organizer.close()


@pytest.fixture
def event(org: Organizer) -> str:
    return published_event(org)[0]


@pytest.fixture
def context(org: Organizer, event: str) -> Iterator[UiContext]:
    ctx = make_context(org.station, org.client, event)
    yield ctx
    ctx.runner.close()


def open_panel(qtbot, context: UiContext) -> SalesPanel:
    panel = SalesPanel(context)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: len(panel.picker.items) == 2 and panel.flow.calls.busy == 0)
    return panel


def wait_state(qtbot, panel: SalesPanel, state: SaleState) -> None:
    qtbot.waitUntil(
        lambda: panel.sale is not None and panel.sale.state is state and panel.flow.calls.busy == 0,
        timeout=10000,
    )


def test_cash_sale_then_check_in_and_ticket_files(
    qtbot, context: UiContext, srv: EmulatorServer, tmp_path: Path
):
    panel = open_panel(qtbot, context)
    assert panel.picker.left_text("GA") == "5"
    assert not panel.payment.cash_button.isEnabled()
    panel.set_quantity("GA", 2)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    assert panel.payment.countdown_label.text().startswith(("Held for 19:", "Held for 20:"))
    qtbot.waitUntil(lambda: panel.picker.left_text("GA") == "3")  # live availability

    panel.details.first_edit.setText("Ada")
    panel.details.last_edit.setText("Lovelace")
    panel.details.email_edit.setText("ada-at-example")
    panel.payment.cash_button.click()
    assert panel.details.error_text("email") == "does not look like an email address"
    assert srv.state.orders == {}
    panel.details.email_edit.setText("ada@example.com")
    panel.payment.cash_button.click()
    wait_state(qtbot, panel, SaleState.PAID)
    assert panel.sold.list.count() == 2
    # The paid sale stays on screen: holding the same tickets again needs "Next guest".
    assert not panel.payment.reserve_button.isEnabled()
    assert not panel.sold.code.pixmap().isNull()
    assert "Total: 50.00 EUR" in panel.sold.receipt.toPlainText()
    assert "2 tickets" in panel.shift_label.text() and "50.00 EUR" in panel.shift_label.text()

    with qtbot.waitSignal(context.events.scan_recorded) as scanned:
        panel.sold.check_in_button.click()
    assert scanned.args[0].admitted and scanned.args[0].guest_name == "Ada Lovelace"

    png = panel.sold.save_png(tmp_path / "ticket.png")
    [code] = zxingcpp.read_barcodes(cv2.imread(str(png)))
    assert code.text == panel.sold.selected_ticket().check_in_url
    pdf = panel.sold.save_pdf(tmp_path / "ticket.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000

    panel.sold.new_sale_button.click()
    assert panel.sale is None and panel.details.first_edit.text() == ""
    panel.set_quantity("GA", 1)
    assert panel.payment.reserve_button.isEnabled()


def test_card_sale_shows_the_payment_code_until_paid(qtbot, context: UiContext, srv):
    panel = open_panel(qtbot, context)
    panel.flow.poll_timer.setInterval(100)
    panel.set_quantity("VIP", 1)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    panel.details.first_edit.setText("Grace")
    panel.details.last_edit.setText("Hopper")
    panel.details.email_edit.setText("grace@example.com")
    panel.payment.card_button.click()
    wait_state(qtbot, panel, SaleState.AWAITING_PAYMENT)
    assert not panel.payment.pay_code.pixmap().isNull()
    assert "80.00 EUR" in panel.payment.pay_hint.text()
    srv.mark_order_paid(panel.sale.order_number)
    wait_state(qtbot, panel, SaleState.PAID)
    assert panel.payment.pay_code.pixmap().isNull()
    assert panel.sold.list.count() == 1


def test_cancel_and_expiry_put_tickets_back_on_sale(
    qtbot, context: UiContext, srv: EmulatorServer, monkeypatch: pytest.MonkeyPatch
):
    panel = open_panel(qtbot, context)
    panel.set_quantity("VIP", 2)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    qtbot.waitUntil(lambda: panel.picker.left_text("VIP") == "Sold out")
    assert not panel.picker.table.cellWidget(1, 3).isEnabled()  # sold out: no quantity
    panel.payment.cancel_button.click()
    wait_state(qtbot, panel, SaleState.CANCELED)
    qtbot.waitUntil(lambda: panel.picker.left_text("VIP") == "2")

    panel.sold.new_sale_button.click()
    panel.set_quantity("GA", 1)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    srv.advance_clock(20 * 60 + 1)
    # The countdown reaches zero (by Wix's clock) and the panel asks Wix.
    monkeypatch.setattr(panel.flow.service, "seconds_left", lambda sale: 0.0)
    panel.flow.tick()
    wait_state(qtbot, panel, SaleState.EXPIRED)
    assert "expired" in panel.banner.text()
    qtbot.waitUntil(lambda: panel.picker.left_text("GA") == "5")


def test_offline_panel_says_sales_need_the_network(qtbot, org: Organizer, event: str):
    ctx = make_context(org.station, None, event)
    panel = SalesPanel(ctx)
    qtbot.addWidget(panel)
    assert panel.banner.kind == "offline" and "door keeps working" in panel.banner.text()
    assert not panel.payment.reserve_button.isEnabled()
    ctx.runner.close()


def test_the_events_questions_are_asked_before_the_sale(qtbot, context: UiContext, org, srv):
    event_id = context.event_id
    org.setup.questions.add(event_id, "Company", kind="text", mandatory=True)
    org.setup.questions.add(event_id, "Meal", kind="radioButton", options=["Fish", "Veg"])
    panel = open_panel(qtbot, context)
    qtbot.waitUntil(lambda: len(panel.details.blocks) == 1)
    block = panel.details.blocks[0]
    company, meal = block.fields  # the inputs' names, in the form's order
    assert not panel.details.guest_forms.isHidden()
    assert not panel.details.skip_check.isHidden()  # a required question: the choice is offered
    panel.set_quantity("GA", 1)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    panel.details.first_edit.setText("Ada")
    panel.details.last_edit.setText("Lovelace")
    panel.details.email_edit.setText("ada@example.com")
    panel.payment.cash_button.click()
    qtbot.waitUntil(lambda: panel.details.error_text(f"guest0.{company}") == "needs an answer")
    assert srv.state.orders == {}
    block.set_answer(company, "ACME")
    block.set_answer(meal, "Veg")
    panel.payment.cash_button.click()
    wait_state(qtbot, panel, SaleState.PAID)
    values = {
        v["inputName"]: v.get("value") for v in srv.state.orders[panel.sale.order_number]["form"]
    }
    assert (values[company], values[meal]) == ("ACME", "Veg")


def test_skipping_the_form_check_is_the_organizers_explicit_choice(
    qtbot, context: UiContext, org, srv
):
    org.setup.questions.add(context.event_id, "Company", kind="text", mandatory=True)
    panel = open_panel(qtbot, context)
    qtbot.waitUntil(lambda: len(panel.details.blocks) == 1)
    panel.set_quantity("VIP", 1)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    panel.details.first_edit.setText("Grace")
    panel.details.last_edit.setText("Hopper")
    panel.details.email_edit.setText("grace@example.com")
    panel.details.skip_check.setChecked(True)
    panel.payment.cash_button.click()
    wait_state(qtbot, panel, SaleState.PAID)
    assert srv.state.orders[panel.sale.order_number]["status"] == "PAID"


def test_one_form_per_ticket_when_guests_are_assigned_separately(
    qtbot, context: UiContext, org, srv
):
    event_id = context.event_id
    org.client.update_event(
        event_id, {"registration": {"tickets": {"guestsAssignedSeparately": True}}}
    )
    org.setup.load_event(event_id)
    panel = open_panel(qtbot, context)
    panel.set_quantity("GA", 2)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    qtbot.waitUntil(lambda: len(panel.details.blocks) == 2)
    second = panel.details.blocks[1]
    second.person["first_name"].setText("Alan")
    second.person["last_name"].setText("Turing")
    second.person["email"].setText("alan@example.org")
    panel.details.first_edit.setText("Ada")
    panel.details.last_edit.setText("Lovelace")
    panel.details.email_edit.setText("ada@example.com")
    panel.payment.cash_button.click()
    wait_state(qtbot, panel, SaleState.PAID)
    # The first guest is "as the buyer"; the second has their own name on the ticket.
    assert sorted(t.guest_name for t in panel.sale.tickets) == ["Ada Lovelace", "Alan Turing"]


def test_the_panel_needs_no_sideways_scrolling(qtbot, context: UiContext) -> None:
    panel = open_panel(qtbot, context)
    panel.resize(460, 900)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_quantity("GA", 1)
    panel.payment.reserve_button.click()
    wait_state(qtbot, panel, SaleState.RESERVED)
    body = panel.scroll_area.widget()
    viewport = panel.scroll_area.viewport().width()
    assert not panel.scroll_area.horizontalScrollBar().isVisible()
    assert body.minimumSizeHint().width() <= viewport, (body.minimumSizeHint(), viewport)
    assert body.width() <= viewport
