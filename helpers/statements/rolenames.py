"""The name of a role's holder written after the role's whole phrase, not beside the role noun.

"The U.N. envoy to Sudan, Volker Perthes, told ..." (the name set off after the place the
role is for) and the word order of translated official copy, "The press secretary of the
Russian President Dmitry Peskov told ..." / "The official representative of the Ministry
Andrei Nesterenko declared ...", where the holder's name closes the title with no comma.
The parser hangs the name on the place or body, so the speaker would otherwise be the bare
role ("envoy", "press secretary").
"""

from __future__ import annotations

from spacy.tokens import Token

# Role nouns whose holder may be named after the role's phrase.
ROLE_HEADS = {"envoy", "representative", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
              "minister", "commissioner", "director", "chief", "head", "chairman", "chairwoman", "chairperson",
              "official", "adviser", "advisor", "negotiator", "coordinator", "rapporteur", "correspondent"}
# Kin described before their name: "his father, retired Air Marshal S. Varthaman, told ...".
KIN_HEADS = {"father", "mother", "wife", "husband", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin"}
ROLE_PREPOSITIONS = {"of", "to", "for", "at", "in"}
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4


def holder_after_role(head: Token, given_names: dict[str, str]) -> list[Token] | None:
    """The name tokens of the holder of the role ``head`` when they follow its phrase, else None.

    ``given_names`` (lower case) tell a name from the title words before it when the tagger did not.
    """
    if head.pos_ != "NOUN" or head.lower_ not in ROLE_HEADS | KIN_HEADS or head.ent_type_ == "PERSON":
        return None
    own = _untagged_apposed_name(head)
    if own or head.lower_ in KIN_HEADS:
        return own
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS):
        for body in (g for g in prep.children if g.dep_ == "pobj"):
            name = _apposed_name(body) or _closing_name(prep, body, given_names)
            if name:
                return name
    return None


def _untagged_apposed_name(head: Token) -> list[Token] | None:
    """"A spokesman for the ministry, Raveesh Kumar, said": a name set off after the role that the
    tagger did not mark as a person (or took for an organisation with its rank, "Air Marshal S. Lee");
    the name is the last words of the apposition."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        if head.doc[appos.left_edge.i - 1].text != ",":
            continue
        words = [t for t in head.doc[appos.left_edge.i:appos.i + 1]]
        run = []
        for t in reversed(words):
            if t.pos_ != "PROPN" or not t.is_title:
                break
            run.insert(0, t)
        name = run[-MAX_NAME_WORDS:] if len(run) > MAX_NAME_WORDS else run
        if _is_name(name) and not any(t.ent_type_ == "ORG" and t.lower_ in BODY_WORDS for t in name):
            return name
    return None


BODY_WORDS = {"ministry", "office", "department", "agency", "council", "committee", "party", "group", "bank", "service"}


def _apposed_name(body: Token) -> list[Token] | None:
    """"envoy to Sudan, Volker Perthes,": a place or body has no personal name, so a person set
    off after it names the envoy (not "an aide to Senator Lee, a Democrat": the senator is described)."""
    if body.ent_type_ == "PERSON":
        return None
    for appos in (c for c in body.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        words = list(body.doc[appos.left_edge.i:appos.i + 1])
        if _is_name(words):
            return words
    return None


def _closing_name(prep: Token, body: Token, given: dict[str, str]) -> list[Token] | None:
    """"of the Russian President Dmitry Peskov", "of the Ministry Andrei Nesterenko": a definite
    phrase ("the ...") that ends in a full personal name after a title or body word.

    English copy writes a principal without the article ("a spokesman for Russian President
    Vladimir Putin"); the article before the whole phrase marks the translated word order.
    """
    doc = body.doc
    if body.pos_ != "PROPN" or prep.i + 1 >= body.i or doc[prep.i + 1].lower_ != "the":
        return None
    run = []
    for i in range(body.i, prep.i, -1):
        if doc[i].pos_ != "PROPN" or not doc[i].is_title:
            break
        run.insert(0, doc[i])
    start = next((k for k, t in enumerate(run) if t.ent_type_ == "PERSON" or t.lower_ in given), None)
    if start is None or start == 0:
        return None  # no title or body word before the name: "the Dmitry Peskov ..." is not this order
    name = run[start:]
    return name if _is_name(name) and (name[0].lower_ in given or all(t.ent_type_ == "PERSON" for t in name)) else None


def _is_name(words: list[Token]) -> bool:
    return MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and all(t.pos_ == "PROPN" and t.is_title for t in words) \
        and not any(t.ent_type_ in {"GPE", "NORP", "DATE"} for t in words)
