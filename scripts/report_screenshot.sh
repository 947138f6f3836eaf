#!/usr/bin/env bash
# Render an article's HTML report and screenshot it with headless Chromium.
#
#   scripts/report_screenshot.sh [ARTICLE.txt] [OUT.png]
#
# Defaults: the seed article, report.png in the current directory. The HTML is
# kept beside the PNG (same name, .html) for a look in a browser. Needs
# Debian's chromium (apt-get install chromium); runs offline, with a throwaway
# profile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
article="${1:-$root/seeds/articles/000_e0dc83ff7eb116bc.txt}"
out="$(realpath -m "${2:-report.png}")"
html="${out%.png}.html"
mkdir -p "$(dirname "$out")"
python="${PYTHON:-$root/.venv/bin/python}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [[ -z "$browser" ]]; then
    echo "Error: chromium not found; install it (apt-get install -y chromium) or set CHROMIUM=/path/to/chrome" >&2
    exit 1
fi

cd "$root"
"$python" - "$article" "$html" <<'PY'
import sys
from pathlib import Path

from scoring import score_text
from scoring.render import render_html

article, html = sys.argv[1], sys.argv[2]
with open(article, encoding="utf-8", newline="") as f:
    text = f.read()
report = score_text(text, article_id=Path(article).stem)
Path(html).write_text(render_html(report, text), encoding="utf-8")
PY

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$out" --window-size=1280,2400 \
    "file://$html" 2>/dev/null
echo "$out"
