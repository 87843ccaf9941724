"""Card activation routes: each names the function it enables; a bad office file is refused."""
import json
from pathlib import Path

import pytest

from sbdesk.domain.card_activation import parse
from sbdesk.domain.regions import PolicyError

SHIPPED = json.loads((Path(__file__).resolve().parents[2] / "resources" / "card_activation.json").read_text("utf-8"))


def test_the_bank_account_is_enabled_only_at_the_banks_counter():
    rules = parse(SHIPPED)
    [bank] = rules.routes_for("financial")
    assert bank.enables == ("financial",) and "柜台" in bank.says("zh_CN") and "counter" in bank.says("en")
    assert len(rules.routes_for("social_security")) >= 3
    assert all("financial" not in r.enables for r in rules.routes_for("social_security"))
    assert {r.status for r in rules.routes} <= {"confirmed", "secondary", "open"}


@pytest.mark.parametrize("breakage, where", [
    (lambda d: d["routes"][0].update(enables=["wallet"]), "routes[1].enables"),
    (lambda d: d["routes"][0].update(status="sure"), "routes[1].status"),
    (lambda d: d["routes"].pop(), "no route enables financial"),
    (lambda d: d.pop("functions"), "functions"),
])
def test_a_malformed_file_says_where(breakage, where):
    data = json.loads(json.dumps(SHIPPED))
    breakage(data)
    with pytest.raises(PolicyError) as caught:
        parse(data)
    assert where in caught.value.detail
