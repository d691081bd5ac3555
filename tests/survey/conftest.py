"""Fixtures of the survey tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from survey_fixtures import COMPETITORS_DE, COOPERATION_DE, MEMBERS_DE, NEEDS_DE, fill


@pytest.fixture
def german_survey(tmp_path: Path) -> Path:
    """A German template filled with six members of a timber cluster."""
    from trustmatch.survey import write_template

    template = write_template(tmp_path / "vorlage.xlsx", lang="de")
    return fill(template, tmp_path / "umfrage.xlsx", "de", members=MEMBERS_DE, needs=NEEDS_DE,
                competitors=COMPETITORS_DE, cooperation=COOPERATION_DE)
