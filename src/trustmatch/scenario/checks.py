"""Cross-references between the sections of a scenario: ids, actors, needs, resources.

The checks read the raw data (plain dicts and lists, after overrides) and skip anything of the
wrong type, so they also run when some fields fail type validation: a consultant sees every
problem of a file at once. Types and ranges are the models' job; this module checks that the
names used in one section exist in another.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from trustmatch.i18n.phrase import say
from trustmatch.scenario.fields import did_you_mean, listing
from trustmatch.scenario.messages import Finding, PathKey
from trustmatch.scenario.models import ParticipantRange

_DEFAULT_MIN = ParticipantRange.model_fields["min"].default
_DEFAULT_MAX = ParticipantRange.model_fields["max"].default


def _entries(data: dict[str, Any], section: str) -> list[tuple[int, dict[str, Any]]]:
    """Return (position, entry) for the mapping entries of a list section."""
    value = data.get(section)
    if not isinstance(value, list):
        return []
    return [(i, entry) for i, entry in enumerate(value) if isinstance(entry, dict)]


def _id(entry: dict[str, Any]) -> str | None:
    value = entry.get("id")
    return value if isinstance(value, str) and value.strip() else None


def _ids(data: dict[str, Any], section: str) -> list[str]:
    return [i for _, e in _entries(data, section) if (i := _id(e)) is not None]


def _duplicate_ids(data: dict[str, Any], section: str) -> list[Finding]:
    findings: list[Finding] = []
    first: dict[str, int] = {}
    for position, entry in _entries(data, section):
        ident = _id(entry)
        if ident is None:
            continue
        if ident in first:
            findings.append(
                Finding(
                    (section, position, "id"),
                    say(f"scenario.finding.duplicate_id.{section}", id=ident,
                        first=str(first[ident] + 1)),
                )
            )
        else:
            first[ident] = position
    return findings


class _Names:
    """Known names of one kind, with the message for an unknown one."""

    def __init__(self, names: list[str], section: str):
        self.names = set(names)
        self.ordered = sorted(self.names)
        self.section = section

    def check(self, value: Any, path: PathKey) -> list[Finding]:
        if not isinstance(value, str) or not value or value in self.names:
            return []
        hint: Any = did_you_mean(value, self.ordered)
        if not hint:
            known: Any = listing(self.ordered) if self.ordered else say("scenario.finding.none")
            hint = say(f"scenario.finding.known.{self.section}", names=known)
        return [Finding(path, say(f"scenario.finding.unknown.{self.section}", name=value,
                                  hint=hint))]


def _pairs(path: PathKey, pairs: Any, actors: _Names, what: str) -> list[Finding]:
    """Check pairs of actors: known actors, and no actor paired with itself (``what``: key)."""
    findings: list[Finding] = []
    if not isinstance(pairs, list):
        return findings
    for position, pair in enumerate(pairs):
        pair_path = path + (position,)
        if isinstance(pair, dict):  # trust.known entries: {pair: [a, b], value: ...}
            pair_path = pair_path + ("pair",)
            pair = pair.get("pair")
        if not isinstance(pair, list):
            continue
        for index, member in enumerate(pair[:2]):
            findings += actors.check(member, pair_path + (index,))
        if len(pair) == 2 and isinstance(pair[0], str) and pair[0] == pair[1]:
            findings.append(Finding(pair_path, say(f"scenario.finding.self_pair.{what}",
                                                   actor=pair[0])))
    return findings


def _known_twice(known: Any) -> list[Finding]:
    """Known trust given twice for one pair with different values: which one holds is unclear."""
    findings: list[Finding] = []
    if not isinstance(known, list):
        return findings
    first: dict[frozenset[str], tuple[int, Any]] = {}
    for position, entry in enumerate(known):
        if not isinstance(entry, dict):
            continue
        pair, value = entry.get("pair"), entry.get("value")
        if not isinstance(pair, list) or len(pair) != 2:
            continue
        if not all(isinstance(actor, str) for actor in pair):
            continue
        key = frozenset(pair)
        if key in first and first[key][1] != value:
            earlier, earlier_value = first[key]
            findings.append(
                Finding(
                    ("trust", "known", position, "value"),
                    say("cli.known_trust_twice", a=pair[0], b=pair[1], value=value,
                        earlier=earlier_value, position=str(earlier + 1)),
                )
            )
        first.setdefault(key, (position, value))
    return findings


def _resource_uses(
    uses: Any, path: PathKey, resources: _Names, has_resources: bool
) -> list[Finding]:
    if not isinstance(uses, dict):
        return []
    findings: list[Finding] = []
    for name in uses:
        if name in resources.names:
            continue
        hint = did_you_mean(name, resources.ordered)
        known: Any = listing(resources.ordered) if has_resources else say("scenario.finding.none")
        findings.append(
            Finding(
                path + (name,),
                say("scenario.finding.no_capacity", name=name, names=known, hint=hint),
                at_key=True,
            )
        )
    return findings


def _participants(entry: dict[str, Any], path: PathKey) -> tuple[list[Finding], int | None]:
    """Check min <= max participants; return findings and the effective minimum."""
    rng = entry.get("participants", {})
    if rng is None:
        rng = {}
    if not isinstance(rng, dict):
        return [], None
    low, high = rng.get("min", _DEFAULT_MIN), rng.get("max", _DEFAULT_MAX)
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (low, high)):
        return [], None
    if low > high:
        which = "max" if "max" in rng else "min"
        both = "min" in rng and "max" in rng
        key = "min_above_max" if both else "min_above_max_default"
        return [
            Finding(path + ("participants", which), say(f"scenario.finding.{key}", low=low,
                                                         high=high))
        ], None
    return [], low


def _statement_ref(
    ref: Any, path: PathKey, actors: dict[str, list[Any]]
) -> list[Finding]:
    """Check that a reference to a stated need (actor + position or text) names one."""
    if not isinstance(ref, dict):
        return []
    actor = ref.get("actor")
    if not isinstance(actor, str) or not actor:
        return []
    if actor not in actors:
        hint = did_you_mean(actor, sorted(actors))
        return [Finding(path + ("actor",), say("scenario.finding.unknown_actor", name=actor,
                                               hint=hint))]
    statements = actors[actor]
    position, text = ref.get("need"), ref.get("text")
    if isinstance(position, int) and not isinstance(position, bool):
        if not 1 <= position <= len(statements):
            return [Finding(
                path + ("need",),
                say("scenario.finding.no_such_statement", count=len(statements), actor=actor,
                    position=position),
            )]
        return []
    if isinstance(text, str):
        wanted = " ".join(text.lower().split())
        known = [
            s.get("text") for s in statements
            if isinstance(s, dict) and isinstance(s.get("text"), str)
        ]
        if not any(" ".join(k.lower().split()) == wanted for k in known):
            listed: Any = "; ".join(f"'{k}'" for k in known) or say("scenario.finding.none")
            return [Finding(
                path + ("text",),
                say("scenario.finding.no_such_text", actor=actor, texts=listed),
            )]
        return []
    if position is None and text is None and len(statements) != 1:
        return [Finding(
            path, say("scenario.finding.which_statement", count=len(statements), actor=actor),
        )]
    return []


def _theme_corrections(data: dict[str, Any], needs: _Names) -> list[Finding]:
    """Check ``themes.corrections``: known actors, needs and catalogue tags."""
    themes = data.get("themes")
    corrections = themes.get("corrections") if isinstance(themes, dict) else None
    if not isinstance(corrections, list):
        return []
    actors: dict[str, list[Any]] = {}
    for _, actor in _entries(data, "actors"):
        ident = _id(actor)
        if ident is not None:
            statements = actor.get("needs")
            actors[ident] = statements if isinstance(statements, list) else []
    findings: list[Finding] = []
    for position, correction in enumerate(corrections):
        if not isinstance(correction, dict):
            continue
        path: PathKey = ("themes", "corrections", position)
        findings += _statement_ref(correction, path, actors)
        findings += needs.check(correction.get("tag"), path + ("tag",))
        findings += _statement_ref(correction.get("same_as"), path + ("same_as",), actors)
    return findings


def check_references(data: Any) -> list[Finding]:
    """Return every cross-reference problem of raw scenario data, errors and warnings.

    Args:
        data: The scenario as plain data (after overrides); anything of the wrong type is
            skipped, since validation reports it.
    """
    if not isinstance(data, dict):
        return []
    findings: list[Finding] = []
    for section in ("actors", "needs", "project_types", "projects"):
        findings += _duplicate_ids(data, section)

    actors = _Names(_ids(data, "actors"), "actors")
    needs = _Names(_ids(data, "needs"), "needs")
    types = _Names(_ids(data, "project_types"), "project_types")
    raw_resources = data.get("resources")
    has_resources = isinstance(raw_resources, dict) and bool(raw_resources)
    resources = _Names(list(raw_resources) if isinstance(raw_resources, dict) else [],
                       "resources")

    # Who states which catalogue need, and who states free text that may match any need later
    # (for the "may never be planned" warning).
    stating: dict[str, set[str]] = {}
    with_any_need: set[str] = set()
    with_free_text: set[str] = set()
    for position, actor in _entries(data, "actors"):
        statements = actor.get("needs")
        if not isinstance(statements, list):
            continue
        ident = _id(actor) or f"#{position}"
        for index, statement in enumerate(statements):
            if not isinstance(statement, dict):
                continue
            with_any_need.add(ident)
            if isinstance(statement.get("text"), str) and statement.get("need") is None:
                with_free_text.add(ident)
            tag = statement.get("need")
            findings += needs.check(tag, ("actors", position, "needs", index, "need"))
            if isinstance(tag, str):
                stating.setdefault(tag, set()).add(ident)

    findings += _theme_corrections(data, needs)

    competition = data.get("competition")
    if isinstance(competition, dict):
        findings += _pairs(
            ("competition", "pairs"), competition.get("pairs"), actors, "competitor"
        )
        findings += _pairs(
            ("competition", "not_competing"), competition.get("not_competing"), actors,
            "not_competing",
        )
    trust = data.get("trust")
    if isinstance(trust, dict):
        findings += _pairs(("trust", "known"), trust.get("known"), actors, "trust")
        findings += _known_twice(trust.get("known"))

    objective = data.get("objective")
    if isinstance(objective, dict) and isinstance(objective.get("cost_resource"), str):
        name = objective["cost_resource"]
        if name not in resources.names:
            known = listing(resources.ordered) or say("scenario.finding.none")
            findings.append(
                Finding(
                    ("objective", "cost_resource"),
                    say("scenario.finding.no_capacity", name=name, names=known,
                        hint=did_you_mean(name, resources.ordered)),
                )
            )

    type_ids = set(types.names)
    for position, kind in _entries(data, "project_types"):
        path: PathKey = ("project_types", position)
        findings += _resource_uses(kind.get("uses"), path + ("uses",), resources, has_resources)
        addresses = kind.get("addresses", "any")
        if isinstance(addresses, list):
            for index, tag in enumerate(addresses):
                findings += needs.check(tag, path + ("addresses", index))
        problems, minimum = _participants(kind, path)
        findings += problems
        if minimum is None:
            continue
        name = _id(kind) or str(position + 1)
        if addresses == "any":
            if len(with_any_need) < minimum:
                key = "too_few_with_needs" if with_any_need else "no_actor_with_needs"
                findings.append(Finding(path, say(
                    f"scenario.finding.{key}", count=len(with_any_need), type=name,
                    minimum=minimum,
                ), severity="warning"))
            continue
        if not isinstance(addresses, list):
            continue
        served = [stating.get(t, set()) for t in addresses if isinstance(t, str)]
        tagged = set().union(*served)
        # Free text is matched to the catalogue when planning, so an actor who states only free
        # text may still turn out to state this need: count them as possible, and say so.
        possible = with_free_text - tagged
        if len(tagged) + len(possible) < minimum:
            key = "too_few_addressed_free" if possible else "too_few_addressed"
            if not tagged and not possible:
                key = "no_actor_addressed"
            findings.append(Finding(path, say(
                f"scenario.finding.{key}", count=len(tagged) + len(possible), type=name,
                minimum=minimum, tagged=len(tagged), free=len(possible),
            ), severity="warning"))

    for position, project in _entries(data, "projects"):
        path = ("projects", position)
        ident = _id(project)
        if ident is not None and ident in type_ids:
            findings.append(
                Finding(path + ("id",), say("scenario.finding.project_id_is_type", id=ident))
            )
        findings += types.check(project.get("type"), path + ("type",))
        participants = project.get("participants")
        if isinstance(participants, list):
            counts = Counter(p for p in participants if isinstance(p, str))
            for index, member in enumerate(participants):
                findings += actors.check(member, path + ("participants", index))
                if isinstance(member, str) and counts[member] > 1:
                    counts[member] = 0  # report each repeated actor once
                    findings.append(
                        Finding(
                            path + ("participants", index),
                            say("scenario.finding.participant_twice", actor=member),
                        )
                    )
        addresses = project.get("addresses")
        if isinstance(addresses, list):
            for index, tag in enumerate(addresses):
                findings += needs.check(tag, path + ("addresses", index))
        findings += _resource_uses(project.get("uses"), path + ("uses",), resources, has_resources)
    return findings
