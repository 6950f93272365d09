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
