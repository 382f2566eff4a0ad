"""The account directory: handles, names, kinds; public sphere and official partners.

>>> from civicmod import Config
>>> cfg = Config.from_toml("examples/civicmod.toml")
>>> cfg.account_directory().by_name("la Croix-Rouge").handle
'@CroixRouge'
"""

from civicmod.directory.csv_file import COLUMNS, load_accounts_csv, parse_accounts_csv
from civicmod.directory.directory import Directory, NameMatch
from civicmod.directory.matcher import PhraseMatcher

__all__ = [
    "COLUMNS",
    "Directory",
    "NameMatch",
    "PhraseMatcher",
    "load_accounts_csv",
    "parse_accounts_csv",
]
