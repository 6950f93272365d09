"""Live-blog time stamps ("0320 GMT: Russia's foreign ministry says ..."), which the parser
takes for the subject or the first words of the speaker's phrase."""

from __future__ import annotations

import re

from spacy.tokens import Token

# Time zones and clock words of a live blog's entry stamp: "0320 GMT: the ministry says ...".
CLOCK_WORDS = {"gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt", "ist", "jst", "kst", "msk", "hrs", "local"}
CLOCK_TIME = re.compile(r"\d{1,2}[:.]?\d{2}")


def is_clock(token: Token) -> bool:
    """A live-blog time stamp word: "0320", "09:10", "GMT"."""
    return token.lower_ in CLOCK_WORDS or bool(CLOCK_TIME.fullmatch(token.text))


def past_clock(subject: Token | None) -> Token | None:
    """The speaker behind a time stamp parsed as the subject: "0320 GMT: Russia's foreign ministry
    says" -> ministry (the stamp's apposition); a bare stamp names no speaker."""
    if subject is None or not is_clock(subject):
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"}), None)
