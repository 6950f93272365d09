"""Finding the same story twice in a corpus (exact or near-exact copies).

Near-duplicates are found with MinHash over word 5-shingles and banding (locality
sensitive hashing), so the cost grows linearly with the number of articles; candidate pairs
are confirmed by their exact shingle Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from typing import Iterable

import numpy as np

SHINGLE_WORDS = 5
N_HASHES = 64
BAND_ROWS = 4
NEAR_DUPLICATE_JACCARD = 0.8
_MERSENNE = (1 << 61) - 1
_rng = np.random.default_rng(20220212)
_A = _rng.integers(1, _MERSENNE, N_HASHES, dtype=np.uint64)
_B = _rng.integers(0, _MERSENNE, N_HASHES, dtype=np.uint64)


def shingles(text: str) -> set[int]:
    """Hashes of the lower-cased word 5-grams of a text."""
    words = re.findall(r"\w+", text.lower())
    grams = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    return {int.from_bytes(hashlib.blake2b(g.encode(), digest_size=7).digest(), "little") for g in grams}


def minhash(shingle_set: set[int]) -> np.ndarray:
    """MinHash signature of a shingle set."""
    values = np.fromiter(shingle_set, dtype=np.uint64)
    with np.errstate(over="ignore"):
        hashed = (values[:, None] * _A[None, :] + _B[None, :]) % np.uint64(_MERSENNE)
    return hashed.min(axis=0)


def find_duplicates(ids: Iterable[str], texts: Iterable[str], signatures: Iterable[bytes] | None = None) -> list[str | None]:
    """For each text, the id of an earlier (near-)identical text, else None.

    Args:
        ids: article ids, in corpus order.
        texts: cleaned article texts, same order.
        signatures: their MinHash signatures (``minhash(...).tobytes()``), if already known.

    Returns:
        List aligned with ``ids``: the first earlier article it duplicates, or None.
    """
    ids, texts = list(ids), list(texts)
    signatures = list(signatures) if signatures is not None else [None] * len(ids)
    sets: dict[int, set[int]] = {}

    def shingle_set(i: int) -> set[int]:  # built only for texts that meet a candidate
        if i not in sets:
            sets[i] = shingles(texts[i])
        return sets[i]

    buckets: dict[tuple, list[int]] = defaultdict(list)
    result: list[str | None] = [None] * len(ids)
    for i in range(len(ids)):
        if not texts[i].strip():
            continue
        signature = np.frombuffer(signatures[i], dtype=np.uint64) if signatures[i] else minhash(shingle_set(i))
        candidates: set[int] = set()
        for band in range(0, N_HASHES, BAND_ROWS):
            key = (band, signature[band:band + BAND_ROWS].tobytes())
            candidates.update(buckets[key])
            buckets[key].append(i)
        for j in sorted(candidates):
            if jaccard(shingle_set(i), shingle_set(j)) >= NEAR_DUPLICATE_JACCARD:
                result[i] = result[j] or ids[j]
                break
    return result


def jaccard(a: set, b: set) -> float:
    """Jaccard similarity of two sets."""
    return len(a & b) / len(a | b) if a or b else 1.0
