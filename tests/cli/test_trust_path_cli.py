"""What trust unlocked, the trust path and members without contact in ``plan`` and ``roadmap``."""

from __future__ import annotations

import json
import re
from itertools import combinations
from pathlib import Path

from click.testing import CliRunner

from trustmatch.cli import cli

MINI = str(Path(__file__).resolve().parents[1] / "trust_path_fixtures" / "mini.yaml")
LEDGER = str(Path(__file__).resolve().parents[1] / "trust_path_fixtures" / "two-workshops.yaml")
ENGLISH = {"LC_ALL": "C", "LC_MESSAGES": "", "LANG": "en_GB.UTF-8", "LANGUAGE": ""}
GERMAN = {"LC_ALL": "de_DE.UTF-8", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8", "LANGUAGE": ""}


def run(*args: str, env=None):
    return CliRunner().invoke(cli, list(args), env=env or ENGLISH)


def flat(text: str) -> str:
    """The output with every run of whitespace as one space (whatever the line wrapping)."""
    return " ".join(text.split())


def test_plan_prints_the_trust_path_and_who_has_no_contact():
    # The one-phase planner: the horizon is the planned phase (one workshop of three at p = 0.95
    # gives (0.6 + 0.95) / 3 = 0.517 < 0.6).
    result = run("plan", MINI, "--strategy", "optimal")
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "What trust allows (phase 1)" in out
    # 2 successful ambition-1 projects (x >= 1.5), or 1 of ambition 2; ties go to the first ids.
    assert (
        "Joint R&D on 'Joint research on coatings' (ambition 3): needs trust 0.60 among 3 of the "
        "6 interested members. Closest: Alpha GmbH, Beta AG and Delta Werkstatt, who need 2 more "
        "successful joint projects of ambition 1 together (or 1 of ambition 2). The planned "
        "projects do not bring any group there within the horizon (by the end of phase 1)."
    ) in out
    assert "Members without a joint project (phase 1)" in out
    assert (
        "In phase 1 no group of 3 members who trust each other at least 0.60 could be formed "
        "with Eta Institut for 'Joint R&D': Eta Institut trusts 0 of the 5 other interested "
        "members that much." in out
    )
    assert "Kappa Holz may take part in no project" in out
    assert "No project type addresses the needs of Zeta Verband ('A need nobody can" in out
    assert "no other member states them, and the smallest project on them needs 3" in out
    assert "the smallest one needs 900, 0 remained" in out
    # Reader words only: no ids in these sentences.
    end = out.index("(its number of projects per phase is 0).")
    block = out[out.index("What trust allows"): end]
    for actor_id in ("alpha", "delta", "eta", "kappa", "rnd", "workshop"):
        assert not re.search(rf"\b{actor_id}\b", block), actor_id


def test_plan_in_german():
    result = run("plan", MINI, env=GERMAN)
    assert result.exit_code == 0, result.output
    out = flat(result.stdout)
    assert "Was das Vertrauen erlaubt (Phase 1)" in out
    assert (
        "Joint R&D zu „Joint research on coatings“ (Anspruchsstufe 3): braucht gegenseitiges "
        "Vertrauen von mindestens 0,60 "
        "unter 3 der 6 interessierten Mitglieder. Am nächsten dran: Alpha GmbH, Beta AG und "
        "Delta Werkstatt; gemeinsam fehlen ihnen noch 2 erfolgreiche Projekte der "
        "Anspruchsstufe 1 (oder 1 der Anspruchsstufe 2)." in out
    )
    assert "Mitglieder ohne gemeinsames Projekt (Phase 1)" in out
    assert "kein anderes Mitglied nennt sie" in out


def test_roadmap_lists_unlocked_projects_per_phase_and_writes_them_to_json(tmp_path: Path):
    out = tmp_path / "roadmap.json"
    result = run("roadmap", MINI, "--phases", "3", "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    assert [o["phase"] for o in data["outlook"]] == [1, 2, 3]
    assert [o["compared_with_phase"] for o in data["outlook"]] == [None, 1, 2]
    outcomes = {
        phase["plan"]["phase"]: [
            (sorted(next(p for p in phase["plan"]["projects"] if p["id"] == o["project"])
                    ["participants"]), o["result"])
            for o in phase["outcomes"]
        ]
        for phase in data["phases"]
    }
    # Independent check of when R&D becomes possible: replay every outcome by hand (each success
    # adds 1 to r of every pair of its participants, each failure 1 to s; no forgetting) and look
    # for three interested members whose three pairs all reach 0.6.
    interested = ["alpha", "beta", "delta", "epsilon", "eta", "gamma"]

    def trusted_trios(phases):
        evidence = {}
        for k in phases:
            for people, res in outcomes[k]:
                for pair in combinations(people, 2):
                    r, f = evidence.get(pair, (0, 0))
                    evidence[pair] = (r + 1, f) if res == "success" else (r, f + 1)

        def trust(a, b):
            r, f = evidence.get(tuple(sorted((a, b))), (0, 0))
            return (0.6 + r) / (2 + r + f)

        return {
            trio for trio in combinations(interested, 3)
            if all(trust(a, b) >= 0.6 for a, b in combinations(trio, 2))
        }

    for outlook in data["outlook"][1:]:
        phase = outlook["phase"]
        unlocked = [u for u in outlook["unlocked"] if u["type"] == "rnd"]
        was, now = trusted_trios(range(1, phase - 1)), trusted_trios(range(1, phase))
        if now and not was:
            (item,) = unlocked
            assert set(item["members"]) == {a for trio in now for a in trio}
        else:
            assert unlocked == []
    assert data["no_contact"] and all(item["phases"] == [1, 2] for item in data["no_contact"])
    assert "Members without a joint project (phases 1–2)" in flat(result.stdout)


def test_after_two_recorded_workshops_joint_rnd_is_unlocked_for_those_three():
    # The ledger records two successful workshops of Alpha, Beta and Gamma: 2.6 / 4 = 0.65.
    for command in ("plan", "roadmap"):
        result = run(command, MINI, "--ledger", LEDGER, *(("--phases", "1") if command == "roadmap"
                                                          else ()))
        assert result.exit_code == 0, result.output
        out = flat(result.stdout)
        assert "What trust allows (phase 3)" in out
        assert "Newly possible (trust did not allow it at the start of phase 1):" in out
        assert (
            "+ Joint R&D on 'Joint research on coatings' (ambition 3): now possible for Alpha "
            "GmbH, Beta AG and Gamma KG. 3 pairs of members now have enough mutual trust." in out
        )
        assert "Trust already allows every project type on the members' needs." in out


def test_the_lookahead_plan_forecasts_along_its_own_path(tmp_path: Path):
    out = tmp_path / "plan.json"
    result = run("plan", MINI, "--json", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    phase = data["phases"][0]
    last = max([1, *(project["phase"] for project in phase.get("path", []))])
    (path,) = data["outlook"][0]["out_of_reach"]
    assert path["horizon"] == last
    text = flat(result.stdout)
    if path["reached_after_phase"] is None:
        assert f"within the horizon (by the end of phase {last})." in text
    else:
        assert f"get there by the end of phase {path['reached_after_phase']}" in text
