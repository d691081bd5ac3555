"""Expand a batch spec into its runs: a deterministic list, stable ids, derived seeds.

Seeds follow the common-random-numbers design: replication ``r`` gets the same seed in every
scenario, override set, grid point and strategy, so that differences between strategies are not
blurred by different random draws. The seed is drawn from ``numpy.random.SeedSequence(root_seed,
spawn_key=(r,))``, i.e. it is the ``r``-th child of the root seed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from trustmatch.batch.spec import LoadedSpec


@dataclass(frozen=True)
class RunSpec:
    """One run of a batch, as plain picklable data that any executor can ship to a worker.

    Attributes:
        run_id: Stable id derived from everything below (16 hex digits).
        index: Position in the expanded run list (0-based).
        scenario: The scenario file as written relative to the spec (its label in results).
        scenario_path: Absolute path of the scenario file (on the driver's machine).
        overrides: Names of the overrides applied, in order.
        parameters: ``(dotted path, value)`` of each grid parameter, sorted by path.
        strategy: Planning strategy.
        replication: Replication number, starting at 1.
        seed: Seed of the run's roadmap.
        phases: Phases of the roadmap (None: the scenario's own).
        file_sha256: SHA-256 of the scenario file when the batch started.
        scenario_bytes: The scenario file's content when the batch started: workers read the
            scenario from here, so they need no shared file system and a file edited during
            the batch cannot mix two versions into one batch.
    """

    run_id: str
    index: int
    scenario: str
    scenario_path: str
    overrides: tuple[str, ...]
    parameters: tuple[tuple[str, Any], ...]
    strategy: str
    replication: int
    seed: int
    phases: int | None
    file_sha256: str = ""
    scenario_bytes: bytes = field(default=b"", repr=False)

    @property
    def sets(self) -> list[str]:
        """The grid parameters as ``--set``-style ``PATH=VALUE`` strings (values as JSON)."""
        return [f"{path}={json.dumps(value)}" for path, value in self.parameters]


def replication_seed(root_seed: int, replication: int) -> int:
    """Return the seed of a replication: a 63-bit draw from the root seed's child sequence.

    Args:
        root_seed: The batch's root seed.
        replication: Replication number, starting at 1.
    """
    state = np.random.SeedSequence(root_seed, spawn_key=(replication,)).generate_state(
        1, dtype=np.uint64
    )
    return int(state[0] >> np.uint64(1))  # scenarios accept seeds up to 2**63 - 1


def run_id(
    scenario: str,
    overrides: tuple[str, ...],
    parameters: tuple[tuple[str, Any], ...],
    strategy: str,
    replication: int,
    seed: int,
    phases: int | None,
) -> str:
    """Return the stable id of a run: a hash of its canonical description."""
    canonical = json.dumps(
        {
            "scenario": scenario,
            "overrides": list(overrides),
            "parameters": [[path, value] for path, value in parameters],
            "strategy": strategy,
            "replication": replication,
            "seed": seed,
            "phases": phases,
        },
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def expand_runs(loaded: LoadedSpec) -> list[RunSpec]:
    """Return every run of a spec, in a fixed order.

    The order is scenario (as matched), override set, grid point (parameters in spec order,
    values in spec order), strategy, replication; the same spec always gives the same list.
    """
    spec = loaded.spec
    seeds = [replication_seed(spec.root_seed, r) for r in range(1, spec.replications + 1)]
    grid_paths = list(spec.grid)
    grid_points = list(itertools.product(*(spec.grid[p] for p in grid_paths)))
    runs: list[RunSpec] = []
    for (label, path), digest, content in zip(
        loaded.scenario_files, loaded.scenario_hashes, loaded.scenario_bytes, strict=True
    ):
        for overrides in spec.overrides:
            for point in grid_points:
                pairs = zip(grid_paths, point, strict=True)
                parameters = tuple(sorted(pairs, key=lambda item: item[0]))
                for strategy in spec.strategies:
                    for replication, seed in enumerate(seeds, start=1):
                        names = tuple(overrides)
                        runs.append(
                            RunSpec(
                                run_id=run_id(
                                    label, names, parameters, strategy, replication, seed,
                                    spec.phases,
                                ),
                                index=len(runs),
                                scenario=label,
                                scenario_path=str(path),
                                overrides=names,
                                parameters=parameters,
                                strategy=strategy,
                                replication=replication,
                                seed=seed,
                                phases=spec.phases,
                                file_sha256=digest,
                                scenario_bytes=content,
                            )
                        )
    return runs
