"""``interactions.avoid`` and ``public-sphere.*``: the page's own activity.

Interactions are screened in :mod:`civicmod.policies.interactions`. For the
page's own publications (a :class:`~civicmod.Post`), the guideline asks that
every public actor it names be identified by its official handle:

- ``add_mention`` (``public-sphere.mention``): a public actor of the directory
  named without its handle — one action per actor, the name spans as detections;
- ``tag_people`` (``public-sphere.photo-tag``): people shown in a photo who have
  a handle and are not tagged — one action per post;
- ``attribute_quote`` (``public-sphere.quote``): a quotation whose author's
  handle is absent — one per quotation; it covers the author's mention;
- a native share needs nothing (``public-sphere.native-share``): a note says so;
- ``needs_human_review`` (``public-sphere.unknown-actor``, a suggestion): a name
  spaCy found that the directory lacks, maybe a public actor without a handle.

>>> from civicmod import Config, Moderator, Post
>>> mod = Moderator(Config.from_toml("examples/civicmod.toml"))
>>> d = mod.review(Post(text="Merci à la Croix-Rouge pour la collecte."))
>>> [(a.kind, a.handle) for a in d.actions]
[('add_mention', '@CroixRouge')]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from civicmod.action import Action
from civicmod.detection import Detection
from civicmod.detectors.person_names import GENERIC_WORDS, UNKNOWN_NAME
from civicmod.detectors.public_actors import ACTOR, HANDLE
from civicmod.detectors.quotations import QUOTE, quotation_inner
from civicmod.models import Post
from civicmod.policies.context import PolicyContext
from civicmod.policies.interactions import screen_interaction
from civicmod.policies.messages import quote_span
from civicmod.policies.policy import RuleFunction
from civicmod.text.fold import fold
from civicmod.text.names import name_key

NATIVE_SHARE_NOTE = (
    "Partage natif : la plateforme identifie le compte à l'origine du contenu, "
    "rien à ajouter (public-sphere.native-share)."
)


def _own_post(ctx: PolicyContext) -> Post | None:
    """The item when it is a publication to check: a post that is not a native share."""
    item = ctx.item
    if not isinstance(item, Post) or item.is_native_share:
        return None
    return item


def _written_handles(ctx: PolicyContext) -> set[str]:
    """Handles the post's text already writes, lower case."""
    return {d.evidence.lower() for d in ctx.having(HANDLE)}


def _page_handle(ctx: PolicyContext) -> str:
    return ctx.config.page.handle.lower()


def native_share(ctx: PolicyContext) -> Iterable[Action]:
    """``public-sphere.native-share``: no action; the decision says why."""
    if isinstance(ctx.item, Post) and ctx.item.is_native_share:
        ctx.note(NATIVE_SHARE_NOTE)
    return ()


@dataclass(frozen=True)
class Quotation:
    """A quotation of the post: its words, its author's handle (``None`` if unknown)."""

    words: str
    author: str
    handle: str | None
    detections: tuple[Detection, ...] = ()


def quotations(ctx: PolicyContext) -> list[Quotation]:
    """The post's ``quotes``, then the attributed quotations of its text not already listed.

    A ``quotes`` entry's handle is its author's, else the directory's by the
    author's name, else ``None``. An in-text quotation repeating a ``quotes``
    entry's words is the same quotation.
    """
    post = _own_post(ctx)
    if post is None:
        return []
    directory = ctx.config.account_directory()
    found: list[Quotation] = []
    for q in post.quotes:
        handle = q.author.handle or None
        if handle is None and q.author.name:
            entry = directory.by_name(q.author.name)
            handle = entry.handle if entry is not None else None
        found.append(Quotation(q.text, q.author.name or q.author.handle, handle))
    listed = {_words_key(q.words) for q in found}
    for d in ctx.having(QUOTE):
        words = quotation_inner(d.text)
        key = _words_key(words)
        if key in listed or any(k and (k in key or key in k) for k in listed):
            continue
        listed.add(key)
        entry = directory.by_handle(d.evidence)
        author = entry.name if entry is not None and entry.name else d.evidence
        found.append(Quotation(words, author, d.evidence, (d,)))
    return found


def _words_key(words: str) -> str:
    return " ".join(fold(words).split()).strip(" .,;:!?…")


def attribute_quotes(ctx: PolicyContext) -> Iterable[Action]:
    """``public-sphere.quote``: each quotation whose author's handle the text lacks."""
    written = _written_handles(ctx)
    for q in quotations(ctx):
        if q.handle is not None and q.handle.lower() in written:
            continue
        if q.handle is None:
            reason = (
                f"Citation {quote_span(q.words)} (auteur : {q.author or 'non précisé'}) : "
                "handle inconnu. Retrouver son nom d'utilisateur (@) officiel pour la lui "
                "attribuer."
            )
        else:
            reason = (
                f"Citation {quote_span(q.words)} (auteur : {q.author}) : l'attribuer en "
                f"citant son nom d'utilisateur officiel {q.handle}."
            )
        yield Action(
            kind="attribute_quote",
            rule="public-sphere.quote",
            reason=reason,
            detections=q.detections,
            handle=q.handle,
        )


def mention_public_actors(ctx: PolicyContext) -> Iterable[Action]:
    """``public-sphere.mention``: one ``add_mention`` per public actor named without its handle."""
    if _own_post(ctx) is None:
        return
    written = _written_handles(ctx)
    quoted = {q.handle.lower() for q in quotations(ctx) if q.handle}
    skip = written | quoted | {_page_handle(ctx)}
    directory = ctx.config.account_directory()
    by_handle: dict[str, list[Detection]] = {}
    for d in ctx.having(ACTOR):
        if d.evidence.lower() not in skip:
            by_handle.setdefault(d.evidence, []).append(d)
    for handle, spans in by_handle.items():
        entry = directory.by_handle(handle)
        who = entry.name if entry is not None and entry.name else spans[0].text
        standing = "partenaire officiel" if entry is not None and entry.partner else (
            "acteur de la sphère publique"
        )
        yield Action(
            kind="add_mention",
            rule="public-sphere.mention",
            reason=f"{who} ({standing}) est nommé sans son nom d'utilisateur officiel : "
            f"ajouter {handle} dans la publication.",
            detections=tuple(spans),
            handle=handle,
        )


def tag_people_in_photos(ctx: PolicyContext) -> Iterable[Action]:
    """``public-sphere.photo-tag``: people shown in a photo who have a handle and no tag."""
    post = _own_post(ctx)
    if post is None or not post.media:
        return
    directory = ctx.config.account_directory()
    page = _page_handle(ctx)
    to_tag: dict[str, str] = {}
    for media in post.media:
        if media.type != "photo":
            continue
        tagged = {h.lower() for h in media.tagged}
        for person in media.people:
            handle = person.handle
            if not handle and person.name:
                entry = directory.by_name(person.name)
                handle = entry.handle if entry is not None else ""
            if not handle:
                ctx.note(
                    f"Photo : {person.name or 'une personne'} n'a pas de nom d'utilisateur "
                    "connu, pas d'identification possible."
                )
                continue
            if handle.lower() not in tagged and handle.lower() != page:
                to_tag.setdefault(handle.lower(), handle)
    if to_tag:
        handles = tuple(sorted(to_tag.values(), key=str.lower))
        yield Action(
            kind="tag_people",
            rule="public-sphere.photo-tag",
            reason="Personnes visibles sur la photo et non identifiées : utiliser l'option "
            f"« Identifier des personnes » pour {', '.join(handles)}.",
            handles=handles,
        )


def review_unknown_names(ctx: PolicyContext) -> Iterable[Action]:
    """``public-sphere.unknown-actor``: a suggestion per name the directory lacks.

    A name that is a quotation's author or a person in a photo is left out: the
    post already says who they are (« commandant Lenoir » is the photo's
    « Commandant Paul Lenoir », @cdt_lenoir).
    """
    post = _own_post(ctx)
    if post is None:
        return
    people = [q.author.name for q in post.quotes] + [p.name for m in post.media for p in m.people]
    known = [set(name_key(n)) - GENERIC_WORDS for n in people if n]
    seen: set[tuple[str, ...]] = set()
    for d in ctx.having(UNKNOWN_NAME):
        key = name_key(d.text)
        words = set(key) - GENERIC_WORDS
        if key in seen or any(words and words <= person for person in known):
            continue
        seen.add(key)
        yield Action(
            kind="needs_human_review",
            rule="public-sphere.unknown-actor",
            reason=f"Acteur public possible, handle inconnu : « {d.text} ». S'il a un compte "
            "officiel, le mentionner et l'ajouter à l'annuaire.",
            detections=(d,),
            suggestion=True,
        )


PUBLIC_SPHERE_RULES: tuple[RuleFunction, ...] = (
    screen_interaction,
    native_share,
    mention_public_actors,
    tag_people_in_photos,
    attribute_quotes,
    review_unknown_names,
)
"""The rule functions of this part of the guideline, in the order they run."""
