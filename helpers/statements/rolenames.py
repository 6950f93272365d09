"""The name of a role's holder written after the role's whole phrase, not beside the role noun.

"The U.N. envoy to Sudan, Volker Perthes, told ..." (the name set off after the place the
role is for) and the word order of translated official copy, "The press secretary of the
Russian President Dmitry Peskov told ..." / "The official representative of the Ministry
Andrei Nesterenko declared ...", where the holder's name closes the title with no comma.
The parser hangs the name on the place or body, so the speaker would otherwise be the bare
role ("envoy", "press secretary").
"""

from __future__ import annotations

import re

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
    if head.ent_type_ == "PERSON":
        return None
    if head.pos_ == "NOUN" and head.lower_ in ROLE_HEADS | KIN_HEADS:
        own = _untagged_apposed_name(head)
        if own or head.lower_ in KIN_HEADS:
            return own
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS):
            for body in (g for g in prep.children if g.dep_ == "pobj"):
                name = _apposed_name(body) or _closing_name(prep, body, given_names)
                if name:
                    return name
    if head.pos_ in {"NOUN", "PROPN"} and head.lower_ in ROLE_HEADS | LEADER_HEADS:
        return _name_closing_body(head, given_names)
    return None


# Titles of leaders written before the country they lead: "President of the Republic of Peru Marco Bellini".
LEADER_HEADS = {"president", "premier", "chancellor", "king", "emir", "leader", "spokesperson"}
# Titles that make the name after them a principal, not the role's holder: "a spokesman for President Ana Ruiz".
PRINCIPAL_TITLES = {"president", "minister", "secretary", "premier", "chancellor", "king", "emir", "leader", "senator",
                    "governor", "mayor", "general", "prince", "sheikh", "ayatollah", "pope", "chairman", "director"}
# Words that end a body's name: "the Peruvian Foreign Ministry Lina Ortez" (the name starts after "Ministry").
BODY_END_WORDS = {"ministry", "office", "department", "agency", "council", "committee", "affairs", "republic",
                  "federation", "kingdom", "mfa", "government", "commission", "service", "delegation", "union"}
INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)+(?:-?[A-Z][a-z]+)?$")  # "I.", "Sh.M.", "A.Petrova"


def name_after_opening_role(head: Token, given: dict[str, str]) -> list[Token] | None:
    """The same order when the parser made the name the subject's head and the role a modifier of
    it: "President of the Republic of Peru M. Bellini said" (head "Bellini")."""
    first = head.left_edge
    if first.lower_ == "the" and first.i + 1 < head.i:
        first = head.doc[first.i + 1]
    if head.pos_ != "PROPN" or first.i >= head.i or first.lower_ not in ROLE_HEADS | LEADER_HEADS:
        return None
    return _name_closing_body(first, given, last=head)


def _name_closing_body(head: Token, given: dict[str, str], last: Token | None = None) -> list[Token] | None:
    """The name closing a role's whole phrase after the body or country it serves, in the word
    order of translated official copy: "Spokesperson of the Peruvian Foreign Ministry Lina Ortez",
    "President of the Republic of Peru Marco Bellini", "Official representative of the MFA A.Petrova".

    The name starts at a given name, an initial or a tagged person, else right after a body word;
    the words between the role's preposition and the name must name a body, not a title
    ("a spokesman for President Ana Ruiz" is Ruiz's spokesman).
    """
    doc = head.doc
    prep = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if prep is None or prep.lower_ not in ROLE_PREPOSITIONS:
        return None
    last = last or _end_of_title_phrase(head, prep)
    if last.i <= prep.i + 1:
        return None
    run = []
    for i in range(last.i, prep.i, -1):
        if not (INITIALS.match(doc[i].text) or doc[i].pos_ == "PROPN" and doc[i].is_title):
            break
        run.insert(0, doc[i])
    start = next((k for k, t in enumerate(run) if t.lower_ in given or t.ent_type_ == "PERSON" or INITIALS.match(t.text)), None)
    if start is None:
        # the name starts after a body word, or after the place an inner "of" names ("of China Zhu Bangzao")
        ends = [k for k, t in enumerate(run) if t.lower_ in BODY_END_WORDS
                or t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.i > prep.i and len(run) - k - 1 >= MIN_NAME_WORDS]
        start = ends[-1] + 1 if ends else None
    if start is None or not run or run[start:] == [] or run[start].i - 1 <= prep.i:
        return None
    name, before = run[start:], doc[run[start].i - 1]
    if before.lower_ in PRINCIPAL_TITLES or before.lower_ in {"of", "for", "to", ","} or len(name) > MAX_NAME_WORDS:
        return None
    if len(name) < MIN_NAME_WORDS and not any(INITIALS.match(t.text) for t in name):
        return None
    return name


def _end_of_title_phrase(head: Token, prep: Token) -> Token:
    """The last word of the role's own phrase: its subtree's end, or the capitalised word before
    an aside the parser hung on the role ("The spokesman of the Ministry Ali Kaya in his weekly
    briefing said": "Kaya")."""
    doc, last = head.doc, head.right_edge
    i = prep.i + 1
    while i <= last.i and not doc[i].is_punct and (doc[i].pos_ in {"PROPN", "DET", "ADJ", "NOUN"}
                                                   or doc[i].pos_ == "ADP" and doc[i].head != head):
        i += 1  # the body's own words, and its prepositions ("the Office on Taiwan Affairs")
    if i <= last.i and i - 1 > prep.i and doc[i - 1].pos_ == "PROPN" and doc[i].pos_ == "ADP":
        return doc[i - 1]  # an aside hung on the role itself ("... Ali Kaya in his weekly briefing")
    return last


def _untagged_apposed_name(head: Token) -> list[Token] | None:
    """"A spokesman for the ministry, Raveesh Kumar, said": a name set off after the role that the
    tagger did not mark as a person (or took for an organisation with its rank, "Air Marshal S. Lee");
    the name is the last words of the apposition."""
    if any(c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children) for c in head.children):
        return None  # a list hung on the role is no one's name: "the spokesman, Minister A and Premier B"
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
