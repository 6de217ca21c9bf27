<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{tables} cuadros, {rows} filas</translation>
    </message>
    <message>
        <source>1 table, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 cuadro, {rows} filas</translation>
    </message>
    <message>
        <source>wrote {path} ({details})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>se escribió {path} ({details})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 página</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} páginas</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>off (this design turns it off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>desactivada (este diseño la desactiva)</translation>
    </message>
    <message>
        <source>on, at {severity} instead of {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>activada, con nivel {severity} en lugar de {default}</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>activada</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente: {source}.</translation>
    </message>
    <message>
        <source>In this design: {state}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>En este diseño: {state}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Parámetros: {names}</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>unit</source>
        <extracomment>Unit fields that hold a unit id: shown as that unit&apos;s label in its scenario. The &quot;Kind&quot; column&apos;s word for each section of a diff (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>dependencia</translation>
    </message>
    <message>
        <source>post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puesto</translation>
    </message>
    <message>
        <source>line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea jerárquica</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano</translation>
    </message>
    <message>
        <source>role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>función</translation>
    </message>
    <message>
        <source>setting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>parámetro</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>The &quot;Change&quot; column&apos;s words: every action&apos;s value (translated by :func:`change_word`).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>adición</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>supresión</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambio de adscripción</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambio de nombre</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modificación</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sucesión de otras dependencias</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sustitución por otras dependencias</translation>
    </message>
    <message>
        <source>established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>creación</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redistribución</translation>
    </message>
    <message>
        <source>moved with its unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>traslado con su dependencia</translation>
    </message>
    <message>
        <source>reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reclasificación</translation>
    </message>
    <message>
        <source>funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambio de financiación</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>eliminación</translation>
    </message>
    <message>
        <source>members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambio de miembros</translation>
    </message>
    <message>
        <source>chair changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambio de presidencia</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignación</translation>
    </message>
    <message>
        <source>cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>retiro</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reasignación</translation>
    </message>
    <message>
        <source>dual, {source} to {target}</source>
        <extracomment>A line in words, by kind: ``dual, ASG Africa to DPO``.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>doble, de {source} a {target}</translation>
    </message>
    <message>
        <source>dotted, {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>punteada, de {source} a {target}</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>de {source} a {target}</translation>
    </message>
    <message>
        <source>{grade} {funding} in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade} {funding} en {unit}</translation>
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
        <translation> (cuando: {condition})</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>chair {chair}; members {members}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>presidencia: {chair}; miembros: {members}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>Unit fields whose change makes a unit &quot;changed&quot; (name, parent and succession have their own actions; a citation says where a unit comes from, not how it changed: issue 21). Each unit field in words (translated where shown, context &quot;Change&quot;): short_name has RENAMED&apos;s words, the others are the CHANGED action&apos;s fields.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>tipo</translation>
    </message>
    <message>
        <source>short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nombre abreviado</translation>
    </message>
    <message>
        <source>head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>categoría del jefe</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>región</translation>
    </message>
    <message>
        <source>presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>tipo de presencia</translation>
    </message>
    <message>
        <source>lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>departamento principal</translation>
    </message>
    <message>
        <source>backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>con apoyo de</translation>
    </message>
    <message>
        <source>entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>punto de entrada para</translation>
    </message>
    <message>
        <source>functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>funciones</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nota</translation>
    </message>
    <message>
        <source>segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>segmentos</translation>
    </message>
    <message>
        <source>segment entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puntos de entrada por segmento</translation>
    </message>
    <message>
        <source>location</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nombres</translation>
    </message>
    <message>
        <source>dual line to {unit} added</source>
        <extracomment>A line&apos;s note on its source unit, by (kind, action).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea doble a {unit} añadida</translation>
    </message>
    <message>
        <source>dual line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea doble a {unit} eliminada</translation>
    </message>
    <message>
        <source>dual line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea doble a {unit} modificada</translation>
    </message>
    <message>
        <source>dotted line to {unit} added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada a {unit} añadida</translation>
    </message>
    <message>
        <source>dotted line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada a {unit} eliminada</translation>
    </message>
    <message>
        <source>dotted line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada a {unit} modificada</translation>
    </message>
    <message>
        <source>dual line moved to {unit}</source>
        <extracomment>A moved line&apos;s note on the unit it left, by kind.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea doble trasladada a {unit}</translation>
    </message>
    <message>
        <source>dotted line moved to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada trasladada a {unit}</translation>
    </message>
    <message>
        <source>abolished: {unit}</source>
        <extracomment>Unit id -&gt; department id, in the earlier and the later scenario. Later unit -&gt; its predecessors, and earlier unit -&gt; its successors.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>suprimida: {unit}</translation>
    </message>
    <message>
        <source>moved from {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>antes adscrita a {unit}</translation>
    </message>
    <message>
        <source>was {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>antes {unit}</translation>
    </message>
    <message>
        <source>succeeds {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sucede a {units}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modificado: {fields}</translation>
    </message>
    <message>
        <source>members: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>miembros: {units}</translation>
    </message>
    <message>
        <source>members: reordered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>miembros: orden modificado</translation>
    </message>
    <message>
        <source>chair: {old} -&gt; {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>presidencia: {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>body added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano añadido</translation>
    </message>
    <message>
        <source>body removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano eliminado</translation>
    </message>
    <message>
        <source>now the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ahora: {role}</translation>
    </message>
    <message>
        <source>no longer the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya no: {role}</translation>
    </message>
    <message>
        <source>+{came} posts in, -{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos: +{came} entrantes, -{went} salientes</translation>
    </message>
    <message>
        <source>+{came} posts in</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos: +{came} entrantes</translation>
    </message>
    <message>
        <source>-{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos: -{went} salientes</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>Each section&apos;s name in the headline (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>dependencias</translation>
    </message>
    <message>
        <source>posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos</translation>
    </message>
    <message>
        <source>lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>líneas jerárquicas</translation>
    </message>
    <message>
        <source>bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órganos</translation>
    </message>
    <message>
        <source>roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>funciones</translation>
    </message>
    <message>
        <source>settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>parámetros de las reglas</translation>
    </message>
    <message>
        <source>redeployed to another unit</source>
        <extracomment>How the headline says an action where its value alone would mislead.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redistribución a otra dependencia</translation>
    </message>
    <message>
        <source>continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>continuidad con su dependencia en otro departamento</translation>
    </message>
    <message>
        <source>succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sucesión de dependencias anteriores</translation>
    </message>
    <message>
        <source>succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sustitución por dependencias posteriores</translation>
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
        <translation>No hay diferencias: dependencias, puestos, líneas, órganos, funciones y parámetros.</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The fields of a line that can change under the same id (everything but the id). The single-unit roles of a scenario; department roles are ``department:ROLE``. Each single-unit role in words (translated where shown, context &quot;Change&quot;).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>dependencia superior</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>estructura compartida</translation>
    </message>
    <message>
        <source>executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficina ejecutiva</translation>
    </message>
    <message>
        <source>principals group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>grupo de altos responsables</translation>
    </message>
    <message>
        <source>{role} department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>departamento {role}</translation>
    </message>
    <message>
        <source>design added: {count} scenario(s)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>diseño añadido; escenarios: {count}</translation>
    </message>
    <message>
        <source>{scenario}: scenario added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: escenario añadido</translation>
    </message>
    <message>
        <source>{scenario}: {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: {change}</translation>
    </message>
    <message>
        <source>{scenario}: scenario removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: escenario eliminado</translation>
    </message>
    <message>
        <source>design properties or review notes changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>propiedades del diseño o notas de revisión modificadas</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>department</source>
        <extracomment>Each unit kind in words on a card (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>departamento</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficina</translation>
    </message>
    <message>
        <source>structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>estructura</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>división</translation>
    </message>
    <message>
        <source>service</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>servicio</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>subdivisión</translation>
    </message>
    <message>
        <source>section</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sección</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>dependencia</translation>
    </message>
    <message>
        <source>team</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>equipo</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>presencia sobre el terreno</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>Scale {percent}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escala {percent} %</translation>
    </message>
    <message>
        <source>Tile {number} of {total}, sheet {sheet}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mosaico {number} de {total}, hoja {sheet}</translation>
    </message>
    <message>
        <source>{title} — {scenario} — how the {count} tiles assemble</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} — {scenario} — cómo se unen los {count} mosaicos</translation>
    </message>
    <message>
        <source>Assembly map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plano de montaje</translation>
    </message>
    <message>
        <source>{amount}M</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} M</translation>
    </message>
    <message>
        <source>{amount}k</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} mil</translation>
    </message>
    <message>
        <source>no posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sin puestos</translation>
    </message>
    <message>
        <source>1 post · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 puesto · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} posts · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} puestos · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {item}</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 dependencia</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} dependencias</translation>
    </message>
    <message>
        <source>1 post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 puesto</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} puestos</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 observación</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} observaciones</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit required bodies and dual reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar los órganos obligatorios y la doble dependencia</translation>
    </message>
    <message>
        <source>Comment on unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentar la dependencia {id}</translation>
    </message>
    <message>
        <source>Comment on post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentar el puesto {id}</translation>
    </message>
    <message>
        <source>Resolve comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcar como resuelto el comentario sobre {id}</translation>
    </message>
    <message>
        <source>Reopen comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reabrir el comentario sobre {id}</translation>
    </message>
    <message>
        <source>Edit comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar el comentario sobre {id}</translation>
    </message>
    <message>
        <source>Delete comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar el comentario sobre {id}</translation>
    </message>
    <message>
        <source>{decision}: {place}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{decision}: {place}</translation>
    </message>
    <message>
        <source>Decide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Take base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Adoptar la versión de base</translation>
    </message>
    <message>
        <source>Take ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Adoptar nuestra versión</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Adoptar su versión</translation>
    </message>
    <message>
        <source>Import {source} into {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Importar {source} en {scenario}</translation>
    </message>
    <message>
        <source>Change caption of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la leyenda de la línea {line}</translation>
    </message>
    <message>
        <source>Change condition of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la condición de la línea {line}</translation>
    </message>
    <message>
        <source>Change kind of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el tipo de la línea {line}</translation>
    </message>
    <message>
        <source>Change citation of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la fuente citada de la línea {line}</translation>
    </message>
    <message>
        <source>Add dual line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir una línea doble de {source} a {target}</translation>
    </message>
    <message>
        <source>Add dotted line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir una línea punteada de {source} a {target}</translation>
    </message>
    <message>
        <source>Remove line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar la línea de {source} a {target}</translation>
    </message>
    <message>
        <source>Change members of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar los miembros de {unit}</translation>
    </message>
    <message>
        <source>Reclassify post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasificar el puesto {post} a la categoría {value}</translation>
    </message>
    <message>
        <source>Change funding of post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la financiación del puesto {post} a {value}</translation>
    </message>
    <message>
        <source>Retitle {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el título de {post}</translation>
    </message>
    <message>
        <source>Retitle {post} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el título de {post} en otros idiomas</translation>
    </message>
    <message>
        <source>Reclassify {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasificar puestos a la categoría {value} (número: {count})</translation>
    </message>
    <message>
        <source>Change funding of {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la financiación de puestos a {value} (número: {count})</translation>
    </message>
    <message>
        <source>Establish a {grade} post ({funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear un puesto de {grade} ({funding}) en {unit}</translation>
    </message>
    <message>
        <source>Abolish post {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suprimir el puesto {post}</translation>
    </message>
    <message>
        <source>Abolish {count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suprimir puestos (número: {count})</translation>
    </message>
    <message>
        <source>Redeploy post {post} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir el puesto {post} a {unit}</translation>
    </message>
    <message>
        <source>Redeploy {count} posts to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir puestos a {unit} (número: {count})</translation>
    </message>
    <message>
        <source>Make {unit} the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Hacer de {unit} la dependencia superior</translation>
    </message>
    <message>
        <source>Clear the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar la dependencia superior</translation>
    </message>
    <message>
        <source>Make {unit} the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Hacer de {unit} la estructura compartida</translation>
    </message>
    <message>
        <source>Clear the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar la estructura compartida</translation>
    </message>
    <message>
        <source>Make {unit} the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Hacer de {unit} la oficina ejecutiva</translation>
    </message>
    <message>
        <source>Clear the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar la oficina ejecutiva</translation>
    </message>
    <message>
        <source>Make {unit} the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Hacer de {unit} el grupo de altos responsables</translation>
    </message>
    <message>
        <source>Clear the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar el grupo de altos responsables</translation>
    </message>
    <message>
        <source>Edit design properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar las propiedades del diseño</translation>
    </message>
    <message>
        <source>Describe {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Describir {scenario}</translation>
    </message>
    <message>
        <source>Copy {scenario} as {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiar {scenario} con el nombre {name}</translation>
    </message>
    <message>
        <source>Rename {scenario} to {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el nombre de {scenario} a {name}</translation>
    </message>
    <message>
        <source>Rename {name} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el nombre de {name} en otros idiomas</translation>
    </message>
    <message>
        <source>Delete {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar {scenario}</translation>
    </message>
    <message>
        <source>Rename {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el nombre de {unit}</translation>
    </message>
    <message>
        <source>Change kind of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el tipo de {unit}</translation>
    </message>
    <message>
        <source>Change short name of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el nombre abreviado de {unit}</translation>
    </message>
    <message>
        <source>Change head grade of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la categoría del jefe de {unit}</translation>
    </message>
    <message>
        <source>Change region of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la región de {unit}</translation>
    </message>
    <message>
        <source>Change presence type of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el tipo de presencia de {unit}</translation>
    </message>
    <message>
        <source>Change lead department of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el departamento principal de {unit}</translation>
    </message>
    <message>
        <source>Change the backstop of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la dependencia de apoyo de {unit}</translation>
    </message>
    <message>
        <source>Change the regions {unit} is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar las regiones de las que {unit} es punto de entrada</translation>
    </message>
    <message>
        <source>Change functions of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar las funciones de {unit}</translation>
    </message>
    <message>
        <source>Change note of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la nota de {unit}</translation>
    </message>
    <message>
        <source>Change segments of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar los segmentos de {unit}</translation>
    </message>
    <message>
        <source>Change segment entry points of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar los puntos de entrada por segmento de {unit}</translation>
    </message>
    <message>
        <source>Change succession of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la sucesión de {unit}</translation>
    </message>
    <message>
        <source>Change location of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el lugar de destino de {unit}</translation>
    </message>
    <message>
        <source>Change names of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar los nombres de {unit} en otros idiomas</translation>
    </message>
    <message>
        <source>Change citation of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la fuente citada de {unit}</translation>
    </message>
    <message>
        <source>Delete {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar {unit}</translation>
    </message>
    <message>
        <source>Delete {unit} and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar {unit} y sus subdependencias (número: {below})</translation>
    </message>
    <message>
        <source>Delete {count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar dependencias (número: {count})</translation>
    </message>
    <message>
        <source>Delete {count} units and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar dependencias ({count}) y sus subdependencias ({below})</translation>
    </message>
    <message>
        <source>Move {unit} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Trasladar {unit} a {target}</translation>
    </message>
    <message>
        <source>Move {count} units to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Trasladar dependencias a {target} (número: {count})</translation>
    </message>
    <message>
        <source>Add {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir {unit}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Corrección: {fix}</translation>
    </message>
    <message>
        <source>Edit funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar la fuente de financiación {source}</translation>
    </message>
    <message>
        <source>Add funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir la fuente de financiación {source}</translation>
    </message>
    <message>
        <source>grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>categoría</translation>
    </message>
    <message>
        <source>funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fuente de financiación</translation>
    </message>
    <message>
        <source>function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>función</translation>
    </message>
    <message>
        <source>department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rol de departamento</translation>
    </message>
    <message>
        <source>duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>lugar de destino</translation>
    </message>
    <message>
        <source>Turn {rule} on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activar {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} off</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desactivar {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} on ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activar {rule} ({severity})</translation>
    </message>
    <message>
        <source>Turn {rule} off ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desactivar {rule} ({severity})</translation>
    </message>
    <message>
        <source>Set {count} rules&apos; switches and severities</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activar o desactivar {count} reglas y fijar su gravedad</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>región</translation>
    </message>
    <message>
        <source>Edit segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar los segmentos</translation>
    </message>
    <message>
        <source>Add {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir {kind} {item}</translation>
    </message>
    <message>
        <source>Rename {kind} {item} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el código de {kind} {item} por {new}</translation>
    </message>
    <message>
        <source>Edit {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Subir {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} down</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bajar {kind} {item}</translation>
    </message>
    <message>
        <source>Map {kind} {item} to {new} and delete it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sustituir {kind} {item} por {new} y eliminar la entrada</translation>
    </message>
    <message>
        <source>Delete {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar {kind} {item}</translation>
    </message>
    <message>
        <source>Edit standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar los costos estándar</translation>
    </message>
    <message>
        <source>Edit rule parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar los parámetros de las reglas</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{items} and {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items} y {item}</translation>
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
        <translation>{part} ({part_id}) de {source} ({source_id})</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo supera en {currency} {amount} al año al de la situación de referencia; {grades} en comparación con la situación de referencia. No se permite ninguna transferencia entre las fuentes de financiación.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo supera en {currency} {amount} al año al de la situación de referencia. No se permite ninguna transferencia entre las fuentes de financiación.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo supera en {currency} {amount} al año al de la situación de referencia; {grades} en comparación con la situación de referencia. No se permite ninguna transferencia entre las partes de {source}.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo supera en {currency} {amount} al año al de la situación de referencia. No se permite ninguna transferencia entre las partes de {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo es inferior en {currency} {amount} al año al de la situación de referencia; {grades} en comparación con la situación de referencia. No se permite ninguna transferencia entre las fuentes de financiación.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo es inferior en {currency} {amount} al año al de la situación de referencia. No se permite ninguna transferencia entre las fuentes de financiación.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo es inferior en {currency} {amount} al año al de la situación de referencia; {grades} en comparación con la situación de referencia. No se permite ninguna transferencia entre las partes de {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}: el costo es inferior en {currency} {amount} al año al de la situación de referencia. No se permite ninguna transferencia entre las partes de {source}.</translation>
    </message>
    <message>
        <source>{count} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {grade}</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year more than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La propuesta cuesta {currency} {amount} más al año que la situación de referencia ({after} frente a {before}; el margen de tolerancia es de {tolerance}).</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year less than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La propuesta cuesta {currency} {amount} menos al año que la situación de referencia ({after} frente a {before}; el margen de tolerancia es de {tolerance}).</translation>
    </message>
    <message>
        <source>{source}, posts funded by the source as a whole</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}, puestos financiados por la fuente en su conjunto</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline: {changes} ({total} posts in all).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por categoría en comparación con la situación de referencia: {changes} (variación neta del número de puestos: {total}).</translation>
    </message>
    <message>
        <source>Senior posts ({grade} and above) grow by {growth} without an offset: {changes}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puestos de categoría superior ({grade} y superiores) aumentan en {growth} sin compensación: {changes}.</translation>
    </message>
    <message>
        <source>No unit carries {function} any more; the baseline carried it in {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ninguna dependencia desempeña ya la función {function}; en la situación de referencia estaba a cargo de {units}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, in {department}; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La función {function} la desempeña {unit}, en {department}; le corresponde estar en {home}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, outside the departments; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La función {function} la desempeña {unit}, fuera de los departamentos; le corresponde estar en {home}.</translation>
    </message>
    <message>
        <source>{functions} must sit in one department; they are split ({places}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las funciones {functions} deben estar en un mismo departamento; están divididas ({places}).</translation>
    </message>
    <message>
        <source>outside any department: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fuera de todo departamento: {units}</translation>
    </message>
    <message>
        <source>{department}: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department}: {units}</translation>
    </message>
    <message>
        <source>{department} has no dedicated gender capacity: no unit in it carries {function}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department} no cuenta con capacidad específica en materia de género: ninguna de sus dependencias desempeña la función {function}.</translation>
    </message>
    <message>
        <source>{body} is chaired by {actual}, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La presidencia de {body} la ejerce {actual}, no {chair}.</translation>
    </message>
    <message>
        <source>{body} is chaired by no one, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nadie ejerce la presidencia de {body}, que debería corresponder a {chair}.</translation>
    </message>
    <message>
        <source>The head of {member} is not a member of {body}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quien dirige {member} no es miembro de {body}.</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings the department heads ({members}) together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No existe ningún órgano {body} presidido por {chair} que reúna a los jefes de los departamentos ({members}).</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings {members} together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No existe ningún órgano {body} presidido por {chair} que reúna a {members}.</translation>
    </message>
    <message>
        <source>{unit} carries {function} but has no functional link to {office}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} desempeña la función {function}, pero no tiene un vínculo funcional con {office}.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it as the chart draws it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no indica su departamento rector; {lead} la dirige, como muestra el organigrama.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no indica su departamento rector; {lead} la dirige por defecto.</translation>
    </message>
    <message>
        <source>{unit} is led by {lead}, which is not one of the departments ({departments}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} está dirigida por {lead}, que no es uno de los departamentos ({departments}).</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una operación de mantenimiento de la paz y debe estar dirigida por {lead}, no por {current}.</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una operación de mantenimiento de la paz y debe estar dirigida por {lead}, pero no tiene departamento rector.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una oficina regional y debe estar dirigida por {lead}, no por {current}.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una oficina regional y debe estar dirigida por {lead}, pero no tiene departamento rector.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es un enviado y debe estar dirigido por {lead}, no por {current}.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es un enviado y debe estar dirigido por {lead}, pero no tiene departamento rector.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una oficina de un proceso político y debe estar dirigida por {lead}, no por {current}.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una oficina de un proceso político y debe estar dirigida por {lead}, pero no tiene departamento rector.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una presencia sobre el terreno de otro tipo y debe estar dirigida por {lead}, no por {current}.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} es una presencia sobre el terreno de otro tipo y debe estar dirigida por {lead}, pero no tiene departamento rector.</translation>
    </message>
    <message>
        <source>{units} under {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} bajo {parent}</translation>
    </message>
    <message>
        <source>{units} under no parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} sin dependencia superior</translation>
    </message>
    <message>
        <source>The units of {group} are split: {where}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las dependencias de {group} están separadas: {where}.</translation>
    </message>
    <message>
        <source>{unit} sits under {parent}, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} está bajo {parent}, separada del resto de {group} ({units} bajo {main}).</translation>
    </message>
    <message>
        <source>{unit} sits under no parent, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no tiene dependencia superior y está separada del resto de {group} ({units} bajo {main}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds no {head} post (its most senior post is {grade}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {head} pero no tiene ningún puesto de {head} (su puesto de mayor categoría es de {grade}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds a more senior {grade} post.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {head} pero tiene un puesto de categoría superior, de {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {head}; el diseño exige un jefe de categoría {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {head}; el diseño exige un jefe de categoría {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} no tiene categoría de jefe; el diseño exige un jefe de categoría {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} no tiene categoría de jefe; el diseño exige un jefe de categoría {grade}.</translation>
    </message>
    <message>
        <source>{unit} sits under {chart} on the chart, but its lead department is {lead}, and no line from it to {lead} marks it as backstopped across.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} está bajo {chart} en el organigrama, pero su departamento rector es {lead}, y ninguna línea desde ella hasta {lead} indica que recibe apoyo de otro departamento.</translation>
    </message>
    <message>
        <source>Region {region} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La región {region} tiene {count} puntos de entrada: {units}.</translation>
    </message>
    <message>
        <source>{Segment} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment} tiene {count} puntos de entrada: {units}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is not part of the shared regional structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de la región {region}, {unit}, no forma parte de la estructura regional común ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is not part of the shared structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de {segment}, {unit}, no forma parte de la estructura común ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de la región {region}, {unit}, está dirigido con la categoría {head}, no {grade}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de la región {region}, {unit}, no tiene categoría de jefe, cuando debería estar dirigido con la categoría {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de {segment}, {unit}, está dirigido con la categoría {head}, no {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de {segment}, {unit}, no tiene categoría de jefe, cuando debería estar dirigido con la categoría {grade}.</translation>
    </message>
    <message>
        <source>Region {region} has no headquarters entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La región {region} no tiene punto de entrada en la Sede.</translation>
    </message>
    <message>
        <source>{Segment} has no entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment} no tiene punto de entrada.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by no headquarters unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ({region}) no recibe apoyo de ninguna dependencia de la Sede.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by {backstop}, which is not under the region&apos;s entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ({region}) recibe apoyo de {backstop}, que no está bajo el punto de entrada de la región ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is backstopped by {backstop}, which is not under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} pertenece a {segment} pero recibe apoyo de {backstop}, que no está bajo su punto de entrada ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is neither backstopped by a unit nor placed under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} pertenece a {segment} pero no está bajo su punto de entrada ({points}) ni recibe apoyo de una dependencia situada bajo él.</translation>
    </message>
    <message>
        <source>{unit} has no region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no tiene región.</translation>
    </message>
    <message>
        <source>The dual lines of {unit} say nothing about when each applies; add a condition (for example: peacekeeping operations).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las líneas dobles de {unit} no indican cuándo se aplica cada una; añada una condición (por ejemplo: operaciones de mantenimiento de la paz).</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} depende de {department} solo mediante una línea punteada; el diseño la marca como dependiente de {departments}.</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} depende de {department} solo mediante una línea punteada; un punto de entrada regional depende de los jefes de los dos departamentos.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no depende de {department}; el diseño la marca como dependiente de {departments}.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no depende de {department}; un punto de entrada regional depende de los jefes de los dos departamentos.</translation>
    </message>
    <message>
        <source>peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>operaciones de mantenimiento de la paz</translation>
    </message>
    <message>
        <source>special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>misiones políticas especiales</translation>
    </message>
    <message>
        <source>regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficinas regionales</translation>
    </message>
    <message>
        <source>envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>enviados</translation>
    </message>
    <message>
        <source>political-process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficinas de procesos políticos</translation>
    </message>
    <message>
        <source>The conditions of {unit}&apos;s dual lines are swapped: the line to {first} says &apos;{first_condition}&apos; and the line to {second} says &apos;{second_condition}&apos;.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las condiciones de las líneas dobles de {unit} están intercambiadas: la línea hacia {first} dice “{first_condition}” y la línea hacia {second} dice “{second_condition}”.</translation>
    </message>
    <message>
        <source>{type} (reported to {department})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{type} (dependientes de {department})</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} carries no condition: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La línea doble de {unit} a {department} no lleva ninguna condición, por lo que no menciona los tipos siguientes: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing} and names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La línea doble de {unit} a {department} dice “{condition}”: omite los tipos siguientes: {missing}; y menciona tipos de otros departamentos: {named}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La línea doble de {unit} a {department} dice “{condition}”: omite los tipos siguientes: {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La línea doble de {unit} a {department} dice “{condition}”: menciona tipos de otros departamentos: {named}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by no unit; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puntos de entrada de {count} regiones no están a cargo de ninguna dependencia; el diseño pide al menos {least} dependencias a cargo.</translation>
    </message>
    <message>
        <source>The entry points of 1 region are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El punto de entrada de 1 región está a cargo de {units}; el diseño pide al menos {least} dependencias a cargo.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puntos de entrada de {count} regiones están a cargo de {units}; el diseño pide al menos {least} dependencias a cargo.</translation>
    </message>
    <message>
        <source>Primary reporting lines form a cycle: {path}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las líneas jerárquicas principales forman un ciclo: {path}.</translation>
    </message>
    <message>
        <source>{count} units report to no one ({units}); an organisation has one top: set the scenario&apos;s top and give the others a parent.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} dependencias no dependen de nadie ({units}); una organización tiene una sola cúspide: fije la cúspide del escenario y asigne un superior a las demás.</translation>
    </message>
    <message>
        <source>The top of the organisation, {top}, reports to {parent}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La cúspide de la organización, {top}, depende de {parent}.</translation>
    </message>
    <message>
        <source>{unit} does not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no llega a la cúspide ({top}): {unit} no depende de nadie.</translation>
    </message>
    <message>
        <source>{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} y su dependencia subordinada no llegan a la cúspide ({top}): {unit} no depende de nadie.</translation>
    </message>
    <message>
        <source>{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} y sus {count} dependencias subordinadas no llegan a la cúspide ({top}): {unit} no depende de nadie.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {grade}, igual a la de {parent} ({parent_grade}), de la que depende.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está dirigida con la categoría {grade}, superior a la de {parent} ({parent_grade}), de la que depende.</translation>
    </message>
    <message>
        <source>{unit} has {count} units reporting to it directly; the limit is {limit}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} tiene {count} dependencias directamente subordinadas; el límite es {limit}.</translation>
    </message>
    <message>
        <source>{unit} sits at layer {layer}; the design allows {limit} layers.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia {unit} está en el nivel {layer}; el diseño permite {limit} niveles.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>the total is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el total excede en {currency} {amount} al de la situación de referencia: {changes}</translation>
    </message>
    <message>
        <source>the total is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el total es inferior en {currency} {amount} al de la situación de referencia: {changes}</translation>
    </message>
    <message>
        <source>{name} is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>exceso de {currency} {amount} en {name}: {changes}</translation>
    </message>
    <message>
        <source>{name} is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>déficit de {currency} {amount} en {name}: {changes}</translation>
    </message>
    <message>
        <source>senior posts grow by {growth}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>los puestos de categoría superior aumentan en {growth}: {changes}</translation>
    </message>
    <message>
        <source>give {function} back to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>devolver la función {function} a {unit}</translation>
    </message>
    <message>
        <source>give {function} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar la función {function} a {unit}</translation>
    </message>
    <message>
        <source>make {unit} report to {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer que {unit} dependa de {parent}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>trasladar {unit} a {parent}</translation>
    </message>
    <message>
        <source>give {function} to {unit} in {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar la función {function} a {unit}, en {department}</translation>
    </message>
    <message>
        <source>make {chair} its chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>confiar la presidencia a {chair}</translation>
    </message>
    <message>
        <source>add {member} to {body}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>añadir {member} como miembro de {body}</translation>
    </message>
    <message>
        <source>create a {body} under {parent}, chaired by {chair}, with {members} as members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>crear un órgano {body} dependiente de {parent}, presidido por {chair} e integrado por {members}</translation>
    </message>
    <message>
        <source>add a dotted line from {unit} to {office}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>añadir una línea punteada de {unit} a {office}</translation>
    </message>
    <message>
        <source>abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>suprimir el puesto {post} ({grade}, {funding}) en {unit}, creado en esta propuesta</translation>
    </message>
    <message>
        <source>re-establish post {post} ({grade}, {funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>restablecer el puesto {post} ({grade}, {funding}) en {unit}</translation>
    </message>
    <message>
        <source>move post {post} ({grade}) in {unit} back from {funding} to {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>devolver la financiación del puesto {post} ({grade}) en {unit} de {funding} a {old_funding}</translation>
    </message>
    <message>
        <source>reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>volver a reclasificar el puesto {post} ({funding}) en {unit} de la categoría {grade} a la {old_grade}</translation>
    </message>
    <message>
        <source>return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>devolver el puesto {post} en {unit} de {grade}, {funding} a {old_grade}, {old_funding}</translation>
    </message>
    <message>
        <source>name {lead} as lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>designar a {lead} como departamento rector de {unit}</translation>
    </message>
    <message>
        <source>make {lead} the lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer de {lead} el departamento rector de {unit}</translation>
    </message>
    <message>
        <source>move {unit} back under {main}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>volver a situar {unit} bajo {main}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar la categoría {grade} al jefe de {unit}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, as its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar la categoría {grade} al jefe de {unit}, como su puesto de mayor categoría</translation>
    </message>
    <message>
        <source>move {unit} under {lead}, its lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>situar {unit} bajo {lead}, su departamento rector</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer de {unit} el punto de entrada de {item} en lugar de {point}</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer de {unit} el punto de entrada de {item} en lugar de {point}, con líneas dobles de {unit} a {departments}</translation>
    </message>
    <message>
        <source>keep {unit} as the entry point of {item} and withdraw the designation of {others}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>mantener {unit} como punto de entrada de {item} y retirar la designación de {others}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}, with dual lines to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>trasladar {unit} a {parent}, con líneas dobles a {departments}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar la categoría {grade} al jefe de {unit}, con líneas dobles de {unit} a {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>designar {unit} como punto de entrada de la región {region}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>designar {unit} como punto de entrada de la región {region}, con líneas dobles de {unit} a {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>designar {unit} como punto de entrada de {segment}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>designar {unit} como punto de entrada de {segment}, con líneas dobles de {unit} a {departments}</translation>
    </message>
    <message>
        <source>have {backstop} backstop {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>encargar a {backstop} el apoyo a {unit}</translation>
    </message>
    <message>
        <source>put {unit} in region {region}, the region of {backstop} that backstops it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asignar {unit} a la región {region}, la de {backstop}, que le presta apoyo</translation>
    </message>
    <message>
        <source>turn the dotted line from {unit} to {department} into a dual line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>convertir la línea punteada de {unit} a {department} en línea doble</translation>
    </message>
    <message>
        <source>add a dual line from {unit} to {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>añadir una línea doble de {unit} a {department}</translation>
    </message>
    <message>
        <source>swap the conditions of the dual lines from {unit} to {first} and {second}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>intercambiar las condiciones de las líneas dobles de {unit} a {first} y a {second}</translation>
    </message>
    <message>
        <source>make the dual line from {unit} to {department} say &apos;{text}&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer que la línea doble de {unit} a {department} diga “{text}”</translation>
    </message>
    <message>
        <source>make {unit} report to {top}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hacer que {unit} dependa de {top}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>department</source>
        <extracomment>The legend&apos;s unit colours (on paper and in the Legend dock), translated where shown.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>departamento</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficina</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>estructura compartida</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>división</translation>
    </message>
    <message>
        <source>section, unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sección, dependencia</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>presencia sobre el terreno</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano</translation>
    </message>
    <message>
        <source>primary reporting line</source>
        <extracomment>The printed legend&apos;s lines: primary, dual, dotted.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea jerárquica principal</translation>
    </message>
    <message>
        <source>dual line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea doble (el rótulo indica cuándo)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada</translation>
    </message>
    <message>
        <source>finding: error</source>
        <extracomment>The printed legend&apos;s finding badges, by severity.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>observación: error</translation>
    </message>
    <message>
        <source>finding: warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>observación: advertencia</translation>
    </message>
    <message>
        <source>finding: info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>observación: información</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categorías: {grades}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>new</source>
        <extracomment>The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sucesor</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>trasladado</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>renombrado</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modificado</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>1 of {total} units has no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 de {total} dependencias no tiene nombre en {language}: se muestra en {default}</translation>
    </message>
    <message>
        <source>{count} of {total} units have no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} de {total} dependencias no tienen nombre en {language}: se muestran en {default}</translation>
    </message>
    <message>
        <source>1 of {total} post titles has none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 de {total} títulos de puesto no tiene versión en {language}: se muestra en {default}</translation>
    </message>
    <message>
        <source>{count} of {total} post titles have none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} de {total} títulos de puesto no tienen versión en {language}: se muestran en {default}</translation>
    </message>
</context>
<context>
    <name>NoFix</name>
    <message>
        <source>none of the units that carried it is left and none holds their posts: choose the unit that will carry {function}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no queda ninguna de las dependencias que la desempeñaban y ninguna tiene sus puestos: elija la dependencia que desempeñará la función {function}</translation>
    </message>
    <message>
        <source>{home} sits inside another department and the scenario has no top to move it to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{home} está dentro de otro departamento y el escenario no tiene una cúspide a la que trasladarlo</translation>
    </message>
    <message>
        <source>which department gets them all is the planner&apos;s choice (with homes set for them, the findings on their homes move them)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>qué departamento las recibe todas lo decide el planificador (si se les fija un departamento, las observaciones sobre ese departamento las trasladan)</translation>
    </message>
    <message>
        <source>no set of changes to posts against the baseline, undone, repairs it without upsetting another cost: choose the posts to establish, abolish or re-fund</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ningún conjunto de cambios de puestos respecto de la situación de referencia, una vez deshecho, lo corrige sin alterar otro costo: elija los puestos que se crearán, suprimirán o financiarán con otra fuente</translation>
    </message>
    <message>
        <source>this finding has no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>esta observación no tiene corrección automática</translation>
    </message>
    <message>
        <source>the design names no default lead (rules.mission_default_lead)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no designa ningún departamento rector por defecto (rules.mission_default_lead)</translation>
    </message>
    <message>
        <source>no parent holds most of the group: choose where it stays together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna dependencia superior reúne a la mayor parte del grupo: elija dónde se mantiene unido</translation>
    </message>
    <message>
        <source>the design requires an {grade} head: give it an {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño exige un jefe de categoría {grade}: asigne a la dependencia un puesto de {grade}</translation>
    </message>
    <message>
        <source>the design requires a {grade} head: give it a {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño exige un jefe de categoría {grade}: asigne a la dependencia un puesto de {grade}</translation>
    </message>
    <message>
        <source>move it under {lead}, make {chart} its lead, or draw a dotted line from it to {lead} to mark it backstopped across</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sitúela bajo {lead}, haga de {chart} su departamento rector o trace una línea punteada desde ella hasta {lead} para indicar que recibe apoyo de otro departamento</translation>
    </message>
    <message>
        <source>{units} are backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} reciben apoyo de dependencias situadas bajo {others}: elija el punto de entrada y reasigne el apoyo a las demás</translation>
    </message>
    <message>
        <source>{units} is backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} recibe apoyo de una dependencia situada bajo {others}: elija el punto de entrada y reasigne el apoyo a las demás</translation>
    </message>
    <message>
        <source>no unit of the shared structure led by an {grade} works on {item}, and an {grade} head would not fit between the grades above and below {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna dependencia de la estructura común dirigida con la categoría {grade} se ocupa de {item}, y un jefe de categoría {grade} no cabría entre las categorías por encima y por debajo de {unit}</translation>
    </message>
    <message>
        <source>no field presence of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna presencia sobre el terreno de {item} recibe apoyo y ninguna dependencia de la estructura común se ocupa de ella: elija o cree la dependencia que será su punto de entrada</translation>
    </message>
    <message>
        <source>no unit of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna dependencia de {item} recibe apoyo y ninguna dependencia de la estructura común se ocupa de ello: elija o cree la dependencia que será su punto de entrada</translation>
    </message>
    <message>
        <source>{region} has no single entry point yet: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{region} aún no tiene un único punto de entrada: repare primero REGION-ENTRY</translation>
    </message>
    <message>
        <source>{segment} has several entry points: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment} tiene varios puntos de entrada: repare primero REGION-ENTRY</translation>
    </message>
    <message>
        <source>no unit that backstops it says which region it is in: choose its region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna dependencia que le presta apoyo indica en qué región está: elija su región</translation>
    </message>
    <message>
        <source>when each line applies is the planner&apos;s to word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>corresponde al planificador redactar cuándo se aplica cada línea</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus presencias sobre el terreno reciben apoyo de dependencias situadas bajo {units}, que no están todas en la estructura común con la categoría {grade}: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus presencias sobre el terreno reciben apoyo de dependencias situadas bajo {units}, que no están todas en la estructura común: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus presencias sobre el terreno reciben apoyo de dependencias situadas bajo {units}: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus dependencias están situadas bajo {units}, que no están todas en la estructura común con la categoría {grade}: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus dependencias están situadas bajo {units}, que no están todas en la estructura común: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>its units are placed under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sus dependencias están situadas bajo {units}: elija qué dependencia será su punto de entrada</translation>
    </message>
    <message>
        <source>the design gives this department no presence type: remove what the condition names of the others&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no asigna ningún tipo de presencia a este departamento: quite de la condición los tipos de los demás departamentos</translation>
    </message>
    <message>
        <source>no other unit of the shared structure at the entry-point grade works on these regions: choose or create the units that will hold them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna otra dependencia de la estructura común con la categoría de punto de entrada se ocupa de estas regiones: elija o cree las dependencias que estarán a cargo de ellas</translation>
    </message>
    <message>
        <source>which unit is the top is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la elección de la dependencia en la cúspide corresponde al planificador</translation>
    </message>
    <message>
        <source>the top or its parent must change, which is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>debe cambiar la cúspide o su superior, lo que corresponde decidir al planificador</translation>
    </message>
    <message>
        <source>no grade fits between the head above and the heads below: move the unit or regrade the heads around it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna categoría cabe entre el jefe superior y los jefes inferiores: traslade la dependencia o modifique la categoría de los jefes que la rodean</translation>
    </message>
    <message>
        <source>it is a regional entry point, which keeps an {grade} head</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>es un punto de entrada regional, que mantiene un jefe de categoría {grade}</translation>
    </message>
    <message>
        <source>the design promises its head the grade {grade} (rules.required_head_grades): regrade the head above instead</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño promete a su jefe la categoría {grade} (rules.required_head_grades): reclasifique en su lugar al jefe del nivel superior</translation>
    </message>
    <message>
        <source>how to split its reports into groups is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cómo dividir sus subordinados en grupos es una decisión de diseño</translation>
    </message>
    <message>
        <source>which layer to remove above it is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>qué nivel suprimir por encima de ella es una decisión de diseño</translation>
    </message>
    <message>
        <source>its fix cannot be applied: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>su corrección no se puede aplicar: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) would add an error: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>su corrección ({fix}) añadiría un error: {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) did not remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>su corrección ({fix}) no lo eliminó</translation>
    </message>
    <message>
        <source>only {rule}&apos;s fixes were asked for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>solo se pidieron las correcciones de {rule}</translation>
    </message>
    <message>
        <source>its fix was applied and a later fix brought it back; repair it by hand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>su corrección se aplicó y una corrección posterior lo hizo reaparecer; corríjalo a mano</translation>
    </message>
    <message>
        <source>the limit of {limit} fixes was reached</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>se alcanzó el límite de {limit} correcciones</translation>
    </message>
    <message>
        <source>the rule offers no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la regla no ofrece ninguna corrección automática</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>nothing to do</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no hay nada que hacer</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no cambia nada</translation>
    </message>
    <message>
        <source>there is no scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el escenario {id}</translation>
    </message>
    <message>
        <source>there is no unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la dependencia {id}</translation>
    </message>
    <message>
        <source>a citation has a reference, whether it is inferred, and a reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una fuente citada consta de una referencia, la indicación de si es inferida y un motivo</translation>
    </message>
    <message>
        <source>there is no unit {id} in any scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ningún escenario tiene la dependencia {id}</translation>
    </message>
    <message>
        <source>required body {id}: {field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano obligatorio {id}: {field}: {problem}</translation>
    </message>
    <message>
        <source>dual reporting: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>doble dependencia: {problem}</translation>
    </message>
    <message>
        <source>there is no comment {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el comentario {id}</translation>
    </message>
    <message>
        <source>there is no post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el puesto {id}</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un comentario debe tener un texto</translation>
    </message>
    <message>
        <source>a comment with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe un comentario con el identificador {id}</translation>
    </message>
    <message>
        <source>there is no conflict {number}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el conflicto n.º {number}</translation>
    </message>
    <message>
        <source>the import was made for scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la importación se preparó para el escenario {id}</translation>
    </message>
    <message>
        <source>{source} changes nothing in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source} no modifica nada en {scenario}</translation>
    </message>
    <message>
        <source>a line with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe una línea con el identificador {id}</translation>
    </message>
    <message>
        <source>a line needs two different units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una línea debe unir dos dependencias distintas</translation>
    </message>
    <message>
        <source>the {field} of a line cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de una línea no se puede editar aquí</translation>
    </message>
    <message>
        <source>a line is dual or dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una línea es doble o punteada</translation>
    </message>
    <message>
        <source>there is no line {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la línea {id}</translation>
    </message>
    <message>
        <source>a post with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe un puesto con el identificador {id}</translation>
    </message>
    <message>
        <source>no post to abolish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no hay ningún puesto que suprimir</translation>
    </message>
    <message>
        <source>the {field} of a post cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de un puesto no se puede editar aquí</translation>
    </message>
    <message>
        <source>the {field} of a post is a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de un puesto es un texto</translation>
    </message>
    <message>
        <source>the posts are in {unit} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>los puestos ya están en {unit}</translation>
    </message>
    <message>
        <source>the {field} of several posts cannot be edited at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de varios puestos no se puede editar a la vez</translation>
    </message>
    <message>
        <source>there is no grade {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la categoría {id}</translation>
    </message>
    <message>
        <source>there is no funding source {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la fuente de financiación {id}</translation>
    </message>
    <message>
        <source>there is no scenario role {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la función de escenario {id}</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un escenario debe tener un nombre</translation>
    </message>
    <message>
        <source>a scenario is called {name} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya hay un escenario con el nombre {name}</translation>
    </message>
    <message>
        <source>the baseline cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no se puede eliminar la base de referencia</translation>
    </message>
    <message>
        <source>there is no region {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la región {id}</translation>
    </message>
    <message>
        <source>there is no function {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la función {id}</translation>
    </message>
    <message>
        <source>there is no duty station {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el lugar de destino {id}</translation>
    </message>
    <message>
        <source>a region is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una región figura dos veces en la lista</translation>
    </message>
    <message>
        <source>a function is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una función figura dos veces en la lista</translation>
    </message>
    <message>
        <source>there is no unit {id} to move to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la dependencia {id} a la que trasladar</translation>
    </message>
    <message>
        <source>no unit to move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no hay ninguna dependencia que trasladar</translation>
    </message>
    <message>
        <source>{unit} is the top of the organisation and cannot move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} está en la cúspide de la organización y no se puede trasladar</translation>
    </message>
    <message>
        <source>{unit} cannot move under {target}, which reports to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no se puede colocar bajo {target}, que depende de ella</translation>
    </message>
    <message>
        <source>already reporting to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya depende de {unit}</translation>
    </message>
    <message>
        <source>a unit with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe una dependencia con el identificador {id}</translation>
    </message>
    <message>
        <source>there is no unit {id} to add under</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe la dependencia {id} bajo la que añadir</translation>
    </message>
    <message>
        <source>no unit to delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no hay ninguna dependencia que eliminar</translation>
    </message>
    <message>
        <source>the top of the organisation cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la cúspide de la organización no se puede eliminar</translation>
    </message>
    <message>
        <source>the {field} of a unit cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de una dependencia no se puede editar aquí</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una dependencia debe tener un nombre</translation>
    </message>
    <message>
        <source>a note has a text, a justification and a reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una nota consta de un texto, una justificación y una referencia</translation>
    </message>
    <message>
        <source>{unit} cannot point to itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} no puede remitir a sí misma</translation>
    </message>
    <message>
        <source>the {field} of a unit map segment kinds to items</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el campo {field} de una dependencia asocia tipos de segmento a elementos</translation>
    </message>
    <message>
        <source>there is no segment kind {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el tipo de segmento {id}</translation>
    </message>
    <message>
        <source>a {kind} is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un elemento «{kind}» figura dos veces en la lista</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe el elemento «{kind}» {id}</translation>
    </message>
    <message>
        <source>a succession lists baseline units and a source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una sucesión enumera dependencias de la base de referencia y una fuente</translation>
    </message>
    <message>
        <source>unit {unit} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la dependencia {unit} ya no existe; la corrección ya no es aplicable</translation>
    </message>
    <message>
        <source>there is no scenario {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe ningún escenario {scenario}</translation>
    </message>
    <message>
        <source>this fix needs your choice: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>esta corrección requiere que usted elija: {fix}</translation>
    </message>
    <message>
        <source>line {line} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la línea {line} ya no existe; la corrección ya no es aplicable</translation>
    </message>
    <message>
        <source>the unit reports to those departments already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la dependencia ya está subordinada a esos departamentos</translation>
    </message>
    <message>
        <source>the posts are as in the baseline already; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>los puestos ya están como en la situación de referencia; la corrección ya no es aplicable</translation>
    </message>
    <message>
        <source>part {part} is not deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el componente {part} no se elimina</translation>
    </message>
    <message>
        <source>map part {part} to another part of {source} or to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asigne el componente {part} a otro componente de {source} o a la propia fuente</translation>
    </message>
    <message>
        <source>part {part} is used by {uses}; map it to another part or to its source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el componente {part} se usa en {uses}; asígnelo a otro componente o a su fuente</translation>
    </message>
    <message>
        <source>part {part}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>componente {part}: {problem}</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sin código)</translation>
    </message>
    <message>
        <source>funding id {part} is used twice; a part needs a code no other source or part has</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el código de financiación {part} se usa dos veces; un componente necesita un código que no tenga ninguna otra fuente ni componente</translation>
    </message>
    <message>
        <source>the cost of {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el costo de la categoría {grade}</translation>
    </message>
    <message>
        <source>line {line}: write a name, a colon, then the unit ids</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea {line}: escriba un nombre, dos puntos y luego los códigos de las dependencias</translation>
    </message>
    <message>
        <source>line {line}: a group names two units or more</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea {line}: un grupo debe incluir dos o más dependencias</translation>
    </message>
    <message>
        <source>line {line}: no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea {line}: ningún escenario tiene la dependencia {unit}</translation>
    </message>
    <message>
        <source>line {line}: a second group called {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea {line}: un segundo grupo llamado {name}</translation>
    </message>
    <message>
        <source>{text}: write a unit id, &apos;=&apos;, then a grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{text}: escriba un código de dependencia, «=» y luego una categoría</translation>
    </message>
    <message>
        <source>no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ningún escenario tiene la dependencia {unit}</translation>
    </message>
    <message>
        <source>there is no grade {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe ninguna categoría {grade}</translation>
    </message>
    <message>
        <source>{count} posts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} puestos en {scenario}</translation>
    </message>
    <message>
        <source>{count} unit heads in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} jefes de dependencia en {scenario}</translation>
    </message>
    <message>
        <source>{count} units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} dependencias en {scenario}</translation>
    </message>
    <message>
        <source>{count} department mappings in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} asignaciones de departamento en {scenario}</translation>
    </message>
    <message>
        <source>required body {body} (where it sits)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano obligatorio {body} (su ubicación)</translation>
    </message>
    <message>
        <source>required body {body} (its chair)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>órgano obligatorio {body} (su presidencia)</translation>
    </message>
    <message>
        <source>{count} posts funded by its parts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} puestos financiados por sus componentes en {scenario}</translation>
    </message>
    <message>
        <source>the entry-point grade of {kind}s</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la categoría de los puntos de entrada ({kind})</translation>
    </message>
    <message>
        <source>rule parameters: {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>parámetros de las reglas: {name}</translation>
    </message>
    <message>
        <source>{uses}; {use}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{uses}; {use}</translation>
    </message>
    <message>
        <source>there is no rule {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe ninguna regla {rule}</translation>
    </message>
    <message>
        <source>a severity is one of {severities}, not {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la gravedad es uno de estos valores: {severities}; no {severity}</translation>
    </message>
    <message>
        <source>{rule} is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rule} ya está configurada así</translation>
    </message>
    <message>
        <source>every rule is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>todas las reglas ya están configuradas así</translation>
    </message>
    <message>
        <source>1 member unit in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 dependencia miembro en {scenario}</translation>
    </message>
    <message>
        <source>{count} member units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} dependencias miembro en {scenario}</translation>
    </message>
    <message>
        <source>1 entry point in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 punto de entrada en {scenario}</translation>
    </message>
    <message>
        <source>{count} entry points in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} puntos de entrada en {scenario}</translation>
    </message>
    <message>
        <source>the code &quot;region&quot; is the built-in regions&apos;; choose another</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el código «region» es el de las regiones integradas; elija otro</translation>
    </message>
    <message>
        <source>there is a segment kind {kind} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe un tipo de segmento {kind}; cada uno necesita su propio código</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each {kind} needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el código {code} se usa dos veces; cada elemento ({kind}) necesita el suyo</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each item needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el código {code} se usa dos veces; cada elemento necesita el suyo</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <source>the regions come first among the segment kinds, once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>las regiones van primero entre los tipos de segmento, una sola vez</translation>
    </message>
    <message>
        <source>the regions keep their code and name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>las regiones conservan su código y su nombre</translation>
    </message>
    <message>
        <source>each kind of the design is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cada tipo del diseño aparece una sola vez</translation>
    </message>
    <message>
        <source>segment kind {kind} is used by {uses}; clear it first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el tipo de segmento {kind} se usa en {uses}; vacíelo primero</translation>
    </message>
    <message>
        <source>each item of {kind} is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cada elemento de {kind} aparece una sola vez</translation>
    </message>
    <message>
        <source>map {item} to another item of {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asigne {item} a otro elemento de {kind}</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el elemento {item} ({kind}) se usa en {uses}; asígnelo a otro</translation>
    </message>
    <message>
        <source>code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>código</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>category</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cuadro</translation>
    </message>
    <message>
        <source>description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>descripción</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la entrada {item} ({kind}) se usa en {uses}; asígnela a otra entrada ({kind})</translation>
    </message>
    <message>
        <source>there is no {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no existe ninguna entrada {item} ({kind})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>{kind} {item} cannot move there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la entrada {item} ({kind}) no se puede mover a esa posición</translation>
    </message>
    <message>
        <source>map {kind} {item} to another {kind} of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>asigne la entrada {item} ({kind}) a otra entrada ({kind}) del diseño</translation>
    </message>
    <message>
        <source>{name} is not a rule parameter the settings edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} no es un parámetro de regla que se edite en la configuración</translation>
    </message>
    <message>
        <source>there is no unit {unit} in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el escenario {scenario} no tiene la dependencia {unit}</translation>
    </message>
    <message>
        <source>sits with: {function} is not another function of the catalogue</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>agrupada con: {function} no es otra función del catálogo</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el costo de la categoría {grade} ({funding})</translation>
    </message>
    <message>
        <source>the cost of {grade} at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el costo de la categoría {grade} en {station}</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding}) at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el costo de la categoría {grade} ({funding}) en {station}</translation>
    </message>
    <message>
        <source>there is a {kind} {code} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ya existe una entrada {code} ({kind}); cada una necesita su propio código</translation>
    </message>
    <message>
        <source>a currency is three capital letters (ISO 4217), such as USD</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una moneda se escribe con tres letras mayúsculas (ISO 4217), por ejemplo USD</translation>
    </message>
    <message>
        <source>a cost year is between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el año de los costos debe estar entre {low} y {high}</translation>
    </message>
    <message>
        <source>{rate} is for a grade or funding source the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} corresponde a una categoría o fuente de financiación que el diseño no tiene</translation>
    </message>
    <message>
        <source>{rate} is for a duty station the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} corresponde a un lugar de destino que el diseño no tiene</translation>
    </message>
    <message>
        <source>{rate} is between 0 and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} debe estar entre 0 y {high}</translation>
    </message>
    <message>
        <source>{rate} is given twice; keep one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} figura dos veces; conserve solo uno</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>entre {low} y {high}</translation>
    </message>
    <message>
        <source>{kind} {item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item}: {problem}</translation>
    </message>
    <message>
        <source>cost table: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cuadro de costos: {problem}</translation>
    </message>
    <message>
        <source>rules: {name}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reglas: {name}: {problem}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Changes from {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambios de {old} a {new}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A</translation>
    </message>
    <message>
        <source>Continuing</source>
        <extracomment>The movement table&apos;s first two categories (the others are in its ``order``).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Continuación</translation>
    </message>
    <message>
        <source>Redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuidos entre dependencias</translation>
    </message>
    <message>
        <source>Duty station changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambio de lugar de destino</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Creaciones</translation>
    </message>
    <message>
        <source>Abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supresiones</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasificaciones</translation>
    </message>
    <message>
        <source>Funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambio de financiación</translation>
    </message>
    <message>
        <source>Post redeployment: {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribución de puestos: de {old} a {new}</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Medida</translation>
    </message>
    <message>
        <source>From department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento de origen</translation>
    </message>
    <message>
        <source>From unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia de origen</translation>
    </message>
    <message>
        <source>To department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento de destino</translation>
    </message>
    <message>
        <source>To unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia de destino</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente de financiación</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Cost effect ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Efecto en los costos ({currency})</translation>
    </message>
    <message>
        <source>{action} ({count} posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{action} ({count} puestos)</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Continuing posts stay in their unit or its successor; those listed moved with it to a successor unit or to another department (one that does not succeed theirs), the rest stay where they were (see the accounting). Continuing and redeployed posts keep their cost; the cost effect column adds establishments, abolitions, reclassifications, funding changes and changes of duty station (each at the post&apos;s grade and funding in the proposal).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puestos que continúan permanecen en su dependencia o en la que la sucede; los enumerados se trasladaron con ella a una dependencia sucesora o a otro departamento (uno que no sucede al suyo), los demás permanecen donde estaban (véase la contabilización). Los puestos que continúan y los redistribuidos conservan su costo; la columna del efecto en los costos suma las creaciones, supresiones, reclasificaciones, cambios de financiación y cambios de lugar de destino (cada uno con la categoría y la financiación del puesto en la propuesta).</translation>
    </message>
    <message>
        <source>{count} of these posts have a grade and funding source with no standard cost; they count as 0 (first: {first}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} de estos puestos tienen una categoría y una fuente de financiación sin costo estándar; cuentan como 0 (primero: {first}).</translation>
    </message>
    <message>
        <source>Accounting for every post and cost, {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Contabilización de cada puesto y cada costo, de {old} a {new}</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Línea</translation>
    </message>
    <message>
        <source>{scenario}: posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: puestos</translation>
    </message>
    <message>
        <source>continuing in their unit or its successor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>continúan en su dependencia o en la que la sucede</translation>
    </message>
    <message>
        <source>redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redistribuidos entre dependencias</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>suprimidos</translation>
    </message>
    <message>
        <source>Funding changed: into the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambio de financiación: hacia la fuente</translation>
    </message>
    <message>
        <source>Funding changed: out of the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambio de financiación: fuera de la fuente</translation>
    </message>
    <message>
        <source>{scenario}: annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: costo anual</translation>
    </message>
    <message>
        <source>established posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos creados</translation>
    </message>
    <message>
        <source>abolished posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos suprimidos</translation>
    </message>
    <message>
        <source>reclassifications</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reclasificaciones</translation>
    </message>
    <message>
        <source>funding changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambios de financiación</translation>
    </message>
    <message>
        <source>duty station changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambios de lugar de destino</translation>
    </message>
    <message>
        <source>Change (0: cost neutral)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación (0: neutra en cuanto a los costos)</translation>
    </message>
    <message>
        <source>{old} posts = continuing + redeployed + abolished; {new} posts = continuing + redeployed + established. Cost neutral in: {sources}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos de {old} = continúan + redistribuidos + suprimidos; puestos de {new} = continúan + redistribuidos + creados. Neutro en cuanto a los costos en: {sources}.</translation>
    </message>
    <message>
        <source>no source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ninguna fuente</translation>
    </message>
    <message>
        <source>Annual cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costo anual ({currency})</translation>
    </message>
    <message>
        <source>{before} to {after}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{before} a {after}</translation>
    </message>
    <message>
        <source>posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos por dependencia</translation>
    </message>
    <message>
        <source>post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redistribución de puestos</translation>
    </message>
    <message>
        <source>cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>resumen de costos</translation>
    </message>
    <message>
        <source>changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cambios</translation>
    </message>
    <message>
        <source>sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>{title}: {table}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title}: {table}</translation>
    </message>
    <message>
        <source>Posts by unit: {old} and {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por dependencia: {old} y {new}</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Id de la dependencia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>Department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Sources of every element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuentes de cada elemento</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>{scenario}: {elements} elements, {sourced} sourced [S], {inferred} inferred [I], {missing} without a source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: {elements} elementos, de los cuales {sourced} con fuente [S], {inferred} inferidos [I] y {missing} sin fuente.</translation>
    </message>
    <message>
        <source> (see {ref})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (véase {ref})</translation>
    </message>
    <message>
        <source>Subtotals by department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Subtotales por departamento</translation>
    </message>
    <message>
        <source>Annual costs at the design&apos;s standard costs, in {currency}; the change rows are {new} minus {old}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costos anuales a los costos estándar del diseño, en {currency}; las filas de variación son {new} menos {old}.</translation>
    </message>
    <message>
        <source>Posts with no standard cost, counted as 0: {count}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos sin costo estándar, contados como 0: {count}.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(ningún departamento)</translation>
    </message>
    <message>
        <source>Annual cost by funding source</source>
        <extracomment>The key of the subtotal of posts in units below no department (the top, stray units).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costo anual por fuente de financiación</translation>
    </message>
    <message>
        <source>{scenario}: cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario}: costo ({currency})</translation>
    </message>
    <message>
        <source>Change, {scenario} ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación, {scenario} ({currency})</translation>
    </message>
    <message>
        <source>Changes are against {scenario}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las variaciones se calculan respecto de {scenario}.</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por categoría</translation>
    </message>
    <message>
        <source>Change, {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación, {scenario}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Total cost equals the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El costo total es igual al de referencia</translation>
    </message>
    <message>
        <source>The proposal&apos;s total annual cost must equal the baseline&apos;s, within the tolerance the design sets (0 unless it says otherwise): the restructuring was presented as cost neutral.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El costo anual total de la propuesta debe ser igual al de la situación de referencia, dentro de la tolerancia que fija el diseño (0 salvo que indique otra cosa): la reestructuración se presentó como neutra en cuanto a los costos.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 12 and 63</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 12 y 63</translation>
    </message>
    <message>
        <source>Each funding source costs what it cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada fuente de financiación cuesta lo que costaba</translation>
    </message>
    <message>
        <source>The cost of each funding source (regular budget, support account, extrabudgetary) must equal the baseline&apos;s: nothing moves between funding sources, and the use of the peacekeeping support account and the regular budget stays as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El costo de cada fuente de financiación (presupuesto ordinario, cuenta de apoyo, recursos extrapresupuestarios) debe ser igual al de la situación de referencia: nada pasa de una fuente de financiación a otra, y el uso de la cuenta de apoyo para las operaciones de mantenimiento de la paz y del presupuesto ordinario no cambia.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 6 and 34</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 6 y 34</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por categoría en comparación con la situación de referencia</translation>
    </message>
    <message>
        <source>Reports the posts of each grade against the baseline, and warns when senior posts (the design&apos;s senior grade and above, D-1 and above for the UN) grow without an offset, which approving bodies scrutinise first.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Informa de los puestos de cada categoría en comparación con la situación de referencia y advierte cuando los puestos de categoría superior (la categoría superior que fija el diseño y las superiores, D-1 y superiores en las Naciones Unidas) aumentan sin compensación, lo que los órganos de aprobación examinan en primer lugar.</translation>
    </message>
    <message>
        <source>budget practice (A/72/772 staffing tables)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>práctica presupuestaria (cuadros de dotación de personal de A/72/772)</translation>
    </message>
    <message>
        <source>Every function is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se conservan todas las funciones</translation>
    </message>
    <message>
        <source>Every function the baseline carried is carried by some unit of the proposal: the restructuring changes neither the mandates nor the functions of the entities.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada función que se desempeñaba en la situación de referencia la desempeña alguna dependencia de la propuesta: la reestructuración no modifica los mandatos ni las funciones de las entidades.</translation>
    </message>
    <message>
        <source>A/72/525 para. 6</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 6</translation>
    </message>
    <message>
        <source>Functions sit in their required department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las funciones están en el departamento que corresponde</translation>
    </message>
    <message>
        <source>Functions with a required home sit there: electoral assistance, mediation support, support to the Peacebuilding Commission and management of the Peacebuilding Fund in DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action in DPO; and police and military in the same department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las funciones que tienen una ubicación obligatoria están allí: asistencia electoral, apoyo a la mediación, apoyo a la Comisión de Consolidación de la Paz y gestión del Fondo para la Consolidación de la Paz en el DPPA; asuntos militares, policía, estado de derecho, reforma del sector de la seguridad, DDR y actividades relativas a las minas en el DPO; y policía y asuntos militares en el mismo departamento.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 23-24, 27 and 31-32</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 23-24, 27 y 31-32</translation>
    </message>
    <message>
        <source>Each department has gender capacity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada departamento cuenta con capacidad en materia de género</translation>
    </message>
    <message>
        <source>Both departments keep dedicated gender capacity: a unit that carries it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los dos departamentos mantienen una capacidad específica en materia de género: una dependencia que la desempeña.</translation>
    </message>
    <message>
        <source>A/72/525 para. 44</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 44</translation>
    </message>
    <message>
        <source>The bodies the design requires</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los órganos que exige el diseño</translation>
    </message>
    <message>
        <source>Each body the design declares as required (rules.required_bodies) exists, chaired by the unit or role the design names, with the members it names; other members are allowed. The rule is off when the design declares no such body. The UN sample declares the Standing Principals&apos; Group, chaired by the Secretary-General with the heads of both departments (para. 42; the arrangement of November 2018 added the Chef de Cabinet and the heads of counter-terrorism and disarmament).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada órgano que el diseño declara obligatorio (rules.required_bodies) existe, presidido por la dependencia o la función que indica el diseño, con los miembros que este indica; se admiten otros miembros. La regla está desactivada cuando el diseño no declara ningún órgano de ese tipo. El ejemplo de las Naciones Unidas declara el Grupo Permanente de Directivos Principales, presidido por el Secretario General con los jefes de los dos departamentos (párr. 42; el arreglo de noviembre de 2018 añadió al Jefe de Gabinete y a los jefes de la lucha contra el terrorismo y de desarme).</translation>
    </message>
    <message>
        <source>A/72/525 para. 42; the design&apos;s rules.required_bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 42; rules.required_bodies del diseño</translation>
    </message>
    <message>
        <source>The Peacebuilding Fund keeps its link to the Executive Office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El Fondo para la Consolidación de la Paz mantiene su vínculo con la Oficina Ejecutiva</translation>
    </message>
    <message>
        <source>The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted line, from it or a unit above it) to the Executive Office of the Secretary-General.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia que gestiona el Fondo para la Consolidación de la Paz mantiene un vínculo funcional (una línea doble o punteada, desde ella o desde una dependencia superior) con la Oficina Ejecutiva del Secretario General.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 24</translation>
    </message>
    <message>
        <source>One entry point for every region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un punto de entrada para cada región</translation>
    </message>
    <message>
        <source>Every region has exactly one headquarters entry point: one unit of the shared regional structure, led at the design&apos;s entry-point grade (an ASG for the UN), designated for it. None leaves the region uncovered; two or more give field presences conflicting entry points. The same holds for every item of any other segment list the design marks as needing entry points (client groups, sectors ...).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada región tiene exactamente un punto de entrada en la Sede: una dependencia de la estructura regional común, dirigida con la categoría de punto de entrada que fija el diseño (un SsG en las Naciones Unidas), designada para ella. Ninguno deja la región sin cobertura; dos o más dan a las presencias sobre el terreno puntos de entrada contradictorios. Lo mismo vale para cada elemento de cualquier otra lista de segmentos que el diseño marque como necesitada de puntos de entrada (grupos de clientes, sectores...).</translation>
    </message>
    <message>
        <source>A/72/525 paras. 33-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 33 a 35</translation>
    </message>
    <message>
        <source>Every field presence is covered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todas las presencias sobre el terreno están cubiertas</translation>
    </message>
    <message>
        <source>Every field presence (peacekeeping operation, special political mission, regional office, envoy) has a region and is backstopped by a unit under that region&apos;s entry point, so that headquarters speaks to it with one voice. A unit that belongs to an item of another segment list (a client group, a sector ...) sits under, or is backstopped by a unit under, that item&apos;s entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada presencia sobre el terreno (operación de mantenimiento de la paz, misión política especial, oficina regional, enviado) tiene una región y recibe apoyo de una dependencia situada bajo el punto de entrada de esa región, para que la Sede se dirija a ella con una sola voz. Una dependencia que pertenece a un elemento de otra lista de segmentos (un grupo de clientes, un sector...) está bajo el punto de entrada de ese elemento, o recibe apoyo de una dependencia situada bajo él.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 34-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 34 y 35</translation>
    </message>
    <message>
        <source>Units that report to two departments have both lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las dependencias que dependen de dos departamentos tienen ambas líneas</translation>
    </message>
    <message>
        <source>Each regional entry point of the shared structure (at the entry-point grade, when the design sets one) reports to the heads of both departments, and so does every unit, of any kind, that the design marks as reporting to two or more departments (rules.dual_reporting: unit id -&gt; department roles): one line may be primary, the others dual lines, which may carry a condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada punto de entrada regional de la estructura común (con la categoría de punto de entrada, cuando el diseño fija una) depende de los jefes de los dos departamentos, al igual que toda dependencia, de cualquier tipo, que el diseño marque como dependiente de dos o más departamentos (rules.dual_reporting: id de dependencia -&gt; funciones de departamento): una línea puede ser la principal y las demás líneas dobles, que pueden llevar una condición (al DPO para las operaciones de mantenimiento de la paz y las misiones sobre el terreno, al DPPA en los demás casos).</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 36; rules.dual_reporting del diseño</translation>
    </message>
    <message>
        <source>Field presences have the right lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las presencias sobre el terreno tienen el departamento rector correcto</translation>
    </message>
    <message>
        <source>Peacekeeping operations are led by the operations department (DPO); regional offices, envoys and political-process offices by the political department (DPPA); a field special political mission names its lead, DPO by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las operaciones de mantenimiento de la paz las dirige el departamento de operaciones (DPO); las oficinas regionales, los enviados y las oficinas de procesos políticos, el departamento político (DPPA); una misión política especial sobre el terreno indica su departamento rector, el DPO por defecto.</translation>
    </message>
    <message>
        <source>Named groups of units stay under one parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los grupos de dependencias designados permanecen bajo una misma dependencia superior</translation>
    </message>
    <message>
        <source>Each group of units the design names (rules.keep_together: group name -&gt; unit ids) sits under one parent: a reform that promises to keep the components of an office together (PBSO&apos;s policy, intergovernmental and financing components, under an ASG) does not split them. Units of a group that a scenario does not have are not checked.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada grupo de dependencias que el diseño designa (rules.keep_together: nombre del grupo -&gt; id de dependencias) está bajo una misma dependencia superior: una reforma que promete mantener juntos los componentes de una oficina (los componentes de políticas, intergubernamental y de financiación de la Oficina de Apoyo a la Consolidación de la Paz (PBSO), bajo un SsG) no los separa. Las dependencias de un grupo que un escenario no tiene no se comprueban.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24; the design&apos;s rules.keep_together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 24; rules.keep_together del diseño</translation>
    </message>
    <message>
        <source>Head grades keep their promised level and match the posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las categorías de los jefes mantienen el nivel prometido y corresponden a los puestos</translation>
    </message>
    <message>
        <source>A unit the design requires to be led at a grade (rules.required_head_grades: unit id -&gt; grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. When the design asks for it (rules.head_grade_from_posts), a unit&apos;s head grade is the grade of its most senior post: a head without a post of its grade, or a post more senior than the head, is a warning.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia que el diseño exige que esté dirigida con una categoría (rules.required_head_grades: id de dependencia -&gt; categoría; un SsG para la PBSO y la Oficina de Asuntos Militares) mantiene esa categoría de jefe. Cuando el diseño lo pide (rules.head_grade_from_posts), la categoría del jefe de una dependencia es la de su puesto de mayor categoría: un jefe sin un puesto de su categoría, o un puesto de categoría superior a la del jefe, da lugar a una advertencia.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 24, 31-32; the design&apos;s rules.required_head_grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 24, 31 y 32; rules.required_head_grades del diseño</translation>
    </message>
    <message>
        <source>Field presences sit under their lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las presencias sobre el terreno están bajo su departamento rector</translation>
    </message>
    <message>
        <source>When the design asks for it (rules.lead_follows_chart), a field presence&apos;s lead department is the department it sits under on the chart, unless it is backstopped across: a dual or dotted line from it to its lead department (or a unit in it) says so. A chart that draws a peacekeeping operation under the political department while the operations department leads it tells two stories.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cuando el diseño lo pide (rules.lead_follows_chart), el departamento rector de una presencia sobre el terreno es el departamento bajo el que está en el organigrama, salvo que reciba apoyo de otro departamento: una línea doble o punteada desde ella hasta su departamento rector (o una dependencia de este) lo indica. Un organigrama que sitúa una operación de mantenimiento de la paz bajo el departamento político mientras la dirige el departamento de operaciones cuenta dos historias.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 21 and 28-29</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 21 y 28-29</translation>
    </message>
    <message>
        <source>Primary lines form one tree</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las líneas principales forman un único árbol</translation>
    </message>
    <message>
        <source>Primary reporting lines form one tree: no cycle, one primary parent for each unit, and every unit reaches the top of the organisation.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las líneas jerárquicas principales forman un único árbol: sin ciclos, un único superior principal para cada dependencia, y cada dependencia llega a la cúspide de la organización.</translation>
    </message>
    <message>
        <source>sound hierarchy (practice)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>jerarquía sólida (práctica)</translation>
    </message>
    <message>
        <source>Heads are junior to their parents&apos; heads</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los jefes tienen una categoría inferior a la de sus superiores</translation>
    </message>
    <message>
        <source>A unit&apos;s head is junior to the head of the unit it reports to (the nearest one above it that has a head grade), by the order of the design&apos;s grade ladder.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El jefe de una dependencia tiene una categoría inferior a la del jefe de la dependencia de la que depende (la más cercana por encima que tenga categoría de jefe), según el orden de la escala de categorías del diseño.</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>práctica de clasificación</translation>
    </message>
    <message>
        <source>Span of control and layers within limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ámbito de control y niveles dentro de los límites</translation>
    </message>
    <message>
        <source>No unit has more direct reports than the design&apos;s span limit, and no unit sits deeper than the design&apos;s number of layers (the top is layer 1).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ninguna dependencia tiene más subordinados directos que el límite del diseño, y ninguna está a más profundidad que el número de niveles del diseño (la cúspide es el nivel 1).</translation>
    </message>
    <message>
        <source>organisation design practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>práctica de diseño organizativo</translation>
    </message>
    <message>
        <source>Dual lines say when each applies, as the design splits them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las líneas dobles indican cuándo se aplica cada una, según el reparto del diseño</translation>
    </message>
    <message>
        <source>A unit that reports to two departments (a regional entry point, or a unit of rules.dual_reporting) reports to each for the field presences the design gives that department (rules.dual_conditions: presence type -&gt; department role): the condition of its dual line to a department names that department&apos;s types and none of the others&apos;. Under A/72/525 the regional ASGs report to DPPA for regional offices, political-process offices and envoys, and to DPO for peacekeeping operations.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia que depende de dos departamentos (un punto de entrada regional, o una dependencia de rules.dual_reporting) depende de cada uno para las presencias sobre el terreno que el diseño asigna a ese departamento (rules.dual_conditions: tipo de presencia -&gt; función de departamento): la condición de su línea doble hacia un departamento nombra los tipos de ese departamento y ninguno de los de los demás. Según el documento A/72/525, los SsG regionales dependen del DPPA para las oficinas regionales, las oficinas de procesos políticos y los enviados, y del DPO para las operaciones de mantenimiento de la paz.</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_conditions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párr. 36; rules.dual_conditions del diseño</translation>
    </message>
    <message>
        <source>Regional entry points are spread over several holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puntos de entrada regionales se reparten entre varios titulares</translation>
    </message>
    <message>
        <source>The regions&apos; entry points are held by at least as many units as the design states (rules.min_entry_point_holders): a reform that promises several regional ASGs (A/72/525 speaks of ASGs with regional responsibilities) does not make one of them the entry point for every region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puntos de entrada de las regiones están a cargo de al menos tantas dependencias como indica el diseño (rules.min_entry_point_holders): una reforma que promete varios SsG regionales (el documento A/72/525 habla de SsG con responsabilidades regionales) no convierte a uno de ellos en el punto de entrada de todas las regiones.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 20(c) and 33; the design&apos;s rules.min_entry_point_holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, párrs. 20 c) y 33; rules.min_entry_point_holders del diseño</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>información</translation>
    </message>
</context>
<context>
    <name>Skip</name>
    <message>
        <source>this rule compares a proposal with the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>esta regla compara una propuesta con la situación de referencia</translation>
    </message>
    <message>
        <source>the design names no senior grade (rules.senior_grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no indica ninguna categoría superior (rules.senior_grade)</translation>
    </message>
    <message>
        <source>it compares a proposal with the baseline and does not apply to the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>compara una propuesta con la situación de referencia y no se aplica a esta</translation>
    </message>
    <message>
        <source>this design turns it off (rules.rule_overrides)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este diseño la desactiva (rules.rule_overrides)</translation>
    </message>
    <message>
        <source>the design gives no function a required home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no asigna a ninguna función un departamento obligatorio</translation>
    </message>
    <message>
        <source>this scenario maps no departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no designa ningún departamento</translation>
    </message>
    <message>
        <source>the design names no gender function (rules.gender_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no indica ninguna función de género (rules.gender_function)</translation>
    </message>
    <message>
        <source>the design declares no required body (rules.required_bodies)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no declara ningún órgano obligatorio (rules.required_bodies)</translation>
    </message>
    <message>
        <source>this scenario has no single top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no tiene una única dependencia en la cúspide</translation>
    </message>
    <message>
        <source>this scenario maps fewer than two departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario designa menos de dos departamentos</translation>
    </message>
    <message>
        <source>this scenario maps no department to the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no asigna ningún departamento al rol {role}</translation>
    </message>
    <message>
        <source>this scenario has no unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no tiene la dependencia {unit}</translation>
    </message>
    <message>
        <source>this scenario has no unit in the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no tiene ninguna dependencia con el rol {role}</translation>
    </message>
    <message>
        <source>the design names no Peacebuilding Fund function (rules.pbf_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no indica ninguna función del Fondo para la Consolidación de la Paz (rules.pbf_function)</translation>
    </message>
    <message>
        <source>this scenario names no executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no designa ninguna oficina ejecutiva</translation>
    </message>
    <message>
        <source>the design maps no field-presence type to a lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no asocia ningún tipo de presencia sobre el terreno a un departamento rector</translation>
    </message>
    <message>
        <source>the design names no group of units to keep together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no designa ningún grupo de dependencias que deba mantenerse unido</translation>
    </message>
    <message>
        <source>the design requires no head grade (rules.required_head_grades, rules.head_grade_from_posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no exige ninguna categoría de jefe (rules.required_head_grades, rules.head_grade_from_posts)</translation>
    </message>
    <message>
        <source>the design has no grade ladder</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no tiene escala de categorías</translation>
    </message>
    <message>
        <source>the design does not ask that leads follow the chart (rules.lead_follows_chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no pide que los departamentos rectores sigan el organigrama (rules.lead_follows_chart)</translation>
    </message>
    <message>
        <source>the design does not ask for one entry point per region (rules.regional_entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no pide un punto de entrada por región (rules.regional_entry_points)</translation>
    </message>
    <message>
        <source>the design defines no regions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no define ninguna región</translation>
    </message>
    <message>
        <source>the design asks for one entry point in no segment list (rules.regional_entry_points, segment_kinds[].entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no pide un único punto de entrada en ninguna lista de segmentos (rules.regional_entry_points, segment_kinds[].entry_points)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure) and no unit the design marks as reporting to two departments (rules.dual_reporting)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no tiene estructura común (roles.shared_structure) ni ninguna dependencia que el diseño marque como dependiente de dos departamentos (rules.dual_reporting)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no tiene estructura común (roles.shared_structure)</translation>
    </message>
    <message>
        <source>this scenario maps no department to some role {unit} reports to ({roles})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no asocia ningún departamento a algunas de las funciones de las que depende {unit} ({roles})</translation>
    </message>
    <message>
        <source>the design splits no dual lines by presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no reparte ninguna línea doble por tipo de presencia</translation>
    </message>
    <message>
        <source>this scenario maps no department the dual conditions name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>este escenario no asocia ninguno de los departamentos que nombran las condiciones de las líneas dobles</translation>
    </message>
    <message>
        <source>the design states no least number of entry-point holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no fija un número mínimo de dependencias a cargo de puntos de entrada</translation>
    </message>
    <message>
        <source>the design sets no span or layer limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el diseño no fija ningún límite de subordinados directos ni de niveles</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>translator-credits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Traducción al español: sesión i19-core (Claude), 2026-12-02; pendiente de revisión por un hablante nativo.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Information</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Información</translation>
    </message>
    <message>
        <source>1 error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>1 info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 información</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} informaciones</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>situación de referencia</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sin observaciones.</translation>
    </message>
    <message>
        <source>({count} rules not checked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>({count} reglas no verificadas)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No verificadas</translation>
    </message>
    <message>
        <source>fix: {description}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>corrección: {description}</translation>
    </message>
    <message>
        <source>no fix: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sin corrección: {reason}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: 1 corrección aplicada, no queda ningún error</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: {count} correcciones aplicadas, no queda ningún error</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: 1 corrección aplicada, queda 1 error</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: {count} correcciones aplicadas, queda 1 error</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: 1 corrección aplicada, quedan {left} errores</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}]: {count} correcciones aplicadas, quedan {left} errores</translation>
    </message>
    <message>
        <source>fixed {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>corregido {rule}</translation>
    </message>
    <message>
        <source>by: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>mediante: {fix}</translation>
    </message>
    <message>
        <source>not fixed {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sin corregir: {severity}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>motivo: {reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>se escribió {path}</translation>
    </message>
</context>
</TS>
