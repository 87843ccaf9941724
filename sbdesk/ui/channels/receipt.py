"""A binding receipt on paper or as PDF, through QtPrintSupport."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from ...services.receipts import Receipt
from ..common.texts import channel_label, relation_label


def receipt_html(r: Receipt) -> str:
    t = QCoreApplication.translate
    b = r.binding
    labels = {
        "title": t("receipt", "Receipt: family sharing of the personal account (个人账户家庭共济)"),
        "number": t("receipt", "Binding number"), "channel": t("receipt", "Channel"),
        "relationship": t("receipt", "Relationship"), "bound_on": t("receipt", "Bound on"),
        "operator": t("receipt", "Operator"), "name": t("receipt", "Name"),
        "id": t("receipt", "ID number"), "card": t("receipt", "Card number"), "region": t("receipt", "Region"),
        "owner": t("receipt", "Owner (共济人), whose account pays"),
        "member": t("receipt", "Member (被共济人), who is paid for"),
        "rule": t("receipt", "The balance belongs to the owner and must be used as the rules allow."),
        "owner_sign": t("receipt", "Owner signature"), "date": t("receipt", "Date"),
        "operator_sign": t("receipt", "Operator signature"), "printed": t("receipt", "Printed"),
    }
    relation = t("receipt", "{member} is {owner}'s {relation}").format(
        member=r.member.name, owner=r.owner.name, relation=relation_label(b.relation))
    rows = [(labels["number"], f"#{b.id}"), (labels["channel"], channel_label(b.channel)),
            (labels["relationship"], relation), (labels["bound_on"], b.bound_on.isoformat()),
            (labels["operator"], b.operator or r.office_operator)]
    L = {k: escape(v) for k, v in labels.items()}

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


def _document(r: Receipt) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(receipt_html(r))
    return doc


def write_pdf(r: Receipt, path: str) -> None:
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(path)
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15)))
    _document(r).print_(printer)


def print_receipt(parent, r: Receipt) -> bool:
    """Ask for a printer (the one boundary tests replace) and print."""
    printer = QPrinter(QPrinter.HighResolution)
    if QPrintDialog(printer, parent).exec() != QPrintDialog.Accepted:
        return False
    _document(r).print_(printer)
    return True
