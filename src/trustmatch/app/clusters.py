"""What the app does with a cluster's files, apart from the web: read, edit, plan, record.

Everything here goes through the library API (:func:`trustmatch.load_scenario`,
:func:`trustmatch.roadmap`, :mod:`trustmatch.ledger`) and through :class:`Workspace` for every
file, so the CLI reads the same files the app writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from trustmatch.app import yamledit
from trustmatch.app.forms import FieldErrors, FormReader, slug, unique_id
from trustmatch.app.workspace import ClusterFiles, Workspace, sha256
from trustmatch.errors import LedgerError, Problem, ScenarioError
from trustmatch.i18n import Messages
from trustmatch.ledger import LoadedLedger, append_entry, entry_from_plan, load_ledger, read_plan
from trustmatch.results import RoadmapResult, to_json
from trustmatch.scenario import LoadedScenario, load_scenario
from trustmatch.scenario.loader import load_scenario_text
from trustmatch.scenario.models import DEFAULT_MAX_PROJECTS_PER_PHASE
from trustmatch.scenario.reader import MAX_FILE_BYTES

KINDS: tuple[str, ...] = (
    "company", "startup", "supplier", "university", "research", "association", "public"
)
"""Kinds of member, in the order of the drop-down list (labels ``app.kind.<kind>``)."""
RESULTS: tuple[str, ...] = ("success", "failure", "cancelled")
"""What can happen to a project (labels ``app.result.<result>``)."""


# Scenarios may write a resource as a number or as ``{capacity: …, label: …, unit: …}``, and a
# label as one text or per language (``{en: …, de: …}``); these helpers read and write both.


def capacity(value: Any) -> float:
    """Return a resource's capacity per phase (a number, or an object with ``capacity``)."""
    return float(getattr(value, "capacity", value))


def label_of(item: Any, lang: str) -> str:
    """Return the label of a need or project type in ``lang`` (its ``label`` when only one)."""
    label_in = getattr(item, "label_in", None)
    return label_in(lang) if callable(label_in) else str(item.label)


def title_of(scenario: Any, lang: str) -> str:
    """Return the cluster's title in ``lang`` (its ``name`` when it has no title)."""
    title_in = getattr(scenario, "title_in", None)
    return title_in(lang) if callable(title_in) else str(scenario.name)


def set_text(mapping: CommentedMap, key: str, value: str | None, lang: str) -> None:
    """Set a text that may be given per language: change only the manager's language then."""
    existing = mapping.get(key)
    if isinstance(existing, dict) and value is not None:
        if value not in [str(text) for text in existing.values()]:
            existing[lang] = value
        return
    yamledit.set_or_remove(mapping, key, value)


@dataclass(frozen=True)
class Cluster:
    """A cluster as the app shows it: its files read, validated and put together.

    Attributes:
        files: The cluster's files.
        text: The scenario file's text.
        sha256: Hash of the scenario file's bytes (carried by every edit form).
        loaded: The validated scenario (None when the file is invalid).
        problems: What is wrong with the scenario (errors and warnings).
        ledger: The ledger (None when there is none yet or it is invalid).
        ledger_problems: What is wrong with the ledger.
        plan: The saved roadmap (None before the first planning run).
        next_phase: The phase to plan next (after the recorded ones).
    """

    files: ClusterFiles
    text: str
    sha256: str
    loaded: LoadedScenario | None
    problems: tuple[Problem, ...] = ()
    ledger: LoadedLedger | None = None
    ledger_problems: tuple[Problem, ...] = ()
    plan: RoadmapResult | None = None
    next_phase: int = 1

    @property
    def names(self) -> dict[str, str]:
        """Actor id → name."""
        if self.loaded is None:
            return {}
        return {actor.id: actor.name for actor in self.loaded.scenario.actors}

    @property
    def plan_is_current(self) -> bool:
        """Whether the saved plan was made from this scenario file and this ledger."""
        return (
            self.plan is not None and bool(self.plan.phases)
            and self.plan.scenario.file_sha256 == self.sha256
            and self.plan.phases[0].plan.phase == self.next_phase
        )

    @property
    def recorded(self) -> dict[tuple[int, str], Any]:
        """(phase, project id) → ledger entry."""
        if self.ledger is None:
            return {}
        return {(e.phase, e.project): e for e in self.ledger.ledger.entries}


def read_cluster(workspace: Workspace, name: str) -> Cluster:
    """Read a cluster's scenario, ledger and saved plan; problems are kept, not raised.

    Raises:
        OutsideFolder: The name or one of its files leaves the folder.
        FileNotFoundError: There is no scenario of that name.
    """
    files = workspace.cluster(name)
    raw = workspace.read_bytes(files.scenario, MAX_FILE_BYTES + 1)
    text = raw.decode("utf-8", errors="replace")
    digest = sha256(raw)
    loaded: LoadedScenario | None = None
    problems: tuple[Problem, ...] = ()
    try:
        loaded = load_scenario_text(text, source=files.scenario.name)
        loaded = LoadedScenario(loaded.scenario, files.scenario, digest, (), (), loaded.warnings)
        problems = loaded.warnings
    except ScenarioError as error:
        problems = tuple(error.problems)
    ledger = None
    ledger_problems: tuple[Problem, ...] = ()
    next_phase = 1
    if files.ledger.exists():
        try:
            ledger = load_ledger(files.ledger)
            if loaded is not None:
                next_phase = max((e.phase for e in ledger.ledger.entries), default=0) + 1
        except LedgerError as error:
            ledger_problems = tuple(error.problems)
    plan = None
    if files.plan.exists():
        try:
            plan = RoadmapResult.model_validate_json(
                workspace.read_bytes(files.plan, 50 * MAX_FILE_BYTES))
        except (ValueError, OSError):
            plan = None
    return Cluster(files, text, digest, loaded, problems, ledger, ledger_problems, plan,
                   next_phase)


# --- planning -------------------------------------------------------------------------------------


def plan_next_phase(
    workspace: Workspace, cluster: Cluster, replications: int,
    progress: Callable[[int, int], None],
) -> RoadmapResult:
    """Compute the roadmap from the recorded outcomes on and save it as ``NAME.plan.json``.

    The first phase of the roadmap is the recommendation for the next phase; later phases are
    planned with simulated outcomes (``replications`` runs give the band of expected trust).

    Raises:
        UserError: The scenario or the ledger is invalid.
    """
    from trustmatch import roadmap

    files = cluster.files
    loaded = load_scenario(files.scenario)
    ledger = load_ledger(files.ledger) if files.ledger.exists() else None
    result = roadmap(loaded, replications=replications, ledger=ledger, progress=progress)
    with workspace.locked(files.plan):
        workspace.write_atomically(files.plan, to_json(result).encode("utf-8"))
    return result


# --- recording outcomes ---------------------------------------------------------------------------


def record_outcome(
    cluster: Cluster, project: str, result: str, participants: list[str], note: str,
    today: dt.date | None = None,
) -> None:
    """Append what happened to one project of the saved plan to the ledger (atomically).

    Raises:
        LedgerError: The project is not in the plan, is already recorded, or the ledger does not
            fit (located problems).
    """
    files = cluster.files
    assert cluster.plan is not None and cluster.loaded is not None
    phase = cluster.plan.phases[0].plan.phase
    planned = read_plan(files.plan, phase)
    members = [actor.id for actor in cluster.loaded.scenario.actors]
    entry = entry_from_plan(planned, project, result, participants=participants, note=note,
                            date=today, members=members)
    append_entry(files.ledger, entry, scenario=planned.scenario,
                 scenario_sha256=planned.scenario_sha256)


# --- editing --------------------------------------------------------------------------------------


@dataclass
class EditOutcome:
    """The result of applying a form to the scenario text.

    Attributes:
        text: The new text (None when the form has problems).
        errors: Field → message, shown beside the fields.
        general: Problems that belong to no field of the form.
    """

    text: str | None
    errors: FieldErrors = field(default_factory=FieldErrors)
    general: list[str] = field(default_factory=list)


def _validated(
    text: str, source: str, change: Callable[[CommentedMap], None], errors: FieldErrors,
    fields: Mapping[str, str], say: Messages,
) -> EditOutcome:
    """Apply ``change`` and validate the new text; map the scenario's problems to fields.

    ``fields`` maps a dotted scenario path prefix (``resources.budget_eur``) to a form field.
    """
    if errors:
        return EditOutcome(None, errors)
    new_text = yamledit.edit(text, change)
    try:
        load_scenario_text(new_text, source=source)
    except ScenarioError as error:
        outcome = EditOutcome(None, errors)
        for problem in error.errors:
            detail = problem.text(say.lang)
            target = next((f for prefix, f in sorted(fields.items(), key=lambda i: -len(i[0]))
                           if problem.path == prefix or problem.path.startswith(prefix + ".")),
                          None)
            if target is not None:
                outcome.errors.add(target, detail)
            else:
                outcome.general.append(problem.format(say.lang))
        return outcome
    return EditOutcome(new_text)


def edit_resources(
    text: str, source: str, values: Mapping[str, str], say: Messages
) -> EditOutcome:
    """Apply the budgets form: one capacity per resource (``res.NAME``) and the phases."""
    data = yamledit.load(text)
    form = FormReader(values, say)
    resources = dict(data.get("resources") or {})
    new_values = {name: form.number(f"res.{name}", minimum=0) for name in resources}

    def change(doc: CommentedMap) -> None:
        for name, value in new_values.items():
            if value is None:
                continue
            if isinstance(doc["resources"][name], dict):  # {capacity: …, label: …}
                yamledit.set_or_remove(doc["resources"][name], "capacity",
                                       yamledit.number(value))
            else:
                yamledit.set_or_remove(doc["resources"], name, yamledit.number(value))

    return _validated(text, source, change, form.errors,
                      {f"resources.{name}": f"res.{name}" for name in resources}, say)


def _actor_index(data: CommentedMap, actor_id: str) -> int | None:
    for index, actor in enumerate(data.get("actors") or []):
        if isinstance(actor, dict) and str(actor.get("id")) == actor_id:
            return index
    return None


def edit_member(
    text: str, source: str, actor_id: str | None, values: Mapping[str, str], say: Messages,
) -> EditOutcome:
    """Apply the member form (new member when ``actor_id`` is None).

    Fields: ``name``, ``kind``, ``markets`` (comma-separated), ``size``, ``capacity`` and the
    need rows ``need.I.tag`` / ``need.I.text`` / ``need.I.weight`` / ``need.I.remove``.
    """
    data = yamledit.load(text)
    catalogue = [str(n.get("id")) for n in data.get("needs") or [] if isinstance(n, dict)]
    form = FormReader(values, say)
    name = form.text("name")
    kind = form.choice("kind", KINDS)
    markets = form.identifiers("markets")
    size = form.number("size", minimum=0, integer=True, required=False)
    capacity = form.number("capacity", minimum=0, maximum=100, integer=True)
    index = _actor_index(data, actor_id) if actor_id is not None else None
    if actor_id is not None and index is None:
        form.errors.add("name", say("app.member.gone"))
    existing_needs = list(data["actors"][index].get("needs") or []) if index is not None else []
    rows = []
    for row in range(len(existing_needs) + 1):
        prefix = f"need.{row}"
        if values.get(f"{prefix}.remove"):
            rows.append(None)
            continue
        tag = form.choice(f"{prefix}.tag", catalogue, required=False)
        statement = form.text(f"{prefix}.text", required=False, max_length=2000)
        if row == len(existing_needs) and tag is None and statement is None:
            continue  # the empty row for a new need, left empty
        if tag is None and statement is None:
            form.errors.add(f"{prefix}.text", say("app.member.need_empty"))
            rows.append(None)
            continue
        weight = form.number(f"{prefix}.weight", above=0, maximum=100)
        rows.append((tag, statement, weight))
    new_id = None
    if actor_id is None:
        taken = [str(a.get("id")) for a in data.get("actors") or [] if isinstance(a, dict)]
        new_id = unique_id(slug(name or "") or "member", taken)

    def change(doc: CommentedMap) -> None:
        if index is None:
            actor = CommentedMap()
            actor["id"] = new_id
            doc.setdefault("actors", CommentedSeq()).append(actor)
        else:
            actor = doc["actors"][index]
        yamledit.set_or_remove(actor, "name", name)
        yamledit.set_or_remove(actor, "kind", kind)
        if markets or "markets" in actor:
            yamledit.set_or_remove(actor, "markets", yamledit.flow_list(markets) if markets
                                   else None)
        yamledit.set_or_remove(actor, "size", size)
        _set_unless_default(actor, "max_projects_per_phase", capacity,
                            DEFAULT_MAX_PROJECTS_PER_PHASE)
        needs = actor.get("needs")
        if needs is None:
            needs = CommentedSeq()
        for position in range(len(rows) - 1, -1, -1):
            if rows[position] is None and position < len(needs):
                del needs[position]
        kept = [r for r in rows if r is not None]
        for position, (tag, statement, weight) in enumerate(kept):
            if position >= len(needs):
                needs.append(CommentedMap())
            item = needs[position]
            if tag is not None:
                yamledit.set_or_remove(item, "text", None)
                yamledit.set_or_remove(item, "need", tag)
            else:
                yamledit.set_or_remove(item, "need", None)
                yamledit.set_or_remove(item, "text", statement)
            yamledit.set_or_remove(item, "weight", yamledit.number(weight or 1))
            if "weight" in item and list(item).index("weight") < len(item) - 1:
                item.move_to_end("weight")
        if needs or "needs" in actor:
            actor["needs"] = needs

    position = index if index is not None else len(data.get("actors") or [])
    fields = {f"actors.{position}.name": "name", f"actors.{position}.kind": "kind",
              f"actors.{position}.markets": "markets", f"actors.{position}.size": "size",
              f"actors.{position}.max_projects_per_phase": "capacity"}
    for row in range(len(rows)):
        fields[f"actors.{position}.needs.{row}"] = f"need.{row}.text"
    outcome = _validated(text, source, change, form.errors, fields, say)
    return outcome


def remove_member(text: str, source: str, actor_id: str, say: Messages) -> EditOutcome:
    """Remove a member and the pairs and explicit-project places that name it."""
    data = yamledit.load(text)
    index = _actor_index(data, actor_id)
    if index is None:
        return EditOutcome(None, general=[say("app.member.gone")])

    def change(doc: CommentedMap) -> None:
        del doc["actors"][index]
        competition = doc.get("competition") or {}
        for key in ("pairs", "not_competing"):
            pairs = competition.get(key)
            if isinstance(pairs, list):
                for position in range(len(pairs) - 1, -1, -1):
                    if actor_id in [str(x) for x in pairs[position]]:
                        del pairs[position]
        known = (doc.get("trust") or {}).get("known")
        if isinstance(known, list):
            for position in range(len(known) - 1, -1, -1):
                pair = known[position].get("pair") if isinstance(known[position], dict) else None
                if pair and actor_id in [str(x) for x in pair]:
                    del known[position]
        for project in doc.get("projects") or []:
            people = project.get("participants") if isinstance(project, dict) else None
            if isinstance(people, list) and actor_id in people:
                people.remove(actor_id)

    return _validated(text, source, change, FieldErrors(), {}, say)


def _set_unless_default(mapping: CommentedMap, key: str, value: Any, default: Any) -> None:
    if value is None:
        return
    if key in mapping or value != default:
        yamledit.set_or_remove(mapping, key, value)


def _type_index(data: CommentedMap, type_id: str) -> int | None:
    for index, item in enumerate(data.get("project_types") or []):
        if isinstance(item, dict) and str(item.get("id")) == type_id:
            return index
    return None


def edit_project_type(
    text: str, source: str, type_id: str | None, values: Mapping[str, str], say: Messages,
) -> EditOutcome:
    """Apply the project-type form (new type when ``type_id`` is None).

    Fields: ``label``, ``ambition``, ``min``, ``max``, ``trust``, ``success`` and per resource
    ``use.NAME.fixed`` / ``use.NAME.per``.
    """
    data = yamledit.load(text)
    resources = [str(name) for name in data.get("resources") or {}]
    form = FormReader(values, say)
    label = form.text("label")
    ambition = form.number("ambition", minimum=1, maximum=4, integer=True)
    low = form.number("min", minimum=1, maximum=10_000, integer=True)
    high = form.number("max", minimum=1, maximum=10_000, integer=True)
    if low is not None and high is not None and low > high:
        form.errors.add("max", say("app.type.max_below_min"))
    trust = form.number("trust", minimum=0, maximum=1)
    success = form.number("success", above=0, maximum=1)
    uses = {name: (form.number(f"use.{name}.fixed", minimum=0, required=False),
                   form.number(f"use.{name}.per", minimum=0, required=False))
            for name in resources}
    index = _type_index(data, type_id) if type_id is not None else None
    if type_id is not None and index is None:
        form.errors.add("label", say("app.type.gone"))
    new_id = None
    if type_id is None:
        taken = [str(t.get("id")) for t in data.get("project_types") or [] if isinstance(t, dict)]
        new_id = unique_id(slug(label or "") or "project", taken)

    def change(doc: CommentedMap) -> None:
        if index is None:
            item = CommentedMap()
            item["id"] = new_id
            doc.setdefault("project_types", CommentedSeq()).append(item)
        else:
            item = doc["project_types"][index]
        set_text(item, "label", label, say.lang)
        # A value at its default is written only where the file already names it.
        _set_unless_default(item, "ambition", ambition, 1)
        span = item.get("participants")
        if span is None and (low != 2 or high != 10):
            span = CommentedMap()
            item["participants"] = span
        if span is not None:
            _set_unless_default(span, "min", low, 2)
            _set_unless_default(span, "max", high, 10)
        used = item.get("uses")
        if used is None:
            used = CommentedMap()
        for name, (fixed, per) in uses.items():
            if fixed is None and per is None:
                if name in used:
                    del used[name]
                continue
            entry = used.get(name)
            if entry is None:
                entry = CommentedMap()
                used[name] = entry
            yamledit.set_or_remove(entry, "fixed", yamledit.number(fixed) if fixed else None)
            yamledit.set_or_remove(entry, "per_participant",
                                   yamledit.number(per) if per else None)
        if used or "uses" in item:
            item["uses"] = used
        _set_unless_default(item, "trust_required", yamledit.number(trust or 0), 0)
        _set_unless_default(item, "success_probability", yamledit.number(success or 0.8), 0.8)

    position = index if index is not None else len(data.get("project_types") or [])
    prefix = f"project_types.{position}"
    fields = {f"{prefix}.label": "label", f"{prefix}.ambition": "ambition",
              f"{prefix}.participants.min": "min", f"{prefix}.participants": "max",
              f"{prefix}.trust_required": "trust", f"{prefix}.success_probability": "success"}
    for name in resources:
        fields[f"{prefix}.uses.{name}"] = f"use.{name}.fixed"
    return _validated(text, source, change, form.errors, fields, say)


# --- new clusters ---------------------------------------------------------------------------------


def starter_cluster(name: str, display_name: str, budget: float, hours: float | None) -> str:
    """Return the text of a new cluster: the commented starter scenario, renamed and budgeted."""
    from trustmatch.cli.new import starter_text  # the starter of `trustmatch new`, defaults in

    starter = starter_text()

    def change(doc: CommentedMap) -> None:
        doc["name"] = name
        doc["description"] = display_name
        resources = doc["resources"]
        for key, value in (("budget_eur", budget), ("manager_hours", hours)):
            if value is None or key not in resources:
                continue
            if isinstance(resources[key], dict):
                resources[key]["capacity"] = yamledit.number(value)
            else:
                resources[key] = yamledit.number(value)

    return yamledit.edit(starter, change)
