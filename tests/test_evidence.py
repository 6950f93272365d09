"""show_evidence: the sentence behind any row, as HTML in notebooks and plain text elsewhere."""

from __future__ import annotations

import pandas as pd
import pytest

import helpers
from helpers.charts.style import _short, _wrap, plural


@pytest.mark.parametrize("table", ["statements", "numbers", "mentions", "call_mentions", "calls", "claims", "terms"])
def test_every_table_shows_its_sentence_outlet_and_span(seed_corpus, table):
    rows = {"claims": lambda c: helpers.align_claims(c), "terms": lambda c: helpers.distinctive_terms(c, top=2)}.get(
        table, lambda c: getattr(c, table))(seed_corpus).head(3)
    shown = helpers.show_evidence(rows, seed_corpus)
    assert shown.items
    text, page = str(shown), shown._repr_html_()
    labels = set(seed_corpus.articles["label"])
    assert all(item["label"] in labels for item in shown.items)
    assert shown.items[0]["label"] in text and shown.items[0]["label"].split(" (")[0] in page
    if table not in ("claims",):  # a claim is the whole sentence
        assert "«" in text and "<mark" in page


def test_rows_without_sentences_say_so():
    shown = helpers.show_evidence(pd.DataFrame({"x": [1]}))
    assert "No evidence" in str(shown) and "No evidence" in shown._repr_html_()


@pytest.mark.parametrize("n, noun, expected", [(1, "statement", "1 statement"), (2, "source", "2 sources"),
                                               (0, "article", "0 articles"), (1200, "word", "1,200 words")])
def test_plural(n, noun, expected):
    assert plural(n, noun) == expected


@pytest.mark.parametrize("text, width", [
    ("but insisted the move was in response to concerns", 20),
    ("a Statement from the White House issued after the call", 12),
    ("burnhamandhighbridgeweeklynews.co.uk", 22),
])
def test_text_is_cut_and_wrapped_at_word_boundaries(text, width):
    words = set(text.replace(".co", " .co").split()) | {text.split(".")[0]}
    for line in _wrap(text, width).split("\n"):
        assert all(w in words for w in line.split())
    assert all(w in words for w in _short(text, width).rstrip("…").split())


def test_articles_show_the_evidence_for_their_inferred_outlet(seed_corpus):
    inferred = seed_corpus.articles[seed_corpus.articles["outlet_source"] == "inferred"]
    shown = helpers.show_evidence(inferred, seed_corpus)
    assert len(shown.items) == len(inferred) >= 2
    assert all(item["span"] == outlet for item, outlet in zip(shown.items, inferred["outlet"]))
    assert "/" not in shown.items[0]["link"] or shown.items[0]["link"].startswith("http")
