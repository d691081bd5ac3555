"""Batch runs: scenarios x overrides x parameter grid x strategies x replications.

Library API::

    from trustmatch.batch import run_batch, compare

    summary = run_batch("batch.yaml", "results.sqlite", jobs=2, executor="processes")
    print(summary.render())
    print(compare("results.sqlite", by=["strategy", "override"]).to_text())

The modules follow the flow: :mod:`~trustmatch.batch.spec` (the YAML spec) ->
:mod:`~trustmatch.batch.runs` (expansion, ids, seeds) -> :mod:`~trustmatch.batch.executors`
(where runs execute) -> :mod:`~trustmatch.batch.worker` (one run) ->
:mod:`~trustmatch.batch.store` (SQLite) -> :mod:`~trustmatch.batch.compare`;
:mod:`~trustmatch.batch.runner` drives them.
"""

from __future__ import annotations

from trustmatch.batch.compare import Comparison, compare
from trustmatch.batch.executors import EXECUTORS, ExecutorError
from trustmatch.batch.runner import BatchAborted, BatchSummary, run_batch
from trustmatch.batch.runs import RunSpec, expand_runs
from trustmatch.batch.spec import BatchSpec, LoadedSpec, load_spec
from trustmatch.batch.store import ResultsStore, StoreError

__all__ = [
    "EXECUTORS",
    "BatchAborted",
    "BatchSpec",
    "BatchSummary",
    "Comparison",
    "ExecutorError",
    "LoadedSpec",
    "ResultsStore",
    "RunSpec",
    "StoreError",
    "compare",
    "expand_runs",
    "load_spec",
    "run_batch",
]
