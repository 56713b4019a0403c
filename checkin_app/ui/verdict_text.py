"""What the result card says for a verdict: headline, reason and actions, in plain words."""

from __future__ import annotations

from dataclasses import dataclass

from checkin_app.domain.models import Verdict, VerdictKind
from checkin_app.ui.formats import local_time
from checkin_app.ui.i18n import tr
from checkin_app.ui.reason_text import reason_text

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


def _headline(verdict: Verdict) -> tuple[str, str]:
    kind = verdict.kind
    if kind is VerdictKind.ADMITTED:
        return (
            "check",
            tr("ResultCard", "ADMIT (supervisor)")
            if verdict.override
            else tr("ResultCard", "ADMIT"),
        )
    table = {
        VerdictKind.ALREADY_CHECKED_IN: ("warning", tr("ResultCard", "ALREADY IN")),
        VerdictKind.PAYMENT_DUE: ("money", tr("ResultCard", "PAYMENT DUE")),
        VerdictKind.UNKNOWN_TICKET: ("cross", tr("ResultCard", "NOT ON THE LIST")),
        VerdictKind.WRONG_EVENT: ("cross", tr("ResultCard", "WRONG EVENT")),
        VerdictKind.CANCELED: ("cross", tr("ResultCard", "CANCELED")),
        VerdictKind.NOT_PAID: ("cross", tr("ResultCard", "NOT PAID")),
        VerdictKind.NOT_A_TICKET: ("cross", tr("ResultCard", "NOT A TICKET")),
        VerdictKind.LIST_INCOMPLETE: ("warning", tr("ResultCard", "LIST STILL LOADING")),
    }
    return table[kind]


def _reason(verdict: Verdict) -> str:
    kind = verdict.kind
    if kind is VerdictKind.ALREADY_CHECKED_IN:
        when = local_time(verdict.checked_in_at)
        where = verdict.checked_in_station
        if when and where:
            return tr("ResultCard", "Already checked in at {time} at {station}").format(
                time=when, station=where
            )
        if when:
            return tr("ResultCard", "Already checked in at {time}").format(time=when)
        return tr("ResultCard", "Already checked in")
    if kind is VerdictKind.PAYMENT_DUE and verdict.amount_due:
        # Why the money is due ("Pay at door", "Not paid online"), then how much (the
        # amount from the verdict's own fields, written as the locale writes money).
        why, said, _ = verdict.reason.partition(": collect")
        why = why if said and why else "Pay at door"
        money = f"{verdict.amount_due} {verdict.currency or ''}".strip()
        return reason_text(f"{why}: collect {money}")
    if kind is VerdictKind.NOT_A_TICKET:
        return tr("ResultCard", "This code is not a ticket for any event")
    # The service's reasons are plain English words ("Ticket canceled", "Not a ticket for
    # this event: Summer Gala"); the reason catalog puts them in the user's language.
    return reason_text(verdict.reason)


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
