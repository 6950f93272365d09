"""Contacts as an event-data export (one row per contact, CAMEO-coded, GDELT-style columns)."""

from __future__ import annotations

import pandas as pd

# CAMEO codes (Gerner et al.): 036 express intent to meet or negotiate, 040 consult,
# 041 discuss by telephone, 042 make a visit, 043 host a visit.
CAMEO = {"phone": ("041", "discuss by telephone"), "video": ("040", "consult"), "in_person": ("040", "consult"),
         "visit": ("042", "make a visit"), "message": ("040", "consult"), "unspecified": ("040", "consult")}
INTENT = ("036", "express intent to meet or negotiate")


def export_events(calls: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """GDELT/PLOVER-style event rows: date, actor1, actor2, cameo, status, source URLs."""
    urls = articles.set_index("article_id")["url"]
    rows = []
    for call in calls.itertuples():
        people = list(call.participants)  # a group counterpart's label is among them
        for other in people[1:]:
            rows.append({"date": call.date, "actor1": people[0], "actor2": other, "cameo": call.cameo,
                         "event": call.cameo_label, "channel": call.channel, "status": call.status,
                         "n_sources": call.n_sources, "outlets": ";".join(call.outlets),
                         "source_urls": ";".join(u for u in urls.reindex(call.article_ids).dropna())})
    return pd.DataFrame(rows)
