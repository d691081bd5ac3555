"""Results files the user names or hands over: odd names, damaged files, foreign tables."""

from __future__ import annotations

import os
import sqlite3

import pytest

from trustmatch.batch import run_batch
from trustmatch.cli import main


def small_batch(write_spec, out):
    spec = write_spec(strategies=["greedy"], replications=2, phases=2)
    return run_batch(spec, out, executor="local", progress=False), spec


def test_names_with_uri_characters_work(tmp_path, write_spec, capsys):
    out = tmp_path / "run #2? 100%.sqlite"
    summary, spec = small_batch(write_spec, out)
    assert summary.done == 2
    assert main(["compare", str(out), "--by", "strategy"]) == 0
    assert "greedy" in capsys.readouterr().out
    assert main(["batch", str(spec), "--out", str(out), "--executor", "local", "--resume",
                 "-q"]) == 0


def test_a_damaged_file_is_refused_by_compare_and_resume(tmp_path, write_spec, capsys):
    out = tmp_path / "r.sqlite"
    _, spec = small_batch(write_spec, out)
    connection = sqlite3.connect(out)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(out.read_bytes())
    assert len(data) >= 3 * page_size
    data[2 * page_size + 8: 3 * page_size - 8] = b"\xff" * (page_size - 16)  # a table's page
    out.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["compare", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{out}: " in err and "Traceback" not in err
    assert "is damaged" in err or "is not a trustmatch results file" in err
    assert main(["batch", str(spec), "--out", str(out), "--executor", "local", "--resume",
                 "-q"]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err or "is not a trustmatch results file" in err


def test_a_foreign_runs_table_is_refused(tmp_path, write_spec, capsys):
    out = tmp_path / "other.sqlite"
    connection = sqlite3.connect(out)
    connection.executescript(
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
        "CREATE TABLE runs (id INTEGER, name TEXT);"
        "INSERT INTO runs VALUES (1, 'mine');"
    )
    connection.commit()
    connection.close()
    spec = write_spec(strategies=["greedy"])
    assert main(["batch", str(spec), "--out", str(out), "--executor", "local", "-q"]) == 2
    err = capsys.readouterr().err
    assert "has a table 'runs' that trustmatch did not write" in err and "run_id" in err
    assert main(["compare", str(out)]) == 2
    assert "has a table 'runs' that trustmatch did not write" in capsys.readouterr().err


def test_compare_refuses_a_phase_the_batch_does_not_have(tmp_path, write_spec, capsys):
    out = tmp_path / "r.sqlite"
    small_batch(write_spec, out)
    capsys.readouterr()
    assert main(["compare", str(out), "--phase", "99"]) == 2
    captured = capsys.readouterr()
    assert "--phase: the batch has no phase 99: its runs cover phases 1 to 2" in captured.err
    assert captured.out == ""
    assert main(["compare", str(out), "--phase", "2"]) == 0


def test_unwritable_csv_and_results_folders_are_the_users_to_fix(tmp_path, write_spec, capsys):
    out = tmp_path / "r.sqlite"
    _, spec = small_batch(write_spec, out)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder\n")
    capsys.readouterr()
    assert main(["compare", str(out), "--csv", str(blocked / "compare.csv")]) == 2
    err = capsys.readouterr().err
    assert f"{blocked / 'compare.csv'}: cannot be written" in err and "bug" not in err
    assert main(["batch", str(spec), "--out", str(blocked / "r.sqlite"), "--executor", "local",
                 "-q"]) == 2
    err = capsys.readouterr().err
    assert str(blocked / "r.sqlite") in err and "not a trustmatch results file" not in err


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root may write into a read-only folder")
def test_batch_into_a_read_only_folder_says_why(tmp_path, write_spec, capsys):
    spec = write_spec(strategies=["greedy"])
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code = main(["batch", str(spec), "--out", str(folder / "r.sqlite"), "--executor",
                     "local", "-q"])
    finally:
        folder.chmod(0o755)
    assert code == 2
    err = capsys.readouterr().err
    assert "no permission to write" in err and "not a trustmatch results file" not in err
