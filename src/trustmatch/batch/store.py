"""The results store: one SQLite file per batch, written by the driver as runs finish.

Tables:

* ``meta`` (key, value): the batch name, its spec, and the spec fingerprint that ``--resume``
  checks, the schema version and the trustmatch version that created the file.
* ``runs``: one row per finished run (done or failed) with its parameters, seed, status, error,
  timings and software versions.
* ``phases``: one row per phase of a done run with its metrics.

A run's ``runs`` row and all its ``phases`` rows are written in one transaction, so a batch killed
at any moment leaves only complete runs behind. The file uses SQLite's write-ahead log, which
survives a killed process without losing committed runs.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from trustmatch.batch.runs import RunSpec
from trustmatch.batch.worker import PHASE_METRICS
from trustmatch.errors import Problem, UserError, output_error
from trustmatch.i18n import message, resolve_language

SCHEMA_VERSION = "2"
"""Version of the table layout below."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    run_index INTEGER NOT NULL,
    scenario TEXT NOT NULL,
    scenario_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    overrides TEXT NOT NULL,
    parameters TEXT NOT NULL,
    strategy TEXT NOT NULL,
    replication INTEGER NOT NULL,
    seed INTEGER NOT NULL,
    phases INTEGER,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    error TEXT NOT NULL,
    seconds REAL NOT NULL,
    cpu_seconds REAL NOT NULL,
    finished_at TEXT NOT NULL,
    worker TEXT NOT NULL,
    versions TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS phases (
    run_id TEXT NOT NULL REFERENCES runs (run_id),
    phase INTEGER NOT NULL,
    objective REAL,
    gap REAL,
    cost REAL,
    cluster_trust REAL,
    projects_chosen INTEGER,
    projects_succeeded INTEGER,
    ambition_reached INTEGER,
    worst_competitor_imbalance REAL,
    served_share REAL,
    value_delivered REAL,
    value_per_money REAL,
    members_reached INTEGER,
    largest_connected_share REAL,
    solver_status TEXT,
    PRIMARY KEY (run_id, phase)
);
"""

_COLUMNS: dict[str, tuple[str, ...]] = {
    table: tuple(re.findall(r"^    ([a-z_]+) ", body, flags=re.MULTILINE))
    for table, body in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*?)\n\);", _SCHEMA, re.S)
}
"""Table → the columns this version reads and writes (taken from ``_SCHEMA``)."""


def _say(key: str, count: int | None = None, **values: object) -> str:
    return message(f"results.{key}", resolve_language(), count=count, **values)


def _read_only_uri(path: Path) -> str:
    # as_uri() percent-encodes '#', '?' and '%', which SQLite would otherwise read as the URI's
    # fragment, query or escapes (a file "run#2.sqlite" would be "run").
    return path.absolute().as_uri() + "?mode=ro"


def check_file(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse a results file that is damaged or whose tables are not trustmatch's.

    Args:
        connection: An open connection to the file.
        path: The file (for the message).

    Raises:
        StoreError: ``PRAGMA integrity_check`` finds damage, or a table lacks its columns.
    """
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA integrity_check(5)")]
        present = {
            table: {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}
            for table in _COLUMNS
        }
    except sqlite3.DatabaseError as error:
        raise StoreError(path, _say("not_results", reason=str(error))) from None
    if verdict != ["ok"]:
        raise StoreError(path, _say("damaged", details="; ".join(verdict)))
    for table, columns in _COLUMNS.items():
        missing = [c for c in columns if c not in present[table]]
        if present[table] and missing:
            raise StoreError(
                path, _say("foreign_table", table=table, missing=", ".join(missing))
            )


class StoreError(UserError):
    """The results file cannot be used for this batch; the message says why in plain words.

    Args:
        path: The results file.
        message: What is wrong and what to do, in plain words.
    """

    def __init__(self, path: str | Path, message: str):
        super().__init__(
            Problem(str(path), None, None, "", message), summary=_say("cannot_use")
        )


class ResultsStore:
    """A batch's SQLite results file, opened by the driver (the only writer).

    Args:
        path: The results file (created when missing).
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.parent.is_dir():
            raise StoreError(self.path, _say("no_folder", folder=self.path.parent))
        if self.path.is_dir():
            raise StoreError(self.path, _say("is_folder"))
        exists = self.path.exists()
        # SQLite needs to write the file and, for its journal, the folder: say which is not
        # writable instead of letting it fail as "unable to open database file".
        for place in ([self.path] if exists else []) + [self.path.parent]:
            if not os.access(place, os.W_OK):
                raise output_error(self.path, PermissionError(13, "Permission denied", place))
        try:
            self._connection = sqlite3.connect(self.path, isolation_level=None)
            if exists:
                check_file(self._connection, self.path)
            self._connection.execute("PRAGMA journal_mode=WAL")
            # NORMAL is durable against a killed process (only a power cut may lose the last
            # commits), and much faster than FULL for many small transactions.
            self._connection.execute("PRAGMA synchronous=NORMAL")
            self._connection.execute("PRAGMA foreign_keys=ON")
            self._connection.executescript(_SCHEMA)
            check_file(self._connection, self.path)
        except StoreError:
            self._connection.close()
            raise
        except sqlite3.DatabaseError as error:
            raise StoreError(self.path, _say("not_results", reason=str(error))) from None

    def close(self) -> None:
        """Close the file (committed runs are safe whether or not this is called)."""
        self._connection.close()

    def __enter__(self) -> ResultsStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def meta(self) -> dict[str, str]:
        """Return the ``meta`` table as a dict."""
        return dict(self._connection.execute("SELECT key, value FROM meta"))

    def claim(self, name: str, fingerprint: str, spec_json: str, *, resume: bool) -> None:
        """Tie the file to one batch spec, or check that it already belongs to this one.

        Args:
            name: The batch's name.
            fingerprint: The spec fingerprint (spec content and scenario file bytes).
            spec_json: The spec as JSON, kept for the record.
            resume: Whether the user asked to continue an earlier run of the batch.

        Raises:
            StoreError: The file holds another batch, or holds runs and ``resume`` is off.
        """
        meta = self.meta()
        stored = meta.get("spec_fingerprint")
        if stored is not None and meta.get("schema_version") != SCHEMA_VERSION:
            raise StoreError(self.path, _say(
                "other_layout", version=meta.get("created_by") or _say("older_version")
            ))
        if stored is None:
            if self.count_runs():
                raise StoreError(self.path, _say("runs_without_spec"))
            from trustmatch import __version__

            with self._transaction():
                self._connection.executemany(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("schema_version", SCHEMA_VERSION),
                        ("batch_name", name),
                        ("spec_fingerprint", fingerprint),
                        ("spec", spec_json),
                        ("created_by", f"trustmatch {__version__}"),
                        ("created_at", _now()),
                    ],
                )
            return
        if stored != fingerprint:
            raise StoreError(self.path, _say("other_batch", name=meta.get("batch_name", "?")))
        if not resume and self.count_runs():
            raise StoreError(self.path, _say("holds_runs", count=self.count_runs()))

    def count_runs(self) -> int:
        """Return the number of stored runs (done and failed)."""
        return int(self._connection.execute("SELECT COUNT(*) FROM runs").fetchone()[0])

    def stored_ids(self) -> set[str]:
        """Return the ids of every stored run."""
        return {row[0] for row in self._connection.execute("SELECT run_id FROM runs")}

    def record(self, run: RunSpec, outcome: dict[str, Any]) -> bool:
        """Store a finished run and its phases atomically.

        Args:
            run: The run.
            outcome: What :func:`trustmatch.batch.worker.execute_run` returned.

        Returns:
            True when stored, False when the run was already stored (nothing changes).
        """
        run_row = (
            run.run_id,
            run.index,
            run.scenario,
            outcome.get("scenario_name", ""),
            outcome.get("file_sha256", ""),
            json.dumps(list(run.overrides)),
            json.dumps(dict(run.parameters), sort_keys=True),
            run.strategy,
            run.replication,
            run.seed,
            outcome.get("phases_run"),
            outcome["status"],
            outcome.get("error", ""),
            float(outcome.get("seconds", 0.0)),
            float(outcome.get("cpu_seconds", 0.0)),
            _now(),
            outcome.get("worker", ""),
            json.dumps(outcome.get("versions", {}), sort_keys=True),
        )
        phase_rows = [
            (run.run_id, row["phase"], *(row.get(name) for name in PHASE_METRICS),
             row.get("solver_status"))
            for row in outcome.get("phases", [])
        ]
        try:
            with self._transaction():
                self._connection.execute(
                    f"INSERT INTO runs VALUES ({', '.join('?' * len(run_row))})", run_row
                )
                self._connection.executemany(
                    f"INSERT INTO phases VALUES ({', '.join('?' * (len(PHASE_METRICS) + 3))})",
                    phase_rows,
                )
        except sqlite3.IntegrityError:
            if self._has_run(run.run_id):
                return False
            raise
        return True

    def _has_run(self, run_id: str) -> bool:
        row = self._connection.execute("SELECT 1 FROM runs WHERE run_id = ?", (run_id,))
        return row.fetchone() is not None

    def _transaction(self) -> _Transaction:
        return _Transaction(self._connection)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK when the block raises (even KeyboardInterrupt)."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self._connection.execute("COMMIT")
        else:
            self._connection.execute("ROLLBACK")


def read_rows(path: str | Path, query: str, parameters: Iterable[Any] = ()) -> list[sqlite3.Row]:
    """Run a read-only query on a results file and return its rows (by column name).

    Raises:
        StoreError: The file does not exist or is not a trustmatch results file.
    """
    path = Path(path)
    if not path.is_file():
        raise StoreError(path, _say("no_such_file"))
    try:
        connection = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.OperationalError as error:
        raise StoreError(path, _say("cannot_open", reason=error)) from None
    connection.row_factory = sqlite3.Row
    try:
        check_file(connection, path)
        return connection.execute(query, tuple(parameters)).fetchall()
    except sqlite3.DatabaseError as error:
        raise StoreError(path, _say("not_results", reason=str(error))) from None
    finally:
        connection.close()


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
