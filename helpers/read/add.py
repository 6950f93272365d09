"""Growing the corpus: fetch a page or copy a file into the articles folder, recording metadata."""

from __future__ import annotations

import re
import shutil
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse

from helpers import paths
from helpers.read.files import decode_bytes
from helpers.read.html import outlet_from_url

USER_AGENT = "Mozilla/5.0 (compatible; Readout article fetcher)"
FETCH_TIMEOUT_S = 30


def add_article(url_or_path: str, folder: str | Path | None = None) -> Path:
    """Add an article to the corpus folder: fetch a URL or copy a local file.

    A fetched page is saved as HTML and its URL recorded in the
    ``metadata.csv`` sidecar, so the outlet is known even when the page omits it.

    Args:
        url_or_path: ``http(s)://`` address or path of a local article file.
        folder: corpus folder; default ``paths.articles_dir()``.

    Returns:
        Path of the new file in the corpus folder.
    """
    folder = Path(folder or paths.articles_dir())
    folder.mkdir(parents=True, exist_ok=True)
    if re.match(r"^https?://", url_or_path):
        return _fetch_page(url_or_path, folder)
    source = Path(url_or_path)
    if not source.is_file():
        raise FileNotFoundError(f"No such article file: {source}")
    target = folder / source.name
    shutil.copyfile(source, target)
    return target


def _fetch_page(url: str, folder: Path) -> Path:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT_S) as response:
            data = response.read()
    except (urllib.error.URLError, TimeoutError) as exc:
        raise ConnectionError(f"Could not download {url} ({exc}): check the address and your connection") from exc
    html = decode_bytes(data)
    slug = re.sub(r"[^A-Za-z0-9]+", "-", urlparse(url).netloc + urlparse(url).path).strip("-")[:80]
    target = folder / f"{slug or 'article'}.html"
    target.write_text(html, encoding="utf-8")
    record_metadata(folder, target.name, url=url, outlet=outlet_from_url(url) or "")
    return target


def record_metadata(folder: Path, file_name: str, **fields: str) -> None:
    """Add or update one row of the folder's ``metadata.csv`` sidecar."""
    import pandas as pd

    sidecar = folder / "metadata.csv"
    columns = ["file", "outlet", "url", "title", "date"]
    table = pd.read_csv(sidecar, dtype=str) if sidecar.exists() else pd.DataFrame(columns=columns)
    table = table[table["file"] != file_name]
    row = {c: fields.get(c, "") for c in columns} | {"file": file_name}
    table = pd.concat([table, pd.DataFrame([row])], ignore_index=True)
    table.to_csv(sidecar, index=False)
