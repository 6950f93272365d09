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


def cross_article_pairs(items: dict[int, dict[str, float]], articles: list[str], max_posting: int) -> dict[tuple[int, int], float]:
    """Sum of weight products over shared terms, for pairs of items from different articles.

    Args:
        items: item position -> {term: weight}.
        articles: article id per position (pairs within one article are skipped).
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
