"""The page's configuration: one TOML file, or the same objects built in Python.

>>> cfg = Config(contact=ContactConfig(form_url="https://www.isere.gouv.fr/Contactez-nous"))
>>> cfg.contact.form_url
'https://www.isere.gouv.fr/Contactez-nous'

``Config.from_toml("civicmod.toml")`` reads::

    [page]           handle, name
    [contact]        email, form_url
    [partnerships]   team, email, phone
    [[resources]]    url, title, keywords
    [[accounts]]     handle, name, aliases, kind, verified, partner
    [directory]      csv   (more accounts, kept in a CSV by a team; path relative to the TOML)
    [templates]      contact_message, url_reply, …   (French defaults)
    [detectors]      enable, disable
    [personal_data]  min_score, public_email_domains
    [moderation]     min_score, hide_after_deletions, lexicon (extra abuse-lexicon files),
                     model_threshold, model (another abuse-model file)
"""

from __future__ import annotations

import string
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr, ValidationError, field_validator

from civicmod.errors import ConfigError
from civicmod.models._base import Model
from civicmod.models.account import AccountKind, normalize_handle

if TYPE_CHECKING:
    from civicmod.directory import Directory


class PageConfig(Model):
    """The administration's own page."""

    handle: str = ""
    name: str = ""

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        return normalize_handle(value)


class ContactConfig(Model):
    """Where personal cases are sent: the contact form, the e-mail, or both."""

    email: str = Field("", pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$")
    form_url: str = Field("", pattern=r"^$|^https?://\S+$")

    @property
    def configured(self) -> bool:
        return bool(self.email or self.form_url)


class PartnershipsConfig(Model):
    """The team a legitimate partner is given by private message."""

    team: str = ""
    email: str = Field("", pattern=r"^$|^[^@\s]+@[^@\s]+\.[^@\s]+$")
    phone: str = ""


class Resource(Model):
    """An official page that answers a kind of request."""

    url: str = Field(..., pattern=r"^https?://\S+$")
    title: str = ""
    keywords: tuple[str, ...] = ()


class AccountEntry(Model):
    """An account of the directory: its official handle, names and standing."""

    handle: str
    name: str = ""
    aliases: tuple[str, ...] = ()
    kind: AccountKind = "individual"
    verified: bool = False
    partner: bool = False

    @field_validator("handle")
    @classmethod
    def _handle(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("an account needs a handle")
        return normalize_handle(value)

    @property
    def is_public_actor(self) -> bool:
        """Public sphere (``government``) or official partner: the accounts to name by handle.

        >>> AccountEntry(handle="@CroixRouge", kind="association", partner=True).is_public_actor
        True
        """
        return self.kind == "government" or self.partner

    @property
    def names(self) -> tuple[str, ...]:
        """The name, then the aliases, without empty ones."""
        return tuple(n for n in (self.name, *self.aliases) if n.strip())


class DirectoryConfig(Model):
    """Where more accounts come from: a CSV a team keeps (``docs/public-sphere.md``).

    A relative ``csv`` path is read relative to the TOML file that names it.
    """

    csv: str = ""


_TEMPLATE_FIELDS = {
    "contact_message": {"contact", "email", "form_url", "page"},
    "url_reply": {"url", "title", "page"},
    "private_message_proposal": {"page"},
    "contact_details": {"team", "email", "phone", "page"},
}


class Templates(Model):
    """Messages civicmod proposes to post, in French; ``{…}`` fields are filled in.

    Placeholders: ``contact_message``: {contact}, {email}, {form_url}, {page};
    ``url_reply``: {url}, {title}, {page}; ``private_message_proposal``: {page};
    ``contact_details``: {team}, {email}, {phone}, {page}.
    """

    contact_message: str = (
        "Bonjour, pour protéger vos données personnelles, nous ne pouvons pas traiter "
        "votre situation dans les commentaires. Merci de nous écrire {contact} : "
        "nous vous répondrons au plus vite."
    )
    url_reply: str = (
        "Bonjour, vous trouverez toutes les informations sur cette page officielle : {url}"
    )
    private_message_proposal: str = (
        "Bonjour, merci pour votre message. Nous vous proposons de poursuivre "
        "cette conversation par message privé."
    )
    contact_details: str = (
        "Bonjour, vous pouvez joindre {team} par e-mail à {email} ou par téléphone au {phone}."
    )

    @field_validator("*")
    @classmethod
    def _placeholders(cls, value: str, info: Any) -> str:
        allowed = _TEMPLATE_FIELDS[info.field_name]
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(value) if name}
        except ValueError as exc:
            raise ValueError(f"malformed template: {exc}") from exc
        unknown = names - allowed
        if unknown:
            raise ValueError(
                f"unknown placeholder(s) {sorted(unknown)}; allowed: {sorted(allowed)}"
            )
        return value


class DetectorsConfig(Model):
    """Which detectors run: ``enable`` replaces the default set, ``disable`` removes from it."""

    enable: tuple[str, ...] | None = None
    disable: tuple[str, ...] = ()


class PersonalDataConfig(Model):
    """How sure a personal-data detection must be to be removed, and what is public anyway."""

    min_score: float = Field(0.8, ge=0.0, le=1.0)
    public_email_domains: tuple[str, ...] = ("gouv.fr",)


class ModerationConfig(Model):
    """How sure an abuse detection must be to act, and when to suggest hiding an author.

    ``hide_after_deletions``: an author whose comments were already deleted this
    many times (``Comment.author_deleted_count``) gets a ``hide_author``
    suggestion when one more is deleted — « avec prudence et parcimonie ».
    """

    min_score: float = Field(0.8, ge=0.0, le=1.0)
    hide_after_deletions: int = Field(2, ge=1)
    model_threshold: float = Field(0.7, gt=0.0, le=1.0)
    """From this probability the abuse model (detector ``abuse_model``) sends a comment the
    lexicon did not flag to a person (``review.suspected-abuse``); it never deletes."""
    model: str | None = None
    """Another abuse model file (``python -m civicmod.detectors.abuse.training``), relative
    to the TOML file that names it; the bundled one when unset."""
    lexicon: tuple[str, ...] = ()
    """Extra abuse-lexicon TOML files (terms, classes, patterns) added to civicmod's own;
    relative paths are read relative to the TOML file that names them."""


def _beside(toml: Path, name: str) -> str:
    """A file a TOML names: relative paths are read relative to the TOML file."""
    return name if Path(name).is_absolute() else str(toml.parent / name)


class _DirectoryCache:
    """A built directory and the sections it was built from.

    Equal to any other cache (or none), so that two configs still compare by
    their fields alone, whether or not one has built its directory yet.
    """

    __slots__ = ("accounts", "directory", "section")

    def __init__(
        self, accounts: tuple[AccountEntry, ...], section: DirectoryConfig, directory: Directory
    ) -> None:
        self.accounts = accounts
        self.section = section
        self.directory = directory

    def built_from(self, accounts: tuple[AccountEntry, ...], section: DirectoryConfig) -> bool:
        return self.accounts is accounts and self.section is section

    def __eq__(self, other: object) -> bool:
        return other is None or isinstance(other, _DirectoryCache)

    def __hash__(self) -> int:
        return 0


class Config(Model):
    """Everything a page configures. Every section is optional."""

    page: PageConfig = PageConfig()
    contact: ContactConfig = ContactConfig()
    partnerships: PartnershipsConfig = PartnershipsConfig()
    resources: tuple[Resource, ...] = ()
    accounts: tuple[AccountEntry, ...] = ()
    directory: DirectoryConfig = DirectoryConfig()
    templates: Templates = Templates()
    detectors: DetectorsConfig = DetectorsConfig()
    personal_data: PersonalDataConfig = PersonalDataConfig()
    moderation: ModerationConfig = ModerationConfig()

    _directory_cache: _DirectoryCache | None = PrivateAttr(default=None)

    def account_directory(self) -> Directory:
        """The :class:`~civicmod.Directory` of ``[[accounts]]`` and the ``[directory]`` CSV.

        Built on first use and kept, so every detector and rule of a page shares
        one; a copy with other accounts (``model_copy(update=…)``) builds its own.
        A bad CSV raises :class:`~civicmod.errors.DirectoryError` (a ConfigError).
        """
        cached = self._directory_cache
        if cached is not None and cached.built_from(self.accounts, self.directory):
            return cached.directory
        from civicmod.directory import Directory

        built = Directory.from_config(self)
        self._directory_cache = _DirectoryCache(self.accounts, self.directory, built)
        return built

    @classmethod
    def from_toml(cls, path: str | Path) -> Config:
        """Read a TOML file; any problem is a :class:`ConfigError` naming file and field."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"{path}: no such file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
        section = data.get("directory")
        if isinstance(section, dict) and isinstance(section.get("csv"), str) and section["csv"]:
            data["directory"] = {**section, "csv": _beside(path, section["csv"])}
        moderation = data.get("moderation")
        if isinstance(moderation, dict):
            beside = dict(moderation)
            if isinstance(moderation.get("lexicon"), list):
                beside["lexicon"] = [_beside(path, p) for p in moderation["lexicon"] if isinstance(p, str)]
            if isinstance(moderation.get("model"), str):
                beside["model"] = _beside(path, moderation["model"])
            data["moderation"] = beside
        config = cls.from_dict(data, source=str(path))
        if config.directory.csv:
            config.account_directory()  # a bad CSV is an error now, not at the first post
        if config.moderation.lexicon:
            from civicmod.detectors.abuse.lexicon import load_lexicon

            load_lexicon(config.moderation.lexicon)  # a bad lexicon is an error now too
        if config.moderation.model:
            from civicmod.detectors.abuse.model import ModelError, load_model

            try:
                load_model(config.moderation.model)  # and a bad model file
            except ModelError as exc:
                raise ConfigError(f"{path}: [moderation] model: {exc}") from None
        return config

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "config") -> Config:
        """Build from plain data (a parsed TOML or JSON document)."""
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(f"{source}: {format_validation_error(exc)}") from None


def format_validation_error(exc: ValidationError) -> str:
    """``[contact].email: String should match pattern …`` — one line per problem."""
    parts = []
    for err in exc.errors():
        loc = err.get("loc", ())
        where = ".".join(str(p) for p in loc) or "(root)"
        msg = err.get("msg", "invalid")
        if err.get("type") == "extra_forbidden":
            msg = "unknown field"
        parts.append(f"{where}: {msg}")
    return "; ".join(parts)
