"""Statements, session 11: a speaker named by a role the article ties to one person ("the crown
prince said", "The OAS chief told", "His Highness stressed"), and the cases that stay unresolved.

Texts written for these tests (invented people; no dev sample's wording)."""

from __future__ import annotations

import pytest

from conftest import rows_containing, statements_of as _statements
from helpers.statements.roleholders import role_description


@pytest.mark.parametrize("surface, determiner, expected", [
    ("crown prince", "the", ("crown prince", [])),
    ("OAS chief", "the", ("chief", ["oas"])),
    ("emir of Qatar", "the", ("emir", ["qatar"])),
    ("His Highness", "", ("highness", [])),
    ("spokesman", "", ("spokesman", [])),   # translated copy drops the article
    ("spokesman", "a", None),                # indefinite: someone unnamed
    ("spokesman", "his", None),              # someone's unnamed spokesman
    ("former emir", "the", None),            # another holder of the role
    ("army", "the", None),                   # not a role
])
def test_role_description(surface, determiner, expected):
    assert role_description(surface, determiner) == expected


def test_crown_prince_is_the_crown_prince_the_article_named():
    rows = _statements("Crown Prince Karim bin Walid of Aldoria arrived in Vienna on Tuesday for talks on gas prices. "
                       "The crown prince said the kingdom would raise its supplies before winter.")
    said = rows_containing(rows, "raise its supplies")
    assert list(said["speaker"]) == ["Karim bin Walid"] and list(said["speaker_how"]) == ["role holder"]


def test_body_chief_is_the_head_of_that_body():
    rows = _statements("Officials said Anna Keller, the secretary-general of the Danube Commission, flew to Belgrade on Monday. "
                       "Officials from Serbia and Romania met her there. "
                       "The Danube Commission chief told reporters that the river would reopen within a week.")
    told = rows_containing(rows, "reopen within a week")
    assert list(told["speaker"]) == ["Anna Keller"]


def test_highness_is_the_royal_met_before_the_statement():
    rows = _statements("Prince Faris bin Omar received the envoy of Chile, Ana Molina, in the capital. "
                       "His Highness stressed the need for a ceasefire in the region.")
    stressed = rows_containing(rows, "need for a ceasefire")
    assert list(stressed["speaker"]) == ["Faris bin Omar"]


def test_two_holders_of_the_role_stay_unresolved():
    rows = _statements("Emir Salim of Baharan met Emir Khalid of Wadiya on the border on Monday. "
                       "The emir said the new road would open in May.")
    said = rows_containing(rows, "new road")
    assert len(said) == 1 and said.iloc[0]["speaker_how"] != "role holder"


def test_plural_role_names_every_holder_named_just_before():
    rows = _statements("Foreign Minister Ana Lind of Sweden met Foreign Minister Juan Cruz of Chile in Oslo on Monday. "
                       "The foreign ministers stressed that the treaty must be respected.")
    stressed = rows_containing(rows, "treaty must be respected")
    assert list(stressed["speaker"]) == ["Ana Lind; Juan Cruz"]


def test_plural_role_with_one_holder_named_stays_a_group():
    rows = _statements("President Tomas Rivas spoke to reporters in Lima on Monday. "
                       "The presidents said the summit would be held in June.")
    said = rows_containing(rows, "summit would be held")
    assert len(said) == 1 and said.iloc[0]["speaker_how"] != "role holders named before"
