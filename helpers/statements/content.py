"""What was said: the character span of a cue's content (its clause, a quote it governs, or the rest)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from helpers.statements.antecedents import DOCUMENT_NOUNS
from helpers.statements.cues import CLAUSE_ONLY_VERBS, asked_aside, CUE_VERBS, SPEECH_ACT_VERBS, _is_addressee, is_urged_thing, named_participle, speech_act_object
from helpers.statements.boundaries import before_joint, clause_before_colon, clause_subject_as_object, past_colon, refused_report
from helpers.statements.nested import nested_report
from helpers.statements.quotes import Quote
from helpers.statements.spans import MAX_BARE_CUE_EXTRA_WORDS, _has_finite_clause, _words_before_comma, parenthetical

# Verbs whose object phrase is the content: "accused the U.S. of failing to ...".
OBJECT_CONTENT_VERBS = {"call", "accuse", "announce", "ask", "advise", "tout", "label", "echo", "praise", "reject", "describe", "cite", "propose", "blast",
                        "slam", "decry", "hail", "characterize", "characterise", "warn", "urge", "deny", "criticize", "criticise", "denounce", "threaten",
                        "promise", "pledge", "vow", "dismiss", "reiterate", "emphasize", "emphasise", "stress", "condemn",
                        "express", "recommend", "encourage", "reaffirm", "underscore", "underline", "inform", "brief"}
# Verbs whose object is the person told: what was said is the topic ("informed Lee about the vote"),
# not "briefed the troops before the parade".
TOPIC_CONTENT_VERBS = {"inform", "brief"}
TOPIC_PREPOSITIONS = {"about", "on", "of"}
MIN_CONTENT_WORDS = 3
ACTION_PREPOSITIONS = {"by", "with"}
ACT_PREPOSITIONS = {"for", "as", "to", "with", "over", "of"}  # "attacked X for ...", "compared X to Y"  # "responded by annexing Crimea" is an action, not speech


def content_span(verb: Token, subject: Token, sent: Span, quotes: list[Quote]) -> tuple[int, int] | None:
    """Character span of what was said: the verb's clause, a quote it governs, or the rest.

    A reporting verb embedded in another's complement ("The Kremlin said Putin told Biden
    that ...") counts only with a clause of its own, so "the US would respond soon" inside
    a statement is not a second statement.
    """
    doc = sent.doc
    if verb.lemma_.lower() in SPEECH_ACT_VERBS:
        return act_object_span(verb, quotes)
    if verb.lemma_.lower() == "make":  # "made clear that ...": the that-clause, not "clear"
        return _clause_after_clear(verb, quotes) or following_that_clause(verb, sent)
    interrupted = interrupting_attribution(verb, subject, sent)
    if interrupted is not None:
        return interrupted
    later = _later_cue(verb)
    right_clause = _clause_right_after(verb, subject)
    for child in verb.children:
        if later is not None and child.i > later.i and any(q.end <= subject.idx for q in quotes):
            continue  # '"...," Lee said before adding: "..."': the clause after "adding" is not the said
        if child.i < verb.i and right_clause is not None and parenthetical(verb, subject, sent) is None:
            continue  # "Lee was so sure of it he said Kim should call": the clause after "said" is what was said
        if child.dep_ in {"ccomp", "parataxis"} and child.i != subject.i and not asked_aside(child) and not clause_before_colon(verb, child, subject):
            start, end = doc[clause_subject_as_object(verb, child) or past_colon(child)].idx, _end(doc[_clause_end(verb, child)])
            aside = parenthetical(verb, subject, sent) if child.i < verb.i else None
            if aside is not None and aside[1] > end:
                return aside  # "But there is a risk, some said, that he would ...": both halves
            return _widen_to_quote(start, end, quotes)
    main = verb.dep_ == "ROOT" or _head_in_quote(verb, quotes) or named_participle(verb) and verb.head.dep_ == "ROOT"
    coordinated = _coordinated_main(verb)
    by_saying = verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.dep_ in {"ROOT", "conj"}
    embedded = _embedded(verb) and not main and not by_saying and not _said_by_relative(verb)
    # "The Kremlin said Putin told Biden ...", "It said A and B 'both expressed a desire ...'": a nested report
    nested = nested_report(verb, subject)
    trailing = trailing_attribution(verb, subject, sent)
    if trailing is not None:
        return trailing
    if embedded and not nested:
        return None
    that_clause = following_that_clause(verb, sent) if verb.dep_ != "relcl" or verb.right_edge.i + 2 >= sent.end else None
    if that_clause is not None:
        return that_clause
    governed = [] if embedded else governed_quotes(verb, subject, sent, quotes, main)
    if governed:
        best = max(governed, key=lambda q: q.end - q.start)
        return object_around_quote(verb, best, quotes) or _clause_around_quote(verb, subject, sent, best) or (best.start, best.end)
    if (verb.lemma_.lower() in OBJECT_CONTENT_VERBS or _states_a_position(verb)) and verb.i < sent.end - 2 \
            and (verb.lemma_.lower() not in TOPIC_CONTENT_VERBS or _has_topic(verb)):
        after = [t for t in _own_subtree(verb) if t.i > verb.i and not t.is_punct and not _is_addressee(t, verb)]
        urged = [c for c in verb.children if is_urged_thing(c, verb)]
        if len(after) >= MIN_CONTENT_WORDS or urged and after:  # "urged restraint"
            return after[0].idx, _end(after[-1])
    aside = parenthetical(verb, subject, sent)
    if aside is not None:
        return aside
    if subject.i > sent.start + 2 and verb.i > subject.i and main and _words_before_comma(verb, sent) <= MAX_BARE_CUE_EXTRA_WORDS:
        # Inverted attribution with stripped marks: "We cant pinpoint the day, Mr Sullivan said."
        before = [t for t in sent if t.i < subject.left_edge.i and not t.is_punct]
        adverbial = any(t.head == verb and t.dep_ in {"advcl", "prep", "npadvmod"} for t in before) \
            and not (_has_finite_clause(before, verb) and sent[-1].text != ":")
        if len(before) >= MIN_CONTENT_WORDS and not adverbial and not any(c.dep_ == "dobj" for c in verb.children):
            return before[0].idx, _end(before[-1])
    if (main or coordinated) and verb.i > subject.i and verb.lemma_.lower() not in CLAUSE_ONLY_VERBS and not _names_a_document(verb):
        # The parser lost the clause: "Cruz said he's certain Rubio will ..." (no ccomp arc).
        after = [t for t in sent if t.i > verb.i and not t.is_punct]
        own = [t for t in _own_subtree(verb) if t.i > verb.i and not t.is_punct]
        if own and after and len(own) < len(after) and any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in verb.children) \
                and not _is_addressee(own[0], verb):
            return own[0].idx, _end(own[-1])  # "urged calm and said ...": "calm", the rest is the said's
        if len(after) >= MIN_CONTENT_WORDS and not sent.doc[verb.i + 1].is_punct and after[0].lower_ not in ACTION_PREPOSITIONS \
                and (any(t.pos_ in {"VERB", "AUX"} for t in after) or _headline_says(verb, after)):
            return after[0].idx, _end(after[-1])
    return None


def _headline_says(verb: Token, after: list[Token]) -> bool:
    """"Lee says rebels behind blast": a headline drops the verb of what was said (a noun and its
    predicate phrase after a present "says")."""
    return verb.tag_ == "VBZ" and verb.lemma_.lower() == "say" and any(t.pos_ in {"NOUN", "PROPN", "PRON"} for t in after[:3]) \
        and any(t.pos_ in {"ADP", "ADJ"} for t in after)


# Things written or sent, named as an object: "wrote the letter to the ministry", "wrote a book on ...".
WRITING_VERBS = {"write", "tweet", "post", "publish", "send", "email", "pen", "draft", "issue", "release", "sign", "file"}
WRITTEN_THINGS = DOCUMENT_NOUNS | {"book", "memo", "email", "e-mail", "column", "essay", "article", "note", "op-ed", "report", "bill", "check"}


def _names_a_document(verb: Token) -> bool:
    """"Baker wrote the letter on Feb. 2 to the legal adviser": the object names what was written,
    and the rest of the sentence is when and to whom, not what it said."""
    return verb.lemma_.lower() in WRITING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in WRITTEN_THINGS for c in verb.children)


def interrupting_attribution(verb: Token, subject: Token, sent: Span) -> tuple[int, int] | None:
    """"The port's growth, Ms. Ruiz said, ''is a clear example'' of planning." / "If the law was never
    tested, Lee said, there is a reason: ...": a cue set off by commas inside the clause it reports
    (the parser hangs it on that clause's verb, after it) reports the whole clause, both halves, not
    only the quotation or clause after it."""
    if _condition_before_cue(verb, subject):
        return parenthetical(verb, subject, sent)
    if verb.dep_ != "parataxis" or not (verb.head.i > verb.i or _head_goes_on_after(verb)):
        return None
    return parenthetical(verb, subject, sent)


# Conjunctions of a condition or a reason that is part of the claim: "If the law was never tested, Lee said, ...".
CONDITION_MARKS = {"if", "because", "although", "though", "unless", "while", "whereas"}


def _condition_before_cue(verb: Token, subject: Token) -> bool:
    """A main cue between a condition and the clause it governs: "If the law has never been tested,
    Lee said, there is a reason: ..." (the parser hangs both on "said"): what was said is both."""
    if verb.dep_ != "ROOT" or subject.i > verb.i:
        return False
    before = any(c.dep_ == "advcl" and c.i < subject.i and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
                 for c in verb.children)
    return before and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _head_goes_on_after(verb: Token) -> bool:
    """"It is time for the city to be led, she said, ''not only by a tough mayor ...''": the words
    after the attribution hang on the clause before it, not on the cue (as "adding ..." would)."""
    after = [t for t in verb.head.children if t.i > verb.right_edge.i and not t.is_punct]
    return bool(after) and all(t.dep_ not in {"conj", "cc", "parataxis"} for t in after)


def _clause_right_after(verb: Token, subject: Token) -> Token | None:
    """A clause that opens right after the cue, with no comma between ("he said she should call"),
    when the cue's own subject stands before it: the cue's complement, whatever the parser hung
    on the cue before it (a preceding clause that the parser also took as a complement)."""
    if subject.i > verb.i:
        return None  # '"...," said Lee, "..."': an inverted attribution between two halves
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            first = child.left_edge.i
            between = verb.doc[verb.i + 1:first]
            if not any(t.is_punct for t in between) and len(between) <= 2:
                return child
    return None


def _clause_around_quote(verb: Token, subject: Token, sent: Span, quote: Quote) -> tuple[int, int] | None:
    """'The promise to "take our country back" appeals to whites, said Ann Lee.': an inverted
    attribution after a comma reports the whole clause before it, of which the quotation is a part."""
    doc = sent.doc
    comma = verb.i - 1
    if subject.i < verb.i or comma <= sent.start or doc[comma].text != "," or quote.end > doc[comma].idx + 1:
        return None
    before = [t for t in sent if t.i < comma and not t.is_punct]
    outside = [t for t in before if not quote.start <= t.idx < quote.end]
    if len(outside) < MIN_CONTENT_WORDS or not any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" or t.head == verb for t in outside):
        return None
    return before[0].idx, _end(before[-1])


# Dependents of a cue that hold what the cue itself took as object: "called her actions
# ''extremely careless''", "criticized the pope as ''a political person''".
OBJECT_DEPS = {"dobj", "oprd", "xcomp", "prep", "attr", "acomp", "ccomp"}


def object_around_quote(verb: Token, quote: Quote, quotes: list[Quote]) -> tuple[int, int] | None:
    """The object phrase a short quotation sits in, when the cue's object is more than the quote.

    "Lee called her plan ''a recipe for disaster''": what Lee said is "her plan a recipe for
    disaster", not the three quoted words; "accused him of a ''penchant for secrecy''" likewise.
    A quotation that is the whole object, or that follows a later cue ("..., saying ''...''"),
    is left as it is.
    """
    if verb.lemma_.lower() not in OBJECT_CONTENT_VERBS | CLAUSE_OBJECT_VERBS:
        return None
    parts = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i > verb.i and not _later_cue_token(c) and not _when(c)]
    if not parts:
        return None
    start = min(p.left_edge.idx for p in parts)
    end = max(_end(p.right_edge) for p in parts)
    if not (start <= quote.start + 1 and quote.end <= end + 1) or (quote.start - start) + (end - quote.end) < MIN_OBJECT_EXTRA_CHARS:
        return None
    return _widen_to_quote(start, end, quotes)


# Cues that name their content as an object but are not in OBJECT_CONTENT_VERBS ("noted her record").
CLAUSE_OBJECT_VERBS = {"note", "lament", "boast", "tweet", "recall", "mention", "explain", "remark"}
MIN_OBJECT_EXTRA_CHARS = 8  # "the ''reset''": an article and a quote are the quote


def _when(token: Token) -> bool:
    """"on Tuesday", "in March": a time phrase on the cue says when, not what."""
    return token.dep_ == "prep" and any(g.dep_ == "pobj" and g.ent_type_ in {"DATE", "TIME"} for g in token.children)


def _later_cue_token(token: Token) -> bool:
    """A "saying ..."/"adding ..." clause hung on the cue: a statement of its own."""
    return token.dep_ in {"advcl", "conj", "pcomp", "xcomp"} and token.tag_ == "VBG" and token.lemma_.lower() in CUE_VERBS


def _own_subtree(verb: Token) -> list[Token]:
    """The cue's subtree without a later cue's clause or a coordinated verb's: "criticized the
    accord, saying ..." -> "the accord"; "urged calm and said ..." -> "calm"."""
    later = [c for c in verb.children if c.i > verb.i and (_later_cue_token(c) or c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    later += [g for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG" for g in c.children
              if g.dep_ == "conj" and g.tag_ in {"VBD", "VBZ"}]  # "proposed closing X and signaled support for Y"
    if not later:
        return list(verb.subtree)
    cut = min(c.left_edge.i for c in later)
    own = [t for t in verb.subtree if t.i < cut]
    while own and (own[-1].dep_ == "cc" or own[-1].is_punct):
        own.pop()  # "calm and" -> "calm"
    return own


def _clause_end(verb: Token, clause: Token) -> int:
    """Last token of what was said: "said the men released by the court were close to finishing
    their terms" parsed as two clauses of "said" ("released ..." and "were ...") is one."""
    if clause.i < verb.i or clause.dep_ != "ccomp":
        return clause.right_edge.i
    later = [c for c in verb.children if c.dep_ == "ccomp" and c.i > clause.i]
    end = clause.right_edge.i
    refusal = next((c for c in clause.children if c.dep_ == "conj" and refused_report(c)), None)
    if refusal is not None:
        return before_joint(verb.doc, refusal.left_edge.i)  # "said she would pray for him but did not say ..."
    for c in later:
        if c.left_edge.i != end + 1:
            break  # only clauses that follow on without a gap
        end = c.right_edge.i
    return end


# Objects that are a stand taken in words: "explained the principled position of ...", "set out its view".
POSITION_NOUNS = {"position", "positions", "stance", "view", "views", "approach", "vision", "assessment", "concerns"}


def _states_a_position(verb: Token) -> bool:
    """"The minister explained the principled position of the Azerbaijani side": a cue whose object
    is a position (common in translated readouts) reports that position as said."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in POSITION_NOUNS for c in verb.children)


def trailing_attribution(verb: Token, subject: Token, sent: Span) -> tuple[int, int] | None:
    """"Lee told Kim he had no such plan, an aide told reporters after the call.": the parser hung
    the closing attribution on the reported clause's verb; what was said is everything before the comma.

    Only a cue with a subject of its own, right after a comma, with no clause after it.
    """
    doc = sent.doc
    if verb.dep_ not in {"ccomp", "parataxis"} and not _comma_conj(verb) or verb.tag_ not in {"VBD", "VBZ", "VBP"} \
            or verb.head.i >= subject.i or subject.i >= verb.i:
        return None  # not "..., some of it mentioning Mr. Lee": a participle is no attribution
    if any(c.dep_ in {"ccomp", "xcomp", "parataxis", "advcl"} for c in verb.children):
        return None
    comma = subject.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    after = [t for t in sent if t.i > verb.i and not t.is_punct]
    if any(t.pos_ in {"VERB", "AUX"} or t.lower_ == "that" for t in after):
        return None
    before = [t for t in sent if t.i < comma and not t.is_punct]
    if len(before) < MIN_CONTENT_WORDS or not any(t.pos_ in {"VERB", "AUX"} for t in before):
        return None
    return before[0].idx, _end(before[-1])


def _comma_conj(verb: Token) -> bool:
    """"Lee will stay in the race, his aide, Ann Kim, told the Post.": the closing attribution parsed
    as a second clause joined to the first by a comma alone (no "and", "but")."""
    return verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.children) \
        and not any(t.dep_ == "cc" and t.head == verb.head for t in verb.doc[verb.head.i:verb.i])


def _clause_after_clear(verb: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """"made clear that X" parsed with X as a second complement of "made"."""
    clause = [c for c in verb.children if c.dep_ in {"ccomp", "advcl"} and c.lower_ != "clear" and c.i > verb.i]
    clause += [g for c in verb.children if c.lower_ == "clear" for g in c.children if g.dep_ in {"ccomp", "advcl"}]
    if not clause:
        return None
    c = clause[0]
    return _widen_to_quote(c.left_edge.idx, _end(c.right_edge), quotes)


def act_object_span(verb: Token, quotes: list[Quote]) -> tuple[int, int] | None:
    """"attacked Rubio for not answering", "compared Trump to Wilson", "endorsed Clinton": the
    object with its reason or comparison, not a following "saying ..." clause."""
    obj = speech_act_object(verb)
    if obj is None:
        return None
    wanted = ACT_PREPOSITIONS | ({"on"} if verb.lemma_.lower() == "blame" else set())  # "blamed the law on ..."
    parts = [obj] + [c for c in verb.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in wanted]
    start = min(p.left_edge.idx for p in parts)
    end = max(_end(p.right_edge) for p in parts)
    return _widen_to_quote(start, end, quotes)


def following_that_clause(verb: Token, sent: Span) -> tuple[int, int] | None:
    """"told reporters after the talks that both sides ..." when the parser lost the clause."""
    for token in sent:
        if token.i <= verb.i or token.is_punct and token.text != ",":
            continue
        if token.lemma_.lower() in CUE_VERBS and token.pos_ == "VERB" or token.dep_ == "conj" and token.head in {verb, *verb.ancestors}:
            return None  # another reporting verb, or one coordinated with the cue ("and made clear that"), owns what follows
        if token.lower_ == "that" and _complementizer(token) and token.i + 2 < sent.end:
            # a complementizer, not "that money" or a relative "that" ("firms that pay no tax")
            last = sent[-1] if not sent[-1].is_punct else sent[-2]
            return token.idx, _end(last)
    return None


def _complementizer(that: Token) -> bool:
    """"that" opening a clause, not a determiner ("that money") or a relative pronoun ("firms that pay")."""
    return that.dep_ == "mark" or that.tag_ == "IN" and that.dep_ != "det"


def _embedded(verb: Token) -> bool:
    return any(t.dep_ in {"ccomp", "relcl", "acl", "pcomp"} for t in [verb, *verb.ancestors] if t != t.head or t.dep_ != "ROOT")


def _said_by_relative(verb: Token) -> bool:
    """"Sanders, who cites them as evidence of ...": a relative clause whose "who" is the speaker
    reports what that speaker said, unless the noun itself sits inside another's content."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children) \
        and verb.head.pos_ in {"PROPN", "NOUN"} and not _embedded(verb.head)


def _head_in_quote(verb: Token, quotes: list[Quote]) -> bool:
    """'"Let me tell you," Trump told the crowd.' parsed with "told" under "Let": a cue outside
    the quotation whose head lies inside it is the sentence's main attribution."""
    head = verb.head
    return head != verb and any(q.start <= head.idx < q.end for q in quotes) and not any(q.start <= verb.idx < q.end for q in quotes)


def governed_quotes(verb: Token, subject: Token, sent: Span, quotes: list[Quote], main: bool = False) -> list[Quote]:
    """Quotes inside the verb's clause, or (for a main verb) before its subject or after it."""
    left, right = verb.left_edge.idx, _end(verb.right_edge)
    inside = [q for q in quotes if q.start >= left and q.end <= right + 1 and not (q.start <= subject.idx < q.end)]
    later = _later_cue(verb)
    if later is not None and any(q.end <= later.idx for q in inside):
        inside = [q for q in inside if q.end <= later.idx]  # '"...," Lee said before adding: "..."': the second is the adding
    elif later is not None and later.tag_ == "VBG" and later.i > verb.i:
        # "Lee criticized the accord, saying it goes ''nowhere near far enough''": the quote is the saying's
        inside = [q for q in inside if q.start < later.idx]
        if not inside:
            return []
    if inside or not (main or verb.dep_ == "ROOT"):
        return inside
    return [q for q in quotes if q.end <= subject.left_edge.idx or q.start >= _end(verb)]


def _coordinated_main(verb: Token) -> bool:
    """"Britain told its nationals to leave, and Germany told its citizens to go": a second main
    clause with its own subject reports a statement of its own."""
    return verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i \
        and any(c.dep_ == "nsubj" and c.pos_ in {"PROPN", "NOUN"} for c in verb.children)


def _later_cue(verb: Token) -> Token | None:
    """A second reporting verb hung on this one: "said before adding", "said, adding"."""
    return next((t for t in verb.subtree if t.i > verb.i and t.dep_ in {"pcomp", "advcl", "conj"}
                 and t.lemma_.lower() in CUE_VERBS), None)


def _widen_to_quote(start: int, end: int, quotes: list[Quote]) -> tuple[int, int]:
    for q in quotes:
        if q.start <= start + 1 and q.end >= end - 1:
            return q.start, q.end
    return start, end


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _has_topic(verb: Token) -> bool:
    """"informed Lee about the vote", "briefed him on the talks": a topic phrase on the verb or its object."""
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prep" and c.lower_ in TOPIC_PREPOSITIONS for h in heads for c in h.children)
