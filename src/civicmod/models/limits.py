"""Size limits on input, so that hostile input fails clearly instead of slowly."""

MAX_TEXT_LENGTH = 2_000_000
"""Characters in one text: far above any platform's limit, small enough to review in seconds."""
