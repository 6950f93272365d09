"""Participant heads the parser leaves outside a contact verb's own arguments: conjuncts and
apposed names ("Putin and US counterpart Joe Biden"), companions ("X, together with Y"),
the "with" phrase under a topic noun ("discussed the crisis with Y"), and people sat with
("sat down with A and B").
"""

from __future__ import annotations

from spacy.tokens import Token


def with_conjuncts(token: Token) -> list[Token]:
    """A participant, its conjuncts, and names in apposition ("Putin and US counterpart Joe
    Biden" where the parser hangs "Biden" on "Putin")."""
    named = fronted_object_subject(token)
    if named is not None:  # "After meeting A, B called C" read with A as subject and B its apposition
        return with_conjuncts(named)
    heads = [token] + [c for c in token.conjuncts if c.i > token.i]
    heads += [g for h in list(heads) for g in companions(h) if g not in heads]
    found = []
    for appos in (a for h in heads for a in h.children if a.dep_ == "appos"):
        if appos.ent_type_ == "PERSON":
            # "the Minister of X Jane Roe and the Minister of Y John Doe": the name's conjuncts too
            found += [appos, *appos.conjuncts]
            # "the Turkish prime minister, A, the Emir of Qatar, Sheikh B, and C": the next title is
            # read as A's apposition, the names after it as its conjuncts
            found += [n for t in appos.children if t.dep_ == "appos" and t.ent_type_ != "PERSON"
                      for n in t.conjuncts if n.ent_type_ == "PERSON"]
            continue
        # "Clinton, Japan's Foreign Minister Seiji Maehara and South Korea's Foreign Minister Kim": apposed names
        for node in [appos, *appos.conjuncts]:
            names = [node] if node.ent_type_ == "PERSON" else [p for p in node.children if p.dep_ == "appos"]
            found += [n for p in names for n in [p, *p.conjuncts] if n.ent_type_ == "PERSON"]
    return heads + list(dict.fromkeys(found))


FRONTING_WORDS = {"after", "before", "following", "ahead", "since", "while", "upon", "on", "when", "having"}


def fronted_object_subject(token: Token) -> Token | None:
    """"After speaking to A, B called C": the parser may make A (the object of the fronted clause)
    the subject and B its apposition. The named apposition is the subject when the clause's verb
    stands right before A and the sentence opens with a word that fronts such a clause."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.ent_type_ != "PERSON":
        return None
    appos = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.i > token.i
                  and any(t.text == "," for t in token.doc[token.i:c.left_edge.i])), None)
    if appos is None or token.left_edge.i == 0:
        return None
    doc, first = token.doc, token.sent.start
    before = doc[token.left_edge.i - 1]
    opened = doc[first].lower_ in FRONTING_WORDS or doc[first].tag_ == "VBG"
    clause_verb = before.pos_ == "VERB" or before.dep_ == "prep" and any(t.pos_ == "VERB" for t in doc[first:before.i])
    return appos if opened and clause_verb and before.i > first - 1 else None


def fronted_objects(verb: Token) -> list[Token]:
    """The misread subject of ``fronted_object_subject`` is the object of the fronted clause's verb
    ("After meeting A, B called C": A is whom B met)."""
    found = []
    for token in verb.sent:
        if fronted_object_subject(token) is not None:
            before = token.doc[token.left_edge.i - 1]
            if before.i == verb.i or before.dep_ == "prep" and before.head.i == verb.i:
                found.append(token)
    return found


def companions(token: Token) -> list[Token]:
    """"X, together with Y and Z, attended the meeting", "X along with Y": Y and Z are X's side."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
             and any(a.dep_ == "advmod" and a.lower_ in {"together", "along"} for a in c.children)]
    return [g for p in preps for o in p.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]]


# verbs whose object is what the contact was about, or the text signed ("signed an accord with Y")
TOPIC_VERBS = {"discuss", "raise", "review", "exchange", "sign", "initial"}


def with_under_topic(verb: Token) -> list[Token]:
    """"discussed the grain exports with his counterpart Y by phone": the parser hangs "with Y" on the
    topic noun, not the verb; a topic noun is no party, so the "with" under it is the contact's."""
    if verb.lemma_.lower() not in TOPIC_VERBS:
        return []
    topics = topic_nouns([c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"])
    return [g for t in topics for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" for g in with_conjuncts(o)]


def topic_nouns(topics: list[Token]) -> list[Token]:
    """The topic nouns and the nouns of their "of" phrases: "discussed the next round of sanctions
    with Y", "the start of exports with Y" hang "with Y" on the last noun of the chain."""
    found = list(topics)
    for noun in found:
        found += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN" and o not in found]
    return found


FACING_WORDS = {"across", "opposite"}


def seated_with(verb: Token) -> list[Token]:
    """Who a person sat with: "sat down with A and B", "sat across the table from A"."""
    if verb.lemma_.lower() != "sit" or verb.pos_ != "VERB":
        return []
    facing = any(c.dep_ in {"prep", "advmod"} and c.lower_ in FACING_WORDS for c in verb.children)
    preps = [c for c in verb.children if c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "from" and facing)]
    return [g for p in preps for o in p.children if o.dep_ == "pobj" for g in with_conjuncts(o)]


def list_goes_on(verb: Token, trigger: Token) -> list[Token]:
    """Names of a list of parties the parser hung past a comma on another word: on the contact
    noun ("a call with A of France, B of Germany and C" with B read as the call's apposition),
    on the verb after its named object ("hosted A, Foreign Minister B and C"), or a companion
    phrase under the place ("hosted A at the ministry, together with B and C")."""
    heads = []
    if trigger.pos_ == "NOUN":
        opened = [c.i for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"with", "between", "among"}]
        heads += [a for a in trigger.children if a.dep_ == "appos" and a.ent_type_ == "PERSON" and opened
                  and min(opened) < a.i]
    named_objects = [c.i for c in verb.children if c.dep_ == "dobj" and c.ent_type_ == "PERSON"]
    heads += [c for c in verb.children if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and named_objects
              and min(named_objects) < c.i]
    places = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "in"}
              for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"]
    heads += [g for place in places for g in companions(place)]
    return [g for h in heads for g in with_conjuncts(h)]


def verb_between(doc, start: int, end: int) -> bool:
    """A verb lies between two character offsets (a list of parties does not run across it)."""
    return any(t.pos_ in {"VERB", "AUX"} for t in doc if start <= t.idx < end)


OPENING_VERBS = {"open", "begin", "start", "resume", "continue", "reopen"}
OPENING_FORMS = {"opening", "beginning", "starting", "resuming", "continuing"}  # the parser may tag them nouns


def with_under_opening(trigger: Token) -> list[Token]:
    """"talks opening on Thursday with A and B": the "with" of the verb that opens the contact
    noun names its counterparts."""
    if trigger.pos_ != "NOUN":
        return []
    return [g for v in trigger.children if v.dep_ == "acl" and (v.lemma_.lower() in OPENING_VERBS or v.lower_ in OPENING_FORMS)
            for p in v.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" for g in with_conjuncts(o)]


def object_after_day(verb: Token) -> list[Token]:
    """"received on Wednesday the Ambassador of X, Y": an object written after the day is
    read as the day's apposition; a verb with no object of its own has it as its object."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    days = [o for p in verb.children if p.dep_ == "prep" and p.i > verb.i
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"}]
    return [g for d in days for a in d.children if a.dep_ == "appos" and a.ent_type_ not in {"DATE", "TIME"}
            for g in with_conjuncts(a)]
