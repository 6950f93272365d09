"""PDF (text layer, via pypdf) and Word ``.docx`` (via python-docx) files as raw articles.

Title and date come from the document's metadata where it has them; a PDF's hard-wrapped
lines are joined back into paragraphs, so a sentence broken across two lines of a press
release ("The two leaders spoke for\\nnearly two hours.") is one sentence again.
"""

from __future__ import annotations

import io
import re
from datetime import datetime

from helpers.read import clean
from helpers.read.records import InputProblem, RawArticle

# Metadata titles that name the file or the tool, not the story ("Microsoft Word - a.docx").
JUNK_TITLE = re.compile(r"^(microsoft (word|powerpoint)\b|untitled\b|document\d*$)|\.(docx?|pdf|txt|indd|rtf)$", re.IGNORECASE)
LINE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]]$")


def read_pdf(data: bytes, article_id: str, path: str) -> RawArticle:
    """The text layer of a PDF, one paragraph per line of the result.

    Raises:
        InputProblem: for a damaged or password-protected PDF, or one without a text layer.
    """
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputProblem("read", "a password-protected PDF: save an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputProblem:
        raise
    except Exception as exc:
        raise InputProblem("read", f"a damaged PDF ({type(exc).__name__}: {exc})") from exc
    body = "\n".join(paragraph for page in pages for paragraph in pdf_paragraphs(page))
    if not body.strip():
        raise InputProblem("read", "a PDF without a text layer (a scan?): run OCR on it first")
    meta = _safe(lambda: reader.metadata) or {}
    return RawArticle(article_id, path, clean.normalize_text(body), title=_title(_safe(lambda: meta.title)),
                      date=_date(_safe(lambda: meta.creation_date)))


def pdf_paragraphs(page_text: str) -> list[str]:
    """Paragraphs of one page's extracted text: blank lines separate blocks; inside a
    block a line is joined to the next unless it ends a sentence and the next line's first
    word would have fitted on it (so the break was the author's, not the wrapping's);
    "diplo-\nmatic" is joined without the break."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", page_text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        width = max((len(line) for line in lines), default=0)
        current = ""
        for i, line in enumerate(lines):
            if not current:
                current = line
            elif current.endswith("-") and line[:1].islower():
                current = current[:-1] + line
            else:
                current += " " + line
            following = lines[i + 1].split()[0] if i + 1 < len(lines) else ""
            if LINE_END.search(line) and len(line) + 1 + len(following) <= width:
                paragraphs.append(current)
                current = ""
        if current:
            paragraphs.append(current)
    return paragraphs


def read_docx(data: bytes, article_id: str, path: str) -> RawArticle:
    """The paragraphs of a Word document (tables left out, like an HTML page's tables).

    Raises:
        InputProblem: for a damaged document or one without text.
    """
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise InputProblem("read", f"a damaged Word document ({type(exc).__name__}: {exc})") from exc
    body = "\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())
    if not body:
        raise InputProblem("read", "a Word document without text paragraphs")
    props = document.core_properties
    return RawArticle(article_id, path, clean.normalize_text(body), title=_title(props.title),
                      date=_date(props.created))


def _title(value) -> str | None:
    title = clean.collapse_spaces(str(value)).strip() if value else ""
    return title if len(title.split()) >= 2 and not JUNK_TITLE.search(title) else None


def _date(value) -> str | None:
    return value.date().isoformat() if isinstance(value, datetime) else None


def _safe(get):
    """A metadata field, or None when the document's metadata is malformed."""
    try:
        return get()
    except Exception:
        return None
