"""Comparing person names: are two spellings one person?

Used per article (``mentions``: which full name a lone surname stands for) and across the
corpus (``canonical``: merging transliterations, misspellings and nicknames).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

NAME_VARIANT_MIN_RATIO = 85  # "Volodymyr Zelenskiy" vs "Volodymyr Zelenskyy" scores 95
# Short first names written beside the full one (only the first name differs): the commonest
# English diminutives and a few Slavic and Hebrew ones. No nickname list ships with the locked
# libraries, so this small table stands in; "Steve" / "Steven" and the like need no entry
# (a first name that begins the other is accepted).
NICKNAMES = {"joe": "joseph", "tony": "antony", "bill": "william", "billy": "william", "will": "william",
             "bob": "robert", "bobby": "robert", "rob": "robert", "mike": "michael", "jim": "james",
             "jimmy": "james", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard",
             "liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "alex": "alexander",
             "sasha": "alexander", "dima": "dmitry", "vova": "vladimir", "ben": "benjamin", "bibi": "benjamin",
             "ted": "edward", "teddy": "edward", "ed": "edward", "sam": "samuel", "dan": "daniel",
             "nick": "nicholas", "jack": "john", "johnny": "john", "chuck": "charles", "charlie": "charles",
             "dave": "david", "chris": "christopher", "kate": "katherine", "peggy": "margaret",
             "maggie": "margaret", "larry": "lawrence", "jerry": "gerald", "harry": "henry", "hank": "henry",
             "andy": "andrew", "greg": "gregory", "matt": "matthew", "pat": "patrick", "fred": "frederick",
             "ron": "ronald", "don": "donald", "ken": "kenneth", "jeff": "jeffrey", "tim": "timothy",
             "pete": "peter", "sue": "susan", "jenny": "jennifer", "abe": "abraham", "misha": "mikhail"}


def is_nickname(a: str, b: str) -> bool:
    """One folded first name is a diminutive of the other ("bobby" / "robert")."""
    return NICKNAMES.get(a) == b or NICKNAMES.get(b) == a


# Particles inside Arabic names: "bin"/"ibn"/"bint" (son or daughter of) and "al-"/"el-"
# (of the family): "Adel al-Jubeir" is filed under "Jubeir", as "Adel Al Jubair" is.
NAME_PARTICLES = {"al", "el", "bin", "bint", "ibn"}
# Long-vowel and diphthong spellings of one sound in transliterated names: "Tameem" / "Tamim",
# "Jubeir" / "Jubair", "Haniyeh" / "Haniya", "Youssef" / "Yusef".
SPELLING_FOLDS = (("ee", "i"), ("ii", "i"), ("oo", "u"), ("ou", "u"), ("ei", "ai"), ("ay", "ai"),
                  ("aa", "a"), ("uu", "u"), ("eh$", "a"), ("ah$", "a"), ("y$", "i"))


@lru_cache(maxsize=1 << 16)  # asked for the same names thousands of times per corpus
def fold(name: str) -> str:
    """Case- and accent-folded name: "Mevlüt Çavuşoğlu" -> "mevlut cavusoglu"."""
    text = unicodedata.normalize("NFKD", name.replace("\u0131", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def different_initials(a: str, b: str) -> bool:
    """The names differ in an initial written in both: different people ("John A. Smith")."""
    initials = lambda n: [w.strip(".") for w in n.split()[:-1] if len(w.strip(".")) == 1]
    return bool(initials(a)) and bool(initials(b)) and initials(a) != initials(b)


GENERATION_WORDS = {"jr", "sr", "junior", "senior", "ii", "iii", "iv"}  # father and son share the rest


def generation(name: str) -> str:
    """The generational suffix of a name ("jr" of "Donald Trump Jr."), else ""."""
    last = fold(name).replace(".", " ").replace(",", " ").split()[-1:]
    return last[0] if last and last[0] in GENERATION_WORDS else ""


WORD_VARIANT_MIN_RATIO = 75  # "Jubeir" / "Jubair" 83; "Ahmad" / "Salem" 20


def different_word(a: str, b: str) -> bool:
    """Names of three words or more, word for word alike but for one whole word that is no
    spelling of the other: two people of one family ("Kim Jong Il" / "Kim Jong Un")."""
    wa, wb = name_words(a), name_words(b)
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    return any(x != y and not same_spelling(x, y) and fuzz.ratio(x, y) < WORD_VARIANT_MIN_RATIO
               and not (len(x) == 1 or len(y) == 1) and not sound_alike(x, y) for x, y in zip(wa, wb))


def same_person(a: str, b: str) -> bool:
    """Two spellings of one full name: close overall, or the same surname (one letter of
    slack, or one sound) with first names that are variants or one a nickname of the other."""
    if different_word(a, b) or generation(a) != generation(b):
        return False  # "Nawaf bin Ahmad al-Sabah" / "Nawaf bin Salem al-Sabah"; "Donald Trump Jr." / "Donald Trump"
    a, b = fold(a), fold(b)
    if different_initials(a, b):
        return False  # "George H. W. Bush" and "George W. Bush"
    if swapped_order(a, b):
        return True  # "Kishida Fumio" in Japanese order beside "Fumio Kishida"
    if different_given_names(a, b):
        return False  # "Sahel Khashoggi" and his nephew "Salah Khashoggi"
    if fuzz.ratio(a, b) >= NAME_VARIANT_MIN_RATIO or names_sound_alike(a, b):
        return True
    first_a, last_a = a.split()[0], a.split()[-1]
    first_b, last_b = b.split()[0], b.split()[-1]
    if len(a.split()) != len(b.split()) or min(len(last_a), len(last_b)) < 4:
        return False
    # "Richard Tchainy" (Cheney back-transliterated from Arabic copy) beside "Dick Cheney": one sound
    if not (last_a == last_b or (min(len(last_a), len(last_b)) >= 5 and fuzz.ratio(last_a, last_b) >= 80)
            or surnames_sound_alike(last_a, last_b)):
        return False
    short, long_ = sorted((first_a, first_b), key=len)
    return (is_nickname(short, long_)
            or (len(short) >= 3 and (long_.startswith(short) or long_.endswith(short))))


def swapped_order(a: str, b: str) -> bool:
    """Two-word folded names written in the two orders, family name first in one ("kishida
    fumio" / "fumio kishida"): the same words, neither an initial."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) == 2 and wa != wb and wa == wb[::-1] and min(map(len, wa)) > 2


def different_given_names(a: str, b: str) -> bool:
    """Folded two-word names whose first words are both written out and are no spelling,
    sound or nickname of each other ("sahel" / "salah"; not "sergei" / "sergey", "bill" /
    "william"). Longer names agree on more than the surname and are left to ``different_word``
    ("Rajab Tayyeb Erdogan" is "Recep Tayyip Erdogan")."""
    x, y = a.split()[0].strip("."), b.split()[0].strip(".")
    if len(a.split()) != 2 or len(b.split()) != 2 or min(len(x), len(y)) <= 1 or x == y:
        return False
    short, long_ = sorted((x, y), key=len)
    kx, ky = sound_key(x), sound_key(y)  # "Tayyeb" / "Tayyip": "taib" / "taip"
    return not (same_spelling(x, y) or kx[:1] == ky[:1] and fuzz.ratio(kx, ky) >= WORD_VARIANT_MIN_RATIO
                or fuzz.ratio(x, y) >= WORD_VARIANT_MIN_RATIO
                or is_nickname(x, y) or long_.startswith(short) or long_.endswith(short))


def name_words(name: str) -> list[str]:
    """Folded words of a name without hyphens and Arabic particles: "Sheikh Tamim bin Hamad
    Al-Thani" -> ["sheikh", "tamim", "hamad", "thani"]."""
    words = fold(name).replace("-", " ").replace(".", " ").split()
    kept = [w for w in words if w not in NAME_PARTICLES]
    return kept or words


def block_keys(name: str) -> set[str]:
    """Initials under which a name is compared with others: of its first and of its last
    word, so a family name written first ("Lee Myung Bak" / "Lee Myung-bak") or behind a
    particle ("Adel al-Jubeir" / "Adel Al Jubair") meets its variants; and of their sound
    keys, so "Warren" meets "Uoren"."""
    words = name_words(name)
    return {words[0][:1], words[-1][:1], sound_key(words[0])[:1], sound_key(words[-1])[:1]} - {""} if words else set()


# Letters one sound is written with across transliterations, applied in order: "Christopher" /
# "Kristofer", "Charles" / "Sharl", "Walid" / "Valid", "Hassan" / "Hacen", "Warren" / "Uoren"
# (names back-transliterated from Russian or French copy). Vowels keep three classes, so
# "Mohammed" and "Mahmoud" stay apart.
SOUND_RULES = tuple((re.compile(p), r) for p, r in (
    (r"^(?:al|el|ad|as|ash|at|az|ar|an)-", ""), (r"^ye", "e"), (r"wh", "hw"), (r"tch", "ch"), (r"sch", "sh"),
    (r"ph", "f"), (r"th", "t"),
    (r"dh", "d"), (r"kh", "h"), (r"ck", "k"), (r"q", "k"), (r"^chr", "kr"), (r"ch(?=[^aeiouy]|$)", "k"),
    (r"ch", "sh"), (r"c(?=[eiy])", "s"), (r"c", "k"), (r"w", "v"), (r"x", "ks"), (r"^u(?=[aeio])", "v"),
    (r"(?<=..)s$", ""), (r"[eiy]", "i"), (r"[ou]", "u"), (r"(?<=[^aiu])a$", ""), (r"(.)\1+", r"\1"), (r"-", "")))
SOUND_MIN_LEN = 5  # shorter keys must be equal: "Kerry" / "Kirby" are two people
SOUND_MIN_RATIO = 80  # "vurin" / "varin" (Uoren / Warren) 80, "sharl" / "sharli" 91
# Long keys allow one letter apart, not two: "lukashivik" / "lukashinku" (Lukashevich, a
# spokesman, / Lukashenko, a president) score 80; "gurbashiuv" / "gurbashiv" 95.
SOUND_LONG_LEN, SOUND_LONG_MIN_RATIO = 8, 85


# Letters some transliterations write for "th": the Arabic tha as "s" in Turkish and Russian copy
# ("Al-Sani" for "Al Thani"); the second key of a word spelled with "th".
TH_AS_S = re.compile(r"th")


@lru_cache(maxsize=1 << 16)  # the corpus's surnames are compared with each other many times
def sound_key(word: str) -> str:
    """A word as it sounds, spelling conventions folded: "Christopher" -> "kristufir"."""
    key = re.sub(r"[^a-z-]", "", fold(word))
    for pattern, repl in SOUND_RULES:
        key = pattern.sub(repl, key)
    return key


# The Arabic article written glued to the name: "Elaraby" is "al-Arabi", "Albusaidi" "Al Busaidi".
GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[a-z]{4})")


def sound_keys(word: str) -> set[str]:
    """The sound keys of a word: ``sound_key``, for a "th" the key with "s" for it ("Thani"
    -> {"tani", "sani"}), and for a glued article the key without it ("Elaraby" -> "arabi")."""
    folded = fold(word)
    keys = {sound_key(word)}
    if "th" in folded:
        keys.add(sound_key(TH_AS_S.sub("s", folded)))
    if GLUED_ARTICLE.match(folded):
        keys.add(sound_key(GLUED_ARTICLE.sub("", folded)))
    return keys


def sound_alike(a: str, b: str) -> bool:
    """Two words are one name in two transliterations: equal sound keys ("Thani" / "Sani"),
    or long keys with the same first letter and at most a letter or two apart."""
    if sound_keys(a) & sound_keys(b):
        return True
    ka, kb = sound_key(a), sound_key(b)
    shorter = min(len(ka), len(kb))
    least = SOUND_LONG_MIN_RATIO if shorter >= SOUND_LONG_LEN else SOUND_MIN_RATIO
    return ka == kb or (ka[:1] == kb[:1] and shorter >= SOUND_MIN_LEN and fuzz.ratio(ka, kb) >= least)


def surnames_sound_alike(a: str, b: str) -> bool:
    """Two surnames of one sound, a letter or a vowel apart at most ("Tchainy" / "Cheney":
    "shaini" / "shini"); not two names one vowel changes ("Baker" / "Becker")."""
    if sound_keys(a) & sound_keys(b):
        return True
    ka, kb = sound_key(a), sound_key(b)
    return ka[:1] == kb[:1] and min(len(ka), len(kb)) >= SOUND_MIN_LEN and fuzz.ratio(ka, kb) >= SOUND_LONG_MIN_RATIO


def names_sound_alike(a: str, b: str) -> bool:
    """Full names word for word alike in sound, initials and particles aside: "Uoren
    Kristofer" / "Warren Christopher", "Muhammad bin Zaid" / "Mohamed bin Zayed"."""
    wa = [w for w in name_words(a) if len(w) > 1]
    wb = [w for w in name_words(b) if len(w) > 1]
    return len(wa) >= 2 and len(wa) == len(wb) and all(sound_alike(x, y) for x, y in zip(wa, wb))


@lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """One word with transliteration spellings folded: "Tameem" -> "tamim", "Haniyeh" -> "haniya"."""
    import re

    text = re.sub(r"[^a-z]", "", fold(word))
    for pattern, repl in SPELLING_FOLDS:
        text = re.sub(pattern, repl, text)
    return re.sub(r"(.)\1+", r"\1", text)  # doubled letters: "Mohammed" / "Mohamed"


def same_spelling(a: str, b: str) -> bool:
    """Two words are transliterations of one name ("Tameem" / "Tamim"): equal once long
    vowels, diphthongs and doubled letters are folded. Short words must match exactly."""
    if fold(a) == fold(b):
        return True
    ka, kb = spelling_key(a), spelling_key(b)
    return min(len(ka), len(kb)) >= 4 and ka == kb


# Honorifics that say a person's gender: "Mr. Trump", "Mrs. Clinton".
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


@lru_cache(maxsize=1)
def _first_name_genders() -> dict[str, str]:
    from helpers import paths

    with open(paths.DATA_DIR / "first_names.csv", encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {r["name"].lower(): r["gender"] for r in rows}


def is_given_name(word: str) -> bool:
    """A given name ``data/first_names.csv`` knows ("Jane")."""
    return fold(word) in _first_name_genders()


def name_gender(full_name: str) -> str | None:
    """"m" or "f" from a full name's first word when ``data/first_names.csv`` knows it."""
    words = fold(full_name).split()
    return _first_name_genders().get(words[0]) if words else None
