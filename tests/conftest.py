"""Shared fixtures: the seed corpus, loaded once per session into a private cache."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLES = ROOT / "data" / "articles"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def session_cache(tmp_path_factory) -> Path:
    """A cache folder shared by the session's tests (never the user's .cache)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def private_paths(monkeypatch, session_cache, tmp_path):
    """Point caches and exports at temporary folders so tests never touch the user's."""
    monkeypatch.setenv("READOUT_CACHE", str(session_cache))
    monkeypatch.setenv("READOUT_EXPORTS", str(tmp_path / "exports"))


@pytest.fixture(scope="session")
def seed_corpus(session_cache):
    """The five seed articles, fully extracted (loaded once)."""
    import os

    from helpers import load_corpus

    os.environ["READOUT_CACHE"] = str(session_cache)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(SEED_ARTICLES)


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once."""
    from helpers.parse import load_pipeline

    return load_pipeline()


def copy_seeds(target: Path) -> Path:
    """Copy the seed articles into ``target`` and return it."""
    shutil.copytree(SEED_ARTICLES, target)
    return target


def load_quietly(folder):
    """load_corpus with its input warnings silenced (tests assert on tables instead)."""
    from helpers import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(folder)


def statements_of(text: str):
    """The statements table of one written text under a headline (uncached)."""
    import helpers

    return helpers.analyze_text("Headline of the day\n\n" + text, date="2023-05-04", outlet="wire", cache=False).statements


def rows_containing(statements, fragment: str):
    """The rows whose sentence contains ``fragment``."""
    return statements[statements["sentence"].str.contains(fragment, regex=False)]


def number_row(text: str, surface: str, date: str = "2024-03-06"):
    """The first numbers row of ``text`` whose surface is ``surface``."""
    import helpers

    table = helpers.numbers_in_text(text, date=date)
    return table[table["surface"] == surface].iloc[0]


def load_script(path: Path):
    """A script outside the package (benchmarks/, scripts/) imported as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
