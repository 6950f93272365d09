"""The true subject of a reporting verb where the parser took a wider or a nearby phrase.

Used by ``cues.find_subject``: "a deal Athens says ignores ...", "... included Lee, Kim and Park,
officials said", "An aide to Lee, Ann Kim, said ...".
"""

from __future__ import annotations

from spacy.tokens import Token

SPEAKER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
NAMED_PARTY_ENTITIES = {"PERSON", "ORG"}  # the parser tags a bare surname either way
ROLE_PREPOSITIONS = {"to", "for", "of"}  # "an aide to Lee", "a spokesman for Lee", "a friend of Lee"


def misparsed_subject(subject: Token, verb: Token) -> Token:
    """The true subject where the parser took a wider phrase.

    "a deal Athens says ignores ...": a relative clause without "that" parsed as the noun with
    the name in apposition -> the name. "... included Lee, Kim and Park, officials said": a list
    whose last member, joined by a comma and no "and", stands right before the verb -> that member.
    """
    doc = subject.doc
    own = _subject_across_object_aside(subject, verb)
    if own is not None:
        return own
    named = [c for c in subject.children if c.dep_ == "appos" and c.ent_type_ in SPEAKER_ENTITIES
             and c.i == subject.i + 1 and subject.pos_ == "NOUN" and not subject.ent_type_]
    if named:
        return named[0]
    aide = _name_of_role(subject)
    if aide is not None:
        return aide
    last = subject
    while any(c.dep_ == "conj" for c in last.children):
        last = max((c for c in last.children if c.dep_ == "conj"), key=lambda c: c.i)
    if last is subject or last.right_edge.i + 1 != verb.i or last.pos_ != "NOUN":
        return subject
    before = doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
    return last if before is not None and before.text == "," else subject


def _name_of_role(subject: Token) -> Token | None:
    """"An aide to Lee, Ann Kim, said": the name set off by commas after "a role to NAME" is the
    role holder's (a name needs no second name), hung by the parser on the first name. Not after a
    common noun ("an aide to the minister, Ann Kim,": Kim may be the minister)."""
    if subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS):
        for owner in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ in NAMED_PARTY_ENTITIES):
            # the parser hangs the second name on the first ("Lee, Ann Kim") or on the role ("aide, Ann Kim")
            names = [a for a in owner.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"] + \
                [a for a in subject.children if a.dep_ == "appos" and a.i > owner.i and a.ent_type_ in {"", "PERSON", "ORG"}
                 and not any(d.dep_ == "det" for d in a.children)]  # a bare name, not "the Freedom Party"
            name = next((a for a in names if a.pos_ == "PROPN" and _set_off(a, subject)), None)
            if name is not None:
                return name
    return None


def _set_off(name: Token, subject: Token) -> bool:
    """The name stands between commas and closes the subject phrase: "an aide to Lee, Ann Kim, said"."""
    doc = name.doc
    after = name.right_edge.i + 1
    return doc[name.left_edge.i - 1].text == "," and after < len(doc) and doc[after].text == "," \
        and after == subject.right_edge.i


def _subject_across_object_aside(subject: Token, verb: Token) -> Token | None:
    """"Lee visited Kim's prime minister, Ana Ruiz, the bloc's chair, and thanked her": the name set
    off after the first verb's object, parsed as the subject of the verb after ", and", describes that
    object; the first verb's subject goes on."""
    doc, head = subject.doc, verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or not head.i < subject.i < verb.i or subject.pos_ != "PROPN":
        return None
    if verb.i < 2 or doc[verb.i - 1].lower_ != "and" or doc[verb.i - 2].text != "," or doc[subject.left_edge.i - 1].text != ",":
        return None
    before = doc[subject.left_edge.i - 2] if subject.left_edge.i >= 2 else None
    if before is None or before.pos_ not in {"NOUN", "PROPN"} or head not in before.ancestors:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
