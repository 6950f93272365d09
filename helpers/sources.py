"""Web sources: HTML main-text extraction, outlet names from URLs, fetching new articles."""

from __future__ import annotations


import re
import shutil
from functools import lru_cache
from pathlib import Path
import urllib.error
import urllib.request
from urllib.parse import urlparse

from . import clean, paths

USER_AGENT = "Mozilla/5.0 (compatible; Readout article fetcher)"
FETCH_TIMEOUT_S = 30
SITE_SUFFIX = re.compile(r"\s+[|\u2013\u2014-]\s+[^|\u2013\u2014]{1,40}$")


@lru_cache(maxsize=1)
def _domain_extractor():
    import tldextract

    # The bundled Public Suffix List snapshot: no network at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def outlet_from_url(url: str | None) -> str | None:
    """Registered domain of a URL ("https://www.bbc.co.uk/news/x" -> "bbc.co.uk"), or None."""
    if not url or not urlparse(url).netloc:
        return None
    parts = _domain_extractor()(url)
    return parts.top_domain_under_public_suffix or parts.domain or None


def strip_site_suffix(title: str) -> str:
    """Drop a trailing " | Site name" or " - Section" from a page title."""
    stripped = SITE_SUFFIX.sub("", title).strip()
    return stripped if len(stripped.split()) >= 3 else title.strip()


def parse_html(html: str, article_id: str, path: str):
    """Main text and metadata of an HTML page, as a RawArticle.

    Raises:
        InputProblem: when trafilatura finds no main text.
    """
    import trafilatura

    from .read import InputProblem, RawArticle

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text:
        raise InputProblem("extract", "no main text found in HTML page")
    return RawArticle(
        article_id, path, clean.normalize_text(text), title=doc.title, date=doc.date,
        url=doc.url, outlet=doc.sitename,
    )


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
    from .read import decode_bytes

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



