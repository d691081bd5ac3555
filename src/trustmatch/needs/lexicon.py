"""The bilingual concept lexicon: which topics a statement mentions, whatever its words.

The lexicon is data (``needs/data/concepts.txt``, format described in the file): each concept
lists German and English terms. A statement mentions a concept when one of its words (any form:
as written, lemma, compound part; see :mod:`trustmatch.needs.text`) matches a term exactly, by
prefix for terms ending in ``*``, or with one typo for words of :data:`FUZZY_LENGTH` letters or
more; terms of several words must match consecutive words.

A needs catalogue adds one concept per tag made of its keywords that the lexicon does not know
yet (``Schmelzwanne`` for a tag "glass melting"), so the catalogue's own vocabulary bridges
statements too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from trustmatch.needs.text import Word, normalise, within_one_edit, words

FUZZY_LENGTH = 7
"""Shortest word (and term) that may match with one typo ("Preise" must not find "Presse")."""

FUZZY_PREFIX_LENGTH = 8
"""Shortest prefix term that may match with one typo ("aushandeln" must not find "ausland*")."""

DATA_FILE = "concepts.txt"
"""The lexicon's file in ``trustmatch/needs/data``."""


@dataclass(frozen=True)
class Term:
    """One lexicon term, normalised.

    Attributes:
        words: The term's words ("trade", "fair").
        prefix: Whether the last word matches every word that starts with it.
        concept: The concept the term belongs to.
    """

    words: tuple[str, ...]
    prefix: bool
    concept: str


def parse_lexicon(text: str) -> dict[str, list[tuple[str, bool]]]:
    """Return concept -> (normalised term, prefix) from the lexicon file format.

    Args:
        text: Contents in the format described at the top of ``concepts.txt``.

    Raises:
        ValueError: A line that is neither a heading, a term line, a comment nor blank.
    """
    concepts: dict[str, list[tuple[str, bool]]] = {}
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            concepts.setdefault(current, [])
            continue
        lang, sep, rest = line.partition(":")
        if current is None or not sep or lang.strip() not in ("de", "en"):
            raise ValueError(f"{DATA_FILE}:{number}: expected '[concept]', 'de: ...' or 'en: ...'")
        for entry in rest.split(","):
            entry = entry.strip()
            if not entry:
                continue
            prefix = entry.endswith("*")
            term = normalise(entry.rstrip("*"))
            if term:
                concepts[current].append((term, prefix))
    return concepts


@cache
def builtin_concepts() -> dict[str, tuple[tuple[str, bool], ...]]:
    """Return the built-in lexicon (read once from the package data)."""
    text = resources.files("trustmatch.needs").joinpath("data", DATA_FILE).read_text("utf-8")
    return {name: tuple(terms) for name, terms in parse_lexicon(text).items()}


@dataclass
class Lexicon:
    """Concept terms indexed for fast matching against a statement's words.

    Attributes:
        names: Concept names, in column order (built-in first, then catalogue tags).
    """

    names: list[str] = field(default_factory=list)
    _exact: dict[str, set[int]] = field(default_factory=dict)
    _prefixes: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    _fuzzy: dict[str, list[tuple[str, bool, int]]] = field(default_factory=dict)
    _phrases: dict[str, list[tuple[tuple[str, ...], bool, int]]] = field(default_factory=dict)

    def add(self, concept: str, terms: Iterable[tuple[str, bool]]) -> None:
        """Add a concept with its (normalised term, prefix) entries."""
        column = len(self.names)
        self.names.append(concept)
        for term, prefix in terms:
            parts = tuple(term.split())
            if len(parts) > 1:  # indexed by its first word, which always matches exactly
                self._phrases.setdefault(parts[0], []).append((parts, prefix, column))
                continue
            if prefix:
                self._prefixes.setdefault(term[:3], []).append((term, column))
            else:
                self._exact.setdefault(term, set()).add(column)
            if len(term) >= (FUZZY_PREFIX_LENGTH if prefix else FUZZY_LENGTH):
                self._fuzzy.setdefault(term[0], []).append((term, prefix, column))

    def _single(self, form: str) -> set[int]:
        found = set(self._exact.get(form, ()))
        for term, column in self._prefixes.get(form[:3], ()):
            if form.startswith(term):
                found.add(column)
        if found or len(form) < FUZZY_LENGTH:
            return found
        for term, prefix, column in self._fuzzy.get(form[0], ()):
            if prefix:
                size = len(term)
                if len(form) >= size and any(
                    within_one_edit(form[:n], term) for n in (size - 1, size, size + 1)
                ):
                    found.add(column)
            elif within_one_edit(form, term):
                found.add(column)
        return found

    def columns(self, statement: Sequence[Word]) -> set[int]:
        """Return the concept columns the words of one statement mention."""
        found: set[int] = set()
        for word in statement:
            if word.filler:
                continue
            for form in word.forms:
                found |= self._single(form)
        if self._phrases:
            # Terms of several words also match the parts of a compound in a row:
            # "Stellenbesetzung" holds "stelle" + "besetzung" like "Stelle besetzen" does.
            by_word = [word.forms for word in statement]
            by_part: list[tuple[str, ...]] = []
            for word in statement:
                if word.parts:
                    by_part.extend((part,) for part in word.parts)
                else:
                    by_part.append(word.forms)
            for slots in (by_word, by_part):
                for start, forms in enumerate(slots):
                    for form in forms:
                        for parts, prefix, column in self._phrases.get(form, ()):
                            if column not in found and _phrase_at(slots, start, parts, prefix):
                                found.add(column)
        return found

    def concepts(self, text: str) -> list[str]:
        """Return the names of the concepts a text mentions, in column order."""
        return [self.names[c] for c in sorted(self.columns(words(text)))]


def _phrase_at(
    slots: list[tuple[str, ...]], start: int, parts: tuple[str, ...], prefix: bool
) -> bool:
    """Return whether the term's words match the slots from ``start`` on (a slot: word forms)."""
    size = len(parts)
    if start + size > len(slots):
        return False
    return all(
        _matches(slots[start + k], parts[k], prefix and k == size - 1) for k in range(1, size)
    )


def _matches(forms: tuple[str, ...], part: str, prefix: bool) -> bool:
    if prefix:
        return any(form.startswith(part) for form in forms)
    return part in forms


@cache
def _builtin_lexicon_terms() -> tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]:
    return tuple(builtin_concepts().items())


def build_lexicon(catalogue_keywords: Sequence[tuple[str, Sequence[str]]] = ()) -> Lexicon:
    """Return the built-in lexicon plus one concept per catalogue tag with new keywords.

    Args:
        catalogue_keywords: (tag id, keywords) of the needs catalogue. A keyword the built-in
            lexicon already knows adds nothing but dilution, so only the others become the
            tag's concept ``catalogue:<id>``.
    """
    lexicon = Lexicon()
    for name, terms in _builtin_lexicon_terms():
        lexicon.add(name, terms)
    for tag, keywords in catalogue_keywords:
        terms: list[tuple[str, bool]] = []
        for keyword in keywords:
            found = words(keyword)
            if not found or lexicon.columns(found):
                continue
            lemmas = [w.lemmas[0] for w in found if not w.filler] or [found[0].surface]
            # The last word as a prefix: "Schmelzwanne" also finds "Schmelzwannen".
            stem = lemmas[-1][:-1] if len(lemmas[-1]) > FUZZY_LENGTH else lemmas[-1]
            terms.append((" ".join([*lemmas[:-1], stem]), True))
        if terms:
            lexicon.add(f"catalogue:{tag}", terms)
    return lexicon


@cache
def plain_lexicon() -> Lexicon:
    """Return the built-in lexicon without catalogue concepts (built once; do not extend it)."""
    return build_lexicon()
