"""Honorifics written around a person's name that are no part of it, by region.

Malaysian copy writes "Prime Minister Datuk Seri Ali Tun Hassan" for the man other outlets call
"Ali Hassan" ("Tun" there is his father's title); Gulf, Levantine and West African copy writes
"Sayyed", "Haji" or "Alhaji" before a name, Indian copy "Shri", Turkish copy "Sayın", Cambodian
copy "Samdech Techo", translated copy "Herr", "Señor" or "Comrade", and copy about clergy a rank
("Hojatoleslam", "Grand Ayatollah", "Metropolitan", "the Rev."). Kept in the name, the honorific
makes one person two actors, or the honorific alone ("Datuk Seri") a person. Titles of office
and the common Western and royal honorifics ("Mr", "Sheikh", "Prince") are ``TITLE_WORDS``.

Only whole phrases are honorifics: "Tan" and "Sri" alone are a surname and half a country's name.
"""

from __future__ import annotations

# Honorific phrases written before a name, lower case, without apostrophes ("Dato'" -> "dato").
# Clerical ranks written before a name, one list for the name readers (``actors.spans``), the
# title words (``gazetteer.TITLE_WORDS``) and the surname guard (``statements.surnames``).
CLERICAL_RANKS = frozenset({"ayatollah", "hojatoleslam", "hojjatoleslam", "hojatolislam", "imam", "mufti", "mullah",
                            "rabbi", "patriarch", "cardinal", "metropolitan", "bishop", "archbishop", "reverend"})
# Ranks that also open the names of firms, bodies and venues ("Cardinal Health", "the Metropolitan Opera").
RANKS_THAT_OPEN_NAMES = frozenset({"cardinal", "metropolitan", "bishop", "archbishop", "reverend"})

LEADING_HONORIFICS = {
    "malay": ("tan sri", "puan sri", "datuk seri", "dato seri", "dato sri", "datuk patinggi", "datin paduka",
              "datin seri", "toh puan", "datuk", "dato", "datin", "tun", "haji", "hajah", "hajjah"),
    "arabic": ("sayyed", "sayyid", "hajj", "alhaji", "alhaja", "alhajji"),
    "south asian": ("shri", "shrimati", "smt"),
    # Turkish "Sayın" ("esteemed") before a name in official copy: "Sayın Ali Veli".
    "turkish": ("sayın", "sayin"),
    # Cambodian royal-granted styles: "Samdech Akka Moha Sena Padei Techo Hun Sen".
    "khmer": ("samdech akka moha sena padei techo", "samdech techo", "samdech", "lok chumteav"),
    # Forms of address of other languages and of protocol: "Herr Roe", "His Excellency Jane Roe".
    "address": ("monsieur", "madame", "mademoiselle", "herr", "frau", "señor", "señora", "senor", "senora",
                "signor", "signora", "senhor", "senhora", "comrade", "mister", "his excellency", "her excellency",
                "his highness", "her highness", "his majesty", "her majesty", "the honourable", "the honorable",
                "honourable", "honorable"),
    # Words of remembrance before the name of the dead: "Martyr Ali Veli".
    "memorial": ("martyr", "the martyr"),
    # Clerical ranks: "Hojatoleslam Ali Reza", "Grand Ayatollah Ali Sistani", "the Rev. Jane Roe".
    "clerical": tuple(sorted(CLERICAL_RANKS)) + ("grand ayatollah", "hojjat ol-eslam", "grand mufti", "grand imam", "sheikh",
                                         "rev", "the reverend", "the rev"),
}
# Honorifics of an ancestor or a pilgrimage written inside a name that opened with an honorific
# of its region: "Ali Tun Hassan", "Rahim Haji Osman".
INNER_HONORIFICS = {"tun", "haji", "hajah", "hajjah"}
LEADING_PHRASES = sorted({tuple(p.split()) for phrases in LEADING_HONORIFICS.values() for p in phrases},
                         key=len, reverse=True)
HONORIFIC_WORDS = {w for phrase in LEADING_PHRASES for w in phrase}


def _phrases_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The leading phrases under their first word, longest first as in ``LEADING_PHRASES``."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in LEADING_PHRASES:
        found.setdefault(phrase[0], []).append(phrase)
    return found


PHRASES_BY_FIRST_WORD = _phrases_by_first_word()


def _key(word: str) -> str:
    return word.lower().replace("'", "").replace("\u2019", "").rstrip(".")


def leading_honorific(words: list[str]) -> int:
    """How many of the leading ``words`` are honorific phrases ("Datuk Seri Ali Hassan" -> 2)."""
    keys, at = [_key(w) for w in words], 0
    while True:
        candidates = PHRASES_BY_FIRST_WORD.get(keys[at], ()) if at < len(keys) else ()
        phrase = next((p for p in candidates if tuple(keys[at:at + len(p)]) == p), None)
        if phrase is None:
            return at
        at += len(phrase)


# Spellings of a title that are also given names ("Amir Peretz"): a title only beside another title.
TITLE_OR_NAME = {"amir"}


def is_honorific_only(words: list[str], titles: frozenset[str] = frozenset()) -> bool:
    """"Datuk Seri", "Tan Sri", "Amir Sheikh": honorifics and ``titles`` that name no one.

    ``titles``: the office and honorific words that are never names (``TITLE_WORDS``).
    """
    if not words:
        return False
    if leading_honorific(words) == len(words):
        return True
    keys = [_key(w) for w in words]
    proper = [k for k in keys if k in titles or k in HONORIFIC_WORDS]
    return bool(proper) and all(k in titles or k in HONORIFIC_WORDS or k in TITLE_OR_NAME for k in keys) \
        and len(proper) < len(keys)


def strip_honorifics(name: str) -> str:
    """A person's name without its honorifics: "Datuk Seri Ali Tun Hassan" -> "Ali Hassan".

    Inner honorifics go only after a leading one, and never the name's first or last word
    ("Tun" is a Burmese name word too). A name made only of honorifics comes back empty.
    """
    words = name.split()
    lead = leading_honorific(words)
    if lead == 0:
        return name
    rest = words[lead:]
    if len(rest) > 2:
        rest = [rest[0]] + [w for w in rest[1:-1] if _key(w) not in INNER_HONORIFICS] + [rest[-1]]
    return " ".join(rest)
