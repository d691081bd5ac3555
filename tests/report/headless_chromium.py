"""A tiny DevTools-protocol client for headless Chromium, over a pipe (no extra packages).

Chromium started with ``--remote-debugging-pipe`` reads protocol messages from file descriptor 3
and writes to 4, each a JSON object ended by a NUL byte. That is all this module needs: open a
page, collect console messages, exceptions and JavaScript dialogs while it loads, evaluate
expressions and take screenshots.

Run as a script to take the README screenshot of a report::

    python tests/report/headless_chromium.py report.html docs/report.png --width 1200 --height 1800
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

BROWSER_NAMES: tuple[str, ...] = ("chromium", "chromium-browser", "google-chrome", "chrome")
"""Executables tried in order."""


def find_browser() -> str | None:
    """Return the path of a Chromium-like browser, or None."""
    for name in BROWSER_NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


class ChromiumPage:
    """One headless Chromium with one page, driven over the DevTools pipe.

    Use as a context manager; ``events`` holds every protocol event received.
    """

    def __init__(self, browser: str, width: int = 1280, height: int = 1600, timeout: float = 30):
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        self._buffer = b""
        self._profile = tempfile.mkdtemp(prefix="trustmatch-chromium-")
        to_browser_read, self._to_browser = os.pipe()
        self._from_browser, from_browser_write = os.pipe()

        def child_fds() -> None:
            # dup first: dup2 onto an fd number that is already the same fd keeps FD_CLOEXEC.
            read_copy, write_copy = os.dup(to_browser_read), os.dup(from_browser_write)
            os.dup2(read_copy, 3)
            os.dup2(write_copy, 4)

        self.process = subprocess.Popen(
            [
                browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
                f"--window-size={width},{height}", f"--user-data-dir={self._profile}",
                "--remote-debugging-pipe", "about:blank",
            ],
            preexec_fn=child_fds,  # noqa: PLW1509 - only os.dup/os.dup2, safe after fork
            close_fds=False,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_read)
        os.close(from_browser_write)
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call(
            "Target.attachToTarget", {"targetId": target, "flatten": True}
        )["sessionId"]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.call(domain, session=True)
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                  session=True)

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
        # A dialog blocks the page until answered; dismiss it (the test still sees the event).
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

    def settle(self, seconds: float = 0.3) -> None:
        """Keep collecting events for a moment (late console messages, dialogs)."""
        self.evaluate("1")
        time.sleep(seconds)
        self.evaluate("1")

    def evaluate(self, expression: str) -> Any:
        """Return the value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"evaluation failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, full_page: bool = False) -> bytes:
        """Return a PNG of the viewport (or of the whole page)."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.call("Page.getLayoutMetrics", session=True)["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": size["width"], "height": size["height"],
                              "scale": 1}
            params["captureBeyondViewport"] = True
        return base64.b64decode(self.call("Page.captureScreenshot", params, session=True)["data"])

    def problems(self) -> list[str]:
        """Return console errors and warnings, uncaught exceptions, log errors and dialogs."""
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning",
                                                                               "assert"):
                found.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                found.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") in ("error",
                                                                                 "warning"):
                found.append(f"log {params['entry']['level']}: {params['entry'].get('text')}")
            elif method == "Page.javascriptDialogOpening":
                found.append(f"dialog: {params.get('type')} {params.get('message')!r}")
        return found

    def requests(self) -> list[str]:
        """Return the URLs of every frame navigation (to spot unexpected loads)."""
        return [e["params"]["frame"]["url"] for e in self.events
                if e.get("method") == "Page.frameNavigated"]

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

    def __enter__(self) -> ChromiumPage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def main() -> None:
    """Screenshot a report: ``headless_chromium.py REPORT.html OUT.png``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1800)
    args = parser.parse_args()
    browser = find_browser()
    if browser is None:
        raise SystemExit("no Chromium found (apt-get install chromium)")
    with ChromiumPage(browser, args.width, args.height) as page:
        page.open(args.report)
        page.settle()
        args.png.write_bytes(page.screenshot())
        for problem in page.problems():
            print(problem)


if __name__ == "__main__":
    main()
