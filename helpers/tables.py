"""Tools every cross-article step shares: rows as records, union-find groups over row
positions, and joining word-for-word reprints (claims, statement groups, disputed figures)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def frame_records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")``, built column by column: pandas boxes every value of a
    string column one by one in ``to_dict``, which dominated the cross-article steps."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]


def columns(frame: pd.DataFrame, *names: str) -> list[list]:
    """The values of each named column as a list, for zipping row by row: iterating a
    pandas string column boxes each value one by one, several times slower than ``tolist``."""
    return [frame[name].tolist() for name in names]


def is_missing(value) -> bool:
    """None or NaN/NaT (a list, tuple or string is a value, even when empty)."""
    return value is None or (not isinstance(value, (list, tuple, str)) and pd.isna(value))


class UnionFind:
    """Disjoint sets of 0..n-1 with path halving."""

    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        """Representative of ``i``'s set."""
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b`` (``a``'s representative wins)."""
        self.parent[self.find(b)] = self.find(a)

    def labels(self) -> list[int]:
        """Group number per element, numbered in order of first appearance."""
        roots = [self.find(i) for i in range(len(self.parent))]
        numbering = {root: n for n, root in enumerate(dict.fromkeys(roots))}
        return [numbering[r] for r in roots]


def collapse_identical(positions: list[int], keys: list, articles: list[str]) -> tuple[dict[int, list[int]], dict[int, set[str]]]:
    """Positions with the same key, once each: syndicated copy repeats a sentence word for
    word across many articles, and comparing the copies pairwise would make grouping
    quadratic in the number of reprints.

    Returns:
        copies: representative position -> every position with its key (itself included);
        articles_of: representative -> the set of articles its copies come from.
    """
    copies: dict = {}
    for pos in positions:
        copies.setdefault(keys[pos], []).append(pos)
    by_rep = {same[0]: same for same in copies.values()}
    return by_rep, {rep: {articles[p] for p in same} for rep, same in by_rep.items()}


def join_copies(links: UnionFind, positions: list[int], keys: list, articles: list[str]) -> dict[int, object]:
    """Join the positions whose keys are identical (word-for-word copies) in ``links``.

    Returns:
        One representative per wording -> its article key (see ``article_key``), the items
        left to compare with each other.
    """
    copies, articles_of = collapse_identical(positions, keys, articles)
    for rep, same in copies.items():
        for pos in same[1:]:
            links.union(rep, pos)
    return {rep: article_key(arts, rep) for rep, arts in articles_of.items()}


def article_key(articles: set[str], rep: int):
    """Key that makes pairs "cross-article": the article when there is one, else the
    representative itself (a text printed in several articles pairs with anything)."""
    return next(iter(articles)) if len(articles) == 1 else ("several", rep)


def cross_article_pairs(items: dict[int, dict[str, float]], articles, max_posting: int,
                        min_score: float = 0.0, best: int | None = None) -> dict[tuple[int, int], float]:
    """Sum of weight products over shared terms, for pairs of items from different articles.

    Args:
        items: item position -> {term: weight}.
        articles: article key per position, list or dict (pairs with equal keys are skipped).
        max_posting: terms carried by more items than this propose no pairs (too common).
        min_score: pairs scoring below this are left out.
        best: keep only each item's ``best`` highest-scoring partners (a nearest-neighbour
            graph), so a fact reworded by hundreds of outlets yields a number of pairs that
            grows linearly with them, not with their square.

    A sparse product of the item-term matrix with itself, in numpy and in blocks of items:
    the work grows with the pairs that share a term, never with the square of the items,
    and memory stays bounded by the block.
    """
    positions = list(items)
    n = len(positions)
    term_ids: dict[str, int] = {}
    entries = [(k, term_ids.setdefault(term, len(term_ids)), weight)
               for k, pos in enumerate(positions) for term, weight in items[pos].items()]
    if not entries:
        return {}
    rows, terms, weights = (np.array(column) for column in zip(*entries))
    posting = np.bincount(terms, minlength=len(term_ids))
    useful = (posting[terms] >= 2) & (posting[terms] <= max_posting)
    rows, terms, weights = rows[useful], terms[useful].astype(np.int64), weights[useful].astype(float)
    by_term = np.argsort(terms, kind="stable")
    term_start = np.concatenate([[0], np.cumsum(np.bincount(terms, minlength=len(term_ids)))])
    article_codes: dict = {}
    article = np.array([article_codes.setdefault(articles[pos], len(article_codes)) for pos in positions])
    scores: dict[tuple[int, int], float] = {}
    for block in _entry_blocks(posting[terms], rows):
        a, b, products = _shared_term_products(rows[block], terms[block], weights[block], rows[by_term], weights[by_term], term_start)
        keep = ((b > a) if best is None else (b != a)) & (article[a] != article[b])
        codes, summed = _sum_by_pair(a[keep] * n + b[keep], products[keep])
        chosen = summed >= min_score
        codes, summed = codes[chosen], summed[chosen]
        if best is not None:
            chosen = _rank_within(codes // n, summed) < best
            codes, summed = codes[chosen], summed[chosen]
        for code, score in zip(codes.tolist(), summed.tolist()):
            first, second = sorted((code // n, code % n))
            scores[(positions[first], positions[second])] = score
    return scores


def _rank_within(groups: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Rank of each value within its group, highest first (0 = best)."""
    order = np.lexsort((-values, groups))
    ranks = np.empty(len(values), dtype=np.int64)
    sorted_groups = groups[order]
    starts = np.searchsorted(sorted_groups, sorted_groups, side="left")
    ranks[order] = np.arange(len(values)) - starts
    return ranks


def _entry_blocks(fan_out: np.ndarray, rows: np.ndarray, budget: int = 4_000_000) -> list[slice]:
    """Slices of entries (sorted by item) that expand to about ``budget`` candidate rows.

    A pair (a, b) is summed from item a's entries only, so a block never splits an item's
    entries.
    """
    ends = np.cumsum(fan_out)
    blocks, start = [], 0
    while start < len(fan_out):
        stop = int(np.searchsorted(ends, ends[start] - fan_out[start] + budget, side="right"))
        stop = int(np.searchsorted(rows, rows[max(start, stop - 1)], side="right"))  # finish the item
        blocks.append(slice(start, stop))
        start = stop
    return blocks


def _shared_term_products(rows, terms, weights, posting_rows, posting_weights, term_start):
    """For each entry (item, term, weight), one row per item carrying the same term."""
    counts = term_start[terms + 1] - term_start[terms]
    total = int(counts.sum())
    offsets = np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(term_start[terms], counts)
    return np.repeat(rows, counts), posting_rows[offsets], np.repeat(weights, counts) * posting_weights[offsets]


def _sum_by_pair(codes: np.ndarray, values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    unique, inverse = np.unique(codes, return_inverse=True)
    return unique, np.bincount(inverse, weights=values, minlength=len(unique))
