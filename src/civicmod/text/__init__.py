"""Text helpers shared by detectors: a cleaned view with offsets, French folding, tokens."""

from civicmod.text.fold import Token, fold, fold_word, tokens
from civicmod.text.view import TextView, clean_view

__all__ = ["TextView", "Token", "clean_view", "fold", "fold_word", "tokens"]
