"""The needs survey: a workbook template out, a filled workbook or form CSV in, a scenario out.

Library API (the CLI commands ``survey-template`` and ``import-survey`` are thin shells over it)::

    from trustmatch.survey import (
        SurveyError, SurveyImport, import_survey, import_survey_bytes, write_template)

    write_template("survey.xlsx", lang="de")          # the workbook to send to the members
    write_template(io.BytesIO(), lang="de")           # ... or into a stream (a download)
    result = import_survey("survey.xlsx", budget=30000, hours=200)
    result.yaml_text      # the readable scenario YAML: comments, ids made from names,
                          # needs as the members wrote them
    result.scenario       # the validated Scenario (trustmatch.scenario.models.Scenario)
    result.loaded         # the LoadedScenario (scenario plus warnings) the loader returned
    result.warnings       # problems that do not stop the import (a member without needs)
    result.write("cluster.yaml")                      # atomic write of yaml_text

    # An upload in the web app, without a temporary file:
    result = import_survey_bytes(upload_bytes, "umfrage.xlsx", budget=30000)

``import_survey`` reads ``.xlsx`` workbooks (the template, filled in; sheets and headers in
German or English) and exports of a web form with one row per member, as ``.csv`` or as a
workbook whose first sheet holds the responses (columns
``name, kind, markets, size, need 1, importance 1, need 2, importance 2, ..., competitors,
cooperation``, or in German ``Name, Art, Märkte, Beschäftigte, Bedarf 1, Wichtigkeit 1, ...,
Wettbewerber, Frühere Zusammenarbeit``; several names in one cell separated by ``;``).
Every problem is collected and raised together as one :class:`SurveyError` (a
:class:`~trustmatch.errors.UserError`), each located by sheet and cell
(``survey.xlsx: Bedarfe!C7: ...``) or by CSV line, column and header.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import TYPE_CHECKING

from trustmatch.errors import Problem, UserError
from trustmatch.i18n import message, resolve_language
from trustmatch.survey.template import write_template

if TYPE_CHECKING:
    from trustmatch.scenario.loader import LoadedScenario
    from trustmatch.scenario.models import Scenario
    from trustmatch.survey.reading import SurveyData

__all__ = ["SurveyError", "SurveyImport", "import_survey", "import_survey_bytes", "write_template"]


class SurveyError(UserError):
    """A survey file cannot be imported; ``problems`` says every cell where and why."""


@dataclass(frozen=True)
class SurveyImport:
    """A survey turned into a scenario.

    Attributes:
        yaml_text: The scenario as readable, commented YAML.
        loaded: The scenario as the loader returned it from ``yaml_text`` (validated).
        source: The survey file's name as shown in messages.
        lang: Language of the labels and comments.
        members: Number of members imported.
        needs: Number of needs imported.
        warnings: Problems that did not stop the import (survey and scenario warnings).
    """

    yaml_text: str
    loaded: LoadedScenario
    source: str
    lang: str
    members: int
    needs: int
    warnings: tuple[Problem, ...] = field(default_factory=tuple)

    @property
    def scenario(self) -> Scenario:
        """The validated :class:`~trustmatch.scenario.models.Scenario`."""
        return self.loaded.scenario

    def write(self, path: str | Path) -> Path:
        """Write ``yaml_text`` to ``path`` atomically (a temporary file, then a rename)."""
        path = Path(path)
        handle, temporary = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.",
                                             suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
                out.write(self.yaml_text)
            # mkstemp makes the file private (0600); keep the mode a replaced file had.
            os.chmod(temporary, path.stat().st_mode & 0o777 if path.exists() else 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return path


def import_survey(
    path: str | Path,
    *,
    budget: float,
    hours: float | None = None,
    lang: str | None = None,
    name: str | None = None,
    display: str | None = None,
) -> SurveyImport:
    """Read a filled survey (``.xlsx`` or form ``.csv``) and return it as a validated scenario.

    Args:
        path: The survey file.
        budget: Money per phase (half-year) for joint projects, in euros.
        hours: The cluster manager's hours per phase for projects (None: not planned).
        lang: Language of messages, labels and comments (default: the survey's headers, else
            the user's locale).
        name: Name of the scenario (default: made from the file name).
        display: File name shown in messages (default: ``path`` as given; the web app passes
            the uploaded file's name).

    Returns:
        The scenario YAML text and the validated scenario.

    Raises:
        SurveyError: Every problem of the survey, located by sheet and cell (or CSV line).
    """
    from trustmatch.survey.reading import SCENARIO_SHEETS, read_survey

    path = Path(path)
    source = display if display is not None else str(path)
    data = read_survey(path, source, lang, SCENARIO_SHEETS)
    return _imported(data, source, budget, hours, lang, name)


def import_survey_bytes(
    content: bytes,
    filename: str,
    *,
    budget: float,
    hours: float | None = None,
    lang: str | None = None,
    name: str | None = None,
) -> SurveyImport:
    """Like :func:`import_survey`, for an uploaded file's bytes (nothing is written to disk).

    Args:
        content: The uploaded file (limited like a file: 10 MB, and the workbook limits).
        filename: Its name as the user knows it, shown in messages (``umfrage.xlsx``).
        budget: Money per phase for joint projects, in euros.
        hours: The cluster manager's hours per phase for projects (None: not planned).
        lang: Language of messages, labels and comments (default: the survey's).
        name: Name of the scenario (default: made from ``filename``).

    Raises:
        SurveyError: Every problem of the survey, located by sheet and cell (or CSV line).
    """
    from trustmatch.survey.reading import SCENARIO_SHEETS, read_survey_bytes

    # Old browsers send the whole path ("C:\\fakepath\\umfrage.xlsx"): show the name only.
    filename = PureWindowsPath(filename).name or "survey"
    data = read_survey_bytes(bytes(content), filename, lang, SCENARIO_SHEETS)
    return _imported(data, filename, budget, hours, lang, name)


def _imported(data: SurveyData, source: str, budget: float, hours: float | None, lang: str | None,
              name: str | None) -> SurveyImport:
    """Check read survey data and turn it into a validated scenario (or raise)."""
    from trustmatch.scenario.loader import load_scenario_text
    from trustmatch.survey.build import check_survey, make_id, scenario_yaml

    language = resolve_language(lang or data.lang)
    problems: list[Problem] = list(data.problems)
    if budget is None or not budget >= 0 or budget == float("inf"):
        problems.append(Problem("<command line>", None, None, "--budget",
                                message("survey.error.budget", language)))
    if hours is not None and (not hours >= 0 or hours == float("inf")):
        problems.append(Problem("<command line>", None, None, "--hours",
                                message("survey.error.hours", language)))
    if name is not None and (not name.strip() or name != name.strip() or len(name) > 200):
        problems.append(Problem("<command line>", None, None, "--name",
                                message("survey.error.name", language)))
    if any(p.severity == "error" for p in problems):
        raise _error(problems, source, language)
    data.problems = problems
    survey = check_survey(data, language)
    if any(p.severity == "error" for p in survey.problems):
        raise _error(survey.problems, source, language)
    scenario_name = name or make_id(Path(source).stem) or "cluster"
    text = scenario_yaml(survey, name=scenario_name, source=Path(source).name, budget=budget,
                         hours=hours, lang=language)
    loaded = load_scenario_text(text, source=f"{Path(source).stem}.yaml")
    return SurveyImport(
        yaml_text=text,
        loaded=loaded,
        source=source,
        lang=language,
        members=len(survey.members),
        needs=sum(len(member.needs) for member in survey.members),
        warnings=tuple(survey.problems),
    )


MAX_PROBLEMS = 100
"""Most problems listed (a hostile or very broken file could otherwise yield thousands)."""


def _error(problems: list[Problem], source: str, lang: str) -> SurveyError:
    errors = [p for p in problems if p.severity == "error"]
    summary = message("survey.error.summary", lang, count=len(errors), file=source)
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems = [*problems[:MAX_PROBLEMS], Problem(source, None, None, "", message(
            "survey.error.more", lang, count=more))]
    return SurveyError(problems, summary=summary)
