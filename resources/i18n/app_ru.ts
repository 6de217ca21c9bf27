<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The interface of orgeditor in Russian. Written by the i19-app session (an AI assistant) on 2026-12-02; every translation is marked for review by a native speaker. How to update it: docs/I18N.md -->
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An editor for organisation designs: posts, grades, funding sources and the rules a restructuring must keep.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Редактор организационных структур: должности, классы, источники финансирования и правила, которые должна соблюдать реструктуризация.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>автономный пакет</translation>
    </message>
    <message>
        <source>Python package</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пакет Python</translation>
    </message>
    <message>
        <source>Platform {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Платформа {0}</translation>
    </message>
    <message>
        <source>About orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>О программе orgeditor</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Версии</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Копировать версии</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Скопировать версии для отчёта об ошибке</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Версии:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>AddPostDialog</name>
    <message>
        <source>Add post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить должность</translation>
    </message>
    <message>
        <source>A new post in {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новая должность в подразделении {0}</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Класс</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Финансирование</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Findings &amp;call it:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Название в замечаниях:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Добавить члена</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Исключить члена</translation>
    </message>
    <message>
        <source>The body&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название и краткое название органа на каждом языке проекта</translation>
    </message>
    <message>
        <source>unit name or id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>название или код подразделения</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Добавить подразделение</translation>
    </message>
    <message>
        <source>Remo&amp;ve unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Исключить подразделение</translation>
    </message>
    <message>
        <source>&amp;Sits at:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Располагается:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Председатель:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Члены:</translation>
    </message>
    <message>
        <source>Required bodies (GOV-SPG)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Обязательные органы (GOV-SPG)</translation>
    </message>
    <message>
        <source>Dual reporting: units that report to two or more department roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойное подчинение: подразделения, подчинённые двум и более ролям департаментов</translation>
    </message>
    <message>
        <source>(new body)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(новый орган)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>a new body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>новый орган</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Focus breadcrumb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Путь фокусировки</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вся схема</translation>
    </message>
    <message>
        <source>Show the whole chart (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показать всю схему (Esc)</translation>
    </message>
    <message>
        <source>Focus on {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сосредоточиться на {0}</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Posts: {0} in the unit, {1} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности: {0} в подразделении, {1} вместе с его подчиненными подразделениями</translation>
    </message>
    <message>
        <source>Annual cost: {0} {1} in the unit, {2} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Годовые расходы: {0} {1} в подразделении, {2} вместе с его подчиненными подразделениями</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Примечание: {0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Категория</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Принадлежность</translation>
    </message>
    <message>
        <source>Sits &amp;with</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вместе с</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>&amp;New Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новый класс</translation>
    </message>
    <message>
        <source>&amp;New Funding Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новый источник финансирования</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новая функция</translation>
    </message>
    <message>
        <source>&amp;New Department Role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новая роль департамента</translation>
    </message>
    <message>
        <source>&amp;New Duty Station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новое место службы</translation>
    </message>
    <message>
        <source>New grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новый класс</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новый источник финансирования</translation>
    </message>
    <message>
        <source>New function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новая функция</translation>
    </message>
    <message>
        <source>New department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новая роль департамента</translation>
    </message>
    <message>
        <source>New duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новое место службы</translation>
    </message>
    <message>
        <source>No grade selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс не выбран</translation>
    </message>
    <message>
        <source>No funding source selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник финансирования не выбран</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функция не выбрана</translation>
    </message>
    <message>
        <source>No department role selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль департамента не выбрана</translation>
    </message>
    <message>
        <source>No duty station selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место службы не выбрано</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс {0}</translation>
    </message>
    <message>
        <source>Funding source {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник финансирования {0}</translation>
    </message>
    <message>
        <source>Function {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функция {0}</translation>
    </message>
    <message>
        <source>Department role {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль департамента {0}</translation>
    </message>
    <message>
        <source>Duty station {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место службы {0}</translation>
    </message>
    <message>
        <source>(no home)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(без принадлежности)</translation>
    </message>
    <message>
        <source>(sits with no other function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(без другой функции)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(нет подразделения)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вниз</translation>
    </message>
    <message>
        <source>Played in each scenario by:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В каждом сценарии выполняет:</translation>
    </message>
    <message>
        <source>a function sits with another function, not with itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>функция может стоять рядом с другой функцией, но не с самой собой</translation>
    </message>
    <message>
        <source>The ladder runs from the most senior grade down; the rules read seniority from this order. The group (such as Professional or General Service) is shown in tables.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Шкала идёт от самого высокого класса вниз; правила определяют старшинство по этому порядку. Категория (например, категория специалистов или категория общего обслуживания) показывается в таблицах.</translation>
    </message>
    <message>
        <source>Cost neutrality is checked per funding source, or per part where chosen.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нейтральность по расходам проверяется по каждому источнику финансирования или, если так выбрано, по каждой его части.</translation>
    </message>
    <message>
        <source>A function&apos;s home is the department role that must carry it; units list the functions they carry.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принадлежность функции — это роль департамента, который обязан её выполнять; подразделения перечисляют выполняемые ими функции.</translation>
    </message>
    <message>
        <source>Each scenario names the unit that plays each department role.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В каждом сценарии указано подразделение, выполняющее каждую роль департамента.</translation>
    </message>
    <message>
        <source>A unit sits at a duty station (set in the Inspector) and so do its posts; the Costs page may give a station costs of its own.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение находится в месте службы (задаётся в Инспекторе), как и его должности; на странице «Затраты» для места службы можно задать собственные расходы.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Select &amp;Parent Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выбрать вышестоящее подразделение</translation>
    </message>
    <message>
        <source>Select First &amp;Sub-unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выбрать первое подчинённое подразделение</translation>
    </message>
    <message>
        <source>Select P&amp;revious Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выбрать предыдущее подразделение того же уровня</translation>
    </message>
    <message>
        <source>Select &amp;Next Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выбрать следующее подразделение того же уровня</translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Добавить должность…</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Свернуть/развернуть подчинённые</translation>
    </message>
    <message>
        <source>&amp;Focus on Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сосредоточиться на подразделении</translation>
    </message>
    <message>
        <source>Fit the selected unit and its sub-units to the window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показать выбранное подразделение и подчинённые во всё окно</translation>
    </message>
    <message>
        <source>Show &amp;Findings of Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Показать замечания по подразделению</translation>
    </message>
    <message>
        <source>&amp;Rename in Inspector (Return)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать в свойствах (Ente&amp;r)</translation>
    </message>
    <message>
        <source>Selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выбранные подразделения</translation>
    </message>
    <message>
        <source>Select a unit to rename</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение для переименования</translation>
    </message>
    <message>
        <source>Select a unit to add a post to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение, в которое добавить должность</translation>
    </message>
    <message>
        <source>Select a unit to collapse or expand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение, чтобы свернуть или развернуть его</translation>
    </message>
    <message>
        <source>Select a unit to focus on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение для фокусировки</translation>
    </message>
    <message>
        <source>Select a unit to see the findings of</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение, чтобы увидеть замечания</translation>
    </message>
    <message>
        <source>No findings on this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>По этому подразделению замечаний нет</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выбрано подразделений: 1</translation>
    </message>
    <message>
        <source>{0} units selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выбрано подразделений: {0}</translation>
    </message>
</context>
<context>
    <name>ChartContextMenus</name>
    <message>
        <source>Edit Caption…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить подпись…</translation>
    </message>
    <message>
        <source>Line caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подпись линии</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подпись:</translation>
    </message>
    <message>
        <source>Edit Condition…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить условие…</translation>
    </message>
    <message>
        <source>Line condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Условие линии</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Условие:</translation>
    </message>
    <message>
        <source>Dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойная</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Пунктирная</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Зона: {0}</translation>
    </message>
    <message>
        <source>Line: {0} to {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Линия: от {0} к {1}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить линию</translation>
    </message>
</context>
<context>
    <name>ChartLanguageMenu</name>
    <message>
        <source>Arabic (العربية)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Арабский (العربية)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Китайский (中文)</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Английский (English)</translation>
    </message>
    <message>
        <source>French (Français)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Французский (Français)</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Испанский (Español)</translation>
    </message>
    <message>
        <source>{0} — the design&apos;s own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — язык самой структуры</translation>
    </message>
    <message>
        <source>Chart in the design&apos;s own language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Схема на языке самой структуры</translation>
    </message>
    <message>
        <source>Chart in {0}: every unit has a name there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Схема на языке {0}: у каждого подразделения есть название на нём</translation>
    </message>
    <message>
        <source>Chart in {0}: {1} of {2} units have no name there and show their own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Схема на языке {0}: у {1} из {2} подразделений нет названия на нём, показано исходное</translation>
    </message>
    <message>
        <source>Chart &amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Язык схемы</translation>
    </message>
</context>
<context>
    <name>ChartOptionsDialog</name>
    <message>
        <source>Print chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Печать схемы</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>PDF (pages)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF (страницы)</translation>
    </message>
    <message>
        <source>SVG (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>SVG (вся схема)</translation>
    </message>
    <message>
        <source>PNG image (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изображение PNG (вся схема)</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Уместить на одной странице</translation>
    </message>
    <message>
        <source>Tile across pages (poster)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Мозаика из страниц (плакат)</translation>
    </message>
    <message>
        <source>Booklet (a page per department or division)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Брошюра (страница на департамент или отдел)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Свой размер</translation>
    </message>
    <message>
        <source>ISO A and B, US and ANSI, architectural sheets, or a custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ISO A и B, американские и ANSI, архитектурные листы или свой размер</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> мм</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Своя ширина бумаги</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Своя высота бумаги</translation>
    </message>
    <message>
        <source>Automatic (one page: whichever prints larger)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Автоматически (одна страница: что крупнее)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Книжная</translation>
    </message>
    <message>
        <source> dpi</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> т/д</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Пометить каждую страницу «ПРОЕКТ»</translation>
    </message>
    <message>
        <source>The whole scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Весь сценарий</translation>
    </message>
    <message>
        <source>{0} and its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} и подчинённые подразделения</translation>
    </message>
    <message>
        <source>Posts and annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности и годовые затраты</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности по классам</translation>
    </message>
    <message>
        <source>Posts by funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности по источникам финансирования</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ничего</translation>
    </message>
    <message>
        <source>On the first page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>На первой странице</translation>
    </message>
    <message>
        <source>On every page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>На каждой странице</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Формат</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Что</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Tile scale</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Масштаб листов</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Разрешение PNG</translation>
    </message>
    <message>
        <source>Card figures</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Цифры на карточках</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Читаемость</translation>
    </message>
    <message>
        <source>Posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности по подразделениям</translation>
    </message>
    <message>
        <source>Post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределение должностей</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сводка затрат</translation>
    </message>
    <message>
        <source>Pages after the chart, comparing the baseline with this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Страницы после схемы со сравнением базового сценария с этим</translation>
    </message>
    <message>
        <source>Add tables</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить таблицы</translation>
    </message>
    <message>
        <source>Review comments, by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Комментарии рецензентов по подразделениям</translation>
    </message>
    <message>
        <source>Pages after the chart listing every comment, open ones first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Страницы после схемы со всеми комментариями, сначала открытые</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Приложение</translation>
    </message>
</context>
<context>
    <name>ChartPresenter</name>
    <message>
        <source>posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменены должности</translation>
    </message>
    <message>
        <source>Against {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>По сравнению с «{0}»: {1}</translation>
    </message>
</context>
<context>
    <name>CitationBox</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit, or why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Документ и пункт, в которых указано это подразделение, или почему оно выведено</translation>
    </message>
    <message>
        <source>Document and paragraph, e.g. A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Документ и пункт, например A/72/525, п. 24</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Документ и пункт, в которых указано это подразделение</translation>
    </message>
    <message>
        <source>Inferred: the reference does not state it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выведено: в ссылке это не указано</translation>
    </message>
    <message>
        <source>Tick when no document states this unit: the design then says [I] and why</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметьте, если ни один документ не указывает это подразделение: тогда в структуре будет [I] и причина</translation>
    </message>
    <message>
        <source>Why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Почему выведено</translation>
    </message>
    <message>
        <source>Why the unit is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Почему подразделение выведено</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ссылка:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>[I] inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[I] выведено</translation>
    </message>
    <message>
        <source>[S] sourced</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[S] с источником</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник не указан.</translation>
    </message>
</context>
<context>
    <name>CodedRowsTable</name>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Описание</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>On:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>К:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение: </translation>
    </message>
    <message>
        <source>Post: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должность: </translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Все</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Какие комментарии показывать</translation>
    </message>
    <message>
        <source>Only on the selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Только к выбранным подразделениям</translation>
    </message>
    <message>
        <source>List the comments on the units selected on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показать комментарии к подразделениям, выбранным на схеме</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Решить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Comment on the selected unit or a post in it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Прокомментировать выбранное подразделение или его должность</translation>
    </message>
    <message>
        <source>Change the chosen comment&apos;s text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить текст выбранного комментария</translation>
    </message>
    <message>
        <source>Mark the chosen comment resolved, or open it again</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметить выбранный комментарий как решённый или открыть его снова</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить выбранный комментарий</translation>
    </message>
    <message>
        <source> (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (один шаг отмены)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>решён</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>открыт</translation>
    </message>
    <message>
        <source>{0} of {1} comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} из {1} комментариев</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить комментарий</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Комментарии</translation>
    </message>
    <message>
        <source>Show the review comments on units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показать комментарии рецензентов к подразделениям и должностям</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Units added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавленные подразделения</translation>
    </message>
    <message>
        <source>Units succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделения-преемники прежних</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перемещённые подразделения</translation>
    </message>
    <message>
        <source>Units renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименованные подразделения</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменённые подразделения</translation>
    </message>
    <message>
        <source>Units abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднённые подразделения</translation>
    </message>
    <message>
        <source>Units succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделения, у которых есть преемники</translation>
    </message>
    <message>
        <source>Posts redeployed to another unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности, перераспределённые в другое подразделение</translation>
    </message>
    <message>
        <source>Posts continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности, перешедшие вместе с подразделением в другой департамент</translation>
    </message>
    <message>
        <source>Posts reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассифицированные должности</translation>
    </message>
    <message>
        <source>Posts moved between funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности, переведённые на другой источник финансирования</translation>
    </message>
    <message>
        <source>Posts established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Учреждённые должности</translation>
    </message>
    <message>
        <source>Posts abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднённые должности</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавленные линии</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменённые линии</translation>
    </message>
    <message>
        <source>Lines removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалённые линии</translation>
    </message>
    <message>
        <source>Bodies added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавленные органы</translation>
    </message>
    <message>
        <source>Body members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменён состав органов</translation>
    </message>
    <message>
        <source>Body chairs changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменены председатели органов</translation>
    </message>
    <message>
        <source>Bodies removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалённые органы</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Назначенные роли</translation>
    </message>
    <message>
        <source>Roles reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переназначенные роли</translation>
    </message>
    <message>
        <source>Roles cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снятые роли</translation>
    </message>
    <message>
        <source>Rule settings changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменены параметры правил</translation>
    </message>
    <message>
        <source>The scenario to compare the shown one with; the cards mark what changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сценарий для сравнения с показанным; карточки отмечают изменения</translation>
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
        <source>Compare with:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>Nothing (compare mode off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ничего (сравнение выключено)</translation>
    </message>
    <message>
        <source>Choose a scenario to see what changed since it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите сценарий, чтобы увидеть изменения по сравнению с ним.</translation>
    </message>
    <message>
        <source>Nothing differs from {0}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отличий от {0} нет.</translation>
    </message>
    <message>
        <source>Against {0}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>По сравнению с {0}: </translation>
    </message>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>, {0} listed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>, показано {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>1 unresolved conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 неразрешённый конфликт</translation>
    </message>
    <message>
        <source>%n unresolved conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Неразрешённых конфликтов: %n</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить конфликт</translation>
    </message>
    <message>
        <source>Place:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Исходное:</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Наше:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Их:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Оставить:</translation>
    </message>
    <message>
        <source>Keep (JSON):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Оставить (JSON):</translation>
    </message>
    <message>
        <source>that is not JSON: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>это не JSON: </translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место</translation>
    </message>
    <message>
        <source>Base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Наше</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Их</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Взять &amp;наше</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Взять &amp;их</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Put our branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подставить значение нашей ветки (одна отмена)</translation>
    </message>
    <message>
        <source>Put their branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подставить значение их ветки (одна отмена)</translation>
    </message>
    <message>
        <source>Type the value to keep (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ввести значение, которое останется (одна отмена)</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing to decide.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Конфликтов слияния нет: решать нечего.</translation>
    </message>
    <message>
        <source>: choose each one&apos;s value. Saving keeps those not decided yet.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> — выберите значение для каждого. При сохранении нерешённые конфликты сохраняются.</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Базовый сценарий</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Этот сценарий</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>not cost neutral</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>не нейтрально по затратам</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Итого</translation>
    </message>
    <message>
        <source>This is the baseline: {0} {1} a year.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Это базовый сценарий: {0} {1} в год.</translation>
    </message>
    <message>
        <source>✗ Not cost neutral ({0} a year): {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✗ Не нейтрально по затратам ({0} в год): {1}</translation>
    </message>
    <message>
        <source>✓ Cost neutral: every funding source costs what the baseline cost ({0} a year).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✓ Нейтрально по затратам: каждый источник финансирования стоит столько же, сколько в базовом сценарии ({0} в год).</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Все источники финансирования</translation>
    </message>
</context>
<context>
    <name>CostSummaryDialog</name>
    <message>
        <source>Cost Summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сводка затрат</translation>
    </message>
    <message>
        <source>Grade pyramid: baseline against</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Пирамида классов: базовый сценарий и</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Any source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Любой источник</translation>
    </message>
    <message>
        <source>Every duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Все места службы</translation>
    </message>
    <message>
        <source>not said</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Where the costs come from (a budget document, a year)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Откуда взяты затраты (бюджетный документ, год)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Cost &amp;year:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Год расходов:</translation>
    </message>
    <message>
        <source>&amp;Source or note:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Источник или примечание:</translation>
    </message>
    <message>
        <source>Annual standard cost per post. A cost under a funding source applies to that source&apos;s posts and wins over the cost for any source; leave a cell empty for no cost.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Годовая стандартная стоимость должности. Ставка по источнику финансирования применяется к его должностям и имеет приоритет над ставкой для любого источника; оставьте ячейку пустой, если затрат нет.</translation>
    </message>
    <message>
        <source>Costs at duty s&amp;tation:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Расходы по месту службы:</translation>
    </message>
    <message>
        <source>A post costs its station&apos;s cost for its grade and source, else the cost for every station and its source, else its station&apos;s cost for any source, else the cost for every station and any source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Стоимость должности — ставка её места службы для её класса и источника; иначе ставка для всех мест службы и её источника; иначе ставка её места службы для любого источника; иначе ставка для всех мест и любого источника.</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}, в {1}</translation>
    </message>
    <message>
        <source>the cost of {0} is not a whole number ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>расходы для {0} — не целое число ({1})</translation>
    </message>
    <message>
        <source>a cost year is a number such as 2018, or empty</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>год расходов — это число, например 2018, или пусто</translation>
    </message>
</context>
<context>
    <name>DesignPropertiesDialog</name>
    <message>
        <source>Design Properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Свойства структуры</translation>
    </message>
    <message>
        <source>Scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Описания сценариев</translation>
    </message>
</context>
<context>
    <name>DesignSettingsDialog</name>
    <message>
        <source>Design Settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Параметры структуры</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В {0} есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Файл на диске изменился</translation>
    </message>
    <message>
        <source>{0} was changed by another program or person since you opened or saved it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} был изменён другой программой или другим человеком после того, как вы его открыли или сохранили.</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (it is kept as the backup file ending in ~). Save As keeps both.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>«Перезаписать» заменит их версию вашей (их версия сохранится в резервной копии с ~ в конце имени). «Сохранить как» сохранит обе.</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Файл только для чтения</translation>
    </message>
    <message>
        <source>{0} is marked read-only: someone meant it to stay as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} помечен только для чтения: кто-то хотел, чтобы он оставался как есть.</translation>
    </message>
    <message>
        <source>Overwrite replaces it anyway (the old version is kept as the backup file ending in ~, and the file stays read-only). Save As writes a new file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>«Перезаписать» всё равно заменит файл (старая версия сохранится в резервной копии с ~ в конце имени, файл останется только для чтения). «Сохранить как» запишет новый файл.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перезаписать</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохранить как…</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Organisation designs ({0});;All files (*)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Организационные структуры ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <source>The templates cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся прочитать шаблоны</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открытие {0}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Чтение и проверка файла…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся открыть этот файл</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся прочитать этот файл</translation>
    </message>
    <message>
        <source>Laying out and drawing the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Построение и отрисовка схемы…</translation>
    </message>
    <message>
        <source>Opened {0}; {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открыт файл {0}; {1}</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохранить структуру как</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Структура не сохранена</translation>
    </message>
    <message>
        <source>{0}. The design is still open and unsaved; try again, or choose another folder with Save As.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}. Структура по-прежнему открыта и не сохранена; повторите попытку или выберите другую папку через «Сохранить как».</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>The untitled design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Структура без названия</translation>
    </message>
    <message>
        <source>Open design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открыть структуру</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>orgeditor met an unexpected error and stopped what it was doing. The design is still open.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В orgeditor произошла непредвиденная ошибка, и действие прервано. Структура по-прежнему открыта.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Копировать подробности</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>История %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Коммит</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Что изменилось</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Each commit against the one before it. Choose one to compare the chart with it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждый коммит в сравнении с предыдущим. Выберите один, чтобы сравнить с ним схему.</translation>
    </message>
    <message>
        <source>&amp;Compare with This Version</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сравнить с этой версией</translation>
    </message>
    <message>
        <source>the design was removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>структура удалена</translation>
    </message>
    <message>
        <source>nothing in the design changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в структуре ничего не изменилось</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
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
        <source>Error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группировать по серьёзности</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группировать по правилу</translation>
    </message>
    <message>
        <source>Group by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группировать по подразделению</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вся структура</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр замечаний</translation>
    </message>
    <message>
        <source>Filter by rule, unit or words</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр по правилу, подразделению или словам</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, units or text contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показывать только замечания, в правиле, подразделениях или тексте которых есть все слова</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группировать замечания по</translation>
    </message>
    <message>
        <source>Group the findings by severity, by rule or by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группировать замечания по серьёзности, правилу или подразделению</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Замечание</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Применить исправление</translation>
    </message>
    <message>
        <source>Apply the fix shown for the selected finding (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Применить показанное исправление к выбранному замечанию (можно отменить)</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отключить это правило</translation>
    </message>
    <message>
        <source>Turn off this rule for this design (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отключить это правило для этой структуры (можно отменить)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не проверено</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Предлагаемое исправление: {0}</translation>
    </message>
    <message>
        <source>Turn off {0} for this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отключить {0} для этой структуры</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Add orgeditor to this desktop?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить orgeditor на этот рабочий стол?</translation>
    </message>
    <message>
        <source>Add orgeditor to the applications menu and open .orgdesign files with it?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить orgeditor в меню приложений и открывать им файлы .orgdesign?</translation>
    </message>
    <message>
        <source>A double-click on a design then opens it here. You are asked only once: to change it later, start orgeditor with --install-desktop or --uninstall-desktop.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тогда двойной щелчок по проекту откроет его здесь. Вопрос задаётся один раз: чтобы изменить выбор позже, запустите orgeditor с --install-desktop или --uninstall-desktop.</translation>
    </message>
    <message>
        <source>The desktop&apos;s files cannot be written: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся записать файлы рабочего стола: {0}</translation>
    </message>
</context>
<context>
    <name>FundingPartsEditor</name>
    <message>
        <source>Whole source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник в целом</translation>
    </message>
    <message>
        <source>Each part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Каждая часть</translation>
    </message>
    <message>
        <source>New &amp;Part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новая часть</translation>
    </message>
    <message>
        <source>Delete P&amp;art…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить часть…</translation>
    </message>
    <message>
        <source>Cost &amp;neutrality checked for:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Нейтральность затрат проверяется для:</translation>
    </message>
    <message>
        <source>Parts (posts and cost rates may name a part):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Части (должности и ставки могут указывать часть):</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;as opened&gt;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&lt;при открытии&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение</translation>
    </message>
    <message>
        <source>department</source>
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
        <translation>группа</translation>
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
        <source>peacekeeping operation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>операция по поддержанию мира</translation>
    </message>
    <message>
        <source>special political mission</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>специальная политическая миссия</translation>
    </message>
    <message>
        <source>regional office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>региональное отделение</translation>
    </message>
    <message>
        <source>envoy</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>посланник</translation>
    </message>
    <message>
        <source>political process office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отделение по политическому процессу</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>другое</translation>
    </message>
    <message>
        <source>dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>двойная</translation>
    </message>
    <message>
        <source>dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пунктирная</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс руководителя</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место службы</translation>
    </message>
    <message>
        <source>Field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Присутствие на местах</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ведущий департамент</translation>
    </message>
    <message>
        <source>Backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Поддерживается</translation>
    </message>
    <message>
        <source>Entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точка входа для</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Justification</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Обоснование</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Условие</translation>
    </message>
    <message>
        <source>Add line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить линию</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Убрать выбранное</translation>
    </message>
    <message>
        <source>The unit the new line goes to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, к которому идёт новая линия</translation>
    </message>
    <message>
        <source>Line to unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Линия к подразделению</translation>
    </message>
    <message>
        <source>Line kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тип линии</translation>
    </message>
    <message>
        <source>Dual (dashed) or dotted reporting line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Линия двойного (штриховая) или пунктирного подчинения</translation>
    </message>
    <message>
        <source>Add a line of the chosen kind to the chosen unit (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить линию выбранного типа к выбранному подразделению (можно отменить)</translation>
    </message>
    <message>
        <source>Remove the selected lines (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Убрать выбранные линии (можно отменить)</translation>
    </message>
    <message>
        <source>Dual and dotted lines from this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Двойные и пунктирные линии от этого подразделения</translation>
    </message>
    <message>
        <source>The unit&apos;s full name, as the chart shows it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Полное название подразделения, как на схеме</translation>
    </message>
    <message>
        <source>An abbreviation (DPPA, EAD), shown under the name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сокращение (DPPA, EAD), показывается под названием</translation>
    </message>
    <message>
        <source>Department, office, division, section … (the card&apos;s colour)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Департамент, управление, отдел, секция… (цвет карточки)</translation>
    </message>
    <message>
        <source>The grade of the post that heads the unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс должности руководителя подразделения</translation>
    </message>
    <message>
        <source>The region the unit covers, if any</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Регион, который охватывает подразделение, если есть</translation>
    </message>
    <message>
        <source>The duty station: it sets the posts&apos; standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Место службы: от него зависят стандартные расходы на должности</translation>
    </message>
    <message>
        <source>For a field presence: mission, office or centre</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Для присутствия на местах: миссия, отделение или центр</translation>
    </message>
    <message>
        <source>The department that leads this field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ведущий департамент этого присутствия на местах</translation>
    </message>
    <message>
        <source>The unit at headquarters that backstops this one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение в Центральных учреждениях, которое поддерживает это</translation>
    </message>
    <message>
        <source>The regions or segments this unit is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Регионы или сегменты, для которых это подразделение — точка входа</translation>
    </message>
    <message>
        <source>The functions the unit performs (ticked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции, которые выполняет подразделение (отмеченные)</translation>
    </message>
    <message>
        <source>A note shown in the card&apos;s tooltip and in reports</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Примечание, показываемое в подсказке карточки и в отчётах</translation>
    </message>
    <message>
        <source>Why the unit exists or changes, for the proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Зачем подразделение существует или меняется — для предложения</translation>
    </message>
    <message>
        <source>The document that establishes it, e.g. ST/SGB/2009/13</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Документ о его учреждении, например ST/SGB/2009/13</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>System Default ({0})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Язык системы ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The interface will be in {0} the next time orgeditor starts.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Интерфейс будет на языке «{0}» при следующем запуске orgeditor.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>new since the compared scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>новое по сравнению со сравниваемым сценарием</translation>
    </message>
    <message>
        <source>takes over from a unit that went</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>заменяет упразднённое подразделение</translation>
    </message>
    <message>
        <source>under another parent than before</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>под другим вышестоящим подразделением</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>переименовано</translation>
    </message>
    <message>
        <source>fields or posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>изменены поля или должности</translation>
    </message>
    <message>
        <source>errors of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ошибки правил (сколько)</translation>
    </message>
    <message>
        <source>warnings of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предупреждения правил (сколько)</translation>
    </message>
    <message>
        <source>notes of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>примечания правил (сколько)</translation>
    </message>
    <message>
        <source>Unit colours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Цвета подразделений</translation>
    </message>
    <message>
        <source>Lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Линии</translation>
    </message>
    <message>
        <source>reports to (primary line)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>подчиняется (основная линия)</translation>
    </message>
    <message>
        <source>dual reporting line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>линия двойного подчинения (подпись указывает когда)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>пунктирная линия</translation>
    </message>
    <message>
        <source>Badges</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Значки</translation>
    </message>
    <message>
        <source>Compare marks (View &gt; Compare with Baseline)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметки сравнения (Вид &gt; Сравнить с базовым сценарием)</translation>
    </message>
    <message>
        <source>+N under a card: N sub-units are collapsed (double-click to show them).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>+N под карточкой: N подчинённых подразделений свёрнуто (дважды щёлкните, чтобы показать).</translation>
    </message>
</context>
<context>
    <name>LegibleChoice</name>
    <message>
        <source>Use one sheet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Одна страница {0}, масштаб {1} %</translation>
    </message>
    <message>
        <source>Use tiles on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Плитки на {0}, масштаб {1} %</translation>
    </message>
    <message>
        <source>Use a booklet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Брошюра на {0}, масштаб {1} %</translation>
    </message>
    <message>
        <source>{0} portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}, книжная</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}, альбомная</translation>
    </message>
    <message>
        <source>{0}: 1 sheet, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: 1 лист, самый мелкий текст {2} пт</translation>
    </message>
    <message>
        <source>{0}: {1} sheets, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: листов: {1}, самый мелкий текст {2} пт</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Самый мелкий текст</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt at 100% (an image is drawn at full size)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Самый мелкий текст: {0} пт при 100 % (изображение рисуется в натуральную величину)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt (1 page at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Самый мелкий текст: {0} пт (1 страница, {1} %)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt ({2} pages at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Самый мелкий текст: {0} пт (страниц: {2}, {1} %)</translation>
    </message>
    <message>
        <source>{0}: under {1} pt, hard to read. Instead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: меньше {1} пт, трудно читать. Вместо этого:</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Основная панель инструментов</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Организационная схема</translation>
    </message>
    <message>
        <source>Chart canvas: arrows move between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Поле схемы: стрелки переходят между подразделениями</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сценарии</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Замечания</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>История</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Открыть пример</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Экспорт схемы…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Таблицы должностей, перераспределения, затрат или изменений в формате XLSX, CSV, HTML или PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Обмен данными</translation>
    </message>
    <message>
        <source>&amp;Import Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Импорт подразделений и должностей…</translation>
    </message>
    <message>
        <source>Merge units and posts from CSV or XLSX into this scenario (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить в этот сценарий подразделения и должности из CSV или XLSX (одна отмена)</translation>
    </message>
    <message>
        <source>Write Import &amp;Template…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Создать шаблон импорта…</translation>
    </message>
    <message>
        <source>Export &amp;Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Экспорт подразделений и должностей…</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт в &amp;GraphML…</translation>
    </message>
    <message>
        <source>Auto&amp;save Every…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Автосохранение…</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Как часто сохранять резервную копию несохранённых изменений</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Add Unit Below…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Добавить подчинённое подразделение…</translation>
    </message>
    <message>
        <source>&amp;Delete Units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить подразделения</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Переместить в…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выделить</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;По размеру окна</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Реальный размер</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Компактная схема</translation>
    </message>
    <message>
        <source>Align Rows by &amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Выравнивать ряды по классу</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Развернуть все</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сравнить с базовым сценарием</translation>
    </message>
    <message>
        <source>Mark what is new, moved or changed against the baseline, and list it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметить и перечислить новое, перемещённое или изменённое по сравнению с базовым сценарием</translation>
    </message>
    <message>
        <source>Cost &amp;Summary…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сводка затрат…</translation>
    </message>
    <message>
        <source>Cost per funding source of every scenario, and a grade pyramid</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Затраты каждого сценария по источникам финансирования и пирамида классов</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Структура</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Grades, standard costs, funding sources, functions, department roles, rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Классы, стандартные расходы, источники финансирования, функции, роли департаментов, правила</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Свойства…</translation>
    </message>
    <message>
        <source>Title, author, description and provenance notes; scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название, автор, описание и сведения об источниках; описания сценариев</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Правила</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;О программе {0}</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Найти подразделение (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Найти подразделение</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name, then Return for the next match</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Введите часть названия подразделения и нажмите Enter для следующего совпадения</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Проверка правил…</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ошибок: {0}, предупреждений: {1}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не выполнено: {0}</translation>
    </message>
    <message>
        <source>Cost change: {0} {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение затрат: {0} {1}</translation>
    </message>
    <message>
        <source>Cost change: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменение затрат: {0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Автосохранение</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved changes every (minutes; 0: never):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохранять резервную копию несохранённых изменений каждые (минут; 0 — никогда):</translation>
    </message>
    <message>
        <source>Select the unit to add a unit below</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение, к которому добавить подчинённое</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить подразделение</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название нового подразделения:</translation>
    </message>
    <message>
        <source>Select the units to move first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сначала выберите перемещаемые подразделения</translation>
    </message>
    <message>
        <source>No unit matches “{0}”</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нет подразделений, соответствующих «{0}»</translation>
    </message>
    <message>
        <source>{0} of {1}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} из {1}: </translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Копировать сценарий</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название нового предложения:</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} (копия)</translation>
    </message>
</context>
<context>
    <name>MapToDialog</name>
    <message>
        <source>Delete {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить {0}</translation>
    </message>
    <message>
        <source>&amp;Map and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Заменить и удалить</translation>
    </message>
    <message>
        <source>{0} is in use:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} используется:</translation>
    </message>
    <message>
        <source>Everything that uses it will use the one chosen below instead, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Всё, что его использует, будет использовать выбранный ниже элемент — одним шагом, который можно отменить.</translation>
    </message>
    <message>
        <source>Map to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Заменить на:</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Мини-карта</translation>
    </message>
    <message>
        <source>The whole chart: click or drag to move the view there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вся схема: щёлкните или перетащите, чтобы переместить туда вид</translation>
    </message>
    <message>
        <source>&amp;Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Мини-карта</translation>
    </message>
    <message>
        <source>Show the whole chart small in the canvas&apos;s corner</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показывать всю схему в уменьшенном виде в углу поля</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move to…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переместить в…</translation>
    </message>
    <message>
        <source>Type to filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Введите текст для фильтра подразделений</translation>
    </message>
    <message>
        <source>Move {0} under:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переместить {0} под:</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр подразделений</translation>
    </message>
    <message>
        <source>New parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новое вышестоящее</translation>
    </message>
</context>
<context>
    <name>NamesBox</name>
    <message>
        <source>Names in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Названия на других языках</translation>
    </message>
    <message>
        <source>The unit&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название и краткое название подразделения на каждом языке проекта</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Краткое название</translation>
    </message>
    <message>
        <source>Type a name to add it; empty the name to remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Введите название, чтобы добавить его; очистите, чтобы удалить</translation>
    </message>
    <message>
        <source>Language tag, e.g. ru or pt-BR</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Языковой тег, например ru или pt-BR</translation>
    </message>
    <message>
        <source>A BCP 47 language tag for a new row of names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Языковой тег BCP 47 для новой строки названий</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Add a row for names in this language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить строку названий на этом языке</translation>
    </message>
    <message>
        <source>{0} is the design&apos;s own language: edit the name above</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — собственный язык проекта: измените название выше</translation>
    </message>
    <message>
        <source>A short name needs a name in the same language.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Краткому названию нужно полное название на том же языке.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новая структура</translation>
    </message>
    <message>
        <source>Create</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Start the new design from:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Начать новую структуру с:</translation>
    </message>
</context>
<context>
    <name>PostsBox</name>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Финансирование</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl, Shift) to act on them at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выделите несколько строк (Ctrl, Shift), чтобы действовать сразу над всеми</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр должностей</translation>
    </message>
    <message>
        <source>Filter posts by id, grade, funding or title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр должностей по номеру, классу, финансированию или названию</translation>
    </message>
    <message>
        <source>Show only the posts whose id, grade, funding or title contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показывать только должности, номер, класс, финансирование или название которых содержат все слова</translation>
    </message>
    <message>
        <source>The grade of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс учреждаемой должности</translation>
    </message>
    <message>
        <source>The funding source of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник финансирования учреждаемой должности</translation>
    </message>
    <message>
        <source>The grade to reclassify the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс, в который реклассифицировать выбранные должности</translation>
    </message>
    <message>
        <source>The funding source to move the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник финансирования, на который перевести выбранные должности</translation>
    </message>
    <message>
        <source>Establish post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Учредить должность</translation>
    </message>
    <message>
        <source>Establish a new post in this unit at the grade and funding chosen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Учредить в этом подразделении новую должность выбранного класса с выбранным финансированием</translation>
    </message>
    <message>
        <source>Reclassify selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассифицировать выбранные</translation>
    </message>
    <message>
        <source>Reclassify the selected posts to the grade chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Реклассифицировать выбранные должности в выбранный класс (одна отмена)</translation>
    </message>
    <message>
        <source>Change funding of selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Изменить финансирование выбранных</translation>
    </message>
    <message>
        <source>Fund the selected posts from the source chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Финансировать выбранные должности из выбранного источника (одна отмена)</translation>
    </message>
    <message>
        <source>Redeploy To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить в…</translation>
    </message>
    <message>
        <source>Redeploy the selected posts to a unit you pick (or drag the rows)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить выбранные должности в указанное подразделение (или перетащите строки)</translation>
    </message>
    <message>
        <source>Abolish selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднить выбранные</translation>
    </message>
    <message>
        <source>Abolish the selected posts (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Упразднить выбранные должности (одна отмена)</translation>
    </message>
    <message>
        <source>The selected post&apos;s title in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название выбранной должности на каждом языке проекта</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Title of post {0} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название должности {0} на других языках</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print — {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Печать — {0}</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>PBSO&apos;s components: pbc-branch, ppab, fpb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Компоненты PBSO: pbc-branch, ppab, fpb</translation>
    </message>
    <message>
        <source>pbso=ASG, oma=ASG</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pbso=ASG, oma=ASG</translation>
    </message>
    <message>
        <source>A unit&apos;s head grade is that of its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс руководителя подразделения — класс его старшей должности</translation>
    </message>
    <message>
        <source>A field presence sits under its lead department on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Присутствие на местах находится на схеме под своим ведущим департаментом</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>не задано</translation>
    </message>
    <message>
        <source>Groups kept &amp;together:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группы, которые держатся &amp;вместе:</translation>
    </message>
    <message>
        <source>Required &amp;head grades:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Требуемые классы &amp;руководителей:</translation>
    </message>
    <message>
        <source>Fewest entry-point &amp;holders:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Наименьшее число &amp;точек входа:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сбой автосохранения: {0}: {1}</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Восстановить несохранённые изменения?</translation>
    </message>
    <message>
        <source>orgeditor did not close normally. It kept a recovery copy, with the changes that were not saved, made at {0}, of:

{1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor завершился некорректно. Сохранена резервная копия с несохранёнными изменениями, сделанная {0}, для файла:

{1}</translation>
    </message>
    <message>
        <source>Restore opens the copy as an unsaved design; save it to keep it. Discard deletes the copy. Decide Later asks again at the next start.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>«Восстановить» откроет копию как несохранённую структуру; сохраните её, чтобы не потерять. «Отбросить» удалит копию. «Решить позже» спросит снова при следующем запуске.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отбросить</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>The recovery copy cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся открыть резервную копию</translation>
    </message>
    <message>
        <source>Restored the recovery copy of {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Восстановлена резервная копия {0}</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить в</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Введите часть названия подразделения</translation>
    </message>
    <message>
        <source>Redeploy 1 post to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить 1 должность в:</translation>
    </message>
    <message>
        <source>Redeploy {0} posts to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Перераспределить должности ({0}) в:</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Головное подразделение</translation>
    </message>
    <message>
        <source>Every mapped department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Все сопоставленные департаменты</translation>
    </message>
    <message>
        <source>Department role…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль департамента…</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Административная канцелярия</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Общая структура</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группа руководителей</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение…</translation>
    </message>
    <message>
        <source>Department role: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль департамента: {0}</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение: {0}</translation>
    </message>
</context>
<context>
    <name>RenameScenarioDialog</name>
    <message>
        <source>Rename scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать сценарий</translation>
    </message>
    <message>
        <source>The scenario&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название и краткое название сценария на каждом языке проекта</translation>
    </message>
    <message>
        <source>New name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новое название:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Таблица</translation>
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
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Формат</translation>
    </message>
    <message>
        <source>The cost summary compares the first scenario with every other one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сводка затрат сравнивает первый сценарий с каждым из остальных</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отчёт не записан</translation>
    </message>
    <message>
        <source>Wrote {0} ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Записано: {0} ({1})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>The tables cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся прочитать таблицы</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>страниц: {0}</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>CSV, значения через запятую (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>PDF, printable pages (*.pdf)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF, страницы для печати (*.pdf)</translation>
    </message>
    <message>
        <source>{0}: 1 problem (first: {1}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: 1 проблема (первая: {1}). Исправьте строки и импортируйте снова; в подробностях перечислены все.</translation>
    </message>
    <message>
        <source>{0}: {1} problems (first: {2}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: проблем: {1} (первая: {2}). Исправьте строки и импортируйте снова; в подробностях перечислены все.</translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} импортировано в {1}: подразделений {2}, должностей {3} (можно отменить)</translation>
    </message>
    <message>
        <source>Import units and posts into {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Импорт подразделений и должностей в {0}</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Таблицы (*.xlsx *.csv);;Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write import template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Создать шаблон импорта</translation>
    </message>
    <message>
        <source>Export units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт подразделений и должностей</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт в GraphML</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Файл не записан</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт схемы</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт схемы…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспорт отменён; файл не записан</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Схема не экспортирована</translation>
    </message>
    <message>
        <source>; {0} units without a name in the chart language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>; подразделений без названия на языке схемы: {0}</translation>
    </message>
    <message>
        <source>Exported {0} ({1}){2}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Экспортировано: {0} ({1}){2}</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>no limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>без ограничений</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(не задано)</translation>
    </message>
    <message>
        <source>Peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Операции по поддержанию мира</translation>
    </message>
    <message>
        <source>Special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Специальные политические миссии</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Региональные отделения</translation>
    </message>
    <message>
        <source>Envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Посланники</translation>
    </message>
    <message>
        <source>Political process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отделения по политическим процессам</translation>
    </message>
    <message>
        <source>Other field presences</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Другие присутствия на местах</translation>
    </message>
    <message>
        <source>&amp;Senior grade (from):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Старший класс (начиная с):</translation>
    </message>
    <message>
        <source>&amp;Entry-point grade:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс &amp;точки входа:</translation>
    </message>
    <message>
        <source>&amp;Gender function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Гендерная функция:</translation>
    </message>
    <message>
        <source>Peacebuilding &amp;Fund function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функция &amp;Фонда миростроительства:</translation>
    </message>
    <message>
        <source>Missions that name &amp;no lead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Миссии &amp;без ведущего департамента:</translation>
    </message>
    <message>
        <source>Cost &amp;tolerance:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Допуск по расходам:</translation>
    </message>
    <message>
        <source>Largest s&amp;pan of control:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Наибольшая &amp;норма управляемости:</translation>
    </message>
    <message>
        <source>Most &amp;layers below the top:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Наибольшее число &amp;уровней ниже верхнего:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ограничения</translation>
    </message>
    <message>
        <source>Functions the rules watch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции, за которыми следят правила</translation>
    </message>
    <message>
        <source>Lead department role by field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль ведущего департамента по типу присутствия на местах</translation>
    </message>
    <message>
        <source>the tolerance is a whole amount, such as 0</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>допуск — целая сумма, например 0</translation>
    </message>
    <message>
        <source>Promises the rules check</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Обязательства, которые проверяют правила</translation>
    </message>
    <message>
        <source>Department whose dual line names each field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Департамент, двойная линия которого указывает каждое присутствие на местах</translation>
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
        <translation>{0} сообщает с уровнем {1}, если не изменено</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>In this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В этой структуре</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Untick a rule to stop checking it in this design; its findings are listed as skipped. The severity is the one its findings report at. Both are saved in the file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Снимите флажок, чтобы правило больше не проверялось в этой структуре; его замечания будут отмечены как пропущенные. Серьёзность — уровень, с которым сообщаются его замечания. И то и другое сохраняется в файле.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Серьёзность</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Copy…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Копировать…</translation>
    </message>
    <message>
        <source>Create a proposal as a copy of the selected scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Создать предложение как копию выбранного сценария</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Rename the selected scenario (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Переименовать выбранный сценарий (можно отменить)</translation>
    </message>
    <message>
        <source>Delete the selected proposal (undoable; the baseline stays)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить выбранное предложение (можно отменить; базовый сценарий остаётся)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>базовый</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>предложение</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сегменты</translation>
    </message>
    <message>
        <source>The {0} this unit belongs to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Принадлежность подразделения ({0})</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>(any grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(любой класс)</translation>
    </message>
    <message>
        <source>A segment kind is a list the organisation is divided by: regions, client groups, sectors. Units belong to an item and may be its entry point (Inspector, Segments). When a kind needs one entry point, the rules ask for exactly one per item.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тип сегмента — это список, по которому делится организация: регионы, группы клиентов, отрасли. Подразделения относятся к элементу и могут быть его точкой входа (Инспектор, Сегменты). Если тип требует точки входа, правила требуют ровно одну на элемент.</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Точки входа</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Класс</translation>
    </message>
    <message>
        <source>&amp;New Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новый тип</translation>
    </message>
    <message>
        <source>&amp;Delete Kind…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить тип…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вверх</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Вниз</translation>
    </message>
    <message>
        <source>singular, such as client group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>в единственном числе, например группа клиентов</translation>
    </message>
    <message>
        <source>Each item needs one &amp;entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Каждому элементу нужна одна точка входа</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Код</translation>
    </message>
    <message>
        <source>&amp;Singular name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Название в &amp;единственном числе</translation>
    </message>
    <message>
        <source>Entry-point &amp;grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Класс точки входа</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Новый элемент</translation>
    </message>
    <message>
        <source>Delete I&amp;tem…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Удалить элемент…</translation>
    </message>
    <message>
        <source>Item U&amp;p</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Элемент вверх</translation>
    </message>
    <message>
        <source>Item D&amp;own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Элемент вниз</translation>
    </message>
    <message>
        <source>Items:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Элементы:</translation>
    </message>
    <message>
        <source>region (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>регион (встроенный)</translation>
    </message>
    <message>
        <source>one per item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>по одной на элемент</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>не проверяется</translation>
    </message>
    <message>
        <source>Segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тип сегмента {0}</translation>
    </message>
    <message>
        <source>New segment kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новый тип сегмента</translation>
    </message>
    <message>
        <source>Regions (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Регионы (встроенные)</translation>
    </message>
    <message>
        <source>Delete segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Удалить тип сегмента {0}</translation>
    </message>
    <message>
        <source>Segment kind {0} is in use:
{1}

Deleting it takes these units out of it, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Тип сегмента {0} используется:
{1}

Удаление исключит из него эти подразделения — одним шагом, который можно отменить.</translation>
    </message>
    <message>
        <source>&amp;Clear and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Очистить и удалить</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Органы</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Классы</translation>
    </message>
    <message>
        <source>Funding Sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источники финансирования</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Функции</translation>
    </message>
    <message>
        <source>Department Roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роли департаментов</translation>
    </message>
    <message>
        <source>Duty Stations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Места службы</translation>
    </message>
    <message>
        <source>Rule Parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Параметры правил</translation>
    </message>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сегменты</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр по действию или клавише</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Фильтр сочетаний</translation>
    </message>
    <message>
        <source>Show only the actions whose name or keys contain this text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Показывать только действия, в названии или клавишах которых есть этот текст</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <source>Open a design file from disk (Ctrl+O)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открыть файл структуры с диска (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start on the &amp;Blank Chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Начать с пустой схемы</translation>
    </message>
    <message>
        <source>Close this page and work on the untitled design (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Закрыть эту страницу и работать над структурой без названия (Esc)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Недавние</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Недавних файлов пока нет</translation>
    </message>
    <message>
        <source>Open a sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Открыть пример</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Создать по шаблону</translation>
    </message>
    <message>
        <source>{0}: double-click or press Return</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: дважды щёлкните или нажмите Enter</translation>
    </message>
    <message>
        <source>Welcome to orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добро пожаловать в orgeditor</translation>
    </message>
    <message>
        <source>Open a design to work on, or start a new one. Help &gt; User Guide explains the chart, the rules and the keys.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Откройте структуру для работы или начните новую. В меню «Справка &gt; Руководство пользователя» описаны схема, правила и клавиши.</translation>
    </message>
    <message>
        <source>The template cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Не удаётся прочитать шаблон</translation>
    </message>
</context>
<context>
    <name>SuccessionBox</name>
    <message>
        <source>same id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>тот же идентификатор</translation>
    </message>
    <message>
        <source>declared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>заявлено</translation>
    </message>
    <message>
        <source>inferred: same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>выведено: то же название</translation>
    </message>
    <message>
        <source>rejected: not succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>отклонено: нет преемства</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Преемник</translation>
    </message>
    <message>
        <source>The baseline units whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделения базового сценария, должности которых сохраняются в этом подразделении</translation>
    </message>
    <message>
        <source>Add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>A baseline unit whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение базового сценария, должности которого сохраняются в этом</translation>
    </message>
    <message>
        <source>Predecessor to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавляемый предшественник</translation>
    </message>
    <message>
        <source>Add the chosen unit as a predecessor (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить выбранное подразделение как предшественника (можно отменить)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Убрать выбранных предшественников</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <source>Confirm the inferred predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подтвердить выведенных предшественников</translation>
    </message>
    <message>
        <source>Reject</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>This unit does not succeed the inferred unit of the same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Это подразделение не является преемником одноимённого выведенного</translation>
    </message>
    <message>
        <source>Source: document and paragraph, or [I]</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Источник: документ и пункт или [I]</translation>
    </message>
    <message>
        <source>Where the succession is stated: a document and paragraph, or [I] for inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Где указано преемство: документ и пункт или [I], если выведено</translation>
    </message>
    <message>
        <source>A baseline unit succeeds no earlier unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение базового сценария не является преемником других.</translation>
    </message>
    <message>
        <source>A new unit: its posts came by redeployment or establishment.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Новое подразделение: его должности получены перераспределением или учреждением.</translation>
    </message>
    <message>
        <source>Inferred from the name: confirm it, or reject it if wrong.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выведено из названия: подтвердите или отклоните, если неверно.</translation>
    </message>
    <message>
        <source>Posts that came from these units continue (not redeployed).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Должности, пришедшие из этих подразделений, сохраняются (не перераспределяются).</translation>
    </message>
    <message>
        <source>Choose a baseline unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение базового сценария…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Typing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ввод</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отменить: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Повторить: {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Повторить</translation>
    </message>
</context>
<context>
    <name>UnitRolesBox</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Головное подразделение</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Общая структура</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Административная канцелярия</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Группа руководителей</translation>
    </message>
    <message>
        <source>Role in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль в этом сценарии</translation>
    </message>
    <message>
        <source>Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить члена</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Убрать выбранное</translation>
    </message>
    <message>
        <source>The role this unit plays in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Роль этого подразделения в этом сценарии</translation>
    </message>
    <message>
        <source>The unit that chairs this body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, председательствующее в этом органе</translation>
    </message>
    <message>
        <source>A unit to add to this body&apos;s members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Подразделение, добавляемое в состав этого органа</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавляемый член</translation>
    </message>
    <message>
        <source>Add the chosen unit to the members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Добавить выбранное подразделение в состав (можно отменить)</translation>
    </message>
    <message>
        <source>Remove the selected members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Исключить выбранных членов (можно отменить)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Члены</translation>
    </message>
    <message>
        <source>Plays</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выполняет роль</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Выберите подразделение…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>Compare with &amp;File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнить с &amp;файлом…</translation>
    </message>
    <message>
        <source>Mark what changed since another .orgdesign file</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Отметить изменения по сравнению с другим файлом .orgdesign</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнить с &amp;версией…</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;История файла…</translation>
    </message>
    <message>
        <source>Save the design in a git repository to compare with its versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сохраните структуру в репозитории git, чтобы сравнивать её с версиями</translation>
    </message>
    <message>
        <source>The commits that touched this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Коммиты, затронувшие эту структуру</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнить с файлом</translation>
    </message>
    <message>
        <source>Designs (*.orgdesign)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Структуры (*.orgdesign)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Сравнение невозможно</translation>
    </message>
    <message>
        <source>No history</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Нет истории</translation>
    </message>
    <message>
        <source>The design is not in that commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В этом коммите нет структуры</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 в %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>%1 has no scenario %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>В %1 нет сценария %2</translation>
    </message>
</context>
</TS>
