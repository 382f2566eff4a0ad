from __future__ import annotations

import runpy
import sys
from pathlib import Path

import pytest

from civicmod import Comment, Config, ConfigError, DetectorError, Moderator
from civicmod.detectors import create_detector, default_detector_names, detector_names, registry


def test_builtin_detectors_are_registered_by_name() -> None:
    assert set(default_detector_names()) >= {
        "address",
        "bank_card",
        "caf_number",
        "france_travail_id",
        "email",
        "iban",
        "nir",
        "phone",
        "tax_number",
    }
    assert {"nir", "email", "phone", "iban"} <= set(detector_names())
    assert create_detector("nir").name == "nir"


def test_unknown_detector_is_a_typed_error() -> None:
    with pytest.raises(DetectorError, match="no detector named 'nope'"):
        create_detector("nope")
    with pytest.raises(ConfigError, match=r"\[detectors\]"):
        Moderator(Config.from_dict({"detectors": {"enable": ["nope"]}}))


def test_config_disables_a_detector() -> None:
    mod = Moderator(Config.from_dict({"detectors": {"disable": ["phone"]}}))
    assert "phone" not in [d.name for d in mod.detectors]
    assert mod.review(Comment(text="tel 06 12 34 56 78")).kinds == []


def test_the_documented_custom_detector() -> None:
    example = runpy.run_path("examples/custom_detector.py")
    mod = Moderator(detectors=[example["LicencePlateDetector"]()])
    d = mod.review(Comment(text="ma voiture AB-123-CD est en fourrière"))
    action = d.action("remove_personal_data")
    assert action is not None
    assert action.redacted_text == "ma voiture [DONNÉE PERSONNELLE] est en fourrière"
    cfg = Config.from_dict({"detectors": {"enable": ["nir", "licence_plate"]}})
    assert [x.name for x in Moderator(cfg).detectors] == ["nir", "licence_plate"]


def test_third_party_detector_through_an_entry_point(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pkg = tmp_path / "civic_shout"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "from civicmod import Detection\n"
        "class Shouting:\n"
        "    name = 'shouting'\n"
        "    def detect(self, item):\n"
        "        t = getattr(item, 'text', '')\n"
        "        if t.isupper():\n"
        "            return [Detection(category='style.shouting', end=len(t), text=t,\n"
        "                              detector=self.name)]\n"
        "        return []\n",
        encoding="utf-8",
    )
    info = tmp_path / "civic_shout-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: civic-shout\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(
        "[civicmod.detectors]\nshouting = civic_shout:Shouting\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "_FACTORIES", dict(registry._FACTORIES))
    try:
        assert "shouting" in detector_names()
        detector = create_detector("shouting")
        found = detector.detect(Comment(text="RÉPONDEZ"))
        assert [d.category for d in found] == ["style.shouting"]
    finally:
        sys.modules.pop("civic_shout", None)


def test_broken_entry_point_is_a_typed_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = tmp_path / "civic_broken-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: civic-broken\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[civicmod.detectors]\nbroken = no_such_module:X\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "_entry_points_loaded", False)
    monkeypatch.setattr(registry, "_FACTORIES", dict(registry._FACTORIES))
    with pytest.raises(DetectorError, match="cannot load entry point"):
        create_detector("broken")


def test_a_factory_that_takes_config_gets_the_pages_config() -> None:
    seen: list[Config | None] = []

    class NeedsConfig:
        name = "needs_config"

        def __init__(self, config: Config | None = None) -> None:
            seen.append(config)

        def detect(self, item: object) -> list[object]:
            return []

    registry.register_detector("needs_config")(NeedsConfig)
    try:
        cfg = Config.from_dict(
            {"page": {"handle": "@Prefet38"}, "detectors": {"enable": ["needs_config"]}}
        )
        Moderator(cfg)
        create_detector("needs_config")
        assert seen == [cfg, None]
    finally:
        registry._FACTORIES.pop("needs_config")
