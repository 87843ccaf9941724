"""The ways a binding is made, each one record of data (resources/channels.json).

A channel says which fields its page asks for, which number the member must have on
record, whether the under-16 face photo rule applies, whether a receipt is printed, whether
it sets up 家庭共济 at all and may do so across provinces (yes; no; or "confirm": from the
date of the rule that says counters may, the clerk confirms it in the local system), how it
is carried out (here, or step by step in the 亲情服务 wizard) and its real steps, with the
source. A sixth channel is a new record in the data file, checked here when it is loaded.

The e-card 亲情服务 is such a record that does *not* set up 家庭共济: it serves a relative's
own e-card (../shared/domain.md, Channels 1). Its record says what it does instead
(``what_it_is``) and keeps what sources say where they disagree (``reports``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .messages import QT_TRANSLATE_NOOP, Localized, Term
from .regions import PolicyError, parse_date
from .sources import Source, SourceError, parse_source

CONTEXT = "channels"

IDENTIFIERS = {
    "computer_number": QT_TRANSLATE_NOOP("channels", "社保电脑号"),
    "card_number": QT_TRANSLATE_NOOP("channels", "social-security card number"),
}
FINDS = ("owner", "member")
CARRIED_OUT_BY = ("here", "wizard")
STATUSES = ("confirmed", "secondary", "open")
YES, NO, CONFIRM = "yes", "no", "confirm"
CROSS_PROVINCE = (YES, NO, CONFIRM)


@dataclass(frozen=True)
class Field:
    """One field of a channel page: it finds the owner or the member (by any key a person
    can be found by), or verifies a number typed against the one on record."""

    name: str
    label: Localized
    hint: Localized
    finds: str | None = None
    verifies: str | None = None


@dataclass(frozen=True)
class ConfirmRule:
    """Why a counter is not refused across provinces, from when, and who said so."""

    since: date
    source: Source
    note: str = ""


@dataclass(frozen=True)
class Report:
    """What one source says on a point where sources disagree (the face photo's age, how
    many relatives): shown with its source wherever the rule is stated."""

    topic: str
    text: Localized
    source: str
    status: str


@dataclass(frozen=True)
class Channel:
    key: str
    label: Localized
    title: Localized
    fields: tuple[str, ...]
    member_identifier: str | None
    face_photo_rule: bool
    receipt: bool
    cross_province: str  # yes / no / confirm (in the local system, from Channels.confirm_rule's date)
    carried_out_by: str
    action: Localized | None
    steps: Localized  # one text per language, steps separated by newlines
    source: str
    status: str
    sets_up_sharing: bool = True
    what_it_is: Localized = Localized.of("")  # one text per language, items separated by newlines
    not_for: Localized = Localized.of("")
    what_source: str = ""
    reports: tuple[Report, ...] = ()
    instead: tuple[Localized, ...] = ()  # the labels of the channels that do set up 家庭共济
    confirm_rule: ConfirmRule | None = None  # set for cross_province "confirm" (channels.json)

    def what_list(self, lang: str) -> list[str]:
        return [s for s in self.what_it_is.pick(lang).split("\n") if s]

    def reports_on(self, topic: str) -> tuple[Report, ...]:
        return tuple(r for r in self.reports if r.topic == topic)

    def step_list(self, lang: str) -> list[str]:
        return [s for s in self.steps.pick(lang).split("\n") if s]


@dataclass(frozen=True)
class Channels:
    channels: dict[str, Channel]
    fields: dict[str, Field]
    confirm_rule: ConfirmRule | None = None

    def __iter__(self):
        return iter(self.channels)

    def __contains__(self, key: object) -> bool:
        return key in self.channels

    def __getitem__(self, key: str) -> Channel:
        return self.channels[key]

    def keys(self) -> list[str]:
        return list(self.channels)


def identifier_term(identifier: str) -> Term:
    return Term(CONTEXT, IDENTIFIERS[identifier])


def _localized(raw, where: str, required: bool = True) -> Localized:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise PolicyError(f'{where}: texts by language, e.g. {{"zh_CN": …, "en": …}}')
    if required and not raw.get("zh_CN"):
        raise PolicyError(f"{where}: a zh_CN text is needed")
    return Localized.of(raw)


def parse(data: dict) -> Channels:
    """Check the whole file; a problem names where it is (``channels.wallet.fields``)."""
    try:
        fields = {}
        for name, raw in data["fields"].items():
            where = f"fields.{name}"
            finds, verifies = raw.get("finds"), raw.get("verifies")
            if (
                (finds is None) == (verifies is None)
                or (finds and finds not in FINDS)
                or (verifies and verifies not in IDENTIFIERS)
            ):
                raise PolicyError(f"{where}: either finds (owner/member) or verifies ({', '.join(IDENTIFIERS)})")
            fields[name] = Field(
                name,
                _localized(raw["label"], f"{where}.label"),
                _localized(raw.get("hint", {}), f"{where}.hint", required=False),
                finds,
                verifies,
            )
        channels = {}
        for key, raw in data["channels"].items():
            where = f"channels.{key}"
            names = tuple(raw["fields"])
            unknown = [n for n in names if n not in fields]
            found = {fields[n].finds for n in names if n in fields} - {None}
            if unknown or found != {"owner", "member"}:
                raise PolicyError(
                    f"{where}.fields: known fields that find both the owner and the member"
                    + (f" (unknown: {', '.join(unknown)})" if unknown else "")
                )
            identifier = raw.get("member_identifier")
            if identifier is not None and identifier not in IDENTIFIERS:
                raise PolicyError(f"{where}.member_identifier: one of {', '.join(IDENTIFIERS)} or null")
            if raw.get("carried_out_by") not in CARRIED_OUT_BY:
                raise PolicyError(f"{where}.carried_out_by: one of {', '.join(CARRIED_OUT_BY)}")
            if raw.get("status") not in STATUSES:
                raise PolicyError(f"{where}.status: one of {', '.join(STATUSES)}")
            for flag in ("face_photo_rule", "receipt"):
                if not isinstance(raw.get(flag), bool):
                    raise PolicyError(f"{where}.{flag}: true or false")
            cross = raw.get("cross_province")
            cross = {True: YES, False: NO}.get(cross, cross) if isinstance(cross, bool) else cross
            if cross not in CROSS_PROVINCE:
                raise PolicyError(f'{where}.cross_province: true, false or "confirm"')
            steps = raw["steps"]
            if (
                not isinstance(steps, dict)
                or not steps.get("zh_CN")
                or not all(isinstance(s, list) and all(isinstance(t, str) for t in s) for s in steps.values())
            ):
                raise PolicyError(f"{where}.steps: a list of steps per language, zh_CN at least")
            action = raw.get("action")
            sharing = raw.get("sets_up_sharing", raw["carried_out_by"] != "wizard")
            if not isinstance(sharing, bool):
                raise PolicyError(f"{where}.sets_up_sharing: true or false")
            what = raw.get("what_it_is", {})
            if not isinstance(what, dict) or not all(
                isinstance(s, list) and all(isinstance(t, str) for t in s) for s in what.values()
            ):
                raise PolicyError(f"{where}.what_it_is: a list of texts per language")
            reports = tuple(_report(r, f"{where}.reports[{i}]") for i, r in enumerate(raw.get("reports", []), 1))
            channels[key] = Channel(
                key,
                _localized(raw["label"], f"{where}.label"),
                _localized(raw["title"], f"{where}.title"),
                names,
                identifier,
                raw["face_photo_rule"],
                raw["receipt"],
                cross,
                raw["carried_out_by"],
                None if action is None else _localized(action, f"{where}.action"),
                Localized.of({lang: "\n".join(s) for lang, s in steps.items()}),
                str(raw.get("source", "")),
                raw["status"],
                sharing,
                Localized.of({lang: "\n".join(s) for lang, s in what.items()}),
                _localized(raw.get("not_for", {}), f"{where}.not_for", required=False),
                str(raw.get("what_source", "")),
                reports,
            )
    except (KeyError, TypeError, AttributeError) as exc:
        raise PolicyError(f"channels: missing or malformed {exc}") from None
    if not channels:
        raise PolicyError("channels: at least one channel")
    instead = tuple(c.label for c in channels.values() if c.sets_up_sharing)
    channels = {k: c if c.sets_up_sharing else replace(c, instead=instead) for k, c in channels.items()}
    rule = _confirm_rule(data.get("cross_province_confirm"), channels)
    channels = {k: replace(c, confirm_rule=rule) if c.cross_province == CONFIRM else c for k, c in channels.items()}
    return Channels(channels, fields, rule)


def _confirm_rule(raw, channels: dict[str, Channel]) -> ConfirmRule | None:
    where = "cross_province_confirm"
    if raw is None:
        if any(c.cross_province == CONFIRM for c in channels.values()):
            raise PolicyError(f'{where}: needed by the channels whose cross_province is "confirm"')
        return None
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: an object with since and source")
    try:
        return ConfirmRule(
            parse_date(raw.get("since"), f"{where}.since"), parse_source(raw.get("source")), str(raw.get("note", ""))
        )
    except SourceError as exc:
        raise PolicyError(f"{where}.source: {exc}") from None


def _report(raw, where: str) -> Report:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("topic"), str)
        or not raw.get("source")
        or raw.get("status") not in STATUSES
    ):
        raise PolicyError(f"{where}: needs topic, text, source and status ({', '.join(STATUSES)})")
    return Report(raw["topic"], _localized(raw.get("text"), f"{where}.text"), str(raw["source"]), raw["status"])
