"""Folder overrides: an empty environment variable means the default, never the working directory."""

from helpers import paths


def test_an_empty_override_falls_back_to_the_project_folder(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("READOUT_CACHE", "")
    monkeypatch.setenv("READOUT_EXPORTS", "")
    assert paths.cache_dir() == paths.PROJECT_ROOT / ".cache"
    assert paths.exports_dir() == paths.PROJECT_ROOT / "exports"


def test_a_set_override_is_used(monkeypatch, tmp_path):
    monkeypatch.setenv("READOUT_ARTICLES", str(tmp_path))
    assert paths.articles_dir() == tmp_path
