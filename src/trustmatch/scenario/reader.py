"""Read YAML safely into plain data, remembering where every value stands in the file.

Scenario files come from consultants and clients, sometimes by e-mail, so the reader treats them
as hostile: it never constructs objects from tags, and it stops with a located message at a size
limit, a limit on values after alias expansion ("billion laughs") and a nesting limit. It walks the
parser's event stream without recursion, so a deeply nested file cannot exhaust the stack, and
records the line and column of every value and every key by its dotted path, so later steps
(validation, cross-reference checks, overrides) can point at the exact place of a problem.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.resolver import Resolver

from trustmatch.errors import Problem, ScenarioError

try:  # libyaml's parser is about ten times faster; the events are the same
    from yaml import CSafeLoader as _FastParser
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    _FastParser = None

MAX_FILE_BYTES = 10 * 1024 * 1024
"""Largest scenario file accepted (a synthetic cluster of 10,000 actors takes about 3 MB)."""
MAX_VALUES = 2_000_000
"""Largest number of values (scalars, lists, mappings) after expanding aliases."""
MAX_ALIAS_VALUES = 20_000
"""Largest number of values that aliases (``*name``) may add by repeating anchored parts."""
MAX_DEPTH = 40
"""Deepest nesting of lists and mappings (a scenario needs about 6 levels)."""

PathKey = tuple[str | int, ...]
"""A dotted path as a tuple: mapping keys are strings, list positions integers."""

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_YAML + name for name in ("str", "int", "float", "bool", "null")}
_KEEP_AS_TEXT = {_YAML + name for name in ("timestamp", "value", "merge")}
_RESOLVER = Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


@dataclass(frozen=True)
class Location:
    """Where a value stands: file, 1-based line and column (None when not in a file)."""

    file: str
    line: int | None = None
    column: int | None = None


@dataclass
class Marks:
    """Locations of values and keys by dotted path, with fallback to the nearest located parent.

    Attributes:
        values: Path -> location of the value at that path.
        keys: Path -> location of the mapping key naming that path.
        default: Location used when nothing on the path is located.
    """

    values: dict[PathKey, Location] = field(default_factory=dict)
    keys: dict[PathKey, Location] = field(default_factory=dict)
    default: Location = Location("<input>")

    def locate(self, path: PathKey, prefer_key: bool = False) -> Location:
        """Return the location of ``path`` or of its nearest located parent.

        Args:
            path: The dotted path as a tuple.
            prefer_key: Point at the key naming the value (e.g. for an unknown key).
        """
        if prefer_key and path in self.keys:
            return self.keys[path]
        for end in range(len(path), -1, -1):
            found = self.values.get(path[:end])
            if found is not None:
                return found
        return self.default

    def replace_subtree(self, path: PathKey, source: Marks, source_path: PathKey) -> None:
        """Point ``path`` and everything under it at the locations of ``source_path`` in ``source``.

        Used when an override replaces a value: problems in the new value then point at the
        override's definition rather than at the value it replaced.
        """
        depth = len(path)
        for table in (self.values, self.keys):
            for stale in [p for p in table if p[:depth] == path and len(p) > depth]:
                del table[stale]
        top = source.locate(source_path)
        n = len(source_path)
        moved = [
            (target, path + found[n:], where)
            for table, target in ((source.values, self.values), (source.keys, self.keys))
            for found, where in table.items()
            if len(found) > n and found[:n] == source_path
        ]
        self.values[path] = top
        for target, found, where in moved:
            target[found] = where


@dataclass
class Document:
    """Plain data read from YAML text and where each value stands.

    Attributes:
        data: The value of the document (dicts, lists, str, int, float, bool, None).
        marks: Locations of every value and key by dotted path.
    """

    data: Any
    marks: Marks


def dotted(path: PathKey) -> str:
    """Return a path tuple as the dotted text shown to users (``actors.3.needs.0.weight``)."""
    return ".".join(str(part) for part in path)


def readable_path(path: PathKey, data: Any = None) -> str:
    """Return a path for people: list entries counted from 1 and named by id where they have one.

    ``("actors", 2, "needs", 0, "weight")`` becomes ``actors #3 (optik-nord) › needs #1 › weight``
    and ``("resources", "budget_eur")`` stays ``resources.budget_eur`` (the dotted, 0-based form
    stays in JSON and in ``--set``).

    Args:
        path: The path tuple.
        data: The scenario's raw data, to look up the ids of list entries (optional).
    """
    text = ""
    node = data
    after_position = False
    for step in path:
        if isinstance(step, int):
            entry = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
            ident = entry.get("id") if isinstance(entry, dict) else None
            label = f"#{step + 1}" + (f" ({ident})" if isinstance(ident, str) and ident else "")
            separator = " › " if after_position else " "
            text = f"{text}{separator}{label}" if text else label
            node, after_position = entry, True
        else:
            separator = " › " if after_position else "."
            text = f"{text}{separator}{step}" if text else str(step)
            node = node.get(step) if isinstance(node, dict) else None
            after_position = False
    return text


def read_file(path: Path, display: str | None = None) -> tuple[Document, bytes]:
    """Read a YAML file within the size limit.

    Args:
        path: File to read.
        display: Name to show in messages (default: the path as given).

    Returns:
        The document and the file's raw bytes (for hashing).

    Raises:
        ScenarioError: The file cannot be read, is too large or is not valid, safe YAML.
    """
    name = display if display is not None else str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _error(
                Location(name, 1, 1),
                f"the file is {size / 1024 / 1024:.1f} MB; scenario files are limited to "
                f"{MAX_FILE_BYTES // 1024 // 1024} MB",
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _error(Location(name), "is a folder, not a scenario file") from None
    except FileNotFoundError:
        raise _error(Location(name), "no such file") from None
    except OSError as error:
        raise _error(Location(name), f"cannot be read: {error.strerror or error}") from None
    if len(raw) > MAX_FILE_BYTES:  # the file grew while we read it
        raise _error(Location(name, 1, 1), "the file is larger than the limit for scenario files")
    return read_text(_decode(raw, name), name), raw


def read_text(text: str, name: str = "<input>") -> Document:
    """Parse YAML text (one document) into plain data with locations.

    Args:
        text: The YAML text.
        name: File name shown in messages.

    Raises:
        ScenarioError: The text is empty, not valid YAML, uses tags, is too big or too deep.
    """
    if len(text) > MAX_FILE_BYTES:
        raise _error(Location(name, 1, 1), "the text is larger than the limit for scenario files")
    builder = _Builder(name)
    try:
        for event in _events(text):
            builder.feed(event)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise _error(_mark(name, mark), _yaml_message(error, _char_at(text, mark))) from None
    except yaml.YAMLError as error:  # pragma: no cover - every parser error carries a mark
        raise _error(Location(name), f"not valid YAML: {error}") from None
    return builder.document()


def _decode(raw: bytes, name: str) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise _error(
            Location(name, line, column),
            "this is not a text file in UTF-8 (byte "
            f"0x{raw[error.start]:02x} cannot be read); save the scenario as UTF-8 text",
        ) from None
    position = text.find("\x00")
    if position >= 0:
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        raise _error(
            Location(name, line, column),
            "the file contains a NUL character: it looks like a binary file, not YAML text",
        )
    return text


def _events(text: str) -> Iterator[yaml.Event]:
    if _FastParser is not None:
        parser = _FastParser(text)
        try:
            while parser.check_event():
                yield parser.get_event()
        finally:
            parser.dispose()
    else:  # pragma: no cover - pure-Python fallback
        yield from yaml.parse(text, Loader=yaml.SafeLoader)


def _mark(name: str, mark: Any) -> Location:
    if mark is None:
        return Location(name)
    return Location(name, mark.line + 1, mark.column + 1)


def _error(where: Location, message: str, path: PathKey = ()) -> ScenarioError:
    problem = Problem(where.file, where.line, where.column, dotted(path), message)
    return ScenarioError([problem], summary=f"{where.file} cannot be read")


def _char_at(text: str, mark: Any) -> str:
    if mark is None:
        return ""
    lines = text.split("\n")
    if mark.line >= len(lines):
        return ""
    line = lines[mark.line]
    return line[mark.column] if mark.column < len(line) else ""


def _yaml_message(error: yaml.MarkedYAMLError, char: str) -> str:
    problem = error.problem or "invalid YAML"
    if char == "\t" or "\\t" in problem:
        return "not valid YAML: a tab character here; YAML indentation must use spaces, not tabs"
    if "nesting depth" in problem:
        return f"nested far too deeply (more than {MAX_DEPTH} levels); a scenario needs about 6"
    parts = [problem]
    if error.context:
        parts.append(f"({error.context})")
    return "not valid YAML: " + " ".join(parts)


@dataclass
class _Frame:
    """A list or mapping being built."""

    container: dict[str, Any] | list[Any]
    path: PathKey
    location: Location
    anchor: str | None
    first_value: int
    height: int = 1  # levels of lists and mappings, this one included
    key: str | None = None
    seen: dict[str, Location] = field(default_factory=dict)
    merges: list[tuple[Any, Location]] = field(default_factory=list)


class _Builder:
    """Turns parser events into plain data, one event at a time (no recursion)."""

    def __init__(self, name: str):
        self.name = name
        self.marks = Marks(default=Location(name, 1, 1))
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}  # value, values inside, height
        self.values = 0
        self.alias_values = 0
        self.documents = 0
        self.result: Any = None

    # -- events -------------------------------------------------------------------------------
    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, yaml.DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise _error(
                    _mark(self.name, event.start_mark),
                    "a second YAML document starts here ('---'); a scenario file holds exactly "
                    "one document",
                )
        elif isinstance(event, yaml.ScalarEvent):
            if self._expecting_key():
                self._take_key(event)
            else:
                self._count(1, event)
                self._place(self._scalar(event), event, height=0)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            self._start(event)
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            self._end()
        elif isinstance(event, yaml.AliasEvent):
            self._alias(event)

    def document(self) -> Document:
        if self.documents == 0:
            raise _error(
                Location(self.name, 1, 1),
                "the file is empty; a scenario needs at least 'name' and 'actors' "
                "(`trustmatch new FILE` writes a starter)",
            )
        return Document(self.result, self.marks)

    # -- helpers ------------------------------------------------------------------------------
    def _where(self, event: yaml.Event) -> Location:
        return _mark(self.name, event.start_mark)

    def _expecting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].container, dict) and (
            self.stack[-1].key is None
        )

    def _count(self, amount: int, event: yaml.Event) -> None:
        self.values += amount
        if self.values > MAX_VALUES:
            raise _error(
                self._where(event),
                f"the file holds more than {MAX_VALUES:,} values; scenario files are limited to "
                "that many (a cluster of 10,000 actors needs about 200,000)",
                self._child_path(),
            )

    def _child_path(self) -> PathKey:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, dict):
            return top.path + ((top.key,) if top.key is not None else ())
        return top.path + (len(top.container),)

    def _check_tag(self, event: yaml.Event, allowed: set[str]) -> None:
        tag = getattr(event, "tag", None)
        if tag in (None, "!") or tag in allowed:
            return
        shown = tag.replace(_YAML, "!!").replace("tag:yaml.org,2002:", "!!")
        raise _error(
            self._where(event),
            f"the tag '{shown}' is not allowed: scenario files hold plain values only "
            "(text, numbers, true/false, lists and mappings); remove the tag",
            self._child_path(),
        )

    def _scalar(self, event: yaml.ScalarEvent) -> Any:
        self._check_tag(event, _SCALAR_TAGS)
        tag = event.tag
        if tag in (None, "!"):
            if tag == "!" or not event.implicit[0]:
                tag = _YAML + "str"
            else:
                tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag in _KEEP_AS_TEXT or tag == _YAML + "str":
            return event.value
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            return _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        except (ValueError, yaml.constructor.ConstructorError):
            raise _error(
                self._where(event),
                f"'{event.value}' cannot be read as {tag.rsplit(':', 1)[-1]}",
                self._child_path(),
            ) from None

    def _take_key(self, event: yaml.ScalarEvent) -> None:
        self._check_tag(event, {_YAML + "str"})
        top = self.stack[-1]
        key = event.value
        where = self._where(event)
        merge = key == "<<" and event.implicit[0]
        if not merge and key in top.seen:
            first = top.seen[key]
            raise _error(
                where,
                f"the key '{key}' appears twice in this mapping (first on line {first.line}); "
                "each key may appear once",
                top.path + (key,),
            )
        top.seen[key] = where
        top.key = key
        self.marks.keys[top.path + (key,)] = where

    def _place(self, value: Any, event: yaml.Event, height: int) -> None:
        """Put a finished scalar or alias value into its parent (or make it the document)."""
        path = self._child_path()
        self._check_depth(event, len(path) + height)
        self.marks.values.setdefault(path, self._where(event))
        if isinstance(event, yaml.ScalarEvent) and event.anchor is not None:
            self.anchors[event.anchor] = (value, 1, 0)
        self._attach(value, self._where(event), height)

    def _attach(self, value: Any, where: Location, height: int) -> None:
        if not self.stack:
            self.result = value
            return
        top = self.stack[-1]
        top.height = max(top.height, height + 1)
        if isinstance(top.container, dict):
            if top.key == "<<":
                top.merges.append((value, where))
            else:
                top.container[top.key] = value
            top.key = None
        else:
            top.container.append(value)

    def _check_depth(self, event: yaml.Event, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise _error(
                self._where(event),
                f"nested more than {MAX_DEPTH} levels deep; a scenario needs about 6",
                self._child_path()[:MAX_DEPTH],
            )

    def _start(self, event: yaml.Event) -> None:
        if self._expecting_key():
            raise _error(
                self._where(event),
                "a key must be a plain name, not a list or mapping",
                self.stack[-1].path,
            )
        is_map = isinstance(event, yaml.MappingStartEvent)
        self._check_tag(event, {_YAML + ("map" if is_map else "seq")})
        self._count(1, event)
        path = self._child_path()
        self._check_depth(event, len(self.stack) + 1)
        self.marks.values.setdefault(path, self._where(event))
        container: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(container, path, self._where(event), event.anchor, self.values))

    def _end(self) -> None:
        frame = self.stack.pop()
        if isinstance(frame.container, dict):
            self._merge(frame)
        if frame.anchor is not None:
            inner = self.values - frame.first_value + 1
            self.anchors[frame.anchor] = (frame.container, inner, frame.height)
        self._attach(frame.container, frame.location, frame.height)

    def _merge(self, frame: _Frame) -> None:
        """Apply YAML merge keys (``<<: *defaults``): explicit keys win over merged ones."""
        container = frame.container
        assert isinstance(container, dict)
        for value, where in frame.merges:
            sources = value if isinstance(value, list) else [value]
            for source in sources:
                if not isinstance(source, dict):
                    raise _error(
                        where,
                        "'<<' (merge) needs a mapping or a list of mappings, e.g. '<<: *defaults'",
                        frame.path + ("<<",),
                    )
                for key, item in source.items():
                    if key not in container:
                        container[key] = copy.deepcopy(item)
                        self.marks.values.setdefault(frame.path + (key,), where)
                        self.marks.keys.setdefault(frame.path + (key,), where)

    def _alias(self, event: yaml.AliasEvent) -> None:
        if self._expecting_key():
            raise _error(self._where(event), "a key must be a plain name, not an alias")
        found = self.anchors.get(event.anchor)
        if found is None and any(frame.anchor == event.anchor for frame in self.stack):
            from trustmatch.i18n import message, resolve_language

            raise _error(
                self._where(event),
                message("cli.alias_inside_anchor", resolve_language(), name=event.anchor),
                self._child_path(),
            )
        if found is None:
            raise _error(
                self._where(event),
                f"the alias '*{event.anchor}' refers to no anchor '&{event.anchor}' above it",
                self._child_path(),
            )
        value, inner, height = found
        self.alias_values += inner  # counted before copying: a billion laughs stops here
        if self.alias_values > MAX_ALIAS_VALUES:
            raise _error(
                self._where(event),
                f"aliases ('*name') repeat more than {MAX_ALIAS_VALUES:,} values in this file; "
                "this is far more than any cluster needs and looks like a 'billion laughs' "
                "attack; write the values out or use fewer aliases",
                self._child_path(),
            )
        self._count(inner, event)
        self._place(copy.deepcopy(value), event, height=height)
