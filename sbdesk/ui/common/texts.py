"""Turning domain problems and service errors into translated sentences for widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import relations
from ...domain.messages import Problem
from ...domain.qinqing import STATUS_WORDS
from ...services.errors import ServiceError, StoreError


class _Translate:
    """QCoreApplication.translate, plus the current language for office-supplied data texts."""

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    @property
    def lang(self) -> str:
        return "zh_CN" if QLocale().name().startswith("zh") else "en"


translate = _Translate()


def problem_text(problem: Problem) -> str:
    return problem.render(translate)


def error_text(exc: BaseException) -> str:
    """One sentence per problem; anything unexpected gets a plain, translated sentence."""
    if isinstance(exc, ServiceError):
        return "\n".join(exc.messages(translate))
    if isinstance(exc, StoreError):  # either engine's, a rule that refused a write included
        return problem_text(Problem(exc.code, **exc.params))
    return QCoreApplication.translate(
        "errors", "Something went wrong and nothing was changed. The details are in the log file."
    )


def relation_label(kind: str) -> str:
    return translate(relations.CONTEXT, relations.KINDS[kind][1])


def channel_label(channel: str) -> str:
    """The channel's name from its record, in the UI language (an unknown key shows as itself)."""
    from ...services import channels  # the channels file is read when a channel is first shown

    try:
        return channels.get(channel).label.pick(translate.lang)
    except (KeyError, ServiceError):
        return channel


def insurance_label(kind: str) -> str:
    return {
        "employee": QCoreApplication.translate("insurance", "employee (职工医保)"),
        "resident": QCoreApplication.translate("insurance", "resident (城乡居民医保)"),
        "none": QCoreApplication.translate("insurance", "not insured"),
    }[kind]


def sex_label(sex: str | None) -> str:
    if sex == "male":
        return QCoreApplication.translate("sex", "male")
    if sex == "female":
        return QCoreApplication.translate("sex", "female")
    return ""


def account_label(state: str) -> str:
    return {
        "active": QCoreApplication.translate("account", "activated"),
        "inactive": QCoreApplication.translate("account", "not activated"),
        "unknown": QCoreApplication.translate("account", "not known"),
    }[state]


def application_status_label(status: str) -> str:
    return QCoreApplication.translate("application", STATUS_WORDS.get(status, status))
