"""Any text a member writes reads back unchanged from the generated YAML; ids stay ids."""

from __future__ import annotations

import re

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from trustmatch.survey.build import make_id
from trustmatch.survey.yamltext import flow, scalar

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_text_reads_back_as_written(text):
    assert yaml.safe_load(f"need: {scalar(text)}\n") == {"need": text}


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, min_size=0, max_size=8), st.integers(10, 100))
def test_any_list_of_texts_reads_back_as_written_however_wrapped(values, width):
    start = "  - markets: "
    text = start + flow(values, start, width) + "\n"
    assert yaml.safe_load(text) == [{"markets": values}]


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_an_id_made_from_any_name_is_a_plain_id(name):
    made = make_id(name)
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", made)
    assert yaml.safe_load(f"id: {scalar(made)}") == {"id": made}  # "false", "123" are quoted


def test_numbers_and_words_yaml_would_change_are_quoted():
    for text in ("yes", "no", "on", "null", "1.5", "0x1A", "2026-03-02", "~", "- item", "a: b",
                 "#tag", "trailing "):
        assert yaml.safe_load(f"v: {scalar(text)}") == {"v": text}
    assert scalar("Holzbau") == "Holzbau"
    assert scalar(3) == "3" and scalar(0.6) == "0.6" and scalar(2.0) == "2"
