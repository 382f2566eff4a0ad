"""Typed errors: every failure civicmod raises names what went wrong and where.

Callers catch :class:`CivicmodError` to handle all of them at once::

    try:
        config = Config.from_toml("civicmod.toml")
    except ConfigError as exc:
        print(exc)  # civicmod.toml: [contact].email: value is not a valid email address
"""

from __future__ import annotations


class CivicmodError(Exception):
    """Base class of every error civicmod raises on purpose."""


class ConfigError(CivicmodError):
    """The configuration file or object is invalid; the message names the field."""


class InputError(CivicmodError):
    """An input record cannot be turned into a model.

    ``line`` is the 1-based line number in a JSONL stream when known, ``record_id``
    the record's own ``id`` when it could be read.
    """

    def __init__(self, message: str, *, line: int | None = None, record_id: str | None = None):
        self.line = line
        self.record_id = record_id
        prefix = f"line {line}: " if line is not None else ""
        super().__init__(prefix + message)
        self.reason = message


class DirectoryError(ConfigError):
    """The account directory's CSV is invalid; the message names file, line and column.

    >>> str(DirectoryError("unknown kind 'ministere'", path="accounts.csv", line=4, column="kind"))
    "accounts.csv: line 4, column kind: unknown kind 'ministere'"
    """

    def __init__(
        self, message: str, *, path: str = "", line: int | None = None, column: str | None = None
    ):
        self.path = path
        self.line = line
        self.column = column
        self.reason = message
        location = ", ".join(
            part for part in (f"line {line}" if line else "", f"column {column}" if column else "")
            if part
        )
        prefix = ": ".join(part for part in (path, location) if part)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class DetectorError(CivicmodError):
    """A detector could not be found, loaded or built."""
