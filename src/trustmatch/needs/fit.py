"""Which kind of member fits a need: whom to recruit, or whom in the cluster to ask first.

The need's topic decides, read with the concept lexicon from the theme's label and its members'
statements (German or English), in the order of :data:`FITS`: money -> an investor or a bank;
skills, training and students -> a university or vocational school; research, testing and
sustainability -> a research institute or university; materials, purchasing, energy and
logistics -> a supplier; customers -> a firm that could become one; digital tools -> a tech
start-up; markets, fairs, visibility and tenders -> an established company. A need whose words
name none of these falls back on who states it: start-ups, research bodies, associations and
public bodies mostly need an established company as partner; firms a research partner for
sensitive needs, else a supplier.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

FITS: tuple[tuple[str, frozenset[str], frozenset[str]], ...] = (
    ("investor", frozenset({"financing"}), frozenset()),
    ("university", frozenset({"skilled-workers", "training", "students"}),
     frozenset({"university"})),
    ("research", frozenset({"research", "testing", "cleanroom", "sustainability"}),
     frozenset({"research", "university"})),
    ("supplier", frozenset({"purchasing", "energy", "logistics"}), frozenset({"supplier"})),
    ("customer", frozenset({"customers"}), frozenset({"company"})),
    ("startup", frozenset({"digitalisation"}), frozenset({"startup"})),
    ("company", frozenset({"export", "trade-fair", "visibility", "public-tenders", "networking"}),
     frozenset({"company"})),
)
"""Fit -> lexicon concepts that call for it -> member kinds of the cluster that provide it
(an investor is never a kind of member: money always comes from outside)."""

NON_FIRM_KINDS: frozenset[str] = frozenset(
    {"startup", "university", "research", "association", "public"}
)
"""Kinds of member that mostly need an established company as partner."""

KIND_OF_FIT: dict[str, frozenset[str]] = {fit: kinds for fit, _, kinds in FITS}
"""Fit -> member kinds that provide it."""


@dataclass(frozen=True)
class MemberFit:
    """The kind of member that fits a need, and on which rule.

    Attributes:
        fit: ``investor``, ``research``, ``university``, ``supplier``, ``customer``,
            ``startup`` or ``company``.
        rule: ``words`` (the need's topic decided) or ``stater`` (who states it decided).
        kinds: Member kinds (:data:`~trustmatch.scenario.models.ActorKind`) that provide it.
    """

    fit: str
    rule: str
    kinds: frozenset[str]


def member_fit(
    texts: Iterable[str], stater_kinds: Sequence[str], sensitivity: str = "none"
) -> MemberFit:
    """Return the kind of member that fits a need (rules in the module docstring).

    Args:
        texts: The need's words: theme label and statements.
        stater_kinds: Kinds of the members who state the need.
        sensitivity: The need's sensitivity level.
    """
    from trustmatch.needs.lexicon import plain_lexicon
    from trustmatch.needs.text import plain_words

    lexicon = plain_lexicon()
    concepts: set[str] = set()
    for text in texts:
        # Without dictionaries (prefix terms and plain plurals are enough for topics).
        concepts.update(lexicon.names[c] for c in lexicon.columns(plain_words(text)))
    for fit, wanted, kinds in FITS:
        if concepts & wanted:
            return MemberFit(fit, "words", kinds)
    if stater_kinds and all(kind in NON_FIRM_KINDS for kind in stater_kinds):
        return MemberFit("company", "stater", KIND_OF_FIT["company"])
    if sensitivity in ("medium", "high"):
        return MemberFit("research", "stater", KIND_OF_FIT["research"])
    return MemberFit("supplier", "stater", KIND_OF_FIT["supplier"])
