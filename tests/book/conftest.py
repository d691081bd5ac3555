from __future__ import annotations

from pathlib import Path

import pytest

from trustmatch.ledger import Ledger, LedgerEntry, LoadedLedger
from trustmatch.scenario import load_scenario

HERE = Path(__file__).resolve().parent
SMALL = HERE / "small-cluster.yaml"


@pytest.fixture(scope="session")
def small():
    return load_scenario(SMALL).scenario


def entry(phase, project, result, participants, ambition=1, type_="workshop"):
    return LedgerEntry(phase=phase, project=project, result=result, participants=participants,
                       ambition=ambition, type=type_)


@pytest.fixture()
def small_ledger() -> LoadedLedger:
    """Phase 1: a, b, c succeed together; phase 2: c and d fail together, a and e cancel."""
    return LoadedLedger(
        Ledger(
            scenario="small-cluster",
            entries=[
                entry(1, "w1", "success", ["a", "b", "c"]),
                entry(2, "w2", "failure", ["c", "d"]),
                entry(2, "w3", "cancelled", ["a", "e"]),
            ],
        )
    )
