"""Readout: news articles about one diplomatic event -> tidy pandas tables.

Public API::

    import helpers
    corpus = helpers.load_corpus("data/articles")   # reads, parses (cached), extracts
    corpus.articles, corpus.sentences, corpus.problems, ...
    helpers.export_chart(fig, "00_corpus/overview")  # PNG + SVG (+ CSV of the data)
    helpers.add_article("https://…")                 # grow the corpus

Column dictionaries: README.md, and the ``*_COLUMNS`` constants of each module.
"""

from .charts import export_chart, export_table, outlet_colors, plot_corpus_overview, plot_heatmap, plot_disagreements, plot_framing_terms, plot_outlet_bars, plot_stacked_shares
from .coverage import (
    actor_headline, actor_outlet_matrix, actors_in_one_outlet, anonymous_share, shared_statements, voice_headline,
    key_figures, top_actors_per_outlet, voice_share, with_labels,
)
from .disagreements import find_disagreements
from .callcharts import outlet_contact_matrix, plot_call_sequence, plot_contact_network, plot_outlet_contacts
from .claims import align_claims, blindspots, claims_matrix, coverage_scores
from .corpus import Corpus, load_corpus
from .framing import distinctive_terms, loaded_terms
from .summary import describe_outlet, outlet_summary
from .widgets import coverage_explorer, describe_actor
from .sequence import export_events
from .overview import boilerplate_table, describe_corpus, summarize_articles
from .paths import articles_dir, cache_dir, exports_dir
from .read import read_articles
from .sources import add_article

__all__ = [
    "Corpus", "align_claims", "blindspots", "claims_matrix", "coverage_scores", "distinctive_terms",
    "loaded_terms", "describe_outlet", "outlet_summary", "coverage_explorer", "describe_actor", "outlet_contact_matrix", "plot_call_sequence", "plot_contact_network", "plot_outlet_contacts",
    "export_events", "add_article", "articles_dir", "cache_dir", "export_chart", "export_table",
    "exports_dir", "load_corpus", "outlet_colors", "plot_corpus_overview", "read_articles",
    "boilerplate_table", "describe_corpus", "summarize_articles", "plot_heatmap",
    "actor_headline", "voice_headline", "anonymous_share", "shared_statements", "voice_share",
    "plot_outlet_bars", "plot_stacked_shares", "plot_framing_terms", "plot_disagreements", "find_disagreements", "key_figures", "actor_outlet_matrix", "actors_in_one_outlet", "top_actors_per_outlet", "with_labels",
]
