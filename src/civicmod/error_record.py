"""The decision a malformed input line gets: nothing is ever dropped."""

from __future__ import annotations

from civicmod.action import Action, Decision
from civicmod.errors import InputError


def error_decision(error: InputError) -> Decision:
    """A ``needs_human_review`` decision carrying the line number and the reason."""
    where = f"ligne {error.line}" if error.line is not None else "enregistrement"
    return Decision(
        id=error.record_id or (f"line:{error.line}" if error.line is not None else ""),
        item_type="invalid",
        actions=(
            Action(
                kind="needs_human_review",
                rule="review.invalid-input",
                reason=f"Entrée illisible ({where}) : {error.reason}",
            ),
        ),
        priority=1,
        errors=(str(error),),
    )
