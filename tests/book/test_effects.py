"""What moved the cluster: activities beside figures, participants vs others, small groups."""

from __future__ import annotations

import pytest

from trustmatch.book.effects import cluster_effects
from trustmatch.book.models import Book, BookEntry


def member(period, who, **figures):
    return BookEntry(period=period, member=who, figures=figures)


def book(entries):
    return Book(scenario="small-cluster", entries=entries)


def test_periods_set_cluster_figures_beside_the_ledger(small, small_ledger):
    effects = cluster_effects(
        small,
        book([BookEntry(period=1, cluster={"events_held": 2, "press_mentions": 1}),
              BookEntry(period=2, cluster={"events_held": 3})]),
        small_ledger,
    )
    first, second = effects.periods
    assert first.figures == {"events_held": 2, "press_mentions": 1}
    assert (first.projects_run, first.projects_succeeded, first.members_in_projects) == (1, 1, 3)
    assert first.new_contacts == 3
    assert (second.projects_run, second.projects_succeeded, second.new_contacts) == (1, 0, 1)
    gains = {g.type: g for g in effects.type_gains}
    # w1: three pairs from 0.3 to 1.6/3; w2: one pair from 0.3 to 0.2 (w3 cancelled: nothing)
    assert gains["workshop"].projects == 2
    assert gains["workshop"].trust_gain == pytest.approx(3 * (1.6 / 3 - 0.3) + (0.2 - 0.3))
    assert gains["workshop"].new_contacts == 4


def test_groups_under_three_members_show_nothing(small, small_ledger):
    # took part: a, b, c, d (3+ members); did not: e only
    entries = [member(1, m, sick_leave_pct=v) for m, v in zip("abcde", (4, 6, (2, 4), 5, 9),
                                                             strict=True)]
    entries += [member(3, m, sick_leave_pct=v) for m, v in zip("abcde", (3, 5, 2, 5, 8),
                                                              strict=True)]
    effects = cluster_effects(small, book(entries), small_ledger)
    (comparison,) = effects.comparisons
    took_part, did_not = comparison.took_part, comparison.did_not
    assert took_part.members == 4
    assert took_part.first == pytest.approx((4 + 6 + 3 + 5) / 4)
    assert took_part.last == pytest.approx((3 + 5 + 2 + 5) / 4)
    assert took_part.change == pytest.approx(((3 - 4) + (5 - 6) + (2 - 3) + 0) / 4)
    assert did_not.members == 1
    assert (did_not.first, did_not.last, did_not.change) == (None, None, None)
