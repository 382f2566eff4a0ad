"""A small learned scorer: how likely a comment is one the guideline would delete.

Why: the abuse lexicon is precise but a new writer's threats and hate are worded
in ways it has not seen (deletion recall 0.53–0.70 on each corpus written blind).
A logistic regression over the comment's normalised words and word pairs,
trained on the labelled corpora of the repository, generalises better to a new
writer (at the default threshold 0.7, recall 0.69–0.79 on a corpus it never saw) but is
not precise enough to delete on its own (precision 0.84–0.94). So it never deletes: a
comment it finds likely and the lexicon did not flag goes to a person
(``review.suspected-abuse``).

The model is plain data (``data/abuse/model.json``, word → weight), read once;
scoring is a sum of weights, no numerical library and nothing downloaded.

>>> model = load_model()
>>> model.score("bande de connards, on va tous vous crever") > 0.5
True
>>> model.score("Merci pour l'info, le formulaire est en ligne ?") < 0.5
True
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType
from typing import TypeGuard

from civicmod.detectors.abuse.analysis import words_of
from civicmod.detectors.abuse.lexicon import load_lexicon
from civicmod.errors import CivicmodError
from civicmod.lexicon import Lexicon

FORMAT = 1
"""Version of the model file's layout; a file of another version is refused."""


class ModelError(CivicmodError):
    """A model file that cannot be read: missing, not JSON, or of another format."""


def _forms(text: str, lexicon: Lexicon | None) -> list[str]:
    return words_of(text, lexicon or load_lexicon()).forms


def _located(forms: list[str]) -> Iterator[tuple[str, int, int]]:
    """Each feature of ``forms`` with the first and last word it stands on."""
    for i, form in enumerate(forms):
        yield "w:" + form, i, i
        if i + 1 < len(forms):
            yield "b:" + form + " " + forms[i + 1], i, i + 1


def sigmoid(z: float) -> float:
    """The logistic function, clamped so that a huge logit cannot overflow."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def features(text: str, lexicon: Lexicon | None = None) -> list[str]:
    """The model's features: each normalised word (``w:``) and each pair of neighbours (``b:``).

    The words are the abuse lexicon's own reading (accents, case, SMS spelling,
    disguised letters), shared with the abuse analysis, so « C0NN4RD » and
    « connard » are one feature and a comment is normalised once.

    >>> features("Bande de c0nn4rds")
    ['w:bande', 'b:bande de', 'w:de', 'b:de connards', 'w:connards']
    """
    return [f for f, _, _ in _located(_forms(text, lexicon))]


@dataclass(frozen=True, eq=False)
class AbuseModel:
    """Weights of a logistic regression over :func:`features`, and where they came from.

    Immutable: the weights and settings are read-only views of private copies, so what
    :meth:`score` sums is what :attr:`weights` shows. Compared and hashed by identity.
    """

    weights: Mapping[str, float]
    bias: float
    trained_on: tuple[str, ...] = ()
    """The corpora (file names and record counts) it was fitted on."""
    settings: Mapping[str, float] = field(default_factory=dict)
    """The training settings (epochs, rate, l2, min_count, seed, prune), for reproduction."""
    _tables: tuple[dict[str, float], dict[str, dict[str, float]]] = field(
        init=False, repr=False, compare=False, default=({}, {})
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "weights", MappingProxyType(dict(self.weights)))
        object.__setattr__(self, "settings", MappingProxyType(dict(self.settings)))
        words: dict[str, float] = {}
        pairs: dict[str, dict[str, float]] = {}
        for key, w in self.weights.items():
            if key.startswith("w:"):
                words[key[2:]] = w
            elif key.startswith("b:") and " " in key:
                first, _, second = key[2:].partition(" ")
                pairs.setdefault(first, {})[second] = w
        object.__setattr__(self, "_tables", (words, pairs))

    def logit(self, forms: list[str]) -> float:
        """The weights of the distinct words and pairs of ``forms``, scaled by how many
        distinct ones there are (a long comment is not abusive for being long)."""
        words, pairs = self._tables
        distinct = set(forms)
        neighbours = set(pairwise(forms))
        z = sum(words.get(f, 0.0) for f in distinct)
        for first, second in neighbours:
            after = pairs.get(first)
            if after is not None:
                z += after.get(second, 0.0)
        return float(self.bias + z / math.sqrt(len(distinct) + len(neighbours) or 1))

    def score(self, text: str, lexicon: Lexicon | None = None) -> float:
        """Probability, by the model, that ``text`` is a comment to delete."""
        return sigmoid(self.logit(_forms(text, lexicon)))

    def strongest(self, text: str, n: int = 3, lexicon: Lexicon | None = None) -> list[str]:
        """The ``n`` words or pairs of ``text`` that push it most towards deletion, quoted
        from the text as written (« C0NN4RDS », not the normalised « connards »).

        >>> load_model().strongest("Bande de C0NN4RDS")[0]
        'C0NN4RDS'
        """
        words = words_of(text, lexicon or load_lexicon())
        spans: dict[str, tuple[int, int]] = {}
        for f, i, j in _located(words.forms):
            spans.setdefault(f, (i, j))
        heavy = [f for f in spans if self.weights.get(f, 0.0) > 0.0 and (f[0] == "b" or len(f) > 5)]
        ranked = sorted(heavy, key=lambda f: (-self.weights[f], f))[:n]
        starts, ends = words.starts, words.ends
        return [text[starts[spans[f][0]] : ends[spans[f][1]]] for f in ranked]

    def to_json(self) -> dict[str, object]:
        return {
            "format": FORMAT,
            "kind": "logistic regression over normalised words and word pairs",
            "trained_on": list(self.trained_on),
            "settings": dict(self.settings),
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 4) for k, v in sorted(self.weights.items())},
        }

    def save(self, path: str | Path) -> None:
        Path(path).write_text(
            json.dumps(self.to_json(), ensure_ascii=False, indent=0, sort_keys=False) + "\n",
            encoding="utf-8",
        )


def read_model(path: str | Path) -> AbuseModel:
    """Read a model file written by :meth:`AbuseModel.save`; :class:`ModelError` if unusable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"abuse model {path}: cannot read it ({exc})") from exc
    return _from_json(data, str(path))


def _number(value: object) -> TypeGuard[float]:
    """A finite JSON number (``true`` is not one, nor ``NaN`` or ``Infinity``)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _from_json(data: object, where: str) -> AbuseModel:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"abuse model {where}: not a format-{FORMAT} model file")
    weights, bias = data.get("weights"), data.get("bias")
    if not isinstance(weights, dict) or not _number(bias):
        raise ModelError(f"abuse model {where}: 'weights' (object) and 'bias' (finite number) are required")
    bad = next((k for k, v in weights.items() if not (isinstance(k, str) and _number(v))), None)
    if bad is not None:
        raise ModelError(f"abuse model {where}: weight {bad!r} is not a finite number")
    settings, trained_on = data.get("settings", {}), data.get("trained_on", [])
    if not isinstance(settings, dict) or not all(_number(v) for v in settings.values()):
        raise ModelError(f"abuse model {where}: 'settings' must map names to finite numbers")
    if not isinstance(trained_on, list) or not all(isinstance(x, str) for x in trained_on):
        raise ModelError(f"abuse model {where}: 'trained_on' must be a list of strings")
    return AbuseModel(
        weights={k: float(v) for k, v in weights.items()},
        bias=float(bias),
        trained_on=tuple(trained_on),
        settings={str(k): v for k, v in settings.items()},
    )


@cache
def _bundled() -> AbuseModel:
    text = resources.files("civicmod").joinpath("data/abuse/model.json").read_text(encoding="utf-8")
    return _from_json(json.loads(text), "civicmod/data/abuse/model.json")


@lru_cache(maxsize=8)
def _read_once(path: str, mtime_ns: int, size: int) -> AbuseModel:
    return read_model(path)


def load_model(path: str | None = None) -> AbuseModel:
    """The bundled model (``civicmod/data/abuse/model.json``), or the file at ``path``.

    Each is read once, and a page's file again when it changes on disk (its modification
    time or size); a file that is missing or unusable is a :class:`ModelError`.
    """
    if path is None:
        return _bundled()
    try:
        st = Path(path).stat()
    except OSError as exc:
        raise ModelError(f"abuse model {path}: cannot read it ({exc})") from exc
    return _read_once(str(Path(path).resolve()), st.st_mtime_ns, st.st_size)
