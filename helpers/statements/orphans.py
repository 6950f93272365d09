"""Speakers the parser hung on the wrong word: the name before a parenthetical, the subject a
participle or a prompt adjective borrows, the verb a gerund after "in"/"since" belongs to.

A long aside between a name and its cue ("Ann Lee, who ran the port for ten years and opposed
the lease, said ...") often makes the parser take the name for the subject of the aside, or for
an adverbial, and leave the cue with none. ``cues.find_subject`` asks here when its own rules
found nobody.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.parse import doc_text
from helpers.statements.quotes import find_quotes

# Marks that open and close an aside between a speaker and the cue.
ASIDE_OPENERS = {",", "(", "-", "\u2013", "\u2014", "--"}
ASIDE_CLOSERS = {",", ")", "-", "\u2013", "\u2014", "--"}
# Words after which a new noun phrase (the speaker) can begin.
PHRASE_BOUNDARIES = {",", ";", "but", "and", "as", "while", "when", "because", "\u201d", "''", '"'}
NOUN_PHRASE_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"}
LINKING_PREPOSITIONS = {"of", "for", "from", "at", "with"}  # "a representative for the brand", "members of Congress"
# Entity types that name no speaker: "Tuesday, ..." or "Two years ago, ..." opening a sentence.
NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
# Parts of the verb group written between the aside and the cue: "have also said", "last week said".
VERB_GROUP_DEPS = {"aux", "auxpass", "neg", "advmod", "npadvmod"}
FINITE_TAGS = {"VBD", "VBZ", "VBP"}
QUOTE_CLOSERS = {'"', "''", "\u201d"}
MAX_NAME_TOKENS = 5
SUBJECT_DEPS = {"nsubj", "nsubjpass", "expl", "csubj"}
# Adjectives whose "to" verb their subject does: "was quick to add that", "were eager to point out".
PROMPT_ADJECTIVES = {"quick", "quicker", "eager", "keen", "careful", "swift", "fast"}
# Prepositions before a gerund cue that its clause's subject utters: "erred in saying", "since announcing".
GERUND_PREPOSITIONS = {"by", "before", "after", "while", "in", "since", "upon", "on"}


def subject_before_aside(verb: Token) -> Token | None:
    """The noun phrase before an aside that ends right at a main cue verb with no subject:
    "Ann Lee, the port's director, said", "Sen. Ann Lee (D-Ore.) says", "A spokesman for the
    firm - a supplier of parts - noted", '"...," Ann Lee, wearing a scarf, said'."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    if verb.tag_ not in FINITE_TAGS and not any(c.dep_ == "aux" for c in verb.children):
        return None
    sent = verb.sent
    closer = _verb_group_start(verb) - 1
    if closer < sent.start:
        return None
    quoted = _quoted_token_ids(sent)
    for begin in _phrase_starts(sent, closer):
        end = _noun_phrase_end(sent, begin, closer)
        if end is None:
            continue
        head = _phrase_head(sent.doc, begin, end)
        if head is None or head.i in quoted or head.ent_type_ in NOT_SPEAKER_ENTS:
            continue
        after = end + 1
        if after == closer + 1 or sent.doc[after].text in ASIDE_OPENERS and sent.doc[closer].text in ASIDE_CLOSERS \
                and after < closer and _matching(sent.doc[after].text, sent.doc[closer].text):
            return head
    return None


def _verb_group_start(verb: Token) -> int:
    """The first token of the words hung on the verb right before it ("have also", "last week")."""
    i = verb.i
    for child in sorted((c for c in verb.children if c.i < verb.i), key=lambda c: -c.i):
        if child.dep_ in VERB_GROUP_DEPS and child.right_edge.i == i - 1:
            i = child.left_edge.i
        else:
            break
    return i


def _phrase_starts(sent: Span, stop: int):
    doc = sent.doc
    yield sent.start
    for i in range(sent.start, stop):
        if doc[i].lower_ in PHRASE_BOUNDARIES:
            yield i + 1


def _noun_phrase_end(sent: Span, begin: int, stop: int) -> int | None:
    """The last token of a noun phrase starting at ``begin`` (with "of"/"for" phrases), if one does."""
    doc = sent.doc
    if begin >= stop or doc[begin].pos_ not in NOUN_PHRASE_POS - {"PART"}:
        return None
    i, end = begin, None
    while i <= stop:
        token = doc[i]
        if token.pos_ in NOUN_PHRASE_POS and (token.pos_ != "PART" or token.tag_ == "POS") \
                or token.text in {".", "-"} and not token.whitespace_ and i > begin:
            if token.pos_ in {"NOUN", "PROPN"}:
                end = i
            i += 1
        elif token.lower_ in LINKING_PREPOSITIONS and end == i - 1 and i + 1 <= stop and doc[i + 1].pos_ in NOUN_PHRASE_POS:
            i += 1
        else:
            break
    return end


def _phrase_head(doc, begin: int, end: int) -> Token | None:
    """The head noun of the phrase: the last noun before its first linking preposition."""
    head = None
    for token in doc[begin:end + 1]:
        if token.lower_ in LINKING_PREPOSITIONS:
            break
        if token.pos_ in {"NOUN", "PROPN"}:
            head = token
    return head


def _matching(opener: str, closer: str) -> bool:
    return closer == ")" if opener == "(" else closer != ")"


def _quoted_token_ids(sent: Span) -> set[int]:
    """Tokens of the sentence inside quotation marks, read over its whole paragraph (a quotation
    may open in an earlier sentence)."""
    text = doc_text(sent.doc)
    base = text.rfind("\n", 0, sent.start_char) + 1
    stop = text.find("\n", sent.end_char)
    paragraph = text[base:stop if stop >= 0 else len(text)]
    spans = [(base + q.start, base + q.end) for q in find_quotes(paragraph)]
    return {t.i for t in sent if any(a <= t.idx < b for a, b in spans)}


def name_after_quoted_cue(verb: Token) -> Token | None:
    """'"...," said Ann Lee, explaining ...' or '"...!" wrote a man calling himself Lee' with the name
    parsed as an adverb or an object: the noun phrase right after a cue that follows a quotation."""
    doc = verb.doc
    before = verb.i - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    if before < 0 or doc[before].text not in QUOTE_CLOSERS or verb.i + 1 >= len(doc):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    head = doc[verb.i + 1]
    while head.dep_ in {"det", "compound", "amod"} and head.head.i > head.i and head.i < verb.i + MAX_NAME_TOKENS:
        head = head.head
    capitalised = head.is_title and head.is_alpha  # "Skelly" tagged as an adverb
    if head.head != verb or not (head.pos_ in {"PROPN", "NOUN"} or capitalised) or head.ent_type_ in NOT_SPEAKER_ENTS:
        return None
    return head


def shares_head_subject(verb: Token) -> bool:
    """A participle after a comma does what its head verb's subject does: "X went on the attack,
    saying ...", where the head is itself buried in a clause the parser made up."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
        and head.pos_ in {"VERB", "AUX"} and head.i < verb.i and any(c.dep_ == "nsubj" for c in head.children) \
        and not any(c.dep_ == "mark" and c.lower_ in {"that", "whether", "if"} for c in head.children)  # not "made clear that X was open, saying"


def joined_to_relative(verb: Token) -> bool:
    """"Lee, who came out and endorsed the plan", "which Lee called a disaster and promised to scrap":
    a verb joined to a relative clause has that clause's subject."""
    return verb.dep_ == "conj" and verb.head.dep_ == "relcl" and verb.head.pos_ in {"VERB", "AUX"}


def prompted_speaker_verb(verb: Token) -> Token | None:
    """The verb whose subject was "quick to add that ...": the copula before the adjective."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lower_ in PROMPT_ADJECTIVES and head.dep_ == "acomp" and head.head.pos_ in {"AUX", "VERB"}:
        return head.head
    return None


def gerund_clause_verb(verb: Token) -> Token | None:
    """The verb a prepositional gerund belongs to: "erred in saying", "Since announcing ..., Lee has been"."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ in GERUND_PREPOSITIONS and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    return None


def quote_before_speaker(subject: Token, verb: Token, content: tuple[int, int] | None, quotes) -> tuple[int, int] | None:
    """'"We had better years," Ann Lee, in a red coat, said calmly as ...': the quotation closing
    right before the speaker's phrase is what was said, not the words after the cue."""
    if subject.i > verb.i or content is not None and (content[0] < verb.idx or _touches_quote(content, quotes)):
        return None
    if subject_before_aside(verb) != subject:
        return None  # '"...," he said, adding that ...': the clause after the cue is what was added
    doc = subject.doc
    first = subject.i
    while first > subject.sent.start and doc[first - 1].pos_ in NOUN_PHRASE_POS - {"PART"}:
        first -= 1
    text = doc_text(doc)
    for q in quotes:
        if q.end <= doc[first].idx and not text[q.end:doc[first].idx].strip(" ,\u2019\u201d\"'\n"):
            return q.start, q.end
    return None


def _touches_quote(content: tuple[int, int], quotes) -> bool:
    return any(q.start < content[1] and content[0] < q.end for q in quotes)
