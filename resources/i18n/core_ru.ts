<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>таблиц: {tables}, строк: {rows}</translation>
    </message>
    <message>
        <source>1 table, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>таблиц: 1, строк: {rows}</translation>
    </message>
    <message>
        <source>wrote {path} ({details})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>записан файл {path} ({details})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>страниц: 1</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>страниц: {count}</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>off (this design turns it off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отключено (в этом проекте правило отключено)</translation>
    </message>
    <message>
        <source>on, at {severity} instead of {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>включено, уровень «{severity}» вместо «{default}»</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>включено</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник: {source}.</translation>
    </message>
    <message>
        <source>In this design: {state}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В этом проекте: {state}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Параметры: {names}</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>unit</source>
        <extracomment>Unit fields that hold a unit id: shown as that unit&apos;s label in its scenario. The &quot;Kind&quot; column&apos;s word for each section of a diff (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделение</translation>
    </message>
    <message>
        <source>post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должность</translation>
    </message>
    <message>
        <source>line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия подчиненности</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>орган</translation>
    </message>
    <message>
        <source>role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>роль</translation>
    </message>
    <message>
        <source>setting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>параметр</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>The &quot;Change&quot; column&apos;s words: every action&apos;s value (translated by :func:`change_word`).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавление</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>упразднение</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переподчинение</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переименование</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменение</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правопреемство</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>замена другими подразделениями</translation>
    </message>
    <message>
        <source>established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>создание</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перераспределение</translation>
    </message>
    <message>
        <source>moved with its unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перевод вместе с подразделением</translation>
    </message>
    <message>
        <source>reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>реклассификация</translation>
    </message>
    <message>
        <source>funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменение источника финансирования</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>удаление</translation>
    </message>
    <message>
        <source>members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменение состава</translation>
    </message>
    <message>
        <source>chair changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>смена председателя</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначение</translation>
    </message>
    <message>
        <source>cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>снятие</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переназначение</translation>
    </message>
    <message>
        <source>dual, {source} to {target}</source>
        <extracomment>A line in words, by kind: ``dual, ASG Africa to DPO``.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>двойная, от {source} к {target}</translation>
    </message>
    <message>
        <source>dotted, {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пунктирная, от {source} к {target}</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>от {source} к {target}</translation>
    </message>
    <message>
        <source>{grade} {funding} in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade} {funding} — {unit}</translation>
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
        <translation> (условие: {condition})</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>chair {chair}; members {members}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>председатель: {chair}; члены: {members}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>Unit fields whose change makes a unit &quot;changed&quot; (name, parent and succession have their own actions; a citation says where a unit comes from, not how it changed: issue 21). Each unit field in words (translated where shown, context &quot;Change&quot;): short_name has RENAMED&apos;s words, the others are the CHANGED action&apos;s fields.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вид</translation>
    </message>
    <message>
        <source>short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>краткое название</translation>
    </message>
    <message>
        <source>head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>класс руководителя</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регион</translation>
    </message>
    <message>
        <source>presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>тип присутствия</translation>
    </message>
    <message>
        <source>lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ведущий департамент</translation>
    </message>
    <message>
        <source>backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поддерживается</translation>
    </message>
    <message>
        <source>entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>точка входа для</translation>
    </message>
    <message>
        <source>functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>функции</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>примечание</translation>
    </message>
    <message>
        <source>segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сегменты</translation>
    </message>
    <message>
        <source>segment entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>точки входа сегментов</translation>
    </message>
    <message>
        <source>location</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>местонахождение</translation>
    </message>
    <message>
        <source>names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>названия</translation>
    </message>
    <message>
        <source>dual line to {unit} added</source>
        <extracomment>A line&apos;s note on its source unit, by (kind, action).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавлена двойная линия к {unit}</translation>
    </message>
    <message>
        <source>dual line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>удалена двойная линия к {unit}</translation>
    </message>
    <message>
        <source>dual line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменена двойная линия к {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавлена пунктирная линия к {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>удалена пунктирная линия к {unit}</translation>
    </message>
    <message>
        <source>dotted line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменена пунктирная линия к {unit}</translation>
    </message>
    <message>
        <source>dual line moved to {unit}</source>
        <extracomment>A moved line&apos;s note on the unit it left, by kind.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>двойная линия перенесена к {unit}</translation>
    </message>
    <message>
        <source>dotted line moved to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пунктирная линия перенесена к {unit}</translation>
    </message>
    <message>
        <source>abolished: {unit}</source>
        <extracomment>Unit id -&gt; department id, in the earlier and the later scenario. Later unit -&gt; its predecessors, and earlier unit -&gt; its successors.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>упразднено: {unit}</translation>
    </message>
    <message>
        <source>moved from {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ранее подчинялось: {unit}</translation>
    </message>
    <message>
        <source>was {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ранее: {unit}</translation>
    </message>
    <message>
        <source>succeeds {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правопреемник: {units}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменено: {fields}</translation>
    </message>
    <message>
        <source>members: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>члены: {units}</translation>
    </message>
    <message>
        <source>members: reordered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>члены: изменен порядок</translation>
    </message>
    <message>
        <source>chair: {old} -&gt; {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>председатель: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>body added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>орган добавлен</translation>
    </message>
    <message>
        <source>body removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>орган удален</translation>
    </message>
    <message>
        <source>now the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>теперь: {role}</translation>
    </message>
    <message>
        <source>no longer the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>больше не: {role}</translation>
    </message>
    <message>
        <source>+{came} posts in, -{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности: +{came} прибыло, -{went} убыло</translation>
    </message>
    <message>
        <source>+{came} posts in</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности: +{came} прибыло</translation>
    </message>
    <message>
        <source>-{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности: -{went} убыло</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>Each section&apos;s name in the headline (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделения</translation>
    </message>
    <message>
        <source>posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности</translation>
    </message>
    <message>
        <source>lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линии подчиненности</translation>
    </message>
    <message>
        <source>bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>органы</translation>
    </message>
    <message>
        <source>roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>роли</translation>
    </message>
    <message>
        <source>settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>параметры правил</translation>
    </message>
    <message>
        <source>redeployed to another unit</source>
        <extracomment>How the headline says an action where its value alone would mislead.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перераспределение в другое подразделение</translation>
    </message>
    <message>
        <source>continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сохранение вместе с подразделением в другом департаменте</translation>
    </message>
    <message>
        <source>succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правопреемство прежних подразделений</translation>
    </message>
    <message>
        <source>succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>замена последующими подразделениями</translation>
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
        <translation>Различий нет: подразделения, должности, линии, органы, роли и параметры.</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The fields of a line that can change under the same id (everything but the id). The single-unit roles of a scenario; department roles are ``department:ROLE``. Each single-unit role in words (translated where shown, context &quot;Change&quot;).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>головное подразделение</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>общая структура</translation>
    </message>
    <message>
        <source>executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>административная канцелярия</translation>
    </message>
    <message>
        <source>principals group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>группа руководителей</translation>
    </message>
    <message>
        <source>{role} department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>департамент {role}</translation>
    </message>
    <message>
        <source>design added: {count} scenario(s)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавлена структура; сценариев: {count}</translation>
    </message>
    <message>
        <source>{scenario}: scenario added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: сценарий добавлен</translation>
    </message>
    <message>
        <source>{scenario}: {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: {change}</translation>
    </message>
    <message>
        <source>{scenario}: scenario removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: сценарий удален</translation>
    </message>
    <message>
        <source>design properties or review notes changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменены свойства структуры или замечания рецензентов</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>department</source>
        <extracomment>Each unit kind in words on a card (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>департамент</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>управление</translation>
    </message>
    <message>
        <source>structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>структура</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отдел</translation>
    </message>
    <message>
        <source>service</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>служба</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сектор</translation>
    </message>
    <message>
        <source>section</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>секция</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>группа</translation>
    </message>
    <message>
        <source>team</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>рабочая группа</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>присутствие на местах</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>орган</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Страница {number} из {total}</translation>
    </message>
    <message>
        <source>Scale {percent}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Масштаб {percent} %</translation>
    </message>
    <message>
        <source>Tile {number} of {total}, sheet {sheet}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фрагмент {number} из {total}, лист {sheet}</translation>
    </message>
    <message>
        <source>{title} — {scenario} — how the {count} tiles assemble</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} — {scenario} — как собрать {count} фрагментов</translation>
    </message>
    <message>
        <source>Assembly map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Схема сборки</translation>
    </message>
    <message>
        <source>{amount}M</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} млн</translation>
    </message>
    <message>
        <source>{amount}k</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} тыс.</translation>
    </message>
    <message>
        <source>no posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет должностей</translation>
    </message>
    <message>
        <source>1 post · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 должность · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} posts · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должностей: {count} · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}: {count}</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 подразделение</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделений: {count}</translation>
    </message>
    <message>
        <source>1 post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 должность</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должностей: {count}</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 замечание</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Замечаний: {count}</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit required bodies and dual reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить обязательные органы и двойную подчинённость</translation>
    </message>
    <message>
        <source>Comment on unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Прокомментировать подразделение {id}</translation>
    </message>
    <message>
        <source>Comment on post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Прокомментировать должность {id}</translation>
    </message>
    <message>
        <source>Resolve comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметить как решённый комментарий к {id}</translation>
    </message>
    <message>
        <source>Reopen comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снова открыть комментарий к {id}</translation>
    </message>
    <message>
        <source>Edit comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить комментарий к {id}</translation>
    </message>
    <message>
        <source>Delete comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить комментарий к {id}</translation>
    </message>
    <message>
        <source>{decision}: {place}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{decision}: {place}</translation>
    </message>
    <message>
        <source>Decide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Take base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принять базовую версию</translation>
    </message>
    <message>
        <source>Take ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принять нашу версию</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>Import {source} into {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Импортировать {source} в {scenario}</translation>
    </message>
    <message>
        <source>Change caption of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить подпись линии {line}</translation>
    </message>
    <message>
        <source>Change condition of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить условие линии {line}</translation>
    </message>
    <message>
        <source>Change kind of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить тип линии {line}</translation>
    </message>
    <message>
        <source>Change citation of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить ссылку на источник линии {line}</translation>
    </message>
    <message>
        <source>Add dual line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить двойную линию от {source} к {target}</translation>
    </message>
    <message>
        <source>Add dotted line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить пунктирную линию от {source} к {target}</translation>
    </message>
    <message>
        <source>Remove line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить линию от {source} к {target}</translation>
    </message>
    <message>
        <source>Change members of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить состав {unit}</translation>
    </message>
    <message>
        <source>Reclassify post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассифицировать должность {post} до класса {value}</translation>
    </message>
    <message>
        <source>Change funding of post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить источник финансирования должности {post} на {value}</translation>
    </message>
    <message>
        <source>Retitle {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить название должности {post}</translation>
    </message>
    <message>
        <source>Retitle {post} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить название должности {post} на других языках</translation>
    </message>
    <message>
        <source>Reclassify {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассифицировать должности до класса {value} (число: {count})</translation>
    </message>
    <message>
        <source>Change funding of {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить источник финансирования должностей на {value} (число: {count})</translation>
    </message>
    <message>
        <source>Establish a {grade} post ({funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Учредить должность класса {grade} ({funding}) в {unit}</translation>
    </message>
    <message>
        <source>Abolish post {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднить должность {post}</translation>
    </message>
    <message>
        <source>Abolish {count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднить должности (число: {count})</translation>
    </message>
    <message>
        <source>Redeploy post {post} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить должность {post} в {unit}</translation>
    </message>
    <message>
        <source>Redeploy {count} posts to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить должности в {unit} (число: {count})</translation>
    </message>
    <message>
        <source>Make {unit} the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сделать {unit} головным подразделением</translation>
    </message>
    <message>
        <source>Clear the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снять головное подразделение</translation>
    </message>
    <message>
        <source>Make {unit} the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сделать {unit} общей структурой</translation>
    </message>
    <message>
        <source>Clear the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снять общую структуру</translation>
    </message>
    <message>
        <source>Make {unit} the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сделать {unit} административной канцелярией</translation>
    </message>
    <message>
        <source>Clear the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снять административную канцелярию</translation>
    </message>
    <message>
        <source>Make {unit} the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сделать {unit} группой руководителей</translation>
    </message>
    <message>
        <source>Clear the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снять группу руководителей</translation>
    </message>
    <message>
        <source>Edit design properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить свойства проекта</translation>
    </message>
    <message>
        <source>Describe {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Описать {scenario}</translation>
    </message>
    <message>
        <source>Copy {scenario} as {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Скопировать {scenario} под именем {name}</translation>
    </message>
    <message>
        <source>Rename {scenario} to {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать {scenario} в {name}</translation>
    </message>
    <message>
        <source>Rename {name} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать {name} на других языках</translation>
    </message>
    <message>
        <source>Delete {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить {scenario}</translation>
    </message>
    <message>
        <source>Rename {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать {unit}</translation>
    </message>
    <message>
        <source>Change kind of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить тип {unit}</translation>
    </message>
    <message>
        <source>Change short name of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить краткое название {unit}</translation>
    </message>
    <message>
        <source>Change head grade of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить класс руководителя {unit}</translation>
    </message>
    <message>
        <source>Change region of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить регион {unit}</translation>
    </message>
    <message>
        <source>Change presence type of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить тип присутствия {unit}</translation>
    </message>
    <message>
        <source>Change lead department of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить ведущий департамент {unit}</translation>
    </message>
    <message>
        <source>Change the backstop of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить поддерживающее подразделение {unit}</translation>
    </message>
    <message>
        <source>Change the regions {unit} is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить регионы, для которых {unit} является точкой входа</translation>
    </message>
    <message>
        <source>Change functions of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить функции {unit}</translation>
    </message>
    <message>
        <source>Change note of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить примечание к {unit}</translation>
    </message>
    <message>
        <source>Change segments of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить сегменты {unit}</translation>
    </message>
    <message>
        <source>Change segment entry points of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить точки входа по сегментам {unit}</translation>
    </message>
    <message>
        <source>Change succession of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить преемственность {unit}</translation>
    </message>
    <message>
        <source>Change location of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить место службы {unit}</translation>
    </message>
    <message>
        <source>Change names of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить названия {unit} на других языках</translation>
    </message>
    <message>
        <source>Change citation of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить ссылку на источник {unit}</translation>
    </message>
    <message>
        <source>Delete {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить {unit}</translation>
    </message>
    <message>
        <source>Delete {unit} and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить {unit} и подчинённые подразделения (число: {below})</translation>
    </message>
    <message>
        <source>Delete {count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить подразделения (число: {count})</translation>
    </message>
    <message>
        <source>Delete {count} units and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить подразделения ({count}) и подчинённые им подразделения ({below})</translation>
    </message>
    <message>
        <source>Move {unit} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переместить {unit} в {target}</translation>
    </message>
    <message>
        <source>Move {count} units to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переместить подразделения в {target} (число: {count})</translation>
    </message>
    <message>
        <source>Add {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить {unit}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Исправление: {fix}</translation>
    </message>
    <message>
        <source>Edit funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение источника финансирования {source}</translation>
    </message>
    <message>
        <source>Add funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавление источника финансирования {source}</translation>
    </message>
    <message>
        <source>grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>класс</translation>
    </message>
    <message>
        <source>funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>источник финансирования</translation>
    </message>
    <message>
        <source>function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>функция</translation>
    </message>
    <message>
        <source>department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>роль департамента</translation>
    </message>
    <message>
        <source>duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>место службы</translation>
    </message>
    <message>
        <source>Turn {rule} on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Включение правила {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} off</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отключение правила {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} on ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Включение правила {rule} ({severity})</translation>
    </message>
    <message>
        <source>Turn {rule} off ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отключение правила {rule} ({severity})</translation>
    </message>
    <message>
        <source>Set {count} rules&apos; switches and severities</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Включение и уровень серьезности правил (всего {count})</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регион</translation>
    </message>
    <message>
        <source>Edit segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение сегментов</translation>
    </message>
    <message>
        <source>Add {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавление: {kind} {item}</translation>
    </message>
    <message>
        <source>Rename {kind} {item} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименование: {kind} {item} в {new}</translation>
    </message>
    <message>
        <source>Edit {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение: {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перемещение вверх: {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} down</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перемещение вниз: {kind} {item}</translation>
    </message>
    <message>
        <source>Map {kind} {item} to {new} and delete it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Замена на {new} и удаление: {kind} {item}</translation>
    </message>
    <message>
        <source>Delete {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удаление: {kind} {item}</translation>
    </message>
    <message>
        <source>Edit standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение стандартных расходов</translation>
    </message>
    <message>
        <source>Edit rule parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение параметров правил</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{items} and {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items} и {item}</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}; {item}</translation>
    </message>
    <message>
        <source>{part} ({part_id}) of {source} ({source_id})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{part} ({part_id}) в составе {source} ({source_id})</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы выше исходного уровня на {currency} {amount} в год; {grades} в сравнении с исходным уровнем. Никакие перемещения между источниками финансирования не допускаются.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы выше исходного уровня на {currency} {amount} в год. Никакие перемещения между источниками финансирования не допускаются.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы выше исходного уровня на {currency} {amount} в год; {grades} в сравнении с исходным уровнем. Никакие перемещения между частями источника {source} не допускаются.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы выше исходного уровня на {currency} {amount} в год. Никакие перемещения между частями источника {source} не допускаются.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы ниже исходного уровня на {currency} {amount} в год; {grades} в сравнении с исходным уровнем. Никакие перемещения между источниками финансирования не допускаются.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы ниже исходного уровня на {currency} {amount} в год. Никакие перемещения между источниками финансирования не допускаются.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы ниже исходного уровня на {currency} {amount} в год; {grades} в сравнении с исходным уровнем. Никакие перемещения между частями источника {source} не допускаются.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: расходы ниже исходного уровня на {currency} {amount} в год. Никакие перемещения между частями источника {source} не допускаются.</translation>
    </message>
    <message>
        <source>{count} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {grade}</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year more than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Предложение обходится на {currency} {amount} в год дороже исходного уровня ({after} против {before}; допуск — {tolerance}).</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year less than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Предложение обходится на {currency} {amount} в год дешевле исходного уровня ({after} против {before}; допуск — {tolerance}).</translation>
    </message>
    <message>
        <source>{source}, posts funded by the source as a whole</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}, должности, финансируемые из источника в целом</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline: {changes} ({total} posts in all).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности по классам в сравнении с исходным уровнем: {changes} (чистое изменение числа должностей: {total}).</translation>
    </message>
    <message>
        <source>Senior posts ({grade} and above) grow by {growth} without an offset: {changes}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Число должностей старшего уровня ({grade} и выше) растет на {growth} без компенсации: {changes}.</translation>
    </message>
    <message>
        <source>No unit carries {function} any more; the baseline carried it in {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ни одно подразделение больше не выполняет функцию «{function}»; на исходном уровне ее выполняли: {units}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, in {department}; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функцию «{function}» выполняет подразделение «{unit}» в составе «{department}»; ее место — «{home}».</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, outside the departments; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функцию «{function}» выполняет подразделение «{unit}» вне департаментов; ее место — «{home}».</translation>
    </message>
    <message>
        <source>{functions} must sit in one department; they are split ({places}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции {functions} должны находиться в одном департаменте; сейчас они разделены ({places}).</translation>
    </message>
    <message>
        <source>outside any department: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вне департаментов: {units}</translation>
    </message>
    <message>
        <source>{department}: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department}: {units}</translation>
    </message>
    <message>
        <source>{department} has no dedicated gender capacity: no unit in it carries {function}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В департаменте «{department}» нет специального потенциала по гендерным вопросам: ни одно его подразделение не выполняет функцию «{function}».</translation>
    </message>
    <message>
        <source>{body} is chaired by {actual}, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В органе «{body}» председательствует «{actual}», а не «{chair}».</translation>
    </message>
    <message>
        <source>{body} is chaired by no one, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В органе «{body}» никто не председательствует; председателем должно быть «{chair}».</translation>
    </message>
    <message>
        <source>The head of {member} is not a member of {body}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Руководитель подразделения «{member}» не входит в состав органа «{body}».</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings the department heads ({members}) together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нет органа «{body}» под председательством «{chair}», который объединял бы руководителей департаментов ({members}).</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings {members} together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нет органа «{body}» под председательством «{chair}», который объединял бы {members}.</translation>
    </message>
    <message>
        <source>{unit} carries {function} but has no functional link to {office}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение «{unit}» выполняет функцию «{function}», но не имеет функциональной связи с «{office}».</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it as the chart draws it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для {unit} не указан ведущий департамент; ведущим является {lead}, как показано на схеме.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для {unit} не указан ведущий департамент; по умолчанию ведущим является {lead}.</translation>
    </message>
    <message>
        <source>{unit} is led by {lead}, which is not one of the departments ({departments}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ведущим для {unit} является {lead}, но это не один из департаментов ({departments}).</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — операция по поддержанию мира, и ее ведущим департаментом должен быть {lead}, а не {current}.</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — операция по поддержанию мира, и ее ведущим департаментом должен быть {lead}, но ведущий департамент не указан.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — региональное отделение, и его ведущим департаментом должен быть {lead}, а не {current}.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — региональное отделение, и его ведущим департаментом должен быть {lead}, но ведущий департамент не указан.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — посланник, и его ведущим департаментом должен быть {lead}, а не {current}.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — посланник, и его ведущим департаментом должен быть {lead}, но ведущий департамент не указан.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — отделение по политическому процессу, и его ведущим департаментом должен быть {lead}, а не {current}.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — отделение по политическому процессу, и его ведущим департаментом должен быть {lead}, но ведущий департамент не указан.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — полевое присутствие другого типа, и его ведущим департаментом должен быть {lead}, а не {current}.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} — полевое присутствие другого типа, и его ведущим департаментом должен быть {lead}, но ведущий департамент не указан.</translation>
    </message>
    <message>
        <source>{units} under {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} — под {parent}</translation>
    </message>
    <message>
        <source>{units} under no parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} — без вышестоящего подразделения</translation>
    </message>
    <message>
        <source>The units of {group} are split: {where}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделения группы {group} разделены: {where}.</translation>
    </message>
    <message>
        <source>{unit} sits under {parent}, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} находится под {parent}, отдельно от остальной части группы {group} ({units} — под {main}).</translation>
    </message>
    <message>
        <source>{unit} sits under no parent, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} не имеет вышестоящего подразделения и находится отдельно от остальной части группы {group} ({units} — под {main}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds no {head} post (its most senior post is {grade}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {head}, но в нем нет должности класса {head} (его старшая должность — класса {grade}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds a more senior {grade} post.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {head}, но в нем есть более старшая должность класса {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {head}; проект требует руководителя класса {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {head}; проект требует руководителя класса {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для руководителя подразделения {unit} класс не задан; проект требует руководителя класса {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для руководителя подразделения {unit} класс не задан; проект требует руководителя класса {grade}.</translation>
    </message>
    <message>
        <source>{unit} sits under {chart} on the chart, but its lead department is {lead}, and no line from it to {lead} marks it as backstopped across.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} находится под {chart} на схеме, но его ведущий департамент — {lead}, и ни одна линия от него к {lead} не показывает, что его поддерживает другой департамент.</translation>
    </message>
    <message>
        <source>Region {region} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У региона {region} несколько точек входа ({count}): {units}.</translation>
    </message>
    <message>
        <source>{Segment} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У элемента {Segment} несколько точек входа ({count}): {units}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is not part of the shared regional structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точка входа региона {region}, {unit}, не входит в общую региональную структуру ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is not part of the shared structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точка входа элемента {segment}, {unit}, не входит в общую структуру ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точку входа региона {region}, {unit}, возглавляет сотрудник класса {head}, а не {grade}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У точки входа региона {region}, {unit}, класс руководителя не задан, а должен быть {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точку входа элемента {segment}, {unit}, возглавляет сотрудник класса {head}, а не {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У точки входа элемента {segment}, {unit}, класс руководителя не задан, а должен быть {grade}.</translation>
    </message>
    <message>
        <source>Region {region} has no headquarters entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У региона {region} нет точки входа в Центральных учреждениях.</translation>
    </message>
    <message>
        <source>{Segment} has no entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У элемента {Segment} нет точки входа.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by no headquarters unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Присутствие {unit} ({region}) не получает поддержки ни от одного подразделения Центральных учреждений.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by {backstop}, which is not under the region&apos;s entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Присутствие {unit} ({region}) поддерживает {backstop} — подразделение, не подчиненное точке входа региона ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is backstopped by {backstop}, which is not under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} относится к элементу {segment}, но его поддерживает {backstop} — подразделение, не подчиненное точке входа этого элемента ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is neither backstopped by a unit nor placed under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} относится к элементу {segment}, но не подчинено его точке входа ({points}) и не получает поддержки от подчиненного ей подразделения.</translation>
    </message>
    <message>
        <source>{unit} has no region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для присутствия {unit} не указан регион.</translation>
    </message>
    <message>
        <source>The dual lines of {unit} say nothing about when each applies; add a condition (for example: peacekeeping operations).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойные линии подразделения {unit} не указывают, когда применяется каждая из них; добавьте условие (например: операции по поддержанию мира).</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} подотчетно {department} только по пунктирной линии; проект помечает его как подотчетное {departments}.</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} подотчетно {department} только по пунктирной линии; региональная точка входа подотчетна руководителям обоих департаментов.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} не подотчетно {department}; проект помечает его как подотчетное {departments}.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} не подотчетно {department}; региональная точка входа подотчетна руководителям обоих департаментов.</translation>
    </message>
    <message>
        <source>peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>операции по поддержанию мира</translation>
    </message>
    <message>
        <source>special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>специальные политические миссии</translation>
    </message>
    <message>
        <source>regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>региональные отделения</translation>
    </message>
    <message>
        <source>envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>посланники</translation>
    </message>
    <message>
        <source>political-process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отделения по политическим процессам</translation>
    </message>
    <message>
        <source>The conditions of {unit}&apos;s dual lines are swapped: the line to {first} says &apos;{first_condition}&apos; and the line to {second} says &apos;{second_condition}&apos;.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Условия двойных линий подразделения {unit} перепутаны местами: в линии к {first} сказано «{first_condition}», а в линии к {second} — «{second_condition}».</translation>
    </message>
    <message>
        <source>{type} (reported to {department})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{type} (подотчетны {department})</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} carries no condition: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойная линия от {unit} к {department} не содержит условия и поэтому не называет следующие типы: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing} and names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В двойной линии от {unit} к {department} сказано «{condition}»: в ней не названы типы: {missing}; и названы типы других департаментов: {named}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В двойной линии от {unit} к {department} сказано «{condition}»: в ней не названы типы: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В двойной линии от {unit} к {department} сказано «{condition}»: в ней названы типы других департаментов: {named}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by no unit; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точки входа регионов (регионов: {count}) не закреплены ни за одним подразделением; по проекту держателей должно быть не меньше {least}.</translation>
    </message>
    <message>
        <source>The entry points of 1 region are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точка входа 1 региона закреплена за {units}; по проекту держателей должно быть не меньше {least}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точки входа регионов (регионов: {count}) закреплены за {units}; по проекту держателей должно быть не меньше {least}.</translation>
    </message>
    <message>
        <source>Primary reporting lines form a cycle: {path}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Основные линии подчиненности образуют цикл: {path}.</translation>
    </message>
    <message>
        <source>{count} units report to no one ({units}); an organisation has one top: set the scenario&apos;s top and give the others a parent.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделений, которые никому не подчинены: {count} ({units}); у организации одна вершина: задайте вершину сценария, а остальным назначьте вышестоящее подразделение.</translation>
    </message>
    <message>
        <source>The top of the organisation, {top}, reports to {parent}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вершина организации, {top}, подчинена {parent}.</translation>
    </message>
    <message>
        <source>{unit} does not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} не восходит к вершине ({top}): {unit} никому не подчинено.</translation>
    </message>
    <message>
        <source>{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} и 1 подчиненное ему подразделение не восходят к вершине ({top}): {unit} никому не подчинено.</translation>
    </message>
    <message>
        <source>{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} и подчиненные ему подразделения (всего {count}) не восходят к вершине ({top}): {unit} никому не подчинено.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {grade} — того же уровня, что и у {parent} ({parent_grade}), которому оно подчинено.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} возглавляется сотрудником класса {grade} — старше, чем у {parent} ({parent_grade}), которому оно подчинено.</translation>
    </message>
    <message>
        <source>{unit} has {count} units reporting to it directly; the limit is {limit}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Прямых подчиненных подразделений у {unit}: {count}; предел — {limit}.</translation>
    </message>
    <message>
        <source>{unit} sits at layer {layer}; the design allows {limit} layers.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение {unit} находится на уровне {layer}; проект допускает уровней: {limit}.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>the total is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>общие расходы выше исходного уровня на {currency} {amount}: {changes}</translation>
    </message>
    <message>
        <source>the total is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>общие расходы ниже исходного уровня на {currency} {amount}: {changes}</translation>
    </message>
    <message>
        <source>{name} is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} — превышение на {currency} {amount}: {changes}</translation>
    </message>
    <message>
        <source>{name} is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} — снижение на {currency} {amount}: {changes}</translation>
    </message>
    <message>
        <source>senior posts grow by {growth}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>число должностей старшего уровня растет на {growth}: {changes}</translation>
    </message>
    <message>
        <source>give {function} back to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вернуть функцию «{function}» подразделению «{unit}»</translation>
    </message>
    <message>
        <source>give {function} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поручить функцию «{function}» подразделению «{unit}»</translation>
    </message>
    <message>
        <source>make {unit} report to {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переподчинить «{unit}» подразделению «{parent}»</translation>
    </message>
    <message>
        <source>move {unit} into {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перевести «{unit}» в состав «{parent}»</translation>
    </message>
    <message>
        <source>give {function} to {unit} in {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поручить функцию «{function}» подразделению «{unit}» в составе «{department}»</translation>
    </message>
    <message>
        <source>make {chair} its chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначить «{chair}» председателем</translation>
    </message>
    <message>
        <source>add {member} to {body}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>включить «{member}» в состав органа «{body}»</translation>
    </message>
    <message>
        <source>create a {body} under {parent}, chaired by {chair}, with {members} as members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>создать орган «{body}» в подчинении «{parent}» под председательством «{chair}» в составе: {members}</translation>
    </message>
    <message>
        <source>add a dotted line from {unit} to {office}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавить пунктирную линию от «{unit}» к «{office}»</translation>
    </message>
    <message>
        <source>abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>упразднить должность {post} ({grade}, {funding}) в подразделении «{unit}», учрежденную в этом предложении</translation>
    </message>
    <message>
        <source>re-establish post {post} ({grade}, {funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>восстановить должность {post} ({grade}, {funding}) в подразделении «{unit}»</translation>
    </message>
    <message>
        <source>move post {post} ({grade}) in {unit} back from {funding} to {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перевести должность {post} ({grade}) в подразделении «{unit}» обратно с {funding} на {old_funding}</translation>
    </message>
    <message>
        <source>reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>реклассифицировать должность {post} ({funding}) в подразделении «{unit}» обратно с {grade} на {old_grade}</translation>
    </message>
    <message>
        <source>return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вернуть должность {post} в подразделении «{unit}» с {grade}, {funding} на {old_grade}, {old_funding}</translation>
    </message>
    <message>
        <source>name {lead} as lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>указать {lead} как ведущий департамент для {unit}</translation>
    </message>
    <message>
        <source>make {lead} the lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сделать {lead} ведущим департаментом для {unit}</translation>
    </message>
    <message>
        <source>move {unit} back under {main}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вернуть {unit} под {main}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>установить для руководителя {unit} класс {grade}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, as its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>установить для руководителя {unit} класс {grade}, как у его старшей должности</translation>
    </message>
    <message>
        <source>move {unit} under {lead}, its lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переместить {unit} под {lead}, его ведущий департамент</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сделать {unit} точкой входа для {item} вместо {point}</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сделать {unit} точкой входа для {item} вместо {point}, с двойными линиями от {unit} к {departments}</translation>
    </message>
    <message>
        <source>keep {unit} as the entry point of {item} and withdraw the designation of {others}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>оставить {unit} точкой входа для {item} и снять назначение с {others}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}, with dual lines to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переместить {unit} в {parent}, с двойными линиями к {departments}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>установить для руководителя {unit} класс {grade}, с двойными линиями от {unit} к {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначить {unit} точкой входа региона {region}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначить {unit} точкой входа региона {region}, с двойными линиями от {unit} к {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначить {unit} точкой входа элемента {segment}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>назначить {unit} точкой входа элемента {segment}, с двойными линиями от {unit} к {departments}</translation>
    </message>
    <message>
        <source>have {backstop} backstop {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поручить поддержку {unit} подразделению {backstop}</translation>
    </message>
    <message>
        <source>put {unit} in region {region}, the region of {backstop} that backstops it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отнести {unit} к региону {region} — региону поддерживающего его подразделения {backstop}</translation>
    </message>
    <message>
        <source>turn the dotted line from {unit} to {department} into a dual line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>превратить пунктирную линию от {unit} к {department} в двойную</translation>
    </message>
    <message>
        <source>add a dual line from {unit} to {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>добавить двойную линию от {unit} к {department}</translation>
    </message>
    <message>
        <source>swap the conditions of the dual lines from {unit} to {first} and {second}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поменять местами условия двойных линий от {unit} к {first} и к {second}</translation>
    </message>
    <message>
        <source>make the dual line from {unit} to {department} say &apos;{text}&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>записать в двойной линии от {unit} к {department} условие «{text}»</translation>
    </message>
    <message>
        <source>make {unit} report to {top}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подчинить {unit} подразделению {top}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>department</source>
        <extracomment>The legend&apos;s unit colours (on paper and in the Legend dock), translated where shown.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>департамент</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>управление</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>общая структура</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отдел</translation>
    </message>
    <message>
        <source>section, unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>секция, группа</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>присутствие на местах</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>орган</translation>
    </message>
    <message>
        <source>primary reporting line</source>
        <extracomment>The printed legend&apos;s lines: primary, dual, dotted.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>основная линия подчиненности</translation>
    </message>
    <message>
        <source>dual line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>двойная линия (когда — см. подпись)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пунктирная линия</translation>
    </message>
    <message>
        <source>finding: error</source>
        <extracomment>The printed legend&apos;s finding badges, by severity.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>замечание: ошибка</translation>
    </message>
    <message>
        <source>finding: warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>замечание: предупреждение</translation>
    </message>
    <message>
        <source>finding: info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>замечание: информация</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Классы: {grades}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>new</source>
        <extracomment>The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>новое</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>преемник</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перемещено</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переименовано</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменено</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>1 of {total} units has no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У 1 из {total} подразделений нет названия на языке {language}: показано на {default}</translation>
    </message>
    <message>
        <source>{count} of {total} units have no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У {count} из {total} подразделений нет названия на языке {language}: показаны на {default}</translation>
    </message>
    <message>
        <source>1 of {total} post titles has none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У 1 из {total} должностей нет названия на языке {language}: показано на {default}</translation>
    </message>
    <message>
        <source>{count} of {total} post titles have none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У {count} из {total} должностей нет названия на языке {language}: показаны на {default}</translation>
    </message>
</context>
<context>
    <name>NoFix</name>
    <message>
        <source>none of the units that carried it is left and none holds their posts: choose the unit that will carry {function}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одного из подразделений, выполнявших ее, не осталось, и ни одно не располагает их должностями: выберите подразделение, которое будет выполнять функцию «{function}»</translation>
    </message>
    <message>
        <source>{home} sits inside another department and the scenario has no top to move it to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>«{home}» находится в составе другого департамента, а в сценарии нет верхнего подразделения, куда его можно перевести</translation>
    </message>
    <message>
        <source>which department gets them all is the planner&apos;s choice (with homes set for them, the findings on their homes move them)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>какой департамент получит их все, решает планировщик (если для них задано место, замечания о месте переместят их туда)</translation>
    </message>
    <message>
        <source>no set of changes to posts against the baseline, undone, repairs it without upsetting another cost: choose the posts to establish, abolish or re-fund</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>никакой набор изменений должностей относительно исходного уровня после отмены не исправляет это, не нарушив других расходов: выберите должности, которые следует учредить, упразднить или перевести на другой источник финансирования</translation>
    </message>
    <message>
        <source>this finding has no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>для этого замечания нет автоматического исправления</translation>
    </message>
    <message>
        <source>the design names no default lead (rules.mission_default_lead)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не указан ведущий департамент по умолчанию (rules.mission_default_lead)</translation>
    </message>
    <message>
        <source>no parent holds most of the group: choose where it stays together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно вышестоящее подразделение не объединяет большую часть группы: выберите, где она останется вместе</translation>
    </message>
    <message>
        <source>the design requires an {grade} head: give it an {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект требует руководителя класса {grade}: предусмотрите в подразделении должность класса {grade}</translation>
    </message>
    <message>
        <source>the design requires a {grade} head: give it a {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект требует руководителя класса {grade}: предусмотрите в подразделении должность класса {grade}</translation>
    </message>
    <message>
        <source>move it under {lead}, make {chart} its lead, or draw a dotted line from it to {lead} to mark it backstopped across</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переместите его под {lead}, сделайте {chart} его ведущим департаментом или проведите от него пунктирную линию к {lead}, чтобы показать, что его поддерживает другой департамент</translation>
    </message>
    <message>
        <source>{units} are backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} поддерживаются подразделениями, подчиненными {others}: выберите точку входа и перераспределите поддержку остальных</translation>
    </message>
    <message>
        <source>{units} is backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} поддерживается подразделением, подчиненным {others}: выберите точку входа и перераспределите поддержку остальных</translation>
    </message>
    <message>
        <source>no unit of the shared structure led by an {grade} works on {item}, and an {grade} head would not fit between the grades above and below {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно подразделение общей структуры, возглавляемое сотрудником класса {grade}, не занимается {item}, а руководитель класса {grade} не впишется между классами выше и ниже {unit}</translation>
    </message>
    <message>
        <source>no field presence of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно полевое присутствие в {item} не получает поддержки, и ни одно подразделение общей структуры им не занимается: выберите или создайте подразделение, которое станет его точкой входа</translation>
    </message>
    <message>
        <source>no unit of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно подразделение элемента {item} не получает поддержки, и ни одно подразделение общей структуры им не занимается: выберите или создайте подразделение, которое станет его точкой входа</translation>
    </message>
    <message>
        <source>{region} has no single entry point yet: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у региона {region} пока нет единственной точки входа: сначала исправьте REGION-ENTRY</translation>
    </message>
    <message>
        <source>{segment} has several entry points: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у элемента {segment} несколько точек входа: сначала исправьте REGION-ENTRY</translation>
    </message>
    <message>
        <source>no unit that backstops it says which region it is in: choose its region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно поддерживающее его подразделение не указывает, к какому региону оно относится: выберите его регион</translation>
    </message>
    <message>
        <source>when each line applies is the planner&apos;s to word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сформулировать, когда применяется каждая линия, должен проектировщик</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его полевые присутствия поддерживаются подразделениями, подчиненными {units}, и не все они входят в общую структуру с классом {grade}: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его полевые присутствия поддерживаются подразделениями, подчиненными {units}, и не все они входят в общую структуру: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его полевые присутствия поддерживаются подразделениями, подчиненными {units}: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его подразделения подчинены {units}, и не все они входят в общую структуру с классом {grade}: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его подразделения подчинены {units}, и не все они входят в общую структуру: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>its units are placed under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его подразделения подчинены {units}: выберите, какое подразделение станет его точкой входа</translation>
    </message>
    <message>
        <source>the design gives this department no presence type: remove what the condition names of the others&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не относит к этому департаменту ни одного типа присутствия: уберите из условия типы других департаментов</translation>
    </message>
    <message>
        <source>no other unit of the shared structure at the entry-point grade works on these regions: choose or create the units that will hold them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни одно другое подразделение общей структуры класса точки входа не занимается этими регионами: выберите или создайте подразделения, за которыми они будут закреплены</translation>
    </message>
    <message>
        <source>which unit is the top is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>какое подразделение будет вершиной, решает проектировщик</translation>
    </message>
    <message>
        <source>the top or its parent must change, which is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нужно изменить вершину или ее вышестоящее подразделение, и это решает проектировщик</translation>
    </message>
    <message>
        <source>no grade fits between the head above and the heads below: move the unit or regrade the heads around it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни один класс не вписывается между руководителем выше и руководителями ниже: переместите подразделение или измените классы руководителей вокруг него</translation>
    </message>
    <message>
        <source>it is a regional entry point, which keeps an {grade} head</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>это региональная точка входа, руководитель которой сохраняет класс {grade}</translation>
    </message>
    <message>
        <source>the design promises its head the grade {grade} (rules.required_head_grades): regrade the head above instead</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект обещает его руководителю класс {grade} (rules.required_head_grades): вместо этого измените класс вышестоящего руководителя</translation>
    </message>
    <message>
        <source>how to split its reports into groups is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>как разбить его подчиненных на группы — вопрос проектного решения</translation>
    </message>
    <message>
        <source>which layer to remove above it is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>какой уровень убрать над ним — вопрос проектного решения</translation>
    </message>
    <message>
        <source>its fix cannot be applied: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его исправление нельзя применить: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) would add an error: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его исправление ({fix}) добавило бы ошибку: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) did not remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его исправление ({fix}) не устранило проблему</translation>
    </message>
    <message>
        <source>only {rule}&apos;s fixes were asked for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>запрошены только исправления правила {rule}</translation>
    </message>
    <message>
        <source>its fix was applied and a later fix brought it back; repair it by hand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>его исправление было применено, но последующее исправление вернуло проблему; устраните ее вручную</translation>
    </message>
    <message>
        <source>the limit of {limit} fixes was reached</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>достигнут предел числа исправлений ({limit})</translation>
    </message>
    <message>
        <source>the rule offers no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правило не предлагает автоматического исправления</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>nothing to do</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нечего делать</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ничего не меняется</translation>
    </message>
    <message>
        <source>there is no scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сценарий {id} не существует</translation>
    </message>
    <message>
        <source>there is no unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделение {id} не существует</translation>
    </message>
    <message>
        <source>a citation has a reference, whether it is inferred, and a reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ссылка на источник включает документ, отметку о том, выведена ли она, и обоснование</translation>
    </message>
    <message>
        <source>there is no unit {id} in any scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни в одном сценарии нет подразделения {id}</translation>
    </message>
    <message>
        <source>required body {id}: {field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>обязательный орган {id}: {field}: {problem}</translation>
    </message>
    <message>
        <source>dual reporting: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>двойная подчинённость: {problem}</translation>
    </message>
    <message>
        <source>there is no comment {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>комментарий {id} не существует</translation>
    </message>
    <message>
        <source>there is no post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должность {id} не существует</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у комментария должен быть текст</translation>
    </message>
    <message>
        <source>a comment with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>комментарий с идентификатором {id} уже существует</translation>
    </message>
    <message>
        <source>there is no conflict {number}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>конфликта № {number} не существует</translation>
    </message>
    <message>
        <source>the import was made for scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>импорт подготовлен для сценария {id}</translation>
    </message>
    <message>
        <source>{source} changes nothing in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source} ничего не меняет в {scenario}</translation>
    </message>
    <message>
        <source>a line with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия с идентификатором {id} уже существует</translation>
    </message>
    <message>
        <source>a line needs two different units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия должна соединять два разных подразделения</translation>
    </message>
    <message>
        <source>the {field} of a line cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} линии здесь изменить нельзя</translation>
    </message>
    <message>
        <source>a line is dual or dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия может быть только двойной или пунктирной</translation>
    </message>
    <message>
        <source>there is no line {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия {id} не существует</translation>
    </message>
    <message>
        <source>a post with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должность с идентификатором {id} уже существует</translation>
    </message>
    <message>
        <source>no post to abolish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет должностей для упразднения</translation>
    </message>
    <message>
        <source>the {field} of a post cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} должности здесь изменить нельзя</translation>
    </message>
    <message>
        <source>the {field} of a post is a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} должности должно быть текстом</translation>
    </message>
    <message>
        <source>the posts are in {unit} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности уже находятся в {unit}</translation>
    </message>
    <message>
        <source>the {field} of several posts cannot be edited at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} нескольких должностей нельзя изменить сразу</translation>
    </message>
    <message>
        <source>there is no grade {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>класс {id} не существует</translation>
    </message>
    <message>
        <source>there is no funding source {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>источник финансирования {id} не существует</translation>
    </message>
    <message>
        <source>there is no scenario role {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>роль сценария {id} не существует</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у сценария должно быть название</translation>
    </message>
    <message>
        <source>a scenario is called {name} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сценарий с названием {name} уже есть</translation>
    </message>
    <message>
        <source>the baseline cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>базовый вариант удалить нельзя</translation>
    </message>
    <message>
        <source>there is no region {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регион {id} не существует</translation>
    </message>
    <message>
        <source>there is no function {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>функция {id} не существует</translation>
    </message>
    <message>
        <source>there is no duty station {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>место службы {id} не существует</translation>
    </message>
    <message>
        <source>a region is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регион указан дважды</translation>
    </message>
    <message>
        <source>a function is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>функция указана дважды</translation>
    </message>
    <message>
        <source>there is no unit {id} to move to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделения {id}, куда нужно переместить, не существует</translation>
    </message>
    <message>
        <source>no unit to move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет подразделений для перемещения</translation>
    </message>
    <message>
        <source>{unit} is the top of the organisation and cannot move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} находится во главе организации, и его нельзя переместить</translation>
    </message>
    <message>
        <source>{unit} cannot move under {target}, which reports to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} нельзя поместить под {target}: это подразделение подчиняется ему</translation>
    </message>
    <message>
        <source>already reporting to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>уже подчиняется {unit}</translation>
    </message>
    <message>
        <source>a unit with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделение с идентификатором {id} уже существует</translation>
    </message>
    <message>
        <source>there is no unit {id} to add under</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделения {id}, в которое нужно добавить, не существует</translation>
    </message>
    <message>
        <source>no unit to delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет подразделений для удаления</translation>
    </message>
    <message>
        <source>the top of the organisation cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>головное подразделение организации удалить нельзя</translation>
    </message>
    <message>
        <source>the {field} of a unit cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} подразделения здесь изменить нельзя</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у подразделения должно быть название</translation>
    </message>
    <message>
        <source>a note has a text, a justification and a reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>примечание состоит из текста, обоснования и ссылки</translation>
    </message>
    <message>
        <source>{unit} cannot point to itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} не может ссылаться на себя</translation>
    </message>
    <message>
        <source>the {field} of a unit map segment kinds to items</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>поле {field} подразделения сопоставляет типам сегментов их элементы</translation>
    </message>
    <message>
        <source>there is no segment kind {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>тип сегмента {id} не существует</translation>
    </message>
    <message>
        <source>a {kind} is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент «{kind}» указан дважды</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент «{kind}» {id} не существует</translation>
    </message>
    <message>
        <source>a succession lists baseline units and a source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>преемственность перечисляет подразделения базового варианта и источник</translation>
    </message>
    <message>
        <source>unit {unit} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделения {unit} больше нет; исправление уже неприменимо</translation>
    </message>
    <message>
        <source>there is no scenario {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сценария {scenario} нет</translation>
    </message>
    <message>
        <source>this fix needs your choice: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>для этого исправления нужен ваш выбор: {fix}</translation>
    </message>
    <message>
        <source>line {line} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линии {line} больше нет; исправление уже неприменимо</translation>
    </message>
    <message>
        <source>the unit reports to those departments already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подразделение уже подчиняется этим департаментам</translation>
    </message>
    <message>
        <source>the posts are as in the baseline already; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности уже соответствуют исходному уровню; исправление уже неприменимо</translation>
    </message>
    <message>
        <source>part {part} is not deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>часть {part} не удаляется</translation>
    </message>
    <message>
        <source>map part {part} to another part of {source} or to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сопоставьте часть {part} с другой частью источника {source} или с самим источником</translation>
    </message>
    <message>
        <source>part {part} is used by {uses}; map it to another part or to its source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>часть {part} используется: {uses}; сопоставьте ее с другой частью или с ее источником</translation>
    </message>
    <message>
        <source>part {part}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>часть {part}: {problem}</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(без кода)</translation>
    </message>
    <message>
        <source>funding id {part} is used twice; a part needs a code no other source or part has</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>код финансирования {part} используется дважды; у части должен быть код, которого нет ни у одного другого источника или части</translation>
    </message>
    <message>
        <source>the cost of {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>расходы по классу {grade}</translation>
    </message>
    <message>
        <source>line {line}: write a name, a colon, then the unit ids</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>строка {line}: напишите название, двоеточие, затем коды подразделений</translation>
    </message>
    <message>
        <source>line {line}: a group names two units or more</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>строка {line}: в группе должно быть не меньше двух подразделений</translation>
    </message>
    <message>
        <source>line {line}: no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>строка {line}: ни в одном сценарии нет подразделения {unit}</translation>
    </message>
    <message>
        <source>line {line}: a second group called {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>строка {line}: вторая группа с названием {name}</translation>
    </message>
    <message>
        <source>{text}: write a unit id, &apos;=&apos;, then a grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{text}: напишите код подразделения, «=», затем класс</translation>
    </message>
    <message>
        <source>no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни в одном сценарии нет подразделения {unit}</translation>
    </message>
    <message>
        <source>there is no grade {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>класса {grade} нет</translation>
    </message>
    <message>
        <source>{count} posts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: должностей — {count}</translation>
    </message>
    <message>
        <source>{count} unit heads in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: руководителей подразделений — {count}</translation>
    </message>
    <message>
        <source>{count} units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: подразделений — {count}</translation>
    </message>
    <message>
        <source>{count} department mappings in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: сопоставлений департаментов — {count}</translation>
    </message>
    <message>
        <source>required body {body} (where it sits)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>обязательный орган {body} (место в структуре)</translation>
    </message>
    <message>
        <source>required body {body} (its chair)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>обязательный орган {body} (председатель)</translation>
    </message>
    <message>
        <source>{count} posts funded by its parts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: должностей, финансируемых по его частям, — {count}</translation>
    </message>
    <message>
        <source>the entry-point grade of {kind}s</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>класс точек входа ({kind})</translation>
    </message>
    <message>
        <source>rule parameters: {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>параметры правил: {name}</translation>
    </message>
    <message>
        <source>{uses}; {use}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{uses}; {use}</translation>
    </message>
    <message>
        <source>there is no rule {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правила {rule} нет</translation>
    </message>
    <message>
        <source>a severity is one of {severities}, not {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>уровень серьезности — одно из значений {severities}, а не {severity}</translation>
    </message>
    <message>
        <source>{rule} is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правило {rule} уже настроено так</translation>
    </message>
    <message>
        <source>every rule is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>все правила уже настроены так</translation>
    </message>
    <message>
        <source>1 member unit in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: входящих подразделений — 1</translation>
    </message>
    <message>
        <source>{count} member units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: входящих подразделений — {count}</translation>
    </message>
    <message>
        <source>1 entry point in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: точек входа — 1</translation>
    </message>
    <message>
        <source>{count} entry points in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: точек входа — {count}</translation>
    </message>
    <message>
        <source>the code &quot;region&quot; is the built-in regions&apos;; choose another</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>код «region» принадлежит встроенным регионам; выберите другой</translation>
    </message>
    <message>
        <source>there is a segment kind {kind} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>тип сегментов {kind} уже есть; у каждого должен быть свой код</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each {kind} needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>код {code} используется дважды; у каждого элемента ({kind}) должен быть свой</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each item needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>код {code} используется дважды; у каждого элемента должен быть свой</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>the regions come first among the segment kinds, once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регионы идут первыми среди типов сегментов и только один раз</translation>
    </message>
    <message>
        <source>the regions keep their code and name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>у регионов сохраняются их код и название</translation>
    </message>
    <message>
        <source>each kind of the design is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>каждый тип проекта указывается один раз</translation>
    </message>
    <message>
        <source>segment kind {kind} is used by {uses}; clear it first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>тип сегментов {kind} используется: {uses}; сначала очистите его</translation>
    </message>
    <message>
        <source>each item of {kind} is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>каждый элемент {kind} указывается один раз</translation>
    </message>
    <message>
        <source>map {item} to another item of {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сопоставьте {item} с другим элементом {kind}</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент {item} ({kind}) используется: {uses}; сопоставьте его с другим</translation>
    </message>
    <message>
        <source>code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>код</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>название</translation>
    </message>
    <message>
        <source>category</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>категория</translation>
    </message>
    <message>
        <source>description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>описание</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент {item} ({kind}) используется: {uses}; сопоставьте его с другим элементом ({kind})</translation>
    </message>
    <message>
        <source>there is no {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>нет элемента {item} ({kind})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {item} cannot move there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент {item} ({kind}) нельзя переместить туда</translation>
    </message>
    <message>
        <source>map {kind} {item} to another {kind} of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сопоставьте элемент {item} ({kind}) с другим элементом ({kind}) этого проекта</translation>
    </message>
    <message>
        <source>{name} is not a rule parameter the settings edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} не является параметром правил, изменяемым в настройках</translation>
    </message>
    <message>
        <source>there is no unit {unit} in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в сценарии {scenario} нет подразделения {unit}</translation>
    </message>
    <message>
        <source>sits with: {function} is not another function of the catalogue</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>вместе с: {function} не является другой функцией каталога</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>расходы по классу {grade} ({funding})</translation>
    </message>
    <message>
        <source>the cost of {grade} at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>расходы по классу {grade} в месте службы {station}</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding}) at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>расходы по классу {grade} ({funding}) в месте службы {station}</translation>
    </message>
    <message>
        <source>there is a {kind} {code} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>элемент {code} ({kind}) уже есть; у каждого должен быть свой код</translation>
    </message>
    <message>
        <source>a currency is three capital letters (ISO 4217), such as USD</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>валюта обозначается тремя заглавными буквами (ISO 4217), например USD</translation>
    </message>
    <message>
        <source>a cost year is between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>год расходов должен быть в пределах от {low} до {high}</translation>
    </message>
    <message>
        <source>{rate} is for a grade or funding source the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: такого класса или источника финансирования в проекте нет</translation>
    </message>
    <message>
        <source>{rate} is for a duty station the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: такого места службы в проекте нет</translation>
    </message>
    <message>
        <source>{rate} is between 0 and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: значение должно быть от 0 до {high}</translation>
    </message>
    <message>
        <source>{rate} is given twice; keep one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate}: указано дважды; оставьте одно значение</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>{kind} {item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}: {problem}</translation>
    </message>
    <message>
        <source>cost table: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>таблица расходов: {problem}</translation>
    </message>
    <message>
        <source>rules: {name}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>правила: {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Changes from {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменения от {old} к {new}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Было</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Continuing</source>
        <extracomment>The movement table&apos;s first two categories (the others are in its ``order``).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>Redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределены между подразделениями</translation>
    </message>
    <message>
        <source>Duty station changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение места службы</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Создание</translation>
    </message>
    <message>
        <source>Abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднение</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассификация</translation>
    </message>
    <message>
        <source>Funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение финансирования</translation>
    </message>
    <message>
        <source>Post redeployment: {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределение должностей: от {old} к {new}</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Мера</translation>
    </message>
    <message>
        <source>From department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Из департамента</translation>
    </message>
    <message>
        <source>From unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Из подразделения</translation>
    </message>
    <message>
        <source>To department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В департамент</translation>
    </message>
    <message>
        <source>To unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В подразделение</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник финансирования</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Cost effect ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Влияние на расходы ({currency})</translation>
    </message>
    <message>
        <source>{action} ({count} posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{action} (должностей: {count})</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Continuing posts stay in their unit or its successor; those listed moved with it to a successor unit or to another department (one that does not succeed theirs), the rest stay where they were (see the accounting). Continuing and redeployed posts keep their cost; the cost effect column adds establishments, abolitions, reclassifications, funding changes and changes of duty station (each at the post&apos;s grade and funding in the proposal).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохраняемые должности остаются в своем подразделении или в его правопреемнике; перечисленные перешли вместе с ним в подразделение-правопреемник или в другой департамент (не являющийся преемником их департамента), остальные остаются на месте (см. учет). Сохраняемые и перераспределенные должности сохраняют свою стоимость; столбец влияния на расходы суммирует создание, упразднение, реклассификацию, изменения финансирования и изменения места службы (каждое — по классу и финансированию должности в предложении).</translation>
    </message>
    <message>
        <source>{count} of these posts have a grade and funding source with no standard cost; they count as 0 (first: {first}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У части этих должностей (число: {count}) класс и источник финансирования не имеют стандартной стоимости; они учтены как 0 (первая: {first}).</translation>
    </message>
    <message>
        <source>Accounting for every post and cost, {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Учет каждой должности и каждого расхода: от {old} к {new}</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>{scenario}: posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: должности</translation>
    </message>
    <message>
        <source>continuing in their unit or its successor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сохраняются в своем подразделении или его правопреемнике</translation>
    </message>
    <message>
        <source>redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перераспределены между подразделениями</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>упразднены</translation>
    </message>
    <message>
        <source>Funding changed: into the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение финансирования: в источник</translation>
    </message>
    <message>
        <source>Funding changed: out of the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение финансирования: из источника</translation>
    </message>
    <message>
        <source>{scenario}: annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: годовые расходы</translation>
    </message>
    <message>
        <source>established posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>созданные должности</translation>
    </message>
    <message>
        <source>abolished posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>упраздненные должности</translation>
    </message>
    <message>
        <source>reclassifications</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>реклассификации</translation>
    </message>
    <message>
        <source>funding changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменения финансирования</translation>
    </message>
    <message>
        <source>duty station changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменения места службы</translation>
    </message>
    <message>
        <source>Change (0: cost neutral)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение (0 — без изменения расходов)</translation>
    </message>
    <message>
        <source>{old} posts = continuing + redeployed + abolished; {new} posts = continuing + redeployed + established. Cost neutral in: {sources}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности {old} = сохраняемые + перераспределенные + упраздненные; должности {new} = сохраняемые + перераспределенные + созданные. Без изменения расходов: {sources}.</translation>
    </message>
    <message>
        <source>no source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ни в одном источнике</translation>
    </message>
    <message>
        <source>Annual cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Годовые расходы ({currency})</translation>
    </message>
    <message>
        <source>{before} to {after}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>должности по подразделениям</translation>
    </message>
    <message>
        <source>post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>перераспределение должностей</translation>
    </message>
    <message>
        <source>cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сводка расходов</translation>
    </message>
    <message>
        <source>changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменения</translation>
    </message>
    <message>
        <source>sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>источники</translation>
    </message>
    <message>
        <source>{title}: {table}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title}: {table}</translation>
    </message>
    <message>
        <source>Posts by unit: {old} and {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности в разбивке по подразделениям: {old} и {new}</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Идентификатор подразделения</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Департамент</translation>
    </message>
    <message>
        <source>Sources of every element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источники всех элементов</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Элемент</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Основание</translation>
    </message>
    <message>
        <source>{scenario}: {elements} elements, {sourced} sourced [S], {inferred} inferred [I], {missing} without a source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: элементов: {elements}; с источником [S]: {sourced}; выведенных [I]: {inferred}; без источника: {missing}.</translation>
    </message>
    <message>
        <source> (see {ref})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (см. {ref})</translation>
    </message>
    <message>
        <source>Subtotals by department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Промежуточные итоги по департаментам</translation>
    </message>
    <message>
        <source>Annual costs at the design&apos;s standard costs, in {currency}; the change rows are {new} minus {old}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Годовые расходы по стандартным ставкам проекта, в {currency}; строки изменения — это {new} минус {old}.</translation>
    </message>
    <message>
        <source>Posts with no standard cost, counted as 0: {count}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности без стандартной стоимости, учтенные как 0: {count}.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Промежуточный итог</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(без департамента)</translation>
    </message>
    <message>
        <source>Annual cost by funding source</source>
        <extracomment>The key of the subtotal of posts in units below no department (the top, stray units).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Годовые расходы в разбивке по источникам финансирования</translation>
    </message>
    <message>
        <source>{scenario}: cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: расходы ({currency})</translation>
    </message>
    <message>
        <source>Change, {scenario} ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение, {scenario} ({currency})</translation>
    </message>
    <message>
        <source>Changes are against {scenario}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменения указаны по сравнению с {scenario}.</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности в разбивке по классам</translation>
    </message>
    <message>
        <source>Change, {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение, {scenario}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Total cost equals the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Общие расходы равны исходному уровню</translation>
    </message>
    <message>
        <source>The proposal&apos;s total annual cost must equal the baseline&apos;s, within the tolerance the design sets (0 unless it says otherwise): the restructuring was presented as cost neutral.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Общие годовые расходы по предложению должны быть равны исходному уровню в пределах допуска, заданного в проекте (0, если не указано иное): реструктуризация была представлена как не влекущая дополнительных расходов.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 12 and 63</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 12 и 63</translation>
    </message>
    <message>
        <source>Each funding source costs what it cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Расходы по каждому источнику финансирования не меняются</translation>
    </message>
    <message>
        <source>The cost of each funding source (regular budget, support account, extrabudgetary) must equal the baseline&apos;s: nothing moves between funding sources, and the use of the peacekeeping support account and the regular budget stays as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Расходы по каждому источнику финансирования (регулярный бюджет, вспомогательный счет, внебюджетные ресурсы) должны быть равны исходному уровню: ничего не переносится между источниками финансирования, а использование вспомогательного счета для операций по поддержанию мира и регулярного бюджета остается прежним.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 6 and 34</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 6 и 34</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности по классам в сравнении с исходным уровнем</translation>
    </message>
    <message>
        <source>Reports the posts of each grade against the baseline, and warns when senior posts (the design&apos;s senior grade and above, D-1 and above for the UN) grow without an offset, which approving bodies scrutinise first.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показывает должности каждого класса в сравнении с исходным уровнем и предупреждает, когда число должностей старшего уровня (старший класс, заданный в проекте, и выше; для ООН — Д-1 и выше) растет без компенсации: именно их утверждающие органы рассматривают в первую очередь.</translation>
    </message>
    <message>
        <source>budget practice (A/72/772 staffing tables)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>бюджетная практика (штатные расписания A/72/772)</translation>
    </message>
    <message>
        <source>Every function is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждая функция сохраняется</translation>
    </message>
    <message>
        <source>Every function the baseline carried is carried by some unit of the proposal: the restructuring changes neither the mandates nor the functions of the entities.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждую функцию, выполнявшуюся на исходном уровне, выполняет какое-либо подразделение в предложении: реструктуризация не меняет ни мандатов, ни функций подразделений.</translation>
    </message>
    <message>
        <source>A/72/525 para. 6</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 6</translation>
    </message>
    <message>
        <source>Functions sit in their required department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции находятся в предписанном департаменте</translation>
    </message>
    <message>
        <source>Functions with a required home sit there: electoral assistance, mediation support, support to the Peacebuilding Commission and management of the Peacebuilding Fund in DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action in DPO; and police and military in the same department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции с предписанным местом находятся там: помощь в проведении выборов, поддержка посредничества, поддержка Комиссии по миростроительству и управление Фондом миростроительства — в DPPA; военные вопросы, полиция, верховенство права, реформа сектора безопасности, РДР и разминирование — в DPO; полиция и военные — в одном департаменте.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 23-24, 27 and 31-32</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 23-24, 27 и 31-32</translation>
    </message>
    <message>
        <source>Each department has gender capacity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В каждом департаменте есть потенциал по гендерным вопросам</translation>
    </message>
    <message>
        <source>Both departments keep dedicated gender capacity: a unit that carries it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Оба департамента сохраняют специальный потенциал по гендерным вопросам — подразделение, которое им располагает.</translation>
    </message>
    <message>
        <source>A/72/525 para. 44</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 44</translation>
    </message>
    <message>
        <source>The bodies the design requires</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Органы, которых требует проект</translation>
    </message>
    <message>
        <source>Each body the design declares as required (rules.required_bodies) exists, chaired by the unit or role the design names, with the members it names; other members are allowed. The rule is off when the design declares no such body. The UN sample declares the Standing Principals&apos; Group, chaired by the Secretary-General with the heads of both departments (para. 42; the arrangement of November 2018 added the Chef de Cabinet and the heads of counter-terrorism and disarmament).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждый орган, который проект объявляет обязательным (rules.required_bodies), существует, его возглавляет подразделение или роль, указанные в проекте, и в него входят указанные члены; допускаются и другие члены. Правило отключено, если проект не объявляет таких органов. Образец ООН объявляет Постоянную группу руководителей под председательством Генерального секретаря в составе руководителей обоих департаментов (п. 42; договоренность ноября 2018 года добавила руководителя Канцелярии и руководителей подразделений по борьбе с терроризмом и по разоружению).</translation>
    </message>
    <message>
        <source>A/72/525 para. 42; the design&apos;s rules.required_bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 42; rules.required_bodies проекта</translation>
    </message>
    <message>
        <source>The Peacebuilding Fund keeps its link to the Executive Office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фонд миростроительства сохраняет связь с Канцелярией</translation>
    </message>
    <message>
        <source>The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted line, from it or a unit above it) to the Executive Office of the Secretary-General.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, управляющее Фондом миростроительства, сохраняет функциональную связь (двойную или пунктирную линию от него или от вышестоящего подразделения) с Канцелярией Генерального секретаря.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 24</translation>
    </message>
    <message>
        <source>One entry point for every region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Одна точка входа для каждого региона</translation>
    </message>
    <message>
        <source>Every region has exactly one headquarters entry point: one unit of the shared regional structure, led at the design&apos;s entry-point grade (an ASG for the UN), designated for it. None leaves the region uncovered; two or more give field presences conflicting entry points. The same holds for every item of any other segment list the design marks as needing entry points (client groups, sectors ...).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У каждого региона ровно одна точка входа в Центральных учреждениях: одно подразделение общей региональной структуры, возглавляемое сотрудником класса точки входа, заданного в проекте (в ООН — ПГС), и назначенное для этого региона. Если точки входа нет, регион остается без охвата; если их две или больше, у полевых присутствий оказываются противоречащие друг другу точки входа. То же относится к каждому элементу любого другого списка сегментов, который проект помечает как требующий точек входа (группы клиентов, секторы ...).</translation>
    </message>
    <message>
        <source>A/72/525 paras. 33-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 33-35</translation>
    </message>
    <message>
        <source>Every field presence is covered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждое полевое присутствие охвачено</translation>
    </message>
    <message>
        <source>Every field presence (peacekeeping operation, special political mission, regional office, envoy) has a region and is backstopped by a unit under that region&apos;s entry point, so that headquarters speaks to it with one voice. A unit that belongs to an item of another segment list (a client group, a sector ...) sits under, or is backstopped by a unit under, that item&apos;s entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждое полевое присутствие (операция по поддержанию мира, специальная политическая миссия, региональное отделение, посланник) относится к региону, и его поддерживает подразделение, подчиненное точке входа этого региона, чтобы Центральные учреждения говорили с ним одним голосом. Подразделение, относящееся к элементу другого списка сегментов (группе клиентов, сектору ...), подчинено точке входа этого элемента или получает поддержку от подчиненного ей подразделения.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 34-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 34-35</translation>
    </message>
    <message>
        <source>Units that report to two departments have both lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У подразделений, подотчетных двум департаментам, есть обе линии</translation>
    </message>
    <message>
        <source>Each regional entry point of the shared structure (at the entry-point grade, when the design sets one) reports to the heads of both departments, and so does every unit, of any kind, that the design marks as reporting to two or more departments (rules.dual_reporting: unit id -&gt; department roles): one line may be primary, the others dual lines, which may carry a condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждая региональная точка входа общей структуры (класса точки входа, если он задан в проекте) подотчетна руководителям обоих департаментов; то же относится к любому подразделению любого вида, которое проект помечает как подотчетное двум или более департаментам (rules.dual_reporting: идентификатор подразделения -&gt; роли департаментов): одна линия может быть основной, остальные — двойными, и у них может быть условие (в DPO — для операций по поддержанию мира и полевых миссий, в DPPA — в остальных случаях).</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 36; rules.dual_reporting проекта</translation>
    </message>
    <message>
        <source>Field presences have the right lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>У полевых присутствий правильный ведущий департамент</translation>
    </message>
    <message>
        <source>Peacekeeping operations are led by the operations department (DPO); regional offices, envoys and political-process offices by the political department (DPPA); a field special political mission names its lead, DPO by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Операциями по поддержанию мира руководит оперативный департамент (DPO); региональными отделениями, посланниками и отделениями по политическим процессам — политический департамент (DPPA); полевая специальная политическая миссия указывает свой ведущий департамент, по умолчанию DPO.</translation>
    </message>
    <message>
        <source>Named groups of units stay under one parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Названные группы подразделений остаются под одним вышестоящим подразделением</translation>
    </message>
    <message>
        <source>Each group of units the design names (rules.keep_together: group name -&gt; unit ids) sits under one parent: a reform that promises to keep the components of an office together (PBSO&apos;s policy, intergovernmental and financing components, under an ASG) does not split them. Units of a group that a scenario does not have are not checked.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждая группа подразделений, названная в проекте (rules.keep_together: имя группы -&gt; идентификаторы подразделений), находится под одним вышестоящим подразделением: реформа, обещающая сохранить вместе компоненты одного управления (компоненты политики, межправительственной работы и финансирования Управления по поддержке миростроительства (PBSO) под руководством ПГС), не разделяет их. Подразделения группы, которых нет в сценарии, не проверяются.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24; the design&apos;s rules.keep_together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 24; rules.keep_together проекта</translation>
    </message>
    <message>
        <source>Head grades keep their promised level and match the posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Классы руководителей сохраняют обещанный уровень и соответствуют должностям</translation>
    </message>
    <message>
        <source>A unit the design requires to be led at a grade (rules.required_head_grades: unit id -&gt; grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. When the design asks for it (rules.head_grade_from_posts), a unit&apos;s head grade is the grade of its most senior post: a head without a post of its grade, or a post more senior than the head, is a warning.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, которое по требованию проекта должно возглавляться сотрудником определенного класса (rules.required_head_grades: идентификатор подразделения -&gt; класс; ПГС для PBSO и Управления по военным вопросам), сохраняет этот класс руководителя. Если проект этого требует (rules.head_grade_from_posts), класс руководителя подразделения равен классу его старшей должности: руководитель без должности своего класса или должность старше руководителя дают предупреждение.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 24, 31-32; the design&apos;s rules.required_head_grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 24, 31-32; rules.required_head_grades проекта</translation>
    </message>
    <message>
        <source>Field presences sit under their lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Полевые присутствия находятся под своим ведущим департаментом</translation>
    </message>
    <message>
        <source>When the design asks for it (rules.lead_follows_chart), a field presence&apos;s lead department is the department it sits under on the chart, unless it is backstopped across: a dual or dotted line from it to its lead department (or a unit in it) says so. A chart that draws a peacekeeping operation under the political department while the operations department leads it tells two stories.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Если проект этого требует (rules.lead_follows_chart), ведущим департаментом полевого присутствия является департамент, под которым оно находится на схеме, если только его не поддерживает другой департамент: это показывает двойная или пунктирная линия от него к его ведущему департаменту (или к подразделению в нем). Схема, на которой операция по поддержанию мира находится под политическим департаментом, а ведущим для нее является департамент операций, говорит о двух разных вещах.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 21 and 28-29</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 21 и 28-29</translation>
    </message>
    <message>
        <source>Primary lines form one tree</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Основные линии образуют одно дерево</translation>
    </message>
    <message>
        <source>Primary reporting lines form one tree: no cycle, one primary parent for each unit, and every unit reaches the top of the organisation.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Основные линии подчиненности образуют одно дерево: без циклов, у каждого подразделения один основной вышестоящий узел, и каждое подразделение восходит к вершине организации.</translation>
    </message>
    <message>
        <source>sound hierarchy (practice)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>стройная иерархия (практика)</translation>
    </message>
    <message>
        <source>Heads are junior to their parents&apos; heads</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Руководители ниже по классу, чем руководители вышестоящих подразделений</translation>
    </message>
    <message>
        <source>A unit&apos;s head is junior to the head of the unit it reports to (the nearest one above it that has a head grade), by the order of the design&apos;s grade ladder.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Руководитель подразделения ниже по классу, чем руководитель подразделения, которому оно подотчетно (ближайшего вышестоящего, для которого задан класс руководителя), согласно порядку классов в проекте.</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>практика классификации должностей</translation>
    </message>
    <message>
        <source>Span of control and layers within limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Норма управляемости и число уровней в пределах</translation>
    </message>
    <message>
        <source>No unit has more direct reports than the design&apos;s span limit, and no unit sits deeper than the design&apos;s number of layers (the top is layer 1).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ни у одного подразделения нет больше прямых подчиненных, чем предел, заданный в проекте, и ни одно подразделение не находится глубже заданного в проекте числа уровней (вершина — уровень 1).</translation>
    </message>
    <message>
        <source>organisation design practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>практика организационного проектирования</translation>
    </message>
    <message>
        <source>Dual lines say when each applies, as the design splits them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойные линии указывают, когда применяется каждая, согласно разделению в проекте</translation>
    </message>
    <message>
        <source>A unit that reports to two departments (a regional entry point, or a unit of rules.dual_reporting) reports to each for the field presences the design gives that department (rules.dual_conditions: presence type -&gt; department role): the condition of its dual line to a department names that department&apos;s types and none of the others&apos;. Under A/72/525 the regional ASGs report to DPPA for regional offices, political-process offices and envoys, and to DPO for peacekeeping operations.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, подотчетное двум департаментам (региональная точка входа или подразделение из rules.dual_reporting), подотчетно каждому из них в отношении тех полевых присутствий, которые проект закрепляет за этим департаментом (rules.dual_conditions: тип присутствия -&gt; роль департамента): условие его двойной линии к департаменту называет типы этого департамента и не называет типов других. Согласно A/72/525 региональные ПГС подотчетны DPPA в отношении региональных отделений, отделений по политическим процессам и посланников, а DPO — в отношении операций по поддержанию мира.</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_conditions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, п. 36; rules.dual_conditions проекта</translation>
    </message>
    <message>
        <source>Regional entry points are spread over several holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Региональные точки входа распределены между несколькими подразделениями</translation>
    </message>
    <message>
        <source>The regions&apos; entry points are held by at least as many units as the design states (rules.min_entry_point_holders): a reform that promises several regional ASGs (A/72/525 speaks of ASGs with regional responsibilities) does not make one of them the entry point for every region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точки входа регионов закреплены не менее чем за тем числом подразделений, которое указано в проекте (rules.min_entry_point_holders): реформа, обещающая нескольких региональных ПГС (в A/72/525 говорится о ПГС с региональными обязанностями), не делает одного из них точкой входа для всех регионов.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 20(c) and 33; the design&apos;s rules.min_entry_point_holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, пп. 20(c) и 33; rules.min_entry_point_holders проекта</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сведения</translation>
    </message>
</context>
<context>
    <name>Skip</name>
    <message>
        <source>this rule compares a proposal with the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>это правило сравнивает предложение с исходным уровнем</translation>
    </message>
    <message>
        <source>the design names no senior grade (rules.senior_grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не указан старший класс (rules.senior_grade)</translation>
    </message>
    <message>
        <source>it compares a proposal with the baseline and does not apply to the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>оно сравнивает предложение с исходным уровнем и к самому исходному уровню не применяется</translation>
    </message>
    <message>
        <source>this design turns it off (rules.rule_overrides)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом проекте оно отключено (rules.rule_overrides)</translation>
    </message>
    <message>
        <source>the design gives no function a required home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте ни для одной функции не задано обязательное место</translation>
    </message>
    <message>
        <source>this scenario maps no departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии не назначены департаменты</translation>
    </message>
    <message>
        <source>the design names no gender function (rules.gender_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не указана функция по гендерным вопросам (rules.gender_function)</translation>
    </message>
    <message>
        <source>the design declares no required body (rules.required_bodies)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не объявлено ни одного обязательного органа (rules.required_bodies)</translation>
    </message>
    <message>
        <source>this scenario has no single top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии нет единственного верхнего подразделения</translation>
    </message>
    <message>
        <source>this scenario maps fewer than two departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии назначено менее двух департаментов</translation>
    </message>
    <message>
        <source>this scenario maps no department to the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии роли {role} не назначен департамент</translation>
    </message>
    <message>
        <source>this scenario has no unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии нет подразделения {unit}</translation>
    </message>
    <message>
        <source>this scenario has no unit in the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии нет подразделения в роли {role}</translation>
    </message>
    <message>
        <source>the design names no Peacebuilding Fund function (rules.pbf_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не указана функция Фонда миростроительства (rules.pbf_function)</translation>
    </message>
    <message>
        <source>this scenario names no executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии не указана исполнительная канцелярия</translation>
    </message>
    <message>
        <source>the design maps no field-presence type to a lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не сопоставляет ни одному типу полевого присутствия ведущий департамент</translation>
    </message>
    <message>
        <source>the design names no group of units to keep together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не названа ни одна группа подразделений, которую нужно сохранить вместе</translation>
    </message>
    <message>
        <source>the design requires no head grade (rules.required_head_grades, rules.head_grade_from_posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не требует ни одного класса руководителя (rules.required_head_grades, rules.head_grade_from_posts)</translation>
    </message>
    <message>
        <source>the design has no grade ladder</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте нет шкалы классов</translation>
    </message>
    <message>
        <source>the design does not ask that leads follow the chart (rules.lead_follows_chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не требует, чтобы ведущие департаменты соответствовали схеме (rules.lead_follows_chart)</translation>
    </message>
    <message>
        <source>the design does not ask for one entry point per region (rules.regional_entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не требует одной точки входа на регион (rules.regional_entry_points)</translation>
    </message>
    <message>
        <source>the design defines no regions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не определено ни одного региона</translation>
    </message>
    <message>
        <source>the design asks for one entry point in no segment list (rules.regional_entry_points, segment_kinds[].entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не требует одной точки входа ни в одном списке сегментов (rules.regional_entry_points, segment_kinds[].entry_points)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure) and no unit the design marks as reporting to two departments (rules.dual_reporting)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии нет общей структуры (roles.shared_structure) и нет подразделения, которое проект помечает как подотчетное двум департаментам (rules.dual_reporting)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии нет общей структуры (roles.shared_structure)</translation>
    </message>
    <message>
        <source>this scenario maps no department to some role {unit} reports to ({roles})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии некоторым ролям, которым подотчетно подразделение {unit}, не сопоставлен департамент ({roles})</translation>
    </message>
    <message>
        <source>the design splits no dual lines by presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>проект не разделяет двойные линии по типам присутствия</translation>
    </message>
    <message>
        <source>this scenario maps no department the dual conditions name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в этом сценарии не сопоставлен ни один департамент, названный в условиях двойных линий</translation>
    </message>
    <message>
        <source>the design states no least number of entry-point holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не задано минимальное число держателей точек входа</translation>
    </message>
    <message>
        <source>the design sets no span or layer limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в проекте не задан предел числа прямых подчиненных или уровней</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>translator-credits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перевод на русский: сессия i19-core (Claude), 2026-12-02; требуется проверка носителем языка.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ошибки</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <source>Information</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>1 error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ошибок: 1</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ошибок: {count}</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предупреждений: 1</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предупреждений: {count}</translation>
    </message>
    <message>
        <source>1 info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сведений: 1</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>сведений: {count}</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>исходный уровень</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предложение</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Замечаний нет.</translation>
    </message>
    <message>
        <source>({count} rules not checked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(не проверено правил: {count})</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>fix: {description}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>исправление: {description}</translation>
    </message>
    <message>
        <source>no fix: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>исправления нет: {reason}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: 1, ошибок не осталось</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: {count}, ошибок не осталось</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: 1, осталось ошибок: 1</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: {count}, осталось ошибок: 1</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: 1, осталось ошибок: {left}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: применено исправлений: {count}, осталось ошибок: {left}</translation>
    </message>
    <message>
        <source>fixed {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>исправлено {rule}</translation>
    </message>
    <message>
        <source>by: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>способ: {fix}</translation>
    </message>
    <message>
        <source>not fixed {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>не исправлено: {severity}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>причина: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>записан файл {path}</translation>
    </message>
</context>
</TS>
