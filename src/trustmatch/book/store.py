"""Reading the book with every problem located, and recording into it append-only.

Recording works like the ledger's (:mod:`trustmatch.ledger`): the new entry's text is appended
to the old file's bytes, the result written to a temporary file in the same folder, flushed to
disk and renamed over the book (atomic: a crash leaves the old or the new book, never a broken
one); writers in one folder are serialised by a lock on the folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from trustmatch.book.models import Book, BookEntry
from trustmatch.errors import Problem, ScenarioError, UserError
from trustmatch.i18n import message, resolve_language
from trustmatch.i18n.phrase import PhraseError
from trustmatch.ledger import (
    COMMAND_LINE,
    _folder_lock,
    _remove_stale_temporaries,
    _write_atomically,
)
from trustmatch.scenario.models import Scenario
from trustmatch.scenario.reader import Location, Marks, PathKey, dotted, path_words, read_text


class BookError(UserError):
    """The book file is malformed, or an entry to record is refused."""


@dataclass(frozen=True)
class LoadedBook:
    """A validated book and where each of its values is in the file.

    Attributes:
        book: The validated book.
        path: File it was read from (None when built in code).
        marks: Where every value and key stands in the file (None when built in code).
    """

    book: Book
    path: Path | None = None
    marks: Marks | None = None

    def problem(
        self, path: PathKey, text: str, at_key: bool = False, lang: str = "en"
    ) -> Problem:
        """Return a problem located at the value at ``path`` (or its nearest located parent).

        People read the path with entries counted from 1 (``entry 1, period``); ``path`` of the
        problem stays dotted and counted from 0 (``entries.0.period``) for JSON.

        Args:
            path: Path tuple such as ``("entries", 0, "period")``.
            text: What is wrong, already written in ``lang``.
            at_key: Point at the key naming the value (e.g. for an unknown key).
            lang: Language of ``text`` (the readable path is written in it too).
        """
        name = str(self.path) if self.path is not None else "<book>"
        if self.marks is None:
            return _located(Location(name), path, text, lang)
        return _located(self.marks.locate(path, prefer_key=at_key), path, text, lang)


def _located(where: Location, path: PathKey, text: str, lang: str) -> Problem:
    words = path_words(path, absorbed=("entries",)) if path else None
    return Problem(
        where.file, where.line, where.column, dotted(path), text,
        shown_path=words.render(lang) if words is not None else "", where=words,
    )


def _header(lang: str) -> str:
    return "".join(f"# {line}\n" for line in message("book.file_header", lang).splitlines())


def _plain(error: Mapping[str, Any], lang: str) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return message("book.error_unknown_key", lang)
    if kind == "missing":
        return message("book.error_missing", lang)
    context = error.get("ctx") or {}
    if kind in ("greater_than_equal", "less_than_equal") and context:
        bound = next(iter(context.values()))
        key = "book.error_at_least" if kind == "greater_than_equal" else "book.error_at_most"
        return message(key, lang, bound=_plain_number(bound), got=_plain_number(error.get("input")))
    if kind in ("int_parsing", "int_from_float", "int_type"):
        return message("book.error_whole_number", lang, got=error.get("input"))
    if kind in ("float_parsing", "float_type"):
        return message("book.error_number", lang, got=error.get("input"))
    if kind == "value_error":
        raised = context.get("error")
        if isinstance(raised, PhraseError):
            return raised.phrase.render(lang)
        return str(error["msg"]).removeprefix("Value error, ")
    return str(error["msg"])


def _union_branch(part: object) -> bool:
    return isinstance(part, str) and ("[" in part or part.startswith("constrained"))


def _plain_number(value: Any) -> Any:
    # 5.0 reads as 5 to a person.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def parse_book(text: str, source: str = "<book>", lang: str | None = None) -> LoadedBook:
    """Validate a book's text, reporting every malformed value with its line and column.

    The YAML is read with the scenario reader (safe: no tags; size, alias and nesting limits).

    Args:
        text: The book file's content.
        source: File name used in the problems.
        lang: Language of the messages (default: the user's locale).

    Raises:
        BookError: If the text is not valid YAML or not a valid book.
    """
    lang = resolve_language(lang)
    summary = message("book.malformed", lang)
    if not text.strip():
        raise BookError([Problem(source, 1, 1, "", message("book.error_empty", lang))], summary)
    try:
        document = read_text(text, source)
    except ScenarioError as error:
        raise BookError(error.problems, summary) from None
    path = None if source.startswith("<") else Path(source)
    located = LoadedBook(Book.model_construct(scenario="?"), path, document.marks)
    if not isinstance(document.data, dict):
        raise BookError([located.problem((), message("book.error_not_mapping", lang), lang=lang)],
                       summary)
    try:
        book = Book.model_validate(document.data)
    except ValidationError as error:
        problems = []
        reported: set[tuple] = set()
        for item in error.errors():
            # A figure is a number or a band: pydantic reports each branch of that union; the
            # reader gets one message at the figure.
            where = tuple(p for p in item["loc"] if not _union_branch(p))
            if where in reported:
                continue
            reported.add(where)
            text = _plain(item, lang)
            if len(where) < len(item["loc"]) and item["type"] not in ("value_error",):
                text = message("book.error_figure", lang, got=item.get("input"))
            problems.append(located.problem(where, text, item["type"] == "extra_forbidden", lang))
        problems = sorted(set(problems), key=lambda p: (p.line or 0, p.column or 0, p.path))
        raise BookError(problems, summary) from None
    loaded = LoadedBook(book, path, document.marks)
    problems = _double_recordings(loaded, lang)
    if problems:
        raise BookError(problems, summary)
    return loaded


def _scope(entry: BookEntry) -> str:
    return entry.member or ""


def _double_recordings(loaded: LoadedBook, lang: str) -> list[Problem]:
    # Append-only: one figure of one scope in one period is recorded once.
    seen: dict[tuple[int, str, str], int] = {}
    problems = []
    for index, entry in enumerate(loaded.book.entries):
        block = "cluster" if entry.member is None else "figures"
        for name in entry.recorded():
            key = (entry.period, _scope(entry), name)
            if key in seen:
                problems.append(
                    loaded.problem(
                        ("entries", index, block, name),
                        message(
                            "book.error_recorded_twice",
                            lang,
                            figure=name,
                            period=entry.period,
                            entry=seen[key] + 1,
                        ),
                        lang=lang,
                    )
                )
            else:
                seen[key] = index
    return problems


def load_book(path: str | Path, lang: str | None = None) -> LoadedBook:
    """Read and validate a book file.

    Raises:
        BookError: If the file is missing, unreadable or malformed (with located problems).
    """
    lang = resolve_language(lang)
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BookError(
            [Problem(str(path), None, None, "", message("book.error_no_file", lang))],
            message("book.missing", lang),
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise BookError(
            [Problem(str(path), None, None, "", message("book.error_unreadable", lang,
                                                        reason=error))],
            message("book.malformed", lang),
        ) from None
    return parse_book(text, str(path), lang)


def check_book(loaded: LoadedBook, scenario: Scenario, lang: str | None = None) -> None:
    """Check a book against its scenario: the cluster's name, its members and its phases.

    Raises:
        BookError: With every entry that cannot belong to the scenario, located.
    """
    lang = resolve_language(lang)
    problems = []
    if loaded.book.scenario != scenario.name:
        problems.append(
            loaded.problem(
                ("scenario",),
                message("book.error_other_scenario", lang, book=loaded.book.scenario,
                        scenario=scenario.name),
                lang=lang,
            )
        )
    members = {actor.id for actor in scenario.actors}
    for index, entry in enumerate(loaded.book.entries):
        if entry.member is not None and entry.member not in members:
            problems.append(
                loaded.problem(
                    ("entries", index, "member"),
                    message("book.error_unknown_member", lang, member=entry.member),
                    lang=lang,
                )
            )
        if entry.period > scenario.phases:
            problems.append(
                loaded.problem(
                    ("entries", index, "period"),
                    message("book.error_period_beyond", lang, period=entry.period,
                            phases=scenario.phases),
                    lang=lang,
                )
            )
    if problems:
        raise BookError(problems, message("book.does_not_fit", lang))


def _entry_text(entry: BookEntry) -> str:
    data: dict[str, Any] = {"period": entry.period}
    if entry.member is None:
        data["cluster"] = entry.recorded()
    else:
        data["member"] = entry.member
        data["figures"] = {
            name: list(value) if isinstance(value, tuple) else value
            for name, value in entry.recorded().items()
        }
    if entry.date is not None:
        data["date"] = entry.date
    if entry.note:
        data["note"] = entry.note
    body = yaml.safe_dump(
        [data], sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )
    return "".join("  " + line if line.strip() else line for line in body.splitlines(True))


def _book_text(book: Book, lang: str) -> str:
    header: dict[str, Any] = {"format": book.format, "scenario": book.scenario}
    if book.created is not None:
        header["created"] = book.created
    text = _header(lang) + yaml.safe_dump(header, sort_keys=False, allow_unicode=True)
    return text + "entries:\n" + "".join(_entry_text(entry) for entry in book.entries)


def record_entries(
    path: str | Path,
    entries: Sequence[BookEntry],
    *,
    scenario: Scenario,
    lang: str | None = None,
) -> LoadedBook:
    """Append entries to a book (created if missing), atomically, after checking them.

    Args:
        path: Book file.
        entries: The recordings to add (all or none are added).
        scenario: The scenario the book belongs to (checks members and periods).
        lang: Language of the messages and of a new book's header comment.

    Returns:
        The book as written.

    Raises:
        BookError: If the book is malformed, belongs to another scenario, or an entry records a
            figure already recorded for the same member and period (the book is append-only).
    """
    lang = resolve_language(lang)
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    with _folder_lock(folder):
        _remove_stale_temporaries(path)
        if path.exists():
            old_text = path.read_text(encoding="utf-8")
        else:
            today = next((e.date for e in entries if e.date), None) or dt.date.today()
            old_text = _book_text(Book(scenario=scenario.name, created=today), lang)
        old = parse_book(old_text, str(path), lang)
        check_book(old, scenario, lang)
        new_text = old_text if old_text.endswith("\n") else old_text + "\n"
        new_text += "".join(_entry_text(entry) for entry in entries)
        wanted = [*old.book.entries, *entries]
        try:
            written = parse_book(new_text, str(path), lang)
            appended = written.book.entries == wanted
        except BookError as error:
            if any(p.path.startswith("entries.") for p in error.problems):
                _reraise_for_new(error, len(old.book.entries), lang)
            appended = False
        if not appended:
            # A layout that does not allow appending text (e.g. "entries: [...]"): write the
            # same book in the standard layout instead.
            new_text = _book_text(old.book.model_copy(update={"entries": wanted}), lang)
            written = parse_book(new_text, str(path), lang)
        check_book(written, scenario, lang)
        _write_atomically(path, new_text)
    return written


def _reraise_for_new(error: BookError, old_count: int, lang: str) -> None:
    # Problems in the new entries come from the command line, not from the file.
    problems = []
    for problem in error.problems:
        parts = problem.path.split(".")
        if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= old_count:
            rest = tuple(int(part) if part.isdigit() else part for part in parts[2:])
            problems.append(_located(Location(COMMAND_LINE), rest, problem.message, lang))
        else:
            problems.append(problem)
    raise BookError(problems, message("book.not_recorded", lang)) from None

