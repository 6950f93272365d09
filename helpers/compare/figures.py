"""Figures the outlets disagree on: the same quantity reported with different values.

Numbers of the same kind counting the same thing ("troops"/"soldiers") are linked across
articles when their sentences say nearly the same thing and name the same places; each
number links to its best match in each other article only, so "3,000 more troops" and "the
1,700 already there" in one article never merge. Linked groups with more than one value are
disagreements.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pandas as pd
from rapidfuzz import fuzz

from helpers.tables import UnionFind, join_copies

DISAGREEMENT_COLUMNS = ["quantity", "label", "value", "low", "high", "approx", "surface", "sentence", "article_id", "kind", "unit"]
COMPARED_KINDS = ("count", "duration", "percent", "money", "measure")
# Words news copy uses for the same thing counted.
SAME_THING = {
    "soldier": "troop", "troops": "troop", "force": "troop", "serviceman": "troop", "servicemen": "troop",
    "member": "member", "conversation": "call", "talk": "call", "talks": "call", "phone": "call",
    "people": "people", "person": "people", "civilian": "people", "resident": "resident",
}
SAME_VALUE_BONUS = 15  # between two candidate matches, the one reporting the same value wins
MIN_LINK_SCORE = 55  # token-set ratio of the two sentences, plus 25 when they share a place
STOP_ANCHORS = {"The", "A", "An", "In", "On", "But", "And", "US", "U.S.", "He", "She", "It", "They", "Mr", "Ms"}


def quantity_key(row) -> str | None:
    """(kind, thing counted) key: "count:troop" for "ground troops" and "soldiers"."""
    counted = row.counted if isinstance(row.counted, str) else ""
    words = re.findall(r"[a-z]+", counted.lower())
    if not words:
        return None
    singular = [w[:-1] if w.endswith("s") and len(w) > 3 and w not in SAME_THING else w for w in words]
    head = next((w for w in singular if w in SAME_THING), None)
    if head is None:
        head = singular[-1] if row.kind != "count" else _head_noun(singular)
    return f"{row.kind}:{SAME_THING.get(head, head)}"


def _head_noun(words: list[str]) -> str:
    # "people killed" -> people; "member of the florida national guard" -> member
    for i, w in enumerate(words):
        if w == "of":
            return words[i - 1] if i else w
    return words[-2] if len(words) > 1 and words[-1].endswith("ed") else words[-1]


def anchors(sentence: str) -> set[str]:
    """Capitalised names in a sentence (places and groups a figure is about)."""
    names = re.findall(r"(?<!^)(?<![.!?]\s)\b([A-Z][a-z]+(?:s)?)\b", sentence)
    return {n.rstrip("s") if n.endswith("s") and n[:-1][-1:].islower() else n for n in names} - STOP_ANCHORS


def find_disagreements(corpus) -> pd.DataFrame:
    """The same quantity reported with different values by different outlets.

    Returns:
        Tidy DISAGREEMENT_COLUMNS: one row per reported value (quantity is the counted
        thing plus what it refers to, from the first report).
    """
    from helpers.compare.coverage import with_labels

    numbers = with_labels(corpus.numbers, corpus.articles)
    numbers = numbers[numbers["kind"].isin(COMPARED_KINDS)].reset_index(drop=True)
    numbers["key"] = [quantity_key(r) for r in numbers.itertuples()]
    numbers = numbers[numbers["key"].notna()].reset_index(drop=True)
    groups = link_numbers(numbers)
    rows = []
    for members in groups:
        part = numbers.loc[members]
        if part["label"].nunique() < 2 or not values_disagree(part):
            continue
        context = part["refers_to"].dropna()
        quantity = f"{part.iloc[0]['counted']}" + (f" ({context.iloc[0]})" if len(context) else "")
        rows += [{"quantity": quantity, **{c: r[c] for c in DISAGREEMENT_COLUMNS if c != "quantity"}} for _, r in part.iterrows()]
    return pd.DataFrame(rows, columns=DISAGREEMENT_COLUMNS)


def values_disagree(part: pd.DataFrame) -> bool:
    """Whether two reports cannot both be right: different figures, a figure outside a range
    ("between 100,000 and 130,000" agrees with 120,000), or ranges that do not overlap.
    Vague reports ("dozens of", "several thousand": no value) never disagree."""
    spans = []
    for row in part.itertuples():
        low, high = getattr(row, "low", None), getattr(row, "high", None)
        if pd.notna(row.value):
            spans.append((row.value, row.value))
        elif low is not None and high is not None and pd.notna(low) and pd.notna(high):
            spans.append((low, high))
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1:])


def link_numbers(numbers: pd.DataFrame) -> list[list[int]]:
    """Groups of row indices that report the same quantity (mutual best links, union-find)."""
    links = UnionFind(len(numbers))
    sentences = numbers["sentence"].tolist()
    places = [anchors(s) for s in sentences]
    articles = numbers["article_id"].tolist()
    values = numbers["value"].tolist()
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(numbers["key"]):
        blocks[key].append(i)
    copy_keys = [f"{sentence}\x00{value}" for sentence, value in zip(sentences, values)]
    for members in blocks.values():
        # A figure reprinted word for word is one report: compare each wording once.
        source = join_copies(links, members, copy_keys, articles)
        best: dict[tuple[int, object], tuple[float, int]] = {}
        for a in source:
            for b in source:
                if source[a] == source[b]:
                    continue
                score = fuzz.token_set_ratio(sentences[a], sentences[b]) + (25 if places[a] & places[b] else 0) \
                    + (SAME_VALUE_BONUS if values[a] == values[b] else 0)
                if score >= MIN_LINK_SCORE and score > best.get((a, source[b]), (0, -1))[0]:
                    best[(a, source[b])] = (score, b)
        for (a, other), (_, b) in best.items():
            if best.get((b, source[a]), (0, -1))[1] == a:
                links.union(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, label in enumerate(links.labels()):
        groups[label].append(i)
    return [g for g in groups.values() if len(g) > 1]
