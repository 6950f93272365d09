"""Union-find over row positions, shared by every step that groups rows across articles
(claims, statement groups, disputed figures)."""

from __future__ import annotations


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


def article_key(articles: set[str], rep: int):
    """Key that makes pairs "cross-article": the article when there is one, else the
    representative itself (a text printed in several articles pairs with anything)."""
    return next(iter(articles)) if len(articles) == 1 else ("several", rep)


def cross_article_pairs(items: dict[int, dict[str, float]], articles, max_posting: int) -> dict[tuple[int, int], float]:
    """Sum of weight products over shared terms, for pairs of items from different articles.

    Args:
        items: item position -> {term: weight}.
        articles: article key per position, list or dict (pairs with equal keys are skipped).
        max_posting: terms carried by more items than this propose no pairs (too common).

    Uses an inverted index, so the work grows with pairs that share a term, not with the
    square of the number of items.
    """
    from collections import defaultdict

    postings: dict[str, list[int]] = defaultdict(list)
    for i, terms in items.items():
        for term in terms:
            postings[term].append(i)
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for term, members in postings.items():
        if len(members) > max_posting:
            continue
        for pos, a in enumerate(members):
            for b in members[pos + 1:]:
                if articles[a] != articles[b]:
                    scores[(a, b)] += items[a][term] * items[b][term]
    return scores
