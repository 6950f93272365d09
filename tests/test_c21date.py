"""Contact days, session 21: days counted from the day the story is at rather than from the
article's, and relative days read against a guessed article day (invented texts, people not
in the gazetteer)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text
from helpers.calls.dating import INFERRED, STORY_CUE_ON_GUESS, align_to_dated_contacts, date_mentions
from helpers.calls.storycount import following_weekday, past_story_day


def _rows(text: str, date: str) -> set:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), f"{r.date:%Y-%m-%d}" if r.date == r.date else None, r.status)
            for r in calls.itertuples()}


def test_the_next_day_counts_from_a_day_weeks_before_the_article():
    # an article of Tuesday 20 May 2031 looking back on talks of 6 May
    text = ("The harbour accord grew out of a meeting between Premier Oskar Vaheri and President Lumi Taavet "
            "in Tallinn on 6 May, officials said. In Riga the next day, Vaheri briefed Chancellor Ines Marquart "
            "on the plan.")
    rows = _rows(text, "2031-05-20")
    assert (("Ines Marquart", "Oskar Vaheri"), "2031-05-07", "happened") in rows
    assert not any(day == "2031-05-21" for _, day, _ in rows)


def test_the_following_monday_after_a_day_the_article_does_not_date_is_no_day():
    text = ("Three days after the flood, Premier Oskar Vaheri and President Lumi Taavet spoke by telephone. "
            "The following Monday, Vaheri called Chancellor Ines Marquart to ask for pumps.")
    rows = _rows(text, "2031-05-20")
    days = {people: day for people, day, _ in rows}
    # not the last Monday before the article (19 May): the Monday after an undated day
    assert days.get(("Ines Marquart", "Oskar Vaheri"), "missing") is None


@pytest.mark.parametrize("words, counted_from, expected", [
    ("The following Monday", "2031-05-07", "2031-05-12"),  # a Wednesday: the Monday after it
    ("the following Wednesday", "2031-05-07", "2031-05-14"),  # the same weekday: a week on
    ("The following Monday", None, None),
])
def test_the_following_weekday_is_the_first_after_the_story_day(words, counted_from, expected):
    found = following_weekday(words, pd.Timestamp(counted_from) if counted_from else None)
    assert (None if found["date"] is None else f"{found['date']:%Y-%m-%d}") == expected


def test_other_words_are_no_following_weekday():
    assert following_weekday("on Monday", pd.Timestamp("2031-05-07")) is None


@pytest.mark.parametrize("words, guessed, expected", [
    ("Tallinn on 6 May", False, "2031-05-06"),
    ("Tallinn on 6 May", True, None),  # a guessed article day dates no day weeks back
    ("on Monday", False, None),  # a weekday far back is no day the story names
    ("in Tallinn on 6 March", False, None),  # more than two months back: background
])
def test_a_story_day_weeks_back_counts_only_when_named_in_full(words, guessed, expected):
    found = past_story_day(words, pd.Timestamp("2031-05-20"), guessed)
    assert (None if found is None else f"{found:%Y-%m-%d}") == expected


def test_yesterday_in_an_article_with_an_inferred_date_takes_the_day_another_article_gives_it():
    cm = pd.DataFrame({
        "article_id": ["wire", "digest", "digest"],
        "date": pd.to_datetime(["2031-05-09", "2031-05-06", "2031-05-06"]),
        "date_source": ["weekday + article date", "relative day + " + INFERRED, "relative day + " + INFERRED],
        "background": [False] * 3})
    # the digest's day is inferred as 7 May: it was written later, as the wire's call of 9 May shows
    refs = {"wire": (pd.Timestamp("2031-05-10"), "article date"), "digest": (pd.Timestamp("2031-05-07"), INFERRED)}
    keys = ["Santos – Ulloa (remote)", "Santos – Ulloa (remote)", "Kettunen – Ilves (remote)"]
    out = align_to_dated_contacts(cm, keys, refs)
    assert f"{out['date'][1]:%Y-%m-%d}" == "2031-05-09"
    assert f"{out['date'][2]:%Y-%m-%d}" == "2031-05-06"  # no other article dates Kettunen's call


@pytest.mark.parametrize("words, ref, expected", [
    ("The next day", INFERRED, None),  # counted from a story day the article does not give
    ("later that day", INFERRED, None),
    ("yesterday", INFERRED, "2031-05-06"),  # counted from the article's day, as inferred
    ("later that day", "article date", "2031-05-07"),  # the story is at the article's own day
])
def test_a_story_cue_in_an_article_with_an_inferred_day_and_no_story_day_is_no_day(words, ref, expected):
    cm = pd.DataFrame({"article_id": ["digest"], "date_expr": [words], "status": ["happened"],
                       "background": [False], "sentence": [f"{words}, Santos called Ulloa."]})
    out = date_mentions(cm, {"digest": (pd.Timestamp("2031-05-07"), ref)})
    assert (None if pd.isna(out["date"][0]) else f"{out['date'][0]:%Y-%m-%d}") == expected
    if expected is None and ref == INFERRED:
        assert out["date_source"][0] == STORY_CUE_ON_GUESS


def test_a_held_contact_is_not_put_after_the_day_it_is_reported():
    # "The next day" with no day named before it, in an article of 20 May: not 21 May
    text = ("President Lumi Taavet said on Tuesday the pumps had arrived. Officials recalled that the storm "
            "had broken weeks ago. The next day, Taavet met Chancellor Ines Marquart in Narva.")
    rows = _rows(text, "2031-05-20")
    assert not any(day is not None and day > "2031-05-20" for _, day, status in rows if status == "happened")


@pytest.mark.parametrize("text, expected", [
    # another calendar's day, then the slashed date: day first, as the weekday confirms
    ("Accord in Riga\n\nRiga, Wednesday 14 Rabi 1453 corresponding to 3/9/2031 (BNS).\nThe envoys met.", "2031-09-03"),
    # the weekday fits only month first: 9 April 2031 is a Wednesday
    ("Riga, Wednesday 4/9/2031 (BNS) - The envoys met.", "2031-04-09"),
    ("Riga, 4/9/2031 (BNS) - The envoys met.", "2031-09-04"),  # no weekday: day first
    ("Riga, Monday 3/9/2031 (BNS) - The envoys met.", None),  # a weekday neither reading has
    ("The envoys met in Riga. Sales rose 3/9/2031 (BNS) - no dateline.", None),
])
def test_a_dateline_with_a_slashed_date_gives_the_article_day(text, expected):
    from helpers.read.datelines import numeric_dateline

    found = numeric_dateline(text)
    assert (None if found is None else f"{found:%Y-%m-%d}") == expected


def test_a_contact_before_a_ceremony_is_on_the_day_the_ceremony_was_told_at():
    # Friday 16 May 2031: the accord and its ceremony; Monday 12 May: the talks' opening day
    text = ("OSLO, May 16 (Test Wire) - Premier Oskar Vaheri and President Lumi Taavet agreed on Friday to "
            "reopen the border.\n\nThe two then stood for photographers in a ceremony that lasted barely 40 "
            "minutes.\n\nVaheri, who arrived in Oslo on Monday, sat with Taavet for three hours in the opening "
            "session that day.\n\nVaheri spoke by telephone with Chancellor Ines Marquart shortly before the "
            "ceremony to brief her on the text.")
    rows = _rows(text, "2031-05-16")
    assert (("Ines Marquart", "Oskar Vaheri"), "2031-05-16", "happened") in rows
