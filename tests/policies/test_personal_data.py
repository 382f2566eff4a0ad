from __future__ import annotations

from civicmod import Account, Comment, Config, ContactConfig, Moderator

CONFIG = Config(
    contact=ContactConfig(
        email="pref-contact@isere.gouv.fr", form_url="https://www.isere.gouv.fr/Contactez-nous"
    )
)
MOD = Moderator(CONFIG)


def test_the_issue_example() -> None:
    d = MOD.review(
        Comment(
            text="Mon numéro de sécu est 1 85 05 78 006 084 91, où en est mon dossier ?",
            author=Account(handle="@jm", kind="individual"),
        )
    )
    assert d.kinds == ["remove_personal_data", "reply_with_contact_message"]
    removal, reply = d.actions
    assert removal.redacted_text == "Mon numéro de sécu est [NIR], où en est mon dossier ?"
    assert removal.rule == "replies.personal-data"
    assert removal.detections[0].text == "1 85 05 78 006 084 91"
    assert "numéro de sécurité sociale" in removal.reason
    assert "1 85 05 78 006 084 91" not in removal.reason
    assert reply.rule == "replies.personal-case"
    assert reply.message is not None
    assert "https://www.isere.gouv.fr/Contactez-nous" in reply.message
    assert "pref-contact@isere.gouv.fr" in reply.message
    assert d.priority == 2


def test_several_identifiers_each_get_their_placeholder() -> None:
    text = "mail jean.dupont@gmail.com tel 06 12 34 56 78 iban FR76 3000 6000 0112 3456 7890 189"
    action = MOD.review(Comment(text=text)).action("remove_personal_data")
    assert action is not None
    assert action.redacted_text == "mail [EMAIL] tel [TÉLÉPHONE] iban [IBAN]"
    assert len(action.detections) == 3


def test_a_private_message_removes_nothing_but_gets_the_contact_message() -> None:
    d = MOD.review(Comment(text="voici mon numéro 06 12 34 56 78", channel="private_message"))
    assert d.kinds == ["reply_with_contact_message"]
    assert d.actions[0].related_rules == ("private.same-rules",)
    assert any("private.same-rules" in n for n in d.notes)


def test_the_administrations_own_address_is_not_removed() -> None:
    d = MOD.review(Comment(text="j'ai écrit à pref-contact@isere.gouv.fr sans réponse"))
    assert "remove_personal_data" not in d.kinds
    assert d.kinds == ["reply_with_contact_message"]  # an unanswered request of one's own
    assert "personal_data.email" in [x.category for x in d.detections]


def test_a_public_street_address_is_detected_but_not_removed_by_default() -> None:
    d = MOD.review(Comment(text="la réunion a lieu au 3 place du Marché"))
    assert d.kinds == []
    assert d.detections[0].score < CONFIG.personal_data.min_score


def test_no_contact_configured_still_gives_a_usable_message() -> None:
    d = Moderator().review(Comment(text="tel 06 12 34 56 78"))
    reply = d.action("reply_with_contact_message")
    assert reply is not None and reply.message and "formulaire de contact" in reply.message
