<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The interface of orgeditor in Arabic. Written by the i19-app session (an AI assistant) on 2026-12-02; every translation is marked for review by a native speaker. How to update it: docs/I18N.md -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An editor for organisation designs: posts, grades, funding sources and the rules a restructuring must keep.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>محرر للتصاميم التنظيمية: الوظائف والرتب ومصادر التمويل والقواعد التي يجب أن تراعيها إعادة الهيكلة.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حزمة مستقلة</translation>
    </message>
    <message>
        <source>Python package</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حزمة Python</translation>
    </message>
    <message>
        <source>Platform {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنصة {0}</translation>
    </message>
    <message>
        <source>About orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حول orgeditor</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ الإصدارات(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ الإصدارات لتقرير عن خطأ</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإصدارات:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>AddPostDialog</name>
    <message>
        <source>Add post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة وظيفة</translation>
    </message>
    <message>
        <source>A new post in {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظيفة جديدة في {0}</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التمويل(&amp;F)</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المعرّف(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
        <source>Findings &amp;call it:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسمها في النتائج(&amp;C):</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جديد(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة عضو(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة عضو(&amp;R)</translation>
    </message>
    <message>
        <source>The body&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم الهيئة واسمها المختصر بكل لغة من لغات التصميم</translation>
    </message>
    <message>
        <source>unit name or id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم الوحدة أو معرفها</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة وحدة(&amp;U)</translation>
    </message>
    <message>
        <source>Remo&amp;ve unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة وحدة(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sits at:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>موقعها(&amp;S):</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرئيس(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأعضاء:(&amp;M)</translation>
    </message>
    <message>
        <source>Required bodies (GOV-SPG)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات المطلوبة (GOV-SPG)</translation>
    </message>
    <message>
        <source>Dual reporting: units that report to two or more department roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التبعية المزدوجة: وحدات تتبع دورين أو أكثر من أدوار الإدارات</translation>
    </message>
    <message>
        <source>(new body)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(هيئة جديدة)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>a new body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هيئة جديدة</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Focus breadcrumb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مسار التركيز</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المخطط كله</translation>
    </message>
    <message>
        <source>Show the whole chart (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض المخطط كله (Esc)</translation>
    </message>
    <message>
        <source>Focus on {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التركيز على {0}</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Posts: {0} in the unit, {1} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: {0} في الوحدة، و{1} مع وحداتها الفرعية</translation>
    </message>
    <message>
        <source>Annual cost: {0} {1} in the unit, {2} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة السنوية: {0} {1} في الوحدة، و{2} مع وحداتها الفرعية</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاحظة: {0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الفئة(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوصف(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجهة الأصلية(&amp;H)</translation>
    </message>
    <message>
        <source>Sits &amp;with</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقترن بـ(&amp;W)</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجهة الأصلية</translation>
    </message>
    <message>
        <source>&amp;New Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة جديدة(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Funding Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر تمويل جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مهمة جديدة(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Department Role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور إدارة جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Duty Station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز عمل جديد(&amp;N)</translation>
    </message>
    <message>
        <source>New grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة جديدة</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر تمويل جديد</translation>
    </message>
    <message>
        <source>New function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مهمة جديدة</translation>
    </message>
    <message>
        <source>New department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور إدارة جديد</translation>
    </message>
    <message>
        <source>New duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز عمل جديد</translation>
    </message>
    <message>
        <source>No grade selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُحدَّد أي رتبة</translation>
    </message>
    <message>
        <source>No funding source selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُحدَّد أي مصدر تمويل</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُحدَّد أي مهمة</translation>
    </message>
    <message>
        <source>No department role selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُحدَّد أي دور إدارة</translation>
    </message>
    <message>
        <source>No duty station selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُحدَّد أي مركز عمل</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة {0}</translation>
    </message>
    <message>
        <source>Funding source {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر التمويل {0}</translation>
    </message>
    <message>
        <source>Function {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهمة {0}</translation>
    </message>
    <message>
        <source>Department role {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور الإدارة {0}</translation>
    </message>
    <message>
        <source>Duty station {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز العمل {0}</translation>
    </message>
    <message>
        <source>(no home)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(بلا جهة أصلية)</translation>
    </message>
    <message>
        <source>(sits with no other function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(لا تقترن بأي مهمة أخرى)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(لا توجد وحدة)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك لأعلى(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك لأسفل(&amp;W)</translation>
    </message>
    <message>
        <source>Played in each scenario by:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يؤديه في كل سيناريو:</translation>
    </message>
    <message>
        <source>a function sits with another function, not with itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقترن المهمة بمهمة أخرى، لا بنفسها</translation>
    </message>
    <message>
        <source>The ladder runs from the most senior grade down; the rules read seniority from this order. The group (such as Professional or General Service) is shown in tables.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يبدأ السلّم من أعلى رتبة نزولاً؛ وتستنتج القواعد الأقدمية من هذا الترتيب. وتظهر الفئة (مثل الفئة الفنية أو فئة الخدمات العامة) في الجداول.</translation>
    </message>
    <message>
        <source>Cost neutrality is checked per funding source, or per part where chosen.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يُتحقَّق من حياد التكاليف لكل مصدر تمويل، أو لكل جزء حيثما اختير ذلك.</translation>
    </message>
    <message>
        <source>A function&apos;s home is the department role that must carry it; units list the functions they carry.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجهة الأصلية للمهمة هي دور الإدارة الذي يجب أن يضطلع بها؛ وتسرد الوحدات المهام التي تضطلع بها.</translation>
    </message>
    <message>
        <source>Each scenario names the unit that plays each department role.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يحدد كل سيناريو الوحدة التي تؤدي كل دور من أدوار الإدارات.</translation>
    </message>
    <message>
        <source>A unit sits at a duty station (set in the Inspector) and so do its posts; the Costs page may give a station costs of its own.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع الوحدة في مركز عمل (يُحدَّد في أداة الفحص) وكذلك وظائفها؛ ويجوز لصفحة التكاليف أن تحدد لمركز العمل تكاليف خاصة به.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Select &amp;Parent Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد الوحدة الأعلى(&amp;P)</translation>
    </message>
    <message>
        <source>Select First &amp;Sub-unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد أول وحدة فرعية(&amp;S)</translation>
    </message>
    <message>
        <source>Select P&amp;revious Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد الوحدة الشقيقة السابقة(&amp;R)</translation>
    </message>
    <message>
        <source>Select &amp;Next Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد الوحدة الشقيقة التالية(&amp;N)</translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة وظيفة(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>طي/توسيع الوحدات الفرعية(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Focus on Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التركيز على الوحدة(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the selected unit and its sub-units to the window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاءمة الوحدة المحددة ووحداتها الفرعية للنافذة</translation>
    </message>
    <message>
        <source>Show &amp;Findings of Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض نتائج الوحدة(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename in Inspector (Return)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة التسمية في لوحة الخصائص (Enter)(&amp;R)</translation>
    </message>
    <message>
        <source>Selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المحددة</translation>
    </message>
    <message>
        <source>Select a unit to rename</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة لإعادة تسميتها</translation>
    </message>
    <message>
        <source>Select a unit to add a post to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة لإضافة وظيفة إليها</translation>
    </message>
    <message>
        <source>Select a unit to collapse or expand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة لطيّها أو توسيعها</translation>
    </message>
    <message>
        <source>Select a unit to focus on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة للتركيز عليها</translation>
    </message>
    <message>
        <source>Select a unit to see the findings of</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة لعرض نتائجها</translation>
    </message>
    <message>
        <source>No findings on this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد نتائج لهذه الوحدة</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُحدَّد شيء</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حُددت وحدة واحدة</translation>
    </message>
    <message>
        <source>{0} units selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المحددة: {0}</translation>
    </message>
</context>
<context>
    <name>ChartContextMenus</name>
    <message>
        <source>Edit Caption…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير التسمية التوضيحية…</translation>
    </message>
    <message>
        <source>Line caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التسمية التوضيحية للخط</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التسمية التوضيحية:</translation>
    </message>
    <message>
        <source>Edit Condition…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير الشرط…</translation>
    </message>
    <message>
        <source>Line condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>شرط الخط</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشرط:</translation>
    </message>
    <message>
        <source>Dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مزدوج</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منقط</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنطقة: {0}</translation>
    </message>
    <message>
        <source>Line: {0} to {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخط: من {0} إلى {1}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النوع(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف الخط(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ChartLanguageMenu</name>
    <message>
        <source>Arabic (العربية)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصينية (中文)</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإنكليزية (English)</translation>
    </message>
    <message>
        <source>French (Français)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الفرنسية (Français)</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الروسية (Русский)</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإسبانية (Español)</translation>
    </message>
    <message>
        <source>{0} — the design&apos;s own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — لغة التصميم الأصلية</translation>
    </message>
    <message>
        <source>Chart in the design&apos;s own language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المخطط بلغة التصميم الأصلية</translation>
    </message>
    <message>
        <source>Chart in {0}: every unit has a name there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المخطط بلغة {0}: لكل وحدة اسم بهذه اللغة</translation>
    </message>
    <message>
        <source>Chart in {0}: {1} of {2} units have no name there and show their own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المخطط بلغة {0}: ليس لـ {1} من أصل {2} وحدة اسم بهذه اللغة فيظهر اسمها الأصلي</translation>
    </message>
    <message>
        <source>Chart &amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لغة المخطط(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ChartOptionsDialog</name>
    <message>
        <source>Print chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>طباعة المخطط</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>PDF (pages)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF (صفحات)</translation>
    </message>
    <message>
        <source>SVG (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>SVG (المخطط كله)</translation>
    </message>
    <message>
        <source>PNG image (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صورة PNG (المخطط كله)</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاءمة صفحة واحدة</translation>
    </message>
    <message>
        <source>Tile across pages (poster)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تجانب عبر الصفحات (ملصق)</translation>
    </message>
    <message>
        <source>Booklet (a page per department or division)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كتيّب (صفحة لكل إدارة أو شعبة)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مقاس مخصص</translation>
    </message>
    <message>
        <source>ISO A and B, US and ANSI, architectural sheets, or a custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ISO A وB، والمقاسات الأمريكية وANSI، والألواح المعمارية، أو مقاس مخصص</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> مم</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض ورق مخصص</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ارتفاع ورق مخصص</translation>
    </message>
    <message>
        <source>Automatic (one page: whichever prints larger)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تلقائي (صفحة واحدة: أيهما يطبع أكبر)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أفقي</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عمودي</translation>
    </message>
    <message>
        <source> dpi</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> نقطة/بوصة</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وسم كل صفحة بكلمة مسودة</translation>
    </message>
    <message>
        <source>The whole scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السيناريو كله</translation>
    </message>
    <message>
        <source>{0} and its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} ووحداتها الفرعية</translation>
    </message>
    <message>
        <source>Posts and annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف والتكلفة السنوية</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الرتبة</translation>
    </message>
    <message>
        <source>Posts by funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب مصدر التمويل</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>On the first page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>في الصفحة الأولى</translation>
    </message>
    <message>
        <source>On every page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>في كل صفحة</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بلا</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الورق</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهوامش</translation>
    </message>
    <message>
        <source>Tile scale</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مقياس التجانب</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دقة PNG</translation>
    </message>
    <message>
        <source>Card figures</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أرقام البطاقات</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوضوح</translation>
    </message>
    <message>
        <source>Posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الوحدة</translation>
    </message>
    <message>
        <source>Post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل الوظائف</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملخص التكاليف</translation>
    </message>
    <message>
        <source>Pages after the chart, comparing the baseline with this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صفحات بعد المخطط تقارن خط الأساس بهذا السيناريو</translation>
    </message>
    <message>
        <source>Add tables</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة جداول</translation>
    </message>
    <message>
        <source>Review comments, by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعليقات المراجعة حسب الوحدة</translation>
    </message>
    <message>
        <source>Pages after the chart listing every comment, open ones first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صفحات بعد المخطط تسرد كل التعليقات، المفتوحة أولًا</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مرفق</translation>
    </message>
</context>
<context>
    <name>ChartPresenter</name>
    <message>
        <source>posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيرت الوظائف</translation>
    </message>
    <message>
        <source>Against {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مقارنة بـ {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CitationBox</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit, or why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوثيقة والفقرة اللتان تنصان على هذه الوحدة، أو سبب استنتاجها</translation>
    </message>
    <message>
        <source>Document and paragraph, e.g. A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوثيقة والفقرة، مثل A/72/525 الفقرة 24</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوثيقة والفقرة اللتان تنصان على هذه الوحدة</translation>
    </message>
    <message>
        <source>Inferred: the reference does not state it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مستنتجة: لا ينص عليها المرجع</translation>
    </message>
    <message>
        <source>Tick when no document states this unit: the design then says [I] and why</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد هذا الخيار إذا لم تنص أي وثيقة على هذه الوحدة: يذكر التصميم حينئذ [I] والسبب</translation>
    </message>
    <message>
        <source>Why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سبب الاستنتاج</translation>
    </message>
    <message>
        <source>Why the unit is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سبب استنتاج الوحدة</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المرجع:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>[I] inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[I] مستنتجة</translation>
    </message>
    <message>
        <source>[S] sourced</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[S] موثقة المصدر</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُذكر أي مصدر.</translation>
    </message>
</context>
<context>
    <name>CodedRowsTable</name>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>On:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>على:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المؤلف:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليق:</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة: </translation>
    </message>
    <message>
        <source>Post: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظيفة: </translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المحلولة</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليقات المراد عرضها</translation>
    </message>
    <message>
        <source>Only on the selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>على الوحدات المحددة فقط</translation>
    </message>
    <message>
        <source>List the comments on the units selected on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض التعليقات على الوحدات المحددة في المخطط</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;حل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف(&amp;D)</translation>
    </message>
    <message>
        <source>Comment on the selected unit or a post in it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليق على الوحدة المحددة أو على وظيفة فيها</translation>
    </message>
    <message>
        <source>Change the chosen comment&apos;s text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير نص التعليق المختار</translation>
    </message>
    <message>
        <source>Mark the chosen comment resolved, or open it again</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وضع علامة «تم الحل» على التعليق المختار، أو إعادة فتحه</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف التعليق المختار</translation>
    </message>
    <message>
        <source> (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>محلول</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>{0} of {1} comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} من {1} تعليقًا</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة تعليق</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ال&amp;تعليقات</translation>
    </message>
    <message>
        <source>Show the review comments on units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض تعليقات المراجعة على الوحدات والوظائف</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Units added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المضافة</translation>
    </message>
    <message>
        <source>Units succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدات تخلف وحدات سابقة</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المنقولة</translation>
    </message>
    <message>
        <source>Units renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المعاد تسميتها</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات المعدلة</translation>
    </message>
    <message>
        <source>Units abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات الملغاة</translation>
    </message>
    <message>
        <source>Units succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدات خلفتها وحدات لاحقة</translation>
    </message>
    <message>
        <source>Posts redeployed to another unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظائف نُقلت إلى وحدة أخرى</translation>
    </message>
    <message>
        <source>Posts continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظائف تستمر مع وحدتها في إدارة أخرى</translation>
    </message>
    <message>
        <source>Posts reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف المعاد تصنيفها</translation>
    </message>
    <message>
        <source>Posts moved between funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظائف نُقلت بين مصادر التمويل</translation>
    </message>
    <message>
        <source>Posts established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف المنشأة</translation>
    </message>
    <message>
        <source>Posts abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف الملغاة</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط المضافة</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط المعدلة</translation>
    </message>
    <message>
        <source>Lines removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط المحذوفة</translation>
    </message>
    <message>
        <source>Bodies added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات المضافة</translation>
    </message>
    <message>
        <source>Body members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير أعضاء الهيئات</translation>
    </message>
    <message>
        <source>Body chairs changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير رئاسة الهيئات</translation>
    </message>
    <message>
        <source>Bodies removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات المحذوفة</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأدوار المسندة</translation>
    </message>
    <message>
        <source>Roles reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأدوار المعاد إسنادها</translation>
    </message>
    <message>
        <source>Roles cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأدوار الملغاة</translation>
    </message>
    <message>
        <source>Rule settings changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير إعدادات القواعد</translation>
    </message>
    <message>
        <source>The scenario to compare the shown one with; the cards mark what changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السيناريو المراد مقارنة المعروض به؛ تُظهر البطاقات ما تغيّر</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغير</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بـ:</translation>
    </message>
    <message>
        <source>Nothing (compare mode off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا شيء (وضع المقارنة متوقف)</translation>
    </message>
    <message>
        <source>Choose a scenario to see what changed since it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختر سيناريو لمعرفة ما تغيّر منذه.</translation>
    </message>
    <message>
        <source>Nothing differs from {0}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد اختلاف عن {0}.</translation>
    </message>
    <message>
        <source>Against {0}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مقارنة بـ {0}: </translation>
    </message>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظيفة</translation>
    </message>
    <message>
        <source>, {0} listed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>، المعروض {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>1 unresolved conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعارض واحد لم يُحل</translation>
    </message>
    <message>
        <source>%n unresolved conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعارضات لم تُحل: %n</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير التعارض</translation>
    </message>
    <message>
        <source>Place:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الموضع:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأساس:</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسختنا:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسختهم:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <source>Keep (JSON):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإبقاء على (JSON):</translation>
    </message>
    <message>
        <source>that is not JSON: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هذا ليس JSON: </translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأساس</translation>
    </message>
    <message>
        <source>Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسختنا</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحالية</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اعتماد نسختنا(&amp;O)</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اعتماد نسختهم(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;تحرير…</translation>
    </message>
    <message>
        <source>Put our branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وضع قيمة فرعنا (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Put their branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وضع قيمة فرعهم (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Type the value to keep (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اكتب القيمة المراد الإبقاء عليها (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing to decide.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد تعارضات دمج: لا شيء للبت فيه.</translation>
    </message>
    <message>
        <source>: choose each one&apos;s value. Saving keeps those not decided yet.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>، اختر قيمة كل منها. يحتفظ الحفظ بالتعارضات التي لم يُبت فيها بعد.</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هذا السيناريو</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغير</translation>
    </message>
    <message>
        <source>not cost neutral</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>غير محايد من حيث التكلفة</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>This is the baseline: {0} {1} a year.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هذا هو خط الأساس: {0} {1} في السنة.</translation>
    </message>
    <message>
        <source>✗ Not cost neutral ({0} a year): {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✗ غير محايد من حيث التكلفة ({0} في السنة): {1}</translation>
    </message>
    <message>
        <source>✓ Cost neutral: every funding source costs what the baseline cost ({0} a year).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✓ محايد من حيث التكلفة: يكلف كل مصدر تمويل ما كان يكلفه في خط الأساس ({0} في السنة).</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جميع مصادر التمويل</translation>
    </message>
</context>
<context>
    <name>CostSummaryDialog</name>
    <message>
        <source>Cost Summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملخص التكاليف</translation>
    </message>
    <message>
        <source>Grade pyramid: baseline against</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هرم الرتب: خط الأساس مقابل</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Any source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أي مصدر</translation>
    </message>
    <message>
        <source>Every duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جميع مراكز العمل</translation>
    </message>
    <message>
        <source>not said</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Where the costs come from (a budget document, a year)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر التكاليف (وثيقة ميزانية، سنة)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العملة(&amp;U):</translation>
    </message>
    <message>
        <source>Cost &amp;year:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سنة التكاليف(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Source or note:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر أو الملاحظة(&amp;S):</translation>
    </message>
    <message>
        <source>Annual standard cost per post. A cost under a funding source applies to that source&apos;s posts and wins over the cost for any source; leave a cell empty for no cost.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة القياسية السنوية لكل وظيفة. تنطبق التكلفة تحت مصدر تمويل على وظائف ذلك المصدر وتتقدم على التكلفة لأي مصدر؛ اترك الخلية فارغة لعدم وجود تكلفة.</translation>
    </message>
    <message>
        <source>Costs at duty s&amp;tation:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكاليف في مركز العمل:(&amp;T)</translation>
    </message>
    <message>
        <source>A post costs its station&apos;s cost for its grade and source, else the cost for every station and its source, else its station&apos;s cost for any source, else the cost for every station and any source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة الوظيفة هي تكلفة مركز عملها لرتبتها ومصدرها، وإلا فتكلفة جميع المراكز لمصدرها، وإلا فتكلفة مركز عملها لأي مصدر، وإلا فتكلفة جميع المراكز لأي مصدر.</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}، في {1}</translation>
    </message>
    <message>
        <source>the cost of {0} is not a whole number ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة {0} ليست عدداً صحيحاً ({1})</translation>
    </message>
    <message>
        <source>a cost year is a number such as 2018, or empty</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سنة التكاليف رقم مثل 2018، أو تُترك فارغة</translation>
    </message>
</context>
<context>
    <name>DesignPropertiesDialog</name>
    <message>
        <source>Design Properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خصائص التصميم</translation>
    </message>
    <message>
        <source>Scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أوصاف السيناريوهات</translation>
    </message>
</context>
<context>
    <name>DesignSettingsDialog</name>
    <message>
        <source>Design Settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعدادات التصميم</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يحتوي {0} على تغييرات غير محفوظة. هل تريد حفظها؟</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
        <source>{0} was changed by another program or person since you opened or saved it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>غيّر برنامج آخر أو شخص آخر {0} منذ أن فتحته أو حفظته.</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (it is kept as the backup file ending in ~). Save As keeps both.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يستبدل «استبدال» نسختهم بنسختك (وتُحفظ نسختهم في الملف الاحتياطي المنتهي بـ ~). أما «حفظ باسم» فيحتفظ بالنسختين.</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الملف للقراءة فقط</translation>
    </message>
    <message>
        <source>{0} is marked read-only: someone meant it to stay as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} مُعلَّم للقراءة فقط: قصد أحدهم أن يبقى كما هو.</translation>
    </message>
    <message>
        <source>Overwrite replaces it anyway (the old version is kept as the backup file ending in ~, and the file stays read-only). Save As writes a new file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يستبدل «استبدال» الملف على أي حال (تُحفظ النسخة القديمة في الملف الاحتياطي المنتهي بـ ~ ويبقى الملف للقراءة فقط). أما «حفظ باسم» فيكتب ملفًا جديدًا.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حفظ باسم…</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Organisation designs ({0});;All files (*)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصاميم التنظيمية ({0});;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>The templates cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر قراءة القوالب</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جارٍ فتح {0}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جارٍ قراءة الملف والتحقق منه…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتعذر فتح هذا الملف</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر قراءة هذا الملف</translation>
    </message>
    <message>
        <source>Laying out and drawing the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جارٍ ترتيب المخطط ورسمه…</translation>
    </message>
    <message>
        <source>Opened {0}; {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فُتح {0}؛ {1}</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حفظ التصميم باسم</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُحفظ التصميم</translation>
    </message>
    <message>
        <source>{0}. The design is still open and unsaved; try again, or choose another folder with Save As.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}. لا يزال التصميم مفتوحًا وغير محفوظ؛ حاول مرة أخرى أو اختر مجلدًا آخر باستخدام «حفظ باسم».</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حُفظ {0}</translation>
    </message>
    <message>
        <source>The untitled design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصميم غير المعنون</translation>
    </message>
    <message>
        <source>Open design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح تصميم</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>orgeditor met an unexpected error and stopped what it was doing. The design is still open.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>واجه orgeditor خطأً غير متوقع وأوقف ما كان يفعله. لا يزال التصميم مفتوحًا.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ التفاصيل</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سجل %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإيداع</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المؤلف</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Each commit against the one before it. Choose one to compare the chart with it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل إيداع مقارنةً بالذي قبله. اختر واحدًا لمقارنة المخطط به.</translation>
    </message>
    <message>
        <source>&amp;Compare with This Version</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بهذا الإصدار(&amp;C)</translation>
    </message>
    <message>
        <source>the design was removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُزيل التصميم</translation>
    </message>
    <message>
        <source>nothing in the design changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يتغير شيء في التصميم</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأخطاء</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التحذيرات</translation>
    </message>
    <message>
        <source>Information</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التجميع حسب الخطورة</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التجميع حسب القاعدة</translation>
    </message>
    <message>
        <source>Group by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التجميع حسب الوحدة</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصميم كله</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية النتائج</translation>
    </message>
    <message>
        <source>Filter by rule, unit or words</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية حسب القاعدة أو الوحدة أو الكلمات</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, units or text contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض النتائج التي تتضمن قاعدتها أو وحداتها أو نصها كل الكلمات فقط</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تجميع النتائج حسب</translation>
    </message>
    <message>
        <source>Group the findings by severity, by rule or by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تجميع النتائج حسب الخطورة أو القاعدة أو الوحدة</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تطبيق الإصلاح</translation>
    </message>
    <message>
        <source>Apply the fix shown for the selected finding (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تطبيق الإصلاح المعروض على النتيجة المحددة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إيقاف هذه القاعدة</translation>
    </message>
    <message>
        <source>Turn off this rule for this design (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إيقاف هذه القاعدة لهذا التصميم (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُتحقق منه</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإصلاح المقترح: {0}</translation>
    </message>
    <message>
        <source>Turn off {0} for this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إيقاف {0} لهذا التصميم</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Add orgeditor to this desktop?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هل تريد إضافة orgeditor إلى سطح المكتب هذا؟</translation>
    </message>
    <message>
        <source>Add orgeditor to the applications menu and open .orgdesign files with it?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هل تريد إضافة orgeditor إلى قائمة التطبيقات وفتح ملفات ‎.orgdesign به؟</translation>
    </message>
    <message>
        <source>A double-click on a design then opens it here. You are asked only once: to change it later, start orgeditor with --install-desktop or --uninstall-desktop.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عندئذ يفتح النقر المزدوج على التصميم هنا. لا يُطرح هذا السؤال إلا مرة واحدة: لتغييره لاحقًا، شغّل orgeditor مع ‎--install-desktop أو ‎--uninstall-desktop.</translation>
    </message>
    <message>
        <source>The desktop&apos;s files cannot be written: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر كتابة ملفات سطح المكتب: {0}</translation>
    </message>
</context>
<context>
    <name>FundingPartsEditor</name>
    <message>
        <source>Whole source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر بأكمله</translation>
    </message>
    <message>
        <source>Each part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل جزء</translation>
    </message>
    <message>
        <source>New &amp;Part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جزء جديد(&amp;P)</translation>
    </message>
    <message>
        <source>Delete P&amp;art…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف الجزء(&amp;A)…</translation>
    </message>
    <message>
        <source>Cost &amp;neutrality checked for:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يُتحقق من حياد التكلفة لـ:(&amp;N)</translation>
    </message>
    <message>
        <source>Parts (posts and cost rates may name a part):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأجزاء (يجوز أن تحدد الوظائف ومعدلات التكلفة جزءًا):</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;as opened&gt;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&lt;عند الفتح&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد وحدة</translation>
    </message>
    <message>
        <source>department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إدارة</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هيكل</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>شعبة</translation>
    </message>
    <message>
        <source>service</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فرع</translation>
    </message>
    <message>
        <source>section</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>قسم</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>team</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فريق</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وجود ميداني</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هيئة</translation>
    </message>
    <message>
        <source>peacekeeping operation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عملية حفظ سلام</translation>
    </message>
    <message>
        <source>special political mission</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بعثة سياسية خاصة</translation>
    </message>
    <message>
        <source>regional office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكتب إقليمي</translation>
    </message>
    <message>
        <source>envoy</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مبعوث</translation>
    </message>
    <message>
        <source>political process office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكتب عملية سياسية</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مزدوج</translation>
    </message>
    <message>
        <source>dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منقّط</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة الرئيس</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز العمل</translation>
    </message>
    <message>
        <source>Field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوجود الميداني</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإدارة الرائدة</translation>
    </message>
    <message>
        <source>Backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تدعمها</translation>
    </message>
    <message>
        <source>Entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة الدخول لـ</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Justification</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المبرر</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المرجع</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التسمية التوضيحية</translation>
    </message>
    <message>
        <source>Condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Add line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>The unit the new line goes to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة التي يتجه إليها الخط الجديد</translation>
    </message>
    <message>
        <source>Line to unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط إلى الوحدة</translation>
    </message>
    <message>
        <source>Line kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الخط</translation>
    </message>
    <message>
        <source>Dual (dashed) or dotted reporting line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط تبعية مزدوج (متقطع) أو منقط</translation>
    </message>
    <message>
        <source>Add a line of the chosen kind to the chosen unit (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط من النوع المختار إلى الوحدة المختارة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Remove the selected lines (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة الخطوط المحددة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Dual and dotted lines from this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط المزدوجة والمنقطة من هذه الوحدة</translation>
    </message>
    <message>
        <source>The unit&apos;s full name, as the chart shows it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم الكامل للوحدة كما يظهر في المخطط</translation>
    </message>
    <message>
        <source>An abbreviation (DPPA, EAD), shown under the name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختصار (DPPA، EAD) يظهر تحت الاسم</translation>
    </message>
    <message>
        <source>Department, office, division, section … (the card&apos;s colour)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إدارة، مكتب، شعبة، قسم… (لون البطاقة)</translation>
    </message>
    <message>
        <source>The grade of the post that heads the unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة الوظيفة التي ترأس الوحدة</translation>
    </message>
    <message>
        <source>The region the unit covers, if any</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنطقة التي تغطيها الوحدة، إن وجدت</translation>
    </message>
    <message>
        <source>The duty station: it sets the posts&apos; standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز العمل: يحدد التكاليف القياسية للوظائف</translation>
    </message>
    <message>
        <source>For a field presence: mission, office or centre</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>للوجود الميداني: بعثة أو مكتب أو مركز</translation>
    </message>
    <message>
        <source>The department that leads this field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإدارة الرائدة لهذا الوجود الميداني</translation>
    </message>
    <message>
        <source>The unit at headquarters that backstops this one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة في المقر التي تدعم هذه الوحدة</translation>
    </message>
    <message>
        <source>The regions or segments this unit is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المناطق أو الشرائح التي تمثل هذه الوحدة نقطة الدخول لها</translation>
    </message>
    <message>
        <source>The functions the unit performs (ticked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهام التي تؤديها الوحدة (المحددة)</translation>
    </message>
    <message>
        <source>A note shown in the card&apos;s tooltip and in reports</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاحظة تظهر في تلميح البطاقة وفي التقارير</translation>
    </message>
    <message>
        <source>Why the unit exists or changes, for the proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سبب وجود الوحدة أو تغييرها، لأغراض المقترح</translation>
    </message>
    <message>
        <source>The document that establishes it, e.g. ST/SGB/2009/13</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوثيقة التي تنشئها، مثل ST/SGB/2009/13</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإعدادات(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>System Default ({0})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لغة النظام ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The interface will be in {0} the next time orgeditor starts.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ستظهر الواجهة بلغة {0} عند تشغيل orgeditor في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>new since the compared scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جديد منذ السيناريو المقارَن</translation>
    </message>
    <message>
        <source>takes over from a unit that went</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحل محل وحدة أُلغيت</translation>
    </message>
    <message>
        <source>under another parent than before</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحت وحدة أعلى غير السابقة</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُعيدت تسميته</translation>
    </message>
    <message>
        <source>fields or posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيرت الحقول أو الوظائف</translation>
    </message>
    <message>
        <source>errors of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أخطاء القواعد (العدد)</translation>
    </message>
    <message>
        <source>warnings of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحذيرات القواعد (العدد)</translation>
    </message>
    <message>
        <source>notes of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاحظات القواعد (العدد)</translation>
    </message>
    <message>
        <source>Unit colours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ألوان الوحدات</translation>
    </message>
    <message>
        <source>Lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط</translation>
    </message>
    <message>
        <source>reports to (primary line)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتبع (الخط الرئيسي)</translation>
    </message>
    <message>
        <source>dual reporting line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط تبعية مزدوجة (توضح التسمية متى)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط منقط</translation>
    </message>
    <message>
        <source>Badges</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشارات</translation>
    </message>
    <message>
        <source>Compare marks (View &gt; Compare with Baseline)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>علامات المقارنة (عرض &gt; المقارنة بخط الأساس)</translation>
    </message>
    <message>
        <source>+N under a card: N sub-units are collapsed (double-click to show them).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>+N أسفل البطاقة: N من الوحدات الفرعية مطوية (انقر نقرًا مزدوجًا لعرضها).</translation>
    </message>
</context>
<context>
    <name>LegibleChoice</name>
    <message>
        <source>Use one sheet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استخدام ورقة واحدة {0} بنسبة {1}٪</translation>
    </message>
    <message>
        <source>Use tiles on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استخدام التجانب على {0} بنسبة {1}٪</translation>
    </message>
    <message>
        <source>Use a booklet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استخدام كتيّب على {0} بنسبة {1}٪</translation>
    </message>
    <message>
        <source>{0} portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} عمودي</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} أفقي</translation>
    </message>
    <message>
        <source>{0}: 1 sheet, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: ورقة واحدة، أصغر نص {2} نقطة</translation>
    </message>
    <message>
        <source>{0}: {1} sheets, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: عدد الأوراق {1}، أصغر نص {2} نقطة</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أصغر نص</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt at 100% (an image is drawn at full size)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أصغر نص: {0} نقطة بنسبة 100٪ (تُرسم الصورة بالحجم الكامل)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt (1 page at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أصغر نص: {0} نقطة (صفحة واحدة بنسبة {1}٪)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt ({2} pages at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أصغر نص: {0} نقطة (عدد الصفحات {2} بنسبة {1}٪)</translation>
    </message>
    <message>
        <source>{0}: under {1} pt, hard to read. Instead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: أقل من {1} نقطة، يصعب قراءته. بدلاً من ذلك:</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيكل التنظيمي</translation>
    </message>
    <message>
        <source>Chart canvas: arrows move between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لوحة المخطط: تنتقل الأسهم بين الوحدات</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخصائص</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفتاح الرموز</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حفظ باسم(&amp;A)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح ملف حديث(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح نموذج(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير المخطط(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير تقرير(&amp;R)…</translation>
    </message>
    <message>
        <source>Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جداول الوظائف أو النقل أو التكاليف أو التغييرات بصيغة XLSX أو CSV أو HTML أو PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تبادل البيانات(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استيراد الوحدات والوظائف(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge units and posts from CSV or XLSX into this scenario (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دمج الوحدات والوظائف من ملف CSV أو XLSX في هذا السيناريو (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Write Import &amp;Template…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء قالب استيراد(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير الوحدات والوظائف(&amp;U)…</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير GraphML(&amp;G)…</translation>
    </message>
    <message>
        <source>Auto&amp;save Every…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحفظ التلقائي كل(&amp;S)…</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد مرات حفظ نسخة استرداد من التغييرات غير المحفوظة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خروج(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Add Unit Below…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة وحدة تابعة(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف الوحدات(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل إلى(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بحث(&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكبير(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصغير(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاءمة النافذة(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحجم الفعلي(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تخطيط مضغوط(&amp;C)</translation>
    </message>
    <message>
        <source>Align Rows by &amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>محاذاة الصفوف حسب الرتبة(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>توسيع الكل(&amp;E)</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بخط الأساس(&amp;B)</translation>
    </message>
    <message>
        <source>Mark what is new, moved or changed against the baseline, and list it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تمييز ما هو جديد أو منقول أو متغير مقارنة بخط الأساس وإدراجه</translation>
    </message>
    <message>
        <source>Cost &amp;Summary…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملخص التكاليف(&amp;S)…</translation>
    </message>
    <message>
        <source>Cost per funding source of every scenario, and a grade pyramid</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة حسب مصدر التمويل لكل سيناريو، وهرم الرتب</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصميم(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإعدادات(&amp;S)…</translation>
    </message>
    <message>
        <source>Grades, standard costs, funding sources, functions, department roles, rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتب، والتكاليف القياسية، ومصادر التمويل، والمهام، وأدوار الإدارات، والقواعد</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخصائص(&amp;P)…</translation>
    </message>
    <message>
        <source>Title, author, description and provenance notes; scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العنوان والمؤلف والوصف وملاحظات المصدر؛ أوصاف السيناريوهات</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختصارات لوحة المفاتيح(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القواعد(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حول {0}(&amp;A)</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البحث عن وحدة (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البحث عن وحدة</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name, then Return for the next match</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اكتب جزءًا من اسم الوحدة، ثم اضغط Enter للانتقال إلى التطابق التالي</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جارٍ التحقق من القواعد…</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأخطاء: {0}، التحذيرات: {1}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُنفَّذ: {0}</translation>
    </message>
    <message>
        <source>Cost change: {0} {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغير في التكلفة: {0} {1}</translation>
    </message>
    <message>
        <source>Cost change: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغير في التكلفة: {0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحفظ التلقائي</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved changes every (minutes; 0: never):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاحتفاظ بنسخة استرداد من التغييرات غير المحفوظة كل (بالدقائق؛ 0: أبدًا):</translation>
    </message>
    <message>
        <source>Select the unit to add a unit below</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد الوحدة التي ستُضاف تحتها وحدة</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة وحدة</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم الوحدة الجديدة:</translation>
    </message>
    <message>
        <source>Select the units to move first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد الوحدات المراد نقلها أولًا</translation>
    </message>
    <message>
        <source>No unit matches “{0}”</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة تطابق ”{0}“</translation>
    </message>
    <message>
        <source>{0} of {1}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} من {1}: </translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ السيناريو</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم المقترح الجديد:</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} (نسخة)</translation>
    </message>
</context>
<context>
    <name>MapToDialog</name>
    <message>
        <source>Delete {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <source>&amp;Map and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استبدال وحذف(&amp;M)</translation>
    </message>
    <message>
        <source>{0} is in use:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} قيد الاستخدام:</translation>
    </message>
    <message>
        <source>Everything that uses it will use the one chosen below instead, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل ما يستخدمه سيستخدم بدلاً منه العنصر المختار أدناه، في خطوة واحدة يمكن التراجع عنها.</translation>
    </message>
    <message>
        <source>Map to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استبداله بـ:</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخريطة المصغرة</translation>
    </message>
    <message>
        <source>The whole chart: click or drag to move the view there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المخطط كله: انقر أو اسحب لنقل العرض إلى هناك</translation>
    </message>
    <message>
        <source>&amp;Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخريطة المصغرة(&amp;M)</translation>
    </message>
    <message>
        <source>Show the whole chart small in the canvas&apos;s corner</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض المخطط كله مصغرًا في زاوية اللوحة</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move to…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Type to filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اكتب لتصفية الوحدات</translation>
    </message>
    <message>
        <source>Move {0} under:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {0} تحت:</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية الوحدات</translation>
    </message>
    <message>
        <source>New parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة الأعلى الجديدة</translation>
    </message>
</context>
<context>
    <name>NamesBox</name>
    <message>
        <source>Names in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأسماء بلغات أخرى</translation>
    </message>
    <message>
        <source>The unit&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم الوحدة واسمها المختصر بكل لغة من لغات التصميم</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Type a name to add it; empty the name to remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اكتب اسمًا لإضافته؛ وأفرغه لإزالته</translation>
    </message>
    <message>
        <source>Language tag, e.g. ru or pt-BR</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وسم اللغة، مثل ru أو pt-BR</translation>
    </message>
    <message>
        <source>A BCP 47 language tag for a new row of names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وسم لغة BCP 47 لصف أسماء جديد</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة لغة</translation>
    </message>
    <message>
        <source>Add a row for names in this language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة صف للأسماء بهذه اللغة</translation>
    </message>
    <message>
        <source>{0} is the design&apos;s own language: edit the name above</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} هي لغة التصميم نفسه: عدّل الاسم أعلاه</translation>
    </message>
    <message>
        <source>A short name needs a name in the same language.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتطلب الاسم المختصر اسمًا باللغة نفسها.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصميم جديد</translation>
    </message>
    <message>
        <source>Create</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Start the new design from:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بدء التصميم الجديد من:</translation>
    </message>
</context>
<context>
    <name>PostsBox</name>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظيفة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المسمى</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl, Shift) to act on them at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حدد عدة صفوف (Ctrl أو Shift) للعمل عليها معًا</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية الوظائف</translation>
    </message>
    <message>
        <source>Filter posts by id, grade, funding or title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية الوظائف حسب الرقم أو الرتبة أو التمويل أو المسمى</translation>
    </message>
    <message>
        <source>Show only the posts whose id, grade, funding or title contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض الوظائف التي يحتوي رقمها أو رتبتها أو تمويلها أو مسماها على كل الكلمات فقط</translation>
    </message>
    <message>
        <source>The grade of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة الوظيفة المراد إنشاؤها</translation>
    </message>
    <message>
        <source>The funding source of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر تمويل الوظيفة المراد إنشاؤها</translation>
    </message>
    <message>
        <source>The grade to reclassify the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة المراد إعادة تصنيف الوظائف المحددة إليها</translation>
    </message>
    <message>
        <source>The funding source to move the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر التمويل المراد نقل الوظائف المحددة إليه</translation>
    </message>
    <message>
        <source>Establish post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء وظيفة</translation>
    </message>
    <message>
        <source>Establish a new post in this unit at the grade and funding chosen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء وظيفة جديدة في هذه الوحدة بالرتبة والتمويل المختارين</translation>
    </message>
    <message>
        <source>Reclassify selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف المحدد</translation>
    </message>
    <message>
        <source>Reclassify the selected posts to the grade chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف الوظائف المحددة إلى الرتبة المختارة (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Change funding of selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير تمويل المحدد</translation>
    </message>
    <message>
        <source>Fund the selected posts from the source chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تمويل الوظائف المحددة من المصدر المختار (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>Redeploy To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Redeploy the selected posts to a unit you pick (or drag the rows)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل الوظائف المحددة إلى وحدة تختارها (أو اسحب الصفوف)</translation>
    </message>
    <message>
        <source>Abolish selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء المحدد</translation>
    </message>
    <message>
        <source>Abolish the selected posts (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء الوظائف المحددة (خطوة تراجع واحدة)</translation>
    </message>
    <message>
        <source>The selected post&apos;s title in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مسمى الوظيفة المحددة بكل لغة من لغات التصميم</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Title of post {0} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مسمى الوظيفة {0} بلغات أخرى</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print — {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>طباعة — {0}</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>PBSO&apos;s components: pbc-branch, ppab, fpb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكونات PBSO: pbc-branch, ppab, fpb</translation>
    </message>
    <message>
        <source>pbso=ASG, oma=ASG</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pbso=ASG, oma=ASG</translation>
    </message>
    <message>
        <source>A unit&apos;s head grade is that of its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة رئيس الوحدة هي رتبة أعلى وظيفة فيها</translation>
    </message>
    <message>
        <source>A field presence sits under its lead department on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يقع الوجود الميداني تحت إدارته الرائدة في المخطط</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Groups kept &amp;together:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مجموعات تبقى معًا:(&amp;T)</translation>
    </message>
    <message>
        <source>Required &amp;head grades:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتب الرؤساء المطلوبة:(&amp;H)</translation>
    </message>
    <message>
        <source>Fewest entry-point &amp;holders:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أقل عدد لنقاط الدخول:(&amp;H)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فشل الحفظ التلقائي: {0}: {1}</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استعادة التغييرات غير المحفوظة؟</translation>
    </message>
    <message>
        <source>orgeditor did not close normally. It kept a recovery copy, with the changes that were not saved, made at {0}, of:

{1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُغلق orgeditor بشكل طبيعي. وقد احتفظ بنسخة استرداد تتضمن التغييرات غير المحفوظة، أُنشئت في {0}، من:

{1}</translation>
    </message>
    <message>
        <source>Restore opens the copy as an unsaved design; save it to keep it. Discard deletes the copy. Decide Later asks again at the next start.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تفتح «استعادة» النسخة كتصميم غير محفوظ؛ احفظه للاحتفاظ به. ويحذف «تجاهل» النسخة. ويعيد «القرار لاحقًا» السؤال عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <source>The recovery copy cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر فتح نسخة الاسترداد</translation>
    </message>
    <message>
        <source>Restored the recovery copy of {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استُعيدت نسخة الاسترداد من {0}</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل إلى</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اكتب جزءًا من اسم الوحدة</translation>
    </message>
    <message>
        <source>Redeploy 1 post to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل وظيفة واحدة إلى:</translation>
    </message>
    <message>
        <source>Redeploy {0} posts to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {0} من الوظائف إلى:</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة العليا</translation>
    </message>
    <message>
        <source>Every mapped department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جميع الإدارات المعيَّنة</translation>
    </message>
    <message>
        <source>Department role…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور الإدارة…</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المكتب التنفيذي</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيكل المشترك</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فريق كبار المسؤولين</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة…</translation>
    </message>
    <message>
        <source>Department role: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور الإدارة: {0}</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة: {0}</translation>
    </message>
</context>
<context>
    <name>RenameScenarioDialog</name>
    <message>
        <source>Rename scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية السيناريو</translation>
    </message>
    <message>
        <source>The scenario&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اسم السيناريو واسمه المختصر بكل لغة من لغات التصميم</translation>
    </message>
    <message>
        <source>New name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم الجديد:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجدول</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>The cost summary compares the first scenario with every other one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يقارن ملخص التكاليف السيناريو الأول بكل سيناريو آخر</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُكتب التقرير</translation>
    </message>
    <message>
        <source>Wrote {0} ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كُتب {0} ({1})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <source>The tables cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر قراءة الجداول</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصفحات: {0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصنف Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>CSV، مفصول بفواصل ‏(*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صفحة ويب ‏(*.html)</translation>
    </message>
    <message>
        <source>PDF, printable pages (*.pdf)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF، صفحات قابلة للطباعة ‏(*.pdf)</translation>
    </message>
    <message>
        <source>{0}: 1 problem (first: {1}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: مشكلة واحدة (الأولى: {1}). صحّح الصفوف واستورد مرة أخرى؛ يسرد «إظهار التفاصيل» كل مشكلة.</translation>
    </message>
    <message>
        <source>{0}: {1} problems (first: {2}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: المشكلات: {1} (الأولى: {2}). صحّح الصفوف واستورد مرة أخرى؛ يسرد «إظهار التفاصيل» كل مشكلة.</translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استُورد {0} إلى {1}: الوحدات {2}، الوظائف {3} (يمكن التراجع)</translation>
    </message>
    <message>
        <source>Import units and posts into {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استيراد الوحدات والوظائف إلى {0}</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جداول (*.xlsx *.csv);;مصنفات Excel ‏(*.xlsx);;ملفات CSV ‏(*.csv)</translation>
    </message>
    <message>
        <source>Write import template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء قالب استيراد</translation>
    </message>
    <message>
        <source>Export units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير الوحدات والوظائف</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير GraphML</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُكتب الملف</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصدير المخطط</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جارٍ تصدير المخطط…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُلغي التصدير؛ لم يُكتب أي ملف</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُصدَّر المخطط</translation>
    </message>
    <message>
        <source>; {0} units without a name in the chart language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>؛ وحدات بلا اسم بلغة المخطط: {0}</translation>
    </message>
    <message>
        <source>Exported {0} ({1}){2}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صُدِّر {0} ({1}){2}</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>no limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بلا حد</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عمليات حفظ السلام</translation>
    </message>
    <message>
        <source>Special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البعثات السياسية الخاصة</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المكاتب الإقليمية</translation>
    </message>
    <message>
        <source>Envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المبعوثون</translation>
    </message>
    <message>
        <source>Political process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكاتب العمليات السياسية</translation>
    </message>
    <message>
        <source>Other field presences</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أشكال الوجود الميداني الأخرى</translation>
    </message>
    <message>
        <source>&amp;Senior grade (from):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة العليا (بدءاً من)(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Entry-point grade:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة نقطة الدخول(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Gender function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهمة الجنسانية(&amp;G):</translation>
    </message>
    <message>
        <source>Peacebuilding &amp;Fund function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مهمة صندوق بناء السلام(&amp;F):</translation>
    </message>
    <message>
        <source>Missions that name &amp;no lead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البعثات التي لا تحدد جهة رائدة(&amp;N):</translation>
    </message>
    <message>
        <source>Cost &amp;tolerance:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هامش التكلفة المسموح(&amp;T):</translation>
    </message>
    <message>
        <source>Largest s&amp;pan of control:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أقصى نطاق إشراف(&amp;P):</translation>
    </message>
    <message>
        <source>Most &amp;layers below the top:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أقصى عدد من المستويات تحت القمة(&amp;L):</translation>
    </message>
    <message>
        <source>Limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>Functions the rules watch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهام التي ترصدها القواعد</translation>
    </message>
    <message>
        <source>Lead department role by field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور الإدارة الرائدة حسب نوع الوجود الميداني</translation>
    </message>
    <message>
        <source>the tolerance is a whole amount, such as 0</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهامش المسموح مبلغ صحيح، مثل 0</translation>
    </message>
    <message>
        <source>Promises the rules check</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الالتزامات التي تتحقق منها القواعد</translation>
    </message>
    <message>
        <source>Department whose dual line names each field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإدارة التي يحدد خطها المزدوج كل وجود ميداني</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}:</translation>
    </message>
</context>
<context>
    <name>RuleSwitchesPage</name>
    <message>
        <source>{0} reports at {1} unless changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تُبلغ {0} بمستوى {1} ما لم يُغيَّر</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>In this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>في هذا التصميم</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المسمى</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Untick a rule to stop checking it in this design; its findings are listed as skipped. The severity is the one its findings report at. Both are saved in the file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ألغِ تحديد قاعدة لإيقاف التحقق منها في هذا التصميم؛ وتُدرج نتائجها على أنها متخطاة. ودرجة الخطورة هي المستوى الذي تُبلَّغ به نتائجها. ويُحفظ كلاهما في الملف.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القاعدة</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المسمى</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطورة</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Copy…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ…</translation>
    </message>
    <message>
        <source>Create a proposal as a copy of the selected scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء مقترح كنسخة من السيناريو المحدد</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Rename the selected scenario (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية السيناريو المحدد (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Delete the selected proposal (undoable; the baseline stays)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف المقترح المحدد (يمكن التراجع عنه؛ يبقى خط الأساس)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مقترح</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>The {0} this unit belongs to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>انتماء هذه الوحدة ({0})</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>(any grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(أي رتبة)</translation>
    </message>
    <message>
        <source>A segment kind is a list the organisation is divided by: regions, client groups, sectors. Units belong to an item and may be its entry point (Inspector, Segments). When a kind needs one entry point, the rules ask for exactly one per item.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الشريحة قائمة تُقسَّم المنظمة بحسبها: المناطق، وفئات العملاء، والقطاعات. وتنتمي الوحدات إلى عنصر ويجوز أن تكون نقطة الدخول إليه (أداة الفحص، الشرائح). وحين يتطلب نوع ما نقطة دخول، تطلب القواعد نقطة واحدة بالضبط لكل عنصر.</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقاط الدخول</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>&amp;New Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع جديد(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete Kind…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف النوع(&amp;D)…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك لأعلى(&amp;U)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك لأسفل(&amp;W)</translation>
    </message>
    <message>
        <source>singular, such as client group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بصيغة المفرد، مثل فئة العملاء</translation>
    </message>
    <message>
        <source>Each item needs one &amp;entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يحتاج كل عنصر إلى نقطة دخول واحدة(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Singular name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم بصيغة المفرد(&amp;S)</translation>
    </message>
    <message>
        <source>Entry-point &amp;grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة نقطة الدخول(&amp;G)</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عنصر جديد(&amp;I)</translation>
    </message>
    <message>
        <source>Delete I&amp;tem…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف العنصر(&amp;T)…</translation>
    </message>
    <message>
        <source>Item U&amp;p</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك العنصر لأعلى(&amp;P)</translation>
    </message>
    <message>
        <source>Item D&amp;own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحريك العنصر لأسفل(&amp;O)</translation>
    </message>
    <message>
        <source>Items:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العناصر:</translation>
    </message>
    <message>
        <source>region (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منطقة (مدمجة)</translation>
    </message>
    <message>
        <source>one per item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>واحدة لكل عنصر</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يُتحقَّق منه</translation>
    </message>
    <message>
        <source>Segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الشريحة {0}</translation>
    </message>
    <message>
        <source>New segment kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع شريحة جديد</translation>
    </message>
    <message>
        <source>Regions (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المناطق (مدمجة)</translation>
    </message>
    <message>
        <source>Delete segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف نوع الشريحة {0}</translation>
    </message>
    <message>
        <source>Segment kind {0} is in use:
{1}

Deleting it takes these units out of it, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الشريحة {0} قيد الاستخدام:
{1}

يؤدي حذفه إلى إخراج هذه الوحدات منه، في خطوة واحدة يمكن التراجع عنها.</translation>
    </message>
    <message>
        <source>&amp;Clear and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مسح وحذف(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكاليف</translation>
    </message>
    <message>
        <source>Grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتب</translation>
    </message>
    <message>
        <source>Funding Sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصادر التمويل</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Department Roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أدوار الإدارات</translation>
    </message>
    <message>
        <source>Duty Stations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مراكز العمل</translation>
    </message>
    <message>
        <source>Rule Parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معلمات القواعد</translation>
    </message>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القواعد</translation>
    </message>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشرائح</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية حسب الإجراء أو المفتاح</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تصفية الاختصارات</translation>
    </message>
    <message>
        <source>Show only the actions whose name or keys contain this text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عرض الإجراءات التي يتضمن اسمها أو مفاتيحها هذا النص فقط</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صفحة البداية</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح ملف(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a design file from disk (Ctrl+O)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح ملف تصميم من القرص (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start on the &amp;Blank Chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البدء بمخطط فارغ(&amp;B)</translation>
    </message>
    <message>
        <source>Close this page and work on the untitled design (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إغلاق هذه الصفحة والعمل على التصميم بلا عنوان (Esc)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الملفات الحديثة</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد ملفات حديثة بعد</translation>
    </message>
    <message>
        <source>Open a sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فتح نموذج</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جديد من قالب</translation>
    </message>
    <message>
        <source>{0}: double-click or press Return</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: انقر نقرًا مزدوجًا أو اضغط Enter</translation>
    </message>
    <message>
        <source>Welcome to orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مرحبًا بك في orgeditor</translation>
    </message>
    <message>
        <source>Open a design to work on, or start a new one. Help &gt; User Guide explains the chart, the rules and the keys.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>افتح تصميمًا للعمل عليه أو ابدأ تصميمًا جديدًا. يشرح «مساعدة &gt; دليل المستخدم» المخطط والقواعد والمفاتيح.</translation>
    </message>
    <message>
        <source>The template cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر قراءة القالب</translation>
    </message>
</context>
<context>
    <name>SuccessionBox</name>
    <message>
        <source>same id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المعرّف نفسه</translation>
    </message>
    <message>
        <source>declared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مُعلَن</translation>
    </message>
    <message>
        <source>inferred: same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مستنتَج: الاسم نفسه</translation>
    </message>
    <message>
        <source>rejected: not succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مرفوض: لا خلافة</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يخلف</translation>
    </message>
    <message>
        <source>The baseline units whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدات خط الأساس التي تستمر وظائفها في هذه الوحدة</translation>
    </message>
    <message>
        <source>Add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>A baseline unit whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة من خط الأساس تستمر وظائفها في هذه الوحدة</translation>
    </message>
    <message>
        <source>Predecessor to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة السابقة المراد إضافتها</translation>
    </message>
    <message>
        <source>Add the chosen unit as a predecessor (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة الوحدة المختارة وحدةً سابقة (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove the selected predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة الوحدات السابقة المحددة</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Confirm the inferred predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تأكيد الوحدات السابقة المستنتجة</translation>
    </message>
    <message>
        <source>Reject</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رفض</translation>
    </message>
    <message>
        <source>This unit does not succeed the inferred unit of the same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تخلف هذه الوحدة الوحدة المستنتجة التي تحمل الاسم نفسه</translation>
    </message>
    <message>
        <source>Source: document and paragraph, or [I]</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر: الوثيقة والفقرة، أو [I]</translation>
    </message>
    <message>
        <source>Where the succession is stated: a document and paragraph, or [I] for inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>موضع النص على الخلافة: وثيقة وفقرة، أو [I] إذا كانت مستنتجة</translation>
    </message>
    <message>
        <source>A baseline unit succeeds no earlier unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تخلف وحدة خط الأساس أي وحدة سابقة.</translation>
    </message>
    <message>
        <source>A new unit: its posts came by redeployment or establishment.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة جديدة: جاءت وظائفها بالنقل أو بالإنشاء.</translation>
    </message>
    <message>
        <source>Inferred from the name: confirm it, or reject it if wrong.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مستنتج من الاسم: أكّده أو ارفضه إن كان خطأ.</translation>
    </message>
    <message>
        <source>Posts that came from these units continue (not redeployed).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تستمر الوظائف الآتية من هذه الوحدات (دون نقل).</translation>
    </message>
    <message>
        <source>Choose a baseline unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختر وحدة من خط الأساس…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تراجع(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة(&amp;R)</translation>
    </message>
    <message>
        <source>Typing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تراجع عن: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة: {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة</translation>
    </message>
</context>
<context>
    <name>UnitRolesBox</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة العليا</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيكل المشترك</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المكتب التنفيذي</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فريق كبار المسؤولين</translation>
    </message>
    <message>
        <source>Role in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الدور في هذا السيناريو</translation>
    </message>
    <message>
        <source>Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة عضو</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>The role this unit plays in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الدور الذي تؤديه هذه الوحدة في هذا السيناريو</translation>
    </message>
    <message>
        <source>The unit that chairs this body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة التي ترأس هذه الهيئة</translation>
    </message>
    <message>
        <source>A unit to add to this body&apos;s members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة تُضاف إلى أعضاء هذه الهيئة</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العضو المراد إضافته</translation>
    </message>
    <message>
        <source>Add the chosen unit to the members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة الوحدة المختارة إلى الأعضاء (يمكن التراجع عنه)</translation>
    </message>
    <message>
        <source>Remove the selected members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة الأعضاء المحددين (يمكن التراجع عنهم)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرئيس</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Plays</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يؤدي دور</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختر وحدة…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دليل المستخدم</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>Compare with &amp;File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بملف(&amp;F)…</translation>
    </message>
    <message>
        <source>Mark what changed since another .orgdesign file</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تمييز ما تغيّر منذ ملف ‎.orgdesign‎ آخر</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بإصدار(&amp;V)…</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سجل الملف(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the design in a git repository to compare with its versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>احفظ التصميم في مستودع git لمقارنته بإصداراته</translation>
    </message>
    <message>
        <source>The commits that touched this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإيداعات التي مسّت هذا التصميم</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقارنة بملف</translation>
    </message>
    <message>
        <source>Designs (*.orgdesign)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصاميم (*.orgdesign)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتعذر المقارنة</translation>
    </message>
    <message>
        <source>No history</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد سجل</translation>
    </message>
    <message>
        <source>The design is not in that commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التصميم غير موجود في ذلك الإيداع</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>%1 has no scenario %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحتوي %1 على السيناريو %2</translation>
    </message>
</context>
</TS>
