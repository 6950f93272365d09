"""Parties named by office in a list: "the meeting of the foreign ministers of A, B and C" is a
contact of the people the article names as those countries' foreign ministers."""

from __future__ import annotations

import re

from spacy.tokens import Token

from helpers.parse import doc_text


def foreign_ministers(head: Token, mentions: list[dict], end: int) -> list[tuple]:
    """"the foreign ministers of A, B and C": for each country listed, the one person the article
    names as its foreign minister; nothing unless every country has exactly one."""
    if head.lower_ != "ministers" or not any(c.dep_ == "amod" and c.lower_ == "foreign" for c in head.children):
        return []
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return []
    countries = [m for m in mentions if m["type"] == "country" and head.idx < m["start"] < end]
    if len(countries) < 2 or any(m["type"] != "country" for m in mentions if head.idx < m["start"] < end):
        return []
    found = []
    for country in countries:
        holders = {m["actor"]: m for m in mentions if m["type"] == "person" and m["label"] != "role"
                   and _titled_foreign_minister(m, country["country"], mentions, doc_text(head.doc))}
        if len(holders) != 1:
            return []
        found.append(_span(next(iter(holders.values()))) + (False,))
    return found


FOREIGN_MINISTER_TITLE = re.compile(r"(?i)(?:foreign minister|minister (?:of|for) foreign affairs)")


def _titled_foreign_minister(person: dict, country: str, mentions: list[dict], text: str) -> bool:
    """"Azerbaijani Foreign Minister X", "the Minister of Foreign Affairs of Armenia X": the
    title and the country right before the name (one clause, no other name between)."""
    if person.get("country") == country and "foreign minister" in str(person.get("person_role") or "").lower():
        return True
    window = max(0, person["start"] - 90)
    before = [m for m in mentions if window <= m["start"] and m["end"] <= person["start"]]
    near = [m for m in before if m["type"] == "country"]
    if not near or near[-1]["country"] != country or any(m["type"] == "person" and m["start"] > near[-1]["start"] for m in before):
        return False
    title = FOREIGN_MINISTER_TITLE.search(text[window:person["start"]])
    if title is None or any(m["type"] == "person" and m["start"] >= window + title.start() for m in before):
        return False  # the title is another person's
    return not re.search(r"[.;]", text[window + title.start():person["start"]])


def _span(mention: dict) -> tuple:
    return (mention["start"], mention["end"], mention["surface"])
