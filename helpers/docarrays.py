"""Plain per-token lists of a parsed Doc, built once per Doc.

Rules that test every token of a sentence ("is it a reporting verb?", "a contact noun?")
cost mostly the spaCy ``Token`` object each test creates (``for token in sent``, ``doc[i]``)
and its string look-ups. Here each Doc's token strings are read once with ``doc.to_array``
into Python lists, so a rule's first, cheap test reads a list and a ``Token`` is created
only for the few tokens that pass it; the rule then tests its full condition as before.
Docs are not changed after parsing, so the lists (kept in ``doc.user_data``) stay true.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, IS_ALPHA, IS_STOP, LEMMA, LIKE_NUM, LOWER, ORTH, POS
from spacy.tokens import Doc, Span, Token

from helpers.parse import doc_text

ARRAYS_KEY = "readout_arrays"
STRING_ATTRS = {"text": ORTH, "lower": LOWER, "lemma": LEMMA, "pos": POS, "dep": DEP, "ent_type": ENT_TYPE}
FLAG_ATTRS = {"is_alpha": IS_ALPHA, "is_stop": IS_STOP, "like_num": LIKE_NUM}
IOB_NAMES = ("", "I", "O", "B")  # Token.ent_iob_ by Token.ent_iob
ENTS_KEY = "readout_ents"


@dataclass(frozen=True)
class DocArrays:
    """Per-token values of one Doc, index = ``token.i``: each list holds what the Token
    attribute of the same name gives (``lemma`` is ``token.lemma_.lower()``)."""

    text: list[str]
    lower: list[str]
    lemma: list[str]
    pos: list[str]
    dep: list[str]
    ent_type: list[str]
    ent_iob: list[str]
    is_alpha: list[bool]
    is_stop: list[bool]
    like_num: list[bool]


def doc_arrays(doc: Doc) -> DocArrays:
    """The Doc's per-token lists, built on first use."""
    found = doc.user_data.get(ARRAYS_KEY)
    if found is None:
        found = doc.user_data[ARRAYS_KEY] = _build(doc)
    return found


def _build(doc: Doc) -> DocArrays:
    names, flags = list(STRING_ATTRS), list(FLAG_ATTRS)
    attrs = [STRING_ATTRS[n] for n in names] + [ENT_IOB] + [FLAG_ATTRS[n] for n in flags]
    table = doc.to_array(attrs).reshape((len(doc), len(attrs)))
    strings = doc.vocab.strings
    columns = {}
    for k, name in enumerate(names):
        ids, at = np.unique(table[:, k], return_inverse=True)  # each distinct string looked up once
        found = [strings[int(v)] for v in ids]
        columns[name] = np.asarray([s.lower() for s in found] if name == "lemma" else found, dtype=object)[at].tolist()
    columns["ent_iob"] = np.asarray(IOB_NAMES, dtype=object)[table[:, len(names)].astype(np.intp)].tolist()
    for k, name in enumerate(flags, start=len(names) + 1):
        columns[name] = table[:, k].astype(bool).tolist()
    return DocArrays(**columns)


def doc_entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once (each access scans the whole Doc and makes new Spans)."""
    found = doc.user_data.get(ENTS_KEY)
    if found is None:
        found = doc.user_data[ENTS_KEY] = doc.ents
    return found


def span_text(span: Span) -> str:
    """``span.text`` without building it token by token: a slice of the Doc's text."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def lead_space(span: Span) -> int:
    """Characters of whitespace that open the span's text."""
    text = span_text(span)
    return len(text) - len(text.lstrip())


def tokens_passing(span: Span, test) -> Iterator[Token]:
    """The tokens of ``span``, in order, for which ``test(arrays, i)`` holds: a cheap first
    test on the lists; the caller still tests its whole condition on each Token."""
    doc = span.doc
    arrays = doc_arrays(doc)
    return (doc[i] for i in range(span.start, span.end) if test(arrays, i))


NOUN_CHUNK_POS = {"NOUN", "PROPN", "PRON"}
NOUN_CHUNK_DEPS = {"oprd", "nsubj", "dobj", "nsubjpass", "pcomp", "pobj", "dative", "appos", "attr", "ROOT"}


def noun_chunks(doc: Doc) -> list[Span]:
    """``list(doc.noun_chunks)`` of the English pipeline (spaCy's ``lang/en/syntax_iterators``
    rule, the same steps), testing part of speech and dependency on the lists, so only nouns
    and pronouns become Tokens."""
    arrays = doc_arrays(doc)
    chunks, prev_end = [], -1
    for i in range(len(doc)):
        if arrays.pos[i] not in NOUN_CHUNK_POS:
            continue
        word = doc[i]
        left = word.left_edge.i
        if left <= prev_end:  # no nested chunks
            continue
        if arrays.dep[i] == "conj":
            head = word.head
            while head.dep_ == "conj" and head.head.i < head.i:
                head = head.head
            if head.dep_ not in NOUN_CHUNK_DEPS:  # coordinated to a noun phrase: a noun phrase
                continue
        elif arrays.dep[i] not in NOUN_CHUNK_DEPS:
            continue
        prev_end = i
        chunks.append(Span(doc, left, i + 1, label="NP"))
    return chunks
