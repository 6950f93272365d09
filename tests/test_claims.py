"""Claim alignment across outlets, framing terms, outlet summaries."""

from __future__ import annotations


import pytest

from helpers.claims import align_claims, blindspots, claims_matrix, coverage_scores

from conftest import FIXTURES, load_quietly
from gold import write_paragraph_articles, claim_pairs, parse_gold_claims, score


@pytest.fixture(scope="module")
def gold_claims(tmp_path_factory):
    gold = parse_gold_claims(FIXTURES / "gold" / "claims.md")
    folder = write_paragraph_articles(gold, tmp_path_factory.mktemp("gold_claims"))
    corpus = load_quietly(folder)
    return gold, corpus


def alignment_score(gold, corpus, **kwargs) -> dict:
    claims = align_claims(corpus, **kwargs)
    texts = corpus.articles.set_index("article_id")["text"]
    starts = corpus.sentences.set_index(["article_id", "sent_idx"])["start"]
    predicted_rows = [(r.article_id, texts[r.article_id][:starts[(r.article_id, r.sent_idx)]].count("\n\n"), f"p{r.claim_id}")
                      for r in claims.itertuples()]
    predicted = {p for p in claim_pairs(predicted_rows)}
    wanted = claim_pairs([(a["name"], i, c) for a in gold for i, c in enumerate(a["claims"])])
    return score(len(predicted & wanted), len(predicted - wanted), len(wanted - predicted))


def test_lexical_alignment_on_gold(gold_claims):
    gold, corpus = gold_claims
    result = alignment_score(gold, corpus)
    print("\nclaim alignment, lexical:", result)
    assert result["precision"] >= 0.8 and result["recall"] >= 0.4


def test_claim_tables_on_seeds(seed_corpus):
    claims = align_claims(seed_corpus)
    assert 0.8 * len(seed_corpus.sentences) <= len(claims) <= len(seed_corpus.sentences)
    matrix = claims_matrix(claims, min_outlets=2)
    assert (matrix.sum(axis=1) >= 2).all()
    only = blindspots(claims)
    assert set(only["label"]) <= set(seed_corpus.articles["label"])
    scores = coverage_scores(claims)
    assert scores["coverage"].between(0, 1).all() and len(scores) == 5
