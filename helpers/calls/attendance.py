"""People a clause places at a contact beside its subject and object: those who came with a
party, sat in, or watched a ceremony.

"X, accompanied by A and B, met Y", "received X in the presence of Foreign Minister A" (or "with the participation of A"),
"initialled the text in a ceremony witnessed by A and B", "signed the accord with A and B
looking on", "signed ..., while A looked on", "the talks, attended by A", "talks hosted by A": A and B were in the
room, so they are parties of that one contact, not of a contact of their own. ``spans`` adds
them to the clause's object side; words that name no one ("accompanied by 18 aides") give
no party, as for any head.
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.calls.heads import with_conjuncts

# "accompanied by", "joined by", "witnessed by", "attended by", "talks hosted by", "a session chaired by":
# a participle on a party or on the contact
ATTENDING_VERBS = {"accompany", "join", "witness", "attend", "flank", "host", "chair", "co-chair", "cochair", "co-host",
                   "cohost"}
# "with A looking on", "while A looked on", "as A watched", "with A attending": onlookers of a ceremony
ONLOOKING_VERBS = {"look", "watch", "attend"}
ONLOOKING_MARKS = {"while", "as"}
PRESENCE_PREPS = {"in": {"presence"}, "with": {"participation"}}  # "in the presence of A", "with the participation of A"


def attending_heads(verb: Token, trigger: Token, others_named: bool = True) -> list[Token]:
    """Heads of the people present at the contact of ``verb`` / ``trigger`` (see the module); a
    host or chair only beside ``others_named`` ("a video conference co-hosted by A and B" with no
    one else named is a conference of many, not a contact of the two hosts)."""
    hosts = list(dict.fromkeys([verb, trigger, *_subjects(verb), *_place_nouns(verb), *_place_nouns(trigger)]))
    heads = []
    for host in hosts:
        for child in host.children:
            # the trigger's own hosts ("a conference co-hosted by A and B") are not its other parties' hosts
            hosts_too = others_named and host.i != trigger.i
            heads += _accompanying(child, hosts_too) + _in_presence_of(child) + _looking_on(child)
    heads += sides_led(trigger)
    return list(dict.fromkeys(h for h in heads if h.i not in {verb.i, trigger.i}))


def sides_led(trigger: Token) -> list[Token]:
    """"the talks, led by A for X and B for Y", "a session headed by A and B": the people who led
    the contact itself are its parties (a summit or talks only beside it are another's)."""
    if trigger.pos_ != "NOUN":
        return []
    return [g for c in trigger.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in {"lead", "head"}
            for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
            for g in with_conjuncts(o) if g.ent_type_ == "PERSON"]


def _subjects(verb: Token) -> list[Token]:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return [g for s in subjects for g in [s, *s.conjuncts]]


def _place_nouns(token: Token) -> list[Token]:
    """"in a ceremony witnessed by A": the nouns of the clause's own prepositions."""
    return [o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]


def _accompanying(child: Token, hosts_too: bool = True) -> list[Token]:
    """"accompanied by A and B", "witnessed by A": the agents of an attending participle."""
    if child.dep_ not in {"acl", "advcl"} or child.tag_ != "VBN" or child.lemma_.lower() not in ATTENDING_VERBS:
        return []
    agents = [g for a in child.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
              for g in with_conjuncts(o)]
    # "the summit hosted by Egypt": a host country or body is where it was, not one more party
    if child.lemma_.lower().replace("-", "") in HOSTING_VERBS:
        return [g for g in agents if g.ent_type_ == "PERSON"] if hosts_too else []
    return agents


HOSTING_VERBS = {"host", "chair", "cohost", "cochair"}  # hyphens dropped: "co-hosted"


def _in_presence_of(child: Token) -> list[Token]:
    """"in (the) presence of A and B", "with (the) participation of A"."""
    if child.dep_ != "prep" or child.lower_ not in PRESENCE_PREPS:
        return []
    nouns = [o for o in child.children if o.dep_ == "pobj" and o.lemma_.lower() in PRESENCE_PREPS[child.lower_]]
    return [g for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for g in with_conjuncts(o)]


def _looking_on(child: Token) -> list[Token]:
    """"with A, B and C looking on", "while A looked on", "as A watched": the onlookers."""
    if child.dep_ == "prep" and child.lower_ == "with":
        clauses = [c for c in child.children if c.dep_ in {"pcomp", "pobj"} and _is_onlooking(c)]
    elif child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ONLOOKING_MARKS for m in child.children):
        clauses = [child] if _is_onlooking(child) else []
    else:
        clauses = []
    return [g for c in clauses for s in c.children if s.dep_ == "nsubj" for g in with_conjuncts(s)]


def _is_onlooking(clause: Token) -> bool:
    """"looking on", "looked on", "watched" (with no object: "watched the match" is no onlooker)."""
    lemma = clause.lemma_.lower()
    if lemma not in ONLOOKING_VERBS or any(c.dep_ == "dobj" for c in clause.children):
        return False
    # the parser reads the "on" of "looking on" as a particle or as a preposition with no object
    return lemma in {"watch", "attend"} or any(c.dep_ in {"prt", "prep"} and c.lower_ == "on" and not list(c.children)
                                   for c in clause.children)


def company_before(pronoun: Token) -> list[Token]:
    """"Buhari was joined by A, B and C. They met X at State House": a "they" opening its
    sentence is the people the sentence before names as its subject, with those who joined or
    came with them; fewer than two named people there, or a name before the pronoun, and it
    stays unresolved."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or pronoun.sent.start == 0:
        return []
    sent = pronoun.sent
    if any(t.ent_type_ == "PERSON" for t in pronoun.doc[sent.start:pronoun.i]):
        return []
    root = pronoun.doc[sent.start - 1].sent.root
    heads = [g for s in _subjects(root) for g in with_conjuncts(s)]
    if root.lemma_.lower() in ATTENDING_VERBS and any(c.dep_ == "auxpass" for c in root.children):
        heads += [g for a in root.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                  for g in with_conjuncts(o)]  # "A was joined by B and C"
    heads += [h for s in _subjects(root) for c in s.children for h in _accompanying(c)]
    people = list(dict.fromkeys(h for h in heads if h.ent_type_ == "PERSON"))
    return people if len(people) >= 2 else []


def joined_together(verb: Token) -> bool:
    """"Begin and Carter were joined by A, B and C": two named people joined by named others
    met with them; "X was joined by A" (one person with his company) is no contact by itself."""
    if verb.lemma_.lower() != "join" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    subjects = [h for s in _subjects(verb) for h in with_conjuncts(s) if h.ent_type_ == "PERSON"]
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return len(set(subjects)) >= 2 and any(g.ent_type_ == "PERSON" for o in agents for g in with_conjuncts(o))
