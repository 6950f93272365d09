"""Noun phrases of a speaker span: where a phrase starts past a determiner or a live blog's time
stamp, its text as written, and the "of" phrase that completes an organisation's name."""

from __future__ import annotations

from spacy.tokens import Token

from helpers.parse import doc_text
from helpers.statements.stamps import is_clock

INDEFINITE_DETS = {"a", "an", "another", "some"}
# Heads of an organisation's name completed by an "of" phrase: "Group of Eight", "League of Arab States".
NAMED_BODY_HEADS = {"group", "organization", "organisation", "league", "union", "council", "conference", "federation",
                    "community", "association", "movement", "front", "alliance", "commission", "committee", "assembly",
                    "bank", "court", "congress", "parliament", "party", "coalition", "forum", "cooperation"}


def np_start(head: Token) -> int:
    """Index of the first word of ``head``'s noun phrase past a leading determiner."""
    first = doc_first(head).i
    while first < head.i and head.doc[first].dep_ == "det":
        first += 1
    return first


def proper_of_phrase(head: Token) -> Token | None:
    """The last word of a capitalised "of" phrase that completes a proper name: "Group" + "of Eight",
    "Organization" + "of American States" (every word capitalised, the name's own words only)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ not in NAMED_BODY_HEADS:
        return None  # (not a title: "the Emir of Qatar" is a person the title stands for)
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of" or doc[head.i + 1].head != head:
        return None
    last = None
    for token in doc[head.i + 2:]:
        if token.head.i < head.i or not (token.pos_ in {"PROPN", "NUM"} and token.text[:1].isupper()):
            break
        last = token
    return last


def token_end(token: Token) -> int:
    """Character offset just past ``token``."""
    return token.idx + len(token.text)


def np_text(head: Token) -> str:
    """Text of a noun phrase up to its head, as written, without a leading determiner."""
    doc = head.doc
    return doc_text(doc)[doc[np_start(head)].idx:token_end(head)].strip() or head.text


def doc_first(head: Token) -> Token:
    """The first token of a noun phrase, past a live blog's time stamp ("09:10 GMT - Our correspondent")."""
    doc, first = head.doc, head.left_edge.i
    stamp = first
    while stamp < head.i and (is_clock(doc[stamp]) or doc[stamp].is_punct):
        stamp += 1
    return doc[stamp] if stamp > first and any(is_clock(doc[i]) for i in range(first, stamp)) else doc[first]
