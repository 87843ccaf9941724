"""The e-card 亲情服务 application, step for step as the seed article describes it.

start (我的 → 亲情服务) → password (添加, verify the password) → notice (告知书) →
member (name, 社保号码, relationship, credential; a young member also a face photo) → face
(the member's face recognition) → done. Status: draft while steps remain, pending_face
once everything but the face recognition is in, opened when the window recorded it done:
the service itself opens in the 电子社保卡 on the phone, which this record cannot see, so
"opened" is shown as "recorded here; to be opened in the e-card".

What it is: a service for a relative's *own* e-card (apply for and use it, 查询权益单,
待遇资格认证, 转移申请, pay with the relative's own account). It does not spend the card
holder's 医保 personal account and is not 家庭共济, whatever the seed article says
(../shared/domain.md, Channels 1); the texts are the channel's record in channels.json.
"""

from __future__ import annotations

from dataclasses import dataclass

from .messages import QT_TRANSLATE_NOOP, Term

STEPS = ("start", "password", "notice", "member", "face", "done")
STATUSES = ("draft", "pending_face", "opened", "cancelled")
UNFINISHED = ("draft", "pending_face")
STATUS_WORDS = {  # as a message names a status (the window's labels, ui/common/texts.py)
    "draft": QT_TRANSLATE_NOOP("application", "draft"),
    "pending_face": QT_TRANSLATE_NOOP("application", "waiting for face recognition"),
    "opened": QT_TRANSLATE_NOOP("application", "recorded here; to be opened in the e-card"),
    "cancelled": QT_TRANSLATE_NOOP("application", "cancelled"),
}


def status_term(status: str) -> Term:
    """A status inside a message, translated when shown (never the stored word)."""
    return Term("application", STATUS_WORDS.get(status, status))


@dataclass(frozen=True)
class Application:
    id: int | None
    owner_id: int
    member_id: int | None = None
    member_name: str = ""
    member_id_number: str = ""
    relation: str = ""
    member_region: str = ""
    member_insurance: str = "resident"
    status: str = "draft"
    step: str = "start"
    face_verified_by: str | None = None  # who the record names: the clerk who saw it pass, or at home the member
    face_verified_at: str | None = None  # when the window recorded it
    face_note: str = ""
    owner_name: str = ""

    @property
    def face_done(self) -> bool:
        return bool(self.face_verified_by and self.face_verified_at)

    def status_after_submit(self) -> str:
        return "opened" if self.face_done else "pending_face"
