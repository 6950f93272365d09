"""Participant spans of one contact from the parse (the per-article half of participants).

Participants come from the contact's own clause: its subject and objects, "with" / "to" /
"between" phrases (also "spoke by phone with A and with B"), "in addition to X",
conjuncts, possessives ("his call with Biden"), names in apposition ("his Russian
counterpart, Sergei Shoigu"), heads the parser leaves elsewhere (``heads.py``), "the leaders of France and Belarus" (marked to stand for
their leaders), unnamed groups ("world leaders") and hosts or mediators (``mediators.py``).
A reporter ("X told reporters that ...") is never in that clause. One head word's span (pronouns, titles, apposed names) is read in ``partyspans.py`` with
``antecedents.py``; spans are resolved to canonical actors in ``parties.py``.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from helpers.calls.attendance import attending_heads, company_before
from helpers.calls.antecedents import REPORTING_VERBS, led_by, titled_subject, titles_a_body
from helpers.calls.counted import included_heads
from helpers.calls.encounters import spent_with
from helpers.calls.groupwords import names_a_group, of_owners
from helpers.calls.heads import (fronted_objects, list_goes_on, object_after_day, seated_with, verb_between, with_conjuncts,
                                 with_under_opening, with_under_topic)
from helpers.calls.mediators import mediator_heads
from helpers.calls.messages import pobj_heads, recorded_contact, relayed_only, senders
from helpers.calls.ministers import foreign_ministers
from helpers.calls.partyspans import CLAUSE_DEPS, is_named_person, mention_span, participant_span, token_end
from helpers.parse import doc_text

TRAVEL_VERBS = {"travel", "go", "fly", "arrive"}  # contacts only with a place: "goes to Kyiv"
PARTICIPANT_PREPS = {"with", "to", "between", "among"}
CHANNEL_PREPS = {"by", "over", "via"}  # "spoke by phone with Kenyatta"
COMMUNICATION_VERBS = {"tell", "warn", "urge", "assure", "send", "ask", "brief", "inform", "phone", "meet", "visit",
                       "host", "call", "include", "involve", "join", "bring", "receive", "welcome"}
# Plural only: "world leaders" is a group; "a North Korean leader" is one unnamed person.
GROUP_NOUNS = {"leaders", "counterparts", "allies", "partners", "ministers", "officials", "heads"}
# Members of a body, not the body: "briefed members of the Security Council" is a contact with them.
MEMBER_NOUNS = {"members", "ambassadors", "envoys"}
# A group counterpart only when the text says whose: "European leaders", "members of the
# Security Council", "the ambassadors of the five permanent members"; not "members", "officials".
GROUP_OWNER_ENTS = {"NORP", "GPE", "ORG"}
GROUP_ARTICLES = {"the", "a", "an", "some", "several", "his", "her", "their", "its"}
LEADER_NOUNS = {"leader", "head", "president", "premier"}  # "the leader(s) of X": X's leader
TOPIC_PREPS = {"regarding", "concerning", "about", "on", "over"}  # "Regarding the visit ..., X said"
QUANTITY_NOUNS = {"number", "group", "handful", "host", "dozen", "couple", "series"}


def is_owned_group(token: Token) -> bool:
    """A plural group noun whose owner is named: "European leaders", "EU foreign ministers",
    "members of the U.N. Security Council"; not "officials", "members of his team"."""
    if token.lower_ not in GROUP_NOUNS | MEMBER_NOUNS:
        return False
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod", "poss"} and c.i < token.i]
    if any(m.ent_type_ in GROUP_OWNER_ENTS or (m.pos_ == "PROPN" and m.text[:1].isupper()) for t in modifiers for m in t.subtree):
        return True
    return any(t.ent_type_ in GROUP_OWNER_ENTS for o in of_owners(token) for t in o.subtree)


def group_label(head: Token) -> str:
    """The group's words without a leading article: "members of the Security Council"."""
    # "Nordic leaders about the pipeline": a topic phrase is not the group's name; "of X" is
    # "his G7 counterparts and the EU's X": a conjunct is a party beside the group, not its name
    topics = {t.i for c in head.children if c.dep_ in {"prep", "relcl", "acl"} and c.lower_ != "of"
              or c.dep_ in {"conj", "cc"} for t in c.subtree}
    words = [t for t in head.subtree if not t.is_punct and t.i not in topics]
    while words and words[0].lower_ in GROUP_ARTICLES:
        words = words[1:]
    # "Lebanon's" stays one word; words the label skips (commas, a topic) leave one space
    text = "".join(("" if i == 0 or (t.i == words[i - 1].i + 1 and not words[i - 1].whitespace_) else " ") + t.text
                   for i, t in enumerate(words))
    return text[:120]


def previous_pair(trigger: Token, mentions: list[dict]) -> list[tuple]:
    """The two people of the nearest earlier coordinated subject ("Xi Jinping and Ma
    Ying-jeou shook hands"), within the two sentences before; else none."""
    sent = trigger.sent
    for _ in range(2):
        if sent.start == 0:
            return []
        sent = trigger.doc[sent.start - 1].sent
        for token in sent:
            if token.dep_ in {"nsubj", "nsubjpass"} and token.conjuncts:
                spans = [s for s in (participant_span(h, mentions, []) for h in [token, *token.conjuncts]) if s]
                if len(spans) == 2 and all(is_named_person(s, mentions) for s in spans):
                    return [s + (False,) for s in spans]
    return []


def participants(trigger: Token, verb: Token, mentions: list[dict]):
    """(subject-side spans, object-side spans, tokens used up, unlisted group label).

    A span is (start, end, surface, as_leader); as_leader marks a country or body that
    stands for its leader ("spoke with the leaders of France and Belarus").
    """
    subject_heads, object_heads = [], []
    for token in dict.fromkeys([verb, trigger]):  # verb first; a set of Tokens iterates in memory order
        for child in token.children:
            if token is verb and verb is not trigger and trigger.head == verb and trigger.dep_ in {"nsubj", "nsubjpass"} \
                    and child.dep_ in {"nsubj", "nsubjpass"} and child != trigger:
                continue  # "Bush's two calls ... and Rice's dash came only after ...": Rice's subject is not the calls'
            if child.dep_ in {"nsubj", "nsubjpass", "poss", "agent"}:
                # "was received by President X": the agent's object, not the "by"
                heads = [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "agent" and child.pos_ == "ADP" else [child]
                subject_heads += [g for h in heads for g in with_conjuncts(h)]
            elif child.dep_ == "dative" and child.pos_ == "ADP":
                object_heads += pobj_heads(child)  # "sent a letter to X": the parser's "to" as a dative
            elif child.dep_ in {"dative", "iobj"} or (child.dep_ in {"dobj", "oprd"} and child != trigger and (
                    trigger.pos_ == "VERB" or token.lemma_ in COMMUNICATION_VERBS or _during_contact(trigger, token))):
                # "oprd": the parser's reading of "called Prime Minister X" as "called (someone) X"
                object_heads += with_conjuncts(child)
            elif child.dep_ == "prep" and child.lower_ == "on" and is_courtesy_call(token):
                object_heads += [g for p in child.children if p.dep_ == "pobj" for g in with_conjuncts(p)]
            elif child.dep_ == "prep" and child.lower_ == "in" and token.lemma_.lower() in TRAVEL_VERBS:
                object_heads += [p for p in child.children if p.dep_ == "pobj"]  # "due to arrive in Cairo"
            elif child.lower_ in PARTICIPANT_PREPS | CHANNEL_PREPS and (child.dep_ == "prep" or child.dep_ == "conj"
                                                                          and child.pos_ == "ADP"):  # "on the phone to A and (then) to B"
                for prep in _participant_preps(child):
                    object_heads += [g for p in prep.children if p.dep_ == "pobj" for g in with_conjuncts(p)
                                     if not _building_reached(token, prep, g)]
            elif child.dep_ == "prep" and child.lower_ == "of" and child.i > 0 and token.doc[child.i - 1].dep_ == "dobj" \
                    and token.doc[child.i - 1].tag_ == "NNS" and token.doc[child.i - 1].head == token:
                # "met the co-chairs of the Contact Group A, B and C": "of" hung on the verb, not the object
                object_heads += [g for p in child.children if p.dep_ == "pobj" for g in with_conjuncts(p)]
            elif child.dep_ == "prep" and child.lower_ == "of" and token is trigger and trigger.pos_ == "NOUN":
                # "the meeting of the foreign ministers of A, B and C": the ministers the article names
                object_heads += [p for p in child.children if p.dep_ == "pobj" and p.lower_ == "ministers"
                                 and foreign_ministers(p, mentions, _list_end(p, mentions))]
            elif child.dep_ == "prep" and child.lower_ in {"in", "besides"}:
                object_heads += _addition_of(child)  # "In addition to Biden, the call included ..."
            elif child.dep_ in {"compound", "amod"} and child.ent_type_ == "PERSON":
                subject_heads += with_conjuncts(child)  # "the Putin-Biden talks"
            elif child.dep_ == "mark" and token is verb and verb.pos_ == "VERB":
                subject_heads += subject_under_mark(child)  # "since the ministers, A and B, met": misparsed subject

    object_heads += _misplaced_with(verb) + with_under_topic(verb) + mediator_heads(trigger) + included_heads(trigger)
    object_heads += with_under_opening(trigger)  # "talks opening on Thursday with A and B"
    object_heads += fronted_objects(verb)  # "After meeting A, B called C": A, misread as the subject
    object_heads += spent_with(verb)  # "spent two hours at the airport with X"
    object_heads += object_after_day(verb) if trigger.pos_ == "VERB" else []  # "received on Monday the Ambassador of X, Y"
    object_heads += [h for h in seated_with(verb) + list_goes_on(verb, trigger) if h not in object_heads]
    if relayed_only(trigger, verb):
        subject_heads = [h for h in subject_heads if h.head == trigger]  # the author, not who broadcast it
    if recorded_contact(trigger):  # "handed X the transcript of a call between A and B": A and B only
        own = set(trigger.subtree)
        subject_heads, object_heads = [h for h in subject_heads if h in own], [h for h in object_heads if h in own]
    subject_heads += senders(trigger, verb)
    subject_heads = [g for h in subject_heads for g in (company_before(h) or [h])]  # "They met X": the people before
    subject_heads += [h for h in attending_heads(verb, trigger, any(h.ent_type_ == "PERSON" for h in subject_heads + object_heads))
                      if h not in subject_heads + object_heads]
    if not any(h.dep_ in {"nsubj", "nsubjpass", "poss"} for h in subject_heads):
        subject_heads += borrowed_subject(verb)
    group, consumed, group_head = None, {verb.i, trigger.i}, None
    sides = []
    for heads in (subject_heads, object_heads):
        spans = []
        for head in heads:
            found, label = _head_parties(head, mentions, [*(sides[0] if sides else []), *spans])
            spans += found + [s for s in _people_listed_under(head, mentions) if s[:3] not in {f[:3] for f in found}]
            group_head = group_head if group or not label else head
            group = group or label
        sides.append(list(dict.fromkeys(spans)))
    subjects, objects = sides
    objects = [s for s in objects if s not in subjects]
    named = subjects + objects
    if group and len(named) >= 2 and all(is_named_person(s, mentions) for s in named) \
            and not named_beside_group(group_head, objects):
        group = None  # "the foreign ministers of A and B, X and Y": the people are listed
    return subjects, objects, consumed, group


def named_beside_group(head: Token, objects: list[tuple]) -> bool:
    """"a video call with his G7 counterparts and the EU's top diplomat X": a person conjoined to
    the group noun is a party beside the group, not one of the people the group's words list."""
    conjoined = [t for c in head.children if c.dep_ == "conj" for t in c.subtree]
    return any(t.idx == span[0] for span in objects for t in conjoined)


def subject_under_mark(mark: Token) -> list[Token]:
    """"... since the foreign ministers, A and B, met in X": the parser reads "since" as a
    preposition and hangs the clause's subject under it; a verb with no subject of its own
    has that object as its subject."""
    verb = mark.head
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [g for o in mark.children if o.dep_ == "pobj" and o.pos_ in {"NOUN", "PROPN"} for g in with_conjuncts(o)]


DURING_PREPS = {"during", "in", "at", "on"}  # "X pressed Y during a call": what X did to Y in the contact


def _building_reached(verb: Token, prep: Token, head: Token) -> bool:
    """"Macron went to the Pine Residence, where he met ...": a building or body travelled to is
    where a contact may happen, not its party (a person or a country travelled to is)."""
    return verb.lemma_.lower() in TRAVEL_VERBS and prep.lower_ == "to" and head.ent_type_ in {"ORG", "FAC"}


def _during_contact(trigger: Token, verb: Token) -> bool:
    """The contact noun is the occasion of the verb ("Roe pressed Poe during a call"): its object is the counterpart."""
    prep = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or prep.lower_ not in DURING_PREPS:
        return False
    head = prep.head  # "pressed Y for a role during a call": the parser may hang "during" on "role"
    while head != verb and head.dep_ in {"prep", "pobj"} and head.head != head:
        head = head.head
    return head == verb


def is_courtesy_call(verb: Token) -> bool:
    """"called on Prime Minister X at his office": a visit; "called on X to stop the war" is an appeal."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == "call" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in c.children)
        for c in verb.children) and not any(c.dep_ in {"xcomp", "ccomp", "advcl", "dobj"} for c in verb.children)


def _people_listed_under(head: Token, mentions: list[dict]) -> list[tuple]:
    """The named people of a list the parser hung under one "with" object ("with Senegal's A, Ghana's B and
    Benin's C" read as appositions and compounds of A) or under one named object ("to meet Senegalese President
    A and Gambia's president-elect B" with A in the title of B), outside any clause of its own ("with X, who had
    met Y")."""
    under_with = head.dep_ == "pobj" and head.head.lower_ in PARTICIPANT_PREPS
    named_object = head.dep_ == "dobj" and head.ent_type_ == "PERSON"
    if not (under_with or named_object) or not any(t.dep_ == "cc" for t in head.subtree):
        return []
    inside = [t for t in head.subtree if not any(a.dep_ in CLAUSE_DEPS and a.i != head.i for a in _up_to(t, head))]
    low, high = head.left_edge.idx, token_end(head.right_edge)
    starts = {t.idx for t in inside}
    return [mention_span(m) + (False,) for m in mentions if m["type"] == "person" and m["label"] != "role"
            and low <= m["start"] < high and m["start"] in starts]


def _up_to(token: Token, top: Token) -> list[Token]:
    """``token`` and its ancestors below ``top``."""
    chain = [token]
    while chain[-1].i != top.i and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain[:-1] if chain[-1].i == top.i else chain


def _misplaced_with(verb: Token) -> list[Token]:
    """"spoke with A, and then with B, the ministry said": the parser hangs "with B" on the
    reporting verb (the contact verb's conjunct or head); a "with" between the two is the contact's."""
    reporters = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ in {"ccomp", "parataxis"} else [])
    heads = []
    for reporter in (r for r in reporters if r.lemma_.lower() in REPORTING_VERBS and r.i > verb.i):
        for prep in (p for p in reporter.children if p.dep_ == "prep" and p.lower_ == "with" and verb.i < p.i < reporter.i):
            heads += [g for o in prep.children if o.dep_ == "pobj" for g in with_conjuncts(o)]
            heads += [o for o in prep.children if o.dep_ != "pobj" and o.ent_type_ == "PERSON"]
    return heads


def _participant_preps(prep: Token) -> list[Token]:
    """"spoke with Scholz and with Zelenskiy" (coordinated) and "spoke by phone with
    Kenyatta and with Museveni" (the parser hangs "with" on "phone", the second on "by")."""
    found = [prep] if prep.lower_ in PARTICIPANT_PREPS else []
    if prep.lower_ in CHANNEL_PREPS:
        found += [w for p in prep.children if p.dep_ == "pobj" for w in p.children
                  if w.dep_ == "prep" and w.lower_ in PARTICIPANT_PREPS]
    return found + [c for c in prep.conjuncts if c.dep_ == "conj" and c.lower_ in PARTICIPANT_PREPS]


def _addition_of(prep: Token) -> list[Token]:
    """'in addition to X' / 'besides X': X takes part too."""
    if prep.lower_ == "besides":
        return [g for p in prep.children if p.dep_ == "pobj" for g in with_conjuncts(p)]
    return [g for p in prep.children if p.dep_ == "pobj" and p.lower_ == "addition"
            for to in p.children if to.dep_ == "prep" and to.lower_ == "to"
            for o in to.children if o.dep_ == "pobj" for g in with_conjuncts(o)]


def _head_parties(head: Token, mentions: list[dict], taken: list[tuple]) -> tuple[list[tuple], str | None]:
    """The party spans one participant head gives, and a group label when it names a group."""
    if head.lemma_.lower() in QUANTITY_NOUNS:  # "a number of European leaders"
        inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        head = inner[0] if inner else head
    head = led_by(head) or head  # "the delegation headed by X": X
    ministers = foreign_ministers(head, mentions, _list_end(head, mentions)) if head.lower_ == "ministers" else []
    if ministers:
        return ministers, None
    span = participant_span(head, mentions, taken)
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if (span is not None and head.pos_ == "PROPN" and not head.ent_type_ and following is not None
            and following.ent_type_ == "PERSON" and not is_named_person(span, mentions)):
        return [], None  # "Kuwaiti Foreign Minister | Sheikh X" split by the parser: the title, its name is a conjunct
    title = titled_subject(head) if head.pos_ == "PRON" and head.dep_ in {"nsubj", "nsubjpass"} else head
    if span is not None and title is not None and titles_a_body(title, span, mentions):
        return [span + (True,)], None  # "the UN chief" (or "he" for it): the body's head, as for "the leaders of X"
    if span is not None and _names_group_owner(head, span, mentions):
        return [], group_label(head)  # "met European Union foreign ministers": the ministers, not the Union
    if span is not None and not (head.lower_ in MEMBER_NOUNS and is_owned_group(head)):
        return [span + (False,)], None
    if head.lower_ in MEMBER_NOUNS:
        return [], group_label(head) if is_owned_group(head) else None
    if head.lower_ in GROUP_NOUNS or head.lemma_.lower() in LEADER_NOUNS:
        end = _list_end(head, mentions)
        inside = [mention_span(m) + (head.lemma_.lower() in LEADER_NOUNS,) for m in mentions
                  if head.left_edge.idx <= m["start"] < end and m["type"] in {"country", "organization", "person"}
                  and not _owns_other_noun(head, m)]
        if inside:  # "the leaders of France and Belarus": the countries stand for their leaders
            return inside, None
        if head.lower_ in GROUP_NOUNS and names_a_group(head):
            return [], group_label(head)
    return [], None


def _names_group_owner(head: Token, span: tuple, mentions: list[dict]) -> bool:
    """The span is the body or country a plural group noun is of ("EU foreign ministers", "G7
    counterparts", "Arab League leaders"): it names whose group, not a party of its own."""
    if head.lower_ not in GROUP_NOUNS or span[1] > head.idx or is_named_person(span, mentions):
        return False
    modifiers = {t.i for c in head.children if c.dep_ in {"amod", "compound", "nmod"} and c.i < head.i for t in c.subtree}
    return is_owned_group(head) and any(t.i in modifiers for t in head.doc[head.left_edge.i:head.i] if t.idx == span[0])


def _owns_other_noun(head: Token, mention: dict) -> bool:
    """"the leaders of Lebanon's main political blocs": Lebanon owns the blocs, whose leaders
    they are; it does not stand for its own leader."""
    span = head.doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or head not in span.root.ancestors:
        return False
    # "the leaders of both parties in the House and the Senate": the House holds the parties, not a leader
    chain = _up_to(span.root, head)
    return any(t.dep_ == "poss" for t in chain) or any(t.dep_ == "prep" and t.lower_ != "of" for t in chain) \
        and any(t.pos_ == "NOUN" and t.i not in range(span.start, span.end) for t in chain[1:])


LIST_GAP = re.compile(r"^\s*(?:,\s*)?(?:(and|or)\s+)?(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}$")


def _list_end(head: Token, mentions: list[dict]) -> int:
    """End of "the heads of A, B and C" when the parser hangs "B and C" elsewhere ("with the
    heads of the African Union, the Arab League and IGAD" read with "the Arab League" on the
    verb): the bodies listed right after the phrase, up to the one after "and"."""
    end = token_end(head.right_edge)
    text = doc_text(head.doc)
    sentence_end = head.sent.end_char
    following = sorted((m for m in mentions if end <= m["start"] <= sentence_end and m["type"] in {"country", "organization"}),
                       key=lambda m: m["start"])
    reach, closed = end, end
    for mention in following:
        gap = LIST_GAP.match(text[reach:mention["start"]])
        if gap is None or verb_between(head.doc, reach, mention["start"]):
            break  # "the ministers met UN envoy X": the list ends at the verb
        reach = mention["end"]
        if gap.group(1):
            return reach
    # "..., the Arab League and the regional bloc IGAD": a list that goes on with "and" (its last item unnamed as a body)
    return reach if re.match(r"\s*,?\s*(?:and|or)\s", text[reach:]) else closed


LEADING_VERBS = {"lead", "head"}
DELEGATION_NOUNS = {"delegation", "team", "group", "mission"}


def delegation_led(verb: Token) -> list[Token]:
    """"X led a delegation of nine ministers and Y's Z to meet W": the named people of the
    delegation a subject leads go with it to the contact (unnamed members name no one)."""
    if verb.lemma_.lower() not in LEADING_VERBS:
        return []
    delegations = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS]
    members = [g for d in delegations for o in of_owners(d) for g in with_conjuncts(o)]
    return [m for m in members if m.ent_type_ == "PERSON"]


def delegation_purpose(verb: Token) -> list[Token]:
    """"X led a delegation of A and B to meet Y" with "to meet" read as the delegation's own clause:
    the leader and the delegation's named members are who met."""
    delegation = verb.head
    if verb.dep_ != "acl" or delegation.lemma_.lower() not in DELEGATION_NOUNS or delegation.dep_ != "dobj" \
            or delegation.head.lemma_.lower() not in LEADING_VERBS:
        return []
    leader = delegation.head
    return [g for s in leader.children if s.dep_ == "nsubj" for g in with_conjuncts(s)] + delegation_led(leader)


def borrowed_subject(verb: Token) -> list[Token]:
    """Subject of the verb a clause depends on: "are expected to speak", "tried to send", "X told reporters
    after the meeting with Y"; never the reporter of a contact that is only the topic ("Regarding the visit ...")."""
    if delegation_purpose(verb):
        return delegation_purpose(verb)
    head = verb
    while head.dep_ in {"xcomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj"} and head.head != head:
        if head.dep_ == "prep" and head.lower_ in TOPIC_PREPS and head.head.lemma_.lower() in REPORTING_VERBS:
            return []
        head = head.head
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:  # a body reporting after the clause is its source ("after speaking with X, ..., the ministry said")
            late = head.lemma_.lower() in REPORTING_VERBS and subjects[0].i > verb.i and subjects[0].ent_type_ != "PERSON"
            return [] if late else [t for s in subjects for t in with_conjuncts(s)] + delegation_led(head)
    return []
