from __future__ import annotations

from pathlib import Path

import pytest

from civicmod import Config, ConfigError, ContactConfig, Resource


def test_example_config_loads() -> None:
    cfg = Config.from_toml("examples/civicmod.toml")
    assert cfg.page.handle == "@Prefet38"
    assert cfg.contact.form_url.startswith("https://")
    assert cfg.resources[0].url.endswith("F1342")
    assert cfg.accounts[1].partner is True
    assert "{contact}" in cfg.templates.contact_message


def test_buildable_in_python() -> None:
    cfg = Config(
        contact=ContactConfig(email="contact@mairie-exemple.fr"),
        resources=(Resource(url="https://www.service-public.fr/x", title="X"),),
    )
    assert cfg.contact.configured and cfg.resources[0].keywords == ()


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[contact]\nemail = 'pas-un-mail'\n", "contact.email"),
        ("[[resources]]\nurl = 'ftp://x'\n", "resources.0.url"),
        ("[templates]\ncontact_message = 'Écrivez {adresse}'\n", "unknown placeholder"),
        ("[page\nname = 'x'\n", "invalid TOML"),
        ("[pagee]\nname = 'x'\n", "pagee: unknown field"),
    ],
)
def test_config_errors_name_file_and_field(tmp_path: Path, toml: str, message: str) -> None:
    path = tmp_path / "civicmod.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as err:
        Config.from_toml(path)
    assert str(path) in str(err.value)


def test_missing_file() -> None:
    with pytest.raises(ConfigError, match="no such file"):
        Config.from_toml("nowhere.toml")


def test_disabling_an_unknown_detector_is_an_error_not_a_silence() -> None:
    from civicmod import Moderator
    from civicmod.config import DetectorsConfig

    with pytest.raises(ConfigError, match="unknown detector"):
        Moderator(Config(detectors=DetectorsConfig(disable=("rudness",))))
