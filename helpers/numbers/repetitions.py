"""What a count of times repeats (the ``counted`` of "twice", "three times", "20 times").

"Met twice" counts meetings, "has violated the truce 20 times" violations, "were extended three
times" extensions: the verb the repetition modifies names the event, when it is a verb with a
common noun for what it does (``REPEATED_EVENTS``). Any other verb ("the talks stalled twice",
"said it twice") leaves the count of ``times``; "spoke twice" counts calls where calls are
being told (by phone, or a call named in the sentence or the one before), and a light verb
repeats its object ("made phone calls nine times"). Used by ``extract``.
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
# "spoke twice by phone", "talked on the telephone twice" count calls; "spoke twice" alone may be
# calls or meetings, and stays "times".
CONVERSATION_VERBS = {"speak", "talk", "confer"}
PHONE_WORDS = {"phone", "telephone", "videophone"}
MULTIPLICATIVE_WORDS = {"once", "twice", "thrice"}
PERSONAL_OBJECTS = {"him", "her", "them"}  # "received him twice": a person seen
# "has been to Moscow twice", "has been here twice": being somewhere again is visiting it.
VISIT_ADVERBS = {"here", "there", "back"}
# "made phone calls nine times", "held talks three times": a light verb repeats its object.
LIGHT_VERBS = {"make", "hold", "place", "conduct", "have", "exchange"}
# "made seven calls ... spoke to Blair twice": a conversation told amid calls is a call.
CALL_WORDS = {"call", "phone", "telephone", "phoned", "telephoned"}


def what_is_repeated(doc: Doc, row: dict) -> str | None:
    """The events a count of times counts ("met three times" -> "meetings"); None when the verb
    it modifies names no event (the caller keeps "times")."""
    marker = _times_token(doc, row)
    if marker is None:
        return None
    verb = _repeating_verb(marker)
    if verb is None:
        return None
    event = _event_of(verb)
    if event is None and verb.dep_ == "acl" and verb.head.head.pos_ == "VERB":
        event = _event_of(verb.head.head)  # "violated the truce declared on Monday three times" (parsed on "declared")
    return event


def _repeating_verb(marker: Token) -> Token | None:
    """The verb a "twice" or "N times" modifies: its head, through the nouns a wrong parse hangs it
    on ("met Diallo, the rebel leader, three times" parsed as apposition); None for a
    multiplier ("ten times more", "twice the size")."""
    head = marker.head
    for _ in range(4):
        if head.pos_ in {"VERB", "AUX"} and head != marker:
            return head
        once_more = marker.lower_ == "once" and head.pos_ in {"ADV", "ADP"}  # "met once before", "twice, once in the morning"
        if (head.pos_ in {"ADJ", "ADV", "ADP"} and not once_more) or head == head.head:
            return None
        head = head.head
    return None


def _event_of(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma in REPEATED_EVENTS:
        return REPEATED_EVENTS[lemma]
    if lemma in {"see", "receive"} and _meets_someone(verb, pronouns=lemma == "receive"):
        return "meetings"  # "saw the rebel leader five times", "received him only once" ("saw them" may be visits)
    if lemma in CONVERSATION_VERBS and (_by_phone(verb) or _amid_calls(verb)):
        return "calls"
    if lemma in LIGHT_VERBS:
        return _object_repeated(verb)
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


def _meets_someone(verb: Token, pronouns: bool = False) -> bool:
    """ "saw the envoy's rival five times": someone named is seen (a misparse may make the name a clause)."""
    return any(c.dep_ in {"dobj", "ccomp", "oprd"} and (c.pos_ == "PROPN" or c.ent_type_ == "PERSON" or (pronouns and c.lower_ in PERSONAL_OBJECTS))
               for c in verb.children)


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


def _object_repeated(verb: Token) -> str | None:
    """ "made phone calls nine times" -> "phone calls": the plural object of a light verb, with its compounds."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "ccomp"} and c.pos_ == "NOUN" and c.tag_ == "NNS"), None)  # "ccomp": a misparse of "made phone calls"
    if obj is None:
        return None
    return " ".join([t.text for t in obj.lefts if t.dep_ == "compound"] + [obj.text])


def _amid_calls(verb: Token) -> bool:
    """ "Clinton made seven calls overnight. He spoke to Blair twice": a call or phone is named in
    the verb's sentence or the one before it."""
    doc, sent = verb.doc, verb.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lemma_.lower() in CALL_WORDS and t.pos_ in {"NOUN", "VERB"} for t in doc[start:sent.end])
