"""load_corpus on a Dask LocalCluster gives the same tables and writes Parquet datasets."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from conftest import SEED_ARTICLES


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        dask_client = Client(cluster)
    yield dask_client
    dask_client.close()
    cluster.close()


def test_distributed_matches_local_and_writes_parquet(client, seed_corpus, tmp_path):
    from helpers.distributed import load_corpus_distributed

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load_corpus_distributed(SEED_ARTICLES, client, out=tmp_path / "tables", partition_articles=2)
    for name in ("sentences", "mentions", "actors", "statements", "numbers", "calls"):
        mine, local = getattr(corpus, name), getattr(seed_corpus, name)
        assert len(mine) == len(local), name
    pd.testing.assert_frame_equal(corpus.sentences.reset_index(drop=True), seed_corpus.sentences.reset_index(drop=True))
    statements = pd.read_parquet(tmp_path / "tables" / "statements")
    assert len(statements) == len(seed_corpus.statements)
    assert (tmp_path / "tables" / "calls").is_dir()
