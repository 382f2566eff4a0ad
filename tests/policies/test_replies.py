"""The reply rules: URL or a person first, contact message for personal cases, partners in private,
silence for off-topic remarks."""

from __future__ import annotations

from civicmod import Account, Comment, Config, Moderator, Post
from civicmod.priority import PERSONAL_CASE, REQUEST
from civicmod.resources import keys_of

CONFIG = Config.from_toml("tests/corpus/requests.toml")
MOD = Moderator(CONFIG)
CITIZEN = Account(handle="@jm", kind="individual")
RED_CROSS = Account(handle="@CroixRouge69", kind="association", verified=True)
ROADS = Post(text="🚧 Travaux sur la RN7 du 3 au 14 juin : la chaussée sera fermée de 21h à 6h.")
TAX = Post(text="Taxe foncière : les avis sont disponibles dans votre espace particulier.")


def test_a_request_an_official_page_answers_gets_its_url_and_a_ready_message() -> None:
    d = MOD.review(Comment(text="comment on fait pr refaire sa carte d'identite ?", author=CITIZEN))
    action = d.action("reply_with_url")
    assert action is not None
    assert action.url == "https://www.service-public.fr/particuliers/vosdroits/F1341"
    assert action.rule == "replies.official-url"
    assert action.message is not None and action.url in action.message
    assert "carte d'identite" in action.reason
    assert d.priority == REQUEST


def test_abbreviations_and_synonyms_meet_the_page() -> None:
    d = MOD.review(Comment(text="on peut payer la taxe fonciere en plusieurs fois ?", author=CITIZEN))
    assert [a.url for a in d.actions] == ["https://www.service-public.fr/particuliers/vosdroits/F59"]


def test_a_follow_up_question_gets_the_page_of_its_post() -> None:
    d = MOD.review(Comment(text="La chaussée sera fermée aussi le week-end ?", post=ROADS))
    action = d.action("reply_with_url")
    assert action is not None and "publication" in action.reason


FLU = Post(text="💉 Campagne de vaccination contre la grippe : elle débute le 15 octobre.")
PASSPORTS = Post(text="🛂 Passeports et cartes d'identité : avant l'été, anticipez !")
PASSPORT_PAGE = "https://www.service-public.fr/particuliers/vosdroits/F1342"


def test_another_thing_of_the_same_kind_is_not_answered_by_the_posts_page() -> None:
    for text, post in [
        ("Le vaccin contre le zona est-il remboursé pour les plus de 65 ans ?", FLU),
        ("c ou qu'on fait la demande de naturalisation maintenant ?", PASSPORTS),
        ("Le permis de chasse on le passe où ?", None),
        ("vaccin rougeole pour un adulte on le fait où ?", FLU),  # « contre » dropped
    ]:
        assert MOD.review(Comment(text=text, post=post)).kinds == ["answer_request"], text


def test_an_office_is_local_only_when_named_or_asked_about_its_opening() -> None:
    where = "Il faut prendre rdv dans n'importe quelle mairie pour un passeport ?"
    assert [a.url for a in MOD.review(Comment(text=where, post=PASSPORTS)).actions] == [PASSPORT_PAGE]
    for text in ["La mairie de Bron prend les demandes de passeport le samedi ?",
                 "Les mairies sont ouvertes le samedi pour les passeports ?"]:  # fmt: skip
        assert MOD.review(Comment(text=text, post=PASSPORTS)).kinds == ["answer_request"], text


CITY = Moderator(Config.from_toml("tests/corpus/requests_blind6.toml"))


def test_a_local_service_is_answered_by_the_page_whose_title_names_it() -> None:
    """A prefecture's page has nothing on a town's pool; a city hall configures one."""
    text = "la piscine est ouverte le dimanche ?"
    urls = [a.url for a in CITY.review(Comment(text=text, author=CITIZEN)).actions]
    assert len(urls) == 1 and urls[0] is not None and "piscine" in urls[0]
    assert MOD.review(Comment(text=text, author=CITIZEN)).kinds == ["answer_request"]


DROUGHT = Post(text="Sécheresse : un arrêté de restriction des usages de l'eau est en vigueur. "
                    "L'arrosage des pelouses est interdit de 8h à 20h.")


def test_a_question_pointing_back_at_its_post_gets_the_posts_page() -> None:
    for text in ["le lavage des voitures c'est interdit aussi ?",
                 "Remplir une piscine hors sol c'est interdit aussi ?",
                 "on a le droit d'arroser le potager le soir ou pas ?"]:  # fmt: skip
        assert [a.url for a in MOD.review(Comment(text=text, post=DROUGHT)).actions] == [
            "https://vigieau.gouv.fr"
        ], text


def test_a_request_no_page_answers_goes_to_a_person_first() -> None:
    d = MOD.review(Comment(text="Les centres des impôts sont ouverts le samedi pendant la campagne ?"))
    assert d.kinds == ["answer_request"]
    assert d.actions[0].rule == "replies.prioritise-requests"
    assert d.priority == REQUEST


def test_a_personal_case_gets_the_contact_message_never_a_public_answer() -> None:
    d = MOD.review(Comment(text="ma carte vitale n'est pas arrivée, pouvez-vous vérifier ?", author=CITIZEN))
    assert d.kinds == ["reply_with_contact_message"]
    action = d.actions[0]
    assert action.rule == "replies.personal-case"
    assert action.message is not None and "pref-contact@rhone.gouv.fr" in action.message
    assert d.priority == PERSONAL_CASE


def test_a_personal_case_with_identifiers_also_removes_them() -> None:
    d = MOD.review(Comment(text="j'attends toujours le remboursement de ma taxe foncière, joignable au 06 12 34 56 78"))
    assert d.kinds == ["remove_personal_data", "reply_with_contact_message"]


def test_a_verified_association_is_offered_a_private_conversation() -> None:
    text = "Suite à la crue, la Croix-Rouge souhaite coordonner l'aide aux sinistrés avec vos services."
    d = MOD.review(Comment(text=text, author=RED_CROSS))
    assert d.kinds == ["propose_private_message"]
    assert d.actions[0].rule == "replies.partnership"


def test_in_private_the_partner_gets_the_teams_contact_details() -> None:
    text = "Pouvez-vous nous donner le contact de l'équipe communication pour un partenariat ?"
    d = MOD.review(Comment(text=text, author=RED_CROSS, channel="private_message"))
    assert d.kinds == ["send_contact_details"]
    action = d.actions[0]
    assert action.rule == "replies.partnership-private"
    assert action.message is not None and "04 72 61 60 50" in action.message
    assert "private.same-rules" in action.related_rules


def test_the_same_words_from_an_individual_or_an_unverified_account_do_not_qualify() -> None:
    text = "Nous souhaiterions organiser un partenariat avec vos services"
    for author in (CITIZEN, Account(handle="@asso", kind="association", verified=False),
                   Account(handle="@ville", kind="government", verified=True)):  # fmt: skip
        d = MOD.review(Comment(text=text, author=author))
        assert d.kinds == ["answer_request"], author


def test_private_messages_follow_the_same_rules_and_say_so() -> None:
    d = MOD.review(Comment(text="c'est quand la date limite pour la taxe foncière ?", channel="private_message"))
    assert d.kinds == ["reply_with_url"]
    assert "private.same-rules" in d.actions[0].related_rules


def test_off_topic_is_not_answered_and_not_deleted() -> None:
    d = MOD.review(Comment(text="Allez l'OL 🔴🔵", post=TAX))
    assert d.kinds == ["do_not_reply"]
    assert d.actions[0].rule == "replies.no-reply-offtopic"
    assert "ne pas supprimer" in d.actions[0].reason


def test_spam_is_deleted_as_inappropriate_and_not_answered() -> None:
    d = MOD.review(Comment(text="Gagnez 500€ par jour depuis chez vous, lien dans ma bio", post=TAX))
    assert d.kinds == ["delete_comment", "do_not_reply"]
    assert d.actions[0].rule == "moderation.delete"
    assert "Publicité" in d.actions[0].reason


def test_without_a_post_the_decision_says_only_spam_can_be_told() -> None:
    d = MOD.review(Comment(text="Allez l'OL"))
    assert d.kinds == []
    assert any("seul le spam" in n for n in d.notes)


def test_a_queue_sorted_by_priority_puts_requests_first() -> None:
    texts = ["Allez l'OL", "mon dossier est bloqué depuis 5 mois", "c'est quand la date limite ?"]
    decisions = sorted((MOD.review(Comment(text=t, post=TAX)) for t in texts), key=lambda d: -d.priority)
    assert [d.kinds[0] if d.kinds else None for d in decisions] == [
        "answer_request", "reply_with_contact_message", "do_not_reply",
    ]  # fmt: skip


def test_templates_are_customised_in_the_config() -> None:
    cfg = CONFIG.model_copy(update={"templates": CONFIG.templates.model_copy(
        update={"url_reply": "Tout est expliqué ici ({title}) : {url}"})})  # fmt: skip
    d = Moderator(cfg).review(Comment(text="comment renouveler un passeport ?"))
    assert d.actions[0].message == (
        "Tout est expliqué ici (Passeport) : https://www.service-public.fr/particuliers/vosdroits/F1342"
    )


def test_a_question_that_opens_with_et_or_points_back_with_y_follows_up() -> None:
    bonus = Post(text="Prime d'activité : salariés, indépendants, vous y avez peut-être droit.")
    page = "https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/vie-professionnelle/la-prime-d-activite"
    for text in ["Je suis à temps partiel au SMIC, je peux y prétendre ?",
                 "et pour un intérimaire c'est comment ?"]:  # fmt: skip
        assert [a.url for a in MOD.review(Comment(text=text, post=bonus)).actions] == [page], text


def test_a_pronoun_for_the_posts_thing_and_a_private_pool_follow_up() -> None:
    """« je l'ai perdu » stands for what the post is about; filling a pool is no local service."""
    cheque = Post(text="⚡ Chèque énergie : les chèques sont envoyés automatiquement par courrier.")
    found = MOD.review(Comment(text="Je l'ai perdu, comment faire pour le récupérer ?", post=cheque))
    assert found.kinds == ["reply_with_url"] and "chequeenergie" in (found.actions[0].url or "")
    drought = Post(text="💧 Sécheresse : arrêté préfectoral, arrosage des pelouses et remplissage des piscines interdits.")
    pool = MOD.review(Comment(text="on a le droit de remplir la piscine ou pas ???", post=drought))
    assert pool.kinds == ["reply_with_url"] and "vigieau" in (pool.actions[0].url or "")


def test_walking_and_working_are_no_market() -> None:
    """« marche » is « marché » once folded: « la marche à suivre » and « ça marche » name no
    local market, « le marché de Noël » does."""
    licence = Post(text="Permis de conduire : les demandes se font en ligne sur le site de l'ANTS.")
    for text in ["Quelle est la marche à suivre pour un permis de conduire volé ?",
                 "comment ça marche pour renouveler son permis de conduire ?"]:  # fmt: skip
        assert MOD.review(Comment(text=text, post=licence)).kinds == ["reply_with_url"], text
    market = "Le marché de Noël de Villeurbanne est maintenu avec la vigilance orange ?"
    assert MOD.review(Comment(text=market)).kinds == ["answer_request"]


def test_a_generic_noun_in_a_pages_keyword_does_not_make_a_follow_up() -> None:
    """Under a post on three schemes, « la demande » is no sign that RSA's page (« demande de
    RSA ») is the one asked about: a person answers."""
    caf = Post(text="La CAF et la préfecture tiennent des permanences sur la prime d'activité, "
                    "les aides au logement et le RSA.")  # fmt: skip
    text = "Après la demande, la réponse arrive en combien de temps ?"
    assert MOD.review(Comment(text=text, post=caf)).kinds == ["answer_request"]


def test_a_vaccine_joined_to_the_posts_disease_or_to_an_adverb_keeps_the_posts_page() -> None:
    for text in ["vaccin grippe pour un adulte on le fait où ?",
                 "ce vaccin vraiment il est utile pour les jeunes ?"]:  # fmt: skip
        assert MOD.review(Comment(text=text, post=FLU)).kinds == ["reply_with_url"], text


def test_buying_a_car_and_the_forms_of_joindre_meet_their_pages() -> None:
    for text, url in [
        ("On vient d'acheter une voiture d'occasion, quelles démarches faut-il faire ?",
         "https://www.service-public.fr/particuliers/vosdroits/N367"),
        ("Quelles démarches après l'achat d'un véhicule ?",
         "https://www.service-public.fr/particuliers/vosdroits/N367"),
        ("Comment on vous joint le week-end en cas d'urgence ?", "https://www.rhone.gouv.fr/Contactez-nous"),
    ]:  # fmt: skip
        assert [a.url for a in MOD.review(Comment(text=text)).actions] == [url], text


HPV = Post(text="Vaccination contre les papillomavirus (HPV) : la campagne gratuite reprend dans les "
                "collèges pour les élèves de 5e.")  # fmt: skip


def test_an_object_pronoun_after_a_modal_takes_up_the_post() -> None:
    for text in ["À 16 ans on peut toujours le faire gratuitement ?",
                 "Un adulte de 25 ans peut en bénéficier ?",
                 "Une fois majeur, on doit le payer ?"]:  # fmt: skip
        assert MOD.review(Comment(text=text, post=HPV)).kinds == ["reply_with_url"], text
    # « faut » is followed by articles as often: no follow-up from « il faut la … » alone.
    assert MOD.review(Comment(text="Il faut la carte vitale des parents ?", post=HPV)).kinds != [
        "reply_with_url"
    ]


FLOOD = Post(text="🌊 Crue de la Saône : la vigilance jaune crues est activée, ne vous approchez pas des berges.")


def test_whether_a_named_place_is_concerned_is_the_posts_scope() -> None:
    text = "Est-ce que Neuville est concernée, la rivière déborde déjà ?"
    assert [a.url for a in MOD.review(Comment(text=text, post=FLOOD)).actions] == ["https://www.vigicrues.gouv.fr"]
    local = "Le marché de Neuville a lieu demain malgré la rivière ?"
    assert MOD.review(Comment(text=local, post=FLOOD)).kinds == ["answer_request"]


def test_les_allocs_are_the_family_allowances_unless_another_word_says_which() -> None:
    for text, url in [
        ("Les allocs sont versées à partir du deuxième enfant ?",
         "https://www.service-public.fr/particuliers/vosdroits/F13213"),
        ("les allocs logement c'est versé quand ?",
         "https://www.caf.fr/allocataires/aides-et-demarches/droits-et-prestations/logement/"
         "les-aides-personnelles-au-logement"),
    ]:  # fmt: skip
        assert [a.url for a in MOD.review(Comment(text=text)).actions] == [url], text


def test_whether_another_place_has_the_same_rule_is_the_posts_scope() -> None:
    deadline = Post(text="📝 Déclaration des revenus : le service en ligne est ouvert, date limite "
                         "le 5 juin pour le Rhône.")  # fmt: skip
    text = "Et en Savoie c'est pareil ou plus tard ?"
    assert [a.url for a in MOD.review(Comment(text=text, post=deadline)).actions] == [
        "https://www.impots.gouv.fr/particulier/declarer-mes-revenus"
    ]


def test_a_car_takes_up_a_post_on_vehicles() -> None:
    """« voiture », « bagnole » and « véhicule » are one thing: the follow-up shares it with its post."""
    zfe = Post(text="Zone à faibles émissions : depuis le 1er janvier, les véhicules Crit'Air 3 ne "
                    "peuvent plus circuler dans le périmètre de la ZFE.")  # fmt: skip
    for text in ["Ma voiture essence de 2009, elle est classée comment ?",
                 "Ma bagnole est une essence de 2009, elle a quelle classe ?"]:  # fmt: skip
        assert [a.url for a in MOD.review(Comment(text=text, post=zfe)).actions] == [
            "https://www.certificat-air.gouv.fr"
        ], text
    # « auto » is no car here: « auto-entrepreneur » keeps its own words.
    assert "@vehicle" not in keys_of("je suis auto-entrepreneur depuis mars")


def test_a_relief_under_another_name_takes_up_the_posts_exemption_page() -> None:
    """The property tax page speaks of « exonération »; « dégrèvement », « abattement » are the
    same wish to pay less."""
    text = "les veuves ont droit à un dégrèvement ?"
    assert [a.url for a in MOD.review(Comment(text=text, post=TAX)).actions] == [
        "https://www.service-public.fr/particuliers/vosdroits/F59"
    ]
