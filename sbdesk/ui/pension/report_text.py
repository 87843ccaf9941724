"""The pension dialog's sentences: the retirement date, the estimate, each interruption told
truthfully, and how the estimate is simplified."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...domain.messages import Problem
from ...domain.pension import month_text
from ...domain.retirement import age_words
from ...services import pension
from ...services.desk import Desk
from ..common.texts import problem_text


class ReportText(QObject):
    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk

    def age(self, months: int) -> str:
        return problem_text(age_words(months))

    def retirement(self, report) -> str:
        r = report.retirement
        if r is None:
            return self.tr("Her statutory retirement date depends on the category: choose it above.")
        kind = {
            "male": self.tr("男职工"),
            "female_worker": self.tr("女职工"),
            "female_cadre": self.tr("女干部 / 管理技术岗"),
        }[r.category]
        table = pension.rules(self.desk)
        if r.flexible(table.effective):
            flexible = self.tr(
                "Flexible: from {earliest} (age {early_age}, once {early_years} years are paid) "
                "to {latest} (age {late_age}, by agreement; {source})."
            ).format(
                earliest=month_text(r.earliest),
                early_age=self.age(r.earliest_age),
                early_years=f"{r.earliest_min_months / 12:g}",
                latest=month_text(r.latest),
                late_age=self.age(r.latest_age),
                source=table.sources["flexible"],
            )
        else:  # before 2025 there was no flexible retirement
            flexible = problem_text(
                Problem(
                    "retirement.no_flexible",
                    month=month_text(r.month),
                    effective=month_text(table.effective),
                    source=table.sources["flexible"],
                )
            )
        lines = [
            self.tr("{kind}, born {birth}: statutory retirement age {age}, in {month}.").format(
                kind=kind, birth=month_text(r.birth), age=self.age(r.age), month=month_text(r.month)
            ),
            flexible,
            self.tr("A monthly pension needs at least {years} years paid when retiring in {year} ({source}).").format(
                years=f"{r.min_months / 12:g}", year=r.month // 12, source=table.min_source(r.month // 12)
            ),
        ]
        return "\n".join(lines)

    def result(self, report) -> str:
        j = report.projection
        if j is None:
            return self.tr("Choose her category to project the pension to her retirement date.")
        if not report.periods:
            return self.tr("Add the contribution periods to see the estimate.")
        age = report.retire_age
        divisor = (
            self.tr("计发月数 {divisor:.1f}, interpolated between whole years: an approximation")
            if age % 12
            else self.tr("计发月数 {divisor:.0f}")
        ).format(divisor=j.divisor)

        def short(e) -> str:
            if e.eligible:
                return ""
            return self.tr(" — fewer than the {years} years needed for a monthly pension").format(
                years=f"{j.min_months / 12:g}"
            )

        table = pension.rules(self.desk)
        notes = pension.clamped(report, table)
        past = pension.past_statutory(report)
        lines = [problem_text(n) for n in notes + ([past] if past else [])]
        options = pension.options(report, table)
        if options:  # short of the minimum years by stopping now: no monthly figure for it, the ways on
            if j.continued.eligible and j.projected_months:
                lines.append(
                    self.tr(
                        "Estimated monthly pension at retirement in {month} (age {age}; {divisor}), "
                        "paying on at the latest base ({base:.2f}) until then: {total:.2f} "
                        "({years:.1f} years)."
                    ).format(
                        month=month_text(j.retire_month),
                        age=self.age(age),
                        divisor=divisor,
                        base=j.last_base,
                        total=j.continued.total,
                        years=j.continued.years,
                    )
                )
            lines.append(problem_text(options[0]))
            lines += ["• " + problem_text(o) for o in options[1:]]
            return "\n".join(lines)
        lines.append(
            self.tr("Estimated monthly pension at retirement in {month} (age {age}; {divisor}):").format(
                month=month_text(j.retire_month), age=self.age(age), divisor=divisor
            )
        )
        if j.projected_months:
            lines.append(
                self.tr(
                    "• Paying on at the latest base ({base:.2f}) until then: {total:.2f} "
                    "({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}."
                ).format(
                    base=j.last_base,
                    total=j.continued.total,
                    years=j.continued.years,
                    basic=j.continued.basic,
                    account=j.continued.account,
                    short=short(j.continued),
                )
            )
            lines.append(
                self.tr("• If paying stops after {month}: {total:.2f} ({years:.1f} years){short}.").format(
                    month=month_text(j.as_of), total=j.stopped.total, years=j.stopped.years, short=short(j.stopped)
                )
            )
        else:
            lines.append(
                self.tr(
                    "• From the periods on record: {total:.2f} ({years:.1f} years; basic {basic:.2f} "
                    "+ account {account:.2f}){short}."
                ).format(
                    total=j.continued.total,
                    years=j.continued.years,
                    basic=j.continued.basic,
                    account=j.continued.account,
                    short=short(j.continued),
                )
            )
        if any((p.end if p.end is not None else report.as_of) >= j.retire_month for p in report.periods):
            lines.append(self.tr("• Months from the retirement month on are not counted."))
        if j.effects:
            lines.append(
                self.tr("• Had the interruptions been paid: {total:.2f}; they cost {cost:.2f} a month.").format(
                    total=j.without_gaps.total, cost=j.gaps_cost
                )
            )
        return "\n".join(lines)

    def interruptions(self, report) -> str:
        j = report.projection
        effects = {e.gap: e for e in j.effects} if j else {}
        lines = []
        for g in report.gaps:
            line = self.tr("Interruption {start} – {end}: {months} months not paid ({years:.1f} years fewer)").format(
                start=month_text(g.start), end=month_text(g.end), months=g.months, years=g.months / 12
            )
            if g.ongoing:
                line += self.tr(", still not paying")
            e = effects.get(g)
            if e is not None:
                line += self.tr(
                    ". Paid through at the base before it: average index {index:+.3f}, personal "
                    "account {balance:+.2f}, pension {monthly:+.2f} a month."
                ).format(index=e.index_lost, balance=e.balance_lost, monthly=e.monthly_lost)
            else:  # the sentence ends here: "。" in Chinese
                line = self.tr("{sentence}.").format(sentence=line)
            lines.append(line)
        if lines:
            lines.append(
                self.tr(
                    "The years paid before a break are kept and count towards the total: contribution "
                    "years are cumulative (社会保险法 第十六条), and the personal account is kept too. A break costs "
                    "the unpaid years and what they would have added to the account; the average index "
                    "counts only months paid, so it changes only with the bases paid. "
                    "Whether missed months can be paid later (补缴) depends on local rules: ask the "
                    "local office."
                )
            )
        return "\n".join(lines)

    def notes(self, report) -> str:
        lines = [
            self.tr(
                "How the estimate is simplified: one local average wage for every year (no wage growth), "
                "no interest on the personal account, no 过渡性养老金 for 视同缴费 years, the latest base "
                "kept unchanged, the 计发月数 by age at retirement. The retirement schedule, the 计发月数 "
                "table and the minimum years are national rules kept as data with their sources."
            )
        ]
        if report.gaps:
            lines.append(
                self.tr(
                    "A common misconception: “a break of more than 24 months counts as giving up and "
                    "you must enrol again”. No law says so."
                )
            )
        return "\n".join(lines)
