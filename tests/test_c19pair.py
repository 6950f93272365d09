"""Contacts of one pair on several days: each mention keeps the day its own words, clause or
narrative give it ("where she will meet X" on the day the clause hangs on, "X later called Y"
not on an earlier day, a day only said or planned is no day the story reached), and new
meeting words ("spent two hours with X", "saw X") that shuttle reports use."""

import pandas as pd
import pytest

from helpers import analyze_text
from helpers.calls.clausetimes import told_or_planned
from helpers.calls.groups import split_summaries
from helpers.calls.identity import assign_events


def mentions(text, date="2031-05-08"):
    return analyze_text(text, date=date, outlet="wire", cache=False).call_mentions


def rows_of(cm, trigger):
    return cm[cm["trigger"] == trigger]


def test_a_where_clause_hanging_on_a_day_takes_that_day_not_a_later_one():
    cm = mentions("Senator Okafor Lindqvist arrived in Port Aldane on Monday for a tour of the coast. "
                  "Lindqvist is expected in Kestrel City on Wednesday, where she will meet Speaker Tobias Renholm, "
                  "and in Corvan Bay on Thursday.", date="2031-05-05")
    meet = rows_of(cm, "meet").iloc[0]
    assert meet["date"] == pd.Timestamp("2031-05-07")
    assert meet["status"] == "planned"


def test_declining_to_meet_is_no_contact():
    cm = mentions("Foreign Minister Ilse Varnhagen declined to meet Senator Okafor Lindqvist on Monday "
                  "and sent her deputy instead.")
    assert rows_of(cm, "meet").empty


def test_hours_spent_with_a_person_are_a_meeting_and_the_two_meeting_again_is_another_day():
    cm = mentions("Foreign Minister Ilse Varnhagen spent more than two hours with Senator Okafor Lindqvist at the "
                  "chancellery on Tuesday, and the two women met again over lunch on Wednesday.")
    spent, met = rows_of(cm, "spent").iloc[0], rows_of(cm, "met").iloc[0]
    assert sorted(spent["participants"]) == ["Ilse Varnhagen", "Okafor Lindqvist"]
    assert spent["date"] == pd.Timestamp("2031-05-06")
    assert sorted(met["participants"]) == ["Ilse Varnhagen", "Okafor Lindqvist"]
    assert met["date"] == pd.Timestamp("2031-05-07")
    assert spent["event_id"] != met["event_id"]


def test_seeing_a_named_person_is_a_meeting_but_seeing_someone_as_something_is_not():
    cm = mentions("Senator Okafor Lindqvist saw Tobias Renholm again at the foreign ministry for about an hour "
                  "on Tuesday morning. Ilse Varnhagen saw Mara Quell as a partner.")
    seen = rows_of(cm, "saw")
    assert len(seen) == 1
    assert sorted(seen.iloc[0]["participants"]) == ["Okafor Lindqvist", "Tobias Renholm"]
    assert seen.iloc[0]["date"] == pd.Timestamp("2031-05-06")


def test_a_second_verb_with_its_own_object_keeps_its_day_to_itself():
    cm = mentions("Foreign Minister Ilse Varnhagen spent two days with Senator Okafor Lindqvist, saw Tobias Renholm "
                  "at the ministry on Tuesday, and the next day flew home.")
    spent, saw = rows_of(cm, "spent").iloc[0], rows_of(cm, "saw").iloc[0]
    assert saw["date"] == pd.Timestamp("2031-05-06")
    assert pd.isna(spent["date_expr"]) or "Tuesday" not in str(spent["date_expr"])


def test_a_text_laid_before_a_person_is_no_ordering_cue():
    cm = mentions("Senator Okafor Lindqvist met Tobias Renholm on Monday, and the next day laid the draft "
                  "before Mara Quell at the palace.")
    met = rows_of(cm, "met").iloc[0]
    assert pd.isna(met["relation"]) or met["relation"] is None


def test_a_day_only_said_is_not_the_day_of_the_meeting_told_next():
    cm = mentions("The Varnland peace talks came close to collapse on Monday night, when the northern delegation "
                  "rejected the map, officials said on Tuesday.\n\n"
                  "Envoy Tobias Renholm met northern leader Mara Quell for two hours in the delegation's quarters, "
                  "a spokesman said.\n\n"
                  "Renholm met Quell again on Wednesday, officials said.")
    first, again = rows_of(cm, "met").iloc[0], rows_of(cm, "met").iloc[1]
    assert first["date"] == pd.Timestamp("2031-05-05")
    assert again["date"] == pd.Timestamp("2031-05-07")
    assert first["event_id"] != again["event_id"]


@pytest.mark.parametrize("sentence, words, expected", [
    ("Officials said on Tuesday that the map was rejected.", "Tuesday", True),
    ("The two sides would resume the talks on Friday.", "Friday", True),
    ("The Thursday session began at 3 p.m.", "Thursday", True),
    ("The summit held in Port Aldane on 12 June was a step forward.", "12 June", True),
    ("Renholm agreed on Tuesday to send the dispute to arbitration.", "Tuesday", False),
    ("Yesterday evening the two leaders spoke by telephone.", "Yesterday", False),
])
def test_days_only_said_planned_or_named_again(nlp, sentence, words, expected):
    doc = nlp(sentence)
    day = next(e for e in doc.ents if words in e.text)
    assert told_or_planned(day) is expected


def contact_rows(rows):
    columns = ["article_id", "sent_idx", "participants", "group", "channel", "channel_stated", "background", "date",
               "date_approx", "status", "narrative_date", "reference_day", "story_date", "told_later", "reference"]
    frame = pd.DataFrame(rows, columns=columns)
    for column in ["date", "narrative_date", "reference_day", "story_date"]:
        frame[column] = pd.to_datetime(frame[column])
    return frame


def test_a_contact_told_as_later_does_not_join_the_pairs_contact_of_days_before():
    pair = ["Okafor Lindqvist", "Tobias Renholm"]
    cm = contact_rows([
        ("a", 0, pair, None, "phone", True, False, "2031-05-02", None, "happened", None, "2031-05-03", None, False, False),
        # "Lindqvist later telephoned Renholm", in an article whose story is at 6 May
        ("b", 4, pair, None, "phone", True, False, None, None, "happened", None, "2031-05-07", "2031-05-06", True, False),
        # "Lindqvist telephoned Renholm", no cue at all: joins the one dated call
        ("c", 2, pair, None, "phone", True, False, None, None, "happened", None, "2031-05-07", None, False, False),
    ])
    ids = assign_events(cm)
    assert ids[0].startswith("2031-05-02")
    assert not ids[1].startswith("2031-05-02")
    assert ids[2].startswith("2031-05-02")


def test_an_article_that_dates_the_pair_to_another_day_keeps_the_mention_on_its_own_day():
    pair = ["Mara Quell", "Tobias Renholm"]
    cm = contact_rows([
        ("a", 1, pair, None, "in_person", True, False, None, None, "happened", "2031-05-05", "2031-05-08", "2031-05-05",
         False, False),
        ("a", 2, pair, None, "in_person", True, False, "2031-05-07", None, "happened", None, "2031-05-08", None, False,
         False),
    ])
    ids = assign_events(cm)
    assert ids[0].startswith("2031-05-05")
    assert ids[1].startswith("2031-05-07")


def test_a_planned_one_to_one_does_not_split_a_reported_group_meeting():
    cm = pd.DataFrame({
        "participants": [["Ilse Varnhagen", "Mara Quell", "Tobias Renholm"], ["Ilse Varnhagen", "Mara Quell"],
                         ["Ilse Varnhagen", "Tobias Renholm"]],
        "group": [None, None, None], "channel": ["in_person"] * 3, "date": [pd.NaT] * 3,
        "status": ["happened", "happened", "planned"],
    })
    split = split_summaries(cm)
    assert len(split) == 3
    assert sorted(split.iloc[0]["participants"]) == ["Ilse Varnhagen", "Mara Quell", "Tobias Renholm"]
