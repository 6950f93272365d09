"""What a count of times repeats (the ``counted`` of "twice", "three times", "20 times").

"Met twice" counts meetings, "has violated the truce 20 times" violations, "were extended three
times" extensions: the verb the repetition modifies names the event, when it is a verb with a
common noun for what it does (``REPEATED_EVENTS``). Any other verb ("the talks stalled twice",
"said it twice") leaves the count of ``times``. Used by ``extract``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# verb lemma -> the events it repeats; verbs whose event has no plain noun stay "times".
REPEATED_EVENTS = {
    "meet": "meetings", "gather": "meetings", "convene": "meetings",
    "call": "calls", "phone": "calls", "telephone": "calls", "ring": "calls",
    "visit": "visits", "travel": "trips",
    "violate": "violations", "breach": "breaches",
    "extend": "extensions", "postpone": "postponements", "delay": "delays", "suspend": "suspensions",
    "attack": "attacks", "launch": "launches", "veto": "vetoes",
    "warn": "warnings", "threaten": "threats", "write": "letters",
}
# "spoke twice" counts conversations; "spoke twice by phone", "talked on the telephone twice" calls.
CONVERSATION_VERBS = {"speak", "talk", "confer"}
PHONE_WORDS = {"phone", "telephone", "videophone"}
MULTIPLICATIVE_WORDS = {"once", "twice", "thrice"}
# "has been to Moscow twice", "has been here twice": being somewhere again is visiting it.
VISIT_ADVERBS = {"here", "there", "back"}


def what_is_repeated(doc: Doc, row: dict) -> str | None:
    """The events a count of times counts ("met three times" -> "meetings"); None when the verb
    it modifies names no event (the caller keeps "times")."""
    marker = _times_token(doc, row)
    if marker is None:
        return None
    verb = marker.head
    if marker.dep_ == "predet" and verb.dep_ == "npadvmod":
        verb = verb.head  # "visited twice this month" (parsed "twice this month")
    while verb.dep_ == "conj" and verb.pos_ != "VERB" and verb.head != verb:
        verb = verb.head  # "called Ecevit at dawn and then, twice, the Greek leaders"
    if verb.pos_ not in {"VERB", "AUX"} or verb == marker:
        return None  # "ten times more", "twice the size": a multiplier, no repetition
    lemma = verb.lemma_.lower()
    if lemma in REPEATED_EVENTS:
        return REPEATED_EVENTS[lemma]
    if lemma == "see" and _meets_someone(verb):
        return "meetings"  # "saw the rebel leader five times"
    if lemma in CONVERSATION_VERBS:
        return "calls" if _by_phone(verb) else "conversations"
    if lemma == "be":
        return _being_somewhere(verb)
    return None


def _times_token(doc: Doc, row: dict) -> Token | None:
    """ "twice" itself, or the "times" after (or ending) "three times"."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None:
        return None
    if span[-1].lower_ in MULTIPLICATIVE_WORDS | {"times"}:
        return span[-1]
    if span.end < len(doc) and doc[span.end].lower_ == "times":
        return doc[span.end]
    return None


def _meets_someone(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON") for c in verb.children)


def _by_phone(verb: Token) -> bool:
    """ "spoke twice by phone", "has spoken to Putin by telephone 40 times"."""
    return any(t.lemma_.lower() in PHONE_WORDS for c in verb.children if c.dep_ == "prep" for t in c.subtree)


def _being_somewhere(verb: Token) -> str | None:
    """ "had been on the telephone to him twice" -> calls; "has been here twice", "has been to
    Kabul twice" -> visits."""
    if _by_phone(verb):
        return "calls"
    if any(c.lower_ in VISIT_ADVERBS and c.dep_ == "advmod" for c in verb.children):
        return "visits"
    to_place = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    if any(o.ent_type_ in {"GPE", "LOC", "FAC"} for p in to_place for o in p.children if o.dep_ == "pobj"):
        return "visits"
    return None
