"""Words of a statement (lemmas, compounds) and the concept lexicon (typos, phrases)."""

from __future__ import annotations

import pytest

from trustmatch.needs.lexicon import build_lexicon, parse_lexicon
from trustmatch.needs.text import compound_parts, content_text, within_one_edit, words


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("energiekosten", ("energie", "kosten")),
        ("lagerhaltung", ("lager", "haltung")),
        ("einkaufsgemeinschaft", ("einkauf", "gemeinschaft")),
        ("messestände", ("messe", "stand")),
        ("fachkräftemangel", ("fach", "kraft", "mangel")),
        ("warehouse", ()),  # English: never split
        ("messe", ()),  # too short
    ],
)
def test_german_compounds_split_into_dictionary_words(word, parts):
    assert compound_parts(word) == parts


def test_lemmas_follow_the_language_of_the_statement():
    english = {w.surface: w.lemmas[0] for w in words("cheaper power supply contracts")}
    assert english["power"] == "power" and english["contracts"] == "contract"
    german = {w.surface: w.lemmas[0] for w in words("Einkaufsgemeinschaft für Stahl")}
    assert german["stahl"] == "stahl"  # a noun, not the verb "stehlen"


def test_verbs_and_english_words_are_not_split():
    assert content_text("CO2-Bilanz erstellen") == "co2 bilanz erstellen"
    assert content_text("exhibiting at Formnext together") == "exhibit formnext"


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [("electricty", "electricity", True), ("technicans", "technician", False),
     ("procurment", "procurement", True), ("abc", "acb", True), ("preise", "presse", True),
     ("kosten", "kasten", True), ("export", "expert", True), ("logistik", "logik", False)],
)
def test_within_one_edit(a, b, close):
    assert within_one_edit(a, b) is close


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Fachkräftemangel", "skilled-workers"),
        ("Azubisuche wird schwieriger", "skilled-workers"),
        ("our electricty bill doubled", "energy"),  # typo
        ("joint procurment of tools", "purchasing"),  # typo
        ("Messebeteiligung zu teuer", "trade-fair"),  # compound
        ("Stellenbesetzung dauert ewig", "skilled-workers"),  # phrase over compound parts
        ("F&E-Kooperation mit der Hochschule", "research"),
        ("entering the Chinese market", "export"),
        ("klimaneutrale Produktion", "sustainability"),
    ],
)
def test_the_lexicon_recognises_real_writing(text, concept):
    assert concept in build_lexicon().concepts(text)


def test_energy_and_sustainability_are_different_concepts():
    lexicon = build_lexicon()
    assert lexicon.concepts("Strompreise senken") == ["energy"]
    assert lexicon.concepts("CO2-Bilanz erstellen") == ["sustainability"]


def test_short_words_need_an_exact_match():
    # "Preise" is one letter away from "Presse" (visibility): too short for a typo match.
    assert "visibility" not in build_lexicon().concepts("bessere Preise")


def test_catalogue_keywords_the_lexicon_does_not_know_become_a_concept():
    lexicon = build_lexicon([("glass-melting", ["Schmelzwanne"]), ("staff", ["Fachkräfte"])])
    assert lexicon.concepts("Know-how zur Schmelzwanne teilen") == ["catalogue:glass-melting"]
    assert "catalogue:staff" not in lexicon.names  # the lexicon knows Fachkräfte already


def test_lexicon_file_format_errors_name_the_line():
    with pytest.raises(ValueError, match="concepts.txt:2"):
        parse_lexicon("[a]\nfr: mot\n")
    assert parse_lexicon("# c\n[a]\nde: Messe*, Gemeinschaftsstand\nen: trade fair\n") == {
        "a": [("messe", True), ("gemeinschaftsstand", False), ("trade fair", False)]
    }
