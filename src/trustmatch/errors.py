"""Errors a user can cause, located in their files and collected together.

The CLI has exactly one place that turns these into messages and exit codes
(``trustmatch.cli``); library users catch :class:`UserError` and read ``problems``.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

EXIT_OK = 0
"""Everything worked."""
EXIT_INTERNAL = 1
"""A bug in trustmatch (or an unexpected environment problem): please report it."""
EXIT_INPUT = 2
"""The user's input is invalid (scenario, ledger, batch spec, command-line value)."""
EXIT_SOLVER = 3
"""The solver gave no usable answer (infeasible model, time limit without a solution)."""


PLACES: dict[str, str] = {
    "<command line>": "errors.place.command_line",
    "<input>": "errors.place.input",
    "<batch spec>": "errors.place.batch_spec",
    "<book>": "errors.place.book",
    "<ledger>": "errors.place.ledger",
}
"""Places of problems that are no file (``Problem.file``) → catalogue key of their name."""


@dataclass(frozen=True, order=True)
class Problem:
    """One problem found in a user's input, with where it is.

    Attributes:
        file: The file the problem is in (or ``"<command line>"``, ``"<input>"``).
        line: 1-based line of the offending YAML node, or None when unknown.
        column: 1-based column of the offending YAML node, or None when unknown.
        path: Dotted path of the field, e.g. ``actors.3.needs.0.weight`` (empty for the file):
            list positions counted from 0, as ``--set`` takes them; JSON keeps it.
        message: What is wrong, in plain words (English), with a hint how to fix it.
        severity: ``error`` makes the input unusable; ``warning`` is reported but accepted.
        shown_path: The path as a person reads it (English), entries of lists counted from 1
            and named by their id where they have one (``needs, entry 8 (export-us),
            sensitivity``); empty: show ``path``.
        phrase: The message as a catalogue phrase, written in the reader's language by
            :meth:`format` (None: ``message`` is the only text).
        where: The readable path as a phrase (None: ``shown_path`` is the only text).
    """

    file: str
    line: int | None
    column: int | None
    path: str
    message: str
    severity: Literal["error", "warning"] = "error"
    shown_path: str = ""
    phrase: Any = field(default=None, compare=False, repr=False)
    where: Any = field(default=None, compare=False, repr=False)

    @classmethod
    def said(
        cls,
        file: str,
        line: int | None,
        column: int | None,
        path: str,
        phrase: Any,
        severity: Literal["error", "warning"] = "error",
        where: Any = None,
    ) -> Problem:
        """Return a problem whose message (and readable path) are phrases of the catalogue.

        Args:
            file: The file the problem is in.
            line: 1-based line, or None.
            column: 1-based column, or None.
            path: Dotted machine path (0-based positions).
            phrase: What is wrong (a :class:`~trustmatch.i18n.phrase.Phrase` or joined pieces).
            severity: ``error`` or ``warning``.
            where: The readable path as a phrase, or None.
        """
        return cls(
            file, line, column, path, phrase.render("en"), severity,
            shown_path=where.render("en") if where is not None else "",
            phrase=phrase, where=where,
        )

    def text(self, lang: str | None = None) -> str:
        """Return what is wrong in ``lang`` (None: the English ``message``)."""
        if lang is None or self.phrase is None:
            return self.message
        return self.phrase.render(lang)

    def shown(self, lang: str | None = None) -> str:
        """Return the path as a person reads it in ``lang`` (the dotted path when unnamed)."""
        if lang is not None and self.where is not None:
            return self.where.render(lang)
        return self.shown_path or self.path

    def location(self, lang: str | None = None) -> str:
        """Return ``FILE:LINE:COLUMN`` (as far as known).

        Args:
            lang: Language of the place when it is no file (``command line`` /
                ``Befehlszeile`` for ``<command line>``); None keeps the placeholder as stored.
        """
        where = self.file
        if lang is not None and self.file in PLACES:
            where = _say(PLACES[self.file], lang)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return where

    def format(self, lang: str | None = None) -> str:
        """Return the problem as ``FILE:LINE:COLUMN: readable path: message``.

        Args:
            lang: Language of the message and the path (None: English as stored).
        """
        prefix = ""
        if self.severity == "warning":
            prefix = "warning: " if lang is None else _say("errors.warning", lang)
        shown = self.shown(lang)
        path = f"{shown}: " if shown else ""
        return f"{self.location(lang)}: {prefix}{path}{self.text(lang)}"

    def to_dict(self, lang: str | None = None) -> dict[str, object]:
        """Return the problem as a JSON-ready dict.

        ``path`` is the dotted machine path (positions from 0), ``shown_path`` the one people
        read (entries from 1); ``key`` the catalogue key of the message (None when it has none).

        Args:
            lang: Language of ``message`` and ``shown_path`` (None: English).
        """
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "shown_path": self.shown(lang),
            "message": self.text(lang),
            "key": getattr(self.phrase, "key", None),
            "severity": self.severity,
        }


def _say(key: str, lang: str, count: float | None = None, **values: object) -> str:
    from trustmatch.i18n import message

    return message(key, lang, count=count, **values)


class UserError(Exception):
    """Input a user gave is wrong; ``problems`` says every place where and why.

    Args:
        problems: Every problem found (errors and warnings), in file order.
        summary: One sentence above the list, e.g. "The scenario has 3 errors": a text, or a
            phrase written in the reader's language by :meth:`render`.
    """

    exit_code = EXIT_INPUT

    def __init__(self, problems: list[Problem] | Problem | str, summary: Any = None):
        if isinstance(problems, str):
            problems = [Problem("<input>", None, None, "", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        errors = [p for p in self.problems if p.severity == "error"]
        if summary is None:
            from trustmatch.i18n.phrase import say

            summary = say("errors.found", count=len(errors))
        self.summary_phrase: Any = None if isinstance(summary, str) else summary
        self.summary: str = summary if isinstance(summary, str) else summary.render("en")
        super().__init__(self.render())

    @property
    def errors(self) -> list[Problem]:
        """The problems of severity ``error``."""
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        """The problems of severity ``warning``."""
        return [p for p in self.problems if p.severity == "warning"]

    def render(self, lang: str | None = None) -> str:
        """Return the summary and one line per problem.

        Args:
            lang: Language of the summary and the problems (None: English as stored).
        """
        summary = self.summary
        if lang is not None and self.summary_phrase is not None:
            summary = self.summary_phrase.render(lang)
        lines = [summary + ":"] if self.problems else [summary]
        lines += ["  " + p.format(lang) for p in self.problems]
        return "\n".join(lines)


class ScenarioError(UserError):
    """A scenario file (or an override applied to it) is invalid."""


class LedgerError(UserError):
    """A ledger of recorded outcomes is invalid, or an entry to record is refused."""


class BatchSpecError(UserError):
    """A batch specification is invalid."""


class SolverError(Exception):
    """The solver gave no usable answer; ``outcome`` says what happened in words.

    Args:
        message: What happened, in plain words.
    """

    exit_code = EXIT_SOLVER

    def __init__(self, message: str):
        self.message = message
        super().__init__(message)


_OS_REASONS: dict[int, str] = {
    errno.EACCES: "permission",
    errno.EPERM: "permission",
    errno.ENOENT: "no_folder",
    errno.ENOTDIR: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
}
"""Operating-system errors a user can fix → catalogue key of the reason (``cli.os_reason.*``)."""


def os_reason(error: OSError, lang: str | None = None) -> str:
    """Return why a file operation failed, in the reader's language where the cause is common.

    Args:
        error: The operating system's error.
        lang: ``en``, ``de`` or None (the user's locale).
    """
    from trustmatch.i18n import message, resolve_language

    key = _OS_REASONS.get(error.errno or -1)
    if key is None:
        return error.strerror or str(error)
    return message(f"cli.os_reason.{key}", resolve_language(lang))


def output_error(path: str | Path, error: OSError, lang: str | None = None) -> UserError:
    """Return the user error for an output that cannot be written: the path and the reason.

    Args:
        path: The file the user asked for (as given).
        error: The operating system's error.
        lang: ``en``, ``de`` or None (the user's locale).
    """
    from trustmatch.i18n import message, resolve_language

    lang = resolve_language(lang)
    problem = Problem(
        str(path), None, None, "", message("cli.cannot_write", lang, reason=os_reason(error, lang))
    )
    return UserError(problem, summary=message("cli.nothing_written", lang))
