"""Translate English texts that other layers wrote, by the templates they were written from.

The domain, the services and sync write their messages in English (logs, the CLI and JSON
keep them so). A catalog lists each template once, marked for translation with
`QT_TRANSLATE_NOOP(context, template)` so that lupdate collects it; `translate(text)` finds
the template a text was written from (placeholders and all) and rebuilds the text from the
translated template. A text no template matches is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from checkin_app.ui.i18n import tr_marked

PLACEHOLDER = re.compile(r"\{(\w+)\}")

# (placeholder name, the English text it holds) -> that text for the user
ValueText = Callable[[str, str], str]


def _as_is(_name: str, text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class _Pattern:
    template: str
    regex: re.Pattern[str]


@dataclass
class TextCatalog:
    context: str
    templates: tuple[str, ...]
    value_text: ValueText = _as_is  # how a placeholder's own text is shown
    _cache: dict[str, str | None] = field(default_factory=dict, repr=False)

    @cached_property
    def _patterns(self) -> tuple[_Pattern, ...]:
        """Templates without placeholders first (exact), then the longest literal first, so
        that "Ticket not on the guest list (guest list updated {age})" wins over a shorter
        template that would also match."""

        def literal_length(template: str) -> int:
            return len(PLACEHOLDER.sub("", template))

        ordered = sorted(
            self.templates, key=lambda t: (bool(PLACEHOLDER.search(t)), -literal_length(t))
        )
        return tuple(_Pattern(t, compile_template(t)) for t in ordered)

    def match(self, text: str) -> str | None:
        """The template `text` was written from, or None."""
        if text not in self._cache:
            found = next((p.template for p in self._patterns if p.regex.match(text)), None)
            if len(self._cache) > 2000:  # texts carry names and amounts: keep it bounded
                self._cache.clear()
            self._cache[text] = found
        return self._cache[text]

    def translate(self, text: str) -> str:
        """`text` in the user's language (as it is when no template matches)."""
        template = self.match(text)
        if template is None:
            return text
        found = compile_template(template).match(text)
        assert found is not None
        values = {name: self.value_text(name, value) for name, value in found.groupdict().items()}
        return tr_marked(self.context, template).format(**values)


def compile_template(template: str) -> re.Pattern[str]:
    """'Cannot write {path}: {error}.' -> a regex with one named group per placeholder."""
    parts = PLACEHOLDER.split(template)  # literal, name, literal, name, …
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)" for i, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$", re.DOTALL)


def shape(template: str) -> str:
    """The template with every placeholder as `{}` (to compare with a service's f-string)."""
    return PLACEHOLDER.sub("{}", template)


def shapes(templates: Iterable[str]) -> set[str]:
    return {shape(t) for t in templates}
