"""Days of contacts in live blogs, in articles written before a pair's later contact, and
words that give no day (a clock time, a span's bound, several contacts at once)."""

import pandas as pd
import pytest

from conftest import load_quietly
from helpers.calls.dating import clock_taken_for_year, several, story_day
from helpers.calls.identity import reachable
from helpers.calls.statementdays import drop_statement_days
from helpers.read.entries import day_at, entry_days

BLOG = ("Harbour talks: live updates\n\n"
        "1015 GMT\nThe ministry said the harbour would reopen.\n\n"
        "2130 GMT (Wednesday)\nA spokesman said Kovar had spoken by telephone with Lindqvist earlier in the day.\n\n"
        "1840 GMT (Wednesday)\nProtesters gathered outside the port.\n")


def test_entry_headers_give_the_day_of_their_entries():
    entries = entry_days(BLOG, pd.Timestamp("2021-06-17"))  # a Thursday page
    assert entries == [(BLOG.index("2130 GMT"), pd.Timestamp("2021-06-16"))]
    assert day_at(entries, BLOG.index("Kovar"), "page") == pd.Timestamp("2021-06-16")
    assert day_at(entries, BLOG.index("harbour would"), "page") == "page"


def test_entry_headers_set_aside_by_the_reader_are_found_in_the_raw_file():
    cleaned = BLOG.replace("2130 GMT (Wednesday)\n", "").replace("1840 GMT (Wednesday)\n", "")
    entries = entry_days(cleaned, pd.Timestamp("2021-06-17"), source=BLOG)
    assert entries == [(cleaned.index("A spokesman"), pd.Timestamp("2021-06-16"))]


@pytest.mark.parametrize("header", ["1015 GMT", "Kovar met Lindqvist (Wednesday)", "0900 GMT (the summit)"])
def test_lines_that_name_no_entry_day(header):
    assert entry_days(f"{header}\nText.\n", pd.Timestamp("2021-06-17")) == []


def test_earlier_in_the_day_in_an_entry_of_the_day_before_is_that_day(tmp_path):
    (tmp_path / "blog.txt").write_text("Harbour talks: live updates\n20210617\n\n"
                                       + BLOG.split("\n\n", 1)[1], encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    row = calls[calls["participants"].map(lambda p: any("Kovar" in x for x in p))]
    assert list(row["date"].dt.strftime("%Y-%m-%d")) == ["2021-06-16"]


def test_a_clock_time_is_no_year():
    assert clock_taken_for_year("time ( 2000", "The call began at 23:00 Moscow time (2000 GMT), an aide said.")
    assert not clock_taken_for_year("in 2019", "They met in 2019, at 1200 GMT on a Friday.")


@pytest.mark.parametrize("words, day", [("truce from Monday", None), ("ceasefire until Sunday", None),
                                        ("effect on Monday", pd.Timestamp("2021-06-14"))])
def test_a_span_bound_is_no_day_the_story_is_at(words, day):
    assert story_day(words, pd.Timestamp("2021-06-17"), "article date") == day


def test_several_contacts_take_no_single_day():
    assert several("calls") and several("Meetings") and not several("call") and not several("talks")


def test_a_day_that_names_calls_is_not_the_briefing_day():
    text = ("A spokesman told reporters on Friday that Kovar had held phone calls on Thursday. "
            "After speaking with Lindqvist, Kovar called Moreau.")
    cm = drop_statement_days(pd.DataFrame({"article_id": ["a"], "sentence": ["After speaking with Lindqvist, Kovar called Moreau."],
                                           "narrative_expr": ["calls on Thursday"]}),
                             pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert cm["narrative_expr"].iloc[0] == "calls on Thursday"


def test_an_article_reports_no_contact_after_the_day_it_was_written():
    days = {pd.Timestamp("2021-06-02"), pd.Timestamp("2021-07-09")}
    assert reachable(days, pd.Timestamp("2021-06-05"), "happened") == {pd.Timestamp("2021-06-02")}
    assert reachable(days, pd.Timestamp("2021-06-05"), "planned") == days
    assert reachable(days, pd.NaT, "happened") == days


def test_an_undated_mention_does_not_join_a_later_contact_of_the_pair(tmp_path):
    (tmp_path / "early.txt").write_text(
        "Ports deal signed\n\nVALLETTA, June 5, 2021 (Wire) - Prime Minister Dario Kovar spoke with President Anja "
        "Lindqvist for about an hour, an aide said, and the two agreed to reopen the harbour.\n", encoding="utf-8")
    (tmp_path / "late.txt").write_text(
        "Harbour row flares\n\nVALLETTA, July 9, 2021 (Wire) - Prime Minister Dario Kovar spoke by telephone with "
        "President Anja Lindqvist on Friday about the harbour, his office said.\n", encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    assert len(calls) == 2 and calls["article_ids"].map(len).max() == 1
