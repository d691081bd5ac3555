"""The trust-path sentences take the scenario's labels in the reader's language when it has them."""

from __future__ import annotations

from types import SimpleNamespace

from trustmatch.results import NoContact
from trustmatch.trust_path_text import Labels, no_contact_sentence


class Labelled(SimpleNamespace):
    """A scenario item with per-language labels, as ``label: {de: …, en: …}`` gives them."""

    def label_in(self, lang: str) -> str:
        return self.labels[lang]


SCENARIO = SimpleNamespace(
    project_types=[Labelled(id="rnd", label="Joint R&D", labels={"de": "Gemeinsame F&E",
                                                                   "en": "Joint R&D"})],
    needs=[Labelled(id="rnd", label="Research", labels={"de": "Forschung", "en": "Research"})],
    resource_label=lambda key, lang: {"de": "Budget", "en": "budget"}[lang],
    resource_unit=lambda key, lang: "€",
)


def test_labels_come_from_the_scenario_in_the_language_or_fall_back_to_the_result():
    labels = Labels(SCENARIO, "de")
    assert labels.project_type("rnd", "Joint R&D") == "Gemeinsame F&E"
    assert labels.need("rnd", "Research") == "Forschung"
    assert labels.need("theme-1", "Freitext der Mitglieder") == "Freitext der Mitglieder"
    assert labels.resource("budget_eur") == "Budget"
    plain = Labels(None, "de")
    assert plain.project_type("rnd", "Joint R&D") == "Joint R&D"
    assert plain.resource("budget_eur") == "budget_eur"
    assert plain.amount("budget_eur", 1500) == "1.500"


def test_a_trust_reason_names_the_type_and_needs_in_german():
    item = NoContact(
        actor="eta", phases=[1, 2], reason="trust", needs=["rnd", "theme-1"],
        need_labels=["Research", "Ein Labor teilen"], phase=2, project="rnd",
        project_label="Joint R&D", threshold=0.6, trusted=0, min_participants=3, sharers=5,
        unmatched_needs=["theme-1"],
    )
    text = no_contact_sentence(item, {"eta": "Eta Institut"}, "de", SCENARIO)
    assert text == (
        "In Phase 2 ließ sich für „Gemeinsame F&E“ mit Eta Institut keine Gruppe von 3 Mitgliedern "
        "bilden, die einander mindestens 0,60 vertrauen: Eta Institut vertraut 0 der 5 anderen "
        "Interessierten so weit. Für die übrigen Bedarfe („Ein Labor teilen“) ist kein Projekt "
        "möglich."
    )


def test_lines_wrap_at_word_boundaries_with_a_hanging_indent():
    from trustmatch.trust_path_text import no_contact_lines

    item = NoContact(actor="kappa", phases=[1, 2], reason="capacity", needs=["skills"],
                     need_labels=["Skills"])
    lines = no_contact_lines([item], {"kappa": "Kappa Holz"}, "en", width=40)
    assert lines == [
        "Members without a joint project (phases",
        "1–2)",
        "  - Kappa Holz may take part in no",
        "    project (its number of projects per",
        "    phase is 0).",
    ]
    assert all(len(line) <= 40 for line in lines)
