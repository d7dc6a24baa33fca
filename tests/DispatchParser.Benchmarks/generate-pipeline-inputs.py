#!/usr/bin/env python3
"""Writes the inputs of pipeline-vs-tools.sh from the repository's own dispatches (tests/samples/ and the
conformance files), never from corpus text: a JSON Lines crawl (one dispatch of ~2.2 KB per line, as
in a 44 MB crawl of 20,000 lines) and a folder of single-dispatch files (~4.6 KB each).

usage: generate-pipeline-inputs.py REPO OUT_DIR [LINES] [FILES]
"""
import json
import pathlib
import sys

repo = pathlib.Path(sys.argv[1])
out = pathlib.Path(sys.argv[2])
lines = int(sys.argv[3]) if len(sys.argv) > 3 else 20_000
files = int(sys.argv[4]) if len(sys.argv) > 4 else 10_000

# Body paragraphs as the conformance suite's expected parts list them, without their own tags.
paragraphs = []
for expected in sorted((repo / "tests/conformance/valid").glob("*.expected.json")):
    for paragraph in json.loads(expected.read_text(encoding="utf-8"))["paragraphs"]:
        if len(paragraph) > 40 and "(" not in paragraph and ":" not in paragraph:
            paragraphs.append(paragraph)


def dispatch(i: int, size: int) -> str:
    """A dispatch of about `size` characters: headline, blank line, paragraphs, tag, notice."""
    body, n = [], 0
    k = i * 7
    while n < size:
        paragraph = paragraphs[k % len(paragraphs)] + f" [{i}.{len(body)}]"
        body.append(paragraph)
        n += len(paragraph) + 1
        k += 3
    return f"Başlık {i}: haber bülteni\n\n" + "\n".join(body) + " (AA)\nYASAL UYARI: Tüm hakları saklıdır.\n"


out.mkdir(parents=True, exist_ok=True)
with open(out / "crawl.jsonl", "w", encoding="utf-8") as crawl:
    for i in range(lines):
        record = {"id": i, "url": f"https://example.org/news/{i}", "text": dispatch(i, 1600)}
        crawl.write(json.dumps(record, ensure_ascii=False) + "\n")

folder = out / "files"
folder.mkdir(exist_ok=True)
for i in range(files):
    sub = folder / f"{i // 1000:02d}"
    sub.mkdir(exist_ok=True)
    (sub / f"d{i:05d}.txt").write_text(dispatch(i, 3000), encoding="utf-8")
