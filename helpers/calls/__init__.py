"""Contacts: calls, meetings and visits -> the ``call_mentions`` and ``calls`` tables.

``mentions`` finds each report of a contact in one parsed article (participants, channel,
status, date, time, duration; its trigger words in ``triggers``); ``merge`` joins the reports
of one contact across articles (``identity`` decides which are one contact, ``linking`` joins
"the call" and "the two" to theirs);
``order`` decides the sequence; ``events`` exports CAMEO-coded event rows. Imports
``helpers.tables``.
"""

from helpers.calls.events import export_events
from helpers.calls.merge import CALL_COLUMNS, CALL_MENTION_COLUMNS, build_call_tables
from helpers.calls.mentions import extract_call_mentions
from helpers.calls.order import order_calls

__all__ = ["CALL_COLUMNS", "CALL_MENTION_COLUMNS", "build_call_tables", "export_events",
           "extract_call_mentions", "order_calls"]
