"""When a contact is: the time a "when" clause hangs on, a call counted in days before its main
clause, "two Novembers ago", and a month and day that would be a year back."""

import pandas as pd
import pytest

from helpers import analyze_text
from helpers.calls.dates import narrative_offset, resolve


def mentions(text, date="2031-11-20"):
    return analyze_text(text, date=date, outlet="wire", cache=False).call_mentions


def row_of(cm, trigger):
    return cm[cm["trigger"] == trigger].iloc[0]


@pytest.mark.parametrize("words, span", [
    ("two Novembers ago", "2029-11-01/2029-11-30"),
    ("three Marches ago", "2029-03-01/2029-03-31"),
])
def test_a_month_counted_back_in_plural_is_that_many_of_them_ago(words, span):
    assert resolve(words, pd.Timestamp("2031-11-20"), "happened")["date_approx"] == span


def test_a_month_and_day_just_ahead_is_no_day_of_a_year_ago():
    # "from midnight on January 12" in an article of 11 January: not a contact of the year before
    assert resolve("on January 12", pd.Timestamp("2032-01-11"), "happened")["date"] is None
    assert resolve("on January 8", pd.Timestamp("2032-01-11"), "happened")["date"] == pd.Timestamp("2032-01-08")
    assert resolve("on February 20", pd.Timestamp("2032-01-11"), "happened")["date"] == pd.Timestamp("2031-02-20")


def test_days_counted_from_the_narrative():
    assert narrative_offset("3 days earlier") == -3
    assert narrative_offset("2 days later") == 2


def test_a_contact_in_a_when_clause_takes_the_time_before_it():
    cm = mentions("Finnish President Aino Rautio spoke with Chilean Foreign Minister Rafael Ortiz on Tuesday. "
                  "Ortiz knows Rautio well: he was in Helsinki last September, when the two leaders met "
                  "for about an hour.")
    met = row_of(cm, "met")
    assert pd.isna(met["date"]) and met["date_approx"] == "2031-09-01/2031-09-30" and bool(met["background"])


def test_a_contact_when_a_plural_month_ago_is_background():
    cm = mentions("Rautio met Ortiz in Lima on Saturday. The deal resembles the one that ended the strike "
                  "two Novembers ago, when Finnish President Aino Rautio flew to Santiago and met Chilean "
                  "Foreign Minister Rafael Ortiz.")
    recalled = cm[cm["sentence"].str.contains("Novembers")]
    assert len(recalled) and recalled["date"].isna().all()
    assert (recalled["date_approx"] == "2029-11-01/2029-11-30").all()


def test_a_call_a_day_before_the_visit_of_its_main_clause():
    cm = mentions("Chilean Foreign Minister Rafael Ortiz held talks with Finnish President Aino Rautio in "
                  "Helsinki on Sunday. Ortiz's visit came a day after Peruvian Foreign Minister Lucia Quispe "
                  "spoke to him by telephone.")
    call = row_of(cm, "spoke")
    assert call["date"] == pd.Timestamp("2031-11-15")


def test_a_contact_had_earlier_comes_before_the_one_just_told():
    calls = analyze_text("Chilean Foreign Minister Rafael Ortiz returned to Oslo on Monday and met Finnish President "
                         "Aino Rautio. Ortiz had earlier met Norwegian Foreign Minister Lars Brekke at the foreign "
                         "ministry, a spokesman said.", date="2031-11-18", outlet="wire", cache=False).calls
    order = {tuple(p): o for p, o in zip(calls["participants"], calls["order"])}
    assert order[("Lars Brekke", "Rafael Ortiz")] < order[("Aino Rautio", "Rafael Ortiz")]
