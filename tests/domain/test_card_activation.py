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


@pytest.mark.parametrize(
    "breakage, where",
    [
        (lambda d: d["routes"][0].update(enables=["wallet"]), "routes[1].enables"),
        (lambda d: d["routes"][0].update(status="sure"), "routes[1].status"),
        (lambda d: d["routes"].pop(), "no route enables financial"),
        (lambda d: d.pop("functions"), "functions"),
    ],
)
def test_a_malformed_file_says_where(breakage, where):
    data = json.loads(json.dumps(SHIPPED))
    breakage(data)
    with pytest.raises(PolicyError) as caught:
        parse(data)
    assert where in caught.value.detail


# -- channels.json: each channel one checked record ------------------------------------------
CHANNELS_DOC = json.loads((Path(__file__).resolve().parents[2] / "resources" / "channels.json").read_text("utf-8"))


@pytest.mark.parametrize(
    "breakage, where",
    [
        (lambda d: d["channels"]["wallet"].update(fields=["owner_id"]), "channels.wallet.fields"),
        (lambda d: d["channels"]["web"].update(member_identifier="passport"), "channels.web.member_identifier"),
        (lambda d: d["channels"]["window"].update(carried_out_by="fax"), "channels.window.carried_out_by"),
        (lambda d: d["channels"]["window"].update(receipt="yes"), "channels.window.receipt"),
        (lambda d: d["channels"]["ecard"]["steps"].pop("zh_CN"), "channels.ecard.steps"),
        (lambda d: d["fields"]["owner_id"].pop("finds"), "fields.owner_id"),
    ],
)
def test_a_malformed_channel_record_says_where(breakage, where):
    from sbdesk.domain.channels import parse as parse_channels

    data = json.loads(json.dumps(CHANNELS_DOC))
    breakage(data)
    with pytest.raises(PolicyError) as caught:
        parse_channels(data)
    assert where in caught.value.detail


def test_the_wallet_crosses_provinces_and_the_counters_ask_to_confirm_in_the_shipped_data():
    from sbdesk.domain.channels import parse as parse_channels

    shipped = parse_channels(CHANNELS_DOC)
    assert {k: shipped[k].cross_province for k in shipped} == {
        "ecard": "no",
        "web": "confirm",
        "window": "confirm",
        "hospital": "confirm",
        "wallet": "yes",
    }
    rule = shipped["window"].confirm_rule
    assert rule.since.isoformat() == "2026-01-09" and rule.source.credibility == "secondary"
    assert [k for k in shipped if shipped[k].receipt] == ["window", "hospital"]
