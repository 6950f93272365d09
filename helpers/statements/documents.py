"""Texts that are no one's statement: the terms of an agreement, a draft or a resolution.

"According to the text, the two sides will withdraw ...", "The resolution calls for an end to
the fighting", "According to the draft, troops would enter ...": what a negotiated or adopted
text lays down is reported as its content, not as something a speaker said. The statement, if
any, is its author's ("the council called for ...", "the ministry's document says ..."), so a
text row is kept only when the phrase names who wrote it.
"""

from __future__ import annotations

from spacy.tokens import Token

# Texts whose wording is the terms themselves, not anyone's account of them. A noun compound
# before these names the matter ("the ceasefire text", "a peace accord"); before a record it
# names the source ("court documents", "a Pentagon document").
TERMS_NOUNS = {"text", "draft", "resolution", "accord", "agreement", "treaty", "declaration"}
RECORD_NOUNS = {"document", "law"}
AGREEMENT_TEXT_NOUNS = TERMS_NOUNS | RECORD_NOUNS
AUTHOR_ENTITIES = {"ORG", "PERSON", "GPE", "NORP"}
AUTHOR_DEPS = {"poss", "compound", "nmod"}  # "the council's resolution", "a Pentagon document", "court documents"


def is_authorless_text(speaker: Token | None) -> bool:
    """An agreement text, draft or resolution standing as speaker with no author named in its phrase.

    "the text", "the ceasefire text", "the draft of resolution", "the resolution, adopted on
    April 3 by ten votes": True. "the council's resolution", "court documents", "the Ministry's
    text", "a draft by the envoys", "a text of his remarks": False (the author speaks through it).
    """
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN"} or speaker.lemma_.lower() not in AGREEMENT_TEXT_NOUNS:
        return False
    record = speaker.lemma_.lower() in RECORD_NOUNS
    return not any(_names_author(child, record) for child in speaker.children)


def _names_author(child: Token, record: bool) -> bool:
    """A modifier that says whose text it is: a possessive, a record's noun compound ("court
    documents"), a named body ("Resolution 502 of the Security Council", "a text from Cairo")."""
    if child.dep_ in AUTHOR_DEPS and child.pos_ in {"NOUN", "PROPN"} and (record or child.dep_ != "compound"):
        return True
    if child.dep_ == "poss":
        return True
    if _is_author_word(child):
        return True
    return child.dep_ in {"prep", "agent", "acl"} and any(_is_author_word(t) for t in child.subtree)


def _is_author_word(token: Token) -> bool:
    """A name or body ("Cairo", "the Council"), or a pronoun ("his remarks"); not a date ("April 3")."""
    if token.ent_type_:
        return token.ent_type_ in AUTHOR_ENTITIES
    return token.pos_ in {"PROPN", "PRON"}
