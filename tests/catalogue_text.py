"""The literal pieces of catalogue sentences, for tests that look for one language in another."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping

PUNCTUATION = " ,.;:()–—"
"""Stripped from both ends of a piece, so that a piece matches inside any sentence."""


def sentence_pieces(entries: Iterable[object], min_words: int = 4) -> list[str]:
    """Return the parts of catalogue entries between placeholders with ``min_words`` or more words.

    Args:
        entries: Catalogue values: strings or mappings of plural forms to strings.
        min_words: Shorter pieces are left out (they could be in either language).
    """
    pieces = []
    for entry in entries:
        for text in entry.values() if isinstance(entry, Mapping) else [entry]:
            for literal, *_ in string.Formatter().parse(text):
                piece = " ".join(literal.split()).strip(PUNCTUATION)
                if len(piece.split()) >= min_words:
                    pieces.append(piece)
    return pieces


def catalogue_pieces(catalogue: Mapping[str, object], min_words: int = 4) -> set[str]:
    """Return the pieces (see :func:`sentence_pieces`) of every sentence of a catalogue."""
    return set(sentence_pieces(catalogue.values(), min_words))
