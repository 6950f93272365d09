"""Names said by their first words: Arab rulers by title and given name, chain names cut short.

Arab names run given name, "bin"/"ibn" father's name, family ("Tamim bin Hamad Al Thani"), and
a second mention keeps the front, not the back: "Sheikh Tamim", "King Salman", "Sabah
al-Ahmad" for "Sabah al-Ahmad al-Jaber al-Sabah". The father's name after "bin" is no surname:
"King Salman" is never "Mohammed bin Salman". Royal and religious honorifics are likewise
followed by a given name in any tradition ("Queen Margrethe", "Prince Harry"). Every rule
picks a person only when exactly one of the corpus fits: a name two people share stays open.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.actors.gazetteer import TITLE_WORDS
from helpers.actors.names import fold, same_spelling, spelling_key

PATRONYMICS = {"bin", "bint", "ibn"}
FAMILY_FIRST_MAX_LEN = 5  # one-syllable family names written first: "Xi", "Kim", "Wang", "Zhang"
FAMILY_PARTICLES = ("al-", "el-", "al ", "el ")
# Titles written before a given name rather than a surname: "King Salman", "Emir Tamim".
GIVEN_NAME_TITLES = {"king", "queen", "emir", "sheikh", "sheikha", "sultan", "prince", "princess",
                     "emperor", "empress", "pope", "crown", "sayyid", "shah", "amir", "his", "her"}


def is_chain_name(name: str) -> bool:
    """A name with Arabic particles: "Tamim bin Hamad Al Thani", "Sabah al-Ahmad al-Sabah"."""
    words = fold(name).split()
    return len(words) >= 2 and any(w in PATRONYMICS or w in {"al", "el"} or w.startswith(FAMILY_PARTICLES)
                                   for w in words[1:])


def is_patronymic_end(name: str) -> bool:
    """The last word is a father's name, not a family name: "Mohammed bin Salman"."""
    words = fold(name).split()
    return len(words) >= 3 and words[-2] in PATRONYMICS


def titled_by_given_name(surface: str) -> bool:
    """The mention puts an honorific before the name: "King Salman", "Sheikh Tameem"."""
    words = [w.lower().rstrip(".") for w in surface.replace("'s ", " ").split()]
    return any(w in GIVEN_NAME_TITLES for w in words[:-1])


def given_name_person(word: str, people: list[str], said_alone: set[str] = frozenset()) -> str | None:
    """The one person a lone first word names: the given name of an Arabic chain name,
    transliterations allowed ("Sheikh Tameem" for "Tamim bin Hamad Al Thani"), or a short
    family name written first ("Xi" for "Xi Jinping") of a person whose last word the corpus
    never uses alone (``said_alone``). A lone "Francis" is not "Francis Gary Powers", whom the
    corpus calls "Powers"; nor is "Tony" Tony Blair."""
    if not isinstance(word, str) or " " in word or len(word) < 2:
        return None
    chains, plain = _first_word_index(tuple(people))
    fits = {p for p in chains.get(spelling_key(word), ()) if same_spelling(p.split()[0], word)}
    if len(word) <= FAMILY_FIRST_MAX_LEN:
        fits |= {p for p in plain.get(fold(word), ()) if p.split()[-1] not in said_alone}
    return next(iter(fits)) if len(fits) == 1 else None


@lru_cache(maxsize=4)
def _first_word_index(people: tuple[str, ...]) -> tuple[dict, dict]:
    """Chain names by the spelling key of their given name, other names by their folded first
    word: one pass over the corpus's names, so each lookup is a dictionary access."""
    chains: dict[str, set] = {}
    plain: dict[str, set] = {}
    for p in people:
        if len(p.split()) >= 2:
            first = p.split()[0]
            if is_chain_name(p):
                chains.setdefault(spelling_key(first), set()).add(p)
            plain.setdefault(fold(first), set()).add(p)
    return chains, plain


def chain_prefix_person(name: str, people: list[str]) -> str | None:
    """The one longer chain name that ``name`` begins ("Sabah al-Ahmad" of "Sabah al-Ahmad
    al-Jaber al-Sabah"), cut where the next word is a particle."""
    short = fold(name).split()
    if len(short) < 2:
        return None
    fits = set()
    for person in _by_first_word(tuple(people)).get(short[0], ()):
        long_ = fold(person).split()
        if len(long_) > len(short) and long_[:len(short)] == short and _starts_part(long_[len(short)]):
            fits.add(person)
    return next(iter(fits)) if len(fits) == 1 else None


GENERATION_WORDS = {"jr", "sr", "ii", "iii", "iv"}


def second_surname_person(name: str, people: list[str]) -> str | None:
    """The one three-word name that ``name`` is without its last word: a second family name
    ("Jane Roe" of "Jane Roe Poe", as Spanish and Portuguese names run), never a generation
    ("Jr.") or a particle."""
    short = fold(name).replace(".", "").split()
    if len(short) != 2:
        return None
    fits = set()
    for person in _by_first_word(tuple(people)).get(short[0], ()):
        long_ = fold(person).replace(".", "").split()
        if len(long_) == 3 and long_[:2] == short and long_[2] not in GENERATION_WORDS | PATRONYMICS \
                and not _starts_part(long_[2]):
            fits.add(person)
    return next(iter(fits)) if len(fits) == 1 else None


@lru_cache(maxsize=4)
def _by_first_word(people: tuple[str, ...]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for p in people:
        index.setdefault(fold(p).split()[0], []).append(p)
    return index


def _starts_part(word: str) -> bool:
    return word in PATRONYMICS or word in {"al", "el"} or word.startswith(("al-", "el-"))


def first_family_names(by_surname: dict[str, list[str]]) -> dict[str, list[str]]:
    """The middle word of three-word names, as Spanish and Portuguese names run (given name,
    father's and mother's family names): "Roe" of "Jane Roe Poe". No initial, particle or title."""
    found: dict[str, list[str]] = {}
    for fulls in by_surname.values():
        for full in fulls:
            words = full.split()
            if len(words) == 3 and words[1][:1].isupper() and len(words[1].rstrip(".")) > 2 \
                    and words[1].lower() not in TITLE_WORDS and not is_patronymic_end(full):
                found.setdefault(words[1], []).append(full)
    return found
