"""Session 19 speed-ups: the Doc's token lists (``helpers/docarrays.py``) give what the Tokens
give, the rules that test every token of a sentence create Tokens only for those that can
pass, and work on a Doc is done once (sentences written for these tests)."""

from __future__ import annotations

import pandas as pd

from helpers import parse
from helpers.actors.names import fold
from helpers.calls import mentions as call_mentions, order
from helpers.calls.triggers import is_trigger, may_be_trigger
from helpers.docarrays import doc_arrays, doc_entities, noun_chunks, span_text
from helpers.statements import extract as statement_extract
from helpers.statements.extract import CUE_POS

TEXT = ("Chancellor Rolf Anders of Westmark telephoned President Ilse Varga on Monday, her office said.\n"
        "Varga and her aides met the delegation from Ostland for two hours in Porto Lindo, and the talks, "
        "which were described as 'frank', ended with a joint statement.\n"
        "According to the agency, Anders warned that 3,000 troops had gathered near the border.")


def test_token_lists_hold_what_each_token_gives(nlp):
    doc = nlp(TEXT)
    arrays = doc_arrays(doc)
    assert arrays is doc_arrays(doc)  # built once per Doc
    for t in doc:
        assert (arrays.text[t.i], arrays.lower[t.i], arrays.lemma[t.i]) == (t.text, t.lower_, t.lemma_.lower())
        assert (arrays.pos[t.i], arrays.dep[t.i]) == (t.pos_, t.dep_)
        assert (arrays.ent_type[t.i], arrays.ent_iob[t.i]) == (t.ent_type_, t.ent_iob_)
        assert (arrays.is_alpha[t.i], arrays.is_stop[t.i], arrays.like_num[t.i]) == (t.is_alpha, t.is_stop, t.like_num)
    assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]


def test_noun_chunks_and_entities_are_spacys_built_once(nlp):
    doc = nlp(TEXT)
    assert [(c.start, c.end, c.label_) for c in noun_chunks(doc)] == [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert doc_entities(doc) == doc.ents
    assert doc_entities(doc) is doc_entities(doc)


def test_cue_test_runs_only_on_verbs(nlp, monkeypatch):
    doc = nlp(TEXT)
    asked = []
    real = statement_extract.is_cue
    monkeypatch.setattr(statement_extract, "is_cue", lambda token: asked.append(token) or real(token))
    rows = statement_extract.extract_statements(doc, parse.sentence_rows(doc), [])
    assert rows and asked
    assert all(t.pos_ in CUE_POS and t.dep_ != "amod" for t in asked)
    assert len(asked) < len(doc) // 3


def test_trigger_list_test_never_skips_a_trigger(nlp):
    doc = nlp(TEXT + "\nAnders was on the phone to Varga again late on Friday, before a dinner with her.")
    arrays = doc_arrays(doc)
    triggers = [t.i for t in doc if is_trigger(t)]
    assert triggers
    assert all(may_be_trigger(arrays, i) for i in triggers)


def test_call_mentions_ask_the_trigger_test_only_of_candidates(nlp, monkeypatch):
    doc = nlp(TEXT)
    asked = []
    real = call_mentions.is_trigger
    monkeypatch.setattr(call_mentions, "is_trigger", lambda token: asked.append(token.i) or real(token))
    sentences = parse.sentence_rows(doc)
    call_mentions.extract_call_mentions(doc, sentences, [], [])
    assert asked and len(asked) < len(doc) // 3


def test_parsed_docs_carry_their_text_without_joining_tokens(tmp_path):
    text = "Minister Olla Brandt met envoys in Vell.\nThe talks lasted an hour."
    (_, doc), = parse.iter_docs([("hash1", text)], tmp_path)
    assert doc.user_data[parse.TEXT_KEY] == text == doc.text
    (_, cached), = parse.iter_docs([("hash1", text)], tmp_path)  # from the cache this time
    assert cached.user_data[parse.TEXT_KEY] == text == cached.text


def test_name_folding_is_cached():
    fold.cache_clear()
    assert fold("Ésa Çelik") == fold("Ésa Çelik") == "esa celik"
    assert fold.cache_info().hits == 1


def test_clock_edges_read_only_their_columns():
    calls = pd.DataFrame({"event_id": ["e1", "e2", "e3"], "date": pd.to_datetime(["2031-05-02"] * 3),
                          "start_time": [600.0, 540.0, None], "timezone": ["GMT", "GMT", None],
                          "reported_by_utc": [None, None, 500.0], "wide": [object()] * 3})
    assert list(order._clock_columns(calls)) == ["event_id", "date", "start_time", "timezone", "reported_by_utc"]
    edges = order.clock_edges(calls)
    assert ("e2", "e1", "clock times") in edges
    assert ("e3", "e1", "reported before the other began") in edges
