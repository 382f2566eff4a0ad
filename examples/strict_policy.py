"""A stricter page: remove every postal address, even one that does not look personal.

The guideline's default removes addresses that look personal (a postcode, « j'habite
au »). A town hall that prefers to remove any street number a citizen posts replaces
the personal-data rule with its own, in plain Python::

    python examples/strict_policy.py
"""

from __future__ import annotations

from collections.abc import Iterable

from civicmod import GUIDELINE, Action, Comment, Moderator, PolicyContext
from civicmod.policies import personal_data_to_remove, removal_action, remove_personal_data


def remove_personal_data_and_every_address(ctx: PolicyContext) -> Iterable[Action]:
    """``replies.personal-data``, with addresses removed whatever their score."""
    if ctx.comment is None or ctx.is_private:
        return
    found = personal_data_to_remove(ctx)
    found += [d for d in ctx.having("personal_data.address") if d not in found]
    if found:
        yield removal_action(ctx, sorted(found, key=lambda d: d.start))


STRICT = GUIDELINE.without_rules(remove_personal_data).with_rules(
    remove_personal_data_and_every_address, name="strict-addresses"
)

if __name__ == "__main__":
    decision = Moderator(policy=STRICT).review(
        Comment(text="rdv au 3 place du Marché, mon tel 06 12 34 56 78")
    )
    for action in decision.actions:
        print(action.kind, action.rule, action.redacted_text or action.message)
