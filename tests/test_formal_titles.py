"""Formal titles before a name, initial-dot names and Spanish double surnames (invented texts)."""

import pytest

from helpers.actors.gazetteer import load_gazetteer
from helpers.corpus import analyze_text


@pytest.mark.parametrize("surface, country", [
    ("the Republic of Estonia", "EE"), ("Kingdom of Norway", "NO"), ("the Republic of Blorvania", None),
])
def test_formal_state_names_are_their_country(surface, country):
    assert load_gazetteer().country_code(surface) == country


def test_a_name_after_a_formal_title_is_the_person_and_the_title_no_party():
    text = ("Tallinn, 3 March, ENA. On 3 March, the telephone conversation was held between the Minister of "
            "Foreign Affairs of the Republic of Estonia Kaarel Vasktamm and the Minister of Foreign Affairs of the "
            "Republic of Finland Aino Lehtikari, it was informed by the press service of the Ministry. During the "
            "conversation, K.Vasktamm informed the Finnish side about the situation.")
    corpus = analyze_text(text, date="2031-03-03", cache=False)
    people = set(corpus.mentions.loc[corpus.mentions["type"].eq("person"), "actor"])
    assert {"Kaarel Vasktamm", "Aino Lehtikari"} <= people
    assert "K.Vasktamm" not in people and "K. Vasktamm" not in people
    assert not corpus.mentions["actor"].str.contains("Minister of Foreign Affairs").any()


def test_a_name_without_its_second_family_name_is_one_person():
    text = ("Foreign Minister Pablo Ferrando Quiroga spoke by phone with Swedish Foreign Minister Anna Lindqvist "
            "on Tuesday. Ferrando said the talks were useful. Later, Pablo Ferrando met the Chilean envoy.")
    corpus = analyze_text(text, date="2031-05-06", cache=False)
    people = set(corpus.mentions.loc[corpus.mentions["type"].eq("person"), "actor"])
    assert "Pablo Ferrando Quiroga" in people and "Pablo Ferrando" not in people
