"""Whether one party's contact with several others was one contact of them all.

"X spoke by phone with A, B and C" is read as three calls unless the text says the parties
were on one: a noun of the clause says so ("a three-way call", "joint talks"), the contact is
one call or conversation ("X's Saturday call with A, B and C"), or the text goes on to count
all of them as one body ("... The four leaders agreed to stay in close contact"). A count of
the counterparts alone ("The three leaders expressed support") says nothing of the kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from helpers.calls.counted import COUNT_WORDS, DEFINITE_WORDS, PARTY_NOUNS, included_heads
from helpers.calls.heads import with_conjuncts, with_under_opening
from helpers.calls.partyspans import is_named_person
from helpers.calls.spans import TRAVEL_VERBS
from helpers.calls.triggers import is_trigger, is_visit
from helpers.parse import doc_text

SEPARATE_WORDS = {"separately", "individually", "respectively"}
SEQUENCE_WORDS = re.compile(r"\b(then|later|afterwards|subsequently|followed by)\b", re.I)

# "a tripartite meeting", "a three-way call", "joint talks": one contact of all the parties
TOGETHER_WORDS = {"tripartite", "trilateral", "three-way", "four-way", "three-party", "quadrilateral", "joint",
                  "multilateral", "conference"}
# one exchange by its nature; "talks", "calls", "contacts" (plural) may be several
ONE_EXCHANGE_NOUNS = {"call", "conversation", "videoconference", "teleconference"}


def split_parties(found: dict, trigger: Token, verb: Token) -> tuple[list[list[tuple]], bool]:
    """Participant lists, split into bilateral contacts when one party spoke with several
    others on the phone, "separately" or met "both A and B"; a meeting or video call with many
    stays one. The flag is True for a phone list split only by default (no word said one by
    one), which a report of the one call of them all can join again (``groups``)."""
    subjects, objects = with_people_as_objects(*found["sides"], verb)
    separately = any(t.lower_ in SEPARATE_WORDS for t in [*verb.children, *trigger.children]) or both_objects(verb) \
        or in_separate_contacts(verb, trigger)
    remote_talk = found["channel"] in {"phone", "unspecified"} and not found["group"]
    text = doc_text(trigger.doc)
    ordered = sorted(objects, key=lambda o: o[0])
    # "her Spanish counterpart Jose Manuel Albares" read as two spans: one person, the name kept
    objects = [o for o, nxt in zip(ordered, [*ordered[1:], None]) if nxt is None or text[o[1]:nxt[0]].strip()]
    # "met A and afterwards B": one meeting after the other
    in_turn = any(SEQUENCE_WORDS.search(text[o[1]:nxt[0]]) for o, nxt in zip(objects, objects[1:]))
    one_call = remote_talk and (one_exchange(trigger) or counted_as_one_body(trigger, 1 + len(objects)))
    if len(subjects) == 1 and len(objects) >= 2 and (separately or (remote_talk and not one_call) or in_turn) \
            and not all_together(verb, trigger) \
            and not included_heads(trigger):  # "the call, which will include A, B and C": one call
        return [[subjects[0], other] for other in objects], not (separately or in_turn)
    if len(objects) == 1 and len(subjects) >= 2 and (separately or each_on_their_own(verb)):
        return [[one, objects[0]] for one in subjects], False  # "A, B and C each spoke to X": one call each
    return [found["participant_spans"]], False


def with_people_as_objects(subjects: list[tuple], objects: list[tuple], verb: Token) -> tuple[list, list]:
    """"Putin spoke by phone with Qatar's Emir, Sheikh Tamim, and with ...": people the parse
    gives as subjects but written after the verb and a "with" are its counterparts."""
    text = doc_text(verb.doc)
    after = [s for s in subjects if s[0] > verb.idx and WITH_WORD.search(text[verb.idx:s[0]])]
    if not after or len(subjects) - len(after) != 1:
        return subjects, objects
    objects = objects + [s for s in after if s not in objects]
    # "with Qatar's Emir, Sheikh Tamim": the country owns the title of the person after it
    owners = [o for o in objects if text[o[1]:o[1] + 2] in {"'s", "\u2019s"}
              and any(0 < p[0] - o[1] <= TITLE_REACH for p in objects if p is not o)]
    return [s for s in subjects if s not in after], [o for o in objects if o not in owners]


TITLE_REACH = 40  # "'s Emir, His Highness Sheikh " between a country and its holder


WITH_WORD = re.compile(r"\bwith\b", re.I)


def both_objects(verb: Token) -> bool:
    """"met both A and B", "visited both X and Y": one meeting with each."""
    return verb.pos_ == "VERB" and any(t.dep_ in {"preconj", "det"} and t.lower_ == "both" and t.head.dep_ == "dobj"
                                       and t.head.head.i == verb.i for t in verb.subtree)


def all_together(verb: Token, trigger: Token) -> bool:
    """"will receive both A and B for a tripartite meeting", "phoned A and B in a three-way
    call": a contact noun of the clause says the parties met together, not one by one."""
    nouns = [t for t in {*verb.subtree, *trigger.subtree} if t.pos_ == "NOUN" and is_trigger(t)]
    for noun in nouns:
        words = noun.doc[noun.left_edge.i:noun.i]
        if any(t.lower_ in TOGETHER_WORDS for t in words) or "-way" in words.text.lower().replace(" ", ""):
            return True
    return False


def one_exchange(trigger: Token) -> bool:
    """"Miller's Saturday call with A, B and C": a singular call noun is one call of them all."""
    return trigger.pos_ == "NOUN" and trigger.tag_ == "NN" and trigger.lemma_.lower() in ONE_EXCHANGE_NOUNS


def counted_as_one_body(trigger: Token, size: int) -> bool:
    """The rest of the trigger's sentence or the next one counts exactly ``size`` parties as
    one body: "the four leaders agreed", "The four discussed ..." after a call of four."""
    doc = trigger.doc
    sent = trigger.sent
    end = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    tokens = doc[trigger.i + 1:end]
    for token in tokens:
        if COUNT_WORDS.get(token.lower_) != size or token.i == 0 or doc[token.i - 1].lower_ not in DEFINITE_WORDS:
            continue
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.lower_ in PARTY_NOUNS or following.pos_ in {"VERB", "AUX"}):
            return True
    return False


def in_separate_contacts(verb: Token, trigger: Token) -> bool:
    """"offered their support in separate calls", "held separate meetings with A and B": a
    contact noun of the clause says there was one contact per party."""
    nouns = [t for t in {*verb.subtree, *trigger.subtree} if t.pos_ == "NOUN" and is_trigger(t)]
    # "a separate meeting with A and B" is one meeting apart from the others
    return any(c.dep_ == "amod" and c.lower_ == "separate" and noun.tag_ == "NNS" for noun in nouns for c in noun.children)


def each_on_their_own(verb: Token) -> bool:
    """"A, B and C each spoke to X": "each" on the verb or its subject, one contact per subject."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(t.lower_ == "each" and t.dep_ != "det" for head in [verb, *subjects] for t in head.children)


def fellow_travellers(trigger: Token, verb: Token, subjects: list, objects: list, mentions: list[dict]) -> bool:
    """"A and B arrived in Banjul on Friday", "A and B flew to Oslo": people who travel together
    to a place are no contact of each other; whom they met there is told by its own words."""
    # who travels is the subject, even one the tagger reads as a place ("A and B flew to X" with B a GPE)
    if not is_visit(trigger, verb) or len(subjects) < 2 or not any(is_named_person(s, mentions) for s in subjects):
        return False
    return not any(is_named_person(o, mentions) for o in objects) and all(
        m["type"] in TRAVELLED_TO for o in objects for m in mentions if m["start"] == o[0])


TRAVELLED_TO = {"place", "country"}  # a city, a region or a country, not an office that stands for its leader


def trip_for_talks_with(trigger: Token) -> bool:
    """"flew to Oslo for talks with A and B", "was to fly on to Dakar to meet A and B": a trip whose
    purpose is a contact noun with named people as its "with" counterparts, or a meeting with two or
    more named people, read as that contact (the trip's place is no counterpart)."""
    if trigger.lemma_.lower() not in TRAVEL_VERBS:
        return False
    purposes = [c for c in trigger.children if c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in PURPOSE_VERBS
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # two or more met: the trip's host guess would name only one of them ("to meet X" alone stays a visit)
    met = [g for v in purposes for o in v.children if o.dep_ == "dobj" for g in with_conjuncts(o) if g.ent_type_ == "PERSON"]
    if len(met) >= 2:
        return True
    nouns = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children
             if o.dep_ == "pobj" and o.pos_ == "NOUN" and is_trigger(o)]
    partners = [g for noun in nouns for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
                for o in c.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]]
    # named people only: "for meetings with Chinese officials" leaves the trip as it was
    return any(p.ent_type_ == "PERSON" for p in partners + [h for noun in nouns for h in with_under_opening(noun)])


PURPOSE_VERBS = {"meet", "see"}  # "flew to Dakar to meet A and B"
