"""Headless Chromium for the tests: the product's DevTools-pipe client plus screenshots and checks.

The client itself (start Chromium over ``--remote-debugging-pipe``, open a page, evaluate, print
to PDF) is ``trustmatch.report.pdf.HeadlessChromium``; this module adds what only tests need:
collected console messages, exceptions and dialogs, requests, screenshots and mouse clicks.

Run as a script to take the README screenshots of a report::

    python tests/report/headless_chromium.py report.html docs/report.png --width 1200 --height 1800
    python tests/report/headless_chromium.py report.html docs/report-network.png \
        --click "#network .node" --scroll "#network" --height 900
"""

from __future__ import annotations

import argparse
import base64
import json
import time
from pathlib import Path
from typing import Any

from trustmatch.report.pdf import HeadlessChromium, find_browser

__all__ = ["ChromiumPage", "find_browser"]


class ChromiumPage(HeadlessChromium):
    """The product's headless Chromium (``trustmatch.report.pdf``) with what tests look at.

    Use as a context manager; ``events`` holds every protocol event received.
    """

    def settle(self, seconds: float = 0.3) -> None:
        """Keep collecting events for a moment (late console messages, dialogs)."""
        self.evaluate("1")
        time.sleep(seconds)
        self.evaluate("1")

    def click(self, selector: str) -> None:
        """Click the middle of the first element matching ``selector`` with the real mouse.

        The element is scrolled into view first; the click goes through Chromium's input
        pipeline (press and release), exactly as a reader's mouse.
        """
        box = json.loads(self.evaluate(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return JSON.stringify([r.x + r.width / 2, r.y + r.height / 2]); })()"
        ))
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", {"type": kind, "x": box[0], "y": box[1],
                                                   "button": "left", "clickCount": 1},
                      session=True)

    def emulate_print(self) -> None:
        """Show the page with its print style sheet (as on paper)."""
        self.call("Emulation.setEmulatedMedia", {"media": "print"}, session=True)

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


def main() -> None:
    """Screenshot a report: ``headless_chromium.py REPORT.html OUT.png``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("report", type=Path)
    parser.add_argument("png", type=Path)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=1800)
    parser.add_argument("--click", metavar="SELECTOR", help="click this element first")
    parser.add_argument("--scroll", metavar="SELECTOR", help="scroll this element to the top")
    args = parser.parse_args()
    browser = find_browser()
    if browser is None:
        raise SystemExit("no Chromium found (apt-get install chromium)")
    with ChromiumPage(browser, args.width, args.height) as page:
        page.open(args.report)
        page.settle()
        if args.click:
            page.click(args.click)
            page.settle()
        if args.scroll:
            page.evaluate(f"document.querySelector({json.dumps(args.scroll)}).scrollIntoView()")
            page.settle()
        args.png.write_bytes(page.screenshot())
        for problem in page.problems():
            print(problem)


if __name__ == "__main__":
    main()
