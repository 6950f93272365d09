"""A bare surname several people bear: family name first or last, the head of state wins."""

from __future__ import annotations

import pytest

from helpers.actors.salience import titled_head
from test_actors import actor_of, actors_across, actors_in


@pytest.mark.parametrize("text, head", [
    ("Talks began as U.S. President Donald Trump", True),
    ("Trump and North Korean leader Kim Jong Un", True),
    ("met Prime Minister Lee Hsien Loong", True),
    ("veteran U.S. diplomat Sung Kim", False),
    ("Blue House spokesman Kim Eui-kyeom", False),
    ("Vice President Jane Roe", False),
    ("the leader, Jane Roe", False),
])
def test_a_head_title_is_read_back_from_the_name(text, head):
    assert titled_head(text) is head


def test_a_bare_surname_goes_to_the_head_whose_family_name_comes_first(nlp):
    m = actors_in(nlp, "U.S. envoy Daniel Park met officials in Seoul on Monday. On Tuesday, South Korean "
                       "President Park Min-jun spoke with Japanese Prime Minister Taro Sato. Park said the "
                       "talks were useful.")
    assert actor_of(m, "Park") == {"Park Min-jun"}


def test_a_bare_surname_goes_to_the_head_the_other_articles_title(nlp):
    m = actors_across(nlp, [
        "Palace spokesman Park Ji-hoon said on Monday that Park Min-jun would travel. Park Ji-hoon added "
        "that Park would meet the Japanese prime minister.",
        "South Korean President Park Min-jun arrived in Tokyo on Tuesday.",
    ])
    assert actor_of(m[m["article_id"] == "a0"], "Park") == {"Park Min-jun"}
