"""Diplomatic contacts: participants, dates, channels, status, merging, order; gold sample."""

from __future__ import annotations


import pandas as pd
import pytest

from helpers.calls import export_events

from conftest import FIXTURES, load_quietly
from gold import write_paragraph_articles, parse_gold_calls, score


@pytest.fixture(scope="module")
def gold_calls(tmp_path_factory):
    gold = parse_gold_calls(FIXTURES / "gold" / "calls.md") + parse_gold_calls(FIXTURES / "gold" / "calls_holdout.md")
    folder = write_paragraph_articles(gold, tmp_path_factory.mktemp("gold_calls"))
    corpus = load_quietly(folder)
    return gold, corpus


def contact_key(participants, date, channel, status):
    return (frozenset(participants), date, channel, status)


def contact_scores(gold, calls):
    """Strict (participants, date, channel, status) and participants-only scores."""
    # A visit is an in-person contact with ``visit`` set (the fixtures write channel "visit").
    predicted = {contact_key(r.participants, None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}",
                             "visit" if r.visit else r.channel, r.status)
                 for r in calls.itertuples()}
    wanted = {contact_key(c["participants"], c["date"], c["channel"], c["status"]) for art in gold for c in art["contacts"]}
    loose_pred = {k[0] for k in predicted}
    loose_gold = {k[0] for k in wanted}
    strict = score(len(predicted & wanted), len(predicted - wanted), len(wanted - predicted))
    participants_only = score(len(loose_pred & loose_gold), len(loose_pred - loose_gold), len(loose_gold - loose_pred))
    return strict, participants_only, wanted - predicted, predicted - wanted


def test_contact_precision_recall_on_unseen_text(gold_calls):
    gold, corpus = gold_calls
    for name in ("calls", "calls_holdout"):
        part = [a for a in gold if a["name"].rsplit("_", 1)[0] == name]
        ids = {a["name"] for a in part}
        calls = corpus.calls[corpus.calls["article_ids"].map(lambda ids_: bool(set(ids_) & ids))]
        strict, loose, missed, extra = contact_scores(part, calls)
        print(f"\n{name}: strict {strict}\n{name}: participants only {loose}\nmissed {missed}\nextra {extra}")
    strict, loose, _, _ = contact_scores(gold, corpus.calls)
    assert loose["f1"] >= 0.8
    assert strict["f1"] >= 0.6


def test_order_accuracy_on_gold(gold_calls):
    gold, corpus = gold_calls
    position: dict = {}
    for r in corpus.calls[corpus.calls["status"] == "happened"].itertuples():
        key = frozenset(r.participants)
        position[key] = min(position.get(key, r.order), r.order)
    pairs = [(a, b) for art in gold for a, b in art["order"] if a in position and b in position]
    correct = sum(position[a] < position[b] for a, b in pairs)
    total = sum(len(art["order"]) for art in gold)
    print(f"\norder pairs correct: {correct}/{total}")
    assert correct >= total - 1


def test_seed_call_sequence_of_12_february(seed_corpus):
    calls = seed_corpus.calls

    def contact(*people, channel="phone"):
        found = calls[calls["participants"].map(lambda p: set(p) == set(people)) & (calls["channel"] == channel)]
        return found.iloc[0]

    biden_putin = contact("Joe Biden", "Vladimir Putin")
    macron_putin = contact("Emmanuel Macron", "Vladimir Putin")
    blinken_lavrov = contact("Antony Blinken", "Sergey Lavrov")
    assert f"{biden_putin['date']:%Y-%m-%d}" == "2022-02-12"
    assert macron_putin["order"] < biden_putin["order"]
    assert blinken_lavrov["order"] < biden_putin["order"]
    assert biden_putin["n_sources"] >= 3 and biden_putin["cameo"] == "041"
    assert {60.0, 62.0} <= set(biden_putin["durations_reported"])  # the disagreement stays visible
    assert biden_putin["timezone"] == "EST" and biden_putin["start_time"] == 664


def test_planned_and_expected_contacts_are_kept(seed_corpus):
    # "will discuss" and "are expected to speak" of one contact merge into one planned row;
    # the "expected" report stays in statuses_reported.
    statuses = set(seed_corpus.calls["status"])
    reported = {s for ss in seed_corpus.calls["statuses_reported"] for s in ss}
    assert "planned" in statuses and {"planned", "expected"} <= reported
    planned = seed_corpus.calls[seed_corpus.calls["status"] != "happened"]
    assert (planned["cameo"] == "036").all()


def test_gdelt_style_export(seed_corpus):
    events = export_events(seed_corpus.calls, seed_corpus.articles)
    assert {"date", "actor1", "actor2", "cameo", "source_urls"} <= set(events.columns)
    assert events["source_urls"].str.contains("shanghainews").any()


def test_call_mentions_point_at_their_trigger(seed_corpus):
    texts = seed_corpus.articles.set_index("article_id")["text"]
    cm = seed_corpus.call_mentions
    assert all(texts[r.article_id][r.start:r.end] == r.trigger for r in cm.itertuples())
    assert cm["event_id"].isin(seed_corpus.calls["event_id"]).all()
