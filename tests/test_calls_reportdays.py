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
    assert reachable(days, pd.Timestamp("2021-06-05"), "planned") == {pd.Timestamp("2021-07-09")}
    assert reachable(days, pd.Timestamp("2021-06-05"), "mentioned") == days
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


@pytest.mark.parametrize("text", ["Nairobi, 14 March, Lakeside Press Agency. The ministers met.",
                                  "Nairobi, 14 March, Coast News. The ministers met."])
def test_year_less_dateline_with_an_agency_of_several_words(text):
    from helpers.read import dates as read_dates

    assert read_dates._dateline_near(text, pd.Timestamp("2023-03-15")) == pd.Timestamp("2023-03-14")


def _articles(rows):
    return pd.DataFrame([{"article_id": f"a{i}", "url": None, "title": None, "boilerplate": None, "duplicate_of": None,
                          "path": None, "date_source": None} | row for i, row in enumerate(rows)])


def test_a_year_less_dateline_beats_a_full_date_the_text_recalls():
    from helpers.read import dates as read_dates

    articles = _articles([{"text": "Oslo, June 3 (Wire) - The ministers met.", "date": pd.Timestamp("2021-06-03")},
                          {"text": "Nairobi, 4 June, Coast News. They recalled the accord of 2 April 2021.", "date": pd.NaT}])
    filled = read_dates.fill_reference_dates(articles)
    assert filled.loc[1, "date"] == pd.Timestamp("2021-06-04") and filled.loc[1, "date_source"] == "dateline"


def test_a_weekday_day_the_reader_cut_from_the_headline_is_read_from_the_file(tmp_path):
    from helpers.read import dates as read_dates

    path = tmp_path / "blog.txt"
    path.write_text("Harbour crisis live: ferries resume - Friday 4 June\nText.\n", encoding="utf-8")
    articles = _articles([{"text": "Oslo, June 3 (Wire) - The ministers met.", "date": pd.Timestamp("2021-06-03")},
                          {"text": "Ferries resumed.", "date": pd.NaT, "title": "Harbour crisis live: ferries resume",
                           "path": str(path)}])
    filled = read_dates.fill_reference_dates(articles)
    assert filled.loc[1, "date"] == pd.Timestamp("2021-06-04") and filled.loc[1, "date_source"] == "header"


def test_a_call_being_prepared_for_a_weekday_is_ahead():
    from helpers.calls.dating import announced

    assert announced("for Wednesday", "An aide says a call between Kovar and Moreau is being prepared for Wednesday.")


def test_a_sentence_opening_cue_dates_its_contact_from_the_story_day():
    cm = pd.DataFrame({"article_id": ["a"], "date_expr": ["link for about 40 minutes"], "status": ["happened"],
                       "background": [False], "narrative_expr": ["By the following Monday"], "narrative_default": [True],
                       "sentence": ["The next morning Kovar briefed Moreau over a video link for about 40 minutes."],
                       "start": [500], "trigger": ["briefed"]})
    from helpers.calls.dating import date_mentions

    dated = date_mentions(cm, {"a": (pd.Timestamp("2021-06-09"), "article date")})
    assert dated.loc[0, "date"] == pd.Timestamp("2021-06-08")


def test_group_contacts_of_one_day_whose_people_are_a_subset_are_one_contact():
    from helpers.calls.identity import join_group_subsets

    day = "2021-06-08"
    big, small = ["Kovar", "Moreau", "Lindqvist", "Osei"], ["Kovar", "Moreau", "Lindqvist"]
    cm = pd.DataFrame({"event_id": [f"{day} big (remote)", f"{day} small (remote)", f"{day} big (in person)",
                                    "2021-06-09 small (remote)", f"{day} pair (remote)"],
                       "participants": [big, small, big, small, ["Kovar", "Moreau"]]})
    assert join_group_subsets(cm) == [f"{day} big (remote)"] * 3 + ["2021-06-09 small (remote)", f"{day} pair (remote)"]


def test_after_that_call_orders_the_contact_named_after_the_one_named_before():
    from helpers import analyze_text

    calls = analyze_text("On Monday, U.S. Secretary of State Dana Kovar spoke with Norwegian Foreign Minister Erik "
                         "Lindqvist and, after that call, with Ghanaian Foreign Minister Ama Osei, a spokesman said.",
                         date="2021-06-09").calls
    order = {next(p for p in people if p != "Dana Kovar"): n for people, n in zip(calls["participants"], calls["order"])}
    assert order["Erik Lindqvist"] < order["Ama Osei"]


def test_a_live_page_whose_older_entries_name_a_weekday_is_of_the_day_after():
    from helpers.read.entries import page_day_after_entries

    page = "Summit live\n0830 GMT\nThe leaders signed.\n2350 GMT (Monday)\nA recap of the day.\n"
    assert page_day_after_entries(page, pd.Timestamp("2021-06-14")) == pd.Timestamp("2021-06-15")  # guessed Monday
    assert page_day_after_entries("Summit live\n0830 GMT\nThe leaders signed.\n", pd.Timestamp("2021-06-14")) == \
        pd.Timestamp("2021-06-14")


def test_a_contact_a_live_blog_reported_before_another_began_comes_first():
    from helpers.calls.order import reported_edges
    from helpers.read.entries import entry_stamps

    assert entry_stamps("Live\n1715 GMT - Kovar has left the villa.\n2010 GMT\nMore.\n") == [(5, 1035), (42, 1210)]
    day = pd.Timestamp("2021-06-04")
    calls = pd.DataFrame({"event_id": ["debrief", "call", "other day"], "date": [day, day, day + pd.Timedelta(days=1)],
                          "start_time": [None, 1240.0, 1300.0], "timezone": [None, "CEST", "CEST"],
                          "reported_by_utc": [1035.0, None, None]})
    assert [(a, b) for a, b, _ in reported_edges(calls)] == [("debrief", "call")]
