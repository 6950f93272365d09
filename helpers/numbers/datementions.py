"""Date mentions of one parsed article: spaCy's DATE entities plus the weekday names and
numeric dates it leaves out, each resolved against the reference date ("Saturday", "Feb. 20",
"the next day", "18 and 19 June"), years kept as ``year`` rows. Used by ``extract``.
"""

from __future__ import annotations

import re

import pandas as pd
from spacy.tokens import Doc

from helpers.docarrays import doc_entities
from helpers.numbers import dates as datemod, datespans
from helpers.parse import doc_text

YEAR_RANGE = (1800, 2100)
# "resolution 1973", "Flight 1549", "No. 2012": a number that labels a document or a service, no year.
NUMBERED_BEFORE = re.compile(r"\b(?:resolutions?|no\.|number|flight|route|decree)\s$", re.I)
_DAY_NAMES = "|".join(datemod.WEEKDAYS + datemod.MONTHS)
DAY_WORD = re.compile(r"\b(?:%s|today|tomorrow|yesterday|tmrw|(?:the )?day after (?:tomorrow|tmrw))\b" % "|".join(datemod.WEEKDAYS), re.I)
PAST_CUES = re.compile(r"\b(?:since|last|ago|earlier|previous)\s+(?:the\s+)?$|\b(?:since)\b")
DATE_JOINS = re.compile(rf"\s+(?:and|or|to|through|until|till)\s+|,\s+(?=(?:last|next|this|on)?\s*(?:{_DAY_NAMES})\b)", re.I)
AMOUNT_LEAD = re.compile(r"[$€£]?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)\s+(?=\D)")
DAY_PAIR = re.compile(rf"(\d{{1,2}}(?:st|nd|rd|th)?) (?:and|or|&) (\d{{1,2}}(?:st|nd|rd|th)? (?:of )?({datemod.MONTH_PREFIX}\.?(?: \d{{4}})?))", re.I)
MONTH_ONLY = re.compile(rf"(?:in |of |since )?(?:this |last |next )?{datemod.MONTH_PREFIX}\.?(?:,? (?:of )?\d{{4}})?", re.I)



def date_mentions(doc: Doc, date: pd.Timestamp | None):
    """Years and every calendar date mention; ``date`` resolved when the text allows, else None.

    "the next day", "the day before" count from the last day the story named (else ``date``)."""
    anchor = date
    for ent in _date_spans(doc):
        pair = DAY_PAIR.fullmatch(ent.text)
        rest = ent.doc.char_span(ent.start_char + pair.start(2), ent.end_char) if pair else None
        if rest is not None:  # "18 and 19 June": two days of June
            future = _future(ent)
            first = datemod.resolve(f"{pair.group(1)} {pair.group(3)}", date, future=future, past=not future and _past_tense(ent))
            yield {"start": ent.start_char, "end": ent.start_char + pair.end(1), "surface": pair.group(1), "kind": "date",
                   "value": float(first.strftime("%Y%m%d")) if first is not None else None, "unit": "YYYYMMDD", "date": first}
            ent = rest
        text = ent.text.strip()
        year = re.fullmatch(r"((?:in|since|by|until) )?(\d{4})", text)
        if year and NUMBERED_BEFORE.search(doc_text(doc), max(0, ent.end_char - 16), ent.end_char - 4):
            continue  # a label, read as a count by the number step
        if year and YEAR_RANGE[0] <= int(year.group(2)) <= YEAR_RANGE[1] and not _amount_of_things(ent):
            start = ent.start_char + len(text) - 4
            yield {"start": start, "end": ent.end_char, "surface": text[-4:], "value": float(text[-4:]), "kind": "year", "unit": "year"}
            continue
        if not datemod.is_date_mention(text):
            continue
        future = _future(ent)
        if text.lower().startswith("in ") and not future and _past_tense(ent):
            continue  # "it rained 600 mm in three days" is a duration; "elections in two weeks" a date
        before = doc_text(ent.doc)[max(0, ent.start_char - 12):ent.start_char].lower()
        narrative = datemod.NARRATIVE_DAY.fullmatch(text.lower())
        lead = 5 if before.endswith("this ") and MONTH_ONLY.fullmatch(text) else 0  # "this September"
        resolved = datemod.resolve(before[len(before) - lead:] + text, anchor if narrative else date, future=future,
                                   past=bool(PAST_CUES.search(before)) or (not future and _past_tense(ent)))
        if _not_a_date(ent, text, resolved):
            continue
        start, end = ent.start_char - lead, ent.end_char
        surface = doc_text(ent.doc)[start:end]
        if resolved is None:  # "the week to May 12": the calendar date inside a longer phrase
            start, end, surface, resolved = _inner_date(ent, date, future) or (start, end, surface, None)
        if resolved is not None and datemod.QUALIFIER.match(text):
            resolved = None  # "late December", "early March": a part of a month, no day to date anything by
        if resolved is not None and not MONTH_ONLY.fullmatch(text):
            anchor = resolved
        yield {"start": start, "end": end, "surface": surface, "kind": "date",
               "value": float(resolved.strftime("%Y%m%d")) if resolved is not None else None,
               "unit": "YYYYMMDD", "date": resolved}


def _amount_of_things(ent) -> bool:
    """ "deliver 2000 pieces": a four-digit number between a verb and a plural noun is a count
    ("the 1990 elections", "since 2014 talks" stay years)."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    prv = doc[ent.start - 1] if ent.start > 0 else None
    return len(ent) == 1 and nxt is not None and nxt.tag_ == "NNS" and prv is not None and prv.pos_ in {"VERB", "AUX"}


def _inner_date(ent, date, future: bool):
    """(start, end, surface, date) of the longest pattern date inside an entity that does not resolve as a whole."""
    for a, b in sorted(datespans.extra_date_spans(ent.text), key=lambda ab: ab[0] - ab[1]):
        if b - a < len(ent.text.strip()):
            found = datemod.resolve(ent.text[a:b], date, future=future)
            if found is not None:
                return ent.start_char + a, ent.start_char + b, ent.text[a:b], found
    return None


def _not_a_date(ent, text: str, resolved) -> bool:
    """ "2015-32" and "2015-1-32" (no such date), "the 17th floor" (an ordinal before its noun)."""
    if resolved is None and re.fullmatch(r"[\d\s./-]+", text):
        return True
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return bool(re.fullmatch(r"(?:the )?\d{1,2}(?:st|nd|rd|th)", text, re.I)) and nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}


def _date_spans(doc: Doc):
    """spaCy's DATE entities, plus weekday names and numeric dates it left out."""
    ents = [_with_paired_day(_without_amount(_without_count_after(part))) for e in doc_entities(doc) if e.label_ == "DATE"
            for part in _split_dates(e)]
    extra = datespans.extra_date_spans(doc_text(doc))
    extra += [m.span() for m in DAY_WORD.finditer(doc_text(doc))]
    for start, end in sorted(extra, key=lambda se: se[0] - se[1]):  # longest first
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        overlapping = [e for e in ents if e.start < span.end and span.start < e.end]
        if all(e.start >= span.start and e.end <= span.end and len(e) < len(span) for e in overlapping):
            ents = [e for e in ents if e not in overlapping] + [span]  # the pattern's span is longer: it wins
    return _weekday_with_date(sorted(ents, key=lambda e: e.start))


# "Monday, 17 April 2023", "Sunday, October 2": a weekday and the date it names are one mention.
WEEKDAY_ONLY = re.compile(r"(?:%s)" % "|".join(datemod.WEEKDAYS), re.I)
DAY_OF_MONTH = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{datemod.MONTH_PREFIX}|{datemod.MONTH_PREFIX}\.? \d{{1,2}}\b", re.I)


def _weekday_with_date(ents: list) -> list:
    text = doc_text(ents[0].doc) if ents else ""
    joined = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and WEEKDAY_ONLY.fullmatch(last.text) and text[last.end_char:ent.start_char] == ", " \
                and DAY_OF_MONTH.match(ent.text):
            joined[-1] = ent.doc[last.start:ent.end]
        else:
            joined.append(ent)
    return joined


def _without_amount(ent):
    """ "6,107.31 August 2019" -> "August 2019": an amount before a month is no day of it."""
    lead = AMOUNT_LEAD.match(ent.text)
    if lead is None:
        return ent
    rest = ent.doc.char_span(ent.start_char + lead.end(), ent.end_char, alignment_mode="expand")
    return rest if rest is not None and len(rest) else ent


# "said on Tuesday 300 people were hurt": a bare number after a weekday, above 31 or before a
# plural noun, counts the noun; it is no day of the month.
WEEKDAY_NUMBER = re.compile(r"(.*\b(?:%s)),?\s+(\d+)" % "|".join(datemod.WEEKDAYS), re.I)


def _without_count_after(ent):
    m = WEEKDAY_NUMBER.fullmatch(ent.text)
    if m is None:
        return ent
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if int(m.group(2)) <= 31 and not (nxt is not None and nxt.tag_ == "NNS"):
        return ent  # "Sunday 14": a day of the month
    rest = ent.doc.char_span(ent.start_char, ent.start_char + m.end(1), alignment_mode="contract")
    return rest if rest is not None and len(rest) else ent


# "on 7 and 8 May": the day before "and" belongs to the month the tagger gave only the second day
PAIRED_DAY_BEFORE = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)? (?:and|or|&) $")


def _with_paired_day(ent):
    lead = PAIRED_DAY_BEFORE.search(doc_text(ent.doc), max(0, ent.start_char - 12), ent.start_char)
    if lead is None or not re.match(r"\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Za-z]", ent.text):
        return ent
    wider = ent.doc.char_span(lead.start(), ent.end_char)
    return wider if wider is not None else ent


def _split_dates(ent):
    """ "Feb. 20 and last Monday" -> two mentions; "Feb. 20, 2022" stays one."""
    pieces, start = [], 0
    for m in DATE_JOINS.finditer(ent.text):
        pieces.append((start, m.start()))
        start = m.end()
    pieces.append((start, len(ent.text)))
    if len(pieces) == 1 or not all(datemod.is_date_mention(ent.text[a:b]) for a, b in pieces):
        return [ent]
    spans_ = [ent.doc.char_span(ent.start_char + a, ent.start_char + b, alignment_mode="expand") for a, b in pieces]
    return [sp for sp in spans_ if sp is not None and len(sp)]


def _past_tense(ent) -> bool:
    verb = ent.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    return verb.tag_ in {"VBD", "VBN"}


def _future(ent) -> bool:
    """True when a date points forward: "will travel on Monday", "beginning Sunday",
    "could happen as early as Wednesday", "is also when ... will not be able"."""
    doc = ent.doc
    before = " ".join(t.lower_ for t in doc[max(ent.sent.start, ent.start - 3):ent.start])
    if re.search(r"\b" + datemod.FORWARD_WORDS, before):
        return True
    verb = ent.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    clause = [verb, *verb.children, *[c for ch in verb.children if ch.dep_ in {"relcl", "advcl"} for c in ch.children]]
    if any(t.lower_ in datemod.FUTURE_MODALS for t in clause):
        return True
    return any(t.lemma_ in {"due", "expect", "schedule", "plan", "target"} for t in [verb, verb.head, *verb.children])


# "2013-14", "the 2019-20 season", "fiscal 2021/22": a span of two years written as one.
SEASON = re.compile(r"(?<![\d/-])((?:19|20)\d\d)[-\u2013/](\d\d)(?![\d/-]|\.\d)")


DECADE = re.compile(r"(?<![\w'-])((?:1[89]|20)\d)0s\b")


# "in nineteen forty-five", "since two thousand and eight": a year in words after a preposition, ending its clause.
WORD_YEAR = re.compile(rf"\b(?:in|since|by|until|from|before|after|during|of) ({datespans._YEAR_WORDS})"
                       r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|but|as|until|to|the|in|on)\b)", re.I)


def word_years(text: str) -> list[dict]:
    """Years written in words ("in nineteen forty-five" -> 1945), read by text2num."""
    from text_to_num import alpha2digit

    rows = []
    for m in WORD_YEAR.finditer(text) if "teen" in text or "thousand" in text or "twenty" in text else ():
        digits = re.sub(r"\b(1\d|20) (\d\d)\b", r"\1\2", alpha2digit(m.group(1).lower(), "en"))
        if re.fullmatch(r"\d{4}", digits) and YEAR_RANGE[0] <= int(digits) <= YEAR_RANGE[1]:
            rows.append({"start": m.start(1), "end": m.end(1), "surface": m.group(1), "value": float(digits),
                         "kind": "year", "unit": "year"})
    return rows


def season_years(text: str) -> list[dict]:
    """Year rows with ``low``/``high`` for two-year spans ("2013-14": 2013 to 2014) and
    decades ("the 1960s": 1960 to 1969)."""
    rows = [{"start": m.start(), "end": m.end(), "surface": m.group(0), "value": float(m.group(1) + "0"), "kind": "year",
             "unit": "decade", "low": float(m.group(1) + "0"), "high": float(m.group(1) + "9")} for m in DECADE.finditer(text)]
    for m in SEASON.finditer(text):
        first = int(m.group(1))
        if int(m.group(2)) == (first + 1) % 100:
            rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "value": float(first),
                         "kind": "year", "unit": "year", "low": float(first), "high": float(first + 1)})
    return rows



# "1999 year 6 month 29 day", "2001 year 4 month": a date as literal translations of Chinese,
# Japanese or Korean copy write it.
LITERAL_DATE = re.compile(r"(?<![\d.])((?:1[89]|20)\d\d) ?year ?(1[0-2]|0?[1-9]) ?month(?: ?(3[01]|[12]\d|0?[1-9]) ?day)?\b", re.I)


def literal_dates(text: str) -> list[dict]:
    """Date rows for dates written year-month-day in words (see LITERAL_DATE)."""
    rows = []
    for m in LITERAL_DATE.finditer(text) if "month" in text else ():
        try:
            day = pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
        except ValueError:  # "2031 year 2 month 30 day": no such day
            continue
        rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "kind": "date", "unit": "YYYYMMDD",
                     "value": float(day.strftime("%Y%m%d")), "date": day if m.group(3) else None})
    return rows
