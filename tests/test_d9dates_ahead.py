"""An undated piece is written before the events it still reports as ahead: a day cue that
opens its clause takes the tense of the verb after it ("On Friday Mbeki is due to ...")."""

import pandas as pd
import pytest

from helpers.read import contentdates

DATED = pd.Series({
    "a": "Tavares met Lindqvist in Porto on Tuesday to discuss the fishing quota.",
    "b": "Tavares and Lindqvist signed the quota accord in Oslo on Friday. Moreau hosted Kessler in Lyon on Thursday.",
})
DATES = pd.Series({"a": pd.Timestamp("2024-05-14"), "b": pd.Timestamp("2024-05-17")})


@pytest.mark.parametrize("sentence, status", [
    ("On Friday Tavares is due to sign the accord with Lindqvist.", "planned"),
    ("On Friday, Tavares will sign the accord with Lindqvist.", "planned"),
    ("They talked on Tuesday, and on Friday they are to sign it.", "planned"),
    ("On Friday Tavares said he will sign the accord.", "happened"),  # the future is in what he said
    ("Tavares met Lindqvist on Tuesday and will see Moreau later.", "happened"),  # the cue does not open the clause
    ("On Friday Tavares signed what he will defend.", "happened"),
])
def test_a_clause_opening_cue_takes_the_tense_of_its_verb(sentence, status):
    found = list(contentdates._sentence_cues(sentence))
    assert found[-1][1] == status


def test_a_piece_naming_an_event_as_due_is_dated_before_it():
    index = contentdates.corpus_index(DATED, DATES)
    # Tuesday's meeting is past, Thursday's visit too, Friday's signing still to come: Thursday the 16th
    undated = ("Tavares met Lindqvist in Porto on Tuesday. Moreau hosted Kessler in Lyon on Thursday. "
               "On Friday Tavares is due to sign the quota accord with Lindqvist in Oslo.")
    found = contentdates.content_date(undated, index)
    assert found is not None and pd.Timestamp("2024-05-16") <= found < pd.Timestamp("2024-05-17")
