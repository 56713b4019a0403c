"""The door's reasons ("Ticket canceled", "Not a ticket for this event: Gala") in the user's
language.

The domain and the services write a verdict's reason in English: the scan log keeps it so,
and `check-in --json`, the CSV export and the CLI print it as is. The GUI shows it through
this catalog: every template the domain and services write is listed here, marked for
translation, and an English reason is matched against the templates (placeholders and all)
and rebuilt from the translated one. tests/unit/test_reason_text.py fails when the domain
writes a reason this catalog does not know.

Placeholders: `{reason}` is itself a reason (translated in turn), `{money}` an amount and its
currency (written as the locale writes money), `{age}` how long ago ('5 min ago'), anything
a count ('{received}', '{total}') is written as the locale writes numbers, anything
else ('{event}', '{station}') is a name and stays as it is.
"""

from __future__ import annotations

import re

from checkin_app.ui.formats import age_text, money_text, number_text
from checkin_app.ui.i18n import QT_TRANSLATE_NOOP
from checkin_app.ui.text_catalog import TextCatalog

CONTEXT = "Reasons"

TEMPLATES: tuple[str, ...] = (
    # The order statuses (domain/verdicts.py, ORDER_STATUS_RULES)
    QT_TRANSLATE_NOOP("Reasons", "Paid"),
    QT_TRANSLATE_NOOP("Reasons", "Free ticket"),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Admitted with a warning: paid, but the payment gateway suspended the payment",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Payment suspended by the payment gateway: not admitted (organizer's setting)",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons",
        "Admitted with a warning: card authorised, not yet charged (can still be voided)",
    ),
    QT_TRANSLATE_NOOP(
        "Reasons", "Card only authorised, not charged: not admitted (organizer's setting)"
    ),
    QT_TRANSLATE_NOOP("Reasons", "Pay at door"),
    QT_TRANSLATE_NOOP("Reasons", "Not paid online"),
    QT_TRANSLATE_NOOP("Reasons", "Order only partly paid"),
    QT_TRANSLATE_NOOP("Reasons", "Order canceled"),
    QT_TRANSLATE_NOOP("Reasons", "Payment declined"),
    QT_TRANSLATE_NOOP("Reasons", "Payment voided"),
    QT_TRANSLATE_NOOP("Reasons", "Order status unknown"),
    # The ticket itself (domain/verdicts.py, decide)
    QT_TRANSLATE_NOOP(
        "Reasons", "Archived by the organizer (hidden from Wix's order list, not canceled)"
    ),
    QT_TRANSLATE_NOOP("Reasons", "Not a ticket for this event"),
    QT_TRANSLATE_NOOP("Reasons", "Not a ticket for this event: {event}"),
    QT_TRANSLATE_NOOP("Reasons", "Ticket not on the guest list"),
    QT_TRANSLATE_NOOP("Reasons", "Ticket not on the guest list (guest list updated {age})"),
    QT_TRANSLATE_NOOP("Reasons", "Guest list not downloaded yet — check by name"),
    QT_TRANSLATE_NOOP(
        "Reasons", "Guest list still downloading ({received} of {total}) — check by name"
    ),
    QT_TRANSLATE_NOOP("Reasons", "Ticket no longer on the guest list"),
    QT_TRANSLATE_NOOP("Reasons", "Ticket canceled"),
    QT_TRANSLATE_NOOP("Reasons", "Already checked in"),
    QT_TRANSLATE_NOOP("Reasons", "Already checked in at {station}"),
    QT_TRANSLATE_NOOP("Reasons", "{reason}: collect {money}"),
    QT_TRANSLATE_NOOP("Reasons", "Not a ticket code"),
    # What the check-in service writes (services/checkin.py)
    QT_TRANSLATE_NOOP("Reasons", "Admitted by supervisor (was: {reason})"),
    QT_TRANSLATE_NOOP("Reasons", "Payment collected: {money}"),
    QT_TRANSLATE_NOOP("Reasons", "Check-in undone"),
    # A ticket's standing in the guest search (services/search.py)
    QT_TRANSLATE_NOOP("Reasons", "No longer on the guest list"),
    QT_TRANSLATE_NOOP("Reasons", "Canceled"),
    QT_TRANSLATE_NOOP("Reasons", "Archived"),
)

_AGE = re.compile(r"(\d+) (s|min|h|days) ago")
_AGE_SECONDS = {"s": 1, "min": 60, "h": 3600, "days": 86400}
_MONEY = re.compile(r"(-?\d+(?:\.\d+)?)(?:\s+([A-Z]{3}))?")


def _value(name: str, text: str) -> str:
    if name == "reason":
        return reason_text(text)
    if name == "money":
        found = _MONEY.fullmatch(text.strip())
        return money_text(found.group(1), found.group(2)) if found else text
    if name in ("received", "total") and text.replace(",", "").isdigit():
        return number_text(int(text.replace(",", "")))
    if name == "age":
        found = _AGE.fullmatch(text.strip())
        if found:
            return age_text(int(found.group(1)) * _AGE_SECONDS[found.group(2)])
    return text


REASONS = TextCatalog(CONTEXT, TEMPLATES, _value)


def match_reason(reason: str) -> str | None:
    """The catalog template `reason` was written from, or None when it is not in the catalog."""
    return REASONS.match(reason)


def reason_text(reason: str) -> str:
    """`reason` in the user's language (as it is when the catalog does not know it)."""
    return REASONS.translate(reason)
