"""What a number measures, read from the words next to it: currencies, units of measure, time.

Pure string tables and lookups. ``currency("$")`` -> "USD", ``measure_unit("km")`` ->
"kilometre", ``duration_phrases("an hour and a half")`` -> one 90-minute duration.
"""

from __future__ import annotations

import re
from functools import lru_cache

from helpers.numbers import currencies, words as numwords

CURRENCIES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "€": "EUR", "eur": "EUR",
    "euro": "EUR", "euros": "EUR", "£": "GBP", "gbp": "GBP", "pound sterling": "GBP", "sterling": "GBP",
    "¥": "JPY", "jpy": "JPY", "yen": "JPY", "yuan": "CNY", "cny": "CNY", "rmb": "CNY", "renminbi": "CNY",
    "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "rub": "RUB", "₽": "RUB",
    "hryvnias": "UAH", "hryvnia": "UAH", "uah": "UAH", "₴": "UAH", "cad": "CAD", "c$": "CAD", "a$": "AUD",
    "aud": "AUD", "chf": "CHF", "francs": "CHF", "rupees": "INR", "inr": "INR", "₹": "INR", "rs": "INR", "rs.": "INR", "won": "KRW",
    "pence": "GBP pence", "cents": "USD cents", "cent": "USD cents", "penny": "GBP pence", "pennies": "GBP pence",
}
# The currency of a code as news copy names it, for what a sum counts ("US dollars (aid)").
CURRENCY_NAMES = {
    "USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen", "CNY": "yuan", "RUB": "roubles",
    "UAH": "hryvnias", "CAD": "Canadian dollars", "AUD": "Australian dollars", "CHF": "Swiss francs",
    "INR": "rupees", "KRW": "won", "SGD": "Singapore dollars", "TWD": "New Taiwan dollars", "HKD": "Hong Kong dollars", "IEP": "Irish pounds", "GBP pence": "pence", "USD cents": "cents",
}
# "30 MUSD", "5 mEUR": a million of the currency written as one word.
MILLION_CODES = re.compile(r"^(?:m|mn|mln)(usd|eur|gbp|rub|cny|jpy|chf)$", re.I)
MEASURES = {
    "km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "kms": "kilometre",
    "m": "metre", "metre": "metre", "meter": "metre", "cm": "centimetre", "centimetre": "centimetre",
    "centimeter": "centimetre", "mm": "millimetre", "millimetre": "millimetre", "millimeter": "millimetre",
    "mile": "mile", "mi": "mile", "foot": "foot", "feet": "foot", "ft": "foot", "inch": "inch",
    "inches": "inch", "in.": "inch", '"': "inch", "yard": "yard", "yd": "yard", "nautical mile": "nautical mile",
    "tonne": "tonne", "ton": "ton", "t": "tonne", "kg": "kilogram", "kilogram": "kilogram", "kilo": "kilogram",
    "g": "gram", "gram": "gram", "lb": "pound", "lbs": "pound", "ounce": "ounce", "oz": "ounce",
    "litre": "litre", "liter": "litre", "l": "litre", "ml": "millilitre", "gallon": "gallon", "barrel": "barrel",
    "bpd": "barrel per day", "hectare": "hectare", "ha": "hectare", "acre": "acre", "km2": "square kilometre", "m2": "square metre", "sq m": "square metre",
    "sq km": "square kilometre", "square kilometre": "square kilometre", "square kilometer": "square kilometre",
    "square mile": "square mile", "sq mi": "square mile", "km/h": "kilometre per hour", "kph": "kilometre per hour", "kmph": "kilometre per hour",
    "mph": "mile per hour", "knot": "knot", "°c": "degree Celsius", "°f": "degree Fahrenheit", "°": "degree",
    "degree": "degree", "celsius": "degree Celsius", "fahrenheit": "degree Fahrenheit", "kw": "kilowatt",
    "mw": "megawatt", "gw": "gigawatt", "kwh": "kilowatt hour", "bcm": "billion cubic metres", "mt": "megaton",
    "megaton": "megaton", "kiloton": "kiloton", "calorie": "calorie", "byte": "byte", "gb": "gigabyte",
}
# words that read as a unit with a plural "s": "ha"+"s", "in"+"s".
UNIT_LOOKALIKES = {"has", "ins", "ms", "ts", "ls", "gs"}
_MEASURE_KEYS = sorted(MEASURES, key=len, reverse=True)
MEASURE_AFTER = re.compile(
    r"^[\s-]?(?:metric\s|square\s|cubic\s)?(%s)(?:e?s)?(?![\w])" % "|".join(re.escape(k) for k in _MEASURE_KEYS), re.I)
_DURATION_UNITS = "second|sec|minute|min|hour|hr|day|week|fortnight|month|year|decade|century"
# "an hour and a half" (90), "half an hour" (30), "a day" (1440), "half a year": no digits to find.
AGE_AFTER = re.compile(r"\s*-?\s*(?:old|of age)\b")
ARTICLE_DURATION = re.compile(
    rf"(?<!and\s)(?<![-\w])(?P<lead>(?:an?|one|three) quarters? of(?:\s+an?)?|(?:a|one|two) thirds? of an?|(?<!\ba\s)half an?|(?<!\ba\s)half|(?<!\ba\s)an?|one|a half|a couple of|couple of|all|full|whole|another)[\s-]+"
    rf"(?P<unit>{_DURATION_UNITS}|night)s?\b(?P<half>\s+and\s+(?:a\s+)?(?:half|quarter))?", re.I)
# Any number word before a hyphenated unit: "eleven-hour", "forty-eight-hour", "nineteen-day".
_COUNT_WORD = (rf"(?:{'|'.join(numwords.TENS)})(?:-(?:{'|'.join(w for w, v in numwords.UNITS.items() if 0 < v < 10)}))?"
               rf"|{'|'.join(w for w, v in numwords.UNITS.items() if v > 0)}")
IMPLICIT_DURATION = re.compile(
    rf"\b(?:({_COUNT_WORD}|half|\d+)[- ])?"
    rf"(minute|hour|day|week|month|year)(?:-?long)\b|\b({_COUNT_WORD}|\d+)-(minute|hour|day|week|month|year)\b", re.I)


def currency(word: str) -> str | None:
    """ISO code of a currency sign or word ("$" -> USD, "roubles" -> RUB), or None."""
    return CURRENCIES.get(word.lower())


def currency_name(code: str) -> str:
    """The currency of an ISO code in words ("USD" -> "US dollars"); the code when it has none."""
    return CURRENCY_NAMES.get(code) or currencies.CODE_NAMES.get(code, code)


def measure_after(text: str) -> tuple[str, int] | None:
    """(unit, characters) of a unit of measure at the start of ``text`` ("29 km" -> kilometre)."""
    m = MEASURE_AFTER.match(text)
    if m is None:
        return None
    key = m.group(1).lower()
    if m.group(0).strip(" -").lower() in UNIT_LOOKALIKES:
        return None  # "Marine One has landed": "has" is no hectares
    if key in {"m", "t", "l", "g", "in.", "°"} and not re.match(r"^\S", text) and key != "°":
        return None  # "5 m" / "5 t" / "5 l" spaced are too often letters, not units
    return MEASURES[key], m.end()


RATE_BEFORE = re.compile(r"(?:\b(?:once|twice|thrice|times|hundred|thousand|million|billion|trillion|[mb]n)|\d|%|\b[a-z]{3,}s)\s+$", re.I)
NOT_RATE_WORDS = ("was ", "has ", "is ", "lasts ", "takes ", "spends ", "needs ", "this ", "its ", "his ", "less ")


def _is_rate(before: str) -> bool:
    return bool(RATE_BEFORE.search(before)) and not before.lower().endswith(NOT_RATE_WORDS)


def duration_phrases(text: str) -> list[dict]:
    """Durations written with an article or "half": "an hour and a half", "half an hour", "a day"."""
    rows = []
    for m in _near_units(text, ARTICLE_DURATION):
        lead = m.group("lead").lower()
        if lead in {"a", "an"} and _is_rate(text[max(0, m.start() - 24):m.start()]):
            continue  # "5.7 million barrels a day", "twice a year": a rate, not a duration
        count = 0.5 if lead.startswith("half") or lead == "a half" else 2.0 if "couple" in lead else 1.0
        if re.search(r"(?:quarter|third)s? of\b", lead):  # "a quarter of an hour" (15), "a quarter of hour", "two thirds of a day"
            count = numwords.parse_number(re.split(r"\s+of\b", lead)[0])
        count += (0.25 if "quarter" in m.group("half").lower() else 0.5) if m.group("half") else 0.0
        age = AGE_AFTER.match(text, m.end())
        if age and not m.group("half") and m.group("unit").lower() in {"year", "month", "week", "day"}:
            rows.append({"start": m.start(), "end": age.end(), "surface": text[m.start():age.end()], "kind": "age",
                         "unit": m.group("unit").lower() + "s", "value": count})  # "a promise one year old", "a one-year-old"
            continue
        rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "kind": "duration", "unit": "minutes",
                     "value": count * numwords.duration_unit(m.group("unit"))})
    return rows


def implicit_durations(text: str) -> list[dict]:
    """'hourlong', 'hour-long', 'two-hour', '62-minute': durations written as adjectives."""
    rows = []
    for m in _near_units(text, IMPLICIT_DURATION):
        count_word = m.group(1) or m.group(3) or "one"
        count = 0.5 if count_word.lower() == "half" else numwords.parse_number(count_word)
        minutes = numwords.duration_unit(m.group(2) or m.group(4))
        age = AGE_AFTER.match(text, m.end()) if count is not None else None
        if age and (m.group(2) or m.group(4)).lower() in {"year", "month", "week", "day"}:  # "a three-year-old girl"
            rows.append({"start": m.start(), "end": age.end(), "surface": text[m.start():age.end()], "value": count,
                         "kind": "age", "unit": (m.group(2) or m.group(4)).lower() + "s"})
        elif count is not None and minutes is not None:
            rows.append({"start": m.start(), "end": m.end(), "surface": m.group(0), "value": count * minutes,
                         "kind": "duration", "unit": "minutes"})
    return rows


_UNIT_FORMS = ["second", "sec", "minute", "min", "hour", "hr", "day", "week", "fortnight", "month", "year", "decade", "night",
               "century"]
TIME_UNIT_WORDS = frozenset([*_UNIT_FORMS, *(w + "s" for w in _UNIT_FORMS), "hourlong", "daylong", "weeklong", "monthlong",
                             "yearlong", "minutelong"])


def _near_units(text: str, pattern: re.Pattern):
    """Matches of ``pattern`` only near a word naming a unit of time (cheaper than a full scan)."""
    seen = -1
    for start, end in _unit_windows(text):
        for m in pattern.finditer(text, start, end):
            if m.start() >= seen:
                seen = m.end()
                yield m


@lru_cache(maxsize=8)
def _unit_windows(text: str) -> tuple[tuple[int, int], ...]:
    from helpers.numbers.spans import windows_near

    return tuple(windows_near(text, TIME_UNIT_WORDS.__contains__, 26, 28))  # "three quarters of an hour"


_CODES = "usd|eur|gbp|jpy|cny|rmb|rub|uah|cad|aud|nzd|chf|inr|krw|hkd|sgd|sek|nok|dkk|try|brl|mxn|zar|sar|aed|qar"
# "USD115", "115.5USD", "nzd$15": an amount with its currency code glued on.
GLUED_MONEY = re.compile(rf"(?<![\w.$])(?:(?P<pre>(?:{_CODES})\$?|[a-z]{{1,2}}\$)(?P<a>\d(?:[\d,]*\d)?(?:\.\d+)?)(?P<glued>bn|mn|tn|m|k)?|(?P<b>\d(?:[\d,]*\d)?(?:\.\d+)?)(?P<post>{_CODES}))(?![\w$])", re.I)


# "US$4 billion", "NT$1.3 billion", "USD115 million": the scale word after a glued amount is part of it.
SCALE_AFTER = re.compile(r"\s(thousand|million|billion|trillion)\b", re.I)
# Dollars named by a country prefix: "S$20" (Singapore), "NT$1.3" (New Taiwan), "HK$5".
DOLLAR_PREFIXES = {"RMB": "CNY", "US": "USD", "NZ": "NZD", "HK": "HKD", "C": "CAD", "A": "AUD", "S": "SGD", "NT": "TWD"}
LINK_AROUND = re.compile(r"://|\bwww\.|@\w|\?\w+=|&\w+=|%[0-9A-F]{2}")


def glued_money(text: str) -> list[dict]:
    """Money rows for amounts glued to a currency code ("USD115", "115USD", "nzd$15")."""
    rows = []
    if not re.search(r"\d[a-z]|[a-z$]\d", text, re.I):
        return rows
    for m in GLUED_MONEY.finditer(text):
        word_end = text.find(" ", m.end())
        if LINK_AROUND.search(text, text.rfind(" ", 0, m.start()) + 1, len(text) if word_end < 0 else word_end):
            continue  # "%20CAD" inside a link
        code = (m.group("pre") or m.group("post")).upper().rstrip("$")
        code = DOLLAR_PREFIXES.get(code, code)
        amount = numwords.parse_number(m.group("a") or m.group("b"))
        scale = SCALE_AFTER.match(text, m.end())
        end = scale.end() if scale else m.end()
        if amount is not None:
            amount *= numwords.SCALES[scale.group(1).lower()] if scale else 1
            amount *= numwords.MULTIPLIERS[m.group("glued").lower()] if m.group("glued") else 1  # "US$1.7bn"
            rows.append({"start": m.start(), "end": end, "surface": text[m.start():end], "value": amount, "kind": "money", "unit": code})
    return rows


# "more than half of its imports", "nearly half the troops": half as a share (0.5).
HALF_SHARE = re.compile(r"(?:\b(?:more|less|fewer) than|\b(?:nearly|almost|about|roughly|around|over|some|at least|only)) (half)\b(?! an?\b)"
                        r"|(?<![\w-])(?<!first )(?<!second )(?<!other )(?<!the )(?<!a )(half)(?= of (?:the|its|their|his|her|our|all|them|those|these)\b)", re.I)


# "roughly a quarter of Saudi crude", "a quarter of the workforce": a share (0.25); not "a quarter
# of an hour" (a duration), "a quarter of a million" (a number) or "the first quarter" (a period).
QUARTER_SHARE = re.compile(r"(?<![\w-])(a quarter)(?= of (?!an?\b|the (?:year|century|hour|season)\b)"
                           r"(?:the|its|their|his|her|our|all|them|those|these|[A-Z][\w-]*|[a-z]+s)\b)", re.I)


def half_shares(text: str) -> list[dict]:
    """Count rows for "half" (0.5) and "a quarter" (0.25) written as a share of something."""
    lowered = text.lower()
    rows = []
    for m in HALF_SHARE.finditer(text) if "half" in lowered else ():
        g = 1 if m.group(1) else 2
        rows.append({"start": m.start(g), "end": m.end(g), "surface": m.group(g), "value": 0.5, "kind": "count", "unit": None})
    for m in QUARTER_SHARE.finditer(text) if "quarter" in lowered else ():
        rows.append({"start": m.start(1), "end": m.end(1), "surface": m.group(1), "value": 0.25, "kind": "count", "unit": None})
    return rows
