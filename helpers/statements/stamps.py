"""Live-blog time stamps ("0320 GMT: Russia's foreign ministry says ..."), datelines ("OSLO,
March 3 (Wire) - Ann Lee said ...") and entry labels ("Breaking: the ministry says ..."), which
the parser takes for the subject or the first words of the speaker's phrase."""

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
    """The speaker behind a time stamp, dateline or label parsed as the subject: "0320 GMT:
    Russia's foreign ministry says" -> ministry (the stamp's apposition); a bare stamp names no
    speaker. "OSLO, March 3 (Wire) - Ann Lee, the mayor, said" -> Lee; "Breaking: the ministry
    says" -> ministry."""
    if subject is None:
        return None
    if is_clock(subject):
        return _apposition_after(subject, subject.i)
    separator = _opener_separator(subject)
    return subject if separator is None else _apposition_after(subject, separator) or subject


DASHES = {"-", "\u2013", "\u2014", "--"}
MIN_DATELINE_CHARS = 3  # "UN" or "US" opening a sentence is a subject, not a dateline


def _opener_separator(subject: Token) -> int | None:
    """Index of the mark that ends an opener the subject stands in: the dash after a capitalised
    dateline ("OSLO, March 3 (Wire) -"), or the colon after a one-word label that names no one
    ("Breaking:", "Update:"; not "Lee:", a speaker's turn)."""
    doc = subject.doc
    first = subject.left_edge
    if first.i != first.sent.start or subject.i + 1 >= len(doc):
        return None
    if subject.i == first.i and doc[subject.i + 1].text == ":" and subject.ent_type_ not in {"PERSON", "ORG", "GPE", "NORP"}:
        return subject.i + 1
    words = doc[first.i:subject.i + 1]
    if not all(t.text.isupper() for t in words if t.is_alpha) or len(subject.text) < MIN_DATELINE_CHARS \
            or doc[subject.i + 1].text != ",":
        return None
    return next((t.i for t in subject.subtree if t.text in DASHES and t.i > subject.i), None)


def _apposition_after(subject: Token, mark: int) -> Token | None:
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ in {"NOUN", "PROPN"} and c.i > mark), None)


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
