"""Spellings of one participant: family name first, initials, romanisations, lost accents."""

from __future__ import annotations

import pytest

from helpers.calls.variants import canonical_names, fold, same_person


@pytest.mark.parametrize("a, b, same", [
    ("Park Min-jun", "Park M.-j.", True),          # initials of a family-name-first name
    ("Park Min-jun", "Park Min Jun", True),
    ("Choi Seung-hwa", "Choi Seung-wha", True),    # romanisations with swapped letters
    ("Li Wenqiang", "Li W.", True),
    ("Park Min-jun", "Park Ji-hoon", False),
    ("Kim Jong Un", "Kim Jong Il", False),
    ("John Kelly", "John Kerry", False),
    ("Mohammed bin Salman", "Mohammed bin Zayed", False),
])
def test_family_name_first_variants(a, b, same):
    assert same_person(fold(a), fold(b)) is same


def test_an_initialled_copy_joins_the_full_name():
    names = ["Park Min-jun", "Park M.-j.", "Park Ji-hoon"]
    mapping = canonical_names(names, {"Park Min-jun": 5, "Park Ji-hoon": 2, "Park M.-j.": 1})
    assert mapping.get("Park M.-j.") == "Park Min-jun" and "Park Ji-hoon" not in mapping


@pytest.mark.parametrize("name, folded", [
    ("Recep Tayyip Erdoğan", ["recep", "tayyip", "erdogan"]),
    ("Mevlüt Çavuşoğlu", ["mevlut", "cavusoglu"]),
    ("Kılıçdaroğlu", ["kilicdaroglu"]),
])
def test_accented_letters_are_folded_not_dropped(name, folded):
    assert fold(name) == folded


def test_a_person_written_with_and_without_accents_is_named_in_plain_letters(nlp):
    from test_actors import actor_of, actors_across

    m = actors_across(nlp, ["Turkish President Recep Tayyip Erdoğan spoke on Monday. Erdoğan said it was good.",
                            "Turkish President Recep Tayyip Erdoğan left Ankara on Tuesday.",
                            "Turkish President Recep Tayyip Erdogan arrived in Baku on Wednesday."])
    assert actor_of(m, "Recep Tayyip Erdoğan") == {"Recep Tayyip Erdogan"}


def test_the_spelling_more_articles_use_names_the_participant():
    from helpers.calls.parties import spread

    assert spread({"n_articles": 3, "n_mentions": 3}) > spread({"n_articles": 1, "n_mentions": 5})
