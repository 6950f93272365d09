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
            return node.head.i in {verb.i, trigger.i}
        if node.dep_ not in NAME_HEAD_DEPS or node.head.i == node.i:
            return False
        node = node.head
    return False


def _token_at(doc, offset: int) -> Token | None:
    return next((t for t in doc if t.idx <= offset < t.idx + len(t.text)), None)


def names_someone(verb: Token) -> bool:
    """"called the prime minister a terrorist": "call" with an object and a noun predicate
    ("a terrorist", "a liar") labels its object; no phone call."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    labels = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "ccomp"} and c.pos_ == "NOUN"
              and any(d.dep_ == "det" for d in c.children)]
    labels += [c for o in objects for c in o.children if c.dep_ in {"appos", "oprd"} and c.pos_ == "NOUN"
               and any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)]
    return bool(objects) and bool(labels)


TELLING_VERBS = {"tell", "inform", "brief", "ask", "notify", "update", "warn", "remind", "assure"}
TOPIC_WORDS = {"of", "about", "on", "regarding", "concerning"}


def topic_of_telling(trigger: Token) -> bool:
    """"called Y to tell him of the visit", "briefed X about the talks": the contact noun is what
    one party told another, not a contact of the teller and the told."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in TOPIC_WORDS:
        return False
    head = trigger.head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in TELLING_VERBS
