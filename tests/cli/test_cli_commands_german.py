"""The remaining commands speak German with ``--lang de`` (issue 15, part 2).

record, batch, compare, generate, new, schema, meetings, themes, survey-template, import-survey,
book and app: each is run in German on its main path and on a wrong input; German sentences must
appear, and no sentence of the English catalogue may (checked key by key: every catalogue entry
looked up during the run is also rendered in English and searched for in the output).
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import trustmatch.i18n as i18n
from trustmatch.cli import cli
from trustmatch.i18n import de, en
from trustmatch.scenario import load_scenario

ROOT = Path(__file__).resolve().parents[2]
YOUNG = ROOT / "scenarios" / "young-cluster.yaml"
SMALL = ROOT / "tests" / "book" / "small-cluster.yaml"
TINY = ROOT / "tests" / "batch" / "tiny-cluster.yaml"
SURVEY_FORM = ROOT / "scenarios" / "survey-form-example.csv"


class _Said(str):
    """A catalogue text that remembers the values it was filled with."""

    record: list

    def format(self, *args: object, **values: object) -> str:  # noqa: D102 - str's own
        self.record[2] = values
        text = str.format(self, *args, **values)
        self.record[3] = text
        return text


class _RecordingCatalogue(Mapping):
    """A language's catalogue that logs every lookup as [lang, key, values, text]."""

    def __init__(self, lang: str, log: list[list]) -> None:
        self.lang, self.log = lang, log
        self.real = de.MESSAGES if lang == "de" else en.MESSAGES

    def _said(self, text: str, record: list) -> _Said:
        said = _Said(text)
        said.record = record
        return said

    def __getitem__(self, key: str):
        entry = self.real[key]
        record = [self.lang, key, {}, entry if isinstance(entry, str) else None]
        self.log.append(record)
        if isinstance(entry, Mapping):
            return {form: self._said(text, record) for form, text in entry.items()}
        return self._said(entry, record)

    def __iter__(self) -> Iterator[str]:
        return iter(self.real)

    def __len__(self) -> int:
        return len(self.real)


@pytest.fixture
def lookups(monkeypatch) -> list[list]:
    """Every catalogue lookup of the test, as [lang, key, values, text]."""
    log: list[list] = []
    catalogues = {lang: _RecordingCatalogue(lang, log) for lang in i18n.LANGUAGES}
    monkeypatch.setattr(i18n, "catalogue", lambda lang: catalogues[lang])
    return log


def _forms(entry: object) -> list[str]:
    return list(entry.values()) if isinstance(entry, Mapping) else [str(entry)]


def _filled(form: str, values: Mapping[str, object]) -> str | None:
    try:
        return form.format(**values) if values else form
    except (KeyError, IndexError, ValueError):
        return None


def english_sentences_in(output: str, log: list[list]) -> list[tuple[str, str]]:
    """Return (key, English text) of every catalogue sentence of the run found in ``output``.

    A German lookup is rendered with the English entry and the same values; an English lookup
    (made for JSON or a script) is taken as it was said. Texts the two catalogues share (a
    name such as "Budget") are not English leaks.
    """
    lines = {line.strip() for line in output.splitlines()}
    found = []
    for lang, key, values, said in log:
        german = {_filled(form, values) for form in _forms(de.MESSAGES[key])}
        candidates = ([said] if lang == "en" and said else
                      [_filled(form, values) for form in _forms(en.MESSAGES[key])])
        for text in candidates:
            if not text or text in german:
                continue
            text = text.strip()
            # Long sentences anywhere (they may be wrapped: compare without line breaks);
            # short words only as a line of their own.
            flat = re.sub(r"\s+", " ", output)
            if (len(text) >= 12 and re.sub(r"\s+", " ", text) in flat) or text in lines:
                found.append((key, text))
    return found


def run_de(*args: str, code: int = 0) -> str:
    """Run ``trustmatch --lang de ARGS``; return stdout and stderr together."""
    result = CliRunner().invoke(cli, ["--lang", "de", *args], env={"COLUMNS": "100"})
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    return result.output


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    """A plan of the young cluster's first phase (greedy: quick)."""
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    result = CliRunner().invoke(cli, ["plan", str(YOUNG), "--strategy", "greedy", "--json",
                                      str(path)])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture(scope="module")
def small_plan(tmp_path_factory) -> Path:
    """A plan of the small cluster (it has a calendar: meetings need no --start)."""
    path = tmp_path_factory.mktemp("small") / "plan.json"
    result = CliRunner().invoke(cli, ["plan", str(SMALL), "--strategy", "greedy", "--json",
                                      str(path)])
    assert result.exit_code == 0, result.output
    return path


def tiny_spec(folder: Path) -> Path:
    shutil.copy(TINY, folder / "tiny-cluster.yaml")
    spec = folder / "spec.yaml"
    spec.write_text(yaml.safe_dump({"name": "tiny", "scenarios": ["tiny-cluster.yaml"],
                                    "strategies": ["greedy"], "replications": 2}),
                    encoding="utf-8")
    return spec


# --- each command in German ---------------------------------------------------------------------


def test_record_in_german_names_the_project_and_counts_the_entries(tmp_path, plan_file):
    ledger = tmp_path / "ledger.yaml"
    out = run_de("record", str(ledger), "--plan", str(plan_file), "--project", "tag-des-holzes",
                 "--result", "success", "--scenario", str(YOUNG))
    assert "In " in out and "eingetragen: Phase 1, Stand beim „Tag des Holzes“" in out
    assert ": Erfolg (" in out and "Mitglieder nahmen teil)" in out
    assert "Das Projektbuch enthält einen Eintrag." in out
    assert "tag-des-holzes" not in out  # the project by its name, not its id
    for english in ("Recorded in", "participants", "The ledger holds"):
        assert english not in out


def test_batch_and_compare_in_german_with_german_numbers(tmp_path):
    spec = tiny_spec(tmp_path)
    results = tmp_path / "r.sqlite"
    out = run_de("batch", str(spec), "-o", str(results), "--executor", "local")
    assert out.startswith("Serie „tiny“: 2 Läufe, gerechnet in diesem Prozess\n")
    assert "fertig 2, fehlgeschlagen 0, übersprungen 0 (schon gespeichert)" in out
    assert re.search(r"Dauer \d+,\d s, \d+,\d{3} s je Lauf \(\d+,\d{2} Läufe je Sekunde\)", out)
    assert "runs on" not in out and "elapsed" not in out
    # Run again without --resume: the results file is refused, in German.
    out = run_de("batch", str(spec), "-o", str(results), "--executor", "local", code=2)
    assert "Die Ergebnisdatei kann nicht verwendet werden:" in out
    assert "enthält schon 2 Läufe dieser Serie. Setzen Sie sie mit --resume fort" in out
    out = run_de("compare", str(results), "--csv", str(tmp_path / "c.csv"))
    assert out.splitlines()[0].split()[:3] == ["Strategie", "Läufe", "fehlgeschl."]
    assert "Kennzahlen der letzten Phase: Mittelwert ± halbe Breite" in out
    assert f"CSV-Datei {tmp_path / 'c.csv'} geschrieben" in out
    assert "5.000" in out and not re.search(r"\d\.\d{2,3}\b(?!\d)", out.replace("5.000", ""))
    assert all(len(line) <= 100 for line in out.splitlines())
    out = run_de("compare", str(results), "--by", "colour", "--phase", "0", code=2)
    assert "So lässt sich die Serie nicht vergleichen:" in out
    assert "nach „colour“ lassen sich die Läufe nicht gruppieren" in out
    assert "„0“ ist keine Phase" in out


def test_new_in_german_writes_a_german_starter_that_validates(tmp_path):
    path = tmp_path / "cluster.yaml"
    out = run_de("new", str(path))
    assert out == f"Ein Startszenario steht in {path}; als Nächstes: trustmatch validate {path}\n"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Ein trustmatch-Szenario: ein junger Cluster")
    assert "# Kapazität je Phase" in text and "# capacity per phase" not in text
    loaded = load_scenario(path)
    assert loaded.warnings == ()
    english = tmp_path / "english.yaml"
    CliRunner().invoke(cli, ["new", "--lang", "en", str(english)])
    same = load_scenario(english).scenario.model_dump()
    german = loaded.scenario.model_dump()
    # The same cluster: only the comments, the examples' names and words differ.
    assert same["actors"][0]["name"] == "Firm A GmbH"
    assert german["actors"][0]["name"] == "Firma A GmbH"
    for key in ("resources", "objective", "needs", "project_types", "overrides", "trust"):
        assert german[key] == same[key], key
    out = run_de("new", str(path), code=2)
    assert out == (f"Nichts geschrieben:\n  {path}: gibt es schon; wählen Sie einen anderen Namen "
                   "oder überschreiben Sie die Datei mit --force\n")


def test_new_takes_german_from_the_locale_and_english_stays_the_default(tmp_path):
    german, english = tmp_path / "de.yaml", tmp_path / "en.yaml"
    CliRunner().invoke(cli, ["new", str(german)], env={"LANG": "de_DE.UTF-8"})
    CliRunner().invoke(cli, ["new", str(english)])
    assert german.read_text(encoding="utf-8").startswith("# Ein trustmatch-Szenario")
    assert english.read_text(encoding="utf-8").startswith("# A trustmatch scenario")


def test_schema_and_generate_in_german(tmp_path):
    out = run_de("schema", "-o", str(tmp_path / "s.json"))
    assert out == f"Das JSON-Schema der Szenariodateien steht in {tmp_path / 's.json'}\n"
    out = run_de("schema", "-o", str(tmp_path / "missing" / "s.json"), code=2)
    assert out.startswith("Nichts geschrieben:")
    assert "kann nicht geschrieben werden: der Ordner existiert nicht" in out
    target = tmp_path / "gen.yaml"
    out = run_de("generate", "--actors", "1500", "--seed", "3", "-o", str(target))
    assert out == (f"Ein künstlicher Cluster mit 1.500 Mitgliedern (Startwert 3) steht in "
                   f"{target}.\n")
    assert target.read_text(encoding="utf-8").startswith(
        "# Künstlicher Cluster, erzeugt von trustmatch")
    out = run_de("generate", "--actors", "5", "-o", str(tmp_path / "no" / "g.yaml"), code=2)
    assert "Nichts geschrieben:" in out


def test_meetings_and_book_follow_the_global_language(tmp_path, small_plan):
    out = run_de("meetings", str(small_plan), "--scenario", str(SMALL), "-o",
                 str(tmp_path / "inv"))
    assert out.startswith("Auftakttreffen für Phase 1 (4. Januar 2027 bis 3. Juli 2027):")
    assert "1 Einladung und die Teilnehmerlisten" in out and "10:00 Uhr" in out
    assert "Wrote" not in out and "invitation" not in out
    out = run_de("meetings", str(small_plan), "--scenario", str(YOUNG), "-o",
                 str(tmp_path / "x"), code=2)
    assert "Es wurden keine Einladungen geschrieben:" in out
    book = tmp_path / "book.yaml"
    out = run_de("book", "record", str(book), "--scenario", str(SMALL), "--period", "1",
                 "events_held=2")
    assert "1 Kennzahl für" in out and "eingetragen" in out
    out = run_de("book", "record", str(book), "--scenario", str(SMALL), "--period", "9",
                 "colour=2", code=2)
    assert "Es wurde nichts eingetragen:" in out and "unbekannte Kennzahl" in out


def test_themes_in_german_show_the_german_labels_wrapped(tmp_path):
    out = run_de("themes", str(YOUNG))
    assert "12 Themen aus 46 genannten Bedarfen" in out
    assert "Digitale Planung und BIM vom Entwurf" in out
    assert "Digital planning and BIM" not in out  # the need's German label, not the English
    assert all(len(line) <= 100 for line in out.splitlines())


def test_survey_and_app_in_german(tmp_path, monkeypatch):
    workbook = tmp_path / "umfrage.xlsx"
    out = run_de("survey-template", str(workbook))
    assert "Umfrage-Arbeitsmappe" in out
    out = run_de("survey-template", str(workbook), code=2)
    assert "gibt es schon" in out
    out = run_de("app", str(workbook), "--no-browser", code=2)
    assert "already" not in out and "cannot" not in out
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self: None)
    shutil.copy(SMALL, tmp_path / "small.yaml")
    out = run_de("app", str(tmp_path), "--no-browser", "--port", "0")
    assert "http://127.0.0.1:" in out and "Strg" in out


# --- one check over every command: no English catalogue sentence in German output --------------


def test_no_command_says_an_english_catalogue_sentence_in_german(
    tmp_path, plan_file, small_plan, lookups, monkeypatch
):
    import uvicorn

    monkeypatch.setattr(uvicorn.Server, "run", lambda self: None)
    spec = tiny_spec(tmp_path)
    results, ledger, book = tmp_path / "r.sqlite", tmp_path / "l.yaml", tmp_path / "b.yaml"
    shutil.copy(SMALL, tmp_path / "small.yaml")
    runs = [
        (("record", str(ledger), "--plan", str(plan_file), "--project", "tag-des-holzes",
          "--result", "failure", "--scenario", str(YOUNG)), 0),
        # (The ledger's own refusals are worded by the ledger; they come with the validation
        # messages of issue 15.)
        (("batch", str(spec), "-o", str(results), "--executor", "local"), 0),
        (("batch", str(spec), "-o", str(results), "--executor", "local"), 2),
        (("batch", str(spec), "-o", str(tmp_path / "b.sqlite"), "--jobs", "2",
          "--dask-address", "tcp://nowhere:1"), 2),
        (("compare", str(results), "--csv", str(tmp_path / "c.csv")), 0),
        (("compare", str(results), "--by", "x,x", "--metrics", "y", "--phase", "z"), 2),
        (("compare", str(tmp_path / "none.sqlite")), 2),
        (("generate", "--actors", "12", "-o", str(tmp_path / "g.yaml")), 0),
        (("generate", "--actors", "12", "-o", str(tmp_path / "no" / "g.yaml")), 2),
        (("new", str(tmp_path / "n.yaml")), 0),
        (("new", str(tmp_path / "n.yaml")), 2),
        (("schema", "-o", str(tmp_path / "s.json")), 0),
        (("schema", "-o", str(tmp_path / "no" / "s.json")), 2),
        (("meetings", str(small_plan), "--scenario", str(SMALL), "-o", str(tmp_path / "m")), 0),
        (("meetings", str(small_plan), "--scenario", str(YOUNG), "-o", str(tmp_path / "m")), 2),
        (("themes", str(YOUNG)), 0),
        # (themes refuses only scenarios, in the scenario's validation messages.)
        (("survey-template", str(tmp_path / "u.xlsx")), 0),
        (("survey-template", str(tmp_path / "u.xlsx")), 2),
        (("import-survey", str(SURVEY_FORM), "-o", str(tmp_path / "i.yaml"), "--budget",
          "20000"), 0),
        (("import-survey", str(SURVEY_FORM), "-o", str(tmp_path / "i.yaml"), "--budget",
          "20000"), 2),
        (("book", "record", str(book), "--scenario", str(SMALL), "--period", "1",
          "members=5"), 0),
        (("book", "record", str(book), "--scenario", str(SMALL), "--period", "1",
          "members=many", "--member", "nobody"), 2),
        (("book", "show", str(book), "--scenario", str(SMALL)), 0),
        (("app", str(tmp_path / "small.yaml"), "--no-browser", "--port", "0"), 0),
        (("app", str(tmp_path / "u.xlsx"), "--no-browser"), 2),
    ]
    for args, code in runs:
        lookups.clear()
        out = run_de(*args, code=code)
        assert lookups, args  # the command said something from the catalogue
        assert english_sentences_in(out, lookups) == [], args


def test_the_check_finds_an_english_sentence(lookups):
    """The key-level check is not blind: English said on the German path is found."""
    said = i18n.message("cli.record.entries", "de", count=3)
    leak = i18n.message("cli.batch.interrupted", "en", out="r.sqlite")
    assert english_sentences_in(f"{said}\n{leak}\n", lookups) == [
        ("cli.batch.interrupted", leak)
    ]
    lookups.clear()
    i18n.message("cli.compare.col.runs", "de")
    assert english_sentences_in("Läufe\nruns\n", lookups) == [("cli.compare.col.runs", "runs")]
