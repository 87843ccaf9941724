"""The English source text of each message code about what a person typed and the rules
checked against it: ID and card numbers, people, eligibility, 亲情服务, office policy
imports, pensions, and the services' refusals. ``messages.TEMPLATES`` joins it with
``message_texts_data``; lupdate reads the QT_TRANSLATE_NOOP calls (context ``messages``).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Marks ``text`` for translation in ``context`` and returns it unchanged."""
    return text


CHECKS = {
    # 公民身份号码
    "region.split_code": QT_TRANSLATE_NOOP(
        "messages",
        "Choose the 统筹区: the ID number's division code {code} ({name}) was divided in {year} between "
        "{into}, so no region is taken from it ({source}).",
    ),
    "id.length": QT_TRANSLATE_NOOP("messages", "An ID number has 18 characters; this one has {length}."),
    "id.characters": QT_TRANSLATE_NOOP("messages", "An ID number is 17 digits followed by a digit or X."),
    "id.province": QT_TRANSLATE_NOOP("messages", "The first two digits {code} are not a province code."),
    "id.birth_date": QT_TRANSLATE_NOOP("messages", "Digits 7 to 14 ({value}) are not a real birth date."),
    "id.birth_future": QT_TRANSLATE_NOOP("messages", "The birth date {value} is in the future."),
    "id.check_digit": QT_TRANSLATE_NOOP(
        "messages", "The last character should be {expected}, not {actual}: a digit was mistyped."
    ),
    # card and local numbers
    "card.empty": QT_TRANSLATE_NOOP("messages", "The card number is empty."),
    "card.format": QT_TRANSLATE_NOOP("messages", "The card number does not match {rule}."),
    "computer.empty": QT_TRANSLATE_NOOP("messages", "The 社保电脑号 is empty."),
    "computer.format": QT_TRANSLATE_NOOP("messages", "The 社保电脑号 does not match {rule}."),
    "computer.mismatch": QT_TRANSLATE_NOOP(
        "messages", "The 社保电脑号 typed does not match the one on record for {name}."
    ),
    "card.mismatch": QT_TRANSLATE_NOOP(
        "messages", "The card number typed does not match the one on record for {name}."
    ),
    # people
    "name.empty": QT_TRANSLATE_NOOP("messages", "The name is empty."),
    "name.too_long": QT_TRANSLATE_NOOP("messages", "The name is longer than {limit} characters."),
    "name.characters": QT_TRANSLATE_NOOP("messages", "The name contains characters that cannot be printed."),
    "name.markup": QT_TRANSLATE_NOOP("messages", "A name cannot contain < or >."),
    "region.unknown": QT_TRANSLATE_NOOP("messages", "No 统筹区 is called {region}."),
    "region.choose": QT_TRANSLATE_NOOP("messages", "Choose the 统筹区."),
    "region.unknown_closest": QT_TRANSLATE_NOOP(
        "messages", "No 统筹区 is called {region}. The closest names: {closest}."
    ),
    "region.ambiguous": QT_TRANSLATE_NOOP("messages", "{region} names more than one 统筹区: {choices}."),
    "insurance.unknown": QT_TRANSLATE_NOOP("messages", "Unknown insurance type {value}."),
    "insurance.choose": QT_TRANSLATE_NOOP("messages", "Choose the insurance type."),
    "relation.choose": QT_TRANSLATE_NOOP("messages", "Choose the relationship."),
    "relation.unknown": QT_TRANSLATE_NOOP("messages", "Unknown relationship {value}."),
    "channel.unknown": QT_TRANSLATE_NOOP("messages", "Unknown channel {value}."),
    "date.format": QT_TRANSLATE_NOOP("messages", "{value} is not a date in the form YYYY-MM-DD."),
    # eligibility checks: every one is reported, passed or not
    "elig.same_person": QT_TRANSLATE_NOOP("messages", "The owner and the member are the same person."),
    "elig.different_people": QT_TRANSLATE_NOOP("messages", "The owner and the member are different people."),
    "binding.ended_region_moved": QT_TRANSLATE_NOOP(
        "messages", "Binding #{id} ({owner} pays for {member}) ended by itself: {name} moved to another 统筹区."
    ),
    "binding.ended_insurance_ended": QT_TRANSLATE_NOOP(
        "messages", "Binding #{id} ({owner} pays for {member}) ended by itself: {name}'s insurance no longer allows it."
    ),
    "elig.channel_no_sharing": QT_TRANSLATE_NOOP(
        "messages",
        "{channel} does not set up 家庭共济: it serves the relative's own e-card and never spends the "
        "owner's personal account. 家庭共济 is set up through {channels}.",
    ),
    "elig.channel_cross_province": QT_TRANSLATE_NOOP("messages", "{channel} sets up sharing across provinces."),
    "elig.channel_not_cross_province": QT_TRANSLATE_NOOP(
        "messages",
        "Across provinces, sharing is set up through the 医保钱包 of the 国家医保服务平台 app, not through {channel}.",
    ),
    "elig.channel_confirm_local": QT_TRANSLATE_NOOP(
        "messages",
        "{channel}: across provinces not refused. The notice of {since} has sharing relationships set up "
        "through the 国家医保服务平台 and other channels, and every branch works on the 全国统一医保信息平台 "
        "({source}). Confirm in the local system that this counter can enter the cross-province "
        "relationship.",
    ),
    "elig.relation_allowed": QT_TRANSLATE_NOOP(
        "messages", "{relation} may share an account in {province} on {day} (rule in force since {since}: {source})."
    ),
    "elig.relation_refused": QT_TRANSLATE_NOOP(
        "messages",
        "{relation} is not among the relatives who may share in {province} on {day} (allowed: "
        "{allowed}; rule in force since {since}: {source}).",
    ),
    "elig.relation_no_rule": QT_TRANSLATE_NOOP(
        "messages", "No rule on who may share is known for {day}; ask the 医保 office."
    ),
    # relation plausibility from the birth dates
    # an age in years and months (retirement ages)
    "age.years": QT_TRANSLATE_NOOP("messages", "{years} years"),
    "age.years_month": QT_TRANSLATE_NOOP("messages", "{years} years 1 month"),
    "age.years_months": QT_TRANSLATE_NOOP("messages", "{years} years {months} months"),
    "plaus.ok": QT_TRANSLATE_NOOP("messages", "The birth dates fit a {relation} ({gap} years apart)."),
    "plaus.impossible": QT_TRANSLATE_NOOP(
        "messages",
        "Impossible by the birth dates: {fact}; for a {relation} the elder generation must be at least "
        "{limit} years older.",
    ),
    "plaus.gap_small": QT_TRANSLATE_NOOP(
        "messages",
        "Unusual by the birth dates: {fact}; for a {relation} the elder generation is usually at least "
        "{limit} years older. Confirm the relationship to go on.",
    ),
    "plaus.member_older": QT_TRANSLATE_NOOP("messages", "the member is {years} years older than the owner"),
    "plaus.member_younger": QT_TRANSLATE_NOOP("messages", "the member is {years} years younger than the owner"),
    "plaus.same_age": QT_TRANSLATE_NOOP("messages", "the member and the owner are the same age"),
    "plaus.gap_large": QT_TRANSLATE_NOOP(
        "messages",
        "Unusual by the birth dates: {gap} years apart for a {relation} (usually at most {limit}). "
        "Confirm the relationship to go on.",
    ),
    "plaus.spouse_young": QT_TRANSLATE_NOOP(
        "messages",
        "Unusual: a spouse aged {age}, under the marriage age of {limit}. Confirm the relationship to go on.",
    ),
    "plaus.confirmed": QT_TRANSLATE_NOOP("messages", "Unusual relationship confirmed by the clerk: {reason}"),
    "elig.owner_employee": QT_TRANSLATE_NOOP("messages", "The owner has 职工医保 and so a personal account."),
    "elig.owner_not_employee": QT_TRANSLATE_NOOP(
        "messages",
        "The owner has no 职工医保, so there is no personal account to share. The rule: {rule} "
        "(in force since {since}; {source}).",
    ),
    "verdict.refused": QT_TRANSLATE_NOOP("messages", "May not share: {reason}"),
    "verdict.unknown": QT_TRANSLATE_NOOP("messages", "Not known to be possible: {reason}"),
    "verdict.incomplete": QT_TRANSLATE_NOOP("messages", "Can share once the items below are done: {reason}"),
    "verdict.requires": QT_TRANSLATE_NOOP("messages", "May share once this is done: {reason}"),
    "verdict.allowed": QT_TRANSLATE_NOOP("messages", "May share."),
    "elig.member_insured": QT_TRANSLATE_NOOP("messages", "The member is enrolled in basic medical insurance."),
    "elig.member_not_insured": QT_TRANSLATE_NOOP(
        "messages",
        "The member is not enrolled in basic medical insurance: {rule} ({source}). Way forward: {way} ({way_source}).",
    ),
    "elig.same_region": QT_TRANSLATE_NOOP("messages", "Both are insured in the same 统筹区 {region}."),
    "elig.same_province": QT_TRANSLATE_NOOP(
        "messages", "{owner_region} and {member_region} share within {province} (since {since}: {source})."
    ),
    "elig.province_not_yet": QT_TRANSLATE_NOOP(
        "messages",
        "Sharing between {owner_region} and {member_region} within {province} is reported only from "
        "{since} ({source}); on {day} it is not known. Ask the 医保 office.",
    ),
    "elig.province_unknown": QT_TRANSLATE_NOOP(
        "messages", "No report says {province} shares between {owner_region} and {member_region}. Ask the 医保 office."
    ),
    "elig.region_open": QT_TRANSLATE_NOOP(
        "messages", "{region}: reported open for cross-province sharing by {reported} ({source})."
    ),
    "elig.region_reported_closed": QT_TRANSLATE_NOOP(
        "messages", "{region}: reported not open for cross-province sharing on {reported} ({source})."
    ),
    "elig.region_report_aged": QT_TRANSLATE_NOOP(
        "messages",
        "{region}: last report {reported}: not yet open ({age} months ago; {source}). A report of not "
        "open counts for {limit} months only, so on {day} it is not known. Ask the region's 医保 "
        "office, or import a newer report.",
    ),
    "region.report_aged": QT_TRANSLATE_NOOP("messages", "last report {reported}: not yet open ({age} months ago)"),
    "source.cite": QT_TRANSLATE_NOOP("messages", "{publisher} ({kind}, {date}): “{title}”"),
    "source.cite_untitled": QT_TRANSLATE_NOOP("messages", "{publisher} ({kind}, {date})"),
    "source.secondary": QT_TRANSLATE_NOOP("messages", "{source}; secondary: one report only"),
    "source.low": QT_TRANSLATE_NOOP("messages", "{source}; low credibility"),
    "snapshot.count": QT_TRANSLATE_NOOP(
        "messages", "Nationwide: by {day}, {regions} 统筹区 had opened cross-province sharing ({source})."
    ),
    "snapshot.no_count": QT_TRANSLATE_NOOP("messages", "Nationwide, {day}: {note} ({source})."),
    "elig.region_unknown": QT_TRANSLATE_NOOP(
        "messages",
        "{region}: not known to be open for cross-province sharing on {day} (no report found). Ask "
        "the region's 医保 office, or import a report.",
    ),
    "elig.region_unknown_later": QT_TRANSLATE_NOOP(
        "messages",
        "{region}: not known to be open for cross-province sharing on {day}; the first report of "
        "opening is of {reported} ({source}).",
    ),
    "elig.not_bound": QT_TRANSLATE_NOOP("messages", "The member is not bound to another owner."),
    "elig.bound_elsewhere": QT_TRANSLATE_NOOP(
        "messages", "The member is already bound to another owner ({owner}) and {province} allows only one."
    ),
    "elig.already_bound": QT_TRANSLATE_NOOP("messages", "The member is already bound to this owner."),
    "elig.identifier_present": QT_TRANSLATE_NOOP(
        "messages", "The member's {identifier} needed by this channel is on record."
    ),
    "elig.identifier_missing": QT_TRANSLATE_NOOP(
        "messages", "This channel needs the member's {identifier}, which is not on record."
    ),
    "elig.face_photo_needed": QT_TRANSLATE_NOOP(
        "messages", "The member is {age}, under {limit}: a frontal face photo must be uploaded too."
    ),
    "elig.face_photo_not_needed": QT_TRANSLATE_NOOP(
        "messages", "The member is {limit} or older: no face photo is needed."
    ),
    "elig.face_photo_given": QT_TRANSLATE_NOOP(
        "messages", "The member is {age}, under {limit}: the frontal face photo has been uploaded and passed."
    ),
    # 亲情服务
    "attachment.empty": QT_TRANSLATE_NOOP("messages", "{name} is empty."),
    "attachment.too_big": QT_TRANSLATE_NOOP(
        "messages", "{name} is {size_mb} MB; files up to {limit_mb} MB are accepted."
    ),
    "attachment.type": QT_TRANSLATE_NOOP(
        "messages", "{name} is not a JPEG or PNG image or a PDF, whatever its name says."
    ),
    "attachment.not_image": QT_TRANSLATE_NOOP("messages", "{name} is not a JPEG or PNG photo, whatever its name says."),
    "attachment.unreadable": QT_TRANSLATE_NOOP("messages", "{name} cannot be read: {reason}"),
    "attachment.purged": QT_TRANSLATE_NOOP(
        "messages", "The picture was deleted after its time was up ({days} days); it is no longer kept."
    ),
    "retention.days": QT_TRANSLATE_NOOP(
        "messages", "Days to keep pictures: {value} is not a whole number from {low} to {high}."
    ),
    "face.none": QT_TRANSLATE_NOOP("messages", "No frontal face was found in {name}; take a photo facing the camera."),
    "face.many": QT_TRANSLATE_NOOP(
        "messages", "{count} faces were found in {name}; the photo must show the child alone."
    ),
    "face.one": QT_TRANSLATE_NOOP("messages", "One frontal face was found in {name}."),
    "face.unchecked": QT_TRANSLATE_NOOP(
        "messages",
        "The photo cannot be checked automatically here ({reason}); look at it and confirm it "
        "shows the child's face from the front.",
    ),
    # the reasons in face.unchecked's brackets: said to a clerk, the technical cause goes to the log
    "face.not_installed": QT_TRANSLATE_NOOP("messages", "automatic face checking is not installed on this computer"),
    "face.check_broken": QT_TRANSLATE_NOOP("messages", "the automatic face check could not start; the log says why"),
    "face.status_on": QT_TRANSLATE_NOOP("messages", "Face photos of young members: checked automatically."),
    "face.status_off": QT_TRANSLATE_NOOP(
        "messages", "Face photos of young members: {reason}, so the clerk confirms each photo by eye."
    ),
    "password.too_short": QT_TRANSLATE_NOOP("messages", "The 亲情服务 password needs at least {length} characters."),
    "password.mismatch": QT_TRANSLATE_NOOP("messages", "The two 亲情服务 passwords differ."),
    "password.wrong": QT_TRANSLATE_NOOP("messages", "Wrong 亲情服务 password; {left} tries left."),
    "password.locked": QT_TRANSLATE_NOOP(
        "messages", "Too many wrong 亲情服务 passwords: the 亲情服务 for {name} is locked until {until}."
    ),
    "qinqing.same_person": QT_TRANSLATE_NOOP("messages", "The card holder and the relative added are the same person."),
    "qinqing.different_people": QT_TRANSLATE_NOOP(
        "messages", "The card holder and the relative added are different people."
    ),
    "qinqing.face_photo_needed": QT_TRANSLATE_NOOP(
        "messages", "The relative added is {age}, under {limit}: a frontal face photo must be uploaded too."
    ),
    "qinqing.face_photo_not_needed": QT_TRANSLATE_NOOP(
        "messages", "The relative added is {limit} or older: no face photo is needed."
    ),
    "qinqing.face_photo_given": QT_TRANSLATE_NOOP(
        "messages", "The relative added is {age}, under {limit}: the frontal face photo has been uploaded and passed."
    ),
    "qinqing.credential_missing": QT_TRANSLATE_NOOP(
        "messages", "Upload the front of the member's identity credential."
    ),
    "qinqing.face_photo_missing": QT_TRANSLATE_NOOP(
        "messages", "The member is under {limit}: upload a frontal face photo too."
    ),
    "qinqing.face_not_confirmed": QT_TRANSLATE_NOOP(
        "messages", "Confirm by eye that the photo shows the child's face from the front."
    ),
    "qinqing.not_found": QT_TRANSLATE_NOOP("messages", "No 亲情服务 application {key} is on record."),
    "qinqing.closed": QT_TRANSLATE_NOOP(
        "messages", "Application #{key} is {status}: it can no longer be changed or discarded."
    ),
    "qinqing.member_mismatch": QT_TRANSLATE_NOOP(
        "messages", "{id} is on record under the name {recorded}, not {typed}."
    ),
    # office policy updates
    "import.missing": QT_TRANSLATE_NOOP("messages", "Row {row}: {field} is missing."),
    "import.bad_date": QT_TRANSLATE_NOOP("messages", "Row {row}: {value} is not a date in the form YYYY-MM-DD."),
    "import.unknown_province": QT_TRANSLATE_NOOP("messages", "Row {row}: {province} is not a province."),
    "import.duplicate_code": QT_TRANSLATE_NOOP("messages", "Row {row}: code {code} already appeared on row {first}."),
    "import.duplicate_batch": QT_TRANSLATE_NOOP(
        "messages",
        "Row {row}: batch {batch} is given differently on row {first} (opening date, name, source or "
        "status); a batch must read the same wherever it is given.",
    ),
    "import.too_many_rows": QT_TRANSLATE_NOOP("messages", "The file holds more than {limit} rows."),
    "import.too_many_regions": QT_TRANSLATE_NOOP(
        "messages", "With this file there would be {count} 统筹区; at most {limit} are kept."
    ),
    "import.text_too_long": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: {field} is {length} characters long; at most {limit} are kept."
    ),
    "import.markup": QT_TRANSLATE_NOOP("messages", "Row {row}: {field} cannot contain < or >."),
    "import.bad_relations": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: relations must be a list of relationship kinds, not {value}."
    ),
    "import.duplicate_province": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: {province} already appeared on row {first}."
    ),
    "import.bad_level": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: level {level} is not province, city, county or district."
    ),
    "import.unknown_batch": QT_TRANSLATE_NOOP(
        "messages", "Row {row}: batch {batch} is neither in the file nor on record."
    ),
    "import.bad_source": QT_TRANSLATE_NOOP(
        "messages",
        "Row {row}: the report's source needs an address, a kind of official, state_media or other, "
        "a credibility of confirmed, secondary or low, and a published date as YYYY-MM-DD.",
    ),
    "import.bad_status": QT_TRANSLATE_NOOP("messages", "Row {row}: status {value} is not open or not_open."),
    "import.remove_unknown": QT_TRANSLATE_NOOP("messages", "Row {row}: there is no 统筹区 {code} to remove."),
    "import.region_in_use": QT_TRANSLATE_NOOP(
        "messages",
        "Row {row}: {name} ({code}) cannot be removed: {count} people are registered there. "
        "Move them to another 统筹区 first.",
    ),
    "import.unknown_relation": QT_TRANSLATE_NOOP("messages", "Row {row}: unknown relationship kinds {value}."),
    "import.empty": QT_TRANSLATE_NOOP("messages", "The file holds no rows to import."),
    "import.unreadable": QT_TRANSLATE_NOOP("messages", "{path} cannot be read: {detail}"),
    "import.unknown_kind": QT_TRANSLATE_NOOP(
        "messages", "{path} is neither a region list nor a relationship policy (see the README for the columns)."
    ),
    # pension
    "pension.month": QT_TRANSLATE_NOOP("messages", "{value} is not a month in the form YYYY-MM."),
    "pension.base": QT_TRANSLATE_NOOP("messages", "{value} is not a positive contribution base."),
    "pension.order": QT_TRANSLATE_NOOP("messages", "The period ends ({end}) before it starts ({start})."),
    "pension.period_not_found": QT_TRANSLATE_NOOP("messages", "No contribution period {key} is on record."),
    "pension.figure": QT_TRANSLATE_NOOP("messages", "{name} must be a positive number, not {value}."),
    "pension.figure_range": QT_TRANSLATE_NOOP(
        "messages", "The {name} ({field}) must be a number from {low} to {high}, not {value}."
    ),
    "pension.year": QT_TRANSLATE_NOOP(
        "messages", "{value} is not a month contributions can be paid in (years {low} to {high})."
    ),
    "pension.category": QT_TRANSLATE_NOOP(
        "messages",
        "{value} is not a retirement category: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).",
    ),
    "pension.age": QT_TRANSLATE_NOOP("messages", "{value} is not a retirement age between {low} and {high}."),
    "pension.age_range": QT_TRANSLATE_NOOP(
        "messages",
        "A retirement at {value} is outside this person's range, {low} to {high}: the statutory age {age}, "
        "earlier but never below the old age {old}, or later by agreement ({source}).",
    ),
    "pension.age_fixed": QT_TRANSLATE_NOOP(
        "messages",
        "A retirement at {value} is not possible: the statutory date {month} (age {age}) is before {effective}, "
        "and flexible retirement ({source}) exists only for retirements from then on.",
    ),
    "retirement.no_flexible": QT_TRANSLATE_NOOP(
        "messages",
        "No flexible retirement date: the statutory date {month} is before {effective}, and flexible "
        "retirement ({source}) exists only for retirements from {effective} on.",
    ),
    "pension.past_statutory": QT_TRANSLATE_NOOP(
        "messages",
        "Already past the statutory retirement date since {month} (age {age}): the estimate is the "
        "pension from {start}.",
    ),
    "pension.base_low": QT_TRANSLATE_NOOP(
        "messages",
        "The base {base} of {start} – {end} is below {share} % of the average wage {wage}: it counts as "
        "{counted}, the lower bound an office records ({source}).",
    ),
    "pension.base_high": QT_TRANSLATE_NOOP(
        "messages",
        "The base {base} of {start} – {end} is above {share} % of the average wage {wage}: it counts as "
        "{counted}, the upper bound an office records ({source}).",
    ),
    "pension.short": QT_TRANSLATE_NOOP(
        "messages",
        "No monthly pension if paying stops now: {years} years paid up to {month}, fewer than the {needed} "
        "years needed when retiring in {year} ({source}). The ways on:",
    ),
    "pension.option_pay_on": QT_TRANSLATE_NOOP(
        "messages", "Pay on until the retirement date {month}: {years} years, enough for a monthly pension ({source})."
    ),
    "pension.option_pay_on_short": QT_TRANSLATE_NOOP(
        "messages",
        "Paying on until the retirement date {month} gives {years} years, still fewer than needed ({source}).",
    ),
    "pension.option_extend": QT_TRANSLATE_NOOP(
        "messages",
        "延长缴费 after the retirement date: {months} months more, {start} – {end}, then a monthly pension ({source}).",
    ),
    "pension.option_no_early": QT_TRANSLATE_NOOP(
        "messages",
        "Retiring early in {month} needs the minimum years paid by then ({source}): not reached, so "
        "not before the statutory date {statutory}.",
    ),
    "pension.option_back_pay": QT_TRANSLATE_NOOP(
        "messages",
        "补缴 of missed months, only where national and local rules allow it: ask the local office ({source}).",
    ),
    "pension.option_transfer": QT_TRANSLATE_NOOP(
        "messages", "Transfer to 城乡居民养老保险 and draw its pension under that scheme's rules ({source})."
    ),
    "retirement.birth": QT_TRANSLATE_NOOP("messages", "{value} is not a birth month in the form YYYY-MM."),
    "retirement.birth_future": QT_TRANSLATE_NOOP("messages", "The birth month {value} is in the future."),
    "retirement.sex": QT_TRANSLATE_NOOP("messages", "{value} is not a sex: male or female."),
    "retirement.category_male": QT_TRANSLATE_NOOP(
        "messages", "A category is only asked for a woman; a man has one schedule (was the sex meant to be female?)."
    ),
    "retirement.category_needed": QT_TRANSLATE_NOOP(
        "messages",
        "For a woman the category is needed: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).",
    ),
    # card accounts
    "card.status": QT_TRANSLATE_NOOP("messages", "Unknown account state {value}."),
    # services
    "card.exists": QT_TRANSLATE_NOOP("messages", "Card number {card} already belongs to {name}."),
    "date.future": QT_TRANSLATE_NOOP("messages", "{value} is in the future."),
    "date.before_birth": QT_TRANSLATE_NOOP("messages", "{value} is before {name} was born."),
    "date.before_bound": QT_TRANSLATE_NOOP("messages", "{value} is before the binding began ({bound_on})."),
    "report.order": QT_TRANSLATE_NOOP("messages", "The report's last day {end} is before its first day {start}."),
    "report.too_long": QT_TRANSLATE_NOOP(
        "messages", "The report covers {days} days; at most {limit} days (a year) fit in one report."
    ),
    "report.not_allowed": QT_TRANSLATE_NOOP(
        "messages", "Only a supervisor or an auditor may see the bindings report; your sign-in is a clerk's."
    ),
    "person.exists": QT_TRANSLATE_NOOP("messages", "A person with ID number {id} is already on record."),
    "person.not_found": QT_TRANSLATE_NOOP("messages", "No person {key} is on record."),
    "person.has_bindings": QT_TRANSLATE_NOOP(
        "messages", "{name} still has active bindings; end them before deleting the person."
    ),
    "person.has_applications": QT_TRANSLATE_NOOP(
        "messages", "{name} has an unfinished 亲情服务 application; finish or cancel it before deleting the person."
    ),
    "operator.place": QT_TRANSLATE_NOOP("messages", "Choose where this window works: at a counter or at home."),
    "operator.name_empty": QT_TRANSLATE_NOOP("messages", "Type the operator's name."),
    "operator.staff_id_empty": QT_TRANSLATE_NOOP("messages", "Type the operator's staff number (工号)."),
    "operator.staff_id_format": QT_TRANSLATE_NOOP(
        "messages", "A staff number (工号) is letters and digits, at most {limit}."
    ),
    "operator.missing": QT_TRANSLATE_NOOP(
        "messages",
        "No operator has signed in at this counter: sign in first (Settings → Sign in or change shift, Ctrl+Shift+O).",
    ),
    "binding.not_found": QT_TRANSLATE_NOOP("messages", "No binding {key} is on record."),
    "binding.not_active": QT_TRANSLATE_NOOP("messages", "Binding {key} has already ended."),
}
