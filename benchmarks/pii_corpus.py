"""A generated French corpus for the personal-data benchmark, with exact gold spans.

Seeded, so every run measures the same comments. Half the comments carry one or
two identifiers in the writings citizens use; the other half carry numbers that
are not personal data (dates, prices, short numbers, SIRET, file numbers).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import phonenumbers

from civicmod.detectors.iban import IBAN_LENGTHS
from civicmod.detectors.nir import nir_key

OPENINGS = [
    "Bonjour, ça fait 3 semaines que j'attends, rappelez moi",
    "bjr jattends tjs mon remboursement, voici",
    "Madame, Monsieur, je vous transmets",
    "Toujours aucune réponse pour mon dossier !!! 😡",
    "slt, pr ma carte vitale qui n'est pas arrivée",
    "Merci de me recontacter rapidement, c'est urgent",
    "je n'arrive pas à me connecter à mon espace, voici",
    "Pour le versement de l'APL de ma fille",
]
CLOSINGS = ["merci d'avance", "svp", "cordialement", "😭🙏", "bonne journée", "", "!!", "merci bcp"]
NEGATIVES = [
    "Le dossier n° 2024-118754 a été déposé le 06/12/2024 à 14h30.",
    "En cas d'urgence composez le 15, le 17, le 18 ou le 112.",
    "Le 3949 ne répond jamais, 45 min d'attente pour rien.",
    "Ça m'a coûté 1 250,50 € de frais, soit 12 % de plus qu'en 2023.",
    "SIRET de l'entreprise : 732 829 320 00074, SIREN 732 829 320.",
    "Les travaux rue de la République à Lyon 69003 durent depuis 6 mois.",
    "Réf. AB123456 : article L. 115-2 du code de la sécurité sociale.",
    "Horaires 8h30-12h / 13h30-17h, fermé le 14/07 et le 15/08.",
    "J'ai reçu mon passeport en 21 jours, merci aux agents 👍",
    "Rendez-vous pris pour le 03 12 2025 à 9h, on verra bien.",
    "Le numéro vert 0 800 130 000 est saturé depuis lundi.",
    "Taux de 2,5 % pour 150 000 habitants, c'est une honte.",
]


@dataclass(frozen=True)
class Sample:
    text: str
    gold: tuple[tuple[str, int, int], ...]


def _nir(rng: random.Random) -> str:
    dept = rng.choice([f"{d:02d}" for d in range(1, 96) if d != 20] + ["2A", "2B", "99"])
    body = (
        rng.choice("12")
        + f"{rng.randint(0, 99):02d}{rng.randint(1, 12):02d}"
        + dept
        + f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    )
    key = f"{nir_key(body):02d}"
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
    style = rng.randrange(5)
    if style == 0:
        return " ".join(parts)
    if style == 1:
        return "".join(parts)
    if style == 2:
        return ".".join(parts)
    if style == 3:
        return body + " clé " + key
    return " ".join(parts).lower()


def _phone(rng: random.Random) -> str:
    while True:
        national = (
            "0" + rng.choice("12345679") + "".join(rng.choice("0123456789") for _ in range(8))
        )
        if phonenumbers.is_valid_number(phonenumbers.parse(national, "FR")):
            break
    pairs = [national[i : i + 2] for i in range(0, 10, 2)]
    style = rng.randrange(6)
    if style == 0:
        return " ".join(pairs)
    if style == 1:
        return ".".join(pairs)
    if style == 2:
        return national
    if style == 3:
        return "+33 " + national[1] + " " + " ".join(pairs[1:])
    if style == 4:
        return "+33 (0)" + national[1] + " " + " ".join(pairs[1:])
    return "/".join(pairs)


def _email(rng: random.Random) -> str:
    first = rng.choice(["jean", "marie", "k.benali", "lucas", "sophie", "nguyen", "anne-laure"])
    last = rng.choice(["dupont", "martin", "durand", "lefevre", "moreau", "92", "pro"])
    provider = rng.choice(["gmail", "orange", "free", "laposte", "hotmail", "yahoo", "sfr"])
    tld = rng.choice(["fr", "com", "net"])
    style = rng.randrange(6)
    if style <= 1:
        return f"{first}.{last}@{provider}.{tld}"
    if style == 2:
        return f"{first}.{last} at {provider}.{tld}"
    if style == 3:
        return f"{first}.{last} arobase {provider} point {tld}"
    if style == 4:
        return f"{first}.{last} [at] {provider} [dot] {tld}"
    return f"{first}.{last} @ {provider} . {tld}"


def _iban(rng: random.Random) -> str:
    country = rng.choice(["FR", "FR", "FR", "DE", "BE", "ES", "IT"])
    bban = "".join(rng.choice("0123456789") for _ in range(IBAN_LENGTHS[country] - 4))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    iban = f"{country}{98 - int(numeric) % 97:02d}{bban}"
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return rng.choice([grouped, iban, grouped.lower()])


GENERATORS = {"nir": _nir, "phone": _phone, "email": _email, "iban": _iban}


def generate(n: int, seed: int = 20261124) -> list[Sample]:
    """``n`` comments; about half with identifiers, gold spans by type name."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            out.append(Sample(rng.choice(NEGATIVES) + " " + rng.choice(CLOSINGS), ()))
            continue
        text = rng.choice(OPENINGS) + " "
        gold = []
        kinds = rng.sample(sorted(GENERATORS), k=rng.choice([1, 1, 2]))
        for i, kind in enumerate(kinds):
            if i:
                text += " " + rng.choice(["et", "ou", "-", "/"]) + " "
            value = GENERATORS[kind](rng)
            gold.append((kind, len(text), len(text) + len(value)))
            text += value
        text += " " + rng.choice(CLOSINGS)
        out.append(Sample(text, tuple(gold)))
    return out
