"""Diplomatic contacts mentioned in one article (the per-article half of ``call_mentions``).

A contact is a trigger (call, talks, meeting, visit, message; spoke, met, visited, phoned,
received, shook hands, travelled to a place) with its participants taken from the parse
(``spans.py``). Channel, status (happened, planned, expected), date words, clock times and
durations come from the contact's own clause (``facts.py``); "before speaking with Biden",
"ahead of the Putin-Biden talks" and "after the call" are ordering cues, and the contacts
they name are kept too. One party who spoke with several others had one call with each.
Participants stay character spans here and are resolved to canonical actors across the
corpus (``parties.py``, ``merge.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from helpers.calls.dates import names_a_day, narrative_offset
from helpers.calls.facts import (CONTACT_NOUNS, clock_and_duration, contact_place, date_words, day_words, days_from_another,
                                 is_generic_plural, time_entities)
from helpers.calls.spans import TRAVEL_VERBS, mention_span, participants, previous_pair, token_end


CONTACT_VERBS = {"speak": None, "talk": None, "meet": "in_person", "visit": "in_person", "phone": "phone",
                 "call": "phone", "telephone": "phone", "ring": "phone", "host": "in_person", "travel": "in_person", "discuss": None,
                 "go": "in_person", "fly": "in_person", "arrive": "in_person", "receive": "in_person",
                 "welcome": "in_person", "shake": "in_person",
                 "take": None, "participate": None}
HOSTING_VERBS = {"receive", "welcome"}  # contacts only with a person received: "Modi received Biden"
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
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)(?:,[^\n\-\u2013\u2014]{0,40})?\s+[-\u2013\u2014]+\s")
REMOTE_CONFERENCE = {"video", "telephone", "phone", "virtual", "online", "web"}
SEPARATE_WORDS = {"separately", "individually", "respectively"}
STATED_NOUNS = {"call", "conference", "teleconference", "meeting", "visit", "trip", "summit", "message", "letter", "videoconference"}


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
        (before/after), relative_spans, reference (named only as an ordering cue),
        narrative_expr (the last day named before the trigger: "He met X on Friday ... a day earlier"),
        narrative_default (that day is also the undated contact's: no "later", "had spoken", "after").
    """
    by_start = {s["start"]: s for s in sentences}
    line = DATELINE.match(doc.text[:300])
    line_end = line.end() if line else 0
    if line:  # "HAMBURG, July 8 (Wire) - ..." names the place of filing, never a party
        mentions = [m for m in mentions if m["start"] >= line_end]
    rows, last_day = [], None
    for sent in doc.sents:
        info = by_start.get(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        if info is None:
            continue
        consumed: set[int] = set()
        days = day_words(sent, line_end)
        dated = any(names_a_day(e.text) and narrative_offset(e.text) is None  # "in May": the sentence's own time
                    for e in time_entities(sent) if e.start_char >= line_end)
        for trigger in (t for t in sent if is_trigger(t)):
            verb = governing_verb(trigger)
            if trigger.i in consumed or (verb.i in consumed and verb.i != trigger.i and is_trigger(verb)):
                continue  # "due to visit Putin ... for talks": the talks are the visit
            # the day the narrative is at: the last one named before the trigger, in its sentence or before
            here = next((words for at, words in reversed(days) if at < trigger.idx), None)
            default = not (moves_on(verb) or (dated and here is None))
            rows += [row | {"narrative_expr": here or last_day, "narrative_default": default and not row["relation"]}
                     for row in sentence_contacts(sent, trigger, info, mentions, numbers, consumed, line_end)]
        last_day = days[-1][1] if days else last_day
    return rows


def days_apart(verb: Token) -> str | None:
    """"..., a day after he had met X": this contact is a day before the story's day (a
    narrative cue "a day earlier"); "a day before he flew to Y": a day after it."""
    marks = [c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in {"after", "before"}]
    amount = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"
              and any(d.lower_ in {"a", "one"} for d in c.children)]
    if marks and amount and verb.dep_ == "advcl":
        return "a day earlier" if marks[0].lower_ == "after" else "a day later"
    return None


def moves_on(verb: Token) -> bool:
    """"Faki later spoke ...", "had spoken": a time after or before the narrative's day, not it."""
    return any(c.lower_ in {"later", "afterwards", "subsequently", "since", "previously", "once"} for c in verb.children) \
        or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children))


def sentence_contacts(sent: Span, trigger: Token, info: dict, mentions: list[dict], numbers: list[dict],
                      consumed: set[int], line_end: int = 0) -> list[dict]:
    """The contact rows of one trigger: one, or one per counterpart when a single party
    spoke with several ("Macron also spoke with Scholz and with Zelenskiy": two calls)."""
    found = contact(trigger, mentions, line_end)
    if found is None or any(c.dep_ == "mark" and c.lower_ == "whether" for c in governing_verb(trigger).children):
        return []  # "Asked whether Dai would also visit Pyongyang, ...": a question, no contact
    used = found.pop("consumed")
    reference = in_ordering_cue(trigger)
    consumed.update({trigger.i} if reference else used)  # "Before the Geneva talks, Cassis held a call ..."
    verb = trigger if trigger.pos_ == "NOUN" and reference else governing_verb(trigger)
    date_expr, previous_expr = date_words(sent, trigger, verb, line_end)
    date_expr = days_apart(verb) or date_expr
    facts = {"date_expr": date_expr, "background": False, "reference": reference, **days_from_another(verb, mentions),
             "place": contact_place(trigger, verb),
             **clock_and_duration(sent, trigger, verb, numbers, CONTACT_WORDS),
             "sent_idx": info["sent_idx"], "sentence": info["text"],
             "start": trigger.idx, "end": trigger.idx + len(trigger.text), "trigger": trigger.text}
    rows = [found | facts | {"participant_spans": spans} for spans in split_parties(found, trigger, verb)]
    sequence_cues(rows, sent.doc.text)
    earlier = since_contact(trigger, verb, consumed)
    if earlier is not None:  # "their first talks since they met in London on December 4"
        consumed.add(earlier.i)
        e_channel, e_stated = channel_of(earlier, earlier)
        rows.append(rows[0] | {"date_expr": date_words(sent, earlier, earlier)[0], "background": True,
                               "status": "happened", "channel": e_channel, "channel_stated": e_stated, "visit": False,
                               "relation": None, "relative_spans": [], "relative_noun": None, "definite": False,
                               "trigger": earlier.text, "start": earlier.idx, "end": earlier.idx + len(earlier.text),
                               **clock_and_duration(sent, earlier, earlier, numbers, CONTACT_WORDS)})
        previous_expr = None
    if negated(trigger, verb):  # "have not spoken since ...": no contact, only the earlier one
        rows = rows[len(rows) - 1:] if earlier is not None else []
    if previous_expr:  # "their first direct exchange since late December": an earlier contact
        rows.append(rows[0] | {"date_expr": previous_expr, "background": True, "status": "happened",
                               **earlier_channel(verb, trigger, rows[0]),
                               "relation": None, "relative_spans": [], "relative_noun": None,
                               **dict.fromkeys(["time_expr", "start_time", "end_time", "timezone",
                                                "duration_min", "duration_approx"]), "durations_reported": []})
    for row in rows:
        row.pop("sides", None)
    return rows


def since_contact(trigger: Token, verb: Token, consumed: set[int]) -> Token | None:
    """The contact verb of a "since" clause on this contact whose subject is the same people
    ("... since they met in London", "spoke on Friday, their first talks since they met"):
    an earlier contact of them."""
    nouns = [c for c in verb.children if c.pos_ == "NOUN" and is_trigger(c)]  # "their first talks since ..."
    for head in dict.fromkeys([trigger, verb, *nouns]):
        for child in head.children:
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            subject = [c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if (child.dep_ == "advcl" and "since" in marks and is_trigger(child) and child.i not in consumed
                    and subject and (subject[0].lower_ in {"they", "we"} or pair_anaphor(child, child))):
                return child
    return None


def earlier_channel(verb: Token, trigger: Token, row: dict) -> dict:
    """The earlier contact's channel is its own noun's ("their first call since the summit in
    June": a meeting), else the current one's."""
    for token in {*verb.subtree, *trigger.subtree}:
        if token.lower_ == "since" and token.dep_ == "prep":
            noun = next((c for c in token.children if c.dep_ == "pobj" and is_trigger(c)), None)
            if noun is not None:
                channel, stated = channel_of(noun, noun)
                return {"channel": channel, "channel_stated": stated, "visit": False}
    return {"channel": row["channel"], "channel_stated": row["channel_stated"]}


def negated(trigger: Token, verb: Token) -> bool:
    """"have not spoken", "never met": the clause denies the contact."""
    return any(c.dep_ == "neg" for c in {*verb.children, *trigger.children})


def split_parties(found: dict, trigger: Token, verb: Token) -> list[list[tuple]]:
    """Participant lists, split into bilateral contacts when one party spoke with several
    others on the phone or "separately"; a meeting or video call with many stays one."""
    subjects, objects = found["sides"]
    separately = any(t.lower_ in SEPARATE_WORDS for t in [*verb.children, *trigger.children])
    remote_talk = found["channel"] in {"phone", "unspecified"} and not found["group"]
    text = trigger.doc.text
    ordered = sorted(objects, key=lambda o: o[0])
    # "her Spanish counterpart Jose Manuel Albares" read as two spans: one person, the name kept
    objects = [o for o, nxt in zip(ordered, [*ordered[1:], None]) if nxt is None or text[o[1]:nxt[0]].strip()]
    if len(subjects) == 1 and len(objects) >= 2 and (separately or remote_talk):
        return [[subjects[0], other] for other in objects]
    return [found["participant_spans"]]


SEQUENCE_WORDS = re.compile(r"\b(then|later|afterwards|subsequently|followed by)\b", re.I)


def sequence_cues(rows: list[dict], text: str) -> None:
    """"spoke with A and then with B": each call after the one before it (rows of one split,
    in the text's order of the counterparts)."""
    if len(rows) < 2 or any(r["relation"] for r in rows):
        return
    ordered = sorted(rows, key=lambda r: r["participant_spans"][-1][0])
    for before, after in zip(ordered, ordered[1:]):
        gap = text[before["participant_spans"][-1][1]:after["participant_spans"][-1][0]]
        if SEQUENCE_WORDS.search(gap):
            after.update(relation="after", relative_spans=[span[:3] for span in before["participant_spans"]], relative_noun=None)


def is_trigger(token: Token) -> bool:
    """A noun or verb that names a diplomatic contact."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in CONTACT_NOUNS or token.lower_ in CONTACT_NOUNS):
        if token.dep_ == "compound" or is_generic_plural(token):
            return False  # "summit hysteria", "call centre"; "a stream of calls since"
        if lemma == "conference":  # "a video conference", "a conference call"; never "a press conference"
            return any(c.dep_ in {"compound", "amod"} and c.lower_ in REMOTE_CONFERENCE for c in token.children)
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
        if lemma in {"take", "participate"}:  # "A, B and C took part" (in the contact named just before)
            return takes_part(token)
        if lemma in HOSTING_VERBS:  # "received Biden", not "received a letter"
            return any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in token.children)
        if lemma in {"call", "telephone", "ring"}:  # "called on", "called for", "called it absurd" are not contacts
            objects = [c for c in token.children if c.dep_ == "dobj"] or [c for c in token.children if c.dep_ == "oprd"]
            return any(c.ent_type_ in {"PERSON", "ORG", "GPE"} for c in objects)  # "oprd": "called Prime Minister X" misparsed
        if lemma == "discuss":  # "X and Y discussed", "X will discuss the crisis with Y"
            return any(c.dep_ == "nsubj" and any(cc.dep_ == "conj" for cc in c.children) for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return True
    return False


def takes_part(verb: Token) -> bool:
    """"A, B and C took part", "also participating were ...": several named people join a
    contact named in the sentence or the two before; "took part in the talks" is the talks'."""
    if verb.lemma_.lower() == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "in" for c in verb.children):
        return False
    subject = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subject and subject[0].conjuncts and antecedent_contact(verb) is not None)


def antecedent_contact(verb: Token) -> Token | None:
    """The nearest contact noun before ``verb`` in its sentence or the two before it."""
    doc = verb.doc
    first = verb.sent.start
    for _ in range(2):
        first = doc[first - 1].sent.start if first > 0 else first
    return next((t for t in reversed(doc[first:verb.i]) if t.pos_ == "NOUN" and is_trigger(t)), None)


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
    if len(subjects) < 2 and trigger.sent.start_char < line_end < verb.idx:
        # the dateline confuses the parse ("TAIPEI, Nov 8 (Wire) - Xi and Ma shook hands"), losing
        # the subject or one of its conjuncts: the people between the dateline and the verb are its subject
        before_verb = [mention_span(m) + (False,) for m in mentions if line_end <= m["start"] < verb.idx and m["type"] == "person"]
        if {s[:2] for s in subjects} <= {s[:2] for s in before_verb}:
            subjects = before_verb
    spans = list(dict.fromkeys(subjects + objects))
    definite = trigger.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "this", "that"}
                                              or c.dep_ == "poss" for c in trigger.children)
    pair = pair_anaphor(trigger, verb)
    if pair:
        group = None  # "the two leaders", "both ministers": the pair named before, not a group
    if pair and not spans:  # "Xi and Ma shook hands ... The two men met for about an hour"
        subjects = spans = previous_pair(trigger, mentions)
        pair = not spans
    if len(spans) + (1 if group else 0) < 2 and not (definite or pair):
        return None
    channel, stated = channel_of(trigger, verb)
    if trigger.lemma_.lower() in {"take", "participate"}:  # "... took part": the channel of the contact joined
        channel, stated = channel_of(antecedent_contact(trigger), antecedent_contact(trigger))
    return {"participant_spans": spans, "sides": (subjects, objects), "group": group, "channel": channel,
            "channel_stated": stated, "visit": is_visit(trigger, verb), "definite": definite or pair,
            "pair_anaphor": pair, "status": status_of(verb, trigger), "consumed": consumed,
            **ordering_cue(trigger, verb, mentions)}


def pair_anaphor(trigger: Token, verb: Token) -> bool:
    """"The two spoke for nearly two hours", "both leaders agreed ...": the pair named before."""
    for child in [*verb.children, *trigger.children]:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            # "the two men", "both leaders"; not "the two countries' foreign ministers" (the countries are two)
            words = {t.lower_ for t in [child, *child.children]}
            if words & {"two", "both"} and not any(t.ent_type_ == "PERSON" for t in child.subtree):
                return True
    return False


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
    # "arrived in Doha and held talks with X at the Emiri Diwan": talks at a named place, or on arrival, are met in person
    arrived = verb.dep_ == "conj" and verb.head.lemma_.lower() in TRAVEL_VERBS
    at_named = any(t.dep_ == "prep" and t.lower_ == "at" and any(g.pos_ == "PROPN" and g.ent_type_ not in {"DATE", "TIME"}
                                                                 for g in t.subtree) for t in near)
    if trigger.pos_ == "NOUN":
        channel = CONTACT_NOUNS.get(lemma) or CONTACT_NOUNS.get(trigger.lower_, "in_person")
        if channel in {"unspecified", "in_person"} and (placed or arrived or at_named):
            return "in_person", channel == "in_person" and (arrived or at_named) or lemma in STATED_NOUNS
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
            refs = [mention_span(m) for m in mentions if scope and scope[0].idx <= m["start"] < token_end(scope[-1])
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
