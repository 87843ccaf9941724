"""How each function of the social-security card is enabled: the 社保功能 (required before
use) and the 金融功能 (optional; only at the bank's counter). Data from
resources/card_activation.json, checked here so that a bad office file fails on loading,
not in front of a card holder."""

from __future__ import annotations

from dataclasses import dataclass

from .regions import PolicyError

FUNCTIONS = ("social_security", "financial")
STATUSES = ("confirmed", "secondary", "open")


@dataclass(frozen=True)
class Route:
    id: str
    enables: tuple[str, ...]
    text: dict[str, str]
    source: str
    status: str

    def says(self, lang: str) -> str:
        return self.text.get(lang) or self.text["zh_CN"]


@dataclass(frozen=True)
class CardActivation:
    labels: dict[str, dict[str, str]]
    routes: tuple[Route, ...]

    def routes_for(self, function: str) -> list[Route]:
        return [r for r in self.routes if function in r.enables]

    def label(self, function: str, lang: str) -> str:
        names = self.labels[function]
        return names.get(lang) or names["zh_CN"]


def parse(data: dict) -> CardActivation:
    try:
        functions = data["functions"]
        labels = {f: dict(functions[f]["label"]) for f in FUNCTIONS}
        routes = []
        for i, raw in enumerate(data["routes"], 1):
            enables = tuple(raw["enables"])
            if not enables or any(f not in FUNCTIONS for f in enables):
                raise PolicyError(f"routes[{i}].enables: one or more of {', '.join(FUNCTIONS)}")
            if raw.get("status") not in STATUSES:
                raise PolicyError(f"routes[{i}].status: one of {', '.join(STATUSES)}")
            text = {str(k): str(v) for k, v in raw["text"].items()}
            if not text.get("zh_CN"):
                raise PolicyError(f"routes[{i}].text: a zh_CN text is needed")
            routes.append(Route(str(raw["id"]), enables, text, str(raw.get("source", "")), raw["status"]))
    except (KeyError, TypeError, AttributeError) as exc:
        raise PolicyError(f"card activation: missing or malformed {exc}") from None
    for f in FUNCTIONS:
        if not any(f in r.enables for r in routes):
            raise PolicyError(f"card activation: no route enables {f}")
    return CardActivation(labels, tuple(routes))
