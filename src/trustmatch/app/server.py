"""The web app: routes, pages and how they call the library (Starlette, Jinja2, plain forms).

Every page is rendered on the server from the files in the folder; the only script is
``static/app.js``, which polls a running planning job. Every POST handler reads its form
through :func:`checked_form` (CSRF), every file name through :class:`Workspace` (containment),
every edit carries the hash of the file it started from (no lost edits).
"""

from __future__ import annotations

import datetime as dt
import logging
import tempfile
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import escape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from trustmatch.app import clusters as ops
from trustmatch.app.jobs import Jobs
from trustmatch.app.security import (
    CSRF_FIELD,
    LOOPBACK_NAMES,
    Guard,
    Sessions,
    checked_form,
    csrf_token,
)
from trustmatch.app.workspace import CLUSTER_NAME, EditConflict, OutsideFolder, Workspace
from trustmatch.errors import LedgerError, UserError
from trustmatch.i18n import LANGUAGES, Messages
from trustmatch.i18n.words import ScenarioWords
from trustmatch.results import Reason

log = logging.getLogger("trustmatch.app")

LANG_COOKIE = "trustmatch_lang"
"""Cookie with the language the manager chose."""
HERE = Path(__file__).parent
FORM_OUTCOME = "X-Form-Outcome"
"""Response header of a form shown again: ``invalid`` (problems beside fields) or ``conflict``
(the file changed underneath; nothing was saved)."""

_PAGE_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'"
)
_REPORT_POLICY = (
    # The report is this package's own output (its data escaped); it runs in a sandboxed frame
    # of an opaque origin, so its inline script (if any) cannot reach the app or its cookies.
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
    "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; connect-src 'none'"
)


@dataclass(frozen=True)
class AppSettings:
    """How the app runs.

    Attributes:
        folder: The folder of clusters.
        replications: Simulated runs behind a plan's trust band.
        max_upload_bytes: Largest accepted upload (and request body).
        allowed_hosts: Host names the browser may use to reach the app.
        access_token: Token a browser must present (None on loopback).
        today: Fixed date for recorded outcomes (tests; None: today).
    """

    folder: Path
    replications: int = 20
    max_upload_bytes: int = 5 * 1024 * 1024
    allowed_hosts: tuple[str, ...] = LOOPBACK_NAMES
    access_token: str | None = None
    today: dt.date | None = None


@dataclass
class _Reports:
    """Rendered reports by (plan hash, language): the figures take seconds to draw."""

    cache: dict[tuple[str, str], str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    """Drawing is serialised: matplotlib's figure state is not safe across threads."""


def language(request: Request) -> str:
    """Return the manager's language: the chosen one, else the browser's, else English."""
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in LANGUAGES:
        return chosen
    ranked = []
    for position, part in enumerate(request.headers.get("accept-language", "").split(",")):
        tag, _, quality = part.strip().partition(";q=")
        try:
            weight = float(quality) if quality else 1.0
        except ValueError:
            weight = 0.0
        ranked.append((-weight, position, tag.split("-")[0].lower()))
    for _, _, tag in sorted(ranked):
        if tag in LANGUAGES:
            return tag
    return "en"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("trustmatch.app", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["urlpart"] = lambda value: quote(str(value), safe="")
    return env


class Pages:
    """Renders the pages of one app (templates, language, CSRF token)."""

    def __init__(self) -> None:
        self.env = _environment()

    def render(
        self, request: Request, template: str, status: int = 200, outcome: str = "",
        **context: Any,
    ) -> Response:
        """Return the HTML response of ``template`` in the manager's language.

        A form shown again with its problems (``outcome`` ``invalid`` or ``conflict``) is a
        normal page for the browser (status 200, so the console stays free of errors); the
        outcome is told in the ``X-Form-Outcome`` header.
        """
        say = Messages(language(request))
        body = self.env.get_template(template).render(
            t=say, lang=say.lang, languages=LANGUAGES, csrf_field=CSRF_FIELD,
            csrf=csrf_token(request), here=request.url.path, **context,
        )
        response = HTMLResponse(body, status_code=status)
        if outcome:
            response.headers[FORM_OUTCOME] = outcome
        return response


# --- helpers -------------------------------------------------------------------------------------


def _workspace(request: Request) -> Workspace:
    return request.app.state.workspace


def _cluster(request: Request) -> ops.Cluster:
    name = request.path_params["name"]
    try:
        return ops.read_cluster(_workspace(request), name)
    except (OutsideFolder, FileNotFoundError, IsADirectoryError):
        raise HTTPException(404, "app.refused.not_found") from None
    except ValueError:
        raise HTTPException(413, "app.refused.too_large") from None


def _fields(form: Mapping[str, Any]) -> dict[str, str]:
    return {key: value for key, value in form.items() if isinstance(value, str)}


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def _say(request: Request) -> Messages:
    return Messages(language(request))


def _resource_label(say: Messages, name: str, scenario: Any = None) -> str:
    own = getattr(scenario, "resource_label", None)
    if callable(own) and own(name, say.lang) != name:
        return own(name, say.lang)  # the words the scenario gives
    key = f"app.resource.{name}"
    try:
        return say(key)
    except KeyError:
        return name.replace("_", " ")


def _theme_labels(cluster: ops.Cluster, lang: str) -> dict[str, str]:
    labels: dict[str, str] = {}
    if cluster.plan is not None:
        labels.update({theme.id: theme.label for theme in cluster.plan.themes})
    if cluster.loaded is not None:
        labels.update({need.id: ops.label_of(need, lang) for need in cluster.loaded.scenario.needs})
    return labels


def _words(cluster: ops.Cluster, lang: str) -> ScenarioWords | None:
    """The cluster's words in ``lang`` (None while its scenario does not load)."""
    if cluster.loaded is None:
        return None
    themes = {theme.id: theme.label for theme in cluster.plan.themes} if cluster.plan else {}
    return ScenarioWords(cluster.loaded.scenario, lang, themes)


def _said(words: ScenarioWords | None, reason: Reason) -> str:
    """A planner's reason in the reader's language (nothing without the scenario's words)."""
    from trustmatch.i18n.reasons import say_reason

    return say_reason(reason, words) if words is not None else ""


def _money_resource(cluster: ops.Cluster) -> str | None:
    if cluster.loaded is None:
        return None
    return cluster.loaded.scenario.objective.cost_resource


def _amount(say: Messages, cluster: ops.Cluster, name: str, value: float) -> str:
    if name == _money_resource(cluster) or name.endswith("_eur"):
        return say.money(value)
    return say.number(value, 0 if float(value).is_integer() else 1)


# --- views ---------------------------------------------------------------------------------------


async def index(request: Request) -> Response:
    """The folder: its clusters, and the two ways to create one."""
    workspace = _workspace(request)
    return request.app.state.pages.render(
        request, "index.html", clusters=workspace.cluster_names(), errors={}, values={}, which="",
        folder=str(workspace.root))


async def set_language(request: Request) -> Response:
    """Remember the manager's language and go back to the page."""
    form = await checked_form(request)
    lang = form.get("lang")
    back = str(form.get("next") or "/")
    if not back.startswith("/") or back.startswith("//"):
        back = "/"
    response = _redirect(back)
    if lang in LANGUAGES:
        response.set_cookie(LANG_COOKIE, str(lang), max_age=365 * 24 * 3600, samesite="strict",
                            httponly=True)
    return response


def _new_name(form: Mapping[str, Any], errors: dict[str, str], say: Messages,
              workspace: Workspace) -> str | None:
    from trustmatch.app.forms import slug

    raw = str(form.get("name") or "").strip()
    name = slug(raw)
    if not raw:
        errors["name"] = say("app.field.required")
        return None
    if not CLUSTER_NAME.fullmatch(name or ""):
        errors["name"] = say("app.new.bad_name")
        return None
    try:
        files = workspace.cluster(name)
    except OutsideFolder:
        errors["name"] = say("app.new.bad_name")
        return None
    if files.scenario.exists() or files.scenario.is_symlink():
        errors["name"] = say("app.new.exists", file=files.scenario.name)
        return None
    return name


async def create_blank(request: Request) -> Response:
    """Create a cluster by hand: the commented starter with the cluster's name and budget."""
    from trustmatch.app.forms import FormReader

    form = await checked_form(request)
    say = _say(request)
    workspace = _workspace(request)
    reader = FormReader(_fields(form), say)
    budget = reader.number("budget", minimum=0)
    hours = reader.number("hours", minimum=0, required=False)
    errors = dict(reader.errors)
    name = _new_name(form, errors, say, workspace)
    if errors or name is None:
        return request.app.state.pages.render(
            request, "index.html", outcome="invalid", clusters=workspace.cluster_names(),
            errors=errors, values=_fields(form), which="blank", folder=str(workspace.root))
    display = str(form.get("name")).strip()
    text = ops.starter_cluster(name, display, budget or 0, hours)
    try:
        workspace.create(workspace.cluster(name).scenario, text.encode("utf-8"))
    except FileExistsError:
        errors["name"] = say("app.new.exists", file=f"{name}.yaml")
        return request.app.state.pages.render(
            request, "index.html", outcome="conflict", clusters=workspace.cluster_names(),
            errors=errors, values=_fields(form), which="blank", folder=str(workspace.root))
    return _redirect(f"/c/{name}")


SURVEY_SUFFIXES = (".xlsx", ".csv")
"""Upload suffixes read as a needs survey (anything else must be a scenario ``.yaml``)."""


async def create_from_upload(request: Request) -> Response:
    """Create a cluster from an uploaded survey (``.xlsx`` / ``.csv``) or scenario (``.yaml``)."""
    from trustmatch.app.forms import FormReader

    form = await checked_form(request, max_files=1)
    say = _say(request)
    workspace = _workspace(request)
    settings: AppSettings = request.app.state.settings
    upload = form.get("file")
    reader = FormReader(_fields(form), say)
    budget = reader.number("budget", minimum=0)
    hours = reader.number("hours", minimum=0, required=False)
    errors = dict(reader.errors)
    problems: list[str] = []
    name = _new_name(form, errors, say, workspace)
    suffix = ""
    if not isinstance(upload, UploadFile) or not upload.filename:
        errors["file"] = say("app.upload.missing")
    else:
        suffix = Path(upload.filename).suffix.lower()
        if suffix not in (*SURVEY_SUFFIXES, ".yaml", ".yml"):
            errors["file"] = say("app.upload.kind")
    text = None
    if not errors and name is not None and isinstance(upload, UploadFile):
        data = await upload.read(settings.max_upload_bytes + 1)
        if len(data) > settings.max_upload_bytes:
            raise HTTPException(413, "app.refused.too_large")
        text, problems = await run_in_threadpool(
            _import_upload, data, suffix, upload.filename or "upload", name, budget or 0,
            hours, say.lang)
        if text is None and not problems:
            errors["file"] = say("app.upload.unreadable")
    await form.close()
    if errors or problems or text is None or name is None:
        return request.app.state.pages.render(
            request, "index.html", outcome="invalid", clusters=workspace.cluster_names(),
            errors=errors, values=_fields(form), which="upload", problems=problems,
            folder=str(workspace.root))
    try:
        workspace.create(workspace.cluster(name).scenario, text.encode("utf-8"))
    except FileExistsError:
        errors["name"] = say("app.new.exists", file=f"{name}.yaml")
        return request.app.state.pages.render(
            request, "index.html", outcome="conflict", clusters=workspace.cluster_names(),
            errors=errors, values=_fields(form), which="upload", folder=str(workspace.root))
    return _redirect(f"/c/{name}")


def _import_upload(
    data: bytes, suffix: str, filename: str, name: str, budget: float, hours: float | None,
    lang: str,
) -> tuple[str | None, list[str]]:
    """Turn uploaded bytes into scenario text; problems as located lines (never a traceback).

    The upload is written to a private temporary folder (never into the app's folder) for the
    survey reader, and a scenario upload is read by the same safe reader as scenario files.
    """
    from trustmatch.scenario.loader import load_scenario_text

    display = Path(filename).name
    if suffix in (".yaml", ".yml"):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None, []
        try:
            load_scenario_text(text, source=display)
        except UserError as error:
            return None, [p.format(lang) for p in error.errors]
        return text, []  # kept as it is: its own name, comments and layout
    from trustmatch.survey import import_survey

    with tempfile.TemporaryDirectory(prefix="trustmatch-upload-") as private:
        path = Path(private) / f"survey{suffix}"
        path.write_bytes(data)
        try:
            result = import_survey(path, budget=budget, hours=hours, lang=lang, name=name,
                                   display=display)
        except UserError as error:
            return None, [p.format(lang) for p in error.problems if p.severity == "error"]
    return result.yaml_text, []


async def cluster_page(request: Request) -> Response:
    """A cluster: members, budgets, project types, the plan, what to record, the report."""
    cluster = await run_in_threadpool(_cluster, request)
    jobs: Jobs = request.app.state.jobs
    scenario = cluster.loaded.scenario if cluster.loaded else None
    name = cluster.files.name
    words = _words(cluster, language(request))
    return request.app.state.pages.render(
        request, "cluster.html", c=cluster, view=_plan_view(cluster),
        job=jobs.status(cluster.files.name), results=ops.RESULTS,
        resource_label=lambda name: _resource_label(_say(request), name, scenario),
        capacity=ops.capacity, label_of=lambda item: ops.label_of(item, language(request)),
        title=ops.title_of(scenario, language(request)) if scenario is not None else name,
        amount=lambda name, value: _amount(_say(request), cluster, name, value),
        said=lambda reason: _said(words, reason), words=words,
        labels=_theme_labels(cluster, language(request)))


def _plan_view(cluster: ops.Cluster) -> dict[str, Any] | None:
    if cluster.plan is None or not cluster.plan.phases:
        return None
    first = cluster.plan.phases[0].plan
    recorded = cluster.recorded
    return {
        "phase": first.phase,
        "plan": first,
        "phases": cluster.plan.phases,
        "open": [p for p in first.projects if (first.phase, p.id) not in recorded],
        "done": [(p, recorded[(first.phase, p.id)]) for p in first.projects
                 if (first.phase, p.id) in recorded],
        "current": cluster.plan_is_current,
        "bands": {item.phase: item.cluster_trust for item in cluster.plan.monte_carlo},
    }


async def start_plan(request: Request) -> Response:
    """Start planning the next phase in the worker thread; the page shows the progress."""
    await checked_form(request)
    cluster = await run_in_threadpool(_cluster, request)
    if cluster.loaded is None or cluster.ledger_problems:
        return _redirect(f"/c/{cluster.files.name}")
    settings: AppSettings = request.app.state.settings
    workspace = _workspace(request)
    jobs: Jobs = request.app.state.jobs
    jobs.start(cluster.files.name, settings.replications,
               lambda progress: ops.plan_next_phase(workspace, cluster, settings.replications,
                                                    progress))
    return _redirect(f"/c/{cluster.files.name}/planning")


async def planning_page(request: Request) -> Response:
    """The progress of the planning run (the page polls the status)."""
    cluster = await run_in_threadpool(_cluster, request)
    return request.app.state.pages.render(request, "planning.html", c=cluster)


async def planning_status(request: Request) -> Response:
    """The planning run's status as JSON, with the sentence the page shows."""
    name = request.path_params["name"]
    if not CLUSTER_NAME.fullmatch(name):
        raise HTTPException(404, "app.refused.not_found")
    say = _say(request)
    status = request.app.state.jobs.status(name)
    if status is None:
        return JSONResponse({"state": "none", "done": 0, "total": 0, "text": ""})
    text = {
        "queued": say("app.plan.queued"),
        "running": say("app.plan.progress", count=status.total, done=status.done),
        "done": say("app.plan.done"),
        "failed": say(status.error_key or "app.plan.failed_internal"),
    }[status.state]
    return JSONResponse({"state": status.state, "done": status.done, "total": status.total,
                         "text": text})


async def record(request: Request) -> Response:
    """Record what happened to one project of the recommended phase in the ledger."""
    form = await checked_form(request)
    cluster = await run_in_threadpool(_cluster, request)
    say = _say(request)
    project = str(form.get("project") or "")
    result = str(form.get("result") or "")
    people = [str(v) for v in form.getlist("participants")]
    note = " ".join(str(form.get("note") or "").split())[:2000]
    errors: dict[str, str] = {}
    if cluster.plan is None or cluster.loaded is None:
        raise HTTPException(409, "app.record.no_plan")
    if result not in ops.RESULTS:
        errors["result"] = say("app.field.choose")
    if not people:
        errors["participants"] = say("app.record.nobody")
    if not errors:
        try:
            await run_in_threadpool(ops.record_outcome, cluster, project, result, people, note,
                                    request.app.state.settings.today)
        except LedgerError as error:
            log.info("record refused: %s", error.render())
            already = any("already recorded" in p.message for p in error.problems)
            errors["result"] = say("app.record.already" if already else "app.record.refused")
    if errors:
        cluster = await run_in_threadpool(_cluster, request)
        return request.app.state.pages.render(
            request, "record_error.html", outcome="invalid", c=cluster, errors=errors,
            project=project)
    return _redirect(f"/c/{cluster.files.name}#record")


# --- edit forms ----------------------------------------------------------------------------------


async def _edit(request: Request, template: str, apply, context: dict[str, Any]) -> Response:
    """Shared flow of every edit form: CSRF, hash check, validation, atomic save."""
    form = await checked_form(request)
    cluster = await run_in_threadpool(_cluster, request)
    say = _say(request)
    values = _fields(form)
    pages: Pages = request.app.state.pages
    expected = values.get("file_sha256", "")
    conflict = expected != cluster.sha256
    outcome = None
    if not conflict:
        outcome = await run_in_threadpool(apply, cluster.text, cluster.files.scenario.name,
                                          values, say)
        if outcome.text is not None:
            try:
                await run_in_threadpool(_workspace(request).save_if_unchanged,
                                        cluster.files.scenario, expected,
                                        outcome.text.encode("utf-8"))
            except EditConflict:
                conflict = True
            else:
                return _redirect(context.get("done_url", f"/c/{cluster.files.name}"))
    if conflict:
        return pages.render(request, template, outcome="conflict", c=cluster, values=values,
                            errors={}, general=[say("app.edit.conflict")], conflict=True,
                            sha=expected, **context)
    assert outcome is not None
    return pages.render(request, template, outcome="invalid", c=cluster, values=values,
                        errors=outcome.errors, general=outcome.general, conflict=False,
                        sha=expected, **context)


def _budget_context(request: Request, cluster: ops.Cluster) -> dict[str, Any]:
    say = _say(request)
    scenario = cluster.loaded.scenario if cluster.loaded else None
    resources = scenario.resources if scenario is not None else {}
    return {"resources": [(name, _resource_label(say, name, scenario), ops.capacity(value))
                          for name, value in resources.items()]}


async def budgets(request: Request) -> Response:
    """The budgets form (capacity of every resource per phase)."""
    if request.method == "POST":
        cluster = await run_in_threadpool(_cluster, request)
        return await _edit(request, "budgets.html", ops.edit_resources,
                           _budget_context(request, cluster))
    cluster = await run_in_threadpool(_cluster, request)
    if cluster.loaded is None:
        return _redirect(f"/c/{cluster.files.name}")
    values = {f"res.{name}": _plain_number(ops.capacity(value))
              for name, value in cluster.loaded.scenario.resources.items()}
    return request.app.state.pages.render(
        request, "budgets.html", c=cluster, values=values, errors={}, general=[],
        conflict=False, sha=cluster.sha256, **_budget_context(request, cluster))


def _plain_number(value: float | int | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _member_values(cluster: ops.Cluster, actor_id: str | None) -> dict[str, str]:
    if actor_id is None or cluster.loaded is None:
        return {"capacity": "2", "kind": "company"}
    actor = next((a for a in cluster.loaded.scenario.actors if a.id == actor_id), None)
    if actor is None:
        raise HTTPException(404, "app.refused.not_found")
    values = {"name": actor.name, "kind": actor.kind, "markets": ", ".join(actor.markets),
              "size": _plain_number(actor.size), "capacity": str(actor.max_projects_per_phase)}
    for row, need in enumerate(actor.needs):
        values[f"need.{row}.tag"] = need.need or ""
        values[f"need.{row}.text"] = need.text or ""
        values[f"need.{row}.weight"] = _plain_number(need.weight)
    return values


def _member_context(cluster: ops.Cluster, actor_id: str | None,
                    values: Mapping[str, str], lang: str) -> dict[str, Any]:
    rows = 0
    while f"need.{rows}.weight" in values or f"need.{rows}.text" in values \
            or f"need.{rows}.tag" in values:
        rows += 1
    if actor_id is not None and cluster.loaded is not None:
        actor = next((a for a in cluster.loaded.scenario.actors if a.id == actor_id), None)
        rows = max(rows - (1 if rows and actor and rows > len(actor.needs) else 0),
                   len(actor.needs) if actor else 0)
    catalogue = [(n.id, ops.label_of(n, lang)) for n in cluster.loaded.scenario.needs] \
        if cluster.loaded else []
    base = f"/c/{cluster.files.name}"
    return {"actor_id": actor_id, "need_rows": rows, "catalogue": catalogue,
            "kinds": ops.KINDS,
            "done_url": f"{base}/members/{quote(actor_id, safe='')}" if actor_id else base}


async def member_form(request: Request) -> Response:
    """Add a member, or edit one (name, kind, markets, size, capacity, needs)."""
    actor_id = request.path_params.get("actor")
    cluster = await run_in_threadpool(_cluster, request)
    if cluster.loaded is None:
        return _redirect(f"/c/{cluster.files.name}")
    if request.method == "POST":
        context = _member_context(cluster, actor_id, _member_values(cluster, actor_id),
                                  language(request))

        def apply(text, source, values, say):
            return ops.edit_member(text, source, actor_id, values, say)

        return await _edit(request, "member_form.html", apply, context)
    values = _member_values(cluster, actor_id)
    return request.app.state.pages.render(
        request, "member_form.html", c=cluster, values=values, errors={}, general=[],
        conflict=False, sha=cluster.sha256,
        **_member_context(cluster, actor_id, values, language(request)))


async def member_delete(request: Request) -> Response:
    """Remove a member (and the pairs that name it)."""
    actor_id = request.path_params["actor"]
    cluster = await run_in_threadpool(_cluster, request)
    context = _member_context(cluster, actor_id, _member_values(cluster, actor_id),
                              language(request))
    context["done_url"] = f"/c/{cluster.files.name}"

    def apply(text, source, values, say):
        return ops.remove_member(text, source, actor_id, say)

    return await _edit(request, "member_form.html", apply, context)


async def member_page(request: Request) -> Response:
    """One member: projects (recorded, recommended, later), contacts, trust, open needs."""
    actor_id = request.path_params["actor"]
    cluster = await run_in_threadpool(_cluster, request)
    if cluster.loaded is None:
        return _redirect(f"/c/{cluster.files.name}")
    actor = next((a for a in cluster.loaded.scenario.actors if a.id == actor_id), None)
    if actor is None:
        raise HTTPException(404, "app.refused.not_found")
    view = await run_in_threadpool(_member_view, cluster, actor_id)
    words = _words(cluster, language(request))
    return request.app.state.pages.render(
        request, "member.html", c=cluster, actor=actor, m=view, words=words,
        labels=_theme_labels(cluster, language(request)),
        said=lambda reason: _said(words, reason))


def _member_view(cluster: ops.Cluster, actor_id: str) -> dict[str, Any]:
    from trustmatch.planner import prepare
    from trustmatch.roadmap import member_record, starting_trust

    assert cluster.loaded is not None
    scenario = cluster.loaded.scenario
    names = cluster.names
    recorded = [e for e in (cluster.ledger.ledger.entries if cluster.ledger else [])
                if actor_id in e.participants]
    # What the recorded projects delivered and what may not run again next (repeat rules).
    record = member_record(prepare(scenario), cluster.ledger, actor_id) if recorded else None
    try:
        trust, _ = starting_trust(scenario, cluster.ledger)
    except UserError:
        trust, _ = starting_trust(scenario, None)
    met: dict[str, int] = {}
    for entry in recorded:
        if entry.result == "cancelled":
            continue
        for other in entry.participants:
            if other != actor_id and other in names:
                met[other] = met.get(other, 0) + 1
    contacts = sorted(
        ((names[other], other, count, trust.pair_trust(actor_id, other))
         for other, count in met.items()), key=lambda item: (-item[3], item[0]))
    # Recorded projects are named like the plan's (in the reader's words, by the template).
    labels = {p.id: p for phase in (cluster.plan.phases if cluster.plan else [])
              for p in phase.plan.projects}
    planned = []
    later = []
    served = None
    unserved = []
    if cluster.plan is not None and cluster.plan.phases:
        first = cluster.plan.phases[0].plan
        done = {entry.project for entry in recorded if entry.phase == first.phase}
        planned = [p for p in first.projects if actor_id in p.participants and p.id not in done]
        served = first.served_share.get(actor_id)
        for phase in cluster.plan.phases[1:]:
            later += [(phase.plan.phase, p) for p in phase.plan.projects
                      if actor_id in p.participants]
        unserved = [u for u in cluster.plan.unserved if u.actor == actor_id]
    return {
        "recorded": recorded, "projects": labels, "contacts": contacts,
        "initiative": trust.initiative_trust(actor_id), "prior": trust.prior_mean,
        "planned": planned, "later": later, "served": served, "unserved": unserved,
        "names": names,
        "delivered": sorted(record.delivered.items()) if record else [],
        "not_again": record.not_again if record else frozenset(),
        "next_phase": record.next_phase if record else 1,
        "repeat_share": scenario.objective.repeat_factor,
    }


def _type_values(cluster: ops.Cluster, type_id: str | None, lang: str) -> dict[str, str]:
    if cluster.loaded is None:
        return {}
    if type_id is None:
        return {"ambition": "1", "min": "3", "max": "10", "trust": "0", "success": "0.8"}
    item = next((t for t in cluster.loaded.scenario.project_types if t.id == type_id), None)
    if item is None:
        raise HTTPException(404, "app.refused.not_found")
    values = {"label": ops.label_of(item, lang),
              "ambition": str(item.ambition),
              "min": str(item.participants.min), "max": str(item.participants.max),
              "trust": _plain_number(item.trust_required),
              "success": _plain_number(item.success_probability)}
    for name, use in item.uses.items():
        values[f"use.{name}.fixed"] = _plain_number(use.fixed) if use.fixed else ""
        values[f"use.{name}.per"] = _plain_number(use.per_participant) \
            if use.per_participant else ""
    return values


async def type_form(request: Request) -> Response:
    """Add a project type, or edit one (ambition, participants, trust, success, costs)."""
    type_id = request.path_params.get("type")
    cluster = await run_in_threadpool(_cluster, request)
    if cluster.loaded is None:
        return _redirect(f"/c/{cluster.files.name}")
    scenario = cluster.loaded.scenario
    context = {"type_id": type_id, "resources": [
        (name, _resource_label(_say(request), name, scenario)) for name in scenario.resources],
        "done_url": f"/c/{cluster.files.name}#types"}
    if request.method == "POST":
        def apply(text, source, values, say):
            return ops.edit_project_type(text, source, type_id, values, say)

        return await _edit(request, "type_form.html", apply, context)
    return request.app.state.pages.render(
        request, "type_form.html", c=cluster,
        values=_type_values(cluster, type_id, language(request)), errors={},
        general=[], conflict=False, sha=cluster.sha256, **context)


# --- report --------------------------------------------------------------------------------------


BOOK_SUFFIX = ".book.yaml"
"""Suffix of the manager's book (``trustmatch book``) next to the scenario of the same name."""


def _records(cluster: ops.Cluster) -> dict[str, tuple[Path, str]]:
    """Return the ledger and the book that exist, with a digest of each (for the report cache).

    With them the report shows the network per phase and the book's indicators
    (:mod:`trustmatch.book`).
    """
    import hashlib

    files = cluster.files
    found = {}
    book = files.scenario.with_name(files.name + BOOK_SUFFIX)
    for name, path in (("ledger", files.ledger), ("book", book)):
        if path.is_file() and not path.is_symlink():
            found[name] = (path, hashlib.sha256(path.read_bytes()).hexdigest())
    return found


def _report_text(request: Request, cluster: ops.Cluster, lang: str) -> str:
    from trustmatch.report import render_report

    if cluster.plan is None or cluster.loaded is None:
        raise HTTPException(409, "app.report.no_plan")
    reports: _Reports = request.app.state.reports
    records = _records(cluster)
    key = (cluster.plan.model_dump_json(), lang, *(digest for _, digest in records.values()))
    with reports.lock:
        cached = reports.cache.get(key)
        if cached is None:
            cached = render_report(cluster.loaded, roadmap=cluster.plan, lang=lang,
                                   **{name: path for name, (path, _) in records.items()}).text
            reports.cache.clear()  # one plan at a time is enough; keeps memory flat
            reports.cache[key] = cached
    return cached


async def report_view(request: Request) -> Response:
    """The report as a page (shown in a frame on the figures page)."""
    cluster = await run_in_threadpool(_cluster, request)
    text = await run_in_threadpool(_report_text, request, cluster, language(request))
    response = HTMLResponse(text)
    response.headers["Content-Security-Policy"] = _REPORT_POLICY
    return response


async def report_download(request: Request) -> Response:
    """The report as one HTML file to keep or mail (opens offline, figures inline)."""
    cluster = await run_in_threadpool(_cluster, request)
    lang = language(request)
    text = await run_in_threadpool(_report_text, request, cluster, lang)
    return _attachment(text.encode("utf-8"), "text/html; charset=utf-8",
                       f"{cluster.files.name}-report-{lang}.html")


async def report_pdf(request: Request) -> Response:
    """The report as a PDF (A4), when :mod:`trustmatch.report` can print one."""
    if not pdf_available():
        raise HTTPException(404, "app.refused.not_found")
    cluster = await run_in_threadpool(_cluster, request)
    lang = language(request)
    data = await run_in_threadpool(_report_pdf, request, cluster, lang)
    return _attachment(data, "application/pdf", f"{cluster.files.name}-report-{lang}.pdf")


def _attachment(data: bytes, media: str, filename: str) -> Response:
    return Response(data, media_type=media, headers={
        "Content-Disposition": f"attachment; filename=\"{filename}\"",
        "Content-Security-Policy": _REPORT_POLICY,
    })


def pdf_available() -> bool:
    """Whether the report module offers PDF output (``format="pdf"``)."""
    from trustmatch.report.render import FORMATS

    return "pdf" in FORMATS


def _report_pdf(request: Request, cluster: ops.Cluster, lang: str) -> bytes:
    from trustmatch.report import render_report

    if cluster.plan is None or cluster.loaded is None:
        raise HTTPException(409, "app.report.no_plan")
    reports: _Reports = request.app.state.reports
    try:
        with reports.lock:
            records = {name: path for name, (path, _) in _records(cluster).items()}
            rendered = render_report(cluster.loaded, roadmap=cluster.plan, lang=lang,
                                     format="pdf", **records)
    except UserError as error:  # no Chromium to print with: say so, offer the HTML
        log.warning("no PDF: %s", error.render())
        raise HTTPException(503, "app.report.pdf_failed") from None
    data = getattr(rendered, "pdf", None)
    if not data:
        raise HTTPException(503, "app.report.pdf_failed")
    return data


async def figures_page(request: Request) -> Response:
    """The roadmap and the figures: the report in a frame, with the download links."""
    cluster = await run_in_threadpool(_cluster, request)
    return request.app.state.pages.render(request, "figures.html", c=cluster,
                                          pdf=pdf_available())


# --- errors and headers --------------------------------------------------------------------------


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    key = error.detail if isinstance(error.detail, str) and error.detail.startswith("app.") \
        else "app.refused.generic"
    return request.app.state.pages.render(request, "error.html", status=error.status_code,
                                          message_key=key)


def _refusal(scope, status: int, key: str):
    say = Messages(_scope_language(scope))
    body = (f"<!doctype html><html lang=\"{say.lang}\"><meta charset=\"utf-8\">"
            f"<title>trustmatch</title><p>{escape(say(key))}</p></html>")
    return HTMLResponse(body, status_code=status)


def _scope_language(scope) -> str:
    return language(Request(scope))


class _SecurityHeaders:
    """Adds the content security policy and friends to every response that lacks them."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = [(b"content-security-policy", _PAGE_POLICY.encode()),
                         (b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"same-origin"),  # keeps the Origin of our own posts
                         (b"cache-control", b"no-store")]
                headers += [(n, v) for n, v in extra if n not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


# --- the app -------------------------------------------------------------------------------------


def create_app(
    folder: str | Path,
    *,
    replications: int = 20,
    max_upload_bytes: int = 5 * 1024 * 1024,
    allowed_hosts: tuple[str, ...] = LOOPBACK_NAMES,
    access_token: str | None = None,
    today: dt.date | None = None,
):
    """Return the ASGI app over a folder of clusters.

    Args:
        folder: The folder with the scenario files (and their ledgers and plans).
        replications: Simulated runs behind a plan's trust band.
        max_upload_bytes: Largest upload and request body accepted.
        allowed_hosts: Host names the browser may use (the address the app listens on).
        access_token: Token the browser must present once (``--host``); None on loopback.
        today: Date written into recorded outcomes (default: the day of recording).

    Returns:
        The app wrapped in its guard (host, token, session, size) and security headers.
    """
    settings = AppSettings(Path(folder), replications, max_upload_bytes, allowed_hosts,
                           access_token, today)
    routes = [
        Route("/", index),
        Route("/lang", set_language, methods=["POST"]),
        Route("/new/blank", create_blank, methods=["POST"]),
        Route("/new/upload", create_from_upload, methods=["POST"]),
        Route("/c/{name}", cluster_page),
        Route("/c/{name}/budgets", budgets, methods=["GET", "POST"]),
        Route("/c/{name}/members/new", member_form, methods=["GET", "POST"]),
        Route("/c/{name}/members/{actor}", member_page),
        Route("/c/{name}/members/{actor}/edit", member_form, methods=["GET", "POST"]),
        Route("/c/{name}/members/{actor}/delete", member_delete, methods=["POST"]),
        Route("/c/{name}/types/new", type_form, methods=["GET", "POST"]),
        Route("/c/{name}/types/{type}/edit", type_form, methods=["GET", "POST"]),
        Route("/c/{name}/plan", start_plan, methods=["POST"]),
        Route("/c/{name}/planning", planning_page),
        Route("/c/{name}/planning.json", planning_status),
        Route("/c/{name}/record", record, methods=["POST"]),
        Route("/c/{name}/figures", figures_page),
        Route("/c/{name}/report", report_view),
        Route("/c/{name}/report.html", report_download),
        Route("/c/{name}/report.pdf", report_pdf),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: _http_error})
    app.state.settings = settings
    app.state.workspace = Workspace(folder)
    app.state.sessions = Sessions()
    app.state.jobs = Jobs()
    app.state.pages = Pages()
    app.state.reports = _Reports()
    guarded = Guard(_SecurityHeaders(app), sessions=app.state.sessions, refuse=_refusal,
                    allowed_hosts=allowed_hosts, access_token=access_token,
                    max_body=max_upload_bytes + 64 * 1024)
    guarded.starlette = app  # type: ignore[attr-defined]  # for tests and the CLI
    return guarded
