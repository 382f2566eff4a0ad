"""Abuse detectors on real French: what is caught, and what fair speech is left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from civicmod import Comment, Post
from civicmod.detectors.abuse import analyse


def cats(text: str, post: str = "") -> set[str]:
    return {h.category for h in analyse(text, post)}


@pytest.mark.parametrize(
    "text",
    [
        "Bande de connards, vous nous prenez pour des cobayes",
        "espèce d'abruti de ministre",
        "fdp de ministre, tu toucheras pas à mes gosses",
        "t'es qu'un gros c0nn4rd et toute la France le sait",
        "e n c u l é s de la santé publique",
        "présence renforcée de connnnards en uniforme",
        "vous êtes des s.a.l.o.p.e.s à la caf",
        "@mickael_59 ferme ta g*eule",
        "le ministre de la santé est un vrai сonnаrd",  # Cyrillic с and а
        "c\u200bo\u200bn\u200bn\u200ba\u200br\u200bd\u200bs de la préfecture",
        "ntm les impots",
        "Madame la ministre, vous êtes une imbécile.",
        "le maire qui accepte ce centre est un collabo de merde",
    ],
)
def test_insults_in_every_writing(text: str) -> None:
    assert "abuse.insult" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil municipal se réunit jeudi.",
        "Vous connaissez les horaires du guichet ?",
        "Il faut bien calculer son taux avec le simulateur.",
        "Le centre a une excellente réputation.",
        "Inutile de se disputer, allez voter.",
        "J'habite à Chalon-sur-Saône, le pont est fermé.",
        "Le computer de mon comptable a tout calculé.",
        "C'est pénible mais nécessaire.",
        "La salopette orange des ouvriers se voyait de loin.",
        "Je prends un pain bâtard chaque matin.",
        "Le centre de vacances de Connerré accueille des familles.",
        "Les chasse-neige sont passés à Montcuq et à Poil ce matin.",
    ],
)
def test_words_that_merely_contain_an_insult(text: str) -> None:
    assert cats(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "6 semaines de délai, c'est inadmissible. Cette politique est un échec complet.",
        "Vous êtes incompétents à la CAF, trois mois que les familles attendent, honte à vous",
        "Le préfet est incompétent sur les dossiers ruraux, son bilan le montre.",
        "DÉMISSION !!! Ces mesures ne servent à rien.",
        "Bravo, trois mois pour un rendez-vous, quelle efficacité 👏",
        "le ministre ment quand il dit que les effectifs augmentent",
    ],
)
def test_harsh_criticism_is_never_abuse(text: str) -> None:
    assert cats(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Mon fils s'est fait traiter de « sale arabe » à l'école. J'ai porté plainte.",
        "Dire « sale pédé » à quelqu'un, c'est un délit.",
        "Au guichet, un usager a traité l'agente de connasse devant tout le monde.",
        "Les migrants ne sont pas des parasites. Ce sont des êtres humains.",
        "Non, les agents de la CAF ne sont pas des idiots, ce sont les règles qui sont absurdes.",
        "« Bravo aux terroristes » : voilà ce qu'un élève a écrit. Il a été poursuivi.",
        "Un conducteur a menacé les gendarmes en disant « je vais vous retrouver ».",
    ],
)
def test_reported_speech_quotes_negation_and_counter_speech(text: str) -> None:
    assert cats(text) == set()


def test_an_object_is_not_insulted_it_is_vulgar() -> None:
    assert cats("ce formulaire de merde plante à chaque fois") == {"abuse.vulgarity"}
    assert cats("putain, quelle journée") == {"abuse.vulgarity"}
    assert cats("sales flics de merde") == {"abuse.insult"}


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("les trans c des malades, pas des femmes", ""),
        ("migrants = violeurs, vous mettez nos filles en danger", ""),
        ("dehors les métèques", ""),
        ("pourquoi on laisse encore entrer ces parasites ?",
         "Accueil des réfugiés : le département a accueilli trois cents personnes."),
        ("les musulmans ne devraient même pas avoir le droit de vote", ""),
        ("des b0ugn0ules et des n3gr0s dans notre village", ""),
        ("le vote des femmes, la pire erreur de l'histoire", ""),
    ],
)
def test_hate(text: str, post: str) -> None:
    assert "abuse.hate" in cats(text, post)


def test_dehumanising_words_need_a_protected_group_to_be_hate() -> None:
    assert cats("les grévistes de la SNCF, bande de parasites") == {"abuse.insult"}
    refugees = "Accueil des réfugiés : trois cents personnes hébergées."
    assert cats("ces parasites on n'en veut pas", refugees) >= {"abuse.hate"}
    assert cats("Les rats envahissent la cave de l'immeuble.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "je vais venir avec un flingue",
        "il faut tous les pendre, le ministre en premier",
        "on sait où tu habites, fais gaffe à toi",
        "J3 V41S T3 TU3R S4L3 P3RC3PT3UR",
        "si mon candidat perd, on brûle la mairie dimanche soir",
        "la ministre du travail mérite une balle",
        "le prochain contrôleur qui sonne chez moi il repart sur un brancard",
    ],
)
def test_threats(text: str) -> None:
    assert "abuse.threat" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les prix des voitures électriques nous assassinent.",
        "Ce tarif de taxe foncière me tue, littéralement.",
        "jvais tuer le temps en attendant le 5 lol",
        "Je vais tout défoncer au concours de gardien de la paix 💪",
        "Il faut abattre les murs administratifs qui bloquent les dossiers.",
        "On va descendre dans la rue pour défendre l'emploi local.",
        "La grêle a massacré nos vignes en dix minutes.",
        "Gros incendie vers la zone industrielle, on voit la fumée depuis Lormont 😳",
        "Ma carte grise a encore l'adresse de mes parents et j'ai 34 ans 😂",
        "Merci de me recontacter à l'adresse suivante : jean.dupont arobase laposte point fr",
    ],
)
def test_violent_words_that_are_not_threats(text: str) -> None:
    assert "abuse.threat" not in cats(text)


def test_a_threat_aimed_at_a_group_is_hate_too() -> None:
    assert cats("mort aux juifs") == {"abuse.hate", "abuse.threat"}


def test_apology_defamation_obscenity() -> None:
    assert "abuse.apology" in cats("bravo aux terroristes, ils ont fait ce qu'il fallait")
    assert "abuse.apology" in cats("celui qui a mis le feu au centre des impôts mérite une statue")
    assert cats("Il n'y a aucune excuse au terrorisme. Jamais.") == set()
    assert "abuse.defamation" in cats("la maire a touché des pots-de-vin du promoteur")
    assert "abuse.defamation" in cats("le préfet a fait embaucher sa femme et son fils")
    assert cats("cette politique est un échec, le préfet n'écoute personne") == set()
    assert "abuse.obscene" in cats("envoie des nudes monsieur le préfet")
    assert cats("j'ai fait la queue une heure au centre de vaccination") == set()


def test_praise_water_and_fireworks_are_not_apology_or_obscenity() -> None:
    """« C'était magnifique » praises a crime only beside one; 💦 alone is water."""
    assert cats("Quelqu'un a vu le feu d'artifice sur les quais ? C'était magnifique cette année") == set()
    assert cats("Moi qui comptais enfin laver ma voiture cette année 🚗💦 tant pis") == set()
    assert "abuse.apology" in cats("Le 7 octobre c'était magnifique, la prochaine fois ce sera ici")
    assert "abuse.apology" in cats("Dommage qu'ils aient pas brûlé tout le commissariat, ça aurait été mérité")
    assert "abuse.threat" in cats("on a ton adresse, fais gaffe à toi")


def test_mockery_is_rudeness_not_insult() -> None:
    assert cats("bande de guignols incompétents, trois mois pour un passeport") == {"abuse.rudeness"}


def test_detections_carry_spans_of_the_original_text_and_explain_themselves() -> None:
    from civicmod import Moderator

    text = "Monsieur le préfet, vous êtes un sinistre crétin."
    d = Moderator().review(Comment(text=text, post=Post(text="Visite du préfet")))
    insult = next(x for x in d.detections if x.category == "abuse.insult")
    assert text[insult.start : insult.end] == insult.text
    assert insult.text.endswith("vous êtes un sinistre crétin")
    assert insult.detector == "insult" and "insult." in insult.evidence
    disguised = next(
        x for x in Moderator().review(Comment(text="t'es qu'un c0nn4rd")).detections
        if x.category == "abuse.insult"
    )  # fmt: skip
    assert "écriture déguisée" in disguised.evidence


INSULTS = ["connard", "connasse", "enculé", "salope", "abruti", "crétin"]


def _disguise(word: str, how: int) -> str:
    leet = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1"})
    return [
        word,
        word.upper(),
        word.translate(leet),
        " ".join(word),
        ".".join(word),
        word[0] + word[1] * 4 + word[2:],
    ][how]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(INSULTS), st.integers(0, 5), st.sampled_from(["espèce d'", "bande de ", "sale "]))
def test_every_disguise_of_an_aimed_insult_is_found(word: str, how: int, lead: str) -> None:
    text = f"{lead}{_disguise(word, how)}, toujours fermé le samedi"
    assert "abuse.insult" in cats(text), text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(INSULTS), st.sampled_from(["traité de « {} »", "dire « {} » à un agent est un délit"]))
def test_quoted_or_reported_insults_are_never_abuse(word: str, frame: str) -> None:
    text = "Un usager a " + frame.format(word) + ". L'agent est resté calme."
    assert "abuse.insult" not in cats(text), text


def test_one_pass_by_default_and_categories_can_be_turned_off_by_name() -> None:
    from civicmod import Config, Moderator

    assert [d.name for d in Moderator().detectors].count("abuse") == 1
    text = "bande de guignols, on sait où tu habites"
    lexicon = Moderator(Config.from_dict({"detectors": {"disable": ["abuse_model"]}}))
    assert {d.category for d in lexicon.review(Comment(text=text)).detections} == {
        "abuse.threat"}  # mockery is subsumed once the comment is unlawful
    quiet = Moderator(Config.from_dict({"detectors": {"disable": ["threat", "abuse_model"]}}))
    assert {d.category for d in quiet.review(Comment(text=text)).detections} == {"abuse.rudeness"}
    only = Moderator(Config.from_dict({"detectors": {"enable": ["rudeness"]}}))
    assert [d.name for d in only.detectors] == ["rudeness"]


@pytest.mark.parametrize(
    "text",
    [
        "brûlez la sous-préfecture ce soir",
        "si la cantine ferme on vient cramer vos bagnoles",
        "une balle entre les yeux pour ce préfet",
        "la permanence du député, on va la taguer et la brûler",
        "les molotovs sont prêts pour dimanche",
        "cette nuit tous les radars du coin flambent",
        "on a vos noms et vos photos, les contrôleurs",
        "un policier de moins, on va continuer",
    ],
)
def test_threats_against_people_and_property_in_other_words(text: str) -> None:
    assert "abuse.threat" in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "On vous attend nombreux samedi au stand de l'association !",
        "Le préfet devra régler le dossier du tunnel, c'est là qu'on l'attend",
        "L'an prochain on leur met une raclée dans les urnes",
        "Pour la mousse, battez les blancs en neige et cassez les oeufs un par un",
        "J'ai crevé les pneus de ma voiture sur un nid-de-poule avenue Foch",
        "les retraités vont prendre cher avec cette réforme",
    ],
)
def test_invitations_idioms_and_cooking_are_not_threats(text: str) -> None:
    assert cats(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "les roms volent partout, c'est dans leur nature",
        "des femmes pompiers ? retour à la cuisine",
        "c'est les juifs qui tirent les ficelles",
        "on devrait interdire aux musulmans de voter",
        "une mosquée de plus, une usine à terroristes de plus",
        "les soudanais ont le QI d'une moule",
    ],
)
def test_hate_without_a_slur(text: str) -> None:
    assert "abuse.hate" in cats(text)


def test_counter_speech_and_names_are_kept() -> None:
    assert cats("Ceux qui disent que les handicapés coûtent trop cher n'ont jamais vu un ESAT") == set()
    assert cats("Merci à Mme Salaud, la maîtresse de CE2, pour ses 20 ans à l'école") == set()
    assert cats("Le préfet abuse de ses pouvoirs avec ces arrêtés à répétition") == set()
    assert cats("si ma femme accouche sur la route je casse la gueule au directeur") == {"abuse.threat"}


def test_dismissal_is_rudeness_and_a_named_offence_is_defamation() -> None:
    assert cats("tout le monde s'en balance de votre pub, lâchez-nous") == {"abuse.rudeness"}
    assert cats("personne t'a demandé ton avis") == {"abuse.rudeness"}
    assert "abuse.defamation" in cats("l'adjoint touche une commission sur chaque marché")
    assert "abuse.defamation" in cats("le maire a couvert un trafic de permis de construire")


@pytest.mark.parametrize(
    "text",
    [
        "espèce de Salope",
        "Bande de Connards, vous avez encore perdu mon dossier",
        "t'es qu'une Pute",
        "le maire est un Connard",
        "sale Con de fonctionnaire",
        "Fils de Pute va",
    ],
)
def test_a_capital_where_an_insult_is_said_of_someone_is_emphasis(text: str) -> None:
    """A capital inside a sentence marks a name (« Mme Salaud »), except where French says an
    insult of someone: after « espèce de », « bande de », « sale », « t'es (qu')un »."""
    assert cats(text) == {"abuse.insult"}


@pytest.mark.parametrize(
    "text",
    [
        "Merci à Mme Salaud pour son accueil",
        "les Enfoirés étaient super cette année",
        "Mon voisin, un Mongol arrivé d'Oulan-Bator, a trouvé un CDI",
    ],
)
def test_names_stay_names(text: str) -> None:
    assert cats(text) == set()


def test_batard_said_of_you_is_an_insult_and_the_bread_is_not() -> None:
    assert cats("vous êtes des bâtards") == {"abuse.insult"}
    assert cats("t'es qu'un batard") == {"abuse.insult"}
    assert cats("J'adore le bâtard de la boulangerie de la place") == set()


@pytest.mark.parametrize(
    "text",
    [
        "je me suis tué à réviser le concours, résultats vendredi",
        "on les a massacrés 4-0 ce soir, allez le club !",
        "j'ai buté 40 zombies sur la console",
        "le gendarme a été tué hier soir, quelle horreur",
    ],
)
def test_a_violent_verb_that_tells_what_happened_threatens_no_one(text: str) -> None:
    assert "abuse.threat" not in cats(text)


def test_the_same_verbs_still_threaten_in_the_future_and_the_imperative() -> None:
    assert cats("je vais te tuer") == {"abuse.threat"}
    assert "abuse.threat" in cats("ces flics faut les buter")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Samedi, la préfecture brûlera.", "abuse.threat"),
        ("un radar tronçon ? on va le faire brûler comme les autres", "abuse.threat"),
        ("qu'un mec brûle la mairie et on en parle plus", "abuse.threat"),
        ("les contrôleurs qui viendront chez moi repartiront sur un brancard", "abuse.threat"),
        ("je sais à quelle heure elle sort, la conseillère qui a traité mon dossier", "abuse.threat"),
        ("Tu feras moins le malin quand ta voiture aura brûlé, monsieur le maire", "abuse.threat"),
        ("On ira le visiter votre centre, et ce sera pas pour servir le café", "abuse.threat"),
        ("la directrice s'est fait graisser la patte par le promoteur", "abuse.defamation"),
        ("le préfet a signé la dérogation contre un chèque pour sa campagne", "abuse.defamation"),
        ("les lesbiennes faut les remettre dans le droit chemin", "abuse.hate"),
        ("ces gens-là ne s'intégreront jamais", "abuse.hate"),
        ("les gens du voyage ça vole, ça pille, partout où ils passent", "abuse.hate"),
        ("on devrait donner une médaille à celui qui a égorgé ce prof", "abuse.apology"),
        ("les mecs de la bac c'est tous des batards", "abuse.insult"),
        ("ce ministre est une tête de bite", "abuse.insult"),
    ],
)
def test_constructions_learnt_from_the_fifth_and_sixth_blind_corpora(text: str, category: str) -> None:
    """Threats in the future or to a building, bribery (« contre un chèque »), exclusion
    said with a negation, « ça » for people: constructions, not single words."""
    assert category in cats(text)


@pytest.mark.parametrize(
    "text",
    [
        "D'après France 3, le tribunal correctionnel a condamné l'ancien directeur pour détournement de fonds.",
        "Selon Le Parisien, l'ancien adjoint a été mis en examen pour prise illégale d'intérêts.",
        "Arrêtez de dire que ces gens-là ne s'intégreront jamais, mes voisins afghans sont intégrés",
        "C'est un mythe que les femmes n'ont rien à faire en politique",
        "Brandade de morue et vin chaud au marché de Noël, merci !",
        "Mettez des tapettes à souris dans les caves, c'est plus efficace",
        "Notre chienne, une vraie bâtarde adoptée au refuge, est adorable",
        "il faut tirer sur les loups seulement après une étude sérieuse",
        "si le festival a lieu on y met le feu !",
        "personne sait qui t'es, on s'en fiche de ta prise de fonctions",
        "les gendarmes sont planqués derrière les haies avec leur radar",
    ],
)
def test_sourced_reports_counter_speech_food_and_animals_are_kept(text: str) -> None:
    """A sourced report is news, counter-speech cancels even a pattern that ignores negation,
    and a word that is an insult elsewhere is a dish, a trap or a dog here."""
    assert not cats(text) & {"abuse.insult", "abuse.hate", "abuse.threat", "abuse.defamation"}


@pytest.mark.parametrize(
    ("text", "post", "expected"),
    [
        ("mort aux rats dans la cave, ça marche bien", "", set()),
        ("Mort-aux-rats et pièges, la mairie conseille les deux", "", set()),
        ("mort aux flics", "", {"abuse.threat"}),
        ("mort aux rats", "Accueil de 200 réfugiés au centre de Calais", {"abuse.hate"}),
    ],
)
def test_pest_control_is_no_call_to_kill_unless_people_are_meant(
    text: str, post: str, expected: set[str]
) -> None:
    """``unless`` is honoured by the abuse matcher as by the reply signals: « mort aux rats »
    is a product, but said under a post about refugees it is dehumanisation."""
    assert cats(text, post) & {"abuse.threat", "abuse.hate", "abuse.insult"} == expected


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("les infirmières qui piquent les gamins faudrait les piquer à la mort-aux-rats 🤬", True),
        ("faut leur donner de la mort aux rats", True),
        ("il faut leur donner du poison contre les limaces", False),
    ],
)
def test_poison_for_people_is_a_call_to_kill(text: str, threat: bool) -> None:
    assert ("abuse.threat" in cats(text)) is threat


@pytest.mark.parametrize(
    ("text", "post", "category"),
    [
        ("Le sous-préfet a intérêt à pas venir en forêt, un accident de chasse est vite arrivé", "", "abuse.threat"),
        ("On a l'adresse de la directrice de l'office HLM. Qu'elle dorme bien.", "", "abuse.threat"),
        ("si le pont reste fermé ça va très mal finir pour le maire", "", "abuse.threat"),
        ("On connaît la maison du garde champêtre, qu'il fasse attention", "", "abuse.threat"),
        ("l'arbitre s'il siffle encore contre nous il rentrera pas chez lui entier", "", "abuse.threat"),
        ("Le chef de service devrait vérifier ses freins avant de partir", "", "abuse.threat"),
        ("Il faudrait que quelqu'un aille casser la gueule au président du syndicat", "", "abuse.threat"),
        ("quand les contrôleurs montent, caillassez-les", "", "abuse.threat"),
        ("Vos bureaux, on va les murer et y foutre le feu", "", "abuse.threat"),
        ("si vous fermez la piscine on vous la pourrit au gasoil", "", "abuse.threat"),
        ("Si un seul loup est tué, on ira chercher le préfet avec une carabine", "", "abuse.threat"),
        ("on viendra avec des têtes de cochon devant la salle", "Iftar solidaire au gymnase", "abuse.hate"),
        ("ces gens-là volent, c'est dans leur sang", "Aire d'accueil des gens du voyage", "abuse.hate"),
        ("Les LGBT sont tous des prédateurs", "", "abuse.hate"),
        ("Les Antillais vivent des allocs et foutent rien", "", "abuse.hate"),
        ("ces gens-là ne sont pas des humains comme nous", "Centre d'hébergement pour réfugiés", "abuse.hate"),
        ("Les musulmans n'ont qu'à se faire enterrer dans leur pays", "", "abuse.hate"),
        ("Les homos n'ont rien à faire aux responsabilités", "", "abuse.hate"),
        ("La rafle, de toute façon ils l'avaient un peu cherché", "", "abuse.hate"),
        ("Ceux qui plastiquaient les gendarmeries, c'était des héros", "", "abuse.apology"),
        ("Le tireur de Christchurch a fait le boulot que personne n'ose faire", "", "abuse.apology"),
        ("Le médecin du centre est payé sous la table par le labo", "", "abuse.defamation"),
        ("Le colonel détourne le budget des cérémonies", "", "abuse.defamation"),
        ("La préfète a reçu de l'argent des éleveurs pour signer", "", "abuse.defamation"),
        ("le nouveau maire a acheté les voix avec des bons d'achat", "", "abuse.defamation"),
        ("L'agente d'accueil, je lui ferais des trucs dans le bureau 🔥", "", "abuse.obscene"),
        ("la directrice de la médiathèque est une vraie cruche", "", "abuse.insult"),
        ("les supporters d'en face sont tous des consanguins", "", "abuse.insult"),
    ],
)
def test_constructions_learnt_from_the_eighth_corpus(text: str, post: str, category: str) -> None:
    """Veiled threats (an accident « vite arrivé », the address, the brakes), imperatives with a
    pronoun, collective blame and denial of humanity, apology by « a fait le boulot »: written
    anew from the shapes the eighth corpus showed, not copied from it."""
    assert category in cats(text, post)


@pytest.mark.parametrize(
    ("text", "post"),
    [
        ("Un accident est vite arrivé, ralentissez près de l'école.", ""),
        ("On a l'adresse de la mairie annexe ?", ""),
        ("Je connais le chemin de la mairie, merci", ""),
        ("Le maire devrait faire attention à sa réputation", ""),
        ("Les enfants auront une surprise en sortant de l'école : un goûter", ""),
        ("Le roi est tout nu : ce ministre n'a aucun projet", ""),
        ("Le maire s'est fait offrir un bouquet par les écoliers", ""),
        ("le principal problème c'est le favoritisme", ""),
        ("Les femmes prennent le boulot au sérieux", ""),
        ("Les Antillais ont la musique dans le sang", "Semaine des Outre-mer"),
        ("il faut leur donner la nationalité, ils la méritent", "Cérémonie de naturalisation"),
        ("il faut leur faire des foyers dignes", "Accueil des migrants"),
        ("le terroriste, la police l'a cherché pendant trois jours", ""),
        ("ceux qui ramassent le plastique sur la plage, bravo", ""),
        ("faudrait que quelqu'un aille planter des arbres", ""),
        ("Les migrants n'ont rien à faire dans la rue, ouvrez des places", "Hébergement d'urgence"),
        ("vous les tuez à petit feu avec ces taxes", ""),
        ("VOUS TUEZ LES PETITS ARTISANS avec vos charges", ""),
        ("Ce vieux mur je vais le faire tomber à la masse", ""),
        ("Bravo aux frères Dupont pour leur boulangerie", ""),
        ("une cruche d'eau sur chaque table", ""),
        ("on massacre les oignons et on bat les œufs comme un ennemi", ""),
        ("au tournoi on s'est fait massacrer en demie, cette fois on va les tuer", ""),
        ("arrêtez de nous prendre pour des idiots avec ces caméras", ""),
        ("Le Canard enchaîné rappelle que l'ancien maire a été condamné pour favoritisme", ""),
        ("Pour la fête, on a servi de la tête de cochon", "Repas de quartier"),
    ],
)
def test_the_eighth_corpus_constructions_keep_their_look_alikes(text: str, post: str) -> None:
    """Each new construction beside the innocent sentence it could be mistaken for: road
    safety, a request, a recipe, a match, an idiom, criticism, news, a compassionate remark."""
    assert not cats(text, post) & {
        "abuse.insult", "abuse.hate", "abuse.threat", "abuse.defamation", "abuse.apology", "abuse.obscene"
    }


@pytest.mark.parametrize(
    "text",
    [
        "On s'est fait massacrer à Biarritz dimanche, 42-10",
        "Je me suis fait massacrer au contrôle de maths",
        "Cours d'histoire : la Terreur, quand on guillotinait à tour de bras",
        "Les normes européennes sont en train d'égorger nos exploitations une par une",
        "À ceux qui parlent de « pédophiles » : une lecture de contes n'a rien à voir avec ça",
        "On le bat dans les urnes, pas à coups de poing.",
        "Dix ans qu'on attend sur le parking comme des cons",
    ],
)
def test_the_ninth_corpus_look_alikes_are_kept(text: str) -> None:
    """The speaker as the victim (« on s'est fait massacrer »), the imperfect of a history
    lesson, things killed « une par une », a word quoted to refute it, a negated blow, and
    « comme des cons » said of oneself: the wrong deletions of blind7's first run."""
    assert not cats(text) & {"abuse.insult", "abuse.hate", "abuse.threat"}


@pytest.mark.parametrize(
    "text",
    [
        "on va te massacrer",
        "je vais les buter un par un",
        "vous allez creveeeer un par un",
        "on ira les déloger à coups de batte",
        "je te tuerais si je te croisais",
        "si on les tuait tous ça réglerait le problème",
        "Et si on les massacrait tous, ces parasites ?",
        "faudrait qu'on les tuait tous",
    ],
)
def test_the_same_verbs_still_threaten_beside_those_look_alikes(text: str) -> None:
    assert "abuse.threat" in cats(text)
