"""Where a row comes from: the sentence with its span highlighted, the outlet, date and link.

``show_evidence(rows, corpus)`` takes rows of any table that points into the text (a
statement, a number, a mention, a contact, a claim, a framing term) and returns an object that
renders as HTML in a notebook and as plain text elsewhere (``print``, a terminal, a log).
"""

from __future__ import annotations

import html
import numbers
import re
import textwrap

import pandas as pd

from helpers.charts.style import _short, outlet_colors, plural
from helpers.statements.headlines import TITLE_SENT_IDX

MAX_ROWS = 12
TEXT_WIDTH = 100
TABLE_CELL_CHARS = 90  # longer text is shortened at a word boundary; the full text is in show_evidence
CODE_VALUE = re.compile(r"^[a-z]+(?:_[a-z]+)+$")  # "in_person" is shown as "in person"
# Columns that hold the words a row is about, tried in order when the offsets cannot be used.
SPAN_COLUMNS = ("surface", "trigger", "content", "term", "actor")


class Evidence:
    """Rendered evidence: ``_repr_html_`` for notebooks, ``str`` for plain text."""

    def __init__(self, items: list[dict], left_out: int = 0):
        self.items, self.left_out = items, left_out

    def to_frame(self) -> pd.DataFrame:
        return pd.DataFrame(self.items, columns=["label", "date", "link", "article_id", "before", "span", "after", "colour"])

    def __str__(self) -> str:
        if not self.items:
            return "No evidence: no row points into an article."
        blocks = []
        for item in self.items:
            sentence = f"{item['before']}«{item['span']}»{item['after']}" if item["span"] else item["before"]
            blocks.append(f"{_source(item)}\n" + textwrap.fill(sentence, TEXT_WIDTH, initial_indent="  ", subsequent_indent="  "))
        return "\n\n".join(blocks + ([f"… and {plural(self.left_out, 'more row')}"] if self.left_out else []))

    __repr__ = __str__

    def _repr_html_(self) -> str:
        if not self.items:
            return "<p><em>No evidence: no row points into an article.</em></p>"
        parts = []
        for item in self.items:
            link = f' · <a href="{html.escape(item["link"])}">source</a>' if item["link"].startswith("http") else ""
            sentence = html.escape(item["before"]) + (
                f'<mark style="background:#ffe9a8;padding:0 2px">{html.escape(item["span"])}</mark>'
                f'{html.escape(item["after"])}' if item["span"] else "")
            parts.append(
                f'<div style="border-left:4px solid {item["colour"]};padding:4px 10px;margin:8px 0;max-width:52em">'
                f'<div style="font-size:0.85em;color:#555">{html.escape(item["label"])} · {item["date"]} · '
                f'{html.escape(item["article_id"])}{link}</div>'
                f'<div style="line-height:1.45">{sentence}</div></div>')
        if self.left_out:
            parts.append(f"<p style='color:#555'>… and {plural(self.left_out, 'more row')}</p>")
        return "".join(parts)


def show_evidence(rows, corpus=None, limit: int = MAX_ROWS) -> Evidence:
    """The sentences behind ``rows``, with the span highlighted, outlet label, date and link.

    Args:
        rows: a DataFrame, one row (Series) or a dict from any table with ``article_id`` and
            ``sentence`` (statements, numbers, mentions, call_mentions, claims, disagreements,
            framing terms); rows of ``corpus.calls`` are shown through their call mentions,
            rows of ``corpus.articles`` through the evidence for their outlet.
        corpus: the Corpus the rows come from (for outlet, date, link and article text).
        limit: show at most this many rows.
    """
    table = _as_frame(rows)
    if corpus is not None and "sentence" not in table.columns and "event_id" in table.columns:
        table = corpus.call_mentions[corpus.call_mentions["event_id"].isin(table["event_id"])]
    if "sentence" not in table.columns and "outlet_evidence" in table.columns:  # articles: why this outlet
        table = table.dropna(subset=["outlet_evidence"]).assign(sentence=lambda t: t["outlet_evidence"],
                                                                 surface=lambda t: t["outlet"])
    if "sentence" not in table.columns:
        return Evidence([])
    table = table.dropna(subset=["sentence"])
    articles = corpus.articles.set_index("article_id") if corpus is not None else pd.DataFrame()
    colours = outlet_colors(articles["label"] if len(articles) else table.get("label", pd.Series(dtype=str)).dropna())
    items = [_item(row, articles, colours) for row in table.head(limit).to_dict("records")]
    return Evidence(items, left_out=max(0, len(table) - limit))


def _item(row: dict, articles: pd.DataFrame, colours: dict) -> dict:
    article_id = str(row.get("article_id", ""))
    meta = articles.loc[article_id] if article_id in articles.index else {}
    label = str(meta["label"] if len(meta) else row.get("label") or article_id)
    date = meta.get("date") if len(meta) else row.get("date")
    # The URL, else the file's name (a local path means nothing to a reader of a shared report).
    link = meta.get("url") if len(meta) and isinstance(meta.get("url"), str) else (
        str(meta.get("path", "")).replace("\\", "/").rsplit("/", 1)[-1] if len(meta) else "")
    before, span, after = _split(row, meta)
    return {"label": label, "date": f"{date:%Y-%m-%d}" if pd.notna(date) and hasattr(date, "strftime") else "undated",
            "link": str(link or ""), "article_id": article_id, "before": before, "span": span, "after": after,
            "colour": colours.get(label, "#999999")}


def _split(row: dict, meta) -> tuple[str, str, str]:
    """(text before the span, the span, text after) within the row's sentence."""
    sentence = str(row["sentence"])
    candidates = []
    # a headline's row (sent_idx -1) points into the title, every other row into the text
    text = meta.get("title" if row.get("sent_idx") == TITLE_SENT_IDX else "text") if len(meta) else None
    if isinstance(text, str) and pd.notna(row.get("start")) and pd.notna(row.get("end")):
        candidates.append(text[int(row["start"]):int(row["end"])])
    candidates += [str(row[c]) for c in SPAN_COLUMNS if isinstance(row.get(c), str)]
    for span in candidates:
        at = sentence.find(span) if span and span != sentence else -1
        if at >= 0:
            return sentence[:at], span, sentence[at + len(span):]
    return sentence, "", ""


def _source(item: dict) -> str:
    return f"{item['label']} · {item['date']} · {item['article_id']}" + (f" · {item['link']}" if item["link"] else "")


def _as_frame(rows) -> pd.DataFrame:
    if isinstance(rows, pd.DataFrame):
        return rows
    if isinstance(rows, pd.Series):
        return rows.to_frame().T
    if isinstance(rows, dict):
        return pd.DataFrame([rows])
    return pd.DataFrame(list(rows))


def fit_table(table: pd.DataFrame, columns: list[str] | None = None, max_chars: int = TABLE_CELL_CHARS):
    """A table that fits a laptop screen: the chosen ``columns``, text shortened at word
    boundaries to ``max_chars`` (the full sentence is one ``show_evidence`` away), lists
    joined, codes spelt as words ("in_person" -> "in person"), cells wrapping, no index."""
    return (readable(table, columns, max_chars).style.hide(axis="index").format(_number, na_rep="")
            .set_properties(**{"white-space": "normal", "text-align": "left", "max-width": "32em"})
            .set_table_styles([{"selector": "th", "props": "text-align: left"}]))


def readable(table: pd.DataFrame, columns: list[str] | None = None, max_chars: int = TABLE_CELL_CHARS) -> pd.DataFrame:
    """The chosen ``columns`` as plain text a reader can scan: dates as YYYY-MM-DD, lists
    joined, codes as words ("in_person" -> "in person"), long text shortened at a word
    boundary. A plain DataFrame (``fit_table`` adds the layout)."""
    shown = table[columns] if columns else table
    return shown.apply(lambda col: col.dt.strftime("%Y-%m-%d").fillna("") if pd.api.types.is_datetime64_any_dtype(col)
                       else col.astype(object).map(lambda v: _cell(v, max_chars)) if not pd.api.types.is_numeric_dtype(col)
                       else col)


def _number(value):
    """3000.0 -> "3,000"; 0.0714 -> "0.07"; text unchanged."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or value != value:
        return value
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _cell(value, max_chars: int):
    if isinstance(value, (list, tuple, set)):
        value = ", ".join(map(str, value))
    if not isinstance(value, str):
        return value
    value = value.replace("_", " ") if CODE_VALUE.match(value) else value
    return _short(value, max_chars)


class Finding:
    """A computed finding: a paragraph in notebooks and reports, plain text elsewhere."""

    def __init__(self, text: str):
        self.text = text

    def __str__(self) -> str:
        return textwrap.fill(self.text, TEXT_WIDTH)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        return f'<p style="font-size:1.05em;max-width:52em"><b>Finding.</b> {html.escape(self.text)}</p>'


def finding(*parts: str) -> Finding:
    """One finding from computed sentences (shown as a paragraph, never as wrapped code text)."""
    # Not capitalised: a finding may start with an outlet label ("shanghainews.net carries ...").
    return Finding(" ".join(p.strip() for p in parts if p and p.strip()))
