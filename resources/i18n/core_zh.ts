<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{tables}个表，{rows}行</translation>
    </message>
    <message>
        <source>1 table, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1个表，{rows}行</translation>
    </message>
    <message>
        <source>wrote {path} ({details})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已写入 {path}（{details}）</translation>
    </message>
    <message>
        <source>1 page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1页</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}页</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>off (this design turns it off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>关闭（本设计将其关闭）</translation>
    </message>
    <message>
        <source>on, at {severity} instead of {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>开启，级别为{severity}（默认为{default}）</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>开启</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>出处：{source}。</translation>
    </message>
    <message>
        <source>In this design: {state}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在本设计中：{state}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>参数：{names}</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>unit</source>
        <extracomment>Unit fields that hold a unit id: shown as that unit&apos;s label in its scenario. The &quot;Kind&quot; column&apos;s word for each section of a diff (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>汇报线</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>setting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设置</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>The &quot;Change&quot; column&apos;s words: every action&apos;s value (translated by :func:`change_word`).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>增加</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调整隶属</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更名</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>修改</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承继先前单位</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由后继单位承继</translation>
    </message>
    <message>
        <source>established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调动</translation>
    </message>
    <message>
        <source>moved with its unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>随所在单位转移</translation>
    </message>
    <message>
        <source>reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>改叙</translation>
    </message>
    <message>
        <source>funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金来源变更</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>成员变更</translation>
    </message>
    <message>
        <source>chair changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主席变更</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定</translation>
    </message>
    <message>
        <source>cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>取消指定</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重新指定</translation>
    </message>
    <message>
        <source>dual, {source} to {target}</source>
        <extracomment>A line in words, by kind: ``dual, ASG Africa to DPO``.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重汇报线，{source} 至 {target}</translation>
    </message>
    <message>
        <source>dotted, {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线汇报线，{source} 至 {target}</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source} 至 {target}</translation>
    </message>
    <message>
        <source>{grade} {funding} in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} 的 {grade} {funding}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}：{value}</translation>
    </message>
    <message>
        <source>: &quot;{caption}&quot;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>：“{caption}”</translation>
    </message>
    <message>
        <source> (when: {condition})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（条件：{condition}）</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <source>chair {chair}; members {members}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主席 {chair}；成员 {members}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>否</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>Unit fields whose change makes a unit &quot;changed&quot; (name, parent and succession have their own actions; a citation says where a unit comes from, not how it changed: issue 21). Each unit field in words (translated where shown, context &quot;Change&quot;): short_name has RENAMED&apos;s words, the others are the CHANGED action&apos;s fields.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>简称</translation>
    </message>
    <message>
        <source>head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主管职等</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>存在类型</translation>
    </message>
    <message>
        <source>lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>支助单位</translation>
    </message>
    <message>
        <source>entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位</translation>
    </message>
    <message>
        <source>functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>注释</translation>
    </message>
    <message>
        <source>segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分</translation>
    </message>
    <message>
        <source>segment entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分入口单位</translation>
    </message>
    <message>
        <source>location</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>地点</translation>
    </message>
    <message>
        <source>names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>dual line to {unit} added</source>
        <extracomment>A line&apos;s note on its source unit, by (kind, action).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增至 {unit} 的双重汇报线</translation>
    </message>
    <message>
        <source>dual line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除至 {unit} 的双重汇报线</translation>
    </message>
    <message>
        <source>dual line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>至 {unit} 的双重汇报线已修改</translation>
    </message>
    <message>
        <source>dotted line to {unit} added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增至 {unit} 的虚线汇报线</translation>
    </message>
    <message>
        <source>dotted line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除至 {unit} 的虚线汇报线</translation>
    </message>
    <message>
        <source>dotted line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>至 {unit} 的虚线汇报线已修改</translation>
    </message>
    <message>
        <source>dual line moved to {unit}</source>
        <extracomment>A moved line&apos;s note on the unit it left, by kind.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重汇报线已移至 {unit}</translation>
    </message>
    <message>
        <source>dotted line moved to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线汇报线已移至 {unit}</translation>
    </message>
    <message>
        <source>abolished: {unit}</source>
        <extracomment>Unit id -&gt; department id, in the earlier and the later scenario. Later unit -&gt; its predecessors, and earlier unit -&gt; its successors.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已裁撤：{unit}</translation>
    </message>
    <message>
        <source>moved from {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原隶属 {unit}</translation>
    </message>
    <message>
        <source>was {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原为 {unit}</translation>
    </message>
    <message>
        <source>succeeds {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承继 {units}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已修改：{fields}</translation>
    </message>
    <message>
        <source>members: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>成员：{units}</translation>
    </message>
    <message>
        <source>members: reordered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>成员：顺序调整</translation>
    </message>
    <message>
        <source>chair: {old} -&gt; {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主席：{old} -&gt; {new}</translation>
    </message>
    <message>
        <source>body added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>body removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除机构</translation>
    </message>
    <message>
        <source>now the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>现为{role}</translation>
    </message>
    <message>
        <source>no longer the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不再是{role}</translation>
    </message>
    <message>
        <source>+{came} posts in, -{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调入 +{came}，调出 -{went}</translation>
    </message>
    <message>
        <source>+{came} posts in</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调入 +{came}</translation>
    </message>
    <message>
        <source>-{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调出 -{went}</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>Each section&apos;s name in the headline (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>汇报线</translation>
    </message>
    <message>
        <source>bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>角色</translation>
    </message>
    <message>
        <source>settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则设置</translation>
    </message>
    <message>
        <source>redeployed to another unit</source>
        <extracomment>How the headline says an action where its value alone would mislead.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调至其他单位</translation>
    </message>
    <message>
        <source>continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>随所在单位转入其他部门</translation>
    </message>
    <message>
        <source>succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承继先前单位</translation>
    </message>
    <message>
        <source>succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由后继单位承继</translation>
    </message>
    <message>
        <source>{count} {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{change} {count}</translation>
    </message>
    <message>
        <source>{section}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{section}：{changes}</translation>
    </message>
    <message>
        <source>Nothing differs: units, posts, lines, bodies, roles and settings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无任何差异：单位、员额、汇报线、机构、角色和设置。</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The fields of a line that can change under the same id (everything but the id). The single-unit roles of a scenario; department roles are ``department:ROLE``. Each single-unit role in words (translated where shown, context &quot;Change&quot;).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最高单位</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构</translation>
    </message>
    <message>
        <source>executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>执行办公室</translation>
    </message>
    <message>
        <source>principals group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>首长小组</translation>
    </message>
    <message>
        <source>{role} department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{role} 部门</translation>
    </message>
    <message>
        <source>design added: {count} scenario(s)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增设计：{count} 个方案</translation>
    </message>
    <message>
        <source>{scenario}: scenario added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：新增方案</translation>
    </message>
    <message>
        <source>{scenario}: {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：{change}</translation>
    </message>
    <message>
        <source>{scenario}: scenario removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：删除方案</translation>
    </message>
    <message>
        <source>design properties or review notes changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计属性或审查意见已更改</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>department</source>
        <extracomment>Each unit kind in words on a card (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>办公室</translation>
    </message>
    <message>
        <source>structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>结构</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>司</translation>
    </message>
    <message>
        <source>service</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>事务处</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>处</translation>
    </message>
    <message>
        <source>section</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>科</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>股</translation>
    </message>
    <message>
        <source>team</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>小组</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地存在</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {number} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>Scale {percent}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>比例 {percent}%</translation>
    </message>
    <message>
        <source>Tile {number} of {total}, sheet {sheet}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {number} 块，共 {total} 块，图幅 {sheet}</translation>
    </message>
    <message>
        <source>{title} — {scenario} — how the {count} tiles assemble</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} — {scenario} — {count} 块拼接方式</translation>
    </message>
    <message>
        <source>Assembly map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>拼接图</translation>
    </message>
    <message>
        <source>{amount}M</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount}百万</translation>
    </message>
    <message>
        <source>{amount}k</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount}千</translation>
    </message>
    <message>
        <source>no posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无员额</translation>
    </message>
    <message>
        <source>1 post · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 个员额 · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} posts · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} 个员额 · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item} {count} 个</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 个单位</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} 个单位</translation>
    </message>
    <message>
        <source>1 post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 个员额</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} 个员额</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 项检查结果</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} 项检查结果</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit required bodies and dual reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑必设机构和双重汇报</translation>
    </message>
    <message>
        <source>Comment on unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论单位 {id}</translation>
    </message>
    <message>
        <source>Comment on post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论员额 {id}</translation>
    </message>
    <message>
        <source>Resolve comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将关于 {id} 的评论标为已解决</translation>
    </message>
    <message>
        <source>Reopen comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重新打开关于 {id} 的评论</translation>
    </message>
    <message>
        <source>Edit comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑关于 {id} 的评论</translation>
    </message>
    <message>
        <source>Delete comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除关于 {id} 的评论</translation>
    </message>
    <message>
        <source>{decision}: {place}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{decision}：{place}</translation>
    </message>
    <message>
        <source>Decide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Take base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用共同基础版本</translation>
    </message>
    <message>
        <source>Take ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用我方版本</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用对方版本</translation>
    </message>
    <message>
        <source>Import {source} into {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {source} 导入 {scenario}</translation>
    </message>
    <message>
        <source>Change caption of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改汇报线 {line} 的说明</translation>
    </message>
    <message>
        <source>Change condition of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改汇报线 {line} 的条件</translation>
    </message>
    <message>
        <source>Change kind of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改汇报线 {line} 的类型</translation>
    </message>
    <message>
        <source>Change citation of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改汇报线 {line} 的出处</translation>
    </message>
    <message>
        <source>Add dual line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加从 {source} 到 {target} 的双重汇报线</translation>
    </message>
    <message>
        <source>Add dotted line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加从 {source} 到 {target} 的虚线汇报线</translation>
    </message>
    <message>
        <source>Remove line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除从 {source} 到 {target} 的汇报线</translation>
    </message>
    <message>
        <source>Change members of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的成员</translation>
    </message>
    <message>
        <source>Reclassify post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将员额 {post} 改叙为 {value}</translation>
    </message>
    <message>
        <source>Change funding of post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将员额 {post} 的经费来源改为 {value}</translation>
    </message>
    <message>
        <source>Retitle {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {post} 的职衔</translation>
    </message>
    <message>
        <source>Retitle {post} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {post} 在其他语言中的职衔</translation>
    </message>
    <message>
        <source>Reclassify {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {count} 个员额改叙为 {value}</translation>
    </message>
    <message>
        <source>Change funding of {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {count} 个员额的经费来源改为 {value}</translation>
    </message>
    <message>
        <source>Establish a {grade} post ({funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在 {unit} 设立一个 {grade} 员额（{funding}）</translation>
    </message>
    <message>
        <source>Abolish post {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤员额 {post}</translation>
    </message>
    <message>
        <source>Abolish {count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤 {count} 个员额</translation>
    </message>
    <message>
        <source>Redeploy post {post} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将员额 {post} 调往 {unit}</translation>
    </message>
    <message>
        <source>Redeploy {count} posts to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {count} 个员额调往 {unit}</translation>
    </message>
    <message>
        <source>Make {unit} the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {unit} 设为最高单位</translation>
    </message>
    <message>
        <source>Clear the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清除最高单位</translation>
    </message>
    <message>
        <source>Make {unit} the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {unit} 设为共用结构</translation>
    </message>
    <message>
        <source>Clear the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清除共用结构</translation>
    </message>
    <message>
        <source>Make {unit} the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {unit} 设为执行办公室</translation>
    </message>
    <message>
        <source>Clear the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清除执行办公室</translation>
    </message>
    <message>
        <source>Make {unit} the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {unit} 设为主管小组</translation>
    </message>
    <message>
        <source>Clear the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清除主管小组</translation>
    </message>
    <message>
        <source>Edit design properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑设计属性</translation>
    </message>
    <message>
        <source>Describe {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>描述 {scenario}</translation>
    </message>
    <message>
        <source>Copy {scenario} as {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {scenario} 复制为 {name}</translation>
    </message>
    <message>
        <source>Rename {scenario} to {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {scenario} 重命名为 {name}</translation>
    </message>
    <message>
        <source>Rename {name} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {name} 在其他语言中的名称</translation>
    </message>
    <message>
        <source>Delete {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {scenario}</translation>
    </message>
    <message>
        <source>Rename {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重命名 {unit}</translation>
    </message>
    <message>
        <source>Change kind of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的类型</translation>
    </message>
    <message>
        <source>Change short name of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的简称</translation>
    </message>
    <message>
        <source>Change head grade of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的主管职等</translation>
    </message>
    <message>
        <source>Change region of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的区域</translation>
    </message>
    <message>
        <source>Change presence type of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的外地机构类型</translation>
    </message>
    <message>
        <source>Change lead department of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的牵头部门</translation>
    </message>
    <message>
        <source>Change the backstop of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的支助单位</translation>
    </message>
    <message>
        <source>Change the regions {unit} is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 作为入口单位所对应的区域</translation>
    </message>
    <message>
        <source>Change functions of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的职能</translation>
    </message>
    <message>
        <source>Change note of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的附注</translation>
    </message>
    <message>
        <source>Change segments of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的细分</translation>
    </message>
    <message>
        <source>Change segment entry points of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的细分入口</translation>
    </message>
    <message>
        <source>Change succession of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的承继关系</translation>
    </message>
    <message>
        <source>Change location of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的工作地点</translation>
    </message>
    <message>
        <source>Change names of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的各语言名称</translation>
    </message>
    <message>
        <source>Change citation of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改 {unit} 的出处</translation>
    </message>
    <message>
        <source>Delete {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {unit}</translation>
    </message>
    <message>
        <source>Delete {unit} and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {unit} 及其 {below} 个下级单位</translation>
    </message>
    <message>
        <source>Delete {count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {count} 个单位</translation>
    </message>
    <message>
        <source>Delete {count} units and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {count} 个单位及其 {below} 个下级单位</translation>
    </message>
    <message>
        <source>Move {unit} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {unit} 移至 {target}</translation>
    </message>
    <message>
        <source>Move {count} units to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {count} 个单位移至 {target}</translation>
    </message>
    <message>
        <source>Add {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加 {unit}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>修正：{fix}</translation>
    </message>
    <message>
        <source>Edit funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑供资来源 {source}</translation>
    </message>
    <message>
        <source>Add funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加供资来源 {source}</translation>
    </message>
    <message>
        <source>grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等</translation>
    </message>
    <message>
        <source>funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>供资来源</translation>
    </message>
    <message>
        <source>function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门角色</translation>
    </message>
    <message>
        <source>duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Turn {rule} on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>启用 {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} off</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>停用 {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} on ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>启用 {rule}（{severity}）</translation>
    </message>
    <message>
        <source>Turn {rule} off ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>停用 {rule}（{severity}）</translation>
    </message>
    <message>
        <source>Set {count} rules&apos; switches and severities</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设置 {count} 条规则的开关和严重程度</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Edit segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑分组</translation>
    </message>
    <message>
        <source>Add {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加{kind} {item}</translation>
    </message>
    <message>
        <source>Rename {kind} {item} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{kind} {item}重命名为 {new}</translation>
    </message>
    <message>
        <source>Edit {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑{kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>上移{kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} down</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>下移{kind} {item}</translation>
    </message>
    <message>
        <source>Map {kind} {item} to {new} and delete it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{kind} {item}映射到 {new} 后删除</translation>
    </message>
    <message>
        <source>Delete {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除{kind} {item}</translation>
    </message>
    <message>
        <source>Edit standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑标准费用</translation>
    </message>
    <message>
        <source>Edit rule parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑规则参数</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{items} and {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}和{item}</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}、{item}</translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}；{item}</translation>
    </message>
    <message>
        <source>{part} ({part_id}) of {source} ({source_id})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}（{source_id}）下的{part}（{part_id}）</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线多{currency} {amount}：与基线相比{grades}。资金来源之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线多{currency} {amount}。资金来源之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线多{currency} {amount}：与基线相比{grades}。{source}的各组成部分之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线多{currency} {amount}。{source}的各组成部分之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线少{currency} {amount}：与基线相比{grades}。资金来源之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线少{currency} {amount}。资金来源之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线少{currency} {amount}：与基线相比{grades}。{source}的各组成部分之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}的费用每年比基线少{currency} {amount}。{source}的各组成部分之间不得作任何转移。</translation>
    </message>
    <message>
        <source>{count} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {grade}</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year more than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>提案每年的费用比基线多{currency} {amount}（{after}对{before}；容差为{tolerance}）。</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year less than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>提案每年的费用比基线少{currency} {amount}（{after}对{before}；容差为{tolerance}）。</translation>
    </message>
    <message>
        <source>{source}, posts funded by the source as a whole</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}，由该来源整体供资的员额</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline: {changes} ({total} posts in all).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按职等分列的员额与基线比较：{changes}（员额净变化：{total}）。</translation>
    </message>
    <message>
        <source>Senior posts ({grade} and above) grow by {growth} without an offset: {changes}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>高级员额（{grade}及以上）在没有抵消的情况下增加{growth}个：{changes}。</translation>
    </message>
    <message>
        <source>No unit carries {function} any more; the baseline carried it in {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已没有任何单位承担{function}；基线中由{units}承担。</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, in {department}; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{function}由{department}中的{unit}承担；其规定归属为{home}。</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, outside the departments; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{function}由{unit}承担，不在任何部门内；其规定归属为{home}。</translation>
    </message>
    <message>
        <source>{functions} must sit in one department; they are split ({places}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{functions}必须设在同一个部门；目前分散在多处（{places}）。</translation>
    </message>
    <message>
        <source>outside any department: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不在任何部门内：{units}</translation>
    </message>
    <message>
        <source>{department}: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department}：{units}</translation>
    </message>
    <message>
        <source>{department} has no dedicated gender capacity: no unit in it carries {function}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department}没有专门的性别问题能力：其中没有任何单位承担{function}。</translation>
    </message>
    <message>
        <source>{body} is chaired by {actual}, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{body}由{actual}主持，而不是由{chair}主持。</translation>
    </message>
    <message>
        <source>{body} is chaired by no one, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{body}无人主持，而应由{chair}主持。</translation>
    </message>
    <message>
        <source>The head of {member} is not a member of {body}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{member}的负责人不是{body}的成员。</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings the department heads ({members}) together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有由{chair}主持、汇集各部门负责人（{members}）的{body}。</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings {members} together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有由{chair}主持、汇集{members}的{body}。</translation>
    </message>
    <message>
        <source>{unit} carries {function} but has no functional link to {office}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}承担{function}，但与{office}没有职能联系。</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it as the chart draws it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}未指明牵头部门；按组织图所示，由{lead}牵头。</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}未指明牵头部门；默认由{lead}牵头。</translation>
    </message>
    <message>
        <source>{unit} is led by {lead}, which is not one of the departments ({departments}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}由{lead}牵头，但它不是所列部门之一（{departments}）。</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是维持和平行动，必须由{lead}而非{current}牵头。</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是维持和平行动，必须由{lead}牵头，但目前没有牵头部门。</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是区域办事处，必须由{lead}而非{current}牵头。</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是区域办事处，必须由{lead}牵头，但目前没有牵头部门。</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是特使，必须由{lead}而非{current}牵头。</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是特使，必须由{lead}牵头，但目前没有牵头部门。</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是政治进程办事处，必须由{lead}而非{current}牵头。</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是政治进程办事处，必须由{lead}牵头，但目前没有牵头部门。</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是其他类型的外地机构，必须由{lead}而非{current}牵头。</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}是其他类型的外地机构，必须由{lead}牵头，但目前没有牵头部门。</translation>
    </message>
    <message>
        <source>{units} under {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units}位于{parent}之下</translation>
    </message>
    <message>
        <source>{units} under no parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units}没有上级单位</translation>
    </message>
    <message>
        <source>The units of {group} are split: {where}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{group}的单位被拆分：{where}。</translation>
    </message>
    <message>
        <source>{unit} sits under {parent}, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}位于{parent}之下，与{group}的其余单位（{main}之下的{units}）分开。</translation>
    </message>
    <message>
        <source>{unit} sits under no parent, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}没有上级单位，与{group}的其余单位（{main}之下的{units}）分开。</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds no {head} post (its most senior post is {grade}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{head}，但该单位没有{head}员额（其最高员额为{grade}）。</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds a more senior {grade} post.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{head}，但该单位有一个更高的{grade}员额。</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{head}；设计要求负责人职等为{grade}。</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{head}；设计要求负责人职等为{grade}。</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人没有职等；设计要求负责人职等为{grade}。</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人没有职等；设计要求负责人职等为{grade}。</translation>
    </message>
    <message>
        <source>{unit} sits under {chart} on the chart, but its lead department is {lead}, and no line from it to {lead} marks it as backstopped across.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}在组织图上位于{chart}之下，但其牵头部门是{lead}，且没有从它到{lead}的汇报线表明它由另一部门提供支援。</translation>
    </message>
    <message>
        <source>Region {region} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域{region}有{count}个切入点：{units}。</translation>
    </message>
    <message>
        <source>{Segment} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment}有{count}个切入点：{units}。</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is not part of the shared regional structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域{region}的切入点{unit}不属于共用区域结构（{shared}）。</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is not part of the shared structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment}的切入点{unit}不属于共用结构（{shared}）。</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域{region}的切入点{unit}由{head}职等人员领导，而非{grade}。</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域{region}的切入点{unit}的负责人没有职等，而应为{grade}。</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment}的切入点{unit}由{head}职等人员领导，而非{grade}。</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment}的切入点{unit}的负责人没有职等，而应为{grade}。</translation>
    </message>
    <message>
        <source>Region {region} has no headquarters entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域{region}在总部没有切入点。</translation>
    </message>
    <message>
        <source>{Segment} has no entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment}没有切入点。</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by no headquarters unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}（{region}）没有任何总部单位为其提供支援。</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by {backstop}, which is not under the region&apos;s entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}（{region}）由{backstop}提供支援，但该单位不在该区域的切入点（{points}）之下。</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is backstopped by {backstop}, which is not under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}属于{segment}，但由{backstop}提供支援，而该单位不在其切入点（{points}）之下。</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is neither backstopped by a unit nor placed under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}属于{segment}，但既不位于其切入点（{points}）之下，也没有由其下的单位提供支援。</translation>
    </message>
    <message>
        <source>{unit} has no region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}没有所属区域。</translation>
    </message>
    <message>
        <source>The dual lines of {unit} say nothing about when each applies; add a condition (for example: peacekeeping operations).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的双重汇报线没有说明各自何时适用；请添加条件（例如：维持和平行动）。</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}仅以虚线向{department}汇报；设计标明它向{departments}汇报。</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}仅以虚线向{department}汇报；区域切入点应向两个部门的负责人汇报。</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}不向{department}汇报；设计标明它向{departments}汇报。</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}不向{department}汇报；区域切入点应向两个部门的负责人汇报。</translation>
    </message>
    <message>
        <source>peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>维持和平行动</translation>
    </message>
    <message>
        <source>special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特别政治任务</translation>
    </message>
    <message>
        <source>regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域办事处</translation>
    </message>
    <message>
        <source>envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特使</translation>
    </message>
    <message>
        <source>political-process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>政治进程办事处</translation>
    </message>
    <message>
        <source>The conditions of {unit}&apos;s dual lines are swapped: the line to {first} says &apos;{first_condition}&apos; and the line to {second} says &apos;{second_condition}&apos;.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的双重汇报线的条件互换了：到{first}的线写的是“{first_condition}”，到{second}的线写的是“{second_condition}”。</translation>
    </message>
    <message>
        <source>{type} (reported to {department})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{type}（向{department}汇报）</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} carries no condition: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从{unit}到{department}的双重汇报线没有附带条件：它没有提及{missing}。</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing} and names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从{unit}到{department}的双重汇报线写的是“{condition}”：它没有提及{missing}，却提及了{named}。</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从{unit}到{department}的双重汇报线写的是“{condition}”：它没有提及{missing}。</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从{unit}到{department}的双重汇报线写的是“{condition}”：它提及了{named}。</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by no unit; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}个区域的切入点无任何单位担任；设计要求至少由{least}个单位担任。</translation>
    </message>
    <message>
        <source>The entry points of 1 region are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1个区域的切入点由{units}担任；设计要求至少由{least}个单位担任。</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}个区域的切入点由{units}担任；设计要求至少由{least}个单位担任。</translation>
    </message>
    <message>
        <source>Primary reporting lines form a cycle: {path}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主汇报线构成循环：{path}。</translation>
    </message>
    <message>
        <source>{count} units report to no one ({units}); an organisation has one top: set the scenario&apos;s top and give the others a parent.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}个单位不向任何单位汇报（{units}）；一个组织只有一个最高层：请设定方案的最高层，并为其他单位指定上级单位。</translation>
    </message>
    <message>
        <source>The top of the organisation, {top}, reports to {parent}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织的最高层{top}向{parent}汇报。</translation>
    </message>
    <message>
        <source>{unit} does not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}无法通达最高层（{top}）：{unit}不向任何单位汇报。</translation>
    </message>
    <message>
        <source>{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}及其1个下属单位无法通达最高层（{top}）：{unit}不向任何单位汇报。</translation>
    </message>
    <message>
        <source>{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}及其{count}个下属单位无法通达最高层（{top}）：{unit}不向任何单位汇报。</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{grade}，与其汇报对象{parent}（{parent_grade}）同级。</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}的负责人职等为{grade}，高于其汇报对象{parent}（{parent_grade}）。</translation>
    </message>
    <message>
        <source>{unit} has {count} units reporting to it directly; the limit is {limit}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}有{count}个直接下属单位；上限为{limit}。</translation>
    </message>
    <message>
        <source>{unit} sits at layer {layer}; the design allows {limit} layers.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit}位于第{layer}层；设计允许{limit}层。</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>the total is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>总额比基线多{currency} {amount}：{changes}</translation>
    </message>
    <message>
        <source>the total is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>总额比基线少{currency} {amount}：{changes}</translation>
    </message>
    <message>
        <source>{name} is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}比基线多{currency} {amount}：{changes}</translation>
    </message>
    <message>
        <source>{name} is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}比基线少{currency} {amount}：{changes}</translation>
    </message>
    <message>
        <source>senior posts grow by {growth}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>高级员额增加{growth}个：{changes}</translation>
    </message>
    <message>
        <source>give {function} back to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{function}交还给{unit}</translation>
    </message>
    <message>
        <source>give {function} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{function}交给{unit}</translation>
    </message>
    <message>
        <source>make {unit} report to {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使{unit}向{parent}报告</translation>
    </message>
    <message>
        <source>move {unit} into {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}移入{parent}</translation>
    </message>
    <message>
        <source>give {function} to {unit} in {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{function}交给{department}中的{unit}</translation>
    </message>
    <message>
        <source>make {chair} its chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由{chair}担任主席</translation>
    </message>
    <message>
        <source>add {member} to {body}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{member}加入{body}</translation>
    </message>
    <message>
        <source>create a {body} under {parent}, chaired by {chair}, with {members} as members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在{parent}下设立{body}，由{chair}主持，成员为{members}</translation>
    </message>
    <message>
        <source>add a dotted line from {unit} to {office}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加从{unit}到{office}的虚线报告线</translation>
    </message>
    <message>
        <source>abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤{unit}中在本提案中新设的员额{post}（{grade}，{funding}）</translation>
    </message>
    <message>
        <source>re-establish post {post} ({grade}, {funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在{unit}中重新设立员额{post}（{grade}，{funding}）</translation>
    </message>
    <message>
        <source>move post {post} ({grade}) in {unit} back from {funding} to {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}中员额{post}（{grade}）的供资从{funding}改回{old_funding}</translation>
    </message>
    <message>
        <source>reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}中的员额{post}（{funding}）从{grade}改叙回{old_grade}</translation>
    </message>
    <message>
        <source>return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}中的员额{post}从{grade}、{funding}恢复为{old_grade}、{old_funding}</translation>
    </message>
    <message>
        <source>name {lead} as lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定{lead}为{unit}的牵头部门</translation>
    </message>
    <message>
        <source>make {lead} the lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使{lead}成为{unit}的牵头部门</translation>
    </message>
    <message>
        <source>move {unit} back under {main}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}移回{main}之下</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}负责人的职等定为{grade}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, as its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}负责人的职等定为{grade}，与其最高员额相同</translation>
    </message>
    <message>
        <source>move {unit} under {lead}, its lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}移至其牵头部门{lead}之下</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>以{unit}取代{point}作为{item}的切入点</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>以{unit}取代{point}作为{item}的切入点，并添加从{unit}到{departments}的双重汇报线</translation>
    </message>
    <message>
        <source>keep {unit} as the entry point of {item} and withdraw the designation of {others}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>保留{unit}作为{item}的切入点，并撤销对{others}的指定</translation>
    </message>
    <message>
        <source>move {unit} into {parent}, with dual lines to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}移入{parent}，并添加到{departments}的双重汇报线</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}负责人的职等定为{grade}，并添加从{unit}到{departments}的双重汇报线</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定{unit}为区域{region}的切入点</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定{unit}为区域{region}的切入点，并添加从{unit}到{departments}的双重汇报线</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定{unit}为{segment}的切入点</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定{unit}为{segment}的切入点，并添加从{unit}到{departments}的双重汇报线</translation>
    </message>
    <message>
        <source>have {backstop} backstop {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由{backstop}为{unit}提供支援</translation>
    </message>
    <message>
        <source>put {unit} in region {region}, the region of {backstop} that backstops it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将{unit}归入区域{region}，即为其提供支援的{backstop}所属区域</translation>
    </message>
    <message>
        <source>turn the dotted line from {unit} to {department} into a dual line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将从{unit}到{department}的虚线改为双重汇报线</translation>
    </message>
    <message>
        <source>add a dual line from {unit} to {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加从{unit}到{department}的双重汇报线</translation>
    </message>
    <message>
        <source>swap the conditions of the dual lines from {unit} to {first} and {second}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>互换从{unit}到{first}和到{second}的双重汇报线的条件</translation>
    </message>
    <message>
        <source>make the dual line from {unit} to {department} say &apos;{text}&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将从{unit}到{department}的双重汇报线的条件改为“{text}”</translation>
    </message>
    <message>
        <source>make {unit} report to {top}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使{unit}向{top}汇报</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>department</source>
        <extracomment>The legend&apos;s unit colours (on paper and in the Legend dock), translated where shown.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>厅/办公室</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>司</translation>
    </message>
    <message>
        <source>section, unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>科、股</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地存在</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>primary reporting line</source>
        <extracomment>The printed legend&apos;s lines: primary, dual, dotted.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主要汇报线</translation>
    </message>
    <message>
        <source>dual line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重汇报线（说明文字注明何时适用）</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线汇报线</translation>
    </message>
    <message>
        <source>finding: error</source>
        <extracomment>The printed legend&apos;s finding badges, by severity.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果：错误</translation>
    </message>
    <message>
        <source>finding: warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果：警告</translation>
    </message>
    <message>
        <source>finding: info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果：信息</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等：{grades}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>new</source>
        <extracomment>The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承继</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已调整</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已更名</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已修改</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>1 of {total} units has no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{total}个单位中有1个没有{language}名称：以{default}显示</translation>
    </message>
    <message>
        <source>{count} of {total} units have no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{total}个单位中有{count}个没有{language}名称：以{default}显示</translation>
    </message>
    <message>
        <source>1 of {total} post titles has none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{total}个职称中有1个没有{language}译文：以{default}显示</translation>
    </message>
    <message>
        <source>{count} of {total} post titles have none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{total}个职称中有{count}个没有{language}译文：以{default}显示</translation>
    </message>
</context>
<context>
    <name>NoFix</name>
    <message>
        <source>none of the units that carried it is left and none holds their posts: choose the unit that will carry {function}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原先承担该职能的单位均已不存在，也没有单位持有其员额：请选择将承担{function}的单位</translation>
    </message>
    <message>
        <source>{home} sits inside another department and the scenario has no top to move it to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{home}位于另一个部门内，而该方案没有可将其移至的最高层单位</translation>
    </message>
    <message>
        <source>which department gets them all is the planner&apos;s choice (with homes set for them, the findings on their homes move them)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由哪个部门全部承担由规划人员决定（如为这些职能设定了归属，针对归属的检查结果会将其移过去）</translation>
    </message>
    <message>
        <source>no set of changes to posts against the baseline, undone, repairs it without upsetting another cost: choose the posts to establish, abolish or re-fund</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销相对于基线的任何一组员额变动，都无法在不打乱其他费用的情况下纠正此问题：请选择要新设、裁撤或改变供资来源的员额</translation>
    </message>
    <message>
        <source>this finding has no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此检查结果没有自动修正</translation>
    </message>
    <message>
        <source>the design names no default lead (rules.mission_default_lead)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未指定默认牵头部门（rules.mission_default_lead）</translation>
    </message>
    <message>
        <source>no parent holds most of the group: choose where it stays together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有哪个上级单位拥有该组的多数单位：请选择该组集中的位置</translation>
    </message>
    <message>
        <source>the design requires an {grade} head: give it an {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计要求负责人职等为{grade}：请为其设一个{grade}员额</translation>
    </message>
    <message>
        <source>the design requires a {grade} head: give it a {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计要求负责人职等为{grade}：请为其设一个{grade}员额</translation>
    </message>
    <message>
        <source>move it under {lead}, make {chart} its lead, or draw a dotted line from it to {lead} to mark it backstopped across</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将其移至{lead}之下，或使{chart}成为其牵头部门，或画一条从它到{lead}的虚线，表明由另一部门提供支援</translation>
    </message>
    <message>
        <source>{units} are backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units}由{others}之下的单位提供支援：请选定切入点，并为其余外地机构重新安排支援</translation>
    </message>
    <message>
        <source>{units} is backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units}由{others}之下的单位提供支援：请选定切入点，并为其余外地机构重新安排支援</translation>
    </message>
    <message>
        <source>no unit of the shared structure led by an {grade} works on {item}, and an {grade} head would not fit between the grades above and below {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构中没有由{grade}职等人员领导的单位负责{item}，而在{unit}上下的职等之间也容不下{grade}职等的负责人</translation>
    </message>
    <message>
        <source>no field presence of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}的外地机构都没有获得支援，共用结构中也没有单位负责该区域：请选定或设立将作为其切入点的单位</translation>
    </message>
    <message>
        <source>no unit of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}的单位都没有获得支援，共用结构中也没有单位负责该项：请选定或设立将作为其切入点的单位</translation>
    </message>
    <message>
        <source>{region} has no single entry point yet: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{region}尚无唯一的切入点：请先修复REGION-ENTRY</translation>
    </message>
    <message>
        <source>{segment} has several entry points: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment}有多个切入点：请先修复REGION-ENTRY</translation>
    </message>
    <message>
        <source>no unit that backstops it says which region it is in: choose its region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>为其提供支援的单位都没有表明它所属的区域：请选择其区域</translation>
    </message>
    <message>
        <source>when each line applies is the planner&apos;s to word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各条线何时适用，应由规划人员来表述</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其外地机构由{units}之下的单位提供支援，这些单位并非都在共用结构中且职等为{grade}：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其外地机构由{units}之下的单位提供支援，这些单位并非都在共用结构中：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其外地机构由{units}之下的单位提供支援：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其单位位于{units}之下，这些单位并非都在共用结构中且职等为{grade}：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其单位位于{units}之下，这些单位并非都在共用结构中：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>its units are placed under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其单位位于{units}之下：请选择哪个单位作为其切入点</translation>
    </message>
    <message>
        <source>the design gives this department no presence type: remove what the condition names of the others&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计没有为该部门分配任何外地机构类型：请从条件中删除属于其他部门的类型</translation>
    </message>
    <message>
        <source>no other unit of the shared structure at the entry-point grade works on these regions: choose or create the units that will hold them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构中没有其他切入点职等的单位负责这些区域：请选定或设立将担任这些切入点的单位</translation>
    </message>
    <message>
        <source>which unit is the top is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>哪个单位是最高层由规划人员决定</translation>
    </message>
    <message>
        <source>the top or its parent must change, which is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>必须更改最高层或其上级单位，这由规划人员决定</translation>
    </message>
    <message>
        <source>no grade fits between the head above and the heads below: move the unit or regrade the heads around it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>上方负责人与下方负责人之间没有合适的职等：请移动该单位，或调整其周围负责人的职等</translation>
    </message>
    <message>
        <source>it is a regional entry point, which keeps an {grade} head</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>它是区域切入点，其负责人职等须保持为{grade}</translation>
    </message>
    <message>
        <source>the design promises its head the grade {grade} (rules.required_head_grades): regrade the head above instead</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计承诺其负责人职等为 {grade}（rules.required_head_grades）：请改为调整上级负责人的职等</translation>
    </message>
    <message>
        <source>how to split its reports into groups is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>如何将其下属分组是设计上的选择</translation>
    </message>
    <message>
        <source>which layer to remove above it is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除其上方的哪一层是设计上的选择</translation>
    </message>
    <message>
        <source>its fix cannot be applied: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其修正无法应用：{error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) would add an error: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其修正（{fix}）会新增一个错误：{error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) did not remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其修正（{fix}）未能消除该问题</translation>
    </message>
    <message>
        <source>only {rule}&apos;s fixes were asked for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>仅要求应用 {rule} 的修正</translation>
    </message>
    <message>
        <source>its fix was applied and a later fix brought it back; repair it by hand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其修正已应用，但后来的修正使问题再现；请手动修复</translation>
    </message>
    <message>
        <source>the limit of {limit} fixes was reached</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已达到 {limit} 项修正的上限</translation>
    </message>
    <message>
        <source>the rule offers no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该规则不提供自动修正</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>nothing to do</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无事可做</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有任何更改</translation>
    </message>
    <message>
        <source>there is no scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在方案 {id}</translation>
    </message>
    <message>
        <source>there is no unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在单位 {id}</translation>
    </message>
    <message>
        <source>a citation has a reference, whether it is inferred, and a reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>出处须包含参考文献、是否为推断以及理由</translation>
    </message>
    <message>
        <source>there is no unit {id} in any scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>任何方案中都不存在单位 {id}</translation>
    </message>
    <message>
        <source>required body {id}: {field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>必设机构 {id}：{field}：{problem}</translation>
    </message>
    <message>
        <source>dual reporting: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重汇报：{problem}</translation>
    </message>
    <message>
        <source>there is no comment {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在评论 {id}</translation>
    </message>
    <message>
        <source>there is no post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在员额 {id}</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论须有内容</translation>
    </message>
    <message>
        <source>a comment with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识为 {id} 的评论已存在</translation>
    </message>
    <message>
        <source>there is no conflict {number}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在第 {number} 个冲突</translation>
    </message>
    <message>
        <source>the import was made for scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此导入是为方案 {id} 制作的</translation>
    </message>
    <message>
        <source>{source} changes nothing in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source} 未对 {scenario} 作任何更改</translation>
    </message>
    <message>
        <source>a line with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识为 {id} 的汇报线已存在</translation>
    </message>
    <message>
        <source>a line needs two different units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>汇报线须连接两个不同的单位</translation>
    </message>
    <message>
        <source>the {field} of a line cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此处不能编辑汇报线的 {field}</translation>
    </message>
    <message>
        <source>a line is dual or dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>汇报线须为双重汇报线或虚线汇报线</translation>
    </message>
    <message>
        <source>there is no line {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在汇报线 {id}</translation>
    </message>
    <message>
        <source>a post with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识为 {id} 的员额已存在</translation>
    </message>
    <message>
        <source>no post to abolish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有可裁撤的员额</translation>
    </message>
    <message>
        <source>the {field} of a post cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此处不能编辑员额的 {field}</translation>
    </message>
    <message>
        <source>the {field} of a post is a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额的 {field} 须为文本</translation>
    </message>
    <message>
        <source>the posts are in {unit} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>这些员额已在 {unit}</translation>
    </message>
    <message>
        <source>the {field} of several posts cannot be edited at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不能同时编辑多个员额的 {field}</translation>
    </message>
    <message>
        <source>there is no grade {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在职等 {id}</translation>
    </message>
    <message>
        <source>there is no funding source {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在经费来源 {id}</translation>
    </message>
    <message>
        <source>there is no scenario role {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在方案角色 {id}</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方案须有名称</translation>
    </message>
    <message>
        <source>a scenario is called {name} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已有名为 {name} 的方案</translation>
    </message>
    <message>
        <source>the baseline cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不能删除基线</translation>
    </message>
    <message>
        <source>there is no region {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在区域 {id}</translation>
    </message>
    <message>
        <source>there is no function {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在职能 {id}</translation>
    </message>
    <message>
        <source>there is no duty station {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在工作地点 {id}</translation>
    </message>
    <message>
        <source>a region is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>某个区域列出了两次</translation>
    </message>
    <message>
        <source>a function is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>某项职能列出了两次</translation>
    </message>
    <message>
        <source>there is no unit {id} to move to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在要移入的单位 {id}</translation>
    </message>
    <message>
        <source>no unit to move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有要移动的单位</translation>
    </message>
    <message>
        <source>{unit} is the top of the organisation and cannot move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} 是组织的最高单位，不能移动</translation>
    </message>
    <message>
        <source>{unit} cannot move under {target}, which reports to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} 不能移至 {target} 之下，因为后者向其汇报</translation>
    </message>
    <message>
        <source>already reporting to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已向 {unit} 汇报</translation>
    </message>
    <message>
        <source>a unit with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识为 {id} 的单位已存在</translation>
    </message>
    <message>
        <source>there is no unit {id} to add under</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在要在其下添加的单位 {id}</translation>
    </message>
    <message>
        <source>no unit to delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有要删除的单位</translation>
    </message>
    <message>
        <source>the top of the organisation cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不能删除组织的最高单位</translation>
    </message>
    <message>
        <source>the {field} of a unit cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此处不能编辑单位的 {field}</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位须有名称</translation>
    </message>
    <message>
        <source>a note has a text, a justification and a reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>附注须包含正文、理由和参考文献</translation>
    </message>
    <message>
        <source>{unit} cannot point to itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} 不能指向自身</translation>
    </message>
    <message>
        <source>the {field} of a unit map segment kinds to items</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位的 {field} 须将细分类型映射到细分项</translation>
    </message>
    <message>
        <source>there is no segment kind {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在细分类型 {id}</translation>
    </message>
    <message>
        <source>a {kind} is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>某个{kind}列出了两次</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在{kind} {id}</translation>
    </message>
    <message>
        <source>a succession lists baseline units and a source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承继关系须列出基线单位和来源</translation>
    </message>
    <message>
        <source>unit {unit} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位 {unit} 已不存在；该修正不再适用</translation>
    </message>
    <message>
        <source>there is no scenario {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有方案 {scenario}</translation>
    </message>
    <message>
        <source>this fix needs your choice: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此修正需要您作出选择：{fix}</translation>
    </message>
    <message>
        <source>line {line} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>连线 {line} 已不存在；该修正不再适用</translation>
    </message>
    <message>
        <source>the unit reports to those departments already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该单位已向这些部门报告</translation>
    </message>
    <message>
        <source>the posts are as in the baseline already; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>这些员额已与基线一致；该修正不再适用</translation>
    </message>
    <message>
        <source>part {part} is not deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组成部分 {part} 未被删除</translation>
    </message>
    <message>
        <source>map part {part} to another part of {source} or to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请将组成部分 {part} 映射到 {source} 的另一组成部分或该来源本身</translation>
    </message>
    <message>
        <source>part {part} is used by {uses}; map it to another part or to its source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组成部分 {part} 仍在使用中：{uses}；请将其映射到另一组成部分或其供资来源</translation>
    </message>
    <message>
        <source>part {part}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组成部分 {part}：{problem}</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（无代码）</translation>
    </message>
    <message>
        <source>funding id {part} is used twice; a part needs a code no other source or part has</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金代码 {part} 被使用了两次；组成部分的代码不得与任何其他来源或组成部分相同</translation>
    </message>
    <message>
        <source>the cost of {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade}的费用</translation>
    </message>
    <message>
        <source>line {line}: write a name, a colon, then the unit ids</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {line} 行：请先写名称，再写冒号，然后写单位代码</translation>
    </message>
    <message>
        <source>line {line}: a group names two units or more</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {line} 行：一个组须列出两个或更多单位</translation>
    </message>
    <message>
        <source>line {line}: no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {line} 行：没有任何方案含有单位 {unit}</translation>
    </message>
    <message>
        <source>line {line}: a second group called {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {line} 行：已有一个名为 {name} 的组</translation>
    </message>
    <message>
        <source>{text}: write a unit id, &apos;=&apos;, then a grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{text}：请先写单位代码，再写“=”，然后写职等</translation>
    </message>
    <message>
        <source>no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有任何方案含有单位 {unit}</translation>
    </message>
    <message>
        <source>there is no grade {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有职等 {grade}</translation>
    </message>
    <message>
        <source>{count} posts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个员额</translation>
    </message>
    <message>
        <source>{count} unit heads in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个单位负责人</translation>
    </message>
    <message>
        <source>{count} units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个单位</translation>
    </message>
    <message>
        <source>{count} department mappings in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 项部门对应</translation>
    </message>
    <message>
        <source>required body {body} (where it sits)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>必设机构 {body}（所在位置）</translation>
    </message>
    <message>
        <source>required body {body} (its chair)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>必设机构 {body}（主席）</translation>
    </message>
    <message>
        <source>{count} posts funded by its parts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个员额由其组成部分供资</translation>
    </message>
    <message>
        <source>the entry-point grade of {kind}s</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind}的切入点职等</translation>
    </message>
    <message>
        <source>rule parameters: {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则参数：{name}</translation>
    </message>
    <message>
        <source>{uses}; {use}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{uses}；{use}</translation>
    </message>
    <message>
        <source>there is no rule {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有规则 {rule}</translation>
    </message>
    <message>
        <source>a severity is one of {severities}, not {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>严重程度只能是 {severities} 之一，而不是 {severity}</translation>
    </message>
    <message>
        <source>{rule} is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rule}已是此设置</translation>
    </message>
    <message>
        <source>every rule is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所有规则均已是此设置</translation>
    </message>
    <message>
        <source>1 member unit in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 1 个成员单位</translation>
    </message>
    <message>
        <source>{count} member units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个成员单位</translation>
    </message>
    <message>
        <source>1 entry point in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 1 个切入点</translation>
    </message>
    <message>
        <source>{count} entry points in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}中有 {count} 个切入点</translation>
    </message>
    <message>
        <source>the code &quot;region&quot; is the built-in regions&apos;; choose another</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码“region”为内置区域所用；请另选一个</translation>
    </message>
    <message>
        <source>there is a segment kind {kind} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已有分组类型 {kind}；每种类型都需要自己的代码</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each {kind} needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码 {code} 被使用了两次；每个{kind}都需要自己的代码</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each item needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码 {code} 被使用了两次；每一项都需要自己的代码</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}：{problem}</translation>
    </message>
    <message>
        <source>the regions come first among the segment kinds, once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域须排在各分组类型之首，且只出现一次</translation>
    </message>
    <message>
        <source>the regions keep their code and name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域的代码和名称不可更改</translation>
    </message>
    <message>
        <source>each kind of the design is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本设计的每种类型只能出现一次</translation>
    </message>
    <message>
        <source>segment kind {kind} is used by {uses}; clear it first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>分组类型 {kind} 仍在使用中：{uses}；请先将其清除</translation>
    </message>
    <message>
        <source>each item of {kind} is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind}的每一项只能出现一次</translation>
    </message>
    <message>
        <source>map {item} to another item of {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请将 {item} 映射到{kind}的另一项</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}仍在使用中：{uses}；请将其映射到另一项</translation>
    </message>
    <message>
        <source>code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>category</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职类</translation>
    </message>
    <message>
        <source>description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}仍在使用中：{uses}；请将其映射到另一个{kind}</translation>
    </message>
    <message>
        <source>there is no {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不存在{kind} {item}</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}：{problem}</translation>
    </message>
    <message>
        <source>{kind} {item} cannot move there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}不能移到该位置</translation>
    </message>
    <message>
        <source>map {kind} {item} to another {kind} of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请将{kind} {item}映射到本设计中的另一个{kind}</translation>
    </message>
    <message>
        <source>{name} is not a rule parameter the settings edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}不是设置中可编辑的规则参数</translation>
    </message>
    <message>
        <source>there is no unit {unit} in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方案 {scenario} 中没有单位 {unit}</translation>
    </message>
    <message>
        <source>sits with: {function} is not another function of the catalogue</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>同组职能：{function}不是目录中的另一项职能</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade}的费用（{funding}）</translation>
    </message>
    <message>
        <source>the cost of {grade} at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade}在{station}的费用</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding}) at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade}在{station}的费用（{funding}）</translation>
    </message>
    <message>
        <source>there is a {kind} {code} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已有{kind} {code}；每项都需要自己的代码</translation>
    </message>
    <message>
        <source>a currency is three capital letters (ISO 4217), such as USD</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>货币代码为三个大写字母（ISO 4217），例如 USD</translation>
    </message>
    <message>
        <source>a cost year is between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用年份须在 {low} 至 {high} 之间</translation>
    </message>
    <message>
        <source>{rate} is for a grade or funding source the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}所对应的职等或供资来源在本设计中不存在</translation>
    </message>
    <message>
        <source>{rate} is for a duty station the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}所对应的工作地点在本设计中不存在</translation>
    </message>
    <message>
        <source>{rate} is between 0 and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}须在 0 至 {high} 之间</translation>
    </message>
    <message>
        <source>{rate} is given twice; keep one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}出现了两次；请只保留一项</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>须在 {low} 至 {high} 之间</translation>
    </message>
    <message>
        <source>{kind} {item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}：{problem}</translation>
    </message>
    <message>
        <source>cost table: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用表：{problem}</translation>
    </message>
    <message>
        <source>rules: {name}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则：{name}：{problem}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Changes from {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从{old}到{new}的变动</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>类别</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>现</translation>
    </message>
    <message>
        <source>Continuing</source>
        <extracomment>The movement table&apos;s first two categories (the others are in its ``order``).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>续设</translation>
    </message>
    <message>
        <source>Redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在单位之间调动</translation>
    </message>
    <message>
        <source>Duty station changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点变动</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设</translation>
    </message>
    <message>
        <source>Abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>改叙</translation>
    </message>
    <message>
        <source>Funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金变动</translation>
    </message>
    <message>
        <source>Post redeployment: {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调动：{old}至{new}</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>行动</translation>
    </message>
    <message>
        <source>From department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原部门</translation>
    </message>
    <message>
        <source>From unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原单位</translation>
    </message>
    <message>
        <source>To department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调入部门</translation>
    </message>
    <message>
        <source>To unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调入单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>Cost effect ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用影响（{currency}）</translation>
    </message>
    <message>
        <source>{action} ({count} posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{action}（员额{count}个）</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共计</translation>
    </message>
    <message>
        <source>Continuing posts stay in their unit or its successor; those listed moved with it to a successor unit or to another department (one that does not succeed theirs), the rest stay where they were (see the accounting). Continuing and redeployed posts keep their cost; the cost effect column adds establishments, abolitions, reclassifications, funding changes and changes of duty station (each at the post&apos;s grade and funding in the proposal).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>续设员额留在其单位或继承单位；所列员额随其单位转入继承单位或另一部门（不继承其原部门的部门），其余员额留在原处（见核算表）。续设和调动的员额保持其费用；费用影响一栏合计新设、裁撤、改叙、资金变动和工作地点变动（均按员额在提案中的职等和资金计算）。</translation>
    </message>
    <message>
        <source>{count} of these posts have a grade and funding source with no standard cost; they count as 0 (first: {first}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其中{count}个员额的职等和资金来源没有标准费用，按0计算（第一个：{first}）。</translation>
    </message>
    <message>
        <source>Accounting for every post and cost, {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个员额和每项费用的核算：{old}至{new}</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>行</translation>
    </message>
    <message>
        <source>{scenario}: posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：员额</translation>
    </message>
    <message>
        <source>continuing in their unit or its successor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在原单位或其继承单位续设</translation>
    </message>
    <message>
        <source>redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在单位之间调动</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤</translation>
    </message>
    <message>
        <source>Funding changed: into the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金变动：转入该来源</translation>
    </message>
    <message>
        <source>Funding changed: out of the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金变动：转出该来源</translation>
    </message>
    <message>
        <source>{scenario}: annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：年度费用</translation>
    </message>
    <message>
        <source>established posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设的员额</translation>
    </message>
    <message>
        <source>abolished posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤的员额</translation>
    </message>
    <message>
        <source>reclassifications</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>改叙</translation>
    </message>
    <message>
        <source>funding changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金变动</translation>
    </message>
    <message>
        <source>duty station changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点变动</translation>
    </message>
    <message>
        <source>Change (0: cost neutral)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动（0：费用不变）</translation>
    </message>
    <message>
        <source>{old} posts = continuing + redeployed + abolished; {new} posts = continuing + redeployed + established. Cost neutral in: {sources}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{old}员额 = 续设 + 调动 + 裁撤；{new}员额 = 续设 + 调动 + 新设。费用不变的来源：{sources}。</translation>
    </message>
    <message>
        <source>no source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无来源</translation>
    </message>
    <message>
        <source>Annual cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>年度费用（{currency}）</translation>
    </message>
    <message>
        <source>{before} to {after}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{before}改为{after}</translation>
    </message>
    <message>
        <source>posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按单位分列的员额</translation>
    </message>
    <message>
        <source>post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调动</translation>
    </message>
    <message>
        <source>cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用汇总</translation>
    </message>
    <message>
        <source>changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动</translation>
    </message>
    <message>
        <source>sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>{title}: {table}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title}：{table}</translation>
    </message>
    <message>
        <source>Posts by unit: {old} and {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按单位分列的员额：{old}和{new}</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位标识</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门</translation>
    </message>
    <message>
        <source>Sources of every element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各要素的来源</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方案</translation>
    </message>
    <message>
        <source>Element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>要素</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标记</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>{scenario}: {elements} elements, {sourced} sourced [S], {inferred} inferred [I], {missing} without a source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：要素{elements}个，有来源 [S] {sourced}个，推断 [I] {inferred}个，无来源{missing}个。</translation>
    </message>
    <message>
        <source> (see {ref})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（见{ref}）</translation>
    </message>
    <message>
        <source>Subtotals by department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按部门分列的小计</translation>
    </message>
    <message>
        <source>Annual costs at the design&apos;s standard costs, in {currency}; the change rows are {new} minus {old}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>年度费用按设计的标准费用计算，以{currency}计；变动行为{new}减去{old}。</translation>
    </message>
    <message>
        <source>Posts with no standard cost, counted as 0: {count}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无标准费用、按0计算的员额：{count}个。</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>小计</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（无部门）</translation>
    </message>
    <message>
        <source>Annual cost by funding source</source>
        <extracomment>The key of the subtotal of posts in units below no department (the top, stray units).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按资金来源分列的年度费用</translation>
    </message>
    <message>
        <source>{scenario}: cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}：费用（{currency}）</translation>
    </message>
    <message>
        <source>Change, {scenario} ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动，{scenario}（{currency}）</translation>
    </message>
    <message>
        <source>Changes are against {scenario}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动是相对于{scenario}而言。</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按职等分列的员额</translation>
    </message>
    <message>
        <source>Change, {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变动，{scenario}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Total cost equals the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>总费用与基线相等</translation>
    </message>
    <message>
        <source>The proposal&apos;s total annual cost must equal the baseline&apos;s, within the tolerance the design sets (0 unless it says otherwise): the restructuring was presented as cost neutral.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>提案的年度总费用必须等于基线的年度总费用，误差不超过设计所定的容差（除非另有规定，容差为0）：本次改组是作为不增加费用的方案提出的。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 12 and 63</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第12和63段</translation>
    </message>
    <message>
        <source>Each funding source costs what it cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个资金来源的费用保持不变</translation>
    </message>
    <message>
        <source>The cost of each funding source (regular budget, support account, extrabudgetary) must equal the baseline&apos;s: nothing moves between funding sources, and the use of the peacekeeping support account and the regular budget stays as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个资金来源（经常预算、支助账户、预算外资源）的费用必须等于基线：资金来源之间不作任何转移，维持和平支助账户和经常预算的使用保持不变。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 6 and 34</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第6和34段</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按职等分列的员额与基线比较</translation>
    </message>
    <message>
        <source>Reports the posts of each grade against the baseline, and warns when senior posts (the design&apos;s senior grade and above, D-1 and above for the UN) grow without an offset, which approving bodies scrutinise first.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>列报每个职等的员额与基线的比较，并在高级员额（设计所定的高级职等及以上，联合国为D-1及以上）在没有抵消的情况下增加时发出警告，因为审批机构首先审查这些员额。</translation>
    </message>
    <message>
        <source>budget practice (A/72/772 staffing tables)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>预算惯例（A/72/772 人员配置表）</translation>
    </message>
    <message>
        <source>Every function is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每项职能均予保留</translation>
    </message>
    <message>
        <source>Every function the baseline carried is carried by some unit of the proposal: the restructuring changes neither the mandates nor the functions of the entities.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基线中承担的每项职能在提案中都由某个单位承担：改组既不改变各实体的任务，也不改变其职能。</translation>
    </message>
    <message>
        <source>A/72/525 para. 6</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第6段</translation>
    </message>
    <message>
        <source>Functions sit in their required department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各项职能设在规定的部门</translation>
    </message>
    <message>
        <source>Functions with a required home sit there: electoral assistance, mediation support, support to the Peacebuilding Commission and management of the Peacebuilding Fund in DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action in DPO; and police and military in the same department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>有规定归属的职能须设在该处：选举援助、调解支助、对建设和平委员会的支助以及建设和平基金的管理设在DPPA；军事事务、警务、法治、安全部门改革、解除武装复员和重返社会以及排雷行动设在DPO；警务和军事设在同一部门。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 23-24, 27 and 31-32</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第23-24、27和31-32段</translation>
    </message>
    <message>
        <source>Each department has gender capacity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个部门都有性别问题能力</translation>
    </message>
    <message>
        <source>Both departments keep dedicated gender capacity: a unit that carries it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>两个部门都保留专门的性别问题能力：由一个单位承担。</translation>
    </message>
    <message>
        <source>A/72/525 para. 44</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第44段</translation>
    </message>
    <message>
        <source>The bodies the design requires</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计要求的机构</translation>
    </message>
    <message>
        <source>Each body the design declares as required (rules.required_bodies) exists, chaired by the unit or role the design names, with the members it names; other members are allowed. The rule is off when the design declares no such body. The UN sample declares the Standing Principals&apos; Group, chaired by the Secretary-General with the heads of both departments (para. 42; the arrangement of November 2018 added the Chef de Cabinet and the heads of counter-terrorism and disarmament).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计声明为必需的每个机构（rules.required_bodies）均须存在，由设计指定的单位或角色担任主席，并包括其指定的成员；允许有其他成员。设计未声明此类机构时，本规则关闭。联合国样例声明了常设首长小组，由秘书长担任主席，成员包括两个部门的负责人（第42段；2018年11月的安排增加了办公厅主任以及反恐和裁军部门的负责人）。</translation>
    </message>
    <message>
        <source>A/72/525 para. 42; the design&apos;s rules.required_bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第42段；设计的 rules.required_bodies</translation>
    </message>
    <message>
        <source>The Peacebuilding Fund keeps its link to the Executive Office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>建设和平基金保持与秘书长办公厅的联系</translation>
    </message>
    <message>
        <source>The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted line, from it or a unit above it) to the Executive Office of the Secretary-General.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>管理建设和平基金的单位与秘书长办公厅保持职能联系（由该单位或其上级单位发出的双重或虚线汇报关系）。</translation>
    </message>
    <message>
        <source>A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第24段</translation>
    </message>
    <message>
        <source>One entry point for every region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个区域一个切入点</translation>
    </message>
    <message>
        <source>Every region has exactly one headquarters entry point: one unit of the shared regional structure, led at the design&apos;s entry-point grade (an ASG for the UN), designated for it. None leaves the region uncovered; two or more give field presences conflicting entry points. The same holds for every item of any other segment list the design marks as needing entry points (client groups, sectors ...).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个区域在总部恰有一个切入点：共用区域结构中为其指定的一个单位，由设计所定切入点职等的人员领导（联合国为助理秘书长）。没有切入点会使该区域无人负责；两个或更多切入点会使外地机构面对相互冲突的切入点。设计标明需要切入点的其他分段列表（客户群组、部门……）中的每一项也是如此。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 33-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第33-35段</translation>
    </message>
    <message>
        <source>Every field presence is covered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个外地机构都有人负责</translation>
    </message>
    <message>
        <source>Every field presence (peacekeeping operation, special political mission, regional office, envoy) has a region and is backstopped by a unit under that region&apos;s entry point, so that headquarters speaks to it with one voice. A unit that belongs to an item of another segment list (a client group, a sector ...) sits under, or is backstopped by a unit under, that item&apos;s entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个外地机构（维持和平行动、特别政治任务、区域办事处、特使）都属于一个区域，并由该区域切入点之下的一个单位提供支援，使总部以一个声音与其沟通。属于另一分段列表某一项（客户群组、部门……）的单位，设在该项切入点之下，或由该切入点之下的一个单位提供支援。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 34-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第34-35段</translation>
    </message>
    <message>
        <source>Units that report to two departments have both lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>向两个部门汇报的单位具有两条汇报线</translation>
    </message>
    <message>
        <source>Each regional entry point of the shared structure (at the entry-point grade, when the design sets one) reports to the heads of both departments, and so does every unit, of any kind, that the design marks as reporting to two or more departments (rules.dual_reporting: unit id -&gt; department roles): one line may be primary, the others dual lines, which may carry a condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构的每个区域切入点（如设计设定了切入点职等，则为该职等）向两个部门的负责人汇报；设计标明向两个或更多部门汇报的任何类型的单位（rules.dual_reporting：单位标识 -&gt; 部门角色）也是如此：一条线可以是主线，其他为双重汇报线，双重汇报线可附带条件（维持和平行动和外地特派团向DPO汇报，其他向DPPA汇报）。</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第36段；设计的 rules.dual_reporting</translation>
    </message>
    <message>
        <source>Field presences have the right lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地机构由正确的牵头部门领导</translation>
    </message>
    <message>
        <source>Peacekeeping operations are led by the operations department (DPO); regional offices, envoys and political-process offices by the political department (DPPA); a field special political mission names its lead, DPO by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>维持和平行动由行动部门（DPO）牵头；区域办事处、特使和政治进程办事处由政治部门（DPPA）牵头；外地特别政治任务须指明其牵头部门，默认为DPO。</translation>
    </message>
    <message>
        <source>Named groups of units stay under one parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>指定的单位组保持在同一上级单位之下</translation>
    </message>
    <message>
        <source>Each group of units the design names (rules.keep_together: group name -&gt; unit ids) sits under one parent: a reform that promises to keep the components of an office together (PBSO&apos;s policy, intergovernmental and financing components, under an ASG) does not split them. Units of a group that a scenario does not have are not checked.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计指定的每个单位组（rules.keep_together：组名 -&gt; 单位标识）都位于同一上级单位之下：承诺将一个办公室的各组成部分保持在一起的改革（建设和平支助办公室（PBSO）的政策、政府间和筹资部分，由一名助理秘书长领导）不会将其拆分。方案中没有的组内单位不予检查。</translation>
    </message>
    <message>
        <source>A/72/525 para. 24; the design&apos;s rules.keep_together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第24段；设计的 rules.keep_together</translation>
    </message>
    <message>
        <source>Head grades keep their promised level and match the posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>负责人职等保持承诺的级别并与员额相符</translation>
    </message>
    <message>
        <source>A unit the design requires to be led at a grade (rules.required_head_grades: unit id -&gt; grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. When the design asks for it (rules.head_grade_from_posts), a unit&apos;s head grade is the grade of its most senior post: a head without a post of its grade, or a post more senior than the head, is a warning.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计要求由某一职等人员领导的单位（rules.required_head_grades：单位标识 -&gt; 职等；建设和平支助办公室和军事事务厅为助理秘书长）保持该负责人职等。如设计要求（rules.head_grade_from_posts），单位负责人职等即为其最高员额的职等：负责人没有相应职等的员额，或有员额高于负责人，均给出警告。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 24, 31-32; the design&apos;s rules.required_head_grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第24、31-32段；设计的 rules.required_head_grades</translation>
    </message>
    <message>
        <source>Field presences sit under their lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地机构位于其牵头部门之下</translation>
    </message>
    <message>
        <source>When the design asks for it (rules.lead_follows_chart), a field presence&apos;s lead department is the department it sits under on the chart, unless it is backstopped across: a dual or dotted line from it to its lead department (or a unit in it) says so. A chart that draws a peacekeeping operation under the political department while the operations department leads it tells two stories.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>如设计要求（rules.lead_follows_chart），外地机构的牵头部门即为其在组织图上所处的部门，除非它由另一部门跨部门提供支援：由该机构到其牵头部门（或其中某一单位）的双重或虚线汇报关系表明这一点。组织图将一项维持和平行动画在政治部门之下、而由行动部门牵头，就是自相矛盾。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 21 and 28-29</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第21和28-29段</translation>
    </message>
    <message>
        <source>Primary lines form one tree</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主汇报线构成一棵树</translation>
    </message>
    <message>
        <source>Primary reporting lines form one tree: no cycle, one primary parent for each unit, and every unit reaches the top of the organisation.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主汇报线构成一棵树：没有循环，每个单位只有一个主上级单位，并且每个单位都能通达组织的最高层。</translation>
    </message>
    <message>
        <source>sound hierarchy (practice)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>合理的层级结构（惯例）</translation>
    </message>
    <message>
        <source>Heads are junior to their parents&apos; heads</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>负责人职等低于上级单位负责人</translation>
    </message>
    <message>
        <source>A unit&apos;s head is junior to the head of the unit it reports to (the nearest one above it that has a head grade), by the order of the design&apos;s grade ladder.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按照设计的职等序列，一个单位负责人的职等低于其汇报对象单位（其上方最近的、设有负责人职等的单位）负责人的职等。</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等评定惯例</translation>
    </message>
    <message>
        <source>Span of control and layers within limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>管理幅度和层级在限度之内</translation>
    </message>
    <message>
        <source>No unit has more direct reports than the design&apos;s span limit, and no unit sits deeper than the design&apos;s number of layers (the top is layer 1).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>任何单位的直接下属都不超过设计规定的管理幅度上限，任何单位所处的层级都不深于设计规定的层数（最高层为第1层）。</translation>
    </message>
    <message>
        <source>organisation design practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织设计惯例</translation>
    </message>
    <message>
        <source>Dual lines say when each applies, as the design splits them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重汇报线按设计的划分注明各自适用的情形</translation>
    </message>
    <message>
        <source>A unit that reports to two departments (a regional entry point, or a unit of rules.dual_reporting) reports to each for the field presences the design gives that department (rules.dual_conditions: presence type -&gt; department role): the condition of its dual line to a department names that department&apos;s types and none of the others&apos;. Under A/72/525 the regional ASGs report to DPPA for regional offices, political-process offices and envoys, and to DPO for peacekeeping operations.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>向两个部门汇报的单位（区域切入点，或 rules.dual_reporting 中的单位）就设计分配给各部门的外地机构（rules.dual_conditions：机构类型 -&gt; 部门角色）分别向该部门汇报：其通往某一部门的双重汇报线的条件列出该部门的类型，且不列出其他部门的类型。根据A/72/525，区域助理秘书长就区域办事处、政治进程办事处和特使向DPPA汇报，就维持和平行动向DPO汇报。</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_conditions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第36段；设计的 rules.dual_conditions</translation>
    </message>
    <message>
        <source>Regional entry points are spread over several holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域切入点分由多个单位承担</translation>
    </message>
    <message>
        <source>The regions&apos; entry points are held by at least as many units as the design states (rules.min_entry_point_holders): a reform that promises several regional ASGs (A/72/525 speaks of ASGs with regional responsibilities) does not make one of them the entry point for every region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各区域的切入点由不少于设计所定数目的单位承担（rules.min_entry_point_holders）：承诺设立多名区域助理秘书长的改革（A/72/525提到负有区域职责的助理秘书长）不会让其中一人担任所有区域的切入点。</translation>
    </message>
    <message>
        <source>A/72/525 paras. 20(c) and 33; the design&apos;s rules.min_entry_point_holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525 第20(c)和33段；设计的 rules.min_entry_point_holders</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>Skip</name>
    <message>
        <source>this rule compares a proposal with the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此规则将提案与基线进行比较</translation>
    </message>
    <message>
        <source>the design names no senior grade (rules.senior_grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未指定高级职等（rules.senior_grade）</translation>
    </message>
    <message>
        <source>it compares a proposal with the baseline and does not apply to the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该规则将提案与基线进行比较，不适用于基线本身</translation>
    </message>
    <message>
        <source>this design turns it off (rules.rule_overrides)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此设计将其关闭（rules.rule_overrides）</translation>
    </message>
    <message>
        <source>the design gives no function a required home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计没有为任何职能规定归属</translation>
    </message>
    <message>
        <source>this scenario maps no departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案未指定任何部门</translation>
    </message>
    <message>
        <source>the design names no gender function (rules.gender_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未指定性别问题职能（rules.gender_function）</translation>
    </message>
    <message>
        <source>the design declares no required body (rules.required_bodies)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未声明任何必需机构（rules.required_bodies）</translation>
    </message>
    <message>
        <source>this scenario has no single top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案没有唯一的最高层单位</translation>
    </message>
    <message>
        <source>this scenario maps fewer than two departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案指定的部门少于两个</translation>
    </message>
    <message>
        <source>this scenario maps no department to the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案没有为角色{role}指定部门</translation>
    </message>
    <message>
        <source>this scenario has no unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案中没有单位{unit}</translation>
    </message>
    <message>
        <source>this scenario has no unit in the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案中没有担任角色{role}的单位</translation>
    </message>
    <message>
        <source>the design names no Peacebuilding Fund function (rules.pbf_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未指定建设和平基金职能（rules.pbf_function）</translation>
    </message>
    <message>
        <source>this scenario names no executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案未指定执行办公室</translation>
    </message>
    <message>
        <source>the design maps no field-presence type to a lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未将任何外地机构类型对应到牵头部门</translation>
    </message>
    <message>
        <source>the design names no group of units to keep together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未指定须保持在一起的单位组</translation>
    </message>
    <message>
        <source>the design requires no head grade (rules.required_head_grades, rules.head_grade_from_posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未要求任何负责人职等（rules.required_head_grades、rules.head_grade_from_posts）</translation>
    </message>
    <message>
        <source>the design has no grade ladder</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计没有职等序列</translation>
    </message>
    <message>
        <source>the design does not ask that leads follow the chart (rules.lead_follows_chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未要求牵头部门与组织图一致（rules.lead_follows_chart）</translation>
    </message>
    <message>
        <source>the design does not ask for one entry point per region (rules.regional_entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未要求每个区域设一个切入点（rules.regional_entry_points）</translation>
    </message>
    <message>
        <source>the design defines no regions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未定义任何区域</translation>
    </message>
    <message>
        <source>the design asks for one entry point in no segment list (rules.regional_entry_points, segment_kinds[].entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未要求任何分段列表设一个切入点（rules.regional_entry_points、segment_kinds[].entry_points）</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure) and no unit the design marks as reporting to two departments (rules.dual_reporting)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案没有共用结构（roles.shared_structure），也没有设计标明向两个部门汇报的单位（rules.dual_reporting）</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案没有共用结构（roles.shared_structure）</translation>
    </message>
    <message>
        <source>this scenario maps no department to some role {unit} reports to ({roles})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案没有为{unit}所汇报的某些角色对应部门（{roles}）</translation>
    </message>
    <message>
        <source>the design splits no dual lines by presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未按外地机构类型划分双重汇报线</translation>
    </message>
    <message>
        <source>this scenario maps no department the dual conditions name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此方案未对应双重汇报条件所指的任何部门</translation>
    </message>
    <message>
        <source>the design states no least number of entry-point holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未规定担任切入点的单位的最少数目</translation>
    </message>
    <message>
        <source>the design sets no span or layer limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未设定管理幅度或层级上限</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>translator-credits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>中文译文：i19-core 会话（Claude）撰写，2026-12-02；需请以中文为母语者审校。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>信息</translation>
    </message>
    <message>
        <source>1 error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1个错误</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1个警告</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}个警告</translation>
    </message>
    <message>
        <source>1 info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1条信息</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count}条信息</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基线</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>提案</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>({count} rules not checked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（{count}条规则未检查）</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未检查</translation>
    </message>
    <message>
        <source>fix: {description}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>修正：{description}</translation>
    </message>
    <message>
        <source>no fix: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无修正：{reason}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 1 项修正，无剩余错误</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 {count} 项修正，无剩余错误</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 1 项修正，剩余 1 个错误</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 {count} 项修正，剩余 1 个错误</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 1 项修正，剩余 {left} 个错误</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]：已应用 {count} 项修正，剩余 {left} 个错误</translation>
    </message>
    <message>
        <source>fixed {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已修正 {rule}</translation>
    </message>
    <message>
        <source>by: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方法：{fix}</translation>
    </message>
    <message>
        <source>not fixed {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未修正：{severity}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已写入 {path}</translation>
    </message>
</context>
</TS>
