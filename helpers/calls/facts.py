"""What a contact's own clause says about when and how long: date words, clock times, durations.

Only words of the trigger's own clause count: in "Before talking to Biden on Saturday,
Putin had a call with Macron" the "Saturday" belongs to the Biden contact (it sits in a
subordinate clause that does not hold "call"). A date under "since" ("their first direct
exchange since late December") names an earlier contact, never this one's day.
Dates are resolved later against the article's reference day (``dates.resolve``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from helpers.calls.clausetimes import days_before_main, told_or_planned, when_time
from helpers.calls.monthdays import month_day_phrases
from helpers.calls.dates import COUNTED_BACK_RE, EXPLICIT_RE, MONTHS, WEEKDAY_RE, names_a_day, names_a_fixed_day, narrative_offset
from helpers.docarrays import doc_arrays, doc_entities
from helpers.parse import doc_text

# "talks" and "discussion" are in person unless said otherwise, but not stated: an unstated
# channel joins the same people's contact of that day ("the Biden-Putin talks" = their call).
CONTACT_NOUNS = {
    "call": "phone", "conversation": "phone", "talk": "in_person", "talks": "in_person", "meeting": "in_person",
    "visit": "in_person", "trip": "in_person", "summit": "in_person", "message": "message", "letter": "message",
    "videoconference": "video", "teleconference": "phone", "conference": "video", "discussion": "in_person", "exchange": "unspecified",
}
SUBCLAUSE_DEPS = {"relcl", "advcl", "ccomp", "pcomp", "acl", "xcomp", "parataxis", "conj"}
PREVIOUS_CONTACT_MODIFIERS = {"first", "last", "previous"}  # "their first meeting since June"
MAX_CONTACT_MINUTES = 24 * 60


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def clause_root(verb: Token) -> Token:
    """"Later on Saturday, Abe is expected to meet Putin": the date hangs on "expected"."""
    while verb.dep_ == "xcomp" and verb.head != verb:
        verb = verb.head
    return verb


def clause_span(trigger: Token, verb: Token) -> tuple[int, int]:
    """Character range of the contact's clause (verb and trigger subtrees)."""
    verb = clause_root(verb)
    return (min(verb.left_edge.idx, trigger.left_edge.idx), max(_end(verb.right_edge), _end(trigger.right_edge)))


def in_own_clause(token: Token, trigger: Token, verb: Token) -> bool:
    """Whether ``token`` belongs to the contact's clause, not a clause nested in it that
    leaves the trigger out ("Macron, who met him in Moscow earlier in the week")."""
    own = {trigger.i, verb.i, clause_root(verb).i}
    for ancestor in [token, *token.ancestors]:
        if ancestor.i in own:
            return True
        if ancestor.dep_ == "conj" and ancestor.head.i in own and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in ancestor.children):
            # "The call began at 15:00 and lasted nearly 90 minutes": the call's own second verb; "spent two
            # days with X, saw Y on the Friday": a second verb with an object of its own is another act
            return not (trigger.pos_ == "VERB" and any(c.dep_ == "dobj" for c in ancestor.children))
        if ancestor.dep_ in SUBCLAUSE_DEPS and not (ancestor.left_edge.i <= trigger.i <= ancestor.right_edge.i):
            # "a call ... that lasted an hour"; "discussed it in a phone call lasting 90 minutes on Monday"
            return ancestor.dep_ in {"relcl", "acl"} and (ancestor.head.i == trigger.i or _contact_noun_of(ancestor.head, verb))
    return True


def changes_tense(verb: Token) -> bool:
    """Whether a conjoined verb has a modal of its own that the verb it joins lacks ("flew to
    Lagos on Sunday and will meet Y"): a time of the first verb is not the second's."""
    if verb.dep_ != "conj":
        return False
    def modal(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.tag_ == "MD" for c in v.children)
    return modal(verb) and not modal(verb.head)


def date_words(sent: Span, trigger: Token, verb: Token, line_end: int = 0) -> tuple[str | None, str | None]:
    """(this contact's date expression, an earlier contact's date expression from "since").
    The date of a wire dateline ("BEIJING, Nov. 26 (Wire) --") is the filing day, not the
    contact's: text before ``line_end`` is left out."""
    counted = days_before_main(verb)  # "X's trip came a day after Y spoke to him": a day before the trip
    low, high = clause_span(trigger, verb)
    low = max(low, line_end)
    own, previous = [], None
    for ent in time_entities(sent):
        if ent.label_ not in {"DATE", "TIME"} or not (low <= ent.start_char < high):
            continue
        if counted is not None and ent.start <= counted[1].i < ent.end:
            continue
        if not in_own_clause(ent.root, trigger, verb) or in_time_conversion(doc_text(sent.doc), ent.start_char):
            continue
        if ent.end <= verb.left_edge.i and changes_tense(verb):
            continue  # "flew to Lagos on Sunday ... and will meet Y in Brussels on Monday": Sunday is the flight's
        lead = sent.doc[max(ent.start - 2, sent.start):ent.start]
        since = next((t for t in [*lead, *list(ent.root.ancestors)[:3]] if t.lower_ == "since"), None)
        if since is not None:
            previous = ent.text if _first_or_last(since) and _dates_a_contact(since, ent) else previous
            continue
        text = lead.text + " " + ent.text if len(lead) else ent.text
        # "Later in the day" (the entity is only "the day") names a day; a clock time does not
        own.append((not (gives_a_time(ent.text) or gives_a_time(text)), ent.label_ == "TIME",
                    abs(ent.start_char - trigger.idx), text))
    if counted is not None and not any(not o[0] for o in own):
        return counted[0], previous
    if not any(not o[0] for o in own):
        bare = month_day_words(sent, trigger, verb, low, high)  # "Premier X on 10th held talks with Y"
        if bare is not None:
            return bare, previous
        # "in Islamabad last September, when the two men met": the "when" clause's time; "flew to
        # Oslo on May 7 and met X there for an hour": a length is no day (the trip's day is shared)
        return when_time(sent, verb, [e for e in time_entities(sent) if e.start_char >= line_end]), previous
    return min(own)[-1].strip(), previous


def month_day_words(sent: Span, trigger: Token, verb: Token, low: int, high: int) -> str | None:
    """A day of the month named alone in the contact's own clause ("in the afternoon of 28"),
    which the tagger marks as no date."""
    for at, words in month_day_phrases(doc_text(sent.doc), max(low, sent.start_char), min(high, sent.end_char)):
        token = sent.doc.char_span(at, at + len(words), alignment_mode="expand")
        if token is not None and in_own_clause(token.root, trigger, verb):
            return words
    return None


def gives_a_time(words: str) -> bool:
    """A day or span ("on Sunday", "late December"), a time counted back ("four weeks earlier") or
    from the narrative's day ("hours later")."""
    return names_a_day(words) or bool(COUNTED_BACK_RE.search(words.lower())) or narrative_offset(words) is not None


CONVERSION_OPEN = re.compile(r"\(\s*(?:\d{1,2}[:.]?\d{2}|\d{1,2}\s*[ap]\.?m\.?)[^()]{0,25}$", re.I)


def in_time_conversion(text: str, start: int) -> bool:
    """A day inside a parenthesis that converts a clock time ("from 7 a.m. Seoul time (2200 GMT
    Tuesday)") is the other zone's day, not the contact's day as the clause reports it."""
    return bool(CONVERSION_OPEN.search(text[max(0, start - 40):start]))


def day_words(sent: Span, line_end: int = 0) -> list[tuple[int, str, bool]]:
    """(offset, words, said or planned) of the sentence's dates that fix a day on their own ("on Friday",
    "June 9", "yesterday"), outside a dateline and a "since" phrase: the narrative's day that
    a later undated contact or "a day earlier" refers to."""
    found, previous = [], None
    for ent in time_entities(sent):
        # "on Saturday morning" is tagged a time, and fixes a day as "on Saturday" does
        if ent.label_ not in {"DATE", "TIME"} or ent.start_char < line_end or not names_a_fixed_day(ent.text):
            continue
        lead = sent.doc[max(ent.start - 2, sent.start):ent.start]
        if any(t.lower_ == "since" for t in [*lead, *list(ent.root.ancestors)[:3]]):
            continue
        if previous is not None and found and found[-1][0] == previous.start_char and dates_the_weekday(previous, ent):
            # "on the afternoon of Tuesday, 5 September": one day, as the weekday's clause tells it
            found[-1] = (found[-1][0], f"{found[-1][1]}, {ent.text}", found[-1][2])
        else:
            found.append((ent.start_char, (lead.text + " " + ent.text).strip(), told_or_planned(ent)))
        previous = ent
    bare = []
    for at, words in month_day_phrases(doc_text(sent.doc), max(line_end, sent.start_char), sent.end_char):
        span = sent.doc.char_span(at, at + len(words), alignment_mode="expand")
        if span is not None and not any(at <= start < at + len(words) or start <= at < start + len(w)
                                        for start, w, _ in found):
            bare.append((at, words, told_or_planned(span)))  # "Premier X on 10th held talks": the story's day
    return sorted(found + bare) if bare else found


def dates_the_weekday(weekday: Span, date: Span) -> bool:
    """A month and day in apposition to the weekday just before it ("Tuesday, 5 September")."""
    between = weekday.doc.text[weekday.end_char:date.start_char]
    return between.strip() == "," and bool(WEEKDAY_RE.search(weekday.text)) and bool(EXPLICIT_RE.match(date.text))


def _contact_noun_of(noun: Token, verb: Token) -> bool:
    """Whether ``noun`` is a contact noun hanging on the contact's verb ("discussed ... in a call")."""
    head = noun
    while head.dep_ in {"dobj", "pobj", "prep"} and head.head != head and head.i != verb.i:
        head = head.head
    return head.i == verb.i and is_contact_noun(noun)


# "a stream of calls", "a flurry of meetings", "several calls", "regular visits": contacts in general, none in particular
QUANTITY_NOUNS = {"stream", "series", "flurry", "string", "spate", "round", "number", "lot", "barrage", "volley", "wave"}
QUANTITY_WORDS = {"several", "many", "numerous", "frequent", "regular", "countless", "multiple", "various", "repeated"}


def is_generic_plural(noun: Token) -> bool:
    """A plural contact noun that counts contacts in general ("has kept up a stream of calls
    since", "held several meetings"), not one contact ("the talks", "their calls on Monday")."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() in {"talk", "talks"}:
        return False
    if any(c.lower_ in QUANTITY_WORDS for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in QUANTITY_NOUNS


DAY_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}


def days_from_another(verb: Token, mentions: list[dict]) -> dict:
    """"X held a call with Y, a day after speaking to Z": this contact is a day after X's
    contact with Z (``offset_days`` +1, ``offset_spans`` the people of that contact: the
    subject and those named after "after"); the day
    comes from wherever the corpus dates that contact."""
    for amount in verb.children:
        if amount.dep_ != "npadvmod" or amount.lemma_.lower() != "day":
            continue
        days = next((DAY_COUNTS[d.lower_] for d in amount.children if d.lower_ in DAY_COUNTS), None)
        link = next((d for d in amount.children if d.dep_ in {"prep", "mark"} and d.lower_ in {"after", "before"}), None)
        if days and link is not None:
            low, high = link.idx, _end(link.right_edge)
            subject = [t for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree]
            if subject:  # "Wong held a call with Xi, a day after speaking to Modi": Wong's call with Modi
                low, high = min(low, subject[0].idx), max(high, _end(subject[-1]))
                skip = (_end(subject[-1]), link.idx)
            people = [(m["start"], m["end"], m["surface"]) for m in mentions if low <= m["start"] < high
                      and m["type"] == "person" and not (subject and skip[0] <= m["start"] < skip[1])]
            if people:
                return {"offset_days": days if link.lower_ == "after" else -days, "offset_spans": people}
    return {"offset_days": None, "offset_spans": []}


PLACE_LABELS = {"GPE", "LOC", "FAC"}


def contact_place(trigger: Token, verb: Token) -> str | None:
    """Where the contact's own clause puts it ("met for three hours in Ankara", "held talks with
    X in Athens"), not a place of a clause inside it ("Before meeting Y in Ankara, ...")."""
    own = {trigger.i, verb.i}
    for token in [*verb.subtree, *trigger.subtree]:
        if token.dep_ != "prep" or token.lower_ not in {"in", "at"}:
            continue
        head = token.head
        if head.i in own or (head.dep_ == "pobj" and head.head.head.i in own) or (head.dep_ == "dobj" and head.head.i in own):
            place = next((c for c in token.children if c.dep_ == "pobj" and c.ent_type_ in PLACE_LABELS), None)
            if place is not None:
                return next((e.text for e in doc_entities(place.doc) if e.start <= place.i < e.end), place.text)
    return None


def is_contact_noun(token: Token) -> bool:
    """"call", "talks", "summit" used as a noun."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in CONTACT_NOUNS or token.lower_ in CONTACT_NOUNS)


def time_entities(sent: Span, counted: bool = False) -> list[Span]:
    """DATE and TIME entities of one sentence from its own tokens: ``Span.ents`` scans every
    entity of the document, so calling it per trigger grows with the square of a long text.
    Days counted from an event ("the fourth day of fighting") are left out, or with
    ``counted`` are the only ones returned."""
    key = ("readout_time_entities", sent.start, sent.end, counted)  # asked once per trigger: remember per sentence
    if key not in sent.doc.user_data:
        sent.doc.user_data[key] = _time_entities(sent, counted)
    return list(sent.doc.user_data[key])


def _time_entities(sent: Span, counted: bool) -> list[Span]:
    arrays = doc_arrays(sent.doc)
    found, start = [], None
    for i in [*range(sent.start, sent.end), None]:  # token indices, None after the last
        inside = i is not None and arrays.ent_iob[i] == "I" and start is not None
        if start is not None and not inside:
            span = with_day_number(Span(sent.doc, start, i if i is not None else sent.end, label=arrays.ent_type[start]), sent)
            if counted_from_an_event(span) == counted:
                found.append(span)
            start = None
        if i is not None and arrays.ent_iob[i] == "B" and arrays.ent_type[i] in {"DATE", "TIME"}:
            start = i
    return found


def with_day_number(span: Span, sent: Span) -> Span:
    """"Tuesday, 5 September" tagged "Tuesday" and "September": the month takes back the day
    number the tagger left beside it ("5 September", "September 5")."""
    doc = sent.doc
    before = doc[span.start - 1] if span.start > sent.start else None
    after = doc[span.end] if span.end < sent.end else None
    if before is not None and _day_number(before) and doc[span.start].lower_.rstrip(".") in MONTH_WORDS:
        return Span(doc, span.start - 1, span.end, label=span.label_)
    if after is not None and _day_number(after) and doc[span.end - 1].lower_.rstrip(".") in MONTH_WORDS:
        return Span(doc, span.start, span.end + 1, label=span.label_)
    return span


def _day_number(token) -> bool:
    return token.is_digit and 1 <= int(token.text) <= 31 and not token.ent_type_


MONTH_WORDS = set(MONTHS)


ORDINAL_DAY = re.compile(r"^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\s+"
                         r"(?:day|night|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)
EVENT_ANCHORS = {"of", "after", "since", "following", "into"}


def counted_from_an_event(ent: Span) -> bool:
    """"On the first Monday of the crisis", "on the fourth day of fighting": a day counted from
    an event whose start the article does not date, not a day of the article's week."""
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(ORDINAL_DAY.match(ent.text)) and following is not None and following.lower_ in EVENT_ANCHORS


def _dates_a_contact(since: Token, ent: Span) -> bool:
    """"since late December", "since their summit in June": the date of an earlier contact;
    "their first encounter since a deadly clash on Sunday" dates the clash, not a contact."""
    objects = [c for c in since.children if c.dep_ == "pobj"]
    return not objects or ent.start <= objects[0].i < ent.end or is_contact_noun(objects[0])


def _first_or_last(since: Token) -> bool:
    """"their first direct exchange since late December": the noun "since" hangs on is
    a first/last contact, so the date is the previous contact's."""
    noun = since.head
    # "their first meeting since": the same people met before; "the first meeting between
    # leaders of the two sides since 1949" names other people, so no earlier contact of these
    return (any(c.lower_ in PREVIOUS_CONTACT_MODIFIERS for c in noun.children)
            and any(c.dep_ == "poss" for c in noun.children))


def clock_and_duration(sent: Span, trigger: Token, verb: Token, numbers: list[dict], contact_words: set[str]) -> dict:
    """Clock times ("from 11:04 a.m. EST to 12:06 p.m. EST") and durations ("nearly two
    hours", "hourlong") reported in the clause; every duration is kept. A duration of
    something else ("a day after he goes to Kyiv": counted "go") is left out."""
    low, high = clause_span(trigger, verb)
    doc = sent.doc
    inside = [n for n in numbers if low <= n["start"] < high and sent.start_char <= n["start"] < sent.end_char
              and in_own_clause(_token_at(doc, n["start"]) or trigger, trigger, verb)]
    times = [n for n in inside if n["kind"] == "clock_time"] or clock_times_in(doc_text(doc)[low:high], low)
    durations = [n for n in inside if n["kind"] == "duration" and n["value"] is not None  # "hours-long": no value
                 and n["value"] <= MAX_CONTACT_MINUTES and not not_its_length(doc_text(doc), n)
                 and _counts_the_contact(sent, n, contact_words)]
    span = times[1]["value"] - times[0]["value"] if len(times) > 1 and is_range(doc_text(doc), times[0], times[1]) else None
    reported = [n["value"] + _and_a_half(doc_text(doc), n) for n in durations] + ([span] if span is not None and span > 0 else [])
    return {
        "time_expr": " to ".join(t["surface"] for t in times[:2]) or None,
        "start_time": times[0]["value"] if times else None,
        "end_time": times[1]["value"] if len(times) > 1 else None,
        "timezone": times[0]["timezone"] if times else None,
        "duration_min": reported[0] if reported else None,
        "duration_approx": durations[0]["approx"] if durations else ("exact" if span else None),
        "durations_reported": reported,
    }


# "a day earlier", "two hours after the summit", "a week ago": a distance between two moments
OFFSET_AFTER = re.compile(r"\s*(?:earlier|later|after|before|ago|since|apart|prior|beforehand|afterwards?|previously)\b", re.I)
# "the second call in less than 24 hours", "within 48 hours", "over the past two hours": a window
WINDOW_BEFORE = re.compile(r"\b(?:in|within|inside|under|(?:in|over|during|for) the (?:past|last|next|previous|first))"
                           r"(?:\s+(?:less|more|fewer) than|\s+(?:nearly|about|some|just|only|almost|barely))?\s*$", re.I)
RANGE_LINK = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013|\u2014)\s*$", re.I)


def not_its_length(text: str, number: dict) -> bool:
    """A duration that measures something other than the contact: an offset between two moments
    ("a day earlier", "a day after he had met X") or a window the contact fell in ("his second
    call in less than 24 hours", "within 48 hours")."""
    end = number["start"] + len(number["surface"]) + (len(" and a half") if _and_a_half(text, number) else 0)
    before = text[max(0, number["start"] - 40):number["start"]]
    return bool(OFFSET_AFTER.match(text, end) or WINDOW_BEFORE.search(before))


def _counts_the_contact(sent: Span, number: dict, contact_words: set[str]) -> bool:
    """The number step says what a duration counts: a contact word ("call", "lasted"), or a
    party to it ("the emir spent an hour and a half with X", "the two ministers met for three
    hours"): a noun, not a verb of something else ("a day after he goes to Kyiv": "go")."""
    counted = number.get("counted")
    if not isinstance(counted, str):
        return True
    word = counted.split()[-1].lower()
    if word in contact_words:
        return True
    return not any(t.lemma_.lower() == word and t.pos_ in {"VERB", "AUX"} for t in sent)


def is_range(text: str, first: dict, second: dict) -> bool:
    """Two clock times make a span only when joined as a range ("from 11:04 a.m. EST to 12:06
    p.m. EST"), not when the second converts the first ("7 a.m. Seoul time (2200 GMT)")."""
    between = text[first["start"] + len(first["surface"]):second["start"]]
    return bool(RANGE_LINK.match(between))


def _and_a_half(text: str, number: dict) -> float:
    """"an hour and a half": the number step reads "an hour"; the half is added here."""
    tail = text[number["start"] + len(number["surface"]):number["start"] + len(number["surface"]) + 12].lower()
    if not tail.startswith(" and a half"):
        return 0
    unit = number["surface"].lower().split()[-1]
    return 30 if unit.startswith("hour") else (0.5 if unit.startswith("minute") else 0)


CLOCK_RE = re.compile(r"\b(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?m\.?)?\s*"
                      r"(?P<zone>\(?(?:[A-Z]{2,4}T|UTC|GMT|MSK)(?:\s*[+\-\u2212]\s*\d{1,2})?\)?|[A-Z][a-z]+(?: [A-Z][a-z]+)? time)")


def clock_times_in(text: str, offset: int) -> list[dict]:
    """Zoned clock times the number step left out ("15:00 Moscow time", "9:04 a.m. EDT")."""
    found = []
    for match in CLOCK_RE.finditer(text):
        hour = int(match["h"]) % 12 + (12 if (match["ap"] or "").startswith("p") else 0) if match["ap"] else int(match["h"])
        found.append({"kind": "clock_time", "surface": match.group(0).strip(), "value": hour * 60 + int(match["m"]),
                      "timezone": match["zone"].strip("()"), "start": offset + match.start()})
    return found


def _token_at(doc, offset: int) -> Token | None:
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
