"""Content spans that run past one sentence: quotations split by the sentence splitter and
quotation paragraphs that go on without a new cue.

News copy quotes in whole paragraphs, while the parser cuts sentences:

    "It is not a campaign. It is a cause," said Devine. "We want everyone in."

is one statement whose content starts a sentence before the cue and runs on after it.
Quotes are found once per article (a paragraph at a time, so an unclosed mark runs to the
end of its paragraph), clipped to each sentence for the parse-based rules, and the content
of a statement is then widened to the whole quotation and joined by the quoted sentences
that follow it.
"""

from __future__ import annotations

from spacy.tokens import Span

from helpers.statements.quotes import Quote

# Characters allowed between a quotation and a bare cue sentence after it: '"...," \n Weaver said.'
GAP_CHARS = " \t,.;:-\u2014\u2013"


def clip_quotes(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The article's quotes that overlap [start, end), cut to that range."""
    return [Quote(max(q.start, start), min(q.end, end), q.closed) for q in quotes if q.start < end and q.end > start]


def widen_to_quotes(start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    """Grow a content span to cover every quotation it touches, whole.

    '"It is a cause," said Devine' parsed as its own sentence keeps the words of the
    quotation that the splitter put in the sentence before.
    """
    for q in quotes:
        if q.start < end and q.end > start:
            start, end = min(start, q.start), max(end, q.end)
    return start, end


def preceding_quote(text: str, sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quotation that ends just before a bare cue sentence ('"...," \n Weaver said.').

    Only punctuation and spaces may stand between the closing mark and the sentence, and
    the quotation must lie in the same paragraph.
    """
    before = [q for q in quotes if q.end <= sent.start_char]
    if not before:
        return None
    quote = before[-1]
    gap = text[quote.end:sent.start_char]
    if "\n" in gap or any(ch not in GAP_CHARS and not _is_mark(ch) for ch in gap):
        return None
    return quote


def _is_mark(ch: str) -> bool:
    return ch in "\"'\u201c\u201d\u2018\u2019"


def opens_with_quote(text: str, sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quotation a sentence begins with, or that it starts inside of."""
    lead = len(sent.text) - len(sent.text.lstrip())
    first = sent.start_char + lead
    for q in quotes:
        if q.start <= first + 2 and q.end > first:
            return q
    return None


def continues(text: str, sent: Span, quotes: list[Quote], previous: dict, sent_idx: int) -> Quote | None:
    """The quotation by which a cue-less sentence continues the previous statement, if any.

    It does when the sentence comes right after the statement's last sentence, begins
    with or inside a quotation, and either the statement was quoted or the sentence is in
    the same paragraph ("He said jobs were coming back. 'We will win,' ..." is one voice).
    """
    if previous.get("last_sent_idx", previous["sent_idx"]) != sent_idx - 1:
        return None
    quote = opens_with_quote(text, sent, quotes)
    if quote is None:
        return None
    same_paragraph = "\n" not in text[previous["end"]:sent.start_char]
    if previous["kind"] in {"direct", "mixed"} or same_paragraph:
        return quote
    return None


def extend(row: dict, text: str, end: int, sent_idx: int) -> None:
    """Let a statement row run on to ``end`` (its content stays ``text[start:end]``)."""
    row["end"] = max(row["end"], end)
    row["content"] = text[row["start"]:row["end"]]
    row["last_sent_idx"] = sent_idx
    if row["kind"] == "indirect":
        row["kind"] = "mixed"
    row["quoted"] = True
