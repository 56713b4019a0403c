"""Money as the door shows it: amounts per currency in one line."""

from __future__ import annotations

from collections.abc import Mapping


def format_amounts(amounts: Mapping[str, str], empty: str = "0") -> str:
    """`{"USD": "25.00", "EUR": "5.00"}` → `25.00 USD, 5.00 EUR`; `empty` when there are none."""
    return (
        ", ".join(f"{amount} {currency}".strip() for currency, amount in amounts.items()) or empty
    )
