"""Nested attribution written with "quote ... as saying": one row for each level.

"The agency quoted Ruiz as saying the talks went well" and "Ruiz was quoted as saying by the
agency" report two speech acts: Ruiz said it (cue "say"), the agency reported it (cue "quote").
The participle "saying" has no subject of its own, so the general cue search leaves both out.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.docarrays import tokens_passing
from helpers.statements.quotes import Quote

CLAUSE_DEPS = {"ccomp", "parataxis"}


def quoted_as_saying(sent: Span, quotes: list[Quote]):
    """Statement items for each "quote X as saying" in the sentence: the quoted person's, then the quoter's."""
    for verb in tokens_passing(sent, lambda a, i: a.lemma[i] == "quote"):
        if verb.lemma_.lower() != "quote" or verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
            continue
        saying = _as_saying(verb)
        if saying is None:
            continue
        content = _content(saying, verb, quotes)
        if content is None:
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        speaker = _child(verb, {"nsubjpass"} if passive else {"dobj"})
        quoter = _agent(verb, saying) if passive else _child(verb, {"nsubj"})
        if speaker is not None and speaker.lower_ not in {"it", "that", "which"}:
            yield _item("say", saying, speaker, content)
        if quoter is not None and quoter.lower_ not in {"it", "that", "which"}:
            yield _item("quote", verb, quoter, content)


def _as_saying(verb: Token) -> Token | None:
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for word in prep.children:
            if word.dep_ in {"pcomp", "pobj"} and word.lemma_.lower() in {"say", "tell", "write", "state"}:
                return word
    return None


def _content(saying: Token, verb: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """The clause said (after "saying", or fronted before the quoting verb), or a quotation right after."""
    clause = _child(saying, CLAUSE_DEPS) or _child(verb, CLAUSE_DEPS)
    if clause is not None:
        words = [t for t in clause.subtree if not t.is_punct or t.text in "\"'\u201c\u201d"]
        return words[0].idx, words[-1].idx + len(words[-1].text)
    end = saying.idx + len(saying.text)
    quote = next((q for q in quotes if 0 <= q.start - end <= 3 and q.end - q.start > 8), None)
    return (quote.start, quote.end) if quote is not None else None


def _child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _agent(verb: Token, saying: Token) -> Token | None:
    """"... was quoted as saying by the agency": the "by" phrase hangs on either verb."""
    for head in (saying, verb):
        for by in (c for c in head.children if c.dep_ in {"agent", "prep"} and c.lower_ == "by"):
            found = _child(by, {"pobj"})
            if found is not None:
                return found
    return None


def _item(cue: str, token: Token, speaker: Token, content: tuple[int, int]) -> dict:
    return {"cue": cue, "cue_token": token, "speaker": speaker, "content": content, "addressee": None, "how": "subject"}
