"""Contact verbs read from their arguments: time spent with someone, a summons, seeing someone.

"X spent two hours with Y", "had spent two days with A and B": a meeting (the "with" phrase
names the counterpart); "spent the day in Geneva" is none. "Vice Minister X summoned
Ambassador Y", "Y was summoned by Foreign Secretary X": a meeting of the two, but only when
the summoner is a named person ("Beijing summoned the ambassador", "the ministry summoned
him" name no party on that side) and the summoned is named or a group of envoys whose
owner is named ("X summoned the Belarusian ambassador" names no counterpart). "is due in Delhi to see Mrs X", "she then saw X for 45
minutes": a meeting; "saw X as a partner", "saw X win" are not one. ``triggers`` asks
``is_encounter``; the participants come from the clause as for any verb (``spans``).
"""

from __future__ import annotations

from spacy.tokens import Token

from helpers.calls.heads import with_under_topic

ENCOUNTER_VERBS = {"spend": "in_person", "summon": "in_person", "convoke": "in_person", "see": "in_person",
                   "sign": "in_person", "initial": "in_person", "stand": "in_person", "appear": "in_person",
                   "pose": "in_person"}
TOGETHER_VERBS = {"stand", "appear", "pose"}  # "A and B stood side by side", "the three men appeared together"
SIGNING_VERBS = {"sign", "initial"}
TIME_NOUNS = {"minute", "hour", "day", "evening", "morning", "afternoon", "night", "week", "while", "time"}
# Envoys summoned as a group: "summoned envoys of the G7 countries", "summoned EU ambassadors"
ENVOY_NOUNS = {"envoys", "ambassadors", "diplomats"}
# "saw X as a threat", "saw X off", "saw X win", "saw X's speech": a view or a sight, not a meeting
VIEWING_DEPS = {"ccomp", "xcomp", "oprd", "acomp"}
SEEING_PRONOUNS = {"he", "she", "they", "who"}


def is_encounter(verb: Token) -> bool:
    """An "encounter" verb (``ENCOUNTER_VERBS``) that names a contact here."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in ENCOUNTER_VERBS:
        return False
    if lemma == "spend":
        return spends_time_with(verb)
    if lemma == "see":
        return sees_a_person(verb)
    if lemma in SIGNING_VERBS:
        return signed_together(verb)
    if lemma in TOGETHER_VERBS:
        return seen_together(verb)
    return summons_an_envoy(verb)


def signed_together(verb: Token) -> bool:
    """"A and B signed the accord in Oslo", "was signed by A, B and C", "the three presidents
    initialled the agreement", "signed the memorandum with Y": people signing one text together
    met to sign it; "X signed the decree", "Turkey signed a deal with Libya" name no two people."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False  # "a month after A and B signed the accord": a time reference, its day told elsewhere
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    partners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    partners += with_under_topic(verb)  # "signed an agreement with Foreign Minister Y": the parser hangs "with" on the text
    if any(len(_people([head, *head.conjuncts])) >= 2 for head in subjects + agents):
        return True
    if _people(subjects) and _people(partners):
        return True
    return any(c.dep_ == "nummod" and c.lower_ in COUNTED_SIGNERS for head in subjects for c in head.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for head in subjects for c in head.children)


def seen_together(verb: Token) -> bool:
    """"A and B stood side by side at X", "the three men appeared together before cameras", "A posed
    together with B": people shown together in one place met there; "A appeared on television",
    "stood firm", "A and B stood together on the issue" (a stance, no place) are no contact."""
    doc = verb.doc  # "side by side": the parser hangs "by side" on the noun or on the verb
    side_by_side = any(c.lower_ == "side" and doc[c.i + 1:c.i + 3].text.lower() == "by side" for c in verb.children)
    together = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "together"]
    if not (side_by_side or together):
        return False
    if not any(c.dep_ in {"prep", "advmod", "npadvmod"} and c.lower_ in {"at", "in", "before", "outside", "there"}
               and not any(t.ent_type_ in {"DATE", "TIME"} or t.like_num or t.lemma_.lower() in TIME_NOUNS for t in c.subtree)
               for c in verb.children):
        return False  # where they stood: "stood together on the issue" is a stance
    partners = [o for t in together for p in t.children if p.dep_ == "prep" and p.lower_ == "with"
                for o in p.children if o.dep_ == "pobj"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = _people([g for s in subjects for g in [s, *s.conjuncts]])
    counted = any(c.dep_ == "nummod" and c.lower_ in COUNTED_SIGNERS for s in subjects for c in s.children) \
        and any(c.dep_ == "det" and c.lower_ == "the" for s in subjects for c in s.children)
    return len(named) >= 2 or bool(named and _people(partners)) or counted


TIME_MARKS = {"after", "since", "before", "until"}
COUNTED_SIGNERS = {"two", "three", "four", "five", "six"}  # "the three presidents initialled"


def _people(heads: list[Token]) -> list[Token]:
    return [h for h in heads if h.ent_type_ == "PERSON"]


def _objects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "dobj"]


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in token.children if t.dep_ == "appos")


def _named_persons(heads: list[Token]) -> bool:
    return any(_is_person(h) or any(_is_person(c) for c in h.conjuncts) for h in heads)


def spends_time_with(verb: Token) -> bool:
    """"spent more than three hours with Mr X", "spent the following day with both men and the
    mediators": a span of time as object and a "with" phrase naming a person."""
    timed = any(o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in TIME_NOUNS for o in _objects(verb))
    partners = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return timed and _named_persons(partners + spent_with(verb))


def spent_with(verb: Token) -> list[Token]:
    """"spent two hours at the airport with General X": the parser hangs "with X" on the place or
    the span of time; the "with" of the time spent is the contact's all the same."""
    if verb.lemma_.lower() != "spend" or verb.pos_ != "VERB":
        return []
    hosts = _objects(verb) + [o for p in verb.children if p.dep_ == "prep" and p.lower_ in {"at", "in"}
                              for o in p.children if o.dep_ == "pobj" and o.ent_type_ != "PERSON"]
    return [g for h in hosts for p in h.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj" for g in [o, *o.conjuncts]]


def _subject_heads(verb: Token) -> list[Token]:
    """The verb's subject, or the agent's object in the passive ("was summoned by X")."""
    heads = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    heads += [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return heads


def summons_an_envoy(verb: Token) -> bool:
    """"Vice Foreign Minister X summoned US Ambassador Y", "X summoned envoys of the G7", "Y, who was
    summoned by Foreign Secretary X": a named summoner and a person or envoys summoned."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    summoner = _subject_heads(verb) if not passive else \
        [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    if not _named_persons(summoner):
        return False  # "Beijing summoned ...", "the ministry summoned him": no named counterpart
    if passive:
        return True  # the summoned one is the subject (or, in a relative clause, its antecedent)
    # the summoned himself, not a conjunct: "summoned the ambassador, and Secretary X suspended ..." is misread
    summoned = _objects(verb)
    return any(_is_person(o) or _owned_envoys(o) for o in summoned)


def _owned_envoys(noun: Token) -> bool:
    """"envoys of the G7 countries", "EU ambassadors": envoys whose owner is named (a group counterpart);
    "the Belarusian ambassador" unnamed is one person the article does not name, no party."""
    return noun.tag_ == "NNS" and noun.lower_ in ENVOY_NOUNS and \
        any(t.ent_type_ in {"NORP", "GPE", "ORG"} for t in noun.subtree if t.i != noun.i)


def sees_a_person(verb: Token) -> bool:
    """"to see Mrs X", "saw Milan X, the Serbian president, for 45 minutes", "see X face to face"."""
    if any(c.dep_ in VIEWING_DEPS or (c.dep_ == "prep" and c.lower_ == "as") or c.dep_ == "prt" for c in verb.children):
        return False
    seen = _objects(verb)
    if not seen or any(c.dep_ in {"poss", "case"} for o in seen for c in o.children):
        return False
    if not all(o.ent_type_ == "PERSON" for o in seen):
        return False
    # "the ambassador in Baghdad, A, was summoned to see X": a title with the seer's name in apposition
    return any(_is_person(s) or s.pos_ == "PRON" and s.lower_ in SEEING_PRONOUNS for s in _seer(verb))


def _seer(verb: Token) -> list[Token]:
    """Who sees: the verb's subject, or that of the clause it depends on ("is due in Delhi to see X",
    "is planning a trip to see X"); a subject the tagger does not read as a person names no seer."""
    head = verb
    while not _subject_heads(head) and head.dep_ in {"xcomp", "advcl", "acl", "conj", "relcl"} and head.head != head:
        head = head.head
    return _subject_heads(head)
