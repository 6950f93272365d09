"""Every number in one article (the ``numbers`` table): value, kind, unit, what it counts.

Clock times (``times``), durations written as words ("hourlong", "an hour and a half") and
date mentions (``datementions``, ``dates``: from spaCy's DATE entities and weekday names) come first; every
other figure is a number phrase (``spans``: digits, number words, fractions, multipliers)
classed by the words around it (percent, money, duration, measure, year, count), with
ranges ("between 100,000 and 130,000", "5-10") joined into one row with ``low``/``high``
and "dozens of"/"thousands of" kept with no value (approx ``many``). The dependency parse
tells what is counted ("six landing craft", "killed more than 14,000 people").
"""

from __future__ import annotations

import re

import pandas as pd
from spacy.tokens import Doc, Token

from helpers.numbers import currencies, lexical, local_money, once, ordinals, spans, times, units, words as numwords
from helpers.numbers.counted import (casualties, counted_phrase, in_tally, refers_to,
                                     unit_as_written, what_is_measured, what_lasted, what_money_is)
from helpers.numbers.names import (DESIGNATION, GROUP_OF_BEFORE, LABEL_NOUNS, NAME, NAME_ENTITIES, PLACE_NUMBER, ZONE_OFFSET,
                                   glued_designations,
                                   name_number, word_around)
from helpers.numbers.datementions import NUMBERED_BEFORE, YEAR_RANGE, date_mentions, literal_dates, season_years, word_years
from helpers.numbers.idioms import outside_idioms
from helpers.numbers.mastheads import outside_masthead
from helpers.numbers.namesakes import month_as_name
from helpers.numbers.referents import after_the, pronominal, referents
from helpers.numbers.repetitions import what_is_repeated
from helpers.numbers.ranges import join_durations, join_proportions, join_ranges, join_word_durations
from helpers.numbers.sentences import reading_sentences
from helpers.actors.mentions import sentence_locator
from helpers.parse import doc_text

NUMBER_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "surface", "value", "kind", "unit",
    "counted", "approx", "refers_to", "date", "timezone", "low", "high", "utc_time",
]
FLOAT_COLUMNS = ["value", "low", "high", "utc_time"]
PERCENT_WORDS = {"%", "percent", "per cent", "pct", "percentage points"}
# "555-123-4567", "210 555 0198", "+44 20 7946 0321", "03-2161 8800", "Tel: 000 111": a phone number, no figure;
# "1 414 021 100" (thousands grouped by spaces, last group of three) stays a figure.
PHONE = re.compile(r"\d{2,4}[-. ]\d{2,4}[-.]\d{3,4}\b|(?<![\d,.])0\d{1,3}-\d{3,4} \d{4}(?!\d)|(?<![\d,.])(?<!\d )\d{2,4} \d{3,4} \d{4}(?!\d)|\+\d{1,3}[ -]\d|\(\d{3}\)\s?\d{3}|\btel\b|\bphone\b[: ]+\d|\b(?:ph|fax|[PTF]):\s?\+?\d", re.I)
# "123 Random Street", "40 Old Mill Rd.": a house number, a label rather than a figure.
STREET_AFTER = re.compile(r"\s(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr)\b")
ZIP_BEFORE = re.compile(r",\s[A-Z]{2}\s$")
ORDINAL_IDIOMS = re.compile(r"(third|second|first)[- ](countr|part|world(?! war)|hand|lady|minister|half|quarter|class\b|capitals|states\b)")
CURRENCY_BEFORE = re.compile(r"((?:\b(?:us|c|a|nz|mex)(?=[$]))?[$€£¥₽₴₹]|\b(?:usd|eur|gbp|cny|rmb|jpy|cad|aud|chf|rub|uah|inr|sen|rs\.?))\s?$", re.I)
VAGUE_BEFORE = re.compile(r"\b(several|a few|few|many|some|tens of|scores of|dozens of)\s+$", re.I)
# "3h", "3 h", "3day", "3.5years", "3.5 second": a unit of time glued on or abbreviated.
GLUED_DURATION = re.compile(r"^(?:(h|hrs?|mins?|secs?|days?|weeks?|months?|years?|yrs?|hours?|minutes?)|\s(h|seconds?))\b", re.I)
# "22,24,26,31": commas that are no thousands groups join a list of numbers ("1,3" and "5,00" may
# be decimal commas, so a list needs three items).
NUMBER_LIST = re.compile(r"(?=(?:\d+,){2})\d{1,3}(?:,\d{1,3})*(?:,\d{1,2})(?:,\d{1,3})*")
NUMBER_WORD_BEFORE = re.compile(r"(?<!\w)(?:%s)$" % "|".join([*numwords.UNITS, *numwords.TENS]), re.I)
CODE_BEFORE = re.compile(r"(?<![\w-])(?=[\w]*[A-Za-z])(?=[\w]*\d)\w+$")
# "this one", "which one", "each one": "one" after these stands for a noun, counts nothing.
PRONOUN_ONE_BEFORE = {"this", "that", "which", "each", "every", "any", "another", "the", "no"}
WORKING_DAYS = re.compile(r"^\s(?:business|working|work)[\s-]days?\b", re.I)
THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}\.\d{3}")
DECIMAL_NOUNS = {"points", "percentage", "shares", "degrees"}
MANY_WORDS = {"dozens", "scores", "hundreds", "thousands", "millions", "billions", "tens"}


def extract_numbers(doc: Doc, date: pd.Timestamp | None, sentences: list[dict]) -> list[dict]:
    """Number mentions of one article (NUMBER_COLUMNS except article_id).

    Args:
        doc: the parsed article.
        date: the article's reference date (for "Saturday", "Feb. 20"); None if unknown.
        sentences: its sentence rows.
    """
    text = doc_text(doc)
    locate = sentence_locator(sentences)
    rows: list[dict] = []
    taken: set[int] = set()
    durations = [r for r in units.duration_phrases(text) if not _ordinal_second(doc, r) and not _night_before_noun(doc, r)]
    found_first = (times.clock_times(text, date), literal_dates(text), season_years(text), word_years(text), units.glued_money(text), local_money.local_money(text), units.implicit_durations(text), date_mentions(doc, date), durations,
                   units.half_shares(text), glued_designations(text), lexical.roman_numerals(doc), lexical.multiplicatives(text),
                   lexical.tens_of(doc), lexical.bakers_dozens(text), once.once_counts(doc))
    for found in found_first:
        for row in found:
            _add(rows, taken, row)
    for row in join_proportions(join_durations(join_ranges(list(phrase_numbers(doc, taken)), text), text), text):
        _add(rows, taken, row)
    rows = spans.drop_code_parts(join_word_durations(sorted(rows, key=lambda r: r["start"]), text), text)
    rows = [row for row in outside_idioms(outside_masthead(rows, text), text) if not month_as_name(doc, row)]
    written = reading_sentences(text, sentences)
    for row in rows:
        if text[row["start"]:row["end"]].strip() == row["surface"]:  # an entity that ran on into a line break
            row["end"] = row["start"] + len(row["surface"])
        sent = locate(row["start"])
        row["sent_idx"], row["sentence"] = sent["sent_idx"], written.get(sent["sent_idx"], sent["text"])
        if row["kind"] == "duration" and not row["counted"]:
            row["counted"] = what_lasted(doc, row)
        if row["kind"] == "money" and not row["counted"]:
            row["counted"] = what_money_is(doc, row)
        if row["kind"] == "count" and row["counted"] == "times":
            row["counted"] = what_is_repeated(doc, row) or "times"  # "met twice": meetings
        if row["kind"] == "age" and not row["counted"]:
            row["counted"] = f"{row['unit'] or 'years'} of age"  # an age counts years of a life
    return sorted(rows, key=lambda r: r["start"])


def _ordinal_second(doc: Doc, row: dict) -> bool:
    """ "a second round", "a second, tougher letter": "second" before a noun, or before a comma
    and an adjective, is an ordinal, not a duration."""
    if not re.fullmatch(r"an?\s+second", row["surface"], re.I):
        return False
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    nxt = doc[span.end] if span is not None and span.end < len(doc) else None
    if nxt is not None and nxt.text == "," and nxt.i + 1 < len(doc) and doc[nxt.i - 1].pos_ == "ADJ":
        adjective = doc[nxt.i + 1]  # "a second, shorter meeting": "second" tagged as an adjective
        return adjective.pos_ == "ADJ" or adjective.tag_ in {"JJR", "JJS", "RBR"}
    return nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "ADJ"}


def _night_before_noun(doc: Doc, row: dict) -> bool:
    """ "a night strike", "a night raid": "night" before a noun says when, not how long."""
    if not row["surface"].lower().endswith("night"):
        return False
    span = doc.char_span(row["start"], row["end"], alignment_mode="expand")
    nxt = doc[span.end] if span is not None and span.end < len(doc) else None
    return nxt is not None and nxt.pos_ == "NOUN"


def _add(rows: list[dict], taken: set[int], row: dict) -> None:
    span = range(row["start"], row["end"])
    if taken.isdisjoint(span):
        taken.update(span)
        row.pop("number", None)
        rows.append({"counted": None, "approx": "exact", "refers_to": None, "date": None, "timezone": None,
                     "unit": None, "low": None, "high": None, "utc_time": None} | row)


def phrase_numbers(doc: Doc, taken: set[int]):
    """Counts, durations, percents, money, measures, ordinals and years from number phrases."""
    text = doc_text(doc)
    previous_counted: dict[int, str] = {}
    group_counted: dict[float, str] = {}  # the last thing counted by each number, for "the four" with no noun
    for phrase in _phrases_and_ordinals(doc, taken):
        tokens = _tokens(doc, phrase)
        if tokens == NAME:
            yield name_number(doc, phrase)
            continue
        if tokens is None:
            continue
        ranked = ordinals.rank_after_article(doc, tokens, phrase)
        if ranked is not None:
            yield _row(doc, *ranked, "ordinal", None)
            continue
        if phrase.value is None:  # an ordinal
            if not ordinals.first_after_verb(tokens) and not ordinals.at_first(tokens):
                yield _row(doc, phrase.start, phrase.end, numwords.parse_ordinal(phrase.text), "ordinal", None)
            continue
        row = classify(doc, tokens, phrase)
        if row is None:
            continue
        row["number"] = phrase.value
        row["approx"] = row.get("approx") or numwords.approximation(text[max(0, phrase.start - 20):phrase.start])
        if row["kind"] == "measure":
            row["counted"] = what_is_measured(doc, row) or unit_as_written(text, phrase, row)
        if row["kind"] == "count" and not row.get("counted"):
            counted = "votes" if in_tally(text, phrase) else counted_phrase(tokens) or casualties(tokens)
            counted = referents(tokens, counted) or counted
            if counted is None and pronominal(tokens):
                counted = group_counted.get(phrase.value)  # "the four leaders ... The four agreed": leaders
            row["counted"] = counted or previous_counted.get(tokens[0].sent.start)
            row["refers_to"] = refers_to(tokens)
            if counted:
                previous_counted[tokens[0].sent.start] = counted
                # a definite group ("the four leaders") is what a later "the four" means, not the names one
                # sentence gave it; so is any count too large to recur by chance ("expelled 23 diplomats ... the 23")
                if after_the(tokens) or phrase.value > 6:
                    group_counted[phrase.value] = counted.split(" (")[0]
        yield row


def _phrases_and_ordinals(doc: Doc, taken: set[int]) -> list[spans.Phrase]:
    text = doc_text(doc)
    found = [p for p in spans.number_phrases(text) if p.start not in taken]
    starts = {p.start for p in found}
    inside = {i for p in found for i in range(p.start, p.end)}
    for start, end, word in spans.scan_words(text):  # the shared word scan: a loop over tokens costs more
        if (word in numwords.ORDINALS or (word[0].isdigit() and numwords.ORDINAL_DIGITS.match(word))) \
                and start not in taken and start not in starts and start not in inside:
            found.append(spans.Phrase(start, end, text[start:end], None))
    return sorted(found, key=lambda p: p.start)


def _tokens(doc: Doc, phrase: spans.Phrase) -> list[Token] | str | None:
    """The tokens of a phrase; NAME when it is part of a name ("Nord Stream 2", "F-16",
    "G20", "Group of Seven"); None when it is part of a word or code ("SCP-173C", "180ml")."""
    span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    text = doc_text(doc)
    word = word_around(text, phrase)
    if ZONE_OFFSET.fullmatch(text, *word):
        return None  # "(GMT-4)", "UTC+2": a time zone's offset, told with its clock times
    if (DESIGNATION.fullmatch(text, *word) or PLACE_NUMBER.fullmatch(text, *word)) and not spans.in_link(text, phrase.start):
        return NAME  # "F-16", "G20", "Minsk-2 airport"
    if GROUP_OF_BEFORE.search(text, max(0, phrase.start - 10), phrase.start):
        return NAME  # "the Group of 20 summit"
    before, after = text[span.start_char:phrase.start], text[phrase.end:span.end_char]
    if NUMBER_LIST.fullmatch(span.text):
        before = after = ""  # "exercises 22,24,26": a list of numbers glued by commas, each one a number
    if re.search(r"[A-Za-z0-9]", before):
        return None
    if after[:1] in "([{":
        after = ""  # "45(kg)", "45{kg)": a bracket opens a new word
    if re.search(r"[A-Za-z0-9]", after) and units.measure_after(after) is None and numwords.duration_unit(after) is None:
        return None
    if span.start > 0 and doc[span.start - 1].lower_ in LABEL_NOUNS and doc[span.start - 1].is_title and phrase.text.isdigit():
        return NAME  # "Flight 752", "Article 5"
    if phrase.start > 1 and text[phrase.start - 1] in "-/#" and text[phrase.start - 2].isalpha() \
            and not NUMBER_WORD_BEFORE.search(text, max(0, phrase.start - 12), phrase.start - 1):
        return None  # "COVID-19", "F-16", "#5" ("three-nought-four", "won two-one": numbers in a row)
    if phrase.start > 1 and text[phrase.start - 1] == "-" and CODE_BEFORE.search(text, 0, phrase.start - 1):
        return None  # "scp2-173m", "A320-200": the tail of a code
    if PHONE.search(text[max(0, phrase.start - 20):phrase.end + 12]) and re.sub(r"[. ]", "", phrase.text.lstrip("+")).isdigit():
        return None  # "555-123-4567", "Tel: 000 111 82-2100", "P: 479.277"
    if STREET_AFTER.match(text, phrase.end) and phrase.text.isdigit() and re.search(r"(?:^|,\s|\bat\s)$", text[max(0, phrase.start - 4):phrase.start]):
        return None  # "123 Random Street"
    if ZIP_BEFORE.search(text, max(0, phrase.start - 6), phrase.start) and re.fullmatch(r"\d{5}", phrase.text):
        return None  # "Cloud City, PA 23456": a postal code
    if re.fullmatch(r"0\d+", phrase.text):
        return None  # "week 00", "route 05": a number with a leading zero is a label
    if spans.in_link(text, phrase.start):
        return None  # "https://host:44300/id=1687", "name@host2.org"
    if ORDINAL_IDIOMS.match(re.sub(r"^an?\s+", "", text[phrase.start:phrase.start + 22].lower())):
        return None  # "(a) third countries" are not the third of anything
    if any(_part_of_name(t) for t in span) and not CURRENCY_BEFORE.search(text[max(0, phrase.start - 6):phrase.start]):
        return NAME  # "GBP 350" is money even when tagged as a product
    return list(span)


def _lone_number_entity(token: Token) -> bool:
    """ "-1" tagged ORG: an entity that is one bare number token names nothing."""
    doc = token.doc
    alone = token.ent_iob_ == "B" and (token.i + 1 == len(doc) or doc[token.i + 1].ent_iob_ != "I")
    return alone and re.fullmatch(r"[-+]?[\d.,]+", token.text) is not None


def _part_of_name(token: Token) -> bool:
    doc = token.doc
    if token.is_title and token.is_alpha and not token.is_sent_start and token.i > 1 and doc[token.i - 1].lower_ == "of" \
            and doc[token.i - 2].is_title:
        return True  # "the Group of Seven", "the Gang of Four": a capitalised number word ends a name
    if token.like_num and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "NNS" and doc[token.i + 1].ent_type_ != token.ent_type_:
        return False  # "called Bob 3 times" (tagged PERSON "Bob 3"): a count of what follows
    if token.ent_type_ in NAME_ENTITIES and not token.ent_type_ == "GPE" and not _lone_number_entity(token):
        return True
    if token.i > 0 and doc[token.i - 1].pos_ == "PROPN" and token.text.isdigit() and doc[token.i - 1].text[0].isupper() \
            and doc[token.i - 1].ent_type_ != "DATE" and units.currency(doc[token.i - 1].lower_) is None:
        return True
    return False


def classify(doc: Doc, tokens: list[Token], phrase: spans.Phrase) -> dict | None:
    """Kind, unit and normalised value of a number phrase from its neighbours."""
    text, value = doc_text(doc), phrase.value
    nxt = doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(doc) else None
    prv = doc[tokens[0].i - 1] if tokens[0].i > 0 else None
    after = text[phrase.end:phrase.end + 40]
    words = phrase.text.lower().split()
    if len(words) == 1 and words[0] in MANY_WORDS and re.match(r"^\s+of\b", after):
        return _many(doc, phrase)
    vague = VAGUE_BEFORE.search(text[max(0, phrase.start - 12):phrase.start])
    if vague and len(words) == 1 and words[0].rstrip("s") in numwords.SCALES:  # "several thousand", "a few hundred"
        return _row(doc, phrase.start - len(vague.group(0)), phrase.end, None, "count", None) | {"approx": "many"}
    percent = re.match(r"^\s?(%|percent\b|per cent\b|pct\b|percentage points?\b)", after, re.I)
    if percent:
        return _row(doc, phrase.start, phrase.end + percent.end(), value, "percent", "percent")
    money = _money(doc, phrase, prv, nxt, after)
    if money is not None:
        return money
    glued = GLUED_DURATION.match(after)
    unit = glued and (glued.group(1) or glued.group(2)).lower()
    if glued and "H" not in glued.group(0) and (unit.rstrip("s") != "second" or value != int(value) or nxt is None or nxt.pos_ == "NOUN"):
        return _row(doc, phrase.start, phrase.end + glued.end(), value * numwords.duration_unit(unit), "duration", "minutes")
    workdays = WORKING_DAYS.match(after)
    if workdays:  # "five working days": days of work, each a day long
        return _row(doc, phrase.start, phrase.end + workdays.end(), value * 1440, "duration", "minutes")
    if nxt is not None and numwords.duration_unit(nxt.lower_) is not None and (nxt.pos_ == "NOUN" or nxt.lower_ != "second"):
        age = re.match(r"^\s*(?:-\s*)?(old|of age)\b", text[nxt.idx + len(nxt.text):nxt.idx + len(nxt.text) + 12])
        if age and nxt.lower_.rstrip("s") in {"year", "month", "week", "day"}:  # "29 years old", "a 90-day-old bill"
            return _row(doc, phrase.start, nxt.idx + len(nxt.text) + age.end(), value, "age", nxt.lower_.rstrip("s") + "s")
        if prv is not None and prv.lower_ == "aged" and nxt.lower_.rstrip("s") in {"year", "month"}:  # "aged 33 years"
            return _row(doc, phrase.start, nxt.idx + len(nxt.text), value, "age", nxt.lower_.rstrip("s") + "s")
        if nxt.lower_ == "year" and re.fullmatch(r"\d{4}", phrase.text) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
            return _row(doc, phrase.start, nxt.idx + len(nxt.text), value, "year", "year")  # "in 2014 year" (translated copy)
        return _row(doc, phrase.start, nxt.idx + len(nxt.text), value * numwords.duration_unit(nxt.lower_), "duration", "minutes")
    if re.search(r"\d\s?m$", phrase.text):  # "48m" with no currency: metres, not millions
        return _row(doc, phrase.start, phrase.end, value / 1e6, "measure", "metre")
    measure = units.measure_after(after)
    # '5"' is five inches; 'the hardest one".' closes a quotation
    if measure is not None and not (after.startswith('"') and not re.search(r"\d", phrase.text)):
        return _row(doc, phrase.start, phrase.end + measure[1], value, "measure", measure[0])
    if re.fullmatch(r"\d{4}", phrase.text) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and not NUMBERED_BEFORE.search(text, max(0, phrase.start - 12), phrase.start) \
            and not (tokens[0].dep_ == "nummod" and tokens[0].head.tag_ == "NNS") and not (nxt is not None and nxt.tag_ == "NNS"):
        return _row(doc, phrase.start, phrase.end, value, "year", "year")
    if _age_in_apposition(tokens, phrase):  # a count of years, as the annotation marks it
        return _row(doc, phrase.start, phrase.end, value, "count", "years") | {"counted": "years of age"}
    if tokens[0].lower_ in {"a", "an", "one"} and len(tokens) == 1 and tokens[0].dep_ in {"det", "nsubj", "dobj", "pobj"} \
            and not _noun_follows(nxt) and not spans.share_ahead(after) and not re.match(r"^\s+of\b", after):
        return None  # "an invasion", "one may ask", "this one"
    if tokens[0].lower_ in {"a", "an"} and len(tokens) == 1:
        return None
    if tokens[0].lower_ == "one" and len(tokens) == 1 and prv is not None and prv.lower_ in PRONOUN_ONE_BEFORE \
            and tokens[0].dep_ != "nummod" and not (nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"}) \
            and not spans.share_ahead(after):
        return None  # "this one you chose", "which one": a pronoun
    return _row(doc, phrase.start, phrase.end, _grouped_by_dot(value, phrase, nxt), "count", None)


def _grouped_by_dot(value: float, phrase: spans.Phrase, nxt: Token | None) -> float:
    """ "1.813 inhabitants", "12.000 men": a dot before exactly three digits, counting things one
    by one, groups thousands (translated copy); "1.125 points" and "0.250 shares" stay decimals."""
    if THOUSANDS_DOT.fullmatch(phrase.text) and nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in DECIMAL_NOUNS:
        return float(phrase.text.replace(".", ""))
    return value


def _age_in_apposition(tokens: list[Token], phrase: spans.Phrase) -> bool:
    """ "Santos, 65, also called", "on Wednesday Juan Guaido, 35, declared": a bare whole number
    set off by commas right after a person's name is the person's age."""
    doc, first, last = tokens[0].doc, tokens[0], tokens[-1]
    if len(tokens) != 1 or not phrase.text.isdigit() or not 1 <= phrase.value <= 120 or first.i < 2:
        return False
    name, comma = doc[first.i - 2], doc[first.i - 1]
    closing = doc[last.i + 1] if last.i + 1 < len(doc) else None
    # "his daughter Yulia, 33, were": the age may hang on the noun the name stands beside
    named = name.ent_type_ == "PERSON" or (first.dep_ == "appos" and first.head in {name, name.head} and name.pos_ == "PROPN")
    if comma.text != "," or not named or closing is None or closing.text not in {",", ".", ";"}:
        return False
    going_on = doc[closing.i + 1] if closing.i + 1 < len(doc) else None  # "Santos, 65, also called": the clause goes on
    return closing.text != "," or (going_on is not None and (going_on.pos_ in {"VERB", "AUX", "ADV"} or going_on.tag_ == "WP"
                                                             or going_on.lower_ == "and"))  # "Skripal, 66, and his daughter"


def _noun_follows(token: Token | None) -> bool:
    """ "one time", "one last time", "one more chance": a noun, maybe after adjectives, is counted."""
    while token is not None and token.pos_ == "ADJ" and token.i + 1 < len(token.doc):
        token = token.doc[token.i + 1]
    return token is not None and token.pos_ == "NOUN"


MANY_BEFORE = re.compile(r"\b(?:tens|dozens|scores|hundreds) of\s+$", re.I)
MONEY_OF = re.compile(r"\s+of\s+(dollars|euros|pounds|rupees|roubles|rubles|yuan|yen|francs|hryvnias)\b", re.I)


def _many(doc: Doc, phrase: spans.Phrase) -> dict:
    """ "dozens of", "hundreds of thousands", "tens of millions of dollars": no value, approx many."""
    text = doc_text(doc)
    more = re.match(r"^\s+of\s+(?:%s)\b" % "|".join(MANY_WORDS), text[phrase.end:phrase.end + 40])
    end = phrase.end + (more.end() if more else 0)
    lead = MANY_BEFORE.search(text, max(0, phrase.start - 12), phrase.start)
    start = lead.start() if lead else phrase.start
    money = MONEY_OF.match(text, end)
    if money:
        return _row(doc, start, money.end(), None, "money", units.currency(money.group(1))) | {"approx": "many"}
    return _row(doc, start, end, None, "count", None) | {"approx": "many"}


def _money(doc: Doc, phrase: spans.Phrase, prv: Token | None, nxt: Token | None, after: str) -> dict | None:
    """ "$2bn", "USD 22.5 million", "470 pence", "30 MUSD", "c $ 300 million", "5 €"."""
    text = doc_text(doc)
    verb_won = nxt is not None and nxt.lower_ == "won" and phrase.value < 100  # "which one won?", "two won": the verb
    suffix = None if verb_won else _money_suffix(doc, phrase, after)
    if suffix is not None:
        return suffix
    before = text[max(0, phrase.start - 6):phrase.start]
    sign = CURRENCY_BEFORE.search(before)
    if sign:
        code = units.currency(re.sub(r"\s", "", sign.group(1))) or ("USD" if "$" in sign.group(1) else sign.group(1).upper())
        start = phrase.start - len(sign.group(0))
        start += len(text[start:phrase.start]) - len(text[start:phrase.start].lstrip())
        scale = re.match(r"(T|MM|tn|trn)\b", after)  # "$2.174T", "US$ 1MM"
        factor = (1e12 if scale.group(1).lower() != "mm" else 1e6) if scale else 1.0
        return _row(doc, start, phrase.end + (scale.end() if scale else 0), phrase.value * factor, "money", code)
    return None


def _money_suffix(doc: Doc, phrase: spans.Phrase, after: str) -> dict | None:
    """ "470 pence", "20 usd", "30 MUSD", "13 dollars"."""
    text = doc_text(doc)
    named = currencies.currency_words_after(after)
    if named:  # "300 million Egyptian pounds", "2,000m pesetas"
        return _row(doc, phrase.start, phrase.end + named[1], phrase.value, "money", named[0])
    word = re.match(r"^\s?([a-zA-Z€$£¥₽]+(?: sterling)?)", after)
    if word:
        code = units.currency(word.group(1))
        million = units.MILLION_CODES.match(word.group(1))
        following = re.match(r"\s?(\d[\d,]*(?:\.\d+)?)", after[word.end():])
        if following and (CURRENCY_BEFORE.search(text[max(0, phrase.start - 6):phrase.start])
                          or re.search(r"[.,]", following.group(1)) or int(following.group(1)) >= 100):
            return None  # "rmb 10 usd 20", "$ 20.00 $ 37.50": the code opens the next amount ("15 dollars 50" is 15.50)
        scale = re.match(r"\s(million|billion|trillion|mn|bn|tn)\b", after[word.end():], re.I) if code else None
        if scale:  # "75 USD million"
            factor = numwords.MULTIPLIERS.get(scale.group(1).lower()) or numwords.SCALES[scale.group(1).lower()]
            return _row(doc, phrase.start, phrase.end + word.end() + scale.end(), phrase.value * factor, "money", code)
        if million:
            return _row(doc, phrase.start, phrase.end + word.end(), phrase.value * 1e6, "money", million.group(1).upper())
        if code:
            return _row(doc, phrase.start, phrase.end + word.end(), phrase.value, "money", code)
    return None


def _row(doc: Doc, start: int, end: int, value: float | None, kind: str, unit: str | None) -> dict:
    text = doc_text(doc)
    return {"start": start, "end": end, "surface": text[start:end], "value": None if value is None else float(value),
            "kind": kind, "unit": unit}
