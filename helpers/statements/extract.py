"""Attributed statements in one article (the per-article half of the ``statements`` table).

Found from the dependency parse, not from quote marks alone: a reporting verb (say, tell,
warn, accuse, tweet, ...) with its subject as speaker, its clausal complement or the quote
as content and, for verbs such as tell and warn, its object as addressee; "according to X";
written statements ("A White House statement said", "the Kremlin's readout"); quotes whose
marks were stripped; and quotes that continue into the next sentence. The speaker is kept as
character offsets and resolved to a canonical actor across the corpus (``speakers.py``).

``cues`` holds the cue lexicon and finds speaker and addressee; ``content`` finds what was said.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from helpers.actors.mentions import sentence_locator
from helpers.docarrays import lead_space, span_text, tokens_passing
from helpers.parse import doc_text
from helpers.statements.antecedents import DOCUMENT_NOUNS, _np_text, person_genders, speaker_span
from helpers.statements.content import content_span
from helpers.statements.continued import continued_speaker
from helpers.statements.documents import is_authorless_text
from helpers.statements.cues import QUOTE_ONLY_VERBS, _is_addressee, has_to, find_addressee, find_subject, is_cue
from helpers.statements.nominal import according_to, nominal_statements, speaker_labels
from helpers.statements.quotes import Quote, find_quotes
from helpers.statements.orphans import quote_before_speaker
from helpers.statements.quoted_as import quoted_as_saying
from helpers.statements.sourced import sourced_statements
from helpers.statements.topics import THING_PRONOUNS, TOPIC_SPEAKER_NOUNS, topic_statements
from helpers.statements.spans import (
    MAX_BARE_CUE_EXTRA_WORDS,
    clip_quotes,
    colon_content,
    cut_trailing_gloss,
    join_continuations,
    preceding_quote,
    run_past_colon,
    split_joint_reports,
    widen_to_quotes,
)

STATEMENT_COLUMNS = [
    "article_id", "sent_idx", "start", "end", "sentence", "speaker", "speaker_surface",
    "speaker_type", "speaker_country", "cue", "kind", "quoted", "medium", "addressee", "content",
    "speaker_how", "group_id",
]
MEDIA = {
    "statement": ("statement", "communique"), "readout": ("readout", "reading", "summary of the call"),
    "press release": ("press release", "release"), "tweet": ("tweet", "twitter", "on x"),
    "email": ("by email", "in an email"), "press conference": ("press conference", "news conference", "briefing"),
}
QUESTIONERS = {"reporter", "journalist", "correspondent", "interviewer", "questioner", "anchor", "host", "reader", "viewer", "listener"}
# Subjects that deny anyone spoke: "nobody claimed a breakthrough", "no official has said", "little was said".
NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "little", "neither", "noone"}
UNKNOWABLE_SPEAKERS = {"i", "we", "you"}
FIRST_PERSON = {"i", "we", "our", "us", "my", "me", "ours"}


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
        info = by_start.get(sent.start_char + lead_space(sent))
        if info is None:
            continue
        quotes = clip_quotes(article_quotes, sent.start_char, sent.end_char)
        found = list(cue_statements(sent, quotes, article_quotes)) + list(according_to(sent)) + list(sourced_statements(sent)) + list(nominal_statements(sent, quotes)) \
            + list(speaker_labels(sent)) + list(colon_statements(sent, article_quotes)) + list(quoted_as_saying(sent, quotes))
        found += list(spoken_topics(sent, quotes, found))
        found = [item for item in found if not (isinstance(item["speaker"], Token) and is_authorless_text(item["speaker"]))]
        rows = []
        for item in found:  # "Lee said ..., but he insisted ...": a pronoun may follow its antecedent's cue
            rows.append(finish(item, sent, info, mentions, context))
            context["previous"].append(rows[-1])
        finished = split_joint_reports(rows, text)
        per_sentence.append((sent, info, finished))
    rows = join_continuations(text, per_sentence, article_quotes)
    for row in rows:
        row.pop("speaker_mention", None)
        row.pop("last_sent_idx", None)
        row.pop("cue_start", None)
        row.pop("cue_subject", None)
        row.pop("topic_row", None)
    return rows


# Content that only declines to answer: "he had no information", "nothing to announce",
# "he would not discuss hypothetical situations". Not the past "we didn't discuss that": an answer
# about what happened.
NON_ANSWER = re.compile(
    r"""^\W*(?:that\s+)?(?:he|she|they|it|we|i|the\s+\w+)\s+(?:(?:had|has|have)\s+["\u201c]?(?:no\s+(?:\w+\s+)?"""
    r"""(?:information|comment|comments|details|update|knowledge|statement)|nothing\s+(?:\w+\s+)?to\s+(?:announce|add|say|share|offer|report))"""
    r"""|(?:would|will|could|can)\s*(?:not|n't)\s+(?:discuss|comment|speculate|confirm|elaborate))\b""",
    re.IGNORECASE)


def _open_question(token) -> bool:
    """A cue in an indirect question: "whether Lee had promised ...", and "if" when the clause is
    what was asked or left unsaid ("would not say if Lee had vowed ..."). A conditional "if" clause
    ("But if Lee implied that ..., he did not ...") can report what was said."""
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return "whether" in marks or "if" in marks and token.dep_ in {"ccomp", "xcomp"}


CUE_POS = {"VERB", "AUX"}  # what is_cue first asks of a token


def may_be_cue(arrays, i: int) -> bool:
    """``is_cue``'s first test on the Doc's lists (``docarrays``): only these tokens can be cues."""
    return arrays.pos[i] in CUE_POS and arrays.dep[i] != "amod"


def cue_statements(sent: Span, quotes: list[Quote], article_quotes: list[Quote]):
    """Statements built on reporting verbs: speaker = subject, content = complement or quote.

    A bare cue sentence ('Weaver said.' after a quotation paragraph) takes the quotation
    that ends just before it.
    """
    for token in tokens_passing(sent, may_be_cue):
        if not is_cue(token):
            continue
        if token.lemma_.lower() == "accord":
            continue  # "according to" is handled on its own
        if any(c.dep_ == "neg" for c in token.children):
            continue  # "would not say", "did not comment": a refusal is not a statement
        if _open_question(token):
            continue  # "would not say whether Lee had promised to ...": asked, not said
        if _purpose_of_conversation(token):
            continue  # "spoke to European leaders to underscore ...": what a conversation was for, not what was said
        subject = find_subject(token)
        if any(q.start <= token.idx < q.end for q in quotes) and not reported_inside_quote(token, subject, sent, quotes):
            continue  # speech inside a quote is content, unless the quote reports a named third party
        if subject is None or subject.lower_ in UNKNOWABLE_SPEAKERS:
            continue  # "I reiterated ..." in a post whose author the copy dropped
        if subject.lower_ in NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            continue  # "nobody claimed a breakthrough": no statement was made
        if token.lemma_.lower() in THING_SUBJECT_CUES and not can_speak(subject):
            continue  # "the exchange underscored how ...": a thing that shows, not a speaker who stressed
        if token.lemma_.lower() == "ask" and subject.lemma_.lower() in QUESTIONERS:
            continue  # "reporters asked him about ...": a question put to a source is not its statement
        content = content_span(token, subject, sent, quotes) or quote_after_colon(token, sent, article_quotes)
        content = quote_before_speaker(subject, token, content, quotes) or content
        if content is None and is_bare_cue(token, subject, sent):
            content = colon_content(token, sent) or _span(preceding_quote(doc_text(sent.doc), sent, article_quotes))
        if content is None or token.lemma_.lower() in QUOTE_ONLY_VERBS and not _quoted(content, article_quotes):
            continue
        if NON_ANSWER.match(doc_text(sent.doc)[content[0]:content[1]]):
            continue  # "said he had no information to offer", "saying he would not discuss ...": a refusal
        yield {
            "cue": token.lemma_.lower(), "cue_token": token, "speaker": subject,
            "content": content, "addressee": find_addressee(token), "how": "subject",
        }


def spoken_topics(sent: Span, quotes: list[Quote], found: list[dict]):
    """Topic cues ("talked about the budget") on verbs no other rule gave a row, by a speaker."""
    taken = {item["cue_token"] for item in found}
    for item in topic_statements(sent, quotes):
        subject = item["speaker"]
        if item["cue_token"] in taken or subject.lower_ in UNKNOWABLE_SPEAKERS | NEGATIVE_SUBJECTS or subject.lower_ in THING_PRONOUNS \
                or not (can_speak(subject) or subject.lemma_.lower() in TOPIC_SPEAKER_NOUNS):
            continue
        yield item


COLON_SPEAKER_POS = {"PROPN", "PRON", "NOUN"}


def colon_statements(sent: Span, article_quotes: list[Quote]):
    """'Mr. Lee agreed: "It is a good deal."', 'Kim shot back: "..."': a verb of any kind that a
    colon joins to a quotation reports what its subject said (cue verbs are handled above)."""
    for token in tokens_passing(sent, lambda a, i: a.pos[i] == "VERB"):
        if token.pos_ != "VERB" or is_cue(token) or any(c.dep_ == "neg" for c in token.children):
            continue
        if any(q.start <= token.idx < q.end for q in article_quotes) or _in_reported_clause(token):
            continue
        subject = find_subject(token)
        if subject is None or subject.pos_ not in COLON_SPEAKER_POS or subject.lower_ in UNKNOWABLE_SPEAKERS | {"it", "this", "that"}:
            continue
        if subject.pos_ == "NOUN" and not (subject.ent_type_ or any(c.dep_ in {"det", "poss"} for c in subject.children)):
            continue
        content = quote_after_colon(token, sent, article_quotes)
        if content is not None:
            yield {"cue": token.lemma_.lower(), "cue_token": token, "speaker": subject, "content": content,
                   "addressee": None, "how": "subject"}


def _in_reported_clause(verb: Token) -> bool:
    """'He adds that voters have two choices: "..."': the verb before the colon is inside what a
    reporting verb says, and the quotation goes on with that report (its content runs past the colon)."""
    return any(t.dep_ in {"ccomp", "xcomp"} and is_cue(t.head) for t in [verb, *verb.ancestors] if t != t.head)


def quote_after_colon(verb: Token, sent: Span, article_quotes: list[Quote]) -> tuple[int, int] | None:
    """The quotation right after 'VERB:' ('went on to say: "..."', 'agreed: "..."'), also when it
    opens the next paragraph."""
    doc = sent.doc
    i = verb.i + 1
    while i < sent.end and doc[i].dep_ in {"prt", "advmod"} and doc[i].head == verb and i - verb.i <= 2:
        i += 1  # "shot back:", "said simply:"
    told = next((c for c in verb.children if _is_addressee(c, verb) and c.left_edge.i == i), None)
    if told is not None:
        i = told.right_edge.i + 1  # "told reporters:", "telling reporters, ..."
    i = _past_object_to_colon(verb, i, sent)
    # a participle takes its quotation after a comma too: 'Lee shrugged, telling reporters, "..."'
    # and so does "to say": 'went on to say, "..."'
    marks = {":", ","} if verb.tag_ == "VBG" or verb.tag_ == "VB" and has_to(verb) else {":"}
    if i >= sent.end or doc[i].text not in marks:
        return None
    colon_end = doc[i].idx + 1
    for q in article_quotes:
        if 0 <= q.start - colon_end <= 4 and q.end - q.start > 8:
            return q.start, q.end
    return None


MAX_WORDS_BEFORE_COLON = 8


def _past_object_to_colon(verb: Token, i: int, sent: Span) -> int:
    """'addressed the crowd again: "..."', 'worded it more carefully: "..."': the colon after the
    verb's own object and adverbs (no clause of its own between), else ``i`` unchanged."""
    doc = sent.doc
    own = {t.i for t in verb.subtree}
    for j in range(i, min(sent.end, verb.i + MAX_WORDS_BEFORE_COLON + 1)):
        if doc[j].text == ":":
            return j
        if j not in own or doc[j].pos_ in {"VERB", "AUX"} or doc[j].is_punct or doc[j].dep_ in {"ccomp", "advcl", "relcl", "acl"}:
            break
    return i


# Cues that also take a thing as subject ("the vote underscored the rift").
THING_SUBJECT_CUES = {"underscore", "underline"}
ROLE_NOUNS = {"official", "minister", "leader", "president", "secretary", "analyst", "expert", "diplomat", "aide", "source",
              "senator", "chancellor", "envoy", "ambassador", "candidate", "governor", "chief", "chairman", "director", "lawmaker"}


def can_speak(subject: Token) -> bool:
    """A subject that can make a statement: a name, a pronoun, a role, an institution or a document."""
    return subject.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"} or subject.pos_ in {"PRON", "PROPN"} \
        or subject.lemma_.lower() in OFFICIAL_SOURCES | ROLE_NOUNS


CONVERSATION_VERBS = {"speak", "talk", "meet", "phone", "telephone", "call", "visit", "travel", "fly"}


def _purpose_of_conversation(verb: Token) -> bool:
    """"spoke to leaders to underscore ...", "called Lee to express ...": a purpose clause of a conversation."""
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and verb.head.lemma_.lower() in CONVERSATION_VERBS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def reported_inside_quote(verb: Token, subject: Token | None, sent: Span, quotes: list[Quote]) -> bool:
    """A statement reported inside a quoted written or official account gets its own (nested) row:
    "'The chancellor stressed that ...,' the statement said", 'the presidency said Lee "reiterated that ..."'.

    Only past speech of a named or described third party (not "we said", "he told me": the quoted
    speaker's own words; not "what Lee said", a relative clause), and only when the quotation is
    attributed outside it ("Ortega said"): one row per level of a nested attribution.
    """
    if subject is None or subject.pos_ not in {"PROPN", "NOUN"} or verb.tag_ not in {"VBD", "VBN"} \
            or verb.dep_ in {"relcl", "acl", "pcomp", "csubj"} or verb.dep_ == "advcl" and not _own_clause(verb, subject) \
            or not _attributed_frame(sent, quotes):
        return False
    if subject.lower_ in {"people", "everyone", "nobody", "somebody", "someone", "everybody"}:
        return False
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return False  # '"We are encouraged by the results," Lee said': a feeling, not a report
    # a name, whatever entity type the tagger gave it ('Blinken "reiterated that ...", the statement said')
    return subject.pos_ == "PROPN" or any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in subject.children) \
        or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in subject.children)


def _own_clause(verb: Token, subject: Token) -> bool:
    """'Lee "stressed that ...," the statement said' parsed with "stressed" as an adverbial of "said":
    a clause with its own subject before the attribution, not a participle ("Asked about it, ...")."""
    return verb.i < verb.head.i and subject.head == verb and subject.dep_ == "nsubj"


OFFICIAL_SOURCES = DOCUMENT_NOUNS | {"spokesman", "spokeswoman", "spokesperson", "office", "ministry", "presidency",
                                     "government", "department", "it", "official", "officials"}


def _attributed_frame(sent: Span, quotes: list[Quote]) -> bool:
    """The sentence attributes its quotation to a speaker outside it ("the statement said", "Ortega said")."""
    for token in tokens_passing(sent, may_be_cue):
        if is_cue(token) and not any(q.start <= token.idx < q.end for q in quotes):
            subject = find_subject(token)
            if subject is not None and (can_speak(subject) or subject.lemma_.lower() in OFFICIAL_SOURCES):
                return True
    return False


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
    rest = [t for t in sent if t.i not in own and not t.is_punct and not t.is_space and t.dep_ not in {"aux", "neg"}]
    return len(rest) <= MAX_BARE_CUE_EXTRA_WORDS


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def finish(item: dict, sent: Span, info: dict, mentions: list[dict], context: dict) -> dict:
    """Turn a found statement into a row: speaker span, kind, quoted, medium, addressee."""
    doc = sent.doc
    quotes = context["quotes"]
    start, end = _trim(doc_text(doc), *widen_to_quotes(*_trim(doc_text(doc), *item["content"]), quotes))
    start, end = _trim(doc_text(doc), start, cut_trailing_gloss(doc, start, end, quotes))
    end = run_past_colon(doc_text(doc), end, quotes)
    speaker_start, speaker_end, surface, how, mention = continued_speaker(item, mentions, context) or speaker_span(item, mentions, context)
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
    # (a quotation wholly before a bare cue, '"..." / Ms. Ruiz told reporters.', is the quotation's row)
    if start < sent.start_char and context.get("locate") and (end <= sent.start_char or not _opens_sentence(doc_text(doc), sent)):
        info = context["locate"](start)
    cue = item["cue_token"]
    subject_word = item["speaker"].lower_ if isinstance(item.get("speaker"), Token) else None
    return {"last_sent_idx": cue_sent_idx, "cue_start": cue.idx if cue is not None else None, "cue_subject": subject_word,
        "topic_row": bool(item.get("topic")),
        "sent_idx": info["sent_idx"], "start": start, "end": end, "sentence": info["text"],
        "content": content, "cue": item["cue"], "kind": kind, "quoted": quoted,
        "medium": medium_of(span_text(sent).lower()), "speaker_surface": surface,
        "speaker_start": speaker_start, "speaker_end": speaker_end, "speaker_how": how, "speaker_mention": mention,
        "addressee_surface": _np_text(addressee) if addressee is not None else None,
        "addressee_start": addressee.idx if addressee is not None else None,
        "addressee_end": _end(addressee) if addressee is not None else None,
    }


SENTENCE_ENDS = ".!?"
CLOSING_MARKS = "\"'\u201d\u2019"


def _opens_sentence(text: str, sent: Span) -> bool:
    """'"We came to listen. Nobody wants a war," the delegate said.': the cue's sentence is a real
    one (the previous ends a sentence and it opens with a capital), and the row stays on it;
    not '"Are we ready?" | he asked.', a sentence the splitter cut before its cue."""
    first = span_text(sent).lstrip()[:2].lstrip(CLOSING_MARKS + "\u201c\u2018")
    before = text[:sent.start_char].rstrip().rstrip(CLOSING_MARKS)
    return bool(first) and first[0].isupper() and before[-1:] in set(SENTENCE_ENDS)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with whitespace, a dangling comma or a two-apostrophe mark."""
    while start < end and (text[start] in " \n\t" or text.startswith("''", start)):
        start += 2 if text[start] == "'" else 1
    while end > start and (text[end - 1] in " \n\t," or text.endswith("''", 0, end)):
        end -= 2 if text[end - 1] == "'" else 1
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
