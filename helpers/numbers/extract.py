"""Every number in one article (the ``numbers`` table): value, kind, unit, what it counts.

Clock times and implicit durations ("hourlong", "two-hour") are found by pattern; dates from
spaCy's DATE entities and weekday names, resolved against the article date; everything
else from number tokens, with the dependency parse telling what is counted ("six landing
craft", "killed more than 14,000 people") and what it is about.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd
from spacy.tokens import Doc, Span, Token

from helpers.numbers import words as numwords
from helpers.actors.mentions import sentence_locator
from helpers.parse import doc_text

NUMBER_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "surface", "value", "kind", "unit",
    "counted", "approx", "refers_to", "date", "timezone",
]
TIMEZONES = "EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST"
CLOCK_TIME = re.compile(
    rf"\b(\d{{1,2}})(?::(\d{{2}}))?\s?(a\.m\.|p\.m\.|am\b|pm\b)?(?:\s?({TIMEZONES})\b)?", re.I)
IMPLICIT_DURATION = re.compile(
    r"\b(?:(one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|\d+)[- ])?"
    r"(minute|hour|day|week|month|year)(?:-?long)\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|"
    r"twelve|\d+)-(minute|hour|day|week|month|year)\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
CURRENCIES = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "dollars": "USD", "euros": "EUR",
              "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "yuan": "CNY", "hryvnias": "UAH"}
PERCENT_WORDS = {"%", "percent", "per cent", "pct"}
FUTURE_MODALS = {"will", "'ll", "shall", "could", "would", "may", "might"}
NAME_ENTITIES = {"ORG", "PRODUCT", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PERSON", "GPE"}
COLLECTIVE_NOUNS = {"member", "people", "resident", "citizen", "personnel", "staff", "national", "employee"}
HARM_VERBS = {"kill", "injure", "wound", "displace", "arrest", "detain", "evacuate", "deploy", "withdraw", "send", "order"}
YEAR_RANGE = (1800, 2100)


def extract_numbers(doc: Doc, date: pd.Timestamp | None, sentences: list[dict]) -> list[dict]:
    """Number mentions of one article (NUMBER_COLUMNS except article_id).

    Args:
        doc: the parsed article.
        date: the article's publication date (for "Saturday", "Feb. 20"); None if unknown.
        sentences: its sentence rows.
    """
    locate = sentence_locator(sentences)
    rows: list[dict] = []
    taken: set[int] = set()
    for finder in (clock_times, implicit_durations):
        for row in finder(doc_text(doc)):
            _add(rows, taken, row)
    for row in dates(doc, date):
        _add(rows, taken, row)
    for row in token_numbers(doc, taken):
        _add(rows, taken, row)
    for row in rows:
        sent = locate(row["start"])
        row["sent_idx"], row["sentence"] = sent["sent_idx"], sent["text"]
        if row["kind"] == "duration" and not row["counted"]:
            row["counted"] = what_lasted(doc, row)
    return sorted(rows, key=lambda r: r["start"])


def what_lasted(doc: Doc, row: dict) -> str | None:
    """The event a duration measures: "hourlong conversation", "the call lasted about an hour"."""
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    while head.pos_ == "ADP" and head.head != head:
        head = head.head
    if head.pos_ in {"NOUN", "PROPN"} and head not in span:
        return head.lemma_.lower()
    if head.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if head.dep_ == "relcl" and (subject is None or subject.tag_ == "WDT"):
            return head.head.lemma_.lower()  # "the call, which lasted about an hour"
        return subject.lemma_.lower() if subject is not None and subject.pos_ == "NOUN" else head.lemma_.lower()
    return None


def _add(rows: list[dict], taken: set[int], row: dict) -> None:
    span = range(row["start"], row["end"])
    if taken.isdisjoint(span):
        taken.update(span)
        rows.append({"counted": None, "approx": "exact", "refers_to": None, "date": None,
                     "timezone": None, "unit": None} | row)


def clock_times(text: str):
    """Clock times with a.m./p.m. or a time zone ("11:04 a.m. EST"): minutes after midnight."""
    for m in CLOCK_TIME.finditer(text):
        hour, minute, meridiem, zone = m.group(1), m.group(2), m.group(3), m.group(4)
        if not (meridiem or (minute and zone)) or int(hour) > 23 or (minute and int(minute) > 59):
            continue
        h = int(hour) % 12 + (12 if meridiem and meridiem.lower().startswith("p") else 0) if meridiem else int(hour)
        yield {"start": m.start(), "end": m.end(), "surface": m.group(0), "value": float(h * 60 + int(minute or 0)),
               "kind": "clock_time", "unit": "minutes after midnight", "timezone": zone.upper() if zone else None}


def implicit_durations(text: str):
    """'hourlong', 'hour-long', 'two-hour', '62-minute': durations written as adjectives."""
    for m in IMPLICIT_DURATION.finditer(text):
        count_word = m.group(1) or m.group(3) or "one"
        unit = m.group(2) or m.group(4)
        count = numwords.parse_number(count_word)
        minutes = numwords.duration_unit(unit)
        if count is None or minutes is None:
            continue
        yield {"start": m.start(), "end": m.end(), "surface": m.group(0), "value": count * minutes,
               "kind": "duration", "unit": "minutes", "approx": "exact"}


def dates(doc: Doc, date: pd.Timestamp | None):
    """Years and calendar dates; weekdays and month-days resolved against the article date."""
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        text = ent.text.strip()
        if re.fullmatch(r"(in |since |by )?\d{4}", text) and YEAR_RANGE[0] <= int(text[-4:]) <= YEAR_RANGE[1]:
            start = ent.start_char + len(text) - 4
            yield {"start": start, "end": ent.end_char, "surface": text[-4:], "value": float(text[-4:]), "kind": "year", "unit": "year"}
            continue
        resolved = resolve_date(ent, date)
        if resolved is not None:
            yield {"start": ent.start_char, "end": ent.end_char, "surface": ent.text, "kind": "date",
                   "value": float(resolved.strftime("%Y%m%d")), "unit": "YYYYMMDD", "date": resolved}


def resolve_date(ent: Span, date: pd.Timestamp | None) -> pd.Timestamp | None:
    """Calendar date a DATE entity names, given the article date; None when it is vague."""
    text = ent.text.lower()
    weekday = next((i for i, d in enumerate(WEEKDAYS) if re.search(rf"\b{d}\b", text)), None)
    if weekday is not None:
        if date is None or pd.isna(date):
            return None
        return weekday_date(date, weekday, _future(ent) or "next" in text.split())
    if not re.search(r"\d", text) or not re.search(r"[a-z]{3}", text):
        return None  # "this week", "late December" and bare numbers stay vague
    return _parse_calendar(ent.text, None if date is None or pd.isna(date) else pd.Timestamp(date))


def weekday_date(date: pd.Timestamp, weekday: int, future: bool) -> pd.Timestamp:
    """The weekday nearest the article date: the coming one for future events, else the past one."""
    date = pd.Timestamp(date).normalize()
    delta = (weekday - date.weekday()) % 7
    if future:
        return date + pd.Timedelta(days=delta)
    return date - pd.Timedelta(days=(date.weekday() - weekday) % 7)


def _future(ent: Span) -> bool:
    """True when a date points forward: "will travel on Monday", "beginning Sunday",
    "could happen as early as Wednesday", "is also when ... will not be able"."""
    doc = ent.doc
    before = " ".join(t.lower_ for t in doc[max(ent.sent.start, ent.start - 3):ent.start])
    if re.search(r"\b(beginning|starting|from|until|till|next|by|as early as|as soon as)$", before):
        return True
    verb = ent.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    clause = [verb, *verb.children, *[c for ch in verb.children if ch.dep_ in {"relcl", "advcl"} for c in ch.children]]
    if any(t.lower_ in FUTURE_MODALS for t in clause):
        return True
    return any(t.lemma_ in {"due", "expect", "schedule", "plan", "target"} for t in [verb, verb.head, *verb.children])


@lru_cache(maxsize=4096)
def _parse_calendar(text: str, base: pd.Timestamp | None) -> pd.Timestamp | None:
    import dateparser

    if base is None and not re.search(r"\b\d{4}\b", text):
        return None  # "Feb. 20" with no article date: the year is unknown
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"], "PREFER_DATES_FROM": "current_period"}
    if base is not None:
        settings["RELATIVE_BASE"] = base.to_pydatetime()
    cleaned = re.sub(r"^(on|by|since|until|from|before|after|the)\s+", "", text.strip(), flags=re.I)
    parsed = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return pd.Timestamp(parsed).normalize() if parsed else None


def token_numbers(doc: Doc, taken: set[int]):
    """Counts, durations, percents, money, ordinals and years written as number tokens."""
    groups = number_groups(doc, taken)
    previous_counted: dict[int, str] = {}
    for tokens in groups:
        first, last = tokens[0], tokens[-1]
        sent_key = first.sent.start
        ordinal = numwords.parse_ordinal(first.text) if len(tokens) == 1 else None
        if ordinal is not None:
            yield _row(tokens, ordinal, "ordinal", None)
            continue
        value = numwords.parse_number(" ".join(t.text for t in tokens))
        if value is None:
            continue
        approx = numwords.approximation(doc_text(doc)[max(0, first.idx - 20):first.idx])
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        prv = doc[first.i - 1] if first.i > 0 else None
        row = classify(tokens, value, nxt, prv)
        if row is None:
            continue
        row["approx"] = approx
        if row["kind"] == "count":
            counted = counted_phrase(tokens)
            row["counted"] = counted or previous_counted.get(sent_key)
            row["refers_to"] = refers_to(tokens)
            if counted:
                previous_counted[sent_key] = counted
        yield row


def number_groups(doc: Doc, taken: set[int]) -> list[list[Token]]:
    """Runs of number tokens ("three million", "1,700", "a" before a time unit)."""
    groups: list[list[Token]] = []
    for token in doc:
        is_num = (token.like_num and not re.fullmatch(r"[.,]+", token.text)) or numwords.parse_ordinal(token.text) is not None
        is_article_before_unit = token.lower_ in {"a", "an"} and token.i + 1 < len(doc) and _is_duration_unit(doc[token.i + 1])
        if not (is_num or is_article_before_unit):
            continue
        if token.idx in taken or token.ent_type_ == "DATE" and not _is_duration_unit(token.head):
            continue
        if _part_of_name(token):
            continue  # "Nord Stream 2", "Article 5", "three-pronged"
        if groups and groups[-1][-1].i == token.i - 1 and token.like_num and groups[-1][-1].like_num:
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def _part_of_name(token: Token) -> bool:
    doc = token.doc
    if token.ent_type_ in NAME_ENTITIES:
        return True
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and token.text.isdigit() and doc[token.i - 1].text[0].isupper():
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    after = doc[token.i + 2] if token.i + 2 < len(doc) else None
    if nxt is not None and nxt.text == "-" and not token.whitespace_ and after is not None and not _is_duration_unit(after):
        return True
    return token.lower_ == "one" and nxt is not None and nxt.lower_ == "of"


def _is_duration_unit(token: Token | None) -> bool:
    return token is not None and numwords.duration_unit(token.lower_) is not None and token.pos_ == "NOUN"


def classify(tokens: list[Token], value: float, nxt: Token | None, prv: Token | None) -> dict | None:
    """Kind, unit and normalised value of a number from its neighbours."""
    if nxt is not None and (nxt.text in PERCENT_WORDS or nxt.lower_ in PERCENT_WORDS):
        return _row(tokens, value, "percent", "percent", extra_end=nxt)
    currency = CURRENCIES.get(prv.text) if prv is not None else None
    if currency is None and nxt is not None:
        currency = CURRENCIES.get(nxt.lower_)
    if currency:
        return _row(tokens, value, "money", currency, extra_start=prv if prv is not None and prv.text in CURRENCIES else None)
    if _is_duration_unit(nxt):
        return _row(tokens, value * numwords.duration_unit(nxt.lower_), "duration", "minutes", extra_end=nxt)
    text = tokens[0].text
    if len(tokens) == 1 and re.fullmatch(r"\d{4}", text) and YEAR_RANGE[0] <= int(text) <= YEAR_RANGE[1] \
            and not (tokens[0].dep_ == "nummod" and tokens[0].head.tag_ == "NNS"):
        return _row(tokens, value, "year", "year")
    if tokens[0].lower_ in {"a", "an", "one"} and tokens[0].dep_ == "det":
        return None  # "an invasion", "one of the gravest crises"
    return _row(tokens, value, "count", None)


def _row(tokens: list[Token], value: float, kind: str, unit: str | None,
         extra_start: Token | None = None, extra_end: Token | None = None) -> dict:
    first = extra_start if extra_start is not None else tokens[0]
    last = extra_end if extra_end is not None else tokens[-1]
    start, end = first.idx, last.idx + len(last.text)
    return {"start": start, "end": end, "surface": doc_text(first.doc)[start:end], "value": float(value), "kind": kind, "unit": unit}


def counted_phrase(tokens: list[Token]) -> str | None:
    """What a count counts: its noun with modifiers ("landing craft", "people killed")."""
    head = tokens[-1].head
    while head.dep_ in {"quantmod", "nummod", "compound"} and head.pos_ == "NUM" and head.head != head:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"} or head in tokens:
        return None
    mods = [t for t in head.lefts if t.dep_ in {"compound", "amod"} and t not in tokens and t.pos_ != "NUM"
            and t.lower_ not in {"more", "additional", "further", "other", "previous", "extra", "new"}]
    words = [t.text for t in mods] + [head.text]
    if head.lemma_.lower() in COLLECTIVE_NOUNS:
        words += [t.text for prep in head.rights if prep.lower_ == "of" for t in prep.subtree]
    if head.dep_ == "dobj" and head.head.lemma_ in HARM_VERBS:
        words.append(head.head.text)
    return " ".join(words)


def refers_to(tokens: list[Token]) -> str | None:
    """Who or what a count is about: the acting subject and the places and groups around it.

    "Russia has massed about 130,000 troops close to Ukraine" -> "Russia · close to Ukraine".
    """
    noun = tokens[-1].head
    verb = noun.head if noun.dep_ in {"dobj", "nsubj", "nsubjpass", "pobj", "attr"} else None
    parts = []
    if verb is not None and verb.pos_ in {"VERB", "AUX"}:
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c != noun), None)
        if subject is not None and subject.pos_ != "PRON":
            parts.append(_phrase(subject))
    places = [c for c in list(noun.children) + (list(verb.children) if verb is not None else [])
              if c.dep_ == "prep" and c.lower_ in {"near", "to", "in", "along", "from", "into", "on", "at", "across"}]
    places += [c for c in noun.children if c.dep_ == "advmod" and c.lower_ in {"close", "near"}]
    parts += [_phrase(p) for p in places[:2]]
    return " · ".join(p for p in parts if p) or None


def _phrase(token: Token) -> str:
    words = [t for t in token.subtree if not t.is_punct][:8]
    return " ".join(t.text for t in words)
