"""The ledger: append-only, atomic, located errors, replay into trust."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from trustmatch.errors import LedgerError
from trustmatch.ledger import (
    LedgerEntry,
    append_entry,
    apply_ledger,
    load_ledger,
    parse_ledger,
)
from trustmatch.scenario import scenario_from_dict
from trustmatch.trust import initial_trust

SCENARIO = scenario_from_dict(
    {
        "name": "ledger-test",
        "actors": [{"id": x, "name": x.upper(), "kind": "company"} for x in ("a", "b", "c", "d")],
        "trust": {"prior_mean": 0.3, "prior_strength": 2.0, "forgetting": 0.5},
    }
)


def entry(phase: int, project: str, result: str = "success", **extra) -> LedgerEntry:
    fields = {"participants": ["a", "b"], "ambition": 1, "date": dt.date(2026, 11, 27)}
    fields.update(extra)
    return LedgerEntry(phase=phase, project=project, result=result, **fields)


def test_append_creates_and_keeps_earlier_bytes(tmp_path: Path):
    path = tmp_path / "ledger.yaml"
    append_entry(path, entry(1, "workshop:x:1", note="ä note: with colon"), scenario="ledger-test")
    first = path.read_bytes()
    append_entry(
        path, entry(1, "open-day:y:1", "failure", participants=["c", "b"]), scenario="ledger-test"
    )
    assert path.read_bytes().startswith(first)
    loaded = load_ledger(path)
    assert loaded.ledger.scenario == "ledger-test"
    assert [e.project for e in loaded.ledger.entries] == ["workshop:x:1", "open-day:y:1"]
    assert loaded.ledger.entries[0].note == "ä note: with colon"
    assert loaded.ledger.entries[1].participants == ["c", "b"]
    assert list(tmp_path.iterdir()) == [path]


def test_duplicate_and_foreign_scenario_refused(tmp_path: Path):
    path = tmp_path / "ledger.yaml"
    append_entry(path, entry(1, "p1"), scenario="ledger-test")
    with pytest.raises(LedgerError, match="already recorded"):
        append_entry(path, entry(1, "p1", "failure"), scenario="ledger-test")
    append_entry(path, entry(2, "p1"), scenario="ledger-test")  # same id, later phase: fine
    with pytest.raises(LedgerError, match="belongs to scenario 'ledger-test'"):
        append_entry(path, entry(3, "p1"), scenario="other")
    assert len(load_ledger(path).ledger.entries) == 2


def test_flow_style_ledger_is_appended_in_standard_layout(tmp_path: Path):
    path = tmp_path / "ledger.yaml"
    path.write_text("format: trustmatch-ledger/1\nscenario: ledger-test\nentries: []\n")
    append_entry(path, entry(1, "p1"), scenario="ledger-test")
    assert [e.project for e in load_ledger(path).ledger.entries] == ["p1"]


def test_malformed_entries_are_located(tmp_path: Path):
    path = tmp_path / "ledger.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            format: trustmatch-ledger/1
            scenario: ledger-test
            entries:
              - phase: 1
                project: p1
                result: success
                participants: [a, b]
                ambition: 1
              - phase: 1
                project: p2
                result: won
                participants: [a, b]
                ambition: 1
                colour: red
              - phase: 1
                project: p1
                result: failure
                participants: [a]
                ambition: 1
            """
        )
    )
    with pytest.raises(LedgerError) as caught:
        load_ledger(path)
    lines = [p.format() for p in caught.value.problems]
    # People count entries from 1; the dotted path, counted from 0, stays on the problem.
    assert any(line.startswith(f"{path}:11:") and "entry 2, result: must be one of success, "
               "failure, cancelled (got 'won')" in line for line in lines), lines
    assert any(line.startswith(f"{path}:14:") and "entry 2, colour: unknown key 'colour'"
               in line for line in lines), lines
    assert {p.path for p in caught.value.problems} == {"entries.1.result", "entries.1.colour"}
    with pytest.raises(LedgerError) as caught:
        parse_ledger(
            path.read_text()
            .replace("result: won", "result: failure")
            .replace("    colour: red\n", ""),
            "led.yaml",
        )
    assert caught.value.problems[0].format().startswith("led.yaml:15:14: entry 3, project: ")
    assert "already recorded in entry 1" in caught.value.problems[0].message


def test_invalid_yaml_is_located():
    with pytest.raises(LedgerError) as caught:
        parse_ledger("scenario: x\nentries:\n  - phase: [1\n", "l.yaml")
    assert caught.value.problems[0].line is not None


def test_apply_ledger_replays_in_phase_order_with_forgetting():
    ledger = parse_ledger(
        textwrap.dedent(
            """\
            scenario: ledger-test
            entries:
              - {phase: 2, project: q, result: failure, participants: [a, c], ambition: 1}
              - {phase: 1, project: p, result: success, participants: [a, b], ambition: 2}
              - {phase: 3, project: r, result: cancelled, participants: [c, d], ambition: 1}
            """
        )
    )
    trust, next_phase = apply_ledger(SCENARIO, ledger, initial_trust(SCENARIO))
    assert next_phase == 4
    # a-b: r = 2 after phase 1, aged twice (phases 2, 3) -> 0.5: (0.6 + 0.5) / (2 + 0.5)
    assert trust.pair_trust("a", "b") == pytest.approx(1.1 / 2.5)
    # a-c: s = 1 in phase 2, aged once -> 0.5: 0.6 / 2.5
    assert trust.pair_trust("a", "c") == pytest.approx(0.6 / 2.5)
    assert trust.has_met("a", "b") and trust.has_met("a", "c")
    assert not trust.has_met("c", "d")  # cancelled: they did not work together


def test_apply_ledger_refuses_foreign_actors_and_scenario():
    ledger = parse_ledger(
        "scenario: other\nentries:\n"
        "  - {phase: 1, project: p, result: success, participants: [a, zed], ambition: 1}\n",
        "l.yaml",
    )
    with pytest.raises(LedgerError) as caught:
        apply_ledger(SCENARIO, ledger, initial_trust(SCENARIO))
    text = caught.value.render()
    assert "l.yaml:1:11: scenario: this ledger belongs to scenario 'other'" in text
    assert "l.yaml:3:" in text
    assert "entry 1, participants, entry 2: 'zed' is not a member" in text


WRITER = """
import os, sys, time
from pathlib import Path
import trustmatch.ledger as ledger

real_fsync = os.fsync

def slow_fsync(fd):
    real_fsync(fd)
    Path(sys.argv[2]).write_text("writing")
    time.sleep(60)

os.fsync = slow_fsync
entry = ledger.LedgerEntry(phase=2, project="late", result="success", participants=["a", "b"],
                           ambition=1, note="x" * 100_000)
ledger.append_entry(sys.argv[1], entry, scenario="ledger-test")
"""


def test_ledger_survives_a_writer_killed_mid_write(tmp_path: Path):
    path = tmp_path / "ledger.yaml"
    for i in range(3):
        append_entry(path, entry(1, f"p{i}"), scenario="ledger-test")
    before = path.read_bytes()
    marker = tmp_path / "marker"
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(marker)])
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert writer.poll() is None, "the writer ended before writing"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        os.kill(writer.pid, signal.SIGKILL)
    finally:
        writer.wait()
    assert writer.returncode == -signal.SIGKILL
    assert path.read_bytes() == before
    assert [e.project for e in load_ledger(path).ledger.entries] == ["p0", "p1", "p2"]
    # the next writer cleans up what the killed one left and appends normally
    append_entry(path, entry(2, "after-crash"), scenario="ledger-test")
    assert len(load_ledger(path).ledger.entries) == 4
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ledger.yaml", "marker"]
