"""Speed and scale (issue 5): every figure a median of several runs, every comparison a ratio of one run.

Run with `make bench` (``python -m benchmarks.bench --output bench.json``); ``--quick`` uses small
sizes for a smoke test. Sections:

1. throughput: claims/s of the full engine (``score_text`` per article) against the floor, a bare
   TF-IDF + logistic regression trained on ``seeds/claims.jsonl`` predicting the same segmented
   claims (one ``predict_proba`` per article, and one call for all of them);
2. cold start: a fresh ``credscore score`` process against ``python -c "import numpy"``;
3. batch scaling: ``credscore batch`` with ``--jobs 1`` and ``--jobs 2``;
4. memory: peak RSS of ``credscore batch`` over 2,000 and 20,000 articles;
5. linear time: time(2n) / time(n) of the engine and of each unit on adversarial input.

The articles are ``../shared/eval/fnc1-train-bodies.csv`` (read in place, never copied into the
repository) when present, else ``seeds/articles/*.txt``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FNC_BODIES = ROOT.parent / "shared" / "eval" / "fnc1-train-bodies.csv"
SEED_ARTICLE = ROOT / "seeds" / "articles" / "000_e0dc83ff7eb116bc.txt"
BIN = Path(sys.executable).parent

# Runs (turns) behind each median. Timings on a shared 2-core machine wobble by 10-30% between
# turns (batch speedups of 2.15, 1.92 and 1.55 in one run): five turns of the long sections and seven
# of the sub-second ones keep the whole bench near ten minutes.
RUNS = 5
COLD_RUNS = 7
MEMORY_RUNS = 1  # peak RSS is a high-water mark, not a timing: it barely moves between runs
MIN_TIMED_SECONDS = 0.3
TARGETS = {
    "floor_over_engine": 2.0,
    "cold_start_s": 0.4,
    "batch_speedup": 1.7,
    "memory_growth": 1.10,
    "doubling_ratio": 2.5,
}


def median_time(fn: Callable[[], Any], runs: int) -> float:
    """Median wall time of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _column_medians(turns: list[tuple[float, ...]]) -> list[float]:
    """The median of each timing over the turns (one tuple of timings per turn)."""
    return [statistics.median(column) for column in zip(*turns, strict=True)]


def load_articles(limit: int | None = None) -> tuple[str, list[str]]:
    """(where from, article texts): the FNC-1 bodies when present, else the seed articles."""
    if FNC_BODIES.is_file():
        csv.field_size_limit(sys.maxsize)
        with open(FNC_BODIES, encoding="utf-8", newline="") as handle:
            texts = [row["articleBody"] for row in csv.DictReader(handle)]
        source = "fnc1-train-bodies.csv"
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "articles").glob("*.txt"))]
        source = "seeds/articles"
    return source, texts[:limit] if limit else texts


# 1. Throughput ---------------------------------------------------------------------------------


def train_floor():
    """The floor: TF-IDF + logistic regression on the seed claims (text → label)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    rows = [json.loads(line) for line in (ROOT / "seeds" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r.get("text") and r.get("label")]
    model = make_pipeline(TfidfVectorizer(), LogisticRegression(max_iter=1000))
    return model.fit([r["text"] for r in rows], [r["label"] for r in rows])


def throughput(texts: list[str], runs: int = RUNS) -> dict[str, Any]:
    from scoring import load_model, score_text
    from scoring.segment import segment
    from scoring.types import SCORED_KINDS

    scorer = load_model()
    claims = [[s.text for s in segment(t) if s.kind in SCORED_KINDS] for t in texts]
    n_claims = sum(len(c) for c in claims)
    floor = train_floor()
    flat = [c for article in claims for c in article]

    def engine() -> None:
        for text in texts:
            score_text(text, model=scorer)

    def floor_per_article() -> None:
        for article in claims:
            if article:
                floor.predict_proba(article)

    # Engine and floors run in turns; each ratio is the median of the ratios within a turn.
    turns = [
        (median_time(engine, 1), median_time(floor_per_article, 1), median_time(lambda: floor.predict_proba(flat), 1))
        for _ in range(runs)
    ]
    engine_s, floor_s, batched_s = _column_medians(turns)
    return {
        "articles": len(texts),
        "claims": n_claims,
        "runs": runs,
        "engine_claims_per_s": n_claims / engine_s,
        "floor_per_article_claims_per_s": n_claims / floor_s,
        "floor_batched_claims_per_s": n_claims / batched_s,
        "floor_over_engine": statistics.median(e / f for e, f, _ in turns),
        "floor_batched_over_engine": statistics.median(e / b for e, _, b in turns),
    }


# 2. Cold start ---------------------------------------------------------------------------------


def _wall(cmd: list[str], runs: int) -> float:
    # Python's default: the first run writes the bytecode cache that later runs read. A shell that sets
    # PYTHONDONTWRITEBYTECODE (some containers do) would make every run recompile the project's sources.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once() -> None:
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, env=env)

    once()  # warm the file cache and write the .pyc files first
    return median_time(once, runs)


def cold_start(runs: int = COLD_RUNS) -> dict[str, Any]:
    score_s = _wall([str(BIN / "credscore"), "score", str(SEED_ARTICLE), "--format", "json"], runs)
    numpy_s = _wall([sys.executable, "-c", "import numpy"], runs)
    return {"runs": runs, "score_s": score_s, "import_numpy_s": numpy_s, "score_over_numpy": score_s / numpy_s}


# 3. Batch scaling and 4. memory ----------------------------------------------------------------


def write_jsonl(path: Path, texts: list[str], n: int) -> Path:
    """``n`` rows cycling through ``texts`` (the corpus repeated), one JSON object a line."""
    with open(path, "w", encoding="utf-8") as out:
        for k in range(n):
            out.write(json.dumps({"text": texts[k % len(texts)]}, ensure_ascii=False) + "\n")
    return path


def run_batch_cli(input_path: Path, jobs: int) -> tuple[float, int]:
    """(wall seconds, peak RSS in KiB of the largest process) of one `credscore batch` run."""
    output = input_path.with_name(f"out-{jobs}-{time.monotonic_ns()}.jsonl")
    cmd = [str(BIN / "credscore"), "batch", str(input_path), "--output", str(output), "--jobs", str(jobs)]
    # Each run in its own child so RUSAGE_CHILDREN holds only that run's processes.
    probe = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        "print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    result = subprocess.run([sys.executable, "-c", probe, *cmd], check=True, capture_output=True, text=True)
    output.unlink(missing_ok=True)
    seconds, rss = result.stdout.split()
    return float(seconds), int(rss)


def batch_scaling(texts: list[str], workdir: Path, runs: int = RUNS) -> dict[str, Any]:
    """--jobs 1 and --jobs 2 run in turns, and the speedup is the median of each pair's ratio: the
    machine's speed drifts by 20% and more over a minute, which a block of one then a block of the
    other would read as a change of speedup."""
    path = write_jsonl(workdir / "articles.jsonl", texts, len(texts))
    pairs = [(run_batch_cli(path, 1)[0], run_batch_cli(path, 2)[0]) for _ in range(runs)]
    return {
        "articles": len(texts),
        "runs": runs,
        "jobs1_s": statistics.median(one for one, _ in pairs),
        "jobs2_s": statistics.median(two for _, two in pairs),
        "pair_speedups": [one / two for one, two in pairs],
        "speedup": statistics.median(one / two for one, two in pairs),
    }


def memory(texts: list[str], workdir: Path, sizes: tuple[int, int], runs: int = MEMORY_RUNS) -> dict[str, Any]:
    small, large = sizes
    peaks = {}
    for n in sizes:
        path = write_jsonl(workdir / f"memory-{n}.jsonl", texts, n)
        peaks[n] = statistics.median(run_batch_cli(path, 2)[1] for _ in range(runs))
        path.unlink()
    return {
        "runs": runs,
        "jobs": 2,
        "sizes": list(sizes),
        "peak_rss_mib": {str(n): peaks[n] / 1024 for n in sizes},
        "growth": peaks[large] / peaks[small],
    }


# 5. Linear time --------------------------------------------------------------------------------


def adversarial_cases(scale: float) -> dict[str, tuple[str, Callable[[str], Any], Callable[[int], str]]]:
    """name → (unit, function, input of size n); ``scale`` shrinks n for --quick."""
    from features.attribution import find_attributions
    from features.cues import analyze
    from scoring import load_model, score_text
    from scoring.segment import segment

    scorer = load_model()

    def engine(text: str) -> Any:
        return score_text(text, model=scorer, explain=True)

    def n(size: int) -> int:
        return max(10, int(size * scale))

    words = "the minister visited the port town and spoke with fishermen about the harbour "

    def unpunctuated(count: int) -> str:
        return (words * (count // len(words) + 1))[:count]

    cases: dict[str, tuple[str, Callable[[str], Any], Callable[[int], str]]] = {}
    cases["engine: 1 MB unpunctuated"] = ("engine", engine, lambda k: unpunctuated(k))
    cases["engine: 'alleged ' x100,000"] = ("engine", engine, lambda k: "alleged " * k)
    cases["engine: quotes x50,000"] = ("engine", engine, lambda k: '"' * k)
    cases["engine: nested parentheses x10,000"] = ("engine", engine, lambda k: "(" * k + "x" + ")" * k)
    cases["segment: 1 MB unpunctuated"] = ("segment", segment, lambda k: unpunctuated(k))
    cases["segment: straight quotes x100,000"] = ("segment", segment, lambda k: '"' * k)
    cases["segment: curly quotes x100,000"] = ("segment", segment, lambda k: "“”" * (k // 2))
    cases["segment: runs of dots"] = ("segment", segment, lambda k: ("word " + "." * 50 + " ") * (k // 56))
    cases["segment: '(ABC ' repeated"] = ("segment", segment, lambda k: "(ABC " * k)
    cases["attribution: 'said ' x100,000"] = ("attribution", find_attributions, lambda k: "said " * k)
    cases["attribution: '\"' x50,000"] = ("attribution", find_attributions, lambda k: '"' * k)
    cases["attribution: '“' x50,000"] = ("attribution", find_attributions, lambda k: "“" * k)
    for phrase in ("Sen. (", ", who ", ", saying ", "and said ", "PENCE: ", "― ", "Ana's claim that "):
        cases[f"attribution: {phrase!r} repeated"] = ("attribution", find_attributions, lambda k, p=phrase: p * k)
    cases["extractors: 'alleged ' x100,000"] = ("extractors", analyze, lambda k: "alleged " * k)
    cases["extractors: 1 MB unpunctuated"] = ("extractors", analyze, lambda k: unpunctuated(k))
    # Words naming a claim beside negators: every rebuttal tested against every negator and report span.
    for phrase in ("reports that he did not say ", "rumours, not "):
        cases[f"extractors: {phrase!r} repeated"] = ("extractors", analyze, lambda k, p=phrase: p * k)
    # Participles of belief beside their act and relative clauses on the subject: each attribution's clause
    # span, and the modal that ends a relative clause, are looked for once.
    for phrase in ("He left the harbour, hoping ", "Those who go on a diet may ", "A man who said "):
        cases[f"extractors: {phrase!r} repeated"] = ("extractors", analyze, lambda k, p=phrase: p * k)
    # Headline cues (an infinitive future, a "not" whose auxiliary was dropped) in a text without a final stop:
    # whether the text is headline-shaped is read from its tail, not from a copy of it per cue.
    for phrase in ("Man to play ", "Man not happy "):
        cases[f"extractors: {phrase!r} repeated"] = ("extractors", analyze, lambda k, p=phrase: p * k)

    sizes = {
        "engine: 1 MB unpunctuated": 1_000_000,
        "engine: 'alleged ' x100,000": 100_000,
        "engine: quotes x50,000": 50_000,
        "engine: nested parentheses x10,000": 10_000,
        "segment: 1 MB unpunctuated": 1_000_000,
        "segment: straight quotes x100,000": 100_000,
        "segment: curly quotes x100,000": 100_000,
        "segment: runs of dots": 1_000_000,
        "segment: '(ABC ' repeated": 100_000,
        "attribution: 'said ' x100,000": 100_000,
        "attribution: '\"' x50,000": 50_000,
        "attribution: '“' x50,000": 50_000,
        "extractors: 'alleged ' x100,000": 100_000,
        "extractors: 1 MB unpunctuated": 1_000_000,
    }
    # The repeated attribution and rebuttal phrases: 20,000 copies (~100-600 KB each).
    scaled = {name: n(sizes.get(name, 20_000)) for name in cases}
    return {
        name: (unit, fn, lambda m, make=make, size=scaled[name]: make(size * m))
        for name, (unit, fn, make) in cases.items()
    }


def _repeated(fn: Callable[[str], Any], text: str, calls: int) -> Callable[[], None]:
    def run() -> None:
        for _ in range(calls):
            fn(text)

    return run


def linear_time(scale: float = 1.0, runs: int = RUNS) -> list[dict[str, Any]]:
    rows = []
    for name, (unit, fn, make) in adversarial_cases(scale).items():
        small, large = make(1), make(2)
        fn(small)  # warm caches outside the timing
        started = time.perf_counter()
        fn(small)
        # A case that runs in milliseconds is repeated until one timing lasts MIN_TIMED_SECONDS,
        # so that timer and collector noise cannot pass for superlinear growth.
        calls = max(1, math.ceil(MIN_TIMED_SECONDS / max(time.perf_counter() - started, 1e-6)))
        # n and 2n run in turns, and the ratio is the median of the turns' ratios: the machine's speed
        # drifts between consecutive seconds, which a block of n runs then a block of 2n runs would
        # report as growth.
        turns = [
            (median_time(_repeated(fn, small, calls), 1) / calls, median_time(_repeated(fn, large, calls), 1) / calls)
            for _ in range(runs)
        ]
        t1, t2 = _column_medians(turns)
        ratio = statistics.median(large_s / small_s for small_s, large_s in turns)
        rows.append(
            {"case": name, "unit": unit, "chars_n": len(small), "time_n_s": t1, "time_2n_s": t2, "ratio": ratio}
        )
    return rows


# Report ----------------------------------------------------------------------------------------


def _check(ok: bool) -> str:
    return "met" if ok else "MISSED"


def render(report: dict[str, Any]) -> str:
    lines = [f"credscore bench ({report['mode']}; articles: {report['articles_source']})", ""]
    t = report.get("throughput")
    if t:
        lines += [
            f"1. throughput, {t['articles']} articles / {t['claims']} claims, median of {t['runs']} runs",
            f"   engine (score_text per article)      {t['engine_claims_per_s']:>10,.0f} claims/s",
            f"   floor, predict_proba per article     {t['floor_per_article_claims_per_s']:>10,.0f} claims/s",
            f"   floor, one batched predict_proba     {t['floor_batched_claims_per_s']:>10,.0f} claims/s",
            f"   floor/engine {t['floor_over_engine']:.2f} (target <= {TARGETS['floor_over_engine']}: "
            f"{_check(t['floor_over_engine'] <= TARGETS['floor_over_engine'])}); "
            f"batched floor/engine {t['floor_batched_over_engine']:.2f}",
            "",
        ]
    c = report.get("cold_start")
    if c:
        lines += [
            f"2. cold start, median of {c['runs']} fresh processes",
            f"   credscore score SEED --format json   {c['score_s']:>8.3f} s "
            f"(target <= {TARGETS['cold_start_s']} s: {_check(c['score_s'] <= TARGETS['cold_start_s'])})",
            f"   python -c 'import numpy'             {c['import_numpy_s']:>8.3f} s"
            f"   ratio {c['score_over_numpy']:.2f}",
            "",
        ]
    b = report.get("batch")
    if b:
        lines += [
            f"3. batch scaling, {b['articles']} articles, median of {b['runs']} runs",
            f"   --jobs 1 {b['jobs1_s']:.2f} s, --jobs 2 {b['jobs2_s']:.2f} s (medians); speedup, median of "
            f"the pairs {', '.join(f'{r:.2f}' for r in b['pair_speedups'])}: {b['speedup']:.2f}x "
            f"(target >= {TARGETS['batch_speedup']}x: {_check(b['speedup'] >= TARGETS['batch_speedup'])})",
            "",
        ]
    m = report.get("memory")
    if m:
        small, large = m["sizes"]
        lines += [
            f"4. memory, peak RSS of credscore batch --jobs {m['jobs']}, {m['runs']} run(s) each",
            f"   {small:,} articles {m['peak_rss_mib'][str(small)]:.0f} MiB, {large:,} articles "
            f"{m['peak_rss_mib'][str(large)]:.0f} MiB: growth {m['growth']:.3f} "
            f"(target <= {TARGETS['memory_growth']}: {_check(m['growth'] <= TARGETS['memory_growth'])})",
            "",
        ]
    rows = report.get("linear_time")
    if rows:
        lines.append(f"5. linear time, time(2n)/time(n), median of {report['runs']} runs each")
        for r in rows:
            ok = _check(r["ratio"] <= TARGETS["doubling_ratio"])
            lines.append(
                f"   {r['case']:<40} n={r['chars_n']:>9,} chars  {r['time_n_s']:>8.4f} s"
                f"  ratio {r['ratio']:>5.2f}  {ok}"
            )
        worst = max(r["ratio"] for r in rows)
        lines.append(f"   worst ratio {worst:.2f} (target <= {TARGETS['doubling_ratio']}: {_check(worst <= 2.5)})")
    return "\n".join(lines) + "\n"


def run(*, quick: bool = False, sections: tuple[str, ...] | None = None) -> dict[str, Any]:
    """Every section (or the named ones); ``quick`` uses tiny sizes and one run each."""
    sections = sections or ("throughput", "cold_start", "batch", "memory", "linear_time")
    runs = 1 if quick else RUNS
    source, texts = load_articles(20 if quick else None)
    report: dict[str, Any] = {"mode": "quick" if quick else "full", "articles_source": source, "runs": runs}
    report["cpus"] = os.cpu_count()
    with tempfile.TemporaryDirectory(prefix="credscore-bench-") as tmp:
        workdir = Path(tmp)
        if "throughput" in sections:
            report["throughput"] = throughput(texts, runs)
        if "cold_start" in sections:
            report["cold_start"] = cold_start(2 if quick else COLD_RUNS)
        if "batch" in sections:
            report["batch"] = batch_scaling(texts, workdir, runs)
        if "memory" in sections:
            report["memory"] = memory(texts, workdir, (20, 200) if quick else (2_000, 20_000))
        if "linear_time" in sections:
            report["linear_time"] = linear_time(0.002 if quick else 1.0, runs)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, help="write the report as JSON here")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run each (a smoke test)")
    parser.add_argument(
        "--only", action="append", choices=["throughput", "cold_start", "batch", "memory", "linear_time"]
    )
    args = parser.parse_args(argv)
    report = run(quick=args.quick, sections=tuple(args.only) if args.only else None)
    sys.stdout.write(render(report))
    if args.output:
        args.output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
