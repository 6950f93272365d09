"""Pickled cache files: read as None when missing or damaged, written atomically."""

from __future__ import annotations

import pickle
from pathlib import Path


def read_pickle(path: Path):
    """The cached value at ``path``, or None when it is missing or damaged (recompute)."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:
        return None


def write_pickle(path: Path, value) -> None:
    """Write ``value`` to ``path`` via a temporary file, so a crash never leaves half a file;
    a read-only cache is skipped, never an error."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with tmp.open("wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass
