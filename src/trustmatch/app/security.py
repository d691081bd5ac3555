"""Safe by default: who may talk to the app, forged forms, oversized requests.

One ASGI middleware, :class:`Guard`, stands in front of every route:

* **Host check** (against DNS rebinding): the ``Host`` header must name the address the app
  was started on (or a loopback name when it listens on loopback).
* **Access token** (only with ``--host``): a browser must present the token printed on start,
  once as ``?token=...`` (it then gets it as a cookie and the address without it).
* **Session and CSRF**: every browser gets a random session cookie (HttpOnly, SameSite=Strict);
  the session's CSRF token is put into every form and checked server-side on every POST by
  :func:`checked_form`. A POST whose ``Origin`` names another site is refused as well.
* **Request size**: bodies above the limit are refused with 413 before they are read in full
  (by ``Content-Length``, and by counting when it is missing or wrong).
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SESSION_COOKIE = "trustmatch_session"
"""Cookie that names the browser's session."""
ACCESS_COOKIE = "trustmatch_access"
"""Cookie that carries the access token after the first visit (``--host`` only)."""
CSRF_FIELD = "csrf_token"
"""Name of the hidden form field with the session's CSRF token."""
LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
"""Host names that mean this machine."""


class Sessions:
    """The CSRF token of each browser session (in memory: a restart starts new sessions)."""

    limit = 10_000
    """Sessions kept; the oldest is forgotten beyond this (memory stays bounded)."""

    def __init__(self) -> None:
        self._tokens: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    def new(self) -> str:
        """Start a session and return its id."""
        session = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[session] = secrets.token_urlsafe(32)
            while len(self._tokens) > self.limit:
                self._tokens.popitem(last=False)
        return session

    def csrf_token(self, session: str | None) -> str | None:
        """Return the CSRF token of a session (None for an unknown session)."""
        if session is None:
            return None
        with self._lock:
            return self._tokens.get(session)


class RequestTooLarge(Exception):
    """The request body exceeds the limit."""


def _cookies(scope: Scope) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # noqa: BLE001 - a malformed cookie header is simply ignored
                continue
    return {key: morsel.value for key, morsel in jar.items()}


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return value.decode("latin-1")
    return None


def _host_name(host_header: str) -> str:
    if host_header.startswith("["):
        return host_header.split("]")[0] + "]"
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


class Guard:
    """ASGI middleware: host check, access token, session cookie and body limit.

    Args:
        app: The application behind it.
        sessions: Where the sessions' CSRF tokens live.
        refuse: Builds the response for a refused request: ``refuse(scope, status, key)``
            with a message key of the catalogue.
        allowed_hosts: Host names the ``Host`` header may carry.
        access_token: Token a browser must present (None: no token needed).
        max_body: Largest request body in bytes.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        sessions: Sessions,
        refuse: Callable[[Scope, int, str], ASGIApp],
        allowed_hosts: tuple[str, ...],
        access_token: str | None,
        max_body: int,
    ):
        self.app = app
        self.sessions = sessions
        self.refuse = refuse
        self.allowed_hosts = tuple(h.lower() for h in allowed_hosts)
        self.access_token = access_token
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request, then pass it on (or answer with a refusal)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = _host_name((_header(scope, b"host") or "").lower())
        if host not in self.allowed_hosts:
            await self.refuse(scope, 400, "app.refused.host")(scope, receive, send)
            return
        cookies = _cookies(scope)
        set_cookies: list[str] = []
        if self.access_token is not None:
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            offered = query.get("token")
            if offered is not None and hmac.compare_digest(offered, self.access_token):
                rest = urlencode([(k, v) for k, v in query.items() if k != "token"])
                location = scope["path"] + (f"?{rest}" if rest else "")
                await _redirect(send, location, [_cookie(ACCESS_COOKIE, self.access_token)])
                return
            held = cookies.get(ACCESS_COOKIE, "")
            if not hmac.compare_digest(held, self.access_token):
                await self.refuse(scope, 403, "app.refused.token")(scope, receive, send)
                return
        session = cookies.get(SESSION_COOKIE)
        if self.sessions.csrf_token(session) is None:
            session = self.sessions.new()
            set_cookies.append(_cookie(SESSION_COOKIE, session))
        scope.setdefault("state", {})["session"] = session
        if scope["method"] == "POST":
            origin = _header(scope, b"origin")
            # "null" comes from sandboxed frames and files: never from the app's own pages.
            if origin and (origin == "null" or
                           _host_name(urlsplit(origin).netloc.lower()) not in self.allowed_hosts):
                await self.refuse(scope, 403, "app.refused.csrf")(scope, receive, send)
                return
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self.refuse(scope, 413, "app.refused.too_large")(scope, receive, send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise RequestTooLarge()
            return message

        async def send_with_cookies(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers += [(b"set-cookie", c.encode("latin-1")) for c in set_cookies]
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, counted_receive, send_with_cookies)
        except RequestTooLarge:
            if not started:
                await self.refuse(scope, 413, "app.refused.too_large")(scope, receive, send)


def _cookie(name: str, value: str) -> str:
    return f"{name}={value}; Path=/; HttpOnly; SameSite=Strict"


async def _redirect(send: Send, location: str, cookies: list[str]) -> None:
    headers = [(b"location", location.encode("latin-1")), (b"content-length", b"0")]
    headers += [(b"set-cookie", c.encode("latin-1")) for c in cookies]
    await send({"type": "http.response.start", "status": 303, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


def csrf_token(request: Request) -> str:
    """Return the CSRF token of the request's session (for the forms of the page)."""
    sessions: Sessions = request.app.state.sessions
    token = sessions.csrf_token(request.scope.get("state", {}).get("session"))
    return token or ""


async def checked_form(request: Request, *, max_files: int = 0) -> FormData:
    """Return the request's form after checking its CSRF token against the session's.

    Args:
        request: A POST request.
        max_files: How many uploaded files the form may hold.

    Raises:
        HTTPException: 403 when the token is missing or wrong; 413 when a part is too large.
    """
    limit = request.app.state.settings.max_upload_bytes
    try:
        form = await request.form(max_files=max_files, max_fields=2000, max_part_size=limit)
    except HTTPException:
        raise
    expected = csrf_token(request)
    offered = form.get(CSRF_FIELD)
    if not expected or not isinstance(offered, str) or \
            not hmac.compare_digest(offered.encode(), expected.encode()):
        await form.close()
        raise HTTPException(403, "app.refused.csrf")
    return form
