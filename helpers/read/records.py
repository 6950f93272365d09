"""The records the readers produce: raw articles, input problems, and the two tables' columns."""

from __future__ import annotations

from dataclasses import dataclass, field

ARTICLE_COLUMNS = [
    "article_id", "path", "outlet", "url", "title", "date", "date_source", "text", "n_words",
    "boilerplate", "duplicate_of", "text_hash", "label",
]
PROBLEM_COLUMNS = ["path", "stage", "reason"]


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
