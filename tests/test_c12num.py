"""Issue 15 (numbers on unseen text): what a sum pays for, counting verbs, phone numbers. Texts written for the tests."""
from functools import partial

import pytest

import helpers
from conftest import number_row

_row = partial(number_row, date="2024-03-04")


@pytest.mark.parametrize("text, surface, counted", [
    ("The bank announced $40 million in flood relief for the region.", "$40 million", "US dollars (flood relief)"),
    ("Donors pledged €80 million on Friday.", "€80 million", "euros pledged"),
    ("The farmers in Norvale, numbering about 3,000, refused to leave.", "3,000", "farmers"),
    ("The assembly rejected the bill by a majority of 21.", "21", "votes (majority)"),
])
def test_counted_phrases(text, surface, counted):
    assert _row(text, surface)["counted"] == counted


@pytest.mark.parametrize("text", [
    "For help, ring the desk on 310 444 0177 at any hour.",
    "Callers abroad can dial +33 1 4455 6677 for the embassy.",
])
def test_spaced_phone_numbers_are_no_figures(text):
    assert helpers.numbers_in_text(text, date="2024-03-04").empty


def test_has_after_a_name_number_is_no_hectare():
    table = helpers.numbers_in_text("At first, the crew waited. Rover One has arrived.", date="2024-03-04")
    assert "measure" not in set(table["kind"]) and "first" not in set(table["surface"])


def test_thousands_grouped_by_spaces_are_not_a_phone_number():
    assert number_row("The census counted 1 414 021 100 residents.", "1 414 021 100")["value"] == 1414021100
