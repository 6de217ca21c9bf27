<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The interface of orgeditor in Chinese (Simplified). Written by the i19-app session (an AI assistant) on 2026-12-02; every translation is marked for review by a native speaker. How to update it: docs/I18N.md -->
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An editor for organisation designs: posts, grades, funding sources and the rules a restructuring must keep.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织设计编辑器：员额、职等、资金来源以及改组必须遵守的规则。</translation>
    </message>
    <message>
        <source>bundle</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>独立安装包</translation>
    </message>
    <message>
        <source>Python package</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Python 软件包</translation>
    </message>
    <message>
        <source>Platform {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>平台 {0}</translation>
    </message>
    <message>
        <source>About orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>关于 orgeditor</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>复制版本信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>复制版本信息以报告错误</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>AddPostDialog</name>
    <message>
        <source>Add post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加员额</translation>
    </message>
    <message>
        <source>A new post in {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 的新员额</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金(&amp;F)</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Findings &amp;call it:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>结论中的称呼(&amp;C)：</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除成员(&amp;R)</translation>
    </message>
    <message>
        <source>The body&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该机构在设计的每种语文中的名称和简称</translation>
    </message>
    <message>
        <source>unit name or id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位名称或编号</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加单位(&amp;U)</translation>
    </message>
    <message>
        <source>Remo&amp;ve unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除单位(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sits at:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所在位置(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主席(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>成员：(&amp;M)</translation>
    </message>
    <message>
        <source>Required bodies (GOV-SPG)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>必设机构 (GOV-SPG)</translation>
    </message>
    <message>
        <source>Dual reporting: units that report to two or more department roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重报告：向两个或更多部门角色报告的单位</translation>
    </message>
    <message>
        <source>(new body)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（新机构）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>a new body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新机构</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Focus breadcrumb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>聚焦路径</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>整个组织图</translation>
    </message>
    <message>
        <source>Show the whole chart (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>显示整个组织图 (Esc)</translation>
    </message>
    <message>
        <source>Focus on {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>聚焦于 {0}</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Posts: {0} in the unit, {1} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额：本单位 {0} 个，连同下属单位 {1} 个</translation>
    </message>
    <message>
        <source>Annual cost: {0} {1} in the unit, {2} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>年度费用：本单位 {0} {1}，连同下属单位 {2}</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>备注：{0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职类(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>归属(&amp;H)</translation>
    </message>
    <message>
        <source>Sits &amp;with</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>并列于(&amp;W)</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职类</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>归属</translation>
    </message>
    <message>
        <source>&amp;New Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建职等(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Funding Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建资金来源(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建职能(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Department Role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建部门角色(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Duty Station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建工作地点(&amp;N)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新职等</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新资金来源</translation>
    </message>
    <message>
        <source>New function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新职能</translation>
    </message>
    <message>
        <source>New department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新部门角色</translation>
    </message>
    <message>
        <source>New duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新工作地点</translation>
    </message>
    <message>
        <source>No grade selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择职等</translation>
    </message>
    <message>
        <source>No funding source selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择资金来源</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择职能</translation>
    </message>
    <message>
        <source>No department role selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择部门角色</translation>
    </message>
    <message>
        <source>No duty station selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择工作地点</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等 {0}</translation>
    </message>
    <message>
        <source>Funding source {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金来源 {0}</translation>
    </message>
    <message>
        <source>Function {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能 {0}</translation>
    </message>
    <message>
        <source>Department role {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门角色 {0}</translation>
    </message>
    <message>
        <source>Duty station {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点 {0}</translation>
    </message>
    <message>
        <source>(no home)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（无归属）</translation>
    </message>
    <message>
        <source>(sits with no other function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（不与其他职能并列）</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Played in each scenario by:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在各情景中由以下单位担任：</translation>
    </message>
    <message>
        <source>a function sits with another function, not with itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能只能与另一项职能并列，不能与自身并列</translation>
    </message>
    <message>
        <source>The ladder runs from the most senior grade down; the rules read seniority from this order. The group (such as Professional or General Service) is shown in tables.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等阶梯从最高职等往下排列；规则按此顺序判断职级高低。职类（如专业人员或一般事务人员）显示在表格中。</translation>
    </message>
    <message>
        <source>Cost neutrality is checked per funding source, or per part where chosen.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按资金来源核查费用中性，如有选择则按组成部分核查。</translation>
    </message>
    <message>
        <source>A function&apos;s home is the department role that must carry it; units list the functions they carry.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能的归属是必须承担该职能的部门角色；各单位列出其承担的职能。</translation>
    </message>
    <message>
        <source>Each scenario names the unit that plays each department role.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个方案指定承担各部门角色的单位。</translation>
    </message>
    <message>
        <source>A unit sits at a duty station (set in the Inspector) and so do its posts; the Costs page may give a station costs of its own.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位位于某一工作地点（在检查器中设置），其员额也在该地点；“费用”页可为工作地点设定专门费用。</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Select &amp;Parent Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择上级单位(&amp;P)</translation>
    </message>
    <message>
        <source>Select First &amp;Sub-unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择第一个下级单位(&amp;S)</translation>
    </message>
    <message>
        <source>Select P&amp;revious Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择上一个同级单位(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;Next Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择下一个同级单位(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加员额(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>折叠/展开下级单位(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Focus on Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>聚焦单位(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the selected unit and its sub-units to the window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使所选单位及其下级单位适合窗口</translation>
    </message>
    <message>
        <source>Show &amp;Findings of Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>显示单位的检查结果(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename in Inspector (Return)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在属性面板中重命名（回车）(&amp;R)</translation>
    </message>
    <message>
        <source>Selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所选单位</translation>
    </message>
    <message>
        <source>Select a unit to rename</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要重命名的单位</translation>
    </message>
    <message>
        <source>Select a unit to add a post to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要添加员额的单位</translation>
    </message>
    <message>
        <source>Select a unit to collapse or expand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要折叠或展开的单位</translation>
    </message>
    <message>
        <source>Select a unit to focus on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要聚焦的单位</translation>
    </message>
    <message>
        <source>Select a unit to see the findings of</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要查看检查结果的单位</translation>
    </message>
    <message>
        <source>No findings on this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>此单位没有检查结果</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已选择 1 个单位</translation>
    </message>
    <message>
        <source>{0} units selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已选择 {0} 个单位</translation>
    </message>
</context>
<context>
    <name>ChartContextMenus</name>
    <message>
        <source>Edit Caption…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑说明…</translation>
    </message>
    <message>
        <source>Line caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>线条说明</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Edit Condition…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑条件…</translation>
    </message>
    <message>
        <source>Line condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>线条条件</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>条件：</translation>
    </message>
    <message>
        <source>Dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域：{0}</translation>
    </message>
    <message>
        <source>Line: {0} to {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>线条：{0} 至 {1}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除线条(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ChartLanguageMenu</name>
    <message>
        <source>Arabic (العربية)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>阿拉伯文 (العربية)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>英文 (English)</translation>
    </message>
    <message>
        <source>French (Français)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>法文 (Français)</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>俄文 (Русский)</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>西班牙文 (Español)</translation>
    </message>
    <message>
        <source>{0} — the design&apos;s own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — 设计本身的语言</translation>
    </message>
    <message>
        <source>Chart in the design&apos;s own language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图使用设计本身的语言</translation>
    </message>
    <message>
        <source>Chart in {0}: every unit has a name there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图语言为 {0}：每个单位都有该语言的名称</translation>
    </message>
    <message>
        <source>Chart in {0}: {1} of {2} units have no name there and show their own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图语言为 {0}：{2} 个单位中有 {1} 个没有该语言的名称，显示其原名</translation>
    </message>
    <message>
        <source>Chart &amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ChartOptionsDialog</name>
    <message>
        <source>Print chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打印组织图</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出组织图</translation>
    </message>
    <message>
        <source>PDF (pages)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF（分页）</translation>
    </message>
    <message>
        <source>SVG (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>SVG（整个组织图）</translation>
    </message>
    <message>
        <source>PNG image (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PNG 图像（整个组织图）</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>缩放至一页</translation>
    </message>
    <message>
        <source>Tile across pages (poster)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>跨页拼贴（海报）</translation>
    </message>
    <message>
        <source>Booklet (a page per department or division)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>小册子（每个部或司一页）</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source>ISO A and B, US and ANSI, architectural sheets, or a custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ISO A 和 B、美国和 ANSI、建筑图纸或自定义尺寸</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> 毫米</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自定义纸张宽度</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自定义纸张高度</translation>
    </message>
    <message>
        <source>Automatic (one page: whichever prints larger)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自动（单页：取打印较大者）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>纵向</translation>
    </message>
    <message>
        <source> dpi</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每页标注“草稿”</translation>
    </message>
    <message>
        <source>The whole scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>整个情景</translation>
    </message>
    <message>
        <source>{0} and its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 及其下级单位</translation>
    </message>
    <message>
        <source>Posts and annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额和年度费用</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按职等分列的员额</translation>
    </message>
    <message>
        <source>Posts by funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按资金来源分列的员额</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <source>On the first page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第一页</translation>
    </message>
    <message>
        <source>On every page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每一页</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>内容</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>页面</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方向</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>页边距</translation>
    </message>
    <message>
        <source>Tile scale</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>拼贴比例</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <source>Card figures</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>卡片数字</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>图例</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清晰度</translation>
    </message>
    <message>
        <source>Posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按单位分列的员额</translation>
    </message>
    <message>
        <source>Post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额调动</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用汇总</translation>
    </message>
    <message>
        <source>Pages after the chart, comparing the baseline with this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图之后的页面，将基线与本情景进行比较</translation>
    </message>
    <message>
        <source>Add tables</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加表格</translation>
    </message>
    <message>
        <source>Review comments, by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>审阅评论（按单位）</translation>
    </message>
    <message>
        <source>Pages after the chart listing every comment, open ones first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>图表之后的页面，列出所有评论，未解决的在前</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>附录</translation>
    </message>
</context>
<context>
    <name>ChartPresenter</name>
    <message>
        <source>posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额有变动</translation>
    </message>
    <message>
        <source>Against {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与 {0} 相比：{1}</translation>
    </message>
</context>
<context>
    <name>CitationBox</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit, or why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>载明本单位的文件和段落，或推断本单位的理由</translation>
    </message>
    <message>
        <source>Document and paragraph, e.g. A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>文件和段落，例如 A/72/525 第 24 段</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>载明本单位的文件和段落</translation>
    </message>
    <message>
        <source>Inferred: the reference does not state it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>推断：参考文件未载明</translation>
    </message>
    <message>
        <source>Tick when no document states this unit: the design then says [I] and why</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>如无文件载明本单位请勾选：设计随即标注 [I] 及理由</translation>
    </message>
    <message>
        <source>Why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>推断的理由</translation>
    </message>
    <message>
        <source>Why the unit is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>推断本单位的理由</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>参考文件：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>理由：</translation>
    </message>
    <message>
        <source>[I] inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[I] 推断</translation>
    </message>
    <message>
        <source>[S] sourced</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[S] 有出处</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未提供来源。</translation>
    </message>
</context>
<context>
    <name>CodedRowsTable</name>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>On:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对象：</translation>
    </message>
    <message>
        <source>Author:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>作者：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论：</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Post: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额：</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>全部</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>要列出哪些评论</translation>
    </message>
    <message>
        <source>Only on the selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>仅限所选单位</translation>
    </message>
    <message>
        <source>List the comments on the units selected on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>列出图表上所选单位的评论</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>启用</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>方案</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>解决(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Comment on the selected unit or a post in it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对所选单位或其中的员额发表评论</translation>
    </message>
    <message>
        <source>Change the chosen comment&apos;s text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>修改所选评论的文字</translation>
    </message>
    <message>
        <source>Mark the chosen comment resolved, or open it again</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将所选评论标记为已解决，或重新打开</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除所选评论</translation>
    </message>
    <message>
        <source> (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（一步撤销）</translation>
    </message>
    <message>
        <source>resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未解决</translation>
    </message>
    <message>
        <source>{0} of {1} comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{1} 条评论中的 {0} 条</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加评论</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑评论</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重新打开(&amp;R)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>评论(&amp;C)</translation>
    </message>
    <message>
        <source>Show the review comments on units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>显示对单位和员额的审阅评论</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Units added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>Units succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承接先前单位的单位</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移动的单位</translation>
    </message>
    <message>
        <source>Units renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重命名的单位</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改的单位</translation>
    </message>
    <message>
        <source>Units abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销的单位</translation>
    </message>
    <message>
        <source>Units succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由后继单位承接的单位</translation>
    </message>
    <message>
        <source>Posts redeployed to another unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调至另一单位的员额</translation>
    </message>
    <message>
        <source>Posts continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>随所属单位转入另一部门的员额</translation>
    </message>
    <message>
        <source>Posts reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>改叙的员额</translation>
    </message>
    <message>
        <source>Posts moved between funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在资金来源之间调整的员额</translation>
    </message>
    <message>
        <source>Posts established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设的员额</translation>
    </message>
    <message>
        <source>Posts abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤的员额</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增线条</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改的线条</translation>
    </message>
    <message>
        <source>Lines removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除的线条</translation>
    </message>
    <message>
        <source>Bodies added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新增机构</translation>
    </message>
    <message>
        <source>Body members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构成员变更</translation>
    </message>
    <message>
        <source>Body chairs changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构主席变更</translation>
    </message>
    <message>
        <source>Bodies removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销的机构</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>分配的角色</translation>
    </message>
    <message>
        <source>Roles reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重新分配的角色</translation>
    </message>
    <message>
        <source>Roles cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>取消的角色</translation>
    </message>
    <message>
        <source>Rule settings changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则设置变更</translation>
    </message>
    <message>
        <source>The scenario to compare the shown one with; the cards mark what changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与所显示情景进行比较的情景；卡片标出更改之处</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变化</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新值</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Nothing (compare mode off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无（比较模式关闭）</translation>
    </message>
    <message>
        <source>Choose a scenario to see what changed since it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择一个情景，查看自其以来的变化。</translation>
    </message>
    <message>
        <source>Nothing differs from {0}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与 {0} 没有差异。</translation>
    </message>
    <message>
        <source>Against {0}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与 {0} 相比：</translation>
    </message>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>, {0} listed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>，列出 {0} 项</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>1 unresolved conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 个未解决的冲突</translation>
    </message>
    <message>
        <source>%n unresolved conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%n 个未解决的冲突</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑冲突</translation>
    </message>
    <message>
        <source>Place:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>位置：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Base:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基准：</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>我方：</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对方：</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>保留：</translation>
    </message>
    <message>
        <source>Keep (JSON):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>保留 (JSON)：</translation>
    </message>
    <message>
        <source>that is not JSON: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>这不是 JSON：</translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基准</translation>
    </message>
    <message>
        <source>Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>我方</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对方</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>当前</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用我方(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Put our branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用我方分支的值（可一步撤销）</translation>
    </message>
    <message>
        <source>Put their branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>采用对方分支的值（可一步撤销）</translation>
    </message>
    <message>
        <source>Type the value to keep (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键入要保留的值（可一步撤销）</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing to decide.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有合并冲突：无需决定。</translation>
    </message>
    <message>
        <source>: choose each one&apos;s value. Saving keeps those not decided yet.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>：请为每个冲突选择值。保存时会保留尚未决定的冲突。</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基线</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本情景</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>变化</translation>
    </message>
    <message>
        <source>not cost neutral</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>非费用中性</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>合计</translation>
    </message>
    <message>
        <source>This is the baseline: {0} {1} a year.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>这是基线：每年 {0} {1}。</translation>
    </message>
    <message>
        <source>✗ Not cost neutral ({0} a year): {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✗ 非费用中性（每年，{0}）：{1}</translation>
    </message>
    <message>
        <source>✓ Cost neutral: every funding source costs what the baseline cost ({0} a year).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✓ 费用中性：每个资金来源的费用与基线相同（每年，{0}）。</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所有资金来源</translation>
    </message>
</context>
<context>
    <name>CostSummaryDialog</name>
    <message>
        <source>Cost Summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用汇总</translation>
    </message>
    <message>
        <source>Grade pyramid: baseline against</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等金字塔：基线对比</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Any source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>任何来源</translation>
    </message>
    <message>
        <source>Every duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所有工作地点</translation>
    </message>
    <message>
        <source>not said</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Where the costs come from (a budget document, a year)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用出处（预算文件、年份）</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <source>Cost &amp;year:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Source or note:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源或说明(&amp;S)：</translation>
    </message>
    <message>
        <source>Annual standard cost per post. A cost under a funding source applies to that source&apos;s posts and wins over the cost for any source; leave a cell empty for no cost.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个员额的年度标准费用。资金来源下的费用适用于该来源的员额，并优先于适用于任何来源的费用；单元格留空表示无费用。</translation>
    </message>
    <message>
        <source>Costs at duty s&amp;tation:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点费用：(&amp;T)</translation>
    </message>
    <message>
        <source>A post costs its station&apos;s cost for its grade and source, else the cost for every station and its source, else its station&apos;s cost for any source, else the cost for every station and any source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额费用依次取：其工作地点对应其职等和资金来源的费用；否则取所有工作地点对应其资金来源的费用；否则取其工作地点对应任何资金来源的费用；否则取所有工作地点对应任何资金来源的费用。</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}，位于 {1}</translation>
    </message>
    <message>
        <source>the cost of {0} is not a whole number ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 的费用不是整数（{1}）</translation>
    </message>
    <message>
        <source>a cost year is a number such as 2018, or empty</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用年份须为数字（如 2018）或留空</translation>
    </message>
</context>
<context>
    <name>DesignPropertiesDialog</name>
    <message>
        <source>Design Properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计属性</translation>
    </message>
    <message>
        <source>Scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>情景说明</translation>
    </message>
</context>
<context>
    <name>DesignSettingsDialog</name>
    <message>
        <source>Design Settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计设置</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 有未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>磁盘上的文件已更改</translation>
    </message>
    <message>
        <source>{0} was changed by another program or person since you opened or saved it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自您打开或保存 {0} 以来，它已被其他程序或他人更改。</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (it is kept as the backup file ending in ~). Save As keeps both.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>“覆盖”会用您的版本替换对方的版本（对方版本保留为以 ~ 结尾的备份文件）。“另存为”会同时保留两者。</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>{0} is marked read-only: someone meant it to stay as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 被标记为只读：有人希望它保持原样。</translation>
    </message>
    <message>
        <source>Overwrite replaces it anyway (the old version is kept as the backup file ending in ~, and the file stays read-only). Save As writes a new file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>“覆盖”仍会替换该文件（旧版本保留为以 ~ 结尾的备份文件，文件仍为只读）。“另存为”会写入新文件。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>另存为…</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Organisation designs ({0});;All files (*)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织设计 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>The templates cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法读取模板</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>正在打开 {0}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>正在读取并检查文件…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法打开此文件</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法读取此文件</translation>
    </message>
    <message>
        <source>Laying out and drawing the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>正在排列并绘制组织图…</translation>
    </message>
    <message>
        <source>Opened {0}; {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已打开 {0}；{1}</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计另存为</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计未保存</translation>
    </message>
    <message>
        <source>{0}. The design is still open and unsaved; try again, or choose another folder with Save As.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}。设计仍处于打开状态且未保存；请重试，或用“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <source>The untitled design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未命名的设计</translation>
    </message>
    <message>
        <source>Open design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开设计</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>出现问题</translation>
    </message>
    <message>
        <source>orgeditor met an unexpected error and stopped what it was doing. The design is still open.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor 遇到意外错误，已停止当前操作。设计仍处于打开状态。</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>复制详细信息</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 的历史记录</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>提交</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>作者</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Each commit against the one before it. Choose one to compare the chart with it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每次提交与其前一次提交的对比。选择一次提交，将组织图与之比较。</translation>
    </message>
    <message>
        <source>&amp;Compare with This Version</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与此版本比较(&amp;C)</translation>
    </message>
    <message>
        <source>the design was removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计已被删除</translation>
    </message>
    <message>
        <source>nothing in the design changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计没有任何更改</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
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
        <source>Error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按严重程度分组</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按规则分组</translation>
    </message>
    <message>
        <source>Group by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按单位分组</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>整个设计</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>筛选检查结果</translation>
    </message>
    <message>
        <source>Filter by rule, unit or words</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按规则、单位或字词筛选</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, units or text contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>只显示规则、单位或文本包含所有字词的检查结果</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果分组方式</translation>
    </message>
    <message>
        <source>Group the findings by severity, by rule or by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按严重程度、规则或单位对检查结果分组</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>应用修正</translation>
    </message>
    <message>
        <source>Apply the fix shown for the selected finding (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对所选检查结果应用所示修正（可撤销）</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>关闭此规则</translation>
    </message>
    <message>
        <source>Turn off this rule for this design (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对此设计关闭此规则（可撤销）</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>建议的修正：{0}</translation>
    </message>
    <message>
        <source>Turn off {0} for this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>对此设计关闭 {0}</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Add orgeditor to this desktop?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 orgeditor 添加到此桌面？</translation>
    </message>
    <message>
        <source>Add orgeditor to the applications menu and open .orgdesign files with it?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 orgeditor 添加到应用程序菜单，并用它打开 .orgdesign 文件？</translation>
    </message>
    <message>
        <source>A double-click on a design then opens it here. You are asked only once: to change it later, start orgeditor with --install-desktop or --uninstall-desktop.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>之后双击设计文件即在此打开。此问题只问一次：以后如需更改，请使用 --install-desktop 或 --uninstall-desktop 启动 orgeditor。</translation>
    </message>
    <message>
        <source>The desktop&apos;s files cannot be written: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法写入桌面文件：{0}</translation>
    </message>
</context>
<context>
    <name>FundingPartsEditor</name>
    <message>
        <source>Whole source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>整个来源</translation>
    </message>
    <message>
        <source>Each part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各组成部分</translation>
    </message>
    <message>
        <source>New &amp;Part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建部分(&amp;P)</translation>
    </message>
    <message>
        <source>Delete P&amp;art…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除部分(&amp;A)…</translation>
    </message>
    <message>
        <source>Cost &amp;neutrality checked for:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用中性检查对象：(&amp;N)</translation>
    </message>
    <message>
        <source>Parts (posts and cost rates may name a part):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组成部分（员额和费率可指明一个部分）：</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;as opened&gt;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&lt;打开时&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择一个单位</translation>
    </message>
    <message>
        <source>department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>厅/办公室</translation>
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
        <translation>处</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>处/科</translation>
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
        <source>peacekeeping operation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>维持和平行动</translation>
    </message>
    <message>
        <source>special political mission</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特别政治任务</translation>
    </message>
    <message>
        <source>regional office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域办事处</translation>
    </message>
    <message>
        <source>envoy</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特使</translation>
    </message>
    <message>
        <source>political process office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>政治进程办公室</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其他</translation>
    </message>
    <message>
        <source>dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重</translation>
    </message>
    <message>
        <source>dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>简称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主管职等</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地存在</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>牵头部门</translation>
    </message>
    <message>
        <source>Backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>支助单位</translation>
    </message>
    <message>
        <source>Entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>注释</translation>
    </message>
    <message>
        <source>Justification</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>参考文件</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新值</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>说明</translation>
    </message>
    <message>
        <source>Condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>条件</translation>
    </message>
    <message>
        <source>Add line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加线条</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>The unit the new line goes to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新报告线指向的单位</translation>
    </message>
    <message>
        <source>Line to unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>报告线指向的单位</translation>
    </message>
    <message>
        <source>Line kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>报告线类型</translation>
    </message>
    <message>
        <source>Dual (dashed) or dotted reporting line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重（短划线）或虚线报告线</translation>
    </message>
    <message>
        <source>Add a line of the chosen kind to the chosen unit (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>向所选单位添加所选类型的报告线（可撤销）</translation>
    </message>
    <message>
        <source>Remove the selected lines (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除所选报告线（可撤销）</translation>
    </message>
    <message>
        <source>Dual and dotted lines from this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从此单位出发的双重和虚线报告线</translation>
    </message>
    <message>
        <source>The unit&apos;s full name, as the chart shows it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位全称，按组织图所示</translation>
    </message>
    <message>
        <source>An abbreviation (DPPA, EAD), shown under the name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>缩写（DPPA、EAD），显示在名称下方</translation>
    </message>
    <message>
        <source>Department, office, division, section … (the card&apos;s colour)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部、厅、司、科……（决定卡片颜色）</translation>
    </message>
    <message>
        <source>The grade of the post that heads the unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位主管员额的职等</translation>
    </message>
    <message>
        <source>The region the unit covers, if any</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位所覆盖的区域（如有）</translation>
    </message>
    <message>
        <source>The duty station: it sets the posts&apos; standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点：决定员额的标准费用</translation>
    </message>
    <message>
        <source>For a field presence: mission, office or centre</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>用于外地存在：特派团、办事处或中心</translation>
    </message>
    <message>
        <source>The department that leads this field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>牵头负责此外地存在的部门</translation>
    </message>
    <message>
        <source>The unit at headquarters that backstops this one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>为本单位提供支助的总部单位</translation>
    </message>
    <message>
        <source>The regions or segments this unit is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本单位作为入口单位的区域或细分</translation>
    </message>
    <message>
        <source>The functions the unit performs (ticked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位履行的职能（已勾选）</translation>
    </message>
    <message>
        <source>A note shown in the card&apos;s tooltip and in reports</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>显示在卡片提示和报告中的注释</translation>
    </message>
    <message>
        <source>Why the unit exists or changes, for the proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位设立或变更的理由，供提案使用</translation>
    </message>
    <message>
        <source>The document that establishes it, e.g. ST/SGB/2009/13</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设立该单位的文件，例如 ST/SGB/2009/13</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设置(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default ({0})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>系统默认（{0}）</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>The interface will be in {0} the next time orgeditor starts.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>下次启动 orgeditor 时，界面将使用{0}。</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>new since the compared scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>相对于比较情景为新增</translation>
    </message>
    <message>
        <source>takes over from a unit that went</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>接替已撤销的单位</translation>
    </message>
    <message>
        <source>under another parent than before</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>上级单位与之前不同</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已重命名</translation>
    </message>
    <message>
        <source>fields or posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>字段或员额已更改</translation>
    </message>
    <message>
        <source>errors of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则错误（数量）</translation>
    </message>
    <message>
        <source>warnings of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则警告（数量）</translation>
    </message>
    <message>
        <source>notes of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则提示（数量）</translation>
    </message>
    <message>
        <source>Unit colours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位颜色</translation>
    </message>
    <message>
        <source>Lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>线条</translation>
    </message>
    <message>
        <source>reports to (primary line)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>报告对象（主要报告线）</translation>
    </message>
    <message>
        <source>dual reporting line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>双重报告线（说明注明何时适用）</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>虚线</translation>
    </message>
    <message>
        <source>Badges</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标记</translation>
    </message>
    <message>
        <source>Compare marks (View &gt; Compare with Baseline)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>比较标记（视图 &gt; 与基线比较）</translation>
    </message>
    <message>
        <source>+N under a card: N sub-units are collapsed (double-click to show them).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>卡片下方的 +N：N 个下级单位已折叠（双击可显示）。</translation>
    </message>
</context>
<context>
    <name>LegibleChoice</name>
    <message>
        <source>Use one sheet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使用一张 {0} 纸，比例 {1}%</translation>
    </message>
    <message>
        <source>Use tiles on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>分块打印在 {0} 纸上，比例 {1}%</translation>
    </message>
    <message>
        <source>Use a booklet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>使用 {0} 小册子，比例 {1}%</translation>
    </message>
    <message>
        <source>{0} portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 纵向</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 横向</translation>
    </message>
    <message>
        <source>{0}: 1 sheet, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：1 张，最小文字 {2} 磅</translation>
    </message>
    <message>
        <source>{0}: {1} sheets, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：{1} 张，最小文字 {2} 磅</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最小文字</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt at 100% (an image is drawn at full size)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最小文字：{0} 磅，比例 100%（图像按原尺寸绘制）</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt (1 page at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最小文字：{0} 磅（1 页，比例 {1}%）</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt ({2} pages at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最小文字：{0} 磅（{2} 页，比例 {1}%）</translation>
    </message>
    <message>
        <source>{0}: under {1} pt, hard to read. Instead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：小于 {1} 磅，难以阅读。改用：</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织结构图</translation>
    </message>
    <message>
        <source>Chart canvas: arrows move between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图画布：用方向键在单位之间移动</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>情景</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>属性</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>比较</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>图例</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出组织图(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出报表(&amp;R)…</translation>
    </message>
    <message>
        <source>Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>以 XLSX、CSV、HTML 或 PDF 格式导出员额、调动、费用或变更表</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>数据交换(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导入单位和员额(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge units and posts from CSV or XLSX into this scenario (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 CSV 或 XLSX 中的单位和员额并入本情景（可一步撤销）</translation>
    </message>
    <message>
        <source>Write Import &amp;Template…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>生成导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出单位和员额(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出 GraphML(&amp;G)…</translation>
    </message>
    <message>
        <source>Auto&amp;save Every…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自动保存间隔(&amp;S)…</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>多久保存一次未保存更改的恢复副本</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Unit Below…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在下方添加单位(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移至(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>紧凑布局(&amp;C)</translation>
    </message>
    <message>
        <source>Align Rows by &amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按职等对齐各行(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>全部展开(&amp;E)</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与基线比较(&amp;B)</translation>
    </message>
    <message>
        <source>Mark what is new, moved or changed against the baseline, and list it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标出相对于基线新增、移动或更改的内容并列出</translation>
    </message>
    <message>
        <source>Cost &amp;Summary…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用汇总(&amp;S)…</translation>
    </message>
    <message>
        <source>Cost per funding source of every scenario, and a grade pyramid</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>各情景按资金来源分列的费用及职等金字塔</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Grades, standard costs, funding sources, functions, department roles, rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等、标准费用、资金来源、职能、部门角色、规则</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Title, author, description and provenance notes; scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标题、作者、说明和来源注释；情景说明</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>关于 {0}(&amp;A)</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>查找单位 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>查找单位</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name, then Return for the next match</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键入单位名称的一部分，按回车键查找下一个匹配项</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>正在检查规则…</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>错误 {0} 个，警告 {1} 个</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未执行：{0}</translation>
    </message>
    <message>
        <source>Cost change: {0} {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用变化：{0} {1}</translation>
    </message>
    <message>
        <source>Cost change: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用变化：{0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自动保存</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved changes every (minutes; 0: never):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每隔多久保存未保存更改的恢复副本（分钟；0：从不）：</translation>
    </message>
    <message>
        <source>Select the unit to add a unit below</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请选择要在其下添加单位的单位</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加单位</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新单位名称：</translation>
    </message>
    <message>
        <source>Select the units to move first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>请先选择要移动的单位</translation>
    </message>
    <message>
        <source>No unit matches “{0}”</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>没有与“{0}”匹配的单位</translation>
    </message>
    <message>
        <source>{0} of {1}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>第 {0} 个，共 {1} 个：</translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>复制情景</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新提案名称：</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}（副本）</translation>
    </message>
</context>
<context>
    <name>MapToDialog</name>
    <message>
        <source>Delete {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>&amp;Map and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>映射并删除(&amp;M)</translation>
    </message>
    <message>
        <source>{0} is in use:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 正在使用中：</translation>
    </message>
    <message>
        <source>Everything that uses it will use the one chosen below instead, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所有使用它的内容将改用下面选择的项，一步完成，可撤销。</translation>
    </message>
    <message>
        <source>Map to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>映射到：</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>缩略图</translation>
    </message>
    <message>
        <source>The whole chart: click or drag to move the view there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>整个组织图：单击或拖动可将视图移至该处</translation>
    </message>
    <message>
        <source>&amp;Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>缩略图(&amp;M)</translation>
    </message>
    <message>
        <source>Show the whole chart small in the canvas&apos;s corner</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在画布角落以小图显示整个组织图</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move to…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移至…</translation>
    </message>
    <message>
        <source>Type to filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键入以筛选单位</translation>
    </message>
    <message>
        <source>Move {0} under:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {0} 移至以下单位之下：</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>筛选单位</translation>
    </message>
    <message>
        <source>New parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新的上级</translation>
    </message>
</context>
<context>
    <name>NamesBox</name>
    <message>
        <source>Names in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其他语文的名称</translation>
    </message>
    <message>
        <source>The unit&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该单位在设计的每种语文中的名称和简称</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type a name to add it; empty the name to remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>输入名称即添加；清空名称即删除</translation>
    </message>
    <message>
        <source>Language tag, e.g. ru or pt-BR</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>语言标记，例如 ru 或 pt-BR</translation>
    </message>
    <message>
        <source>A BCP 47 language tag for a new row of names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新名称行的 BCP 47 语言标记</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加语言</translation>
    </message>
    <message>
        <source>Add a row for names in this language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>为此语言的名称添加一行</translation>
    </message>
    <message>
        <source>{0} is the design&apos;s own language: edit the name above</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 是设计本身的语文：请编辑上方的名称</translation>
    </message>
    <message>
        <source>A short name needs a name in the same language.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>简称需要同一语言的名称。</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建设计</translation>
    </message>
    <message>
        <source>Create</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start the new design from:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新设计的起点：</translation>
    </message>
</context>
<context>
    <name>PostsBox</name>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职称</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>员额</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl, Shift) to act on them at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择多行（Ctrl、Shift）可一次性操作</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>筛选员额</translation>
    </message>
    <message>
        <source>Filter posts by id, grade, funding or title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按编号、职等、资金或职称筛选员额</translation>
    </message>
    <message>
        <source>Show only the posts whose id, grade, funding or title contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>仅显示编号、职等、资金或职称包含所有字词的员额</translation>
    </message>
    <message>
        <source>The grade of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>拟设员额的职等</translation>
    </message>
    <message>
        <source>The funding source of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>拟设员额的资金来源</translation>
    </message>
    <message>
        <source>The grade to reclassify the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所选员额改叙后的职等</translation>
    </message>
    <message>
        <source>The funding source to move the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所选员额转入的资金来源</translation>
    </message>
    <message>
        <source>Establish post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设立员额</translation>
    </message>
    <message>
        <source>Establish a new post in this unit at the grade and funding chosen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按所选职等和资金在本单位新设一个员额</translation>
    </message>
    <message>
        <source>Reclassify selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>改叙所选员额</translation>
    </message>
    <message>
        <source>Reclassify the selected posts to the grade chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将所选员额改叙为所选职等（可一步撤销）</translation>
    </message>
    <message>
        <source>Change funding of selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>更改所选员额的资金来源</translation>
    </message>
    <message>
        <source>Fund the selected posts from the source chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由所选资金来源为所选员额供资（可一步撤销）</translation>
    </message>
    <message>
        <source>Redeploy To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调至…</translation>
    </message>
    <message>
        <source>Redeploy the selected posts to a unit you pick (or drag the rows)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将所选员额调至您选择的单位（或拖动行）</translation>
    </message>
    <message>
        <source>Abolish selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤所选员额</translation>
    </message>
    <message>
        <source>Abolish the selected posts (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>裁撤所选员额（可一步撤销）</translation>
    </message>
    <message>
        <source>The selected post&apos;s title in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所选职位在设计的每种语文中的职称</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>语言</translation>
    </message>
    <message>
        <source>Title of post {0} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职位 {0} 的其他语文职称</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print — {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打印 — {0}</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>PBSO&apos;s components: pbc-branch, ppab, fpb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PBSO 的组成部分: pbc-branch, ppab, fpb</translation>
    </message>
    <message>
        <source>pbso=ASG, oma=ASG</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pbso=ASG, oma=ASG</translation>
    </message>
    <message>
        <source>A unit&apos;s head grade is that of its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位主管职等即其最高员额的职等</translation>
    </message>
    <message>
        <source>A field presence sits under its lead department on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>外地存在在组织图上位于其牵头部门之下</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Groups kept &amp;together:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>须保持在一起的组：(&amp;T)</translation>
    </message>
    <message>
        <source>Required &amp;head grades:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规定的主管职等：(&amp;H)</translation>
    </message>
    <message>
        <source>Fewest entry-point &amp;holders:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位的最少数量：(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>自动保存失败：{0}：{1}</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>恢复未保存的更改？</translation>
    </message>
    <message>
        <source>orgeditor did not close normally. It kept a recovery copy, with the changes that were not saved, made at {0}, of:

{1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor 未正常关闭。它保留了一份恢复副本，包含 {0} 时未保存的更改，对应文件：

{1}</translation>
    </message>
    <message>
        <source>Restore opens the copy as an unsaved design; save it to keep it. Discard deletes the copy. Decide Later asks again at the next start.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>“恢复”将副本作为未保存的设计打开，保存后即可保留。“放弃”删除副本。“稍后决定”会在下次启动时再次询问。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>The recovery copy cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法打开恢复副本</translation>
    </message>
    <message>
        <source>Restored the recovery copy of {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已恢复 {0} 的恢复副本</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>调至</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键入单位名称的一部分</translation>
    </message>
    <message>
        <source>Redeploy 1 post to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 1 个员额调至：</translation>
    </message>
    <message>
        <source>Redeploy {0} posts to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将 {0} 个员额调至：</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最高单位</translation>
    </message>
    <message>
        <source>Every mapped department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>所有已映射的部</translation>
    </message>
    <message>
        <source>Department role…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门角色…</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>执行办公室</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主管小组</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位…</translation>
    </message>
    <message>
        <source>Department role: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门角色：{0}</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单位：{0}</translation>
    </message>
</context>
<context>
    <name>RenameScenarioDialog</name>
    <message>
        <source>Rename scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重命名情景</translation>
    </message>
    <message>
        <source>The scenario&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该情景在设计的每种语文中的名称和简称</translation>
    </message>
    <message>
        <source>New name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新名称：</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>表格</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>原值</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新值</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>格式</translation>
    </message>
    <message>
        <source>The cost summary compares the first scenario with every other one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用汇总将第一个情景与其他每个情景进行比较</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>报表未写入</translation>
    </message>
    <message>
        <source>Wrote {0} ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已写入 {0}（{1}）</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>The tables cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法读取表格</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} 页</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF, printable pages (*.pdf)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF，可打印页面 (*.pdf)</translation>
    </message>
    <message>
        <source>{0}: 1 problem (first: {1}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：1 个问题（第一个：{1}）。请更正这些行后重新导入；“显示详细信息”列出全部问题。</translation>
    </message>
    <message>
        <source>{0}: {1} problems (first: {2}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：{1} 个问题（第一个：{2}）。请更正这些行后重新导入；“显示详细信息”列出全部问题。</translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已将 {0} 导入 {1}：单位 {2}，员额 {3}（可撤销）</translation>
    </message>
    <message>
        <source>Import units and posts into {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将单位和员额导入 {0}</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Write import template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>生成导入模板</translation>
    </message>
    <message>
        <source>Export units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出单位和员额</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出 GraphML</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>文件未写入</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出组织图</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>正在导出组织图…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>导出已取消；未写入任何文件</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>组织图未导出</translation>
    </message>
    <message>
        <source>; {0} units without a name in the chart language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>；{0} 个单位没有该组织图语言的名称</translation>
    </message>
    <message>
        <source>Exported {0} ({1}){2}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已导出 {0}（{1}）{2}</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>no limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无限制</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>维持和平行动</translation>
    </message>
    <message>
        <source>Special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特别政治任务</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域办事处</translation>
    </message>
    <message>
        <source>Envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>特使</translation>
    </message>
    <message>
        <source>Political process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>政治进程办公室</translation>
    </message>
    <message>
        <source>Other field presences</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其他外地存在</translation>
    </message>
    <message>
        <source>&amp;Senior grade (from):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>高级职等（起）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Entry-point grade:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位职等(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Gender function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>性别平等职能(&amp;G)：</translation>
    </message>
    <message>
        <source>Peacebuilding &amp;Fund function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>建设和平基金职能(&amp;F)：</translation>
    </message>
    <message>
        <source>Missions that name &amp;no lead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>未指定牵头部门的任务(&amp;N)：</translation>
    </message>
    <message>
        <source>Cost &amp;tolerance:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用容差(&amp;T)：</translation>
    </message>
    <message>
        <source>Largest s&amp;pan of control:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最大管理幅度(&amp;P)：</translation>
    </message>
    <message>
        <source>Most &amp;layers below the top:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最高层以下最多层级(&amp;L)：</translation>
    </message>
    <message>
        <source>Limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>限值</translation>
    </message>
    <message>
        <source>Functions the rules watch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则监测的职能</translation>
    </message>
    <message>
        <source>Lead department role by field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按外地存在类型分列的牵头部门角色</translation>
    </message>
    <message>
        <source>the tolerance is a whole amount, such as 0</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>容差须为整数金额，如 0</translation>
    </message>
    <message>
        <source>Promises the rules check</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>由规则检查的承诺</translation>
    </message>
    <message>
        <source>Department whose dual line names each field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>以双重报告线指明每个外地存在的部门</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：</translation>
    </message>
</context>
<context>
    <name>RuleSwitchesPage</name>
    <message>
        <source>{0} reports at {1} unless changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>除非更改，{0} 以 {1} 级别报告</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>In this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在此设计中</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职称</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Untick a rule to stop checking it in this design; its findings are listed as skipped. The severity is the one its findings report at. Both are saved in the file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>取消勾选某条规则即在本设计中停止核查该规则；其结论列为已跳过。严重程度是其结论报告时采用的级别。两者均保存在文件中。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职称</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>启用</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>严重程度</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Copy…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>复制…</translation>
    </message>
    <message>
        <source>Create a proposal as a copy of the selected scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>以所选情景的副本创建提案</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename the selected scenario (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重命名所选情景（可撤销）</translation>
    </message>
    <message>
        <source>Delete the selected proposal (undoable; the baseline stays)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除所选提案（可撤销；基线保留）</translation>
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
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分</translation>
    </message>
    <message>
        <source>The {0} this unit belongs to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本单位所属的{0}</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>(any grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>（任何职等）</translation>
    </message>
    <message>
        <source>A segment kind is a list the organisation is divided by: regions, client groups, sectors. Units belong to an item and may be its entry point (Inspector, Segments). When a kind needs one entry point, the rules ask for exactly one per item.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分类型是组织划分所依据的列表：区域、客户群体、部门领域等。单位隶属于某一项目，并可作为其入口单位（检查器，细分）。若某类型要求一个入口单位，规则要求每个项目恰好有一个。</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等</translation>
    </message>
    <message>
        <source>&amp;New Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建类型(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Kind…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除类型(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>singular, such as client group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单数，例如客户群组</translation>
    </message>
    <message>
        <source>Each item needs one &amp;entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个项目需要一个入口(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>代码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Singular name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>单数名称(&amp;S)</translation>
    </message>
    <message>
        <source>Entry-point &amp;grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>入口单位职等(&amp;G)</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新建项目(&amp;I)</translation>
    </message>
    <message>
        <source>Delete I&amp;tem…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除项目(&amp;T)…</translation>
    </message>
    <message>
        <source>Item U&amp;p</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>项目上移(&amp;P)</translation>
    </message>
    <message>
        <source>Item D&amp;own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>项目下移(&amp;O)</translation>
    </message>
    <message>
        <source>Items:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>项目：</translation>
    </message>
    <message>
        <source>region (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域（内置）</translation>
    </message>
    <message>
        <source>one per item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>每个项目一个</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>不核查</translation>
    </message>
    <message>
        <source>Segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分类型 {0}</translation>
    </message>
    <message>
        <source>New segment kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新细分类型</translation>
    </message>
    <message>
        <source>Regions (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>区域（内置）</translation>
    </message>
    <message>
        <source>Delete segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>删除细分类型 {0}</translation>
    </message>
    <message>
        <source>Segment kind {0} is in use:
{1}

Deleting it takes these units out of it, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分类型 {0} 正在使用中：
{1}

删除后，这些单位将移出该类型，一步完成，可撤销。</translation>
    </message>
    <message>
        <source>&amp;Clear and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>清除并删除(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>机构</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>费用</translation>
    </message>
    <message>
        <source>Grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职等</translation>
    </message>
    <message>
        <source>Funding Sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>职能</translation>
    </message>
    <message>
        <source>Department Roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>部门角色</translation>
    </message>
    <message>
        <source>Duty Stations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>工作地点</translation>
    </message>
    <message>
        <source>Rule Parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则参数</translation>
    </message>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>细分</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按操作或按键筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Show only the actions whose name or keys contain this text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>只显示名称或按键包含此文本的操作</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>起始页</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a design file from disk (Ctrl+O)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从磁盘打开设计文件 (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start on the &amp;Blank Chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从空白组织图开始(&amp;B)</translation>
    </message>
    <message>
        <source>Close this page and work on the untitled design (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>关闭此页，编辑未命名的设计 (Esc)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>尚无最近打开的文件</translation>
    </message>
    <message>
        <source>Open a sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>{0}: double-click or press Return</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}：双击或按回车键</translation>
    </message>
    <message>
        <source>Welcome to orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>欢迎使用 orgeditor</translation>
    </message>
    <message>
        <source>Open a design to work on, or start a new one. Help &gt; User Guide explains the chart, the rules and the keys.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>打开要编辑的设计，或新建设计。“帮助 &gt; 用户指南”介绍组织图、规则和快捷键。</translation>
    </message>
    <message>
        <source>The template cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法读取模板</translation>
    </message>
</context>
<context>
    <name>SuccessionBox</name>
    <message>
        <source>same id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>相同标识</translation>
    </message>
    <message>
        <source>declared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已声明</translation>
    </message>
    <message>
        <source>inferred: same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>推断：名称相同</translation>
    </message>
    <message>
        <source>rejected: not succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>已否定：未被继承</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>承接</translation>
    </message>
    <message>
        <source>The baseline units whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其员额延续至本单位的基线单位</translation>
    </message>
    <message>
        <source>Add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加</translation>
    </message>
    <message>
        <source>A baseline unit whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>其员额延续至本单位的基线单位</translation>
    </message>
    <message>
        <source>Predecessor to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>要添加的前身单位</translation>
    </message>
    <message>
        <source>Add the chosen unit as a predecessor (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将所选单位添加为前身单位（可撤销）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove the selected predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除所选前身单位</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>确认</translation>
    </message>
    <message>
        <source>Confirm the inferred predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>确认推断出的前身单位</translation>
    </message>
    <message>
        <source>Reject</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>This unit does not succeed the inferred unit of the same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本单位并不承接推断出的同名单位</translation>
    </message>
    <message>
        <source>Source: document and paragraph, or [I]</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来源：文件和段落，或 [I]</translation>
    </message>
    <message>
        <source>Where the succession is stated: a document and paragraph, or [I] for inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>载明承接关系之处：文件和段落，或 [I] 表示推断</translation>
    </message>
    <message>
        <source>A baseline unit succeeds no earlier unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>基线单位不承接任何先前单位。</translation>
    </message>
    <message>
        <source>A new unit: its posts came by redeployment or establishment.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>新单位：其员额来自调动或新设。</translation>
    </message>
    <message>
        <source>Inferred from the name: confirm it, or reject it if wrong.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>根据名称推断：请确认，如有误请拒绝。</translation>
    </message>
    <message>
        <source>Posts that came from these units continue (not redeployed).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>来自这些单位的员额延续（不算调动）。</translation>
    </message>
    <message>
        <source>Choose a baseline unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择基线单位…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Typing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>输入</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销 {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重做 {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>UnitRolesBox</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>最高单位</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>共用结构</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>执行办公室</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主管小组</translation>
    </message>
    <message>
        <source>Role in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>在本情景中的角色</translation>
    </message>
    <message>
        <source>Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>The role this unit plays in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>本单位在本情景中的角色</translation>
    </message>
    <message>
        <source>The unit that chairs this body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>担任本机构主席的单位</translation>
    </message>
    <message>
        <source>A unit to add to this body&apos;s members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>要添加为本机构成员的单位</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>要添加的成员</translation>
    </message>
    <message>
        <source>Add the chosen unit to the members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将所选单位添加为成员（可撤销）</translation>
    </message>
    <message>
        <source>Remove the selected members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>移除所选成员（可撤销）</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>主席</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>成员</translation>
    </message>
    <message>
        <source>Plays</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>担任</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>选择单位…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>用户指南</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>Compare with &amp;File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与文件比较(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark what changed since another .orgdesign file</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>标出相对于另一个 .orgdesign 文件的更改</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与版本比较(&amp;V)…</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>文件历史记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the design in a git repository to compare with its versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>将设计保存在 git 仓库中，才能与其各版本比较</translation>
    </message>
    <message>
        <source>The commits that touched this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>涉及此设计的提交</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>与文件比较</translation>
    </message>
    <message>
        <source>Designs (*.orgdesign)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>设计 (*.orgdesign)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无法比较</translation>
    </message>
    <message>
        <source>No history</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>无历史记录</translation>
    </message>
    <message>
        <source>The design is not in that commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>该提交中没有此设计</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>%1 has no scenario %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 中没有情景 %2</translation>
    </message>
</context>
</TS>
