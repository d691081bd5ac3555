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
from trustmatch.i18n.phrase import Joined, Number, Phrase, joined, say

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
_KINDS = frozenset({"int", "float", "bool", "null"})
"""YAML types named in words when a value cannot be read as one."""
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


PAIR_LISTS = frozenset({("competition", "pairs"), ("competition", "not_competing")})
"""Lists whose entries are pairs of actors ``[a, b]`` (so are ``pair`` keys of trust.known)."""


def path_words(path: PathKey, data: Any = None, absorbed: tuple[str, ...] = ()) -> Joined:
    """Return a path for people, in words: list entries counted from 1 and named by id.

    ``("actors", 2, "needs", 0, "weight")`` becomes ``actors, entry 3 (optik-nord), needs,
    entry 1, weight`` (German: ``Mitglieder, Eintrag 3 (optik-nord), Bedarfe, Eintrag 1,
    weight``): the lists of the format are named in the reader's language, keys stay as the
    user types them, and ``("resources", "budget_eur")`` stays ``resources.budget_eur``. The
    dotted, 0-based form stays in JSON and in ``--set``.

    Args:
        path: The path tuple.
        data: The raw data, to look up the ids of list entries (optional).
        absorbed: Names of lists whose name the entry says already (``entries`` of a ledger:
            ``entry 4, result`` rather than ``entries, entry 4, result``).
    """
    parts: list[Any] = []
    keys: list[str] = []  # keys since the last list entry, written dotted
    node = data
    in_pair = False  # the last step entered a pair of actors
    for step in path:
        if not isinstance(step, int):
            keys.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
            in_pair = False
            continue
        entry = node[step] if isinstance(node, list) and 0 <= step < len(node) else None
        if (keys == ["pair"] or (in_pair and not keys)) and step in (0, 1):
            parts += keys
            parts.append(say("scenario.path.pair_first" if step == 0 else
                             "scenario.path.pair_second"))
            in_pair = False
        else:
            if keys and not (len(keys) == 1 and keys[0] in absorbed):
                parts.append(_list_name(keys))
            ident = entry.get("id") if isinstance(entry, dict) else None
            parts.append(_entry(step, ident))
            in_pair = tuple(keys) in PAIR_LISTS
        keys = []
        node = entry
    if keys:
        parts.append(".".join(keys))
    return joined(parts, ", ")


def _list_name(keys: list[str]) -> Any:
    """Return the name of a list for people: a word for the format's lists, else the keys."""
    from trustmatch.i18n import catalogue

    if len(keys) == 1 and f"scenario.path.list.{keys[0]}" in catalogue("en"):
        return say(f"scenario.path.list.{keys[0]}")
    return ".".join(keys)


def _entry(position: int, ident: Any) -> Phrase:
    """Return ``entry 3 (optik-nord)`` for the 0-based ``position`` of a list."""
    if isinstance(ident, str) and ident:
        return say("scenario.path.entry_named", number=str(position + 1), id=ident)
    return say("scenario.path.entry", number=str(position + 1))


def readable_path(path: PathKey, data: Any = None, lang: str = "en") -> str:
    """Return :func:`path_words` written in ``lang``."""
    return path_words(path, data).render(lang)


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
                say("scenario.read.too_large", size=Number(size / 1024 / 1024, 1),
                    limit=MAX_FILE_BYTES // 1024 // 1024),
            )
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError:
        raise _error(Location(name), say("scenario.read.is_folder")) from None
    except FileNotFoundError:
        raise _error(Location(name), say("scenario.read.no_file")) from None
    except OSError as error:
        reason = _OsReason(error)
        raise _error(Location(name), say("scenario.read.unreadable", reason=reason)) from None
    if len(raw) > MAX_FILE_BYTES:  # the file grew while we read it
        raise _error(Location(name, 1, 1), say("scenario.read.grew"))
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
        raise _error(Location(name, 1, 1), say("scenario.read.text_too_large"))
    builder = _Builder(name)
    try:
        for event in _events(text):
            builder.feed(event)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise _error(_mark(name, mark), _yaml_message(error, _char_at(text, mark))) from None
    except yaml.YAMLError as error:  # pragma: no cover - every parser error carries a mark
        raise _error(Location(name), say("scenario.read.yaml", problem=str(error))) from None
    return builder.document()


def _decode(raw: bytes, name: str) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise _error(
            Location(name, line, column),
            say("scenario.read.not_utf8", byte=f"0x{raw[error.start]:02x}"),
        ) from None
    position = text.find("\x00")
    if position >= 0:
        line = text.count("\n", 0, position) + 1
        column = position - (text.rfind("\n", 0, position) + 1) + 1
        raise _error(Location(name, line, column), say("scenario.read.nul"))
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


def _error(where: Location, text: Phrase, path: PathKey = ()) -> ScenarioError:
    problem = Problem.said(where.file, where.line, where.column, dotted(path), text,
                           where=path_words(path) if path else None)
    return ScenarioError([problem], summary=say("scenario.read.summary", file=where.file))


class _OsReason:
    """Why the operating system refused to read a file, written in the reader's language."""

    def __init__(self, error: OSError):
        self.error = error

    def render(self, lang: str) -> str:
        from trustmatch.errors import os_reason

        return os_reason(self.error, lang)


def _char_at(text: str, mark: Any) -> str:
    if mark is None:
        return ""
    lines = text.split("\n")
    if mark.line >= len(lines):
        return ""
    line = lines[mark.line]
    return line[mark.column] if mark.column < len(line) else ""


_YAML_PROBLEMS: dict[str, str] = {
    "mapping values are not allowed": "mapping_values",
    "could not find expected ':'": "expected_colon",
    "did not find expected key": "expected_key",
    "did not find expected '-' indicator": "expected_dash",
    "did not find expected node content": "expected_value",
    "did not find expected ',' or ']'": "expected_bracket",
    "did not find expected ',' or '}'": "expected_brace",
    "found character that cannot start any token": "bad_character",
    "found unexpected end of stream": "unexpected_end",
    "found unknown escape character": "bad_escape",
    "found undefined alias": "undefined_alias",
    "expected <block end>": "block_end",
    "found duplicate anchor": "duplicate_anchor",
    "found unexpected ':'": "unexpected_colon",
}
"""PyYAML's problems (English, from the parser) → catalogue key of the same in plain words."""


def _yaml_message(error: yaml.MarkedYAMLError, char: str) -> Phrase:
    problem = error.problem or "invalid YAML"
    if char == "\t" or "\\t" in problem:
        return say("scenario.read.tab")
    if "nesting depth" in problem:
        return say("scenario.read.too_deep_yaml", depth=MAX_DEPTH)
    for start, key in _YAML_PROBLEMS.items():
        if problem.startswith(start):
            return say("scenario.read.yaml_known", problem=say(f"scenario.yaml.{key}"))
    parts = [problem]
    if error.context:
        parts.append(f"({error.context})")
    return say("scenario.read.yaml", problem=" ".join(parts))


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
                raise self._error(
                    _mark(self.name, event.start_mark), say("scenario.read.second_document")
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
            raise self._error(Location(self.name, 1, 1), say("scenario.read.empty"))
        return Document(self.result, self.marks)

    # -- helpers ------------------------------------------------------------------------------
    def _error(self, where: Location, text: Phrase, path: PathKey = ()) -> ScenarioError:
        """Return the error, its path naming list entries by the ids read so far."""
        problem = Problem.said(where.file, where.line, where.column, dotted(path), text,
                               where=path_words(path, self._partial()) if path else None)
        return ScenarioError([problem], summary=say("scenario.read.summary", file=where.file))

    def _partial(self) -> Any:
        """Return the data read so far, the containers being built nested in their parents."""
        node: Any = None
        for frame in reversed(self.stack):
            container = copy.copy(frame.container)
            if node is not None:
                if isinstance(container, dict):
                    container[frame.key if frame.key is not None else ""] = node
                else:
                    container.append(node)
            node = container
        return node

    def _where(self, event: yaml.Event) -> Location:
        return _mark(self.name, event.start_mark)

    def _expecting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].container, dict) and (
            self.stack[-1].key is None
        )

    def _count(self, amount: int, event: yaml.Event) -> None:
        self.values += amount
        if self.values > MAX_VALUES:
            raise self._error(
                self._where(event), say("scenario.read.too_many_values", limit=MAX_VALUES),
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
        raise self._error(
            self._where(event), say("scenario.read.tag", tag=shown), self._child_path()
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
            kind = tag.rsplit(":", 1)[-1]
            raise self._error(
                self._where(event),
                say("scenario.read.not_as", value=event.value,
                    kind=say(f"scenario.read.kind.{kind}") if kind in _KINDS else kind),
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
            raise self._error(
                where, say("scenario.read.key_twice", key=key, line=str(first.line)),
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
            raise self._error(
                self._where(event), say("scenario.read.too_deep", depth=MAX_DEPTH),
                self._child_path()[:MAX_DEPTH],
            )

    def _start(self, event: yaml.Event) -> None:
        if self._expecting_key():
            raise self._error(
                self._where(event), say("scenario.read.complex_key"), self.stack[-1].path
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
                    raise self._error(where, say("scenario.read.merge"), frame.path + ("<<",))
                for key, item in source.items():
                    if key not in container:
                        container[key] = copy.deepcopy(item)
                        self.marks.values.setdefault(frame.path + (key,), where)
                        self.marks.keys.setdefault(frame.path + (key,), where)

    def _alias(self, event: yaml.AliasEvent) -> None:
        if self._expecting_key():
            raise self._error(self._where(event), say("scenario.read.alias_key"))
        found = self.anchors.get(event.anchor)
        if found is None and any(frame.anchor == event.anchor for frame in self.stack):
            raise self._error(
                self._where(event), say("cli.alias_inside_anchor", name=event.anchor),
                self._child_path(),
            )
        if found is None:
            raise self._error(
                self._where(event), say("scenario.read.no_anchor", name=event.anchor),
                self._child_path(),
            )
        value, inner, height = found
        self.alias_values += inner  # counted before copying: a billion laughs stops here
        if self.alias_values > MAX_ALIAS_VALUES:
            raise self._error(
                self._where(event), say("scenario.read.too_many_aliases", limit=MAX_ALIAS_VALUES),
                self._child_path(),
            )
        self._count(inner, event)
        self._place(copy.deepcopy(value), event, height=height)
