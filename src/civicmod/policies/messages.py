"""Fill the French message templates of the config."""

from __future__ import annotations

from civicmod.config import Config


def contact_message(config: Config) -> str:
    """The standard message for a personal case, with the form URL and/or the e-mail."""
    c = config.contact
    if c.form_url and c.email:
        contact = f"via le formulaire {c.form_url} ou à {c.email}"
    elif c.form_url:
        contact = f"via le formulaire {c.form_url}"
    elif c.email:
        contact = f"à {c.email}"
    else:
        contact = "via notre formulaire de contact"
    return config.templates.contact_message.format(
        contact=contact, email=c.email, form_url=c.form_url, page=config.page.name
    )


def quote_span(text: str, limit: int = 60) -> str:
    """``« text »`` for a reason, shortened past ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"« {text} »"


def mask(text: str) -> str:
    """Enough of an identifier to recognise it, not enough to reuse it: ``06 1… (14 car.)``."""
    compact = text.strip()
    return f"{compact[:4]}… ({len(compact)} car.)"


def url_message(config: Config, url: str, title: str) -> str:
    """The reply that gives an official page (``templates.url_reply``)."""
    return config.templates.url_reply.format(url=url, title=title, page=config.page.name)


def private_message_proposal(config: Config) -> str:
    """The public reply that moves a partnership to private messages."""
    return config.templates.private_message_proposal.format(page=config.page.name)


def contact_details(config: Config) -> str:
    """The private reply with the partnerships team's e-mail and phone."""
    p = config.partnerships
    return config.templates.contact_details.format(
        team=p.team or "l'équipe concernée",
        email=p.email or "(adresse à renseigner dans [partnerships])",
        phone=p.phone or "(numéro à renseigner dans [partnerships])",
        page=config.page.name,
    )
