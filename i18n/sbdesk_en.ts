<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>channels</name>
    <message>
        <source>e-card 亲情服务</source>
        <extracomment>channel -&gt; (English label, the member identifier the channel asks for, or None)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal web self-service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service window at a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hospital insurance office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保电脑号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-security card number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first two digits {code} are not a province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 7 to 14 ({value}) are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last character should be {expected}, not {actual}: a digit was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number does not match {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 社保电脑号 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 社保电脑号 does not match {rule}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 统筹区 is called {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} names more than one 统筹区: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown insurance type {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown relationship {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner and the member are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner and the member are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} may share an account in {province}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} is not among the relatives who may share in {province} (allowed: {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has 职工医保 and so a personal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has no 职工医保, so there is no personal account to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is enrolled in basic medical insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is not enrolled in basic medical insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are insured in the same 统筹区 {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} share within {province}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} have both opened cross-province sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} has not opened cross-province sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} opens cross-province sharing only on {opened_on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{province} does not share between its 统筹区 {owner_region} and {member_region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is not bound to another owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is already bound to another owner ({owner}) and {province} allows only one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is already bound to this owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member&apos;s {identifier} needed by this channel is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel needs the member&apos;s {identifier}, which is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is {age}, under {limit}: a frontal face photo must be uploaded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is {limit} or older: no face photo is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person with ID number {id} is already on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person {key} is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} still has active bindings; end them before deleting the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding {key} is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding {key} has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is damaged or not an sbdesk database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer sbdesk (schema {found}, this one knows {known}); update sbdesk. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file {path} is invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relations</name>
    <message>
        <source>spouse (配偶)</source>
        <extracomment>kind -&gt; (inverse kind, English label for translation). The eight are the 近亲属 of 民法典 art. 1045; the national rule lets the first three share (父母、配偶、子女).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent (父母)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child (子女)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sibling (兄弟姐妹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandparent (祖父母、外祖父母)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grandchild (孙子女、外孙子女)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
