"""The e-card 亲情服务 application, step for step as the seed article describes it.

start (我的 → 亲情服务) → password (添加, verify the password) → notice (告知书) →
member (name, 社保号码, relationship, credential; under 16 a face photo) → face (the
member's face recognition) → done (开通成功). Status: draft while steps remain,
pending_face once everything but the face recognition is in, opened when done.
"""
from __future__ import annotations

from .messages import QT_TRANSLATE_NOOP
from .record import record

STEPS = ("start", "password", "notice", "member", "face", "done")
STATUSES = ("draft", "pending_face", "opened", "cancelled")

#: What an opened 亲情账户 lets the owner do for the member (seed article, section 一).
ALLOWS = (
    QT_TRANSLATE_NOOP("qinqing", "query the member's 个人社保权益单 (social-insurance statement)"),
    QT_TRANSLATE_NOOP("qinqing", "do the member's 社保待遇资格认证 (benefit eligibility certification)"),
    QT_TRANSLATE_NOOP("qinqing", "apply for 社保网上转移 (online transfer of insurance relations)"),
    QT_TRANSLATE_NOOP("qinqing", "use the balance on the social-security card"),
)


@record(frozen=True)
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
