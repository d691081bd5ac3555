"""Words of a need statement: tokens, lemmas (simplemma), German compound parts, normal form.

Members write German or English, inflect, compound and mistype freely. A statement becomes a
list of :class:`Word` objects, each with the forms the rest of the pipeline compares:

* the **lemma** from simplemma's German and English dictionaries (shipped with the package, no
  download): "Fachkräfte" -> "fachkraft", "suppliers" -> "supplier";
* the **parts** of a German compound, split where both sides are dictionary words (with the
  linking "s", "es", "n", "en" or "e" allowed): "Energiekosten" -> "energie" + "kosten",
  "Einkaufsgemeinschaft" -> "einkauf" + "gemeinschaft";
* every form **normalised**: lower case, umlauts spelled out (ä -> ae, ß -> ss), only letters
  and digits, so that "Maerkte" and "Märkte" are the same word.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma

LANGUAGES = ("de", "en")
"""Dictionaries used for lemmas and compound parts."""

MIN_PART = 3
"""Shortest part of a German compound (shorter splits are mostly wrong: "Ost" + "see")."""

MIN_COMPOUND = 7
"""Shortest word that is tried as a compound."""

LINKS = ("es", "s", "en", "n", "e")
"""Linking elements (Fugenelemente) allowed at the end of a compound's left part."""

STOPWORDS: frozenset[str] = frozenset(
    """
    a an and are as at be but by for from has have in into is it its more need needs of on or our
    so than that the their them there these this to us we with want would like looking find
    finding get getting better some other others also especially very can cannot not no our own
    help support together joint shared common new next all any too much many one two every year
    month months stay stays make making way ways
    aber alle als am an auch auf aus bei beim bin bis da das dass dem den der des die ein eine
    einem einen einer eines es fuer gibt haben hat ich im in ist mit nach nicht noch nur oder
    sich sind so uns unser unsere unseren unserer und vom von vor was wir wie wird wollen zu zum
    zur ueber brauchen benoetigen suchen fehlt fehlen mehr gerne bessere besser besseren thema
    bereich gemeinsam gemeinsame gemeinsamen gemeinsamer anderen ander andere keine kein jedes
    jede jeden jahr immer sehr viel viele fast kaum allein alleine selbst neue neuen neuer neues
    werden wurde sein hilfe unterstuetzung
    """.split()
)
"""Filler words (normalised) that say nothing about a need's topic."""

_TOKEN = re.compile(r"[^\W_]+(?:[&][^\W_]+)?", re.UNICODE)
_RND = re.compile(r"\b(r\s*&\s*d|f\s*&\s*e)\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 16)
def normalise(text: str) -> str:
    """Return text lower-cased, with umlauts spelled out and only letters, digits and spaces.

    Args:
        text: A statement in German or English.

    Returns:
        The normalised text, e.g. ``"Fachkräfte für Glas"`` -> ``"fachkraefte fuer glas"``.
    """
    lowered = text.lower()
    lowered = _RND.sub(lambda m: " rnd " if m.group(0)[0] == "r" else " fue ", lowered)
    lowered = (
        lowered.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    )
    if lowered.isascii():
        ascii_only = lowered
    else:
        decomposed = unicodedata.normalize("NFKD", lowered)
        ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_only).split())


@dataclass(frozen=True)
class Word:
    """One word of a statement in the forms the grouping compares (all normalised).

    Attributes:
        surface: The word as written.
        lemmas: Its dictionary forms (German and/or English; the surface form when unknown).
        parts: The parts of a German compound (lemmatised), empty for a simple word.
        filler: Whether the word is a filler word that says nothing about the topic.
    """

    surface: str
    lemmas: tuple[str, ...]
    parts: tuple[str, ...]
    filler: bool

    @property
    def forms(self) -> tuple[str, ...]:
        """Every form of the word: surface, lemmas and compound parts (no duplicates)."""
        return tuple(dict.fromkeys((self.surface, *self.lemmas, *self.parts)))


@lru_cache(maxsize=1 << 16)
def _known(word: str, lang: str) -> bool:
    return len(word) >= MIN_PART and simplemma.is_known(word, lang=lang)


@lru_cache(maxsize=1 << 16)
def _lemma(word: str, lang: str) -> str:
    return simplemma.lemmatize(word, lang=lang).lower()


@lru_cache(maxsize=1 << 16)
def _noun_lemma(word: str) -> str:
    """German lemma of a word read as a noun (nouns are capitalised: "Stahl", not "stehlen")."""
    return simplemma.lemmatize(word[:1].upper() + word[1:], lang="de").lower()


def _part_ok(part: str) -> bool:
    return len(part) >= MIN_PART and normalise(part) not in STOPWORDS and _known(part, "de")


@lru_cache(maxsize=1 << 14)
def compound_parts(word: str) -> tuple[str, ...]:
    """Return the parts of a German compound (lower case, lemmatised), or () for a simple word.

    Of all cuts into two dictionary words the most balanced one wins ("Lager|haltung", not
    "Lag|erhaltung"); the left side is split again. Parts are lemmatised as nouns
    ("Fachkräfte|mangel" -> "fachkraft", "mangel").

    Args:
        word: One lower-case word (umlauts as written).
    """
    if len(word) < MIN_COMPOUND or not word.isalpha() or _known(word, "en"):
        return ()
    best: tuple[int, str, str] | None = None
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        left, right = word[:cut], word[cut:]
        if not _part_ok(right):
            continue
        lefts = [left] + [left[: -len(link)] for link in LINKS if left.endswith(link)]
        for candidate in lefts:
            if _part_ok(candidate):
                balance = min(len(candidate), len(right))
                if best is None or balance > best[0]:
                    best = (balance, candidate, right)
                break
    if best is None:
        return ()
    _, left, right = best
    # German compounds branch to the left ("[Fach|kräfte]|mangel"): only the left part is
    # split again; splitting the head as well cuts words such as "Verbrauch" into "Verb|rauch".
    return (*(compound_parts(left) or (_noun_lemma(left),)), _noun_lemma(right))


def _lemmas(surface: str) -> dict[str, str]:
    """Return language -> lemma for the dictionaries that know the word."""
    found = {}
    for lang in LANGUAGES:
        if simplemma.is_known(surface, lang=lang):
            found[lang] = _noun_lemma(surface) if lang == "de" else _lemma(surface, lang)
    return found


@lru_cache(maxsize=1 << 16)
def _word(surface: str, language: str, noun: bool) -> Word:
    known = _lemmas(surface)
    if known:
        lemmas = [known[lang] for lang in sorted(known, key=lambda lang: lang != language)]
    else:
        # Unknown to both dictionaries (a typo, a rare word): simplemma's rules still strip
        # plain inflection endings ("Azubis" -> "Azubi").
        lemmas = [_lemma(surface, language)]
    # Only German nouns are split: verbs and adjectives ("erstellen") and English words
    # ("Formnext") are not compounds, however well they cut into dictionary words.
    parts = compound_parts(surface) if noun and language == "de" else ()
    normal_lemmas = tuple(dict.fromkeys(n for n in map(normalise, lemmas) if n))
    normal = normalise(surface)
    filler = normal in STOPWORDS or any(n in STOPWORDS for n in normal_lemmas)
    return Word(
        surface=normal,
        lemmas=normal_lemmas or (normal,),
        parts=tuple(dict.fromkeys(n for n in map(normalise, parts) if n)),
        filler=filler,
    )


def _language(tokens: list[str]) -> str:
    """Return "de" or "en": the dictionary that alone knows more of the words."""
    only = dict.fromkeys(LANGUAGES, 0)
    for token in tokens:
        known = [lang for lang in LANGUAGES if simplemma.is_known(token, lang=lang)]
        if len(known) == 1:
            only[known[0]] += 1
    if any(ch in "äöüß" for token in tokens for ch in token):
        only["de"] += 1
    return "en" if only["en"] > only["de"] else "de"


@lru_cache(maxsize=1 << 15)
def words(text: str) -> tuple[Word, ...]:
    """Return the words of a statement (hyphenated compounds become separate words).

    Args:
        text: A statement in German or English.
    """
    marked = _RND.sub(lambda m: " R&D " if m.group(0)[0] in "rR" else " F&E ", text)
    written = _TOKEN.findall(marked)
    tokens = [token.lower() for token in written]
    language = _language(tokens)
    # German capitalises nouns; a text written all in lower case gets every word tried.
    lower_case_text = marked == marked.lower()
    out = []
    for token, as_written in zip(tokens, written, strict=True):
        if "&" in token:  # "R&D", "F&E": one word, kept as written
            normal = normalise(token)  # "r&d" -> "rnd", "f&e" -> "fue"
            out.append(Word(normal, (normal,), (), False))
            continue
        noun = lower_case_text or as_written[:1].isupper()
        out.append(_word(token, language, noun))
    return tuple(word for word in out if word.surface)


def content_text(text: str) -> str:
    """Return the statement's topic words as one string for character n-grams.

    Each content word contributes its first lemma and its compound parts, so "Messebeteiligung"
    and "Messe" share the n-grams of "messe".
    """
    pieces: list[str] = []
    for word in words(text):
        if word.filler:
            continue
        pieces.append(word.lemmas[0])
        pieces.extend(word.parts)
    if not pieces:
        return normalise(text)
    return " ".join(pieces)


def within_one_edit(a: str, b: str) -> bool:
    """Return whether two words differ by at most one insertion, deletion, change or swap."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diffs = [i for i in range(la) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    if la > lb:
        a, b = b, a
    # b is one letter longer: skipping one letter of b must give a.
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :]


@lru_cache(maxsize=1 << 14)
def plain_words(text: str) -> tuple[Word, ...]:
    """Return the words of a text without dictionaries: as written, plus a plain plural cut.

    For reading catalogue labels (which rarely hold typos or inflection) without loading
    simplemma's dictionaries, so that a cluster of tagged needs never pays for them.

    Args:
        text: A label or statement.
    """
    out = []
    for token in normalise(text).split():
        forms = [token]
        if len(token) > 4 and token.endswith("es"):
            forms.append(token[:-2])
        if len(token) > 3 and token.endswith("s"):
            forms.append(token[:-1])
        out.append(Word(token, tuple(forms), (), token in STOPWORDS))
    return tuple(out)
