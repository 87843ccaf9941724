"""An office's local pension figures, alone in a module: the policy holds them and every
start reads the policy, while the pension calculations are loaded only when used."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LocalFigures:
    """The figures an office sets (policy.json 'pension', or kept from the dialog)."""

    average_wage: float = 8000.0  # local average monthly wage (社平工资 / 12)
    account_rate: float = 0.08  # share of the base paid into the personal account
