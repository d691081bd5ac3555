"""The ledger: what really happened to the projects the cluster ran, recorded by the manager.

A ledger is a YAML file, one per cluster, that only ever grows::

    format: trustmatch-ledger/1
    scenario: optics-valley-young        # the scenario's name
    scenario_sha256: 3f5a...              # hash of the scenario file when the ledger was created
    created: 2026-11-27
    entries:
      - phase: 1
        project: workshop:skilled-workers:1   # the project id from the plan
        result: success                       # success | failure | cancelled
        participants: [optik-nord, uni, verband]   # who really took part
        type: workshop                        # copied from the plan: the ledger stands alone
        ambition: 1
        date: 2026-11-27                      # when it was recorded
        note: Good atmosphere, 40 attendees.

``trustmatch record`` appends one entry at a time: it appends the new entry's text to the old
file's bytes (earlier entries and comments stay byte for byte), writes the result to a temporary
file in the same folder, flushes it to disk (fsync) and atomically renames it over the ledger. A
crash at any moment leaves either the old or the new ledger, never a mix. Writers in one folder
are serialised by a lock on the folder.

Replaying a ledger (:func:`apply_ledger`) feeds every recorded outcome into the trust model in
phase order (see :mod:`trustmatch.trust`: one ``end_phase`` per phase, then that phase's
outcomes), so the next phase is planned from the trust the real history implies, and pairs that
worked together no longer count as new contacts.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import stat
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from trustmatch.errors import LedgerError, Problem, ScenarioError, output_error
from trustmatch.i18n.phrase import Phrase, joined, say
from trustmatch.results import PhasePlan, PlannedProject, PlanResult, RoadmapResult
from trustmatch.scenario.fields import did_you_mean, listing
from trustmatch.scenario.messages import error_phrase
from trustmatch.scenario.models import Identifier, Scenario
from trustmatch.scenario.reader import Marks, PathKey, dotted, path_words, read_text
from trustmatch.trust import TrustState

LEDGER_FORMAT = "trustmatch-ledger/1"
"""Value of the ``format`` key of every ledger this version writes and reads."""

COMMAND_LINE = "<command line>"
"""File name used in problems about command-line values."""

DOES_NOT_FIT = say("ledger.summary.does_not_fit")
"""Summary of the problems of a ledger that cannot belong to the scenario (in words when shown)."""

_KEYS = frozenset({"format", "scenario", "scenario_sha256", "created", "entries", "phase",
                   "project", "result", "participants", "type", "ambition", "date", "note"})
"""Keys of the ledger format (pydantic's locations also name union alternatives)."""



def _say(key: str, /, count: float | None = None, **values: object) -> Phrase:
    """Return the catalogue phrase ``ledger.KEY``, written in the reader's language when shown."""
    return say(f"ledger.{key}", count=count, **values)


def _command_line(option: str, phrase: Phrase) -> Problem:
    """Return a problem with a command-line option's value."""
    return Problem.said(COMMAND_LINE, None, None, option, phrase)


def _file_problem(file: str, phrase: Phrase) -> Problem:
    """Return a problem with a whole file."""
    return Problem.said(file, None, None, "", phrase)


_HEADER_COMMENT = """\
# trustmatch ledger: what really happened to the cluster's projects.
# Append-only: add entries with `trustmatch record`; do not edit or remove earlier entries.
"""


class LedgerModel(BaseModel):
    """Base of the ledger models: unknown keys are errors, instances are immutable."""

    model_config = ConfigDict(
        extra="forbid", frozen=True, use_attribute_docstrings=True, allow_inf_nan=False
    )


class LedgerEntry(LedgerModel):
    """What happened to one project."""

    phase: Annotated[int, Field(ge=1, le=100)]
    """Phase the project ran in (1 = the first)."""
    project: Identifier
    """Project id as the plan named it."""
    result: Literal["success", "failure", "cancelled"]
    """``success``, ``failure`` or ``cancelled`` (did not take place: changes no trust)."""
    participants: list[Identifier] = Field(min_length=1)
    """Actor ids that really took part (the planned ones unless they differed)."""
    type: Identifier | None = None
    """Project type id (copied from the plan)."""
    ambition: Annotated[int, Field(ge=1, le=4)]
    """Ambition level 1-4 (copied from the plan); it weights the outcome in the trust model."""
    date: dt.date | None = None
    """When the outcome was recorded."""
    note: str = ""
    """Free note of the cluster manager."""

    @field_validator("note", mode="before")
    @classmethod
    def _none_note(cls, value: Any) -> Any:
        return "" if value is None else value


class Ledger(LedgerModel):
    """A whole ledger: which scenario it belongs to, and the recorded outcomes in file order."""

    format: Literal["trustmatch-ledger/1"] = LEDGER_FORMAT
    """Ledger format version."""
    scenario: Identifier
    """Name of the scenario the ledger belongs to."""
    scenario_sha256: str = ""
    """SHA-256 of the scenario file when the ledger was created (informational)."""
    created: dt.date | None = None
    """When the ledger was created."""
    entries: list[LedgerEntry] = Field(default_factory=list)
    """Recorded outcomes, in the order they were recorded."""

    @field_validator("entries", mode="before")
    @classmethod
    def _none_entries(cls, value: Any) -> Any:
        # "entries:" with nothing below it is an empty ledger.
        return [] if value is None else value


@dataclass(frozen=True)
class LoadedLedger:
    """A validated ledger and where each of its values is in the file.

    Attributes:
        ledger: The validated ledger.
        path: File it was read from (None when built in code).
        marks: Where every value and key stands in the file (None when built in code).
    """

    ledger: Ledger
    path: Path | None = None
    marks: Marks | None = None

    def problem(self, path: PathKey, message: Phrase, at_key: bool = False) -> Problem:
        """Return a problem located at the value at ``path`` (or its nearest located parent).

        People read the path with entries counted from 1 (``entry 4, result``); ``path`` of the
        problem stays dotted and counted from 0 (``entries.3.result``) for JSON.

        Args:
            path: Path tuple such as ``("entries", 3, "result")``.
            message: What is wrong, as a catalogue phrase.
            at_key: Point at the key naming the value (e.g. for an unknown key).
        """
        name = str(self.path) if self.path is not None else "<ledger>"
        words = path_words(path, absorbed=("entries",)) if path else None
        if self.marks is None:
            return Problem.said(name, None, None, dotted(path), message, where=words)
        where = self.marks.locate(path, prefer_key=at_key)
        return Problem.said(where.file, where.line, where.column, dotted(path), message,
                            where=words)


# --- reading -------------------------------------------------------------------------------------


def parse_ledger(text: str, source: str = "<ledger>") -> LoadedLedger:
    """Validate a ledger's text, reporting every malformed value with its line and column.

    The YAML is read with the scenario reader (safe: no tags, size, alias and nesting limits).

    Raises:
        LedgerError: If the text is not valid YAML or not a valid ledger.
    """
    if not text.strip():
        raise LedgerError(
            [Problem.said(source, 1, 1, "", _say("empty"))], _say("summary.malformed"),
        )
    try:
        document = read_text(text, source)
    except ScenarioError as error:
        raise LedgerError(error.problems, _say("summary.unreadable")) from None
    path = None if source.startswith("<") else Path(source)
    located = LoadedLedger(Ledger.model_construct(scenario="?"), path, document.marks)
    if not isinstance(document.data, dict):
        raise LedgerError([located.problem((), _say("not_a_mapping"))], _say("summary.malformed"))
    try:
        ledger = Ledger.model_validate(document.data)
    except ValidationError as error:
        problems = [
            located.problem(_ledger_path(e["loc"], document.data), _plain(e, document.data),
                            at_key=e["type"] == "extra_forbidden")
            for e in error.errors()
        ]
        problems.sort(key=lambda p: (p.line or 0, p.column or 0, p.path))
        raise LedgerError(problems, _say("summary.malformed")) from None
    loaded = LoadedLedger(ledger, path, document.marks)
    problems = _duplicates(loaded)
    if problems:
        raise LedgerError(problems, _say("summary.malformed"))
    return loaded


def _ledger_path(loc: Sequence[Any], data: Any) -> PathKey:
    """Return pydantic's location as a path of the data (union labels such as ``str`` dropped)."""
    path: list[str | int] = []
    node = data
    for step in loc:
        if isinstance(node, dict) and isinstance(step, str) and (step in node or step in _KEYS):
            path.append(step)
            node = node.get(step)
        elif isinstance(node, list) and isinstance(step, int):
            path.append(step)
            node = node[step] if 0 <= step < len(node) else None
        elif not path or not isinstance(step, str) or step in _KEYS:
            path.append(step)
            node = None
    return tuple(path)


def _value_at(data: Any, path: PathKey) -> Any:
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data):
            data = data[step]
        else:
            return None
    return data


def _plain(error: Mapping[str, Any], data: Any) -> Phrase | Any:
    """Return pydantic's error about a ledger in plain words, with "did you mean"."""
    path = _ledger_path(error["loc"], data)
    name = str(path[-1]) if path else ""
    in_entry = len(path) >= 2 and path[0] == "entries"
    allowed = list(LedgerEntry.model_fields if in_entry else Ledger.model_fields)
    if error["type"] == "extra_forbidden":
        hint = did_you_mean(name, allowed) or say("ledger.allowed_here", names=listing(allowed))
        return _say("unknown_key", name=name, hint=joined([hint]))
    if error["type"] == "missing":
        return say("scenario.finding.missing", name=name)
    return error_phrase(error, _value_at(data, path), name, allowed)


def _duplicates(loaded: LoadedLedger) -> list[Problem]:
    seen: dict[tuple[int, str], int] = {}
    problems = []
    for index, entry in enumerate(loaded.ledger.entries):
        first_position: dict[str, int] = {}
        for position, actor in enumerate(entry.participants):
            if actor in first_position:
                problems.append(
                    loaded.problem(
                        ("entries", index, "participants", position),
                        _say("participant_twice", actor=actor,
                             first=str(first_position[actor] + 1)),
                    )
                )
            first_position.setdefault(actor, position)
        key = (entry.phase, entry.project)
        if key in seen:
            problems.append(
                loaded.problem(
                    ("entries", index, "project"),
                    _say("recorded_twice", project=entry.project, phase=entry.phase,
                         first=str(seen[key] + 1)),
                )
            )
        else:
            seen[key] = index
    return problems


def load_ledger(path: str | Path) -> LoadedLedger:
    """Read and validate a ledger file.

    Raises:
        LedgerError: If the file is missing, unreadable or malformed (with located problems).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LedgerError(
            [_file_problem(str(path), _say("no_file"))], _say("summary.missing")
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise LedgerError(
            [_file_problem(str(path), _say("unreadable", reason=str(error)))],
            _say("summary.unreadable"),
        ) from None
    return parse_ledger(text, str(path))


# --- which projects can be recorded -------------------------------------------------------------


@dataclass(frozen=True)
class PlannedPhase:
    """One phase of a plan file: the projects that can be recorded for it.

    Attributes:
        phase: Phase number.
        projects: The planned projects, by id.
        scenario: Scenario name the plan was made for.
        scenario_sha256: Hash of that scenario file.
        actors: Every actor id the plan mentions (participants, needs, trust).
    """

    phase: int
    projects: Mapping[str, PlannedProject]
    scenario: str
    scenario_sha256: str
    actors: frozenset[str]


def read_plan(path: str | Path, phase: int | None = None) -> PlannedPhase:
    """Read the planned projects of one phase from a ``plan --json`` or ``roadmap --json`` file.

    Args:
        path: JSON file written by ``trustmatch plan --json`` (or ``roadmap --json``).
        phase: Phase wanted; None takes the plan's only phase.

    Raises:
        LedgerError: If the file is no trustmatch plan or has no such phase.
    """
    path = Path(path)
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LedgerError(_file_problem(where, _say("no_plan_file"))) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise LedgerError(
            _file_problem(where, _say("plan_not_json", reason=str(error)))
        ) from None
    phases: list[PhasePlan]
    try:
        if isinstance(data, dict) and data.get("phases") and "plan" in data["phases"][0]:
            result: PlanResult | RoadmapResult = RoadmapResult.model_validate(data)
            phases = [p.plan for p in result.phases]
        else:
            result = PlanResult.model_validate(data)
            phases = list(result.phases)
    except (ValidationError, TypeError, IndexError, KeyError):
        raise LedgerError(_file_problem(where, _say("not_a_plan"))) from None
    available = sorted(p.phase for p in phases)
    if phase is None:
        if len(phases) != 1:
            raise LedgerError(_command_line(
                "--phase", _say("which_phase", phases=", ".join(map(str, available))),
            ))
        chosen = phases[0]
    else:
        matching = [p for p in phases if p.phase == phase]
        if not matching:
            raise LedgerError(_command_line("--phase", _say(
                "no_such_phase", plan=where, phase=phase,
                phases=", ".join(map(str, available)),
            )))
        chosen = matching[0]
    actors = set(chosen.served_share)
    for theme in result.themes:
        actors.update(theme.actors)
        actors.update(s.actor for s in theme.statements)
    for plan_phase in phases:
        for project in plan_phase.projects:
            actors.update(project.participants)
            actors.update(left.actor for left in project.left_out)
        for a, b, _ in plan_phase.trust_before.pairs:
            actors.update((a, b))
    return PlannedPhase(
        phase=chosen.phase,
        projects={p.id: p for p in chosen.projects},
        scenario=result.scenario.name,
        scenario_sha256=result.scenario.file_sha256,
        actors=frozenset(actors),
    )


def entry_from_plan(
    planned: PlannedPhase,
    project: str,
    result: str,
    *,
    participants: Sequence[str] | None = None,
    note: str = "",
    date: dt.date | None = None,
    members: Sequence[str] | None = None,
) -> LedgerEntry:
    """Return the ledger entry for a planned project, refusing ids and actors the plan lacks.

    Args:
        planned: The phase of the plan the outcome belongs to.
        project: Project id from the plan.
        result: ``success``, ``failure`` or ``cancelled``.
        participants: Who really took part, when it differs from the plan.
        note: Free note.
        date: Date of the record (default: today, UTC).
        members: Every actor id of the scenario (default: the actors the plan mentions).

    Raises:
        LedgerError: With every problem found, located on the command line.
    """
    problems = []
    chosen = planned.projects.get(project)
    if chosen is None:
        valid: Any = ", ".join(sorted(planned.projects)) or _say("no_project_chosen")
        problems.append(_command_line("--project", _say(
            "no_such_project", phase=planned.phase, project=project, valid=valid,
        )))
    if result not in ("success", "failure", "cancelled"):
        problems.append(_command_line("--result", _say("no_such_result", result=result)))
    known = set(members) if members is not None else set(planned.actors)
    people = sorted(set(participants)) if participants is not None else None
    if people is not None:
        if not people:
            problems.append(_command_line("--participants", _say("no_participants")))
        unknown = [a for a in people if a not in known]
        if unknown:
            problems.append(_command_line("--participants", _say(
                "unknown_participants", count=len(unknown), names=", ".join(unknown),
                known=", ".join(sorted(known)),
            )))
    if problems:
        raise LedgerError(problems, _say("summary.not_recorded"))
    assert chosen is not None
    return LedgerEntry(
        phase=planned.phase,
        project=chosen.id,
        result=result,  # type: ignore[arg-type]  # checked above
        participants=people if people is not None else list(chosen.participants),
        type=chosen.type,
        ambition=chosen.ambition,
        date=date or dt.datetime.now(dt.timezone.utc).date(),
        note=note,
    )


# --- writing -------------------------------------------------------------------------------------


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: atomic replace still protects the file
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _entry_text(entry: LedgerEntry) -> str:
    data: dict[str, Any] = {
        "phase": entry.phase,
        "project": entry.project,
        "result": entry.result,
        "participants": list(entry.participants),
    }
    if entry.type is not None:
        data["type"] = entry.type
    data["ambition"] = entry.ambition
    if entry.date is not None:
        data["date"] = entry.date  # a YAML date, not a quoted string
    if entry.note:
        data["note"] = entry.note
    body = yaml.safe_dump(
        [data], sort_keys=False, allow_unicode=True, default_flow_style=None, width=100
    )
    return "".join("  " + line if line.strip() else line for line in body.splitlines(True))


def _new_ledger_text(scenario: str, scenario_sha256: str, today: dt.date) -> str:
    header = yaml.safe_dump(
        {
            "format": LEDGER_FORMAT,
            "scenario": scenario,
            "scenario_sha256": scenario_sha256,
            "created": today,
        },
        sort_keys=False,
        allow_unicode=True,
    )
    return _HEADER_COMMENT + header + "entries:\n"


def _file_mode(path: Path) -> int:
    """Return the permissions the ledger keeps: its own, or the default for a new file."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_atomically(path: Path, text: str) -> None:
    folder = path.parent
    mode = _file_mode(path)
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed or removed
        "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(text)
            handle.flush()
            # The temporary file is created private (0600); the ledger keeps its own mode.
            os.fchmod(handle.fileno(), mode)
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_stale_temporaries(path: Path) -> None:
    # Left behind only by a writer killed mid-write; safe to remove while holding the lock.
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


def append_entry(
    path: str | Path,
    entry: LedgerEntry,
    *,
    scenario: str,
    scenario_sha256: str = "",
) -> LoadedLedger:
    """Append one entry to a ledger (created if missing), atomically.

    Args:
        path: Ledger file.
        entry: The outcome to record.
        scenario: Name of the scenario the outcome belongs to (must match the ledger's).
        scenario_sha256: Hash of the scenario file, stored when the ledger is created.

    Returns:
        The ledger as written.

    Raises:
        LedgerError: If the ledger is malformed, belongs to another scenario, or already holds
            this project of this phase.
    """
    given = Path(path)
    try:
        return _append(given, _write_target(given), entry, scenario, scenario_sha256)
    except OSError as error:
        raise output_error(given, error) from None


def _write_target(path: Path) -> Path:
    # Replacing a symlink by a file would leave the real ledger behind: write through the link.
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _append(
    given: Path, path: Path, entry: LedgerEntry, scenario: str, scenario_sha256: str
) -> LoadedLedger:
    folder = path.parent if str(path.parent) else Path(".")
    with _folder_lock(folder):
        _remove_stale_temporaries(path)
        if path.exists():
            old_text = path.read_text(encoding="utf-8")
            loaded = parse_ledger(old_text, str(given))
        else:
            old_text = _new_ledger_text(scenario, scenario_sha256, entry.date or dt.date.today())
            loaded = parse_ledger(old_text, str(given))
        ledger = loaded.ledger
        if ledger.scenario != scenario:
            raise LedgerError(
                [
                    loaded.problem(
                        ("scenario",),
                        _say("other_scenario_outcome", ledger=ledger.scenario, outcome=scenario),
                    )
                ],
                _say("summary.not_recorded"),
            )
        for index, old in enumerate(ledger.entries):
            if (old.phase, old.project) == (entry.phase, entry.project):
                raise LedgerError(
                    [
                        loaded.problem(
                            ("entries", index),
                            _say("already_recorded", project=entry.project, phase=entry.phase,
                                 result=say(f"common.outcome.{old.result}")),
                        )
                    ],
                    _say("summary.not_recorded"),
                )
        new_text = old_text if old_text.endswith("\n") else old_text + "\n"
        new_text += _entry_text(entry)
        try:
            written = parse_ledger(new_text, str(given))
            appended = written.ledger.entries == [*ledger.entries, entry]
        except LedgerError:
            appended = False
        if not appended:
            # The file's layout (e.g. a flow-style "entries: [...]") does not allow appending
            # text: write the same ledger in the standard layout instead.
            rebuilt = Ledger(
                format=LEDGER_FORMAT,
                scenario=ledger.scenario,
                scenario_sha256=ledger.scenario_sha256,
                created=ledger.created,
                entries=[*ledger.entries, entry],
            )
            new_text = _HEADER_COMMENT + _ledger_text(rebuilt)
            written = parse_ledger(new_text, str(given))
        _write_atomically(path, new_text)
    return written


def _ledger_text(ledger: Ledger) -> str:
    header = {
        "format": ledger.format,
        "scenario": ledger.scenario,
        "scenario_sha256": ledger.scenario_sha256,
    }
    if ledger.created is not None:
        header["created"] = ledger.created  # type: ignore[assignment]
    text = yaml.safe_dump(header, sort_keys=False, allow_unicode=True) + "entries:\n"
    return text + "".join(_entry_text(entry) for entry in ledger.entries)


# --- checking against the scenario ----------------------------------------------------------------


def check_ledger(
    scenario: Scenario, ledger: LoadedLedger | Ledger, file_sha256: str | None = None
) -> list[Problem]:
    """Return what does not fit between a ledger and its scenario: errors, then warnings.

    Errors where the ledger cannot be right: another scenario's name, actors the scenario does
    not have, project types it does not define, phases beyond its ``phases`` or with a gap
    before them (every phase up to the last recorded one must have an entry). A warning where
    it may be right: the scenario file changed since the ledger was created.

    Args:
        scenario: The scenario the ledger is replayed into.
        ledger: The ledger (a :class:`LoadedLedger` gives located problems).
        file_sha256: The scenario file's hash now (None or "": not compared).
    """
    loaded = ledger if isinstance(ledger, LoadedLedger) else LoadedLedger(ledger)
    entries = loaded.ledger.entries
    problems = []
    if loaded.ledger.scenario != scenario.name:
        problems.append(
            loaded.problem(
                ("scenario",),
                _say("other_scenario", ledger=loaded.ledger.scenario, scenario=scenario.name),
            )
        )
    members = {a.id for a in scenario.actors}
    types = {t.id for t in scenario.project_types}
    recorded = {e.phase for e in entries}
    gap_reported: set[int] = set()
    for index, entry in enumerate(entries):
        for position, actor in enumerate(entry.participants):
            if actor not in members:
                problems.append(
                    loaded.problem(
                        ("entries", index, "participants", position),
                        _say("not_a_member", actor=actor, scenario=scenario.name),
                    )
                )
        if entry.type is not None and entry.type not in types:
            problems.append(
                loaded.problem(
                    ("entries", index, "type"),
                    _say("unknown_type", type=entry.type, known=", ".join(sorted(types))),
                )
            )
        if entry.phase > scenario.phases:
            problems.append(
                loaded.problem(
                    ("entries", index, "phase"),
                    _say("phase_beyond", count=scenario.phases, phase=entry.phase),
                )
            )
        elif entry.phase not in gap_reported and not set(range(1, entry.phase)) <= recorded:
            gap_reported.add(entry.phase)  # once per phase, at its first entry
            missing = sorted(set(range(1, entry.phase)) - recorded)
            problems.append(
                loaded.problem(
                    ("entries", index, "phase"),
                    _say("phase_gap", count=len(missing), phase=entry.phase,
                         missing=", ".join(map(str, missing))),
                )
            )
    stored = loaded.ledger.scenario_sha256
    if file_sha256 and stored and stored != file_sha256:
        warning = loaded.problem(
            ("scenario_sha256",), _say("scenario_changed", stored=stored[:12], now=file_sha256[:12])
        )
        problems.append(dataclasses.replace(warning, severity="warning"))
    return sorted(problems, key=lambda p: (p.severity != "error", p.line or 0, p.column or 0))


# --- replaying -----------------------------------------------------------------------------------


def apply_ledger(
    scenario: Scenario, ledger: LoadedLedger | Ledger, trust: TrustState
) -> tuple[TrustState, int]:
    """Replay the recorded outcomes into the trust model.

    Phases are replayed in order; before each phase's outcomes, evidence ages by one phase
    (``end_phase``, the forgetting), exactly as in a simulated roadmap. Phases without entries
    still age the evidence.

    Args:
        scenario: The scenario the ledger belongs to.
        ledger: The ledger (a :class:`LoadedLedger` gives located problems).
        trust: Trust before the first phase (usually ``initial_trust(scenario)``).

    Returns:
        The trust after the last recorded phase and the number of the next phase to plan.

    Raises:
        LedgerError: If the ledger cannot belong to the scenario (see :func:`check_ledger`).
    """
    loaded = ledger if isinstance(ledger, LoadedLedger) else LoadedLedger(ledger)
    entries = loaded.ledger.entries
    errors = [p for p in check_ledger(scenario, loaded) if p.severity == "error"]
    if errors:
        raise LedgerError(errors, DOES_NOT_FIT)
    last = max((e.phase for e in entries), default=0)
    for phase in range(1, last + 1):
        trust = trust.end_phase().record_many(
            (e.participants, e.result, e.ambition) for e in entries if e.phase == phase
        )
    return trust, last + 1
