"""Constants shared by the report tests (a uniquely named module, unlike ``conftest``)."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).parent
REPOSITORY = HERE.parents[1]
HOSTILE = HERE / "hostile-names.yaml"
"""Small scenario whose names contain markup, quotes, ampersands, umlauts and other scripts."""
HOSTILE_NAME = '<script>alert(1)</script> & "Co"'
"""The member name that must appear as text, never as markup."""
BUNDLED = sorted((REPOSITORY / "scenarios").glob("*.yaml"))
"""Every scenario shipped with trustmatch."""
REPORT_DATE = "2026-11-27"
"""Fixed report date, so renders are comparable."""
