"""German versions of the planner's plain-words reasons (who was left out, why a need is open).

The planner (:mod:`trustmatch.explain`) writes its reasons in English, with members' names and
theme labels inside. For a German report each known sentence form is matched by a pattern and
rewritten in German with the same names; a sentence of an unknown form is shown as it is, so a
new wording in the planner degrades to English text, never to a wrong statement.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from contextvars import ContextVar

_MORE = r"(?: \(and (?P<more>\d+) more participants\))?"
_NUMBER = r"[\d.]+"


def _decimal(text: str) -> str:
    return text.replace(".", ",")


def _more(match: re.Match[str]) -> str:
    count = match.group("more")
    return f" (und {count} weitere Teilnehmende)" if count else ""


def _projects(count: str) -> str:
    """Return ``einem Projekt`` / ``3 Projekten`` (dative, after "an")."""
    return "einem Projekt" if count == "1" else f"{count} Projekten"


_SENSITIVITY = {"none": "keine", "low": "gering", "medium": "mittel", "high": "hoch"}


def _competitors(match: re.Match[str]) -> str:
    if not match.group("c"):
        return ""
    level = _SENSITIVITY.get(match.group("s"), match.group("s"))
    return f" (Wettbewerber {_decimal(match.group('c'))}, Sensibilität {level})"

_PATTERNS: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = [
    # First: its rest is itself a reason, which the other patterns would swallow whole.
    (re.compile(r"Not enough trust yet: (?P<rest>.+)"),
     lambda m: f"Noch nicht genug Vertrauen: {reason_in('de', m['rest'])}"),
    (re.compile(rf"(?P<a>.+?) trusts too few of the other interested members at least "
                rf"(?P<x>{_NUMBER})(?: \(competitors (?P<c>{_NUMBER}), sensitivity "
                rf"(?P<s>\w+)\))? to form a group of (?P<n>\d+)\.?"),
     lambda m: f"{m['a']} vertraut zu wenigen der anderen interessierten Mitglieder mindestens "
               f"{_decimal(m['x'])}{_competitors(m)}, um eine Gruppe von {m['n']} zu bilden."),
    (re.compile(rf"(?P<a>.+?) and (?P<b>.+) trust each other only (?P<x>{_NUMBER}); the project "
                rf"needs (?P<y>{_NUMBER})(?: \((?P<k>\d+) such pairs\))?\."),
     lambda m: f"{m['a']} und {m['b']} vertrauen einander nur {_decimal(m['x'])}; das Projekt "
               f"braucht {_decimal(m['y'])}" + (f" ({m['k']} solche Paare)." if m["k"] else ".")),
    (re.compile(rf"project type '(?P<t>.+)' needs (?P<n>\d+) participants who trust each other "
                rf"at least (?P<x>{_NUMBER})(?: \(competitors (?P<c>{_NUMBER}), sensitivity "
                rf"(?P<s>\w+)\))?; among the (?P<k>\d+) members interested in it no such group "
                rf"exists yet\.?"),
     lambda m: f"die Projektart „{_label(m['t'])}“ braucht {m['n']} Teilnehmende, die einander "
               f"mindestens {_decimal(m['x'])}{_competitors(m)} vertrauen; unter den {m['k']} "
               "interessierten Mitgliedern gibt es eine solche Gruppe noch nicht."),
    (re.compile(r"(?P<a>.+) already takes part in (?P<n>\d+) projects this phase "
                r"\(its limit is (?P<m>\d+)\)\."),
     lambda m: f"{m['a']} ist in dieser Phase bereits an {_projects(m['n'])} beteiligt "
               f"(Obergrenze: {m['m']})."),
    (re.compile(rf"(?P<a>.+?) competes with (?P<b>.+); their trust (?P<x>{_NUMBER}) is below "
                rf"the (?P<y>{_NUMBER}) competitors need for a project of sensitivity "
                rf"'(?P<s>\w+)'{_MORE}\."),
     lambda m: f"{m['a']} steht im Wettbewerb mit {m['b']}; ihr Vertrauen {_decimal(m['x'])} liegt "
               f"unter den {_decimal(m['y'])}, die Wettbewerber für ein Projekt der "
               f"Sensibilität „{_SENSITIVITY.get(m['s'], m['s'])}“ brauchen{_more(m)}."),
    (re.compile(rf"Trust between (?P<a>.+?) and (?P<b>.+) is (?P<x>{_NUMBER}), below the "
                rf"(?P<y>{_NUMBER}) this project needs{_MORE}\."),
     lambda m: f"Das Vertrauen zwischen {m['a']} und {m['b']} beträgt {_decimal(m['x'])} und "
               f"liegt unter den {_decimal(m['y'])}, die dieses Projekt braucht{_more(m)}."),
    (re.compile(r"The project is full \((?P<n>\d+) participants at most\)\."),
     lambda m: f"Das Projekt ist voll (höchstens {m['n']} Teilnehmende)."),
    (re.compile(r"Its need on (?P<l>.+) is already served by (?P<w>.+)\."),
     lambda m: f"Der Bedarf zu „{_label(m['l'])}“ wird bereits durch {m['w']} bedient."),
    (re.compile(rf"Joining would serve (?P<a>.+?) much more of its needs than its competitor "
                rf"(?P<b>.+) gets this phase \(served shares may differ by at most "
                rf"(?P<t>{_NUMBER})\)\."),
     lambda m: f"Mit einer Teilnahme würden bei {m['a']} deutlich mehr der eigenen Bedarfe "
               f"erfüllt als bei {m['b']} in dieser Phase – beide stehen im Wettbewerb (die "
               f"bedienten Anteile dürfen höchstens um {_decimal(m['t'])} abweichen)."),
    (re.compile(r"Not enough (?P<r>.+?) left: one more participant needs (?P<n>.+), "
                r"(?P<m>.+) remain\."),
     lambda m: f"Nicht genug übrig ({m['r']}): ein weiteres Mitglied braucht {m['n']}, übrig "
               f"sind {m['m']}."),
    (re.compile(r"Adding (?P<a>.+) would not improve the plan: its cost outweighs what it adds "
                r"here, or its capacity is better used in another project\."),
     lambda m: f"{m['a']} dazuzunehmen verbessert den Plan nicht: die Kosten überwiegen den "
               "Nutzen hier, oder die Kapazität ist in einem anderen Projekt besser eingesetzt."),
    (re.compile(r"(?P<a>.+) takes part in no projects \(its capacity per phase is 0\)\."),
     lambda m: f"{m['a']} nimmt an keinen Projekten teil (Kapazität pro Phase: 0)."),
    (re.compile(r"No project type addresses '(?P<l>.+)'; add a project type \(or an explicit "
                r"project\) for it\."),
     lambda m: f"Keine Projektart behandelt „{_label(m['l'])}“; legen Sie dafür eine "
               "Projektart (oder ein festes Projekt) an."),
    (re.compile(r"No other member states this need: recruit a member who shares '(?P<l>.+)' "
                r"\(a supplier, start-up or research partner\) so that a joint project becomes "
                r"possible\."),
     lambda m: f"Kein anderes Mitglied nennt diesen Bedarf: Gewinnen Sie ein Mitglied, das "
               f"„{_label(m['l'])}“ teilt (einen Zulieferer, ein Start-up oder einen "
               "Forschungspartner), damit ein gemeinsames Projekt möglich wird."),
    (re.compile(r"Only (?P<n>\d+) members state this need, fewer than the (?P<m>\d+) "
                r"participants the smallest project type for it needs: recruit members who "
                r"share '(?P<l>.+)'\."),
     lambda m: f"Nur {m['n']} Mitglieder nennen diesen Bedarf, weniger als die {m['m']} "
               f"Teilnehmenden, die die kleinste passende Projektart braucht: Gewinnen Sie "
               f"Mitglieder, die „{_label(m['l'])}“ teilen."),
    (re.compile(r"(?P<a>.+) already takes part in (?P<n>\d+) projects \(its limit\): other "
                r"projects served more of its needs\."),
     lambda m: f"{m['a']} ist bereits an {_projects(m['n'])} beteiligt (die Obergrenze): andere "
               "Projekte bedienten mehr der eigenen Bedarfe."),
    (re.compile(rf"Competitor balance: serving it would put (?P<a>.+?) too far ahead of its "
                rf"competitor (?P<b>.+) \(served shares may differ by at most "
                rf"(?P<t>{_NUMBER})\); a project that serves (?P<c>.+) too would make room for "
                rf"it\."),
     lambda m: f"Wettbewerbsbalance: Den Bedarf zu bedienen, brächte {m['a']} gegenüber "
               f"{m['b']} zu weit nach vorn – beide stehen im Wettbewerb (die bedienten Anteile "
               f"dürfen höchstens um {_decimal(m['t'])} abweichen); ein Projekt, das auch {m['c']} "
               "bedient, würde Raum dafür schaffen."),
    (re.compile(r"Not enough (?P<r>.+?) left for a project on it: the resources went to "
                r"projects worth more; more resources would allow it\."),
     lambda m: f"Nicht genug Mittel ({m['r']}) für ein Projekt dazu: die Mittel gingen an "
               "wertvollere Projekte; mehr Mittel würden es ermöglichen."),
    (re.compile(r"No valid group could be formed for it this phase: the other members who share "
                r"it are kept out by their capacity or the competitor balance, or it was worth "
                r"less than its cost\."),
     lambda m: "In dieser Phase ließ sich keine gültige Gruppe dafür bilden: die anderen "
               "Mitglieder mit diesem Bedarf waren durch ihre Kapazität oder die "
               "Wettbewerbsbalance ausgeschlossen, oder er war weniger wert als seine Kosten."),
]
"""Known English sentence forms and their German rewrite, tried in order (full match)."""


_TRANSLATIONS: ContextVar[Mapping[str, str] | None] = ContextVar("reason_labels", default=None)
"""Labels of needs and project types in the report's language, while :func:`reason_in` runs."""


def _label(text: str) -> str:
    """Return a quoted label in the report's language (the author's German label, if given)."""
    return (_TRANSLATIONS.get() or {}).get(text, text)


def reason_in(lang: str, reason: str, labels: Mapping[str, str] | None = None) -> str:
    """Return a planner reason in the report's language (unknown forms stay as they are).

    Args:
        lang: ``en`` or ``de``.
        reason: The planner's English reason.
        labels: The scenario's labels (as the planner quotes them) -> the labels in ``lang``.
    """
    if lang != "de":
        return reason
    token = _TRANSLATIONS.set(labels or {})
    try:
        for pattern, rewrite in _PATTERNS:
            match = pattern.fullmatch(reason)
            if match:
                return rewrite(match)
        return reason
    finally:
        _TRANSLATIONS.reset(token)
