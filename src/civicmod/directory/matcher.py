"""One linear-time matcher for many phrases over folded words: a trie of words.

Every phrase (a tuple of folded words) is a path in the trie; the text's words
are read once from left to right, and at each word the trie is walked as far as
the text follows it. The longest phrase wins, and matches do not overlap. The
cost is the number of words times the length of the longest phrase, whatever
the number of phrases: a directory of 10,000 accounts costs what one of 10 does.

>>> m = PhraseMatcher[str]()
>>> m.add(("croix", "rouge"), "@CroixRouge")
>>> m.add(("croix", "rouge", "francaise"), "@CroixRouge")
>>> [(s, e, v) for s, e, v in m.scan(["merci", "a", "la", "croix", "rouge", "francaise"])]
[(3, 6, '@CroixRouge')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Generic, TypeVar

V = TypeVar("V")


class _Node(Generic[V]):
    __slots__ = ("children", "value")

    def __init__(self) -> None:
        self.children: dict[str, _Node[V]] = {}
        self.value: V | None = None


class PhraseMatcher(Generic[V]):
    """Phrases of words mapped to values; :meth:`scan` finds them, leftmost-longest."""

    def __init__(self) -> None:
        self._root: _Node[V] = _Node()
        self.longest = 0

    def add(self, phrase: Sequence[str], value: V) -> None:
        """Map ``phrase`` (non-empty) to ``value``; adding it again replaces the value."""
        if not phrase:
            raise ValueError("an empty phrase matches nothing")
        node = self._root
        for word in phrase:
            node = node.children.setdefault(word, _Node())
        node.value = value
        self.longest = max(self.longest, len(phrase))

    def scan(
        self, first: Sequence[str], then: Sequence[str | None] | None = None
    ) -> Iterator[tuple[int, int, V]]:
        """``(start, end)`` ranges of phrases in a text's words, with their values.

        ``first[i]`` is word ``i`` as it opens a phrase; ``then[i]`` is word ``i``
        as it continues one — the way :func:`civicmod.text.names.name_units`
        writes it, joined to word ``i - 1`` — or ``None`` where no phrase may
        continue (a full stop between the words, say). Without ``then``, words
        continue phrases as they open them.
        """
        follow = first if then is None else then
        i, n = 0, len(first)
        while i < n:
            node = self._root.children.get(first[i])
            best: tuple[int, V] | None = None
            j = i
            while node is not None:
                if node.value is not None:
                    best = (j + 1, node.value)
                j += 1
                word = follow[j] if j < n else None
                if word is None:
                    break
                node = node.children.get(word)
            if best is None:
                i += 1
                continue
            yield i, best[0], best[1]
            i = best[0]
