"""Claim alignment across outlets, framing terms, outlet summaries."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from helpers.compare.claims import align_claims, blindspots, claims_matrix, coverage_scores

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


def syndicated_corpus(n_reprints: int) -> SimpleNamespace:
    """Wire copy reprinted word for word by ``n_reprints`` outlets, plus one outlet that
    rewrote the first sentence and one that carried a sentence nobody else did."""
    wire = [
        ("Biden warned Putin of swift and severe costs if Russia invaded Ukraine.", "biden warn putin swift severe cost russia invade ukraine"),
        ("The call lasted about an hour and ended without a breakthrough.", "call last hour end breakthrough"),
        ("Macron spoke with Putin earlier on Saturday for nearly two hours.", "macron speak putin early saturday nearly hour"),
    ]
    rewrite = ("Putin was warned by Biden that Russia would pay swift and severe costs for invading Ukraine.",
               "putin warn biden russia pay swift severe cost invade ukraine")
    own = ("Fishermen in Crimea said they had not been told about the naval exercises.", "fisherman crimea tell naval exercise")
    articles = [(f"wire{i:03d}", f"outlet{i:03d}.example", wire) for i in range(n_reprints)]
    articles += [("rewrite", "rewrite.example", [rewrite, wire[1]]), ("own", "own.example", [own])]
    sentences = pd.DataFrame([{"article_id": a, "sent_idx": i, "start": 0, "end": len(text), "text": text, "terms": terms}
                              for a, _, rows in articles for i, (text, terms) in enumerate(rows)])
    table = pd.DataFrame([{"article_id": a, "outlet": o, "label": o} for a, o, _ in articles])
    return SimpleNamespace(sentences=sentences, articles=table)


def test_reprinted_wire_copy_is_one_claim_and_scored_once(monkeypatch):
    from helpers.compare import claims as claims_module

    scored = []
    original = claims_module.cross_article_pairs
    monkeypatch.setattr(claims_module, "cross_article_pairs", lambda items, *a, **k: scored.append(len(items)) or original(items, *a, **k))
    claims = align_claims(syndicated_corpus(300))
    assert scored == [5]  # three wire sentences, the rewrite, the lone sentence: not 902 sentences
    by_text = claims.groupby("sentence")["claim_id"].nunique()
    assert (by_text == 1).all()
    outlets = claims.groupby("claim_id")["label"].nunique().sort_values(ascending=False).tolist()
    assert outlets == [301, 301, 300, 1]  # the rewrite joins the warning; the lone sentence stays alone
    warning = claims.loc[claims["sentence"].str.startswith("Putin was warned"), "claim_id"].iloc[0]
    assert claims.loc[claims["article_id"] == "wire000"].iloc[0]["claim_id"] == warning
