"""JSON, JSONL and CSV files: one raw article per record; a bad record is a problem row."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Iterator

from helpers.read import clean
from helpers.read.inputs import problem as _problem
from helpers.read.records import InputProblem, RawArticle

TEXT_FIELDS = ("text", "body", "content", "maintext", "article", "full_text")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date", "published", "date_publish", "publish_date", "pubdate", "datetime")
URL_FIELDS = ("url", "link", "source_url")
OUTLET_FIELDS = ("outlet", "source", "publisher", "site", "site_name")

def parse_records(text: str, suffix: str, stem: str, path: Path) -> Iterator[RawArticle | dict]:
    """Yield one RawArticle per JSON/JSONL/CSV record; bad records become problems."""
    if suffix == ".csv":
        records = list(csv.DictReader(io.StringIO(text)))
    elif suffix == ".jsonl":
        records = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    records.append(None)  # keeps ids equal to line numbers
                    yield _problem(path, "read", f"line {n}: invalid JSON ({exc.msg})")
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputProblem("read", f"invalid JSON at line {exc.lineno}: {exc.msg}") from exc
        records = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else []
    if not records:
        raise InputProblem("read", "no records found")
    for n, record in enumerate(records):
        if record is None:
            continue
        article_id = stem if len(records) == 1 else f"{stem}-{n}"
        body = _field(record, TEXT_FIELDS) if isinstance(record, dict) else None
        if not body:
            yield _problem(path, "read", f"record {n}: no text field (one of {', '.join(TEXT_FIELDS)})")
            continue
        yield RawArticle(
            article_id, str(path), clean.normalize_text(body),
            title=_field(record, TITLE_FIELDS), date=_field(record, DATE_FIELDS),
            url=_field(record, URL_FIELDS), outlet=_field(record, OUTLET_FIELDS),
        )


def _field(record: dict, names: tuple[str, ...]) -> str | None:
    lowered = {str(k).lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
