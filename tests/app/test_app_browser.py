"""The whole loop in a real headless Chromium, as a cluster manager would click through it.

Import a survey, change a budget, plan, open a member, record two outcomes, plan phase 2,
download the report; no console errors, screenshots that are not blank. Every wait is on a
condition (an element, a URL, a file), never a fixed sleep.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from app_fixtures import capacities, filled_survey
from browser import WAIT, chromium, colour_variety, find_browser, serve

from trustmatch.app import create_app
from trustmatch.ledger import load_ledger
from trustmatch.scenario import load_scenario

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(find_browser() is None,
                       reason="no Chromium with chromedriver installed (apt-get install "
                              "chromium chromium-driver)"),
]


def not_blank(driver) -> bytes:
    png = driver.get_screenshot_as_png()
    non_white, colours = colour_variety(png)
    assert non_white > 0.05 and colours > 50, (non_white, colours)
    return png


def test_the_manager_runs_the_loop_in_the_browser(tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    folder = tmp_path / "clusters"
    folder.mkdir()
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    survey = filled_survey(tmp_path)
    app = create_app(folder, replications=3, today=dt.date(2026, 12, 1))
    with serve(app) as base, chromium(downloads) as driver:
        wait = WebDriverWait(driver, WAIT)

        def element(css: str):
            return wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, css)))

        # 1. Import the survey.
        driver.get(base + "/")
        element("#f-file").send_keys(str(survey))
        driver.find_element(By.ID, "f-name").send_keys("Holz Cluster")
        driver.find_element(By.ID, "f-budget").send_keys("20000")
        driver.find_element(By.ID, "f-hours").send_keys("150")
        driver.find_element(By.ID, "upload-submit").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "cluster-title"), "holz-cluster"))
        assert len(driver.find_elements(By.CSS_SELECTOR, "a.member-link")) == 7

        # 2. Change a budget; a wrong value first is shown beside its field. Meanwhile a second
        # tab changes the hours: the first tab's save is refused until it reloads.
        driver.find_element(By.ID, "edit-budgets").click()
        budget = element("#f-res\\.budget_eur")
        budget.clear()
        budget.send_keys("lots")
        driver.find_element(By.ID, "save").click()
        assert element("#e-res\\.budget_eur").text == "Please enter a number."
        first_tab = driver.current_window_handle
        driver.switch_to.new_window("tab")
        driver.get(base + "/c/holz-cluster/budgets")
        hours = element("#f-res\\.manager_hours")
        hours.clear()
        hours.send_keys("160")
        driver.find_element(By.ID, "save").click()
        element("#edit-budgets")
        driver.close()
        driver.switch_to.window(first_tab)
        budget = driver.find_element(By.ID, "f-res.budget_eur")
        budget.clear()
        budget.send_keys("24000")
        driver.find_element(By.ID, "save").click()
        wait.until(ready.text_to_be_present_in_element((By.CSS_SELECTOR, ".problems"),
                                                       "the file was changed in the meantime"))
        assert capacities(folder / "holz-cluster.yaml")["manager_hours"] == 160
        stale = driver.find_element(By.ID, "f-res.budget_eur")
        driver.find_element(By.LINK_TEXT, "Reload with the current state").click()
        wait.until(ready.staleness_of(stale))
        assert element("#f-res\\.manager_hours").get_attribute("value") == "160"
        budget = element("#f-res\\.budget_eur")
        budget.clear()
        budget.send_keys("24000")
        driver.find_element(By.ID, "save").click()
        wait.until(ready.text_to_be_present_in_element(
            (By.CSS_SELECTOR, "[data-resource=budget_eur]"), "€24,000"))
        assert capacities(folder / "holz-cluster.yaml") == {"budget_eur": 24000,
                                                            "manager_hours": 160}

        # 3. Plan phase 1: the page shows progress, then the recommended projects.
        driver.find_element(By.ID, "plan-button").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "recommended"),
                                                       "Recommended projects for phase 1"))
        projects = driver.find_elements(By.CSS_SELECTOR, "li.project")
        assert len(projects) >= 2
        assert all(p.find_element(By.CSS_SELECTOR, ".why").text for p in projects)
        roadmap = driver.find_element(By.CSS_SELECTOR, "table.roadmap").text
        assert "Range in 8 of 10 simulated runs" in roadmap and "% to " in roadmap
        not_blank(driver)

        # 4. Open a member from a project, and read the page in German.
        name = projects[0].find_element(By.CSS_SELECTOR, "a").text
        projects[0].find_element(By.CSS_SELECTOR, "a").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "member-name"), name))
        assert "Recommended now" in driver.find_element(By.ID, "member-projects").text
        driver.find_element(By.ID, "lang-de").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "member-projects"),
                                                       "Jetzt empfohlen"))
        assert "Vertrauen in die Clusterinitiative" in driver.find_element(
            By.ID, "member-trust").text
        driver.find_element(By.ID, "lang-en").click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "member-projects"),
                                                       "Recommended now"))

        # 5. Record two outcomes: a success, and a failure with one participant absent.
        driver.get(base + "/c/holz-cluster#record")
        first = element("form[data-record]")
        first_id = first.get_attribute("data-record")
        first.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("Good atmosphere")
        first.find_element(By.CSS_SELECTOR, "button").click()
        element(f"[data-recorded='{first_id}']")
        second = element("form[data-record]")
        second_id = second.get_attribute("data-record")
        second.find_element(By.CSS_SELECTOR, "input[value=failure]").click()
        boxes = second.find_elements(By.CSS_SELECTOR, "input[name=participants]")
        absent = boxes[-1].get_attribute("value")
        boxes[-1].click()
        second.find_element(By.CSS_SELECTOR, "button").click()
        element(f"[data-recorded='{second_id}']")
        entries = load_ledger(folder / "holz-cluster.ledger.yaml").ledger.entries
        assert [(e.project, e.result) for e in entries] == [(first_id, "success"),
                                                             (second_id, "failure")]
        assert entries[0].note == "Good atmosphere" and entries[0].date == dt.date(2026, 12, 1)
        assert absent not in entries[1].participants

        # 6. Plan phase 2 from the recorded outcomes.
        button = element("#plan-button")
        assert button.text == "Plan phase 2"
        button.click()
        wait.until(ready.text_to_be_present_in_element((By.ID, "recommended"),
                                                       "Recommended projects for phase 2"))
        assert not driver.find_elements(By.ID, "plan-stale")

        # 7. The figures, and the report downloaded.
        driver.find_element(By.ID, "figures-link").click()
        frame = element("iframe.report")
        driver.switch_to.frame(frame)
        wait.until(ready.presence_of_element_located((By.CSS_SELECTOR, "figure svg")))
        driver.switch_to.default_content()
        not_blank(driver)
        driver.find_element(By.ID, "download-html").click()
        target = downloads / "holz-cluster-report-en.html"
        wait.until(lambda _: target.exists() and target.stat().st_size > 10_000)
        report = target.read_text(encoding="utf-8")
        assert "<svg" in report and "holz-cluster" in report

        # No errors in the browser's console on any page.
        problems = [entry for entry in driver.get_log("browser")
                    if entry["level"] in ("SEVERE", "ERROR")]
        assert problems == []
    # The CLI reads what the app wrote.
    assert load_scenario(Path(folder / "holz-cluster.yaml")).scenario.name == "holz-cluster"
