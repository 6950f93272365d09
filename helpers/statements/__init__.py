"""Statements: who said what to whom -> the ``statements`` table.

``quotes`` finds quotation spans, ``extract`` finds reported speech in one parsed article (cue,
speaker span, content, addressee); ``speakers`` resolves pronoun and description speakers to
canonical actors and groups the same statement across outlets. Imports ``helpers.actors``,
``helpers.parse`` and ``helpers.tables``.
"""

from helpers.statements.extract import STATEMENT_COLUMNS, extract_statements
from helpers.statements.quotes import find_quotes
from helpers.statements.speakers import resolve_speakers

__all__ = ["STATEMENT_COLUMNS", "extract_statements", "find_quotes", "resolve_speakers"]
