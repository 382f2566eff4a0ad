"""Accounts of the directory named in the page's own publication, and handles written in it.

Reads a :class:`~civicmod.Post`'s text only; a comment costs one ``isinstance``.
Three categories, each with the handle as ``evidence``:

- ``public_sphere.actor``: a public actor (``government``, or an official
  partner) named by its name or an alias, folded (« ministere de la sante »);
- ``public_sphere.account``: another account of the directory named (a company,
  a media): nothing to add, but the decision shows it was recognised;
- ``public_sphere.handle``: an ``@handle`` written as a whole token.

>>> from civicmod import Config, Post
>>> cfg = Config.from_toml("examples/civicmod.toml")
>>> found = PublicActorDetector(config=cfg).detect(Post(text="Merci à la Croix-Rouge ! @Sante_Gouv"))
>>> [(d.category, d.text, d.evidence) for d in found]
[('public_sphere.actor', 'Croix-Rouge', '@CroixRouge'), ('public_sphere.handle', '@Sante_Gouv', '@Sante_Gouv')]
"""

from __future__ import annotations

from civicmod.config import Config
from civicmod.detection import Detection
from civicmod.detectors.registry import register_detector
from civicmod.models import Item, Post
from civicmod.text.handles import handle_spans

ACTOR = "public_sphere.actor"
ACCOUNT = "public_sphere.account"
HANDLE = "public_sphere.handle"


@register_detector("public_actors", default=True)
class PublicActorDetector:
    """Names of directory accounts and ``@handles`` in a post; nothing for other items."""

    name = "public_actors"
    categories = (ACTOR, ACCOUNT, HANDLE)

    def __init__(self, config: Config | None = None) -> None:
        self.directory = (config or Config()).account_directory()

    def detect(self, item: Item) -> list[Detection]:
        if not isinstance(item, Post) or not item.text:
            return []
        text = item.text
        out = [
            Detection(
                category=ACTOR if m.account.is_public_actor else ACCOUNT,
                start=m.start,
                end=m.end,
                text=m.text,
                detector=self.name,
                evidence=m.account.handle,
            )
            for m in self.directory.find_names(text)
        ]
        out.extend(
            Detection(
                category=HANDLE,
                start=h.start,
                end=h.end,
                text=h.text,
                detector=self.name,
                evidence=h.text,
            )
            for h in handle_spans(text)
        )
        return out
