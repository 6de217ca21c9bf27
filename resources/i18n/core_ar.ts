<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجداول: {tables}، الصفوف: {rows}</translation>
    </message>
    <message>
        <source>1 table, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جدول واحد، الصفوف: {rows}</translation>
    </message>
    <message>
        <source>wrote {path} ({details})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كُتب {path} ({details})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصفحات: {count}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>off (this design turns it off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معطّلة (يعطّلها هذا التصميم)</translation>
    </message>
    <message>
        <source>on, at {severity} instead of {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفعّلة، بمستوى {severity} بدلاً من {default}</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر: {source}.</translation>
    </message>
    <message>
        <source>In this design: {state}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>في هذا التصميم: {state}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(غير محدد)</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المعلمات: {names}</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>unit</source>
        <extracomment>Unit fields that hold a unit id: shown as that unit&apos;s label in its scenario. The &quot;Kind&quot; column&apos;s word for each section of a diff (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظيفة</translation>
    </message>
    <message>
        <source>line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط التبعية</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هيئة</translation>
    </message>
    <message>
        <source>role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور</translation>
    </message>
    <message>
        <source>setting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعداد</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>The &quot;Change&quot; column&apos;s words: every action&apos;s value (translated by :func:`change_word`).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير التبعية</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الاسم</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خلافة وحدات أخرى</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاستعاضة بوحدات أخرى</translation>
    </message>
    <message>
        <source>established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل</translation>
    </message>
    <message>
        <source>moved with its unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>انتقال مع وحدتها</translation>
    </message>
    <message>
        <source>reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف</translation>
    </message>
    <message>
        <source>funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مصدر التمويل</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف</translation>
    </message>
    <message>
        <source>members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الأعضاء</translation>
    </message>
    <message>
        <source>chair changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الرئيس</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء الإسناد</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة الإسناد</translation>
    </message>
    <message>
        <source>dual, {source} to {target}</source>
        <extracomment>A line in words, by kind: ``dual, ASG Africa to DPO``.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مزدوج، من {source} إلى {target}</translation>
    </message>
    <message>
        <source>dotted, {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منقّط، من {source} إلى {target}</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من {source} إلى {target}</translation>
    </message>
    <message>
        <source>{grade} {funding} in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade} {funding} في {unit}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <source>: &quot;{caption}&quot;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>: «{caption}»</translation>
    </message>
    <message>
        <source> (when: {condition})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (الشرط: {condition})</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>chair {chair}; members {members}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرئيس: {chair}؛ الأعضاء: {members}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>Unit fields whose change makes a unit &quot;changed&quot; (name, parent and succession have their own actions; a citation says where a unit comes from, not how it changed: issue 21). Each unit field in words (translated where shown, context &quot;Change&quot;): short_name has RENAMED&apos;s words, the others are the CHANGED action&apos;s fields.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة الرئيس</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الوجود</translation>
    </message>
    <message>
        <source>lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإدارة الرائدة</translation>
    </message>
    <message>
        <source>backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تدعمها</translation>
    </message>
    <message>
        <source>entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة الدخول لـ</translation>
    </message>
    <message>
        <source>functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهام</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الشرائح</translation>
    </message>
    <message>
        <source>segment entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقاط الدخول حسب الشريحة</translation>
    </message>
    <message>
        <source>location</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>dual line to {unit} added</source>
        <extracomment>A line&apos;s note on its source unit, by (kind, action).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أضيف خط مزدوج إلى {unit}</translation>
    </message>
    <message>
        <source>dual line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حُذف خط مزدوج إلى {unit}</translation>
    </message>
    <message>
        <source>dual line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عُدّل خط مزدوج إلى {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أضيف خط منقّط إلى {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حُذف خط منقّط إلى {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عُدّل خط منقّط إلى {unit}</translation>
    </message>
    <message>
        <source>dual line moved to {unit}</source>
        <extracomment>A moved line&apos;s note on the unit it left, by kind.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نُقل خط مزدوج إلى {unit}</translation>
    </message>
    <message>
        <source>dotted line moved to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نُقل خط منقّط إلى {unit}</translation>
    </message>
    <message>
        <source>abolished: {unit}</source>
        <extracomment>Unit id -&gt; department id, in the earlier and the later scenario. Later unit -&gt; its predecessors, and earlier unit -&gt; its successors.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُلغيت: {unit}</translation>
    </message>
    <message>
        <source>moved from {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كانت تابعة لـ {unit}</translation>
    </message>
    <message>
        <source>was {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>سابقاً: {unit}</translation>
    </message>
    <message>
        <source>succeeds {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تخلف: {units}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عُدّل: {fields}</translation>
    </message>
    <message>
        <source>members: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأعضاء: {units}</translation>
    </message>
    <message>
        <source>members: reordered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأعضاء: أعيد ترتيبهم</translation>
    </message>
    <message>
        <source>chair: {old} -&gt; {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرئيس: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>body added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أضيفت الهيئة</translation>
    </message>
    <message>
        <source>body removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حُذفت الهيئة</translation>
    </message>
    <message>
        <source>now the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أصبحت: {role}</translation>
    </message>
    <message>
        <source>no longer the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تعد: {role}</translation>
    </message>
    <message>
        <source>+{came} posts in, -{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: +{came} واردة، -{went} صادرة</translation>
    </message>
    <message>
        <source>+{came} posts in</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: +{came} واردة</translation>
    </message>
    <message>
        <source>-{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: -{went} صادرة</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>Each section&apos;s name in the headline (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات</translation>
    </message>
    <message>
        <source>posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خطوط التبعية</translation>
    </message>
    <message>
        <source>bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات</translation>
    </message>
    <message>
        <source>roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعدادات القواعد</translation>
    </message>
    <message>
        <source>redeployed to another unit</source>
        <extracomment>How the headline says an action where its value alone would mislead.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل إلى وحدة أخرى</translation>
    </message>
    <message>
        <source>continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استمرار مع وحدتها في إدارة أخرى</translation>
    </message>
    <message>
        <source>succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خلافة وحدات سابقة</translation>
    </message>
    <message>
        <source>succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاستعاضة بوحدات لاحقة</translation>
    </message>
    <message>
        <source>{count} {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{change}: {count}</translation>
    </message>
    <message>
        <source>{section}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{section} — {changes}</translation>
    </message>
    <message>
        <source>Nothing differs: units, posts, lines, bodies, roles and settings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد فروق: الوحدات والوظائف والخطوط والهيئات والأدوار والإعدادات.</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The fields of a line that can change under the same id (everything but the id). The single-unit roles of a scenario; department roles are ``department:ROLE``. Each single-unit role in words (translated where shown, context &quot;Change&quot;).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة العليا</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيكل المشترك</translation>
    </message>
    <message>
        <source>executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المكتب التنفيذي</translation>
    </message>
    <message>
        <source>principals group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>فريق كبار المسؤولين</translation>
    </message>
    <message>
        <source>{role} department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إدارة {role}</translation>
    </message>
    <message>
        <source>design added: {count} scenario(s)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أضيف التصميم؛ عدد السيناريوهات: {count}</translation>
    </message>
    <message>
        <source>{scenario}: scenario added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: أضيف السيناريو</translation>
    </message>
    <message>
        <source>{scenario}: {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: {change}</translation>
    </message>
    <message>
        <source>{scenario}: scenario removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: حُذف السيناريو</translation>
    </message>
    <message>
        <source>design properties or review notes changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيرت خصائص التصميم أو ملاحظات المراجعة</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>department</source>
        <extracomment>Each unit kind in words on a card (translated where shown).</extracomment>
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
        <source>Page {number} of {total}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الصفحة {number} من {total}</translation>
    </message>
    <message>
        <source>Scale {percent}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقياس {percent}%</translation>
    </message>
    <message>
        <source>Tile {number} of {total}, sheet {sheet}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البلاطة {number} من {total}، الورقة {sheet}</translation>
    </message>
    <message>
        <source>{title} — {scenario} — how the {count} tiles assemble</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} — {scenario} — كيفية تجميع البلاطات الـ {count}</translation>
    </message>
    <message>
        <source>Assembly map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خريطة التجميع</translation>
    </message>
    <message>
        <source>{amount}M</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} مليون</translation>
    </message>
    <message>
        <source>{amount}k</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} ألف</translation>
    </message>
    <message>
        <source>no posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا وظائف</translation>
    </message>
    <message>
        <source>1 post · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظيفة واحدة · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} posts · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: {count} · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}: {count}</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة واحدة</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات: {count}</translation>
    </message>
    <message>
        <source>1 post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظيفة واحدة</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف: {count}</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نتيجة واحدة</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النتائج: {count}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit required bodies and dual reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير الهيئات المطلوبة والتبعية المزدوجة</translation>
    </message>
    <message>
        <source>Comment on unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليق على الوحدة {id}</translation>
    </message>
    <message>
        <source>Comment on post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التعليق على الوظيفة {id}</translation>
    </message>
    <message>
        <source>Resolve comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وسم التعليق على {id} بأنه محسوم</translation>
    </message>
    <message>
        <source>Reopen comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة فتح التعليق على {id}</translation>
    </message>
    <message>
        <source>Edit comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير التعليق على {id}</translation>
    </message>
    <message>
        <source>Delete comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف التعليق على {id}</translation>
    </message>
    <message>
        <source>{decision}: {place}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{decision}: {place}</translation>
    </message>
    <message>
        <source>Decide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البت</translation>
    </message>
    <message>
        <source>Take base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اعتماد النسخة الأساسية</translation>
    </message>
    <message>
        <source>Take ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اعتماد نسختنا</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اعتماد نسختهم</translation>
    </message>
    <message>
        <source>Import {source} into {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>استيراد {source} إلى {scenario}</translation>
    </message>
    <message>
        <source>Change caption of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير التسمية التوضيحية للخط {line}</translation>
    </message>
    <message>
        <source>Change condition of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير شرط الخط {line}</translation>
    </message>
    <message>
        <source>Change kind of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير نوع الخط {line}</translation>
    </message>
    <message>
        <source>Change citation of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير المصدر المستشهد به للخط {line}</translation>
    </message>
    <message>
        <source>Add dual line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط مزدوج من {source} إلى {target}</translation>
    </message>
    <message>
        <source>Add dotted line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط منقط من {source} إلى {target}</translation>
    </message>
    <message>
        <source>Remove line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إزالة الخط من {source} إلى {target}</translation>
    </message>
    <message>
        <source>Change members of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير أعضاء {unit}</translation>
    </message>
    <message>
        <source>Reclassify post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف الوظيفة {post} إلى الرتبة {value}</translation>
    </message>
    <message>
        <source>Change funding of post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير تمويل الوظيفة {post} إلى {value}</translation>
    </message>
    <message>
        <source>Retitle {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مسمى {post}</translation>
    </message>
    <message>
        <source>Retitle {post} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مسمى {post} باللغات الأخرى</translation>
    </message>
    <message>
        <source>Reclassify {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف وظائف إلى الرتبة {value} (عددها: {count})</translation>
    </message>
    <message>
        <source>Change funding of {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير تمويل وظائف إلى {value} (عددها: {count})</translation>
    </message>
    <message>
        <source>Establish a {grade} post ({funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء وظيفة برتبة {grade} ({funding}) في {unit}</translation>
    </message>
    <message>
        <source>Abolish post {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء الوظيفة {post}</translation>
    </message>
    <message>
        <source>Abolish {count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء وظائف (عددها: {count})</translation>
    </message>
    <message>
        <source>Redeploy post {post} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل الوظيفة {post} إلى {unit}</translation>
    </message>
    <message>
        <source>Redeploy {count} posts to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل وظائف إلى {unit} (عددها: {count})</translation>
    </message>
    <message>
        <source>Make {unit} the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} الوحدة العليا</translation>
    </message>
    <message>
        <source>Clear the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء تعيين الوحدة العليا</translation>
    </message>
    <message>
        <source>Make {unit} the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} الهيكل المشترك</translation>
    </message>
    <message>
        <source>Clear the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء تعيين الهيكل المشترك</translation>
    </message>
    <message>
        <source>Make {unit} the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} المكتب التنفيذي</translation>
    </message>
    <message>
        <source>Clear the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء تعيين المكتب التنفيذي</translation>
    </message>
    <message>
        <source>Make {unit} the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} فريق كبار المسؤولين</translation>
    </message>
    <message>
        <source>Clear the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء تعيين فريق كبار المسؤولين</translation>
    </message>
    <message>
        <source>Edit design properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحرير خصائص التصميم</translation>
    </message>
    <message>
        <source>Describe {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وصف {scenario}</translation>
    </message>
    <message>
        <source>Copy {scenario} as {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نسخ {scenario} باسم {name}</translation>
    </message>
    <message>
        <source>Rename {scenario} to {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية {scenario} إلى {name}</translation>
    </message>
    <message>
        <source>Rename {name} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية {name} باللغات الأخرى</translation>
    </message>
    <message>
        <source>Delete {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف {scenario}</translation>
    </message>
    <message>
        <source>Rename {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية {unit}</translation>
    </message>
    <message>
        <source>Change kind of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير نوع {unit}</translation>
    </message>
    <message>
        <source>Change short name of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الاسم المختصر لـ {unit}</translation>
    </message>
    <message>
        <source>Change head grade of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير رتبة رئيس {unit}</translation>
    </message>
    <message>
        <source>Change region of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير منطقة {unit}</translation>
    </message>
    <message>
        <source>Change presence type of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير نوع وجود {unit}</translation>
    </message>
    <message>
        <source>Change lead department of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الإدارة الرائدة لـ {unit}</translation>
    </message>
    <message>
        <source>Change the backstop of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير الجهة الداعمة لـ {unit}</translation>
    </message>
    <message>
        <source>Change the regions {unit} is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير المناطق التي تكون {unit} نقطة الدخول لها</translation>
    </message>
    <message>
        <source>Change functions of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مهام {unit}</translation>
    </message>
    <message>
        <source>Change note of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير ملاحظة {unit}</translation>
    </message>
    <message>
        <source>Change segments of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير شرائح {unit}</translation>
    </message>
    <message>
        <source>Change segment entry points of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير نقاط الدخول حسب الشرائح لـ {unit}</translation>
    </message>
    <message>
        <source>Change succession of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير تسلسل الخلافة لـ {unit}</translation>
    </message>
    <message>
        <source>Change location of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مركز عمل {unit}</translation>
    </message>
    <message>
        <source>Change names of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير أسماء {unit} باللغات الأخرى</translation>
    </message>
    <message>
        <source>Change citation of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير المصدر المستشهد به لـ {unit}</translation>
    </message>
    <message>
        <source>Delete {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف {unit}</translation>
    </message>
    <message>
        <source>Delete {unit} and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف {unit} والوحدات الفرعية التابعة لها (عددها: {below})</translation>
    </message>
    <message>
        <source>Delete {count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف وحدات (عددها: {count})</translation>
    </message>
    <message>
        <source>Delete {count} units and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف وحدات ({count}) والوحدات الفرعية التابعة لها ({below})</translation>
    </message>
    <message>
        <source>Move {unit} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {unit} إلى {target}</translation>
    </message>
    <message>
        <source>Move {count} units to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل وحدات إلى {target} (عددها: {count})</translation>
    </message>
    <message>
        <source>Add {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة {unit}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إصلاح: {fix}</translation>
    </message>
    <message>
        <source>Edit funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل مصدر التمويل {source}</translation>
    </message>
    <message>
        <source>Add funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة مصدر التمويل {source}</translation>
    </message>
    <message>
        <source>grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>دور الإدارة</translation>
    </message>
    <message>
        <source>duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مركز العمل</translation>
    </message>
    <message>
        <source>Turn {rule} on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تشغيل {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} off</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إيقاف {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} on ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تشغيل {rule} ({severity})</translation>
    </message>
    <message>
        <source>Turn {rule} off ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إيقاف {rule} ({severity})</translation>
    </message>
    <message>
        <source>Set {count} rules&apos; switches and severities</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ضبط تشغيل القواعد ودرجة خطورتها (عددها {count})</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Edit segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل الشرائح</translation>
    </message>
    <message>
        <source>Add {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة {kind} {item}</translation>
    </message>
    <message>
        <source>Rename {kind} {item} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تسمية {kind} {item} إلى {new}</translation>
    </message>
    <message>
        <source>Edit {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {kind} {item} إلى أعلى</translation>
    </message>
    <message>
        <source>Move {kind} {item} down</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {kind} {item} إلى أسفل</translation>
    </message>
    <message>
        <source>Map {kind} {item} to {new} and delete it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل استخدامات {kind} {item} إلى {new} ثم حذف العنصر الأصلي</translation>
    </message>
    <message>
        <source>Delete {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حذف {kind} {item}</translation>
    </message>
    <message>
        <source>Edit standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل التكاليف القياسية</translation>
    </message>
    <message>
        <source>Edit rule parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعديل معايير القواعد</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{items} and {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items} و{item}</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}، {item}</translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}؛ {item}</translation>
    </message>
    <message>
        <source>{part} ({part_id}) of {source} ({source_id})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{part} ({part_id}) من {source} ({source_id})</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تزيد تكلفته على تكلفة خط الأساس بمبلغ {currency} {amount} في السنة؛ {grades} مقارنة بخط الأساس. لا يجوز نقل أي شيء بين مصادر التمويل.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تزيد تكلفته على تكلفة خط الأساس بمبلغ {currency} {amount} في السنة. لا يجوز نقل أي شيء بين مصادر التمويل.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تزيد تكلفته على تكلفة خط الأساس بمبلغ {currency} {amount} في السنة؛ {grades} مقارنة بخط الأساس. لا يجوز نقل أي شيء بين أجزاء {source}.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تزيد تكلفته على تكلفة خط الأساس بمبلغ {currency} {amount} في السنة. لا يجوز نقل أي شيء بين أجزاء {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تقل تكلفته عن تكلفة خط الأساس بمبلغ {currency} {amount} في السنة؛ {grades} مقارنة بخط الأساس. لا يجوز نقل أي شيء بين مصادر التمويل.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تقل تكلفته عن تكلفة خط الأساس بمبلغ {currency} {amount} في السنة. لا يجوز نقل أي شيء بين مصادر التمويل.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تقل تكلفته عن تكلفة خط الأساس بمبلغ {currency} {amount} في السنة؛ {grades} مقارنة بخط الأساس. لا يجوز نقل أي شيء بين أجزاء {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: تقل تكلفته عن تكلفة خط الأساس بمبلغ {currency} {amount} في السنة. لا يجوز نقل أي شيء بين أجزاء {source}.</translation>
    </message>
    <message>
        <source>{count} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {grade}</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year more than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تزيد تكلفة المقترح على تكلفة خط الأساس بمبلغ {currency} {amount} في السنة ({after} مقابل {before}؛ وهامش التفاوت المسموح به {tolerance}).</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year less than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقل تكلفة المقترح عن تكلفة خط الأساس بمبلغ {currency} {amount} في السنة ({after} مقابل {before}؛ وهامش التفاوت المسموح به {tolerance}).</translation>
    </message>
    <message>
        <source>{source}, posts funded by the source as a whole</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}، الوظائف الممولة من المصدر ككل</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline: {changes} ({total} posts in all).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الرتبة مقارنة بخط الأساس: {changes} (صافي التغير في عدد الوظائف: {total}).</translation>
    </message>
    <message>
        <source>Senior posts ({grade} and above) grow by {growth} without an offset: {changes}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تزداد الوظائف العليا ({grade} وما فوقها) بمقدار {growth} دون تعويض: {changes}.</translation>
    </message>
    <message>
        <source>No unit carries {function} any more; the baseline carried it in {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تعد أي وحدة تضطلع بمهمة {function}؛ وكانت في خط الأساس تضطلع بها: {units}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, in {department}; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مهمة {function} تضطلع بها {unit}، في {department}؛ ومكانها المقرر هو {home}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, outside the departments; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مهمة {function} تضطلع بها {unit}، خارج الإدارات؛ ومكانها المقرر هو {home}.</translation>
    </message>
    <message>
        <source>{functions} must sit in one department; they are split ({places}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن تكون المهام {functions} في إدارة واحدة؛ وهي موزعة حاليًا ({places}).</translation>
    </message>
    <message>
        <source>outside any department: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خارج أي إدارة: {units}</translation>
    </message>
    <message>
        <source>{department}: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department}: {units}</translation>
    </message>
    <message>
        <source>{department} has no dedicated gender capacity: no unit in it carries {function}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد في {department} قدرة مخصصة في المسائل الجنسانية: لا تضطلع أي وحدة فيها بمهمة {function}.</translation>
    </message>
    <message>
        <source>{body} is chaired by {actual}, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتولى رئاسة {body} {actual} وليس {chair}.</translation>
    </message>
    <message>
        <source>{body} is chaired by no one, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا أحد يتولى رئاسة {body}، والمفترض أن يتولاها {chair}.</translation>
    </message>
    <message>
        <source>The head of {member} is not a member of {body}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رئيس {member} ليس عضوًا في {body}.</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings the department heads ({members}) together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد هيئة {body} برئاسة {chair} تجمع رؤساء الإدارات ({members}).</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings {members} together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد هيئة {body} برئاسة {chair} تجمع {members}.</translation>
    </message>
    <message>
        <source>{unit} carries {function} but has no functional link to {office}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تضطلع {unit} بمهمة {function} لكن ليست لها صلة وظيفية بـ{office}.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it as the chart draws it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد {unit} إدارة رائدة؛ وتتولى {lead} قيادته كما يبيّن المخطط.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد {unit} إدارة رائدة؛ وتتولى {lead} قيادته افتراضياً.</translation>
    </message>
    <message>
        <source>{unit} is led by {lead}, which is not one of the departments ({departments}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتولى {lead} قيادة {unit}، وهي ليست من الإدارات ({departments}).</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} عملية لحفظ السلام ويجب أن تتولى {lead} قيادتها، لا {current}.</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} عملية لحفظ السلام ويجب أن تتولى {lead} قيادتها، لكن لا إدارة رائدة لها.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مكتب إقليمي ويجب أن تتولى {lead} قيادته، لا {current}.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مكتب إقليمي ويجب أن تتولى {lead} قيادته، لكن لا إدارة رائدة له.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مبعوث ويجب أن تتولى {lead} قيادته، لا {current}.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مبعوث ويجب أن تتولى {lead} قيادته، لكن لا إدارة رائدة له.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مكتب لعملية سياسية ويجب أن تتولى {lead} قيادته، لا {current}.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} مكتب لعملية سياسية ويجب أن تتولى {lead} قيادته، لكن لا إدارة رائدة له.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} وجود ميداني من نوع آخر ويجب أن تتولى {lead} قيادته، لا {current}.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} وجود ميداني من نوع آخر ويجب أن تتولى {lead} قيادته، لكن لا إدارة رائدة له.</translation>
    </message>
    <message>
        <source>{units} under {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} تحت {parent}</translation>
    </message>
    <message>
        <source>{units} under no parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} دون وحدة أصل</translation>
    </message>
    <message>
        <source>The units of {group} are split: {where}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدات {group} مفرّقة: {where}.</translation>
    </message>
    <message>
        <source>{unit} sits under {parent}, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع {unit} تحت {parent}، بمعزل عن بقية {group} ({units} تحت {main}).</translation>
    </message>
    <message>
        <source>{unit} sits under no parent, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تقع {unit} تحت أي وحدة أصل، بمعزل عن بقية {group} ({units} تحت {main}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds no {head} post (its most senior post is {grade}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {head} لكن ليست لها وظيفة برتبة {head} (أعلى وظائفها برتبة {grade}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds a more senior {grade} post.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {head} لكن لها وظيفة أعلى رتبة، برتبة {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {head}؛ ويشترط التصميم رئيساً برتبة {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {head}؛ ويشترط التصميم رئيساً برتبة {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا رتبة لرئيس الوحدة {unit}؛ ويشترط التصميم رئيساً برتبة {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا رتبة لرئيس الوحدة {unit}؛ ويشترط التصميم رئيساً برتبة {grade}.</translation>
    </message>
    <message>
        <source>{unit} sits under {chart} on the chart, but its lead department is {lead}, and no line from it to {lead} marks it as backstopped across.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يقع {unit} تحت {chart} في المخطط، لكن إدارته الرائدة هي {lead}، ولا يوجد خط منه إلى {lead} يدل على أن إدارة أخرى تدعمه.</translation>
    </message>
    <message>
        <source>Region {region} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>للمنطقة {region} عدة نقاط دخول ({count}): {units}.</translation>
    </message>
    <message>
        <source>{Segment} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>للبند {Segment} عدة نقاط دخول ({count}): {units}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is not part of the shared regional structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة دخول المنطقة {region}، {unit}، ليست جزءاً من الهيكل الإقليمي المشترك ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is not part of the shared structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة دخول البند {segment}، {unit}، ليست جزءاً من الهيكل المشترك ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس نقطة دخول المنطقة {region}، {unit}، موظف برتبة {head}، لا برتبة {grade}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا رتبة لرئيس نقطة دخول المنطقة {region}، {unit}، والمطلوب رتبة {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس نقطة دخول البند {segment}، {unit}، موظف برتبة {head}، لا برتبة {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا رتبة لرئيس نقطة دخول البند {segment}، {unit}، والمطلوب رتبة {grade}.</translation>
    </message>
    <message>
        <source>Region {region} has no headquarters entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد للمنطقة {region} نقطة دخول في المقر.</translation>
    </message>
    <message>
        <source>{Segment} has no entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد نقطة دخول للبند {Segment}.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by no headquarters unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يتلقى {unit} ({region}) الدعم من أي وحدة في المقر.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by {backstop}, which is not under the region&apos;s entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتلقى {unit} ({region}) الدعم من {backstop}، التي لا تقع تحت نقطة دخول المنطقة ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is backstopped by {backstop}, which is not under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تنتمي {unit} إلى {segment} لكنها تتلقى الدعم من {backstop}، التي لا تقع تحت نقطة دخوله ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is neither backstopped by a unit nor placed under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تنتمي {unit} إلى {segment} لكنها لا تقع تحت نقطة دخوله ({points}) ولا تدعمها وحدة تقع تحتها.</translation>
    </message>
    <message>
        <source>{unit} has no region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُحدَّد منطقة {unit}.</translation>
    </message>
    <message>
        <source>The dual lines of {unit} say nothing about when each applies; add a condition (for example: peacekeeping operations).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تبيّن الخطوط المزدوجة للوحدة {unit} متى ينطبق كل منها؛ أضف شرطاً (مثلاً: عمليات حفظ السلام).</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتبع الوحدة {unit} الإدارة {department} إلا بخط منقّط؛ والتصميم يحدد أنها تتبع {departments}.</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتبع الوحدة {unit} الإدارة {department} إلا بخط منقّط؛ ونقطة الدخول الإقليمية تتبع رئيسي الإدارتين كلتيهما.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتبع الوحدة {unit} الإدارة {department}؛ والتصميم يحدد أنها تتبع {departments}.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتبع الوحدة {unit} الإدارة {department}؛ ونقطة الدخول الإقليمية تتبع رئيسي الإدارتين كلتيهما.</translation>
    </message>
    <message>
        <source>peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عمليات حفظ السلام</translation>
    </message>
    <message>
        <source>special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البعثات السياسية الخاصة</translation>
    </message>
    <message>
        <source>regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المكاتب الإقليمية</translation>
    </message>
    <message>
        <source>envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المبعوثون</translation>
    </message>
    <message>
        <source>political-process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكاتب العمليات السياسية</translation>
    </message>
    <message>
        <source>The conditions of {unit}&apos;s dual lines are swapped: the line to {first} says &apos;{first_condition}&apos; and the line to {second} says &apos;{second_condition}&apos;.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>شرطا الخطين المزدوجين للوحدة {unit} مقلوبان: فالخط إلى {first} ينص على «{first_condition}» والخط إلى {second} ينص على «{second_condition}».</translation>
    </message>
    <message>
        <source>{type} (reported to {department})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{type} (تتبع {department})</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} carries no condition: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحمل الخط المزدوج من {unit} إلى {department} أي شرط، فلا يذكر الأنواع التالية: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing} and names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ينص الخط المزدوج من {unit} إلى {department} على «{condition}»: فهو لا يذكر الأنواع التالية: {missing}؛ ويذكر أنواعاً تخص إدارات أخرى: {named}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ينص الخط المزدوج من {unit} إلى {department} على «{condition}»: فهو لا يذكر الأنواع التالية: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ينص الخط المزدوج من {unit} إلى {department} على «{condition}»: فهو يذكر أنواعاً تخص إدارات أخرى: {named}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by no unit; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتولى أي وحدة نقاط دخول المناطق (وعددها {count})؛ ويطلب التصميم ألا يقل عدد الوحدات التي تتولى نقاط الدخول عن {least}.</translation>
    </message>
    <message>
        <source>The entry points of 1 region are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتولى {units} نقطة دخول منطقة واحدة؛ ويطلب التصميم ألا يقل عدد الوحدات التي تتولى نقاط الدخول عن {least}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتولى {units} نقاط دخول المناطق (وعددها {count})؛ ويطلب التصميم ألا يقل عدد الوحدات التي تتولى نقاط الدخول عن {least}.</translation>
    </message>
    <message>
        <source>Primary reporting lines form a cycle: {path}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تشكّل خطوط التبعية الرئيسية دورة: {path}.</translation>
    </message>
    <message>
        <source>{count} units report to no one ({units}); an organisation has one top: set the scenario&apos;s top and give the others a parent.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدات لا تتبع أحداً: {count} ({units})؛ وللمنظمة قمة واحدة: حدد قمة السيناريو وأعطِ الوحدات الأخرى وحدة أصل.</translation>
    </message>
    <message>
        <source>The top of the organisation, {top}, reports to {parent}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>قمة المنظمة، {top}، تتبع {parent}.</translation>
    </message>
    <message>
        <source>{unit} does not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تصل {unit} إلى القمة ({top}): إذ لا تتبع {unit} أحداً.</translation>
    </message>
    <message>
        <source>{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تصل {unit} ووحدتها الفرعية الوحيدة إلى القمة ({top}): إذ لا تتبع {unit} أحداً.</translation>
    </message>
    <message>
        <source>{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تصل {unit} ووحداتها الفرعية (وعددها {count}) إلى القمة ({top}): إذ لا تتبع {unit} أحداً.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {grade}، وهي مساوية لرتبة {parent} ({parent_grade}) التي تتبعها.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يرأس الوحدة {unit} موظف برتبة {grade}، وهي أعلى من رتبة {parent} ({parent_grade}) التي تتبعها.</translation>
    </message>
    <message>
        <source>{unit} has {count} units reporting to it directly; the limit is {limit}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد الوحدات التي تتبع الوحدة {unit} مباشرة: {count}؛ والحد الأقصى {limit}.</translation>
    </message>
    <message>
        <source>{unit} sits at layer {layer}; the design allows {limit} layers.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع الوحدة {unit} في المستوى {layer}؛ والحد الأقصى لعدد المستويات في التصميم {limit}.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>the total is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>زيادة قدرها {currency} {amount} في المجموع: {changes}</translation>
    </message>
    <message>
        <source>the total is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقص قدره {currency} {amount} في المجموع: {changes}</translation>
    </message>
    <message>
        <source>{name} is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>زيادة قدرها {currency} {amount} في {name}: {changes}</translation>
    </message>
    <message>
        <source>{name} is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقص قدره {currency} {amount} في {name}: {changes}</translation>
    </message>
    <message>
        <source>senior posts grow by {growth}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تزداد الوظائف العليا بمقدار {growth}: {changes}</translation>
    </message>
    <message>
        <source>give {function} back to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة مهمة {function} إلى {unit}</translation>
    </message>
    <message>
        <source>give {function} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إسناد مهمة {function} إلى {unit}</translation>
    </message>
    <message>
        <source>make {unit} report to {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} تابعة لـ{parent}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {unit} إلى {parent}</translation>
    </message>
    <message>
        <source>give {function} to {unit} in {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إسناد مهمة {function} إلى {unit} في {department}</translation>
    </message>
    <message>
        <source>make {chair} its chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إسناد الرئاسة إلى {chair}</translation>
    </message>
    <message>
        <source>add {member} to {body}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة {member} إلى {body}</translation>
    </message>
    <message>
        <source>create a {body} under {parent}, chaired by {chair}, with {members} as members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنشاء هيئة {body} تابعة لـ{parent}، برئاسة {chair}، وعضوية {members}</translation>
    </message>
    <message>
        <source>add a dotted line from {unit} to {office}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط منقّط من {unit} إلى {office}</translation>
    </message>
    <message>
        <source>abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلغاء الوظيفة {post} ({grade}، {funding}) في {unit}، المنشأة في هذا المقترح</translation>
    </message>
    <message>
        <source>re-establish post {post} ({grade}, {funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة إنشاء الوظيفة {post} ({grade}، {funding}) في {unit}</translation>
    </message>
    <message>
        <source>move post {post} ({grade}) in {unit} back from {funding} to {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تمويل الوظيفة {post} ({grade}) في {unit} من {funding} إلى {old_funding}</translation>
    </message>
    <message>
        <source>reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة تصنيف الوظيفة {post} ({funding}) في {unit} من {grade} إلى {old_grade} كما كانت</translation>
    </message>
    <message>
        <source>return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة الوظيفة {post} في {unit} من {grade}، {funding} إلى {old_grade}، {old_funding}</translation>
    </message>
    <message>
        <source>name {lead} as lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تسمية {lead} إدارةً رائدة لـ {unit}</translation>
    </message>
    <message>
        <source>make {lead} the lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {lead} الإدارة الرائدة لـ {unit}</translation>
    </message>
    <message>
        <source>move {unit} back under {main}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة {unit} إلى ما تحت {main}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل رتبة رئيس {unit} {grade}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, as its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل رتبة رئيس {unit} {grade}، مثل أعلى وظائفها</translation>
    </message>
    <message>
        <source>move {unit} under {lead}, its lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {unit} إلى ما تحت {lead}، إدارته الرائدة</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} نقطة دخول {item} بدلاً من {point}</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} نقطة دخول {item} بدلاً من {point}، مع خطوط مزدوجة من {unit} إلى {departments}</translation>
    </message>
    <message>
        <source>keep {unit} as the entry point of {item} and withdraw the designation of {others}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإبقاء على {unit} نقطةَ دخول {item} وسحب تعيين {others}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}, with dual lines to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل {unit} إلى {parent}، مع خطوط مزدوجة إلى {departments}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل رتبة رئيس {unit} {grade}، مع خطوط مزدوجة من {unit} إلى {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعيين {unit} نقطةَ دخول للمنطقة {region}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعيين {unit} نقطةَ دخول للمنطقة {region}، مع خطوط مزدوجة من {unit} إلى {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعيين {unit} نقطةَ دخول للبند {segment}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تعيين {unit} نقطةَ دخول للبند {segment}، مع خطوط مزدوجة من {unit} إلى {departments}</translation>
    </message>
    <message>
        <source>have {backstop} backstop {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {backstop} تدعم {unit}</translation>
    </message>
    <message>
        <source>put {unit} in region {region}, the region of {backstop} that backstops it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إدراج {unit} في المنطقة {region}، وهي منطقة {backstop} التي تدعمه</translation>
    </message>
    <message>
        <source>turn the dotted line from {unit} to {department} into a dual line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحويل الخط المنقّط من {unit} إلى {department} إلى خط مزدوج</translation>
    </message>
    <message>
        <source>add a dual line from {unit} to {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إضافة خط مزدوج من {unit} إلى {department}</translation>
    </message>
    <message>
        <source>swap the conditions of the dual lines from {unit} to {first} and {second}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تبديل شرطي الخطين المزدوجين من {unit} إلى {first} وإلى {second}</translation>
    </message>
    <message>
        <source>make the dual line from {unit} to {department} say &apos;{text}&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل الخط المزدوج من {unit} إلى {department} ينص على «{text}»</translation>
    </message>
    <message>
        <source>make {unit} report to {top}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جعل {unit} تتبع {top}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>department</source>
        <extracomment>The legend&apos;s unit colours (on paper and in the Legend dock), translated where shown.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إدارة</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مكتب</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هيكل مشترك</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>شعبة</translation>
    </message>
    <message>
        <source>section, unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>قسم، وحدة</translation>
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
        <source>primary reporting line</source>
        <extracomment>The printed legend&apos;s lines: primary, dual, dotted.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط التبعية الرئيسي</translation>
    </message>
    <message>
        <source>dual line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط مزدوج (يبيّن التعليق متى)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط منقّط</translation>
    </message>
    <message>
        <source>finding: error</source>
        <extracomment>The printed legend&apos;s finding badges, by severity.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نتيجة: خطأ</translation>
    </message>
    <message>
        <source>finding: warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نتيجة: تحذير</translation>
    </message>
    <message>
        <source>finding: info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نتيجة: معلومات</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتب: {grades}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>new</source>
        <extracomment>The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جديد</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خلف</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نُقل</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أعيدت تسميته</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عُدّل</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>1 of {total} units has no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة واحدة من {total} ليس لها اسم بلغة {language}: تُعرض بلغة {default}</translation>
    </message>
    <message>
        <source>{count} of {total} units have no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} من {total} وحدة ليس لها اسم بلغة {language}: تُعرض بلغة {default}</translation>
    </message>
    <message>
        <source>1 of {total} post titles has none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مسمى وظيفة واحد من {total} ليس له نص بلغة {language}: يُعرض بلغة {default}</translation>
    </message>
    <message>
        <source>{count} of {total} post titles have none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} من {total} مسمى وظيفي ليس لها نص بلغة {language}: تُعرض بلغة {default}</translation>
    </message>
</context>
<context>
    <name>NoFix</name>
    <message>
        <source>none of the units that carried it is left and none holds their posts: choose the unit that will carry {function}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تبقَ أي من الوحدات التي كانت تضطلع بها، ولا تشغل أي وحدة وظائفها: اختر الوحدة التي ستضطلع بمهمة {function}</translation>
    </message>
    <message>
        <source>{home} sits inside another department and the scenario has no top to move it to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع {home} داخل إدارة أخرى، وليس في السيناريو مستوى أعلى يمكن نقلها إليه</translation>
    </message>
    <message>
        <source>which department gets them all is the planner&apos;s choice (with homes set for them, the findings on their homes move them)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اختيار الإدارة التي تتولاها جميعًا متروك للمخطِّط (وإذا حُددت لها إدارة، فإن الملاحظات المتعلقة بمكانها تنقلها إليها)</translation>
    </message>
    <message>
        <source>no set of changes to posts against the baseline, undone, repairs it without upsetting another cost: choose the posts to establish, abolish or re-fund</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد مجموعة من التغييرات في الوظائف مقارنة بخط الأساس يؤدي التراجع عنها إلى إصلاح ذلك دون الإخلال بتكلفة أخرى: اختر الوظائف المراد إنشاؤها أو إلغاؤها أو تغيير مصدر تمويلها</translation>
    </message>
    <message>
        <source>this finding has no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد إصلاح تلقائي لهذه الملاحظة</translation>
    </message>
    <message>
        <source>the design names no default lead (rules.mission_default_lead)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم إدارة رائدة افتراضية (rules.mission_default_lead)</translation>
    </message>
    <message>
        <source>no parent holds most of the group: choose where it stays together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة أصل تضم معظم المجموعة: اختر أين تبقى مجتمعة</translation>
    </message>
    <message>
        <source>the design requires an {grade} head: give it an {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يشترط التصميم رئيساً برتبة {grade}: أنشئ للوحدة وظيفة برتبة {grade}</translation>
    </message>
    <message>
        <source>the design requires a {grade} head: give it a {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يشترط التصميم رئيساً برتبة {grade}: أنشئ للوحدة وظيفة برتبة {grade}</translation>
    </message>
    <message>
        <source>move it under {lead}, make {chart} its lead, or draw a dotted line from it to {lead} to mark it backstopped across</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>انقله إلى ما تحت {lead}، أو اجعل {chart} إدارته الرائدة، أو ارسم خطاً منقّطاً منه إلى {lead} للدلالة على أن إدارة أخرى تدعمه</translation>
    </message>
    <message>
        <source>{units} are backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتلقى {units} الدعم من وحدات تقع تحت {others}: اختر نقطة الدخول وأعد توزيع دعم البقية</translation>
    </message>
    <message>
        <source>{units} is backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتلقى {units} الدعم من وحدة تقع تحت {others}: اختر نقطة الدخول وأعد توزيع دعم البقية</translation>
    </message>
    <message>
        <source>no unit of the shared structure led by an {grade} works on {item}, and an {grade} head would not fit between the grades above and below {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة في الهيكل المشترك يرأسها موظف برتبة {grade} تعمل على {item}، ولا يتسع ما بين الرتب فوق {unit} وتحتها لرئيس برتبة {grade}</translation>
    </message>
    <message>
        <source>no field presence of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يتلقى أي وجود ميداني في {item} الدعم ولا تعمل عليه أي وحدة في الهيكل المشترك: اختر الوحدة التي ستكون نقطة دخوله أو أنشئها</translation>
    </message>
    <message>
        <source>no unit of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تتلقى أي وحدة من {item} الدعم ولا تعمل عليه أي وحدة في الهيكل المشترك: اختر الوحدة التي ستكون نقطة دخوله أو أنشئها</translation>
    </message>
    <message>
        <source>{region} has no single entry point yet: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُحدَّد بعدُ نقطة دخول واحدة للمنطقة {region}: أصلح REGION-ENTRY أولاً</translation>
    </message>
    <message>
        <source>{segment} has several entry points: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>للبند {segment} عدة نقاط دخول: أصلح REGION-ENTRY أولاً</translation>
    </message>
    <message>
        <source>no unit that backstops it says which region it is in: choose its region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تبيّن أي وحدة تدعمه المنطقة التي ينتمي إليها: اختر منطقته</translation>
    </message>
    <message>
        <source>when each line applies is the planner&apos;s to word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صياغة متى ينطبق كل خط متروكة للمخطِّط</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتلقى وجوده الميداني الدعم من وحدات تقع تحت {units}، وليست كلها في الهيكل المشترك برتبة {grade}: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتلقى وجوده الميداني الدعم من وحدات تقع تحت {units}، وليست كلها في الهيكل المشترك: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتلقى وجوده الميداني الدعم من وحدات تقع تحت {units}: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع وحداته تحت {units}، وليست كلها في الهيكل المشترك برتبة {grade}: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع وحداته تحت {units}، وليست كلها في الهيكل المشترك: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>its units are placed under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقع وحداته تحت {units}: اختر الوحدة التي تكون نقطة دخوله</translation>
    </message>
    <message>
        <source>the design gives this department no presence type: remove what the condition names of the others&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يسند التصميم أي نوع من أنواع الوجود إلى هذه الإدارة: احذف من الشرط أنواع الإدارات الأخرى</translation>
    </message>
    <message>
        <source>no other unit of the shared structure at the entry-point grade works on these regions: choose or create the units that will hold them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تعمل على هذه المناطق أي وحدة أخرى في الهيكل المشترك برتبة نقطة الدخول: اختر الوحدات التي ستتولاها أو أنشئها</translation>
    </message>
    <message>
        <source>which unit is the top is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد الوحدة التي تكون القمة متروك للمخطِّط</translation>
    </message>
    <message>
        <source>the top or its parent must change, which is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب تغيير القمة أو وحدتها الأصل، وهذا قرار المخطِّط</translation>
    </message>
    <message>
        <source>no grade fits between the head above and the heads below: move the unit or regrade the heads around it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد رتبة تقع بين الرئيس الأعلى والرؤساء الأدنى: انقل الوحدة أو عدّل رتب الرؤساء من حولها</translation>
    </message>
    <message>
        <source>it is a regional entry point, which keeps an {grade} head</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إنها نقطة دخول إقليمية، يحتفظ رئيسها برتبة {grade}</translation>
    </message>
    <message>
        <source>the design promises its head the grade {grade} (rules.required_head_grades): regrade the head above instead</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يَعِد التصميم رئيسها بالرتبة {grade} (rules.required_head_grades): أعد تصنيف رتبة الرئيس الأعلى بدلاً من ذلك</translation>
    </message>
    <message>
        <source>how to split its reports into groups is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كيفية تقسيم مرؤوسيها إلى مجموعات خيار تصميمي</translation>
    </message>
    <message>
        <source>which layer to remove above it is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحديد المستوى الذي يُحذف فوقها خيار تصميمي</translation>
    </message>
    <message>
        <source>its fix cannot be applied: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن تطبيق إصلاحها: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) would add an error: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إصلاحها ({fix}) سيضيف خطأً: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) did not remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُزِلها إصلاحها ({fix})</translation>
    </message>
    <message>
        <source>only {rule}&apos;s fixes were asked for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُطلب إلا إصلاحات القاعدة {rule}</translation>
    </message>
    <message>
        <source>its fix was applied and a later fix brought it back; repair it by hand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>طُبّق إصلاحها ثم أعادها إصلاح لاحق؛ عالجها يدويًا</translation>
    </message>
    <message>
        <source>the limit of {limit} fixes was reached</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بُلغ الحد الأقصى للإصلاحات ({limit})</translation>
    </message>
    <message>
        <source>the rule offers no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا تقترح القاعدة أي إصلاح تلقائي</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>nothing to do</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد ما يُفعل</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يتغير شيء</translation>
    </message>
    <message>
        <source>there is no scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد سيناريو {id}</translation>
    </message>
    <message>
        <source>there is no unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة {id}</translation>
    </message>
    <message>
        <source>a citation has a reference, whether it is inferred, and a reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتضمن المصدر المستشهد به مرجعًا وبيانًا بما إذا كان مستنتجًا وسببًا</translation>
    </message>
    <message>
        <source>there is no unit {id} in any scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة {id} في أي سيناريو</translation>
    </message>
    <message>
        <source>required body {id}: {field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئة المطلوبة {id}: {field}: {problem}</translation>
    </message>
    <message>
        <source>dual reporting: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التبعية المزدوجة: {problem}</translation>
    </message>
    <message>
        <source>there is no comment {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد تعليق {id}</translation>
    </message>
    <message>
        <source>there is no post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وظيفة {id}</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن يكون للتعليق نص</translation>
    </message>
    <message>
        <source>a comment with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يوجد بالفعل تعليق بالمعرّف {id}</translation>
    </message>
    <message>
        <source>there is no conflict {number}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد تعارض رقم {number}</translation>
    </message>
    <message>
        <source>the import was made for scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُعدّ الاستيراد للسيناريو {id}</translation>
    </message>
    <message>
        <source>{source} changes nothing in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يغيّر {source} شيئًا في {scenario}</translation>
    </message>
    <message>
        <source>a line with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يوجد بالفعل خط بالمعرّف {id}</translation>
    </message>
    <message>
        <source>a line needs two different units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن يصل الخط بين وحدتين مختلفتين</translation>
    </message>
    <message>
        <source>the {field} of a line cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن تحرير الحقل {field} للخط هنا</translation>
    </message>
    <message>
        <source>a line is dual or dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يكون الخط مزدوجًا أو منقطًا</translation>
    </message>
    <message>
        <source>there is no line {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد خط {id}</translation>
    </message>
    <message>
        <source>a post with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>توجد بالفعل وظيفة بالمعرّف {id}</translation>
    </message>
    <message>
        <source>no post to abolish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وظيفة لإلغائها</translation>
    </message>
    <message>
        <source>the {field} of a post cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن تحرير الحقل {field} للوظيفة هنا</translation>
    </message>
    <message>
        <source>the {field} of a post is a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الحقل {field} للوظيفة نص</translation>
    </message>
    <message>
        <source>the posts are in {unit} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف موجودة بالفعل في {unit}</translation>
    </message>
    <message>
        <source>the {field} of several posts cannot be edited at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن تحرير الحقل {field} لعدة وظائف دفعة واحدة</translation>
    </message>
    <message>
        <source>there is no grade {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد رتبة {id}</translation>
    </message>
    <message>
        <source>there is no funding source {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد مصدر تمويل {id}</translation>
    </message>
    <message>
        <source>there is no scenario role {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد دور سيناريو {id}</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن يكون للسيناريو اسم</translation>
    </message>
    <message>
        <source>a scenario is called {name} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يوجد بالفعل سيناريو باسم {name}</translation>
    </message>
    <message>
        <source>the baseline cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن حذف خط الأساس</translation>
    </message>
    <message>
        <source>there is no region {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد منطقة {id}</translation>
    </message>
    <message>
        <source>there is no function {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد مهمة {id}</translation>
    </message>
    <message>
        <source>there is no duty station {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد مركز عمل {id}</translation>
    </message>
    <message>
        <source>a region is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إحدى المناطق مدرجة مرتين</translation>
    </message>
    <message>
        <source>a function is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إحدى المهام مدرجة مرتين</translation>
    </message>
    <message>
        <source>there is no unit {id} to move to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة {id} للنقل إليها</translation>
    </message>
    <message>
        <source>no unit to move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة لنقلها</translation>
    </message>
    <message>
        <source>{unit} is the top of the organisation and cannot move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} على رأس المنظمة ولا يمكن نقلها</translation>
    </message>
    <message>
        <source>{unit} cannot move under {target}, which reports to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن نقل {unit} تحت {target} لأن هذه الأخيرة تتبع لها</translation>
    </message>
    <message>
        <source>already reporting to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتبع {unit} بالفعل</translation>
    </message>
    <message>
        <source>a unit with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>توجد بالفعل وحدة بالمعرّف {id}</translation>
    </message>
    <message>
        <source>there is no unit {id} to add under</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة {id} للإضافة تحتها</translation>
    </message>
    <message>
        <source>no unit to delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة لحذفها</translation>
    </message>
    <message>
        <source>the top of the organisation cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن حذف الوحدة العليا للمنظمة</translation>
    </message>
    <message>
        <source>the {field} of a unit cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن تحرير الحقل {field} للوحدة هنا</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن يكون للوحدة اسم</translation>
    </message>
    <message>
        <source>a note has a text, a justification and a reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتضمن الملاحظة نصًا ومبررًا ومرجعًا</translation>
    </message>
    <message>
        <source>{unit} cannot point to itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن أن تشير {unit} إلى نفسها</translation>
    </message>
    <message>
        <source>the {field} of a unit map segment kinds to items</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يربط الحقل {field} للوحدة أنواع الشرائح بعناصرها</translation>
    </message>
    <message>
        <source>there is no segment kind {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد نوع شريحة {id}</translation>
    </message>
    <message>
        <source>a {kind} is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أحد عناصر «{kind}» مدرج مرتين</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد عنصر «{kind}» {id}</translation>
    </message>
    <message>
        <source>a succession lists baseline units and a source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يسرد تسلسل الخلافة وحدات خط الأساس ومصدرًا</translation>
    </message>
    <message>
        <source>unit {unit} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة {unit} لم تعد موجودة؛ ولم يعد الإصلاح منطبقًا</translation>
    </message>
    <message>
        <source>there is no scenario {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد سيناريو {scenario}</translation>
    </message>
    <message>
        <source>this fix needs your choice: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يتطلب هذا الإصلاح اختيارك: {fix}</translation>
    </message>
    <message>
        <source>line {line} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخط {line} لم يعد موجودًا؛ ولم يعد الإصلاح منطبقًا</translation>
    </message>
    <message>
        <source>the unit reports to those departments already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة تتبع هذه الإدارات بالفعل</translation>
    </message>
    <message>
        <source>the posts are as in the baseline already; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف مطابقة لخط الأساس بالفعل؛ ولم يعد الإصلاح منطبقًا</translation>
    </message>
    <message>
        <source>part {part} is not deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجزء {part} ليس محذوفًا</translation>
    </message>
    <message>
        <source>map part {part} to another part of {source} or to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اربط الجزء {part} بجزء آخر من {source} أو بالمصدر نفسه</translation>
    </message>
    <message>
        <source>part {part} is used by {uses}; map it to another part or to its source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجزء {part} مستخدم في: {uses}؛ اربطه بجزء آخر أو بمصدره</translation>
    </message>
    <message>
        <source>part {part}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الجزء {part}: {problem}</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(بلا رمز)</translation>
    </message>
    <message>
        <source>funding id {part} is used twice; a part needs a code no other source or part has</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رمز التمويل {part} مستخدم مرتين؛ ويلزم للجزء رمز لا يحمله أي مصدر أو جزء آخر</translation>
    </message>
    <message>
        <source>the cost of {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة الرتبة {grade}</translation>
    </message>
    <message>
        <source>line {line}: write a name, a colon, then the unit ids</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السطر {line}: اكتب اسمًا، ثم نقطتين، ثم رموز الوحدات</translation>
    </message>
    <message>
        <source>line {line}: a group names two units or more</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السطر {line}: يجب أن تضم المجموعة وحدتين أو أكثر</translation>
    </message>
    <message>
        <source>line {line}: no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السطر {line}: لا يوجد في أي سيناريو وحدة {unit}</translation>
    </message>
    <message>
        <source>line {line}: a second group called {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السطر {line}: مجموعة ثانية باسم {name}</translation>
    </message>
    <message>
        <source>{text}: write a unit id, &apos;=&apos;, then a grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{text}: اكتب رمز وحدة، ثم &quot;=&quot;، ثم رتبة</translation>
    </message>
    <message>
        <source>no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد في أي سيناريو وحدة {unit}</translation>
    </message>
    <message>
        <source>there is no grade {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد رتبة {grade}</translation>
    </message>
    <message>
        <source>{count} posts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد الوظائف في {scenario}: {count}</translation>
    </message>
    <message>
        <source>{count} unit heads in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد رؤساء الوحدات في {scenario}: {count}</translation>
    </message>
    <message>
        <source>{count} units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد الوحدات في {scenario}: {count}</translation>
    </message>
    <message>
        <source>{count} department mappings in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد حالات ربط الإدارات في {scenario}: {count}</translation>
    </message>
    <message>
        <source>required body {body} (where it sits)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئة المطلوبة {body} (موقعها)</translation>
    </message>
    <message>
        <source>required body {body} (its chair)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئة المطلوبة {body} (رئاستها)</translation>
    </message>
    <message>
        <source>{count} posts funded by its parts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد الوظائف الممولة من أجزائه في {scenario}: {count}</translation>
    </message>
    <message>
        <source>the entry-point grade of {kind}s</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رتبة نقاط الدخول ({kind})</translation>
    </message>
    <message>
        <source>rule parameters: {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معايير القواعد: {name}</translation>
    </message>
    <message>
        <source>{uses}; {use}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{uses}؛ {use}</translation>
    </message>
    <message>
        <source>there is no rule {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد قاعدة {rule}</translation>
    </message>
    <message>
        <source>a severity is one of {severities}, not {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>درجة الخطورة إحدى القيم {severities}، وليست {severity}</translation>
    </message>
    <message>
        <source>{rule} is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القاعدة {rule} مضبوطة على هذا النحو بالفعل</translation>
    </message>
    <message>
        <source>every rule is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جميع القواعد مضبوطة على هذا النحو بالفعل</translation>
    </message>
    <message>
        <source>1 member unit in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وحدة عضو واحدة في {scenario}</translation>
    </message>
    <message>
        <source>{count} member units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد الوحدات الأعضاء في {scenario}: {count}</translation>
    </message>
    <message>
        <source>1 entry point in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة دخول واحدة في {scenario}</translation>
    </message>
    <message>
        <source>{count} entry points in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>عدد نقاط الدخول في {scenario}: {count}</translation>
    </message>
    <message>
        <source>the code &quot;region&quot; is the built-in regions&apos;; choose another</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز &quot;region&quot; خاص بالمناطق المدمجة؛ اختر رمزًا آخر</translation>
    </message>
    <message>
        <source>there is a segment kind {kind} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يوجد بالفعل نوع شرائح {kind}؛ ويلزم لكل نوع رمز خاص به</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each {kind} needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز {code} مستخدم مرتين؛ ويلزم لكل عنصر ({kind}) رمز خاص به</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each item needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز {code} مستخدم مرتين؛ ويلزم لكل عنصر رمز خاص به</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>the regions come first among the segment kinds, once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تأتي المناطق أولًا بين أنواع الشرائح، مرة واحدة فقط</translation>
    </message>
    <message>
        <source>the regions keep their code and name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحتفظ المناطق برمزها واسمها</translation>
    </message>
    <message>
        <source>each kind of the design is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يظهر كل نوع من أنواع التصميم مرة واحدة</translation>
    </message>
    <message>
        <source>segment kind {kind} is used by {uses}; clear it first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نوع الشرائح {kind} مستخدم في: {uses}؛ أفرغه أولًا</translation>
    </message>
    <message>
        <source>each item of {kind} is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يظهر كل عنصر من {kind} مرة واحدة</translation>
    </message>
    <message>
        <source>map {item} to another item of {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اربط {item} بعنصر آخر من {kind}</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العنصر {item} ({kind}) مستخدم في: {uses}؛ اربطه بعنصر آخر</translation>
    </message>
    <message>
        <source>code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>category</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العنصر {item} ({kind}) مستخدم في: {uses}؛ اربطه بعنصر آخر ({kind})</translation>
    </message>
    <message>
        <source>there is no {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يوجد عنصر {item} ({kind})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {item} cannot move there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يمكن نقل العنصر {item} ({kind}) إلى هذا الموضع</translation>
    </message>
    <message>
        <source>map {kind} {item} to another {kind} of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>اربط العنصر {item} ({kind}) بعنصر آخر ({kind}) في هذا التصميم</translation>
    </message>
    <message>
        <source>{name} is not a rule parameter the settings edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} ليس من معايير القواعد التي تُعدَّل في الإعدادات</translation>
    </message>
    <message>
        <source>there is no unit {unit} in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة {unit} في السيناريو {scenario}</translation>
    </message>
    <message>
        <source>sits with: {function} is not another function of the catalogue</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مجمَّعة مع: {function} ليست مهمة أخرى في الفهرس</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة الرتبة {grade} ({funding})</translation>
    </message>
    <message>
        <source>the cost of {grade} at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة الرتبة {grade} في {station}</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding}) at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تكلفة الرتبة {grade} ({funding}) في {station}</translation>
    </message>
    <message>
        <source>there is a {kind} {code} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يوجد بالفعل عنصر {code} ({kind})؛ ويلزم لكل عنصر رمز خاص به</translation>
    </message>
    <message>
        <source>a currency is three capital letters (ISO 4217), such as USD</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تُكتب العملة بثلاثة أحرف كبيرة (ISO 4217)، مثل USD</translation>
    </message>
    <message>
        <source>a cost year is between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن تكون سنة التكاليف بين {low} و{high}</translation>
    </message>
    <message>
        <source>{rate} is for a grade or funding source the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: الرتبة أو مصدر التمويل غير موجود في التصميم</translation>
    </message>
    <message>
        <source>{rate} is for a duty station the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: مركز العمل غير موجود في التصميم</translation>
    </message>
    <message>
        <source>{rate} is between 0 and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: يجب أن تكون القيمة بين 0 و{high}</translation>
    </message>
    <message>
        <source>{rate} is given twice; keep one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: ورد مرتين؛ احتفظ بواحد فقط</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بين {low} و{high}</translation>
    </message>
    <message>
        <source>{kind} {item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}: {problem}</translation>
    </message>
    <message>
        <source>cost table: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>جدول التكاليف: {problem}</translation>
    </message>
    <message>
        <source>rules: {name}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>القواعد: {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Changes from {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغييرات من {old} إلى {new}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغيير</translation>
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
        <source>Continuing</source>
        <extracomment>The movement table&apos;s first two categories (the others are in its ``order``).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الاستمرار</translation>
    </message>
    <message>
        <source>Redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منقولة بين الوحدات</translation>
    </message>
    <message>
        <source>Duty station changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير مركز العمل</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>Abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإلغاء</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة التصنيف</translation>
    </message>
    <message>
        <source>Funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير التمويل</translation>
    </message>
    <message>
        <source>Post redeployment: {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل الوظائف: من {old} إلى {new}</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>From department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من الإدارة</translation>
    </message>
    <message>
        <source>From unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من الوحدة</translation>
    </message>
    <message>
        <source>To department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلى الإدارة</translation>
    </message>
    <message>
        <source>To unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إلى الوحدة</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرتبة</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصدر التمويل</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف</translation>
    </message>
    <message>
        <source>Cost effect ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأثر على التكلفة ({currency})</translation>
    </message>
    <message>
        <source>{action} ({count} posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{action} (عدد الوظائف: {count})</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Continuing posts stay in their unit or its successor; those listed moved with it to a successor unit or to another department (one that does not succeed theirs), the rest stay where they were (see the accounting). Continuing and redeployed posts keep their cost; the cost effect column adds establishments, abolitions, reclassifications, funding changes and changes of duty station (each at the post&apos;s grade and funding in the proposal).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تبقى الوظائف المستمرة في وحدتها أو في الوحدة التي تخلفها؛ وقد انتقلت الوظائف المدرجة معها إلى وحدة خلف أو إلى إدارة أخرى (لا تخلف إدارتها)، وتبقى البقية حيث كانت (انظر الحصر). وتحتفظ الوظائف المستمرة والمنقولة بتكلفتها؛ ويجمع عمود الأثر على التكلفة الإنشاءات والإلغاءات وإعادة التصنيف وتغييرات التمويل وتغييرات مركز العمل (كلٌّ منها برتبة الوظيفة وتمويلها في المقترح).</translation>
    </message>
    <message>
        <source>{count} of these posts have a grade and funding source with no standard cost; they count as 0 (first: {first}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} من هذه الوظائف لها رتبة ومصدر تمويل بلا تكلفة قياسية؛ وتُحسب صفراً (أولها: {first}).</translation>
    </message>
    <message>
        <source>Accounting for every post and cost, {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>حصر كل وظيفة وكل تكلفة، من {old} إلى {new}</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>البند</translation>
    </message>
    <message>
        <source>{scenario}: posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: الوظائف</translation>
    </message>
    <message>
        <source>continuing in their unit or its successor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مستمرة في وحدتها أو في الوحدة التي تخلفها</translation>
    </message>
    <message>
        <source>redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>منقولة بين الوحدات</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Funding changed: into the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير التمويل: إلى المصدر</translation>
    </message>
    <message>
        <source>Funding changed: out of the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغيير التمويل: من المصدر</translation>
    </message>
    <message>
        <source>{scenario}: annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: التكلفة السنوية</translation>
    </message>
    <message>
        <source>established posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف المنشأة</translation>
    </message>
    <message>
        <source>abolished posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف الملغاة</translation>
    </message>
    <message>
        <source>reclassifications</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إعادة التصنيف</translation>
    </message>
    <message>
        <source>funding changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغييرات التمويل</translation>
    </message>
    <message>
        <source>duty station changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تغييرات مركز العمل</translation>
    </message>
    <message>
        <source>Change (0: cost neutral)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغيير (0: محايد من حيث التكلفة)</translation>
    </message>
    <message>
        <source>{old} posts = continuing + redeployed + abolished; {new} posts = continuing + redeployed + established. Cost neutral in: {sources}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظائف {old} = المستمرة + المنقولة + الملغاة؛ ووظائف {new} = المستمرة + المنقولة + المنشأة. محايد من حيث التكلفة في: {sources}.</translation>
    </message>
    <message>
        <source>no source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا مصدر</translation>
    </message>
    <message>
        <source>Annual cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة السنوية ({currency})</translation>
    </message>
    <message>
        <source>{before} to {after}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>من {before} إلى {after}</translation>
    </message>
    <message>
        <source>posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الوحدة</translation>
    </message>
    <message>
        <source>post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقل الوظائف</translation>
    </message>
    <message>
        <source>cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>موجز التكاليف</translation>
    </message>
    <message>
        <source>changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>{title}: {table}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title}: {table}</translation>
    </message>
    <message>
        <source>Posts by unit: {old} and {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الوحدة: {old} و{new}</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معرّف الوحدة</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Sources of every element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>مصادر كل عنصر</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السبب</translation>
    </message>
    <message>
        <source>{scenario}: {elements} elements, {sourced} sourced [S], {inferred} inferred [I], {missing} without a source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: العناصر: {elements}؛ الموثّقة المصدر [S]: {sourced}؛ المستنتجة [I]: {inferred}؛ التي بلا مصدر: {missing}.</translation>
    </message>
    <message>
        <source> (see {ref})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (انظر {ref})</translation>
    </message>
    <message>
        <source>Subtotals by department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المجاميع الفرعية حسب الإدارة</translation>
    </message>
    <message>
        <source>Annual costs at the design&apos;s standard costs, in {currency}; the change rows are {new} minus {old}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكاليف السنوية بالتكاليف القياسية للتصميم، بعملة {currency}؛ صفوف التغيير هي {new} مطروحاً منه {old}.</translation>
    </message>
    <message>
        <source>Posts with no standard cost, counted as 0: {count}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>وظائف ليس لها تكلفة قياسية، حُسبت صفراً: {count}.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المجموع الفرعي</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(بلا إدارة)</translation>
    </message>
    <message>
        <source>Annual cost by funding source</source>
        <extracomment>The key of the subtotal of posts in units below no department (the top, stray units).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة السنوية حسب مصدر التمويل</translation>
    </message>
    <message>
        <source>{scenario}: cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: التكلفة ({currency})</translation>
    </message>
    <message>
        <source>Change, {scenario} ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغيير، {scenario} ({currency})</translation>
    </message>
    <message>
        <source>Changes are against {scenario}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغييرات محسوبة مقارنة بـ {scenario}.</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الرتبة</translation>
    </message>
    <message>
        <source>Change, {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التغيير، {scenario}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Total cost equals the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التكلفة الإجمالية تساوي تكلفة خط الأساس</translation>
    </message>
    <message>
        <source>The proposal&apos;s total annual cost must equal the baseline&apos;s, within the tolerance the design sets (0 unless it says otherwise): the restructuring was presented as cost neutral.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن تساوي التكلفة السنوية الإجمالية للمقترح تكلفة خط الأساس، في حدود التفاوت الذي يحدده التصميم (صفر ما لم ينص على غير ذلك): فقد قُدّمت إعادة الهيكلة على أنها محايدة من حيث التكلفة.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 12 and 63</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرتان 12 و 63</translation>
    </message>
    <message>
        <source>Each funding source costs what it cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل مصدر تمويل يكلّف ما كان يكلّفه</translation>
    </message>
    <message>
        <source>The cost of each funding source (regular budget, support account, extrabudgetary) must equal the baseline&apos;s: nothing moves between funding sources, and the use of the peacekeeping support account and the regular budget stays as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يجب أن تساوي تكلفة كل مصدر تمويل (الميزانية العادية، حساب الدعم، الموارد الخارجة عن الميزانية) تكلفة خط الأساس: لا يُنقل شيء بين مصادر التمويل، ويبقى استخدام حساب دعم عمليات حفظ السلام والميزانية العادية على حاله.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 6 and 34</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرتان 6 و 34</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف حسب الرتبة مقارنة بخط الأساس</translation>
    </message>
    <message>
        <source>Reports the posts of each grade against the baseline, and warns when senior posts (the design&apos;s senior grade and above, D-1 and above for the UN) grow without an offset, which approving bodies scrutinise first.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يبيّن الوظائف في كل رتبة مقارنة بخط الأساس، وينبّه عندما تزداد الوظائف العليا (الرتبة العليا التي يحددها التصميم وما فوقها، ومد-1 وما فوقها في الأمم المتحدة) دون تعويض، وهي أول ما تتفحصه هيئات الموافقة.</translation>
    </message>
    <message>
        <source>budget practice (A/72/772 staffing tables)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الممارسة المتبعة في الميزانية (جداول ملاك الموظفين في A/72/772)</translation>
    </message>
    <message>
        <source>Every function is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل وظيفة تبقى قائمة</translation>
    </message>
    <message>
        <source>Every function the baseline carried is carried by some unit of the proposal: the restructuring changes neither the mandates nor the functions of the entities.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل وظيفة كانت قائمة في خط الأساس تضطلع بها وحدةٌ ما في المقترح: فإعادة الهيكلة لا تغيّر ولايات الكيانات ولا وظائفها.</translation>
    </message>
    <message>
        <source>A/72/525 para. 6</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 6</translation>
    </message>
    <message>
        <source>Functions sit in their required department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف موضوعة في الإدارة المطلوبة</translation>
    </message>
    <message>
        <source>Functions with a required home sit there: electoral assistance, mediation support, support to the Peacebuilding Commission and management of the Peacebuilding Fund in DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action in DPO; and police and military in the same department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوظائف التي لها موضع مطلوب توضع فيه: المساعدة الانتخابية، ودعم الوساطة، ودعم لجنة بناء السلام، وإدارة صندوق بناء السلام في DPPA؛ والشؤون العسكرية، والشرطة، وسيادة القانون، وإصلاح قطاع الأمن، ونزع السلاح والتسريح وإعادة الإدماج، والأعمال المتعلقة بالألغام في DPO؛ والشرطة والشؤون العسكرية في الإدارة نفسها.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 23-24, 27 and 31-32</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرات 23-24 و 27 و 31-32</translation>
    </message>
    <message>
        <source>Each department has gender capacity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لكل إدارة قدرة في المسائل الجنسانية</translation>
    </message>
    <message>
        <source>Both departments keep dedicated gender capacity: a unit that carries it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحتفظ الإدارتان كلتاهما بقدرة مخصصة في المسائل الجنسانية: وحدة تضطلع بها.</translation>
    </message>
    <message>
        <source>A/72/525 para. 44</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 44</translation>
    </message>
    <message>
        <source>The bodies the design requires</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الهيئات التي يتطلبها التصميم</translation>
    </message>
    <message>
        <source>Each body the design declares as required (rules.required_bodies) exists, chaired by the unit or role the design names, with the members it names; other members are allowed. The rule is off when the design declares no such body. The UN sample declares the Standing Principals&apos; Group, chaired by the Secretary-General with the heads of both departments (para. 42; the arrangement of November 2018 added the Chef de Cabinet and the heads of counter-terrorism and disarmament).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل هيئة يعلن التصميم أنها مطلوبة (rules.required_bodies) قائمة، يرأسها الوحدة أو الدور الذي يسميه التصميم، وتضم الأعضاء الذين يسميهم؛ ويُسمح بأعضاء آخرين. وتكون القاعدة معطّلة عندما لا يعلن التصميم أي هيئة من هذا النوع. ويعلن نموذج الأمم المتحدة الفريق الدائم للرؤساء، الذي يرأسه الأمين العام ويضم رئيسي الإدارتين (الفقرة 42؛ وأضاف ترتيب تشرين الثاني/نوفمبر 2018 رئيس الديوان ورئيسي مكافحة الإرهاب ونزع السلاح).</translation>
    </message>
    <message>
        <source>A/72/525 para. 42; the design&apos;s rules.required_bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 42؛ rules.required_bodies في التصميم</translation>
    </message>
    <message>
        <source>The Peacebuilding Fund keeps its link to the Executive Office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>صندوق بناء السلام يحتفظ بصلته بالمكتب التنفيذي</translation>
    </message>
    <message>
        <source>The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted line, from it or a unit above it) to the Executive Office of the Secretary-General.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحتفظ الوحدة التي تدير صندوق بناء السلام بصلة وظيفية (خط مزدوج أو منقّط، منها أو من وحدة أعلى منها) بالمكتب التنفيذي للأمين العام.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 24</translation>
    </message>
    <message>
        <source>One entry point for every region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نقطة دخول واحدة لكل منطقة</translation>
    </message>
    <message>
        <source>Every region has exactly one headquarters entry point: one unit of the shared regional structure, led at the design&apos;s entry-point grade (an ASG for the UN), designated for it. None leaves the region uncovered; two or more give field presences conflicting entry points. The same holds for every item of any other segment list the design marks as needing entry points (client groups, sectors ...).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لكل منطقة نقطة دخول واحدة بالضبط في المقر: وحدة واحدة من الهيكل الإقليمي المشترك، يرأسها موظف برتبة نقطة الدخول التي يحددها التصميم (أمين عام مساعد في الأمم المتحدة)، مخصصة لها. فإن لم توجد نقطة دخول بقيت المنطقة دون تغطية؛ وإن وُجدت نقطتان أو أكثر تعارضت نقاط الدخول أمام الوجود الميداني. وينطبق الأمر نفسه على كل بند من أي قائمة قطاعات أخرى يحدد التصميم أنها تحتاج إلى نقاط دخول (مجموعات العملاء، القطاعات ...).</translation>
    </message>
    <message>
        <source>A/72/525 paras. 33-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرات 33-35</translation>
    </message>
    <message>
        <source>Every field presence is covered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل وجود ميداني مشمول بالتغطية</translation>
    </message>
    <message>
        <source>Every field presence (peacekeeping operation, special political mission, regional office, envoy) has a region and is backstopped by a unit under that region&apos;s entry point, so that headquarters speaks to it with one voice. A unit that belongs to an item of another segment list (a client group, a sector ...) sits under, or is backstopped by a unit under, that item&apos;s entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لكل وجود ميداني (عملية لحفظ السلام، بعثة سياسية خاصة، مكتب إقليمي، مبعوث) منطقة، وتدعمه وحدة تقع تحت نقطة دخول تلك المنطقة، حتى يخاطبه المقر بصوت واحد. والوحدة التي تنتمي إلى بند من قائمة قطاعات أخرى (مجموعة عملاء، قطاع ...) تقع تحت نقطة دخول ذلك البند، أو تدعمها وحدة تقع تحتها.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 34-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرتان 34 و 35</translation>
    </message>
    <message>
        <source>Units that report to two departments have both lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدات التي تتبع إدارتين لها خطّا التبعية كلاهما</translation>
    </message>
    <message>
        <source>Each regional entry point of the shared structure (at the entry-point grade, when the design sets one) reports to the heads of both departments, and so does every unit, of any kind, that the design marks as reporting to two or more departments (rules.dual_reporting: unit id -&gt; department roles): one line may be primary, the others dual lines, which may carry a condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل نقطة دخول إقليمية في الهيكل المشترك (برتبة نقطة الدخول، إن حددها التصميم) تتبع رئيسي الإدارتين كلتيهما، وكذلك كل وحدة، من أي نوع، يحدد التصميم أنها تتبع إدارتين أو أكثر (rules.dual_reporting: معرّف الوحدة -&gt; أدوار الإدارات): يجوز أن يكون أحد الخطوط رئيسياً والباقي خطوطاً مزدوجة، قد تحمل شرطاً (إلى DPO بالنسبة لعمليات حفظ السلام والبعثات الميدانية، وإلى DPPA في غير ذلك).</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 36؛ rules.dual_reporting في التصميم</translation>
    </message>
    <message>
        <source>Field presences have the right lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>للوجود الميداني الإدارة الرائدة الصحيحة</translation>
    </message>
    <message>
        <source>Peacekeeping operations are led by the operations department (DPO); regional offices, envoys and political-process offices by the political department (DPPA); a field special political mission names its lead, DPO by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتولى إدارة العمليات (DPO) قيادة عمليات حفظ السلام؛ وتتولى الإدارة السياسية (DPPA) قيادة المكاتب الإقليمية والمبعوثين ومكاتب العمليات السياسية؛ وتسمّي البعثة السياسية الخاصة الميدانية إدارتها الرائدة، وهي DPO افتراضياً.</translation>
    </message>
    <message>
        <source>Named groups of units stay under one parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تبقى مجموعات الوحدات المسمّاة تحت وحدة أصل واحدة</translation>
    </message>
    <message>
        <source>Each group of units the design names (rules.keep_together: group name -&gt; unit ids) sits under one parent: a reform that promises to keep the components of an office together (PBSO&apos;s policy, intergovernmental and financing components, under an ASG) does not split them. Units of a group that a scenario does not have are not checked.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كل مجموعة من الوحدات يسمّيها التصميم (rules.keep_together: اسم المجموعة -&gt; معرّفات الوحدات) تقع تحت وحدة أصل واحدة: فالإصلاح الذي يَعِد بإبقاء عناصر مكتب ما معاً (عناصر السياسات والعنصر الحكومي الدولي وعنصر التمويل في مكتب دعم بناء السلام (PBSO)، تحت أمين عام مساعد) لا يفرّقها. ولا يُتحقق من وحدات المجموعة التي لا يتضمنها السيناريو.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24; the design&apos;s rules.keep_together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 24؛ rules.keep_together في التصميم</translation>
    </message>
    <message>
        <source>Head grades keep their promised level and match the posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحافظ رتب الرؤساء على المستوى الموعود وتطابق الوظائف</translation>
    </message>
    <message>
        <source>A unit the design requires to be led at a grade (rules.required_head_grades: unit id -&gt; grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. When the design asks for it (rules.head_grade_from_posts), a unit&apos;s head grade is the grade of its most senior post: a head without a post of its grade, or a post more senior than the head, is a warning.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة التي يشترط التصميم أن يرأسها موظف برتبة معيّنة (rules.required_head_grades: معرّف الوحدة -&gt; الرتبة؛ أمين عام مساعد لمكتب دعم بناء السلام ومكتب الشؤون العسكرية) تحتفظ برتبة الرئيس هذه. وإذا طلب التصميم ذلك (rules.head_grade_from_posts)، تكون رتبة رئيس الوحدة هي رتبة أعلى وظائفها: فالرئيس الذي ليست له وظيفة برتبته، أو وجود وظيفة أعلى رتبة من الرئيس، يستدعي تحذيراً.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 24, 31-32; the design&apos;s rules.required_head_grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرات 24 و 31-32؛ rules.required_head_grades في التصميم</translation>
    </message>
    <message>
        <source>Field presences sit under their lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يقع الوجود الميداني تحت إدارته الرائدة</translation>
    </message>
    <message>
        <source>When the design asks for it (rules.lead_follows_chart), a field presence&apos;s lead department is the department it sits under on the chart, unless it is backstopped across: a dual or dotted line from it to its lead department (or a unit in it) says so. A chart that draws a peacekeeping operation under the political department while the operations department leads it tells two stories.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>إذا طلب التصميم ذلك (rules.lead_follows_chart)، تكون الإدارة الرائدة للوجود الميداني هي الإدارة التي يقع تحتها في المخطط، ما لم تدعمه إدارة أخرى: ويدل على ذلك خط مزدوج أو منقّط منه إلى إدارته الرائدة (أو إلى وحدة فيها). فالمخطط الذي يضع عملية لحفظ السلام تحت الإدارة السياسية بينما تتولى إدارة العمليات قيادتها يروي روايتين مختلفتين.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 21 and 28-29</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرتان 21 و 28-29</translation>
    </message>
    <message>
        <source>Primary lines form one tree</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الخطوط الرئيسية تشكّل شجرة واحدة</translation>
    </message>
    <message>
        <source>Primary reporting lines form one tree: no cycle, one primary parent for each unit, and every unit reaches the top of the organisation.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تشكّل خطوط التبعية الرئيسية شجرة واحدة: لا دورات، ولكل وحدة أصل رئيسي واحد، وكل وحدة تصل إلى قمة المنظمة.</translation>
    </message>
    <message>
        <source>sound hierarchy (practice)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تسلسل هرمي سليم (ممارسة)</translation>
    </message>
    <message>
        <source>Heads are junior to their parents&apos; heads</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الرؤساء أدنى رتبة من رؤساء الوحدات التي يتبعونها</translation>
    </message>
    <message>
        <source>A unit&apos;s head is junior to the head of the unit it reports to (the nearest one above it that has a head grade), by the order of the design&apos;s grade ladder.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>رئيس الوحدة أدنى رتبة من رئيس الوحدة التي يتبعها (أقرب وحدة فوقها لها رتبة رئيس)، وفق ترتيب سلّم الرتب في التصميم.</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ممارسة تصنيف الرتب</translation>
    </message>
    <message>
        <source>Span of control and layers within limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>نطاق الإشراف وعدد المستويات ضمن الحدود</translation>
    </message>
    <message>
        <source>No unit has more direct reports than the design&apos;s span limit, and no unit sits deeper than the design&apos;s number of layers (the top is layer 1).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد وحدة لها مرؤوسون مباشرون أكثر من حد نطاق الإشراف في التصميم، ولا توجد وحدة أعمق من عدد المستويات في التصميم (القمة هي المستوى 1).</translation>
    </message>
    <message>
        <source>organisation design practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ممارسة تصميم المنظمات</translation>
    </message>
    <message>
        <source>Dual lines say when each applies, as the design splits them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تبيّن الخطوط المزدوجة متى ينطبق كل منها، وفق التقسيم الذي يحدده التصميم</translation>
    </message>
    <message>
        <source>A unit that reports to two departments (a regional entry point, or a unit of rules.dual_reporting) reports to each for the field presences the design gives that department (rules.dual_conditions: presence type -&gt; department role): the condition of its dual line to a department names that department&apos;s types and none of the others&apos;. Under A/72/525 the regional ASGs report to DPPA for regional offices, political-process offices and envoys, and to DPO for peacekeeping operations.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الوحدة التي تتبع إدارتين (نقطة دخول إقليمية، أو وحدة من rules.dual_reporting) تتبع كلاً منهما فيما يخص أنواع الوجود الميداني التي يسندها التصميم إلى تلك الإدارة (rules.dual_conditions: نوع الوجود -&gt; دور الإدارة): فشرط خطها المزدوج إلى إدارة ما يسمّي أنواع تلك الإدارة ولا يسمّي شيئاً من أنواع الإدارات الأخرى. وبموجب الوثيقة A/72/525 يتبع الأمناء العامون المساعدون الإقليميون DPPA فيما يخص المكاتب الإقليمية ومكاتب العمليات السياسية والمبعوثين، ويتبعون DPO فيما يخص عمليات حفظ السلام.</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_conditions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرة 36؛ rules.dual_conditions في التصميم</translation>
    </message>
    <message>
        <source>Regional entry points are spread over several holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتوزع نقاط الدخول الإقليمية على عدة وحدات</translation>
    </message>
    <message>
        <source>The regions&apos; entry points are held by at least as many units as the design states (rules.min_entry_point_holders): a reform that promises several regional ASGs (A/72/525 speaks of ASGs with regional responsibilities) does not make one of them the entry point for every region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تتولى نقاط دخول المناطق وحداتٌ لا يقل عددها عمّا يحدده التصميم (rules.min_entry_point_holders): فالإصلاح الذي يَعِد بعدة أمناء عامين مساعدين إقليميين (تتحدث الوثيقة A/72/525 عن أمناء عامين مساعدين ذوي مسؤوليات إقليمية) لا يجعل أحدهم نقطة الدخول لكل المناطق.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 20(c) and 33; the design&apos;s rules.min_entry_point_holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525، الفقرتان 20(ج) و 33؛ rules.min_entry_point_holders في التصميم</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحذير</translation>
    </message>
    <message>
        <source>info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معلومات</translation>
    </message>
</context>
<context>
    <name>Skip</name>
    <message>
        <source>this rule compares a proposal with the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هذه القاعدة تقارن مقترحًا بخط الأساس</translation>
    </message>
    <message>
        <source>the design names no senior grade (rules.senior_grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم رتبة عليا (rules.senior_grade)</translation>
    </message>
    <message>
        <source>it compares a proposal with the baseline and does not apply to the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تقارن مقترحًا بخط الأساس ولا تنطبق على خط الأساس نفسه</translation>
    </message>
    <message>
        <source>this design turns it off (rules.rule_overrides)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>هذا التصميم يعطّلها (rules.rule_overrides)</translation>
    </message>
    <message>
        <source>the design gives no function a required home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم لأي مهمة مكانًا مطلوبًا</translation>
    </message>
    <message>
        <source>this scenario maps no departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد هذا السيناريو أي إدارة</translation>
    </message>
    <message>
        <source>the design names no gender function (rules.gender_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم مهمة للمسائل الجنسانية (rules.gender_function)</translation>
    </message>
    <message>
        <source>the design declares no required body (rules.required_bodies)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يعلن التصميم عن أي هيئة مطلوبة (rules.required_bodies)</translation>
    </message>
    <message>
        <source>this scenario has no single top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في هذا السيناريو وحدة عليا واحدة</translation>
    </message>
    <message>
        <source>this scenario maps fewer than two departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>يحدد هذا السيناريو أقل من إدارتين</translation>
    </message>
    <message>
        <source>this scenario maps no department to the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يسند هذا السيناريو أي إدارة إلى الدور {role}</translation>
    </message>
    <message>
        <source>this scenario has no unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في هذا السيناريو وحدة {unit}</translation>
    </message>
    <message>
        <source>this scenario has no unit in the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في هذا السيناريو وحدة في الدور {role}</translation>
    </message>
    <message>
        <source>the design names no Peacebuilding Fund function (rules.pbf_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم مهمة صندوق بناء السلام (rules.pbf_function)</translation>
    </message>
    <message>
        <source>this scenario names no executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد هذا السيناريو مكتبًا تنفيذيًا</translation>
    </message>
    <message>
        <source>the design maps no field-presence type to a lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يربط التصميم أي نوع من الوجود الميداني بإدارة رائدة</translation>
    </message>
    <message>
        <source>the design names no group of units to keep together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يسمّي التصميم أي مجموعة وحدات يجب إبقاؤها معاً</translation>
    </message>
    <message>
        <source>the design requires no head grade (rules.required_head_grades, rules.head_grade_from_posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يشترط التصميم أي رتبة للرؤساء (rules.required_head_grades، rules.head_grade_from_posts)</translation>
    </message>
    <message>
        <source>the design has no grade ladder</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في التصميم سلّم للرتب</translation>
    </message>
    <message>
        <source>the design does not ask that leads follow the chart (rules.lead_follows_chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يطلب التصميم أن تتبع الإدارات الرائدة المخطط (rules.lead_follows_chart)</translation>
    </message>
    <message>
        <source>the design does not ask for one entry point per region (rules.regional_entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يطلب التصميم نقطة دخول واحدة لكل منطقة (rules.regional_entry_points)</translation>
    </message>
    <message>
        <source>the design defines no regions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يعرّف التصميم أي مناطق</translation>
    </message>
    <message>
        <source>the design asks for one entry point in no segment list (rules.regional_entry_points, segment_kinds[].entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يطلب التصميم نقطة دخول واحدة في أي قائمة قطاعات (rules.regional_entry_points، segment_kinds[].entry_points)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure) and no unit the design marks as reporting to two departments (rules.dual_reporting)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في هذا السيناريو هيكل مشترك (roles.shared_structure) ولا وحدة يحدد التصميم أنها تتبع إدارتين (rules.dual_reporting)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ليس في هذا السيناريو هيكل مشترك (roles.shared_structure)</translation>
    </message>
    <message>
        <source>this scenario maps no department to some role {unit} reports to ({roles})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يربط هذا السيناريو أي إدارة ببعض الأدوار التي تتبعها {unit} ({roles})</translation>
    </message>
    <message>
        <source>the design splits no dual lines by presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يقسّم التصميم أي خطوط مزدوجة حسب نوع الوجود</translation>
    </message>
    <message>
        <source>this scenario maps no department the dual conditions name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يربط هذا السيناريو أياً من الإدارات التي تسمّيها شروط الخطوط المزدوجة</translation>
    </message>
    <message>
        <source>the design states no least number of entry-point holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم حداً أدنى لعدد الوحدات التي تتولى نقاط الدخول</translation>
    </message>
    <message>
        <source>the design sets no span or layer limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا يحدد التصميم حداً لنطاق الإشراف أو لعدد المستويات</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>translator-credits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الترجمة العربية: جلسة i19-core ‏(Claude)، 2026-12-02؛ تحتاج إلى مراجعة من متحدث أصلي.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
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
        <translation>المعلومات</translation>
    </message>
    <message>
        <source>1 error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خطأ واحد</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الأخطاء: {count}</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>تحذير واحد</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>التحذيرات: {count}</translation>
    </message>
    <message>
        <source>1 info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>معلومة واحدة</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المعلومات: {count}</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>خط الأساس</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>المقترح</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا توجد ملاحظات.</translation>
    </message>
    <message>
        <source>({count} rules not checked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(قواعد لم تُفحص: {count})</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم تُفحص</translation>
    </message>
    <message>
        <source>fix: {description}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>الإصلاح: {description}</translation>
    </message>
    <message>
        <source>no fix: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لا إصلاح: {reason}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: طُبّق إصلاح واحد، ولم يتبقَّ أي خطأ</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: عدد الإصلاحات المطبقة: {count}، ولم يتبقَّ أي خطأ</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: طُبّق إصلاح واحد، وبقي خطأ واحد</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: عدد الإصلاحات المطبقة: {count}، وبقي خطأ واحد</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: طُبّق إصلاح واحد، وعدد الأخطاء المتبقية: {left}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: عدد الإصلاحات المطبقة: {count}، وعدد الأخطاء المتبقية: {left}</translation>
    </message>
    <message>
        <source>fixed {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>أُصلح {rule}</translation>
    </message>
    <message>
        <source>by: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>بواسطة: {fix}</translation>
    </message>
    <message>
        <source>not fixed {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>لم يُصلَح: {severity}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>كُتب {path}</translation>
    </message>
</context>
</TS>
