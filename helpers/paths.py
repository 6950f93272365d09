"""Where the project keeps its inputs, caches and exports.

Every path can be overridden with an environment variable so that notebooks and the
command line run unchanged on any folder of articles:

| variable          | default            |
|-------------------|--------------------|
| READOUT_ARTICLES  | data/articles      |
| READOUT_EXPORTS   | exports            |
| READOUT_CACHE     | .cache             |
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = PROJECT_ROOT / "data"


def _from_environment(variable: str, default: Path) -> Path:
    # An empty value ("READOUT_CACHE=") means unset; Path("") would be the working directory.
    return Path(os.environ.get(variable) or default)


def articles_dir() -> Path:
    """Folder of input articles (``READOUT_ARTICLES`` or ``data/articles``)."""
    return _from_environment("READOUT_ARTICLES", DATA_DIR / "articles")


def exports_dir() -> Path:
    """Folder that receives exported charts and tables."""
    return _from_environment("READOUT_EXPORTS", PROJECT_ROOT / "exports")


def cache_dir() -> Path:
    """Folder of the parse cache; deleting it is always safe."""
    return _from_environment("READOUT_CACHE", PROJECT_ROOT / ".cache")
