"""The numbers table of one short text, and its one row with a given surface, for the numbers tests."""

import helpers


def number_table(text, date="2024-03-06"):
    return helpers.numbers_in_text(text, date=date)


def number_row(text, surface, date="2024-03-06"):
    """The single row whose surface is ``surface`` (the assertion lists the table when there is not one)."""
    df = number_table(text, date)
    hit = df[df["surface"] == surface]
    assert len(hit) == 1, df[["surface", "kind", "value"]].to_dict("records")
    return hit.iloc[0]
