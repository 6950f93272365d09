"""Live-blog time stamps ("0320 GMT: Russia's foreign ministry says ..."), which the parser
takes for the subject or the first words of the speaker's phrase."""

from __future__ import annotations

import re
from functools import lru_cache

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


# A line opening with a clock time begins a live-blog entry: "23:40 MSK", "0815 GMT - The envoy ...".
ENTRY_STAMP = re.compile(r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?![.:\d])|\d{4}\s+(?:" + "|".join(CLOCK_WORDS) + r")\b)",
                         re.MULTILINE | re.IGNORECASE)
MIN_ENTRY_STAMPS = 2  # one stamped line is a dateline or a timetable, not a live blog


@lru_cache(maxsize=8)
def entry_starts(text: str) -> tuple[int, ...]:
    """Offsets of the live-blog entry stamps in an article's text (none when it is no live blog)."""
    found = tuple(m.start() for m in ENTRY_STAMP.finditer(text))
    return found if len(found) >= MIN_ENTRY_STAMPS else ()


def entry_span(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the live-blog entry holding offset ``at`` (the whole text outside a live
    blog): a pronoun of one entry ("20:55 Roe's statement is out. He says ...") takes no
    antecedent from another entry."""
    stamps = entry_starts(text)
    start = max((s for s in stamps if s <= at), default=0)
    end = min((s for s in stamps if s > at), default=len(text))
    return start, end
