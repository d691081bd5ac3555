"""The report on paper: print the HTML report to an A4 PDF with headless Chromium.

The report's print style sheet (A4 page, no navigation, headings kept with their content, lists
expanded, figures sized to the page) is what a browser uses when a reader prints the HTML file;
this module uses the same style through Chromium's own print path (``Page.printToPDF`` of the
DevTools protocol), so the PDF is exactly what "Print → Save as PDF" gives.

Chromium is driven over ``--remote-debugging-pipe``: it reads protocol messages from file
descriptor 3 and writes to 4, each a JSON object ended by a NUL byte. No extra Python package
and no network port is needed, and nothing is downloaded: the browser must be installed (Debian:
``apt-get install chromium``).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

BROWSER_NAMES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome", "chrome")
"""Executables tried in order (the first one on ``PATH`` is used)."""

BROWSER_VARIABLE = "TRUSTMATCH_CHROMIUM"
"""Environment variable naming the browser executable to use instead of searching ``PATH``."""

A4_INCHES: tuple[float, float] = (8.27, 11.69)
"""Width and height of an A4 sheet in inches (the protocol's unit)."""

PAGE_MARGIN_INCHES = 0.55
"""Margin on every side of the printed page (14 mm), the same as the style sheet's ``@page``."""


_MOVE_PIPE_AND_START = (
    "import fcntl, os, sys\n"
    # Copies above 9 first, so that neither end is overwritten by the other's move.
    "read = fcntl.fcntl(int(sys.argv[1]), fcntl.F_DUPFD, 10)\n"
    "write = fcntl.fcntl(int(sys.argv[2]), fcntl.F_DUPFD, 10)\n"
    "os.dup2(read, 3)\n"
    "os.dup2(write, 4)\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)
"""Run by a fresh Python: put the DevTools pipe on descriptors 3 and 4, then start the browser."""


def find_browser() -> str | None:
    """Return the path of a Chromium-like browser, or None when none is installed.

    ``TRUSTMATCH_CHROMIUM`` wins when set (an empty value means: no browser).
    """
    if BROWSER_VARIABLE in os.environ:
        chosen = os.environ[BROWSER_VARIABLE].strip()
        return shutil.which(chosen) if chosen else None
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class HeadlessChromium:
    """One headless Chromium with one page, driven over the DevTools pipe.

    Use as a context manager. ``events`` holds every protocol event received (console messages,
    exceptions, dialogs), so that callers can check what happened while a page loaded.

    Args:
        browser: Path of the browser executable.
        width: Viewport width in CSS pixels.
        height: Viewport height in CSS pixels.
        timeout: Seconds to wait for any one answer of the browser.
    """

    def __init__(self, browser: str, width: int = 1280, height: int = 1600, timeout: float = 60):
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._buffer = b""
        self._profile = tempfile.mkdtemp(prefix="trustmatch-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()
        arguments = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            f"--window-size={width},{height}", f"--user-data-dir={self._profile}",
            "--remote-debugging-pipe", "about:blank",
        ]
        # The browser expects the pipe on descriptors 3 and 4. A fresh Python moves it there
        # and starts the browser: a ``preexec_fn`` would run Python in a fork of this process,
        # which is unsafe once threads exist (and was seen to fail after drawing the figures),
        # and ``sh`` cannot name descriptors above 9.
        self.process = subprocess.Popen(  # noqa: S603 - fixed flags, no user text in a shell
            [sys.executable, "-c", _MOVE_PIPE_AND_START, str(to_browser_read),
             str(from_browser_write), *arguments],
            pass_fds=(to_browser_read, from_browser_write),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
            self.session = self.call(
                "Target.attachToTarget", {"targetId": target, "flatten": True}
            )["sessionId"]
            for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
                self.call(domain, session=True)
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                      session=True)
        except BaseException:
            self.close()
            raise

    # --- protocol ----------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any] | None, session: bool) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, params: dict[str, Any] | None = None, session: bool = False):
        """Send a command and return its result (events that arrive meanwhile are kept)."""
        request = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._receive(deadline)
            if message.get("id") == request:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)
            self._answer_dialog(message)

    def _answer_dialog(self, message: dict[str, Any]) -> None:
        # A dialog blocks the page until answered; dismiss it (callers still see the event).
        if message.get("method") == "Page.javascriptDialogOpening":
            self._send("Page.handleJavaScriptDialog", {"accept": False}, session=True)

    # --- page --------------------------------------------------------------------------

    def open(self, path: Path) -> None:
        """Navigate to a local file and wait for its load event (events start afresh)."""
        self.events.clear()
        self.call("Page.navigate", {"url": path.resolve().as_uri()}, session=True)
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self.events):
            message = self._receive(deadline)
            self.events.append(message)
            self._answer_dialog(message)

    def evaluate(self, expression: str) -> Any:
        """Return the value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluation failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def print_pdf(self) -> bytes:
        """Return the open page printed to PDF on A4 paper, with its print style sheet."""
        width, height = A4_INCHES
        result = self.call("Page.printToPDF", {
            "paperWidth": width, "paperHeight": height,
            "marginTop": PAGE_MARGIN_INCHES, "marginBottom": PAGE_MARGIN_INCHES,
            "marginLeft": PAGE_MARGIN_INCHES, "marginRight": PAGE_MARGIN_INCHES,
            "printBackground": True, "preferCSSPageSize": True, "displayHeaderFooter": False,
            "generateDocumentOutline": True, "generateTaggedPDF": True,
        }, session=True)
        return base64.b64decode(result["data"])

    def close(self) -> None:
        """Close the browser and remove its profile."""
        try:
            self._send("Browser.close", None, session=False)
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait(timeout=10)
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> HeadlessChromium:
        """Return the running browser."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close the browser."""
        self.close()


def no_browser_error(lang: str = "en"):
    """Return the user error for "no Chromium installed", saying how to install one.

    Args:
        lang: Language of the message.
    """
    from trustmatch.errors import Problem, UserError
    from trustmatch.i18n import message

    return UserError(
        Problem("<command line>", None, None, "", message("figures.pdf_no_browser", lang)),
        message("figures.pdf_no_browser_summary", lang),
    )


def html_to_pdf(html: str, *, lang: str = "en", browser: str | None = None) -> bytes:
    """Return an HTML document printed to an A4 PDF by headless Chromium.

    Args:
        html: A self-contained HTML document (the report): it is written to a temporary file
            and opened from there, so nothing is served or fetched.
        lang: Language of the message when no browser is installed.
        browser: The browser executable (default: :func:`find_browser`).

    Returns:
        The PDF's bytes.

    Raises:
        UserError: No Chromium is installed (the message says how to install one).
    """
    executable = browser or find_browser()
    if executable is None:
        raise no_browser_error(lang)
    with tempfile.TemporaryDirectory(prefix="trustmatch-pdf-") as folder:
        page_file = Path(folder) / "report.html"
        page_file.write_text(html, encoding="utf-8")
        with HeadlessChromium(executable) as page:
            page.open(page_file)
            return page.print_pdf()
