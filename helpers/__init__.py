"""Readout: news articles about one diplomatic event -> tidy pandas tables.

Public API::

    import helpers
    corpus = helpers.load_corpus("data/articles")   # reads, parses (cached), extracts
    corpus.articles, corpus.sentences, corpus.problems, ...
    one = helpers.analyze_text("Macron spoke with Putin by phone on Saturday ...", date="2022-02-12")
    helpers.numbers_in_text("an hour and a half", date="2022-02-12")
    helpers.export_chart(fig, "00_corpus/overview")  # PNG + SVG (+ CSV of the data)
    helpers.add_article("https://…")                 # grow the corpus
    helpers.show_evidence(corpus.statements.head(3), corpus)  # the sentences behind any rows

The flow, one subpackage per stage (README, "Where the code is"): ``read`` -> ``parse`` ->
``actors``, ``statements``, ``numbers``, ``calls`` -> ``compare`` -> ``charts``.
Column dictionaries: README.md, and the ``*_COLUMNS`` constants of each module.
"""

from helpers.calls import export_events
from helpers.charts import (
    coverage_explorer, describe_actor, export_chart, export_table, outlet_colors, outlet_contact_matrix,
    plot_call_sequence, plot_contact_network, plot_corpus_overview, plot_disagreements, plot_framing_terms,
    plot_heatmap, plot_outlet_bars, plot_outlet_contacts, plot_stacked_shares, plural, readable, show_evidence, fit_table, finding,
)
from helpers.compare import (
    actor_headline, actor_outlet_matrix, actors_in_one_outlet, align_claims, anonymous_share, blindspots,
    claims_matrix, coverage_scores, describe_outlet, distinctive_terms, find_disagreements, key_figures,
    loaded_terms, outlet_summary, shared_statements, top_actors_per_outlet, voice_headline, voice_share,
    with_labels,
)
from helpers.corpus import Corpus, analyze_text, load_corpus, numbers_in_text
from helpers.paths import articles_dir, cache_dir, exports_dir
from helpers.read import add_article, boilerplate_table, describe_corpus, read_articles, summarize_articles

__all__ = [
    "Corpus", "align_claims", "blindspots", "claims_matrix", "coverage_scores", "distinctive_terms",
    "loaded_terms", "describe_outlet", "outlet_summary", "coverage_explorer", "describe_actor", "outlet_contact_matrix", "plot_call_sequence", "plot_contact_network", "plot_outlet_contacts",
    "export_events", "add_article", "articles_dir", "cache_dir", "export_chart", "export_table",
    "exports_dir", "load_corpus", "outlet_colors", "plot_corpus_overview", "read_articles",
    "boilerplate_table", "describe_corpus", "summarize_articles", "plot_heatmap",
    "actor_headline", "voice_headline", "anonymous_share", "shared_statements", "voice_share",
    "plot_outlet_bars", "plot_stacked_shares", "plot_framing_terms", "plot_disagreements", "find_disagreements", "key_figures", "actor_outlet_matrix", "actors_in_one_outlet", "top_actors_per_outlet", "with_labels",
    "analyze_text", "numbers_in_text", "plural", "readable", "show_evidence", "fit_table", "finding",
]
