"""Sentence boundaries the parser draws on the wrong side of a quote mark, a live-blog stamp
or a one-word label (parse.mend_sentence_edges). Texts written for these tests."""

from __future__ import annotations

import pytest

from conftest import statements_of


def sentences(nlp, text):
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text, second", [
    # copy that writes quotes as two apostrophes: the opening '' starts the next sentence
    ("''We will not give up on this,'' said Maria Lopez, a lawyer in Miami who represents the families. "
     "''They deserve an answer.''", "''They deserve an answer.''"),
    ("The mayor, a Democrat, shares this view. ''The city cannot wait,'' she said.",
     "''The city cannot wait,'' she said."),
    ("Officials said the talks would resume next week, as well as a new round in Geneva. "
     "''Nothing is settled,'' one said.", "''Nothing is settled,'' one said."),
])
def test_an_opening_quote_mark_belongs_to_the_sentence_it_opens(nlp, text, second):
    found = sentences(nlp, text)
    assert len(found) == 2 and found[1] == second, found


def test_a_statement_in_two_apostrophe_copy_keeps_its_opening_mark():
    rows = statements_of("The mayor, a Democrat, shares this view. ''The city cannot wait,'' she said.")
    said = rows[rows["cue"] == "say"]
    assert not said.empty and said["sentence"].str.startswith("''The city").all(), rows[["sentence", "cue"]]
    assert not rows["sentence"].str.endswith(" ''").any()


@pytest.mark.parametrize("text, expected", [
    # a bare stamp the parser cut from its entry
    ("1850 GMT Karlsson has signed the ceasefire document.", ["1850 GMT Karlsson has signed the ceasefire document."]),
    # a one-word label goes with the words after it on its line
    ("0800 GMT Welcome to our live coverage. Recap: Lind flies into Riga today, a week after her last visit.",
     ["0800 GMT Welcome to our live coverage.", "Recap: Lind flies into Riga today, a week after her last visit."]),
    # a stamp on its own line is its own sentence, and the next line starts cleanly
    ("Talks in Oslo\n\n2350 GMT (Monday)\nThe ministers met for three hours.\n\n0830 GMT\nRecap:\nThe talks resume.",
     ["Talks in Oslo", "2350 GMT (Monday)", "The ministers met for three hours.", "0830 GMT", "Recap:",
      "The talks resume."]),
])
def test_a_live_blog_stamp_or_label_stays_with_its_line(nlp, text, expected):
    assert sentences(nlp, text) == expected
