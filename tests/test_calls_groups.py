"""Contacts in shared clauses: passive hosts, "met both A and B", a second verb's day,
"hours later", a date in a relative clause, a guessed visit host (invented texts)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze_text


def _contacts(text: str, date: str) -> set:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return {(tuple(sorted(r.participants)), None if pd.isna(r.date) else f"{r.date:%Y-%m-%d}", r.channel, r.status)
            for r in calls.itertuples()}


CASES = [
    pytest.param(
        "On 6 May, Foreign Minister Raimo Kettunen visited Lisbon and was received by President Aurelio Bastidas. "
        "During the meeting, which lasted 90 minutes, the sides exchanged views.", "2031-05-08",
        {(("Aurelio Bastidas", "Raimo Kettunen"), "2031-05-06", "in_person", "happened")}, id="received-by"),
    pytest.param(
        "Kenya's president, William Ruto, flew to Kigali on Sunday and met both Paul Kagame and the detained opposition "
        "leader Victor Ingabire, posting photographs of the meetings online.", "2031-05-08",
        {(("Paul Kagame", "William Ruto"), "2031-05-04", "in_person", "happened"),
         (("Victor Ingabire", "William Ruto"), "2031-05-04", "in_person", "happened")}, id="met-both-a-and-b"),
    pytest.param(
        "Chilean President Marta Ulloa announced the plan in a televised address on Saturday morning. Hours later "
        "Ulloa spoke by telephone with Peru's President Joaquim Santos for about 20 minutes.", "2031-05-12",
        {(("Joaquim Santos", "Marta Ulloa"), "2031-05-10", "phone", "happened")}, id="hours-later"),
    pytest.param(
        "Also on Tuesday, Finnish Foreign Minister Raimo Kettunen flew to Lisbon, where he met President Aurelio "
        "Bastidas for an hour. Portugal's Foreign Minister Joana Mendes Leal said little.", "2031-05-08",
        {(("Aurelio Bastidas", "Raimo Kettunen"), "2031-05-06", "in_person", "happened")}, id="guessed-host-is-the-one-met"),
    pytest.param(
        "It began quietly on Monday, when Finnish Foreign Minister Raimo Kettunen telephoned Aurelio Bastidas. "
        "Officials described the call as routine.", "2031-05-08",
        {(("Aurelio Bastidas", "Raimo Kettunen"), "2031-05-05", "phone", "happened")}, id="telephoned-when"),
    pytest.param(
        "On Tuesday, Foreign Minister Raimo Kettunen together with Portuguese Foreign Minister Joana Leal and Chilean "
        "Foreign Minister Marta Ulloa attended the fifth meeting of the three countries' foreign ministers in Lisbon.",
        "2031-05-08", {(("Joana Leal", "Marta Ulloa", "Raimo Kettunen"), "2031-05-06", "in_person", "happened")},
        id="together-with-attended"),
    pytest.param(
        "Finnish Foreign Minister Raimo Kettunen arrived on Monday. Portuguese Foreign Minister Joana Leal and Chilean "
        "Foreign Minister Marta Ulloa joined him later. On 6 May in Lisbon, the trilateral meeting of the foreign "
        "ministers of Finland, Portugal and Chile was held.", "2031-05-08",
        {(("Joana Leal", "Marta Ulloa", "Raimo Kettunen"), "2031-05-06", "in_person", "happened")},
        id="meeting-of-the-foreign-ministers-of-a-b-c"),
    pytest.param(
        "Finnish Foreign Minister Raimo Kettunen arrived on Monday. On 6 May in Lisbon, the trilateral meeting of the "
        "foreign ministers of Finland, Portugal and Chile was held.", "2031-05-08", set(),
        id="ministers-not-all-named-no-row"),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_contacts_in_shared_clauses(text, date, expected):
    assert _contacts(text, date) == expected


def test_a_date_in_a_relative_clause_about_a_party_leaves_the_narrative_day():
    found = _contacts("The governments tried to revive the process on Wednesday. Raimo Kettunen held a video conference "
                      "with Aurelio Bastidas, the Portuguese prime minister who chairs the forum this year.", "2031-05-09")
    assert found == {(("Aurelio Bastidas", "Raimo Kettunen"), "2031-05-07", "video", "happened")}
