"""Diplomatic contacts mentioned in one article (the per-article half of ``call_mentions``).

A contact is a trigger (call, talks, meeting, visit, message; spoke, met, visited, phoned,
received, shook hands, travelled to a place) with its participants taken from the parse
(``spans.py``), its trigger, channel and status from ``triggers.py``; date words, clock times and
durations come from the contact's own clause (``facts.py``); "before speaking with Biden",
"ahead of the Putin-Biden talks" and "after the call" are ordering cues, and the contacts
they name are kept too. One party who spoke with several others had one call with each,
unless the text says it was one call of them all (``together.py``).
Participants stay character spans here and are resolved to canonical actors across the
corpus (``parties.py``, ``merge.py``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from helpers.calls.counted import counted_subject, own_list, previous_list, whole_lists
from helpers.calls.dates import EXPLICIT_RE, names_a_day, names_a_fixed_day, narrative_offset
from helpers.calls.facts import (CONTACT_NOUNS, changes_tense, clock_and_duration, contact_place, date_words, day_words,
                                 days_from_another, time_entities)
from helpers.calls.occasiondays import OccasionDays
from helpers.calls.occasions import again_words, second_occasions
from helpers.calls.paragraphs import ParagraphCount, counts_from_story
from helpers.calls.messages import carried_message
from helpers.calls.onesided import counterparts_only, names_someone, topic_of_telling, trip_to_gathering
from helpers.calls.together import SEQUENCE_WORDS, fellow_travellers, split_parties, trip_for_talks_with
from helpers.calls.spoken import SPEAKING_VERBS
from helpers.calls.spans import TRAVEL_VERBS, mention_span, participants, previous_pair, token_end
from helpers.calls.speeches import tallied
from helpers.calls.triggers import (CONTACT_VERBS, antecedent_contact, channel_of, governing_verb, is_trigger, may_be_trigger, is_visit,
                                    status_of, told_in_present)
from helpers.docarrays import doc_entities, lead_space, tokens_passing
from helpers.parse import doc_text


# a trip whose purpose clause is the contact shares its day: "flew to Oslo on Monday to meet X"
PURPOSE_TRIP_VERBS = TRAVEL_VERBS | {"return", "head", "come", "leave"}
CONTACT_WORDS = {w for w in [*CONTACT_NOUNS, *CONTACT_VERBS] if w not in TRAVEL_VERBS | SPEAKING_VERBS} | {"spoke", "lasted", "last"}
BEFORE_WORDS = {"before", "ahead", "prior", "preceding", "earlier"}
AFTER_WORDS = {"after", "following", "later"}
DATELINE = re.compile(r"\s*(?:[A-Z][A-Z.'\-]+(?: [A-Z][A-Z.'\-]+)*)(?:,[^\n\-\u2013\u2014]{0,40})?\s+[-\u2013\u2014]+\s")


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
        narrative_default (that day is also the undated contact's: no "later", "had spoken", "after"),
        told_later ("X later called Y": on or after the narrative's day).
    """
    by_start = {s["start"]: s for s in sentences}
    line = DATELINE.match(doc_text(doc)[:300])
    line_end = line.end() if line else 0
    if line:  # "HAMBURG, July 8 (Wire) - ..." names the place of filing, never a party
        mentions = [m for m in mentions if m["start"] >= line_end]
    rows, last_day, last_reached, lead_day = [], None, None, None
    paragraphs, occasions = ParagraphCount(doc_text(doc)), OccasionDays()
    for sent in doc.sents:
        info = by_start.get(sent.start_char + lead_space(sent))
        if info is None:
            continue
        # the story is back at its lead's day, unless the sentence counts from the last one ("the same day")
        stale = paragraphs.stale(sent.start_char) and not counts_from_story(sent.text)
        consumed: set[int] = set()
        days = sorted(day_words(sent, line_end) + unknown_days(sent))
        spans = [e for e in time_entities(sent)  # "in May": the sentence's own time
                 if e.start_char >= line_end and names_a_day(e.text) and narrative_offset(e.text) is None]
        for trigger in (t for t in tokens_passing(sent, may_be_trigger) if is_trigger(t)):
            verb = governing_verb(trigger)
            dated = any(not in_other_clause(e.root, trigger) for e in spans)
            if trigger.i in consumed or (verb.i in consumed and verb.i != trigger.i and is_trigger(verb)):
                continue  # "due to visit Putin ... for talks": the talks are the visit
            # the day the narrative is at: the last one named before the trigger, in its sentence or before
            here = next((words for at, words, _ in reversed(days) if at < trigger.idx), None)
            default = not (moves_on(verb) or (dated and here is None))
            for row in sentence_contacts(sent, trigger, info, mentions, numbers, consumed, line_end):
                # "" : a day the article does not date; a contact held is not on a day only said or planned before
                told = here if here is not None else last_day if row["status"] != "happened" else last_reached
                if here is None and stale and narrative_offset(row["date_expr"]) is None:
                    told = lead_day
                if not row["date_expr"]:  # "spoke with Y shortly before the ceremony": the ceremony's day
                    told = occasions.day_of_cue(sent, trigger) or told
                rows.append(row | {"narrative_expr": told or None, "narrative_default": default and not row["relation"],
                                   "told_later": told_later(verb)}
                            | ({"date_expr": None} if unanchored_next_day(row, told) else {}))
        occasions.note(sent, days, lead_day if stale else last_reached)
        last_day = days[-1][1] if days else last_day
        if days:
            paragraphs.dated(sent.start_char)
        reached = [words for _, words, said in days if not said]
        last_reached = reached[-1] if reached else last_reached
        lead_day = lead_day or (reached[0] if reached else None)
    return rows


def unknown_days(sent: Span) -> list[tuple[int, str, bool]]:
    """"On the first Monday of the crisis": the narrative moves to a day the article does not
    date; "The following day ..." after it is no day after an earlier dated one."""
    return [(e.start_char, "", False) for e in time_entities(sent, counted=True)]


def unanchored_next_day(row: dict, narrative: str | None) -> bool:
    """"The following day, he called X" with no day named before: the day after an undated
    one, never the day after the article's (a contact that happened is not in the future)."""
    offset = narrative_offset(row["date_expr"])
    return not narrative and offset is not None and offset > 0 and row["status"] == "happened"


def shared_date(sent: Span, verb: Token, line_end: int) -> str | None:
    """"flew to Niamey on Sunday and met X": the second verb of one subject shares the first's day."""
    head = verb.head
    purpose = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and head.lemma_.lower() in PURPOSE_TRIP_VERBS  # "flying on to Tbilisi on Friday to meet X": the trip's day
    # "will return to Havana on Monday to meet Y": a trip for the contact need not be a contact itself
    if not (verb.dep_ == "conj" or purpose) or head.pos_ != "VERB" or not (purpose or is_trigger(head)) \
            or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    if changes_tense(verb) or any(c.lower_ in {"then", "later", "afterwards", "subsequently", "next"} for c in verb.children):
        return None  # "will travel to Kiev on Monday and then visit Moscow": another day
    return date_words(sent, head, head, line_end)[0]


def when_date(verb: Token) -> str | None:
    """"had visited Kampala in March, when he met X", "is due in Seoul on Thursday, where she
    will meet Y": the date the "when" or "where" clause hangs on."""
    head = verb.head
    if verb.dep_ != "relcl" or head.ent_type_ not in {"DATE", "TIME"} or not any(c.lower_ in {"when", "where"} for c in verb.children):
        return None
    entity = next((e for e in doc_entities(verb.doc) if e.start <= head.i < e.end), None)
    lead = verb.doc[entity.start - 1] if entity is not None and entity.start > 0 else None
    return None if entity is None else (f"{lead.text} {entity.text}" if lead is not None and lead.pos_ == "ADP" else entity.text)


def in_other_clause(token: Token, trigger: Token) -> bool:
    """"..., the Albanian prime minister who chairs the OSCE this year": a date inside a
    relative clause the trigger is not in describes someone, not the contact's time."""
    clause = next((t for t in [token, *token.ancestors] if t.dep_ in {"relcl", "acl"}), None)
    return clause is not None and not clause.left_edge.i <= trigger.i <= clause.right_edge.i


def days_apart(verb: Token) -> str | None:
    """"..., a day after he had met X": this contact is a day before the story's day (a
    narrative cue "a day earlier"); "a day before he flew to Y": a day after it."""
    marks = [c for c in verb.children if c.dep_ in {"mark", "prep"} and c.lower_ in {"after", "before"}]
    amount = [c for c in verb.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "day"
              and any(d.lower_ in {"a", "one"} for d in c.children)]
    if marks and amount and verb.dep_ == "advcl":
        return "a day earlier" if marks[0].lower_ == "after" else "a day later"
    return None


def told_later(verb: Token) -> bool:
    """"Haig later telephoned X": a contact after the day the narrative is at, never before it."""
    return any(c.lower_ in {"later", "afterwards", "subsequently"} for c in verb.children)


def moves_on(verb: Token) -> bool:
    """"Faki later spoke ...", "had spoken": a time after or before the narrative's day, not it."""
    return any(c.lower_ in {"later", "afterwards", "subsequently", "since", "previously", "once"} for c in verb.children) \
        or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children))


def sentence_contacts(sent: Span, trigger: Token, info: dict, mentions: list[dict], numbers: list[dict],
                      consumed: set[int], line_end: int = 0) -> list[dict]:
    """The contact rows of one trigger: one, or one per counterpart when a single party
    spoke with several ("Macron also spoke with Scholz and with Zelenskiy": two calls)."""
    found = contact(trigger, mentions, line_end)
    if found is None or asked_whether(governing_verb(trigger)):
        return []  # "Asked whether Dai would also visit Pyongyang, ...": a question, no contact
    if only_willing(governing_verb(trigger)) or tallied(governing_verb(trigger)):
        return []  # "he was ready to speak to Modi at any time", "has met him 40 times": no one contact
    if trip_for_talks_with(trigger) or trip_to_gathering(trigger):
        return []  # "flew to London for talks with X and Y": the talks are the contact, the trip its visit
    used = found.pop("consumed")
    reference = in_ordering_cue(trigger)
    consumed.update({trigger.i} if reference else used)  # "Before the Geneva talks, Cassis held a call ..."
    verb = trigger if trigger.pos_ == "NOUN" and reference else governing_verb(trigger)
    date_expr, previous_expr = date_words(sent, trigger, verb, line_end)
    hung = when_date(verb)
    if hung and names_a_fixed_day(hung) and not (date_expr and EXPLICIT_RE.search(date_expr)):
        date_expr = hung  # "expected in Seoul on Thursday, where she will meet X, and in Tokyo on Friday": Thursday
    date_expr = days_apart(verb) or date_expr or hung or shared_date(sent, verb, line_end)
    if found.get("status") == "happened" and told_in_present(verb, date_expr):
        found["status"] = "planned"
    facts = {"date_expr": date_expr, "background": False, "reference": reference, **days_from_another(verb, mentions),
             "place": contact_place(trigger, verb),
             **clock_and_duration(sent, trigger, verb, numbers, CONTACT_WORDS),
             "sent_idx": info["sent_idx"], "sentence": info["text"],
             "start": trigger.idx, "end": trigger.idx + len(trigger.text), "trigger": trigger.text}
    lists, by_default = split_parties(found, trigger, verb)
    rows = [found | facts | {"participant_spans": spans, "split_by_default": by_default} for spans in lists]
    sequence_cues(rows, doc_text(sent.doc))
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
    rows += second_occasions(rows, again_words(verb))  # "on Saturday morning and again in the evening"
    for row in rows:
        row.pop("sides", None)
    return rows


WILLING_WORDS = {"ready", "willing", "prepared", "eager", "open", "unwilling", "reluctant", "want", "wish", "refuse", "decline"}


def asked_whether(verb: Token) -> bool:
    """The verb, or the one its purpose clause hangs on, is asked about: "Asked whether she would
    go to Belgrade to see X, ..." (the visit and the meeting are both a question)."""
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in verb.children):
            return True
        if verb.dep_ not in {"xcomp", "advcl"} or verb.head == verb:
            return False
        verb = verb.head
    return False


def only_willing(verb: Token) -> bool:
    """"was ready to keep talking to X", "is willing to meet Y", "declined to meet Z": the
    contact is only one a party would accept, not one held or arranged."""
    head = verb
    for _ in range(3):
        if head.dep_ != "xcomp" or head.head == head:
            return False
        head = head.head
        if head.lemma_.lower() in WILLING_WORDS:
            return True
    return False


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
    for token in sorted({*verb.subtree, *trigger.subtree}, key=lambda t: t.i):
        if token.lower_ == "since" and token.dep_ == "prep":
            noun = next((c for c in token.children if c.dep_ == "pobj" and is_trigger(c)), None)
            if noun is not None:
                channel, stated = channel_of(noun, noun)
                return {"channel": channel, "channel_stated": stated, "visit": False}
    return {"channel": row["channel"], "channel_stated": row["channel_stated"]}


def negated(trigger: Token, verb: Token) -> bool:
    """"have not spoken", "never met", "did not meet or shake hands", "without having met": the clause denies the contact."""
    if any(c.dep_ == "neg" for c in {*verb.children, *trigger.children}):
        return True
    if any(t.dep_ in {"pcomp", "pobj"} and t.head.lower_ == "without" for t in {verb, trigger}):
        return True  # "left without having met X", "returned without a meeting with X"
    head = verb.head  # "did not meet or shake hands": the denial covers the verbs joined by "or"
    return verb.dep_ == "conj" and any(c.dep_ == "neg" for c in head.children) \
        and any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in head.children)


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
    verb = trigger if trigger.pos_ == "NOUN" and (in_ordering_cue(trigger) or topic_of_telling(trigger)) \
        else governing_verb(trigger)
    subjects, objects, consumed, group = participants(trigger, verb, mentions)
    if len(subjects) < 2 and trigger.sent.start_char < line_end < verb.idx:
        # the dateline confuses the parse ("TAIPEI, Nov 8 (Wire) - Xi and Ma shook hands"), losing
        # the subject or one of its conjuncts: the people between the dateline and the verb are its subject
        before_verb = [mention_span(m) + (False,) for m in mentions if line_end <= m["start"] < verb.idx and m["type"] == "person"]
        if {s[:2] for s in subjects} <= {s[:2] for s in before_verb}:
            subjects = before_verb
    subjects = subjects + whole_lists(subjects, trigger.sent, mentions)
    listed = [s for s in own_list(trigger, verb, mentions) if s[0] not in {t[0] for t in subjects + objects}]
    objects = objects + listed  # "the talks of A, B and C": the parser hangs some of the list elsewhere
    spans = list(dict.fromkeys(subjects + objects))
    definite = trigger.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "their", "this", "that"}
                                              or c.dep_ == "poss" for c in trigger.children)
    size, counted = counted_subject(trigger, verb), 0
    if size > 2 and len(spans) < 2:  # "The four leaders spoke again": the four listed before, else any four
        group, subjects = None, previous_list(trigger, mentions, size)
        spans = list(dict.fromkeys(subjects + objects))
        counted = size if len(spans) < 2 else 0  # no list: ``linking`` looks for a contact of that size
    pair = size == 2
    if pair:
        group = None  # "the two leaders", "both ministers": the pair named before, not a group
    if pair and not spans:  # "Xi and Ma shook hands ... The two men met for about an hour"
        subjects = spans = previous_pair(trigger, mentions)
        pair = not spans
    if len(spans) + (1 if group else 0) < 2 and not (definite or pair or counted):
        return None
    if fellow_travellers(trigger, verb, subjects, objects, mentions) or names_someone(verb) \
            or counterparts_only(trigger, verb, subjects, objects, group):
        return None
    channel, stated = ("in_person", False) if carried_message(trigger, verb) else channel_of(trigger, verb)
    if trigger.lemma_.lower() in {"take", "participate"}:  # "... took part": the channel of the contact joined
        channel, stated = channel_of(antecedent_contact(trigger), antecedent_contact(trigger))
    return {"participant_spans": spans, "sides": (subjects, objects), "group": group, "channel": channel,
            "channel_stated": stated, "visit": is_visit(trigger, verb), "definite": definite or pair or bool(counted),
            "pair_anaphor": pair, "group_size": counted, "status": status_of(verb, trigger), "consumed": consumed,
            **ordering_cue(trigger, verb, mentions)}


def pair_anaphor(trigger: Token, verb: Token) -> bool:
    """"The two spoke for nearly two hours", "both leaders agreed ...": the pair named before."""
    return counted_subject(trigger, verb) == 2


def presented_to(word: Token) -> bool:
    """"laid the text before Thatcher", "appeared before the committee": "before" a person or
    body itself (no contact, no clause) is a place in front of them, not a time."""
    objects = [c for c in word.children if c.dep_ in {"pobj", "pcomp"}]
    return word.lower_ == "before" and word.dep_ == "prep" and len(objects) == 1 and objects[0].dep_ == "pobj" \
        and objects[0].pos_ in {"PROPN", "NOUN"} and not is_trigger(objects[0]) and objects[0].ent_type_ not in {"DATE", "TIME", "EVENT"} \
        and not any(c.dep_ == "poss" for c in objects[0].children)


def ordering_cue(trigger: Token, verb: Token, mentions: list[dict]) -> dict:
    """'Before speaking with Biden', 'ahead of the Putin-Biden talks', 'after the call'."""
    for token in verb.subtree:
        word = token.lower_
        if word in BEFORE_WORDS | AFTER_WORDS and token.i not in {verb.i, trigger.i} and not presented_to(token):
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


