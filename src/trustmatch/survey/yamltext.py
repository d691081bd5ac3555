"""Write scenario YAML by hand, readable: comments at the end of lines, short lists on one line.

The survey import and ``trustmatch new`` write scenarios that people read and edit, so they
are written line by line rather than dumped: every value is a plain scalar when that reads back
as the same text, else a double-quoted one (a JSON string is a valid YAML double-quoted scalar).
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

import yaml

from trustmatch.survey.defaults import BUDGET, HOURS, needs_data, project_types_data

_PLAIN = re.compile(r"[A-Za-z0-9À-ɏ][A-Za-z0-9À-ɏ _.,()/+\-]*")
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff\ufeff]")
"""Characters a YAML stream may not contain as they are (JSON escapes the controls below 0x20)."""
COMMENT_COLUMN = 40
"""Column at which end-of-line comments start."""
LINE_WIDTH = 100
"""Longest line of wrapped lists."""


def scalar(value: Any, in_flow: bool = False) -> str:
    """Return a value as a YAML scalar: plain when that reads back the same, else quoted.

    Args:
        value: A string, number or boolean.
        in_flow: The scalar stands in a ``[...]`` list, where a comma would end it.
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    text = str(value)
    plain = _PLAIN.fullmatch(text) and not text.endswith(" ") and not (in_flow and "," in text)
    if plain and _reads_as_text(text):
        return text
    # A JSON string is a YAML double-quoted scalar; characters YAML may not hold as they are
    # (controls, and U+0085/U+2028/U+2029, which YAML reads as line breaks) are escaped.
    return _UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", json.dumps(text, ensure_ascii=False))


_RESOLVER = yaml.resolver.Resolver()


@cache
def _reads_as_text(text: str) -> bool:
    """Whether YAML reads ``text``, written plain, as that string (not a number, date, null)."""
    return _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == "tag:yaml.org,2002:str"


def flow(values: list[Any], start: str = "", width: int = LINE_WIDTH) -> str:
    """Return a list as a YAML flow sequence, wrapped to ``width`` after ``start``.

    Args:
        values: The items.
        start: What stands before the list on its line (``"    keywords: "``); continuation
            lines are indented two spaces more than it.
        width: Longest line wanted (a single long item may exceed it).
    """
    items = [scalar(value, in_flow=True) for value in values]
    indent = " " * (len(start) - len(start.lstrip()) + 2)
    lines, line = [], start + "["
    for position, item in enumerate(items):
        piece = item + ("," if position < len(items) - 1 else "]")
        if len(line) + len(piece) + 1 > width and not line.endswith("["):
            lines.append(line)
            line = indent + piece
        else:
            line += ("" if line.endswith("[") else " ") + piece
    if not items:
        line += "]"
    lines.append(line)
    return "\n".join(lines)[len(start):]


class Writer:
    """Collects the lines of a YAML text."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def line(self, text: str = "", comment: str = "") -> None:
        """Add a line, with ``comment`` at :data:`COMMENT_COLUMN` (or after the text)."""
        first, *rest = text.split("\n")
        if comment:
            first = first.ljust(COMMENT_COLUMN - 1) + " # " + comment if first else "# " + comment
        self.lines += [part.rstrip() for part in (first, *rest)]

    def comments(self, text: str) -> None:
        """Add comment lines, one per line of ``text``."""
        for part in text.split("\n"):
            self.lines.append(("# " + part).rstrip())

    def mapping(self, data: dict[str, Any], indent: str, comments: dict[str, str] | None = None,
                first_prefix: str | None = None) -> None:
        """Add a mapping; ``first_prefix`` (e.g. ``"  - "``) starts it as a list item."""
        comments = comments or {}
        for position, (key, value) in enumerate(data.items()):
            prefix = first_prefix if position == 0 and first_prefix is not None else indent
            comment = comments.get(key, "")
            if isinstance(value, dict) and value and all(
                    not isinstance(v, (dict, list)) for v in value.values()) and len(value) <= 3:
                inner = ", ".join(f"{k}: {scalar(v)}" for k, v in value.items())
                self.line(f"{prefix}{key}: {{{inner}}}", comment)
            elif isinstance(value, dict):
                self.line(f"{prefix}{key}:", comment)
                self.mapping(value, indent + "  ")
            elif isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value):
                self.line(f"{prefix}{key}: {flow(value, f'{prefix}{key}: ')}", comment)
            elif isinstance(value, list):
                self.line(f"{prefix}{key}:", comment)
                for item in value:
                    self.mapping(item, indent + "    ", first_prefix=indent + "  - ")
            else:
                self.line(f"{prefix}{key}: {scalar(value)}", comment)

    def text(self) -> str:
        """Return the lines as one text ending in a newline."""
        return "\n".join(self.lines) + "\n"




def default_blocks(lang: str, resources: tuple[str, ...] = (BUDGET, HOURS)) -> tuple[str, str]:
    """Return the default needs catalogue and project types as YAML list items (two blocks).

    Args:
        lang: Language of the labels.
        resources: The scenario's resources (uses of other resources are left out).

    Returns:
        The items of ``needs:`` and of ``project_types:``, indented by two spaces.
    """
    needs, kinds = Writer(), Writer()
    for need in needs_data(lang):
        needs.mapping(need, "    ", first_prefix="  - ")
    for kind in project_types_data(lang, resources):
        kinds.mapping(kind, "    ", first_prefix="  - ")
    return needs.text(), kinds.text()
