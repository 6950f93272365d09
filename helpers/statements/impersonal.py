"""Impersonal passive cues of wire translations: "as it was informed in the press service of the
Kremlin", "as it was told to the correspondent in the ministry", "information of it was reported
in the presidency": the body named after "in" speaks."""

from __future__ import annotations

from spacy.tokens import Token

IMPERSONAL_CUES = {"inform", "say", "state", "note", "stress", "emphasize", "emphasise", "underline", "underscore", "add"}
# Passive cues that are hearsay ("it was reported that ...") unless an institution is named as the source.
SOURCED_ONLY_CUES = {"tell", "report", "specify", "declare", "announce"}
IMPERSONAL_SUBJECTS = {"it", "information"}
INSTITUTION_NOUNS = {"service", "ministry", "office", "presidency", "government", "department", "embassy",
                     "administration", "secretariat", "headquarters", "kremlin", "staff", "committee", "council"}


def impersonal_source(verb: Token, subject: Token) -> Token | None:
    """"As it was informed in the press service of the Kremlin, ...", "It was informed that ...":
    the body named after "in" speaks, else the "it" (resolved like "it said" to the body
    speaking nearby). Not "it is said that" with no clause or in the present: hearsay."""
    lemma = verb.lemma_.lower()
    if subject.lower_ not in IMPERSONAL_SUBJECTS or lemma not in IMPERSONAL_CUES | SOURCED_ONLY_CUES or verb.tag_ != "VBN" \
            or not any(c.dep_ == "auxpass" and c.lower_ in {"was", "were", "has", "had", "been"} for c in verb.children):
        return None
    place = _institution_in(verb)
    if place is None and (lemma in SOURCED_ONLY_CUES or subject.lower_ != "it"):
        return None
    return place if place is not None else subject


def _institution_in(verb: Token) -> Token | None:
    """The institution of an "in" phrase on the verb, or on the person told ("to the correspondent in X")."""
    holders = [verb] + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "in":
                continue
            for place in prep.children:
                if place.dep_ == "pobj" and (place.lemma_.lower() in INSTITUTION_NOUNS
                                             or any(t.ent_type_ == "ORG" for t in place.subtree)):
                    return place
    return None
