"""Names (issues 13 and 14): spellings of one person merge across articles, different people
never do; honorifics of other languages are no part of a name. Every name here is made up."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.actors.mentions import strip_titles
from helpers.actors.name_forms import fuller_forms, same_name_form
from helpers.actors.names import same_person
from helpers.actors.spellings import (followed_to_heads, merge_name_variants, merged_spelling_surnames, surname_variant,
                                      without_article)


@pytest.mark.parametrize("a, b", [
    ("Faris bin Nasser Al-Sawri", "Faris bin Nasser Al Thawri"),  # Arabic tha written "s"
    ("Park Mi-hwa", "Park Mi-wha"),                                # Korean romanisations of one syllable
    ("Boris Ermolin", "Boris Yermolin"),                           # Russian initial Ye / E
    ("Tanabe Hiroshi", "Hiroshi Tanabe"),                          # family name first
])
def test_spellings_of_one_person_merge(a, b):
    assert same_person(a, b)


@pytest.mark.parametrize("a, b", [
    ("Faris bin Nasser Al Thawri", "Nasser bin Faris Al Thawri"),  # son and father
    ("Boris Yermolin", "Pavel Yermolin"),                          # brothers
    ("Park Mi-hwa", "Park Mi-sun"),
    ("Tanabe Hiroshi", "Hiroshi Tanaka"),
    ("Tanabe Hiroshi", "Tanabe Hiroshi Jr."),
])
def test_people_sharing_a_name_stay_apart(a, b):
    assert not same_person(a, b)


@pytest.mark.parametrize("short, long_", [
    ("Karim Masri", "Mohamed Karim El-Masri"),          # the surname's article and a leading given name
    ("Oleg Yermolin", "Oleg Petrovich Ermolin"),         # a patronymic and another transliteration
])
def test_name_forms_of_one_person(short, long_):
    assert same_name_form(short, long_)


def test_double_surname_written_by_its_second_part():
    assert same_name_form("Mikhail Hanna", "Mikhail Tadros-Hanna")
    assert fuller_forms(["Mikhail Hanna", "Mikhail Tadros-Hanna"]) == {"Mikhail Hanna": "Mikhail Tadros-Hanna"}
    assert not same_name_form("Ann Lund", "Ann Poe-Lundqvist")
    assert not same_name_form("Ann Lund", "Pia Poe-Lund")


def test_patronymic_form_takes_the_plain_name():
    assert fuller_forms(["Oleg Petrovich Yermolin", "Oleg Yermolin"]) == {"Oleg Petrovich Yermolin": "Oleg Yermolin"}


def test_two_patronymics_are_two_people():
    forms = fuller_forms(["Oleg Petrovich Yermolin", "Oleg Ivanovich Yermolin", "Oleg Yermolin"])
    assert "Oleg Petrovich Yermolin" not in forms and "Oleg Ivanovich Yermolin" not in forms


def _people(rows):
    return pd.DataFrame([{"article_id": a, "actor": n, "surface": s, "type": t, "resolved_by": "full name"}
                         for a, n, s, t in rows])


def test_spelling_of_most_articles_names_the_person_however_tagged():
    m = _people([("a1", "Yuliya Marchenkova", "Yuliya Marchenkova", "person"),
                 ("a2", "Yulia Marchenkova", "Yulia Marchenkova", "person"),
                 ("a4", "Yulia Marchenkova", "Yulia Marchenkova's", "organization"),
                 ("a3", "Julia Marchenkova", "Julia Marchenkova", "person")])
    mapping = merge_name_variants(m)
    assert {mapping[n] for n in ["Yuliya Marchenkova", "Yulia Marchenkova", "Julia Marchenkova"]} == {"Yulia Marchenkova"}


def test_merges_are_followed_to_the_end_of_their_chain():
    chain = {"Yuliya Roe": "Yulia Roe", "Yulia Roe": "Julia Roe", "Julia Roe": "Julia Roe", "Jon Poe": "Jon Poe"}
    assert followed_to_heads(chain) == {"Yuliya Roe": "Julia Roe", "Yulia Roe": "Julia Roe", "Julia Roe": "Julia Roe",
                                        "Jon Poe": "Jon Poe"}


def test_surname_of_a_merged_spelling_names_the_person():
    m = _people([("a1", "Hamit Qirezi", "Hamit Qirezi", "person"),
                 ("a2", "Hamit Qirezi", "Hamit Cirezi", "person"),
                 ("a3", "Selim bin Nasser", "Selim bin Naser", "person")])
    found = merged_spelling_surnames(m, lambda s: s)
    assert found == {"Cirezi": "Hamit Qirezi"}  # "Naser" is a father's name, not a surname


@pytest.mark.parametrize("surname, expected", [("Al-Masri", "Masri"), ("el-Masri", "Masri"), ("Alston", "Alston"),
                                               ("Al-", "Al-")])
def test_lone_surname_without_article(surname, expected):
    assert without_article(surname) == expected


def test_lone_surname_sounding_like_a_corpus_surname():
    full = {"Castellan": "Ada Castellan", "Moreau": "Luc Moreau"}
    assert surname_variant("Kastellan", full) == "Ada Castellan"
    assert surname_variant("Kastner", full) is None


@pytest.mark.parametrize("written, name", [
    ("Sayın Kemal Arslanoğlu", "Kemal Arslanoğlu"),
    ("Prime Minister Sayın Arslanoğlu", "Arslanoğlu"),
    ("Samdech Techo Sok Vannarith", "Sok Vannarith"),
    ("His Excellency Ade Wirananda", "Ade Wirananda"),
    ("Comrade Lin Baozhu", "Lin Baozhu"),
    ("Herr Dieter Kallweit", "Dieter Kallweit"),
    ("Señor Ruiz Abarca", "Ruiz Abarca"),
    ("Martyr Reza Kalhori", "Reza Kalhori"),
    ("Yusuf Sheikh Abdirahman", "Yusuf Sheikh Abdirahman"),  # "Sheikh" inside a Somali name stays
    ("U Tin Maung", "U Tin Maung"),                        # Burmese "U" is kept, as copy writes it
])
def test_honorifics_of_other_languages_are_no_part_of_a_name(written, name):
    assert strip_titles(written) == name
