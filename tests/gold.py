"""Hand-annotated gold fixtures: markup parsing and precision/recall scoring.

Markup: ``[surface](Label|kind)`` inside text; articles separated by ``---`` lines, each
starting with a ``date: YYYY-MM-DD`` line. Lines in ``<!-- -->`` are comments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MARK = re.compile(r"\[([^\]]+)\]\(([^)|]+)\|([^)]+)\)")


@dataclass
class GoldArticle:
    name: str
    date: str
    text: str
    spans: list[tuple[int, int, str, str]]  # start, end, label, kind


def parse_gold(path: Path) -> list[GoldArticle]:
    """Articles of a gold file, with clean text and annotated spans."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text(), flags=re.S)
    articles = []
    for n, block in enumerate(b.strip() for b in raw.split("\n---\n")):
        date_line, body = block.split("\n", 1)
        text, spans, pos = [], [], 0
        for paragraph in body.strip().split("\n"):
            if text:
                text.append("\n\n")
                pos += 2
            last = 0
            for m in MARK.finditer(paragraph):
                text.append(paragraph[last:m.start()])
                pos += m.start() - last
                spans.append((pos, pos + len(m.group(1)), m.group(2).strip(), m.group(3).strip()))
                text.append(m.group(1))
                pos += len(m.group(1))
                last = m.end()
            text.append(paragraph[last:])
            pos += len(paragraph) - last
        articles.append(GoldArticle(f"{path.stem}_{n}", date_line.split(":", 1)[1].strip(), "".join(text), spans))
    return articles


def write_articles(gold: list[GoldArticle], folder: Path) -> Path:
    """Write gold articles as .txt files with a date header (title-less, URL-less)."""
    folder.mkdir(parents=True, exist_ok=True)
    for art in gold:
        (folder / f"{art.name}.txt").write_text(art.date.replace("-", "") + "\n" + art.text.replace("\n\n", "\n"))
    return folder


def score(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F1 from counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


@dataclass
class GoldStatements:
    name: str
    date: str
    text: str
    statements: list[dict]  # paragraph, speaker, cue, kind, addressee


def parse_gold_statements(path: Path) -> list[GoldStatements]:
    """Articles of a statements gold file: text plus (paragraph, speaker, cue, kind, addressee)."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text(), flags=re.S)
    articles = []
    for n, block in enumerate(b.strip() for b in raw.split("\n---\n")):
        lines = block.split("\n")
        date, paragraphs, statements = lines[0].split(":", 1)[1].strip(), [], []
        for line in lines[1:]:
            if line.startswith("=>"):
                speaker, cue, kind, addressee = [p.strip() for p in line[2:].split("|")]
                statements.append({"paragraph": len(paragraphs) - 1, "speaker": speaker, "cue": cue,
                                   "kind": kind, "addressee": addressee or None})
            elif line.strip():
                paragraphs.append(line.strip())
        articles.append(GoldStatements(f"{path.stem}_{n}", date, "\n\n".join(paragraphs), statements))
    return articles


def same_speaker(gold: str, predicted) -> bool:
    """Speakers match when equal, or (anonymous labels) when one contains the other."""
    if not isinstance(predicted, str):
        return False
    g, p = gold.lower(), predicted.lower()
    return g == p or (len(p) > 3 and (g in p or p in g))


def parse_gold_calls(path: Path) -> list[dict]:
    """Articles of a calls gold file: text, contacts and gold order pairs."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text(), flags=re.S)
    articles = []
    for n, block in enumerate(b.strip() for b in raw.split("\n---\n")):
        lines = block.split("\n")
        art = {"name": f"{path.stem}_{n}", "date": lines[0].split(":", 1)[1].strip(), "paragraphs": [],
               "contacts": [], "order": []}
        for line in lines[1:]:
            if line.startswith("=>"):
                people, date, channel, status = [p.strip() for p in line[2:].split("|")]
                art["contacts"].append({"participants": frozenset(p.strip() for p in people.split(";")),
                                        "date": date or None, "channel": channel, "status": status})
            elif line.startswith("order:"):
                a, b = line[6:].split("<")
                art["order"].append((frozenset(p.strip() for p in a.split(";")), frozenset(p.strip() for p in b.split(";"))))
            elif line.strip():
                art["paragraphs"].append(line.strip())
        art["text"] = "\n\n".join(art["paragraphs"])
        articles.append(art)
    return articles


def parse_gold_claims(path: Path) -> list[dict]:
    """Articles of a claims gold file: paragraphs with their claim ids ("-" = unique)."""
    raw = re.sub(r"<!--.*?-->", "", path.read_text(), flags=re.S)
    articles = []
    for n, block in enumerate(b.strip() for b in raw.split("\n---\n")):
        lines = block.split("\n")
        paragraphs, ids = [], []
        for line in lines[1:]:
            m = re.match(r"^(.*)\s\{([^}]+)\}\s*$", line.strip())
            if m:
                paragraphs.append(m.group(1))
                ids.append(m.group(2))
        articles.append({"name": f"{path.stem}_{n}", "date": lines[0].split(":", 1)[1].strip(),
                         "paragraphs": paragraphs, "claims": ids})
    return articles


def claim_pairs(rows) -> set[tuple]:
    """Cross-article pairs ((article, paragraph), (article, paragraph)) that share a claim."""
    by_claim: dict = {}
    for article, paragraph, claim in rows:
        if claim != "-":
            by_claim.setdefault(claim, []).append((article, paragraph))
    pairs = set()
    for members in by_claim.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if a[0] != b[0]:
                    pairs.add(tuple(sorted((a, b))))
    return pairs


def write_paragraph_articles(gold: list[dict], folder: Path) -> Path:
    """Write gold articles given as {"name", "date", "paragraphs"} as .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    for art in gold:
        (folder / f"{art['name']}.txt").write_text(art["date"].replace("-", "") + "\n" + "\n".join(art["paragraphs"]))
    return folder
