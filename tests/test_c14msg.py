"""Written contacts: letters and messages, and who a contact noun's "from" names."""

from __future__ import annotations

import warnings

import pytest

import helpers


def contacts(text: str) -> list[tuple[frozenset, str]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mentions = helpers.analyze_text(text, date="2023-05-10").tables["call_mentions"]
    return [(frozenset(r.participants), r.channel) for r in mentions.itertuples()]


@pytest.mark.parametrize("text, parties", [
    ("Prime Minister Kishida sent a letter to President Yoon Suk Yeol on Tuesday proposing new talks.",
     {"Kishida", "Yoon Suk Yeol"}),
    ("Kim Jong Un received a letter from Donald Trump, state media said on Friday.", {"Kim Jong Un", "Donald Trump"}),
    ("President Lula answered President Milei's letter on Thursday.", {"Lula", "Milei"}),
])
def test_a_letter_is_a_written_contact_of_its_sender_and_addressee(text, parties):
    assert (frozenset(parties), "message") in contacts(text)


def test_writing_to_a_named_leader_is_a_written_contact():
    assert (frozenset({"Erdogan", "Vladimir Putin"}), "message") in contacts(
        "Erdogan wrote to Putin on Monday asking him to extend the deal.")


def test_writing_in_a_newspaper_is_no_contact():
    assert contacts("The prime minister wrote in an op-ed on Sunday that the talks had failed.") == []


def test_a_call_taken_from_a_leader_has_both_parties():
    assert (frozenset({"Olaf Scholz", "Joe Biden"}), "phone") in contacts(
        "Chancellor Scholz received a call from President Biden on Monday.")


def test_a_messenger_is_no_party_to_the_message_he_carries():
    found = contacts("Foreign Minister Ali Hassan arrived in Amman on Monday carrying a letter from President Omar Farouk.")
    assert not any({"Ali Hassan", "Omar Farouk"} <= parties for parties, _ in found)


def test_where_a_call_was_made_from_is_no_party():
    found = contacts("Obama's call with Sarkozy from Air Force One on Tuesday lasted about 45 minutes.")
    assert found and all("Air Force One" not in parties for parties, _ in found)
