"""The command line: a thin Typer layer over the Python API.

Each command parses options, calls the API, and renders through one emitter.
Data goes to stdout, messages to stderr. Library errors become one
``Error: …`` line and exit code 2 (bad input) or 1 (runtime failure).
"""

from __future__ import annotations

import json
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from scoring.errors import InvalidInputError, ScoringError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="credscore: how confirmed is each claim of a news article, and who says so.",
    pretty_exceptions_enable=False,
)
_state = {"debug": False}
# Texts longer than this (in characters) are scored and written claim by claim in the json, jsonl
# and csv formats, so that memory is bounded by small per-claim digests, not full scores.
STREAM_CHARS = 2_000_000


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    html = "html"


def _fail(message: str, code: int) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _run(action):
    """Call ``action``; turn library errors into one stderr line and an exit code."""
    try:
        return action()
    except typer.Exit:
        raise
    except InvalidInputError as exc:
        if _state["debug"]:
            raise
        _fail(str(exc), 2)
    except ScoringError as exc:
        if _state["debug"]:
            raise
        _fail(str(exc), 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except OSError as exc:
        if _state["debug"]:
            raise
        _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), 1)


def _emit(content: str, output: Path | None) -> None:
    from scoring.reading import atomic_write

    if output is None:
        sys.stdout.write(content)
        sys.stdout.flush()
    else:
        atomic_write(output, content)


def _label_map(spec: str | None) -> dict[str, str]:
    if not spec:
        return {}
    pairs = [item.split("=", 1) for item in spec.split(",") if item.strip()]
    if any(len(p) != 2 or not p[0].strip() or not p[1].strip() for p in pairs):
        raise InvalidInputError(f"--label-map takes theirs=ours pairs separated by commas, not {spec!r}")
    return {theirs.strip(): ours.strip() for theirs, ours in pairs}


@app.callback()
def main_options(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """credscore: how confirmed is each claim of a news article, and who says so."""
    _state["debug"] = debug


@app.command()
def score(
    path: Annotated[str, typer.Argument(help="Article file (text or HTML), or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here (atomically), not stdout.")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="Model directory (default: shipped).")] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="Source registry CSV: pattern,prior,note.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="Table: show each claim's top features.")] = False,
) -> None:
    """Score one article: every claim's label, score, stance, source and cues.

    Example: credscore score seeds/articles/000_e0dc83ff7eb116bc.txt --format json
    """

    def action():
        from scoring.api import load_model, score_text
        from scoring.cards import render_explanation
        from scoring.reading import read_article
        from scoring.registry import read_registry
        from scoring.render import csv_header, render_csv_rows, render_html, render_json, render_jsonl, render_table

        stdin = (sys.stdin.buffer.read() if sys.stdin else b"") if path == "-" else None
        article = read_article(path, stdin_bytes=stdin)
        if article.note:
            typer.echo(f"note: {article.name}: {article.note}", err=True)
        registry = read_registry(sources) if sources else None
        if len(article.text) > STREAM_CHARS and format in (Format.json, Format.jsonl, Format.csv):
            _score_streaming(article, format, output, load_model(model), registry)
            return
        report = score_text(article.text, model=load_model(model), registry=registry, article_id=article.name)
        renderers = {
            Format.json: lambda: render_json(report),
            Format.jsonl: lambda: render_jsonl(report),
            Format.csv: lambda: csv_header() + render_csv_rows(report),
            Format.html: lambda: render_html(report, article.text),
            Format.table: lambda: (
                render_table(report, color=output is None and sys.stdout.isatty())
                + ("".join("\n" + render_explanation(claim) for claim in report.claims) if explain else "")
            ),
        }
        _emit(renderers[format](), output)

    _run(action)


def _score_streaming(article, format: Format, output: Path | None, model, registry) -> None:
    """Score a very long text claim by claim, writing each claim as it is scored (memory stays bounded)."""
    from scoring.api import ArticleStream
    from scoring.reading import atomic_writer
    from scoring.render import write_csv_stream, write_json_stream

    stream = ArticleStream(article.text, model=model, registry=registry, article_id=article.name)

    def write(out) -> None:
        if format == Format.csv:
            write_csv_stream(stream, out, article.name)
        else:
            write_json_stream(stream, out, one_line=format == Format.jsonl)

    if output is None:
        write(sys.stdout)
        sys.stdout.flush()
        return
    with atomic_writer(output) as out:
        write(out)


@app.command()
def batch(
    input: Annotated[Path, typer.Argument(help="JSONL, CSV or Parquet file with one article per row.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output .jsonl (articles) or .csv (claims).")],
    text_field: Annotated[str, typer.Option("--text-field", help="Column holding the article text.")] = "text",
    id_field: Annotated[str | None, typer.Option("--id-field", help="Column holding the article id.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run (OUTPUT.partial).")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help="Write bad rows here as JSONL.")] = None,
    model: Annotated[Path | None, typer.Option("--model", help="Model directory (default: shipped).")] = None,
) -> None:
    """Score many articles on all cores; bad rows are reported and skipped.

    Example: credscore batch articles.jsonl --output scores.jsonl --errors bad.jsonl
    """
    from scoring.batch import run_batch

    progress = sys.stderr.isatty()

    def on_error(row, message: str) -> None:
        typer.echo(f"warning: line {row.line} (id {row.id}): {message}", err=True)

    def on_progress(done: int) -> None:
        if progress:
            sys.stderr.write(f"\rscored {done} rows")
            sys.stderr.flush()

    def terminate(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)

    def action():
        try:
            result = run_batch(
                input,
                output,
                text_field=text_field,
                id_field=id_field,
                jobs=jobs,
                resume=resume,
                errors_path=errors,
                model_dir=str(model) if model else None,
                on_error=on_error,
                on_progress=on_progress,
            )
        except KeyboardInterrupt:
            _fail(f"interrupted; complete rows are in {output}.partial: rerun with --resume to finish", 130)
        if progress:
            sys.stderr.write("\n")
        typer.echo(
            f"scored {result.scored} articles, {result.errors} bad rows, {result.skipped} already done → {output}",
            err=True,
        )

    _run(action)


@app.command()
def train(
    data: Annotated[list[Path], typer.Argument(help="Labeled CSV/JSONL file(s): text, label[, stance, split].")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Model directory to write.")] = Path("model"),
    cv: Annotated[int, typer.Option("--cv", help="Cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option("--seed", help="Random seed.")] = 0,
    label_map: Annotated[str | None, typer.Option("--label-map", help="Map labels: theirs=ours,…")] = None,
) -> None:
    """Train a model on labeled claims and print its cross-validation report.

    Example: credscore train seeds/claims.jsonl --output mymodel --cv 5
    """

    def action():
        from scoring.cards import render_metrics
        from scoring.training import train as train_model

        card = train_model(
            list(data),
            output,
            folds=cv,
            seed=seed,
            label_map=_label_map(label_map),
            progress=lambda m: typer.echo(m, err=True),
        )
        typer.echo(render_metrics(card["cv"]["label"], f"cross-validation ({cv} folds), label"))
        if card["cv"].get("stance"):
            typer.echo(render_metrics(card["cv"]["stance"], "cross-validation, stance"))
        if card.get("dev"):
            typer.echo(render_metrics(card["dev"]["label"], "dev split, label"))
        typer.echo(f"model written to {output}", err=True)

    _run(action)


@app.command()
def evaluate(
    data: Annotated[list[Path], typer.Argument(help="Labeled CSV/JSONL file(s) held out from training.")],
    model: Annotated[Path | None, typer.Option("--model", help="Model directory (default: shipped).")] = None,
    label_map: Annotated[str | None, typer.Option("--label-map", help="Map labels: theirs=ours,…")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Evaluate a model on held-out labeled claims: per-label P/R/F1 and confusion matrix.

    Example: credscore evaluate held_out.csv --model mymodel
    """

    def action():
        from scoring.api import DEFAULT_MODEL_DIR
        from scoring.cards import render_metrics
        from scoring.training import evaluate as evaluate_model

        report = evaluate_model(list(data), model or DEFAULT_MODEL_DIR, label_map=_label_map(label_map))
        if as_json:
            typer.echo(json.dumps(report, indent=2))
            return
        typer.echo(render_metrics(report["label"], "label"))
        if report.get("stance"):
            typer.echo(render_metrics(report["stance"], "stance"))

    _run(action)


@app.command()
def explain(
    sentence: Annotated[str, typer.Argument(help="One claim to explain.")],
    model: Annotated[Path | None, typer.Option("--model", help="Model directory (default: shipped).")] = None,
) -> None:
    """Explain one claim: its cues with spans, attribution, and each feature's contribution.

    Example: credscore explain "Officials reportedly denied the claim."
    """

    def action():
        from scoring.api import load_model, score_claims
        from scoring.cards import render_explanation

        claim = score_claims([sentence], model=load_model(model))[0]
        typer.echo(render_explanation(claim))

    _run(action)


@app.command()
def info(
    model: Annotated[Path | None, typer.Option("--model", help="Model directory (default: shipped).")] = None,
) -> None:
    """Show the model card: version, data, lexicons, metrics.

    Example: credscore info --model trained
    """

    def action():
        from scoring.api import load_model
        from scoring.cards import render_card

        typer.echo(render_card(load_model(model).card))

    _run(action)


def main() -> None:
    """Console-script entry point."""
    app()
