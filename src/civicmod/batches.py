"""Items in batches that never lose what was read: the reading behind ``review_many``.

``itertools.batched`` (Python 3.12) drops the items of a batch when its source
raises; a moderation batch must not: those items were read, and each is owed a
decision. :func:`batches` hands over the batch read so far, then raises.

>>> list(batches(range(5), 2))
[[0, 1], [2, 3], [4]]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``, the last one shorter; when ``items`` raises, the list
    read so far comes first, then the error."""
    source = iter(items)
    while True:
        batch: list[T] = []
        try:
            for item in source:
                batch.append(item)
                if len(batch) == size:
                    break
        except Exception:
            if batch:
                yield batch
            raise
        if batch:
            yield batch
        if len(batch) < size:
            return
