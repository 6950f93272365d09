"""Words that look like contacts but are one-sided: a speech to an audience ("spoke to the
parliamentary group of his party", "addressed the session"), speaking on a body's behalf
("speaking for the Community"), a vehicle's journey ("the airliner flying to Lima"), and a
tally of many contacts ("met several times"). People travelling together are
``together.fellow_travellers``. Used by ``triggers`` and ``mentions``.
"""

from __future__ import annotations

from spacy.tokens import Token


# Who hears a speech, not one counterpart: "spoke to the nation", "talked to reporters".
AUDIENCE_NOUNS = {"group", "parliament", "session", "assembly", "conference", "crowd", "rally", "nation", "audience",
                  "supporters", "reporters", "journalists", "press", "students", "lawmakers", "legislators", "delegates",
                  "congress", "senate", "caucus", "faction", "convention", "forum", "summit", "plenary", "chamber",
                  "gathering", "members", "deputies", "troops", "soldiers", "people", "media", "audiences", "crowds"}
SPEECH_VERBS = {"speak", "talk"}
# A carrier travels, not a party: "the Boeing 777 flying from Amsterdam", "the convoy arrived in Aleppo".
VEHICLE_NOUNS = {"aircraft", "plane", "airplane", "airliner", "jet", "jetliner", "flight", "helicopter", "ship", "vessel",
                 "boat", "ferry", "tanker", "convoy", "train", "missile", "rocket", "drone", "boeing", "airbus", "shipment"}
TIME_ENTS = {"DATE", "TIME", "CARDINAL", "QUANTITY"}


def is_speech(verb: Token) -> bool:
    """"spoke to the parliamentary group", "talked to reporters", "speaking for the European
    Community" (no one spoken with): an address or a mandate, no contact. "spoke for an hour"
    and "spoke to Macron" stay contacts."""
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    heard = [o for p in preps if p.lower_ in {"to", "before"} for o in p.children if o.dep_ == "pobj"]
    if heard and all(o.lemma_.lower() in AUDIENCE_NOUNS and o.ent_type_ not in {"PERSON"} for o in heard):
        return True
    on_behalf = [o for p in preps if p.lower_ == "for" for o in p.children if o.dep_ == "pobj"
                 and o.ent_type_ not in TIME_ENTS and not any(c.ent_type_ in TIME_ENTS for c in o.subtree)]
    partners = [p for p in preps if p.lower_ in {"with", "to", "by", "over", "on"}]
    return bool(on_behalf) and not partners


def is_vehicle_journey(verb: Token) -> bool:
    """The traveller is a vehicle: "Aircraft Boeing 777 which was flying to Kuala Lumpur"."""
    travellers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl" and (not travellers or travellers[0].tag_ in {"WDT", "WP"}):
        travellers = [verb.head]  # "the plane, which flew to X": the noun the clause describes
    words = {t.lower_ for s in travellers for t in s.subtree if t.i <= s.i}
    return bool(travellers) and bool(words & VEHICLE_NOUNS)


# "has spoken to Putin roughly 40 times since 2014", "met repeatedly": a tally of many contacts, none of them one
HABIT_ADVERBS = {"repeatedly", "regularly", "frequently", "often", "routinely", "constantly"}
VAGUE_COUNTS = {"several", "many", "numerous", "countless", "dozens", "scores", "hundreds", "multiple"}
TALLY_MIN = 4


def tallied(verb: Token) -> bool:
    """The verb counts many contacts ("spoken to X roughly 40 times", "met several times",
    "talk regularly", "all spoke in pairs"): no single contact to date."""
    for child in verb.children:
        if child.lower_ in HABIT_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ == "in" and any(o.lower_ == "pairs" for o in child.children):
            return True  # "A, B, C and D all spoke in pairs": many bilateral contacts, none of the four together
        if child.lemma_.lower() == "time" and child.tag_ == "NNS":
            counts = [t for t in child.subtree if t.i < child.i]
            if any(t.lower_ in VAGUE_COUNTS for t in counts):
                return True
            if any(t.like_num and t.text.isdigit() and int(t.text) >= TALLY_MIN for t in counts):
                return True
    return False
