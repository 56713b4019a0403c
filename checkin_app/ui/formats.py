"""Times, dates, numbers, money and ages as the user's locale writes them, for display only.

The locale is Qt's default one (`QLocale()`), which `ui/language.py` sets at start-up from the
language chosen (a German door writes "19:42", "05.06.25", "25,00 €"). Files and machines keep
their own formats: the database, JSON and CSV never go through here.

Under the "C" locale (a computer with no locale set, e.g. CI) the app writes what it always
wrote: "19:42", "28 Nov 19:42", "2026-11-28 19:42", "25.00 USD".
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from checkin_app.domain.clock import parse_iso
from checkin_app.ui.i18n import PLURAL, tr

Money = str | Decimal | int | float


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage)


def _qdatetime(moment: datetime) -> QDateTime:
    """The wall-clock time of `moment` (no zone conversion by Qt)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def time_text(moment: datetime) -> str:
    """'19:42' (de, fr, he, C), '7:42 PM' (en_US)."""
    locale = _locale()
    if _is_c(locale):
        return moment.strftime("%H:%M")
    return locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def date_text(day: date) -> str:
    """'05.06.25' (de), '05/06/2025' (fr), '2025-06-05' (C)."""
    locale = _locale()
    if _is_c(locale):
        return day.strftime("%Y-%m-%d")
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_time_text(moment: datetime) -> str:
    """A date with its time: '05.06.25 19:42' (de), '2025-06-05 19:42' (C)."""
    if _is_c(_locale()):
        return moment.strftime("%Y-%m-%d %H:%M")
    return f"{date_text(moment.date())} {time_text(moment)}"


def day_time_text(moment: datetime) -> str:
    """A time of another day, short: '5. Juni 19:42' (de), '28 Nov 19:42' (C)."""
    locale = _locale()
    if _is_c(locale):
        return moment.strftime("%d %b %H:%M")
    day = QDate(moment.year, moment.month, moment.day)
    # Day and month in the locale's order (the year is obvious at a door).
    pattern = "MMM d" if _month_first(locale) else "d MMM"
    return f"{locale.toString(day, pattern)} {time_text(moment)}"


def weekday_time_text(moment: datetime) -> str:
    """A short weekday and the time: 'Fr. 19:42' (de), 'Fri 19:42' (C)."""
    locale = _locale()
    if _is_c(locale):
        return moment.strftime("%a %H:%M")
    day = QDate(moment.year, moment.month, moment.day)
    name = locale.dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{name} {time_text(moment)}"


def date_time_edit_format() -> str:
    """A QDateTimeEdit's display format in the locale's order, with the whole year:
    'dd.MM.yyyy HH:mm' (de), 'M/d/yyyy h:mm AP' (en_US), 'yyyy-MM-dd HH:mm' (C)."""
    locale = _locale()
    if _is_c(locale):
        return "yyyy-MM-dd HH:mm"
    day = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in day:
        day = day.replace("yy", "yyyy")
    return f"{day} {locale.timeFormat(QLocale.FormatType.ShortFormat)}"


def _month_first(locale: QLocale) -> bool:
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    month, day = short.find("M"), short.find("d")
    return 0 <= month < day


def local_time(iso: str | None, today: date | None = None) -> str:
    """An ISO instant in this computer's time zone: its time when it is today, else day and
    time; '' when the time is missing."""
    moment = parse_iso(iso)
    if moment is None:
        return ""
    local = moment.astimezone()
    if local.date() != (today or datetime.now().astimezone().date()):
        return day_time_text(local)
    return time_text(local)


def number_text(value: int) -> str:
    """'1.234' (de), '1 234' (fr), '1,234' (C: as the CLI and the app always wrote it)."""
    locale = _locale()
    return f"{value:,}" if _is_c(locale) else locale.toString(value)


def percent_text(value: float) -> str:
    """'42,5 %' (de, es, fr), '42.5%' (en, he, C); no decimals when there are none."""
    locale = _locale()
    if _is_c(locale):
        return f"{value:g}%"
    number = locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
    if locale.language() in (QLocale.Language.English, QLocale.Language.Hebrew):
        return f"{number}%"
    return f"{number}\u00a0{locale.percent()}"


def money_text(amount: Money | None, currency: str | None) -> str:
    """An amount in its currency: '25,00 €' (de, EUR), '25,00 USD' (de, USD), '$25.00' (en_US,
    USD), '25.00 USD' (C). The locale's own currency gets its symbol; any other keeps its
    ISO code, which cannot be mistaken. As many decimals as the amount was given with."""
    code = (currency or "").strip()
    text = str(amount if amount is not None else "").strip()
    locale = _locale()
    try:
        value = Decimal(text)
    except (InvalidOperation, ValueError):
        return f"{text} {code}".strip()
    if _is_c(locale) or not value.is_finite():
        return f"{text} {code}".strip()
    exponent = value.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if code and locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == code:
        symbol = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
        return locale.toCurrencyString(float(value), symbol, decimals)
    number = locale.toString(float(value), "f", decimals)
    return f"{number}\u00a0{code}" if code else number


def amounts_text(amounts: Mapping[str, Money], empty: str = "0") -> str:
    """Sums in several currencies: '25,00 €, 5,00 USD'; `empty` when there are none."""
    texts = [money_text(amount, currency) for currency, amount in amounts.items()]
    return ", ".join(texts) or empty


def age_text(seconds: float) -> str:
    """How long ago: '12 s ago', '5 min ago', '3 h ago', '2 days ago' (translated)."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return tr("Ages", "%n s ago", None, PLURAL, seconds)
    if seconds < 3600:
        minutes = seconds // 60
        return tr("Ages", "%n min ago", None, PLURAL, minutes)
    if seconds < 2 * 86400:
        hours = seconds // 3600
        return tr("Ages", "%n h ago", None, PLURAL, hours)
    days = seconds // 86400
    return tr("Ages", "%n days ago", None, PLURAL, days)
