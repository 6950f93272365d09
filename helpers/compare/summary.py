"""One page per outlet: what it alone carried, where its figures differ, which contacts it
left out, whose voices it carried, and the words that set it apart."""

from __future__ import annotations

import textwrap

import pandas as pd

SUMMARY_COLUMNS = [
    "label", "outlet", "n_articles", "n_sentences", "shared_claims_carried", "coverage", "claims_only_here",
    "example_only_here", "disputed_figures", "contacts_reported", "contacts_not_reported", "top_voices",
    "anonymous_share", "top_people", "distinctive_terms",
]
EXAMPLES = 2
EXAMPLE_CHARS = 160


def outlet_summary(corpus, claims: pd.DataFrame) -> pd.DataFrame:
    """SUMMARY_COLUMNS, one row per outlet label (exportable with ``export_table``)."""
    from helpers.compare.claims import coverage_scores
    from helpers.compare.coverage import anonymous_share, top_actors_per_outlet, with_labels
    from helpers.compare.figures import find_disagreements
    from helpers.compare.framing import distinctive_terms

    articles = corpus.articles
    scores = coverage_scores(claims).set_index("label")
    only = claims[claims["n_outlets"] == 1].groupby("label")["sentence"].apply(list)
    disputed = find_disagreements(corpus)
    calls = corpus.calls
    shared_calls = calls[calls["n_sources"] >= 2] if len(calls) else calls
    voices = with_labels(corpus.statements, articles).groupby("label")["speaker"].agg(lambda s: list(s.value_counts().index[:4]))
    anonymous = anonymous_share(corpus).set_index("label")["share"]
    people = top_actors_per_outlet(corpus, n=3).groupby("label")["actor"].agg(list)
    terms = distinctive_terms(corpus, top=5).groupby("label")["term"].agg(list)
    sentences = with_labels(corpus.sentences, articles).groupby("label").size()
    rows = []
    for label, group in articles.groupby("label"):
        rows.append({
            "label": label, "outlet": group["outlet"].iloc[0], "n_articles": len(group),
            "n_sentences": int(sentences.get(label, 0)),
            "shared_claims_carried": int(scores.loc[label, "shared_claims_carried"]) if label in scores.index else 0,
            "coverage": float(scores.loc[label, "coverage"]) if label in scores.index else 0.0,
            "claims_only_here": len(only.get(label, [])),
            "example_only_here": only.get(label, [])[:EXAMPLES],
            "disputed_figures": _disputed(disputed, label),
            "contacts_reported": int(calls["outlets"].map(lambda o: label in o).sum()) if len(calls) else 0,
            "contacts_not_reported": [_name(c) for c in shared_calls.itertuples() if label not in c.outlets],
            "top_voices": voices.get(label, []), "anonymous_share": float(anonymous.get(label, 0.0)),
            "top_people": people.get(label, []), "distinctive_terms": terms.get(label, []),
        })
    return pd.DataFrame(rows, columns=SUMMARY_COLUMNS)


def _disputed(disputed: pd.DataFrame, label: str) -> list[str]:
    """'troops (Russia): 130,000 here vs 100,000 elsewhere' for each disputed quantity."""
    found = []
    for quantity, part in disputed.groupby("quantity", sort=False):
        mine = part[part["label"] == label]
        if mine.empty:
            continue
        others = sorted(set(part.loc[part["label"] != label, "value"]) - set(mine["value"]))
        if others:
            here = ", ".join(f"{v:,.0f}" for v in sorted(set(mine["value"])))
            found.append(f"{quantity}: {here} here vs {', '.join(f'{v:,.0f}' for v in others)} elsewhere")
    return found


def _name(call) -> str:
    when = f"{call.date:%d %b}" if pd.notna(call.date) else "undated"
    return " – ".join(call.participants) + f" ({call.channel.replace('_', ' ')}, {call.status}, {when})"


def outlet_page(summary: pd.DataFrame, label: str) -> tuple[str, list[tuple[str, list[str]]]]:
    """One outlet's page as (headline, [(section, items)]): what the widget and
    ``describe_outlet`` show. Examples are shortened at word boundaries, never mid-word."""
    row = summary.set_index("label").loc[label]
    headline = (f"{label}: {plural(row['n_articles'], 'article')}, {plural(row['n_sentences'], 'sentence')}; "
                f"carries {row['coverage']:.0%} of the claims other outlets share.")
    n_only, shown = row["claims_only_here"], row["example_only_here"]
    only = f"Only here: {plural(n_only, 'claim')}" + (f" ({len(shown)} shown)" if 0 < len(shown) < n_only else "")
    sections = [
        (only, [textwrap.shorten(s, EXAMPLE_CHARS, placeholder=" …") for s in shown]),
        ("Figures that differ", row["disputed_figures"] or ["none"]),
        ("Contacts others reported but it did not", row["contacts_not_reported"] or ["none"]),
        (f"Voices (anonymous sources: {row['anonymous_share']:.0%} of its statements)", row["top_voices"] or ["none"]),
        ("Distinctive words and names", [", ".join(row["distinctive_terms"]) or "none"]),
    ]
    return headline, sections


def describe_outlet(summary: pd.DataFrame, label: str) -> str:
    """Plain-text page for one outlet (the widget shows the same page as HTML)."""
    headline, sections = outlet_page(summary, label)
    lines = [headline]
    for title, items in sections:
        lines.append(f"{title}:")
        lines += [f"  - {item}" for item in items]
    return "\n".join(lines)


def plural(n: int, noun: str) -> str:
    """"1 article", "2 articles"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")
