"""Numbers written with no digits and no number word that the phrase scan reads: "twice",
"tens of missiles", and Roman numerals in names ("Chapter VII", "King Abdullah II",
"the XXIX Olympic Games"). Rows for ``extract``, in its row format.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from helpers.numbers.counted import partitive
from helpers.numbers.names import LABEL_NOUNS, NAME
from helpers.parse import doc_text

# "met twice", "twice this month": how many times; "twice as many", "twice the size" multiply instead.
MULTIPLICATIVES = re.compile(r"\b(twice|thrice)\b(?!\s+(?:as|the|that|its|his|her|their|our|my|a\s+(?:much|many|large|big)))", re.I)
MULTIPLICATIVE_VALUES = {"twice": 2.0, "thrice": 3.0}
# "tens of ballistic missiles": a vague count the annotation keeps, value left empty
# ("tens of thousands" is read with its scale word as one phrase).
TENS_OF = re.compile(r"\btens of (?!thousands|millions|billions|hundreds)(?=[a-z])", re.I)
# Roman numerals of two letters or more from I, V, X ("II", "VII", "XXIX"): a lone "I" is the
# pronoun, and letters such as C, D, M write codes and abbreviations ("DC") more often than numbers.
TWO_ROMAN_LETTERS = re.compile(r"[IVX]{2}")
ROMAN = re.compile(r"(?<![\w.-])(X{0,3})(IX|IV|V?I{0,3})(?![\w-])")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}
# "King Abdullah II", "Pope Pius XII": a ruler's title before the name makes the numeral regnal.
REGNAL_TITLES = {"king", "queen", "pope", "emperor", "empress", "tsar", "czar", "prince", "princess", "sultan", "shah", "emir"}
NAMED_THINGS = {"EVENT", "LAW", "ORG", "FAC", "PRODUCT", "WORK_OF_ART"}
# "a baker's dozen of rolls": the idiom counts thirteen, not the twelve of "dozen".
BAKERS_DOZEN = re.compile(r"\b(?:an?\s+|one\s+)?baker(?:'|\u2019)?s(?:'|\u2019)?\s+dozens?\b", re.I)


def multiplicatives(text: str) -> list[dict]:
    """ "The talks stalled twice": a count of times, 2."""
    return [_row(m.start(1), m.end(1), text, MULTIPLICATIVE_VALUES[m.group(1).lower()], "count") | {"counted": "times"}
            for m in MULTIPLICATIVES.finditer(text)]


def bakers_dozens(text: str) -> list[dict]:
    """ "A baker's dozen of rolls": a count of 13."""
    return [_row(m.start(), m.end(), text, 13.0, "count") for m in BAKERS_DOZEN.finditer(text)]


def tens_of(doc: Doc) -> list[dict]:
    """ "tens of ballistic missiles": a vague count of the noun after "of", approx many."""
    text, rows = doc_text(doc), []
    for m in TENS_OF.finditer(text):
        span = doc.char_span(m.start(), m.start() + 4)
        of = next((c for c in span[0].children if c.lower_ == "of"), None) if span is not None else None
        rows.append(_row(m.start(), m.start() + 4, text, None, "count") | {"approx": "many", "counted": partitive(of) if of is not None else None})
    return rows


def roman_numerals(doc: Doc) -> list[dict]:
    """Roman numerals in names: "Chapter VII" (chapter number), "King Abdullah II" (regnal
    number), "World War II" (war), "the XXIX Olympic Games" (game); kind ``name`` like other
    numbers in names. A Roman numeral anywhere else (a list item, an initial) is left out."""
    rows = []
    if not TWO_ROMAN_LETTERS.search(doc_text(doc)):  # every numeral of value 2 or more has two
        return rows
    for token in doc:
        value = roman_value(token.text)
        if value is None or value < 2:
            continue
        named = _named_by(token)
        if named is not None:
            row = _row(token.idx, token.idx + len(token.text), doc_text(doc), float(value), NAME)
            rows.append(row | {"counted": named[0], "refers_to": named[1].text})
    return rows


def roman_value(word: str) -> int | None:
    """ "VII" -> 7, "XXIX" -> 29; None for what is no Roman numeral of I, V, X."""
    if len(word) < 2 or not ROMAN.fullmatch(word):
        return None
    total = 0
    for letter, following in zip(word, word[1:] + " "):
        value = ROMAN_VALUES[letter]
        total += -value if ROMAN_VALUES.get(following, 0) > value else value
    return total


def _named_by(token: Token) -> tuple[str, Span] | None:
    """What a Roman numeral in a name labels, from the word before it (a label noun, a person's
    name, a capitalised noun) or the capitalised name after it, and the name; None outside a name."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before is not None and before.lower_ in LABEL_NOUNS and before.is_title:
        return before.lower_ + " number", doc[before.i:token.i + 1]
    titled = before is not None and before.i > 0 and doc[before.i - 1].lower_ in REGNAL_TITLES
    if before is not None and before.is_title and (before.ent_type_ == "PERSON" or titled):
        return "regnal number", doc[before.i:token.i + 1]
    if before is not None and before.is_title and not before.is_sent_start \
            and (before.pos_ == "NOUN" or before.ent_type_ in NAMED_THINGS):
        return before.lemma_.lower(), doc[before.i:token.i + 1]  # "World War II"
    if after is not None and after.is_title and after.pos_ in {"PROPN", "ADJ", "NOUN"}:
        last = after
        while last.i + 1 < len(doc) and doc[last.i + 1].is_title:
            last = doc[last.i + 1]
        return last.lemma_.lower(), doc[token.i:last.i + 1]  # "the XXIX Olympic Games"
    return None


def _row(start: int, end: int, text: str, value: float | None, kind: str) -> dict:
    return {"start": start, "end": end, "surface": text[start:end], "value": value, "kind": kind, "unit": None,
            "refers_to": None}
