"""Actors: named people, organisations and countries -> the ``mentions`` and ``actors`` tables.

``mentions`` finds every mention in one parsed article (spaCy entities, the gazetteer, titles
and descriptions); ``canonical`` joins the mentions of one actor across articles (transliteration
and spelling variants, surnames, metonyms) into one ``actors`` row; ``spans`` repairs the
tagger's person-name spans, ``organisations`` its ORG spans, ``names`` compares two spellings
of a name. Imports ``helpers.paths`` and ``helpers.tables``.
"""

from helpers.actors.canonical import resolve_mentions
from helpers.actors.gazetteer import Gazetteer, load_gazetteer
from helpers.actors.mentions import MENTION_COLUMNS, extract_mentions

__all__ = ["MENTION_COLUMNS", "Gazetteer", "extract_mentions", "load_gazetteer", "resolve_mentions"]
