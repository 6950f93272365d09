"""The speed-ups of the parse cache, the reader and the actor pass give the results of the
slower code they replace (sentences written for these tests)."""

from __future__ import annotations

import zlib

import srsly
from spacy.attrs import LOWER, POS, TAG
from spacy.symbols import PROPN
from spacy.tokens import DocBin

from helpers import parse
from helpers.actors.gazetteer import _key, key, load_gazetteer
from helpers.actors.spans import tokens_where
from helpers.read import clean, outlets

TEXT = ("Foreign Minister Ana Lind of Ruritania met her counterpart in Vell on Tuesday.\n"
        "Lind's spokesman said the talks, which lasted two hours, were 'frank'.")


def docbin_message(doc) -> dict:
    bin_ = DocBin(store_user_data=False)
    bin_.add(doc)
    return srsly.msgpack_loads(zlib.decompress(bin_.to_bytes()))


def test_the_doc_cache_holds_what_docbin_would_write_and_reads_back_the_same_doc(nlp, tmp_path):
    doc = nlp(TEXT)
    path = tmp_path / "doc.spacy"
    parse.write_doc(doc, path)
    assert srsly.msgpack_loads(zlib.decompress(path.read_bytes())) == docbin_message(doc)
    assert parse.read_doc(path).to_json() == doc.to_json()


def tokens_where_by_loop(doc, attr_name: str, values) -> list[int]:
    return [t.i for t in doc if getattr(t, attr_name) in values]


def test_tokens_where_finds_the_tokens_a_loop_over_the_doc_finds(nlp):
    doc = nlp(TEXT)
    assert tokens_where(doc, LOWER, {"minister", "spokesman"}) == tokens_where_by_loop(doc, "lower_", {"minister", "spokesman"})
    assert tokens_where(doc, TAG, ["POS"]) == tokens_where_by_loop(doc, "tag_", {"POS"})
    assert tokens_where(doc, POS, [PROPN]) == tokens_where_by_loop(doc, "pos_", {"PROPN"})


def rule_by_full_scan(paragraph: str) -> str | None:
    for name, pattern in clean.BOILERPLATE_RULES:
        if pattern.search(paragraph):
            if name == "subscription prompt" and len(paragraph.split()) > 40:
                continue
            return name
    return "social embed" if clean.is_stripped_embed(paragraph) else None


def test_boilerplate_rules_skipped_by_their_words_match_as_a_full_scan_does():
    paragraphs = [
        "Sign up for our morning newsletter to get the briefing in your inbox.",
        "\u017fign up here for alerts",  # long s: IGNORECASE reads it as "s"
        "Our comments section is closed for this article.",
        "(Reporting by Ana Lind; Editing by Tom Vell)",
        "This blog has now closed. Times are GMT.",
        "We use cookies to improve the site.",
        "\u00a9 2031 The Vell Courier. All rights reserved.",
        "The minister said the talks would go on next week.",
    ]
    assert [clean.match_rule(p) for p in paragraphs] == [rule_by_full_scan(p) for p in paragraphs]
    assert clean.match_rule(paragraphs[1]) == "subscription prompt"


def test_own_outlet_evidence_is_still_found_after_the_word_check():
    own, _, _ = outlets.find_evidence(None, "The Vell Courier could not independently verify the footage.")
    assert [kind for kind, _, _ in own] == ["self-reference"]


def test_normalize_text_still_translates_exotic_spaces_and_invisible_characters():
    assert clean.normalize_text("Ruri\u00adtania\u00a0and \u201eVell\u201c") == "Ruritania and \u201cVell\u201c"
    assert clean.normalize_text("plain text\r\n") == "plain text\n"


def test_remembered_gazetteer_answers_equal_fresh_ones():
    gaz = load_gazetteer()
    for surface in ["the  Kremlin", "Kremlin", "U.S.", "Us", "the Republic of Ruritania"]:
        assert key(surface) == key(surface) == _key(surface)
        assert gaz.lookup(surface) == gaz._lookup(surface)
        assert gaz.country_code(surface) == gaz._country_code(surface)
    assert gaz.aliases() == gaz.aliases() and gaz.aliases() is not gaz.aliases()
