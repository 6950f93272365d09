"""The sentence a number row shows: parser fragments of one written sentence joined again.

The parser sometimes cuts a line where no sentence ends: after a live-blog stamp ("1850 |
GMT Saakashvili has signed ..."), after a dateline ("ABUJA, Aug 3 (Reuters) - | A
delegation ..."), inside a name ("at Cheong | Wa Dae on Sunday"), before a lowercase
continuation ("at 1200 PKT. | and lasted about 25 minutes"). A reader sees one sentence
there, so a number's ``sentence`` is the whole of it; its ``sent_idx`` still names the row of
the ``sentences`` table it starts in. Pure functions on the text and the sentence rows.
"""

from __future__ import annotations

import re

from helpers.numbers.times import ZONE_OFFSETS

# A sentence ends at . ! ? or an ellipsis, perhaps followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
# "... began at 10:30 p.m. | PKT and lasted": a time's zone cut off by the period of "p.m.".
TIME_END = re.compile(r"(?:\d|\b[ap]\.\s?m\.)$", re.I)
FIRST_WORD = re.compile(r"[A-Za-z]+")


def reading_sentences(text: str, sentences: list[dict]) -> dict[int, str]:
    """Text of the written sentence each sentence row belongs to, by ``sent_idx``."""
    groups: list[list[dict]] = []
    for sent in sentences:
        if groups and continues(text, groups[-1][-1], sent):
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return {s["sent_idx"]: text[group[0]["start"]:group[-1]["end"]] for group in groups for s in group}


def continues(text: str, prev: dict, sent: dict) -> bool:
    """Whether ``sent`` goes on with the sentence ``prev`` ends: no line break between them,
    and ``prev`` has no end mark or ``sent`` opens in lower case ("and lasted ...")."""
    if "\n" in text[prev["end"]:sent["start"]]:
        return False
    if not SENTENCE_END.search(prev["text"]) or sent["text"][:1].islower():
        return True
    first = FIRST_WORD.match(sent["text"])
    return bool(first and first.group(0) in ZONE_OFFSETS and TIME_END.search(prev["text"]))
