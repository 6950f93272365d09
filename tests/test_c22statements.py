"""Session 22 statement classes: telephone calls and visits that are no speech, unnamed servants
and indefinite roles, named bodies, translated titles, spokespeople and press services going on."""

from __future__ import annotations

import pytest
from conftest import rows_containing, statements_of

from helpers.statements.surnames import person_by_full_name
from helpers.statements.titles import _holders_by_role

TEXT = "\n\n".join([
    "On Monday, when Tomas Ferrer called Ivo Radek at dawn and again at noon, the line was poor.",
    "The minister called on Russia to withdraw its troops.",
    "On Friday the envoy called on the prime minister at his office.",
    "Marta Ruiz made at least seven calls to Lima and Quito through the night.",
    "A Ferrer adviser said the new government would seek the money.",
    "A minister said the fighting had cost the treasury dearly.",
    "The Group of Eight, meeting in Cologne, called for an immediate end to the fighting.",
    "The presidential spokesman Mr. Ali Kaya said that the talks were good. "
    "The spokesman added that the guest conveyed a message.",
    "Breaking: the Belarusian presidential press service says Ivan Kos held talks with Lee. "
    "The talks went on for the whole day, it says.",
    'An aide said he had "no statement to make".',
    "According to the Dutch Foreign Office spokesman, the Prime Minister of Norway Per Lund and the Premier "
    "of Denmark Ole Berg met the party leaders for two days in the castle.",
])


@pytest.fixture(scope="module")
def table():
    return statements_of(TEXT)


def test_a_call_placed_or_a_visit_is_no_statement(table):
    assert rows_containing(table, "at dawn").empty
    assert rows_containing(table, "at his office").empty
    assert rows_containing(table, "seven calls").empty
    assert len(rows_containing(table, "withdraw its troops")) == 1  # "called on Russia to ..." is a call in words


def test_unnamed_servant_and_indefinite_role_are_anonymous(table):
    assert set(rows_containing(table, "Ferrer adviser")["speaker_type"]) == {"anonymous"}
    assert set(rows_containing(table, "A minister said")["speaker_type"]) == {"anonymous"}


def test_a_body_named_by_its_of_phrase(table):
    row = rows_containing(table, "Group of Eight").iloc[0]
    assert (row["speaker"], row["speaker_type"]) == ("Group of Eight", "institution")


def test_the_spokesman_goes_on_with_the_named_spokesman(table):
    assert set(rows_containing(table, "spokesman added")["speaker"]) == {"Ali Kaya"}


def test_it_goes_on_with_the_press_service(table):
    assert set(rows_containing(table, "it says")["speaker"]) == {"Belarusian presidential press service"}


def test_no_statement_to_make_is_a_refusal(table):
    assert rows_containing(table, "no statement to make").empty


def test_a_list_hung_on_the_source_is_not_its_name(table):
    assert set(rows_containing(table, "Dutch Foreign Office")["speaker_type"]) == {"anonymous"}


def test_name_closing_a_translated_title_before_an_aside():
    table = statements_of("The spokesman of the Ministry of Foreign Affairs Ramin Kavehzadeh in his weekly press conference "
                          "said that sanctions will fail.")
    assert set(table["speaker"]) == {"Ramin Kavehzadeh"}


def test_name_after_an_object_is_not_the_next_verbs_subject():
    table = statements_of("On Thursday Ferrer called on Cambodia's prime minister, Sok Chenda, the bloc chair, "
                          "and thanked him for hosting.")
    assert set(rows_containing(table, "thanked")["speaker_surface"]) == {"Ferrer"}


def test_full_name_the_tagger_missed_is_the_corpus_person():
    corpus = {"rowan": ["Mo Rowan", "Marjorie Rowan"], "souza": ["Marcel Alain de Souza"]}
    assert person_by_full_name("Mo Rowan", [], {"Mo Rowan": "IE"}, corpus) == ("Mo Rowan", "person", "IE")
    assert person_by_full_name("de Souza", [], {}, corpus) == ("Marcel Alain de Souza", "person", None)
    assert person_by_full_name("Jo Rowan", [], {}, corpus) is None  # nobody of that name
    assert person_by_full_name("Mo Rowan", [{"type": "person"}], {}, corpus) is None  # the article's own mention decides


def test_nation_title_by_corpus_role():
    people = [{"actor": "Ana Ruiz"}, {"actor": "Jan Pieters"}]
    role_of = {"Ana Ruiz": "Foreign Minister", "Jan Pieters": "Foreign Minister"}
    country_of = {"Ana Ruiz": "GR", "Jan Pieters": "TR"}
    assert [m["actor"] for m in _holders_by_role(people, [["minister"]], "GR", country_of, role_of)] == ["Ana Ruiz"]
    assert _holders_by_role(people, [["president"]], "GR", country_of, role_of) == []


def test_an_offer_to_act_is_said_and_aid_offered_is_not():
    table = statements_of("Ferrer offered to mediate between the two sides.\n\nThe Dutch government offered aid worth ten "
                          "million euros.")
    assert list(rows_containing(table, "mediate")["cue"]) == ["offer"]
    assert rows_containing(table, "aid worth").empty
