"""The 亲情服务 summary a person keeps or a desk prints: every word in the UI language.

Built from what the wizard holds (the submitted application, its files, where it ran), in
the receipt's shape: one column of labels, masked numbers, local time. It is the window's
record, never a certificate: its status says what was recorded here and what the e-card
still does. A counter's copy names each file's check value (the start of its SHA-256, as in
the audit row) so the office can match paper to record; a home user's copy shows none: a
hash means nothing to them."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from ...domain.attachments import Attachment
from ...domain.idnumber import mask
from ...domain.qinqing import Application
from ..channels.receipt import local_time
from ..common.texts import application_status_label, relation_label
from . import about


@dataclass(frozen=True)
class SummaryFacts:
    app: Application
    owner_id_number: str
    files: tuple[Attachment, ...]
    place: str  # "counter" / "home"
    office: str  # the branch's name, printed at a counter
    printed_at: str  # ISO time


def face_line(app: Application, place: str) -> str:
    """Who passed the face recognition and what the window recorded, in this place's words."""
    if not app.face_done:
        return QCoreApplication.translate("QinqingSummary", "Not yet: {member} still has to pass it.").format(
            member=app.member_name
        )
    when = local_time(app.face_verified_at or "")
    if place == "home":
        return QCoreApplication.translate(
            "QinqingSummary", "Passed by {member} on the phone; recorded here on {when}."
        ).format(member=app.member_name, when=when)
    return QCoreApplication.translate("QinqingSummary", "Passed by {member}; seen by {clerk} on {when}.").format(
        member=app.member_name, clerk=app.face_verified_by, when=when
    )


def file_line(item: Attachment, place: str = "counter") -> str:
    what = {
        ("credential", "back"): QCoreApplication.translate("QinqingSummary", "Identity credential, back"),
        ("face_photo", ""): QCoreApplication.translate("QinqingSummary", "Face photo (young member)"),
        ("face_capture", ""): QCoreApplication.translate("QinqingSummary", "Picture of the passed face recognition"),
    }.get((item.kind, item.side), QCoreApplication.translate("QinqingSummary", "Identity credential, front"))
    kb = max(1, item.size // 1024)
    if place == "home":
        return QCoreApplication.translate("QinqingSummary", "{what}: {name} ({kb} KB)").format(
            what=what, name=item.filename, kb=kb
        )
    return QCoreApplication.translate("QinqingSummary", "{what}: {name} ({kb} KB, SHA-256 {digest}…)").format(
        what=what, name=item.filename, kb=kb, digest=item.sha256[:12]
    )


def status_line(a: Application) -> str:
    """What was done, and where: recorded here; the opening itself happens in the e-card."""
    if a.status == "opened":
        return QCoreApplication.translate(
            "QinqingSummary", "Recorded on this computer; still to be opened in the 电子社保卡 (我的 → 亲情服务)"
        )
    return application_status_label(a.status)


def summary_html(f: SummaryFacts) -> str:
    a = f.app
    title = QCoreApplication.translate("QinqingSummary", "亲情服务: summary of application #{id}").format(id=a.id)
    rows: list[tuple[str, str]] = [
        (QCoreApplication.translate("QinqingSummary", "Application"), f"#{a.id}"),
        (QCoreApplication.translate("QinqingSummary", "Status"), status_line(a)),
        (
            QCoreApplication.translate("QinqingSummary", "Card holder (adds the family account)"),
            f"{a.owner_name}  {mask(f.owner_id_number)}",
        ),
        (QCoreApplication.translate("QinqingSummary", "Person added"), f"{a.member_name}  {mask(a.member_id_number)}"),
        (
            QCoreApplication.translate("QinqingSummary", "Relationship"),
            QCoreApplication.translate("QinqingSummary", "{member} is {owner}'s {relation}").format(
                member=a.member_name, owner=a.owner_name, relation=relation_label(a.relation)
            ),
        ),
        (QCoreApplication.translate("QinqingSummary", "Face recognition"), face_line(a, f.place)),
    ]
    rows += [
        (QCoreApplication.translate("QinqingSummary", "File") if i == 0 else "", file_line(x, f.place))
        for i, x in enumerate(f.files)
    ]
    table = "".join(f"<tr><td width='30%'>{escape(label)}</td><td>{escape(value)}</td></tr>" for label, value in rows)
    allows = ""
    if a.status == "opened":
        items = "".join(f"<li>{escape(x, quote=False)}</li>" for x in about.uses())
        can = QCoreApplication.translate(
            "QinqingSummary", "Once it is open in the e-card, {owner} can act for {member}:"
        ).format(owner=a.owner_name, member=a.member_name)
        allows = f"<p>{escape(can)}</p><ul>{items}</ul><p>{escape(about.not_sharing(), quote=False)}</p>"
    office = f"<p style='font-size: 13pt'><b>{escape(f.office)}</b></p>" if f.office and f.place == "counter" else ""
    printed = QCoreApplication.translate("QinqingSummary", "Printed {when}").format(when=local_time(f.printed_at))
    note = f"<p><b>{escape(about.record_note())}</b></p>"
    return (
        f"<html><body style='font-size: 11pt'>{office}<h2>{escape(title)}</h2>{note}"
        f"<table cellpadding='4' width='100%'>{table}</table>{allows}"
        f"<p style='font-size: 8pt'>{escape(printed)}</p></body></html>"
    )


def file_stem(a: Application, printed_at: str) -> str:
    """``亲情服务摘要_张伟_赵敏_20261125``: what, who, and the day."""

    def safe(text: str) -> str:
        return "".join(ch if ch.isalnum() else "_" for ch in text)[:20]

    prefix = QCoreApplication.translate("QinqingSummary", "qinqing-summary")
    return f"{prefix}_{safe(a.owner_name)}_{safe(a.member_name)}_{printed_at[:10].replace('-', '')}"
