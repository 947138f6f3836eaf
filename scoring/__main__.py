"""``python -m scoring`` works like ``credscore``."""

from scoring.cli import main

main()
