"""Written contacts: letters and messages between two parties, and who sent a contact noun.

"Kishida sent a letter to Yoon", "a message from Raisi to King Salman", "Erdogan wrote to
Putin", "Kim received a letter from Trump": the sender and the addressee are the parties. A
message noun names its own author ("Biden's letter", "a message from X"); then the subject of a
verb that only relays it ("Radio Moscow broadcast a message from X", "the White House released
X's letter") is not a party.
"""

from __future__ import annotations

from spacy.tokens import Token

MESSAGE_NOUNS = {"letter", "message"}
# Verbs whose subject writes, sends, gets or answers the message: a party.
SENDING_VERBS = {"send", "write", "deliver", "hand", "address", "dispatch", "pass", "forward", "receive", "get", "take",
                 "answer", "reply", "respond", "exchange", "return", "reject", "accept"}
PERSON_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
SENDER_ENTS = {"PERSON", "ORG", "NORP", ""}  # not a place or a vehicle ("from Air Force One", "from Geneva")
# Verbs of a messenger: "carrying a letter from the emir", "delivered a message from President X".
CARRYING_VERBS = {"carry", "deliver", "bring", "convey", "relay", "transmit", "hand", "pass"}


def is_message(trigger: Token) -> bool:
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in MESSAGE_NOUNS


def pobj_heads(prep: Token) -> list[Token]:
    """The objects of a preposition with their conjuncts ("to A and B")."""
    return [g for p in prep.children if p.dep_ == "pobj" for g in [p, *p.conjuncts]]


def senders(trigger: Token, verb: Token) -> list[Token]:
    """"a message from X", "received a letter from X", "took a call from X": the named heads of
    the contact noun's "from" phrase (not "talks from Monday", "the delegation from Qatar")."""
    if trigger.pos_ != "NOUN" or verb.lemma_.lower() in CARRYING_VERBS or arriving_with(trigger, verb):
        return []  # "X delivered a message from Y": X is Y's messenger; the contact is X's with the recipient
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in trigger.children):
        return []  # "his call with Sarkozy from Air Force One": "from" says where
    froms = [c for token in dict.fromkeys([trigger, verb]) for c in token.children if c.dep_ == "prep" and c.lower_ == "from"]
    return [g for c in froms for g in pobj_heads(c) if g.pos_ == "PROPN" and g.ent_type_ in SENDER_ENTS]


def relayed_only(trigger: Token, verb: Token) -> bool:
    """The verb's subject only relays a message that names its own author ("Radio Moscow
    broadcast a message from Khrushchev", "the White House released Biden's letter")."""
    if not is_message(trigger) or verb is trigger or verb.lemma_.lower() in SENDING_VERBS:
        return False
    return any(c.dep_ == "poss" for c in trigger.children) or bool(senders(trigger, verb))


def is_written_contact(verb: Token) -> bool:
    """"wrote to Putin", "wrote President Xi": writing addressed to a named party."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "write":
        return False
    addressees = [g for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for g in pobj_heads(c)]
    addressees += [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c.ent_type_ == "PERSON"]
    return any(a.ent_type_ in PERSON_ENTS or a.pos_ == "PROPN" for a in addressees)


# A document or account of a contact: "a copy of the transcript of a conversation between A and B".
RECORD_NOUNS = {"transcript", "transcripts", "recording", "recordings", "record", "tape", "tapes", "copy", "readout",
                "minutes", "notes", "summary", "footage", "intercept", "intercepts", "leak"}


def recorded_contact(trigger: Token) -> bool:
    """The contact noun is the content of a record ("handed X the transcript of a conversation
    between A and B"): who hands, reads or leaks the record is no party; the noun's own words name them."""
    return trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of" \
        and trigger.head.head.pos_ == "NOUN" and trigger.head.head.lower_ in RECORD_NOUNS


# A messenger who comes with a message: "arrived with a message from X", "have come with a message of peace".
ARRIVING_VERBS = {"come", "arrive", "return", "fly", "travel"}


def carried_message(trigger: Token, verb: Token) -> bool:
    """A message someone else wrote, handed over by its carrier ("conveyed to him a message from
    the minister", "was carrying a message from X to Y", "came with a message from X"): the
    carrier meets its addressee, so the contact is in person, one with their meeting of that day."""
    if not is_message(trigger) or verb is trigger:
        return False
    authored = any(c.dep_ == "prep" and c.lower_ == "from" and any(p.pos_ == "PROPN" for p in c.subtree)
                   for c in [*trigger.children, *verb.children])
    if verb.lemma_.lower() in CARRYING_VERBS:
        return authored
    return verb.lemma_.lower() in ARRIVING_VERBS and trigger.dep_ in {"pobj", "conj"} and authored \
        and any(a.lower_ == "with" for a in trigger.ancestors)


def arriving_with(trigger: Token, verb: Token) -> bool:
    """"came with a message from X": the verb is the carrier's, not a sending one."""
    return verb.lemma_.lower() in ARRIVING_VERBS and carried_message(trigger, verb)
