"""The directory of accounts a page deals with: who is public sphere, who is a partner.

Built from the config's ``[[accounts]]`` and the CSV a team keeps
(``[directory] csv``); an account in both is taken from the TOML, so a page can
override one line of a shared file. Lookups fold case, accents, ligatures,
apostrophes, a leading article or elision, and hyphens:

>>> from civicmod.config import AccountEntry
>>> d = Directory([
...     AccountEntry(handle="@Sante_Gouv", name="Ministère de la Santé", kind="government"),
...     AccountEntry(handle="@CroixRouge", name="Croix-Rouge française",
...                  aliases=("la Croix-Rouge",), kind="association", partner=True),
... ])
>>> d.by_name("le ministere de la sante").handle
'@Sante_Gouv'
>>> d.by_handle("@croixrouge").name
'Croix-Rouge française'
>>> [(m.text, m.account.handle) for m in d.find_names("Merci à la Croix Rouge et au Ministère de la santé !")]
[('Croix Rouge', '@CroixRouge'), ('Ministère de la santé', '@Sante_Gouv')]
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from civicmod.config import AccountEntry
from civicmod.directory.csv_file import load_accounts_csv
from civicmod.directory.matcher import PhraseMatcher
from civicmod.models.account import normalize_handle
from civicmod.text.fold import Token, tokens
from civicmod.text.handles import markup_spans
from civicmod.text.names import name_key

if TYPE_CHECKING:
    from civicmod.config import Config

_JOINERS = frozenset(" \t\u00a0\u202f-\u2010\u2011\u2013'\u2019\u02bc")
"""What may stand between two words of one name: spaces, hyphens, apostrophes."""


@dataclass(frozen=True, slots=True)
class NameMatch:
    """A directory account named in a text: the account and the span of its name."""

    account: AccountEntry
    start: int
    end: int
    text: str


class Directory:
    """Accounts by handle and by name; :meth:`find_names` reads a text in one pass.

    A name or alias shared by two accounts is ambiguous: it is matched for
    neither (see :attr:`ambiguous`) rather than guessed. A one-word name
    (« Enedis », « ARS », « Poste » from « La Poste ») is matched only where the
    text writes it with a capital, so that « un poste de secours » names nobody.
    """

    def __init__(self, accounts: Iterable[AccountEntry] = ()) -> None:
        self._by_handle: dict[str, AccountEntry] = {}
        for account in accounts:
            self._by_handle.setdefault(account.handle.lower(), account)
        owners: dict[tuple[str, ...], set[str]] = {}
        first: dict[tuple[str, ...], AccountEntry] = {}
        for account in self._by_handle.values():
            for name in account.names:
                key = name_key(name)
                if key:
                    owners.setdefault(key, set()).add(account.handle.lower())
                    first.setdefault(key, account)
        self._by_name: dict[tuple[str, ...], AccountEntry] = {}
        self._matcher: PhraseMatcher[AccountEntry] = PhraseMatcher()
        ambiguous: set[str] = set()
        for key, handles in owners.items():
            if len(handles) > 1:
                ambiguous.add(" ".join(key))
                continue
            self._by_name[key] = first[key]
            self._matcher.add(key, first[key])
        self.ambiguous: frozenset[str] = frozenset(ambiguous)
        """Folded names that belong to more than one account, matched for none."""

    @classmethod
    def from_config(cls, config: Config) -> Directory:
        """``config.accounts`` first, then the accounts of ``config.directory.csv``."""
        extra = load_accounts_csv(config.directory.csv) if config.directory.csv else ()
        return cls((*config.accounts, *extra))

    @classmethod
    def from_csv(cls, path: str | Path) -> Directory:
        """The accounts of one CSV file (format in :mod:`civicmod.directory.csv_file`)."""
        return cls(load_accounts_csv(path))

    def __len__(self) -> int:
        return len(self._by_handle)

    def __iter__(self) -> Iterator[AccountEntry]:
        return iter(self._by_handle.values())

    def __contains__(self, handle: object) -> bool:
        return isinstance(handle, str) and self.by_handle(handle) is not None

    def by_handle(self, handle: str) -> AccountEntry | None:
        """The account of ``handle``, ``@`` optional, case ignored; ``None`` if unknown."""
        return self._by_handle.get(normalize_handle(handle).lower())

    def by_name(self, name: str) -> AccountEntry | None:
        """The account whose name or alias is ``name`` once folded; ``None`` if none or ambiguous."""
        return self._by_name.get(name_key(name))

    def lookup(self, handle: str = "", name: str = "") -> AccountEntry | None:
        """By ``handle`` when it is known to the directory, else by ``name``."""
        found = self.by_handle(handle) if handle.strip() else None
        if found is None and name.strip():
            found = self.by_name(name)
        return found

    def find_names(self, text: str) -> list[NameMatch]:
        """Every account named in ``text``, as whole words, longest name first, in order.

        Handles, hashtags and links are not read (``@Sante_Gouv`` names nothing
        here: it is a mention, which :mod:`civicmod.text.handles` finds).
        """
        words = _readable_tokens(text)
        if not words:
            return []

        def joins(i: int) -> bool:
            gap = text[words[i].end : words[i + 1].start]
            return len(gap) <= 3 and all(c in _JOINERS for c in gap)

        found: list[NameMatch] = []
        for first, end, account in self._matcher.scan([w.text for w in words], joins):
            start, stop = words[first].start, words[end - 1].end
            if end - first == 1 and not text[start].isupper():
                continue
            found.append(NameMatch(account, start, stop, text[start:stop]))
        return found


def _readable_tokens(text: str) -> list[Token]:
    """Tokens outside handles, hashtags and links."""
    words = tokens(text)
    masked = markup_spans(text)
    if not masked:
        return words
    starts = [s for s, _ in masked]
    kept = []
    for w in words:
        i = bisect.bisect_right(starts, w.start) - 1
        if i >= 0 and w.start < masked[i][1]:
            continue
        kept.append(w)
    return kept
