"""A contact's parties are people the articles name (issue 13): the gazetteer's holder of an
office ("the UK prime minister") is never put into a contact the text does not name him in,
because the articles may report another year, when someone else held the office."""
from helpers import analyze_text


def parties(text: str, date: str = "1977-03-09") -> list[list[str]]:
    calls = analyze_text(text, date=date, outlet="Test Wire").calls
    return [sorted(p) for p in calls["participants"]] if len(calls) else []


def test_a_visit_with_no_named_host_takes_no_host_from_the_gazetteer():
    found = parties("Chancellor Ingrid Vollmer of Austria flew to London on Monday for talks on the fishing dispute.")
    assert all(set(p) <= {"Ingrid Vollmer", "United Kingdom"} for p in found), found


def test_a_host_the_text_names_is_still_the_party():
    found = parties("Chancellor Ingrid Vollmer of Austria met Prime Minister Arthur Penhale of Britain "
                    "in London on Monday.")
    assert found == [["Arthur Penhale", "Ingrid Vollmer"]]
