"""Detectors by name: built-ins register themselves, third parties use entry points.

A package makes its detector available to every civicmod user with::

    # pyproject.toml of the third-party package
    [project.entry-points."civicmod.detectors"]
    shouting = "mypkg.detectors:Shouting"

then ``create_detector("shouting")`` or ``[detectors] enable = [..., "shouting"]``.

A factory that takes a ``config`` keyword (the resource matcher, the account
directory) is given the page's :class:`~civicmod.Config`; others take nothing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Any, TypeVar

from civicmod.detectors.protocol import Detector
from civicmod.errors import DetectorError

if TYPE_CHECKING:
    from civicmod.config import Config

ENTRY_POINT_GROUP = "civicmod.detectors"

Factory = Callable[..., Detector]
T = TypeVar("T")

_FACTORIES: dict[str, Factory] = {}
_DEFAULTS: list[str] = []
_entry_points_loaded = False


def register_detector(name: str, *, default: bool = False) -> Callable[[T], T]:
    """Class decorator: make a detector buildable by ``name``.

    ``default=True`` puts it in the set a :class:`~civicmod.Moderator` runs when
    the config names none.
    """

    def decorate(factory: T) -> T:
        if not callable(factory):
            raise DetectorError(f"detector {name!r}: {factory!r} is not callable")
        _FACTORIES[name] = factory
        if default and name not in _DEFAULTS:
            _DEFAULTS.append(name)
        return factory

    return decorate


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in _FACTORIES:
            continue
        _FACTORIES[ep.name] = _lazy(ep.name, ep.value, ep.load)


def _lazy(name: str, target: str, load: Callable[[], object]) -> Factory:
    def build(config: Config | None = None) -> Detector:
        try:
            factory = load()
        except Exception as exc:
            raise DetectorError(
                f"detector {name!r}: cannot load entry point {target!r}: {exc}"
            ) from exc
        if not callable(factory):
            raise DetectorError(f"detector {name!r}: entry point {target!r} is not callable")
        return factory(**_config_kwargs(factory, config))  # type: ignore[no-any-return]

    return build


def detector_names() -> list[str]:
    """Every name a detector can be built by, built-in or from entry points."""
    _import_builtins()
    _load_entry_points()
    return sorted(_FACTORIES)


def default_detector_names() -> list[str]:
    """The built-in detectors a Moderator runs by default, in running order."""
    _import_builtins()
    return list(_DEFAULTS)


def _takes_config(factory: Callable[..., object]) -> bool:
    try:
        return "config" in inspect.signature(factory).parameters
    except (TypeError, ValueError):
        return False


def _config_kwargs(factory: Callable[..., object], config: Config | None) -> dict[str, Any]:
    if config is None or not _takes_config(factory):
        return {}
    return {"config": config}


def create_detector(name: str, config: Config | None = None) -> Detector:
    """Build the detector registered as ``name``; :class:`DetectorError` if unknown or broken.

    ``config`` reaches factories that accept it (detectors that need the page's
    resources or account directory); without it they get the defaults.
    """
    _import_builtins()
    if name not in _FACTORIES:
        _load_entry_points()
    factory = _FACTORIES.get(name)
    if factory is None:
        known = ", ".join(sorted(_FACTORIES))
        raise DetectorError(f"no detector named {name!r} (known: {known})")
    try:
        detector = factory(**_config_kwargs(factory, config))
    except DetectorError:
        raise
    except Exception as exc:
        raise DetectorError(f"detector {name!r} could not be built: {exc}") from exc
    if not isinstance(detector, Detector):
        raise DetectorError(f"{name!r} does not follow the Detector protocol (name, detect)")
    return detector


def _import_builtins() -> None:
    import civicmod.detectors.builtin  # noqa: F401
