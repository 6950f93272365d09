"""Who takes part in a contact and what is no contact (invented texts, c9parts): "on the phone
to A and then to B", a called pronoun that is the reporter, a naming verb, the
meeting a speaker addresses, a body reporting after the clause, a delegation "headed by" its named leader."""

from __future__ import annotations

import pytest

from test_calls_parties import _contacts


CASES = [
    pytest.param(
        "On Monday, minutes after the ruling, Oskar Lindqvist was on the phone to Joana Leal and then to Carlos "
        "Ibarra Soto, according to aides.",
        {(("Joana Leal", "Oskar Lindqvist"), "2031-05-05"), (("Carlos Ibarra Soto", "Oskar Lindqvist"), "2031-05-05")},
        id="on-the-phone-to-a-and-then-to-b"),
    pytest.param(
        "Marta Kowalczyk spoke briefly to reporters on Wednesday. She said Erik Lund Berg, an aide to Prime Minister "
        "Oskar Lindqvist, telephoned her at about 4 a.m. with the news.",
        {(("Erik Lund Berg", "Marta Kowalczyk"), "2031-05-07")}, id="called-pronoun-is-the-reporter"),
    pytest.param(
        "Oskar Lindqvist said on Wednesday that the court had called him a traitor.", set(), id="naming-is-no-call"),
    pytest.param(
        "In late July the movement's envoy was received in Lisbon by the foreign minister, Joana Leal, who called the "
        "Northern Front \"a pivotal military and political force\".", set(), id="calling-a-body-something-is-no-call"),
    pytest.param(
        "Prime Minister Oskar Lindqvist told a Foreign Office meeting on Wednesday that talks must go on.", set(),
        id="the-meeting-told-is-no-party"),
    pytest.param(
        "Portuguese Prime Minister Joana Leal and Spanish Prime Minister Carlos Ibarra welcomed the vote.\n\n"
        "Swedish Prime Minister Oskar Lindqvist spoke to Leal by telephone on Monday and, after speaking with the "
        "Portuguese leader, called Ibarra, the Foreign Office said.",
        {(("Joana Leal", "Oskar Lindqvist"), "2031-05-05")}, id="body-reporting-after-the-clause-is-no-party"),
    pytest.param(
        "Labour Minister Ana Ruiz and her deputy Luis Ortega met the union delegation headed by Pablo Mora.\n\n"
        "Separately, a mediation mission led by former president Tomas Varga held talks with Prime Minister Oskar "
        "Lindqvist on Wednesday.",
        {(("Ana Ruiz", "Luis Ortega", "Pablo Mora"), None), (("Oskar Lindqvist", "Tomas Varga"), "2031-05-07")},
        id="a-delegation-headed-by-its-leader"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_contacts(text, expected):
    assert _contacts(text) == expected


def test_a_trip_to_a_country_with_no_host_named_is_no_contact_but_a_trip_to_a_meeting_is():
    from helpers import analyze_text

    alone = analyze_text("Chilean Foreign Minister Rafael Ortiz arrived in Oslo on Tuesday for a two-day visit, "
                         "his ministry said.", date="2031-05-10").calls
    assert not any("Norway" in p or "Oslo" in p for p in alone["participants"])
    met = analyze_text("Chilean Foreign Minister Rafael Ortiz arrived in Oslo on Tuesday to see Norwegian Foreign "
                       "Minister Ingrid Dahl. The two ministers met for about an hour.", date="2031-05-10").calls
    assert any(set(p) == {"Ingrid Dahl", "Rafael Ortiz"} for p in met["participants"])


def test_the_head_of_a_body_is_the_person_whose_role_names_it_whatever_order_people_are_listed_in():
    import pandas as pd

    from helpers.actors.gazetteer import load_gazetteer
    from helpers.calls.parties import PartyResolver

    people = {"actor": ["Rafael Ortiz", "Ana Costa", "Andean Council"], "type": ["person", "person", "organization"],
              "country": ["CL", "PE", None], "role": ["Secretary General of the Andean Council", "President", None],
              "n_mentions": [2, 3, 4], "aliases": [[], [], []]}
    for order in ([0, 1, 2], [1, 0, 2]):
        actors = pd.DataFrame({k: [v[i] for i in order] for k, v in people.items()})
        assert PartyResolver(actors, load_gazetteer()).leader_of("Andean Council") == "Rafael Ortiz"
