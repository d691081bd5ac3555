"""Text that fits the terminal: paragraphs wrapped at word boundaries, tables within the width.

Commands build their output from these pieces so that nothing breaks mid-word at 80 columns and
no table is wider than the terminal (at most :data:`MAX_WIDTH` columns, so that lines stay
readable on a wide screen). The width is the terminal's (``COLUMNS`` when set, as click and the
shell do), and :data:`DEFAULT_WIDTH` when the output is not a terminal.
"""

from __future__ import annotations

import os
import re
import shutil
import textwrap
from collections.abc import Sequence

DEFAULT_WIDTH = 80
"""Width used when the output is not a terminal and ``COLUMNS`` is not set."""

MAX_WIDTH = 100
"""Lines never get longer than this, however wide the terminal."""

MIN_WIDTH = 40
"""Narrowest width laid out for (a narrower terminal wraps the lines itself)."""


def terminal_width() -> int:
    """Return the width to lay text out for: the terminal's, within 40 to 100 columns."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        width = int(columns)
    else:
        width = shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return max(MIN_WIDTH, min(width, MAX_WIDTH))


def _spaces(text: str) -> str:
    """Return text with runs of spaces and line breaks as one space; no-break spaces stay.

    ``str.split()`` would split at the no-break space that keeps ``1.500 €`` together.
    """
    return re.sub(r"[ \t\r\n]+", " ", text).strip()


def wrap(text: str, width: int, indent: str = "", hanging: str | None = None) -> list[str]:
    """Return ``text`` wrapped at word boundaries to ``width`` columns.

    Args:
        text: One paragraph (line breaks inside are treated as spaces).
        width: The line width.
        indent: Put before the first line.
        hanging: Put before every further line (default: as many spaces as ``indent``).

    Returns:
        The lines; words longer than a line (a long URL, a path) stay whole.
    """
    if hanging is None:
        hanging = " " * len(indent)
    return textwrap.wrap(
        _spaces(text), width=width, initial_indent=indent, subsequent_indent=hanging,
        break_long_words=False, break_on_hyphens=False,
    ) or [indent.rstrip()]


def table(
    header: Sequence[str], rows: Sequence[Sequence[str]], width: int,
    right: Sequence[int] = (), gap: int = 2,
) -> list[str]:
    """Return a plain-text table no wider than ``width``; long cells wrap within their column.

    Args:
        header: Column titles (wrapped like cells).
        rows: The cells, one sequence per row.
        width: The widest a line may be.
        right: Indexes of columns aligned to the right (numbers).
        gap: Spaces between columns.

    Returns:
        The table's lines: the header, a rule, then the rows.
    """
    count = len(header)
    natural = [max(len(str(cells[i])) for cells in [header, *rows]) for i in range(count)]
    # The longest word of a column is the least it needs; shrink the widest columns first.
    least = [
        max(max((len(word) for word in _spaces(str(cells[i])).split(" ")), default=1)
            for cells in [header, *rows])
        for i in range(count)
    ]
    widths = list(natural)
    available = width - gap * (count - 1)
    while sum(widths) > available:
        widest = max(range(count), key=lambda i: (widths[i] - least[i] > 0, widths[i]))
        if widths[widest] <= least[widest]:
            break  # nothing can shrink further: the terminal wraps the rest
        widths[widest] -= 1

    def lines_of(cells: Sequence[str]) -> list[str]:
        wrapped = [
            textwrap.wrap(str(cell), widths[i], break_long_words=False, break_on_hyphens=False)
            or [""]
            for i, cell in enumerate(cells)
        ]
        height = max(len(column) for column in wrapped)
        out = []
        for line in range(height):
            parts = []
            for i, column in enumerate(wrapped):
                text = column[line] if line < len(column) else ""
                parts.append(text.rjust(widths[i]) if i in right else text.ljust(widths[i]))
            out.append((" " * gap).join(parts).rstrip())
        return out

    rule = (" " * gap).join("-" * w for w in widths)
    lines = lines_of(header) + [rule]
    for cells in rows:
        lines += lines_of(cells)
    return lines


def split_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], width: int,
    right: Sequence[int] = (), keep: int = 1, gap: int = 2,
) -> list[str]:
    """Return a table as one or more tables that each fit ``width``, repeating the first columns.

    A table with many columns (the strategies over nine metrics) does not fit 80 columns even
    with every cell wrapped; it is then shown as several narrower tables, one under the other,
    each starting with the ``keep`` first columns (the row's name).

    Args:
        header: Column titles.
        rows: The cells.
        width: The widest a line may be.
        right: Indexes of columns aligned to the right.
        keep: How many leading columns every part repeats.
        gap: Spaces between columns.
    """
    def least(index: int) -> int:
        return max(max((len(word) for word in _spaces(str(cells[index])).split(" ")), default=1)
                   for cells in [header, *rows])

    parts: list[list[int]] = []
    current: list[int] = []
    used = sum(least(i) for i in range(keep)) + gap * keep
    for index in range(keep, len(header)):
        need = least(index) + gap
        if current and used + need > width:
            parts.append(current)
            current, used = [], sum(least(i) for i in range(keep)) + gap * keep
        current.append(index)
        used += need
    if current or not parts:
        parts.append(current)
    lines: list[str] = []
    for number, part in enumerate(parts):
        columns = list(range(keep)) + part
        if number:
            lines.append("")
        lines += table([header[i] for i in columns],
                       [[cells[i] for i in columns] for cells in rows], width,
                       right=[position for position, i in enumerate(columns) if i in right],
                       gap=gap)
    return lines
