"""What a binding receipt looks like; ``common.printing`` puts it on paper or in a PDF.

One column of labels, the branch's name on top, local time in the reader's language, and a
signature line for each person present. The receipt of an ended binding says so at the top
and can never be mistaken for a valid one.
"""

from __future__ import annotations

import re
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ...services.receipts import Receipt
from ..common.texts import channel_label, relation_label, translate

BRACKETED = re.compile(r"[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]")  # (个人账户家庭共济)


def local_time(iso: str) -> str:
    """``2026年11月25日 14:03`` in Chinese, ``2026-11-25 14:03`` otherwise."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{local_day(moment.date())} {moment:%H:%M}"


def local_day(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日" if translate.lang == "zh_CN" else day.isoformat()


def file_name(r: Receipt) -> str:
    prefix = (
        QCoreApplication.translate("receipt", "unbinding-receipt")
        if r.ended
        else QCoreApplication.translate("receipt", "binding-receipt")
    )
    return r.file_stem(prefix) + ".pdf"


def title_html(title: str) -> str:
    """``title`` as HTML whose Chinese term in brackets never breaks: every CJK character is a
    line-break opportunity, so a title one word too wide split as 家/庭 on the page."""
    return BRACKETED.sub(lambda m: f"<span style='white-space: nowrap'>{m.group(0)}</span>", escape(title))


def receipt_html(r: Receipt) -> str:
    b = r.binding
    title = (  # short enough for one line of A4 at the heading's size, in either language
        QCoreApplication.translate("receipt", "Unbinding receipt (解除个人账户家庭共济)")
        if r.ended
        else QCoreApplication.translate("receipt", "Family-sharing receipt (个人账户家庭共济)")
    )
    relation = QCoreApplication.translate("receipt", "{member} is {owner}'s {relation}").format(
        member=r.member.name, owner=r.owner.name, relation=relation_label(b.relation)
    )
    rows: list[tuple[str, str] | str] = [
        (QCoreApplication.translate("receipt", "Binding number"), f"#{b.id}"),
        (QCoreApplication.translate("receipt", "Channel"), channel_label(b.channel)),
        (QCoreApplication.translate("receipt", "Relationship"), relation),
        (QCoreApplication.translate("receipt", "Bound on"), local_day(b.bound_on)),
    ]
    if r.ended and b.ended_on:
        rows += [
            (QCoreApplication.translate("receipt", "Ended on"), local_day(b.ended_on)),
            (QCoreApplication.translate("receipt", "Reason"), b.end_reason or "—"),
        ]
    rows += [(QCoreApplication.translate("receipt", "Operator"), b.operator or r.office_operator)]
    if r.ended and r.ended_by:  # the unbinding receipt is signed by whoever ended it
        rows += [(QCoreApplication.translate("receipt", "Ended by (operator)"), r.ended_by)]
    for heading, p in (
        (QCoreApplication.translate("receipt", "Owner (共济人), whose account pays"), r.owner),
        (QCoreApplication.translate("receipt", "Member (被共济人), who is paid for"), r.member),
    ):
        rows += [
            heading,
            (QCoreApplication.translate("receipt", "Name"), p.name),
            (QCoreApplication.translate("receipt", "ID number"), p.id_masked),
            (QCoreApplication.translate("receipt", "Card number"), p.card or "—"),
            (QCoreApplication.translate("receipt", "Region"), p.region),
        ]

    def row(item) -> str:
        if isinstance(item, str):
            return f"<tr><td colspan='2'><b>{escape(item)}</b></td></tr>"
        label, value = item
        return f"<tr><td width='30%'>{escape(label)}</td><td>{escape(value)}</td></tr>"

    banner = ""
    if r.ended:
        banner = (
            "<p style='border: 2px solid #b00020; color: #b00020; font-size: 14pt; padding: 6px'><b>"
            + escape(
                QCoreApplication.translate(
                    "receipt", "ENDED on {day}: {reason}. This binding is no longer valid."
                ).format(day=local_day(b.ended_on) if b.ended_on else "", reason=b.end_reason or "—")
            )
            + "</b></p>"
        )
    sign = QCoreApplication.translate("receipt", "{who} signature: ____________________   Date: ____________")
    signatures = "".join(
        f"<p><br/>{escape(sign.format(who=who))}</p>"
        for who in (
            QCoreApplication.translate("receipt", "Owner (共济人)"),
            QCoreApplication.translate("receipt", "Member (被共济人) or the person acting for them (代办人)"),
            QCoreApplication.translate("receipt", "Operator (经办人)"),
        )
    )
    rule = QCoreApplication.translate(
        "receipt", "The balance belongs to the owner and must be used as the rules allow."
    )
    printed = QCoreApplication.translate("receipt", "Printed")
    office = f"<p style='font-size: 13pt'><b>{escape(r.office)}</b></p>" if r.office else ""
    return (
        f"<html><body style='font-size: 11pt'>{office}<h2>{title_html(title)}</h2>{banner}"
        f"<table cellpadding='4' width='100%'>{''.join(row(x) for x in rows)}</table>"
        f"<p>{escape(rule)}</p>"
        f"{signatures}"
        f"<p style='font-size: 8pt'>{escape(printed)} {escape(local_time(r.printed_at))}</p></body></html>"
    )
