"""The scenario's own words in one language: names of members, needs, project types, resources.

Results carry ids (``company-visits:skilled-workers:1``, ``budget_eur``); a reader sees the
labels the scenario's author gave, in the reader's language where the author gave one
(``label: {de: …, en: …}``), and amounts in the resource's unit (``3.420 €``, ``24 h``). The
report, the terminal and the web app all use :class:`ScenarioWords`, so the same thing is called
the same everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from trustmatch.i18n import format_amount, join_list, message
from trustmatch.scenario.models import Scenario

SOLVER_NAMES: dict[str, str] = {"highs": "HiGHS", "cbc": "CBC"}
"""How the solvers write their own names."""


@dataclass(frozen=True)
class ScenarioWords:
    """Readable names of a scenario's ids in one language.

    Attributes:
        scenario: The scenario whose labels are used.
        lang: ``en`` or ``de``.
        theme_labels: Labels of the themes of a result (theme id -> label), for free-text
            themes, which have no catalogue label.
    """

    scenario: Scenario
    lang: str
    theme_labels: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def _names(self) -> dict[str, str]:
        # Looked up once: reasons of a 200-member plan name members thousands of times.
        return {actor.id: actor.name for actor in self.scenario.actors}

    def actor(self, actor_id: str) -> str:
        """Return a member's name (the id when the member is unknown)."""
        return self._names.get(actor_id, actor_id)

    def join(self, items: Sequence[str]) -> str:
        """Return items as a readable list in this language (``a, b und c``)."""
        return join_list(list(items), self.lang)

    def actors(self, actor_ids: Iterable[str]) -> list[str]:
        """Return members' names in the given order."""
        return [self.actor(actor_id) for actor_id in actor_ids]

    def need(self, need_id: str) -> str:
        """Return the label of a catalogue need or theme in this language."""
        for need in self.scenario.needs:
            if need.id == need_id:
                return need.label_in(self.lang)
        return self.theme_labels.get(need_id, need_id)

    def quoted_need(self, need_id: str) -> str:
        """Return a need's label in the language's quotation marks (``„…“`` / ``“…”``)."""
        return message("common.quoted", self.lang, text=self.need(need_id))

    def needs(self, need_ids: Sequence[str]) -> str:
        """Return needs' labels, quoted, as a readable list."""
        return join_list([self.quoted_need(need_id) for need_id in need_ids], self.lang)

    def project_type(self, type_id: str | None) -> str:
        """Return the name of a project type in this language (``–`` for none)."""
        if type_id is None:
            return "–"
        for ptype in self.scenario.project_types:
            if ptype.id == type_id:
                return ptype.label_in(self.lang)
        return type_id

    def project(self, project_id: str, type_id: str | None, need_ids: Sequence[str],
                label: str) -> str:
        """Return a project's name: an explicit project's label, else type and need.

        Args:
            project_id: The project's id.
            type_id: Its project type.
            need_ids: The needs or themes it addresses.
            label: The label the planner gave (used when nothing better is known).
        """
        for explicit in self.scenario.projects:
            if explicit.id == project_id:
                if self.lang in explicit.labels:
                    return explicit.labels[self.lang]
                if explicit.label:
                    return explicit.label
                return self.project_type(explicit.type) if explicit.type else label
        known_type = any(ptype.id == type_id for ptype in self.scenario.project_types)
        if not known_type:
            return label
        if not need_ids:
            return self.project_type(type_id)
        return message("common.project_on", self.lang, type=self.project_type(type_id),
                       needs=self.needs(need_ids))

    def planned(self, project: Any) -> str:
        """Return the name of a planned project or a project of the lookahead's path.

        Args:
            project: A :class:`~trustmatch.results.PlannedProject` (or anything with ``id``,
                ``type``, ``needs`` and ``label``) or a :class:`~trustmatch.results.PathProject`
                (named by its ``group``).
        """
        project_id = getattr(project, "id", None) or getattr(project, "group", "")
        return self.project(project_id, project.type, project.needs, project.label)

    def resource(self, key: str) -> str:
        """Return what the reader calls a resource (its label, else the key)."""
        return self.scenario.resource_label(key, self.lang)

    def amount(self, key: str, value: float) -> str:
        """Return an amount of a resource in its unit (``3.420 €``, ``24 h``)."""
        return format_amount(value, self.lang, self.scenario.resource_unit(key, self.lang))

    def amount_with_name(self, key: str, value: float) -> str:
        """Return an amount with the resource's name (``3.420 € Budget``, ``24 h Stunden …``)."""
        return message("common.amount_of", self.lang, amount=self.amount(key, value),
                       resource=self.resource(key))

    def uses(self, uses: Mapping[str, float]) -> str:
        """Return a project's use of every resource as a readable list."""
        return join_list([self.amount_with_name(key, uses[key]) for key in self.ordered(uses)],
                         self.lang)

    def ordered(self, keys: Iterable[str]) -> list[str]:
        """Return resource keys in the scenario's order (unknown ones last, sorted)."""
        keys = set(keys)
        known = [key for key in self.scenario.resources if key in keys]
        return known + sorted(keys - set(known))
