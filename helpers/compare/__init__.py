"""Comparisons across outlets, built from the corpus tables (never from raw text).

``claims`` aligns the same fact across outlets; ``figures`` finds figures that disagree;
``framing`` finds the words that set an outlet apart; ``coverage`` compares actors and voices;
``summary`` writes one outlet's profile. Imports ``helpers.actors`` and ``helpers.tables``.
"""

from helpers.compare.claims import align_claims, blindspots, claims_matrix, coverage_scores
from helpers.compare.coverage import (
    actor_headline, actor_outlet_matrix, actors_in_one_outlet, anonymous_share, key_figures, shared_statements,
    top_actors_per_outlet, voice_headline, voice_share, with_labels,
)
from helpers.compare.figures import find_disagreements
from helpers.compare.framing import distinctive_terms, loaded_terms
from helpers.compare.summary import describe_outlet, outlet_summary

__all__ = [
    "actor_headline", "actor_outlet_matrix", "actors_in_one_outlet", "align_claims", "anonymous_share",
    "blindspots", "claims_matrix", "coverage_scores", "describe_outlet", "distinctive_terms", "find_disagreements",
    "key_figures", "loaded_terms", "outlet_summary", "shared_statements", "top_actors_per_outlet", "voice_headline",
    "voice_share", "with_labels",
]
