"""Input files built by the tests themselves (no copied text): a folder of every awkward
case a user's folder may hold, a long one-line transcript, a PDF with a text layer written
byte by byte, and a Word document written with python-docx."""

from __future__ import annotations

import json
import os
import random
from datetime import datetime
from pathlib import Path

SPEAKERS = ["the spokesman", "the deputy minister", "Ambassador Torvald Brenn", "Minister Alia Kestrel", "the chairwoman"]
TOPICS = ["grain corridor", "prisoner exchange", "border crossings", "energy prices", "ceasefire line"]
STORY = [
    "The foreign ministers of Norland and Vestria met in Tallinn on Thursday for a third round of talks on fishing rights.",
    "\"We have narrowed our differences on the quota,\" Minister Alia Kestrel told reporters after the five-hour meeting.",
    "Her counterpart, Torvald Brenn, said the two delegations would meet again in March and that 14 boats had been released.",
]
FLASH = "The Vestrian president spoke with the Norland premier by phone on Sunday, his office said."
NAV = "Home\nWorld\nPolitics\nBusiness\nSport\nContact Us"


def transcript(n_chars: int, seed: int = 0) -> str:
    """A press-conference transcript on one line, about ``n_chars`` long: quotes, speakers,
    counts and durations, all from templates written here."""
    rng = random.Random(seed)
    out, size, i = [], 0, 0
    while size < n_chars:
        i += 1
        who, topic, k = rng.choice(SPEAKERS), rng.choice(TOPICS), rng.randint(2, 900)
        sentence = rng.choice([
            f'"We spent {k} minutes on the {topic} today," {who} said.',
            f"{who[0].upper() + who[1:]} said that {k} trucks had crossed since Monday.",
            f"Question {i}: will the talks on the {topic} resume next week?",
            f"{who[0].upper() + who[1:]} told reporters the {topic} was discussed for nearly two hours.",
        ])
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)


def pdf_bytes(lines: list[str], title: str | None = None, created: str | None = None) -> bytes:
    """A one-page PDF whose text layer is ``lines`` (Helvetica, one ``Tj`` per line; an empty
    string is a blank line), with an optional Info title and ``D:YYYYMMDD`` creation date."""
    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT /F1 11 Tf 72 740 Td 14 TL"] + [f"({escape(line)}) Tj T*" for line in lines] + ["ET"]
    stream = "\n".join(ops).encode("latin-1")
    info = []
    if title:
        info.append(f"/Title ({escape(title)})")
    if created:
        info.append(f"/CreationDate (D:{created}120000Z)")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< " + " ".join(info) + " >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def wrapped(paragraphs: list[str], width: int = 70) -> list[str]:
    """Paragraphs hard-wrapped at ``width`` like a PDF's lines, a blank line between them."""
    lines = []
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines += [line, ""]
    return lines


def docx_bytes(paragraphs: list[str], title: str, created: datetime) -> bytes:
    """A Word document of ``paragraphs`` with core-properties title and creation date."""
    import io

    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.core_properties.title = title
    document.core_properties.created = created
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def deep_html(depth: int, paragraphs: list[str]) -> str:
    """A page whose story sits ``depth`` elements deep, with a menu and a script beside it."""
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    return ("<html><head><title>Fishing talks resume in Tallinn</title><script>var x = 'not text';</script></head>"
            "<body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            + "<div><span>" * depth + story + "</span></div>" * depth + "<footer>All rights reserved.</footer></body></html>")


def build_folder(folder: Path, long_chars: int = 0) -> dict[str, str]:
    """Write every awkward case into ``folder``; return {file name: what the case is}.

    With ``long_chars`` the one-line transcript of that length is added as ``transcript.txt``.
    """
    folder.mkdir(parents=True, exist_ok=True)
    body = "\n".join(STORY)
    cases = {
        "story.txt": "plain text article",
        "utf16.txt": "UTF-16 with byte-order mark", "utf32.txt": "UTF-32 with byte-order mark",
        "utf16_nobom.txt": "UTF-16-LE without a mark",
        "release.pdf": "PDF with a text layer", "release_pdf.txt": "PDF saved as .txt",
        "scan.pdf": "PDF without text", "image_as.txt": "PNG saved as .txt", "archive.txt": "ZIP saved as .txt",
        "notes.docx": "Word document", "deep.html": "HTML nested 5,000 deep",
        "flash.txt": "one-sentence wire flash", "flash.json": "short JSON record", "nav.txt": "navigation fragment",
        "dangling.txt": "dangling symlink", "pipe.txt": "FIFO", "folder.txt": "folder named like a file",
    }
    (folder / "story.txt").write_text(body)
    (folder / "utf16.txt").write_bytes(body.replace("Tallinn", "Tallinn \u2014 Tuesday").encode("utf-16"))
    (folder / "utf32.txt").write_bytes(body.replace("Thursday", "Friday").encode("utf-32"))
    (folder / "utf16_nobom.txt").write_bytes(body.replace("third", "fourth").encode("utf-16-le"))
    paragraphs = [s.replace("Thursday", "Monday") for s in STORY]
    (folder / "release.pdf").write_bytes(pdf_bytes(wrapped(paragraphs), "Fishing talks make progress", "20230314"))
    (folder / "release_pdf.txt").write_bytes(pdf_bytes(wrapped([s.replace("third", "fifth") for s in STORY])))
    (folder / "scan.pdf").write_bytes(pdf_bytes([]))
    (folder / "image_as.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "archive.txt").write_bytes(b"PK\x03\x04" + bytes(26) + b"data.bin" + bytes(100))
    (folder / "notes.docx").write_bytes(docx_bytes([s.replace("Thursday", "Wednesday") for s in STORY],
                                                   "Notes on the fishing talks", datetime(2023, 3, 15, 9, 0)))
    (folder / "deep.html").write_text(deep_html(5000, [s.replace("Thursday", "Saturday") for s in STORY]))
    (folder / "flash.txt").write_text(FLASH)
    (folder / "flash.json").write_text(json.dumps({"title": "Leaders talk", "text": FLASH.replace("Sunday", "Monday")}))
    (folder / "nav.txt").write_text(NAV)
    os.symlink(folder / "missing_target.txt", folder / "dangling.txt")
    os.mkfifo(folder / "pipe.txt")
    (folder / "folder.txt").mkdir()
    (folder / "folder.txt" / "inside.txt").write_text(body.replace("Tallinn", "Riga"))
    cases["folder.txt/inside.txt"] = "article inside a folder named like a file"
    if long_chars:
        (folder / "transcript.txt").write_text(transcript(long_chars))
        cases["transcript.txt"] = "one-line transcript"
    return cases


def accounted(folder: Path, articles, problems) -> set[str]:
    """Paths (relative to ``folder``) that are neither an article nor a problem."""
    every = {str(p.relative_to(folder)) for p in folder.rglob("*") if not p.name.startswith(".")}
    every -= {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_dir() and not p.is_symlink()
              and any(p.iterdir()) and p.suffix == ""}
    seen = {str(Path(p).relative_to(folder)) for p in list(articles["path"]) + list(problems["path"])
            if str(p).startswith(str(folder))}
    return every - seen
