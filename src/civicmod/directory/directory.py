"""The directory of accounts a page deals with: who is public sphere, who is a partner.

Built from the config's ``[[accounts]]`` and the CSV a team keeps
(``[directory] csv``); an account in both is taken from the TOML, so a page can
override one line of a shared file. Lookups fold case, accents, ligatures,
apostrophes, and a leading article or elision:

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
>>> [(m.text, m.account.handle) for m in d.find_names("Merci à la Croix-Rouge et au Ministère de la santé !")]
[('Croix-Rouge', '@CroixRouge'), ('Ministère de la santé', '@Sante_Gouv')]
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
from civicmod.text.names import name_key, name_units, units

if TYPE_CHECKING:
    from civicmod.config import Config

@dataclass(frozen=True, slots=True)
class NameMatch:
    """A directory account named in a text: the account and the span of its name."""

    account: AccountEntry
    start: int
    end: int
    text: str


class Directory:
    """Accounts by handle and by name; :meth:`find_names` reads a text in one pass.

    Names match as whole words, case and accents folded, a leading article
    ignored; hyphens count (« Croix-Rouge » is not « croix rouge »: list both
    writings as name and alias if both are meant). A name or alias shared by two
    accounts is ambiguous: it is matched for neither (see :attr:`ambiguous`)
    rather than guessed. Keep common nouns out of aliases: « la Région » alone
    would name the Région in every sentence about any region.
    """

    def __init__(self, accounts: Iterable[AccountEntry] = ()) -> None:
        self._by_handle: dict[str, AccountEntry] = {}
        for account in accounts:
            self._by_handle.setdefault(account.handle.lower(), account)
        exact: dict[tuple[str, ...], dict[str, AccountEntry]] = {}
        loose: dict[tuple[str, ...], dict[str, AccountEntry]] = {}
        for account in self._by_handle.values():
            for name in account.names:
                key = name_units(name)
                if key:
                    exact.setdefault(key, {})[account.handle.lower()] = account
                    loose.setdefault(name_key(name), {})[account.handle.lower()] = account
        self._by_name = _unambiguous(exact)
        self._by_loose_name = _unambiguous(loose)
        self._matcher: PhraseMatcher[AccountEntry] = PhraseMatcher()
        for key, account in self._by_name.items():
            self._matcher.add(key, account)
        self.ambiguous: frozenset[str] = frozenset(
            "".join(key) for key, owners in exact.items() if len(owners) > 1
        )
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
        """The account called ``name`` (a name or an alias), folded; ``None`` if none or ambiguous.

        A name given on its own (a quotation's author, a person in a photo) is
        not a sentence: « Croix Rouge » finds « Croix-Rouge » when no other
        account's name reads the same once hyphens are ignored.
        """
        found = self._by_name.get(name_units(name))
        return found if found is not None else self._by_loose_name.get(name_key(name))

    def lookup(self, handle: str = "", name: str = "") -> AccountEntry | None:
        """By ``handle`` when it is known to the directory, else by ``name``."""
        found = self.by_handle(handle) if handle.strip() else None
        if found is None and name.strip():
            found = self.by_name(name)
        return found

    def find_names(self, text: str) -> list[NameMatch]:
        """Every account named in ``text``, as whole words, longest name first, in order.

        Handles and links are not read (``@Sante_Gouv`` is a mention, which
        :mod:`civicmod.text.handles` finds). A hashtag names an account when it
        spells exactly a one-word name or alias (``#CAF``), never a part of one.
        """
        words, hashtags = _readable_tokens(text)
        found: list[NameMatch] = []
        if words:
            for first, end, account in self._matcher.scan(
                [w.text for w in words], units(text, words)
            ):
                start, stop = words[first].start, words[end - 1].end
                found.append(NameMatch(account, start, stop, text[start:stop]))
        for start, stop in hashtags:
            key = name_units(text[start + 1 : stop])
            named = self._by_name.get(key) if len(key) == 1 else None
            if named is not None:
                found.append(NameMatch(named, start, stop, text[start:stop]))
        return sorted(found, key=lambda m: m.start) if hashtags else found


def _unambiguous(
    owners: dict[tuple[str, ...], dict[str, AccountEntry]],
) -> dict[tuple[str, ...], AccountEntry]:
    return {
        key: next(iter(accounts.values()))
        for key, accounts in owners.items()
        if len(accounts) == 1
    }


def _readable_tokens(text: str) -> tuple[list[Token], list[tuple[int, int]]]:
    """Tokens outside handles, hashtags and links; and the hashtags' spans."""
    words = tokens(text)
    masked = markup_spans(text)
    if not masked:
        return words, []
    starts = [s for s, _ in masked]
    kept = []
    for w in words:
        i = bisect.bisect_right(starts, w.start) - 1
        if i >= 0 and w.start < masked[i][1]:
            continue
        kept.append(w)
    hashtags = [(s, e) for s, e in masked if text[s] == "#"]
    return kept, hashtags
