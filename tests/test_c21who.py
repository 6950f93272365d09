"""Participants and speakers resolved to the right canonical person (session 21): a title read
with its office words, spellings of one name merged, a surname two people share left to the
one the article ties it to.

Texts written for these tests (invented people and events; no dev sample's wording)."""

from __future__ import annotations

import helpers


def _calls(text: str, date: str = "2009-03-03"):
    return helpers.analyze_text(text, date=date, outlet="wire", cache=False).calls


def _parties(text: str) -> list[set[str]]:
    return [set(p) for p in _calls(text)["participants"]]


def test_foreign_minister_is_not_the_prime_minister_named_before():
    text = ("KHARTOUM, March 3, 2009 - The Sudanese prime minister, Omar Kheiri, arrived in Nairobi on Monday, "
            "officials said.\n\n"
            "Jane Dorsey and the Sudanese foreign minister spoke again the next day, officials said.")
    assert not any("Omar Kheiri" in parties for parties in _parties(text))


def test_title_with_its_office_words_is_the_person_named_with_them():
    text = ("KHARTOUM, March 3, 2009 - The Sudanese foreign minister, Ali Mahdi, arrived in Nairobi on Monday, "
            "officials said.\n\n"
            "Jane Dorsey and the Sudanese foreign minister spoke again the next day, officials said.")
    assert {"Ali Mahdi", "Jane Dorsey"} in _parties(text)
