import pandas as pd

from helpers.calls.dates import resolve
from helpers.calls.statementdays import drop_foreign_days


def test_next_weekday_said_on_that_weekday_is_a_week_on():
    thursday = pd.Timestamp("2031-05-15")
    assert resolve("will fly to Lisbon next Thursday", thursday, "planned")["date"] == pd.Timestamp("2031-05-22")
    assert resolve("next Saturday", thursday, "planned")["date"] == pd.Timestamp("2031-05-17")
    assert resolve("on Thursday", thursday, "planned")["date"] == thursday


def frame(sentences, words, starts, reference=False):
    return pd.DataFrame({"article_id": ["a"] * len(sentences), "sentence": sentences, "narrative_expr": words,
                         "start": starts, "reference": [reference] * len(sentences)})


def test_a_cue_contact_does_not_take_the_day_its_sentence_gives_the_main_one():
    sentence = "Queiroz held talks in Porto on Friday evening after meeting Halvorsen in Bergen."
    start = sentence.index("meeting")
    cm = drop_foreign_days(frame([sentence], ["Porto on Friday"], [start]),
                           pd.DataFrame({"article_id": ["a"], "text": [sentence]}))
    assert pd.isna(cm["narrative_expr"].iloc[0])


def test_a_cue_contact_keeps_the_day_an_earlier_sentence_gave_the_story():
    text = ("On Monday the crisis deepened. After speaking with Halvorsen for an hour, Queiroz called Amaral "
            "later that evening.")
    sentence = text.split(". ", 1)[1]
    cm = drop_foreign_days(frame([sentence], ["On Monday"], [text.index("speaking")]),
                           pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert cm["narrative_expr"].iloc[0] == "On Monday"


def test_a_day_named_in_another_live_blog_entry_is_not_carried_over():
    text = ("Live updates\n1620 GMT\nThe envoys will meet in Oslo on Wednesday, a spokesman said.\n"
            "1405 GMT\nQueiroz met his counterpart Halvorsen in Bergen.\n")
    sentence = "Queiroz met his counterpart Halvorsen in Bergen."
    cm = drop_foreign_days(frame([sentence], ["Oslo on Wednesday"], [text.index("met his")]),
                           pd.DataFrame({"article_id": ["a"], "text": [text]}))
    assert pd.isna(cm["narrative_expr"].iloc[0])
    plain = text.replace("1405 GMT\n", "")
    cm = drop_foreign_days(frame([sentence], ["Oslo on Wednesday"], [plain.index("met his")]),
                           pd.DataFrame({"article_id": ["a"], "text": [plain]}))
    assert cm["narrative_expr"].iloc[0] == "Oslo on Wednesday"


def test_a_live_blog_entry_stamped_by_the_clock_alone_is_on_the_page_day(tmp_path):
    from conftest import load_quietly

    (tmp_path / "live.txt").write_text(
        "Harbour talks live\nLive updates, Friday 9 July 2021. All times GMT.\n"
        "1620 GMT\nThe envoys of Malta and Norway will meet in Oslo on Wednesday, a spokesman said.\n"
        "1405 GMT\nMaltese Foreign Minister Dario Kovar met his Norwegian counterpart Anja Lindqvist in Bergen. "
        "Kovar said the talks had been useful.\n"
        "1100 GMT\nWelcome to our live coverage of the harbour dispute.\n", encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    met = calls[calls["participants"].map(lambda p: "Dario Kovar" in p and "Anja Lindqvist" in p)]
    assert len(met) == 1 and str(met["date"].iloc[0])[:10] == "2021-07-09"


def test_a_contact_after_a_cue_takes_the_day_its_article_gives_the_cue(tmp_path):
    from conftest import load_quietly

    (tmp_path / "a.txt").write_text(
        "Calls over the harbour\nBy Staff Writer\nPublished 10 March 2021\n"
        "President Dario Kovar spent much of Tuesday on the telephone about the harbour dispute.\n"
        "He first spoke with Norwegian Prime Minister Anja Lindqvist for 30 minutes, the presidency said.\n"
        "After speaking with Lindqvist, Kovar called Swedish Prime Minister Erik Holmberg, an aide said.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "STOCKHOLM, March 10, 2021 (Wire) - Swedish Prime Minister Erik Holmberg held a telephone conversation "
        "with President Dario Kovar on Monday evening, his office said.\n", encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    holmberg = calls[calls["participants"].map(lambda p: "Erik Holmberg" in p and "Dario Kovar" in p)]
    assert "2021-03-09" in {str(d)[:10] for d in holmberg["date"]}


def test_the_two_are_the_pair_named_in_this_sentence_and_the_one_before(tmp_path):
    from conftest import load_quietly

    (tmp_path / "a.txt").write_text(
        "Envoy signs pact\nBy Staff Writer\nPublished 11 July 2029\n"
        "Foreign Minister Dario Kovar met Prime Minister Anja Lindqvist in Valletta on Tuesday.\n"
        "He then met Finance Minister Erik Holmberg to sign an accord.\n"
        "Kovar later met Chancellor Jonas Berg of Austria in Valletta.\n"
        "Tuesday's signing was his second with Holmberg in a fortnight. When the two met in Oslo in late June, "
        "Kovar said the accord was close.\n", encoding="utf-8")
    calls = load_quietly(tmp_path).calls
    earlier = calls[calls["date_approx"].fillna("").str.startswith("2029-06-21")]
    assert [sorted(p) for p in earlier["participants"]] == [["Dario Kovar", "Erik Holmberg"]]


def test_a_weekday_read_against_a_guessed_day_aligns_to_the_planned_day_of_another_article():
    from helpers.calls.dating import INFERRED, align_to_dated_contacts

    key = "Dario Kovar – Anja Lindqvist (in person)"
    cm = pd.DataFrame({
        "article_id": ["plan", "joined", "guess"],
        "date": [pd.NaT, pd.NaT, pd.Timestamp("2029-06-07")],
        "date_source": [None, None, "weekday + " + INFERRED],
        "background": [False, False, False],
        "status": ["planned", "happened", "happened"],
        "narrative_date": [pd.Timestamp("2029-06-14"), pd.NaT, pd.Timestamp("2029-06-07")],
        "event_id": [f"2029-06-14 {key}", f"2029-06-07 {key}", f"2029-06-07 {key}"],
    })
    refs = {"plan": (pd.Timestamp("2029-06-13"), "article date"), "joined": (pd.Timestamp("2029-06-14"), "article date"),
            "guess": (pd.Timestamp("2029-06-12"), INFERRED)}
    out = align_to_dated_contacts(cm, [key] * 3, refs)
    assert out["date"].iloc[2] == pd.Timestamp("2029-06-14")
