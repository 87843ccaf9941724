"""What the e-card 亲情服务 is, and is not, in the UI language: from its record in
resources/channels.json (``what_it_is``, ``not_for``, ``reports``), so an office can correct
it. It serves a relative's *own* e-card; it never spends the card holder's 医保 personal
account and sets up no 家庭共济 (../shared/domain.md, Channels 1)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services import channels
from ..common.texts import translate


def uses() -> list[str]:
    """What an opened 亲情服务 lets the card holder do for the relative."""
    record = channels.qinqing()
    return record.what_list(translate.lang) if record else []


def recorded_here(app_id: int | None) -> str:
    """What the wizard's last step did: a record on this computer, not the service opened."""
    return QCoreApplication.translate(
        "QinqingAbout",
        "Application #{id} is recorded on this computer. This is not the 亲情服务 itself: it is opened in the "
        "electronic social-security card (电子社保卡) on the phone, and only what the e-card shows counts.",
    ).format(id=app_id)


def still_to_do(member: str) -> str:
    """Where the person opens it: the e-card (also inside 掌上12333), 我的 → 亲情服务 → 添加."""
    return QCoreApplication.translate(
        "QinqingAbout",
        "Still to do on the phone, if not done yet: open the 电子社保卡 (the app, or the e-card inside 掌上12333), "
        "tap 我的 → 亲情服务 → 添加, enter the same details, and let {member} pass the face recognition there. "
        "Check there that {member} is listed.",
    ).format(member=member)


def record_note() -> str:
    """The summary's word on what it is: the window's record, no certificate of an office."""
    return QCoreApplication.translate(
        "QinqingAbout",
        "This summary is a record kept on this computer. It is not a certificate of the social-security office "
        "and does not show that the 亲情服务 is open.",
    )


def not_sharing() -> str:
    """It is not 家庭共济, and which channels set that up."""
    record = channels.qinqing()
    if record is None:
        return ""
    lang = translate.lang
    instead = QCoreApplication.translate("QinqingAbout", ", ").join(c.pick(lang) for c in record.instead)
    return (
        record.not_for.pick(lang)
        + ("" if lang == "zh_CN" else " ")
        + QCoreApplication.translate("QinqingAbout", "家庭共济 is set up through {channels}.").format(channels=instead)
    )


def source() -> str:
    record = channels.qinqing()
    return (
        QCoreApplication.translate("QinqingAbout", "Source: {source}").format(source=record.what_source)
        if record and record.what_source
        else ""
    )


def reports(topic: str) -> list[str]:
    """What each source says on ``topic`` ("face_photo", "relatives"), with the source."""
    record = channels.qinqing()
    lang = translate.lang
    return [
        QCoreApplication.translate("QinqingAbout", "{text} ({source})").format(text=r.text.pick(lang), source=r.source)
        for r in (record.reports_on(topic) if record else ())
    ]


def rules_text(limit: int) -> str:
    """The rules the member step states, with what the sources say where they disagree."""
    lines = [
        QCoreApplication.translate(
            "QinqingAbout", "Face photo: asked for a member under {limit} (set in the office's policy). Sources differ:"
        ).format(limit=limit)
    ]
    lines += [f"• {line}" for line in reports("face_photo")]
    relatives = reports("relatives")
    if relatives:
        lines.append(
            QCoreApplication.translate("QinqingAbout", "How many family accounts one e-card may add; sources differ:")
        )
        lines += [f"• {line}" for line in relatives]
    return "\n".join(lines)
