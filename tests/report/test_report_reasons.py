"""The planner's English reasons rewritten for a German report, names kept exactly."""

from __future__ import annotations

import pytest

from trustmatch.report.reasons import reason_in

NAME = '<script>alert(1)</script> & "Co"'


@pytest.mark.parametrize(
    ("english", "german"),
    [
        (f"{NAME} already takes part in 2 projects this phase (its limit is 2).",
         f"{NAME} ist in dieser Phase bereits an 2 Projekten beteiligt (Obergrenze: 2)."),
        (f"{NAME} competes with Müller & Söhne; their trust 0.30 is below the 0.80 competitors "
         "need for a project of sensitivity 'high' (and 2 more participants).",
         f"{NAME} steht im Wettbewerb mit Müller & Söhne; ihr Vertrauen 0,30 liegt unter den 0,80, "
         "die Wettbewerber für ein Projekt der Sensibilität „hoch“ brauchen (und 2 weitere "
         "Teilnehmende)."),
        ("Trust between A GmbH and B AG is 0.30, below the 0.35 this project needs.",
         "Das Vertrauen zwischen A GmbH und B AG beträgt 0,30 und liegt unter den 0,35, die "
         "dieses Projekt braucht."),
        ("No other member states this need: recruit a member who shares 'Prüflabor' (a supplier, "
         "start-up or research partner) so that a joint project becomes possible.",
         "Kein anderes Mitglied nennt diesen Bedarf: Gewinnen Sie ein Mitglied, das „Prüflabor“ "
         "teilt (einen Zulieferer, ein Start-up oder einen Forschungspartner), damit ein "
         "gemeinsames Projekt möglich wird."),
        ("Not enough trust yet: Uni trusts too few of the other interested members at least 0.70 "
         "(competitors 0.75, sensitivity high) to form a group of 3.",
         "Noch nicht genug Vertrauen: Uni vertraut zu wenigen der anderen interessierten "
         "Mitglieder mindestens 0,70 (Wettbewerber 0,75, Sensibilität hoch), um eine Gruppe von 3 "
         "zu bilden."),
        ("Not enough trust yet: X GmbH already takes part in 1 projects this phase (its limit is "
         "1).",
         "Noch nicht genug Vertrauen: X GmbH ist in dieser Phase bereits an einem Projekt "
         "beteiligt (Obergrenze: 1)."),
    ],
)
def test_known_reasons_are_rewritten_in_german(english, german):
    assert reason_in("de", english) == german
    # English is said again from the catalogue: the same sentence, in typographic quotes.
    said = reason_in("en", english)
    assert said.replace("“", "'").replace("”", "'") == english.replace(
        "in 1 projects", "in one project")


def test_reasons_name_labels_and_resources_in_the_readers_words():
    labels = {"Finding skilled workers": "Fachkräfte finden", "budget_eur": "Budget"}

    def amount(key: str, value: float) -> str:
        return f"{value:,.0f}\u00a0€".replace(",", ".")

    german = reason_in("de", "Not enough budget_eur left: one more participant needs 1 500, "
                             "960 remain.", labels, amount)
    assert german == ("Zu wenig übrig (Budget): ein weiteres Mitglied braucht 1.500\u00a0€, "
                      "übrig sind noch 960\u00a0€.")
    english = reason_in("en", "No project type addresses 'Finding skilled workers'; add a "
                              "project type (or an explicit project) for it.",
                        {"budget_eur": "Budget"}, amount)
    assert english.startswith("No kind of project in the scenario addresses “Finding skilled")
    assert "„Fachkräfte finden“" in reason_in(
        "de", "No other member states this need: recruit a member who shares 'Finding skilled "
              "workers' (a supplier, start-up or research partner) so that a joint project "
              "becomes possible.", labels)
    assert "budget_eur" not in reason_in(
        "en", "Not enough budget_eur left for a project on it: the resources went to projects "
              "worth more; more resources would allow it.", {"budget_eur": "Budget"})


def test_unknown_reasons_stay_as_they_are():
    text = "Something the planner says in a new way."
    assert reason_in("de", text) == text
