"""Diplomatic contacts mentioned in one article (the per-article half of ``call_mentions``).

A contact is a trigger (call, talks, meeting, visit, message; spoke, met, visited, phoned,
held) with its participants taken from the parse: the subject, the objects of "with",
"to" and "between", conjuncts ("Putin and Biden held ...") and possessives ("his call with
Biden"). Channel, status (happened, planned, expected), date, clock times and durations come
from the same sentence; "before speaking with Biden", "ahead of the Putin-Biden talks" and
"after the call" are kept as ordering cues. Participants stay character spans here and are
resolved to canonical actors across the corpus (``sequence.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from helpers.calls.facts import clock_and_duration, date_words


# "talks" and "discussion" are in person unless said otherwise, but not stated: an unstated
# channel joins the same people's contact of that day ("the Biden-Putin talks" = their call).
CONTACT_NOUNS = {
    "call": "phone", "conversation": "phone", "talk": "in_person", "talks": "in_person", "meeting": "in_person",
    "visit": "in_person", "trip": "in_person", "summit": "in_person", "message": "message", "letter": "message",
    "videoconference": "video", "discussion": "in_person", "exchange": "unspecified",
}
CONTACT_VERBS = {"speak": None, "talk": None, "meet": "in_person", "visit": "in_person", "phone": "phone",
                 "call": "phone", "host": "in_person", "travel": "in_person", "discuss": None,
                 "go": "in_person", "fly": "in_person", "arrive": "in_person", "receive": "in_person",
                 "welcome": "in_person", "shake": "in_person"}
HOSTING_VERBS = {"receive", "welcome"}  # contacts only with a person received: "Modi received Biden"
TRAVEL_VERBS = {"travel", "go", "fly", "arrive"}  # contacts only with a place: "goes to Kyiv"
VISIT_WORDS = {"visit", "trip", "travel", "go", "fly", "arrive"}
REMOTE_VERBS = {"speak", "talk", "discuss"}  # "spoke with X" with no place: a phone call
CONTACT_WORDS = {w for w in [*CONTACT_NOUNS, *CONTACT_VERBS] if w not in TRAVEL_VERBS} | {"spoke", "lasted", "last"}
CHANNEL_WORDS = {"phone": "phone", "telephone": "phone", "telephonic": "phone", "video": "video",
                 "virtual": "video", "videoconference": "video", "online": "video", "secure": None, "person": "in_person"}
PLACE_ENTS = {"GPE", "LOC", "FAC"}
PLANNED_MARKERS = {"will", "would", "'ll", "shall", "plan", "due", "schedule"}
EXPECTED_MARKERS = {"expect", "likely"}
BEFORE_WORDS = {"before", "ahead", "prior", "preceding", "earlier"}
AFTER_WORDS = {"after", "following", "later"}
PARTICIPANT_PREPS = {"with", "to", "between", "among"}
CHANNEL_PREPS = {"by", "over", "via"}  # "spoke by phone with Kenyatta"
COMMUNICATION_VERBS = {"tell", "warn", "urge", "assure", "send", "ask", "brief", "inform", "phone", "meet", "visit",
                       "host", "call", "include", "involve", "join", "bring", "receive", "welcome"}
# Plural only: "world leaders" is a group; "a North Korean leader" is one unnamed person.
GROUP_NOUNS = {"leaders", "counterparts", "allies", "partners", "ministers", "officials", "heads"}
LEADER_NOUNS = {"leader", "head", "president", "premier"}  # "the leader(s) of X": X's leader
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)(?:,[^\n\-\u2013\u2014]{0,40})?\s+[-\u2013\u2014]+\s")
QUANTITY_NOUNS = {"number", "group", "handful", "host", "dozen", "couple", "series"}
SEPARATE_WORDS = {"separately", "individually", "respectively"}
STATED_NOUNS = {"call", "meeting", "visit", "trip", "summit", "message", "letter", "videoconference"}


def extract_call_mentions(doc: Doc, sentences: list[dict], mentions: list[dict], numbers: list[dict]) -> list[dict]:
    """Contact mentions of one article with participants as character spans.

    Args:
        doc: the parsed article.
        sentences: sentence rows; mentions: actor mention rows; numbers: number rows.

    Returns:
        Rows: sent_idx, start, end (trigger), sentence, trigger, channel, channel_stated,
        visit, status, participant_spans (list of (start, end, surface, as_leader)), group
        (label of an unlisted group), date_expr (resolved across articles), background
        (an earlier contact: "since late December"), time_expr, start_time, end_time,
        timezone, duration_min, duration_approx, durations_reported, relation
        (before/after), relative_spans, reference (named only as an ordering cue).
    """
    by_start = {s["start"]: s for s in sentences}
    line = DATELINE.match(doc.text[:300])
    line_end = line.end() if line else 0
    if line:  # "HAMBURG, July 8 (Wire) - ..." names the place of filing, never a party
        mentions = [m for m in mentions if m["start"] >= line_end]
    rows = []
    for sent in doc.sents:
        info = by_start.get(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        if info is None:
            continue
        consumed: set[int] = set()
        for trigger in (t for t in sent if is_trigger(t)):
            verb = governing_verb(trigger)
            if trigger.i in consumed or (verb.i in consumed and verb.i != trigger.i and is_trigger(verb)):
                continue  # "due to visit Putin ... for talks": the talks are the visit
            rows += sentence_contacts(sent, trigger, info, mentions, numbers, consumed, line_end)
    return rows


def sentence_contacts(sent: Span, trigger: Token, info: dict, mentions: list[dict], numbers: list[dict],
                      consumed: set[int], line_end: int = 0) -> list[dict]:
    """The contact rows of one trigger: one, or one per counterpart when a single party
    spoke with several ("Macron also spoke with Scholz and with Zelenskiy": two calls)."""
    found = contact(trigger, mentions, line_end)
    if found is None:
        return []
    used = found.pop("consumed")
    reference = in_ordering_cue(trigger)
    consumed.update({trigger.i} if reference else used)  # "Before the Geneva talks, Cassis held a call ..."
    verb = trigger if trigger.pos_ == "NOUN" and reference else governing_verb(trigger)
    date_expr, previous_expr = date_words(sent, trigger, verb)
    facts = {"date_expr": date_expr, "background": False, "reference": reference,
             **clock_and_duration(sent, trigger, verb, numbers, CONTACT_WORDS),
             "sent_idx": info["sent_idx"], "sentence": info["text"],
             "start": trigger.idx, "end": trigger.idx + len(trigger.text), "trigger": trigger.text}
    rows = [found | facts | {"participant_spans": spans} for spans in split_parties(found, trigger, verb)]
    if previous_expr:  # "their first direct exchange since late December": an earlier contact
        rows.append(rows[0] | {"date_expr": previous_expr, "background": True, "status": "happened",
                               "relation": None, "relative_spans": [], "relative_noun": None,
                               **dict.fromkeys(["time_expr", "start_time", "end_time", "timezone",
                                                "duration_min", "duration_approx"]), "durations_reported": []})
    for row in rows:
        row.pop("sides", None)
    return rows


def split_parties(found: dict, trigger: Token, verb: Token) -> list[list[tuple]]:
    """Participant lists, split into bilateral contacts when one party spoke with several
    others on the phone or "separately"; a meeting or video call with many stays one."""
    subjects, objects = found["sides"]
    separately = any(t.lower_ in SEPARATE_WORDS for t in [*verb.children, *trigger.children])
    remote_talk = found["channel"] in {"phone", "unspecified"} and not found["group"]
    if len(subjects) == 1 and len(objects) >= 2 and (separately or remote_talk):
        return [[subjects[0], other] for other in objects]
    return [found["participant_spans"]]


def is_trigger(token: Token) -> bool:
    """A noun or verb that names a diplomatic contact."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in CONTACT_NOUNS or token.lower_ in CONTACT_NOUNS):
        if token.dep_ == "compound":
            return False  # "summit hysteria", "call centre"
        # "a call for restraint", "its call on Moscow to pull back" are appeals; "a call on Sunday" is a contact
        return not (lemma == "call" and any(c.lower_ == "for" or (c.lower_ == "on" and not _dated(c)) for c in token.children))
    if token.pos_ == "VERB" and lemma in CONTACT_VERBS:
        if lemma in TRAVEL_VERBS:  # "goes to Kyiv", "arrived in Seoul"; not "went ahead"
            # the parser tags some capitals as people ("travel to Kiev"): a proper noun is enough here,
            # the place itself is checked against the actor mentions in ``contact``
            return any(c.dep_ == "prep" and c.lower_ in {"to", "in"} and any(g.ent_type_ in PLACE_ENTS or g.pos_ == "PROPN"
                                                                          for g in c.subtree) for c in token.children)
        if lemma == "shake":  # "Xi and Ma shook hands in Singapore"
            return any(c.dep_ == "dobj" and c.lemma_.lower() == "hand" for c in token.children)
        if lemma in HOSTING_VERBS:  # "received Biden", not "received a letter"
            return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children)
        if lemma == "call":  # "called on", "called for", "called it absurd" are not contacts
            return any(c.dep_ == "dobj" and c.ent_type_ in {"PERSON", "ORG", "GPE"} for c in token.children)
        if lemma == "discuss":  # "X and Y discussed", "X will discuss the crisis with Y"
            return any(c.dep_ == "nsubj" and any(cc.dep_ == "conj" for cc in c.children) for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return True
    return False


def _dated(prep: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in prep.subtree)


def in_ordering_cue(token: Token) -> bool:
    """A contact named only as a reference point: "ahead of the call with Blinken"."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in BEFORE_WORDS | AFTER_WORDS:
            return True
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False


def contact(trigger: Token, mentions: list[dict], line_end: int = 0) -> dict | None:
    """Participants, channel and status around one trigger, or None without two parties.

    A contact noun named only as an ordering cue ("After the meeting, Erdogan spoke with
    Sisi") keeps to its own words: the main verb's people belong to the main contact.
    """
    verb = trigger if trigger.pos_ == "NOUN" and in_ordering_cue(trigger) else governing_verb(trigger)
    subjects, objects, consumed, group = participants(trigger, verb, mentions)
    if not subjects and trigger.sent.start_char < line_end < verb.idx:
        # the dateline confuses the parse ("TAIPEI, Nov 8 (Wire) - Xi and Ma shook hands"):
        # the people between the dateline and the verb are its subject
        subjects = [_span(m) + (False,) for m in mentions if line_end <= m["start"] < verb.idx and m["type"] == "person"]
    spans = list(dict.fromkeys(subjects + objects))
    definite = trigger.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "this", "that"}
                                              or c.dep_ == "poss" for c in trigger.children)
    pair = pair_anaphor(trigger, verb)
    if pair and not spans:  # "Xi and Ma shook hands ... The two men met for about an hour"
        subjects = spans = previous_pair(trigger, mentions)
        pair = not spans
    if len(spans) + (1 if group else 0) < 2 and not (definite or pair):
        return None
    channel, stated = channel_of(trigger, verb)
    return {"participant_spans": spans, "sides": (subjects, objects), "group": group, "channel": channel,
            "channel_stated": stated, "visit": is_visit(trigger, verb), "definite": definite or pair,
            "pair_anaphor": pair, "status": status_of(verb, trigger), "consumed": consumed,
            **ordering_cue(trigger, verb, mentions)}


def pair_anaphor(trigger: Token, verb: Token) -> bool:
    """"The two spoke for nearly two hours", "both leaders agreed ...": the pair named before."""
    for child in [*verb.children, *trigger.children]:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            words = {t.lower_ for t in child.subtree}
            if words & {"two", "both"} and not any(t.ent_type_ == "PERSON" for t in child.subtree):
                return True
    return False


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
                spans = [s for s in (_participant_span(h, mentions, []) for h in [token, *token.conjuncts]) if s]
                if len(spans) == 2 and all(_is_named_person(s, mentions) for s in spans):
                    return [s + (False,) for s in spans]
    return []


def is_visit(trigger: Token, verb: Token) -> bool:
    """A trip to a place ("will travel to Kiev", "visit Putin in Moscow", "his trip to Seoul")."""
    lemma = trigger.lemma_.lower()
    return lemma in VISIT_WORDS or (verb.lemma_.lower() in VISIT_WORDS and trigger.pos_ == "NOUN")


def governing_verb(trigger: Token) -> Token:
    """The verb a contact noun hangs on ("held a call" -> held); a verb trigger is its own."""
    if trigger.pos_ == "VERB":
        return trigger
    head = trigger
    while head.pos_ != "VERB" and head.head != head and head.dep_ in {"dobj", "pobj", "prep", "compound", "nsubj", "attr", "appos", "conj"}:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else trigger


def participants(trigger: Token, verb: Token, mentions: list[dict]):
    """(subject-side spans, object-side spans, tokens used up, unlisted group label).

    A span is (start, end, surface, as_leader); as_leader marks a country or body that
    stands for its leader ("spoke with the leaders of France and Belarus").
    """
    subject_heads, object_heads = [], []
    for token in {verb, trigger}:
        for child in token.children:
            if child.dep_ in {"nsubj", "nsubjpass", "poss", "agent"}:
                subject_heads += _with_conjuncts(child)
            elif child.dep_ in {"dative", "iobj"} or (
                    child.dep_ == "dobj" and (trigger.pos_ == "VERB" or token.lemma_ in COMMUNICATION_VERBS)):
                object_heads += _with_conjuncts(child)
            elif child.dep_ == "prep" and child.lower_ == "in" and token.lemma_.lower() in TRAVEL_VERBS:
                object_heads += [p for p in child.children if p.dep_ == "pobj"]  # "due to arrive in Cairo"
            elif child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS | CHANNEL_PREPS:
                for prep in _participant_preps(child):
                    object_heads += [g for p in prep.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
            elif child.dep_ == "prep" and child.lower_ in {"in", "besides"}:
                object_heads += _addition_of(child)  # "In addition to Biden, the call included ..."
            elif child.dep_ in {"compound", "amod"} and child.ent_type_ == "PERSON":
                subject_heads += _with_conjuncts(child)  # "the Putin-Biden talks"
    if not any(h.dep_ in {"nsubj", "nsubjpass", "poss"} for h in subject_heads):
        subject_heads += borrowed_subject(verb)
    group, consumed = None, {verb.i, trigger.i}
    sides = []
    for heads in (subject_heads, object_heads):
        spans = []
        for head in heads:
            found, label = _head_parties(head, mentions, [*(sides[0] if sides else []), *spans])
            spans += found
            group = group or label
        sides.append(list(dict.fromkeys(spans)))
    subjects, objects = sides
    objects = [s for s in objects if s not in subjects]
    named = subjects + objects
    if group and len(named) >= 2 and all(_is_named_person(s, mentions) for s in named):
        group = None  # "the foreign ministers of A and B, X and Y": the people are listed
    return subjects, objects, consumed, group


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
        return [g for p in prep.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
    return [g for p in prep.children if p.dep_ == "pobj" and p.lower_ == "addition"
            for to in p.children if to.dep_ == "prep" and to.lower_ == "to"
            for o in to.children if o.dep_ == "pobj" for g in _with_conjuncts(o)]


def _head_parties(head: Token, mentions: list[dict], taken: list[tuple]) -> tuple[list[tuple], str | None]:
    """The party spans one participant head gives, and a group label when it names a group."""
    if head.lemma_.lower() in QUANTITY_NOUNS:  # "a number of European leaders"
        inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        head = inner[0] if inner else head
    span = _participant_span(head, mentions, taken)
    if span is not None:
        return [span + (False,)], None
    if head.lower_ in GROUP_NOUNS or head.lemma_.lower() in LEADER_NOUNS:
        inside = [_span(m) + (head.lemma_.lower() in LEADER_NOUNS,) for m in mentions
                  if head.left_edge.idx <= m["start"] < _end(head.right_edge) and m["type"] in {"country", "organization", "person"}]
        if inside:  # "the leaders of France and Belarus": the countries stand for their leaders
            return inside, None
        if head.lower_ in GROUP_NOUNS:
            return [], " ".join(t.text for t in head.subtree if not t.is_punct)[:120]
    return [], None


def borrowed_subject(verb: Token) -> list[Token]:
    """Subject of the verb a clause depends on: "are expected to speak", "tried to send"."""
    head = verb
    while head.dep_ in {"xcomp", "advcl", "conj", "acomp", "pcomp", "prep", "pobj"} and head.head != head:
        head = head.head
        subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return [t for s in subjects for t in _with_conjuncts(s)]
    return []


def _is_named_person(span: tuple, mentions: list[dict]) -> bool:
    return any(m["start"] == span[0] and m["type"] == "person" for m in mentions)


def _with_conjuncts(token: Token) -> list[Token]:
    """A participant, its conjuncts, and names in apposition ("Putin and US counterpart Joe
    Biden" where the parser hangs "Biden" on "Putin")."""
    heads = [token] + [c for c in token.conjuncts if c.i > token.i]
    return heads + [a for h in heads for a in h.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]


def _participant_span(head: Token, mentions: list[dict], taken: list[tuple]) -> tuple | None:
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head  # "Macron, who met with him": the noun the clause describes
    if head.pos_ == "PRON":
        if head.lower_ not in THIRD_PERSON:
            return None  # "I", "we", "it": no named party
        used = {t[0] for t in taken}
        people = [m for m in mentions if m["type"] == "person" and m["start"] not in used and m["end"] <= head.idx]
        if head.dep_ in {"nsubj", "nsubjpass", "poss"}:
            # "Scholz is due to visit Putin ..., a day after he goes to Kyiv", "Sunak phoned
            # Zelenskiy ahead of his meeting with Modi": the sentence's subject, not the nearest
            # name; with none ("Immediately after speaking with the Russian leader, he called
            # Zelensky"), the subject of an earlier sentence
            before = [m for m in people if m["start"] < head.sent.start_char]
            subjects = [m for m in people if m["start"] >= head.sent.start_char and _is_subject_at(head.doc, m)]
            people = subjects or [m for m in before if _is_subject_at(head.doc, m)] or people
        return _span(people[-1]) if people else None
    left = head.left_edge.idx
    span = _best_mention(mentions, left, _end(head))
    if span is None or span[3] != "named person":
        # "his Russian counterpart, Sergei Shoigu": the name in apposition wins
        names = [c for c in head.children if c.dep_ == "appos"]
        if names:
            span = _best_mention(mentions, left, _end(names[0].right_edge)) or span
    return span[:3] if span else None


def _is_subject_at(doc: Doc, mention: dict) -> bool:
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    return span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}


def _best_mention(mentions: list[dict], left: int, right: int) -> tuple | None:
    """The last person mention in [left, right), else the last party of another type."""
    inside = [m for m in mentions if left <= m["start"] and m["end"] <= right
              and m["type"] in {"person", "country", "organization", "place"}]
    if not inside:
        return None
    named = [m for m in inside if m["type"] == "person" and m["label"] != "role"]
    person = [m for m in inside if m["type"] == "person"]
    best = (named or person or inside)[-1]
    kind = "named person" if named else best["type"]
    return (best["start"], best["end"], best["surface"], kind)


THIRD_PERSON = {"he", "she", "him", "her", "his", "hers"}


def _span(mention: dict) -> tuple:
    return (mention["start"], mention["end"], mention["surface"])


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def channel_of(trigger: Token, verb: Token) -> tuple[str, bool]:
    """(channel, stated): phone, video, in_person, message or unspecified.

    Only the trigger's modifiers and "by/on/via" phrases count: in "Ahead of the call with
    Blinken, Qin spoke with Hayashi" the call belongs to another contact. Unstated, "spoke
    with X" is a phone call and "talks in Geneva" are in person (stated False).
    """
    near = [*trigger.children, *verb.children]
    words = [t.lower_ for t in near if t.dep_ in {"compound", "amod", "nmod", "dobj"}]
    words += [g.lower_ for t in near if t.dep_ == "prep" and t.lower_ in {"by", "on", "via", "over"} for g in t.subtree]
    for word in words:
        if CHANNEL_WORDS.get(word):
            return CHANNEL_WORDS[word], True
    lemma = trigger.lemma_.lower()
    placed = any(t.dep_ == "prep" and t.lower_ in {"in", "at"} and any(g.ent_type_ in PLACE_ENTS for g in t.subtree)
                 for t in near)
    if trigger.pos_ == "NOUN":
        channel = CONTACT_NOUNS.get(lemma) or CONTACT_NOUNS.get(trigger.lower_, "in_person")
        if channel == "unspecified" and placed:
            return "in_person", False
        return channel, lemma in STATED_NOUNS
    if CONTACT_VERBS.get(lemma):
        return CONTACT_VERBS[lemma], True
    if lemma in REMOTE_VERBS:
        return ("in_person", False) if placed else ("phone", False)
    return ("phone", True) if any(w in {"call", "phone"} for w in words) else ("unspecified", False)


def status_of(verb: Token, trigger: Token) -> str:
    """happened, planned ("will travel", "plan a call", "is due to visit") or expected ("are expected to speak")."""
    chain = [verb, *verb.children, verb.head, *verb.head.children] + list(trigger.ancestors)[:3]
    lemmas = {t.lemma_.lower() for t in chain} | {t.lower_ for t in chain}
    if lemmas & EXPECTED_MARKERS:
        return "expected"
    if lemmas & PLANNED_MARKERS or (verb.tag_ == "VB" and "to" in lemmas and verb.head.lemma_ in {"be", "plan", "set", "due"}):
        return "planned"
    return "happened"


def ordering_cue(trigger: Token, verb: Token, mentions: list[dict]) -> dict:
    """'Before speaking with Biden', 'ahead of the Putin-Biden talks', 'after the call'."""
    for token in verb.subtree:
        word = token.lower_
        if word in BEFORE_WORDS | AFTER_WORDS and token.i not in {verb.i, trigger.i}:
            scope = list(token.subtree)
            refs = [_span(m) for m in mentions if scope and scope[0].idx <= m["start"] < _end(scope[-1])
                    and m["type"] in {"person", "organization", "country"}]
            relation = "before" if word in BEFORE_WORDS else "after"
            if refs:
                return {"relation": relation, "relative_spans": refs, "relative_noun": None}
            nouns = [t for t in scope if is_trigger(t) and t.pos_ == "NOUN"]
            if nouns:  # "after the talks": the article's other contact with a shared participant
                return {"relation": relation, "relative_spans": [], "relative_noun": nouns[0].lemma_.lower()}
    return {"relation": None, "relative_spans": [], "relative_noun": None}


def channel_class(channel: str) -> str:
    """remote (phone, video, message, unspecified) or in person (meeting, visit)."""
    return "in person" if channel in {"in_person", "visit"} else "remote"
