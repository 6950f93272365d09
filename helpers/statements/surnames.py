"""Speakers written as a bare surname or with initials: "B.Petrov declared", "Ruiz A., for her
part, noted", "Hague told reporters" (a surname that is also a place), "O'Leary says" (an apostrophe in the name).

The tagger often misses these forms, or takes the surname for a place, so the subject would
stay an anonymous label or become a country. When the article names exactly one person with
that surname, the speaker is that person; a form with initials is a person even when the
article names no one else of that surname.
"""

from __future__ import annotations

import re

from helpers.actors.honorifics import CLERICAL_RANKS
from helpers.actors.names import fold

INITIAL = re.compile(r"^[A-Z][a-z]?$")  # "B", "Sh": initials once the dots are split off
PLACE_TYPES = {"country", "place"}
MIN_SURNAME = 3
GENERATION_WORDS = {"jr", "sr", "ii", "iii", "iv"}
# Capitalised titles that stand alone as subjects ("The Minister affirmed"): not surnames.
TITLE_WORDS = {"president", "minister", "secretary", "chancellor", "premier", "king", "queen", "emir", "prince",
               "general", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "official", "chairman",
               "director", "governor", "mayor", "senator", "leader", "commander", "pope", "sheikh", "sultan"} | CLERICAL_RANKS


def surname_form(surface: str) -> tuple[str, bool] | None:
    """(surname, has initials) of a surface that is one surname, with or without initials."""
    words = [w for w in re.split(r"[\s.]+", surface.strip()) if w]
    long = [w for w in words if len(w) >= MIN_SURNAME]
    short = [w for w in words if len(w) < MIN_SURNAME]
    if len(long) != 1 or not re.sub(r"[-'\u2019]", "", long[0]).isalpha() or not long[0][:1].isupper() or long[0].isupper() \
            or long[0].lower() in TITLE_WORDS:
        return None
    if not all(INITIAL.match(w) for w in short) or (short and "." not in surface):
        return None
    return long[0], bool(short)


def _words(name) -> set[str]:
    return {w.lower() for w in re.split(r"[\s.]+", str(name or "")) if w}


def _last_word(name) -> str:
    words = str(name or "").replace("\u2019", "'").split()
    return words[-1].lower().removesuffix("'s").strip(".,") if words else ""


def corpus_surnames(actors) -> dict[str, list[str]]:
    """Surname -> the corpus's people of two words or more with that surname (actors table)."""
    found: dict[str, list[str]] = {}
    for actor in actors.loc[actors["type"].eq("person"), "actor"].dropna():
        name = _without_generation(actor)  # "Jane Roe Jr." is a Roe
        if len(name.split()) >= 2:
            found.setdefault(_last_word(name), []).append(actor)
    return found


def _without_generation(name) -> str:
    return " ".join(w for w in str(name or "").split() if w.lower().strip(".,") not in GENERATION_WORDS)


def _named_in(word: str, mentions: list[dict]) -> bool:
    """Some mention of the article has the word in its name ("Roe" in "Jane Roe Jr.", "Roe Holdings")."""
    return any(word in _words(m.get("actor")) | _words(m.get("surface")) for m in mentions)


def person_by_surname(surface: str, hits: list[dict], mentions: list[dict], country_of: dict,
                      corpus: dict[str, list[str]] | None = None) -> tuple | None:
    """(speaker, "person", country) for a surname-shaped subject, else None.

    Args:
        surface: the subject as written ("B.Petrov", "Hague").
        hits: the mentions inside the subject span (a person found there needs no help).
        mentions: the article's resolved mentions.
        country_of: actor -> country.
        corpus: ``corpus_surnames`` of the actors table: with no one of that surname in the
            article ("Jane Roe" untagged in a live blog, then "Roe said"), the corpus's one person
            of that surname.
    """
    found = surname_form(surface)
    if found is None:
        return person_by_full_name(surface, hits, country_of, corpus)
    surname, initials = found
    if initials:  # "Lopez J." taken by the tagger for a person of that very form: not a full name
        hits = [m for m in hits if not (m["type"] == "person" and _words(m["actor"]) <= _words(surface))]
    if any(m["type"] == "person" for m in hits):
        return None
    # a place or nothing: "Hague" tagged as The Hague; an organisation of that name stays itself
    if any(m["type"] not in PLACE_TYPES for m in hits):
        return None
    people = {m["actor"]: m for m in mentions if m["type"] == "person" and m["actor"]
              and surname.lower() in {_last_word(_without_generation(m["actor"])), _last_word(m.get("surface"))}}
    if len(people) == 1:
        actor, mention = next(iter(people.items()))
        country = country_of.get(actor) or mention.get("country")
        return actor, "person", country if isinstance(country, str) else None
    if initials and not people:
        return surface.strip(), "person", None
    # only when the article names nothing with that word: its own "Jane Roe Jr." or "Roe Holdings" is
    # whom it means, not another Roe of the corpus
    bearers = (corpus or {}).get(surname.lower(), []) if not hits and not _named_in(surname.lower(), mentions) else []
    if len(bearers) == 1:
        country = country_of.get(bearers[0])
        return bearers[0], "person", country if isinstance(country, str) else None
    return None


# Particles written in lower case inside a surname: "Marcel de Souza", "Ursula von Lenz".
NAME_PARTICLES = {"de", "da", "do", "dos", "das", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "bin", "ibn"}
COURTESY_TITLES = {"mr", "mrs", "ms", "miss", "dr"}


def person_by_full_name(surface: str, hits: list[dict], country_of: dict, corpus: dict[str, list[str]] | None) -> tuple | None:
    """(speaker, "person", country) for a subject written as a full name the tagger missed in this
    article ("Ana Ruiz, for her part, said" untagged here, tagged elsewhere): the corpus's person of
    exactly that name, or the one person of the corpus whose surname it ends with ("de Souza")."""
    if hits or not corpus:
        return None
    words = [w for w in surface.replace(".", " ").split() if w.lower() not in COURTESY_TITLES]
    if not 2 <= len(words) <= 4 or words[-1].lower() in TITLE_WORDS \
            or not all(w in NAME_PARTICLES or w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
        return None
    bearers = corpus.get(words[-1].lower(), [])
    found = [b for b in bearers if fold(b) == fold(" ".join(words))]
    if not found and words[0] in NAME_PARTICLES and len(bearers) == 1 and fold(bearers[0]).endswith(" " + fold(" ".join(words))):
        found = bearers  # "de Souza": a surname with its particle names the corpus's one bearer of it
    if len(found) != 1:
        return None
    country = country_of.get(found[0])
    return found[0], "person", country if isinstance(country, str) else None
