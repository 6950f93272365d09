"""Content spans that run past one sentence: quotations split by the sentence splitter and
quotation paragraphs that go on without a new cue.

News copy quotes in whole paragraphs, while the parser cuts sentences:

    "It is not a campaign. It is a cause," said Devine. "We want everyone in."

is one statement whose content starts a sentence before the cue and runs on after it.
Quotes are found once per article (a paragraph at a time, so an unclosed mark runs to the
end of its paragraph), clipped to each sentence for the parse-based rules, and the content
of a statement is then widened to the whole quotation and joined by the quoted sentences
that follow it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.docarrays import lead_space, span_text
from helpers.statements.quotes import Quote

# Characters allowed between a quotation and a bare cue sentence after it: '"...," \n Weaver said.'
MIN_CONTENT_WORDS = 3
MAX_BARE_CUE_EXTRA_WORDS = 6  # 'Trump said on Tuesday in Ohio.'
ATTRIBUTION_STOPS = {",", ";", "\u2014", "\u2013", "--"}
MAX_QUOTE_SENTENCES = 12  # a quotation paragraph runs on for a dozen sentences at most
GAP_CHARS = " \t,.;:-\u2014\u2013"


def clip_quotes(quotes: list[Quote], start: int, end: int) -> list[Quote]:
    """The article's quotes that overlap [start, end), cut to that range."""
    return [Quote(max(q.start, start), min(q.end, end), q.closed) for q in quotes if q.start < end and q.end > start]


def widen_to_quotes(start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    """Grow a content span to cover every quotation it touches, whole.

    '"It is a cause," said Devine' parsed as its own sentence keeps the words of the
    quotation that the splitter put in the sentence before.
    """
    for q in quotes:
        if q.start < end and q.end > start:
            start, end = min(start, q.start), max(end, q.end)
    return start, end


def preceding_quote(text: str, sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quotation that ends just before a bare cue sentence ('"...," \n Weaver said.').

    Only punctuation and spaces may stand between the closing mark and the sentence, and
    the quotation must lie in the same paragraph.
    """
    before = [q for q in quotes if q.end <= sent.start_char]
    if not before:
        return None
    quote = before[-1]
    gap = text[quote.end:sent.start_char]
    if any(ch not in GAP_CHARS + "\n" and not _is_mark(ch) for ch in gap):
        return None
    # A quotation paragraph followed by a paragraph that only names its speaker
    # ('"... for the children."' / 'Ms. Ruiz told reporters on a conference call.') is one statement;
    # a bare cue inside a longer paragraph does not reach back across the break.
    own_paragraph = "\n" in span_text(sent).rstrip(" ") or sent.end_char >= len(text.rstrip())
    if "\n" in gap and (gap.count("\n") > 2 or not own_paragraph):
        return None
    return quote


def _is_mark(ch: str) -> bool:
    return ch in "\"'\u201c\u201d\u2018\u2019"


def opens_with_quote(text: str, sent: Span, quotes: list[Quote]) -> Quote | None:
    """The quotation a sentence begins with, or that it starts inside of."""
    lead = lead_space(sent)
    first = sent.start_char + lead
    for q in quotes:
        if q.start <= first + 2 and q.end > first:
            return q
    return None


def continues(text: str, sent: Span, quotes: list[Quote], previous: dict, sent_idx: int) -> Quote | None:
    """The quotation by which a cue-less sentence continues the previous statement, if any.

    It does when the sentence comes right after the statement's last sentence, begins
    with or inside a quotation, and either the statement was quoted or the sentence is in
    the same paragraph ("He said jobs were coming back. 'We will win,' ..." is one voice).
    """
    if previous.get("last_sent_idx", previous["sent_idx"]) != sent_idx - 1:
        return None
    quote = opens_with_quote(text, sent, quotes)
    if quote is None:
        return None
    same_paragraph = "\n" not in text[previous["end"]:sent.start_char]
    if previous["kind"] in {"direct", "mixed"} or same_paragraph:
        return quote
    return None


def extend(row: dict, text: str, end: int, sent_idx: int) -> None:
    """Let a statement row run on to ``end`` (its content stays ``text[start:end]``)."""
    row["end"] = max(row["end"], end)
    while row["end"] > row["start"] and text[row["end"] - 1] in " \n\t,":
        row["end"] -= 1  # 'We will win,' -> no dangling comma
    row["content"] = text[row["start"]:row["end"]]
    row["last_sent_idx"] = sent_idx
    if row["kind"] == "indirect":
        row["kind"] = "mixed"
    row["quoted"] = True


def _words_before_comma(verb: Token, sent: Span) -> int:
    """Words after a verb up to the next comma or the sentence end ("said by telephone")."""
    n = 0
    for t in sent.doc[verb.i + 1:sent.end]:
        if t.text in ATTRIBUTION_STOPS:
            break
        n += not (t.is_punct or t.is_space)
    return n


def parenthetical(verb: Token, subject: Token, sent: Span) -> tuple[int, int] | None:
    """An attribution set off by commas inside what was said: the sentence around it.

    "The golf industry, she said, is doing better." / "Still, he said, officials must
    decide." / "Two interviews, federal officials said, the first in Pakistan."
    """
    doc = sent.doc
    if any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "As Politico reported, Trump would win" / "the race is close, as Cruz said on Monday"
        clause = set(range(verb.left_edge.i, verb.right_edge.i + 1))
        words = [t for t in sent if not t.is_punct and t.i not in clause]
        return (words[0].idx, _end(words[-1])) if len(words) >= MIN_CONTENT_WORDS else None
    first = min(subject.left_edge.i, verb.i)
    before = first - 1
    while before > sent.start and all(_is_mark(ch) for ch in doc[before].text):
        before -= 1  # 'reading the posts on ''certain corners of the web,'' he said, end up ...'
    if before <= sent.start or doc[before].text not in ATTRIBUTION_STOPS:
        return None
    # past an inverted subject's apposition: "..., said Ann Lee, a vice president, the firm wants ..."
    subject_end = max(t.i for t in subject.subtree if not t.is_punct)
    stop = next((t.i for t in doc[max(verb.i, subject_end) + 1:sent.end] if t.text in ATTRIBUTION_STOPS), None)
    if stop is None or _words_before_comma(verb, sent) > MAX_BARE_CUE_EXTRA_WORDS:
        return None
    words = [t for t in sent if not t.is_punct and not first <= t.i < stop]
    after = [t for t in words if t.i > stop]
    quoted_after = stop + 1 < sent.end and all(_is_mark(ch) for ch in doc[stop + 1].text)
    if after and _modifies_cue(after[0], verb) and not quoted_after:  # ', he said, ''not only by ...'': still the quote
        words = [t for t in words if t.i < first]  # '..., the ministry said, without giving details.'
        if not _has_finite_clause(words, verb):
            return None  # "In a short reply, Lee said, ...": an adverbial, not what was said
    elif not after:
        return None
    if len(words) < MIN_CONTENT_WORDS:
        return None
    return words[0].idx, _end(words[-1])


def _modifies_cue(token: Token, verb: Token) -> bool:
    """'..., he said, adding that ...' / '..., a spokesman said Thursday, speaking of ...': the words
    after the attribution hang on the cue as a participle or adverbial, not as what was said."""
    path = [token, *token.ancestors]
    if verb not in path:
        return False
    below = path[path.index(verb) - 1] if path.index(verb) > 0 else token
    return below.dep_ not in {"ccomp", "parataxis", "conj"}


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}


def _has_finite_clause(tokens: list[Token], verb: Token) -> bool:
    """A clause with its own subject and tensed verb ("a girl was sprayed, police said"), not an
    adverbial ("In a statement released on Monday, X said")."""
    for t in tokens:
        head = t.head
        if t.dep_ in {"nsubj", "nsubjpass"} and head != verb and (head.tag_ in FINITE_TAGS or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ in FINITE_TAGS for c in head.children)) \
                and head.dep_ not in {"relcl", "acl"} and not any(c.dep_ == "mark" for c in head.children):
            return True  # a main clause: not "after the senator ended his campaign", "if it was legal"
    return False


def colon_content(verb: Token, sent: Span) -> tuple[int, int] | None:
    """'Lavrov replied:' or 'The statement said:' ending a sentence: what follows is the content.

    The next sentence (often the next paragraph, a quotation or a plain block) is taken.
    """
    last = sent[-1] if not sent[-1].is_space else sent[-2]
    if last.text != ":" or verb.i > last.i or sent.end >= len(sent.doc):
        return None
    following = sent.doc[sent.end].sent
    words = [t for t in following if not t.is_space]
    return (words[0].idx, _end(words[-1])) if len(words) >= MIN_CONTENT_WORDS else None


def _end(token: Token) -> int:
    return token.idx + len(token.text)


MAX_COLON_GAP = 4  # characters between a colon and the quotation it opens: ': "', ':\n\n"'


def run_past_colon(text: str, end: int, quotes: list[Quote]) -> int:
    """End of a content span that stops at a colon opening what was said: 'He adds that voters
    have two choices: "Leave or fight."' and 'Ruiz said that, given the choice:' followed by a
    quotation paragraph -> the span runs on to the end of that quotation."""
    colon = end - 1 if text[end - 1:end] == ":" else end if text[end:end + 1] == ":" else None
    if colon is None:
        return end
    after = colon + 1
    for q in quotes:
        gap = text[after:q.start]
        if 0 <= q.start - after <= MAX_COLON_GAP and gap.count("\n") <= 2 and q.end - q.start > 8 and _ends_its_line(text, q):
            return q.end
    return end


def _ends_its_line(text: str, quote: Quote) -> bool:
    """The quotation closes its paragraph or its sentence: not '...: "France is lost," he claimed.', a
    quotation with an attribution of its own after it."""
    line_end = text.find("\n", quote.end)
    after = text[quote.end:line_end if line_end >= 0 else len(text)].lstrip(CLOSING_MARKS)
    if not after.strip() or after[:1] in SENTENCE_END:
        return True
    return text[quote.end - 1:quote.end] in SENTENCE_END and after.lstrip()[:1].isupper()


CLOSING_MARKS = "\"'\u201d\u2019\x7f"
SENTENCE_END = set(".!?")


def split_joint_reports(rows: list[dict], text: str) -> list[dict]:
    """"Farage said the warning was wrong, and accused Downing Street of ...": two statements.

    When another cue of the same speaker lies inside a statement's content, the content
    stops before it (and before the "and" or comma that joins them).
    """
    for a in rows:
        for b in rows:
            inside = b is not a and b["cue_start"] is not None and a["start"] < b["cue_start"] < a["end"]
            if inside and b["speaker_start"] == a["speaker_start"] and b["cue_start"] - a["start"] > 10:
                end = b["cue_start"]
                cut = text[a["start"]:end].rstrip()
                for joint in (" and", ",", " but", ";"):
                    cut = cut.removesuffix(joint).rstrip() if cut.endswith(joint) else cut
                a["end"] = a["start"] + len(cut.rstrip(" ,"))
                a["content"] = text[a["start"]:a["end"]]
                a["cut_for_later_cue"] = True
    return [r for r in rows if not (r.pop("cut_for_later_cue", False) and _only_a_lead_in(r["content"]))]


# Words that tie a cue to the next one: "replied on Friday to suggest ...", "explained it by saying ...".
LEAD_IN_WORDS = {"to", "by", "in", "with", "before", "after", "while", "when", "then"}


def _only_a_lead_in(content: str) -> bool:
    """What is left of a content cut before the same speaker's next cue is no statement: "on Friday
    to" ('replied on Friday to suggest ...'), "Wednesday evening" ('released a statement Wednesday
    evening, saying ...'): under three words, or words that lead into the next cue."""
    words = [w.lower().strip(",;.") for w in content.split()]
    return len(words) < MIN_CONTENT_WORDS or words[-1] in LEAD_IN_WORDS or all(w in WHEN_WORDS for w in words)


# Words of a time phrase alone ("on Wednesday evening", "late last week"): when, not what.
WHEN_WORDS = {"on", "in", "at", "late", "early", "earlier", "later", "last", "this", "next", "the", "of",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year", "day"}


def join_continuations(text: str, per_sentence: list, quotes: list[Quote]) -> list[dict]:
    """Rows in text order; a cue-less sentence inside or after a statement's quotation joins it.

    '"It is a cause," said Devine. "We want everyone in."' is one row: the second sentence
    extends the first row instead of becoming a row of its own (or none).
    """
    rows: list[dict] = []
    by_sent: dict[int, list[dict]] = {}
    for _, info, found in per_sentence:
        by_sent.setdefault(info["sent_idx"], []).extend(found)
    for sent, info, found in per_sentence:
        if found:
            if len(found) == 1:
                _join_later_quotes(found[0], text, clip_quotes(quotes, sent.start_char, sent.end_char), info["sent_idx"])
            rows.extend(found)
            continue
        first, last = sent.start_char + lead_space(sent), sent.end_char - 1
        near = [r for k in range(info["sent_idx"] - MAX_QUOTE_SENTENCES, info["sent_idx"] + MAX_QUOTE_SENTENCES + 1)
                for r in by_sent.get(k, [])]
        cover = [r for r in near if r["start"] <= first + 2 and r["end"] >= last - 2]
        if cover:
            cover[0]["last_sent_idx"] = max(cover[0].get("last_sent_idx", 0), info["sent_idx"])
            continue
        previous = _voice_to_continue(rows) if rows else None
        quote = continues(text, sent, quotes, previous, info["sent_idx"]) if previous else None
        if quote is not None:
            extend(previous, text, quote.end, info["sent_idx"])
    return rows


def _voice_to_continue(rows: list[dict]) -> dict:
    """The row a following quotation continues: the last row of the last sentence with rows, but not
    a closing topic row ('"We will win," Lee said, pointing to the poll. "They will lose."': the quote
    is Lee's saying, while after '..., adding that ...' it goes on with what was added)."""
    last = rows[-1].get("last_sent_idx", rows[-1]["sent_idx"])
    same = [r for r in rows if r.get("last_sent_idx", r["sent_idx"]) == last]
    return next((r for r in reversed(same) if not r.get("topic_row")), rows[-1])


def _join_later_quotes(row: dict, text: str, quotes: list[Quote], sent_idx: int) -> None:
    """"'There's resistance,' said Mr. Lee, a broker. 'Costs are high.'" parsed as one sentence:
    the second quotation is the same speaker's, when it is the sentence's only statement."""
    later = [q for q in quotes if q.start > row["end"] and not (row["speaker_start"] or -1) <= q.start < (row["speaker_end"] or -1)
             and _opens_own_quote(text, q)]
    if later and row["kind"] != "indirect":
        extend(row, text, later[-1].end, sent_idx)


# What may stand before a quotation that goes on with the speaker's words: a sentence end
# ('said Lee. "Costs are high."') or the comma or colon after the attribution ('said Lee, "and ..."').
OPENING_QUOTE_AFTER = ".!?,:;"


def _opens_own_quote(text: str, quote: Quote) -> bool:
    """A later quotation that stands on its own, not one inside the writer's words about the speaker:
    '"...," said an official who described the plan as "a mess."' (after "as": the describing's)."""
    before = text[:quote.start].rstrip("\"'\u201c\u2018\x7f").rstrip().rstrip("\"'\u201d\u2019")
    return before[-1:] in set(OPENING_QUOTE_AFTER)


# Participles by which the writer glosses what a speaker meant: "..., referring to the convention".
GLOSS_VERBS = {"refer", "reference", "allude"}


def cut_trailing_gloss(doc, start: int, end: int, quotes: list[Quote]) -> int:
    """End of a content span without a closing gloss of the writer's: 'Lee said the race "should be
    over by June," referring to the party's convention' -> the content ends at "June"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for token in span if span is not None else []:
        if token.lemma_.lower() in GLOSS_VERBS and token.tag_ == "VBG" and token.i > 0 and doc[token.i - 1].text == "," \
                and not any(q.start <= token.idx < q.end or q.start >= token.idx and q.start < end for q in quotes):
            return doc[token.i - 1].idx
    return cut_trailing_comment(span, end, quotes) if span is not None else end


COMMENT_BREAKS = {",", "-", "\u2014", "\u2013", "--"}
COMMENT_DEPS = {"npadvmod", "dobj", "appos", "attr"}


def cut_trailing_comment(span, end: int, quotes: list[Quote]) -> int:
    """End of a content span without the writer's closing comment on it: 'Lee said fees would rise,
    an admission that her rivals seized on' / '... - a point that auditors dispute' -> it ends before
    the comma. The comment is an indefinite noun phrase with a relative clause that hangs on the
    clause's verb (not an apposition to a noun: "Kim, a lawyer who ...") and runs to the end."""
    for token in span:
        if token.text not in COMMENT_BREAKS or token.i + 2 >= span.end or token.i == span.start:
            continue
        det = token.nbor()
        noun = det.head
        if det.dep_ != "det" or det.lower_ not in {"a", "an"} or noun.i <= det.i or noun.dep_ not in COMMENT_DEPS \
                or noun.head.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "relcl" for c in noun.children):
            continue
        if noun.left_edge.i != det.i or _end(noun.right_edge) < end - 1 or any(token.idx < q.end and q.start < end for q in quotes):
            continue
        return token.idx
    return end
