"""Framing: the words that distinguish each outlet, and loaded terms with whose voice carries them.

Distinctive words are ranked by the weighted log-odds ratio with an informative Dirichlet
prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words"): each outlet against all the
others, with the whole corpus as the prior, so rare words do not dominate and frequent
words are not over-weighted. The z-score says how sure the difference is.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import pandas as pd

FRAMING_COLUMNS = ["label", "term", "count", "count_elsewhere", "log_odds", "z"]
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


def term_counts(terms: pd.Series, bigrams: bool = True) -> Counter:
    """Unigram (and bigram) counts over sentences' content terms."""
    counts: Counter = Counter()
    for text in terms.fillna(""):
        words = [w for w in text.split() if not re.fullmatch(r"[\d.]+", w)]
        counts.update(words)
        if bigrams:
            counts.update(f"{a} {b}" for a, b in zip(words, words[1:]))
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
    return pd.DataFrame(rows, columns=FRAMING_COLUMNS[1:])


def distinctive_terms(corpus, top: int = 10) -> pd.DataFrame:
    """The ``top`` terms most distinctive of each outlet (FRAMING_COLUMNS), by z-score."""
    from helpers.compare.coverage import with_labels

    sentences = with_labels(corpus.sentences, corpus.articles)
    by_label = {label: term_counts(group["terms"]) for label, group in sentences.groupby("label")}
    prior = sum(by_label.values(), Counter())
    frames = []
    for label, counts in by_label.items():
        table = log_odds(counts, prior - counts, prior)
        frames.append(table.sort_values("z", ascending=False).head(top).assign(label=label))
    if not frames:
        return pd.DataFrame(columns=FRAMING_COLUMNS)
    return pd.concat(frames, ignore_index=True)[FRAMING_COLUMNS]


def loaded_terms(corpus, terms: tuple[str, ...] = LOADED_TERMS) -> pd.DataFrame:
    """Loaded terms per outlet: how often, how many inside attributed statements, and whose.

    Returns:
        LOADED_COLUMNS: label, term, n (sentences using it), in_statements (statements whose
        content uses it), voices (speakers of those statements, most frequent first).
    """
    from helpers.compare.coverage import with_labels

    sentences = with_labels(corpus.sentences, corpus.articles)
    statements = with_labels(corpus.statements, corpus.articles)
    rows = []
    for term in terms:
        pattern = re.compile(rf"\b{re.escape(term)}", re.I)
        used = sentences[sentences["text"].str.contains(pattern)]
        said = statements[statements["content"].str.contains(pattern)]
        for label, group in used.groupby("label"):
            voices = said[said["label"] == label]["speaker"].value_counts()
            rows.append({"label": label, "term": term, "n": len(group),
                         "in_statements": int(voices.sum()), "voices": list(voices.index[:4])})
    return pd.DataFrame(rows, columns=LOADED_COLUMNS)
