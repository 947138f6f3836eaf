"""The data tables beside the engine (``scoring/data/*.tsv``), written for credscore."""

from __future__ import annotations

from importlib import resources

__all__ = ["data_rows"]


def data_rows(name: str) -> list[list[str]]:
    """The rows of ``scoring/data/<name>`` split at tabs, without comment lines (#), blank lines and the header."""
    text = resources.files("scoring").joinpath("data", name).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]
