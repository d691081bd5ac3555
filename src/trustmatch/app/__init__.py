"""The local web app around the planning loop, for the cluster manager who is not a programmer.

``trustmatch app FOLDER`` serves :func:`create_app` with uvicorn on 127.0.0.1 and opens the
browser. The folder holds the clusters as the CLI knows them (``NAME.yaml``, its ledger
``NAME.ledger.yaml`` and the last plan ``NAME.plan.json``); the app reads and writes nothing else.

Modules: :mod:`~trustmatch.app.workspace` (paths, atomic writes, edit conflicts),
:mod:`~trustmatch.app.yamledit` (comment-preserving edits), :mod:`~trustmatch.app.forms` (fields
and their messages), :mod:`~trustmatch.app.clusters` (what the pages do, over the library API),
:mod:`~trustmatch.app.jobs` (planning in a worker thread), :mod:`~trustmatch.app.security`
(host, token, CSRF, size limits) and :mod:`~trustmatch.app.server` (routes and pages).
"""

from __future__ import annotations

from trustmatch.app.server import AppSettings, create_app

__all__ = ["AppSettings", "create_app"]
