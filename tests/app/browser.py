"""Helpers of the browser tests: the app served by uvicorn in a thread, headless Chromium.

Also a script that takes the README screenshots (the app on a copy of the bundled scenarios)::

    python tests/app/browser.py docs/
"""

from __future__ import annotations

import contextlib
import io
import shutil
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

CHROMEDRIVER = "/usr/bin/chromedriver"
"""Debian's chromium-driver."""
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
"""Executables tried in order."""
WAIT = 300
"""Seconds any condition may take (generous: the CI machines are shared and slow)."""


def find_browser() -> tuple[str, str] | None:
    """Return the paths of a Chromium and its driver, or None."""
    driver = shutil.which("chromedriver") or (CHROMEDRIVER if Path(CHROMEDRIVER).exists()
                                              else None)
    browser = next((shutil.which(name) for name in BROWSERS if shutil.which(name)), None)
    if driver is None or browser is None:
        return None
    return browser, driver


def free_port() -> int:
    """Return a free loopback port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve(app) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free loopback port; yield its address."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port,
                                           log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


@contextlib.contextmanager
def chromium(downloads: Path, width: int = 1280, height: int = 1500):
    """Yield a Selenium driver for headless Chromium that keeps the console log."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_browser()
    assert found is not None
    browser, driver_path = found
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", f"--window-size={width},{height}",
                     "--disable-background-networking", "--disable-component-update",
                     "--no-first-run", "--hide-scrollbars"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


def colour_variety(png: bytes) -> tuple[float, int]:
    """Return the share of non-white pixels and the number of distinct colours of a screenshot."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    small = image.resize((image.width // 4, image.height // 4))
    data = small.tobytes()
    pixels = [data[i:i + 3] for i in range(0, len(data), 3)]
    non_white = sum(1 for pixel in pixels if min(pixel) < 235) / len(pixels)
    return non_white, len(set(pixels))


def main(out: Path) -> None:  # pragma: no cover - a script for the README
    """Plan the bundled young cluster in the app and take the README screenshots."""
    import tempfile

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    from trustmatch.app import create_app

    root = Path(__file__).resolve().parents[2]
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work) / "scenarios"
        folder.mkdir()
        for scenario in sorted((root / "scenarios").glob("*.yaml")):
            shutil.copy(scenario, folder / scenario.name)
        with serve(create_app(folder)) as base, chromium(Path(work), 1280, 1400) as driver:
            wait = WebDriverWait(driver, WAIT)
            driver.get(f"{base}/c/young-cluster")
            driver.find_element(By.ID, "plan-button").click()
            wait.until(ready.presence_of_element_located((By.ID, "recommended")))
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(str(out / "app-plan.png"))
            # Record the first project as a success, then look at one of its participants.
            driver.get(f"{base}/c/young-cluster#record")
            form = wait.until(ready.presence_of_element_located(
                (By.CSS_SELECTOR, "form[data-record]")))
            member = form.find_element(By.CSS_SELECTOR, "input[name=participants]")
            actor = member.get_attribute("value")
            form.find_element(By.CSS_SELECTOR, "button").click()
            wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "[data-recorded]")))
            driver.get(f"{base}/c/young-cluster/members/{actor}")
            wait.until(ready.presence_of_element_located((By.ID, "member-trust")))
            driver.save_screenshot(str(out / "app-member.png"))

if __name__ == "__main__":  # pragma: no cover
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"))
