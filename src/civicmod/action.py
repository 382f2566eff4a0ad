"""What the guideline asks a community manager to do, and the decision that gathers it."""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import Field

from civicmod.detection import Detection
from civicmod.models._base import Model

ActionKind = Literal[
    "delete_comment",
    "hide_author",
    "report_to_platform",
    "remove_personal_data",
    "reply_with_url",
    "reply_with_contact_message",
    "answer_request",
    "propose_private_message",
    "send_contact_details",
    "do_not_reply",
    "avoid_interaction",
    "add_mention",
    "tag_people",
    "attribute_quote",
    "needs_human_review",
]
"""The public vocabulary of action kinds (``rules.md``); stored in audit logs, never renamed."""

ACTION_KINDS: tuple[str, ...] = get_args(ActionKind)

REPLY_KINDS: frozenset[str] = frozenset(
    {
        "reply_with_url",
        "reply_with_contact_message",
        "answer_request",
        "propose_private_message",
        "send_contact_details",
    }
)
"""Kinds that put words under a comment: what ``do_not_reply`` and deletion silence."""


class Action(Model):
    """One thing to do, with the rule it applies and a French reason.

    Kind-specific fields are ``None`` when they do not apply: ``redacted_text``
    (remove_personal_data), ``url`` (reply_with_url), ``message`` (any reply),
    ``handle`` / ``handles`` (mentions, tags, quotes, hide_author).
    ``suggestion`` marks an action a person must confirm (``hide_author``).
    ``related_rules`` cites further rules the action rests on (``private.same-rules``).

    >>> Action(kind="do_not_reply", rule="replies.no-reply-abuse",
    ...        reason="Injure : ne pas répondre.").kind
    'do_not_reply'
    """

    kind: ActionKind
    rule: str
    reason: str
    detections: tuple[Detection, ...] = ()
    redacted_text: str | None = None
    url: str | None = None
    message: str | None = None
    handle: str | None = None
    handles: tuple[str, ...] | None = None
    suggestion: bool = False
    related_rules: tuple[str, ...] = ()

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """The matched spans this action rests on, in the original text."""
        return tuple((d.start, d.end) for d in self.detections)

    def to_json(self) -> dict[str, Any]:
        """Kind, rule and reason first, then only the fields that apply."""
        out: dict[str, Any] = {"kind": self.kind, "rule": self.rule, "reason": self.reason}
        for name in ("redacted_text", "url", "message", "handle", "handles"):
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if isinstance(value, tuple) else value
        if self.suggestion:
            out["suggestion"] = True
        if self.related_rules:
            out["related_rules"] = list(self.related_rules)
        out["detections"] = [
            {"category": d.category, "start": d.start, "end": d.end, "text": d.text}
            for d in self.detections
        ]
        return out


class Decision(Model):
    """Everything civicmod concluded about one item.

    ``priority`` orders a review queue (see :mod:`civicmod.priority`); ``errors``
    lists what went wrong (a detector that failed, a malformed line) and never
    hides it; ``notes`` are short French remarks (a native share, a private message).
    """

    id: str = ""
    item_type: Literal["comment", "post", "interaction", "invalid"] = "comment"
    actions: tuple[Action, ...] = ()
    detections: tuple[Detection, ...] = ()
    priority: int = Field(0, ge=0)
    errors: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def kinds(self) -> list[str]:
        """The action kinds, in order: handy in tests and notebooks."""
        return [a.kind for a in self.actions]

    def action(self, kind: str) -> Action | None:
        """The first action of ``kind``, or ``None``."""
        return next((a for a in self.actions if a.kind == kind), None)

    def to_json(self) -> dict[str, Any]:
        """The record ``civicmod review`` prints for one input line."""
        return {
            "id": self.id,
            "type": self.item_type,
            "actions": [a.to_json() for a in self.actions],
            "detections": [d.to_json() for d in self.detections],
            "priority": self.priority,
            "errors": list(self.errors),
            "notes": list(self.notes),
        }
