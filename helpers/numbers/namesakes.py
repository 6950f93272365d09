"""Month names that are people's names: "May said", "Theresa May", "May's ultimatum".

spaCy tags a bare "May" as a DATE even when it is the British prime minister. A bare month is
read as a month after a preposition or a word of time ("in May", "since May", "late May"),
or before a day or year; it is a name when it has a possessive, a verb right after it
("May spoke"; not "May was", which a month can be), a verb right before it ("told May") or a first name or title before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

MONTHS_THAT_ARE_NAMES = {"May", "June", "April", "August"}
TITLES = {"mrs", "ms", "mr", "miss", "dr", "minister", "premier", "prime"}


def month_as_name(doc: Doc, row: dict) -> bool:
    """Whether a date row is a bare month name used as a person's name."""
    if row["kind"] != "date" or row["surface"] not in MONTHS_THAT_ARE_NAMES:
        return False
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    prv = doc[token.i - 1] if token.i > 0 else None
    if nxt is not None and (nxt.text in {"'s", "\u2019s"} or nxt.pos_ == "VERB"):
        return True
    if prv is None or (nxt is not None and nxt.pos_ == "NOUN"):
        return False  # "the disputed August election": a month before its noun
    return prv.pos_ == "VERB" or prv.lower_.rstrip(".") in TITLES or (prv.pos_ == "PROPN" and prv.ent_type_ == "PERSON")
