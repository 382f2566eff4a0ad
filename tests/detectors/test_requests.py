"""The request detector on real comment French: what asks the administration, and what does not."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Account, Comment, Config, Post
from civicmod.detectors import create_detector
from civicmod.detectors.replies import signals

CONFIG = Config.from_toml("tests/corpus/requests.toml")
DETECTOR = create_detector("request", CONFIG)
TAX = Post(text="Taxe foncière : les avis sont disponibles dans votre espace particulier.")


def _category(text: str, post: Post | None = None) -> str | None:
    found = DETECTOR.detect(Comment(text=text, post=post))
    return found[0].category if found else None


@pytest.mark.parametrize(
    "text",
    [
        "comment on fait pr renouveler un passeport",
        "c'est quand la date limite ?",
        "vous pouvez m'expliquer le calcul de la taxe",
        "svp je cherche le formulaire de procuration",
        "Dites-nous les horaires de l'accueil",
        "Indiquez la liste des pièces pour un premier titre de séjour",
        "la vignette crit air elle coute combien",
        "on a le droit d'arroser le potager le soir ou pas",
        "Vous avez les prévisions de circulation pour le pont du 15 août svp",
        "bjr on peut toucher l'apl si on loue chez quelqu'un de sa famille",
        "QUAND EST CE QU ON RECOIT LES AVIS",
        "les allocations familiales c'est a partir de combien d'enfants",
        "c fermé aussi le week end ou seulement en semaine",
        "et pour le vaccin covid il faut aussi un bon ou juste la carte vitale",
        "bjr la crue a atteint son pic ou ça monte encore",
        "svp les auto-entrepreneurs peuvent demander la prime d activite",
        "HS mais le chèque énergie c'est calculé sur quel revenu fiscal",
        "une diesel de 2012 elle a quelle vignette",
        "svp les aides au logement pour un propriétaire ça existe encore ?",
        "bjr les cars scolaires passeront par où pendant les travaux svp",
        "le chèque pour le fioul ça existe encore ?",
        "mon fils est en 3e il peut encore le faire ou c trop tard",
        "et les retraités ils peuvent en profiter",  # « et … ils peuvent »: a follow-up question
        "c'est valable aussi pour les motos",
        "c'est interdit aussi pour les potagers",
    ],
)
def test_information_requests_with_or_without_a_question_mark(text: str) -> None:
    assert _category(text) == "request.information"


@pytest.mark.parametrize(
    "text",
    [
        "vous vous foutez de nous ?",
        "Encore des travaux ? vous vous moquez de nous ?",
        "A quoi bon déclarer si c'est pour payer encore plus ? 🙄",
        "on est en quelle année pour que le site plante encore le dernier jour ??",
        "@julie tu y vas toi samedi ?",
        "qqn sait si le Leroy Merlin de Vénissieux est ouvert dimanche ?",
        "Merci pour l'info !",
        "Bonjour à tous",
        "La déclaration en ligne c'est quand même plus simple qu'avant",
        "La vigilance orange tombe toujours le jour où je déménage 😂",
        "Crit'Air 1 ici, je peux rouler 😎",
        "En cas d'urgence composez le 17 ou le 112, et le 3949 pour France Travail",
        "Mais quelle honte ce site qui plante",
        "Vous allez nous taxer encore ?",
        "On peut toujours rêver, ou alors il faudra attendre 2030",
        "Les agriculteurs ils peuvent arroser encore, c'est scandaleux",
        "c'est pareil pour tout le monde",
        "c'est gratuit pour les enfants, super nouvelle",
    ],
)
def test_not_requests_rhetoric_readers_thanks(text: str) -> None:
    assert _category(text) is None


def test_a_question_on_private_life_under_an_unrelated_post_is_no_request() -> None:
    assert _category("Quel film vous conseillez au cinéma cette semaine ?", TAX) is None
    assert _category("et pour le permis de conduire, c'est quoi la démarche ?", TAX) == "request.information"


@pytest.mark.parametrize(
    "text",
    [
        "mon dossier est bloqué depuis 5 mois",
        "j'ai pas reçu mes APL ce mois-ci",
        "ma carte vitale n'est pas arrivée, pouvez-vous vérifier ?",
        "Ma demande de prime d'activité est 'en cours de traitement' depuis 2 mois, c'est normal ?",
        "J'ai été prélevée 2 fois pour la taxe foncière ce mois-ci !!! Qui peut me rembourser ?",
        "J'avais rdv au guichet le vendredi 10, il est reporté à quand ?",
        "le RSA n'est pas tombe ce mois ci chez moi, qqn peut verifier",
        "Mon APL a baissé de moitié en juin sans courrier, c'est une erreur ?",
        "ma demande de carte grise est en cours depuis trois semaines",  # « depuis » + duration
        "mon dossier de naturalisation attend il y a 8 mois déjà",
        "Mon APL est passée à 80 euros sans explication",
        "on m'a facturé la cantine de ma fille alors qu'elle était absente",
        "ma voiture a été enlevée devant chez moi hier, qui dois-je appeler ?",
        "notre mariage a été déplacé par vos services sans nous prévenir",
        "je voudrais savoir si ma demande de place en crèche a bien été enregistrée",
        "J'ai rendu les livres et je reçois encore des relances de la médiathèque",
    ],
)
def test_personal_cases(text: str) -> None:
    assert _category(text) == "request.personal_case"


@pytest.mark.parametrize(
    "text",
    [
        "Nous souhaiterions organiser un partenariat avec vos services",
        "Le Secours populaire aimerait tenir un stand lors de vos permanences, on peut en discuter avec vous ?",
        "Pouvez-vous nous transmettre les coordonnées de votre service communication ?",
        "Emmaüs Lyon aimerait être associé à vos prochaines actions contre la précarité énergétique",
        "Le club de rugby de Vaulx voudrait participer à la cérémonie du 8 mai, qui contacter ?",
        "Notre association aimerait mener une campagne commune sur le vélo en ville",
        "Merci de nous communiquer les coordonnées du référent jeunesse",
        "Pourriez-vous nous donner le contact de la personne chargée des élections ?",
    ],
)
def test_contact_and_partnership_demands(text: str) -> None:
    assert _category(text) == "request.contact"


def test_the_span_is_the_question_and_the_evidence_names_the_signal() -> None:
    d = DETECTOR.detect(Comment(text="Merci pour l'info. C'est quand la date limite ?"))[0]
    assert d.text == "C'est quand la date limite ?"
    assert "question" in d.evidence


def test_signals_are_cached_and_read_question_marks() -> None:
    s = signals("bjr, c'est quand la date limite ?")
    assert s.asks and s.questions
    assert signals("bjr, c'est quand la date limite ?") is s


SIGNALS = importlib.import_module("civicmod.detectors.replies.signals")


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        ("vu sur service-public.fr/particuliers/vosdroits ?", ("service-public.fr/particuliers/vosdroits",)),
        ("le lien https://ants.gouv.fr ne marche pas", ("https://ants.gouv.fr",)),
        ("allez sur www.impots.gouv.fr svp", ("www.impots.gouv.fr",)),
        ("c'est quand la date limite ?", ()),
    ],
)
def test_signals_set_links_apart(text: str, urls: tuple[str, ...]) -> None:
    assert signals(text).urls == urls


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([*"htps:/w.frcomnetiolyabx-_ é?", "fr", "www.", "://", ".com"]), max_size=30).map("".join))
def test_the_cheap_link_search_misses_no_link(text: str) -> None:
    if SIGNALS._URL.search(text):
        assert SIGNALS._MAY_LINK.search(text)


def test_a_comment_to_the_page_itself_stays_a_request() -> None:
    c = Comment(text="@Prefet69 c'est quand la date limite ?", author=Account(handle="@a", kind="individual"))
    assert [d.category for d in DETECTOR.detect(c)] == ["request.information"]
    other = Comment(text="@marie c'est quand la date limite ?")
    assert DETECTOR.detect(other) == []


def test_a_change_one_asks_about_is_no_personal_case() -> None:
    """« on passe à mi-temps » folds like « passé à » (a payment that fell): it asks what to do."""
    text = "quand on passe à mi-temps, la prime d'activité change comment ?"
    assert _category(text) == "request.information"


@pytest.mark.parametrize(
    "text",
    [
        "ils bossent jamais quand on passe, que des cônes et personne 😂",
        "Ouvert du lundi au samedi, pile quand tout le monde travaille",
        "c'était mieux avant quand on pouvait aller au guichet",
        "Découvrez comment j'ai payé mes vacances grâce au trading",
        "Les impôts augmentent et les routes sont toujours aussi pourries, merci qui ?",
        "Encore une dose ?? non merci",
        "Dites-moi que je rêve, encore une hausse",
        "taxe fonciere +12% cette annee franchement ca devient n'importe quoi",
        "C'est l'histoire d'un pingouin qui respirait par les fesses",
        "Les parents qui touchent l'allocation ne sont pas des assistés",
        "Merci aux pompiers qui sont sur le pont depuis hier soir 🙏",
        "comment vivre avec 600 euros par mois, franchement",
        "Comment dire... bravo",
        "Encore un forum où on fait la queue une heure pour qu'on nous dise de postuler sur le site...",
        "Les Girondins en National 2, qui l'aurait cru il y a dix ans... 😔",
    ],
)
def test_conjunctions_relatives_shown_questions_and_idioms_are_not_requests(text: str) -> None:
    """« quand » inside a clause joins, « qui » and « où » after a noun relate, « découvrez
    comment » shows, « comment dire… » sighs, « merci qui ? » scorns."""
    assert _category(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "bonjour, du coup quand il faut envoyer le dossier",
        "et quand on déménage faut refaire la carte grise ou juste changer l'adresse",
        "on doit la renouveler quand on change d'adresse ?",
        "bjr la carte vitale on la renouvelle comment quand elle est cassée",
        "c'est à partir de quel revenu qu'on y a droit",
        "c'est qui le responsable des travaux",
        "Bonjour comment modifier son taux de prélèvement quand on passe à temps partiel",
        "ou acheter le timbre fiscal",
        "on peut toucher la prime d activité qd on est apprenti",
        "c jusqua qd les restrictions",
        "bjr la crue a atteint son pic ou ça monte encore",
    ],
)
def test_question_words_that_open_or_ask_in_place_still_ask(text: str) -> None:
    """Not a conjunction: after can/must, « jusqu'à », « c'est »; « comment + infinitive »;
    « ou » without its accent (« or »)."""
    assert _category(text) == "request.information"


@pytest.mark.parametrize(
    "text",
    [
        "Quelqu'un joue au padel à Caluire ? on cherche un 4e",
        "Qui a des bons plans pour un week-end à Annecy ?",
        "qqn connaît un bon garage sur Villeurbanne ?",
    ],
)
def test_questions_opening_with_someone_are_put_to_the_readers(text: str) -> None:
    assert signals(text).has("signal.commenter")
    assert _category(text) is None


def test_someone_of_the_services_is_the_page() -> None:
    assert not signals("Quelqu'un de vos services peut me dire quand ouvre l'accueil ?").has("signal.commenter")
    told = signals("Quelqu'un m'a dit que c'était gratuit. Je l'ai déclaré.")
    assert all(x.rule != "signal.to-the-readers" for x in told.spans), "a statement asks no one"


@pytest.mark.parametrize(
    "text",
    [
        "J'avais rendez-vous pour les encombrants le 12 et personne n'est venu, mon frigo est toujours devant chez moi, vous pouvez regarder ?",
        "pouvez-vous annuler mon avis de majoration, j'avais payé à temps",
        "Mon espace ameli dit que je n'ai pas fait le rappel alors que si, vous pouvez corriger ?",
        "J'ai égaré le récépissé de ma demande, vous pouvez me le renvoyer ?",
        "Ma pension a baissé de 200€ ce mois-ci sans explication",
    ],
)
def test_the_page_asked_to_act_on_the_authors_own_matter_is_a_personal_case(text: str) -> None:
    assert _category(text) == "request.personal_case"


@pytest.mark.parametrize(
    "text",
    [
        "vous pouvez regarder les horaires sur le site officiel avant de vous déplacer",
        "Aidez-moi à atteindre 1000 abonnés sur ma chaîne 🙏",
    ],
)
def test_asking_to_act_without_ones_own_matter_is_no_personal_case(text: str) -> None:
    assert _category(text) != "request.personal_case"


def test_a_lost_document_asks_the_procedure_not_a_personal_case() -> None:
    """Declaring a lost passport and asking for a new one is the same for everyone: the page
    answers it. A lost energy cheque, or a document lost by the post, is the author's file."""
    assert _category("jai perdu mon passeport au ski, je fais comment pr en refaire un") == "request.information"
    assert _category("jai perdu mon cheque energie je peux en avoir un autre ?") == "request.personal_case"
    assert _category("mon passeport a été perdu par la poste, vous pouvez vérifier ?") == "request.personal_case"
