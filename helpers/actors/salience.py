"""Which of several people of one family name a bare surname stands for.

East Asian names put the family name first ("Kim Jong Un", "Moon Jae-in", "Lee Hsien Loong"),
so a bare "Kim" may be the last word of one full name ("Sung Kim") and the first of others.
All bearers of the word, in either order, compete; the head of state or government among them
wins (reporters shorten the leader's name, not his delegation's), then the one named far more
often. Per article first (``mentions``), then across the corpus (``canonical``), where a leader
the article did not title is known from the other articles.
"""

from __future__ import annotations

import pandas as pd

from helpers.actors.names import fold, same_person
from helpers.actors.offices import ROLE_FAMILY_WORDS, role_family
from helpers.parse import doc_text

# A deputy or a former holder is not the head the bare name goes to ("Vice President Jane Roe").
NOT_HEAD_WORDS = ("vice", "deputy", "former", "ex-", "first lady", "adviser", "advisor", "aide", "spokes")
SHARED = "surname of several people"  # resolved_by of a bare surname two or more people of an article bear
DOMINANT_SHARE = 2  # named in full twice as often as any other bearer of the name
TITLE_SPAN = 8  # words read back from a name's end for its title
TITLE_CHARS = 160  # characters before a name that hold those words
OFFICE_WORDS = {w for words in ROLE_FAMILY_WORDS.values() for phrase in words for w in phrase.split()}
BARE_SURNAME_HOWS = {SHARED, "surname in article"}


def is_head(role: str | None) -> bool:
    """A head of state or government ("North Korean leader", "Prime Minister"), not a deputy."""
    text = role.lower() if isinstance(role, str) else ""
    return "leader" in role_family(text) and not any(w in text for w in NOT_HEAD_WORDS)


def titled_head(text_to_name: str) -> bool:
    """The text up to the end of a name writes its bearer as a head of state or government:
    "... and North Korean leader Kim Jong Un", "U.S. President Donald Trump". Read back over
    the name's words, capitalised words and office words, up to a comma or any other word."""
    words = []
    for word in reversed(text_to_name.split()[-TITLE_SPAN:]):
        if word[-1:] in ",;:()\"" or not (word[:1].isupper() or word.lower() in OFFICE_WORDS):
            break
        words.insert(0, word)
    return is_head(" ".join(words))


def written_as_head(span, office: str | None) -> bool:
    """A name span whose office (found by the parse or the gazetteer) or the words written
    just before it make its bearer a head of state or government."""
    # only the words just before the name: the whole text up to it made this quadratic
    return is_head(office) or titled_head(doc_text(span.doc)[max(0, span.start_char - TITLE_CHARS):span.end_char])


def bearers_in_either_order(by_surname: dict[str, list[str]], firsts: dict[str, list[str]]) -> dict[str, list[str]]:
    """Word -> the full names it ends or, family name first, starts, for words that do both
    ("Kim" of "Sung Kim" and of "Kim Jong Un"); names repeat as often as they are written."""
    return {word: by_surname[word] + [f for f in fulls if f not in by_surname[word]]
            for word, fulls in firsts.items() if word in by_surname}


def only_head(people: list[str], heads: set[str]) -> str | None:
    """The one head of state or government among ``people``, else None."""
    found = [p for p in people if p in heads]
    return found[0] if len(found) == 1 else None


def one_person(word: str, fulls: list[str], gaz, officials: set[str] = frozenset(),
                heads: set[str] = frozenset()) -> str | None:
    """The person ``word`` names among ``fulls`` (the full names written, with repeats): the
    only one, the one the gazetteer knows by it, the one named in full at least twice as
    often as any other, or the only one written with an office ("Sen. Chris Murphy" beside
    the victim Anne Marie Murphy). Else a name two people of the article share ("Kim" beside
    two Kims, "Sheikh Sabah" beside two Sabahs, all with offices) names neither: None.
    The only head of state or government among them (``heads``) comes before counts."""
    people: dict[str, int] = {}
    for full in fulls:
        same = next((p for p in people if same_person(full, p)), full)
        people[same] = people.get(same, 0) + 1
    if len(people) == 1:
        return next(iter(people))
    entry = gaz.lookup(word)
    if entry is not None and entry.actor in people:
        return entry.actor
    if head := only_head(list(people), heads):  # "Kim" beside "Sung Kim" and "North Korean leader Kim Jong Un"
        return head
    ranked = sorted(people.values(), reverse=True)
    if ranked[0] >= DOMINANT_SHARE * ranked[1]:  # the article is about one of them
        return max(people, key=people.get)
    with_office = [p for p in people if p in officials]
    return with_office[0] if len(with_office) == 1 else None


def resolve_shared_surnames(m: pd.DataFrame, roles: pd.DataFrame) -> pd.DataFrame:
    """A bare surname several people of its article bear goes to the one of them the corpus
    knows as a head of state or government ("Kim" beside "Kim Eui-kyeom, Blue House spokesman"
    and "Kim Jong Un", titled "North Korean leader" in another article). Other rows stay."""
    heads = {a for a, r in zip(roles["actor"], roles["role"]) if is_head(r)} | titled_heads(m)
    shared = m["resolved_by"].isin(BARE_SURNAME_HOWS) & ~m["actor"].isin(heads)
    if not shared.any():
        return m
    named = m[m["type"].eq("person") & m["actor"].notna() & ~m["resolved_by"].isin(BARE_SURNAME_HOWS)]
    in_article = named.groupby("article_id")["actor"].agg(set).to_dict()
    m = m.copy()
    for i in m.index[shared]:
        word = (fold(str(m.at[i, "surface"])).replace("'s", "").split() or [""])[-1]  # "President Kim" -> "kim"
        people = sorted(p for p in in_article.get(m.at[i, "article_id"], ())
                        if len(fold(p).split()) >= 2 and word in (fold(p).split()[0], fold(p).split()[-1]))
        head = only_head(people, heads)
        if head is not None:
            m.at[i, "actor"] = head
            m.at[i, "resolved_by"] = f"{SHARED}: the leader"
    return m


def titled_heads(m: pd.DataFrame) -> set[str]:
    """The people some mention writes with a head's title just before the name."""
    named = m[m["type"].eq("person") & m["actor"].notna() & m["surface"].astype(str).str.contains(" ")]
    return {actor for actor, surface, sentence in zip(named["actor"], named["surface"], named["sentence"])
            if isinstance(sentence, str) and surface in sentence and titled_head(sentence[:sentence.find(surface) + len(surface)])}


TITLED_SURNAME_HOWS = {"surname in article", "surname in corpus", "surname and honorific"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."}


def retitle_bare_surnames(m: pd.DataFrame, gaz) -> pd.DataFrame:
    """A titled bare surname given to a bearer whose own office differs goes to the one other
    bearer of the corpus holding that office: "President Kennedy" in an article that names
    only "Attorney General Robert Kennedy" in full is the President of the other articles."""
    offices = offices_written_in_full(m, gaz)
    titled = m["resolved_by"].isin(TITLED_SURNAME_HOWS) & m["person_role"].map(_named_families).astype(bool) \
        if "person_role" in m else pd.Series(False, index=m.index)
    if not titled.any():
        return m
    by_surname: dict[str, set[str]] = {}
    for person in offices:
        by_surname.setdefault(fold(person).split()[-1], set()).add(person)
    m = m.copy()
    for i in m.index[titled]:
        families, actor = _named_families(m.at[i, "person_role"]), m.at[i, "actor"]
        word = (fold(str(m.at[i, "surface"])).replace("'s", "").split() or [""])[-1]
        if not isinstance(actor, str) or fold(actor).split()[-1] != word or not offices.get(actor) or offices[actor] & families:
            continue  # "Sheikh Mohammed" is a given name, not a surname
        holders = {p for p in by_surname.get(word, ()) if p != actor and offices[p] & families}
        if len(holders) == 1:
            m.at[i, "actor"], m.at[i, "resolved_by"] = next(iter(holders)), "surname and title"
    return m


def offices_written_in_full(m: pd.DataFrame, gaz) -> dict[str, set[str]]:
    """Person -> the office families of the offices written beside the full name (or the
    gazetteer's), with "office" for an office of no family ("Attorney General")."""
    full = m[m["type"].eq("person") & m["actor"].notna() & ~m["resolved_by"].isin(TITLED_SURNAME_HOWS | BARE_SURNAME_HOWS)
             & m["resolved_by"].ne("role description")]
    found: dict[str, set[str]] = {}
    for actor, role in zip(full["actor"], full["person_role"] if "person_role" in full else [None] * len(full)):
        if len(str(actor).split()) < 2:
            continue
        entry = gaz.lookup(actor)
        found.setdefault(actor, set()).update(_office_families(role) | _office_families(entry.role if entry else None))
    return found


def _named_families(role) -> set[str]:
    """Office families a mention's title names ("President" -> {"leader"}); none for "Sheikh"."""
    return role_family(role) - {"counterpart"} if isinstance(role, str) else set()


def _office_families(role) -> set[str]:
    """Families of an office text, {"office"} for an office of none, {} for an honorific."""
    if not isinstance(role, str) or not role.strip() or all(w in HONORIFICS for w in role.lower().split()):
        return set()
    return (role_family(role) - {"counterpart"}) or {"office"}


FULL_NAME_HOWS = {"full name", "gazetteer"}


def to_nearest_bearers(rows: list[dict], gaz) -> list[dict]:
    """A bare surname two people of the article bear, when neither the gazetteer, a head's
    title nor a far greater count decides (``one_person``), is the bearer named in full
    nearest before it: "... and Wang Yi signed. Wang told the delegations ... Foreign ministry
    spokesman Wang Wenbin declined to comment" is Wang Yi. A titled surname ("Minister Wang")
    keeps to the bearers of that office. One named in full before it is needed; else unchanged."""
    full = [r for r in rows if r["type"] == "person" and r["resolved_by"] in FULL_NAME_HOWS
            and isinstance(r["actor"], str) and len(r["actor"].split()) >= 2]
    for row in rows:
        if row["type"] != "person" or row["resolved_by"] not in BARE_SURNAME_HOWS:
            continue
        word = _bare_word(row["surface"])
        bearers = [r for r in full if word in (fold(r["actor"]).split()[0], fold(r["actor"]).split()[-1])]
        heads = {r["actor"] for r in bearers if is_head(r["person_role"]) or _titled_in_sentence(r)}
        if len({r["actor"] for r in bearers}) < 2 or one_person(word, [r["actor"] for r in bearers], gaz, heads=heads):
            continue
        before = [r for r in bearers if r["start"] < row["start"]]
        families = _named_families(row["person_role"])
        before = [r for r in before if _named_families(r["person_role"]) & families] or before if families else before
        nearest = max(before, key=lambda r: r["start"]) if before else None
        if nearest is not None and not _named_beside_another(nearest, before):
            row["actor"], row["resolved_by"] = nearest["actor"], "surname in article"
    return rows


def _named_beside_another(nearest: dict, bearers: list[dict]) -> bool:
    """ "Chris Murphy and Stephanie Murphy criticised ... Murphy said": the nearest sentence names
    both bearers, so the bare surname is either of two and is left unresolved."""
    return any(r["actor"] != nearest["actor"] and r.get("sent_idx") == nearest.get("sent_idx")
               and r.get("article_id") == nearest.get("article_id") for r in bearers)


def _bare_word(surface: str) -> str:
    """The folded last word of a surname mention: "President Kim's" -> "kim"."""
    return (fold(str(surface)).replace("'s", "").replace("\u2019s", "").split() or [""])[-1]


def _titled_in_sentence(row: dict) -> bool:
    sentence, surface = str(row["sentence"]), str(row["surface"])
    at = sentence.find(surface)
    return at >= 0 and titled_head(sentence[:at + len(surface)])


def to_heads_named_first_alone(m: pd.DataFrame, roles: pd.DataFrame) -> pd.DataFrame:
    """An article that writes a bare surname before it names anyone in full by it means the
    one bearer of the corpus known as a head of state or government, not the non-head it
    names in full later: "Kennedy and Khrushchev had sat across from each other in Vienna ...
    Robert Kennedy later said" is the President in every bare "Kennedy" of that article."""
    heads = {a for a, r in zip(roles["actor"], roles["role"]) if is_head(r)} | titled_heads(m)
    people = m["type"].eq("person") & m["actor"].notna()
    by_word: dict[str, set[str]] = {}
    for actor in set(m.loc[people, "actor"]):
        if len(actor.split()) >= 2:
            by_word.setdefault(fold(actor).split()[-1], set()).add(actor)
    bare = m["resolved_by"].eq("surname in article") & ~m["actor"].isin(heads) \
        & (m["person_role"].isna() if "person_role" in m else True)
    m = m.copy()
    for (article, actor), rows in m[bare].groupby(["article_id", "actor"]):
        word = fold(actor).split()[-1]
        others = {p for p in by_word.get(word, ()) if p in heads and not same_person(p, actor)}
        in_full = m[people & m["article_id"].eq(article) & m["actor"].eq(actor) & m["resolved_by"].isin(FULL_NAME_HOWS)]
        own = rows[rows["surface"].map(_bare_word).eq(word)]
        if len(others) == 1 and len(own) and not in_full.empty and own["start"].min() < in_full["start"].min():
            m.loc[own.index, "actor"] = next(iter(others))
            m.loc[own.index, "resolved_by"] = f"{SHARED}: the leader"
    return m
