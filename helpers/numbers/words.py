"""Reading numbers as written in news copy: digits, number words, fractions, multipliers.

Pure string functions, no spaCy: ``parse_number("three million")`` -> 3000000.0,
``parse_number("one hundred and sixteen")`` -> 116.0, ``parse_number("two thirds")`` -> 0.667,
``parse_number("$2bn"[1:])`` -> 2e9, ``approximation("more than")`` -> "more_than".

Our own reader, not ``text_to_num.text2num``: on the peer suites text2num raises on fractions
("two thirds"), "and a half", multipliers ("2bn", "10k"), "dozen", signs and digit/word mixes
("5 million"), which news copy writes all the time; it agrees with us on plain compounds.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}
# Written after digits: "$2bn", "10k", "2.33 k", "5.5m", "30 MUSD" (M before a currency code).
MULTIPLIERS = {"k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
               "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
               "trn": 1_000_000_000_000, "tln": 1_000_000_000_000}
# Denominators: "two thirds", "a quarter", "three twenty firsts", "five eighths".
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
             "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
             "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000, "first": 1}
UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
                     "⅙": 1 / 6, "⅚": 5 / 6, "⅐": 1 / 7, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
                     "⅑": 1 / 9, "⅒": 0.1}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1_000_000, "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000,
}
# Longest phrases first so "well over" wins over "over".
APPROXIMATORS = [
    ("no fewer than", "at_least"), ("at least", "at_least"), ("up to", "up_to"), ("as many as", "up_to"),
    ("well over", "more_than"), ("more than", "more_than"), ("upwards of", "more_than"), ("over", "more_than"),
    ("in excess of", "more_than"), ("fewer than", "less_than"), ("less than", "less_than"), ("under", "less_than"),
    ("just under", "nearly"), ("close to", "nearly"), ("nearly", "nearly"), ("almost", "nearly"),
    ("approximately", "about"), ("an estimated", "about"), ("estimated", "about"), ("roughly", "about"),
    ("around", "about"), ("several", "about"), ("some", "about"), ("about", "about"), ("approx", "about"), ("circa", "about"),
]
DURATION_MINUTES = {
    "second": 1 / 60, "sec": 1 / 60, "minute": 1, "min": 1, "mins": 1, "hour": 60, "hr": 60, "hrs": 60, "h": 60,
    "day": 1440, "night": 1440, "fortnight": 20160, "week": 10080, "wk": 10080, "month": 43200, "year": 525600, "yr": 525600,
    "decade": 5256000, "century": 52560000,
}
NUMERIC = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)?(\.\d+)?$")  # "12,34,567": Indian grouping
# Thousands set off by spaces: "40 000", "1 234 567", "40\u202f000" (a thin or no-break space always;
# a plain space only before "000" or with two groups, so "May 5 100 people" stays two numbers).
GROUPED = re.compile(r"\d{1,3}(?:[\u202f\u00a0\u2009]\d{3})+(?!\d|[,.]\d)|\d{1,3}(?: \d{3}){2,}(?:\.\d+)?(?!\d|[,.]\d)|\d{1,3}(?: 000)+(?!\d|[,.]\d)")
# "1e10", "-12e-1", "12.32e+14", "1.3x10^6", "2.48×10−5", "2.5^-1".
SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?(?:[eE][-+]?\d+|\s?[x×]\s?10\^?[-+\u2212]?\d+|\^[-+\u2212]{0,2}\d+)(?![\w.]\d)")
ORDINAL_DIGITS = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
DIGIT_MULTIPLIER = re.compile(r"^([+-]?[\d.,]*\d)\s?([a-z]+)$", re.I)
SIGNS = {"minus", "negative"}
SPOKEN_ZEROS = {"zero", "nought", "naught", "o", "oh"}  # digits after "point": "one point o five" (1.05)
DOZEN_ABBREVIATIONS = {"doz": "dozen", "dozs": "dozens", "dz": "dozen", "dzs": "dozens"}  # "3 dzs", "five doz."
HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])|\s-\s")
HYPHEN_ORDINAL_END = re.compile(r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+(?:st|nd|rd|th)s$")
SLASH = re.compile(r"(\d{1,3})/(\d{1,3})")
DIGITS_ONLY = re.compile(r"[\d.,]+$")


def parse_number(text: str) -> float | None:
    """Value of a number written with digits and/or words, or None when it is not one number.

    "14,000", ".08", "-9.23", "3 million", "twenty-one trillion", "one hundred and sixteen",
    "five and a half million" (5.5e6), "an hour"-style "a" (1), "two thirds", "half a dozen",
    "three dozens", "negative one over 20", "10k", "2bn".
    """
    if any(c.isdigit() for c in text):
        text = SCIENTIFIC.sub(lambda m: _plain(_scientific(m.group(0))), GROUPED.sub(lambda m: re.sub(r"[^\d.]", "", m.group(0)), text))
    words = _words(text)
    if not words:
        return None
    sign = 1.0
    if words[0] in SIGNS:
        sign, words = -1.0, words[1:]
    elif words[0][:1] in "+-" and "/" in words[0]:  # "-4/5": a signed fraction
        sign, words = (-1.0 if words[0][0] == "-" else 1.0), [words[0][1:]] + words[1:]
    if "over" in words and not DIGITS_ONLY.match(words[0]):  # "one over 20" ("$10000 over 3 years" is no fraction)
        i = words.index("over")
        num, den = _value(words[:i]), _value(words[i + 1:])
        return sign * num / den if num is not None and den else None
    # "one hundred thirty-fifths": the hyphen binds "thirty-fifths" into one denominator (100/35, not 130/5)
    value = _ordinal_fraction(words) if len(words) > 2 and HYPHEN_ORDINAL_END.search(text.lower()) else None
    value = _value(words) if value is None else value
    if value is None and len(words) > 1:
        value = _ordinal_fraction(words)
    return None if value is None else sign * value


def _ordinal_fraction(words: list[str]) -> float | None:
    """ "three twenty-firsts" (3/21), "one hundred thirty-fifths" (100/35), "one one hundred
    fifth" (1/105): a whole number over a compound ordinal (plural, or singular after "one")."""
    plural = words[-1].endswith("s") and words[-1][:-1] in ORDINALS and words[-1] != "seconds"
    if not plural and words[-1] not in ORDINALS:
        return None
    last = words[-1][:-1] if plural else words[-1]
    for k in range(1, len(words)):
        if words[k] in SCALES or words[k] == "and" or (not plural and words[:k] not in (["one"], ["a"], ["an"])):
            continue
        numerator, denominator = _compound(words[:k]), parse_ordinal(" ".join(words[k:-1] + [last]))
        if numerator is not None and denominator is not None and denominator > 2 and len(words) - k > 1:
            return numerator / denominator
    return None


def _scientific(text: str) -> float:
    """ "1.3x10^6" -> 1.3e6, "12.32e+14", "2.5^-1" -> 0.4 (a power; "--" cancels)."""
    text = text.replace("\u2212", "-").replace(" ", "")
    m = re.fullmatch(r"([\d.]+)(?:[eE]|[x×]10\^?)([-+]?\d+)", text)
    if m:
        return float(m.group(1)) * 10 ** int(m.group(2))
    base, _, exponent = text.partition("^")
    digits = exponent.lstrip("+-")
    return float(base) ** (int(digits) * (-1) ** exponent[:len(exponent) - len(digits)].count("-"))


def _plain(value: float) -> str:
    return format(value, ".15f").rstrip("0").rstrip(".") if abs(value) < 1e15 else format(value, ".1f")


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2212", "-").replace("\u2013", " ").replace("\u00a0", " ")
    text = HYPHEN.sub(" ", text)  # "twenty-one", "fifty - two"
    out = []
    for word in text.split():
        word = word.strip(",;:()")
        word = word[:-1] if word.endswith(".") and not word[-2:-1].isdigit() else word
        if word:
            out.append("and" if word == "&" else DOZEN_ABBREVIATIONS.get(word, word))
    return out


def _value(words: list[str]) -> float | None:
    """Value of a word list with no sign: splits "X and a half [scale]" and "half a dozen"."""
    if not words:
        return None
    if "and" in words[1:-1]:
        split = _and_fraction(words)
        if split is not None:
            return split
    for tail, part in ((["and", "a", "half"], 0.5), (["and", "half"], 0.5), (["and", "a", "quarter"], 0.25),
                       (["and", "three", "quarters"], 0.75)):
        n = len(tail)
        for i in range(1, len(words) - n):
            if words[i:i + n] == tail and words[i + n] in SCALES:  # "five and a half million" = 5.5e6
                head, scale = _value(words[:i]), _value(words[i + n:])
                if head is None or scale is None:
                    return None
                if head >= scale:  # "one billion and a quarter million" = 1e9 + 2.5e5
                    return head + part * scale
                return (head + part) * scale
    if "of" in words[1:-1]:  # "two thirds of a million", "a quarter of a billion"
        i = words.index("of")
        part, whole = _compound(words[:i]), _value([w for w in words[i + 1:] if w not in {"a", "an"}] or ["x"])
        tail_is_scale = all(_word(w)[0] == "scale" for w in words[i + 1:] if w not in {"a", "an"})
        return part * whole if part is not None and whole is not None and part < 1 and tail_is_scale else None
    if words[:2] in (["half", "a"], ["half", "an"]):  # "half a dozen", "half a million"
        rest = _value(words[2:])
        return rest / 2 if rest is not None else None
    return _compound(words)


def _and_fraction(words: list[str]) -> float | None:
    """ "forty two and a third" (42.33), "3 million and a half" (3.5e6), "six million and two
    thirds" (6.67e6): a whole number, "and", then a fraction below one."""
    i = len(words) - 1 - words[::-1].index("and")
    head, tail = words[:i], words[i + 1:]
    if not tail or _word(tail[-1])[0] != "fraction":
        return None
    whole, part = _value(head), _compound(tail)
    if whole is None or part is None or part >= 1:
        return None
    scale = SCALES.get(head[-1].rstrip("s")) if head[-1].rstrip("s") in SCALES and len(head) > 1 else None
    if scale and scale >= 1000:
        return (whole / scale + part) * scale
    return whole + part


def _compound(words: list[str]) -> float | None:
    total, current, seen, last, big, tail = 0.0, 0.0, False, None, 0.0, 0.0
    for i, word in enumerate(words):
        if big and word in SCALES and SCALES[word] >= big:
            if last != "scale" or current or SCALES[word] == big:
                return None
            total, big = total * SCALES[word], SCALES[word]  # "three lakh crore" (3e12), "a thousand million"
            continue
        kind, number = _word(word)
        if kind is None:
            return None
        if kind == "and":
            if not seen or last not in {"scale", "digits"} or i == len(words) - 1:
                return None
            continue
        if kind == "multiplier":
            if last != "digits" or i != len(words) - 1:
                return None  # "2.33 k" ends the number; "12 m 2" is no number
            current *= number
            last = "scale"
            continue
        if kind == "slash":  # "2 1/2", "3/4"
            if not (last is None or (last == "digits" and current == int(current) and i == len(words) - 1)):
                return None
            current += number
            last, seen = "digits", True
            continue
        if kind == "point":  # "naught point five", "three point one four"
            decimals = _decimal_digits(words[i + 1:])
            return None if decimals is None else total + current + float("0." + decimals)
        if kind == "fraction":
            numerator = current if seen and last != "scale" else (current or 1)
            if word in {"first", "third", "fourth", "fifth"} and not seen or word == "first":
                return None  # "third countries", "a first class seat" are ordinals, not fractions
            singular = not word.endswith("s") and word not in {"half", "quarter"}
            if singular and (last == "tens" or total + numerator > 1):
                return None  # "twenty-fifth", "two hundredth": ordinals (parse_ordinal reads them)
            total, current = 0.0, (total + numerator) / number
            last, seen = kind, True
            continue
        if kind in {"unit", "tens", "digits", "article"} and seen and not _may_follow(last, kind, current, number):
            return None  # "fifty sixty": two numbers, not one
        if kind == "scale" and number == 12 and last in {"unit", "tens"} and current > tail:
            current += tail * 11  # "three hundred and two dozen" = 300 + 24: the dozen takes the words since the scale
            last, tail = kind, 0.0
            continue
        if kind == "scale":
            if number < 1000 and current >= number and not (i == 1 and last == "digits"):  # "322 hundred" = 32200
                return None  # "3 hundred and 2 hundred", "three million two million": two numbers
            current = (current or 1) * number
            if number >= 1000:
                total, current, big = total + current, 0.0, number
            tail = 0.0
        else:
            current += number
            tail += number
        last, seen = kind, True
    return total + current if seen else None


def _decimal_digits(words: list[str]) -> str | None:
    """Digits after "point": "one four" -> "14", "seventy-one" -> "71", "zero five" -> "05"."""
    kinds = [_word(w) for w in words]
    if kinds and all(k == "unit" and n <= 9 for k, n in kinds):
        return "".join(str(int(n)) for _, n in kinds)
    if words and words[0] in SPOKEN_ZEROS:
        rest = _decimal_digits(words[1:])
        return None if rest is None else "0" + rest
    value = _compound(words) if words and all(k in {"unit", "tens", "scale"} for k, _ in kinds) else None
    return str(int(value)) if value is not None and value == int(value) and value > 0 else None


def _may_follow(last: str | None, kind: str, current: float, number: float) -> bool:
    """Whether a unit/tens word can continue the number read so far ("twenty" + "one")."""
    if last in {None, "scale"}:
        return not (kind == "article" and last == "scale")
    if last == "tens":
        return kind == "unit" and 0 < number < 10
    if last == "article":
        return False
    return kind == "digits" and last == "and"


def _word(word: str) -> tuple[str | None, float]:
    if word in UNITS:
        return "unit", float(UNITS[word])
    if word in TENS:
        return "tens", float(TENS[word])
    if word in {"a", "an"}:
        return "article", 1.0
    for table, kind in ((SCALES, "scale"), ({"dozen": 12}, "scale")):
        base = word if word in table else word[:-1] if word.endswith("s") and word[:-1] in table else None
        if base:
            return kind, float(table[base])
    if word in {"and", "point"}:
        return word, 0.0
    if word in MULTIPLIERS:  # "2.33 k": only after digits (checked by the caller)
        return "multiplier", float(MULTIPLIERS[word])
    base = word if word in FRACTIONS else word[:-1] if word.endswith("s") and word[:-1] in FRACTIONS else None
    if base:
        return "fraction", float(FRACTIONS[base])
    if word in UNICODE_FRACTIONS:
        return "digits", UNICODE_FRACTIONS[word]
    slash = SLASH.fullmatch(word) if "/" in word else None
    den = int(slash.group(2)) if slash else 0
    if slash and (0 < den <= 10 or den > 31) and int(slash.group(1)) < den:  # "4/22" is a date; "1/40" no day
        return "slash", int(slash.group(1)) / int(slash.group(2))
    digits = parse_digits(word)
    return ("digits", digits) if digits is not None else (None, 0.0)


def parse_digits(word: str) -> float | None:
    """A number written with digits: "1,700", ".08", "-9.23", "2½", "10k", "2bn", "5.5m"."""
    match = NUMERIC.match(word)
    if match and (match.group(2) or match.group(3)):
        value = float((match.group(2) or "0").replace(",", "") + (match.group(3) or ""))
        return -value if match.group(1) == "-" else value
    if word and word[-1] in UNICODE_FRACTIONS and word[:-1].isdigit():
        return float(word[:-1]) + UNICODE_FRACTIONS[word[-1]]
    match = DIGIT_MULTIPLIER.match(word)
    if match and match.group(2).lower() in MULTIPLIERS:
        base = parse_digits(match.group(1))
        return None if base is None else base * MULTIPLIERS[match.group(2).lower()]
    return None


def parse_ordinal(text: str) -> float | None:
    """Value of an ordinal ("third", "53rd", "twenty-first"), or None."""
    words = _words(text)
    if not words:
        return None
    match = ORDINAL_DIGITS.match(words[-1])
    if match and len(words) == 1:
        return float(match.group(1))
    if words[-1] not in ORDINALS:
        return None
    if len(words) == 1:
        return float(ORDINALS[words[0]])
    if words[-2] not in TENS and words[-2] not in SCALES and words[-2] != "and" and ORDINALS[words[-1]] < 100:
        return None  # "one fifth", "a third" are fractions
    head_words = words[:-2] if words[-2] == "and" else words[:-1]  # "one hundred and fifth" (105)
    head = _compound(head_words)
    if head is None:
        return None
    rank = ORDINALS[words[-1]]
    return head * rank if rank >= 100 else head + rank  # "two hundredth", "twenty-fifth"


def approximation(preceding: str) -> str:
    """Approximation category of the words just before a number ("more than" -> more_than)."""
    text = " " + preceding.lower().strip() + " "
    for phrase, category in APPROXIMATORS:
        if text.endswith(" " + phrase + " "):
            return category
    return "exact"


def duration_unit(word: str) -> float | None:
    """Minutes in one unit of time ("hours" -> 60, "hourlong" -> 60), or None."""
    word = word.lower().replace("-long", "").replace("long", "")
    if word in DURATION_MINUTES:
        return DURATION_MINUTES[word]
    return DURATION_MINUTES.get(word[:-1]) if word.endswith("s") else None
