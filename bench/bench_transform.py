"""What reading figures (transform/) adds to each report, against reading the PDF (extract/)
measured in the same run on the same reports.

    python bench/bench_transform.py [PDF ...]     (default: the bundled sample)

Prints the one-off cost of loading the spaCy model, the concept catalog and the concept
model (once per process), then per report: extraction time, transform time (parse,
figures, meaning, claims, star rows) and their ratio; the median of 5 runs each.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from extract import extract_document
from pipelines.settings import SAMPLE_REPORT
from transform.learned import model
from transform.meaning import catalog
from transform.nlp import pipeline
from transform.star import to_star

RUNS = 5


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def median_time(action) -> float:
    return statistics.median(timed(action)[0] for _ in range(RUNS))


def main(paths: list[Path]) -> None:
    load, _ = timed(lambda: (pipeline(), catalog(), model()))
    print(f"models and catalog, once per process: {load:.2f} s")
    print(f"{'report':40} {'pages':>5} {'extract':>9} {'transform':>10} {'ratio':>6}")
    for path in paths:
        document = extract_document(path)
        extract = median_time(lambda p=path: extract_document(p))
        transform = median_time(lambda d=document: to_star(d, "bench"))
        print(
            f"{path.name[:40]:40} {document.page_count:5d} {extract:8.2f}s {transform:9.2f}s"
            f" {transform / extract:6.2f}"
        )


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or [SAMPLE_REPORT])
