"""Edit a scenario's YAML the way a person would: change the values, keep everything else.

The app changes scenario files that people also edit by hand, so an edit must keep their
comments, key order, quoting and layout. ``ruamel.yaml`` round-trips comments and order, but it
re-flows flow-style collections (``{id: a, name: B}`` spread over several lines) and may shift
indentation it has to guess. So the edited document is dumped, and then only the parts that
really changed are taken from the dump: every top-level section (and every item of a top-level
list) whose data did not change keeps its original lines byte for byte. The spliced text is read
back and compared with the intended data; if they differ in any way the plain dump is used.

The text is always read by trustmatch's safe reader first (:func:`load_scenario_text` applies
the size, nesting, alias and tag limits), so ruamel only ever sees text that passed them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

_KEY_LINE = re.compile(r"^\s*[^\s#\-][^:#]*:\s*(#.*)?$")


def _mapping_indent(text: str) -> int:
    lines = [line for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    for above, below in zip(lines, lines[1:], strict=False):
        above_indent = len(above) - len(above.lstrip())
        below_indent = len(below) - len(below.lstrip())
        if _KEY_LINE.match(above) and below_indent > above_indent \
                and not below.lstrip().startswith("- "):
            return below_indent - above_indent
    return 2


def _yaml_for(text: str) -> YAML:
    _, sequence_indent, offset = load_yaml_guess_indent(text)
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's long lines
    yaml.indent(mapping=_mapping_indent(text), sequence=sequence_indent or 2, offset=offset or 0)
    return yaml


def plain(value: Any) -> Any:
    """Return ruamel data as plain dicts, lists and scalars (for comparing documents)."""
    if isinstance(value, dict):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def load(text: str) -> CommentedMap:
    """Return the round-trip document of a scenario's text (a mapping)."""
    data = _yaml_for(text).load(text)
    if not isinstance(data, CommentedMap):
        raise ValueError("the scenario is not a mapping")
    return data


def edit(text: str, change: Callable[[CommentedMap], None]) -> str:
    """Return ``text`` with ``change`` applied to its document, layout and comments kept.

    Args:
        text: The scenario's YAML text (already accepted by the safe reader).
        change: Changes the round-trip document in place.
    """
    original = load(text)
    edited = load(text)
    change(edited)
    stream = io.StringIO()
    _yaml_for(text).dump(edited, stream)
    dumped = stream.getvalue()
    spliced = _splice(text, original, dumped)
    if spliced is not None and plain(load(spliced)) == plain(edited):
        return spliced
    return dumped


def _lines_of_keys(data: CommentedMap) -> list[tuple[str, int]]:
    return [(str(key), data.lc.key(key)[0]) for key in data]


def _splice(text: str, original: CommentedMap, dumped: str) -> str | None:
    """Return ``dumped`` with every unchanged section and list item taken from ``text``."""
    try:
        new = load(dumped)
    except Exception:  # noqa: BLE001 - any doubt: use the plain dump
        return None
    old_lines = text.splitlines(keepends=True)
    new_lines = dumped.splitlines(keepends=True)
    old_keys = _lines_of_keys(original)
    new_keys = _lines_of_keys(new)
    if not new_keys:
        return None
    old_blocks = _blocks(old_keys, len(old_lines))
    new_blocks = _blocks(new_keys, len(new_lines))
    out = old_lines[: old_keys[0][1]] if old_keys else []
    for key, (start, end) in new_blocks.items():
        if key in old_blocks and plain(original[key]) == plain(new[key]):
            old_start, old_end = old_blocks[key]
            out += old_lines[old_start:old_end]
        elif key in old_blocks and isinstance(original[key], CommentedSeq) \
                and isinstance(new[key], CommentedSeq) and len(original[key]) and len(new[key]):
            out += _splice_items(original[key], new[key], old_lines, new_lines,
                                 old_blocks[key], (start, end))
        else:
            out += new_lines[start:end]
    if out and not out[-1].endswith("\n"):
        out[-1] += "\n"
    return "".join(out)


def _blocks(keys: list[tuple[str, int]], total: int) -> dict[str, tuple[int, int]]:
    blocks = {}
    for index, (key, line) in enumerate(keys):
        end = keys[index + 1][1] if index + 1 < len(keys) else total
        blocks[key] = (line, end)
    return blocks


def _splice_items(
    old: CommentedSeq, new: CommentedSeq, old_lines: list[str], new_lines: list[str],
    old_block: tuple[int, int], new_block: tuple[int, int],
) -> list[str]:
    def item_blocks(seq: CommentedSeq, block: tuple[int, int]) -> list[tuple[int, int]]:
        starts = [seq.lc.item(i)[0] for i in range(len(seq))]
        return [(s, starts[i + 1] if i + 1 < len(starts) else block[1])
                for i, s in enumerate(starts)]

    old_items = item_blocks(old, old_block)
    new_items = item_blocks(new, new_block)
    out = old_lines[old_block[0]: old_items[0][0]]
    unused = list(range(len(old)))
    old_plain = [plain(item) for item in old]
    for index, item in enumerate(new):
        value = plain(item)
        match = next((i for i in unused if old_plain[i] == value), None)
        if match is not None:
            unused.remove(match)
            start, end = old_items[match]
            out += old_lines[start:end]
        else:
            start, end = new_items[index]
            out += new_lines[start:end]
    return out


def number(value: float) -> int | float:
    """Return a whole number as ``int`` (``30000`` rather than ``30000.0`` in the file)."""
    return int(value) if float(value).is_integer() else float(value)


def set_or_remove(mapping: CommentedMap, key: str, value: Any) -> None:
    """Set ``mapping[key]``, or remove the key when ``value`` is None (back to the default)."""
    if value is None:
        if key in mapping:
            del mapping[key]
    elif key not in mapping or plain(mapping[key]) != plain(value):
        mapping[key] = value


def flow_list(items: list[Any]) -> CommentedSeq:
    """Return a list written in flow style (``[a, b]``), as scenario files write short lists."""
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq
