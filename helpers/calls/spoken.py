"""Words said to someone over a named channel: "assured him in person", "told Y by phone",
"thanked her over the telephone", "urged X face to face".

A verb of speaking to a person is no contact by itself ("told Y that ...", "urged X to
stop" are statements), but with the channel it was said over it reports one: the speaker
and the person spoken to met, or were on the phone. The one spoken to is a named person or
"him"/"her" (found before); "told reporters by phone", "told Reuters by telephone" name
no counterpart.
"""

from __future__ import annotations

from spacy.tokens import Token

SPEAKING_VERBS = {"tell", "assure", "reassure", "inform", "promise", "warn", "urge", "ask", "thank", "congratulate",
                  "press", "invite", "update"}
PHONE_WORDS = {"phone", "telephone"}
PERSON_PRONOUNS = {"him", "her"}


def said_over_channel(verb: Token) -> str | None:
    """The channel ("phone", "in_person", "video") of a speaking verb said to a person over
    one ("assured him in person", "told X by phone"), or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKING_VERBS:
        return None
    listeners = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    if not any(o.ent_type_ == "PERSON" or o.lower_ in PERSON_PRONOUNS for o in listeners):
        return None
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return next((channel for c in verb.children if c.dep_ == "prep" for channel in [_channel_phrase(c)] if channel), None)


def _channel_phrase(prep: Token) -> str | None:
    """"by phone", "over the telephone", "by video" -> phone or video; "in person", "face to face" -> in_person."""
    nouns = [o for o in prep.children if o.dep_ == "pobj"]
    words = {o.lower_ for o in nouns}
    if prep.lower_ in {"by", "over"} and words & PHONE_WORDS:
        return "phone"
    if prep.lower_ == "by" and "video" in words:
        return "video"
    if prep.lower_ == "in" and "person" in words and not any(c.dep_ in {"det", "amod"} for o in nouns for c in o.children):
        return "in_person"
    return None
