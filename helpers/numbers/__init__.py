"""Numbers: every figure, date, time and duration -> the ``numbers`` table.

``words`` reads number words ("one hundred and sixteen", "two thirds"); ``extract`` finds the
figures of one parsed article with their kind, value, unit and what they count. Imports
``helpers.actors`` (sentence lookup) and ``helpers.parse``.
"""

from helpers.numbers.extract import NUMBER_COLUMNS, extract_numbers
from helpers.numbers.words import parse_number

__all__ = ["NUMBER_COLUMNS", "extract_numbers", "parse_number"]
