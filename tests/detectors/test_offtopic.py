"""Off-topic remarks and spam: silence the first, delete the second, never silence a request."""

from __future__ import annotations

import pytest

from civicmod import Comment, Config, Post
from civicmod.detectors import create_detector
from civicmod.detectors.replies.relevance import (
    private_matter,
    relation,
    topics_and_roots,
    weak_topics,
)

DETECTOR = create_detector("offtopic", Config.from_toml("tests/corpus/requests.toml"))
TAX = Post(text="Taxe foncière : les avis sont disponibles dans votre espace particulier.")
FLOOD = Post(text="🌊 Crue de la Saône : la vigilance jaune crues est maintenue, les quais bas sont fermés.")


def _categories(text: str, post: Post | None) -> list[str]:
    return [d.category for d in DETECTOR.detect(Comment(text=text, post=post))]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Allez le PSG !!! ⚽", FLOOD),
        ("J'ai perdu mon chat tigré vers la Croix-Rousse, il répond au nom de Pixel", TAX),
        ("qqn a une bonne recette de bugnes ? 😋", FLOOD),
        ("Quel film vous conseillez au cinéma cette semaine ?", TAX),
        ("premier !", TAX),
        ("1er 😎", FLOOD),
    ],
)
def test_unrelated_comments(text: str, post: Post) -> None:
    assert _categories(text, post) == ["offtopic.unrelated"]


@pytest.mark.parametrize(
    "text",
    [
        "Gagnez 500€ par jour depuis chez vous, lien dans ma bio",
        "Je vends 4 pneus neige 205/55 R16 presque neufs, 150€ le lot",
        "Partagez ce message à 10 amis sinon vous aurez 7 ans de malchance",
        "Découvrez le nouveau casino en ligne, 200 free spins offerts 🎰",
        "Votre carte vitale expire : renouvelez-la sur ameli-renouvellement.com",
    ],
)
def test_spam_needs_no_post(text: str) -> None:
    assert _categories(text, None) == ["offtopic.spam"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("+12% de taxe foncière, jusqu'où ça va aller ?", TAX),
        ("Merci pour le rappel 👍", TAX),
        ("et pour le permis de conduire, c'est quoi la démarche ?", TAX),
        ("les étudiants doivent déclarer leurs revenus même s'ils ont presque rien gagné ?", TAX),
        ("Ma voisine a ses caves inondées, qui appeler ?", FLOOD),
        ("La préfecture pourrait répondre aux messages, au lieu de poster", FLOOD),
    ],
)
def test_replies_to_the_post_requests_and_thanks_are_not_off_topic(text: str, post: Post) -> None:
    assert _categories(text, post) == []


def test_an_announced_sum_is_not_an_advert() -> None:
    """« annoncé » folds to « annonce »: the verb of a news report is no classified ad."""
    text = "D'après La Nouvelle République, le maire a annoncé 300 000 € d'économies par an"
    assert _categories(text, None) == []
    assert _categories("Voir mon annonce sur leboncoin, 300 € à débattre", None) == ["offtopic.spam"]


def test_official_links_are_not_spam() -> None:
    assert _categories("la page officielle : https://www.impots.gouv.fr/particulier", TAX) == []


def test_without_a_post_only_spam_is_detected() -> None:
    assert _categories("Allez le PSG !!!", None) == []


def test_relation_and_private_matter() -> None:
    assert relation("la taxe a encore augmenté ?", TAX.text) == "related"
    assert relation("Allez l'OL", TAX.text) == "unrelated"
    assert private_matter("Quel film vous conseillez ?", TAX.text)
    assert not private_matter("et pour la carte grise ?", TAX.text)


VAX = Post(text="Vaccination contre la grippe : la campagne démarre le 15 octobre en pharmacie.")
ZFE = Post(text="ZFE : à partir du 1er janvier, les véhicules Crit'Air 3 ne pourront plus circuler.")
RSA = Post(text="RSA : pensez à déclarer vos ressources trimestrielles sur caf.fr.")
CEREMONY = Post(text="Cérémonie du 11 novembre au monument aux morts : le préfet a déposé une gerbe.")
ROADS = Post(text="Sécurité routière : 12 personnes ont perdu la vie sur les routes du département en mars.")
FORUM = Post(text="France Travail organise un forum de l'emploi le 21 mars : 80 entreprises recrutent.")
HEAT = Post(text="🌡️ Canicule : vigilance orange à partir de demain midi. Buvez de l'eau, restez au frais.")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Ma sœur attend des jumeaux, on est trop contents 🥰", TAX),
        ("Mon mari a eu son permis bateau ce matin, champagne !", VAX),
        ("Bonne fête à tous les Nicolas !", FLOOD),
        ("Les soldes commencent mercredi chez Decathlon", VAX),
        ("J'ai perdu mes lunettes au parc de la Tête d'Or, si quelqu'un les trouve merci", TAX),
        ("Qui a les résultats de l'Euromillions d'hier ?", FLOOD),
        ("Mon chien a encore mangé mes chaussons 😂", ZFE),
    ],
)
def test_private_life_under_any_post_is_unrelated(text: str, post: Post) -> None:
    """Family news, greetings, shopping, lost things, games, pets: told to nobody in particular."""
    assert _categories(text, post) == ["offtopic.unrelated"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Il fait un temps magnifique aujourd'hui ☀️", RSA),
        ("Encore de la pluie ce week-end, on n'en voit pas le bout", FORUM),
        ("Le métro B était encore bondé ce matin", TAX),
        ("Poutine va trop loin, la Russie menace toute l'Europe", VAX),
        ("Réforme des retraites = honte", VAX),
        ("Mon fils a eu son bac avec mention très bien 🎓", TAX),
    ],
)
def test_small_talk_beside_the_post_is_unrelated(text: str, post: Post) -> None:
    """The weather under a job fair, a crowded metro under a tax notice, pension reform under a
    vaccination campaign: small talk the post does not concern."""
    assert _categories(text, post) == ["offtopic.unrelated"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Y en a marre de la pluie, les quais sont encore sous l'eau", FLOOD),
        ("Les bus ne sont même pas climatisés, on étouffe", HEAT),
        ("C'est la guerre sur les routes le week-end", ROADS),
        ("Plus jamais la guerre 🇫🇷", CEREMONY),
        ("Macron et ses amis riches s'en fichent des pauvres", RSA),
        ("Encore une réforme ratée, personne n'y comprend rien", RSA),
        ("Cette mesure est injuste pour ceux qui ont une vieille voiture", ZFE),
        ("Et vous, vous faites quoi contre la pluie ?", TAX),
        ("Le tram est gratuit pendant la canicule ?", HEAT),
    ],
)
def test_small_talk_the_post_concerns_or_criticism_is_not_off_topic(text: str, post: Post) -> None:
    """The weather under a flood warning, a war under a remembrance ceremony, politics under a
    social benefit, a remark turned to the page, a question: never silenced."""
    assert _categories(text, post) == []


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Pensées aux familles des victimes", ROADS),
        ("Mon grand-père a fait l'Algérie, il y pense chaque année", CEREMONY),
        ("Ma fille est infirmière, elle fait les vaccins depuis lundi", VAX),
        ("Mon fils a fait un malaise à l'école hier avec la chaleur", HEAT),
        ("On a tout perdu dans la cave, mes parents sont dévastés", FLOOD),
        ("Mon voisin s'est fait vacciner hier, il a eu de la fièvre", VAX),
        ("Je n'ai jamais dit que le maire touchait des pots-de-vin, relisez mon commentaire", FORUM),
    ],
)
def test_testimonies_that_name_family_or_neighbours_are_not_off_topic(text: str, post: Post) -> None:
    """Family and neighbours make no topic: testimonies tell of them under every kind of post."""
    assert _categories(text, post) == []


@pytest.mark.parametrize(
    ("text", "post"),
    [("Démission !", FLOOD), ("n'importe quoi", VAX), ("enfin !", ZFE), ("😡😡😡", TAX),
     ("Venez nombreux !", FORUM)],
)
def test_reactions_without_a_subject_are_not_off_topic(text: str, post: Post) -> None:
    assert _categories(text, post) == []


def test_a_longer_phrase_hides_the_shorter_words_of_another_topic() -> None:
    """« coucher de soleil » is a view, not the weather; « vacances au ski » is no holiday traffic."""
    assert topics_and_roots("Trop beau le coucher de soleil ce soir")[0] == {"topic:leisure"}
    assert topics_and_roots("Vivement les vacances au ski")[0] == {"topic:leisure"}
    assert weak_topics("Les Minions au cinéma c'est génial pour les enfants") == {"topic:social"}


def test_questions_on_small_talk_are_put_to_the_page() -> None:
    """A remark on the Christmas market is small talk; asking when it opens is a request."""
    assert relation("Le marché de Noël de Strasbourg c'est autre chose", TAX.text) == "unrelated"
    assert not private_matter("Le marché de Noël ouvre quand cette année ?", TAX.text)


@pytest.mark.parametrize(
    ("text", "news"),
    [
        ("Je déménage le mois prochain, qu'est-ce que je dois faire ?", "Je déménage en Bretagne, adieu Lyon"),
        ("On se marie en juin, il faut faire quoi ?", "Ma fille se marie samedi, on croise les doigts"),
        ("Comment on passe le permis bateau ?", "Mon mari a eu son permis bateau ce matin, champagne !"),
    ],
)
def test_news_of_a_wedding_or_a_move_is_unrelated_but_asking_what_to_do_is_a_request(
    text: str, news: str
) -> None:
    assert _categories(news, TAX) == ["offtopic.unrelated"]
    assert _categories(text, TAX) == []
    assert not private_matter(text, TAX.text)


def test_a_rank_inside_a_question_is_no_chit_chat() -> None:
    assert _categories("c'est à partir du 1er ?", TAX) == []


TRAFFIC = Post(text="🚧 Travaux sur la RD 383 : déviation par Bron du 3 au 14 juin, prévoyez un temps de trajet plus long.")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Déstockage de climatiseurs mobiles -40%, livraison rapide sur tout le Rhône 👉 en MP", HEAT),
        ("Je loue mon garage box fermé à Villeurbanne, 90€ par mois, écrivez-moi", TRAFFIC),
        ("Nous recrutons des chauffeurs VTC, revenus 3000€/mois, envoyez votre CV sur WhatsApp", TRAFFIC),
        ("Vends trottinette électrique quasi neuve 250€, remise en main propre", TRAFFIC),
        ("Nettoyage de toiture, devis gratuit, intervention dans l'heure, notre entreprise est certifiée", HEAT),
        ("Ongles en gel à domicile, petits prix, dispo de suite, contact sur Insta", None),
        ("Profitez de notre offre de lancement : 2 séances de coaching offertes, places limitées !", None),
        ("Vous avez des dettes ? Rachat de crédit en 48h avec notre cabinet, appelez-nous au numéro en bio", TRAFFIC),
    ],
)
def test_adverts_in_words_no_list_holds_are_spam(text: str, post: Post | None) -> None:
    """Two kinds of advert cues (offer, price, a way to reach the seller, urgency) make an advert."""
    assert _categories(text, post) == ["offtopic.spam"]


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Attention arnaque : un faux site vous propose la carte grise à -30% en 24h, ne cliquez pas", TRAFFIC),
        ("135€ l'amende pour 2 km/h de trop, c'est une promo sur le dos des automobilistes", TRAFFIC),
        ("Le préfet vend la ville aux promoteurs, 300 logements de luxe à 6000€ le m2", TRAFFIC),
        ("Le ventilateur à 40€ c'est plus ce que ça coûtait l'an dernier, tout augmente", HEAT),
        ("Le timbre fiscal est à 86€, il s'achète en ligne sur timbres.impots.gouv.fr", TRAFFIC),
        ("urgent, mon dossier est bloqué depuis 3 mois, contactez-moi en privé svp", TRAFFIC),
        ("Article intéressant sur les ZFE : 1 200 € de prime pour changer de voiture https://t.co/abc", TRAFFIC),
        ("La piscine municipale est à 2€ l'entrée, profitez-en avec la chaleur", HEAT),
        ("@Yasmine le RSA c'est quand tu as très peu de revenus, fais le simulateur sur le site de la caf", TAX),
    ],
)
def test_prices_links_and_warnings_are_not_adverts(text: str, post: Post) -> None:
    """One cue is everyday French; a warning against a scam quotes its words."""
    assert "offtopic.spam" not in _categories(text, post)


def test_an_advert_that_asks_something_is_still_an_advert() -> None:
    text = "Vous êtes locataire ? Faites baisser votre loyer de 20% avec notre agence, écrivez-nous en MP"
    found = DETECTOR.detect(Comment(text=text, post=TRAFFIC))
    assert [d.category for d in found] == ["offtopic.spam"]
    assert "offre" in found[0].evidence and "contact du vendeur" in found[0].evidence


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Quelqu'un joue au padel à Caluire ? on cherche un 4e", TAX),
        ("Quelqu'un sait à quelle heure ferme le Carrefour de Vénissieux le dimanche ?", TAX),
        ("Qui a des bons plans pour un week end à Annecy ?", FLOOD),
    ],
)
def test_a_question_to_the_readers_on_another_subject_is_unrelated(text: str, post: Post) -> None:
    assert _categories(text, post) == ["offtopic.unrelated"]


def test_a_question_to_the_readers_says_so_when_no_topic_does() -> None:
    text = "Quelqu'un sait à quelle heure ferme le Carrefour de Vénissieux le dimanche ?"
    found = DETECTOR.detect(Comment(text=text, post=TAX))
    assert [d.category for d in found] == ["offtopic.unrelated"]
    assert "autres lecteurs" in found[0].evidence


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Quelqu'un a réussi à se connecter ?", TAX),
        ("Quelqu'un a des nouvelles de la route de Lozanne ? ça passe ?",
         Post(text="⚠️ Vigilance orange orages : évitez les déplacements ce soir.")),
        ("Quelqu'un sait si l'avis arrive aussi par courrier ?", TAX),
    ],
)
def test_a_question_to_the_readers_on_the_post_is_not_off_topic(text: str, post: Post) -> None:
    """Without a subject of its own, or on one the post concerns, it may well be the post's."""
    assert _categories(text, post) == []


SNOW = Post(text="❄️ Épisode neigeux attendu dès ce soir : limitez vos déplacements.")


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Le club a gagné le championnat hier soir, quel match ! 🏉", SNOW),
        ("Perdu perroquet gris vers le parc, il répond au nom de Coco", TAX),
        ("Bonne retraite à Mireille après 30 ans à la boulangerie, tu vas nous manquer 🎉", TAX),
        ("Qui aurait un bon plombier à conseiller ? Fuite depuis ce matin 😓", SNOW),
    ],
)
def test_private_life_sharing_only_a_time_word_with_the_post_is_unrelated(text: str, post: Post) -> None:
    """« ce soir », « ce matin » are in every kind of text: they do not relate a rugby result to
    a snow warning."""
    assert _categories(text, post) == ["offtopic.unrelated"]


def test_a_date_shared_with_the_post_relates_it() -> None:
    memorial = Post(text="13 novembre 2015 – 13 novembre 2025 : Paris se souvient des victimes.")
    assert _categories("jamais oublier le 13 novembre, rip a tous 🖤", memorial) == []


def test_a_scam_testimony_is_no_advert() -> None:
    text = "Je me suis fait avoir l'an dernier, 49 € sur un site qui ressemblait à l'ANTS. Partagez !"
    assert "offtopic.spam" not in _categories(text, None)


@pytest.mark.parametrize(
    "text",
    [
        "Toiture abîmée par la grêle ? Couvreur agréé, devis gratuit sous 24h, intervention rapide, écrivez-nous en MP !",
        "Pneus neige à prix d'usine, montage offert chez nos partenaires, stocks limités",
    ],
)
def test_an_advert_read_as_a_contact_demand_is_still_an_advert(text: str) -> None:
    """« intervention », « partenaires » make a contact demand; beside an offer and a way to reach
    the seller, only a question or a personal case keeps a comment from being an advert."""
    assert _categories(text, SNOW) == ["offtopic.spam"]


def test_a_gift_in_the_news_is_no_advert() -> None:
    text = "Téhéran expose des voitures anciennes, dont une offerte par un dictateur https://t.co/abc"
    assert "offtopic.spam" not in _categories(text, None)
