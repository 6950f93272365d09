"""Framing: the words that distinguish each outlet, and loaded terms with whose voice carries them.

Distinctive words are ranked by the weighted log-odds ratio with an informative Dirichlet
prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"): each outlet against all the
others, with the whole corpus as the prior, so rare words do not dominate and frequent
words are not over-weighted. The z-score says how sure the difference is.
"""

from __future__ import annotations

import calendar
import math
import re
from collections import Counter, defaultdict

import pandas as pd
from spacy.lang.en.stop_words import STOP_WORDS

from helpers.statements.cues import CUE_VERBS

FRAMING_COLUMNS = ["label", "term", "count", "count_elsewhere", "log_odds", "z", "example",
                   "article_id", "sent_idx", "start", "end", "sentence"]
LOADED_COLUMNS = ["label", "term", "n", "in_statements", "voices"]
# Words that carry a judgement in coverage of conflicts and diplomacy; extend per event.
LOADED_TERMS = (
    "hysteria", "aggression", "provocation", "provocative", "propaganda", "regime", "invasion", "invade",
    "escalation", "de-escalate", "threat", "ultimatum", "lie", "misinformation", "disinformation",
    "aggressive", "imminent", "unprovoked", "massive", "swift", "severe", "panic", "war", "speculation",
    "militant", "terrorist", "annex", "occupation", "sovereignty",
)
PRIOR_STRENGTH = 500.0  # total pseudo-count of the corpus prior
MIN_COUNT = 2
KWIC_CHARS = 45  # context either side of a term in its example
# Style words say how a story is written, not how it is framed: they are left out.
# Titles and honorifics ("Mr Biden", "the president said").
TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "dame", "prof", "president", "prime", "minister", "chancellor", "secretary",
    "spokesman", "spokeswoman", "spokesperson", "leader", "counterpart", "official", "officials", "envoy", "aide",
})
# Month and day names, from the standard library ("february", "sat").
CALENDAR_WORDS = frozenset(w.lower() for w in [*calendar.month_name, *calendar.month_abbr, *calendar.day_name,
                                               *calendar.day_abbr, "sept", "today", "yesterday", "tomorrow"] if w)
# Verbs that any story uses whatever its angle ("include", "send", "take").
GENERIC_VERBS = frozenset({
    "include", "send", "make", "take", "give", "get", "go", "come", "hold", "put", "set", "see", "use", "know",
    "want", "need", "seek", "keep", "begin", "continue", "bring", "think", "leave", "find", "show", "try",
    "ask", "expect", "speak", "talk", "hear", "follow", "remain", "become", "provide", "plan",
})
IRREGULAR_FORMS = frozenset({
    "said", "says", "told", "spoke", "spoken", "wrote", "written", "made", "took", "taken", "gave", "given",
    "sent", "got", "gotten", "went", "gone", "came", "held", "saw", "seen", "knew", "known", "kept", "began",
    "begun", "brought", "thought", "left", "found", "shown", "heard", "became", "tweeted",
})
# Two or more capitalised words inside a sentence are one name ("the Cold War", "Air Force One").
CAPITALISED_RUN = re.compile(r"(?<![\w'’])[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+(?![\w'’])")
WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z](?:['’]s)?")


def inflections(verbs) -> frozenset[str]:
    """Regular inflected forms of base verbs: "warn" -> warn, warns, warned, warning."""
    forms = set()
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        forms |= {v, v + "s", v + "es", v + "d", stem + "ed", stem + "ing", v + "ing"}
        if v.endswith("y"):
            forms |= {v[:-1] + "ies", v[:-1] + "ied"}
    return frozenset(forms)


STYLE_WORDS = TITLE_WORDS | CALENDAR_WORDS | inflections(CUE_VERBS | GENERIC_VERBS) | IRREGULAR_FORMS


def sentence_terms(text: str, entities: list[tuple[int, int, str]]) -> list[str]:
    """Content words, their adjacent pairs as written, and the named entities of a sentence.

    Words inside an entity span count as the entity ("United States", not "united" and
    "states"), and so do runs of capitalised words inside the sentence ("Cold War"); pairs are two content words next to each other in the text ("heavy costs",
    never "tell russian" from "told the Russian"); style words and stop words are dropped.
    """
    names = [m for m in CAPITALISED_RUN.finditer(text) if m.start() > 0 and text[:m.start()].rstrip()[-1:] not in ".!?:“\"'"]
    entities = entities + [(m.start(), m.end(), m.group()) for m in names
                           if not any(s <= m.start() < e for s, e, _ in entities)]
    terms = [actor for _, _, actor in entities]
    previous_end, previous = -2, None
    for match in WORD.finditer(text):
        word = re.sub(r"['’]s$", "", match.group().lower())
        inside = any(s <= match.start() < e for s, e, _ in entities)
        if inside or word in STOP_WORDS or word in STYLE_WORDS or len(word) < 3:
            previous = None
            continue
        terms.append(word)
        if previous and text[previous_end:match.start()] in (" ", "-"):
            terms.append(f"{previous} {word}")
        previous, previous_end = word, match.end()
    return terms


def labelled_sentence_terms(corpus) -> pd.DataFrame:
    """Sentences with their ``label`` and ``framing_terms`` (see ``sentence_terms``)."""
    from helpers.compare.coverage import with_labels

    sentences = with_labels(corpus.sentences, corpus.articles)
    spans = defaultdict(list)
    for m in corpus.mentions[["article_id", "sent_idx", "start", "end", "actor"]].itertuples(index=False):
        spans[(m.article_id, m.sent_idx)].append((m.start, m.end, m.actor))
    terms = []
    for row in sentences[["article_id", "sent_idx", "start", "text"]].itertuples(index=False):
        local = [(s - row.start, e - row.start, a) for s, e, a in spans.get((row.article_id, row.sent_idx), [])]
        terms.append(sentence_terms(row.text, local))
    return sentences.assign(framing_terms=terms)


def term_counts(terms: pd.Series) -> Counter:
    """Counts of the terms in a column of term lists."""
    counts: Counter = Counter()
    for row in terms:
        counts.update(row)
    return counts


def log_odds(focus: Counter, rest: Counter, prior: Counter, prior_strength: float = PRIOR_STRENGTH) -> pd.DataFrame:
    """Weighted log-odds with an informative Dirichlet prior for every term of ``focus``.

    Returns:
        term, count, count_elsewhere, log_odds (delta), z (delta / its standard deviation).
    """
    n_focus, n_rest, n_prior = sum(focus.values()), sum(rest.values()), sum(prior.values()) or 1
    rows = []
    for term, y_i in focus.items():
        if y_i < MIN_COUNT:
            continue
        alpha = prior_strength * prior[term] / n_prior
        y_j = rest.get(term, 0)
        delta = (math.log((y_i + alpha) / (n_focus + prior_strength - y_i - alpha))
                 - math.log((y_j + alpha) / (n_rest + prior_strength - y_j - alpha)))
        variance = 1 / (y_i + alpha) + 1 / (y_j + alpha)
        rows.append({"term": term, "count": y_i, "count_elsewhere": y_j, "log_odds": delta, "z": delta / math.sqrt(variance)})
    return pd.DataFrame(rows, columns=FRAMING_COLUMNS[1:6])


def distinctive_terms(corpus, top: int = 10) -> pd.DataFrame:
    """The ``top`` terms most distinctive of each outlet, by z-score.

    Returns:
        FRAMING_COLUMNS: label, term (a content word, two adjacent content words as written,
        or a named entity), count, count_elsewhere, log_odds, z, example (the term in context
        in that outlet, cut at word boundaries), and the example's article_id, sent_idx,
        start, end (article offsets) and sentence, for ``show_evidence``.
    """
    sentences = labelled_sentence_terms(corpus)
    by_label = {label: term_counts(group["framing_terms"]) for label, group in sentences.groupby("label")}
    prior = sum(by_label.values(), Counter())
    frames = []
    for label, counts in by_label.items():
        table = drop_subsumed(log_odds(counts, prior - counts, prior)).sort_values("z", ascending=False).head(top)
        examples = [keyword_in_context(sentences[sentences["label"] == label], term) for term in table["term"]]
        frames.append(pd.concat([table.reset_index(drop=True), pd.DataFrame(examples, columns=FRAMING_COLUMNS[6:])],
                                axis=1).assign(label=label))
    if not frames:
        return pd.DataFrame(columns=FRAMING_COLUMNS)
    return pd.concat(frames, ignore_index=True)[FRAMING_COLUMNS]


def drop_subsumed(table: pd.DataFrame) -> pd.DataFrame:
    """Drop a word that only ever occurs inside one of the pairs listed ("heavy" when
    "heavy costs" has the same count): the pair says it better."""
    counts = dict(zip(table["term"], table["count"]))
    inside = {part for term, n in counts.items() if " " in term for part in term.split() if counts.get(part) == n}
    return table[~table["term"].isin(inside)]


def keyword_in_context(sentences: pd.DataFrame, term: str) -> dict:
    """The first sentence using ``term``, as "…swift and heavy costs on Russia…" and its place."""
    for row in sentences[sentences["framing_terms"].map(lambda t: term in t)].itertuples(index=False):
        written = r"[ -]".join(re.escape(w) for w in term.split())  # "heavy costs" or "heavy-costs"
        match = re.search(rf"(?<!\w){written}(?!\w)", row.text, re.I)
        if match is None:  # an entity written another way ("Mr Biden" for Joe Biden)
            continue
        return {"example": _window(row.text, match.start(), match.end()), "article_id": row.article_id,
                "sent_idx": row.sent_idx, "start": row.start + match.start(), "end": row.start + match.end(),
                "sentence": row.text}
    return {"example": None, "article_id": None, "sent_idx": None, "start": None, "end": None, "sentence": None}


def _window(text: str, start: int, end: int, chars: int = KWIC_CHARS) -> str:
    """Context around text[start:end], cut at word boundaries, with "…" where cut."""
    left, right = max(0, start - chars), min(len(text), end + chars)
    if left > 0:
        left = text.find(" ", left, start) + 1 or start
    if right < len(text):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > end else end
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def loaded_terms(corpus, terms: tuple[str, ...] = LOADED_TERMS) -> pd.DataFrame:
    """Loaded terms per outlet: how often, how many inside attributed statements, and whose.

    Returns:
        LOADED_COLUMNS: label, term, n (sentences using it), in_statements (how many of those
        sentences use it inside an attributed statement, so never more than ``n``), voices
        (speakers of those statements, most frequent first).
    """
    from helpers.compare.coverage import with_labels

    sentences = with_labels(corpus.sentences, corpus.articles)
    statements = with_labels(corpus.statements, corpus.articles)
    rows = []
    for term in terms:
        pattern = re.compile(rf"\b{re.escape(term)}", re.I)
        used = sentences[sentences["text"].str.contains(pattern)]
        # Counted per sentence: two statements in one sentence ("X said ..., Y added ...") or
        # one statement whose content runs into the next sentence must not count twice.
        said = statements[statements["content"].fillna("").str.contains(pattern)]
        said = said.merge(used[["article_id", "sent_idx"]], on=["article_id", "sent_idx"])
        for label, group in used.groupby("label"):
            mine = said[said["label"] == label]
            voices = mine.drop_duplicates(["article_id", "sent_idx", "speaker"])["speaker"].value_counts()
            rows.append({"label": label, "term": term, "n": len(group),
                         "in_statements": len(mine.drop_duplicates(["article_id", "sent_idx"])),
                         "voices": list(voices.index[:4])})
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)
