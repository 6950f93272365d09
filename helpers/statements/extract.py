"""Attributed statements in one article (the per-article half of the ``statements`` table).

Found from the dependency parse, not from quote marks alone: a reporting verb (say, tell,
warn, accuse, tweet, ...) with its subject as speaker, its clausal complement or the quote
as content and, for verbs such as tell and warn, its object as addressee; "according to X";
written statements ("A White House statement said", "the Kremlin's readout"); quotes whose
marks were stripped; and quotes that continue into the next sentence. The speaker is kept as
character offsets and resolved to a canonical actor across the corpus (``voices.py``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from helpers.actors.mentions import sentence_locator
from helpers.parse import doc_text
from helpers.statements.antecedents import (
    DOCUMENT_NOUNS,
    _np_text,
    person_genders,
    speaker_span,
)
from helpers.statements.nominal import according_to, nominal_statements, speaker_labels
from helpers.statements.quotes import Quote, find_quotes
from helpers.statements.spans import (
    MAX_BARE_CUE_EXTRA_WORDS,
    _words_before_comma,
    clip_quotes,
    colon_content,
    join_continuations,
    parenthetical,
    preceding_quote,
    split_joint_reports,
    widen_to_quotes,
)

STATEMENT_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "speaker", "speaker_surface",
    "speaker_type", "speaker_country", "cue", "kind", "quoted", "medium", "addressee", "content",
    "speaker_how", "group_id",
]
CUE_VERBS = {
    "say", "tell", "warn", "accuse", "add", "state", "insist", "stress", "urge", "note", "claim",
    "deny", "announce", "reiterate", "emphasize", "emphasise", "underline", "underscore", "argue",
    "declare", "explain", "write", "tweet", "comment", "confirm", "caution", "threaten", "promise",
    "pledge", "vow", "assure", "describe", "characterize", "characterise", "criticize", "criticise",
    "denounce", "demand", "respond", "reply", "suggest", "indicate", "complain", "acknowledge",
    "admit", "predict", "conclude", "signal", "report", "allege", "dismiss", "scoff", "brief",
    "reassure", "remind", "inform", "accord", "ask", "reveal", "propose", "cite", "reject", "recall",
    "praise", "mention", "recount", "boast", "concede", "counter", "retort", "quip", "joke", "lament",
    "testify", "blast", "slam", "decry", "hail", "contend", "maintain", "point",
    "observe", "disclose", "rule", "exclaim", "charge", "question", "assert", "affirm", "advise", "tout",
    "label", "echo", "continue", "put",
}
# Verbs that report speech only when what follows is a quotation: '"There is more," he continued',
# 'As the mayor put it, "nobody wants this"' -- not "continued to rise", "put the bill to a vote".
QUOTE_ONLY_VERBS = {"continue", "put"}
# Verbs that report speech only with a clause or a quotation as content, never an object:
# "he continued, 'We will win'" but not "continued the tour"; "pointed out that" but not "pointed".
CLAUSE_ONLY_VERBS = {"maintain", "contend", "counter", "recall", "reveal", "joke", "quip", "boast",
                     "concede", "retort", "mention", "testify", "point", "observe", "rule", "charge",
                     "exclaim", "question", "add"}
# "call" reports speech with a complement or a clause: "called the plan a disaster", "called for talks".
CALL_COMPLEMENT_DEPS = {"oprd", "ccomp", "xcomp", "attr"}
# Verbs whose object is the person spoken to: "Biden told Putin", "warned his counterpart".
ADDRESSEE_VERBS = {"tell", "ask", "advise", "warn", "urge", "assure", "inform", "remind", "caution", "brief", "reassure", "accuse"}
MEDIA = {
    "statement": ("statement", "communique"), "readout": ("readout", "reading", "summary of the call"),
    "press release": ("press release", "release"), "tweet": ("tweet", "twitter", "on x"),
    "email": ("by email", "in an email"), "press conference": ("press conference", "news conference", "briefing"),
}
# Verbs whose object phrase is the content: "accused the U.S. of failing to ...".
# Cues that report a nested statement inside another's content: "The Kremlin said Putin accused ...".
NESTED_CUE_VERBS = {"call", "accuse", "warn", "urge", "deny", "criticize", "criticise", "denounce", "threaten",
                    "promise", "pledge", "vow", "dismiss", "reiterate", "emphasize", "emphasise", "stress"}
OBJECT_CONTENT_VERBS = {"call", "accuse", "ask", "advise", "tout", "label", "echo", "praise", "reject", "describe", "cite", "propose", "blast",
                        "slam", "decry", "hail", "characterize", "characterise", "warn", "urge", "deny", "criticize", "criticise", "denounce", "threaten",
                        "promise", "pledge", "vow", "dismiss", "reiterate", "emphasize", "emphasise", "stress"}
MIN_CONTENT_WORDS = 3
# Heads of "to say" that do not report saying: refusals, wishes, plans, attempts.
NOT_SAID_HEADS = {"decline", "refuse", "fail", "hesitate", "want", "plan", "hope", "expect", "try", "need", "seem",
                  "like", "love", "wish", "intend", "mean", "prefer", "dare", "forget", "have", "begin", "start"}
QUESTIONERS = {"reporter", "journalist", "correspondent", "interviewer", "questioner", "anchor", "host"}
ACTION_PREPOSITIONS = {"by", "with"}  # "responded by annexing Crimea" is an action, not speech
UNKNOWABLE_SPEAKERS = {"i", "we", "you"}
FIRST_PERSON = {"i", "we", "our", "us", "my", "me", "ours"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"who", "which", "that"}


def extract_statements(doc: Doc, sentences: list[dict], mentions: list[dict]) -> list[dict]:
    """Statements of one parsed article, with speakers as character spans.

    Args:
        doc: the parsed article.
        sentences: its sentence rows (``parse.sentence_rows``).
        mentions: its actor mention rows (``actors.extract_mentions``), for pronouns.

    Returns:
        Rows with sent_idx, start/end (content span), sentence, content, cue, kind, quoted,
        medium, speaker_surface, speaker_start/speaker_end (span to resolve), speaker_how,
        addressee_surface, addressee_start/addressee_end.
    """
    text = doc_text(doc)
    article_quotes = find_quotes(text)
    by_start = {s["start"]: s for s in sentences}
    per_sentence = []
    context = {"genders": person_genders(doc, mentions), "quotes": article_quotes, "previous": [],
               "locate": sentence_locator(sentences)}
    for sent in doc.sents:
        info = by_start.get(sent.start_char + (len(sent.text) - len(sent.text.lstrip())))
        if info is None:
            continue
        quotes = clip_quotes(article_quotes, sent.start_char, sent.end_char)
        found = list(cue_statements(sent, quotes, article_quotes)) + list(according_to(sent)) + list(nominal_statements(sent, quotes)) \
            + list(speaker_labels(sent))
        finished = split_joint_reports([finish(item, sent, info, mentions, context) for item in found], text)
        context["previous"].extend(finished)
        per_sentence.append((sent, info, finished))
    rows = join_continuations(text, per_sentence, article_quotes)
    for row in rows:
        row.pop("speaker_mention", None)
        row.pop("last_sent_idx", None)
        row.pop("cue_start", None)
    return rows


def cue_statements(sent: Span, quotes: list[Quote], article_quotes: list[Quote]):
    """Statements built on reporting verbs: speaker = subject, content = complement or quote.

    A bare cue sentence ('Weaver said.' after a quotation paragraph) takes the quotation
    that ends just before it.
    """
    for token in sent:
        if not is_cue(token):
            continue
        if token.lemma_.lower() == "accord" or any(q.start <= token.idx < q.end for q in quotes):
            continue  # "according to" is handled on its own; speech inside a quote is content
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "would not say", "did not comment": a refusal is not a statement
        subject = find_subject(token)
        if subject is None or subject.lower_ in UNKNOWABLE_SPEAKERS:
            continue  # "I reiterated ..." in a post whose author the copy dropped
        if token.lemma_.lower() == "ask" and subject.lemma_.lower() in QUESTIONERS:
            continue  # "reporters asked him about ...": a question put to a source is not its statement
        content = content_span(token, subject, sent, quotes)
        if content is None and is_bare_cue(token, subject, sent):
            content = colon_content(token, sent) or _span(preceding_quote(doc_text(sent.doc), sent, article_quotes))
        if content is None or token.lemma_.lower() in QUOTE_ONLY_VERBS and not _quoted(content, article_quotes):
            continue
        yield {
            "cue": token.lemma_.lower(), "cue_token": token, "speaker": subject,
            "content": content, "addressee": find_addressee(token), "how": "subject",
        }


def _quoted(content: tuple[int, int], quotes: list[Quote]) -> bool:
    """Most of the content lies inside quotation marks."""
    inside = sum(max(0, min(content[1], q.end) - max(content[0], q.start)) for q in quotes)
    return inside >= 0.5 * (content[1] - content[0])


def _span(quote: Quote | None) -> tuple[int, int] | None:
    return (quote.start, quote.end) if quote is not None else None


def is_bare_cue(verb: Token, subject: Token, sent: Span) -> bool:
    """'Weaver said.', 'said Devine, a strategist.': a main verb with nothing said after it."""
    if verb.dep_ != "ROOT" or any(c.dep_ in {"ccomp", "xcomp", "parataxis"} or c.dep_ == "dobj" and not _is_addressee(c, verb)
                                  for c in verb.children):
        return False
    own = set(range(subject.left_edge.i, subject.right_edge.i + 1)) | {verb.i}
    rest = [t for t in sent if t.i not in own and not t.is_punct and t.dep_ not in {"aux", "neg"}]
    return len(rest) <= MAX_BARE_CUE_EXTRA_WORDS


def is_cue(token: Token) -> bool:
    """A reporting verb, including the phrasal "call on/for" ("Xi called on Germany to ...")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "for"} or c.dep_ in CALL_COMPLEMENT_DEPS
                   or c.dep_ == "dobj" and _names_it(c) for c in token.children)
    if lemma == "point":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)
    if lemma == "put":
        return any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)  # "as X put it"
    if lemma == "rule":
        return any(c.dep_ == "ccomp" for c in token.children)  # "the judge ruled that", not "ruled the country"
    return lemma in CUE_VERBS


def _names_it(obj: Token) -> bool:
    """"called his actions 'a crucial step'", "called him a liar": the object is given a name
    (an apposition or a quotation right after it), unlike "called the police"."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    return any(c.dep_ == "appos" for c in obj.children) or (after < len(doc) and doc[after].is_quote and doc[after].i + 1 < len(doc)
                                                             and not doc[after + 1].is_punct)


def find_subject(verb: Token) -> Token | None:
    """The subject of a reporting verb; a conjoined or adverbial verb borrows its head's."""
    if verb.lemma_.lower() == "ask" and verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in verb.children):
        return None  # "Asked about the vote, he said ...": the question was put to him, by a reporter
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and subjects[-1].i > verb.i:
        return subjects[-1]  # '"Anybody who attacks him ...," said Ann Lee': two subjects, the inverted one speaks
    for child in verb.children:
        if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return _relative_antecedent(child, verb)
        if child.dep_ == "nsubjpass":
            return passive_agent(verb)  # "Carson was asked whether ...": the subject was spoken to
        if child.dep_ in SUBJECT_DEPS and child.lower_ not in {"it", "there"} | {"that", "which"}:
            return child
        if child.dep_ == "nsubj" and child.lower_ == "it" and not _expletive(verb):
            return child  # "it said", "it also announced that" (an organisation, resolved later)
    if verb.dep_ in {"conj", "advcl"} and verb.head != verb:
        # Coordinated and participial verbs share the subject: "thanked Scholz and said ...",
        # "raised its warning, saying ...".
        # Not from a verb inside another's content: "said an invasion could happen and urged ..."
        # gives "urged" to the speaker of "said", not to "an invasion".
        if verb.head.pos_ not in {"VERB", "AUX"} or verb.head.dep_ in {"ccomp", "relcl", "acl", "advcl", "xcomp"}:
            return find_subject(verb.head.head) if verb.head.dep_ == "ccomp" and is_cue(verb.head.head) else None
        return find_subject(verb.head)
    if verb.dep_ == "xcomp" and verb.head != verb and verb.head.lemma_.lower() in CUE_VERBS:
        return find_subject(verb.head)
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() not in NOT_SAID_HEADS \
            and not any(c.dep_ == "neg" for c in verb.head.children):
        return find_subject(verb.head)  # "interjected to say", "took to Twitter to say", "went on to say"
    if verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.pos_ == "VERB":
        return find_subject(verb.head.head)  # "punctuated his list by saying", "responded by saying"
    return None


def _relative_antecedent(pronoun: Token, verb: Token) -> Token | None:
    """"said Ana Ruiz, who noted that ..." -> Ruiz; "a statement, which said ..." -> statement.

    "who" always stands for its noun; "which" and "that" only for a document or a named
    organisation or place ("the ministry, which said"), not for "the plan that said nothing".
    """
    head = verb.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if pronoun.lower_ == "who" or head.lemma_.lower() in DOCUMENT_NOUNS or head.ent_type_ in {"ORG", "GPE", "NORP"}:
        return head
    return None


def _expletive(verb: Token) -> bool:
    """"It is said that", "it appears that": a dummy "it" with no speaker behind it."""
    return verb.lemma_.lower() in {"be", "seem", "appear"} or any(c.dep_ in {"auxpass", "acomp"} for c in verb.children)


def passive_agent(verb: Token) -> Token | None:
    """The speaker of a passive cue is its "by" phrase: "was dismissed by the media" -> media."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def content_span(verb: Token, subject: Token, sent: Span, quotes: list[Quote]) -> tuple[int, int] | None:
    """Character span of what was said: the verb's clause, a quote it governs, or the rest.

    A reporting verb embedded in another's complement ("The Kremlin said Putin told Biden
    that ...") counts only with a clause of its own, so "the US would respond soon" inside
    a statement is not a second statement.
    """
    doc = sent.doc
    for child in verb.children:
        if child.dep_ in {"ccomp", "parataxis"} and child.i != subject.i:
            start, end = doc[child.left_edge.i].idx, _end(doc[child.right_edge.i])
            return _widen_to_quote(start, end, quotes)
    main = verb.dep_ == "ROOT" or _head_in_quote(verb, quotes)
    by_saying = verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.dep_ in {"ROOT", "conj"}
    embedded = _embedded(verb) and not main and not by_saying
    if embedded and verb.lemma_.lower() not in NESTED_CUE_VERBS:
        return None
    that_clause = following_that_clause(verb, sent)
    if that_clause is not None and not embedded:
        return that_clause
    governed = [] if embedded else governed_quotes(verb, subject, sent, quotes, main)
    if governed:
        best = max(governed, key=lambda q: q.end - q.start)
        return best.start, best.end
    if verb.lemma_.lower() in OBJECT_CONTENT_VERBS and verb.i < sent.end - 2:
        after = [t for t in verb.subtree if t.i > verb.i and not t.is_punct and not _is_addressee(t, verb)]
        if len(after) >= MIN_CONTENT_WORDS:
            return after[0].idx, _end(after[-1])
    aside = parenthetical(verb, subject, sent)
    if aside is not None:
        return aside
    if subject.i > sent.start + 2 and verb.i > subject.i and main and _words_before_comma(verb, sent) <= MAX_BARE_CUE_EXTRA_WORDS:
        # Inverted attribution with stripped marks: "We cant pinpoint the day, Mr Sullivan said."
        before = [t for t in sent if t.i < subject.left_edge.i and not t.is_punct]
        adverbial = any(t.head == verb and t.dep_ in {"advcl", "prep", "npadvmod"} for t in before)
        if len(before) >= MIN_CONTENT_WORDS and not adverbial and not any(c.dep_ == "dobj" for c in verb.children):
            return before[0].idx, _end(before[-1])
    if main and verb.i > subject.i and verb.lemma_.lower() not in CLAUSE_ONLY_VERBS:
        # The parser lost the clause: "Cruz said he's certain Rubio will ..." (no ccomp arc).
        after = [t for t in sent if t.i > verb.i and not t.is_punct]
        if len(after) >= MIN_CONTENT_WORDS and not sent.doc[verb.i + 1].is_punct and after[0].lower_ not in ACTION_PREPOSITIONS \
                and any(t.pos_ in {"VERB", "AUX"} for t in after):
            return after[0].idx, _end(after[-1])
    return None


def following_that_clause(verb: Token, sent: Span) -> tuple[int, int] | None:
    """"told reporters after the talks that both sides ..." when the parser lost the clause."""
    for token in sent:
        if token.i <= verb.i or token.is_punct and token.text != ",":
            continue
        if token.lemma_.lower() in CUE_VERBS and token.pos_ == "VERB":
            return None  # another reporting verb owns what follows
        if token.lower_ == "that" and token.i + 2 < sent.end:
            last = sent[-1] if not sent[-1].is_punct else sent[-2]
            return token.idx, _end(last)
    return None


def _embedded(verb: Token) -> bool:
    return any(t.dep_ in {"ccomp", "relcl", "acl", "pcomp"} for t in [verb, *verb.ancestors] if t != t.head or t.dep_ != "ROOT")


def _head_in_quote(verb: Token, quotes: list[Quote]) -> bool:
    """'"Let me tell you," Trump told the crowd.' parsed with "told" under "Let": a cue outside
    the quotation whose head lies inside it is the sentence's main attribution."""
    head = verb.head
    return head != verb and any(q.start <= head.idx < q.end for q in quotes) and not any(q.start <= verb.idx < q.end for q in quotes)


def governed_quotes(verb: Token, subject: Token, sent: Span, quotes: list[Quote], main: bool = False) -> list[Quote]:
    """Quotes inside the verb's clause, or (for a main verb) before its subject or after it."""
    left, right = verb.left_edge.idx, _end(verb.right_edge)
    inside = [q for q in quotes if q.start >= left and q.end <= right + 1 and not (q.start <= subject.idx < q.end)]
    if inside or not (main or verb.dep_ == "ROOT"):
        return inside
    return [q for q in quotes if q.end <= subject.left_edge.idx or q.start >= _end(verb)]


def _widen_to_quote(start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    for q in quotes:
        if q.start <= start + 1 and q.end >= end - 1:
            return q.start, q.end
    return start, end


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _is_addressee(token: Token, verb: Token) -> bool:
    return token.head == verb and token.dep_ in {"dobj", "dative", "iobj"} and verb.lemma_.lower() in ADDRESSEE_VERBS


def find_addressee(verb: Token) -> Token | None:
    """The person spoken to: object of tell/warn/urge..., or of "to" after say."""
    for child in verb.children:
        if _is_addressee(child, verb):
            return child
    return None


def finish(item: dict, sent: Span, info: dict, mentions: list[dict], context: dict) -> dict:
    """Turn a found statement into a row: speaker span, kind, quoted, medium, addressee."""
    doc = sent.doc
    quotes = context["quotes"]
    start, end = _trim(doc_text(doc), *widen_to_quotes(*_trim(doc_text(doc), *item["content"]), quotes))
    speaker_start, speaker_end, surface, how, mention = speaker_span(item, mentions, context)
    addressee = item["addressee"]
    content = doc_text(doc)[start:end]
    overlap = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes)
    quoted = overlap > 0
    if quoted:
        kind = "direct" if overlap >= 0.8 * (end - start) else "mixed"
    else:
        kind = "direct" if _first_person(content) and item["how"] != "according to" else "indirect"
    # A quotation the splitter cut before its cue belongs to the sentence it starts in.
    cue_sent_idx = info["sent_idx"]
    info = context["locate"](start) if start < sent.start_char and context.get("locate") else info
    cue = item["cue_token"]
    return {"last_sent_idx": cue_sent_idx, "cue_start": cue.idx if cue is not None else None,
        "sent_idx": info["sent_idx"], "start": start, "end": end, "sentence": info["text"],
        "content": content, "cue": item["cue"], "kind": kind, "quoted": quoted,
        "medium": medium_of(sent.text.lower()), "speaker_surface": surface,
        "speaker_start": speaker_start, "speaker_end": speaker_end, "speaker_how": how, "speaker_mention": mention,
        "addressee_surface": _np_text(addressee) if addressee is not None else None,
        "addressee_start": addressee.idx if addressee is not None else None,
        "addressee_end": _end(addressee) if addressee is not None else None,
    }


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace or a dangling comma."""
    while start < end and text[start] in " \n\t":
        start += 1
    while end > start and text[end - 1] in " \n\t,":
        end -= 1
    return start, end


def _first_person(text: str) -> bool:
    """First-person words as written: "we", "We", "I" count; "US" (the country) does not."""
    words = [w.strip(".,;:!?\"'\u201c\u201d\u2018\u2019") for w in text.split()]
    return any(w == "I" or (w.lower() in FIRST_PERSON and w in {w.lower(), w.capitalize()}) for w in words)


def medium_of(sentence: str) -> str | None:
    """How a statement was made, when the sentence says: statement, readout, tweet, email..."""
    for medium, words in MEDIA.items():
        if any(w in sentence for w in words):
            return medium
    return None
