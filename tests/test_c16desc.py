"""Speakers (session 16): honorifics are no part of a name, and a role description stands for
the holder the article itself has named, not another country's holder of the same office."""

from __future__ import annotations

import pytest

from helpers.actors.honorifics import is_honorific_only, strip_honorifics
from helpers.actors.mentions import strip_titles
from tests.conftest import load_quietly, rows_containing, statements_of


@pytest.mark.parametrize("written, name", [
    ("Datuk Seri Harun Tun Ismail", "Harun Ismail"),
    ("Prime Minister Datuk Seri Harun Tun Ismail", "Harun Ismail"),
    ("Tan Sri Rahim Haji Osman", "Rahim Osman"),
    ("Dato' Sri Lim Kok Wee", "Lim Kok Wee"),
    ("Sayyed Karim Haddadi", "Karim Haddadi"),
    ("Shri Vikram Anand", "Vikram Anand"),
    ("Tan Wei Ling", "Tan Wei Ling"),          # "Tan" alone is a surname
    ("Than Tun Aung", "Than Tun Aung"),        # "Tun" inside a name with no honorific before it stays
    ("Sri Mulyani Rahayu", "Sri Mulyani Rahayu"),
])
def test_honorifics_are_stripped_from_names(written, name):
    assert strip_titles(written) == name


@pytest.mark.parametrize("words, expected", [
    (["Datuk", "Seri"], True), (["Tan", "Sri"], True), (["Tan", "Wei"], False), (["Harun"], False),
])
def test_honorific_only(words, expected):
    assert is_honorific_only(words) is expected


def test_inner_honorific_never_first_or_last_word():
    assert strip_honorifics("Datuk Ali Haji") == "Ali Haji"


def test_honorific_span_takes_the_name_after_it():
    rows = statements_of("Prime Minister Datuk Seri Harun Tun Ismail announced on Tuesday that an accord on "
                         "fishing rights was reached. Harun said the deal would protect coastal villages.")
    assert set(rows["speaker"]) == {"Harun Ismail"}


NORWAY = ("Norway and Iceland sign whaling accord\n\nNorwegian Prime Minister Erik Sandvold said on Monday that the "
          "accord protected both fleets. Sandvold added that talks would go on. Sandvold told reporters the quotas "
          "were fair. Erik Sandvold said Oslo would host the next round.\n")


@pytest.mark.parametrize("leader", ["Harun Ismail", "Datuk Seri Harun Tun Ismail"])
def test_the_prime_minister_is_the_one_the_article_named(tmp_path, leader):
    (tmp_path / "001_a.txt").write_text(NORWAY, encoding="utf-8")
    (tmp_path / "002_b.txt").write_text(
        "Harun wins backing for fisheries accord\n\n"
        f"Prime Minister {leader} announced on Tuesday that an agreement on fishing rights was reached.\n\n"
        "In a televised address, the Prime Minister said that the talks had been difficult.\n\n"
        "Harun said he had spoken by telephone with the Prime Minister of Norway, Erik Sandvold, on Sunday.\n",
        encoding="utf-8")
    statements = load_quietly(tmp_path).statements
    row = rows_containing(statements, "televised address")
    assert list(row["speaker"]) == ["Harun Ismail"]


@pytest.mark.parametrize("text", [
    "Palace spokesman Ivo Marsh would not say whether Kalder had promised to intervene with the rebels.",
    "Lee would not say if Okafor had vowed to quit.",
])
def test_a_cue_in_an_open_question_or_supposition_is_no_statement(text):
    rows = statements_of(text)
    assert not {"Kalder", "Okafor"} & set(rows["speaker"].dropna())


@pytest.mark.parametrize("text", [
    "Ruiz said Okafor had promised to quit if the vote failed.",
    "But if Okafor implied that he would quit, he did not say so at the rally.",
])
def test_a_promise_reported_plainly_is_still_a_statement(text):
    assert "Okafor" in set(statements_of(text)["speaker"])


def test_the_head_of_state_is_the_one_written_with_that_phrase():
    rows = statements_of("The press secretary of the Ruritanian President Ivan Kos told reporters that the talks were "
                         "long. Head of State Anatol Brev met the delegation in Vell. The Head of State said the guests "
                         "had been patient.")
    assert list(rows_containing(rows, "guests had been patient")["speaker"]) == ["Anatol Brev"]


def test_a_plural_title_before_two_names_titles_the_second(tmp_path):
    (tmp_path / "001_a.txt").write_text(
        "Belgium and Britain plan river patrols\n\nBritish Foreign Minister Helen Clarke said on Monday that the "
        "patrols would start in May. Her Belgian counterpart Jan Pieters said both navies would take part.\n",
        encoding="utf-8")
    (tmp_path / "002_b.txt").write_text(
        "Ministers win backing for river patrols\n\nBritain and Belgium secured approval on Thursday for joint river "
        "patrols, after Foreign Ministers Helen Clarke and Jan Pieters met President Olek Marchuk in Riga.\n\n"
        "Pieters said the patrols would be unarmed. Our first priority is safety, the Belgian minister said.\n",
        encoding="utf-8")
    row = rows_containing(load_quietly(tmp_path).statements, "first priority")
    assert list(zip(row["speaker"], row["speaker_country"])) == [("Jan Pieters", "BE")]


def test_a_lone_surname_is_the_corpus_person_of_that_surname():
    import pandas as pd

    from helpers.statements.surnames import corpus_surnames, person_by_surname
    actors = pd.DataFrame({"actor": ["Lotte Varga", "Ana Ruiz", "Luis Ruiz", "Chile"],
                           "type": ["person", "person", "person", "country"]})
    surnames = corpus_surnames(actors)
    assert person_by_surname("Varga", [], [], {"Lotte Varga": "CL"}, surnames) == ("Lotte Varga", "person", "CL")
    assert person_by_surname("Ruiz", [], [], {}, surnames) is None   # two people of that surname
    assert person_by_surname("Chile", [], [], {}, surnames) is None


def test_people_tagged_as_groups_are_people():
    import pandas as pd

    from helpers.actors.spellings import retag_people_tagged_as_groups
    m = pd.DataFrame({
        "actor": ["Jan Pieters", "Jan Pieters", "Pieters", "Flemings", "Dutch", "Liberal Democrats", "Democrats"],
        "type": ["person", "group", "group", "group", "group", "person", "group"],
        "resolved_by": ["full name", "ner", "ner", "ner", "ner", "full name", "ner"],
        "country": [None, None, None, None, "NL", None, None],
    })
    out = retag_people_tagged_as_groups(m)
    assert list(out["type"]) == ["person", "person", "person", "group", "group", "person", "group"]
    assert list(out["actor"][:3]) == ["Jan Pieters"] * 3


def test_the_colonel_is_the_colonel_the_article_named():
    rows = statements_of("The handover took place in Vell before midnight, where Colonel Ravi Mehta, the leader of the "
                         "Indian team, received the two crates. The colonel said that the crates were in good condition.")
    assert list(rows_containing(rows, "good condition")["speaker"]) == ["Ravi Mehta"]


def test_a_pronoun_after_a_bare_title_takes_its_holder():
    rows = statements_of("Head of State Anatol Brev met the delegation in Vell. \"We will sit here as long as needed,\" "
                         "said the Head of State to journalists. He stressed that Ruritania has no intention to mediate.")
    assert list(rows_containing(rows, "no intention")["speaker"]) == ["Anatol Brev"]


def test_a_lone_surname_is_not_a_relative_when_the_article_names_its_own_bearer():
    import pandas as pd

    from helpers.statements.surnames import corpus_surnames, person_by_surname
    actors = pd.DataFrame({"actor": ["Jonas K. Brandt Jr", "Lukas Brandt"], "type": ["person", "person"]})
    article = [{"type": "person", "actor": "Jonas K. Brandt Jr", "surface": "Jonas K. Brandt Jr."}]
    assert person_by_surname("Brandt", [], article, {}, corpus_surnames(actors))[0] == "Jonas K. Brandt Jr"
    assert person_by_surname("Brandt", [], [], {}, corpus_surnames(actors)) is None   # two Brandts in the corpus
    holdings = [{"type": "organization", "actor": "Brandt Holdings", "surface": "Brandt Holdings"}]
    lone = corpus_surnames(actors.iloc[1:])
    assert person_by_surname("Brandt", [], holdings, {}, lone) is None   # the article's own Brandt is a company


def test_a_lone_surname_is_the_articles_bearer_with_a_generation_suffix():
    from helpers.statements.surnames import person_by_surname
    article = [{"type": "person", "actor": "Jonas K. Brandt Jr", "surface": "Jonas K. Brandt Jr."}]
    assert person_by_surname("Brandt", [], article, {}, {})[0] == "Jonas K. Brandt Jr"


def test_titles_alone_name_no_one():
    import helpers
    corpus = helpers.analyze_text(
        "Headline of the day\n\nIn a statement, His Highness Amir Sheikh Khalid Al-Rumaihi Al-Dosari sent a letter to "
        "the King of Ruritania. Sheikh Khalid said the talks would continue.", date="2023-05-04", cache=False)
    assert "Amir Sheikh" not in set(corpus.actors["actor"])


@pytest.mark.parametrize("words, expected", [(["Amir", "Sheikh"], True), (["Amir", "Peretz"], False), (["Amir"], False)])
def test_a_title_spelling_that_is_also_a_name(words, expected):
    from helpers.actors.gazetteer import TITLE_WORDS
    assert is_honorific_only(words, TITLE_WORDS) is expected


def test_the_minister_is_the_last_minister_named_before():
    rows = statements_of(
        "The Minister of Royal Court Affairs Sheikh Faris K. Al-Mansour said in a statement that the king was "
        "concerned. Deputy Prime Minister and Minister of Foreign Affairs Sheikh Rashid Nabil Al-Harbi told reporters "
        "that the talks would go on. The Minister affirmed that positive signals had arrived. Later, Foreign Minister "
        "Sheikh Omar bin Salim Al Kuwari met envoys in Vell.")
    assert list(rows_containing(rows, "positive signals")["speaker"]) == ["Rashid Nabil Al-Harbi"]


def test_a_title_cut_to_its_head_takes_the_name_in_its_phrase():
    from helpers.statements.titles import _named_after_title
    sentence = "The Minister of Royal Court Affairs Sheikh Faris K. Al-Mansour said the king was concerned."
    row = {"speaker_surface": "Minister", "sentence": sentence, "sent_idx": 3}
    faris = {"surface": "Faris K. Al-Mansour", "actor": "Faris K. Al-Mansour", "sent_idx": 3}
    other = {"surface": "Omar Kuwari", "actor": "Omar Kuwari", "sent_idx": 2}
    assert _named_after_title(row, [other, faris]) == [faris]
    assert _named_after_title(dict(row, sentence="The Minister met Faris K. Al-Mansour."), [faris]) == []
