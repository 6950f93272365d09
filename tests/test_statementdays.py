import pandas as pd

from helpers.calls.statementdays import WHY, drop_statement_days, explain_statement_days

TEXT = ("Rana called Okoro on Monday. On Tuesday, the ministry spokesman told reporters the talks went well. "
        "Rana also met Dube on the sidelines.")


def frame(sentence, words):
    return pd.DataFrame({"article_id": ["a"], "sentence": [sentence], "narrative_expr": [words]})


def test_day_of_a_briefing_is_not_carried_into_a_later_contact():
    cm = drop_statement_days(frame("Rana also met Dube on the sidelines.", "On Tuesday"),
                             pd.DataFrame({"article_id": ["a"], "text": [TEXT]}))
    assert pd.isna(cm["narrative_expr"].iloc[0]) and bool(cm["statement_day"].iloc[0])
    cm["date"], cm["date_source"] = pd.NaT, None
    assert explain_statement_days(cm)["date_source"].iloc[0] == WHY


def test_day_of_a_contact_sentence_is_kept():
    cm = drop_statement_days(frame("Rana also met Dube on the sidelines.", "on Monday"),
                             pd.DataFrame({"article_id": ["a"], "text": [TEXT]}))
    assert cm["narrative_expr"].iloc[0] == "on Monday" and not bool(cm["statement_day"].iloc[0])
