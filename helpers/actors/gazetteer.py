"""The curated, user-editable actor lists in ``data/``: ``gazetteer.csv`` and ``countries.csv``.

``gazetteer.csv`` (actor, type, country, role, aliases) names people and organisations
of an event; extend it for a new event. ``countries.csv`` (code, country, aliases,
adjectives, capital, government) lets the code tie "Russian", "Moscow" and "the Kremlin" to
Russia. Neither list is required for an actor to be found: they only add canonical
spellings, types and countries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers import paths
from helpers.actors.honorifics import CLERICAL_RANKS

TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "prime", "minister", "chancellor",
    "secretary", "general", "gen", "senator", "sen", "rep", "representative", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "foreign", "defence", "defense", "king", "queen",
    "prince", "premier", "governor", "mayor", "vice", "deputy", "adviser", "advisor", "envoy",
    "pope", "captain", "colonel", "lieutenant", "admiral", "state", "counselor", "chairman",
    # Honorifics written before Arab, royal and clerical names: "Emir Sheikh Tamim", "Crown Prince"
    # (the clerical ranks are ``CLERICAL_RANKS``, added below).
    "emir", "sheikh", "sheikha", "sultan", "crown", "princess", "emperor", "empress", "supreme",
    # Offices outside government, so "CEO" or "Commander" is not taken for a first name.
    "ceo", "chief", "director", "commander", "chair", "chairwoman", "chairperson", "president-elect",
    # Offices of other systems and qualifiers of an office: "State Councilor", "Special
    # Representative", "Speaker", "acting President", "His Highness", "Lord".
    "councilor", "councillor", "commissioner", "speaker", "marshal", "special", "acting", "interim",
    "former", "highness", "majesty", "excellency", "lord", "baroness", "rev",
    "professor", "prof",
    # Words of a diplomatic rank, never a name: "Ambassador Extraordinary and Plenipotentiary".
    "extraordinary", "plenipotentiary",
} | (CLERICAL_RANKS - {"metropolitan"})  # "Metropolitan" stays a name word ("the Metropolitan Police")


SHORT_ACRONYM_MAX = 3  # "UN", "EU", "US": matched case-sensitively
# A state's formal style before its short name, as official and translated copy writes it:
# "the Republic of Azerbaijan", "the Kingdom of Norway". Used only when the whole form is no
# alias (so "Democratic Republic of the Congo" keeps its own entry).
FORMAL_STATE = re.compile(r"^(?:the\s+)?(?:(?:federal|islamic|united|hashemite|plurinational|socialist|bolivarian|arab|oriental)\s+)?"
                          r"(?:republic|kingdom|state|sultanate|principality|grand duchy|commonwealth|federation)"
                          r"\s+of\s+(?:the\s+)?", re.I)


@dataclass(frozen=True)
class Entry:
    """One canonical actor of the lists."""

    actor: str
    type: str
    country: str
    role: str


@dataclass(frozen=True)
class Country:
    """One country: code, canonical name, capitals and the seat of its government."""

    code: str
    name: str
    capitals: tuple[str, ...]
    governments: tuple[str, ...]
    adjectives: tuple[str, ...]


def _split(cell) -> list[str]:
    return [p.strip() for p in str(cell or "").split(";") if p.strip() and p.strip() != "nan"]


LEADING_THE = re.compile(r"^(the)\s+", re.I)
SPACES = re.compile(r"\s+")
# The people of data/gazetteer.csv hold their offices as of this day; another year's holder may differ
OFFICES_AS_OF = pd.Timestamp("2022-02-15")
OFFICE_YEARS_VALID = 1  # articles this many years either side of it may take the gazetteer's holders unnamed
MEMO_MAX = 1 << 16  # distinct surface forms remembered by key/lookup/country_code (cleared when full)


def key(text: str) -> str:
    """Lookup key for a surface form: case-folded, dots and "the " dropped, spaces collapsed."""
    return _remembered(_KEYS, text, _key)


def _key(text: str) -> str:
    text = LEADING_THE.sub("", text.strip())
    text = text.replace("\u2019", "'").replace(".", "")
    return SPACES.sub(" ", text).casefold()


_KEYS: dict[str, str] = {}


def _remembered(memo: dict, surface, compute):
    """A pure function's result for a surface form, computed once (each article repeats its names)."""
    if type(surface) is not str:
        return compute(surface)
    if surface not in memo:
        if len(memo) >= MEMO_MAX:
            memo.clear()
        memo[surface] = compute(surface)
    return memo[surface]


class Gazetteer:
    """Alias index over the actor and country lists."""

    def __init__(self, entries: pd.DataFrame, countries: pd.DataFrame):
        self.index: dict[str, Entry] = {}
        self.surface_forms: set[str] = set()
        self.countries: dict[str, Country] = {}
        self.country_of_word: dict[str, str] = {}
        self.capital_of: dict[str, str] = {}
        self.short_acronyms: set[str] = set()
        self._lookups: dict[str, Entry | None] = {}
        self._codes: dict[str, str | None] = {}
        self._aliases: list[str] | None = None
        for row in countries.fillna("").itertuples():
            self._add_country(row)
        for row in entries.fillna("").itertuples():
            entry = Entry(row.actor, row.type, row.country, row.role)
            for alias in [row.actor, *_split(row.aliases)]:
                self._add_alias(alias, entry)

    def _add_country(self, row) -> None:
        capitals = tuple(_split(row.capital))
        country = Country(row.code, row.country, capitals, tuple(_split(row.government)), tuple(_split(row.adjectives)))
        self.countries[row.code] = country
        for alias in [row.country, *_split(row.aliases)]:
            self._add_alias(alias, Entry(row.country, "country", row.code, ""), replace=True)
            self.country_of_word[key(alias)] = row.code
        for word in _split(row.adjectives) + list(country.governments) + list(capitals):
            self.country_of_word.setdefault(key(word), row.code)
        for capital in capitals:
            self.capital_of[key(capital)] = row.code
            self.index.setdefault(key(capital), Entry(capitals[0], "place", row.code, f"capital of {row.country}"))
            self.surface_forms.add(capital)
        for seat in country.governments:
            self.surface_forms.add(seat)

    def _add_alias(self, alias: str, entry: Entry, replace: bool = False) -> None:
        if replace:
            self.index[key(alias)] = entry
        else:
            self.index.setdefault(key(alias), entry)
        self.surface_forms.add(alias)
        if alias.replace(".", "").isupper() and len(key(alias)) <= SHORT_ACRONYM_MAX:
            self.short_acronyms.add(key(alias))

    def lookup(self, surface: str) -> Entry | None:
        """The entry a surface form names, or None.

        Short acronyms match only in capitals: "Un" of "Kim Jong Un" is not the UN, "Us" not
        the US (longer ones keep their house styles: "Nato" is NATO).
        """
        return _remembered(self._lookups, surface, self._lookup)

    def _lookup(self, surface: str) -> Entry | None:
        k = key(surface)
        if self._case_mismatch(k, surface):
            return None
        found = self.index.get(k)
        if found is None and FORMAL_STATE.match(surface.strip()):
            short = self.index.get(key(FORMAL_STATE.sub("", surface.strip())))
            found = short if short is not None and short.type == "country" else None
        return found

    def _case_mismatch(self, k: str, surface: str) -> bool:
        return k in self.short_acronyms and not LEADING_THE.sub("", surface.strip()).isupper()

    def country_code(self, word: str) -> str | None:
        """Country code for a country name, adjective, capital or seat of government."""
        return _remembered(self._codes, word, self._country_code)

    def _country_code(self, word: str) -> str | None:
        k = key(word)
        if self._case_mismatch(k, word):
            return None
        code = self.country_of_word.get(k)
        if code is None and FORMAL_STATE.match(word.strip()):
            short = self.index.get(key(FORMAL_STATE.sub("", word.strip())))
            code = short.country if short is not None and short.type == "country" else None
        return code

    def aliases(self) -> list[str]:
        """Every surface form the lists know, as written (for a case-sensitive PhraseMatcher)."""
        if self._aliases is None:  # the lists never change once loaded; built once, not per article
            forms = {f for f in self.surface_forms if len(f) > 1}
            self._aliases = sorted(forms | {f.removeprefix("the ") for f in forms})
        return list(self._aliases)


@lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Load ``gazetteer.csv`` and ``countries.csv`` from ``folder`` (default ``data/``)."""
    base = Path(folder) if folder else paths.DATA_DIR
    entries = _read(base / "gazetteer.csv", ["actor", "type", "country", "role", "aliases"])
    countries = _read(base / "countries.csv", ["code", "country", "aliases", "adjectives", "capital", "government"])
    return Gazetteer(entries, countries)


def _read(path: Path, columns: list[str]) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame(columns=columns)
    return pd.read_csv(path, dtype=str, keep_default_na=False)
