"""Row access for tidy tables across articles."""

from __future__ import annotations

import pandas as pd


def frame_records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")``, built column by column: pandas boxes every value of a
    string column one by one in ``to_dict``, which dominated the cross-article steps."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]
