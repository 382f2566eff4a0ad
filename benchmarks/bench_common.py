"""What the throughput benchmarks share: one core, and a cold start for every text.

Scripts in this folder import it by name (``python benchmarks/x.py`` puts the
folder on ``sys.path``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from shutil import which
from typing import Any


def run_on_one_core(script: str, *args: str) -> dict[str, Any]:
    """Run ``script`` with ``args`` in its own process, pinned to one core when ``taskset``
    exists (core 0, or the one ``BENCH_CORE`` names when something else runs there), and
    return the JSON object its last output line holds."""
    cmd = [sys.executable, script, *args]
    if which("taskset") is not None:
        cmd = ["taskset", "-c", os.environ.get("BENCH_CORE", "0"), *cmd]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def build() -> str:
    """Which build of civicmod runs: its hot modules compiled by mypyc, or pure Python."""
    from civicmod import native_modules

    n = len(native_modules())
    return f"civicmod build: {n} hot modules compiled by mypyc" if n else (
        "civicmod build: pure Python (no C compiler at install, or CIVICMOD_PURE_PYTHON=1)"
    )


def clear_text_caches() -> None:
    """Empty the per-text caches (a page never sees the same comment twice); the per-word
    caches stay warm (a page sees the same words all day)."""
    from civicmod.detectors.abuse import analysis
    from civicmod.detectors.digit_chains import digit_chains
    from civicmod.detectors.replies.relevance import _read as topics_and_roots
    from civicmod.detectors.replies.signals import signals
    from civicmod.resources import _scores, borrowed, keyed, keys_of
    from civicmod.text.normalize import clear_caches
    from civicmod.text.view import clean_view

    for cache in (analysis.analyse, analysis.words_of, clean_view, digit_chains, signals, topics_and_roots,
                  _scores, keyed, keys_of, borrowed):  # fmt: skip
        cache.cache_clear()
    clear_caches()


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB. Read from ``VmHWM`` where Linux gives it: the
    ``ru_maxrss`` of a process started by a bigger parent counts the parent's pages it held
    between fork and exec."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
