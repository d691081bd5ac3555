"""Turn the rows of a filled survey into scenario data and its readable YAML text.

Every value is checked here, and every problem is collected with its place (``Bedarfe!C7``),
so the user sees all of them at once. Members get ids made from their names (umlauts
transliterated, legal forms dropped, made unique); needs stay in the members' own words with
their importance as weight; known competitors become competitor pairs and earlier cooperation
known trust; the project types and needs catalogue are the defaults of ``survey.defaults``.
"""

from __future__ import annotations

import difflib
import json
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trustmatch.errors import Problem
from trustmatch.i18n import message
from trustmatch.survey.defaults import BUDGET, DEFAULTS, HOURS
from trustmatch.survey.layout import (
    DATA_SHEETS,
    IMPORTANCES,
    choice_labels,
    choice_lookup,
    normalise,
    sheet_titles,
)
from trustmatch.survey.reading import Cell, Place, Row, SurveyData
from trustmatch.survey.yamltext import Writer, default_blocks, flow, scalar

MAX_NAME = 300
"""Longest member name (as the scenario format allows)."""
MAX_NEED = 2000
"""Longest need text (as the scenario format allows)."""
MAX_MARKET = 200
"""Longest market name."""
MAX_MEMBERS = 5000
"""Most members one survey may hold."""

_TRANSLITERATION = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue", "ẞ": "ss",
    "æ": "ae", "ø": "oe", "å": "aa", "œ": "oe", "ł": "l", "đ": "d",
})
_LEGAL_FORMS = {
    "gmbh", "ag", "kg", "ug", "ohg", "gbr", "ev", "eg", "se", "kgaa", "co", "mbh", "ltd", "inc",
    "llc", "plc", "sarl", "sa", "bv", "haftungsbeschraenkt",
}


def make_id(name: str) -> str:
    """Return an id made from a name: ``Sägewerk Müller GmbH`` → ``saegewerk-mueller``.

    Umlauts and ß are transliterated, other accents dropped, legal forms at the end (GmbH, AG,
    e.V., ...) left out when something remains; the result has only a-z, 0-9 and dashes.
    """
    text = unicodedata.normalize("NFC", name).translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("&", " ").replace("+", " ")
    words = [w for w in re.split(r"[^a-z0-9.]+", text) if w.strip(".")]
    words = [w.replace(".", "") for w in words]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return "-".join(w for w in words if w)[:80].strip("-") or "member"


def unique_ids(names: list[str]) -> list[str]:
    """Return one id per name, unique: a repeated id gets ``-2``, ``-3``, ..."""
    seen: set[str] = set()
    ids = []
    for name in names:
        base = make_id(name)
        candidate, number = base, 1
        while candidate in seen:
            number += 1
            candidate = f"{base}-{number}"
        seen.add(candidate)
        ids.append(candidate)
    return ids


def _shown(value: Any, lang: str) -> str:
    """Quote a value the user gave, shortened, as the language quotes (German „…“)."""
    text = str(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f"„{text}“" if lang == "de" else json.dumps(text, ensure_ascii=False)


@dataclass
class Member:
    """A checked member: its id, name and the data of its actor entry."""

    id: str
    name: str
    place: str
    data: dict[str, Any]
    origin: Place
    needs: list[tuple[dict[str, Any], str]] = field(default_factory=list)


@dataclass
class Survey:
    """A checked survey, ready to be written as a scenario.

    Attributes:
        members: The members in survey order.
        competitors: Competitor pairs (actor ids) with the place they were stated.
        known: Known trust: (pair of actor ids, value, experience label, place).
        problems: Every problem found (errors and warnings).
    """

    members: list[Member] = field(default_factory=list)
    competitors: list[tuple[tuple[str, str], str]] = field(default_factory=list)
    known: list[tuple[tuple[str, str], float, str, str]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _where(cell: Cell) -> str:
    """Say where a cell is, for messages and comments: ``Bedarfe!C7`` or ``form.csv:4 (Name)``."""
    place = cell.place
    if place.line is not None:
        return f"{Path(place.file).name}:{place.line}" + (f" ({place.path})" if place.path else "")
    return place.path


_LABELLED_IMPORTANCE = re.compile(r"(\d+)(?:\s*(?:[-–:(]|\s)\D*)?")


class _Checker:
    """Checks the cells of a survey in one language and collects the problems."""

    def __init__(self, data: SurveyData, lang: str):
        self.data = data
        self.lang = lang
        self.problems: list[Problem] = list(data.problems)

    def error(self, cell: Cell, key: str, **values: Any) -> None:
        self.problems.append(cell.place.problem(message(key, self.lang, **values)))

    def warn(self, cell: Cell, key: str, **values: Any) -> None:
        self.problems.append(cell.place.problem(message(key, self.lang, **values), "warning"))

    def required(self, row: Row, key: str, sheet_key: str) -> Cell | None:
        cell = row.get(key)
        if cell.value is None:
            header = message(f"survey.column.{sheet_key}.{key}", self.lang)
            self.error(cell, "survey.error.required", column=header)
            return None
        return cell

    def text(self, cell: Cell, limit: int) -> str | None:
        value = cell.value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        text = " ".join(str(value).split()) if not isinstance(value, str) else value
        if len(text) > limit:
            self.error(cell, "survey.error.too_long", limit=limit, length=len(text))
            return None
        return text

    def size(self, cell: Cell) -> int | None:
        value = cell.value
        if isinstance(value, bool):
            value = None
        elif isinstance(value, float) and value.is_integer():
            value = int(value)
        elif isinstance(value, str):
            digits = value.replace(" ", "").replace("\u00a0", "")
            if re.fullmatch(r"\d{1,3}([.,]\d{3})+", digits):
                digits = re.sub(r"[.,]", "", digits)
            value = int(digits) if digits.isdigit() else None
        if not isinstance(value, int) or value < 0:
            self.error(cell, "survey.error.size", got=_shown(cell.value, self.lang))
            return None
        return value

    def importance(self, cell: Cell) -> int | None:
        value = cell.value
        if isinstance(value, str):
            # Forms export a labelled scale as "5 - sehr wichtig" or "3 (mittel)".
            labelled = _LABELLED_IMPORTANCE.fullmatch(value.strip())
            value = int(labelled[1]) if labelled else value
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or value not in IMPORTANCES:
            self.error(cell, "survey.error.importance", got=_shown(cell.value, self.lang))
            return None
        return value

    def choice(self, cell: Cell, choices: str) -> str | None:
        code = choice_lookup(choices).get(normalise(str(cell.value)))
        if code is None:
            options = ", ".join(choice_labels(choices, self.lang))
            self.error(cell, f"survey.error.{choices}", got=_shown(cell.value, self.lang),
                       options=options)
        return code


def check_survey(data: SurveyData, lang: str) -> Survey:
    """Check every value of a read survey and return the checked members, pairs and problems.

    Args:
        data: The rows as read.
        lang: Language of the messages and the labels.
    """
    check = _Checker(data, lang)
    survey = Survey()
    by_name = _check_members(data, check, survey)
    for row in data.rows.get("needs", []):
        member = _member_of(row, "member", "needs", check, survey, by_name)
        need_cell = check.required(row, "need", "needs")
        text = check.text(need_cell, MAX_NEED) if need_cell is not None else None
        importance_cell = check.required(row, "importance", "needs")
        weight = check.importance(importance_cell) if importance_cell is not None else None
        if member is not None and text is not None and weight is not None:
            member.needs.append(({"text": text, "weight": weight}, _where(importance_cell)))
    _check_pairs(data, check, survey, by_name)
    failed = any(problem.severity == "error" for problem in check.problems)
    for member in [] if failed else survey.members:  # a failed need would make these wrong
        if not member.needs:
            check.problems.append(member.origin.problem(message(
                "survey.warning.no_needs", lang, name=member.name), "warning"))
    survey.problems = sorted(check.problems, key=_cell_order)
    return survey


def _check_members(data: SurveyData, check: _Checker, survey: Survey) -> dict[str, int]:
    """Check the members' rows into ``survey.members``; return normalised name → position."""
    rows = data.rows.get("members", [])
    named: list[tuple[Row, Cell, str]] = []
    by_name: dict[str, int] = {}
    for row in rows[:MAX_MEMBERS]:
        cell = check.required(row, "name", "members")
        name = check.text(cell, MAX_NAME) if cell is not None else None
        if cell is None or name is None:
            continue
        key = normalise(name)
        if key in by_name:
            first = named[by_name[key]][1]
            check.error(cell, "survey.error.duplicate_member", name=name, first=_where(first))
            continue
        by_name[key] = len(named)
        named.append((row, cell, name))
    if len(rows) > MAX_MEMBERS:
        check.problems.append(rows[MAX_MEMBERS].place.problem(
            message("survey.error.too_many_members", check.lang, limit=MAX_MEMBERS)))
    if not named and "members" in data.rows:
        check.problems.append(Problem(data.source, None, None, "",
                                      message("survey.error.no_members", check.lang)))
    ids = unique_ids([name for _row, _cell, name in named])
    # Markets are matched exactly by the planner: one spelling per market across the survey.
    spellings: dict[str, str] = {}
    for (row, cell, name), actor_id in zip(named, ids, strict=True):
        actor: dict[str, Any] = {"id": actor_id, "name": name}
        kind_cell = check.required(row, "kind", "members")
        if kind_cell is not None:
            actor["kind"] = check.choice(kind_cell, "kinds")
        markets_cell = row.get("markets")
        if markets_cell.value is not None:
            markets: list[str] = []
            for part in re.split(r"[,;\n]", str(markets_cell.value)):
                part = " ".join(part.split())
                if len(part) > MAX_MARKET:
                    check.error(markets_cell, "survey.error.too_long", limit=MAX_MARKET,
                                length=len(part))
                elif part:
                    spelling = spellings.setdefault(normalise(part) or part, part)
                    if spelling not in markets:
                        markets.append(spelling)
            if markets:
                actor["markets"] = markets
        size_cell = row.get("size")
        if size_cell.value is not None:
            size = check.size(size_cell)
            if size is not None:
                actor["size"] = size
        survey.members.append(Member(actor_id, name, _where(cell), actor, cell.place))
    return by_name


def _member_of(row: Row, key: str, sheet_key: str, check: _Checker, survey: Survey,
               by_name: dict[str, int]) -> Member | None:
    """Return the member a cell names, or None (reported) when it is empty or unknown."""
    cell = check.required(row, key, sheet_key)
    if cell is None:
        return None
    index = by_name.get(normalise(str(cell.value)))
    if index is None:
        names = [member.name for member in survey.members]
        close = difflib.get_close_matches(str(cell.value), names, n=1, cutoff=0.6)
        hint = message("survey.error.did_you_mean", check.lang, name=close[0]) if close else ""
        check.error(cell, "survey.error.unknown_member", name=_shown(cell.value, check.lang),
                    hint=hint)
        return None
    return survey.members[index]


def _check_pairs(data: SurveyData, check: _Checker, survey: Survey,
                 by_name: dict[str, int]) -> None:
    """Check the competitors' and the cooperation rows into pairs and known trust."""
    competitors: set[tuple[str, str]] = set()
    for row in data.rows.get("competitors", []):
        pair = _pair(row, "competitor", "competitors", check, survey, by_name)
        if pair is not None and pair not in competitors:
            competitors.add(pair)
            survey.competitors.append((pair, _where(row.get("competitor"))))
    known: dict[tuple[str, str], int] = {}
    for row in data.rows.get("cooperation", []):
        pair = _pair(row, "partner", "cooperation", check, survey, by_name)
        experience_cell = check.required(row, "experience", "cooperation")
        experience = check.choice(experience_cell, "experience") if experience_cell else None
        if pair is None or experience is None:
            continue
        entry = (pair, DEFAULTS.experience_trust[experience],
                 message(f"survey.experience.{experience}", check.lang),
                 _where(row.get("partner")))
        if pair not in known:
            known[pair] = len(survey.known)
            survey.known.append(entry)
        elif entry[1] < survey.known[known[pair]][1]:  # told twice: the more cautious counts
            survey.known[known[pair]] = entry


def _pair(row: Row, other_key: str, sheet_key: str, check: _Checker, survey: Survey,
          by_name: dict[str, int]) -> tuple[str, str] | None:
    """Return the sorted pair of member ids a row names, or None (reported) when it cannot."""
    member = _member_of(row, "member", sheet_key, check, survey, by_name)
    other = _member_of(row, other_key, sheet_key, check, survey, by_name)
    if member is None or other is None:
        return None
    if member.id == other.id:
        check.error(row.get(other_key), "survey.error.self_pair", name=member.name)
        return None
    first, second = sorted((member.id, other.id))
    return first, second


_CELL = re.compile(r"(?P<sheet>.*)!(?P<letters>[A-Z]*)(?P<row>\d+)")


def _cell_order(problem: Problem) -> tuple[Any, ...]:
    """Order problems as the user reads the survey: sheet by sheet, row by row, cell by cell."""
    match = _CELL.fullmatch(problem.path)
    if match is None:
        return (0, problem.line or 0, problem.column or 0, 0, problem.path, problem.message)
    sheet = normalise(match["sheet"])
    position = next((index for index, spec in enumerate(DATA_SHEETS)
                     if sheet in sheet_titles(spec)), len(DATA_SHEETS))
    column = 0
    for letter in match["letters"]:
        column = column * 26 + ord(letter) - ord("A") + 1
    return (1, position, int(match["row"]), column, problem.path, problem.message)


# --------------------------------------------------------------------------------------------
# The YAML text
# --------------------------------------------------------------------------------------------

def scenario_yaml(
    survey: Survey,
    *,
    name: str,
    source: str,
    budget: float,
    hours: float | None,
    lang: str,
) -> str:
    """Return the scenario of a checked survey as commented, readable YAML.

    Args:
        survey: The checked survey (without errors).
        name: Name of the scenario.
        source: The survey file's name, for the comments.
        budget: Money per phase for joint projects (euros).
        hours: The cluster manager's hours per phase for projects (None: not planned).
        lang: Language of the comments and labels.
    """
    say = lambda key, **values: message(key, lang, **values)  # noqa: E731 - short local alias
    needs_count = sum(len(member.needs) for member in survey.members)
    out = Writer()
    header = say("survey.yaml.header", source=source,
                 members=message("survey.yaml.members", lang, count=len(survey.members)),
                 needs=message("survey.yaml.needs", lang, count=needs_count))
    out.comments("\n".join(line if line.startswith(" ") else textwrap.fill(line, 96)
                           for line in header.split("\n")))
    out.line()
    out.line(f"name: {scalar(name)}")
    out.line(f"description: {scalar(say('survey.yaml.description', source=source))}")
    out.line(f"seed: {DEFAULTS.seed}", say("survey.yaml.seed"))
    out.line(f"phases: {DEFAULTS.phases}", say("survey.yaml.phases"))
    out.line()
    out.line("resources:", say("survey.yaml.resources"))
    out.line(f"  {BUDGET}: {scalar(float(budget))}", say("survey.yaml.budget"))
    if hours is not None:
        out.line(f"  {HOURS}: {scalar(float(hours))}", say("survey.yaml.hours"))
    out.line()
    out.line("objective:", say("survey.yaml.objective"))
    out.line(f"  need_value: {scalar(DEFAULTS.need_value)}", say("survey.yaml.need_value"))
    out.line(f"  new_contacts: {scalar(DEFAULTS.new_contacts)}", say("survey.yaml.new_contacts"))
    out.line(f"  cost: {scalar(DEFAULTS.cost)}", say("survey.yaml.cost"))
    out.line(f"  cost_resource: {BUDGET}")
    out.line()
    out.line("actors:", say("survey.yaml.actors"))
    for member in survey.members:
        first = True
        for key, value in member.data.items():
            prefix = "  - " if first else "    "
            if key == "id":
                out.line(f"{prefix}id: {scalar(value)}", member.place)
            elif isinstance(value, list):
                out.line(f"{prefix}{key}: {flow(value, f'{prefix}{key}: ')}")
            elif key == "kind":
                out.line(f"{prefix}kind: {scalar(value)}",
                         message(f"survey.kind.{value}", lang))
            else:
                out.line(f"{prefix}{key}: {scalar(value)}")
            first = False
        if member.needs:
            out.line("    needs:", say("survey.yaml.member_needs"))
            for need, where in member.needs:
                out.line(f"      - text: {scalar(need['text'])}")
                out.line(f"        weight: {need['weight']}", where)
    out.line()
    out.line("competition:")
    out.line("  derive_from_markets: true", say("survey.yaml.derive"))
    if survey.competitors:
        out.line("  pairs:", say("survey.yaml.pairs"))
        for pair, where in survey.competitors:
            out.line(f"    - {flow(list(pair))}", where)
    else:
        out.line("  pairs: []", say("survey.yaml.pairs"))
    out.line(f"  tolerance: {scalar(DEFAULTS.tolerance)}", say("survey.yaml.tolerance"))
    out.line()
    out.line("trust:")
    out.line(f"  prior_mean: {scalar(DEFAULTS.prior_mean)}", say("survey.yaml.prior_mean"))
    out.line(f"  prior_strength: {scalar(DEFAULTS.prior_strength)}",
             say("survey.yaml.prior_strength"))
    if survey.known:
        out.line("  known:", say("survey.yaml.known"))
        for pair, value, label, where in survey.known:
            out.line(f"    - pair: {flow(list(pair))}", f"{where}: {label}")
            out.line(f"      value: {scalar(value)}")
    out.line()
    needs_block, types_block = default_blocks(
        lang, (BUDGET, HOURS) if hours is not None else (BUDGET,))
    out.line("needs:", say("survey.yaml.catalogue"))
    out.lines += needs_block.splitlines()
    out.line()
    out.line("project_types:", say("survey.yaml.project_types"))
    out.lines += types_block.splitlines()
    out.line()
    out.line("overrides:", say("survey.yaml.overrides"))
    out.line("  half-budget:")
    out.line(f"    resources.{BUDGET}: {scalar(float(budget) / 2)}")
    out.line("  trusting-start:")
    out.line("    trust.prior_mean: 0.5")
    return out.text()
