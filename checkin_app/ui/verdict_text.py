"""What the result card says for a verdict: headline, reason and actions, in plain words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from checkin_app.domain.clock import parse_iso
from checkin_app.domain.models import Verdict, VerdictKind


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultCard", text)


# Colours chosen for contrast with their text colour (WCAG AA at large sizes and above);
# the icon and the words carry the meaning too, never the colour alone.
SEVERITY_STYLE = {
    "ok": ("#1b7f3b", "#ffffff"),
    "attention": ("#f2b01e", "#1a1a1a"),
    "rejected": ("#b3261e", "#ffffff"),
    "idle": ("#37474f", "#ffffff"),
}


@dataclass(frozen=True, slots=True)
class CardText:
    """The words of one card and which actions it offers."""

    severity: str  # ok | attention | rejected
    icon: str  # check | warning | money | cross
    headline: str
    guest: str
    ticket: str
    reason: str
    can_undo: bool
    can_collect: bool
    can_override: bool


def local_time(iso: str | None) -> str:
    """'19:42' in this computer's time zone, or '' when the time is missing."""
    moment = parse_iso(iso)
    if moment is None:
        return ""
    local = moment.astimezone()
    if local.date() != datetime.now().astimezone().date():
        return local.strftime("%d %b %H:%M")
    return local.strftime("%H:%M")


def _headline(verdict: Verdict) -> tuple[str, str]:
    kind = verdict.kind
    if kind is VerdictKind.ADMITTED:
        return ("check", tr("ADMIT (supervisor)") if verdict.override else tr("ADMIT"))
    table = {
        VerdictKind.ALREADY_CHECKED_IN: ("warning", tr("ALREADY IN")),
        VerdictKind.PAYMENT_DUE: ("money", tr("PAYMENT DUE")),
        VerdictKind.UNKNOWN_TICKET: ("cross", tr("NOT ON THE LIST")),
        VerdictKind.WRONG_EVENT: ("cross", tr("WRONG EVENT")),
        VerdictKind.CANCELED: ("cross", tr("CANCELED")),
        VerdictKind.NOT_PAID: ("cross", tr("NOT PAID")),
        VerdictKind.NOT_A_TICKET: ("cross", tr("NOT A TICKET")),
        VerdictKind.LIST_INCOMPLETE: ("warning", tr("LIST STILL LOADING")),
    }
    return table[kind]


def _reason(verdict: Verdict) -> str:
    kind = verdict.kind
    if kind is VerdictKind.ALREADY_CHECKED_IN:
        when = local_time(verdict.checked_in_at)
        where = verdict.checked_in_station
        if when and where:
            return tr("Already checked in at {time} at {station}").format(time=when, station=where)
        if when:
            return tr("Already checked in at {time}").format(time=when)
        return tr("Already checked in")
    if kind is VerdictKind.PAYMENT_DUE and verdict.amount_due:
        money = f"{verdict.amount_due} {verdict.currency or ''}".strip()
        # Why the money is due ("Pay at door", "Not paid online"), then how much.
        why, said, _ = verdict.reason.partition(": collect")
        why = why if said and why else "Pay at door"
        return tr("{why}: collect {money}").format(
            why=QCoreApplication.translate("Reasons", why), money=money
        )
    if kind is VerdictKind.NOT_A_TICKET:
        return tr("This code is not a ticket for any event")
    # The service's reasons are already plain words ("Ticket canceled", "Not a ticket for
    # this event: Summer Gala"); they go through tr() so a translation can replace them.
    return QCoreApplication.translate("Reasons", verdict.reason)


def card_text(verdict: Verdict) -> CardText:
    icon, headline = _headline(verdict)
    severity = verdict.kind.severity
    return CardText(
        severity=severity,
        icon=icon,
        headline=headline,
        guest=verdict.guest_name,
        ticket=verdict.ticket_name,
        reason=_reason(verdict),
        can_undo=verdict.admitted and verdict.scan_id is not None,
        can_collect=verdict.kind is VerdictKind.PAYMENT_DUE,
        can_override=not verdict.admitted and verdict.kind is not VerdictKind.NOT_A_TICKET,
    )
