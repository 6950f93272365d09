"""Session 21 speed-ups give what the plain code gave: indexed lookups against a plain scan,
cached string keys against fresh ones, records per day against per-day frames, one statement
grouping against the grouping of each pass (names and events made up for these tests)."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from helpers.actors import canonical
from helpers.actors.names import sound_key, spelling_key
from helpers.actors.offices import _role_families, role_family
from helpers.calls import order
from helpers.statements import speakers
from helpers.statements.roleholders import determiner_before
from helpers.tables import columns

FAMILIES = [set(), {"leader"}, {"minister"}, {"leader", "minister"}, {"spokesperson"}]
COUNTRIES = ["XA", "XB", "XC", None, float("nan")]


def test_columns_give_what_iterating_the_column_gives():
    frame = pd.DataFrame({"name": ["Ilse Varga", None, "Rolf Anders"], "n": [1, 2, 3]})
    names, counts = columns(frame, "name", "n")
    plain = list(frame["name"])
    assert names[0] == plain[0] and names[2] == plain[2] and pd.isna(names[1]) and pd.isna(plain[1])
    assert counts == [1, 2, 3]


def _plain_fits(holders, family, country, article_actors):
    """The scan over every holder that ``resolve_roles`` did before the index."""
    return [h for h in holders if family in h[2]
            and (h[1] == country if isinstance(country, str) else h[0] in article_actors)]


def _indexed_fits(holders, family, country, article_actors):
    by_family_country, position = canonical._holder_index(holders)
    if isinstance(country, str):
        candidates = by_family_country.get((family, country), [])
    else:
        candidates = sorted((holders[position[a]] for a in article_actors if a in position), key=lambda h: position[h[0]])
    return [h for h in candidates if family in h[2]]


@pytest.mark.parametrize("seed", range(5))
def test_role_holder_index_finds_the_plain_scans_holders_in_its_order(seed):
    rng = random.Random(seed)
    holders = [(f"Person {i}", rng.choice(COUNTRIES), rng.choice(FAMILIES), set(), rng.randint(1, 9)) for i in range(60)]
    for _ in range(40):
        family, country = rng.choice(["leader", "minister", "spokesperson"]), rng.choice(COUNTRIES)
        article = {f"Person {rng.randrange(70)}" for _ in range(8)}
        assert _indexed_fits(holders, family, country, article) == _plain_fits(holders, family, country, article)


def _role_mentions() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = [  # article a1 names two leaders of XA, then "the XA president"; a2 an unplaced "the president"
        ("a1", 0, 0, "Ilse Varga", "person", "XA", "ner", None, None, "Ilse Varga"),
        ("a1", 1, 40, "Rolf Anders", "person", "XA", "ner", None, None, "Rolf Anders"),
        ("a1", 2, 90, None, "person", "XA", "role description", "leader", "president", "the XA president"),
        ("a2", 0, 0, "Rolf Anders", "person", "XA", "ner", None, None, "Rolf Anders"),
        ("a2", 1, 30, "Olla Brandt", "person", "XB", "ner", None, None, "Olla Brandt"),
        ("a2", 2, 60, None, "person", None, "role description", "minister", "minister", "the minister"),
    ]
    m = pd.DataFrame(rows, columns=["article_id", "sent_idx", "start", "actor", "type", "country", "resolved_by",
                                    "role_family", "role_words", "surface"])
    roles = pd.DataFrame({"actor": ["Ilse Varga", "Rolf Anders", "Olla Brandt"],
                          "role": ["President", "President", "Foreign Minister"],
                          "country": ["XA", "XA", "XB"], "n": [3, 5, 2]})
    return m, roles


def test_role_descriptions_go_to_the_holder_of_their_office_and_country():
    m, roles = _role_mentions()
    assert canonical.resolve_roles(m, roles) == ["Rolf Anders", "Olla Brandt"]


def test_cached_string_keys_equal_fresh_ones_and_return_fresh_sets():
    for word in ["Thorvaldsen", "Thorwaldsen", "Haniyeh", "Mohammed"]:
        assert sound_key(word) == sound_key.__wrapped__(word)
        assert spelling_key(word) == spelling_key.__wrapped__(word)
    for role in ["Prime Minister", "Foreign Minister", "White House press secretary", None]:
        assert role_family(role) == set(_role_families.__wrapped__(role.lower() if role else ""))
    first = role_family("Prime Minister")
    first.add("changed")  # a caller changing its set never changes the cached answer
    assert first and "changed" not in role_family("Prime Minister")
    assert determiner_before("the envoy", "Later the envoy said so.") == determiner_before.__wrapped__(
        "the envoy", "Later the envoy said so.") == "later"


def _plain_clock_edges(calls: pd.DataFrame) -> list[tuple[str, str, str]]:
    """The per-day frames and row tuples ``clock_edges`` used before."""
    timed = calls[calls["start_time"].notna()]
    edges = []
    for _, day in timed.groupby(timed["date"].map(order._day)):
        ordered = sorted(day.itertuples(), key=lambda r: order._utc(r._asdict()))
        edges += [(a.event_id, b.event_id, "clock times") for a, b in zip(ordered, ordered[1:])]
    for _, day in calls.groupby(calls["date"].map(order._day)):
        timed_rows = [(r.event_id, order._utc(r._asdict())) for r in day.itertuples()
                      if pd.notna(r.start_time) and order.utc_offset(r.timezone, r.date) is not None]
        for row in day[day["start_time"].isna() & day["reported_by_utc"].notna()].itertuples():
            edges += [(row.event_id, other, "reported before the other began") for other, utc in timed_rows
                      if utc != float("inf") and utc > row.reported_by_utc]
    return edges


def test_clock_edges_by_day_records_equal_the_per_day_frames():
    rng = random.Random(4)
    calls = pd.DataFrame({
        "event_id": [f"e{i}" for i in range(30)],
        "date": pd.to_datetime([rng.choice(["2031-05-02", "2031-05-03", None]) for _ in range(30)]),
        "start_time": [rng.choice([None, 480.0, 600.0, 720.0, 90.0]) for _ in range(30)],
        "timezone": [rng.choice(["GMT", "EST", "Moscow", None]) for _ in range(30)],
        "reported_by_utc": [rng.choice([None, 500.0, 700.0]) for _ in range(30)]})
    edges = order.clock_edges(calls)
    assert edges == _plain_clock_edges(calls)
    assert [len(rows) for rows in order._rows_by_day(calls)] == [len(day) for _, day in calls.groupby(calls["date"].map(order._day))]


ARTICLES = {
    "a1": "President Ilse Varga of Westmark said the border would stay open. Varga added that talks would go on.",
    "a2": "Ilse Varga said the border would stay open, her office said. Chancellor Rolf Anders said the harbour would close.",
}


def test_speakers_left_ungrouped_are_the_grouped_rows_but_their_group(nlp):
    from helpers.actors import load_gazetteer
    from helpers.actors.mentions import extract_mentions
    from helpers.parse import sentence_rows
    from helpers.statements.extract import extract_statements

    gaz = load_gazetteer()
    said, found = [], []
    for article_id, text in ARTICLES.items():
        doc = nlp(text)
        sentences = sentence_rows(doc)
        mentions = extract_mentions(doc, gaz, sentences)
        said += [{**row, "article_id": article_id} for row in extract_statements(doc, sentences, mentions)]
        found += [{**row, "article_id": article_id} for row in mentions]
    mentions, actors = canonical.resolve_mentions(pd.DataFrame(found), gaz)
    rows = pd.DataFrame(said)
    grouped = speakers.resolve_speakers(rows, mentions, actors, gaz)
    ungrouped = speakers.resolve_speakers(rows, mentions, actors, gaz, group=False)
    assert len(grouped) >= 3 and set(ungrouped["group_id"]) == {0}
    pd.testing.assert_frame_equal(grouped.drop(columns="group_id"), ungrouped.drop(columns="group_id"))
    assert list(grouped["group_id"]) == speakers.group_statements(ungrouped)
    assert len(set(grouped["group_id"])) < len(grouped)  # the border statement of both articles is one group


def test_cached_docs_read_back_as_spacys_docbin_reads_them(nlp, tmp_path):
    from spacy.tokens import DocBin

    from helpers import parse
    from helpers.docbins import docbin_from_bytes

    doc = nlp("Minister Olla Brandt met envoys in Vell on Tuesday.\nThe talks lasted an hour, her office said.")
    parse.write_doc(doc, tmp_path / "one.spacy")
    data = (tmp_path / "one.spacy").read_bytes()
    ours, spacys = docbin_from_bytes(data), DocBin().from_bytes(data)
    assert ours.attrs == spacys.attrs and ours.strings == spacys.strings and ours.cats == spacys.cats
    assert ours.flags == spacys.flags and ours.span_groups == spacys.span_groups and ours.user_data == spacys.user_data
    read, expected = next(ours.get_docs(nlp.vocab)), next(spacys.get_docs(nlp.vocab))
    assert read.to_json() == expected.to_json() == doc.to_json()
    assert [s.text for s in parse.read_doc(tmp_path / "one.spacy").sents] == [s.text for s in doc.sents]


def _plain_surname_variant(surname: str, full: dict[str, str]) -> str | None:
    """The scan of every surname of the corpus that ``surname_variant`` did before its index."""
    from rapidfuzz import fuzz

    from helpers.actors.names import fold, same_spelling, sound_keys
    from helpers.actors.spellings import SURNAME_VARIANT_MIN_LEN, SURNAME_VARIANT_MIN_RATIO

    if not isinstance(surname, str) or len(surname) < SURNAME_VARIANT_MIN_LEN or " " in surname:
        return None
    near = {name for known, name in full.items() if known[:1].lower() == surname[:1].lower()
            and (fuzz.ratio(fold(known), fold(surname)) >= SURNAME_VARIANT_MIN_RATIO or same_spelling(known, surname))
            or len(known) >= SURNAME_VARIANT_MIN_LEN and sound_keys(known) & sound_keys(surname)}
    return next(iter(near)) if len(near) == 1 else None


def test_surname_variants_by_index_equal_the_plain_scan():
    from helpers.actors.spellings import surname_variant

    full = {"Thorvaldsen": "Ilse Thorvaldsen", "Karimova": "Dilnoza Karimova", "Haniyeh": "Omar Haniyeh",
            "Kowalczyk": "Jan Kowalczyk", "Kovalchuk": "Petro Kovalchuk", "Brandt": "Olla Brandt", "Varga": "Ilse Varga"}
    lone = ["Torvaldsen", "Thorwaldsen", "Karimowa", "Haniya", "Kowalczik", "Brant", "Vargas", "Ostland", "Smith", "Kh"]
    assert [surname_variant(w, full) for w in lone] == [_plain_surname_variant(w, full) for w in lone]
    assert surname_variant("Thorwaldsen", full) == "Ilse Thorvaldsen"
