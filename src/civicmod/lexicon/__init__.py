"""Word lexicons and the small pattern language the detectors share."""

from civicmod.lexicon.lexicon import (
    Lexicon,
    Term,
    build_lexicon,
    group_skips,
    merge_data,
    read_toml,
)
from civicmod.lexicon.patterns import Matcher, Pattern, PatternIndex, compile_pattern

__all__ = [
    "Lexicon",
    "Matcher",
    "Pattern",
    "PatternIndex",
    "Term",
    "build_lexicon",
    "compile_pattern",
    "group_skips",
    "merge_data",
    "read_toml",
]
