"""Canonical actors across the corpus: the ``actors`` table and the finished ``mentions``.

Per-article mentions arrive resolved as far as one article allows. Here, across all
articles: spelling and transliteration variants of a name are merged (Zelenskyy /
Zelenskiy, Sergey / Sergei), surnames are tied to the full name used elsewhere in the
corpus, and role descriptions ("the Russian leader") to the person holding that office.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from rapidfuzz import fuzz

from .actors import MENTION_COLUMNS
from .gazetteer import Gazetteer

ACTOR_COLUMNS = ["actor", "type", "country", "role", "aliases", "n_mentions", "n_articles"]
NAME_VARIANT_MIN_RATIO = 85  # "Volodymyr Zelenskiy" vs "Volodymyr Zelenskyy" scores 95
ROLE_FAMILY_WORDS = {
    "leader": ("president", "prime minister", "chancellor", "leader", "premier", "king"),
    "minister": ("minister", "secretary"),
    "aide": ("aide", "adviser", "advisor"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "envoy": ("ambassador", "envoy"),
}


def resolve_mentions(mentions: pd.DataFrame, gaz: Gazetteer) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Finish actor resolution across articles.

    Args:
        mentions: per-article mention rows (``actors.extract_mentions`` plus article_id).
        gaz: actor and country lists.

    Returns:
        ``(mentions, actors)``: mentions with MENTION_COLUMNS, every one naming an actor of
        ``actors`` (ACTOR_COLUMNS). Role descriptions no person fits are dropped.
    """
    if mentions.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS)
    m = mentions.copy()
    m["actor"] = m["actor"].astype(object)
    m["actor"] = m["actor"].map(merge_name_variants(m)).astype(object)
    full = full_name_index(m)
    open_surname = m["actor"].isna() & m["resolved_by"].eq("surname")
    m.loc[open_surname, "actor"] = [full.get(s, s) for s in m.loc[open_surname, "surface"].map(_bare_surname)]
    m.loc[open_surname & m["actor"].isin(full.values()), "resolved_by"] = "surname in corpus"
    m.loc[open_surname & ~m["actor"].isin(full.values()), "resolved_by"] = "surname only"
    roles = person_roles(m, gaz)
    is_role = m["resolved_by"].eq("role description")
    m.loc[is_role, "actor"] = [resolve_role(r, m, roles) for r in m[is_role].itertuples()]
    m = m[m["actor"].notna()].reset_index(drop=True)
    if m.empty:
        return pd.DataFrame(columns=MENTION_COLUMNS), pd.DataFrame(columns=ACTOR_COLUMNS)
    return m[MENTION_COLUMNS], build_actors(m, roles, gaz)


def _bare_surname(surface: str) -> str:
    from .actors import clean_surface, strip_titles

    return strip_titles(clean_surface(surface))


def merge_name_variants(m: pd.DataFrame) -> dict:
    """Map each person name to the most frequent spelling of the same name."""
    people = m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"]
    counts = Counter(people)
    gazetteer_names = set(m.loc[m["resolved_by"].eq("gazetteer"), "actor"])
    blocks: dict[str, list[str]] = {}
    for name in counts:
        if len(name.split()) >= 2:
            blocks.setdefault(name.split()[-1][:3].lower(), []).append(name)
    mapping = {name: name for name in m["actor"].dropna().unique()}
    for names in blocks.values():
        ranked = sorted(names, key=lambda n: (n not in gazetteer_names, -counts[n], n))
        for i, name in enumerate(ranked):
            for better in ranked[:i]:
                if mapping[better] == better and fuzz.ratio(name, better) >= NAME_VARIANT_MIN_RATIO:
                    mapping[name] = better
                    break
    return mapping


def full_name_index(m: pd.DataFrame) -> dict[str, str]:
    """Surname -> the most mentioned full name with that surname, across the corpus."""
    people = Counter(m.loc[m["type"].eq("person") & m["actor"].notna(), "actor"])
    index: dict[str, str] = {}
    for name, _ in people.most_common():
        if len(name.split()) >= 2:
            index.setdefault(name.split()[-1], name)
    return index


def person_roles(m: pd.DataFrame, gaz: Gazetteer) -> pd.DataFrame:
    """Per person: country and office, from the gazetteer or learned from the text."""
    people = m[m["type"].eq("person") & m["actor"].notna()]
    rows = []
    for actor, group in people.groupby("actor"):
        entry = gaz.lookup(actor)
        learned = group["person_role"].dropna()
        country = group["country"].dropna()
        rows.append({
            "actor": actor,
            "role": _first(entry.role if entry else None, learned.mode().iloc[0] if len(learned) else None),
            "country": _first(entry.country if entry else None, country.mode().iloc[0] if len(country) else None),
            "n": len(group),
        })
    return pd.DataFrame(rows, columns=["actor", "role", "country", "n"])


def role_family(role: str | None) -> set[str]:
    """Office families a role text belongs to ("Foreign Minister" -> {"minister"})."""
    text = role.lower() if isinstance(role, str) else ""
    return {family for family, words in ROLE_FAMILY_WORDS.items() if any(w in text for w in words)}


def resolve_role(row, m: pd.DataFrame, roles: pd.DataFrame) -> str | None:
    """The person a role description names, or None when no one fits."""
    family = row.role_family
    if roles.empty:
        return None
    if family == "counterpart":
        family = _counterpart_family(row, m, roles)
    fits = roles[roles["role"].map(lambda r: family in role_family(r)).astype(bool)]
    if isinstance(row.country, str):
        fits = fits[fits["country"].eq(row.country)]
    else:
        in_article = set(m.loc[m["article_id"].eq(row.article_id), "actor"])
        fits = fits[fits["actor"].isin(in_article)]
    if fits.empty:
        return None
    # The office written out decides between holders: "foreign minister" beats "defence minister".
    words = set(str(row.role_words or "").split())
    overlap = fits["role"].map(lambda r: len(words & set(str(r).lower().split())))
    return fits.assign(overlap=overlap).sort_values(["overlap", "n"], ascending=False)["actor"].iloc[0]


def _counterpart_family(row, m: pd.DataFrame, roles: pd.DataFrame) -> str:
    """"His French counterpart": the office of the person "his" refers to (else leader)."""
    before = m[(m["article_id"] == row.article_id) & (m["sent_idx"] == row.sent_idx)
               & (m["start"] < row.start) & m["type"].eq("person") & m["actor"].notna()]
    role_of = dict(zip(roles["actor"], roles["role"]))
    for actor in reversed(before["actor"].tolist()):
        families = role_family(role_of.get(actor)) - {"counterpart"}
        if families:
            return sorted(families)[0]
    return "leader"


def build_actors(m: pd.DataFrame, roles: pd.DataFrame, gaz: Gazetteer) -> pd.DataFrame:
    """One row per canonical actor: type, country, role, aliases, counts."""
    role_of = roles.set_index("actor")
    rows = []
    for actor, group in m.groupby("actor"):
        entry = gaz.lookup(actor)
        kind = group["type"].mode().iloc[0]
        known = role_of.loc[actor] if actor in role_of.index else None
        country = _first(
            known["country"] if known is not None else None, entry.country if entry else None,
            group["country"].dropna().mode().iloc[0] if group["country"].notna().any() else None,
        )
        role = _first(known["role"] if known is not None else None, entry.role if entry else None)
        rows.append({
            "actor": actor, "type": kind, "country": country, "role": role,
            "aliases": sorted(set(group["surface"])), "n_mentions": len(group),
            "n_articles": group["article_id"].nunique(),
        })
    return pd.DataFrame(rows, columns=ACTOR_COLUMNS).sort_values("n_mentions", ascending=False, ignore_index=True)


def _first(*values):
    """The first value that is a non-empty string, else None."""
    return next((v for v in values if isinstance(v, str) and v), None)
