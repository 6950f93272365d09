"""Session 20, lead fixes found while merging."""

import pytest

import helpers


def contacts(sentence: str) -> list[list[str]]:
    corpus = helpers.analyze_text("Headline\n\n" + sentence, date="2023-05-04", cache=False)
    return [sorted(p) for p in corpus.calls["participants"]] if len(corpus.calls) else []


@pytest.mark.parametrize("sentence", [
    "Foreign Minister Lena Ostrova came back to Abuja on Monday without having met Colonel Amadou Dorvek.",
    "Foreign Minister Lena Ostrova returned home on Monday without a meeting with Prime Minister Vasko Telin.",
])
def test_a_contact_under_without_did_not_happen(sentence):
    assert contacts(sentence) == []


def test_without_elsewhere_in_the_sentence_keeps_the_contact():
    sentence = "Foreign Minister Lena Ostrova met Prime Minister Vasko Telin on Monday without aides present."
    assert contacts(sentence) == [["Lena Ostrova", "Vasko Telin"]]


def people(sentence: str) -> list[str]:
    corpus = helpers.analyze_text("Headline\n\n" + sentence, date="2023-05-04", cache=False)
    return corpus.actors.query("type == 'person'")["actor"].tolist()


def test_the_last_word_of_a_portfolio_is_no_part_of_the_name_after_it():
    sentence = "The talks were attended by Minister of Foreign Affairs and Expatriates Karim al-Dawoud, the agency said."
    assert people(sentence) == ["Karim al-Dawoud"]


def test_a_given_name_after_and_stays_in_the_name():
    assert people("The ministers of Peru and Chile met Jorge Vasko Telin on Monday.") == ["Jorge Vasko Telin"]
