"""The safe YAML reader: located values and keys, limits that also hold through aliases."""

import pytest

from trustmatch.errors import ScenarioError
from trustmatch.scenario import load_scenario_text
from trustmatch.scenario.reader import MAX_DEPTH, read_text


def _only_problem(text: str, **kwargs) -> str:
    with pytest.raises(ScenarioError) as caught:
        load_scenario_text(text, "s.yaml", **kwargs)
    [problem] = caught.value.problems
    return problem.format()


def test_values_and_keys_are_located_by_dotted_path():
    document = read_text("a:\n  - x: 1\n    y: [2, 3]\n", "f.yaml")
    assert document.data == {"a": [{"x": 1, "y": [2, 3]}]}
    where = document.marks.locate(("a", 0, "y", 1))
    assert (where.file, where.line, where.column) == ("f.yaml", 3, 12)
    key = document.marks.locate(("a", 0, "y"), prefer_key=True)
    assert (key.line, key.column) == (3, 5)
    # Paths the file does not hold fall back to the nearest located parent.
    assert document.marks.locate(("a", 0, "missing")).line == 2


def test_an_alias_cannot_smuggle_nesting_past_the_depth_limit():
    deep = "[" * (MAX_DEPTH - 2) + "]" * (MAX_DEPTH - 2)
    text = f"base: &deep {deep}\nname: x\nnested:\n  again:\n    more: *deep\n"
    assert _only_problem(text) == (
        f"s.yaml:5:11: nested.again.more: nested more than {MAX_DEPTH} levels deep; "
        "a scenario needs about 6"
    )


def test_merge_key_needs_a_mapping():
    assert _only_problem("name: x\nactors:\n  - <<: 5\n    id: a\n") == (
        "s.yaml:3:9: actors, entry 1, <<: '<<' (merge) needs a mapping or a list of mappings, "
        "e.g. '<<: *defaults'"
    )


def test_set_values_are_read_as_safely_as_files():
    text = "name: x\nactors: [{id: a, name: A, kind: company}]\n"
    problem = _only_problem(text, sets=["name=!!python/name:os.system"])
    assert problem.startswith("<command line>: --set name=!!python/name:os.system: the value")
    assert "the tag '!!python/name:os.system' is not allowed" in problem
