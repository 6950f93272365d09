"""Transliteration keys: one spelling-independent form of a name word.

Machine-translated and wire copy write one person many ways: vowels (Kerri / Kerry,
Shukri / Shoukry, Mahmud / Mahmoud, Ki-mun / Ki-moon), y / i / j (Benyamin / Benjamin,
Zelenskiy / Zelenskij / Zelensky), doubled letters, c / k / ch and ph / f (Karl / Carl,
Kristofer / Christopher), sh / s and -ich / -ic (Miloshevich / Milosevic), diacritics, the
Arabic "Abdel" / "Abdul" / "Abd al-". ``word_key`` folds these to one key; ``name_keys``
gives the keys of a whole name without its particles, so names can be compared word by word,
in any order (family name first or last) and with given names joined, hyphenated or spaced.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

# Particles that are not part of what identifies the person ("al-Sisi" / "el-Sisi" / "Sisi").
PARTICLES = {"al", "el", "bin", "ibn", "bint", "von", "van", "der"}
# Digraph and letter rewrites, applied in order on an accent-folded, lower-case word.
CONSONANT_FOLDS = (("tch", "c"), ("sch", "s"), ("ch", "c"), ("sh", "s"), ("zh", "j"), ("dj", "j"), ("dzh", "j"),
                   ("kh", "h"), ("ph", "f"), ("ck", "k"), ("q", "k"), ("c", "k"), ("w", "v"), ("x", "ks"))
VOWEL_FOLDS = (("ou", "u"), ("oo", "u"), ("ee", "i"), ("j", "i"), ("y", "i"), ("eh$", "e"), ("ah$", "a"),
               ("ei", "ai"))
# Arabic "servant of": Abdel / Abdul / Abdal / Abd el / Abd al all start the same name.
ABD_PREFIX = re.compile(r"^abd(?:el|ul|al|ol|il|ul|u|e)?")
ABD_WORDS = {"abd", "abdel", "abdul", "abdal", "abdol", "abdil"}
VOWELS = re.compile(r"(?<=.)[aeiou]")


def fold_accents(text: str) -> str:
    """Lower-case, accent-free text: "Çavuşoğlu" -> "cavusoglu"."""
    text = unicodedata.normalize("NFKD", text.replace("\u0131", "i"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration key of one word: "Shoukry" and "Shukri" -> "sukri"."""
    text = re.sub(r"[^a-z]", "", fold_accents(word))
    text = ABD_PREFIX.sub("abd", text)
    for pattern, repl in CONSONANT_FOLDS + VOWEL_FOLDS:
        text = re.sub(pattern, repl, text)
    return re.sub(r"(.)\1+", r"\1", text)


def name_words(name: str) -> list[str]:
    """The folded words of a name, hyphens split, particles and initials' dots dropped; an
    "Abd el Fattah" written in three words is joined as "Abdel Fattah" is."""
    words = fold_accents(name).replace("-", " ").replace(".", " ").replace("'", "").split()
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in ABD_WORDS:
            joined[-1] += word  # "Abdel Fattah" / "Abdul-Fattah" / "Abdelfattah"
        elif word not in PARTICLES or len(words) <= 2:
            joined.append(word)
    return joined or words


def name_keys(name: str) -> tuple[str, ...]:
    """Transliteration keys of a name's words: "Ban Ki-mun" -> ("ban", "ki", "mun")."""
    return tuple(word_key(w) for w in name_words(name))


def same_keys(a: str, b: str) -> bool:
    """Two names are written alike once transliterated: the same word keys, in any order
    ("Xi Jinping" / "Jinping Xi"), or the same letters with given names joined or split
    ("Ki-moon" / "Ki moon" / "Kimoon" beside one family name)."""
    ka, kb = name_keys(a), name_keys(b)
    if not ka or not kb or min(len(ka), len(kb)) < 2:
        return False
    if sorted(ka) == sorted(kb):
        return True
    return ka[0] == kb[0] and "".join(ka) == "".join(kb) or ka[-1] == kb[-1] and "".join(ka) == "".join(kb)


def skeleton(key: str) -> str:
    """A word key without its vowels but the first letter: "muhamad" / "mohamed" -> "mhmd"."""
    return VOWELS.sub("", key)


def one_letter_apart(a: str, b: str) -> bool:
    """Two word keys one letter apart ("bilt" / "bildt"), or apart only in their vowels
    ("muhamad" / "mohamed", "zaid" / "zaied"); short words must match exactly."""
    if min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    return Levenshtein.distance(a, b) <= 1 or (skeleton(a) == skeleton(b) and len(skeleton(a)) >= 2
                                               and Levenshtein.distance(a, b) <= 2)


def surname_key_match(a: str, b: str) -> bool:
    """The last words (surnames) of two names are one transliteration: "Kristofer" / "Christopher"."""
    ka, kb = name_keys(a), name_keys(b)
    return bool(ka and kb) and len(ka[-1]) >= 5 and ka[-1] == kb[-1]


def key_distance(a: str, b: str) -> int | None:
    """How many letters apart two names of the same shape are, word key by word key; None when
    they differ in shape or in more than one word. 0: the same transliteration."""
    if same_keys(a, b):
        return 0
    ka, kb = name_keys(a), name_keys(b)
    if len(ka) != len(kb) or len(ka) < 2:
        return None
    differing = [(x, y) for x, y in zip(ka, kb) if x != y]
    if not all(one_letter_apart(x, y) for x, y in differing):
        return None
    if sum(skeleton(x) != skeleton(y) for x, y in differing) > 1:
        return None  # vowels may differ in every word, letters in one only
    return len(differing)


def given_name_variant(a: str, b: str) -> bool:
    """The same long surname once transliterated, and given names alike but for their vowels
    and one letter ("Uoren Kristofer" / "Warren Christopher"). Loose: callers must check
    that country or office agree and that no other person fits."""
    ka, kb = name_keys(a), name_keys(b)
    if len(ka) != 2 or len(kb) != 2 or ka[-1] != kb[-1] or len(ka[-1]) < 6:
        return False
    ga, gb = skeleton(ka[0]), skeleton(kb[0])
    return min(len(ka[0]), len(kb[0])) >= 4 and len(ga) >= 3 and Levenshtein.distance(ga, gb) <= 1
