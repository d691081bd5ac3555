"""Need themes: tagged needs join their tag, free text is grouped as a person would group it.

Every need an actor states ends up in exactly one :class:`~trustmatch.results.Theme`:

* a **tagged** need (``need: skilled-workers``) belongs to the theme of that catalogue tag;
* **free-text** needs are grouped with each other (average-linkage clustering at
  ``themes.cluster_threshold``);
* with a **catalogue**, its labels and keywords are anchors: a group whose statements resemble a
  tag on average (``themes.catalogue_match_threshold``) becomes that tag's theme (two groups
  resembling the same tag merge), and a statement that resembles another tag clearly more than
  its group's tag moves to that tag. Groups no tag fits stay free themes ``theme-1``,
  ``theme-2``..., numbered in the order in which they first appear in the scenario file;
* finally the manager's **corrections** (``themes.corrections``) move single statements to a
  tag or to another statement's theme.

Representation (see :mod:`trustmatch.needs.text` and :mod:`trustmatch.needs.lexicon`): each
statement is lemmatised (simplemma, German and English), German compounds are split, and two
parts are combined into one unit vector: TF-IDF over character n-grams (3-5 letters) of the
lemmas and compound parts, which survives typos and inflection; and the concepts of the
bilingual lexicon the statement mentions, which bridges synonyms and languages that share no
letters ("Nachwuchs" / "apprentices"). :data:`CONCEPT_WEIGHT` splits the similarity between the
two. No model is downloaded; simplemma's dictionaries ship with the package.

Confidence. Each statement gets a confidence between 0 and 1: how much closer it is to its own
theme than to the next best one (for a theme of one, how far it is from every other
statement; at most :data:`UNRECOGNISED_CONFIDENCE` when the lexicon recognises no topic in
it). Below ``themes.unsure_below`` the assignment is flagged unsure, for the manager to
check (``trustmatch themes FILE``).

Determinism. Free-text statements are processed in a canonical order (by text, then actor, then
position), so the grouping depends only on *what* was said, not on the order of the actors in the
file; only the numbering of new themes follows the file order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from trustmatch.needs.lexicon import Lexicon, build_lexicon
from trustmatch.needs.text import content_text, normalise, words
from trustmatch.results import Statement, Theme
from trustmatch.scenario.models import CatalogueNeed, Scenario

__all__ = [
    "CONCEPT_WEIGHT",
    "FREE_THEME_PREFIX",
    "LABEL_LENGTH",
    "REASSIGN_MARGIN",
    "NeedThemes",
    "SimilarStatement",
    "find_themes",
    "normalise",
    "themes_addressed",
]

CONCEPT_WEIGHT = 0.6
"""Share of the similarity that comes from shared concepts (the rest from character n-grams)."""

TAG_BEST_PHRASE = 0.5
"""Share of a statement's similarity to a tag that comes from the tag's closest phrase (the
rest from the tag as a whole: all its phrases together)."""

REASSIGN_MARGIN = 0.1
"""How much closer a statement must be to another tag than to its group's tag to move there."""

UNRECOGNISED_CONFIDENCE = 0.5
"""Highest confidence of a statement in which the lexicon recognised no topic at all."""

LABEL_LENGTH = 70
"""Longest label of a free-text theme, in characters (longer statements are shortened)."""

FREE_THEME_PREFIX = "theme-"
"""Id prefix of themes made of free text."""

_LABEL_SPLIT = re.compile(r"\s+/\s+|;")


@dataclass(frozen=True)
class SimilarStatement:
    """A statement of another member in another theme that resembles a given need.

    Attributes:
        actor: Id of the member who stated it.
        text: The statement.
        theme: Id of the theme it is in.
        similarity: Cosine similarity (0-1) of the two statements.
    """

    actor: str
    text: str
    theme: str
    similarity: float


@dataclass(frozen=True)
class NeedThemes:
    """The themes found in a scenario and where each stated need went.

    Attributes:
        themes: Every theme with at least one statement, sorted by id.
        assignment: (actor id, index in ``actor.needs``) -> theme id, for every stated need.
        similar: (actor id, index) -> the most similar statement of another member in another
            theme, for the needs of themes that only one member states (when one reaches
            ``themes.similar_threshold``).
        resembles: Free-text theme id -> the catalogue need its statements resemble most on
            average, when that reaches ``themes.similar_threshold`` (not close enough to join).
    """

    themes: list[Theme]
    assignment: dict[tuple[str, int], str] = field(default_factory=dict)
    similar: dict[tuple[str, int], SimilarStatement] = field(default_factory=dict)
    resembles: dict[str, str] = field(default_factory=dict)

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

    def unsure(self) -> list[tuple[Theme, Statement]]:
        """Return (theme, statement) for every assignment flagged unsure, in theme order."""
        return [(t, s) for t in self.themes for s in t.statements if s.unsure]

    def similar_elsewhere(self, actor: str, theme_id: str) -> SimilarStatement | None:
        """Return the statement of another member most like the actor's need on a theme.

        Args:
            actor: Actor id.
            theme_id: One of the actor's themes.

        Returns:
            The most similar statement in another theme (None when none is even loosely
            similar, or the theme is stated by more than one member).
        """
        found = [
            near
            for (who, index), near in self.similar.items()
            if who == actor and self.assignment.get((who, index)) == theme_id
        ]
        return max(found, key=lambda n: (n.similarity, n.actor), default=None)


@dataclass(frozen=True)
class _Need:
    """One stated need: who said it, where, what, and whether it was tagged."""

    actor: str
    index: int
    position: int
    text: str
    weight: float
    tag: str | None


class _Encoder:
    """Turns texts into unit vectors (character n-grams + concepts) sharing one vocabulary."""

    def __init__(self, corpus: Sequence[str], lexicon: Lexicon) -> None:
        self._vectorizer = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), lowercase=False, sublinear_tf=True
        )
        self._vectorizer.fit([content_text(text) for text in corpus] or ["x"])
        self.lexicon = lexicon

    def encode(self, texts: Sequence[str]) -> sparse.csr_matrix:
        """Return one unit row per text: weighted character n-grams and concepts."""
        chars = normalize(self._vectorizer.transform([content_text(t) for t in texts]))
        rows, cols = [], []
        for row, text in enumerate(texts):
            for column in sorted(self.lexicon.columns(words(text))):
                rows.append(row)
                cols.append(column)
        concepts = sparse.csr_matrix(
            (np.ones(len(rows)), (rows, cols)), shape=(len(texts), len(self.lexicon.names))
        )
        combined = sparse.hstack(
            [chars * math.sqrt(1 - CONCEPT_WEIGHT), normalize(concepts) * math.sqrt(CONCEPT_WEIGHT)]
        ).tocsr()
        return normalize(combined)


def _catalogue_phrases(need: CatalogueNeed) -> list[str]:
    """Return the phrases a statement is compared with: label (each language), id, keywords."""
    id_words = need.id.replace("-", " ").replace("_", " ")
    labels = [part.strip() for part in _LABEL_SPLIT.split(need.label)]
    phrases = [p for p in (*labels, id_words, *need.keywords) if normalise(p)]
    # Never empty: a need whose label and id hold no letters or digits keeps its raw id.
    return list(dict.fromkeys(phrases)) or [need.id]


def _tag_similarity(
    encoder: _Encoder, vectors: sparse.csr_matrix, catalogue: Sequence[CatalogueNeed]
) -> np.ndarray:
    """Return statements x tags: each statement's similarity to the tag's closest phrase.

    Comparing with the phrases one by one rather than with one long document keeps a short
    statement ("Azubis gewinnen") from being diluted by a long list of keywords.
    """
    phrases: list[str] = []
    starts: list[int] = []
    for need in catalogue:
        starts.append(len(phrases))
        phrases.extend(_catalogue_phrases(need))
    phrase_vectors = encoder.encode(phrases)
    similarity = (vectors @ phrase_vectors.T).toarray()
    best = np.maximum.reduceat(similarity, starts, axis=1)
    ends = [*starts[1:], len(phrases)]
    centroids = normalize(sparse.vstack([
        sparse.csr_matrix(phrase_vectors[start:end].mean(axis=0))
        for start, end in zip(starts, ends, strict=True)
    ]))
    whole = (vectors @ centroids.T).toarray()
    return TAG_BEST_PHRASE * best + (1 - TAG_BEST_PHRASE) * whole


def _cluster(similarity: np.ndarray, threshold: float) -> np.ndarray:
    """Group rows by average linkage at a similarity threshold; return a label per row.

    Two groups merge while the average similarity between their statements is at least
    ``threshold``. Average linkage rather than connected components of the "similar enough"
    graph: a chain of pairwise-similar statements ("Messe" ~ "Messe im Ausland" ~ "Vertrieb im
    Ausland") does not merge two topics unless the groups are similar on average.
    """
    count = similarity.shape[0]
    if count == 1:
        return np.zeros(1, dtype=int)
    distance = np.clip(1.0 - similarity, 0.0, 1.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    # A tiny tolerance keeps a pair at exactly the threshold together despite rounding.
    return fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance")


def _shorten(text: str, limit: int = LABEL_LENGTH) -> str:
    """Return text on one line, cut at a word boundary to at most ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return cut + "…"


def _group_free_text(
    free: list[_Need],
    similarity: np.ndarray,
    tag_similarity: np.ndarray | None,
    catalogue: Sequence[CatalogueNeed],
    cluster_threshold: float,
    match_threshold: float,
) -> list[str]:
    """Return a group key per free statement: ``tag:<id>`` or ``group:<n>``."""
    labels = _cluster(similarity, cluster_threshold)
    keys = [f"group:{int(label)}" for label in labels]
    if tag_similarity is None or not catalogue:
        return keys
    members: dict[str, list[int]] = {}
    for row, key in enumerate(keys):
        members.setdefault(key, []).append(row)
    out = list(keys)
    for rows in members.values():
        mean = tag_similarity[rows].mean(axis=0)
        best = int(np.argmax(mean))  # first maximum: catalogue order breaks ties
        group_tag = best if mean[best] >= match_threshold else None
        for row in rows:
            own = int(np.argmax(tag_similarity[row]))
            own_score = tag_similarity[row, own]
            if group_tag is not None:
                # A statement clearly closer to another tag than to its group's tag is the
                # catalogue correcting the grouping ("Strompreis" / "CO2-Bilanz" merged).
                moves = own != group_tag and own_score >= match_threshold and (
                    own_score - tag_similarity[row, group_tag] >= REASSIGN_MARGIN
                )
                out[row] = f"tag:{catalogue[own if moves else group_tag].id}"
            elif len(rows) == 1 and own_score >= match_threshold:
                out[row] = f"tag:{catalogue[own].id}"
    return out


def _confidences(
    keys: list[str],
    similarity: np.ndarray,
    tag_similarity: np.ndarray | None,
    tag_column: dict[str, int],
    cluster_threshold: float,
    topical: list[bool],
) -> list[float]:
    """Return each free statement's confidence in its group (see the module docstring)."""
    members: dict[str, list[int]] = {}
    for row, key in enumerate(keys):
        members.setdefault(key, []).append(row)
    out: list[float] = []
    for row, key in enumerate(keys):
        closeness: dict[str, float] = {}
        for other, rows in members.items():
            rest = [r for r in rows if r != row]
            score = float(similarity[row, rest].mean()) if rest else 0.0
            if tag_similarity is not None and other.startswith("tag:"):
                score = max(score, float(tag_similarity[row, tag_column[other[4:]]]))
            closeness[other] = score
        if tag_similarity is not None:
            for tag, column in tag_column.items():
                closeness.setdefault(f"tag:{tag}", float(tag_similarity[row, column]))
        own = closeness.pop(key)
        rival = max(closeness.values(), default=0.0)
        if len(members[key]) == 1 and not key.startswith("tag:"):
            # A theme of one: sure when nothing else resembles it.
            nearest = max(
                (float(similarity[row, r]) for r in range(len(keys)) if r != row), default=0.0
            )
            value = 1.0 - nearest / (2 * cluster_threshold) if cluster_threshold > 0 else 1.0
        elif own + rival > 0:
            value = own / (own + rival)
        else:
            value = 1.0
        if not topical[row]:
            # No concept of the lexicon recognised: the grouping rests on letters alone.
            value = min(value, UNRECOGNISED_CONFIDENCE)
        out.append(round(min(1.0, max(0.0, value)), 3))
    return out


def find_themes(scenario: Scenario) -> NeedThemes:
    """Return the need themes of a scenario: catalogue tags, groups of free text, corrections.

    Args:
        scenario: A validated scenario.

    Returns:
        The themes (each with its statements, their confidence and per-actor weights) and where
        each need went.
    """
    catalogue = {need.id: need for need in scenario.needs}
    settings = scenario.themes
    needs: list[_Need] = []
    position = 0
    for actor in scenario.actors:
        for index, need in enumerate(actor.needs):
            position += 1
            if need.need is not None:
                label = catalogue[need.need].label if need.need in catalogue else need.need
                needs.append(_Need(actor.id, index, position, label, need.weight, need.need))
            else:
                assert need.text is not None
                needs.append(_Need(actor.id, index, position, need.text, need.weight, None))

    key_of: dict[tuple[str, int], str] = {}
    confidence: dict[tuple[str, int], float] = {}
    for need in needs:
        if need.tag is not None:
            key_of[(need.actor, need.index)] = f"tag:{need.tag}"
    # Canonical order: the grouping must not depend on the order of actors in the file.
    free = sorted(
        (n for n in needs if n.tag is None), key=lambda n: (n.text, n.actor, n.index)
    )
    # Without free text nothing is compared: a cluster of thousands of tagged needs never loads
    # the dictionaries or builds a vocabulary.
    phrases = [p for need in scenario.needs for p in _catalogue_phrases(need)] if free else []
    encoder = (
        _Encoder(
            [n.text for n in free] + phrases,
            build_lexicon([(n.id, n.keywords) for n in scenario.needs]),
        )
        if free else None
    )
    vectors = encoder.encode([n.text for n in free]) if encoder is not None else None
    if free:
        assert encoder is not None and vectors is not None
        similarity = (vectors @ vectors.T).toarray()
        tag_similarity = (
            _tag_similarity(encoder, vectors, scenario.needs) if scenario.needs else None
        )
        keys = _group_free_text(
            free, similarity, tag_similarity, scenario.needs, settings.cluster_threshold,
            settings.catalogue_match_threshold,
        )
        tag_column = {need.id: column for column, need in enumerate(scenario.needs)}
        topical = [bool(encoder.lexicon.columns(words(n.text))) for n in free]
        scores = _confidences(
            keys, similarity, tag_similarity, tag_column, settings.cluster_threshold, topical
        )
        for need, key, score in zip(free, keys, scores, strict=True):
            key_of[(need.actor, need.index)] = key
            confidence[(need.actor, need.index)] = score

    tag_closeness: dict[tuple[str, int], np.ndarray] = {}
    if free and scenario.needs:
        for row, need in enumerate(free):
            tag_closeness[(need.actor, need.index)] = tag_similarity[row]
    corrected = _apply_corrections(scenario, key_of)
    built = _build(
        scenario, needs, key_of, confidence, corrected, encoder, settings.unsure_below,
        settings.similar_threshold,
    )
    resembles: dict[str, str] = {}
    for theme in built.themes:
        if theme.needs or not tag_closeness:
            continue
        rows = [tag_closeness[(s.actor, s.need - 1)] for s in theme.statements
                if (s.actor, s.need - 1) in tag_closeness]
        if rows:
            mean = np.mean(rows, axis=0)
            best = int(np.argmax(mean))
            if mean[best] >= settings.similar_threshold:
                resembles[theme.id] = scenario.needs[best].id
    return NeedThemes(
        themes=built.themes, assignment=built.assignment, similar=built.similar,
        resembles=resembles,
    )


def _apply_corrections(scenario: Scenario, key_of: dict[tuple[str, int], str]) -> set:
    """Apply ``themes.corrections`` in order to the group keys; return the corrected needs."""
    corrected: set[tuple[str, int]] = set()
    for correction in scenario.themes.corrections:
        source = correction.resolve(scenario)
        if correction.tag is not None:
            key_of[source] = f"tag:{correction.tag}"
        else:
            assert correction.same_as is not None
            key_of[source] = key_of[correction.same_as.resolve(scenario)]
        corrected.add(source)
    return corrected


def _build(
    scenario: Scenario,
    needs: list[_Need],
    key_of: dict[tuple[str, int], str],
    confidence: dict[tuple[str, int], float],
    corrected: set[tuple[str, int]],
    encoder: _Encoder | None,
    unsure_below: float,
    similar_threshold: float,
) -> NeedThemes:
    """Turn group keys into themes: ids, labels, statements, weights, similar statements."""
    catalogue = {need.id: need for need in scenario.needs}
    groups: dict[str, list[_Need]] = {}
    for need in needs:  # file order
        groups.setdefault(key_of[(need.actor, need.index)], []).append(need)
    taken = set(catalogue) | {k[4:] for k in groups if k.startswith("tag:")}
    theme_id: dict[str, str] = {}
    number = 0
    for key in groups:  # free groups are numbered in the order their first need appears
        if key.startswith("tag:"):
            theme_id[key] = key[4:]
            continue
        number += 1
        while f"{FREE_THEME_PREFIX}{number}" in taken:
            number += 1
        theme_id[key] = f"{FREE_THEME_PREFIX}{number}"

    texts = sorted({n.text for n in needs})
    vectors = encoder.encode(texts) if texts and encoder is not None else None
    row_of = {text: row for row, text in enumerate(texts)}
    assignment: dict[tuple[str, int], str] = {}
    themes: list[Theme] = []
    for key, members in groups.items():
        ident = theme_id[key]
        statements: list[Statement] = []
        totals: dict[str, float] = {}
        for need in members:
            where = (need.actor, need.index)
            assignment[where] = ident
            score = 1.0 if need.tag is not None or where in corrected else confidence[where]
            statements.append(
                Statement(
                    actor=need.actor,
                    text=need.text,
                    need=need.index + 1,
                    confidence=score,
                    unsure=score < unsure_below,
                    corrected=where in corrected,
                )
            )
            totals[need.actor] = totals.get(need.actor, 0.0) + need.weight
        tag = catalogue.get(ident) if key.startswith("tag:") else None
        if tag is not None:
            label, tags, sensitivity = tag.label, [tag.id], tag.sensitivity
        elif key.startswith("tag:"):  # a tag missing from the catalogue: its own theme
            label, tags, sensitivity = ident, [ident], "none"
        else:
            label, tags, sensitivity = _central_label(members, vectors, row_of), [], "none"
        themes.append(
            Theme(
                id=ident, label=label, needs=tags, sensitivity=sensitivity,
                statements=statements, actors=dict(sorted(totals.items())),
            )
        )
    themes.sort(key=lambda theme: theme.id)
    similar = _similar_statements(
        themes, needs, assignment, vectors, row_of, similar_threshold,
        encoder.lexicon if encoder is not None else None,
    )
    return NeedThemes(
        themes=themes, assignment=dict(sorted(assignment.items())), similar=similar
    )


def _central_label(
    members: list[_Need], vectors: sparse.csr_matrix | None, row_of: dict[str, int]
) -> str:
    """Return the group's most central statement, shortened, as its label.

    Ties (always in a group of two) go to the shorter, then alphabetically first text, so the
    label does not depend on the order of the actors either.
    """
    assert vectors is not None
    rows = [row_of[m.text] for m in members]
    block = vectors[rows]
    centrality = np.asarray((block @ block.T).sum(axis=1)).ravel()
    central = min(
        range(len(members)),
        key=lambda k: (-round(float(centrality[k]), 9), len(members[k].text), members[k].text),
    )
    return _shorten(members[central].text)


def _similar_statements(
    themes: list[Theme],
    needs: list[_Need],
    assignment: dict[tuple[str, int], str],
    vectors: sparse.csr_matrix | None,
    row_of: dict[str, int],
    threshold: float,
    lexicon: Lexicon | None,
) -> dict[tuple[str, int], SimilarStatement]:
    """For needs of themes stated by one member: the most similar statement of another member.

    Only those needs get a "nobody else states this" verdict, so only they are compared (with
    every distinct statement text: cheap even for thousands of tagged needs). Similar means: a
    similarity of at least ``threshold`` and a shared topic (a concept of the lexicon or a
    content word), so that letters shared by chance ("Schaufenster" / "kaufen") do not count.
    """
    sole = {theme.id for theme in themes if len(theme.actors) <= 1}
    lonely = [n for n in needs if assignment[(n.actor, n.index)] in sole]
    if not lonely or vectors is None or lexicon is None:
        return {}
    similarity = (vectors[[row_of[n.text] for n in lonely]] @ vectors.T).toarray()
    by_text: dict[str, list[_Need]] = {}
    for need in needs:
        by_text.setdefault(need.text, []).append(need)
    texts = sorted(row_of, key=row_of.__getitem__)
    out: dict[tuple[str, int], SimilarStatement] = {}
    for line, need in enumerate(lonely):
        own_theme = assignment[(need.actor, need.index)]
        best: SimilarStatement | None = None
        for column in np.argsort(-similarity[line], kind="stable"):
            score = float(similarity[line, column])
            if score < threshold:
                break
            others = [
                o for o in by_text[texts[column]]
                if o.actor != need.actor and assignment[(o.actor, o.index)] != own_theme
            ]
            if others and not _share_topic(need.text, texts[column], lexicon):
                continue
            if others:
                other = min(others, key=lambda o: o.position)
                best = SimilarStatement(
                    actor=other.actor, text=other.text,
                    theme=assignment[(other.actor, other.index)], similarity=round(score, 3),
                )
                break
        if best is not None:
            out[(need.actor, need.index)] = best
    return out


TOPIC_WORD = 4
"""Shortest content word that counts as a shared topic of two statements."""


def _share_topic(first: str, second: str, lexicon: Lexicon) -> bool:
    """Return whether two statements share a concept or a content word (lemma or part)."""
    first_words, second_words = words(first), words(second)
    if lexicon.columns(first_words) & lexicon.columns(second_words):
        return True

    def topic(found) -> set[str]:
        return {
            form for word in found if not word.filler
            for form in (*word.lemmas, *word.parts) if len(form) >= TOPIC_WORD
        }

    return bool(topic(first_words) & topic(second_words))


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
