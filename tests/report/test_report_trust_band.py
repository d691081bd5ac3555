"""The summary's trust forecast: a flat band is said once, not "between 0.37 and 0.37"."""

from __future__ import annotations

import re

import pytest
from report_fixtures import REPORT_DATE

from trustmatch.report import render_report


def flat_band(roadmap):
    """Return the roadmap with every simulated run ending on the same cluster trust."""
    carlo = []
    for item in roadmap.monte_carlo:
        value = item.cluster_trust.q50
        band = item.cluster_trust.model_copy(update={"q10": value, "q90": value})
        carlo.append(item.model_copy(update={"cluster_trust": band}))
    return roadmap.model_copy(update={"monte_carlo": carlo})


@pytest.mark.parametrize(("lang", "between", "once"), [
    ("en", r"between (\S+) and (\S+)\)", "at least 80 % of the 4 simulated runs end at this"),
    ("de", r"zwischen (\S+) und (\S+)\)", "mindestens 80 % der 4 simulierten Verläufe enden"),
])
def test_a_flat_band_is_said_once(hostile_loaded, hostile_roadmap, lang, between, once):
    text = render_report(hostile_loaded, roadmap=flat_band(hostile_roadmap), lang=lang,
                         date=REPORT_DATE).text
    assert re.search(between, text) is None
    assert once in text
    # With a real band the range is given.
    normal = render_report(hostile_loaded, roadmap=hostile_roadmap, lang=lang,
                           date=REPORT_DATE).text
    found = re.search(between, normal)
    assert found is not None and found.group(1) != found.group(2)
