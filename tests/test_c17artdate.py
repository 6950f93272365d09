"""Reference dates of undated articles: background full dates, deadlines, near-tied same-event articles."""
import pandas as pd
import pytest

from helpers.read import contentdates
from helpers.read.dates import _dates_of_same_event, article_date, text_date


@pytest.mark.parametrize("text, expected", [
    ("Brindavel, 14th of October, 1987 - the envoys arrived.", "1987-10-14"),
    ("Korvask, 3 of May of 1994 year, 10-15 (QUILL-PRESS).", "1994-05-03"),
    ("No full date here, only May 3.", None),
])
def test_full_date_with_of(text, expected):
    found = text_date(text)
    assert (None if found is None else str(found.date())) == expected


def test_background_full_date_is_not_the_article_date():
    text = ("The Velmora accord of 2 June 1987 set the border.\n"
            "Ostrak envoys met Velmoran officials on 20 June and signed a protocol.")
    assert article_date(None, text) == (None, None)


def test_full_date_with_only_earlier_days_stays_the_article_date():
    text = "The Velmora accord was signed on 20 June 1987. Talks had begun on 2 June."
    assert article_date(None, text) == (pd.Timestamp("1987-06-20"), "text")


@pytest.mark.parametrize("sentence, expected", [
    ("Ostrak diplomats must leave Velmora before 9 June.", "planned"),
    ("Ostrakia demanded to convene the council on 9 June.", "planned"),
    ("Ostrak diplomats left Velmora on 9 June.", "happened"),
])
def test_deadline_and_asked_for_days_are_plans(sentence, expected):
    explicit = [c for c in contentdates.cues(sentence, set()) if c[4]]
    assert [c[1] for c in explicit] == [expected]


def test_same_event_takes_latest_of_near_tied_articles():
    first = "Quendrick met Varolin and Masturo in Pellaquay; Dravosk officials watched."
    later = "Quendrick and Varolin spoke again; Masturo flew to Pellaquay, Dravosk said."
    other = "Ilvarsen opened a bridge in Tormund."
    dated = pd.Series({0: first, 1: later, 2: other})
    dates = pd.Series({0: pd.Timestamp("1991-04-02"), 1: pd.Timestamp("1991-04-09"), 2: pd.Timestamp("1991-04-05")})
    undated = pd.Series({9: "Quendrick, Varolin and Masturo of Pellaquay and Dravosk: the week in review."})
    assert _dates_of_same_event(dated, dates, undated)[9] == pd.Timestamp("1991-04-09")
