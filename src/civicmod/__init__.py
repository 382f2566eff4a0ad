"""civicmod: the French government's guideline for administrations' social-media pages,
as rules a program can apply.

>>> import civicmod
>>> mod = civicmod.Moderator(civicmod.Config(contact=civicmod.ContactConfig(
...     form_url="https://www.isere.gouv.fr/Contactez-nous")))
>>> d = mod.review(civicmod.Comment(text="Mon numéro de sécu est 1 85 05 78 006 084 91, où en est mon dossier ?"))
>>> d.kinds
['remove_personal_data', 'reply_with_contact_message']
>>> d.actions[0].redacted_text
'Mon numéro de sécu est [NIR], où en est mon dossier ?'
"""

# isort: split
from civicmod import native as _native  # noqa: F401  (first: CIVICMOD_PURE_PYTHON=1 acts before a hot module loads)

# isort: split
from civicmod.action import ACTION_KINDS, Action, ActionKind, Decision
from civicmod.config import (
    AccountEntry,
    Config,
    ContactConfig,
    DirectoryConfig,
    PageConfig,
    PartnershipsConfig,
    Resource,
    Templates,
)
from civicmod.detection import Detection
from civicmod.detectors import Detector, TextDetector, create_detector, register_detector
from civicmod.directory import Directory, NameMatch
from civicmod.errors import (
    CivicmodError,
    ConfigError,
    DetectorError,
    DirectoryError,
    InputError,
)
from civicmod.evaluation import EvaluationReport, evaluate, load_corpus
from civicmod.models import (
    Account,
    Comment,
    Interaction,
    Item,
    Media,
    PersonRef,
    Post,
    Quote,
    QuoteAuthor,
)
from civicmod.moderator import Moderator
from civicmod.native import native_modules, warn_if_stale
from civicmod.policies import GUIDELINE, Policy, PolicyContext
from civicmod.records import parse_record
from civicmod.redaction import redact
from civicmod.rules import RULES, Rule

__version__ = "0.1.0"

warn_if_stale()

__all__ = [
    "ACTION_KINDS",
    "GUIDELINE",
    "RULES",
    "Account",
    "AccountEntry",
    "Action",
    "ActionKind",
    "CivicmodError",
    "Comment",
    "Config",
    "ConfigError",
    "ContactConfig",
    "Decision",
    "Detection",
    "Detector",
    "DetectorError",
    "Directory",
    "DirectoryConfig",
    "DirectoryError",
    "EvaluationReport",
    "InputError",
    "Interaction",
    "Item",
    "Media",
    "Moderator",
    "NameMatch",
    "PageConfig",
    "PartnershipsConfig",
    "PersonRef",
    "Policy",
    "PolicyContext",
    "Post",
    "Quote",
    "QuoteAuthor",
    "Resource",
    "Rule",
    "Templates",
    "TextDetector",
    "__version__",
    "create_detector",
    "evaluate",
    "load_corpus",
    "native_modules",
    "parse_record",
    "redact",
    "register_detector",
]
