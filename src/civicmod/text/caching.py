"""How many texts the per-text caches keep.

A comment's text is read by several detectors and by the policy, and a post's text
by every comment under it: caching per text shares that work. The caches need not
be large to do it: a comment's readers run one after the other, and comments
under one post come together. Large ones cost time instead: every entry is alive
until it is evicted, so Python's cycle collector walks it again in each of its
collections. With 4,096 entries a cache, collections took about a tenth of a
batch's time; with 256 they take about 3 %, and the benchmark workload executes
no more instructions (``docs/performance.md``).

>>> PER_TEXT
256
"""

from __future__ import annotations

PER_TEXT = 256
"""Entries of each per-text cache (:func:`civicmod.text.normalize`, the reply signals…)."""
