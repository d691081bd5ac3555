"""``trustmatch app``: the local web app over a folder of clusters, in the browser."""

from __future__ import annotations

import ipaddress
import secrets
import socket
import threading
import time
import webbrowser
from pathlib import Path

import click

from trustmatch.cli.common import lang_option
from trustmatch.cli.help import CatalogueCommand
from trustmatch.errors import Problem, UserError
from trustmatch.i18n import Messages

LOOPBACK = "127.0.0.1"
"""Where the app listens unless --host says otherwise."""


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _free_port(host: str, wanted: int) -> int:
    """Return ``wanted`` if it can be bound on ``host``, else a free port (0: any free port)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, wanted))
        except OSError:
            if wanted == 0:
                raise
            probe.bind((host, 0))
        return probe.getsockname()[1]


@click.command("app", cls=CatalogueCommand)
@click.argument("folder", required=False, default=".",
                type=click.Path(exists=True, path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option("--host", default=None, metavar="ADDRESS")
@click.option("--no-browser", is_flag=True)
@click.option("--replications", type=click.IntRange(1, 1000), default=20, show_default=True)
@lang_option
def command(folder: Path, port: int, host: str | None, no_browser: bool, replications: int,
            lang: str | None) -> None:
    """Open the web app on FOLDER (default: here): clusters, plans, outcomes, report.

    FOLDER holds the scenario files (NAME.yaml); the app keeps each cluster's ledger
    (NAME.ledger.yaml) and last plan (NAME.plan.json) beside it, so the CLI can go on with the
    same files. FOLDER may also be one scenario file: the app then opens on it.
    """
    import uvicorn

    from trustmatch.app import create_app

    say = Messages(lang)
    start_page = "/"
    if folder.is_file():
        if folder.suffix != ".yaml":
            raise UserError(Problem(str(folder), None, None, "", say("app.cli.not_scenario")),
                            summary=say("app.cli.cannot_start"))
        start_page = f"/c/{folder.stem}"
        folder = folder.parent
    bind = host or LOOPBACK
    token = None
    allowed: tuple[str, ...] = ("127.0.0.1", "localhost", "::1", "[::1]")
    if not _is_loopback(bind):
        token = secrets.token_urlsafe(24)
        allowed = (*allowed, bind.lower(), socket.gethostname().lower(),
                   socket.getfqdn().lower())
        click.echo(say("app.cli.exposed", host=bind), err=True)
    try:
        port = _free_port(bind, port)
    except OSError as error:
        raise UserError(Problem("<command line>", None, None, "--host",
                                say("app.cli.cannot_bind", host=bind, error=str(error))),
                        summary=say("app.cli.cannot_start")) from None
    asgi = create_app(folder, replications=replications, allowed_hosts=allowed,
                      access_token=token)
    shown_host = "127.0.0.1" if _is_loopback(bind) else bind
    if bind in ("0.0.0.0", "::", "[::]"):  # every interface: name the machine instead
        shown_host = socket.gethostname()
    address = f"http://{shown_host}:{port}{start_page}"
    if token is not None:
        address += f"?token={token}"
        click.echo(say("app.cli.token", token=token), err=True)
    click.echo(say("app.cli.running", folder=str(folder.resolve()), address=address))
    click.echo(say("app.cli.stop"))
    server = uvicorn.Server(uvicorn.Config(asgi, host=bind, port=port, log_level="warning"))
    if not no_browser:
        threading.Thread(target=_open_when_started, args=(server, address), daemon=True).start()
    server.run()


def _open_when_started(server, address: str, patience: float = 120.0) -> None:
    """Open the browser once the server listens (a slow start must not show an error page)."""
    deadline = time.monotonic() + patience
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.1)
    if server.started:
        webbrowser.open(address)
