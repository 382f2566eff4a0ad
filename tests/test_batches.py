from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicmod.batches import batches


@given(st.lists(st.integers(), max_size=40), st.integers(min_value=1, max_value=9))
def test_batches_hold_every_item_once_in_order(items: list[int], size: int) -> None:
    got = list(batches(items, size))
    assert [x for b in got for x in b] == items
    assert all(len(b) == size for b in got[:-1]) and all(0 < len(b) <= size for b in got)


def test_what_was_read_before_the_source_failed_comes_first() -> None:
    def failing() -> Iterator[int]:
        yield from (1, 2, 3)
        raise OSError("gone")

    source = batches(failing(), 2)
    assert next(source) == [1, 2]
    assert next(source) == [3]
    with pytest.raises(OSError, match="gone"):
        next(source)
