"""Reading form fields: numbers, choices and names, each problem worded for the field it is in.

A :class:`FieldErrors` collects one message per field (in the manager's language) so that the
page can show it beside the field; a form is applied to the file only when it has none.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping

from trustmatch.i18n import Messages


class FieldErrors(dict):
    """Field name → message (the first problem of each field is kept)."""

    def add(self, field: str, message: str) -> None:
        """Record a problem of ``field`` unless it already has one."""
        self.setdefault(field, message)


class FormReader:
    """Read the fields of one submitted form, collecting problems.

    Args:
        values: The submitted fields (name → text).
        say: The manager's message catalogue.
    """

    def __init__(self, values: Mapping[str, str], say: Messages):
        self.values = values
        self.say = say
        self.errors = FieldErrors()

    def text(self, field: str, *, required: bool = True, max_length: int = 300) -> str | None:
        """Return the trimmed text of ``field`` (None when empty and not required)."""
        value = " ".join(str(self.values.get(field, "")).split())
        if not value:
            if required:
                self.errors.add(field, self.say("app.field.required"))
            return None
        if len(value) > max_length:
            self.errors.add(field, self.say("app.field.too_long", limit=max_length))
            return None
        return value

    def number(
        self,
        field: str,
        *,
        minimum: float | None = None,
        maximum: float | None = None,
        above: float | None = None,
        integer: bool = False,
        required: bool = True,
    ) -> float | None:
        """Return the number in ``field`` (``1.500,5`` and ``1,500.5`` both read as 1500.5).

        Args:
            field: Field name.
            minimum: Smallest allowed value (inclusive).
            maximum: Largest allowed value (inclusive).
            above: The value must be greater than this.
            integer: Only whole numbers.
            required: An empty field is a problem (else None is returned).
        """
        raw = str(self.values.get(field, "")).strip().replace("\u00a0", "").replace(" ", "")
        if not raw:
            if required:
                self.errors.add(field, self.say("app.field.required"))
            return None
        value = parse_number(raw)
        if value is None or not math.isfinite(value):
            self.errors.add(field, self.say("app.field.not_a_number"))
            return None
        if integer and not float(value).is_integer():
            self.errors.add(field, self.say("app.field.whole_number"))
            return None
        shown = self.say.number(value, 0 if float(value).is_integer() else 2)
        if minimum is not None and value < minimum:
            self.errors.add(field, self.say("app.field.at_least",
                                            limit=self.say.number(minimum, _digits(minimum)),
                                            value=shown))
            return None
        if maximum is not None and value > maximum:
            self.errors.add(field, self.say("app.field.at_most",
                                            limit=self.say.number(maximum, _digits(maximum)),
                                            value=shown))
            return None
        if above is not None and value <= above:
            self.errors.add(field, self.say("app.field.above",
                                            limit=self.say.number(above, _digits(above)),
                                            value=shown))
            return None
        return int(value) if integer else value

    def choice(self, field: str, allowed: Iterable[str], *, required: bool = True) -> str | None:
        """Return the value of a drop-down field if it is one of ``allowed``."""
        value = str(self.values.get(field, "")).strip()
        if not value and not required:
            return None
        if value not in set(allowed):
            self.errors.add(field, self.say("app.field.choose"))
            return None
        return value

    def identifiers(self, field: str) -> list[str]:
        """Return a comma-separated list of short names (``machinery, software``) as ids."""
        raw = str(self.values.get(field, ""))
        items = [slug(part) for part in raw.split(",") if part.strip()]
        if any(not item for item in items):
            self.errors.add(field, self.say("app.field.names"))
            return []
        return list(dict.fromkeys(items))


def _digits(value: float) -> int:
    return 0 if float(value).is_integer() else 2


_GROUPED = re.compile(r"^[+-]?\d{1,3}([.,]\d{3})+([.,]\d+)?$")


def parse_number(raw: str) -> float | None:
    """Read a number written the German or the English way (None if it is none).

    ``1500``, ``1500.5``, ``1500,5``, ``1.500,5`` and ``1,500.5`` are all understood; a single
    separator followed by exactly three digits (``1.500``) is read as a thousands separator.
    """
    text = raw.strip()
    if not re.fullmatch(r"[+-]?[\d.,]+", text) or not any(c.isdigit() for c in text):
        return None
    if _GROUPED.match(text):
        decimal = None
        last = max(text.rfind("."), text.rfind(","))
        separators = {c for c in text if c in ".,"}
        if len(separators) == 2:
            decimal = text[last]
        elif len(text) - last - 1 != 3:
            decimal = text[last]
        if decimal is not None:
            grouping = "," if decimal == "." else "."
            text = text.replace(grouping, "").replace(decimal, ".")
        else:
            text = text.replace(".", "").replace(",", "")
    else:
        if text.count(",") + text.count(".") > 1:
            return None
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def slug(text: str) -> str:
    """Return a readable id made from a name (``Zimmerei Faller`` → ``zimmerei-faller``)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60]


def unique_id(base: str, taken: Iterable[str]) -> str:
    """Return ``base``, or ``base-2``, ``base-3``... whichever is not taken yet."""
    existing = set(taken)
    candidate = base or "item"
    number = 2
    while candidate in existing:
        candidate = f"{base}-{number}"
        number += 1
    return candidate
