<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The interface of orgeditor in Spanish. Written by the i19-app session (an AI assistant) on 2026-12-02; every translation is marked for review by a native speaker. How to update it: docs/I18N.md -->
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An editor for organisation designs: posts, grades, funding sources and the rules a restructuring must keep.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un editor de diseños organizativos: puestos, categorías, fuentes de financiación y las reglas que debe respetar una reestructuración.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paquete autónomo</translation>
    </message>
    <message>
        <source>Python package</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paquete de Python</translation>
    </message>
    <message>
        <source>Platform {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plataforma {0}</translation>
    </message>
    <message>
        <source>About orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Acerca de orgeditor</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiar las versiones para un informe de error</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Versiones:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>AddPostDialog</name>
    <message>
        <source>Add post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir puesto</translation>
    </message>
    <message>
        <source>A new post in {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un nuevo puesto en {0}</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cate&amp;goría</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Financiación</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Identificador:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Findings &amp;call it:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nombre en las conclusiones:</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Añadir miembro</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quita&amp;r miembro</translation>
    </message>
    <message>
        <source>The body&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El nombre y el nombre corto del órgano en cada idioma del diseño</translation>
    </message>
    <message>
        <source>unit name or id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nombre o identificador de la dependencia</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Añadir dependencia</translation>
    </message>
    <message>
        <source>Remo&amp;ve unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Quitar dependencia</translation>
    </message>
    <message>
        <source>&amp;Sits at:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Se sitúa en:</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Presidencia:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>Required bodies (GOV-SPG)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Órganos obligatorios (GOV-SPG)</translation>
    </message>
    <message>
        <source>Dual reporting: units that report to two or more department roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Doble dependencia: dependencias que rinden cuentas a dos o más funciones de departamento</translation>
    </message>
    <message>
        <source>(new body)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(nuevo órgano)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>a new body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un nuevo órgano</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Focus breadcrumb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ruta de navegación del centrado</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigrama completo</translation>
    </message>
    <message>
        <source>Show the whole chart (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar el organigrama completo (Esc)</translation>
    </message>
    <message>
        <source>Focus on {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Centrar en {0}</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Posts: {0} in the unit, {1} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos: {0} en la dependencia, {1} con sus dependencias subordinadas</translation>
    </message>
    <message>
        <source>Annual cost: {0} {1} in the unit, {2} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costo anual: {0} {1} en la dependencia, {2} con sus dependencias subordinadas</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nota: {0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Cuadro</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ubicación</translation>
    </message>
    <message>
        <source>Sits &amp;with</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Junto con</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cuadro</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>&amp;New Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nueva categoría</translation>
    </message>
    <message>
        <source>&amp;New Funding Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nueva fuente de financiación</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nueva función</translation>
    </message>
    <message>
        <source>&amp;New Department Role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo papel de departamento</translation>
    </message>
    <message>
        <source>&amp;New Duty Station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo lugar de destino</translation>
    </message>
    <message>
        <source>New grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nueva fuente de financiación</translation>
    </message>
    <message>
        <source>New function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nueva función</translation>
    </message>
    <message>
        <source>New department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo papel de departamento</translation>
    </message>
    <message>
        <source>New duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo lugar de destino</translation>
    </message>
    <message>
        <source>No grade selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se ha seleccionado ninguna categoría</translation>
    </message>
    <message>
        <source>No funding source selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se ha seleccionado ninguna fuente de financiación</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se ha seleccionado ninguna función</translation>
    </message>
    <message>
        <source>No department role selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se ha seleccionado ningún papel de departamento</translation>
    </message>
    <message>
        <source>No duty station selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se ha seleccionado ningún lugar de destino</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría {0}</translation>
    </message>
    <message>
        <source>Funding source {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente de financiación {0}</translation>
    </message>
    <message>
        <source>Function {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Función {0}</translation>
    </message>
    <message>
        <source>Department role {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papel de departamento {0}</translation>
    </message>
    <message>
        <source>Duty station {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lugar de destino {0}</translation>
    </message>
    <message>
        <source>(no home)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sin ubicación)</translation>
    </message>
    <message>
        <source>(sits with no other function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(no va junto con ninguna otra función)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(ninguna dependencia)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Played in each scenario by:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desempeñada en cada escenario por:</translation>
    </message>
    <message>
        <source>a function sits with another function, not with itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>una función va junto con otra función, no consigo misma</translation>
    </message>
    <message>
        <source>The ladder runs from the most senior grade down; the rules read seniority from this order. The group (such as Professional or General Service) is shown in tables.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La escala va de la categoría más alta hacia abajo; las reglas deducen la jerarquía de este orden. El cuadro (por ejemplo, orgánico o servicios generales) se muestra en los cuadros.</translation>
    </message>
    <message>
        <source>Cost neutrality is checked per funding source, or per part where chosen.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La neutralidad de los costos se comprueba por fuente de financiación, o por componente cuando así se elige.</translation>
    </message>
    <message>
        <source>A function&apos;s home is the department role that must carry it; units list the functions they carry.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La ubicación de una función es el papel de departamento que debe asumirla; las dependencias indican las funciones que asumen.</translation>
    </message>
    <message>
        <source>Each scenario names the unit that plays each department role.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada escenario designa la dependencia que desempeña cada papel de departamento.</translation>
    </message>
    <message>
        <source>A unit sits at a duty station (set in the Inspector) and so do its posts; the Costs page may give a station costs of its own.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia se ubica en un lugar de destino (definido en el Inspector), al igual que sus puestos; la página Costos puede asignar a un lugar sus propios costos.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Select &amp;Parent Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccionar la de&amp;pendencia superior</translation>
    </message>
    <message>
        <source>Select First &amp;Sub-unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Seleccionar la primera subdependencia</translation>
    </message>
    <message>
        <source>Select P&amp;revious Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Selecciona&amp;r la dependencia hermana anterior</translation>
    </message>
    <message>
        <source>Select &amp;Next Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccio&amp;nar la dependencia hermana siguiente</translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir &amp;puesto…</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Contraer/expandir subdependencias</translation>
    </message>
    <message>
        <source>&amp;Focus on Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Centrar en la dependencia</translation>
    </message>
    <message>
        <source>Fit the selected unit and its sub-units to the window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajustar la dependencia seleccionada y sus subdependencias a la ventana</translation>
    </message>
    <message>
        <source>Show &amp;Findings of Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Mostrar las observaciones de la dependencia</translation>
    </message>
    <message>
        <source>&amp;Rename in Inspector (Return)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambia&amp;r nombre en el inspector (Intro)</translation>
    </message>
    <message>
        <source>Selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias seleccionadas</translation>
    </message>
    <message>
        <source>Select a unit to rename</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione una dependencia para cambiarle el nombre</translation>
    </message>
    <message>
        <source>Select a unit to add a post to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione la dependencia a la que añadir un puesto</translation>
    </message>
    <message>
        <source>Select a unit to collapse or expand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione una dependencia para contraerla o expandirla</translation>
    </message>
    <message>
        <source>Select a unit to focus on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione una dependencia en la que centrarse</translation>
    </message>
    <message>
        <source>Select a unit to see the findings of</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione una dependencia para ver sus observaciones</translation>
    </message>
    <message>
        <source>No findings on this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No hay observaciones sobre esta dependencia</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 dependencia seleccionada</translation>
    </message>
    <message>
        <source>{0} units selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} dependencias seleccionadas</translation>
    </message>
</context>
<context>
    <name>ChartContextMenus</name>
    <message>
        <source>Edit Caption…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar leyenda…</translation>
    </message>
    <message>
        <source>Line caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyenda de la línea</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyenda:</translation>
    </message>
    <message>
        <source>Edit Condition…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar condición…</translation>
    </message>
    <message>
        <source>Line condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condición de la línea</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condición:</translation>
    </message>
    <message>
        <source>Dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Doble</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Punteada</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Zona: {0}</translation>
    </message>
    <message>
        <source>Line: {0} to {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Línea: de {0} a {1}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Eliminar línea</translation>
    </message>
</context>
<context>
    <name>ChartLanguageMenu</name>
    <message>
        <source>Arabic (العربية)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Árabe (العربية)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chino (中文)</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Inglés (English)</translation>
    </message>
    <message>
        <source>French (Français)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Francés (Français)</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ruso (Русский)</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>{0} — the design&apos;s own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — idioma propio del diseño</translation>
    </message>
    <message>
        <source>Chart in the design&apos;s own language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigrama en el idioma propio del diseño</translation>
    </message>
    <message>
        <source>Chart in {0}: every unit has a name there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigrama en {0}: todas las dependencias tienen nombre en ese idioma</translation>
    </message>
    <message>
        <source>Chart in {0}: {1} of {2} units have no name there and show their own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigrama en {0}: {1} de {2} dependencias no tienen nombre en ese idioma y muestran el suyo</translation>
    </message>
    <message>
        <source>Chart &amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Idioma de&amp;l organigrama</translation>
    </message>
</context>
<context>
    <name>ChartOptionsDialog</name>
    <message>
        <source>Print chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Imprimir organigrama</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar organigrama</translation>
    </message>
    <message>
        <source>PDF (pages)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF (páginas)</translation>
    </message>
    <message>
        <source>SVG (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>SVG (organigrama completo)</translation>
    </message>
    <message>
        <source>PNG image (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Imagen PNG (organigrama completo)</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajustar a una página</translation>
    </message>
    <message>
        <source>Tile across pages (poster)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mosaico en varias páginas (póster)</translation>
    </message>
    <message>
        <source>Booklet (a page per department or division)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Folleto (una página por departamento o división)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tamaño personalizado</translation>
    </message>
    <message>
        <source>ISO A and B, US and ANSI, architectural sheets, or a custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ISO A y B, EE. UU. y ANSI, hojas de arquitectura o un tamaño personalizado</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ancho de papel personalizado</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Alto de papel personalizado</translation>
    </message>
    <message>
        <source>Automatic (one page: whichever prints larger)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Automática (una página: la que imprima más grande)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Vertical</translation>
    </message>
    <message>
        <source> dpi</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcar cada página BORRADOR</translation>
    </message>
    <message>
        <source>The whole scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todo el escenario</translation>
    </message>
    <message>
        <source>{0} and its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} y sus subdependencias</translation>
    </message>
    <message>
        <source>Posts and annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos y costo anual</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por categoría</translation>
    </message>
    <message>
        <source>Posts by funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por fuente de financiación</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nada</translation>
    </message>
    <message>
        <source>On the first page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>En la primera página</translation>
    </message>
    <message>
        <source>On every page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>En cada página</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Formato</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Márgenes</translation>
    </message>
    <message>
        <source>Tile scale</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escala de mosaico</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Resolución PNG</translation>
    </message>
    <message>
        <source>Card figures</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cifras de las tarjetas</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Legibilidad</translation>
    </message>
    <message>
        <source>Posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos por dependencia</translation>
    </message>
    <message>
        <source>Post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribución de puestos</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Resumen de costos</translation>
    </message>
    <message>
        <source>Pages after the chart, comparing the baseline with this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Páginas después del organigrama que comparan la base de referencia con este escenario</translation>
    </message>
    <message>
        <source>Add tables</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir cuadros</translation>
    </message>
    <message>
        <source>Review comments, by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentarios de revisión, por dependencia</translation>
    </message>
    <message>
        <source>Pages after the chart listing every comment, open ones first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Páginas tras el organigrama con cada comentario, primero los abiertos</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Anexo</translation>
    </message>
</context>
<context>
    <name>ChartPresenter</name>
    <message>
        <source>posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>puestos modificados</translation>
    </message>
    <message>
        <source>Against {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Respecto de {0}: {1}</translation>
    </message>
</context>
<context>
    <name>CitationBox</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit, or why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El documento y el párrafo que establecen esta dependencia, o por qué se deduce</translation>
    </message>
    <message>
        <source>Document and paragraph, e.g. A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Documento y párrafo, p. ej. A/72/525 párr. 24</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El documento y el párrafo que establecen esta dependencia</translation>
    </message>
    <message>
        <source>Inferred: the reference does not state it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Deducida: la referencia no lo indica</translation>
    </message>
    <message>
        <source>Tick when no document states this unit: the design then says [I] and why</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marque si ningún documento establece esta dependencia: el diseño indicará entonces [I] y el motivo</translation>
    </message>
    <message>
        <source>Why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Por qué se deduce</translation>
    </message>
    <message>
        <source>Why the unit is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Por qué se deduce la dependencia</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>[I] inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[I] deducida</translation>
    </message>
    <message>
        <source>[S] sourced</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[S] con fuente</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se indica ninguna fuente.</translation>
    </message>
</context>
<context>
    <name>CodedRowsTable</name>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>On:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentario:</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia: </translation>
    </message>
    <message>
        <source>Post: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puesto: </translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Resueltos</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Qué comentarios mostrar</translation>
    </message>
    <message>
        <source>Only on the selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Solo sobre las dependencias seleccionadas</translation>
    </message>
    <message>
        <source>List the comments on the units selected on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar los comentarios sobre las dependencias seleccionadas en el organigrama</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Estado</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Comment on the selected unit or a post in it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentar la dependencia seleccionada o uno de sus puestos</translation>
    </message>
    <message>
        <source>Change the chosen comment&apos;s text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el texto del comentario elegido</translation>
    </message>
    <message>
        <source>Mark the chosen comment resolved, or open it again</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcar el comentario elegido como resuelto, o reabrirlo</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar el comentario elegido</translation>
    </message>
    <message>
        <source> (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>abierto</translation>
    </message>
    <message>
        <source>{0} of {1} comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} de {1} comentarios</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir comentario</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar comentario</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Comentarios</translation>
    </message>
    <message>
        <source>Show the review comments on units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar los comentarios de revisión sobre dependencias y puestos</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Units added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias añadidas</translation>
    </message>
    <message>
        <source>Units succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias que suceden a otras anteriores</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias trasladadas</translation>
    </message>
    <message>
        <source>Units renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias con nuevo nombre</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias modificadas</translation>
    </message>
    <message>
        <source>Units abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias suprimidas</translation>
    </message>
    <message>
        <source>Units succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencias a las que sucedieron otras nuevas</translation>
    </message>
    <message>
        <source>Posts redeployed to another unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos redistribuidos a otra dependencia</translation>
    </message>
    <message>
        <source>Posts continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos que siguen a su dependencia en otro departamento</translation>
    </message>
    <message>
        <source>Posts reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos reclasificados</translation>
    </message>
    <message>
        <source>Posts moved between funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos trasladados entre fuentes de financiación</translation>
    </message>
    <message>
        <source>Posts established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos creados</translation>
    </message>
    <message>
        <source>Posts abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos suprimidos</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Líneas añadidas</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Líneas modificadas</translation>
    </message>
    <message>
        <source>Lines removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Líneas eliminadas</translation>
    </message>
    <message>
        <source>Bodies added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Órganos añadidos</translation>
    </message>
    <message>
        <source>Body members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Miembros de órganos modificados</translation>
    </message>
    <message>
        <source>Body chairs changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Presidencias de órganos modificadas</translation>
    </message>
    <message>
        <source>Bodies removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Órganos eliminados</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones asignadas</translation>
    </message>
    <message>
        <source>Roles reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones reasignadas</translation>
    </message>
    <message>
        <source>Roles cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones retiradas</translation>
    </message>
    <message>
        <source>Rule settings changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Configuración de reglas modificada</translation>
    </message>
    <message>
        <source>The scenario to compare the shown one with; the cards mark what changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El escenario con el que comparar el mostrado; las tarjetas marcan lo que cambió</translation>
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
        <source>Compare with:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparar con:</translation>
    </message>
    <message>
        <source>Nothing (compare mode off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nada (comparación desactivada)</translation>
    </message>
    <message>
        <source>Choose a scenario to see what changed since it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elija un escenario para ver qué ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Nothing differs from {0}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nada difiere de {0}.</translation>
    </message>
    <message>
        <source>Against {0}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Respecto de {0}: </translation>
    </message>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>, {0} listed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>, {0} enumerados</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>1 unresolved conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 conflicto sin resolver</translation>
    </message>
    <message>
        <source>%n unresolved conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%n conflictos sin resolver</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Editar conflicto</translation>
    </message>
    <message>
        <source>Place:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ubicación:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Base:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Base:</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La nuestra:</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La suya:</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conservar:</translation>
    </message>
    <message>
        <source>Keep (JSON):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conservar (JSON):</translation>
    </message>
    <message>
        <source>that is not JSON: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>eso no es JSON: </translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La nuestra</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tomar la &amp;nuestra</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tomar la &amp;suya</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Put our branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Poner el valor de nuestra rama (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Put their branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Poner el valor de su rama (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Type the value to keep (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escribir el valor que se conserva (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing to decide.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No hay conflictos de fusión: nada que decidir.</translation>
    </message>
    <message>
        <source>: choose each one&apos;s value. Saving keeps those not decided yet.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>: elija el valor de cada uno. Al guardar se conservan los que aún no se han decidido.</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Base de referencia</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Este escenario</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación</translation>
    </message>
    <message>
        <source>not cost neutral</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no neutral en cuanto a costos</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>This is the baseline: {0} {1} a year.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Esta es la base de referencia: {0} {1} al año.</translation>
    </message>
    <message>
        <source>✗ Not cost neutral ({0} a year): {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✗ No neutral en cuanto a costos ({0} al año): {1}</translation>
    </message>
    <message>
        <source>✓ Cost neutral: every funding source costs what the baseline cost ({0} a year).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✓ Neutral en cuanto a costos: cada fuente de financiación cuesta lo mismo que en la base de referencia ({0} al año).</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todas las fuentes de financiación</translation>
    </message>
</context>
<context>
    <name>CostSummaryDialog</name>
    <message>
        <source>Cost Summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Resumen de costos</translation>
    </message>
    <message>
        <source>Grade pyramid: baseline against</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pirámide de categorías: base de referencia frente a</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Any source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cualquier fuente</translation>
    </message>
    <message>
        <source>Every duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todos los lugares de destino</translation>
    </message>
    <message>
        <source>not said</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Where the costs come from (a budget document, a year)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Origen de los costos (documento presupuestario, año)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Cost &amp;year:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Año de los costos:</translation>
    </message>
    <message>
        <source>&amp;Source or note:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Fuente o nota:</translation>
    </message>
    <message>
        <source>Annual standard cost per post. A cost under a funding source applies to that source&apos;s posts and wins over the cost for any source; leave a cell empty for no cost.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costo estándar anual por puesto. Un costo bajo una fuente de financiación se aplica a los puestos de esa fuente y prevalece sobre el costo para cualquier fuente; deje una celda vacía si no hay costo.</translation>
    </message>
    <message>
        <source>Costs at duty s&amp;tation:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cos&amp;tos en el lugar de destino:</translation>
    </message>
    <message>
        <source>A post costs its station&apos;s cost for its grade and source, else the cost for every station and its source, else its station&apos;s cost for any source, else the cost for every station and any source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un puesto cuesta lo que cuesta en su lugar de destino para su categoría y su fuente; si no, el costo de todos los lugares para su fuente; si no, el costo de su lugar para cualquier fuente; si no, el costo de todos los lugares para cualquier fuente.</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}, en {1}</translation>
    </message>
    <message>
        <source>the cost of {0} is not a whole number ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el costo de {0} no es un número entero ({1})</translation>
    </message>
    <message>
        <source>a cost year is a number such as 2018, or empty</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>el año de los costos es un número como 2018, o se deja vacío</translation>
    </message>
</context>
<context>
    <name>DesignPropertiesDialog</name>
    <message>
        <source>Design Properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Propiedades del diseño</translation>
    </message>
    <message>
        <source>Scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Descripciones de los escenarios</translation>
    </message>
</context>
<context>
    <name>DesignSettingsDialog</name>
    <message>
        <source>Design Settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Configuración del diseño</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>{0} was changed by another program or person since you opened or saved it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} fue modificado por otro programa o persona desde que lo abrió o lo guardó.</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (it is kept as the backup file ending in ~). Save As keeps both.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sobrescribir reemplaza su versión por la suya (se guarda en la copia de seguridad que termina en ~). Guardar como conserva ambas.</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El archivo es de solo lectura</translation>
    </message>
    <message>
        <source>{0} is marked read-only: someone meant it to stay as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} está marcado como de solo lectura: alguien quiso que se quedara como está.</translation>
    </message>
    <message>
        <source>Overwrite replaces it anyway (the old version is kept as the backup file ending in ~, and the file stays read-only). Save As writes a new file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sobrescribir lo reemplaza de todos modos (la versión anterior se guarda en la copia de seguridad que termina en ~ y el archivo sigue siendo de solo lectura). Guardar como escribe un archivo nuevo.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guardar como…</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Organisation designs ({0});;All files (*)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Diseños organizativos ({0});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The templates cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se pueden leer las plantillas</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abriendo {0}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyendo y comprobando el archivo…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se puede abrir este archivo</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se puede leer este archivo</translation>
    </message>
    <message>
        <source>Laying out and drawing the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Disponiendo y dibujando el organigrama…</translation>
    </message>
    <message>
        <source>Opened {0}; {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se abrió {0}; {1}</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guardar el diseño como</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se guardó el diseño</translation>
    </message>
    <message>
        <source>{0}. The design is still open and unsaved; try again, or choose another folder with Save As.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}. El diseño sigue abierto y sin guardar; vuelva a intentarlo o elija otra carpeta con Guardar como.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se guardó {0}</translation>
    </message>
    <message>
        <source>The untitled design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El diseño sin título</translation>
    </message>
    <message>
        <source>Open design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abrir diseño</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>orgeditor met an unexpected error and stopped what it was doing. The design is still open.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor encontró un error inesperado y detuvo lo que estaba haciendo. El diseño sigue abierto.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiar detalles</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Each commit against the one before it. Choose one to compare the chart with it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada commit frente al anterior. Elija uno para comparar el organigrama con él.</translation>
    </message>
    <message>
        <source>&amp;Compare with This Version</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Comparar con esta versión</translation>
    </message>
    <message>
        <source>the design was removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>se eliminó el diseño</translation>
    </message>
    <message>
        <source>nothing in the design changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no cambió nada en el diseño</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
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
        <source>Error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Agrupar por gravedad</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Agrupar por regla</translation>
    </message>
    <message>
        <source>Group by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Agrupar por dependencia</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todo el diseño</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar observaciones</translation>
    </message>
    <message>
        <source>Filter by rule, unit or words</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar por regla, dependencia o palabras</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, units or text contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar solo las observaciones cuya regla, dependencias o texto contienen todas las palabras</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Agrupar observaciones por</translation>
    </message>
    <message>
        <source>Group the findings by severity, by rule or by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Agrupar las observaciones por gravedad, por regla o por dependencia</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aplicar la corrección</translation>
    </message>
    <message>
        <source>Apply the fix shown for the selected finding (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aplicar la corrección indicada para la observación seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desactivar esta regla</translation>
    </message>
    <message>
        <source>Turn off this rule for this design (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desactivar esta regla para este diseño (se puede deshacer)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No comprobado</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Corrección propuesta: {0}</translation>
    </message>
    <message>
        <source>Turn off {0} for this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desactivar {0} para este diseño</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Add orgeditor to this desktop?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>¿Añadir orgeditor a este escritorio?</translation>
    </message>
    <message>
        <source>Add orgeditor to the applications menu and open .orgdesign files with it?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>¿Añadir orgeditor al menú de aplicaciones y abrir con él los archivos .orgdesign?</translation>
    </message>
    <message>
        <source>A double-click on a design then opens it here. You are asked only once: to change it later, start orgeditor with --install-desktop or --uninstall-desktop.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un doble clic en un diseño lo abrirá entonces aquí. Solo se pregunta una vez: para cambiarlo más adelante, inicie orgeditor con --install-desktop o --uninstall-desktop.</translation>
    </message>
    <message>
        <source>The desktop&apos;s files cannot be written: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se pueden escribir los archivos del escritorio: {0}</translation>
    </message>
</context>
<context>
    <name>FundingPartsEditor</name>
    <message>
        <source>Whole source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente completa</translation>
    </message>
    <message>
        <source>Each part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada componente</translation>
    </message>
    <message>
        <source>New &amp;Part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nueva &amp;parte</translation>
    </message>
    <message>
        <source>Delete P&amp;art…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elimin&amp;ar parte…</translation>
    </message>
    <message>
        <source>Cost &amp;neutrality checked for:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Neutralidad de costos comprobada para:</translation>
    </message>
    <message>
        <source>Parts (posts and cost rates may name a part):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Partes (los puestos y las tarifas de costo pueden indicar una parte):</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;as opened&gt;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&lt;al abrir&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione una dependencia</translation>
    </message>
    <message>
        <source>department</source>
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
        <source>peacekeeping operation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>operación de mantenimiento de la paz</translation>
    </message>
    <message>
        <source>special political mission</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>misión política especial</translation>
    </message>
    <message>
        <source>regional office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficina regional</translation>
    </message>
    <message>
        <source>envoy</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>enviado</translation>
    </message>
    <message>
        <source>political process office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oficina de apoyo al proceso político</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>otro</translation>
    </message>
    <message>
        <source>dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>doble</translation>
    </message>
    <message>
        <source>dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>punteada</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre abreviado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría del jefe</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Región</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lugar de destino</translation>
    </message>
    <message>
        <source>Field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Presencia sobre el terreno</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento principal</translation>
    </message>
    <message>
        <source>Backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Con apoyo de</translation>
    </message>
    <message>
        <source>Entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Punto de entrada para</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Justification</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Add line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>The unit the new line goes to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia a la que va la nueva línea</translation>
    </message>
    <message>
        <source>Line to unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Línea hacia la dependencia</translation>
    </message>
    <message>
        <source>Line kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tipo de línea</translation>
    </message>
    <message>
        <source>Dual (dashed) or dotted reporting line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Línea de dependencia doble (discontinua) o punteada</translation>
    </message>
    <message>
        <source>Add a line of the chosen kind to the chosen unit (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir una línea del tipo elegido hacia la dependencia elegida (se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove the selected lines (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar las líneas seleccionadas (se puede deshacer)</translation>
    </message>
    <message>
        <source>Dual and dotted lines from this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Líneas dobles y punteadas desde esta dependencia</translation>
    </message>
    <message>
        <source>The unit&apos;s full name, as the chart shows it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El nombre completo de la dependencia, tal como lo muestra el organigrama</translation>
    </message>
    <message>
        <source>An abbreviation (DPPA, EAD), shown under the name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una sigla (DPPA, EAD), que se muestra bajo el nombre</translation>
    </message>
    <message>
        <source>Department, office, division, section … (the card&apos;s colour)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento, oficina, división, sección… (el color de la tarjeta)</translation>
    </message>
    <message>
        <source>The grade of the post that heads the unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La categoría del puesto que dirige la dependencia</translation>
    </message>
    <message>
        <source>The region the unit covers, if any</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La región que abarca la dependencia, si la hay</translation>
    </message>
    <message>
        <source>The duty station: it sets the posts&apos; standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El lugar de destino: determina los costos estándar de los puestos</translation>
    </message>
    <message>
        <source>For a field presence: mission, office or centre</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Para una presencia sobre el terreno: misión, oficina o centro</translation>
    </message>
    <message>
        <source>The department that leads this field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El departamento principal de esta presencia sobre el terreno</translation>
    </message>
    <message>
        <source>The unit at headquarters that backstops this one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia de la Sede que presta apoyo a esta</translation>
    </message>
    <message>
        <source>The regions or segments this unit is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las regiones o segmentos para los que esta dependencia es el punto de entrada</translation>
    </message>
    <message>
        <source>The functions the unit performs (ticked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las funciones que desempeña la dependencia (marcadas)</translation>
    </message>
    <message>
        <source>A note shown in the card&apos;s tooltip and in reports</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una nota que se muestra en la información sobre herramientas de la tarjeta y en los informes</translation>
    </message>
    <message>
        <source>Why the unit exists or changes, for the proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Por qué existe o cambia la dependencia, para la propuesta</translation>
    </message>
    <message>
        <source>The document that establishes it, e.g. ST/SGB/2009/13</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El documento que la establece, p. ej. ST/SGB/2009/13</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default ({0})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The interface will be in {0} the next time orgeditor starts.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La interfaz estará en {0} la próxima vez que se inicie orgeditor.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>new since the compared scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nuevo respecto del escenario comparado</translation>
    </message>
    <message>
        <source>takes over from a unit that went</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sustituye a una dependencia suprimida</translation>
    </message>
    <message>
        <source>under another parent than before</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bajo otra dependencia superior que antes</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>con nuevo nombre</translation>
    </message>
    <message>
        <source>fields or posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>campos o puestos modificados</translation>
    </message>
    <message>
        <source>errors of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>errores de las reglas (cuántos)</translation>
    </message>
    <message>
        <source>warnings of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>advertencias de las reglas (cuántas)</translation>
    </message>
    <message>
        <source>notes of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>notas de las reglas (cuántas)</translation>
    </message>
    <message>
        <source>Unit colours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Colores de las dependencias</translation>
    </message>
    <message>
        <source>Lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>reports to (primary line)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rinde cuentas a (línea principal)</translation>
    </message>
    <message>
        <source>dual reporting line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea de doble dependencia (la leyenda indica cuándo)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>línea punteada</translation>
    </message>
    <message>
        <source>Badges</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Distintivos</translation>
    </message>
    <message>
        <source>Compare marks (View &gt; Compare with Baseline)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcas de comparación (Ver &gt; Comparar con la base de referencia)</translation>
    </message>
    <message>
        <source>+N under a card: N sub-units are collapsed (double-click to show them).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>+N bajo una tarjeta: N subdependencias están contraídas (haga doble clic para mostrarlas).</translation>
    </message>
</context>
<context>
    <name>LegibleChoice</name>
    <message>
        <source>Use one sheet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Usar una hoja {0} al {1} %</translation>
    </message>
    <message>
        <source>Use tiles on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Usar mosaico en {0} al {1} %</translation>
    </message>
    <message>
        <source>Use a booklet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Usar un folleto en {0} al {1} %</translation>
    </message>
    <message>
        <source>{0} portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} vertical</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} horizontal</translation>
    </message>
    <message>
        <source>{0}: 1 sheet, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: 1 hoja, texto más pequeño {2} pt</translation>
    </message>
    <message>
        <source>{0}: {1} sheets, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: {1} hojas, texto más pequeño {2} pt</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt at 100% (an image is drawn at full size)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Texto más pequeño: {0} pt al 100 % (una imagen se dibuja a tamaño completo)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt (1 page at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Texto más pequeño: {0} pt (1 página al {1} %)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt ({2} pages at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Texto más pequeño: {0} pt ({2} páginas al {1} %)</translation>
    </message>
    <message>
        <source>{0}: under {1} pt, hard to read. Instead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: menos de {1} pt, difícil de leer. En su lugar:</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Barra de herramientas principal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigrama</translation>
    </message>
    <message>
        <source>Chart canvas: arrows move between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lienzo del organigrama: las flechas pasan de una dependencia a otra</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costos</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Gu&amp;ardar como…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ab&amp;rir reciente</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Abrir un ejemplo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Exportar organigrama…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Expo&amp;rtar informe…</translation>
    </message>
    <message>
        <source>Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cuadros de puestos, redistribuciones, costos o cambios en XLSX, CSV, HTML o PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <source>&amp;Import Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Importar dependencias y puestos…</translation>
    </message>
    <message>
        <source>Merge units and posts from CSV or XLSX into this scenario (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Combinar en este escenario las dependencias y los puestos de un archivo CSV o XLSX (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Write Import &amp;Template…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear plan&amp;tilla de importación…</translation>
    </message>
    <message>
        <source>Export &amp;Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar dependencias y p&amp;uestos…</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar &amp;GraphML…</translation>
    </message>
    <message>
        <source>Auto&amp;save Every…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Autoguardado cada…</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Con qué frecuencia se guarda una copia de recuperación de los cambios no guardados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Add Unit Below…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Añadir dependencia subordinada…</translation>
    </message>
    <message>
        <source>&amp;Delete Units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar &amp;dependencias</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se&amp;leccionar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ajustar a la ventana</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>T&amp;amaño real</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Diseño &amp;compacto</translation>
    </message>
    <message>
        <source>Align Rows by &amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Alinear filas por cate&amp;goría</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Expandir todo</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparar con la &amp;base de referencia</translation>
    </message>
    <message>
        <source>Mark what is new, moved or changed against the baseline, and list it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcar y enumerar lo nuevo, lo trasladado o lo modificado respecto de la base de referencia</translation>
    </message>
    <message>
        <source>Cost &amp;Summary…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Re&amp;sumen de costos…</translation>
    </message>
    <message>
        <source>Cost per funding source of every scenario, and a grade pyramid</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costo por fuente de financiación de cada escenario y pirámide de categorías</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Diseño</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Grades, standard costs, funding sources, functions, department roles, rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categorías, costos estándar, fuentes de financiación, funciones, funciones de los departamentos, reglas</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Propiedades…</translation>
    </message>
    <message>
        <source>Title, author, description and provenance notes; scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Título, autor, descripción y notas de procedencia; descripciones de los escenarios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ayuda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>G&amp;uía del usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Reglas</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Acerca de {0}</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Buscar una dependencia (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Buscar una dependencia</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name, then Return for the next match</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escriba parte del nombre de una dependencia y pulse Intro para la siguiente coincidencia</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comprobando las reglas…</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Errores: {0}; advertencias: {1}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se hizo: {0}</translation>
    </message>
    <message>
        <source>Cost change: {0} {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación de costos: {0} {1}</translation>
    </message>
    <message>
        <source>Cost change: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variación de costos: {0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Autoguardado</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved changes every (minutes; 0: never):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guardar una copia de recuperación de los cambios no guardados cada (minutos; 0: nunca):</translation>
    </message>
    <message>
        <source>Select the unit to add a unit below</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione la dependencia bajo la que añadir otra</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir dependencia</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre de la nueva dependencia:</translation>
    </message>
    <message>
        <source>Select the units to move first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione primero las dependencias que desea mover</translation>
    </message>
    <message>
        <source>No unit matches “{0}”</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ninguna dependencia coincide con «{0}»</translation>
    </message>
    <message>
        <source>{0} of {1}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} de {1}: </translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiar escenario</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre de la nueva propuesta:</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} (copia)</translation>
    </message>
</context>
<context>
    <name>MapToDialog</name>
    <message>
        <source>Delete {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar {0}</translation>
    </message>
    <message>
        <source>&amp;Map and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reasignar y eli&amp;minar</translation>
    </message>
    <message>
        <source>{0} is in use:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} está en uso:</translation>
    </message>
    <message>
        <source>Everything that uses it will use the one chosen below instead, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todo lo que lo usa pasará a usar el elemento elegido abajo, en un solo paso que puede deshacerse.</translation>
    </message>
    <message>
        <source>Map to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sustituir por:</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Minimapa</translation>
    </message>
    <message>
        <source>The whole chart: click or drag to move the view there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El organigrama completo: haga clic o arrastre para mover la vista allí</translation>
    </message>
    <message>
        <source>&amp;Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Minimapa</translation>
    </message>
    <message>
        <source>Show the whole chart small in the canvas&apos;s corner</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar el organigrama completo en pequeño en la esquina del lienzo</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move to…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mover a…</translation>
    </message>
    <message>
        <source>Type to filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escriba para filtrar dependencias</translation>
    </message>
    <message>
        <source>Move {0} under:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mover {0} bajo:</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar dependencias</translation>
    </message>
    <message>
        <source>New parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nueva dependencia superior</translation>
    </message>
</context>
<context>
    <name>NamesBox</name>
    <message>
        <source>Names in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombres en otros idiomas</translation>
    </message>
    <message>
        <source>The unit&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El nombre y el nombre corto de la dependencia en cada idioma del diseño</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre abreviado</translation>
    </message>
    <message>
        <source>Type a name to add it; empty the name to remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escriba un nombre para añadirlo; vacíelo para quitarlo</translation>
    </message>
    <message>
        <source>Language tag, e.g. ru or pt-BR</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Etiqueta de idioma, p. ej. ru o pt-BR</translation>
    </message>
    <message>
        <source>A BCP 47 language tag for a new row of names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una etiqueta de idioma BCP 47 para una nueva fila de nombres</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Add a row for names in this language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir una fila de nombres en este idioma</translation>
    </message>
    <message>
        <source>{0} is the design&apos;s own language: edit the name above</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} es el idioma propio del diseño: edite el nombre de arriba</translation>
    </message>
    <message>
        <source>A short name needs a name in the same language.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un nombre corto requiere un nombre en el mismo idioma.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo diseño</translation>
    </message>
    <message>
        <source>Create</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Start the new design from:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Empezar el nuevo diseño a partir de:</translation>
    </message>
</context>
<context>
    <name>PostsBox</name>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Financiación</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puestos</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl, Shift) to act on them at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seleccione varias filas (Ctrl, Mayús) para actuar sobre todas a la vez</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar puestos</translation>
    </message>
    <message>
        <source>Filter posts by id, grade, funding or title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar puestos por número, categoría, financiación o título</translation>
    </message>
    <message>
        <source>Show only the posts whose id, grade, funding or title contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar solo los puestos cuyo número, categoría, financiación o título contengan todas las palabras</translation>
    </message>
    <message>
        <source>The grade of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La categoría del puesto que se va a crear</translation>
    </message>
    <message>
        <source>The funding source of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La fuente de financiación del puesto que se va a crear</translation>
    </message>
    <message>
        <source>The grade to reclassify the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La categoría a la que reclasificar los puestos seleccionados</translation>
    </message>
    <message>
        <source>The funding source to move the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La fuente de financiación a la que trasladar los puestos seleccionados</translation>
    </message>
    <message>
        <source>Establish post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear puesto</translation>
    </message>
    <message>
        <source>Establish a new post in this unit at the grade and funding chosen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear un nuevo puesto en esta dependencia con la categoría y la financiación elegidas</translation>
    </message>
    <message>
        <source>Reclassify selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasificar los seleccionados</translation>
    </message>
    <message>
        <source>Reclassify the selected posts to the grade chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasificar los puestos seleccionados a la categoría elegida (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Change funding of selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar la financiación de los seleccionados</translation>
    </message>
    <message>
        <source>Fund the selected posts from the source chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Financiar los puestos seleccionados con la fuente elegida (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Redeploy To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir a…</translation>
    </message>
    <message>
        <source>Redeploy the selected posts to a unit you pick (or drag the rows)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir los puestos seleccionados a una dependencia elegida (o arrastrar las filas)</translation>
    </message>
    <message>
        <source>Abolish selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suprimir los seleccionados</translation>
    </message>
    <message>
        <source>Abolish the selected posts (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suprimir los puestos seleccionados (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>The selected post&apos;s title in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El título del puesto seleccionado en cada idioma del diseño</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Title of post {0} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Título del puesto {0} en otros idiomas</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print — {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Imprimir — {0}</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>PBSO&apos;s components: pbc-branch, ppab, fpb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Componentes de la PBSO: pbc-branch, ppab, fpb</translation>
    </message>
    <message>
        <source>pbso=ASG, oma=ASG</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pbso=ASG, oma=ASG</translation>
    </message>
    <message>
        <source>A unit&apos;s head grade is that of its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La categoría del jefe de una dependencia es la de su puesto de mayor categoría</translation>
    </message>
    <message>
        <source>A field presence sits under its lead department on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una presencia sobre el terreno figura bajo su departamento principal en el organigrama</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Groups kept &amp;together:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grupos que se mantienen &amp;juntos:</translation>
    </message>
    <message>
        <source>Required &amp;head grades:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categorías de &amp;jefe requeridas:</translation>
    </message>
    <message>
        <source>Fewest entry-point &amp;holders:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Número mínimo de &amp;puntos de entrada:</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Error del autoguardado: {0}: {1}</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>¿Restaurar los cambios no guardados?</translation>
    </message>
    <message>
        <source>orgeditor did not close normally. It kept a recovery copy, with the changes that were not saved, made at {0}, of:

{1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor no se cerró normalmente. Guardó una copia de recuperación, con los cambios no guardados, hecha el {0}, de:

{1}</translation>
    </message>
    <message>
        <source>Restore opens the copy as an unsaved design; save it to keep it. Discard deletes the copy. Decide Later asks again at the next start.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Restaurar abre la copia como diseño no guardado; guárdelo para conservarlo. Descartar elimina la copia. Decidir más tarde vuelve a preguntar en el próximo inicio.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Decidir más tarde</translation>
    </message>
    <message>
        <source>The recovery copy cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se puede abrir la copia de recuperación</translation>
    </message>
    <message>
        <source>Restored the recovery copy of {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se restauró la copia de recuperación de {0}</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir a</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escriba parte del nombre de una dependencia</translation>
    </message>
    <message>
        <source>Redeploy 1 post to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir 1 puesto a:</translation>
    </message>
    <message>
        <source>Redeploy {0} posts to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redistribuir {0} puestos a:</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia superior</translation>
    </message>
    <message>
        <source>Every mapped department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Todos los departamentos asignados</translation>
    </message>
    <message>
        <source>Department role…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papel de departamento…</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Oficina ejecutiva</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Estructura compartida</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grupo de altos responsables</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia…</translation>
    </message>
    <message>
        <source>Department role: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papel de departamento: {0}</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia: {0}</translation>
    </message>
</context>
<context>
    <name>RenameScenarioDialog</name>
    <message>
        <source>Rename scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar nombre del escenario</translation>
    </message>
    <message>
        <source>The scenario&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El nombre y el nombre corto del escenario en cada idioma del diseño</translation>
    </message>
    <message>
        <source>New name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cuadro</translation>
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
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The cost summary compares the first scenario with every other one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El resumen de costos compara el primer escenario con cada uno de los demás</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se escribió el informe</translation>
    </message>
    <message>
        <source>Wrote {0} ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se escribió {0} ({1})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The tables cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se pueden leer los cuadros</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>CSV, separado por comas (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>PDF, printable pages (*.pdf)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF, páginas imprimibles (*.pdf)</translation>
    </message>
    <message>
        <source>{0}: 1 problem (first: {1}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: 1 problema (el primero: {1}). Corrija las filas e importe de nuevo; Mostrar detalles los enumera todos.</translation>
    </message>
    <message>
        <source>{0}: {1} problems (first: {2}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: {1} problemas (el primero: {2}). Corrija las filas e importe de nuevo; Mostrar detalles los enumera todos.</translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se importó {0} en {1}: {2} dependencias, {3} puestos (Deshacer lo revierte)</translation>
    </message>
    <message>
        <source>Import units and posts into {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Importar dependencias y puestos en {0}</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tablas (*.xlsx *.csv);;Libros de Excel (*.xlsx);;Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write import template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear plantilla de importación</translation>
    </message>
    <message>
        <source>Export units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar dependencias y puestos</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar GraphML</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se escribió el archivo</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportar organigrama</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportando el organigrama…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportación cancelada; no se escribió ningún archivo</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se exportó el organigrama</translation>
    </message>
    <message>
        <source>; {0} units without a name in the chart language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>; {0} dependencias sin nombre en el idioma del organigrama</translation>
    </message>
    <message>
        <source>Exported {0} ({1}){2}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Se exportó {0} ({1}){2}</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>no limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sin límite</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>Peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Operaciones de mantenimiento de la paz</translation>
    </message>
    <message>
        <source>Special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Misiones políticas especiales</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Oficinas regionales</translation>
    </message>
    <message>
        <source>Envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Political process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Oficinas de apoyo a procesos políticos</translation>
    </message>
    <message>
        <source>Other field presences</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Otras presencias sobre el terreno</translation>
    </message>
    <message>
        <source>&amp;Senior grade (from):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría &amp;superior (a partir de):</translation>
    </message>
    <message>
        <source>&amp;Entry-point grade:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría del &amp;punto de entrada:</translation>
    </message>
    <message>
        <source>&amp;Gender function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Función de &amp;género:</translation>
    </message>
    <message>
        <source>Peacebuilding &amp;Fund function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Función del &amp;Fondo para la Consolidación de la Paz:</translation>
    </message>
    <message>
        <source>Missions that name &amp;no lead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Misiones &amp;sin departamento principal:</translation>
    </message>
    <message>
        <source>Cost &amp;tolerance:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Tolerancia de costo:</translation>
    </message>
    <message>
        <source>Largest s&amp;pan of control:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ámbito de control máximo:</translation>
    </message>
    <message>
        <source>Most &amp;layers below the top:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Número máximo de &amp;niveles bajo la cúspide:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Functions the rules watch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones que vigilan las reglas</translation>
    </message>
    <message>
        <source>Lead department role by field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papel del departamento principal por presencia sobre el terreno</translation>
    </message>
    <message>
        <source>the tolerance is a whole amount, such as 0</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la tolerancia es un importe entero, como 0</translation>
    </message>
    <message>
        <source>Promises the rules check</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Compromisos que comprueban las reglas</translation>
    </message>
    <message>
        <source>Department whose dual line names each field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Departamento cuya línea doble designa cada presencia sobre el terreno</translation>
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
        <translation>{0} informa con nivel {1} salvo que se cambie</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>In this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>En este diseño</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Título</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Untick a rule to stop checking it in this design; its findings are listed as skipped. The severity is the one its findings report at. Both are saved in the file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desmarque una regla para dejar de comprobarla en este diseño; sus conclusiones figuran como omitidas. La gravedad es el nivel al que se notifican sus conclusiones. Ambas se guardan en el archivo.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Título</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activada</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Gravedad</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Copy…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copiar…</translation>
    </message>
    <message>
        <source>Create a proposal as a copy of the selected scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Crear una propuesta como copia del escenario seleccionado</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Rename the selected scenario (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cambiar el nombre del escenario seleccionado (se puede deshacer)</translation>
    </message>
    <message>
        <source>Delete the selected proposal (undoable; the baseline stays)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar la propuesta seleccionada (se puede deshacer; la base de referencia se mantiene)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>base de referencia</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>propuesta</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>The {0} this unit belongs to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pertenencia de esta dependencia ({0})</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>(any grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(cualquier categoría)</translation>
    </message>
    <message>
        <source>A segment kind is a list the organisation is divided by: regions, client groups, sectors. Units belong to an item and may be its entry point (Inspector, Segments). When a kind needs one entry point, the rules ask for exactly one per item.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un tipo de segmento es una lista según la cual se divide la organización: regiones, grupos de clientes, sectores. Las dependencias pertenecen a un elemento y pueden ser su punto de entrada (Inspector, Segmentos). Cuando un tipo requiere un punto de entrada, las reglas exigen exactamente uno por elemento.</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Puntos de entrada</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;New Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo tipo</translation>
    </message>
    <message>
        <source>&amp;Delete Kind…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Eliminar tipo…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>singular, such as client group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>en singular, por ejemplo grupo de clientes</translation>
    </message>
    <message>
        <source>Each item needs one &amp;entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cada &amp;elemento necesita un punto de entrada</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>&amp;Singular name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre en &amp;singular</translation>
    </message>
    <message>
        <source>Entry-point &amp;grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Categoría del punto de entrada</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nuevo elemento</translation>
    </message>
    <message>
        <source>Delete I&amp;tem…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar elemen&amp;to…</translation>
    </message>
    <message>
        <source>Item U&amp;p</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Subir elemento</translation>
    </message>
    <message>
        <source>Item D&amp;own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bajar element&amp;o</translation>
    </message>
    <message>
        <source>Items:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elementos:</translation>
    </message>
    <message>
        <source>region (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>región (integrada)</translation>
    </message>
    <message>
        <source>one per item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>uno por elemento</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>no se comprueba</translation>
    </message>
    <message>
        <source>Segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tipo de segmento {0}</translation>
    </message>
    <message>
        <source>New segment kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo tipo de segmento</translation>
    </message>
    <message>
        <source>Regions (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Regiones (integradas)</translation>
    </message>
    <message>
        <source>Delete segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Eliminar el tipo de segmento {0}</translation>
    </message>
    <message>
        <source>Segment kind {0} is in use:
{1}

Deleting it takes these units out of it, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El tipo de segmento {0} está en uso:
{1}

Al eliminarlo, estas dependencias salen de él, en un solo paso que puede deshacerse.</translation>
    </message>
    <message>
        <source>&amp;Clear and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Borrar y eliminar</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Órganos</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Costos</translation>
    </message>
    <message>
        <source>Grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Funding Sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuentes de financiación</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Department Roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papeles de los departamentos</translation>
    </message>
    <message>
        <source>Duty Stations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lugares de destino</translation>
    </message>
    <message>
        <source>Rule Parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Parámetros de las reglas</translation>
    </message>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Segmentos</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar por acción o tecla</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrar atajos</translation>
    </message>
    <message>
        <source>Show only the actions whose name or keys contain this text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mostrar solo las acciones cuyo nombre o teclas contienen este texto</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abrir un archiv&amp;o…</translation>
    </message>
    <message>
        <source>Open a design file from disk (Ctrl+O)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abrir un archivo de diseño del disco (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start on the &amp;Blank Chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Empezar con el organigrama en &amp;blanco</translation>
    </message>
    <message>
        <source>Close this page and work on the untitled design (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cerrar esta página y trabajar en el diseño sin título (Esc)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aún no hay archivos recientes</translation>
    </message>
    <message>
        <source>Open a sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abrir un ejemplo</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <source>{0}: double-click or press Return</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}: haga doble clic o pulse Intro</translation>
    </message>
    <message>
        <source>Welcome to orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bienvenido a orgeditor</translation>
    </message>
    <message>
        <source>Open a design to work on, or start a new one. Help &gt; User Guide explains the chart, the rules and the keys.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abra un diseño o empiece uno nuevo. Ayuda &gt; Guía del usuario explica el organigrama, las reglas y las teclas.</translation>
    </message>
    <message>
        <source>The template cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se puede leer la plantilla</translation>
    </message>
</context>
<context>
    <name>SuccessionBox</name>
    <message>
        <source>same id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>mismo identificador</translation>
    </message>
    <message>
        <source>declared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>declarado</translation>
    </message>
    <message>
        <source>inferred: same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>inferido: mismo nombre</translation>
    </message>
    <message>
        <source>rejected: not succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rechazado: sin sucesión</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sucede a</translation>
    </message>
    <message>
        <source>The baseline units whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Las dependencias de la base de referencia cuyos puestos continúan en esta dependencia</translation>
    </message>
    <message>
        <source>Add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>A baseline unit whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia de la base de referencia cuyos puestos continúan en esta dependencia</translation>
    </message>
    <message>
        <source>Predecessor to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia predecesora que se va a añadir</translation>
    </message>
    <message>
        <source>Add the chosen unit as a predecessor (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir la dependencia elegida como predecesora (se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar las dependencias predecesoras seleccionadas</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Confirm the inferred predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Confirmar las dependencias predecesoras deducidas</translation>
    </message>
    <message>
        <source>Reject</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>This unit does not succeed the inferred unit of the same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Esta dependencia no sucede a la dependencia homónima deducida</translation>
    </message>
    <message>
        <source>Source: document and paragraph, or [I]</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fuente: documento y párrafo, o [I]</translation>
    </message>
    <message>
        <source>Where the succession is stated: a document and paragraph, or [I] for inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dónde se indica la sucesión: un documento y un párrafo, o [I] si se deduce</translation>
    </message>
    <message>
        <source>A baseline unit succeeds no earlier unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia de la base de referencia no sucede a ninguna dependencia anterior.</translation>
    </message>
    <message>
        <source>A new unit: its posts came by redeployment or establishment.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia nueva: sus puestos proceden de redistribuciones o de nuevas creaciones.</translation>
    </message>
    <message>
        <source>Inferred from the name: confirm it, or reject it if wrong.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Deducido del nombre: confírmelo o recházelo si es incorrecto.</translation>
    </message>
    <message>
        <source>Posts that came from these units continue (not redeployed).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los puestos procedentes de estas dependencias continúan (no se redistribuyen).</translation>
    </message>
    <message>
        <source>Choose a baseline unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elegir una dependencia de la base de referencia…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Typing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Deshacer: {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rehacer: {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>UnitRolesBox</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dependencia superior</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Estructura compartida</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Oficina ejecutiva</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grupo de altos responsables</translation>
    </message>
    <message>
        <source>Role in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Función en este escenario</translation>
    </message>
    <message>
        <source>Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>The role this unit plays in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La función que desempeña esta dependencia en este escenario</translation>
    </message>
    <message>
        <source>The unit that chairs this body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La dependencia que preside este órgano</translation>
    </message>
    <message>
        <source>A unit to add to this body&apos;s members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Una dependencia que se va a añadir a los miembros de este órgano</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Miembro que se va a añadir</translation>
    </message>
    <message>
        <source>Add the chosen unit to the members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Añadir la dependencia elegida a los miembros (se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove the selected members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quitar los miembros seleccionados (se puede deshacer)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Presidencia</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Plays</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Desempeña</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Elegir una dependencia…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>Compare with &amp;File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparar con un &amp;archivo…</translation>
    </message>
    <message>
        <source>Mark what changed since another .orgdesign file</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marcar lo que cambió respecto de otro archivo .orgdesign</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparar con una &amp;versión…</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Historial del archivo…</translation>
    </message>
    <message>
        <source>Save the design in a git repository to compare with its versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guarde el diseño en un repositorio git para compararlo con sus versiones</translation>
    </message>
    <message>
        <source>The commits that touched this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Los commits que modificaron este diseño</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparar con un archivo</translation>
    </message>
    <message>
        <source>Designs (*.orgdesign)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Diseños (*.orgdesign)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>No history</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sin historial</translation>
    </message>
    <message>
        <source>The design is not in that commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>El diseño no está en ese commit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1 has no scenario %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 no tiene el escenario %2</translation>
    </message>
</context>
</TS>
