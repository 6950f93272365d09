"""The records the readers produce: raw articles, input problems, and the two tables' columns."""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE_COLUMNS = [
    "article_id", "path", "outlet", "outlet_source", "outlet_evidence", "url", "title", "date", "date_source",
    "text", "n_words", "boilerplate", "duplicate_of", "text_hash", "label", "read_flags",
]
PROBLEM_COLUMNS = ["path", "stage", "reason"]
# Values of ``articles.read_flags``: how an article was read, for a reader to weigh it
# (not ``flags``: ``DataFrame.flags`` is a pandas attribute, so ``articles.flags`` would miss it).
ARTICLE_FLAGS = {
    "short": "fewer than 20 words: one or a few complete sentences (a wire flash, a record)",
    "visible-text": "HTML page whose main text was not found: the page's visible text was used",
    "pdf": "read from a PDF's text layer",
    "docx": "read from a Word document",
    "renamed": "the file's content is a PDF or Word document under another extension",
}


class InputProblem(Exception):
    """An input that cannot be used; its message is the reason shown to users."""

    def __init__(self, stage: str, reason: str):
        super().__init__(reason)
        self.stage = stage


@dataclass
class RawArticle:
    """An article as read from a file, before cleaning."""

    article_id: str
    path: str
    body: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    outlet: str | None = None
    header_lines: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)  # e.g. "visible-text"; see ARTICLE_FLAGS
