"""Shared helpers of the batch tests: writing specs and reading results files back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import yaml

HERE = Path(__file__).parent
TINY = HERE / "tiny-cluster.yaml"

TIMING_COLUMNS = ("seconds", "cpu_seconds", "finished_at", "worker")


@pytest.fixture
def write_spec(tmp_path: Path):
    """Write a batch spec next to a copy of the tiny scenario and return its path."""
    (tmp_path / "scenarios").mkdir(exist_ok=True)
    (tmp_path / "scenarios" / "tiny-cluster.yaml").write_bytes(TINY.read_bytes())

    def write(name: str = "spec.yaml", **settings) -> Path:
        data = {"name": "tiny-batch", "scenarios": ["scenarios/tiny-cluster.yaml"], **settings}
        path = tmp_path / name
        path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
        return path

    return write


@pytest.fixture
def stored():
    """Return the reader of a results file's rows (timings left out), sorted by run id."""
    return read_results


def read_results(path: Path) -> tuple[list[tuple], list[tuple]]:
    """Return a results file's runs (timings left out) and phases, sorted by run id."""
    connection = sqlite3.connect(path)
    try:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(runs)")]
        kept = [c for c in columns if c not in TIMING_COLUMNS]
        runs = connection.execute(f"SELECT {', '.join(kept)} FROM runs ORDER BY run_id").fetchall()
        phases = connection.execute("SELECT * FROM phases ORDER BY run_id, phase").fetchall()
    finally:
        connection.close()
    return runs, phases
