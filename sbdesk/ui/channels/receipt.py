"""What a binding receipt looks like; ``common.printing`` puts it on paper or in a PDF."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ...services.receipts import Receipt
from ..common.texts import channel_label, relation_label


def receipt_html(r: Receipt) -> str:
    b = r.binding
    labels = {
        "title": QCoreApplication.translate("receipt", "Receipt: family sharing of the personal account (个人账户家庭共济)"),
        "number": QCoreApplication.translate("receipt", "Binding number"), "channel": QCoreApplication.translate("receipt", "Channel"),
        "relationship": QCoreApplication.translate("receipt", "Relationship"), "bound_on": QCoreApplication.translate("receipt", "Bound on"),
        "operator": QCoreApplication.translate("receipt", "Operator"), "name": QCoreApplication.translate("receipt", "Name"),
        "id": QCoreApplication.translate("receipt", "ID number"), "card": QCoreApplication.translate("receipt", "Card number"), "region": QCoreApplication.translate("receipt", "Region"),
        "owner": QCoreApplication.translate("receipt", "Owner (共济人), whose account pays"),
        "member": QCoreApplication.translate("receipt", "Member (被共济人), who is paid for"),
        "rule": QCoreApplication.translate("receipt", "The balance belongs to the owner and must be used as the rules allow."),
        "owner_sign": QCoreApplication.translate("receipt", "Owner signature"), "date": QCoreApplication.translate("receipt", "Date"),
        "operator_sign": QCoreApplication.translate("receipt", "Operator signature"), "printed": QCoreApplication.translate("receipt", "Printed"),
    }
    relation = QCoreApplication.translate("receipt", "{member} is {owner}'s {relation}").format(
        member=r.member.name, owner=r.owner.name, relation=relation_label(b.relation))
    rows = [(labels["number"], f"#{b.id}"), (labels["channel"], channel_label(b.channel)),
            (labels["relationship"], relation), (labels["bound_on"], b.bound_on.isoformat()),
            (labels["operator"], b.operator or r.office_operator)]
    L = {k: escape(v) for k, v in labels.items()}  # noqa: N806 - the escaped labels, short for the table cells

    def party(title: str, p) -> str:
        cells = ((L["name"], p.name), (L["id"], p.id_masked), (L["card"], p.card), (L["region"], p.region))
        return (f"<h3>{escape(title)}</h3><table cellpadding='4'>"
                + "".join(f"<tr><td>{k}</td><td>{escape(v)}</td></tr>" for k, v in cells) + "</table>")

    body = "".join(f"<tr><td>{escape(k)}</td><td>{escape(str(v))}</td></tr>" for k, v in rows)
    return (f"<html><body style='font-size: 11pt'><h2>{L['title']}</h2>"
            f"<table cellpadding='4'>{body}</table>"
            + party(labels["owner"], r.owner) + party(labels["member"], r.member)
            + f"<p>{L['rule']}</p>"
            f"<p><br/>{L['owner_sign']}: ____________________ &nbsp;&nbsp; {L['date']}: ____________</p>"
            f"<p><br/>{L['operator_sign']}: ____________________</p>"
            f"<p style='font-size: 8pt'>{L['printed']} {escape(r.printed_at)}</p></body></html>")
