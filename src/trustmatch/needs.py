"""Need themes: tagged needs join their catalogue tag, free text is matched or clustered.

Every need an actor states ends up in exactly one :class:`~trustmatch.results.Theme`:

* a **tagged** need (``need: skilled-workers``) belongs to the theme of that catalogue tag;
* a **free-text** need joins the catalogue tag it resembles most when the similarity reaches
  ``themes.catalogue_match_threshold``;
* the remaining free-text needs are grouped with each other (average-linkage clustering at
  ``themes.cluster_threshold``) into new themes ``theme-1``, ``theme-2``... numbered in the order
  in which they first appear in the scenario file.

Representation. Members write German or English, inflect and compound freely ("Fachkräfte",
"Fachkräftemangel", "skilled workers"). Each statement is lower-cased, umlauts are spelled out
(ä -> ae, ß -> ss) and common filler words dropped; then two parts are combined into one unit
vector:

* TF-IDF over character n-grams (``char_wb``, 3-5 characters), which survives inflection and
  compounding because "fachkraefte" and "fachkraeftemangel" share most of their n-grams;
* a *concept* part: a small built-in German/English synonym table (:data:`CONCEPTS`: skilled
  workers, trade fairs, visibility, purchasing, export, research, ...) plus one concept per
  catalogue tag triggered by its ``keywords``. This bridges languages and synonyms that share no
  letters ("Nachwuchs" / "apprentices" / "skilled workers").

The two parts are weighted by :data:`CONCEPT_WEIGHT` and the cosine of the combined vectors is
the similarity that the two scenario thresholds refer to. Tagged needs skip the text pipeline, so
a cluster of thousands of tagged actors costs next to nothing.

Determinism. Free-text statements are processed in a canonical order (by text, then actor, then
position) so the grouping depends only on *what* was said, not on the order of the actors in the
file; only the numbering of new themes follows the file order.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from trustmatch.results import Statement, Theme
from trustmatch.scenario.models import CatalogueNeed, Scenario

CONCEPT_WEIGHT = 0.55
"""Share of the similarity that comes from shared concepts (the rest from character n-grams)."""

LABEL_LENGTH = 70
"""Longest label of a free-text theme, in characters (longer statements are shortened)."""

FREE_THEME_PREFIX = "theme-"
"""Id prefix of themes made of free text."""

CONCEPTS: dict[str, tuple[str, ...]] = {
    # Literal pieces of normalised text (lower case, ae/oe/ue/ss, words joined by single spaces).
    # "^" marks the start of a word and "$" its end; a piece without "^" also matches inside a
    # compound ("Ingenieurnachwuchs"), so German compounds need no splitting.
    "skilled-workers": (
        "fachkraef", "fachkraft", "fachpersonal", "nachwuchs", "^azubi", "auszubild",
        "ausbildung", "^lehrling", "^skilled", "^worker$", "^workers$", "^workforce", "^staff",
        "recruit", "^personal", "mitarbeite", "^talent", "apprentic", "ingenieur", "^engineer$",
        "^engineers$", "^hire$", "^hires$", "^hiring$", "arbeitskraeft", "arbeitgeber",
        "bewerber", "^employ", "^labor$", "^labour$", "^job$", "^jobs$", "stellen besetz",
        "^trainee$", "^trainees$", "^people$", "^koepfe", "^expert$", "^experts$",
    ),
    "trade-fair": (
        "^messe", "messestand", "messeauftritt", "^trade fair", "^tradefair", "^trade show",
        "^tradeshow", "^fair$", "^fairs$", "^exhibit", "ausstell", "^booth", "^expo$",
        "photonics west", "^laser world", "gemeinschaftsstand",
    ),
    "visibility": (
        "sichtbar", "^visib", "marketing", "^image$", "^marke$", "^brand", "bekannt",
        "^awareness", "oeffentlichkeit", "^presse", "^press$", "^werbung", "social media",
        "aussendarstellung", "^profil", "^publicity", "^public relations", "^auftritt$",
        "^promot", "^schaufenster", "^praesen",
    ),
    "purchasing": (
        "einkauf", "^purchas", "^procure", "beschaffung", "rohstoff", "^raw material",
        "^price$", "^prices$", "^preis$", "^preise$", "^bulk$", "^supply$", "^supplies$",
        "^konditionen", "^buying$", "^cheaper", "^guenstiger", "^mengenrabatt", "^discount$",
        "^discounts$",
    ),
    "export": (
        "^export", "auslandsmaerkt", "^foreign market", "^overseas", "markteintritt",
        "^market entry", "^entering", "internationalis", "^asia", "^asien", "^china",
        "^chinese", "^japan", "^korea", "^india", "^indien", "^usa$", "^amerika",
        "^new markets", "^neue maerkte", "markterschliess", "^vertrieb", "^distribut",
    ),
    "international": ("^ausland", "^abroad$", "^international"),
    "research": (
        "forschung", "^research", "^rnd$", "^fue$", "^entwicklung", "^develop", "^innovation",
        "^prototyp", "^foerderprojekt", "^verbundprojekt", "^wissenschaft", "^scien",
        "^labor$", "^lab$", "^technologietransfer", "^technology transfer",
    ),
    "digitalisation": (
        "digital", "^industrie 4 0", "^industry 4 0", "^software", "^data analytic",
        "^datenanalyse", "^big data",
        "^cloud", "^automat",
    ),
    "it-security": (
        "^it sicherheit", "^itsicherheit", "^cyber", "datenschutz", "^data protection",
        "^it security", "^hacker",
    ),
    "ai": (
        "^kuenstliche intelligenz", "^ki$", "^ai$", "^machine learning", "^deep learning",
        "^neural", "^neuronal",
    ),
    "customers": (
        "^customer", "^kunde", "^kunden", "^client$", "^clients$", "^mandant", "auftraggeber",
        "^abnehmer", "^sales$", "^absatz", "referenzkund", "^reference customer",
    ),
    "energy": (
        "energie", "^energy", "^strom", "^electricity", "^gas$", "^gaspreis", "^decarbon",
        "dekarbonis", "klimaneutral", "^co2$", "^emission", "^sustainab", "nachhaltig",
        "^photovoltaik", "^solar", "^waerme", "^renewable", "erneuerbar", "^power$",
    ),
    "investors": (
        "^invest", "^gruender", "^founder$", "^founders$", "^venture", "^business angel",
        "kapital", "^capital", "^finanzier", "^financ", "^seed$", "^mentor",
    ),
    "students": (
        "^student", "^studierend", "^praktik", "^intern$", "^interns$", "^internship",
        "abschlussarbeit", "^bachelorarbeit", "^masterarbeit", "^thesis$", "^theses$",
        "^werkstudent", "^doktorand", "^phd", "^absolvent", "^graduate$", "^graduates$",
        "^hochschul", "^universit", "^industriepartner",
    ),
    "cleanroom": ("reinraum", "reinraeum", "^cleanroom", "^clean room"),
    "logistics": (
        "logisti", "^transport", "^shipping", "^versand", "^freight", "^fracht",
        "^lieferkett", "^supply chain", "^lager", "^warehous", "^spedition", "^delivery",
        "^zustell",
    ),
    "training": (
        "weiterbildung", "^schulung", "^training", "^course$", "^courses$", "qualifizierung",
        "^seminar", "^fortbildung", "^upskill", "^lernen", "^learn",
    ),
    "funding": (
        "foerdermittel", "foerderprogramm", "^foerderung", "^grant$", "^grants$", "^subsid",
        "^public funding", "^funding", "^foerdergeld", "^antrag", "^antraege", "^proposal",
    ),
    "testing": (
        "^pruef", "^messtechnik", "^testing", "^test lab", "^test equipment", "^test facilit",
        "^metrolog", "^certif", "^zertifiz", "^normen", "^standard$", "^standards$",
        "^qualitaetssicherung", "^quality assurance", "^calibrat", "^kalibrier",
    ),
    "networking": (
        # Only explicit networking: "Partner" and "Kontakte" appear in needs of every kind
        # ("Kontakte zu Investoren") and would glue unrelated statements together.
        "^netzwerk", "^network", "^kennenlernen", "^exchange of experience",
        "^erfahrungsaustausch", "^stammtisch",
    ),
    "public-tenders": (
        "ausschreibung", "^tender", "^vergabe", "oeffentliche auftr", "oeffentlichen auftr",
        "oeffentliche bau", "oeffentlichen bau", "^public procurement", "^public building",
        "^public contract", "^public tender", "^oeffentliche hand",
    ),
}
"""Built-in German/English synonym table for common cluster topics: concept -> text pieces."""


def _piece(notation: str) -> str:
    """Return a table entry as the substring to look for in " " + normalised text + " "."""
    return notation.replace("^", " ").replace("$", " ")


_CONCEPT_PIECES: tuple[tuple[str, ...], ...] = tuple(
    tuple(_piece(entry) for entry in entries) for entries in CONCEPTS.values()
)

STOPWORDS: frozenset[str] = frozenset(
    """
    a an and are as at be but by for from has have in into is it its more need needs of on or our
    so than that the their them there these this to us we with want would like looking find
    finding get getting better more some other others also especially very
    aber alle als am an auch auf aus bei beim bin bis da das dass dem den der des die ein eine
    einem einen einer eines es fuer gibt haben hat ich im in ist mit nach nicht noch nur oder
    sich sind so uns unser unsere unseren unserer und vom von vor was wir wie wird wollen zu zum
    zur ueber brauchen benoetigen suchen fehlt fehlen mehr gerne bessere besser besseren thema
    bereich gemeinsam gemeinsame gemeinsamen gemeinsamer mit anderen ander andere
    """.split()
)
"""Filler words dropped before the character n-grams (they say nothing about the topic)."""

_RND = re.compile(r"\b(r\s*&\s*d|f\s*&\s*e)\b")


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


def _content(normalised: str) -> str:
    """Return the normalised text without filler words (falls back to the full text)."""
    words = [w for w in normalised.split() if w not in STOPWORDS]
    return " ".join(words) if words else normalised


def _builtin_concepts(text: str) -> list[int]:
    """Return the positions (in :data:`CONCEPTS`) of the built-in concepts a text mentions."""
    padded = f" {normalise(text)} "
    return [
        column
        for column, pieces in enumerate(_CONCEPT_PIECES)
        if any(piece in padded for piece in pieces)
    ]


def _keyword_stem(keyword: str) -> str:
    """Return a catalogue keyword normalised, with a plain plural or inflection ending trimmed.

    "Fachkräfte" -> "fachkraeft" (so it also finds "Fachkräftemangel"), "apprentices" ->
    "apprentic"; only plain endings are trimmed, so "marketing" never becomes "market".
    """
    words = normalise(keyword).split()
    if not words:
        return ""
    last = words[-1]
    if len(last) > 5:
        for ending in ("es", "en", "er", "e", "n", "s"):
            if last.endswith(ending):
                last = last[: -len(ending)]
                break
    return " ".join([*words[:-1], last])


class _KeywordIndex:
    """Finds catalogue keywords at the start of a word, in one pass over a text.

    A substring test per keyword would cost thousands of keywords times thousands of statements;
    indexing the keywords by their first two letters leaves a few candidates per word. Stems
    shorter than four letters must match a whole word ("IT" must not find "item").
    """

    SHORT = 4

    def __init__(self) -> None:
        self._by_start: dict[str, list[tuple[str, int]]] = {}

    def add(self, stem: str, column: int) -> None:
        """Let ``stem`` (normalised) point to a concept column."""
        self._by_start.setdefault(stem[:2], []).append((stem, column))

    def __bool__(self) -> bool:
        return bool(self._by_start)

    def find(self, normalised: str) -> set[int]:
        """Return the concept columns whose keywords start a word of the normalised text."""
        found: set[int] = set()
        size = len(normalised)
        starts = [0, *(i + 1 for i, ch in enumerate(normalised) if ch == " ")]
        for start in starts:
            for stem, column in self._by_start.get(normalised[start : start + 2], ()):
                end = start + len(stem)
                if not normalised.startswith(stem, start):
                    continue
                if len(stem) < self.SHORT and end < size and normalised[end] != " ":
                    continue
                found.add(column)
        return found


@dataclass(frozen=True)
class NeedThemes:
    """The themes found in a scenario and where each stated need went.

    Attributes:
        themes: Every theme with at least one statement, sorted by id.
        assignment: (actor id, index in ``actor.needs``) -> theme id, for every stated need.
    """

    themes: list[Theme]
    assignment: dict[tuple[str, int], str] = field(default_factory=dict)

    @cached_property
    def _by_id(self) -> dict[str, Theme]:
        return {theme.id: theme for theme in self.themes}

    def theme(self, theme_id: str) -> Theme:
        """Return the theme with this id.

        Raises:
            KeyError: No theme has this id.
        """
        return self._by_id[theme_id]

    def actor_weights(self) -> dict[str, dict[str, float]]:
        """Return actor id -> theme id -> total weight of the actor's needs in that theme."""
        weights: dict[str, dict[str, float]] = {}
        for theme in self.themes:
            for actor, weight in theme.actors.items():
                weights.setdefault(actor, {})[theme.id] = weight
        return {actor: dict(sorted(per.items())) for actor, per in sorted(weights.items())}


@dataclass(frozen=True)
class _FreeText:
    """One free-text statement: who said it, where, and what."""

    actor: str
    index: int
    position: int
    text: str
    weight: float


class _Encoder:
    """Turns texts into unit vectors (character n-grams + concepts) sharing one vocabulary."""

    def __init__(self, corpus: Sequence[str], catalogue: Sequence[CatalogueNeed]) -> None:
        self._vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True
        )
        contents = [_content(normalise(text)) for text in corpus]
        # The corpus is exactly what gets encoded later: keep its rows instead of a second pass.
        self._corpus_rows = normalize(self._vectorizer.fit_transform(contents)).tocsr()
        self._row_of = {content: row for row, content in enumerate(contents)}
        self._names = list(CONCEPTS)
        self._keywords = _KeywordIndex()
        for need in catalogue:
            # A keyword the built-in table already knows adds nothing but dilution: only the
            # others become the tag's own concept.
            stems = [
                stem
                for keyword in need.keywords
                if not _builtin_concepts(keyword) and (stem := _keyword_stem(keyword))
            ]
            for stem in stems:
                self._keywords.add(stem, len(self._names))
            if stems:
                self._names.append(f"catalogue:{need.id}")

    def concepts(self, text: str) -> list[str]:
        """Return the names of the concepts a text mentions (for explanations and tests)."""
        return [self._names[column] for column in self._concept_columns(text)]

    def _concept_columns(self, text: str) -> list[int]:
        columns = set(_builtin_concepts(text))
        if self._keywords:
            columns |= self._keywords.find(normalise(text))
        return sorted(columns)

    def encode(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Return one unit row per text: weighted character n-grams and concepts."""
        contents = [_content(normalise(text)) for text in texts]
        if all(content in self._row_of for content in contents):
            chars = self._corpus_rows[[self._row_of[content] for content in contents]]
        else:
            chars = normalize(self._vectorizer.transform(contents))
        concept_sets = [self._concept_columns(text) for text in texts]
        rows, cols = [], []
        for row, columns in enumerate(concept_sets):
            for column in columns:
                rows.append(row)
                cols.append(column)
        concepts = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(self._names))
        )
        combined = sparse.hstack(
            [chars * math.sqrt(1 - CONCEPT_WEIGHT), normalize(concepts) * math.sqrt(CONCEPT_WEIGHT)]
        ).tocsr()
        return normalize(combined)


def _catalogue_phrases(need: CatalogueNeed) -> list[str]:
    """Return the phrases a free-text need is compared with: label, id words, keywords."""
    id_words = need.id.replace("-", " ").replace("_", " ")
    phrases = [p for p in (need.label, id_words, *need.keywords) if normalise(p)]
    # Never empty: a need whose label and id hold no letters or digits keeps its raw id.
    return list(dict.fromkeys(phrases)) or [need.id]


def _match_catalogue(
    encoder: _Encoder,
    statements: Sequence[_FreeText],
    catalogue: Sequence[CatalogueNeed],
    threshold: float,
) -> list[str | None]:
    """Return, per statement, the catalogue need id it matches (None when none is close enough).

    A statement is compared with each phrase of a need (label, id words, each keyword) on its
    own; the need's similarity is its best phrase's. Comparing with the phrases one by one rather
    than with one long document keeps a short statement ("Azubis gewinnen") from being diluted by
    a long list of keywords.
    """
    if not statements or not catalogue:
        return [None] * len(statements)
    phrases: list[str] = []
    starts: list[int] = []  # first phrase of each need (every need has at least its id words)
    for need in catalogue:
        starts.append(len(phrases))
        phrases.extend(_catalogue_phrases(need))
    statement_vectors = encoder.encode([s.text for s in statements])
    phrase_vectors = encoder.encode(phrases)
    similarity = (statement_vectors @ phrase_vectors.T).toarray()
    best = np.maximum.reduceat(similarity, starts, axis=1)
    choices = np.argmax(best, axis=1)  # first maximum: catalogue order breaks ties
    return [
        catalogue[choice].id if best[row, choice] >= threshold else None
        for row, choice in enumerate(choices.tolist())
    ]


def _cluster(vectors: sparse.csr_matrix, threshold: float) -> tuple[np.ndarray, np.ndarray]:
    """Group rows by average linkage at a similarity threshold; return labels and similarities.

    Two groups merge while the average similarity between their statements is at least
    ``threshold``. Average linkage rather than connected components of the "similar enough"
    graph: a chain of pairwise-similar statements ("Messe" ~ "Messe im Ausland" ~ "Vertrieb im
    Ausland") does not merge two topics unless the groups are similar on average. On the
    hand-labelled statements in ``tests/needs_fixtures`` it gave an adjusted Rand index of 0.86
    against 0.61 for connected components at the default threshold.
    """
    count = vectors.shape[0]
    similarity = (vectors @ vectors.T).toarray()
    if count == 1:
        return np.zeros(1, dtype=int), similarity
    distance = np.clip(1.0 - similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    # A tiny tolerance keeps a pair at exactly the threshold together despite rounding.
    return fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance"), similarity


def _shorten(text: str, limit: int = LABEL_LENGTH) -> str:
    """Return text on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


def _totals(statements: Iterable[tuple[str, float]]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for actor, weight in statements:
        totals[actor] = totals.get(actor, 0.0) + weight
    return dict(sorted(totals.items()))


def find_themes(scenario: Scenario) -> NeedThemes:
    """Return the need themes of a scenario: catalogue tags and clusters of free text.

    Args:
        scenario: A validated scenario.

    Returns:
        The themes (each with its statements and per-actor weights) and where each need went.
    """
    catalogue = {need.id: need for need in scenario.needs}
    settings = scenario.themes
    assignment: dict[tuple[str, int], str] = {}
    members: dict[str, list[tuple[int, Statement, float]]] = {}
    free: list[_FreeText] = []
    position = 0
    for actor in scenario.actors:
        for index, need in enumerate(actor.needs):
            position += 1
            if need.need is not None:
                label = catalogue[need.need].label if need.need in catalogue else need.need
                assignment[(actor.id, index)] = need.need
                members.setdefault(need.need, []).append(
                    (position, Statement(actor=actor.id, text=label), need.weight)
                )
            else:
                assert need.text is not None
                free.append(_FreeText(actor.id, index, position, need.text, need.weight))

    free_labels: dict[str, str] = {}
    if free:
        # Canonical order: the grouping must not depend on the order of actors in the file.
        free.sort(key=lambda s: (s.text, s.actor, s.index))
        corpus = [s.text for s in free] + [
            p for need in scenario.needs for p in _catalogue_phrases(need)
        ]
        encoder = _Encoder(corpus, scenario.needs)
        matches = _match_catalogue(
            encoder, free, scenario.needs, settings.catalogue_match_threshold
        )
        for statement, match in zip(free, matches, strict=True):
            if match is not None:
                assignment[(statement.actor, statement.index)] = match
                members.setdefault(match, []).append(
                    (statement.position, Statement(actor=statement.actor, text=statement.text),
                     statement.weight)
                )
        rest = [s for s, match in zip(free, matches, strict=True) if match is None]
        if rest:
            free_labels = _free_themes(encoder, rest, settings.cluster_threshold, catalogue,
                                       assignment, members)

    themes: list[Theme] = []
    for theme_id, entries in members.items():
        entries.sort(key=lambda entry: entry[0])
        need = catalogue.get(theme_id)
        if theme_id in free_labels:
            label, needs, sensitivity = free_labels[theme_id], [], "none"
        elif need is not None:
            label, needs, sensitivity = need.label, [need.id], need.sensitivity
        else:  # a tag missing from the catalogue: keep it as its own theme
            label, needs, sensitivity = theme_id, [theme_id], "none"
        themes.append(
            Theme(
                id=theme_id,
                label=label,
                needs=needs,
                sensitivity=sensitivity,
                statements=[statement for _, statement, _ in entries],
                actors=_totals((statement.actor, weight) for _, statement, weight in entries),
            )
        )
    themes.sort(key=lambda theme: theme.id)
    return NeedThemes(themes=themes, assignment=dict(sorted(assignment.items())))


def _free_themes(
    encoder: _Encoder,
    statements: list[_FreeText],
    threshold: float,
    catalogue: dict[str, CatalogueNeed],
    assignment: dict[tuple[str, int], str],
    members: dict[str, list[tuple[int, Statement, float]]],
) -> dict[str, str]:
    """Cluster unmatched free text into new themes; fill ``assignment`` and ``members``.

    Returns:
        New theme id -> label (the cluster's most central statement, shortened).
    """
    vectors = encoder.encode([s.text for s in statements])
    labels, similarity = _cluster(vectors, threshold)
    clusters: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        clusters.setdefault(int(label), []).append(row)
    # Number the new themes in the order their first statement appears in the file.
    ordered = sorted(clusters.values(), key=lambda rows: min(statements[r].position for r in rows))
    taken = set(catalogue)
    number = 0
    names: dict[str, str] = {}
    for rows in ordered:
        number += 1
        while f"{FREE_THEME_PREFIX}{number}" in taken:
            number += 1
        theme_id = f"{FREE_THEME_PREFIX}{number}"
        centrality = similarity[np.ix_(rows, rows)].sum(axis=1)
        # Ties (always in a group of two) go to the shorter, then alphabetically first text,
        # so the label does not depend on the order of the actors either.
        central = min(
            range(len(rows)),
            key=lambda k: (
                -round(float(centrality[k]), 9),
                len(statements[rows[k]].text),
                statements[rows[k]].text,
            ),
        )
        names[theme_id] = _shorten(statements[rows[central]].text)
        for row in rows:
            statement = statements[row]
            assignment[(statement.actor, statement.index)] = theme_id
            members.setdefault(theme_id, []).append(
                (statement.position, Statement(actor=statement.actor, text=statement.text),
                 statement.weight)
            )
    return names


def themes_addressed(
    themes: NeedThemes | Sequence[Theme], addresses: str | Sequence[str]
) -> list[str]:
    """Return the ids of the themes a project type (or explicit project) can work on.

    Args:
        themes: The need themes (a :class:`NeedThemes` or its list of themes).
        addresses: ``"any"`` (every theme) or a list of catalogue need ids (the themes whose
            ``needs`` include one of them).

    Returns:
        Theme ids, sorted.
    """
    theme_list = themes.themes if isinstance(themes, NeedThemes) else list(themes)
    if isinstance(addresses, str):
        if addresses != "any":
            raise ValueError(f"addresses must be 'any' or a list of need ids, not {addresses!r}")
        return sorted(theme.id for theme in theme_list)
    wanted = set(addresses)
    return sorted(theme.id for theme in theme_list if wanted.intersection(theme.needs))

