"""Reading and cleaning articles: formats, headers, boilerplate, bad input."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from helpers.read import clean
from helpers.read.files import decode_bytes, parse_txt, read_articles
from helpers.read.records import InputProblem

from conftest import FIXTURES, SEED_ARTICLES

WIRE_BODY = (
    "The foreign ministers of both countries met in Geneva on Tuesday for a second round of talks "
    "on their disputed border, a spokesman for the Swiss foreign ministry told reporters after the meeting. "
    "The talks lasted nearly three hours and ended without a joint statement, but both sides agreed to meet again."
)


def read_quietly(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return read_articles(folder)


@pytest.mark.parametrize("header, title, date, url", [
    ("Talks resume in Geneva\n20230314\nhttps://www.example.com/a\n", "Talks resume in Geneva", "2023-03-14", "https://www.example.com/a"),
    ("Talks resume in Geneva\n2023-03-14\n", "Talks resume in Geneva", "2023-03-14", None),
    ("https://news.example.org/x\n", None, None, "https://news.example.org/x"),
    ("", None, None, None),
    ("Talks resume in Geneva\nBy Ana Ruiz\nPublished 14 March 2023\n", "Talks resume in Geneva", "2023-03-14", None),
    ("Talks resume in Geneva\nBy Ana Ruiz and Li Wei\nUpdated: Mar. 14, 2023, 10:05 GMT\n", "Talks resume in Geneva", "2023-03-14", None),
])
def test_txt_header_parts_may_be_missing(header, title, date, url):
    """Header lines: title, byline, a date as digits or in words, URL; any may be missing."""
    raw = parse_txt(header + WIRE_BODY, "a", "a.txt")
    assert (raw.title, raw.date, raw.url) == (title, date, url)
    assert raw.body.startswith("The foreign ministers")


@pytest.mark.parametrize("paragraph, rule", [
    ("[ad_1]", "ad marker"),
    ("ADVERTISEMENT", "ad marker"),
    ("Source link", "source link"),
    ("SUBSCRIBE NOW", "subscription prompt"),
    ("By subscribing, you can help us get the story right.", "subscription prompt"),
    ("Comments are closed.", "comment policy"),
    ("The ability to comment on our stories is a privilege, not a right.", "comment policy"),
    ("Reuters and AP contributed to this report.", "credits"),
    ("With reports from Reuters, AFP and AP", "credits"),
    ("Check Also", "related teaser"),
    ("About Jane Smith", "author box"),
    ("WATCH: Crowds gathered in the capital on Sunday.", "caption"),
    ("The minister met his counterpart today. pic.twitter.com/AbC123", "social embed"),
    ("and  are close partners, and we work together.", "social embed"),
    ("(Reporting by Ana Ruiz in Lima; Editing by Tom Fell)", "credits"),
    ("Reporting by Ana Ruiz and Li Wei in Lima", "credits"),
    ("Our Standards: The Harbour Trust Principles.", "publisher note"),
    ("Originally published by Coast Monitor. Republished under licence.", "publisher note"),
    ("Keywords: summit, Lima, trade talks", "tag line"),
    ("Posted by Daily Wire Desk | World | 3 Mar 2021", "tag line"),
    ("Source: harbourtimes.com", "tag line"),
    ("Get breaking news alerts on your phone - download the Harbour app.", "promo"),
    ("Wire Service writers Ana Ruiz in Lima and Li Wei in Quito contributed.", "credits"),
    ("Comments on this story are moderated. Please be civil.", "comment policy"),
    ("Send us your comments using the form below.", "comment policy"),
    ("Refresh this page for the latest updates.", "promo"),
    ("Catch all the Latest World News and Top Headlines on Harbour Times.", "promo"),
    ("By Ana Ruiz (aruiz@harbourtimes.com)", "byline"),
    ("Back to Top | Print | Email this page", "page tools"),
    ("More from Europe: Dutch coalition talks stall again", "related teaser line"),
    ("Source: Harbour Wire | via Coastline Aggregator | March 3, 2021", "tag line"),
    ("Source: Reuters via Coastline Digest", "tag line"),
    ("This story has been republished from a syndicated feed and has not been edited.", "publisher note"),
    ("Share this article: Facebook | X | WhatsApp | Email", "page tools"),
    ("This blog has now closed. Thank you for following our coverage.", "disclaimer"),
    ("The views expressed by contributors do not necessarily reflect those of the broadcaster.", "disclaimer"),
    ("Opinions expressed in readers' comments are not those of this site.", "disclaimer"),
    ("Disclaimer: entries are compiled from agency copy.", "disclaimer"),
    ("Claims from the front line could not be checked. All times are CET.", "disclaimer"),
    ("This report may not be reproduced without permission from Harbour Wire.", "publisher note"),
    ("Get the Andes Evening Brief in your inbox - sign up here.", "subscription prompt"),
])
def test_boilerplate_rules_remove(paragraph, rule):
    assert clean.match_rule(paragraph) == rule


@pytest.mark.parametrize("paragraph", [
    "The minister said the comments by his counterpart were unhelpful and would be answered.",
    "About 130,000 troops are massed near the border, officials said.",
    "Watchdogs said the vote was free and fair.",
    "The newspaper's subscribers were told on Monday that the print edition would close after a decade of losses, a decision the editor said reflected the economics of local journalism across the country and the shift of readers to online news sites and social media platforms over recent years.",
    "I spoke with Foreign Minister Lavrov today to urge a diplomatic resolution.",
    "Reporting by state media suggested the talks had stalled.",
    "Get ready for a long night, the minister told reporters.",
    "Source: officials in Lima said the talks would resume on Monday.",
    "Originally, the talks were to be held in Lima.",
    "Reporters contributed to the confusion by repeating the claim.",
    "By Monday, the talks had collapsed.",
    "The minister's comments are reviewed by the cabinet.",
    "Catch-up talks were held on Tuesday with the latest updates on aid.",
    "Diplomats said the views of Moscow do not necessarily reflect those of Beijing.",
    "The talks have now closed for the night, the ministry said.",
    "He said this story was republished widely by state media.",
    "The meeting times are in flux, the envoy said.",
    "The views expressed by the minister are not those of the cabinet, a spokesman said.",
    "The letter landed in their inbox on Monday.",
])
def test_boilerplate_rules_keep_news(paragraph):
    assert clean.match_rule(paragraph) is None


def test_unrelated_headline_removed_related_kept():
    body = [WIRE_BODY]
    assert clean.is_unrelated_headline("Opposition politician transferred to house arrest", body)
    assert not clean.is_unrelated_headline("Foreign ministers resume border talks in Geneva", body)


def test_normalisation_keeps_length_for_punctuation():
    text = "Biden\u00a0said \u201ehello\u201f and \u00abbye\u00bb \u2212 done"
    assert len(clean.normalize_text(text)) == len(text)
    assert "\u00a0" not in clean.normalize_text(text)


def test_seed_articles_read_with_metadata_and_clean_text():
    articles, problems = read_quietly(SEED_ARTICLES)
    assert len(articles) == 5 and problems.empty
    with_url = articles[articles["url"].notna()]
    assert set(with_url["outlet"]) == {"shanghainews.net", "burnhamandhighbridgeweeklynews.co.uk"}
    assert (with_url["date"].dt.strftime("%Y-%m-%d") == "2022-02-12").all()
    no_url = articles[articles["url"].isna()]  # unknown, or inferred from the text (test_outlets.py)
    assert set(no_url["outlet_source"].fillna("unknown")) <= {"unknown", "inferred"}
    leftovers = ["[ad_", "Source link", "SUBSCRIBE", "Comments are closed", "pic.twitter",
                 "contributed to this report", "Check Also", "Kyrgyz opposition", "About Ellen"]
    for text in articles["text"]:
        assert not [b for b in leftovers if b in text]


def test_bad_inputs_are_all_accounted_for(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    latin = "Le ministre a dit que la r\u00e9union \u00e9tait utile. " * 3 + WIRE_BODY + " Caf\u00e9 talks \u00e9t\u00e9."
    (tmp_path / "latin1.txt").write_bytes(latin.encode("latin-1"))
    (tmp_path / "page.html").write_text((FIXTURES / "html" / "wire_story.html").read_text())
    (tmp_path / "copy_a.txt").write_text(WIRE_BODY * 3)
    (tmp_path / "copy_b.txt").write_text(WIRE_BODY * 3 + " Updated.")
    (tmp_path / "french.txt").write_text("Les ministres des affaires \u00e9trang\u00e8res se sont r\u00e9unis \u00e0 Gen\u00e8ve mardi pour un deuxi\u00e8me cycle de n\u00e9gociations sur leur fronti\u00e8re contest\u00e9e, selon un porte-parole. " * 2)
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ')
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    articles, problems = read_quietly(tmp_path)
    used = set(articles["path"].map(lambda p: p.rsplit("/", 1)[-1]))
    failed = set(problems["path"].map(lambda p: p.rsplit("/", 1)[-1]))
    assert used | failed == {p.name for p in tmp_path.iterdir()}
    assert used == {"latin1.txt", "page.html", "copy_a.txt", "copy_b.txt"}
    reasons = dict(zip(problems["path"].map(lambda p: p.rsplit("/", 1)[-1]), problems["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["binary.txt"]
    assert "English" in reasons["french.txt"]
    assert "invalid JSON" in reasons["broken.json"]
    assert "unsupported file type" in reasons["image.png"]
    dup = articles.set_index(articles["path"].map(lambda p: p.rsplit("/", 1)[-1]))["duplicate_of"]
    assert dup["copy_b.txt"] == "copy_a" and pd.isna(dup["copy_a.txt"])
    assert "r\u00e9union" in articles.loc[articles["path"].str.endswith("latin1.txt"), "text"].iloc[0]


def test_html_metadata_and_main_text(tmp_path):
    (tmp_path / "story.html").write_text((FIXTURES / "html" / "wire_story.html").read_text())
    articles, problems = read_quietly(tmp_path)
    row = articles.iloc[0]
    assert problems.empty
    assert row["outlet"] == "examplewire.co.uk"
    assert row["title"] == "Foreign ministers meet in Geneva as border talks resume"
    assert str(row["date"].date()) == "2023-03-14"
    assert "Ararat Mirzoyan" in row["text"]
    assert "Markets rally" not in row["text"] and "Comments are closed" not in row["text"]


def test_json_jsonl_csv_records_and_sidecar(tmp_path):
    record = {"headline": "Border talks", "body": WIRE_BODY, "published": "2023-03-14", "link": "https://www.example.org/t"}
    (tmp_path / "one.json").write_text(json.dumps(record))
    (tmp_path / "many.jsonl").write_text(json.dumps(record) + "\nnot json\n" + json.dumps({"body": WIRE_BODY + " Later."}) + "\n")
    (tmp_path / "rows.csv").write_text("title,text,outlet\nTalks,\"" + WIRE_BODY + "\",Example Daily\n")
    (tmp_path / "plain.txt").write_text(WIRE_BODY)
    (tmp_path / "metadata.csv").write_text("file,outlet,url,title,date\nplain.txt,The Sidecar Times,,Sidecar title,2023-03-15\n")
    articles, problems = read_quietly(tmp_path)
    by_id = articles.set_index("article_id")
    assert by_id.loc["one", "outlet"] == "example.org" and by_id.loc["one", "title"] == "Border talks"
    assert by_id.loc["rows", "outlet"] == "Example Daily"
    assert by_id.loc["plain", "outlet"] == "The Sidecar Times"
    assert str(by_id.loc["plain", "date"].date()) == "2023-03-15"
    assert {"many-0", "many-2"} <= set(by_id.index)
    assert problems["reason"].str.contains("line 2: invalid JSON").any()


def test_decode_rejects_binary_and_detects_latin1():
    with pytest.raises(InputProblem):
        decode_bytes(b"\x00\x01\x02abc")
    assert decode_bytes("na\u00efve caf\u00e9 r\u00e9sum\u00e9 d\u00e9j\u00e0 vu".encode("latin-1")).startswith("na\u00efve")


def test_missing_folder_is_a_problem_not_a_crash(tmp_path):
    articles, problems = read_quietly(tmp_path / "nope")
    assert articles.empty and problems["reason"].iloc[0] == "folder does not exist"


def test_parallel_read_matches_serial_read(tmp_path, monkeypatch):
    from helpers.read.files import PARALLEL_MIN_FILES

    folder = tmp_path / "many"
    folder.mkdir()
    seeds = sorted(SEED_ARTICLES.glob("*.txt"))
    for i in range(PARALLEL_MIN_FILES):
        text = seeds[i % len(seeds)].read_text()
        (folder / f"copy_{i:03d}.txt").write_text(text if i < len(seeds) else text + f"\n\nEditor's note {i}.")
    frames = []
    for n_process in (1, 2):
        monkeypatch.setenv("READOUT_CACHE", str(tmp_path / f"cache{n_process}"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frames.append(read_articles(folder, progress=False, n_process=n_process))
    (serial, serial_problems), (parallel, parallel_problems) = frames
    pd.testing.assert_frame_equal(serial, parallel)
    pd.testing.assert_frame_equal(serial_problems, parallel_problems)
    assert serial["duplicate_of"].notna().sum() == PARALLEL_MIN_FILES - len(seeds)  # later copies point to the first


def test_a_posted_on_line_removed_as_boilerplate_still_dates_the_article():
    from helpers.read.files import read_text

    body = ("Harbour envoys end talks\n\nPosted by Coast Desk | World | 3 Mar 2021\n\n"
            "The foreign ministers of the two countries met in Lima on Wednesday and agreed to meet again within a month, "
            "officials said after the talks ended late in the evening.")
    articles, _ = read_text(body)
    assert str(articles.loc[0, "date"])[:10] == "2021-03-03" and articles.loc[0, "date_source"] == "header"
    assert "Posted by" not in articles.loc[0, "text"]


def test_live_page_entry_headings_and_day_line_are_story_text():
    page = ["Friday 3 March 2023 | All times GMT", "2310 GMT (Thursday)", "Talks ran late in Lima.",
            "1420 GMT - Ministers meet in Quito", "The two ministers met for an hour.",
            "0915 GMT: Envoy lands", "He was greeted by the mayor.", "Behind the scenes"]
    kept, removed = clean.remove_boilerplate(page)
    assert kept == page[:-1] and [r.rule for r in removed] == ["subheading"]


def test_a_dated_sentence_at_the_top_is_story_not_header():
    raw = parse_txt("Talks resume in Geneva\nThe talks resumed on 14 March 2023 in Geneva, officials said.\n" + WIRE_BODY, "a", "a.txt")
    assert raw.date is None and raw.header_lines == [] and "The talks resumed on 14 March" in raw.body


def test_a_bare_day_line_dates_the_article_and_stays_in_the_story():
    raw = parse_txt("Talks live\nTuesday, 14 March 2023\n" + WIRE_BODY, "a", "a.txt")
    assert raw.date == "2023-03-14" and "Tuesday, 14 March 2023" in raw.body
