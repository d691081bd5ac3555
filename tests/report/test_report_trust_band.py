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


@pytest.mark.parametrize(("lang", "between", "runs"), [
    ("en", r"between ([0-9.,]+) and ([0-9.,]+)\b", "simulated runs"),
    ("de", r"zwischen ([0-9.,]+) und ([0-9.,]+)\b", "simulierten Verläufe"),
])
def test_a_flat_band_is_said_once(hostile_loaded, hostile_roadmap, lang, between, runs):
    flat = flat_band(hostile_roadmap)
    text = render_report(hostile_loaded, roadmap=flat, lang=lang, date=REPORT_DATE).text
    assert re.search(between, text) is None
    # The forecast still names the simulated runs and the one value they end at.
    last = max(flat.monte_carlo, key=lambda item: item.phase).cluster_trust.q50
    value = f"{last:.2f}" if lang == "en" else f"{last:.2f}".replace(".", ",")
    sentence = next(p for p in re.findall(r"<p>([^<]*)</p>", text) if runs in p)
    assert value in sentence
    # With a real band the range is given.
    normal = render_report(hostile_loaded, roadmap=hostile_roadmap, lang=lang,
                           date=REPORT_DATE).text
    found = re.search(between, normal)
    assert found is not None and found.group(1) != found.group(2)
