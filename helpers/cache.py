"""Cache files: read as None when missing or damaged, written atomically.

Two notebooks loading the same folder at once, or a run killed halfway, never leave a
wrong entry: each writer writes its own uniquely named temporary file beside the entry
(``<name>.<random>.tmp``; a shared ``<name>.tmp`` let one process rename another's half
written file into place) and renames it over the entry in one step. A damaged entry reads
as None, so the caller recomputes and rewrites it.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

CACHE_FILE_MODE = 0o644


def read_pickle(path: Path):
    """The cached value at ``path``, or None when it is missing or damaged (recompute)."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except Exception:
        return None


def write_pickle(path: Path, value) -> None:
    """Pickle ``value`` to ``path`` atomically; a read-only cache is skipped, never an error."""
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return
    write_bytes(path, data)


def write_bytes(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a uniquely named temporary file in the same folder and
    an atomic rename; False (and nothing left behind) when the cache cannot be written."""
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f"{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, CACHE_FILE_MODE)  # mkstemp makes 0600; others sharing the cache read it
        os.replace(tmp, path)
        return True
    except OSError:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        return False
