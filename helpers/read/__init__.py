"""Reading: files in a folder -> the ``articles`` and ``problems`` tables.

Formats (txt, html, json/jsonl/csv records, pdf, docx, a metadata.csv sidecar), every path
accounted for (links, pipes, permissions), encodings and binary kinds, cleaning of boilerplate,
outlet names from URLs, near-duplicate detection, and adding articles to the folder. Imports
only ``helpers.paths``, ``helpers.cache`` and the gazetteer's title words
(``helpers.actors.gazetteer``) and the calendar rules of ``helpers.calls.dates`` (to date an
undated article by the weekdays it shares with the dated ones) from the rest of the package.
"""

from helpers.read.add import add_article
from helpers.read.files import read_articles, source_labels
from helpers.read.overview import boilerplate_table, describe_corpus, summarize_articles
from helpers.read.records import ARTICLE_COLUMNS, PROBLEM_COLUMNS, InputProblem, RawArticle

__all__ = ["ARTICLE_COLUMNS", "PROBLEM_COLUMNS", "InputProblem", "RawArticle", "add_article",
           "boilerplate_table", "describe_corpus", "read_articles", "source_labels", "summarize_articles"]
