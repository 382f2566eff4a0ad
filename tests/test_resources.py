"""Matching a request with the page's official resources."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from civicmod import Config
from civicmod.config import Resource
from civicmod.resources import MIN_SCORE, ResourceIndex, keys_of, resource_index

RESOURCES = Config.from_toml("tests/corpus/requests.toml").resources
INDEX = resource_index(RESOURCES)


def _url(text: str) -> str | None:
    match = INDEX.best(text)
    return match.resource.url.rsplit("/", 1)[-1] if match else None


def test_accents_case_abbreviations_and_synonyms() -> None:
    assert _url("CNI perdue, je fais comment") == "F1341"
    assert _url("renouvellement carte d identite") == "F1341"
    assert _url("changement d'adresse sur la carte grise") == "N367"
    assert _url("le certificat d'immatriculation") == "N367"
    assert _url("PASSEPORT URGENT") == "F1342"


def test_lemmas_meet_inflected_forms() -> None:
    assert keys_of("renouveler")[0] == keys_of("renouvellement")[0]


def test_no_page_for_what_no_page_is_about() -> None:
    assert _url("c'est quand la fête de la musique ?") is None
    assert _url("bonjour") is None


def test_a_score_and_the_phrase_that_matched_explain_the_choice() -> None:
    match = INDEX.best("comment renouveler un passeport")
    assert match is not None and match.score >= MIN_SCORE
    assert match.phrase in ("Passeport", "renouveler un passeport", "passeport")


def test_follow_up_chooses_among_the_posts_pages_by_what_the_comment_names() -> None:
    post = "Permis de conduire, carte grise : toutes les démarches se font en ligne sur le site de l'ANTS."
    assert INDEX.follow_up("et pour le permis ?", post) is not None
    assert INDEX.follow_up("c'est payant ?", post) is None  # two pages: no guess


@given(st.sampled_from(RESOURCES))
def test_every_resource_is_found_by_its_own_title(resource: Resource) -> None:
    match = ResourceIndex(RESOURCES).best(resource.title)
    assert match is not None and match.resource.url == resource.url


@given(st.text(max_size=200))
def test_any_text_gives_a_match_or_none_never_an_error(text: str) -> None:
    match = INDEX.best(text)
    assert match is None or match.score >= MIN_SCORE


def test_a_synonym_phrase_in_another_order_still_names_its_group() -> None:
    assert "@drought" in keys_of("les piscines privées on peut les remplir ou pas")
    assert _url("l'aide exceptionnelle à l'embauche d'apprentis est prolongée") == "aides-a-lembauche"


def test_of_two_pages_the_one_a_comment_adds_to_its_post_wins() -> None:
    text = "Avec la canicule y a des restrictions d'eau dans le Rhône en ce moment ?"
    heat = frozenset(keys_of("Canicule : le Rhône passe en vigilance orange."))
    match = INDEX.best(text, context=heat)
    assert match is not None and match.resource.url == "https://vigieau.gouv.fr"


def test_a_past_participle_meets_its_verb() -> None:
    assert set(keys_of("inscrit")) == set(keys_of("inscrire"))


def test_a_page_named_in_passing_does_not_win_over_the_posts_page() -> None:
    """Under a heat alert, « le chantier » is where the heat strikes, not what is asked about."""
    text = "Que faire si un ouvrier se sent mal à cause de la chaleur sur un chantier ?"
    heat = frozenset(keys_of("Canicule : le Rhône passe en vigilance orange dès demain."))
    match = INDEX.best(text, context=heat)
    assert match is not None and "canicule" in match.resource.url


def test_a_word_inside_a_synonym_phrase_speaks_for_that_phrase_only() -> None:
    """« voter » belongs to « voter à ma place » (a proxy): with « inscrit » further on, it does
    not also make « s'inscrire pour voter »."""
    text = "Un ami peut voter à ma place s'il est inscrit dans une autre ville ?"
    assert _url(text) == "www.maprocuration.gouv.fr"
    assert _url("Il faut être inscrit depuis combien de temps pour voter ?") == "F1367"


def test_a_plural_meets_its_singular_whatever_the_suffix() -> None:
    from civicmod.text.stem import stem

    for singular, plural in [("scolaire", "scolaires"), ("arrivant", "arrivants"),
                             ("papier", "papiers"), ("parent", "parents")]:  # fmt: skip
        assert stem(singular) == stem(plural)
