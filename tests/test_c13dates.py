"""Live-blog entry days: day lines and midnight rollover on newest-first pages (issue 13)."""
import pandas as pd

from helpers.read.entries import entry_days, is_live_blog

NEWEST_FIRST = """Live: ministers meet on the river dispute
Last updated 9 March 2022, 00:40 CET

00:20 CET - Talks end without a deal

The two ministers left the hall after midnight.

22:45 CET - Dinner begins

The delegations sat down for dinner in the castle.

18:10 GMT - Envoy calls foreign minister

The envoy phoned the foreign minister this evening.

14:00 CET - Ministers arrive

Both ministers reached the castle by car.

09:30 CET - What we know

The dispute began a week ago.
"""

DAY_LINES = """Live: storm recovery talks
Thursday 10 March

11:05 GMT - Mayor meets governor

The mayor met the governor this morning.

Wednesday 9 March

21:30 GMT - Governor visits shelter

The governor toured a shelter.

08:15 GMT - Storm reaches coast

The storm made landfall.
"""


def days_of(text, page_day):
    return [(text[at:at + 5], str(day.date())) for at, day in entry_days(text, pd.Timestamp(page_day), text)]


def test_newest_first_page_rolls_back_a_day_past_midnight():
    assert is_live_blog(NEWEST_FIRST)
    assert days_of(NEWEST_FIRST, "2022-03-09") == [("22:45", "2022-03-08")]


def test_mixed_zones_within_a_day_are_no_new_day():
    found = entry_days(NEWEST_FIRST, pd.Timestamp("2022-03-09"), NEWEST_FIRST)
    assert len(found) == 1


def test_day_lines_head_the_entries_under_them():
    found = days_of(DAY_LINES, "2022-03-12")
    assert found == [("Thurs", "2022-03-10"), ("Wedne", "2022-03-09")]


def test_plain_article_has_no_entry_days():
    text = "Ministers met on Tuesday.\n\nThey will meet again in May.\n"
    assert entry_days(text, pd.Timestamp("2022-03-09"), text) == []
