"""Train and evaluate entry points (these import scikit-learn)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import joblib

from scoring.errors import ModelError
from scoring.labeled import read_labeled
from scoring.model import FittedModel, evaluate_fitted, fit, sha256_file, write_model
from scoring.scorer import read_card

__all__ = ["evaluate", "load_fitted", "train"]


def train(
    data: list[Path] | Path,
    output: Path,
    *,
    folds: int = 5,
    seed: int = 0,
    label_map: dict[str, str] | None = None,
    progress: Callable[[str], None] = lambda message: None,
) -> dict[str, Any]:
    """Train on labeled CSV/JSONL files and write the model to ``output``; returns the card."""
    paths = [Path(p) for p in (data if isinstance(data, list) else [data])]
    labeled = read_labeled(paths, label_map)
    for warning in labeled.warnings:
        progress(f"warning: {warning}")
    fitted = fit(labeled, folds=folds, seed=seed, progress=progress)
    write_model(fitted, Path(output))
    return json.loads((Path(output) / "model.json").read_text(encoding="utf-8"))


def load_fitted(directory: Path) -> FittedModel:
    """The scikit-learn pipelines of a model directory, after checking the card and sha256."""
    directory = Path(directory)
    card = read_card(directory)
    path = directory / "model.joblib"
    if not path.is_file():
        raise ModelError(f"{path} is missing; run `make train` or pass --model DIR")
    if sha256_file(path) != card["artifacts"].get("model.joblib"):
        raise ModelError(f"{path} does not match the sha256 in its model card; refusing to unpickle it")
    import sklearn

    made_with = card.get("libraries", {}).get("scikit-learn")
    if made_with and made_with.split(".")[:2] != sklearn.__version__.split(".")[:2]:
        raise ModelError(
            f"{path} was made with scikit-learn {made_with}, this is {sklearn.__version__}; "
            "retrain with `credscore train` or install the matching scikit-learn"
        )
    bundle = joblib.load(path)
    return FittedModel(
        bundle["label"], bundle["stance"], card["temperature"]["label"], card["temperature"]["stance"], card
    )


def evaluate(data: list[Path] | Path, model: Path, *, label_map: dict[str, str] | None = None) -> dict[str, Any]:
    """Label and stance metrics of the model in ``model`` on labeled files (all rows, any split)."""
    paths = [Path(p) for p in (data if isinstance(data, list) else [data])]
    labeled = read_labeled(paths, label_map, for_training=False)
    return evaluate_fitted(load_fitted(Path(model)), list(labeled.claims))
