"""Every broken or hostile file in broken/ is refused with exit 2 and a located message, fast."""

import time
from pathlib import Path

import pytest
import yaml

from trustmatch.cli import main
from trustmatch.scenario.reader import MAX_FILE_BYTES, readable_path

BROKEN = Path(__file__).parent / "broken"

# file -> (line, column, dotted path or "", fragment of the message, extra CLI arguments)
EXPECTED: dict[str, tuple[int, int, str, str, tuple[str, ...]]] = {
    "addresses-typo.yaml": (25, 16, "project_types.0.addresses", "must be 'any' or a list", ()),
    "bad-indentation.yaml": (5, 4, "", "not valid YAML", ()),
    "bad-override-path.yaml": (29, 5, "overrides.half-budget", "did you mean 'budget_eur'", ()),
    "bad-override-value.yaml": (
        29, 27, "resources.budget_eur", "must be at least 0 (got -1)", ("--override", "broke"),
    ),
    "billion-laughs.yaml": (6, 10, "l4.0", "billion laughs", ()),
    "binary-garbage.yaml": (2, 1, "", "not a text file in UTF-8", ()),
    "complex-key.yaml": (3, 3, "resources", "a key must be a plain name", ()),
    "custom-tag.yaml": (3, 15, "resources.budget_eur", "the tag '!include' is not allowed", ()),
    "deep-nesting.yaml": (2, 1008, "", "nested far too deeply", ()),
    "deep-nesting-block.yaml": (42, 81, "actors" + ".0" * 39, "nested more than 40 levels", ()),
    "duplicate-actor-id.yaml": (12, 9, "actors.1.id", "the actor id 'a' is used twice", ()),
    "duplicate-keys.yaml": (8, 5, "actors.0.name", "appears twice in this mapping", ()),
    "empty-id.yaml": (12, 9, "actors.1.id", "must not be empty", ()),
    "empty.yaml": (1, 1, "", "the file is empty", ()),
    "infinite-weight.yaml": (11, 17, "actors.0.needs.0.weight", "must be a finite number", ()),
    "min-greater-than-max.yaml": (
        24, 33, "project_types.0.participants.max", "min is larger than max", (),
    ),
    "missing-actors.yaml": (1, 1, "", "the required key 'actors' is missing", ()),
    "nan-capacity.yaml": (3, 15, "resources.budget_eur", "NaN and infinity are not allowed", ()),
    "negative-capacity.yaml": (3, 15, "resources.budget_eur", "must be at least 0", ()),
    "negative-weight.yaml": (17, 17, "actors.1.needs.0.weight", "must be more than 0", ()),
    "nul-byte.yaml": (3, 10, "", "NUL character", ()),
    "only-comments.yaml": (1, 1, "", "the file is empty", ()),
    "pair-of-one.yaml": (29, 7, "competition.not_competing.0", "a pair of two actor ids", ()),
    "project-id-equals-type-id.yaml": (28, 9, "projects.0.id", "also the id of a project type", ()),
    "python-object-tag.yaml": (1, 7, "name", "'!!python/object/apply:os.system' is not", ()),
    "self-competitor.yaml": (29, 7, "competition.pairs.0", "cannot be a competitor of itself", ()),
    "tabs.yaml": (3, 1, "", "tab character", ()),
    "text-for-number.yaml": (3, 15, "resources.budget_eur", "must be a number", ()),
    "top-level-list.yaml": (1, 1, "", "the top level must be a mapping", ()),
    "top-level-text.yaml": (1, 1, "", "the top level must be a mapping", ()),
    "two-documents.yaml": (27, 1, "", "a second YAML document", ()),
    "unclosed-bracket.yaml": (3, 6, "", "not valid YAML", ()),
    "undefined-alias.yaml": (3, 15, "resources.budget_eur", "refers to no anchor", ()),
    "unknown-actor-in-pair.yaml": (29, 11, "competition.pairs.0.1", "unknown actor 'c'", ()),
    "unknown-actor-in-project.yaml": (
        29, 26, "projects.0.participants.2", "unknown actor 'c'", (),
    ),
    "unknown-actor-in-trust.yaml": (29, 17, "trust.known.0.pair.1", "did you mean 'b'?", ()),
    "unknown-key-typo.yaml": (
        11, 9, "actors.0.needs.0.wieght", "unknown key 'wieght'; did you mean 'weight'?", (),
    ),
    "unknown-need-tag.yaml": (16, 15, "actors.1.needs.0.need", "did you mean 'visibility'?", ()),
    "unknown-project-type.yaml": (29, 11, "projects.0.type", "unknown project type 'open-day'", ()),
    "unknown-resource.yaml": (26, 7, "project_types.0.uses.budget", "has no capacity", ()),
    "unknown-section-typo.yaml": (21, 1, "projekt_types", "did you mean 'project_types'?", ()),
    "wrong-actor-kind.yaml": (14, 11, "actors.1.kind", "must be one of company, startup", ()),
}


def test_corpus_is_large_and_every_file_has_an_expectation():
    files = sorted(p.name for p in BROKEN.glob("*.yaml"))
    assert len(files) >= 25
    assert files == sorted(EXPECTED)


def _shown(file: Path, path: str) -> str:
    """The path as people read it: list entries counted from 1 and named by id."""
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError, RecursionError):
        return path  # files the reader refuses keep the dotted path of the reader's message
    steps = tuple(int(part) if part.isdigit() else part for part in path.split("."))
    return readable_path(steps, data)


def _validate(capsys, path: Path, *args: str) -> tuple[int, str, str, float]:
    start = time.perf_counter()
    code = main(["validate", str(path), *args])
    elapsed = time.perf_counter() - start
    captured = capsys.readouterr()
    return code, captured.out, captured.err, elapsed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_refused_with_a_located_message(capsys, name):
    line, column, path, fragment, args = EXPECTED[name]
    file = BROKEN / name
    code, out, err, elapsed = _validate(capsys, file, *args)
    assert code == 2
    assert "Traceback" not in out + err
    assert elapsed < 1.0
    # Paths name list entries for people (``actors, entry 2 (b), id``), counted from 1; only
    # JSON keeps the dotted path counted from 0.
    located = f"{file}:{line}:{column}: " + (f"{_shown(file, path)}: " if path else "")
    matching = [row for row in err.splitlines() if row.strip().startswith(located)]
    assert matching, f"no problem at {located!r} in:\n{err}"
    assert any(fragment in row for row in matching), err


def test_file_over_the_size_limit_is_refused_before_reading(capsys, tmp_path):
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.write(b"name: huge\nactors:\n")
        handle.write(b"# padding\n" * (MAX_FILE_BYTES // 10 + 1))
    code, _out, err, elapsed = _validate(capsys, huge)
    assert code == 2
    assert f"{huge}:1:1: the file is 10.0 MB; scenario files are limited to 10 MB" in err
    assert "Traceback" not in err
    assert elapsed < 1.0


def test_missing_file_and_folder_are_refused(capsys, tmp_path):
    code, _out, err, _ = _validate(capsys, tmp_path / "nowhere.yaml")
    assert code == 2
    assert f"{tmp_path / 'nowhere.yaml'}: no such file" in err
    code, _out, err, _ = _validate(capsys, tmp_path)
    assert code == 2
    assert "is a folder, not a scenario file" in err


def test_debug_shows_the_traceback_for_an_invalid_file(capsys):
    code = main(["--debug", "validate", str(BROKEN / "negative-capacity.yaml")])
    captured = capsys.readouterr()
    assert code == 2
    assert "must be at least 0" in captured.err
