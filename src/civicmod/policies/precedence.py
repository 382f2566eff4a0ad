"""The guideline's precedence (``rules.md``), applied to the actions rules propose.

1. unlawful content: deletion (+ report), ``do_not_reply``, no reply action;
2. personal data: ``remove_personal_data`` always;
3. abuse or off-topic: ``do_not_reply``, no reply action;
4. otherwise the reply rules, in the order of the table.

Same-kind actions for the same target are merged, their detections joined.
``attribute_quote`` and ``needs_human_review`` are one action per thing to do
(a quotation, a name to check, a failed detector), so only identical ones merge.
"""

from __future__ import annotations

from civicmod.action import ACTION_KINDS, REPLY_KINDS, Action

_ORDER = {kind: i for i, kind in enumerate(ACTION_KINDS)}
_SILENCING = frozenset({"delete_comment", "do_not_reply"})
_ONE_PER_REASON = frozenset({"attribute_quote", "needs_human_review"})

_Key = tuple[str, str | None, str | None, tuple[str, ...] | None, str]


def _key(action: Action) -> _Key:
    reason = action.reason if action.kind in _ONE_PER_REASON else ""
    return action.kind, action.handle, action.url, action.handles, reason


def resolve_precedence(actions: list[Action]) -> list[Action]:
    """Drop replies when the comment is silenced, merge duplicates, sort by precedence."""
    silenced = any(a.kind in _SILENCING for a in actions)
    merged: dict[_Key, Action] = {}
    for action in actions:
        if silenced and action.kind in REPLY_KINDS:
            continue
        key = _key(action)
        if key in merged:
            first = merged[key]
            extra = tuple(d for d in action.detections if d not in first.detections)
            related = first.related_rules + tuple(
                r for r in action.related_rules if r not in first.related_rules
            )
            merged[key] = first.model_copy(
                update={"detections": first.detections + extra, "related_rules": related}
            )
        else:
            merged[key] = action
    if silenced and not any(a.kind == "do_not_reply" for a in merged.values()):
        deleting = next(a for a in merged.values() if a.kind == "delete_comment")
        merged[("do_not_reply", None, None, None, "")] = Action(
            kind="do_not_reply",
            rule="replies.no-reply-abuse",
            reason="Commentaire à supprimer : aucune réponse.",
            detections=deleting.detections,
        )
    return sorted(merged.values(), key=lambda a: _ORDER[a.kind])
