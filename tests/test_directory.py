"""The account directory: TOML and CSV sources, folded lookups, names found in a text."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicmod import AccountEntry, Config, ConfigError, Directory, DirectoryError
from civicmod.directory import PhraseMatcher, load_accounts_csv, parse_accounts_csv
from civicmod.text.names import name_key
from tests.strategies import french_text

ACCOUNTS = (
    AccountEntry(
        handle="@Sante_Gouv",
        name="Ministère de la Santé",
        aliases=("ministère de la Santé et de la Prévention",),
        kind="government",
        verified=True,
    ),
    AccountEntry(
        handle="@CroixRouge",
        name="Croix-Rouge française",
        aliases=("la Croix-Rouge",),
        kind="association",
        verified=True,
        partner=True,
    ),
    AccountEntry(handle="@meteofrance", name="Météo-France", kind="government", verified=True),
    AccountEntry(
        handle="@ARS_ARA",
        name="Agence régionale de santé Auvergne-Rhône-Alpes",
        aliases=("ARS Auvergne-Rhône-Alpes", "ARS"),
        kind="government",
    ),
    AccountEntry(handle="@laposte", name="La Poste", kind="company", verified=True),
    AccountEntry(handle="@Assurance_Maladie", name="l'Assurance Maladie", kind="government"),
)
DIRECTORY = Directory(ACCOUNTS)


def names(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.account.handle) for m in DIRECTORY.find_names(text)]


# --- lookups -------------------------------------------------------------------------


@pytest.mark.parametrize("handle", ["@Sante_Gouv", "@sante_gouv", "Sante_Gouv", " @SANTE_GOUV "])
def test_by_handle_ignores_case_and_the_at_sign(handle: str) -> None:
    found = DIRECTORY.by_handle(handle)
    assert found is not None and found.handle == "@Sante_Gouv"
    assert handle in DIRECTORY


@pytest.mark.parametrize(
    ("name", "handle"),
    [
        ("le ministère de la Santé", "@Sante_Gouv"),
        ("ministere de la sante", "@Sante_Gouv"),
        ("MINISTÈRE DE LA SANTÉ", "@Sante_Gouv"),
        ("du ministère de la Santé", "@Sante_Gouv"),
        ("la Croix-Rouge", "@CroixRouge"),
        ("Croix Rouge", "@CroixRouge"),  # a name on its own: hyphens may be loose
        ("de la Croix-Rouge", "@CroixRouge"),
        ("croix-rouge francaise", "@CroixRouge"),
        ("Meteo-France", "@meteofrance"),
        ("l’Assurance maladie", "@Assurance_Maladie"),
        ("de l'Assurance Maladie", "@Assurance_Maladie"),
        ("Assurance Maladie", "@Assurance_Maladie"),
    ],
)
def test_by_name_folds_case_accents_articles_and_elisions(name: str, handle: str) -> None:
    found = DIRECTORY.by_name(name)
    assert found is not None and found.handle == handle


def test_unknown_names_and_handles_are_none() -> None:
    assert DIRECTORY.by_name("ministère de l'Intérieur") is None
    assert DIRECTORY.by_handle("@Interieur_Gouv") is None
    assert DIRECTORY.lookup(handle="@nobody", name="la Croix-Rouge") is not None
    assert DIRECTORY.lookup(handle="", name="") is None


def test_public_actors_are_government_accounts_and_partners() -> None:
    standing = {a.handle: a.is_public_actor for a in DIRECTORY}
    assert standing["@Sante_Gouv"] and standing["@CroixRouge"] and standing["@meteofrance"]
    assert not standing["@laposte"]


# --- names in a text -----------------------------------------------------------------


def test_names_and_aliases_are_found_with_their_spans() -> None:
    text = "Merci à la Croix-Rouge et au ministère de la Santé, avec Météo-France."
    assert names(text) == [
        ("Croix-Rouge", "@CroixRouge"),
        ("ministère de la Santé", "@Sante_Gouv"),
        ("Météo-France", "@meteofrance"),
    ]
    for m in DIRECTORY.find_names(text):
        assert text[m.start : m.end] == m.text


def test_the_longest_name_wins() -> None:
    assert names("Le ministère de la Santé et de la Prévention recrute.") == [
        ("ministère de la Santé et de la Prévention", "@Sante_Gouv")
    ]
    assert names("L'ARS Auvergne-Rhône-Alpes communique.") == [
        ("ARS Auvergne-Rhône-Alpes", "@ARS_ARA")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Les arsenaux de Toulon",  # ARS inside a word
        "Un dispositif Météorologique-France",  # not the same words
        "Retrouvez @Sante_Gouv et @meteofrance",  # handles are mentions, not names
        "#CroixRouge #MeteoFrance",  # hashtags are not names
        "https://www.croix-rouge.fr/la-croix-rouge/ars",  # nor are links
        "Voir la Croix-. Rouge vif sur la carte.",  # not across a full stop
        "Une croix rouge sur la carte indique les routes fermées.",  # the hyphen makes the name
        "Météo, France : le bulletin du jour",  # not across a comma
        "#ARS_ARA #ARSenal",  # a hashtag names only when it spells a one-word name
    ],
)
def test_nothing_is_found_inside_words_markup_or_across_sentences(text: str) -> None:
    assert names(text) == []


def test_one_word_names_fold_case_too_so_keep_common_nouns_out_of_the_directory() -> None:
    assert names("Contactez l'ARS.") == [("ARS", "@ARS_ARA")]
    assert names("contactez l'ars") == [("ars", "@ARS_ARA")]
    # « La Poste » is one word once its article goes: every « poste » names it.
    assert names("le bureau de poste est fermé") == [("poste", "@laposte")]


def test_a_hashtag_that_spells_a_one_word_name_names_it() -> None:
    assert names("#ARS : nouvelle campagne, avec #Poste") == [
        ("#ARS", "@ARS_ARA"),
        ("#Poste", "@laposte"),
    ]
    assert names("#CroixRouge #MeteoFrance #ARS69") == []


def test_non_breaking_spaces_hyphens_and_typographic_apostrophes_join_words() -> None:
    assert names("Merci à la Croix\u2011Rouge et à l’Assurance\u202fMaladie") == [
        ("Croix\u2011Rouge", "@CroixRouge"),
        ("Assurance\u202fMaladie", "@Assurance_Maladie"),
    ]
    assert names("Merci à la Croix\u00a0Rouge") == []


def test_a_name_two_accounts_share_is_ambiguous_and_matched_for_neither() -> None:
    d = Directory(
        [
            AccountEntry(handle="@ARS_ARA", name="ARS Auvergne-Rhône-Alpes", aliases=("l'ARS",)),
            AccountEntry(handle="@ARS_IDF", name="ARS Île-de-France", aliases=("l'ARS",)),
        ]
    )
    assert d.ambiguous == {"ars"}
    assert d.by_name("ARS") is None
    assert [m.account.handle for m in d.find_names("L'ARS et l'ARS Île-de-France")] == ["@ARS_IDF"]


def test_the_first_entry_of_a_handle_wins() -> None:
    d = Directory(
        [
            AccountEntry(handle="@Mairie", name="Mairie de Voiron", kind="government"),
            AccountEntry(handle="@mairie", name="Autre", kind="company"),
        ]
    )
    assert len(d) == 1
    entry = d.by_handle("@MAIRIE")
    assert entry is not None and entry.kind == "government"


def test_matcher_is_leftmost_longest_and_stops_where_words_do_not_join() -> None:
    m = PhraseMatcher[int]()
    m.add(("a", "b"), 1)
    m.add(("a", "b", "c"), 2)
    m.add(("b", "c"), 3)
    assert list(m.scan(["a", "b", "c", "b", "c"])) == [(0, 3, 2), (3, 5, 3)]
    assert list(m.scan(["a", "b", "c"], then=[None, "b", None])) == [(0, 2, 1)]
    with pytest.raises(ValueError):
        m.add((), 0)


# --- property: any writing of a name is found ---------------------------------------

_MULTIWORD = [a for a in ACCOUNTS if any(len(name_key(n)) > 1 for n in a.names)]
_ARTICLES = ["", "le ", "la ", "les ", "l'", "l’", "du ", "de la ", "des ", "d'", "au ", "aux "]


def _strip_accents(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )


@st.composite
def written_names(draw: st.DrawFn) -> tuple[str, str, str]:
    """(sentence, the name as written in it, handle) for a multi-word directory name."""
    account = draw(st.sampled_from(_MULTIWORD))
    name = draw(st.sampled_from([n for n in account.names if len(name_key(n)) > 1]))
    for article in ("la ", "l'"):
        if name.lower().startswith(article):
            name = name[len(article) :]
    if draw(st.booleans()):
        name = _strip_accents(name)
    case = draw(st.sampled_from(["same", "lower", "upper", "title", "random"]))
    if case == "lower":
        name = name.lower()
    elif case == "upper":
        name = name.upper()
    elif case == "title":
        name = name.title()
    elif case == "random":
        flips = draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
        name = "".join(c.upper() if f else c.lower() for c, f in zip(name, flips, strict=True))
    if draw(st.booleans()):
        name = name.replace("-", "\u2011")  # a non-breaking hyphen is a hyphen
    article = draw(st.sampled_from(_ARTICLES))
    before = draw(french_text(5))
    after = draw(french_text(5))
    sentence = f"{before} {article}{name} {after}".strip()
    return sentence, name, account.handle


@given(written_names())
def test_any_writing_of_a_name_is_found(case: tuple[str, str, str]) -> None:
    sentence, name, handle = case
    found = DIRECTORY.find_names(sentence)
    assert any(m.account.handle == handle and m.text == name for m in found), (sentence, found)


# --- TOML and CSV ------------------------------------------------------------------------

CSV = """handle,name,aliases,kind,verified,partner,note
@Sante_Gouv,Ministère de la Santé,ministère de la Santé et de la Prévention|ministre de la Santé,government,true,false,
@Restos_du_Coeur,Les Restos du Cœur,les Restos,association,oui,oui,convention 2024
@SuperMarche,SuperMarché,,brand,1,0,
"""


def test_csv_is_read_with_aliases_and_flags() -> None:
    accounts = parse_accounts_csv(CSV)
    assert [a.handle for a in accounts] == ["@Sante_Gouv", "@Restos_du_Coeur", "@SuperMarche"]
    assert accounts[0].aliases == ("ministère de la Santé et de la Prévention", "ministre de la Santé")
    assert accounts[1].partner and accounts[1].verified and accounts[1].is_public_actor
    assert accounts[2].kind == "brand" and not accounts[2].partner
    d = Directory(accounts)
    found = d.by_name("les restos du coeur")
    assert found is not None and found.handle == "@Restos_du_Coeur"


def test_csv_from_a_spreadsheet_with_semicolons_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text(
        "\ufeffhandle;name;kind;partner\n@CroixRouge;Croix-Rouge française;association;oui\n",
        encoding="utf-8",
    )
    (entry,) = load_accounts_csv(path)
    assert entry.handle == "@CroixRouge" and entry.partner


@pytest.mark.parametrize(
    ("csv", "message"),
    [
        ("handle,kind\n@x,ministere\n", "line 2, column kind: unknown kind 'ministere'"),
        ("handle,verified\n@x,peut-être\n", "line 2, column verified: 'peut-être' is not a yes/no"),
        ("handle,name\n@x,X\n@X,Y\n", "line 3, column handle: @X is already on line 2"),
        ("handle,name,colour\n@x,X,red\n", "line 1: unknown column 'colour'"),
        ("name,kind\nX,brand\n", "line 1: the header has no 'handle' column"),
        ("handle,name\n@x,X,extra\n", "line 2: 3 fields, the header has 2"),
        ("handle,name\n,Sans handle\n", "line 2, column handle: empty handle"),
        ("handle,name\n@a b,X\n", "line 2, column handle: '@a b': a handle has no spaces"),
        ("", "empty file"),
    ],
)
def test_csv_errors_name_the_line_and_the_column(csv: str, message: str) -> None:
    with pytest.raises(DirectoryError, match=message) as err:
        parse_accounts_csv(csv, source="annuaire.csv")
    assert str(err.value).startswith("annuaire.csv")
    assert isinstance(err.value, ConfigError)


def test_config_reads_the_csv_relative_to_the_toml(tmp_path: Path) -> None:
    (tmp_path / "annuaire").mkdir()
    (tmp_path / "annuaire" / "comptes.csv").write_text(CSV, encoding="utf-8")
    (tmp_path / "civicmod.toml").write_text(
        '[directory]\ncsv = "annuaire/comptes.csv"\n\n'
        '[[accounts]]\nhandle = "@SuperMarche"\nname = "SuperMarché"\nkind = "brand"\n'
        "partner = true\n",
        encoding="utf-8",
    )
    cfg = Config.from_toml(tmp_path / "civicmod.toml")
    d = cfg.account_directory()
    assert len(d) == 3
    market = d.by_handle("@SuperMarche")
    assert market is not None and market.partner, "the TOML's entry overrides the CSV's"
    assert cfg.account_directory() is d, "built once"


def test_a_bad_csv_fails_when_the_config_loads(tmp_path: Path) -> None:
    (tmp_path / "comptes.csv").write_text("handle,kind\n@x,ministere\n", encoding="utf-8")
    (tmp_path / "civicmod.toml").write_text('[directory]\ncsv = "comptes.csv"\n', encoding="utf-8")
    with pytest.raises(DirectoryError, match=r"comptes\.csv: line 2, column kind"):
        Config.from_toml(tmp_path / "civicmod.toml")
    (tmp_path / "civicmod.toml").write_text('[directory]\ncsv = "absent.csv"\n', encoding="utf-8")
    with pytest.raises(DirectoryError, match=r"absent\.csv: no such file"):
        Config.from_toml(tmp_path / "civicmod.toml")


def test_configs_compare_by_their_fields_whether_or_not_the_directory_is_built() -> None:
    a = Config(accounts=ACCOUNTS)
    b = Config(accounts=ACCOUNTS)
    a.account_directory()
    assert a == b and b == a
    other = a.model_copy(update={"accounts": ACCOUNTS[:1]})
    assert len(other.account_directory()) == 1
    assert len(a.account_directory()) == len(ACCOUNTS)
