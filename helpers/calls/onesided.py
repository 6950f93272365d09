"""Clauses whose people are not the two sides of one contact (issue 13, session 22).

"The meeting with Foreign Minister A and his deputy B lasted an hour", "the calls with A and B
came first", "she met A and B" with "she" unresolved: the people named are the counterparts
of a party the clause does not name, never a contact of each other. "called the prime minister
a liar" labels someone; "called X to tell him of the visit" names the visit as a topic of the
call, not a contact of the caller. Used by ``mentions`` and ``spans``.
"""

from __future__ import annotations

from spacy.tokens import Token

COUNTERPART_PREPS = {"with", "to"}  # "talks with A and B", "calls to A and B": one side only
BOTH_SIDES_PREPS = {"between", "among", "of"}  # "talks between A and B", "the meeting of A and B"
NAME_HEAD_DEPS = {"compound", "flat", "appos", "conj", "amod", "nmod", "poss", "case", "det", "cc", "punct"}


def counterparts_only(trigger: Token, verb: Token, subjects: list[tuple], objects: list[tuple], group) -> bool:
    """No party on the subject side, and every party named is a counterpart: the object of a
    "with" / "to" phrase or of the verb. The side that met them is missing, so the named
    people are no contact of each other."""
    if subjects or group or len(objects) < 2:
        return False
    doc = trigger.doc
    tokens = [_token_at(doc, span[1] - 1) for span in objects]
    if any(t is not None and t.dep_ == "appos" and t.head.ent_type_ == "PERSON" for t in tokens):
        return False  # "After speaking with A, B called C" read with B apposed to A: B is the missing side
    return all(_counterpart_role(_token_at(doc, span[0]), trigger, verb) for span in objects)


def _counterpart_role(token: Token | None, trigger: Token, verb: Token) -> bool:
    """The name hangs (through its title, conjuncts and appositions) on a "with"/"to" phrase or
    is the verb's object; not "between", "among" or "of", which name both sides."""
    if token is None:
        return False
    node = token
    for _ in range(12):
        if node.dep_ == "pobj":
            prep = node.head
            return prep.lower_ in COUNTERPART_PREPS and prep.lower_ not in BOTH_SIDES_PREPS
        if node.dep_ in {"dobj", "dative"}:
            # "the talks brought together A and B", "the call included A and B": the contact's own verb names both sides
            own_verb = trigger.dep_ in {"nsubj", "nsubjpass"} and trigger.head.i == node.head.i
            together = any(c.lower_ == "together" for c in node.head.children)
            return node.head.i in {verb.i, trigger.i} and not own_verb and not together
        if node.dep_ not in NAME_HEAD_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _token_at(doc, offset: int) -> Token | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def names_someone(verb: Token) -> bool:
    """"called the prime minister a terrorist": "call" with two nouns, one of them "a"/"an"
    something ("a terrorist", "a liar"), labels its object; no phone call ("called Prime Minister
    X" has one)."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    nominals = [c for c in verb.children if c.dep_ in NOMINAL_DEPS and c.pos_ in {"NOUN", "PROPN", "PRON"}]
    nominals += [a for n in nominals for a in n.children if a.dep_ in {"appos", "oprd"} and a.pos_ == "NOUN"]
    labels = [n for n in nominals if n.pos_ == "NOUN" and n.ent_type_ not in {"DATE", "TIME"}
              and n.lemma_.lower() not in TIME_NOUNS and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in n.children)]
    return len(nominals) >= 2 and bool(labels)


TIME_NOUNS = {"day", "week", "month", "year", "time", "hour", "minute", "moment", "night", "morning", "evening"}
NOMINAL_DEPS = {"dobj", "oprd", "xcomp", "ccomp", "attr", "npadvmod", "dative"}


TELLING_VERBS = {"tell", "inform", "brief", "ask", "notify", "update", "warn", "remind", "assure"}
TOPIC_WORDS = {"of", "about", "on", "regarding", "concerning"}


def topic_of_telling(trigger: Token) -> bool:
    """"called Y to tell him of the visit", "briefed X about the talks": the contact noun is what
    one party told another, not a contact of the teller and the told."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in TOPIC_WORDS:
        return False
    head = trigger.head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in TELLING_VERBS


# Events of many parties a trip may be for: their host is no counterpart of the traveller.
GATHERING_NOUNS = {"conference", "summit", "session", "forum", "assembly", "congress", "convention", "plenary",
                   "ceremony", "funeral", "inauguration", "gathering", "meeting", "meetings", "talks", "council"}
ATTENDING_VERBS = {"attend", "participate", "join", "address", "take"}
TRAVEL_LEMMAS = {"travel", "go", "fly", "arrive", "head", "come", "leave", "return"}


def trip_to_gathering(trigger: Token) -> bool:
    """"will fly to Rome for an international conference", "will travel to Beirut to participate
    in the emergency meeting of the Arab ministers": a trip to a gathering of many, whose people
    its own words name; the visited country's office holder is no guessed host of it. A trip
    "for talks" or "for a meeting" with no one's name stays a visit."""
    if trigger.lemma_.lower() not in TRAVEL_LEMMAS or trigger.pos_ != "VERB":
        return False
    nouns = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    for verb in (c for c in trigger.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in ATTENDING_VERBS):
        nouns += [c for c in verb.children if c.dep_ == "dobj"]
        nouns += [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"in", "at"} for o in p.children if o.dep_ == "pobj"]
    return any(_gathering(n) for n in nouns)


def _gathering(noun: Token) -> bool:
    """A conference or summit; a meeting or talks only as a body's or many people's ("of the Arab ministers")."""
    word = noun.lemma_.lower()
    if word not in GATHERING_NOUNS:
        return False
    if word in {"meeting", "meetings", "talks", "council"}:
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(o.tag_ in {"NNS", "NNPS"} or o.ent_type_ == "ORG"
                                                                for o in p.children) for p in noun.children)
    return True
