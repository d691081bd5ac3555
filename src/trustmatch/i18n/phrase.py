"""Sentences decided now, written later: a catalogue key with its values, rendered per language.

Validation finds problems long before anyone knows in which language they will be read (a
scenario is loaded by the CLI, the web app, a notebook). A :class:`Phrase` keeps the catalogue
key and the values, so the one formatter that shows the problem writes it in the reader's
language; ``str(phrase)`` is the English text, for logs and code that wants a plain string.

Values may themselves be phrases (a hint, a value shown in words such as "nothing (empty)") or
:class:`Joined` pieces; numbers are written with the language's separators.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from trustmatch.i18n import format_number, message


class Renderable(Protocol):
    """Anything that writes itself in a language."""

    def render(self, lang: str) -> str:
        """Return the text in ``lang``."""
        ...


def render_value(value: Any, lang: str) -> str:
    """Return one value of a phrase as text in ``lang``.

    Phrases and joined pieces render themselves; numbers get the language's separators
    (``0,5`` / ``0.5``); anything else is written as ``str(value)``.
    """
    if hasattr(value, "render"):
        return value.render(lang)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return format_number(value, lang)
    if isinstance(value, float):
        digits = 0 if value.is_integer() else min(len(repr(value).split(".")[-1]), 6)
        return format_number(value, lang, digits) if "e" not in repr(value) else f"{value:g}"
    return str(value)


@dataclass(frozen=True)
class Phrase:
    """A catalogue key and its values, written in a language only when it is shown.

    Attributes:
        key: The catalogue key.
        values: The placeholders' values as ``(name, value)`` pairs.
        count: Chooses the plural form (and fills ``{count}``), or None.
    """

    key: str
    values: tuple[tuple[str, Any], ...] = ()
    count: float | None = None

    def render(self, lang: str) -> str:
        """Return the sentence in ``lang``."""
        values = {name: render_value(value, lang) for name, value in self.values}
        return message(self.key, lang, count=self.count, **values)

    def value(self, name: str, default: Any = None) -> Any:
        """Return the value given for the placeholder ``name``."""
        return dict(self.values).get(name, default)

    def __str__(self) -> str:
        return self.render("en")


def say(key: str, /, count: float | None = None, **values: Any) -> Phrase:
    """Return the phrase ``key`` with its values: ``say("scenario.finding.no_file")``."""
    return Phrase(key, tuple(values.items()), count)


@dataclass(frozen=True)
class Joined:
    """Pieces written one after the other (texts, phrases), with an optional separator.

    Attributes:
        parts: The pieces; empty ones are left out.
        separator: What stands between two pieces (a text or a phrase).
    """

    parts: tuple[Any, ...]
    separator: Any = ""

    def render(self, lang: str) -> str:
        """Return the pieces in ``lang``."""
        texts = [render_value(part, lang) for part in self.parts]
        return render_value(self.separator, lang).join(text for text in texts if text)

    def __bool__(self) -> bool:
        """Whether anything is written (so ``listing(names) or "none"`` works)."""
        return any(part != "" for part in self.parts)

    def __str__(self) -> str:
        return self.render("en")


def joined(parts: Iterable[Any], separator: Any = "") -> Joined:
    """Return :class:`Joined` pieces."""
    return Joined(tuple(parts), separator)


@dataclass(frozen=True)
class Number:
    """A number written with a fixed count of decimals in the language's style (``10,0``).

    Attributes:
        value: The number.
        digits: Decimals to show.
    """

    value: float
    digits: int = 0

    def render(self, lang: str) -> str:
        """Return the number in ``lang``."""
        return format_number(self.value, lang, self.digits)


class PhraseError(ValueError):
    """A ``ValueError`` whose message is a phrase (raised in validators, shown per language).

    Args:
        phrase: What is wrong.
    """

    def __init__(self, phrase: Phrase):
        self.phrase = phrase
        super().__init__(phrase.render("en"))


def text_of(value: Any, lang: str | None = None) -> str:
    """Return a phrase, joined pieces or a plain text in ``lang`` (English when None)."""
    return render_value(value, lang or "en")
