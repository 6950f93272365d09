"""Order cues of contact rows read across sentences."""

import pandas as pd

from helpers import analyze_text


def test_then_orders_a_call_after_the_one_named_before_it():
    text = ("President Dario Kovar spent Tuesday on the telephone about the harbour dispute. "
            "Kovar first spoke with Swedish Prime Minister Erik Holmberg, the presidency said. "
            "Kovar then spoke with Norwegian Prime Minister Anja Lindqvist for 20 minutes.")
    calls = analyze_text(text, date="2031-03-05").calls
    order = {tuple(sorted(p)): o for p, o in zip(calls["participants"], calls["order"])}
    # alphabetical or support order would put Lindqvist's call first
    assert order[("Dario Kovar", "Erik Holmberg")] < order[("Anja Lindqvist", "Dario Kovar")]
    notes = dict(zip(calls["participants"].map(lambda p: tuple(sorted(p))), calls["order_note"]))
    assert "after" in str(notes[("Anja Lindqvist", "Dario Kovar")])


def test_then_president_is_no_sequence_cue():
    from helpers.calls.order import THEN_BEFORE
    import re

    assert not re.search(THEN_BEFORE + "met", "the then-president met Kovar")
    assert not re.search(THEN_BEFORE + "spoke", "since then, he spoke with Kovar twice")
    assert re.search(THEN_BEFORE + "spoke", "He then spoke with Kovar")
