"""Extraction throughput against spaCy's bare tokenizer, measured in the same run.

    python benchmarks/bench_extract.py [--words 1000000] [--json] [--processes N] [--profile K]
                                       [--stages]

The corpus (>= --words words, generated from the bundled samples by `_corpus.py`, every
document distinct) is streamed twice: once through `spacy.blank("en").tokenizer` (the baseline)
and once through `watchfloor.extract.pipeline.extract`, single process. Only the calls being
measured are timed; building the documents is not. Words are whitespace-separated strings, so
both rates count the same words and their ratio is the ratio of the two times. The target is
extract_wps / tokenizer_wps >= 0.25 (extraction at most 4x the cost of bare tokenization).

With --stages, the pipeline's prefixes (sentences; sentences and actors; ...; all of it) are
also timed over the same corpus, so each stage's cost reads as a ratio to the tokenizer: where
the time goes, and which stages alone already use up the budget.

Memory: the process's resident set (current and peak, from /proc and getrusage) is sampled
after the warm-up and at 1/4, 1/2 and all of the corpus during the extraction pass.
Extractions are dropped as soon as they are counted, so a flat resident set shows that memory
does not grow with corpus size.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import iter_corpus, load_samples, make_document, word_count

from watchfloor.extract.pipeline import DEFAULT_COMPONENTS, extract
from watchfloor.models import Document

TARGET_RATIO = 0.25
CHECKPOINTS = (0.25, 0.5, 1.0)


@dataclass
class Pass:
    """One timed pass over the corpus."""

    name: str
    words: int = 0
    documents: int = 0
    seconds: float = 0.0
    items: int = 0  # tokens for the tokenizer, events for extraction
    memory: list[dict[str, float]] = field(default_factory=list)

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def rss_mib() -> tuple[float, float]:
    """(current, peak) resident set size of this process in MiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        current = pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        current = float("nan")
    return current, peak


def tokenizer_pass(base: Sequence[Document], words: int) -> Pass:
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    for doc in base:  # warm-up outside the timing
        tokenizer(doc.text)
    result = Pass("spaCy blank('en').tokenizer")
    for doc in iter_corpus(base, words):
        t0 = time.perf_counter()
        tokens = tokenizer(doc.text)
        result.seconds += time.perf_counter() - t0
        result.items += len(tokens)
        result.words += word_count(doc.text)
        result.documents += 1
    return result


def extract_pass(base: Sequence[Document], words: int) -> Pass:
    for doc in base:  # warm-up: lexicons and compiled patterns load on first use
        extract(doc)
    result = Pass("watchfloor extract()")
    current, peak = rss_mib()
    result.memory.append({"words": 0, "rss_mib": round(current, 1), "peak_rss_mib": round(peak, 1)})
    marks = [int(words * c) for c in CHECKPOINTS]
    for doc in iter_corpus(base, words):
        t0 = time.perf_counter()
        extraction = extract(doc)
        result.seconds += time.perf_counter() - t0
        result.items += len(extraction.events)
        del extraction  # stream: nothing is kept
        result.words += word_count(doc.text)
        result.documents += 1
        while marks and result.words >= marks[0]:
            current, peak = rss_mib()
            result.memory.append(
                {
                    "words": result.words,
                    "rss_mib": round(current, 1),
                    "peak_rss_mib": round(peak, 1),
                }
            )
            marks.pop(0)
    return result


def stages_pass(base: Sequence[Document], words: int, tokenizer_wps: float) -> list[dict[str, Any]]:
    """Words/s of each prefix of the default pipeline, and its ratio to the tokenizer's."""
    rows = []
    for n in range(1, len(DEFAULT_COMPONENTS) + 1):
        names = DEFAULT_COMPONENTS[:n]
        for doc in base:
            extract(doc, components=names)
        seconds = 0.0
        counted = 0
        for doc in iter_corpus(base, words):
            t0 = time.perf_counter()
            extract(doc, components=names)
            seconds += time.perf_counter() - t0
            counted += word_count(doc.text)
        wps = counted / seconds if seconds else 0.0
        rows.append(
            {
                "through": names[-1],
                "words_per_s": round(wps, 1),
                "ratio": round(wps / tokenizer_wps, 4) if tokenizer_wps else None,
                "seconds": round(seconds, 3),
            }
        )
    return rows


_BASE: list[Document] = []


def _init_worker() -> None:
    if not _BASE:  # under "fork" the parent's warm state is inherited; otherwise warm up here
        _BASE[:] = load_samples()
        for doc in _BASE:
            extract(doc)


def _extract_slice(start: int, stop: int) -> tuple[int, int, int]:
    words = events = 0
    for i in range(start, stop):
        doc = make_document(_BASE, i)
        events += len(extract(doc).events)
        words += word_count(doc.text)
    return words, stop - start, events


def process_pass(n_docs: int, processes: int) -> dict[str, Any]:
    """Wall-clock words/s over the same documents with a pool of `processes` workers."""
    chunk = 50
    _BASE[:] = load_samples()
    with ProcessPoolExecutor(processes, initializer=_init_worker) as pool:
        # start every worker (and its warm-up) before the clock runs
        warm = 4 * processes
        list(pool.map(_extract_slice, range(warm), range(1, warm + 1)))
        t0 = time.perf_counter()
        starts = range(0, n_docs, chunk)
        stops = [min(s + chunk, n_docs) for s in starts]
        results = list(pool.map(_extract_slice, starts, stops))
        seconds = time.perf_counter() - t0
    words = sum(r[0] for r in results)
    docs = sum(r[1] for r in results)
    return {
        "processes": processes,
        "words": words,
        "documents": docs,
        "seconds": round(seconds, 3),
        "words_per_s": round(words / seconds, 1),
        "docs_per_s": round(docs / seconds, 2),
    }


def profile_top(base: Sequence[Document], top: int) -> str:
    """cProfile of extract() over one variant of every sample, top functions by cumulative time."""
    for doc in base:
        extract(doc)
    docs = [make_document(base, len(base) + i) for i in range(len(base))]
    prof = cProfile.Profile()
    prof.enable()
    for doc in docs:
        extract(doc)
    prof.disable()
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def report(
    tok: Pass,
    ext: Pass,
    pool: dict[str, Any] | None,
    wall: float,
    stages: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    ratio = ext.words_per_s / tok.words_per_s if tok.words_per_s else 0.0
    passes = []
    for p in (tok, ext):
        row = asdict(p)
        row.update(words_per_s=round(p.words_per_s, 1), docs_per_s=round(p.docs_per_s, 2))
        row["seconds"] = round(p.seconds, 3)
        passes.append(row)
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
        },
        "tokenizer": passes[0],
        "extract": passes[1],
        "ratio": round(ratio, 4),
        "target_ratio": TARGET_RATIO,
        "meets_target": ratio >= TARGET_RATIO,
        "slowdown_vs_target": round(TARGET_RATIO / ratio, 2) if ratio else None,
        "processes": pool,
        "stages": stages,
        "wall_seconds": round(wall, 1),
    }


def render(r: dict[str, Any]) -> str:
    tok, ext = r["tokenizer"], r["extract"]
    lines = [
        f"extraction benchmark, {r['date']}, {r['machine']['cpus']} CPUs, "
        f"Python {r['machine']['python']}",
        f"corpus: {ext['words']:,} words in {ext['documents']:,} distinct documents "
        "(generated from the bundled samples)",
        "",
        f"{'pass':32s} {'words/s':>12s} {'docs/s':>10s} {'seconds':>9s} {'items':>10s}",
    ]
    for p, unit in ((tok, "tokens"), (ext, "events")):
        lines.append(
            f"{p['name']:32s} {p['words_per_s']:>12,.0f} {p['docs_per_s']:>10,.1f} "
            f"{p['seconds']:>9.2f} {p['items']:>10,} {unit}"
        )
    verdict = "meets" if r["meets_target"] else "MISSES"
    lines += [
        "",
        f"ratio extract/tokenizer: {r['ratio']:.4f}  ({verdict} the target >= {TARGET_RATIO}; "
        f"extraction costs {1 / r['ratio']:.1f}x bare tokenization)"
        if r["ratio"]
        else "ratio: n/a",
    ]
    if not r["meets_target"] and r["slowdown_vs_target"]:
        lines.append(f"extraction must get {r['slowdown_vs_target']:.1f}x faster to meet it")
    lines += ["", "memory during extraction (resident set, MiB):"]
    for m in ext["memory"]:
        lines.append(
            f"  after {m['words']:>10,} words: current {m['rss_mib']:>7.1f}  "
            f"peak {m['peak_rss_mib']:>7.1f}"
        )
    pool = r["processes"]
    if pool:
        speedup = pool["words_per_s"] / ext["words_per_s"] if ext["words_per_s"] else 0.0
        lines += [
            "",
            f"{pool['processes']} processes: {pool['words_per_s']:,.0f} words/s, "
            f"{pool['docs_per_s']:,.1f} docs/s ({speedup:.2f}x single process, wall clock)",
        ]
    if r.get("stages"):
        lines += [
            "",
            "the pipeline's prefixes (each runs every stage up to and including this one):",
            f"  {'through':12s} {'words/s':>12s} {'ratio':>8s} {'share of all':>13s}",
        ]
        total = r["stages"][-1]["seconds"] or 1.0
        previous = 0.0
        for row in r["stages"]:
            share = max(0.0, row["seconds"] - previous) / total
            previous = row["seconds"]
            lines.append(
                f"  {row['through']:12s} {row['words_per_s']:>12,.0f} {row['ratio']:>8.3f} "
                f"{share:>12.0%}"
            )
    lines.append(f"\ntotal wall time {r['wall_seconds']} s")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--processes", type=int, default=0, help="also run extraction with N worker processes"
    )
    ap.add_argument(
        "--profile", type=int, default=0, metavar="K", help="print the K slowest functions only"
    )
    ap.add_argument(
        "--stages",
        action="store_true",
        help="also time each prefix of the pipeline, to show which stages use the budget",
    )
    args = ap.parse_args(argv)
    base = load_samples()
    if args.profile:
        print(profile_top(base, args.profile))
        return 0
    wall = time.perf_counter()
    tok = tokenizer_pass(base, args.words)
    ext = extract_pass(base, args.words)
    pool = process_pass(ext.documents, args.processes) if args.processes > 1 else None
    stages = stages_pass(base, args.words, tok.words_per_s) if args.stages else None
    result = report(tok, ext, pool, time.perf_counter() - wall, stages)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
