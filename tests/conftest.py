"""Settings every test shares."""

from __future__ import annotations

import pytest

from trustmatch.i18n import LOCALE_VARIABLES


@pytest.fixture(autouse=True)
def english_locale(monkeypatch):
    """Run every test under an English locale, whatever the machine's (tests set German)."""
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
