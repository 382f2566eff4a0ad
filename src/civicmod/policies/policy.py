"""A policy is data: an ordered tuple of rule functions and a precedence resolver.

Each rule function reads a :class:`PolicyContext` and yields
:class:`~civicmod.Action` objects; the resolver applies the guideline's
precedence. A custom policy is plain Python::

    def remove_every_address(ctx: PolicyContext) -> Iterable[Action]:
        ...

    strict = GUIDELINE.with_rules(remove_every_address)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from civicmod.action import Action
from civicmod.policies.context import PolicyContext

RuleFunction = Callable[[PolicyContext], Iterable[Action]]
Resolver = Callable[[list[Action]], list[Action]]


@dataclass(frozen=True)
class Policy:
    """``rules`` run in order; ``resolve`` orders and silences per precedence."""

    name: str
    rules: tuple[RuleFunction, ...]
    resolve: Resolver

    def decide(self, ctx: PolicyContext) -> list[Action]:
        """Every action the rules propose, after precedence."""
        actions: list[Action] = []
        for rule in self.rules:
            actions.extend(rule(ctx))
        return self.resolve(actions)

    def with_rules(self, *rules: RuleFunction, name: str | None = None) -> Policy:
        """A copy with ``rules`` appended (they run after the existing ones)."""
        return replace(self, name=name or self.name, rules=self.rules + rules)

    def without_rules(self, *rules: RuleFunction, name: str | None = None) -> Policy:
        """A copy without ``rules``."""
        kept = tuple(r for r in self.rules if r not in rules)
        return replace(self, name=name or self.name, rules=kept)
