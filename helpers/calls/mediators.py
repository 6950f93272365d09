"""Mediators of a contact: the third party of talks someone hosts, brokers or shuttles between.

"Talks in Moscow hosted by Jane Roe", "with Roe shuttling between the two delegations", "with
the mediation of Foreign Minister J. Roe, the ministers held talks": the host or mediator takes
part in the contact as much as the two sides do, though the parse puts them outside its clause.
"""

from __future__ import annotations

from spacy.tokens import Token

# A participle hung on the contact noun with "by": "talks hosted by X", "a meeting chaired by X".
HOSTING_VERBS = {"host", "chair", "broker", "mediate", "moderate", "facilitate"}
# A mediator moving between the sides: "with X shuttling between the delegations".
SHUTTLE_VERBS = {"shuttle", "mediate"}
MEDIATION_NOUNS = {"mediation", "auspices"}  # "with the mediation of X", "under the auspices of X"


def mediator_heads(trigger: Token) -> list[Token]:
    """Head tokens of the people the trigger's sentence names as its contact's host or mediator."""
    heads = []
    for token in trigger.sent:
        lemma = token.lemma_.lower()
        # "talks with Y hosted by X"; not "ministers met for a session chaired by X" (another contact noun's host)
        if lemma in HOSTING_VERBS and token.tag_ == "VBN" and trigger.pos_ == "NOUN" and trigger in token.ancestors:
            heads += [p for a in token.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        elif lemma in SHUTTLE_VERBS and token.tag_ == "VBG":  # the parser may read the name as a compound
            heads += [c for c in token.children if c.dep_ in {"nsubj", "compound"}]
        elif lemma in MEDIATION_NOUNS and token.pos_ == "NOUN":
            heads += _first_person_of(token)
    return [h for h in heads if h.ent_type_ == "PERSON" and h != trigger]


def _first_person_of(noun: Token) -> list[Token]:
    """The first named person in the "of" phrase of a noun ("the mediation of the Minister of
    Foreign Affairs S. Roe" -> Roe): the root of that name."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for token in prep.subtree:
            if token.ent_type_ == "PERSON" and token.head.ent_type_ != "PERSON":
                return [token]
    return []
