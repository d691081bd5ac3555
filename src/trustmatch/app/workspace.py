"""The app's folder: which clusters it holds, and reading and writing their files safely.

A cluster is a scenario file ``NAME.yaml`` in the folder, with two companions beside it that the
CLI reads and writes as well:

* ``NAME.ledger.yaml``: the recorded outcomes (``trustmatch record`` / ``plan --ledger``);
* ``NAME.plan.json``: the last roadmap the app computed, whose first phase is the
  recommendation (``trustmatch record NAME.ledger.yaml --plan NAME.plan.json --phase N``).

Every path the app touches goes through :meth:`Workspace.path`: plain file names only, resolved
(symbolic links followed) and refused unless the result lies directly in the folder. Writes are
atomic (a temporary file in the same folder, flushed to disk, renamed over the target) and a
save carries the hash of the file it was based on: if the file changed in the meantime (another
browser tab, an editor, the CLI) the save is refused instead of silently overwriting.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SCENARIO_SUFFIX = ".yaml"
"""Suffix of scenario files."""
LEDGER_SUFFIX = ".ledger.yaml"
"""Suffix of ledger files (next to the scenario of the same name)."""
PLAN_SUFFIX = ".plan.json"
"""Suffix of the saved roadmap of a cluster."""

CLUSTER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
"""A cluster's name is its file name without ``.yaml``: letters, digits, ``-`` and ``_``."""


class OutsideFolder(Exception):
    """A path would leave the app's folder (``..``, an absolute path, a link pointing out)."""


class EditConflict(Exception):
    """The file changed since the form was opened; the save was refused.

    Args:
        current_sha256: Hash of the file as it is now.
    """

    def __init__(self, current_sha256: str):
        self.current_sha256 = current_sha256
        super().__init__("the file changed since it was read")


def sha256(data: bytes) -> str:
    """Return the hex SHA-256 of ``data`` (the hash a form carries)."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ClusterFiles:
    """The files of one cluster (all inside the folder, checked).

    Attributes:
        name: The cluster's name (file name without ``.yaml``).
        scenario: The scenario file.
        ledger: The ledger file (may not exist yet).
        plan: The saved roadmap (may not exist yet).
    """

    name: str
    scenario: Path
    ledger: Path
    plan: Path


class Workspace:
    """One folder of clusters.

    Args:
        folder: The folder; it must exist. Nothing outside it is ever read or written.
    """

    def __init__(self, folder: str | Path):
        self.root = Path(folder).resolve(strict=True)
        if not self.root.is_dir():
            raise NotADirectoryError(str(self.root))
        self._locks: dict[Path, threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # --- paths ---------------------------------------------------------------------------------

    def path(self, file_name: str) -> Path:
        """Return the path of a file directly in the folder, refusing anything that leaves it.

        Args:
            file_name: A plain file name such as ``young-cluster.yaml``.

        Raises:
            OutsideFolder: The name has a folder part, or the file (or a link it is) lies
                outside the folder.
        """
        if not file_name or file_name in (".", "..") or "/" in file_name or "\\" in file_name \
                or "\x00" in file_name:
            raise OutsideFolder(file_name)
        candidate = self.root / file_name
        resolved = candidate.resolve(strict=False)
        if resolved.parent != self.root:
            raise OutsideFolder(file_name)
        return resolved if candidate.is_symlink() else candidate

    def cluster(self, name: str) -> ClusterFiles:
        """Return the files of cluster ``name``.

        Raises:
            OutsideFolder: ``name`` is not a valid cluster name or a file would leave the folder.
        """
        if not CLUSTER_NAME.fullmatch(name):
            raise OutsideFolder(name)
        return ClusterFiles(
            name=name,
            scenario=self.path(name + SCENARIO_SUFFIX),
            ledger=self.path(name + LEDGER_SUFFIX),
            plan=self.path(name + PLAN_SUFFIX),
        )

    def cluster_names(self) -> list[str]:
        """Return the names of the scenario files in the folder, sorted (links out skipped)."""
        names = []
        for entry in sorted(self.root.iterdir()):
            file_name = entry.name
            if not file_name.endswith(SCENARIO_SUFFIX) or file_name.endswith(LEDGER_SUFFIX):
                continue
            name = file_name[: -len(SCENARIO_SUFFIX)]
            try:
                files = self.cluster(name)
            except OutsideFolder:
                continue
            if files.scenario.is_file():
                names.append(name)
        return names

    # --- reading and writing -------------------------------------------------------------------

    def read_bytes(self, path: Path, limit: int) -> bytes:
        """Return a file's bytes, at most ``limit`` of them.

        Raises:
            OutsideFolder: ``path`` is not in the folder.
            ValueError: The file is larger than ``limit``.
        """
        self._check(path)
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise ValueError(f"{path.name} is larger than {limit} bytes")
        return data

    @contextlib.contextmanager
    def locked(self, path: Path) -> Iterator[None]:
        """Serialise writers of ``path`` within this process and, where possible, the folder."""
        with self._locks_guard:
            lock = self._locks.setdefault(path, threading.Lock())
        with lock, _folder_lock(self.root):
            yield

    def write_atomically(self, path: Path, data: bytes) -> None:
        """Write ``data`` to ``path``: temporary file in the folder, fsync, rename, fsync folder.

        A crash at any moment leaves the old or the new file, never a broken one.

        Raises:
            OutsideFolder: ``path`` is not in the folder.
        """
        self._check(path)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below, renamed or removed
            "wb", dir=self.root, prefix=f".{path.name}.", suffix=".tmp", delete=False
        )
        try:
            with handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(handle.name, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(handle.name)
            raise
        with contextlib.suppress(OSError):  # make the rename durable where the OS allows
            descriptor = os.open(self.root, os.O_RDONLY)
            try:
                os.fsync(descriptor)
            finally:
                os.close(descriptor)

    def save_if_unchanged(self, path: Path, expected_sha256: str, data: bytes) -> str:
        """Replace a file atomically, but only if it still has the hash the edit started from.

        Args:
            path: The file.
            expected_sha256: Hash of the bytes the form was built from.
            data: The new content.

        Returns:
            The hash of the new content.

        Raises:
            EditConflict: The file changed (or vanished) since; nothing was written.
        """
        with self.locked(path):
            try:
                current = sha256(path.read_bytes())
            except FileNotFoundError:
                current = ""
            if current != expected_sha256:
                raise EditConflict(current)
            self.write_atomically(path, data)
        return sha256(data)

    def create(self, path: Path, data: bytes) -> None:
        """Write a new file atomically, refusing to replace an existing one.

        Raises:
            FileExistsError: The file exists.
        """
        with self.locked(path):
            if path.exists() or path.is_symlink():
                raise FileExistsError(path.name)
            self.write_atomically(path, data)

    def _check(self, path: Path) -> None:
        resolved = path.resolve(strict=False)
        if resolved.parent != self.root:
            raise OutsideFolder(path.name)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the in-process lock and rename remain
        yield
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)
