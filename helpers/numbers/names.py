"""Numbers inside names: "F-16s", "G20", "Nord Stream 2", "Group of Seven", "53rd Infantry Brigade".

The annotation keeps them (a reader marks the number), but no figure counts them, so they
are rows of kind ``name`` with the name in ``refers_to``; the comparisons across outlets,
which read counts, money, durations, never see them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from helpers.docarrays import doc_entities
from helpers.numbers import spans, words as numwords
from helpers.parse import doc_text

NAME_ENTITIES = {"ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PERSON", "GPE"}
# "F-16", "MiG-21s", "C-17", "Su-35", "G20", "P5": a designation of a model or group, a name.
# One capital glued to the number: two or more letters glued to digits ("MH17", "FR4978", "BA38")
# make a code (a flight, a vessel, a form), which the annotation leaves out: no figure, no name.
DESIGNATION = re.compile(r"(?:[A-Z][A-Za-z]{0,3}-\d{1,4}|[A-Z]\d{1,2})[A-Z]?s?")
# "P5+1": a group and the member added to it, one name (six members).
GLUED_DESIGNATION = re.compile(r"(?<![\w.$\-/])[A-Z]([1-9]\d?)(?:\+([1-9]))?(?!\w|[\-/.,+]\w|[%$])")
NAME = "name"
# "(GMT-4)", "UTC+2": a time zone's offset, told with its clock times; no name, no figure.
ZONE_OFFSET = re.compile(r"\(?(?:GMT|UTC)[-+\u2212]\d{1,2}(?::?\d{2})?\)?")
# "G7", "G20", "Group of Seven", "Group of 20": the number in a group's name counts its member states.
GROUP_NAME = re.compile(r"G\d{1,2}|Group of [\w-]+", re.I)
GROUP_MEMBERS = "member states"
GROUP_OF_BEFORE = re.compile(r"\bGroup of $")
# "F-16", "MiG-21s", "Su-35": letters, a hyphen and a number name a type (of aircraft, rocket,
# tank); the number counts nothing, it designates the type.
MODEL_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?s?")
TYPE_DESIGNATION = "type designation"
# "Resolution 2166", "Article 5", "Flight 752", "Route 66": a noun that numbers its kind; the
# number is the label of one of them, "resolution number" as the annotation writes it.
LABEL_NOUNS = {"resolution", "article", "flight", "route", "chapter", "protocol", "paragraph", "section", "clause",
               "decree", "amendment", "annex", "gate", "terminal", "platform", "highway", "camp", "sector", "zone",
               "phase", "stage", "block", "building", "hall", "no.", "number"}
# "Minsk-2 airport", "Geneva-2": a place name and a number joined by a hyphen name one of several.
PLACE_NUMBER = re.compile(r"(?<![\w-])[A-Z][a-z]{3,}-([1-9])(?![\w-])")


def word_around(text: str, phrase: spans.Phrase) -> tuple[int, int]:
    """Bounds of the whitespace-delimited word holding a phrase, without closing punctuation."""
    start = max(text.rfind(c, 0, phrase.start) for c in " \n(\"\u201c") + 1
    end = phrase.end
    while end < len(text) and not text[end].isspace():
        end += 1
    while end > phrase.end and text[end - 1] in ".,;:!?)\"'\u201d\u2019":
        end -= 1
    return start, end


def name_number(doc: Doc, phrase: spans.Phrase) -> dict:
    """A number inside a name, kind ``name``: the annotation keeps it, no figure counts it.

    "F-16s" and "G20" are rows for the whole designation; "Nord Stream 2", "Group of Seven",
    "53rd Infantry Brigade" for the number, with the name it belongs to in ``refers_to``."""
    text = doc_text(doc)
    start, end = word_around(text, phrase)
    if not DESIGNATION.fullmatch(text, start, end):
        start, end = phrase.start, phrase.end
    value = phrase.value if phrase.value is not None else numwords.parse_ordinal(phrase.text)
    span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    name = _name_of(span) if span is not None and len(span) else None
    if name is None and span is not None and span.start > 0 and span.doc[span.start - 1].lower_ in LABEL_NOUNS:
        name = span.doc[span.start - 1:span.end].text  # "Flight 752"
    word = word_around(text, phrase)
    if PLACE_NUMBER.fullmatch(text, *word):
        name = text[slice(*word)]  # "Minsk-2"
    group = GROUP_NAME.fullmatch(text, start, end) or GROUP_OF_BEFORE.search(text, max(0, phrase.start - 10), phrase.start)
    counted = GROUP_MEMBERS if group else TYPE_DESIGNATION if MODEL_CODE.fullmatch(text, start, end) else None
    if counted is None and span is not None and len(span):
        counted = _named_kind(span, end, ordinal=phrase.value is None)
    return {"start": start, "end": end, "surface": text[start:end], "value": None if value is None else float(value),
            "kind": "name", "unit": None, "refers_to": name or text[start:end], "counted": counted}


def _named_kind(span, end: int, ordinal: bool) -> str | None:
    """What a name number labels: "resolution number" for "Resolution 2166", "war" for the ordinal
    of "the Second World War", "airport name" for "Minsk-2 airport" (the common noun the name goes with)."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if not ordinal and before is not None and before.lower_ in LABEL_NOUNS and before.text[:1].isupper():
        return before.lower_ + " number"
    after = next((t for t in doc[span.end:span.end + 4] if t.idx >= end), None)
    if ordinal:
        name_end = span.end
        while name_end < len(doc) and doc[name_end].text[:1].isupper() and doc[name_end].is_alpha:
            name_end += 1
        return doc[name_end - 1].lemma_.lower() if name_end > span.end else None
    if after is not None and after.pos_ == "NOUN" and after.is_lower and after.is_alpha:
        return after.lemma_.lower() + " name"
    return None


def _name_of(span) -> str | None:
    """The entity holding a span ("Group of Seven"), else the proper nouns before it ("Nord Stream 2")."""
    doc = span.doc
    ent = next((e for e in doc_entities(doc) if e.start <= span.start < e.end and e.label_ in NAME_ENTITIES), None)
    if ent is not None:
        return ent.text
    first = span.start
    while first > 0 and (doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper()
                         or doc[first - 1].lower_ == "of" and first > 1 and doc[first - 2].is_title):
        first -= 1
    return doc[first:span.end].text if first < span.start else None


def glued_designations(text: str) -> list[dict]:
    """ "G20", "G7", "P5", "P5+1": a group or model named by capitals glued to a number."""
    rows = []
    for m in GLUED_DESIGNATION.finditer(text):
        if not spans.in_link(text, m.start()):
            rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "value": float(m.group(1)) + float(m.group(2) or 0),
                         "kind": "name", "unit": None, "refers_to": m.group(0),
                         "counted": GROUP_MEMBERS if GROUP_NAME.fullmatch(m.group(0)) else None})
    return rows


