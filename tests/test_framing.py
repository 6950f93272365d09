"""Framing words: style words left out, pairs as written, examples in context; loaded terms."""

from __future__ import annotations

import pytest

from helpers.compare import framing


@pytest.mark.parametrize("text, entities, present, absent", [
    ("Mr Biden told the Russian leader on Saturday that costs would be severe.", [(3, 8, "Joe Biden")],
     ["Joe Biden", "costs", "severe"], ["mr", "told", "tell", "saturday", "leader", "biden"]),
    ("The US will impose swift and heavy costs, officials said in February.", [],
     ["heavy costs", "impose", "swift"], ["said", "february", "officials", "swift heavy"]),
    ("Blinken told Russian diplomats the offer stands.", [(0, 7, "Antony Blinken")],
     ["russian diplomats"], ["tell russian", "told russian", "blinken"]),
    ("The United States sent troops, including paratroopers.", [(4, 17, "United States")],
     ["United States", "troops", "paratroopers"], ["united", "states", "sent", "including"]),
])
def test_sentence_terms_keep_content_and_entities_only(text, entities, present, absent):
    terms = framing.sentence_terms(text, entities)
    assert all(t in terms for t in present), terms
    assert not any(t in terms for t in absent), terms


@pytest.mark.parametrize("text, term, example", [
    ("Moscow must face quick and heavy costs as it pursues its aggression.", "heavy costs", "heavy costs"),
    ("A" * 10 + " " + "word " * 30 + "breakthrough " + "word " * 30, "breakthrough", "…word word"),
])
def test_examples_show_the_term_cut_at_word_boundaries(text, term, example):
    import pandas as pd

    sentences = pd.DataFrame({"article_id": ["a"], "sent_idx": [0], "start": [0], "text": [text],
                              "framing_terms": [framing.sentence_terms(text, [])]})
    found = framing.keyword_in_context(sentences, term)
    assert term in found["example"] and example in found["example"]
    assert text[found["start"]:found["end"]].lower() == term
    for piece in found["example"].strip("…").split():
        assert piece in text.split() or piece.strip("…") in text


def test_distinctive_terms_and_loaded_terms_on_seeds(seed_corpus):
    terms = framing.distinctive_terms(seed_corpus, top=8)
    assert list(terms.columns) == framing.FRAMING_COLUMNS and len(terms)
    assert not terms["term"].str.lower().isin(framing.STYLE_WORDS).any()
    shown = terms.dropna(subset=["example"])
    assert len(shown) >= 0.8 * len(terms)
    loaded = framing.loaded_terms(seed_corpus)
    assert len(loaded) and (loaded["in_statements"] <= loaded["n"]).all()


def test_two_statements_in_one_sentence_count_once():
    from helpers import analyze_text

    text = ("\u201cThis is hysteria,\u201d Lavrov said, and Peskov said the hysteria in the West was absurd. "
            "The ministers met in Geneva for two hours on Friday and agreed to keep talking next week.")
    one = analyze_text(text, date="2022-02-12", outlet="Test Wire", cache=False)
    loaded = framing.loaded_terms(one, terms=("hysteria",))
    assert (loaded["in_statements"] <= loaded["n"]).all() and loaded["n"].sum() == 1
