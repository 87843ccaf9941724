<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>channels</name>
    <message>
        <source>e-card 亲情服务</source>
        <extracomment>channel -&gt; (English label, the member identifier the channel asks for, or None)</extracomment>
        <translation>电子社保卡亲情服务</translation>
    </message>
    <message>
        <source>personal web self-service</source>
        <translation>社会保险服务个人网页自助办理</translation>
    </message>
    <message>
        <source>service window at a branch</source>
        <translation>社保分局医疗保险窗口</translation>
    </message>
    <message>
        <source>hospital insurance office</source>
        <translation>定点医院医保办</translation>
    </message>
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
        <source>Refused:</source>
        <translation>不予办理:</translation>
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
        <source>invalid:</source>
        <translation>无效:</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>可以办理</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>不可办理</translation>
    </message>
    <message>
        <source>The database is sound.</source>
        <translation>数据库完好。</translation>
    </message>
    <message>
        <source>The database has problems:</source>
        <translation>数据库存在问题:</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>An ID number has 18 characters; this one has {length}.</source>
        <translation>身份证号码应为18位,当前为{length}位。</translation>
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
        <translation>第7至14位({value})不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The birth date {value} is in the future.</source>
        <translation>出生日期{value}晚于今天。</translation>
    </message>
    <message>
        <source>The last character should be {expected}, not {actual}: a digit was mistyped.</source>
        <translation>校验码应为{expected},而不是{actual}:有数字输错了。</translation>
    </message>
    <message>
        <source>The card number is empty.</source>
        <translation>社保卡号为空。</translation>
    </message>
    <message>
        <source>The card number does not match {rule}.</source>
        <translation>社保卡号格式不符:{rule}。</translation>
    </message>
    <message>
        <source>The 社保电脑号 is empty.</source>
        <translation>社保电脑号为空。</translation>
    </message>
    <message>
        <source>The 社保电脑号 does not match {rule}.</source>
        <translation>社保电脑号格式不符:{rule}。</translation>
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
        <source>{region} names more than one 统筹区: {choices}.</source>
        <translation>{region}对应多个统筹区:{choices}。</translation>
    </message>
    <message>
        <source>Unknown insurance type {value}.</source>
        <translation>未知的参保类型{value}。</translation>
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
        <source>{relation} may share an account in {province}.</source>
        <translation>{province}允许{relation}共济。</translation>
    </message>
    <message>
        <source>{relation} is not among the relatives who may share in {province} (allowed: {allowed}).</source>
        <translation>{province}不允许{relation}共济(允许:{allowed})。</translation>
    </message>
    <message>
        <source>The owner has 职工医保 and so a personal account.</source>
        <translation>共济人参加职工医保,有个人账户。</translation>
    </message>
    <message>
        <source>The owner has no 职工医保, so there is no personal account to share.</source>
        <translation>共济人未参加职工医保,没有可共济的个人账户。</translation>
    </message>
    <message>
        <source>The member is enrolled in basic medical insurance.</source>
        <translation>被共济人已参加基本医疗保险。</translation>
    </message>
    <message>
        <source>The member is not enrolled in basic medical insurance.</source>
        <translation>被共济人未参加基本医疗保险。</translation>
    </message>
    <message>
        <source>Both are insured in the same 统筹区 {region}.</source>
        <translation>双方在同一统筹区{region}参保。</translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} share within {province}.</source>
        <translation>{province}内{owner_region}与{member_region}可省内共济。</translation>
    </message>
    <message>
        <source>{owner_region} and {member_region} have both opened cross-province sharing.</source>
        <translation>{owner_region}与{member_region}均已开通跨省共济。</translation>
    </message>
    <message>
        <source>{region} has not opened cross-province sharing.</source>
        <translation>{region}尚未开通跨省共济。</translation>
    </message>
    <message>
        <source>{region} opens cross-province sharing only on {opened_on}.</source>
        <translation>{region}自{opened_on}起才开通跨省共济。</translation>
    </message>
    <message>
        <source>{province} does not share between its 统筹区 {owner_region} and {member_region}.</source>
        <translation>{province}的统筹区{owner_region}与{member_region}之间不能省内共济。</translation>
    </message>
    <message>
        <source>The member is not bound to another owner.</source>
        <translation>被共济人未绑定其他共济人。</translation>
    </message>
    <message>
        <source>The member is already bound to another owner ({owner}) and {province} allows only one.</source>
        <translation>被共济人已绑定其他共济人({owner}),{province}只允许绑定一人。</translation>
    </message>
    <message>
        <source>The member is already bound to this owner.</source>
        <translation>被共济人已绑定该共济人。</translation>
    </message>
    <message>
        <source>The member's {identifier} needed by this channel is on record.</source>
        <translation>已登记该渠道所需的被共济人{identifier}。</translation>
    </message>
    <message>
        <source>This channel needs the member's {identifier}, which is not on record.</source>
        <translation>该渠道需要被共济人的{identifier},但尚未登记。</translation>
    </message>
    <message>
        <source>The member is {age}, under {limit}: a frontal face photo must be uploaded too.</source>
        <translation>被共济人{age}岁,不满{limit}岁:还需上传人脸正面照。</translation>
    </message>
    <message>
        <source>The member is {limit} or older: no face photo is needed.</source>
        <translation>被共济人已满{limit}岁:无需人脸正面照。</translation>
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
        <translation>{name}仍有有效绑定,请先解除绑定再删除。</translation>
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
        <translation>数据库正被其他程序使用,请稍后再试。</translation>
    </message>
    <message>
        <source>The database file {path} is damaged or not an sbdesk database; it was left untouched.</source>
        <translation>数据库文件{path}已损坏或不是sbdesk数据库;文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database was written by a newer sbdesk (schema {found}, this one knows {known}); update sbdesk. The file was left untouched.</source>
        <translation>数据库由更新版本的sbdesk写入(结构版本{found},本程序支持{known});请升级sbdesk。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The disk is full; nothing was saved.</source>
        <translation>磁盘已满;未保存任何内容。</translation>
    </message>
    <message>
        <source>The database cannot be written at {path}.</source>
        <translation>无法写入数据库{path}。</translation>
    </message>
    <message>
        <source>The policy file {path} is invalid: {detail}</source>
        <translation>政策文件{path}无效:{detail}</translation>
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
</TS>