"""The account directory as a CSV a team keeps: one account a line.

Columns (a header line names them, in any order)::

    handle,name,aliases,kind,verified,partner
    @Sante_Gouv,Ministère de la Santé,ministère de la Santé et de la Prévention|ministre de la Santé,government,true,false

``handle`` is required; ``aliases`` are separated by ``|``; ``kind`` is one of
:data:`~civicmod.models.ACCOUNT_KINDS` (default ``individual``); ``verified`` and
``partner`` read ``true/false``, ``oui/non``, ``1/0`` or empty (false). Columns
``note`` and ``source`` are the team's own and are ignored; any other column is
an error. A spreadsheet's export with ``;`` as separator, or with a BOM, reads
the same. Every problem is a :class:`~civicmod.errors.DirectoryError` naming the
file, the line and the column.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pydantic import ValidationError

from civicmod.config import AccountEntry
from civicmod.errors import DirectoryError
from civicmod.models import ACCOUNT_KINDS

COLUMNS = ("handle", "name", "aliases", "kind", "verified", "partner")
IGNORED_COLUMNS = ("note", "source")
_TRUE = frozenset({"true", "vrai", "oui", "yes", "1", "x"})
_FALSE = frozenset({"false", "faux", "non", "no", "0", ""})


def load_accounts_csv(path: str | Path) -> tuple[AccountEntry, ...]:
    """Read the accounts of a directory CSV; :class:`DirectoryError` on any problem.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("handle,name,kind,partner\\n@CroixRouge,Croix-Rouge française,association,oui\\n")
    >>> load_accounts_csv(f.name)[0].partner
    True
    >>> os.unlink(f.name)
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DirectoryError("no such file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DirectoryError(f"cannot read: {exc}", path=str(path)) from None
    return parse_accounts_csv(text, source=str(path))


def parse_accounts_csv(text: str, *, source: str = "accounts.csv") -> tuple[AccountEntry, ...]:
    """Accounts from the text of a directory CSV (``source`` names it in errors)."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        raise DirectoryError(f"malformed CSV: {exc}", path=source, line=1) from None
    if header is None:
        raise DirectoryError("empty file: a header line is required", path=source)
    columns = [h.strip().lower() for h in header]
    _check_header(columns, source)
    entries: list[AccountEntry] = []
    seen: dict[str, int] = {}
    while True:
        try:
            row = next(reader, None)
        except csv.Error as exc:
            raise DirectoryError(f"malformed CSV: {exc}", path=source, line=reader.line_num) from None
        if row is None:
            break
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise DirectoryError(
                f"{len(row)} fields, the header has {len(columns)}", path=source, line=line
            )
        entry = _entry(dict(zip(columns, row, strict=True)), source, line)
        key = entry.handle.lower()
        if key in seen:
            raise DirectoryError(
                f"{entry.handle} is already on line {seen[key]}",
                path=source,
                line=line,
                column="handle",
            )
        seen[key] = line
        entries.append(entry)
    return tuple(entries)


def _check_header(columns: list[str], source: str) -> None:
    for name in columns:
        if name not in COLUMNS and name not in IGNORED_COLUMNS:
            raise DirectoryError(
                f"unknown column {name!r} (known: {', '.join(COLUMNS + IGNORED_COLUMNS)})",
                path=source,
                line=1,
            )
    if "handle" not in columns:
        raise DirectoryError("the header has no 'handle' column", path=source, line=1)
    duplicated = {c for c in columns if columns.count(c) > 1}
    if duplicated:
        raise DirectoryError(f"column(s) {sorted(duplicated)} twice", path=source, line=1)


def _flag(value: str, source: str, line: int, column: str) -> bool:
    folded = value.strip().lower()
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise DirectoryError(
        f"{value!r} is not a yes/no value (true/false, oui/non, 1/0)",
        path=source,
        line=line,
        column=column,
    )


def _entry(cells: dict[str, str], source: str, line: int) -> AccountEntry:
    handle = cells.get("handle", "").strip()
    if not handle:
        raise DirectoryError("empty handle", path=source, line=line, column="handle")
    if any(c.isspace() for c in handle):
        raise DirectoryError(
            f"{handle!r}: a handle has no spaces", path=source, line=line, column="handle"
        )
    kind = cells.get("kind", "").strip().lower() or "individual"
    if kind not in ACCOUNT_KINDS:
        raise DirectoryError(
            f"unknown kind {kind!r} (one of {', '.join(ACCOUNT_KINDS)})",
            path=source,
            line=line,
            column="kind",
        )
    aliases = tuple(a.strip() for a in cells.get("aliases", "").split("|") if a.strip())
    try:
        return AccountEntry.model_validate(
            {
                "handle": handle,
                "name": cells.get("name", "").strip(),
                "aliases": aliases,
                "kind": kind,
                "verified": _flag(cells.get("verified", ""), source, line, "verified"),
                "partner": _flag(cells.get("partner", ""), source, line, "partner"),
            }
        )
    except ValidationError as exc:
        err = exc.errors()[0]
        column = str(err["loc"][0]) if err.get("loc") else None
        raise DirectoryError(err.get("msg", "invalid"), path=source, line=line, column=column) from None
