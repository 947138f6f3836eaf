"""score_frame is the unit Dask and Spark map over partitions; the bench's functions run at tiny sizes.

The Dask test needs ``credscore[dask]``, the Spark test ``credscore[spark]`` and Java
(``make spark-test``); each is skipped when its library is missing. No timing is asserted here:
speed is checked by ``make bench``.
"""

from __future__ import annotations

import pickle
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from scoring import score_frame, score_text
from scoring.api import FRAME_COLUMNS

SEEDS = Path(__file__).resolve().parent.parent / "seeds" / "articles"


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    paths = sorted(SEEDS.glob("*.txt"))[:6]
    return pd.DataFrame({"id": [p.stem for p in paths], "text": [p.read_text(encoding="utf-8") for p in paths]})


def _canonical(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows in a fixed order with a fresh index, so partitioned and single-process results compare."""
    return frame.sort_values(["article_id", "start"]).reset_index(drop=True)[FRAME_COLUMNS]


def test_score_frame_gives_one_row_per_claim(articles):
    frame = score_frame(articles, text_column="text", id_column="id")
    assert list(frame.columns) == FRAME_COLUMNS
    expected = sum(
        len(score_text(t, article_id=i).claims) for i, t in zip(articles["id"], articles["text"], strict=True)
    )
    assert len(frame) == expected
    assert set(frame["article_id"]) == set(articles["id"])
    for text, row in zip(articles.set_index("id").loc[frame["article_id"], "text"], frame.itertuples(), strict=True):
        assert text[row.start : row.end] == row.text


def test_score_frame_pickles_and_has_no_state_between_calls(articles):
    again = pickle.loads(pickle.dumps(score_frame))
    first = score_frame(articles.iloc[:3], id_column="id")
    second = again(articles.iloc[:3], id_column="id")
    pd.testing.assert_frame_equal(first, second)
    halves = pd.concat([score_frame(articles.iloc[:3], id_column="id"), score_frame(articles.iloc[3:], id_column="id")])
    pd.testing.assert_frame_equal(_canonical(halves), _canonical(score_frame(articles, id_column="id")))


def test_score_frame_reports_a_non_string_row_and_goes_on():
    frame = score_frame(pd.DataFrame({"text": ["Officials said the bridge was closed.", None]}))
    assert frame["error"].iloc[-1] == "text is missing"
    assert (frame["error"].iloc[:-1] == "").all()


def test_dask_partitions_give_the_single_process_rows(articles):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("distributed")
    expected = _canonical(score_frame(articles, id_column="id"))
    meta = pd.DataFrame({c: pd.Series(dtype=expected[c].dtype) for c in FRAME_COLUMNS})
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster),
    ):
        frame = dd.from_pandas(articles, npartitions=3)
        got = frame.map_partitions(score_frame, text_column="text", id_column="id", meta=meta).compute()
    pd.testing.assert_frame_equal(_canonical(got), expected, check_dtype=False)


def test_spark_map_in_pandas_gives_the_single_process_rows(articles, monkeypatch):
    pytest.importorskip("pyspark")
    if shutil.which("java") is None:
        pytest.skip("Spark needs Java on PATH")
    from pyspark.sql import SparkSession

    # Spark's Python workers must run this interpreter (it has pandas, pyarrow and credscore).
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYSPARK_DRIVER_PYTHON", sys.executable)

    expected = _canonical(score_frame(articles, id_column="id"))
    spark = SparkSession.builder.master("local[2]").appName("credscore-test").getOrCreate()
    try:
        schema = (
            "article_id string, claim_id string, start long, end long, kind string, text string, label string, "
            "score double, certainty double, stance string, source string, source_type string, cue string, "
            "cue_strength string, "
            "quote string, credibility double, cues string, error string"
        )

        def score_partitions(frames):
            for frame in frames:
                yield score_frame(frame, text_column="text", id_column="id")

        got = spark.createDataFrame(articles).repartition(2).mapInPandas(score_partitions, schema).toPandas()
    finally:
        spark.stop()
    pd.testing.assert_frame_equal(_canonical(got), expected, check_dtype=False)


def test_bench_functions_run_at_tiny_sizes(tmp_path):
    from benchmarks import bench

    _, texts = bench.load_articles(3)
    assert len(texts) == 3
    t = bench.throughput(texts, runs=1)
    assert t["claims"] > 0 and t["floor_over_engine"] > 0
    b = bench.batch_scaling(texts, tmp_path, runs=1)
    assert b["speedup"] > 0
    m = bench.memory(texts, tmp_path, (3, 6))
    assert m["peak_rss_mib"]["3"] > 0
    rows = bench.linear_time(scale=0.0005, runs=1)
    assert {r["unit"] for r in rows} == {"engine", "segment", "attribution", "extractors"}
    report = {"mode": "quick", "articles_source": "x", "runs": 1, "throughput": t, "batch": b, "memory": m}
    report["linear_time"] = rows
    assert "floor/engine" in bench.render(report)
