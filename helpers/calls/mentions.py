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

from spacy.tokens import Doc, Span, Token


CONTACT_NOUNS = {
    "call": "phone", "conversation": "phone", "talk": "in_person", "talks": "in_person", "meeting": "in_person",
    "visit": "visit", "trip": "visit", "summit": "in_person", "message": "message", "letter": "message",
    "videoconference": "video", "discussion": "in_person", "exchange": "phone",
}
CONTACT_VERBS = {"speak": None, "talk": None, "meet": "in_person", "visit": "visit", "phone": "phone",
                 "call": "phone", "host": "in_person", "travel": "visit", "discuss": None}
CHANNEL_WORDS = {"phone": "phone", "telephone": "phone", "telephonic": "phone", "video": "video",
                 "virtual": "video", "videoconference": "video", "secure": None, "person": "in_person"}
PLANNED_MARKERS = {"will", "would", "'ll", "shall", "plan", "due", "schedule"}
EXPECTED_MARKERS = {"expect", "likely"}
BEFORE_WORDS = {"before", "ahead", "prior", "preceding", "earlier"}
AFTER_WORDS = {"after", "following", "later"}
PARTICIPANT_PREPS = {"with", "to", "between", "among"}
COMMUNICATION_VERBS = {"tell", "warn", "urge", "assure", "send", "ask", "brief", "inform", "phone", "meet", "visit", "host", "call"}
GROUP_NOUNS = {"leader", "leaders", "counterparts", "allies", "partners", "ministers", "officials"}


def extract_call_mentions(doc: Doc, sentences: list[dict], mentions: list[dict], numbers: list[dict]) -> list[dict]:
    """Contact mentions of one article with participants as character spans.

    Args:
        doc: the parsed article.
        sentences: sentence rows; mentions: actor mention rows; numbers: number rows.

    Returns:
        Rows: sent_idx, start, end (trigger), sentence, trigger, channel, status,
        participant_spans (list of (start, end, surface)), group (label of an unlisted group),
        date_expr, date, time_expr, start_time, end_time, timezone, duration_min,
        duration_approx, relation (before/after), relative_spans.
    """
    by_start = {s["start"]: s for s in sentences}
    rows = []
    for sent in doc.sents:
        info = by_start.get(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        if info is None:
            continue
        triggers = [t for t in sent if is_trigger(t) and not in_ordering_cue(t)]
        consumed: set[int] = set()
        for trigger in triggers:
            if trigger.i in consumed:
                continue
            found = contact(trigger, mentions)
            if found is None:
                continue
            consumed.update(found.pop("consumed"))
            found.update(clause_facts(sent, trigger, governing_verb(trigger), numbers))
            found.update({"sent_idx": info["sent_idx"], "sentence": info["text"],
                          "start": trigger.idx, "end": trigger.idx + len(trigger.text), "trigger": trigger.text})
            rows.append(found)
    return rows


def is_trigger(token: Token) -> bool:
    """A noun or verb that names a diplomatic contact."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and (lemma in CONTACT_NOUNS or token.lower_ in CONTACT_NOUNS):
        if token.dep_ == "compound":
            return False  # "summit hysteria", "call centre"
        return not (lemma == "call" and any(c.lower_ in {"for", "on"} for c in token.children))
    if token.pos_ == "VERB" and lemma in CONTACT_VERBS:
        if lemma == "call":  # "called on", "called for", "called it absurd" are not contacts
            return any(c.dep_ == "dobj" and c.ent_type_ in {"PERSON", "ORG", "GPE"} for c in token.children)
        if lemma == "discuss":  # "X and Y discussed", "X will discuss the crisis with Y"
            return any(c.dep_ == "nsubj" and any(cc.dep_ == "conj" for cc in c.children) for c in token.children) \
                or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
        return True
    return False


def in_ordering_cue(token: Token) -> bool:
    """A contact named only as a reference point: "ahead of the call with Blinken"."""
    for ancestor in token.ancestors:
        if ancestor.lower_ in BEFORE_WORDS | AFTER_WORDS:
            return True
        if ancestor.pos_ in {"VERB", "AUX"}:
            return False
    return False


def contact(trigger: Token, mentions: list[dict]) -> dict | None:
    """Participants, channel and status around one trigger, or None without two parties."""
    verb = governing_verb(trigger)
    spans, consumed, group = participants(trigger, verb, mentions)
    definite = trigger.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "this", "that"}
                                              or c.dep_ == "poss" for c in trigger.children)
    if len(spans) + (1 if group else 0) < 2 and not definite:
        return None
    channel = channel_of(trigger, verb)
    return {"participant_spans": spans, "group": group, "channel": channel, "definite": definite,
            "status": status_of(verb, trigger), "consumed": consumed, **ordering_cue(trigger, verb, mentions)}


def governing_verb(trigger: Token) -> Token:
    """The verb a contact noun hangs on ("held a call" -> held); a verb trigger is its own."""
    if trigger.pos_ == "VERB":
        return trigger
    head = trigger
    while head.pos_ != "VERB" and head.head != head and head.dep_ in {"dobj", "pobj", "prep", "compound", "nsubj", "attr", "appos", "conj"}:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} else trigger


def participants(trigger: Token, verb: Token, mentions: list[dict]):
    """Participant spans (start, end, surface), tokens used up, and an unlisted group label."""
    heads: list[Token] = []
    for token in {verb, trigger}:
        for child in token.children:
            if child.dep_ in {"nsubj", "nsubjpass", "poss", "agent", "dative", "iobj"} or (
                    child.dep_ == "dobj" and (trigger.pos_ == "VERB" or token.lemma_ in COMMUNICATION_VERBS)):
                heads += _with_conjuncts(child)
            if child.dep_ == "prep" and child.lower_ in PARTICIPANT_PREPS:
                # "spoke with Scholz and with Zelenskiy": coordinated prepositions too
                for prep in [child, *[c for c in child.conjuncts if c.dep_ == "conj" and c.lower_ in PARTICIPANT_PREPS]]:
                    heads += [g for p in prep.children if p.dep_ == "pobj" for g in _with_conjuncts(p)]
            if child.dep_ in {"compound", "amod"} and child.ent_type_ == "PERSON":
                heads += _with_conjuncts(child)  # "the Putin-Biden talks"
    if not any(h.dep_ in {"nsubj", "nsubjpass"} for h in heads):
        heads += borrowed_subject(verb)
    spans, group, consumed = [], None, {verb.i, trigger.i}
    for head in heads:
        span = _participant_span(head, mentions, spans)
        if span is not None:
            spans.append(span)
        elif head.lower_ in GROUP_NOUNS or head.lemma_ in GROUP_NOUNS:
            group = " ".join(t.text for t in head.subtree if not t.is_punct)[:120]
            spans += [_span(m) for m in mentions if head.left_edge.idx <= m["start"] < _end(head.right_edge)
                      and m["type"] in {"country", "organization", "person"}]
    unique = list(dict.fromkeys(spans))
    if group and sum(1 for _ in unique) >= 2 and all(_is_named_person(s, mentions) for s in unique):
        group = None  # "the foreign ministers of A and B, X and Y": the people are listed
    return unique, consumed, group


def borrowed_subject(verb: Token) -> list[Token]:
    """Subject of the verb a clause depends on: "are expected to speak", "tried to send"."""
    head = verb
    while head.dep_ in {"xcomp", "advcl", "conj", "acomp"} and head.head != head:
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
        return _span(people[-1]) if people else None
    left = head.left_edge.idx
    span = _best_mention(mentions, left, _end(head))
    if span is None or span[3] != "named person":
        # "his Russian counterpart, Sergei Shoigu": the name in apposition wins
        names = [c for c in head.children if c.dep_ == "appos"]
        if names:
            span = _best_mention(mentions, left, _end(names[0].right_edge)) or span
    return span[:3] if span else None


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


def channel_of(trigger: Token, verb: Token) -> str:
    """phone, video, in_person, visit or message, from the trigger and its own modifiers.

    Only the trigger's modifiers and "by/on/via" phrases count: in "Ahead of the call with
    Blinken, Qin spoke with Hayashi" the call belongs to another contact.
    """
    near = [*trigger.children, *verb.children]
    words = [t.lower_ for t in near if t.dep_ in {"compound", "amod", "nmod", "dobj"}]
    words += [g.lower_ for t in near if t.dep_ == "prep" and t.lower_ in {"by", "on", "via", "over"} for g in t.subtree]
    for word in words:
        if CHANNEL_WORDS.get(word):
            return CHANNEL_WORDS[word]
    lemma = trigger.lemma_.lower()
    if trigger.pos_ == "NOUN":
        return CONTACT_NOUNS.get(lemma) or CONTACT_NOUNS.get(trigger.lower_, "in_person")
    return CONTACT_VERBS.get(lemma) or ("phone" if any(w in {"call", "phone"} for w in words) else "unspecified")


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


def clause_facts(sent: Span, trigger: Token, verb: Token, numbers: list[dict]) -> dict:
    """Date, clock times and duration stated in the contact's clause.

    "Macron, who met with him in Moscow earlier in the week" keeps its own time, not the
    "Saturday" of the call in the main clause.
    """
    low = min(verb.left_edge.idx, trigger.left_edge.idx)
    high = max(_end(verb.right_edge), _end(trigger.right_edge))
    inside = [n for n in numbers if low <= n["start"] < high and sent.start_char <= n["start"] < sent.end_char]
    vague = [e.text for e in sent.ents if e.label_ == "DATE" and low <= e.start_char < high]
    dates = sorted((n for n in inside if n["kind"] == "date"), key=lambda n: abs(n["start"] - trigger.idx))
    times = [n for n in inside if n["kind"] == "clock_time"]
    durations = [n for n in inside if n["kind"] == "duration" and n["value"] <= 24 * 60]
    return {
        "date_expr": dates[0]["surface"] if dates else (vague[0] if vague else None),
        "date": dates[0]["date"] if dates else None,
        "time_expr": " to ".join(t["surface"] for t in times[:2]) or None,
        "start_time": times[0]["value"] if times else None,
        "end_time": times[1]["value"] if len(times) > 1 else None,
        "timezone": times[0]["timezone"] if times else None,
        "duration_min": durations[0]["value"] if durations else (times[1]["value"] - times[0]["value"] if len(times) > 1 else None),
        "duration_approx": durations[0]["approx"] if durations else ("exact" if len(times) > 1 else None),
    }


def channel_class(channel: str) -> str:
    """remote (phone, video, message, unspecified) or in person (meeting, visit)."""
    return "in person" if channel in {"in_person", "visit"} else "remote"
