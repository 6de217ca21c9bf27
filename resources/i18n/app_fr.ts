<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- The interface of orgeditor in French. Written by the i19-app session (an AI assistant) on 2026-12-02; every translation is marked for review by a native speaker. How to update it: docs/I18N.md -->
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An editor for organisation designs: posts, grades, funding sources and the rules a restructuring must keep.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un éditeur de structures organisationnelles : postes, classes, sources de financement et règles qu&apos;une restructuration doit respecter.</translation>
    </message>
    <message>
        <source>bundle</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paquet autonome</translation>
    </message>
    <message>
        <source>Python package</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paquet Python</translation>
    </message>
    <message>
        <source>Platform {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plateforme {0}</translation>
    </message>
    <message>
        <source>About orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>À propos d&apos;orgeditor</translation>
    </message>
    <message>
        <source>Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Copy the versions for a bug report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copier les versions pour un rapport d&apos;anomalie</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>Copied</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>AddPostDialog</name>
    <message>
        <source>Add post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <source>A new post in {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un nouveau poste dans {0}</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Classe</translation>
    </message>
    <message>
        <source>&amp;Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Financement</translation>
    </message>
</context>
<context>
    <name>BodiesPage</name>
    <message>
        <source>&amp;Id:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Findings &amp;call it:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nom dans les constats :</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <source>&amp;Remove member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Retirer le membre</translation>
    </message>
    <message>
        <source>The body&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le nom et le nom court de l&apos;organe dans chaque langue de la conception</translation>
    </message>
    <message>
        <source>unit name or id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nom ou identifiant de l&apos;unité</translation>
    </message>
    <message>
        <source>Add &amp;unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajo&amp;uter une unité</translation>
    </message>
    <message>
        <source>Remo&amp;ve unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Retirer l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;Sits at:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Se situe à :</translation>
    </message>
    <message>
        <source>C&amp;hair:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Présidence :</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Membres :</translation>
    </message>
    <message>
        <source>Required bodies (GOV-SPG)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organes requis (GOV-SPG)</translation>
    </message>
    <message>
        <source>Dual reporting: units that report to two or more department roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Double rattachement : unités qui relèvent de deux rôles de département ou plus</translation>
    </message>
    <message>
        <source>(new body)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(nouvel organe)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>a new body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un nouvel organe</translation>
    </message>
</context>
<context>
    <name>Breadcrumb</name>
    <message>
        <source>Focus breadcrumb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fil d&apos;Ariane du centrage</translation>
    </message>
    <message>
        <source>Whole chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigramme entier</translation>
    </message>
    <message>
        <source>Show the whole chart (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Afficher l&apos;organigramme entier (Échap)</translation>
    </message>
    <message>
        <source>Focus on {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Centrer sur {0}</translation>
    </message>
</context>
<context>
    <name>CardTooltip</name>
    <message>
        <source>Posts: {0} in the unit, {1} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes : {0} dans l&apos;unité, {1} avec ses sous-unités</translation>
    </message>
    <message>
        <source>Annual cost: {0} {1} in the unit, {2} with its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coût annuel : {0} {1} dans l&apos;unité, {2} avec ses sous-unités</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Note : {0}</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Rattachement</translation>
    </message>
    <message>
        <source>Sits &amp;with</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Aux côtés de</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rattachement</translation>
    </message>
    <message>
        <source>&amp;New Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouvelle classe</translation>
    </message>
    <message>
        <source>&amp;New Funding Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouvelle source de financement</translation>
    </message>
    <message>
        <source>&amp;New Function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouvelle fonction</translation>
    </message>
    <message>
        <source>&amp;New Department Role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouveau rôle de département</translation>
    </message>
    <message>
        <source>&amp;New Duty Station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouveau lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>New grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle classe</translation>
    </message>
    <message>
        <source>New funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle source de financement</translation>
    </message>
    <message>
        <source>New function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle fonction</translation>
    </message>
    <message>
        <source>New department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouveau rôle de département</translation>
    </message>
    <message>
        <source>New duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouveau lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>No grade selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune classe sélectionnée</translation>
    </message>
    <message>
        <source>No funding source selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune source de financement sélectionnée</translation>
    </message>
    <message>
        <source>No function selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune fonction sélectionnée</translation>
    </message>
    <message>
        <source>No department role selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucun rôle de département sélectionné</translation>
    </message>
    <message>
        <source>No duty station selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucun lieu d&apos;affectation sélectionné</translation>
    </message>
    <message>
        <source>Grade {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe {0}</translation>
    </message>
    <message>
        <source>Funding source {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source de financement {0}</translation>
    </message>
    <message>
        <source>Function {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonction {0}</translation>
    </message>
    <message>
        <source>Department role {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôle de département {0}</translation>
    </message>
    <message>
        <source>Duty station {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lieu d&apos;affectation {0}</translation>
    </message>
    <message>
        <source>(no home)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sans rattachement)</translation>
    </message>
    <message>
        <source>(sits with no other function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(aux côtés d&apos;aucune autre fonction)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(aucune unité)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Played in each scenario by:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tenu dans chaque scénario par :</translation>
    </message>
    <message>
        <source>a function sits with another function, not with itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une fonction se place aux côtés d&apos;une autre fonction, pas d&apos;elle-même</translation>
    </message>
    <message>
        <source>The ladder runs from the most senior grade down; the rules read seniority from this order. The group (such as Professional or General Service) is shown in tables.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;échelle va de la classe la plus élevée vers le bas ; les règles déduisent l&apos;ancienneté de cet ordre. La catégorie (par exemple administrateurs ou services généraux) apparaît dans les tableaux.</translation>
    </message>
    <message>
        <source>Cost neutrality is checked per funding source, or per part where chosen.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La neutralité des coûts est vérifiée par source de financement, ou par composante lorsque ce choix est fait.</translation>
    </message>
    <message>
        <source>A function&apos;s home is the department role that must carry it; units list the functions they carry.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le rattachement d&apos;une fonction est le rôle de département qui doit l&apos;assumer ; les unités indiquent les fonctions qu&apos;elles assument.</translation>
    </message>
    <message>
        <source>Each scenario names the unit that plays each department role.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque scénario désigne l&apos;unité qui joue chaque rôle de département.</translation>
    </message>
    <message>
        <source>A unit sits at a duty station (set in the Inspector) and so do its posts; the Costs page may give a station costs of its own.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité est basée dans un lieu d&apos;affectation (défini dans l&apos;Inspecteur), ses postes aussi ; la page Coûts peut attribuer à un lieu ses propres coûts.</translation>
    </message>
</context>
<context>
    <name>ChartActions</name>
    <message>
        <source>Select &amp;Parent Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionner l&apos;unité su&amp;périeure</translation>
    </message>
    <message>
        <source>Select First &amp;Sub-unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Sélectionner la première sous-unité</translation>
    </message>
    <message>
        <source>Select P&amp;revious Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionne&amp;r l&apos;unité sœur précédente</translation>
    </message>
    <message>
        <source>Select &amp;Next Sibling</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectio&amp;nner l&apos;unité sœur suivante</translation>
    </message>
    <message>
        <source>Add &amp;Post…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter un &amp;poste…</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Réduire/développer les sous-unités</translation>
    </message>
    <message>
        <source>&amp;Focus on Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Centrer sur l&apos;unité</translation>
    </message>
    <message>
        <source>Fit the selected unit and its sub-units to the window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajuster l&apos;unité sélectionnée et ses sous-unités à la fenêtre</translation>
    </message>
    <message>
        <source>Show &amp;Findings of Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A&amp;fficher les constatations de l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;Rename in Inspector (Return)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Renommer dans l&apos;inspecteur (Entrée)</translation>
    </message>
    <message>
        <source>Selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités sélectionnées</translation>
    </message>
    <message>
        <source>Select a unit to rename</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez une unité à renommer</translation>
    </message>
    <message>
        <source>Select a unit to add a post to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez l&apos;unité à laquelle ajouter un poste</translation>
    </message>
    <message>
        <source>Select a unit to collapse or expand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez une unité à réduire ou à développer</translation>
    </message>
    <message>
        <source>Select a unit to focus on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez une unité sur laquelle centrer</translation>
    </message>
    <message>
        <source>Select a unit to see the findings of</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez une unité pour voir ses constatations</translation>
    </message>
    <message>
        <source>No findings on this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune constatation pour cette unité</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>1 unit selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 unité sélectionnée</translation>
    </message>
    <message>
        <source>{0} units selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} unités sélectionnées</translation>
    </message>
</context>
<context>
    <name>ChartContextMenus</name>
    <message>
        <source>Edit Caption…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la légende…</translation>
    </message>
    <message>
        <source>Line caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Légende de la ligne</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>Edit Condition…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la condition…</translation>
    </message>
    <message>
        <source>Line condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condition de la ligne</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condition :</translation>
    </message>
    <message>
        <source>Dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Double</translation>
    </message>
    <message>
        <source>Dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pointillée</translation>
    </message>
    <message>
        <source>Zone: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Zone : {0}</translation>
    </message>
    <message>
        <source>Line: {0} to {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ligne : de {0} à {1}</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Delete Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
</context>
<context>
    <name>ChartLanguageMenu</name>
    <message>
        <source>Arabic (العربية)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Arabe (العربية)</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chinois (中文)</translation>
    </message>
    <message>
        <source>English</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Anglais (English)</translation>
    </message>
    <message>
        <source>French (Français)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>Russian (Русский)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Russe (Русский)</translation>
    </message>
    <message>
        <source>Spanish (Español)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Espagnol (Español)</translation>
    </message>
    <message>
        <source>{0} — the design&apos;s own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} — langue de la conception</translation>
    </message>
    <message>
        <source>Chart in the design&apos;s own language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigramme dans la langue de la conception</translation>
    </message>
    <message>
        <source>Chart in {0}: every unit has a name there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigramme en {0} : chaque unité a un nom dans cette langue</translation>
    </message>
    <message>
        <source>Chart in {0}: {1} of {2} units have no name there and show their own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigramme en {0} : {1} unités sur {2} n&apos;ont pas de nom dans cette langue et gardent le leur</translation>
    </message>
    <message>
        <source>Chart &amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Langue de l&apos;organigramme</translation>
    </message>
</context>
<context>
    <name>ChartOptionsDialog</name>
    <message>
        <source>Print chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Imprimer l&apos;organigramme</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter l&apos;organigramme</translation>
    </message>
    <message>
        <source>PDF (pages)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF (pages)</translation>
    </message>
    <message>
        <source>SVG (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>SVG (organigramme entier)</translation>
    </message>
    <message>
        <source>PNG image (whole chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Image PNG (organigramme entier)</translation>
    </message>
    <message>
        <source>Fit to one page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajuster à une page</translation>
    </message>
    <message>
        <source>Tile across pages (poster)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mosaïque sur plusieurs pages (affiche)</translation>
    </message>
    <message>
        <source>Booklet (a page per department or division)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Livret (une page par département ou division)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source>ISO A and B, US and ANSI, architectural sheets, or a custom size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ISO A et B, formats américains et ANSI, formats d&apos;architecte, ou taille personnalisée</translation>
    </message>
    <message>
        <source> mm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> mm</translation>
    </message>
    <message>
        <source>Custom paper width</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Largeur de papier personnalisée</translation>
    </message>
    <message>
        <source>Custom paper height</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Hauteur de papier personnalisée</translation>
    </message>
    <message>
        <source>Automatic (one page: whichever prints larger)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Automatique (une page : celle qui imprime le plus grand)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Portrait</translation>
    </message>
    <message>
        <source> dpi</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> ppp</translation>
    </message>
    <message>
        <source>Mark every page DRAFT</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marquer chaque page PROJET</translation>
    </message>
    <message>
        <source>The whole scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tout le scénario</translation>
    </message>
    <message>
        <source>{0} and its sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} et ses sous-unités</translation>
    </message>
    <message>
        <source>Posts and annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes et coût annuel</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par classe</translation>
    </message>
    <message>
        <source>Posts by funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par source de financement</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rien</translation>
    </message>
    <message>
        <source>On the first page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sur la première page</translation>
    </message>
    <message>
        <source>On every page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sur chaque page</translation>
    </message>
    <message>
        <source>None</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Format</translation>
    </message>
    <message>
        <source>What</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Paper</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Margins</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Tile scale</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Échelle de mosaïque</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Résolution PNG</translation>
    </message>
    <message>
        <source>Card figures</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chiffres des cartes</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Legibility</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lisibilité</translation>
    </message>
    <message>
        <source>Posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par unité</translation>
    </message>
    <message>
        <source>Post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéploiement de postes</translation>
    </message>
    <message>
        <source>Cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Récapitulatif des coûts</translation>
    </message>
    <message>
        <source>Pages after the chart, comparing the baseline with this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pages après l&apos;organigramme, comparant la situation de référence à ce scénario</translation>
    </message>
    <message>
        <source>Add tables</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter des tableaux</translation>
    </message>
    <message>
        <source>Review comments, by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commentaires de relecture, par entité</translation>
    </message>
    <message>
        <source>Pages after the chart listing every comment, open ones first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Des pages après l&apos;organigramme listant chaque commentaire, les ouverts d&apos;abord</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Annexe</translation>
    </message>
</context>
<context>
    <name>ChartPresenter</name>
    <message>
        <source>posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes modifiés</translation>
    </message>
    <message>
        <source>Against {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Par rapport à {0} : {1}</translation>
    </message>
</context>
<context>
    <name>CitationBox</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit, or why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le document et le paragraphe qui établissent cette unité, ou la raison pour laquelle elle est déduite</translation>
    </message>
    <message>
        <source>Document and paragraph, e.g. A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Document et paragraphe, p. ex. A/72/525 par. 24</translation>
    </message>
    <message>
        <source>The document and paragraph that state this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le document et le paragraphe qui établissent cette unité</translation>
    </message>
    <message>
        <source>Inferred: the reference does not state it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déduite : la référence ne l&apos;établit pas</translation>
    </message>
    <message>
        <source>Tick when no document states this unit: the design then says [I] and why</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cochez si aucun document n&apos;établit cette unité : la conception indique alors [I] et pourquoi</translation>
    </message>
    <message>
        <source>Why it is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pourquoi elle est déduite</translation>
    </message>
    <message>
        <source>Why the unit is inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pourquoi l&apos;unité est déduite</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>[I] inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[I] déduite</translation>
    </message>
    <message>
        <source>[S] sourced</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>[S] sourcée</translation>
    </message>
    <message>
        <source>No source given.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune source indiquée.</translation>
    </message>
</context>
<context>
    <name>CodedRowsTable</name>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <source>On:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sur :</translation>
    </message>
    <message>
        <source>Author:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Auteur :</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commentaire :</translation>
    </message>
    <message>
        <source>Unit: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Entité : </translation>
    </message>
    <message>
        <source>Post: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Poste : </translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Résolus</translation>
    </message>
    <message>
        <source>All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Which comments to list</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Quels commentaires lister</translation>
    </message>
    <message>
        <source>Only on the selected units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Seulement sur les entités sélectionnées</translation>
    </message>
    <message>
        <source>List the comments on the units selected on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lister les commentaires sur les entités sélectionnées dans l&apos;organigramme</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>État</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Comment on the selected unit or a post in it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commenter l&apos;entité sélectionnée ou un de ses postes</translation>
    </message>
    <message>
        <source>Change the chosen comment&apos;s text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le texte du commentaire choisi</translation>
    </message>
    <message>
        <source>Mark the chosen comment resolved, or open it again</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marquer le commentaire choisi comme résolu, ou le rouvrir</translation>
    </message>
    <message>
        <source>Delete the chosen comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer le commentaire choisi</translation>
    </message>
    <message>
        <source> (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>resolved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>résolu</translation>
    </message>
    <message>
        <source>open</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>{0} of {1} comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} commentaires sur {1}</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter un commentaire</translation>
    </message>
    <message>
        <source>Edit comment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <source>Show the review comments on units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Afficher les commentaires de relecture sur les entités et les postes</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Units added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités ajoutées</translation>
    </message>
    <message>
        <source>Units succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités qui succèdent à des unités antérieures</translation>
    </message>
    <message>
        <source>Units moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités déplacées</translation>
    </message>
    <message>
        <source>Units renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités renommées</translation>
    </message>
    <message>
        <source>Units changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités modifiées</translation>
    </message>
    <message>
        <source>Units abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités supprimées</translation>
    </message>
    <message>
        <source>Units succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unités auxquelles ont succédé de nouvelles unités</translation>
    </message>
    <message>
        <source>Posts redeployed to another unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes redéployés dans une autre unité</translation>
    </message>
    <message>
        <source>Posts continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes qui suivent leur unité dans un autre département</translation>
    </message>
    <message>
        <source>Posts reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes reclassés</translation>
    </message>
    <message>
        <source>Posts moved between funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes passés d&apos;une source de financement à une autre</translation>
    </message>
    <message>
        <source>Posts established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes créés</translation>
    </message>
    <message>
        <source>Posts abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes supprimés</translation>
    </message>
    <message>
        <source>Lines added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lignes ajoutées</translation>
    </message>
    <message>
        <source>Lines changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lignes modifiées</translation>
    </message>
    <message>
        <source>Lines removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lignes supprimées</translation>
    </message>
    <message>
        <source>Bodies added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organes ajoutés</translation>
    </message>
    <message>
        <source>Body members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Membres d&apos;organes modifiés</translation>
    </message>
    <message>
        <source>Body chairs changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Présidences d&apos;organes modifiées</translation>
    </message>
    <message>
        <source>Bodies removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organes supprimés</translation>
    </message>
    <message>
        <source>Roles assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôles attribués</translation>
    </message>
    <message>
        <source>Roles reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôles réattribués</translation>
    </message>
    <message>
        <source>Roles cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôles retirés</translation>
    </message>
    <message>
        <source>Rule settings changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramètres des règles modifiés</translation>
    </message>
    <message>
        <source>The scenario to compare the shown one with; the cards mark what changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le scénario à comparer à celui affiché ; les cartes signalent ce qui a changé</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparer avec :</translation>
    </message>
    <message>
        <source>Nothing (compare mode off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rien (comparaison désactivée)</translation>
    </message>
    <message>
        <source>Choose a scenario to see what changed since it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Choisissez un scénario pour voir ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>Nothing differs from {0}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rien ne diffère de {0}.</translation>
    </message>
    <message>
        <source>Against {0}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Par rapport à {0} : </translation>
    </message>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Poste</translation>
    </message>
    <message>
        <source>, {0} listed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>, {0} affichés</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>1 unresolved conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 conflit non résolu</translation>
    </message>
    <message>
        <source>%n unresolved conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%n conflits non résolus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Edit conflict</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le conflit</translation>
    </message>
    <message>
        <source>Place:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Emplacement :</translation>
    </message>
    <message>
        <source>Why:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Base:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Base :</translation>
    </message>
    <message>
        <source>Ours:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La nôtre :</translation>
    </message>
    <message>
        <source>Theirs:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La leur :</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conserver :</translation>
    </message>
    <message>
        <source>Keep (JSON):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conserver (JSON) :</translation>
    </message>
    <message>
        <source>that is not JSON: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce n&apos;est pas du JSON : </translation>
    </message>
    <message>
        <source>Place</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Base</translation>
    </message>
    <message>
        <source>Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La nôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Now</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>Take &amp;Ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Prendre la &amp;nôtre</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Put our branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mettre en place la valeur de notre branche (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Put their branch&apos;s value in place (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mettre en place la valeur de leur branche (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Type the value to keep (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Taper la valeur à conserver (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>No merge conflicts: nothing to decide.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucun conflit de fusion : rien à trancher.</translation>
    </message>
    <message>
        <source>: choose each one&apos;s value. Saving keeps those not decided yet.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> : choisissez la valeur de chacun. L&apos;enregistrement conserve ceux qui ne sont pas encore tranchés.</translation>
    </message>
</context>
<context>
    <name>CostPanel</name>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>This scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ce scénario</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation</translation>
    </message>
    <message>
        <source>not cost neutral</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pas neutre sur le plan des coûts</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>This is the baseline: {0} {1} a year.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ceci est la situation de référence : {0} {1} par an.</translation>
    </message>
    <message>
        <source>✗ Not cost neutral ({0} a year): {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✗ Pas neutre sur le plan des coûts ({0} par an) : {1}</translation>
    </message>
    <message>
        <source>✓ Cost neutral: every funding source costs what the baseline cost ({0} a year).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>✓ Neutre sur le plan des coûts : chaque source de financement coûte ce qu&apos;elle coûtait dans la situation de référence ({0} par an).</translation>
    </message>
    <message>
        <source>All funding sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Toutes les sources de financement</translation>
    </message>
</context>
<context>
    <name>CostSummaryDialog</name>
    <message>
        <source>Cost Summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Récapitulatif des coûts</translation>
    </message>
    <message>
        <source>Grade pyramid: baseline against</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pyramide des classes : référence par rapport à</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Any source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Toute source</translation>
    </message>
    <message>
        <source>Every duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tous les lieux d&apos;affectation</translation>
    </message>
    <message>
        <source>not said</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Where the costs come from (a budget document, a year)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Origine des coûts (document budgétaire, année)</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Monnaie :</translation>
    </message>
    <message>
        <source>Cost &amp;year:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Année des coûts :</translation>
    </message>
    <message>
        <source>&amp;Source or note:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Source ou note :</translation>
    </message>
    <message>
        <source>Annual standard cost per post. A cost under a funding source applies to that source&apos;s posts and wins over the cost for any source; leave a cell empty for no cost.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coût standard annuel par poste. Un coût sous une source de financement s&apos;applique aux postes de cette source et prime sur le coût pour toute source ; laissez une cellule vide pour aucun coût.</translation>
    </message>
    <message>
        <source>Costs at duty s&amp;tation:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coû&amp;ts au lieu d&apos;affectation :</translation>
    </message>
    <message>
        <source>A post costs its station&apos;s cost for its grade and source, else the cost for every station and its source, else its station&apos;s cost for any source, else the cost for every station and any source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un poste coûte le coût de son lieu d&apos;affectation pour sa classe et sa source, à défaut le coût de tous les lieux pour sa source, à défaut le coût de son lieu pour toute source, à défaut le coût de tous les lieux pour toute source.</translation>
    </message>
    <message>
        <source>{0}, at {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}, à {1}</translation>
    </message>
    <message>
        <source>the cost of {0} is not a whole number ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le coût de {0} n&apos;est pas un nombre entier ({1})</translation>
    </message>
    <message>
        <source>a cost year is a number such as 2018, or empty</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une année des coûts est un nombre comme 2018, ou reste vide</translation>
    </message>
</context>
<context>
    <name>DesignPropertiesDialog</name>
    <message>
        <source>Design Properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Propriétés de la conception</translation>
    </message>
    <message>
        <source>Scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Descriptions des scénarios</translation>
    </message>
</context>
<context>
    <name>DesignSettingsDialog</name>
    <message>
        <source>Design Settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramètres de la conception</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>{0} has changes that are not saved. Save them?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le fichier a changé sur le disque</translation>
    </message>
    <message>
        <source>{0} was changed by another program or person since you opened or saved it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} a été modifié par un autre programme ou une autre personne depuis que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <source>Overwrite replaces their version with yours (it is kept as the backup file ending in ~). Save As keeps both.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Écraser remplace leur version par la vôtre (elle est conservée dans la copie de sauvegarde finissant par ~). Enregistrer sous garde les deux.</translation>
    </message>
    <message>
        <source>The file is read-only</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le fichier est en lecture seule</translation>
    </message>
    <message>
        <source>{0} is marked read-only: someone meant it to stay as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} est en lecture seule : quelqu&apos;un a voulu qu&apos;il reste tel quel.</translation>
    </message>
    <message>
        <source>Overwrite replaces it anyway (the old version is kept as the backup file ending in ~, and the file stays read-only). Save As writes a new file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Écraser le remplace quand même (l&apos;ancienne version est conservée dans la copie de sauvegarde finissant par ~, et le fichier reste en lecture seule). Enregistrer sous écrit un nouveau fichier.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregistrer sous…</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>Organisation designs ({0});;All files (*)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Structures organisationnelles ({0});;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The templates cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible de lire les modèles</translation>
    </message>
    <message>
        <source>Opening {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouverture de {0}</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible d&apos;ouvrir ce fichier</translation>
    </message>
    <message>
        <source>This file cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible de lire ce fichier</translation>
    </message>
    <message>
        <source>Laying out and drawing the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mise en page et dessin de l&apos;organigramme…</translation>
    </message>
    <message>
        <source>Opened {0}; {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} ouvert ; {1}</translation>
    </message>
    <message>
        <source>Save design as</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregistrer la conception sous</translation>
    </message>
    <message>
        <source>The design was not saved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La conception n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>{0}. The design is still open and unsaved; try again, or choose another folder with Save As.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0}. La conception est toujours ouverte et non enregistrée ; réessayez ou choisissez un autre dossier avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <source>The untitled design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La structure sans titre</translation>
    </message>
    <message>
        <source>Open design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouvrir une conception</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>orgeditor met an unexpected error and stopped what it was doing. The design is still open.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor a rencontré une erreur inattendue et a arrêté ce qu&apos;il faisait. La conception est toujours ouverte.</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copier les détails</translation>
    </message>
</context>
<context>
    <name>FileHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Date</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Message</translation>
    </message>
    <message>
        <source>What changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>…</translation>
    </message>
    <message>
        <source>Each commit against the one before it. Choose one to compare the chart with it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque commit par rapport au précédent. Choisissez-en un pour y comparer l&apos;organigramme.</translation>
    </message>
    <message>
        <source>&amp;Compare with This Version</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Comparer avec cette version</translation>
    </message>
    <message>
        <source>the design was removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception a été supprimée</translation>
    </message>
    <message>
        <source>nothing in the design changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rien n&apos;a changé dans la conception</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Information</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Group by severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grouper par gravité</translation>
    </message>
    <message>
        <source>Group by rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grouper par règle</translation>
    </message>
    <message>
        <source>Group by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grouper par unité</translation>
    </message>
    <message>
        <source>Whole design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Toute la conception</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer les constatations</translation>
    </message>
    <message>
        <source>Filter by rule, unit or words</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer par règle, unité ou mots</translation>
    </message>
    <message>
        <source>Show only the findings whose rule, units or text contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>N&apos;afficher que les constatations dont la règle, les unités ou le texte contiennent chaque mot</translation>
    </message>
    <message>
        <source>Group findings by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grouper les constatations par</translation>
    </message>
    <message>
        <source>Group the findings by severity, by rule or by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Grouper les constatations par gravité, par règle ou par unité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Apply fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Apply the fix shown for the selected finding (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Appliquer la correction indiquée pour la constatation sélectionnée (annulable)</translation>
    </message>
    <message>
        <source>Turn off this rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Désactiver cette règle</translation>
    </message>
    <message>
        <source>Turn off this rule for this design (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Désactiver cette règle pour cette conception (annulable)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Suggested fix: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Correction proposée : {0}</translation>
    </message>
    <message>
        <source>Turn off {0} for this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Désactiver {0} pour cette conception</translation>
    </message>
</context>
<context>
    <name>FirstStart</name>
    <message>
        <source>Add orgeditor to this desktop?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter orgeditor à ce bureau ?</translation>
    </message>
    <message>
        <source>Add orgeditor to the applications menu and open .orgdesign files with it?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter orgeditor au menu des applications et ouvrir les fichiers .orgdesign avec lui ?</translation>
    </message>
    <message>
        <source>A double-click on a design then opens it here. You are asked only once: to change it later, start orgeditor with --install-desktop or --uninstall-desktop.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un double-clic sur une conception l&apos;ouvrira alors ici. La question n&apos;est posée qu&apos;une fois : pour changer d&apos;avis plus tard, lancez orgeditor avec --install-desktop ou --uninstall-desktop.</translation>
    </message>
    <message>
        <source>The desktop&apos;s files cannot be written: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les fichiers du bureau ne peuvent pas être écrits : {0}</translation>
    </message>
</context>
<context>
    <name>FundingPartsEditor</name>
    <message>
        <source>Whole source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source entière</translation>
    </message>
    <message>
        <source>Each part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque composante</translation>
    </message>
    <message>
        <source>New &amp;Part</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle &amp;partie</translation>
    </message>
    <message>
        <source>Delete P&amp;art…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer l&amp;a partie…</translation>
    </message>
    <message>
        <source>Cost &amp;neutrality checked for:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Neutralité des coûts vérifiée pour :</translation>
    </message>
    <message>
        <source>Parts (posts and cost rates may name a part):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Parties (les postes et les taux de coût peuvent nommer une partie) :</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>&lt;as opened&gt;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&lt;à l&apos;ouverture&gt;</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Select a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez une unité</translation>
    </message>
    <message>
        <source>department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>département</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureau</translation>
    </message>
    <message>
        <source>structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>structure</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>division</translation>
    </message>
    <message>
        <source>service</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>service</translation>
    </message>
    <message>
        <source>branch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sous-division</translation>
    </message>
    <message>
        <source>section</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>section</translation>
    </message>
    <message>
        <source>unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>groupe</translation>
    </message>
    <message>
        <source>team</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>équipe</translation>
    </message>
    <message>
        <source>field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>présence sur le terrain</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe</translation>
    </message>
    <message>
        <source>peacekeeping operation</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>opération de maintien de la paix</translation>
    </message>
    <message>
        <source>special political mission</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>mission politique spéciale</translation>
    </message>
    <message>
        <source>regional office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureau régional</translation>
    </message>
    <message>
        <source>envoy</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>political process office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureau d&apos;appui au processus politique</translation>
    </message>
    <message>
        <source>other</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>autre</translation>
    </message>
    <message>
        <source>dual</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>double</translation>
    </message>
    <message>
        <source>dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>en pointillé</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe du chef</translation>
    </message>
    <message>
        <source>Region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Région</translation>
    </message>
    <message>
        <source>Duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Présence sur le terrain</translation>
    </message>
    <message>
        <source>Lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département chef de file</translation>
    </message>
    <message>
        <source>Backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Appuyé par</translation>
    </message>
    <message>
        <source>Entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Point d&apos;entrée pour</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Justification</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Caption</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Condition</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Add line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>The unit the new line goes to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité vers laquelle va la nouvelle ligne</translation>
    </message>
    <message>
        <source>Line to unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ligne vers l&apos;unité</translation>
    </message>
    <message>
        <source>Line kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <source>Dual (dashed) or dotted reporting line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ligne de rattachement double (tirets) ou pointillée</translation>
    </message>
    <message>
        <source>Add a line of the chosen kind to the chosen unit (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une ligne du type choisi vers l&apos;unité choisie (annulable)</translation>
    </message>
    <message>
        <source>Remove the selected lines (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer les lignes sélectionnées (annulable)</translation>
    </message>
    <message>
        <source>Dual and dotted lines from this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lignes doubles et pointillées partant de cette unité</translation>
    </message>
    <message>
        <source>The unit&apos;s full name, as the chart shows it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le nom complet de l&apos;unité, tel que l&apos;organigramme l&apos;affiche</translation>
    </message>
    <message>
        <source>An abbreviation (DPPA, EAD), shown under the name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un sigle (DPPA, EAD), affiché sous le nom</translation>
    </message>
    <message>
        <source>Department, office, division, section … (the card&apos;s colour)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département, bureau, division, section… (la couleur de la carte)</translation>
    </message>
    <message>
        <source>The grade of the post that heads the unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La classe du poste qui dirige l&apos;unité</translation>
    </message>
    <message>
        <source>The region the unit covers, if any</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La région que couvre l&apos;unité, le cas échéant</translation>
    </message>
    <message>
        <source>The duty station: it sets the posts&apos; standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le lieu d&apos;affectation : il fixe les coûts standard des postes</translation>
    </message>
    <message>
        <source>For a field presence: mission, office or centre</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pour une présence sur le terrain : mission, bureau ou centre</translation>
    </message>
    <message>
        <source>The department that leads this field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le département chef de file de cette présence sur le terrain</translation>
    </message>
    <message>
        <source>The unit at headquarters that backstops this one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité du Siège qui appuie celle-ci</translation>
    </message>
    <message>
        <source>The regions or segments this unit is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les régions ou segments dont cette unité est le point d&apos;entrée</translation>
    </message>
    <message>
        <source>The functions the unit performs (ticked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les fonctions qu&apos;exerce l&apos;unité (cochées)</translation>
    </message>
    <message>
        <source>A note shown in the card&apos;s tooltip and in reports</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une note affichée dans l&apos;info-bulle de la carte et dans les rapports</translation>
    </message>
    <message>
        <source>Why the unit exists or changes, for the proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pourquoi l&apos;unité existe ou change, pour la proposition</translation>
    </message>
    <message>
        <source>The document that establishes it, e.g. ST/SGB/2009/13</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le document qui la crée, p. ex. ST/SGB/2009/13</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Se&amp;ttings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramè&amp;tres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default ({0})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The interface will be in {0} the next time orgeditor starts.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;interface sera en {0} au prochain démarrage d&apos;orgeditor.</translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <source>new since the compared scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nouveau depuis le scénario comparé</translation>
    </message>
    <message>
        <source>takes over from a unit that went</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reprend une unité disparue</translation>
    </message>
    <message>
        <source>under another parent than before</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sous une autre unité supérieure qu&apos;avant</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>renommé</translation>
    </message>
    <message>
        <source>fields or posts changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>champs ou postes modifiés</translation>
    </message>
    <message>
        <source>errors of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>erreurs des règles (nombre)</translation>
    </message>
    <message>
        <source>warnings of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>avertissements des règles (nombre)</translation>
    </message>
    <message>
        <source>notes of the rules (how many)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>remarques des règles (nombre)</translation>
    </message>
    <message>
        <source>Unit colours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Couleurs des unités</translation>
    </message>
    <message>
        <source>Lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>reports to (primary line)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>relève de (rattachement principal)</translation>
    </message>
    <message>
        <source>dual reporting line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>double rattachement (la légende dit quand)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne pointillée</translation>
    </message>
    <message>
        <source>Badges</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Pastilles</translation>
    </message>
    <message>
        <source>Compare marks (View &gt; Compare with Baseline)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marques de comparaison (Affichage &gt; Comparer avec la situation de référence)</translation>
    </message>
    <message>
        <source>+N under a card: N sub-units are collapsed (double-click to show them).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>+N sous une carte : N sous-unités sont masquées (double-cliquez pour les afficher).</translation>
    </message>
</context>
<context>
    <name>LegibleChoice</name>
    <message>
        <source>Use one sheet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Utiliser une feuille {0} à {1} %</translation>
    </message>
    <message>
        <source>Use tiles on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Utiliser des tuiles sur {0} à {1} %</translation>
    </message>
    <message>
        <source>Use a booklet on {0} at {1}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Utiliser un livret sur {0} à {1} %</translation>
    </message>
    <message>
        <source>{0} portrait</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} portrait</translation>
    </message>
    <message>
        <source>{0} landscape</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} paysage</translation>
    </message>
    <message>
        <source>{0}: 1 sheet, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : 1 feuille, plus petit texte {2} pt</translation>
    </message>
    <message>
        <source>{0}: {1} sheets, smallest text {2} pt</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : {1} feuilles, plus petit texte {2} pt</translation>
    </message>
    <message>
        <source>Smallest text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plus petit texte</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt at 100% (an image is drawn at full size)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plus petit texte : {0} pt à 100 % (une image est dessinée en taille réelle)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt (1 page at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plus petit texte : {0} pt (1 page à {1} %)</translation>
    </message>
    <message>
        <source>Smallest text: {0} pt ({2} pages at {1}%)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plus petit texte : {0} pt ({2} pages à {1} %)</translation>
    </message>
    <message>
        <source>{0}: under {1} pt, hard to read. Instead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : moins de {1} pt, difficile à lire. À la place :</translation>
    </message>
</context>
<context>
    <name>MainToolbar</name>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisation chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organigramme</translation>
    </message>
    <message>
        <source>Chart canvas: arrows move between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Zone de l&apos;organigramme : les flèches passent d&apos;une unité à l&apos;autre</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>History</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Legend</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Légende</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregi&amp;strer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouv&amp;rir un fichier récent</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ouvrir un exemple</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Exporter l&apos;organigramme…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Expo&amp;rter un rapport…</translation>
    </message>
    <message>
        <source>Post, redeployment, cost or change tables as XLSX, CSV, HTML or PDF</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tableaux des postes, des redéploiements, des coûts ou des changements en XLSX, CSV, HTML ou PDF</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Échange</translation>
    </message>
    <message>
        <source>&amp;Import Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Importer des unités et des postes…</translation>
    </message>
    <message>
        <source>Merge units and posts from CSV or XLSX into this scenario (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fusionner dans ce scénario les unités et les postes d&apos;un fichier CSV ou XLSX (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Write Import &amp;Template…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer un modèle d&apos;impor&amp;tation…</translation>
    </message>
    <message>
        <source>Export &amp;Units and Posts…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter les &amp;unités et les postes…</translation>
    </message>
    <message>
        <source>Export &amp;GraphML…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter en &amp;GraphML…</translation>
    </message>
    <message>
        <source>Auto&amp;save Every…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregi&amp;strement automatique…</translation>
    </message>
    <message>
        <source>How often a recovery copy of unsaved changes is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fréquence de la copie de récupération des modifications non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Add Unit Below…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ajouter une unité subordonnée…</translation>
    </message>
    <message>
        <source>&amp;Delete Units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer les unités</translation>
    </message>
    <message>
        <source>&amp;Move To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Se&amp;lect</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sé&amp;lectionner</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Z&amp;oom arrière</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajuster à la &amp;fenêtre</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>T&amp;aille réelle</translation>
    </message>
    <message>
        <source>&amp;Compact Layout</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Disposition &amp;compacte</translation>
    </message>
    <message>
        <source>Align Rows by &amp;Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ali&amp;gner les rangées par classe</translation>
    </message>
    <message>
        <source>&amp;Expand All</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tout dév&amp;elopper</translation>
    </message>
    <message>
        <source>Compare with &amp;Baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Comparer avec la situation de référence</translation>
    </message>
    <message>
        <source>Mark what is new, moved or changed against the baseline, and list it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marquer et énumérer ce qui est nouveau, déplacé ou modifié par rapport à la situation de référence</translation>
    </message>
    <message>
        <source>Cost &amp;Summary…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Récapitulatif de&amp;s coûts…</translation>
    </message>
    <message>
        <source>Cost per funding source of every scenario, and a grade pyramid</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coût par source de financement de chaque scénario, et pyramide des classes</translation>
    </message>
    <message>
        <source>&amp;Design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Conception</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramètre&amp;s…</translation>
    </message>
    <message>
        <source>Grades, standard costs, funding sources, functions, department roles, rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classes, coûts standard, sources de financement, fonctions, rôles des départements, règles</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Title, author, description and provenance notes; scenario descriptions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Titre, auteur, description et notes de provenance ; descriptions des scénarios</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>G&amp;uide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Règles</translation>
    </message>
    <message>
        <source>&amp;About {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;À propos de {0}</translation>
    </message>
    <message>
        <source>Find a unit (Ctrl+F)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rechercher une unité (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rechercher une unité</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name, then Return for the next match</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tapez une partie du nom d&apos;une unité, puis Entrée pour le résultat suivant</translation>
    </message>
    <message>
        <source>Checking the rules…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Vérification des règles…</translation>
    </message>
    <message>
        <source>{0} errors, {1} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Erreurs : {0}, avertissements : {1}</translation>
    </message>
    <message>
        <source>Not done: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Non effectué : {0}</translation>
    </message>
    <message>
        <source>Cost change: {0} {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation des coûts : {0} {1}</translation>
    </message>
    <message>
        <source>Cost change: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation des coûts : {0}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Autosave</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregistrement automatique</translation>
    </message>
    <message>
        <source>Keep a recovery copy of unsaved changes every (minutes; 0: never):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conserver une copie de récupération des modifications non enregistrées toutes les (minutes ; 0 : jamais) :</translation>
    </message>
    <message>
        <source>Select the unit to add a unit below</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez l&apos;unité sous laquelle ajouter une unité</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une unité</translation>
    </message>
    <message>
        <source>Name of the new unit:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom de la nouvelle unité :</translation>
    </message>
    <message>
        <source>Select the units to move first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez d&apos;abord les unités à déplacer</translation>
    </message>
    <message>
        <source>No unit matches “{0}”</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune unité ne correspond à « {0} »</translation>
    </message>
    <message>
        <source>{0} of {1}: </source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} sur {1} : </translation>
    </message>
    <message>
        <source>Copy scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copier le scénario</translation>
    </message>
    <message>
        <source>Name of the new proposal:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom de la nouvelle proposition :</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} (copie)</translation>
    </message>
</context>
<context>
    <name>MapToDialog</name>
    <message>
        <source>Delete {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer {0}</translation>
    </message>
    <message>
        <source>&amp;Map and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Re&amp;mplacer et supprimer</translation>
    </message>
    <message>
        <source>{0} is in use:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} est utilisé :</translation>
    </message>
    <message>
        <source>Everything that uses it will use the one chosen below instead, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tout ce qui l&apos;utilise utilisera à la place l&apos;élément choisi ci-dessous, en une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>Map to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Remplacer par :</translation>
    </message>
</context>
<context>
    <name>MiniMap</name>
    <message>
        <source>Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mini-carte</translation>
    </message>
    <message>
        <source>The whole chart: click or drag to move the view there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;organigramme entier : cliquez ou faites glisser pour y déplacer la vue</translation>
    </message>
    <message>
        <source>&amp;Mini-map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Mini-carte</translation>
    </message>
    <message>
        <source>Show the whole chart small in the canvas&apos;s corner</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Afficher l&apos;organigramme entier en petit dans le coin de la zone de dessin</translation>
    </message>
</context>
<context>
    <name>MoveToDialog</name>
    <message>
        <source>Move to…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacer vers…</translation>
    </message>
    <message>
        <source>Type to filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tapez pour filtrer les unités</translation>
    </message>
    <message>
        <source>Move {0} under:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacer {0} sous :</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer les unités</translation>
    </message>
    <message>
        <source>New parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle unité supérieure</translation>
    </message>
</context>
<context>
    <name>NamesBox</name>
    <message>
        <source>Names in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Noms dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>The unit&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le nom et le nom court de l&apos;entité dans chaque langue de la conception</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom abrégé</translation>
    </message>
    <message>
        <source>Type a name to add it; empty the name to remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Saisissez un nom pour l&apos;ajouter ; videz-le pour le retirer</translation>
    </message>
    <message>
        <source>Language tag, e.g. ru or pt-BR</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Étiquette de langue, p. ex. ru ou pt-BR</translation>
    </message>
    <message>
        <source>A BCP 47 language tag for a new row of names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une étiquette de langue BCP 47 pour une nouvelle ligne de noms</translation>
    </message>
    <message>
        <source>Add Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <source>Add a row for names in this language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une ligne de noms dans cette langue</translation>
    </message>
    <message>
        <source>{0} is the design&apos;s own language: edit the name above</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} est la langue propre de la conception : modifiez le nom ci-dessus</translation>
    </message>
    <message>
        <source>A short name needs a name in the same language.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un nom court exige un nom dans la même langue.</translation>
    </message>
</context>
<context>
    <name>NewDesignDialog</name>
    <message>
        <source>New design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouvelle conception</translation>
    </message>
    <message>
        <source>Create</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Start the new design from:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commencer la nouvelle conception à partir de :</translation>
    </message>
</context>
<context>
    <name>PostsBox</name>
    <message>
        <source>Post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Funding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Select several rows (Ctrl, Shift) to act on them at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sélectionnez plusieurs lignes (Ctrl, Maj) pour agir sur toutes à la fois</translation>
    </message>
    <message>
        <source>Filter posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer les postes</translation>
    </message>
    <message>
        <source>Filter posts by id, grade, funding or title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer les postes par numéro, classe, financement ou titre</translation>
    </message>
    <message>
        <source>Show only the posts whose id, grade, funding or title contain every word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>N&apos;afficher que les postes dont le numéro, la classe, le financement ou le titre contiennent tous les mots</translation>
    </message>
    <message>
        <source>The grade of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La classe du poste à créer</translation>
    </message>
    <message>
        <source>The funding source of the post to establish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La source de financement du poste à créer</translation>
    </message>
    <message>
        <source>The grade to reclassify the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La classe à laquelle reclasser les postes sélectionnés</translation>
    </message>
    <message>
        <source>The funding source to move the selected posts to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La source de financement vers laquelle transférer les postes sélectionnés</translation>
    </message>
    <message>
        <source>Establish post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer un poste</translation>
    </message>
    <message>
        <source>Establish a new post in this unit at the grade and funding chosen</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer un nouveau poste dans cette unité, à la classe et avec le financement choisis</translation>
    </message>
    <message>
        <source>Reclassify selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasser la sélection</translation>
    </message>
    <message>
        <source>Reclassify the selected posts to the grade chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasser les postes sélectionnés à la classe choisie (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Change funding of selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changer le financement de la sélection</translation>
    </message>
    <message>
        <source>Fund the selected posts from the source chosen (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Financer les postes sélectionnés par la source choisie (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>Redeploy To…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployer vers…</translation>
    </message>
    <message>
        <source>Redeploy the selected posts to a unit you pick (or drag the rows)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployer les postes sélectionnés vers une unité choisie (ou faire glisser les lignes)</translation>
    </message>
    <message>
        <source>Abolish selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Abolish the selected posts (one undo step)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer les postes sélectionnés (une seule étape d&apos;annulation)</translation>
    </message>
    <message>
        <source>The selected post&apos;s title in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le titre du poste sélectionné dans chaque langue de la conception</translation>
    </message>
    <message>
        <source>Language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Title of post {0} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Titre du poste {0} dans d&apos;autres langues</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print — {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Imprimer — {0}</translation>
    </message>
</context>
<context>
    <name>PromiseFields</name>
    <message>
        <source>PBSO&apos;s components: pbc-branch, ppab, fpb</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Composantes du PBSO : pbc-branch, ppab, fpb</translation>
    </message>
    <message>
        <source>pbso=ASG, oma=ASG</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pbso=ASG, oma=ASG</translation>
    </message>
    <message>
        <source>A unit&apos;s head grade is that of its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La classe du chef d&apos;une unité est celle de son poste le plus élevé</translation>
    </message>
    <message>
        <source>A field presence sits under its lead department on the chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une présence sur le terrain figure sous son département chef de file dans l&apos;organigramme</translation>
    </message>
    <message>
        <source>not set</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Groups kept &amp;together:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Groupes à garder &amp;ensemble :</translation>
    </message>
    <message>
        <source>Required &amp;head grades:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classes de &amp;chef requises :</translation>
    </message>
    <message>
        <source>Fewest entry-point &amp;holders:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre minimal de &amp;points d&apos;entrée :</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Autosave failed: {0}: {1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Échec de l&apos;enregistrement automatique : {0} : {1}</translation>
    </message>
    <message>
        <source>Restore unsaved changes?</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Restaurer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>orgeditor did not close normally. It kept a recovery copy, with the changes that were not saved, made at {0}, of:

{1}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>orgeditor ne s&apos;est pas fermé normalement. Il a conservé une copie de récupération, avec les modifications non enregistrées, faite le {0}, de :

{1}</translation>
    </message>
    <message>
        <source>Restore opens the copy as an unsaved design; save it to keep it. Discard deletes the copy. Decide Later asks again at the next start.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Restaurer ouvre la copie comme conception non enregistrée ; enregistrez-la pour la conserver. Abandonner supprime la copie. Décider plus tard redemande au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Decide Later</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>The recovery copy cannot be opened</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible d&apos;ouvrir la copie de récupération</translation>
    </message>
    <message>
        <source>Restored the recovery copy of {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copie de récupération de {0} restaurée</translation>
    </message>
</context>
<context>
    <name>RedeployDialog</name>
    <message>
        <source>Redeploy To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployer vers</translation>
    </message>
    <message>
        <source>Type part of a unit&apos;s name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tapez une partie du nom d&apos;une unité</translation>
    </message>
    <message>
        <source>Redeploy 1 post to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployer 1 poste vers :</translation>
    </message>
    <message>
        <source>Redeploy {0} posts to:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployer {0} postes vers :</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité de tête</translation>
    </message>
    <message>
        <source>Every mapped department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tous les départements associés</translation>
    </message>
    <message>
        <source>Department role…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôle de département…</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bureau exécutif</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Structure commune</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Groupe des hauts responsables</translation>
    </message>
    <message>
        <source>Unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité…</translation>
    </message>
    <message>
        <source>Department role: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôle de département : {0}</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité : {0}</translation>
    </message>
</context>
<context>
    <name>RenameScenarioDialog</name>
    <message>
        <source>Rename scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer le scénario</translation>
    </message>
    <message>
        <source>The scenario&apos;s name and short name in each language of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le nom et le nom court du scénario dans chaque langue de la conception</translation>
    </message>
    <message>
        <source>New name:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouveau nom :</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Table</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>From</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>À</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Format</translation>
    </message>
    <message>
        <source>The cost summary compares the first scenario with every other one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le récapitulatif des coûts compare le premier scénario à chacun des autres</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>The report was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le rapport n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Wrote {0} ({1})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} écrit ({1})</translation>
    </message>
    <message>
        <source>Export report</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The tables cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible de lire les tableaux</translation>
    </message>
    <message>
        <source>{0} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} pages</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>CSV, valeurs séparées par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>PDF, printable pages (*.pdf)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>PDF, pages imprimables (*.pdf)</translation>
    </message>
    <message>
        <source>{0}: 1 problem (first: {1}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : 1 problème (le premier : {1}). Corrigez les lignes et importez de nouveau ; Afficher les détails les énumère tous.</translation>
    </message>
    <message>
        <source>{0}: {1} problems (first: {2}). Correct the rows and import again; Show Details lists every one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : {1} problèmes (le premier : {2}). Corrigez les lignes et importez de nouveau ; Afficher les détails les énumère tous.</translation>
    </message>
    <message>
        <source>Imported {0} into {1}: {2} units, {3} posts (Undo takes it back)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} importé dans {1} : {2} unités, {3} postes (Annuler revient en arrière)</translation>
    </message>
    <message>
        <source>Import units and posts into {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Importer des unités et des postes dans {0}</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tableaux (*.xlsx *.csv);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Write import template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer un modèle d&apos;importation</translation>
    </message>
    <message>
        <source>Export units and posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter les unités et les postes</translation>
    </message>
    <message>
        <source>Export GraphML</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter en GraphML</translation>
    </message>
    <message>
        <source>The file was not written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le fichier n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exporter l&apos;organigramme</translation>
    </message>
    <message>
        <source>Exporting the chart…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportation de l&apos;organigramme…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Exportation annulée ; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>The chart was not exported</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;organigramme n&apos;a pas été exporté</translation>
    </message>
    <message>
        <source>; {0} units without a name in the chart language</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> ; {0} unités sans nom dans la langue de l&apos;organigramme</translation>
    </message>
    <message>
        <source>Exported {0} ({1}){2}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} exporté ({1}){2}</translation>
    </message>
</context>
<context>
    <name>RuleParameters</name>
    <message>
        <source>no limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune limite</translation>
    </message>
</context>
<context>
    <name>RuleParametersPage</name>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Opérations de maintien de la paix</translation>
    </message>
    <message>
        <source>Special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Missions politiques spéciales</translation>
    </message>
    <message>
        <source>Regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bureaux régionaux</translation>
    </message>
    <message>
        <source>Envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Political process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bureaux d&apos;appui aux processus politiques</translation>
    </message>
    <message>
        <source>Other field presences</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Autres présences sur le terrain</translation>
    </message>
    <message>
        <source>&amp;Senior grade (from):</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe &amp;supérieure (à partir de) :</translation>
    </message>
    <message>
        <source>&amp;Entry-point grade:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe du &amp;point d&apos;entrée :</translation>
    </message>
    <message>
        <source>&amp;Gender function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonction &amp;genre :</translation>
    </message>
    <message>
        <source>Peacebuilding &amp;Fund function:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonction &amp;Fonds pour la consolidation de la paix :</translation>
    </message>
    <message>
        <source>Missions that name &amp;no lead:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Missions &amp;sans chef de file désigné :</translation>
    </message>
    <message>
        <source>Cost &amp;tolerance:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Tolérance de coût :</translation>
    </message>
    <message>
        <source>Largest s&amp;pan of control:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Étendue de contrôle maximale :</translation>
    </message>
    <message>
        <source>Most &amp;layers below the top:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nombre maximal de &amp;niveaux sous le sommet :</translation>
    </message>
    <message>
        <source>Limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Functions the rules watch</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonctions surveillées par les règles</translation>
    </message>
    <message>
        <source>Lead department role by field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôle du département chef de file par présence sur le terrain</translation>
    </message>
    <message>
        <source>the tolerance is a whole amount, such as 0</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la tolérance est un montant entier, comme 0</translation>
    </message>
    <message>
        <source>Promises the rules check</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Engagements que vérifient les règles</translation>
    </message>
    <message>
        <source>Department whose dual line names each field presence</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département dont la ligne double désigne chaque présence sur le terrain</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} :</translation>
    </message>
</context>
<context>
    <name>RuleSwitchesPage</name>
    <message>
        <source>{0} reports at {1} unless changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} signale au niveau {1} sauf modification</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>In this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dans cette conception</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Untick a rule to stop checking it in this design; its findings are listed as skipped. The severity is the one its findings report at. Both are saved in the file.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Décochez une règle pour ne plus la vérifier dans cette structure ; ses constats sont indiqués comme ignorés. La gravité est celle à laquelle ses constats sont signalés. Les deux sont enregistrées dans le fichier.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Title</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Titre</translation>
    </message>
    <message>
        <source>On</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Severity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Copy…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copier…</translation>
    </message>
    <message>
        <source>Create a proposal as a copy of the selected scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer une proposition à partir d&apos;une copie du scénario sélectionné</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Rename the selected scenario (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer le scénario sélectionné (annulable)</translation>
    </message>
    <message>
        <source>Delete the selected proposal (undoable; the baseline stays)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer la proposition sélectionnée (annulable ; la situation de référence reste)</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>référence</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>proposition</translation>
    </message>
</context>
<context>
    <name>SegmentFields</name>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Segments</translation>
    </message>
    <message>
        <source>The {0} this unit belongs to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Appartenance de cette unité ({0})</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>(any grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(toute classe)</translation>
    </message>
    <message>
        <source>A segment kind is a list the organisation is divided by: regions, client groups, sectors. Units belong to an item and may be its entry point (Inspector, Segments). When a kind needs one entry point, the rules ask for exactly one per item.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un type de segment est une liste selon laquelle l&apos;organisation est divisée : régions, groupes de clients, secteurs. Les unités appartiennent à un élément et peuvent en être le point d&apos;entrée (Inspecteur, Segments). Lorsqu&apos;un type exige un point d&apos;entrée, les règles en demandent exactement un par élément.</translation>
    </message>
    <message>
        <source>Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Points d&apos;entrée</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>&amp;New Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouveau type</translation>
    </message>
    <message>
        <source>&amp;Delete Kind…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Supprimer le type…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>singular, such as client group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>au singulier, par exemple groupe de clients</translation>
    </message>
    <message>
        <source>Each item needs one &amp;entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaqu&amp;e élément a besoin d&apos;un point d&apos;entrée</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Singular name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom au &amp;singulier</translation>
    </message>
    <message>
        <source>Entry-point &amp;grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Classe du point d&apos;entrée</translation>
    </message>
    <message>
        <source>New &amp;Item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Nouvel élément</translation>
    </message>
    <message>
        <source>Delete I&amp;tem…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer l&apos;élémen&amp;t…</translation>
    </message>
    <message>
        <source>Item U&amp;p</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Élément vers le haut</translation>
    </message>
    <message>
        <source>Item D&amp;own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Élément vers le bas</translation>
    </message>
    <message>
        <source>Items:</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Éléments :</translation>
    </message>
    <message>
        <source>region (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>région (intégrée)</translation>
    </message>
    <message>
        <source>one per item</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un par élément</translation>
    </message>
    <message>
        <source>not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Type de segment {0}</translation>
    </message>
    <message>
        <source>New segment kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouveau type de segment</translation>
    </message>
    <message>
        <source>Regions (built in)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Régions (intégrées)</translation>
    </message>
    <message>
        <source>Delete segment kind {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer le type de segment {0}</translation>
    </message>
    <message>
        <source>Segment kind {0} is in use:
{1}

Deleting it takes these units out of it, in one step you can undo.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le type de segment {0} est utilisé :
{1}

Le supprimer en retire ces unités, en une seule étape que vous pouvez annuler.</translation>
    </message>
    <message>
        <source>&amp;Clear and Delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Effa&amp;cer et supprimer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Organes</translation>
    </message>
    <message>
        <source>Costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Funding Sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sources de financement</translation>
    </message>
    <message>
        <source>Functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Department Roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôles des départements</translation>
    </message>
    <message>
        <source>Duty Stations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lieux d&apos;affectation</translation>
    </message>
    <message>
        <source>Rule Parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramètres des règles</translation>
    </message>
    <message>
        <source>Rules</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Segments</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action or key</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer par action ou touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Show only the actions whose name or keys contain this text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>N&apos;afficher que les actions dont le nom ou les touches contiennent ce texte</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Start page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>&amp;Open a File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a design file from disk (Ctrl+O)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouvrir un fichier de conception sur le disque (Ctrl+O)</translation>
    </message>
    <message>
        <source>Start on the &amp;Blank Chart</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Commencer sur l&apos;organigramme vierge</translation>
    </message>
    <message>
        <source>Close this page and work on the untitled design (Esc)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fermer cette page et travailler sur la conception sans titre (Échap)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Open a sample</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <source>New from a template</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>{0}: double-click or press Return</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{0} : double-cliquez ou appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Welcome to orgeditor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bienvenue dans orgeditor</translation>
    </message>
    <message>
        <source>Open a design to work on, or start a new one. Help &gt; User Guide explains the chart, the rules and the keys.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ouvrez une conception ou commencez-en une nouvelle. Aide &gt; Guide de l&apos;utilisateur explique l&apos;organigramme, les règles et les touches.</translation>
    </message>
    <message>
        <source>The template cannot be read</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Impossible de lire le modèle</translation>
    </message>
</context>
<context>
    <name>SuccessionBox</name>
    <message>
        <source>same id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>même identifiant</translation>
    </message>
    <message>
        <source>declared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>inferred: same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>déduit : même nom</translation>
    </message>
    <message>
        <source>rejected: not succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rejeté : pas de succession</translation>
    </message>
    <message>
        <source>Succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Succède à</translation>
    </message>
    <message>
        <source>The baseline units whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les unités de référence dont les postes se poursuivent dans cette unité</translation>
    </message>
    <message>
        <source>Add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>A baseline unit whose posts continue in this unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité de référence dont les postes se poursuivent dans cette unité</translation>
    </message>
    <message>
        <source>Predecessor to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité précédente à ajouter</translation>
    </message>
    <message>
        <source>Add the chosen unit as a predecessor (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter l&apos;unité choisie comme unité précédente (annulable)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer les unités précédentes sélectionnées</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Confirm the inferred predecessors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Confirmer les unités précédentes déduites</translation>
    </message>
    <message>
        <source>Reject</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>This unit does not succeed the inferred unit of the same name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Cette unité ne succède pas à l&apos;unité homonyme déduite</translation>
    </message>
    <message>
        <source>Source: document and paragraph, or [I]</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source : document et paragraphe, ou [I]</translation>
    </message>
    <message>
        <source>Where the succession is stated: a document and paragraph, or [I] for inferred</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Où la succession est établie : un document et un paragraphe, ou [I] si elle est déduite</translation>
    </message>
    <message>
        <source>A baseline unit succeeds no earlier unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité de la situation de référence ne succède à aucune unité antérieure.</translation>
    </message>
    <message>
        <source>A new unit: its posts came by redeployment or establishment.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une nouvelle unité : ses postes proviennent de redéploiements ou de créations.</translation>
    </message>
    <message>
        <source>Inferred from the name: confirm it, or reject it if wrong.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déduit du nom : confirmez-le, ou rejetez-le s&apos;il est faux.</translation>
    </message>
    <message>
        <source>Posts that came from these units continue (not redeployed).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les postes venus de ces unités se poursuivent (sans redéploiement).</translation>
    </message>
    <message>
        <source>Choose a baseline unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Choisir une unité de référence…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <source>&amp;Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Typing</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Annuler : {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rétablir : {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rétablir</translation>
    </message>
</context>
<context>
    <name>UnitRolesBox</name>
    <message>
        <source>Top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité de tête</translation>
    </message>
    <message>
        <source>Shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Structure commune</translation>
    </message>
    <message>
        <source>Executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Bureau exécutif</translation>
    </message>
    <message>
        <source>Principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Groupe des hauts responsables</translation>
    </message>
    <message>
        <source>Role in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rôle dans ce scénario</translation>
    </message>
    <message>
        <source>Add member</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>The role this unit plays in this scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le rôle que joue cette unité dans ce scénario</translation>
    </message>
    <message>
        <source>The unit that chairs this body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité qui préside cet organe</translation>
    </message>
    <message>
        <source>A unit to add to this body&apos;s members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité à ajouter aux membres de cet organe</translation>
    </message>
    <message>
        <source>Member to add</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Membre à ajouter</translation>
    </message>
    <message>
        <source>Add the chosen unit to the members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter l&apos;unité choisie aux membres (annulable)</translation>
    </message>
    <message>
        <source>Remove the selected members (undoable)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer les membres sélectionnés (annulable)</translation>
    </message>
    <message>
        <source>Chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Présidence</translation>
    </message>
    <message>
        <source>Members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Plays</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Joue le rôle de</translation>
    </message>
    <message>
        <source>Choose a unit…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Choisir une unité…</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>User guide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>VersionCompare</name>
    <message>
        <source>Compare with &amp;File…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparer avec un &amp;fichier…</translation>
    </message>
    <message>
        <source>Mark what changed since another .orgdesign file</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marquer ce qui a changé depuis un autre fichier .orgdesign</translation>
    </message>
    <message>
        <source>Compare with &amp;Version…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparer avec une &amp;version…</translation>
    </message>
    <message>
        <source>File &amp;History…</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>&amp;Historique du fichier…</translation>
    </message>
    <message>
        <source>Save the design in a git repository to compare with its versions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Enregistrez la conception dans un dépôt git pour la comparer à ses versions</translation>
    </message>
    <message>
        <source>The commits that touched this design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les commits qui ont modifié cette conception</translation>
    </message>
    <message>
        <source>Compare with File</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparer avec un fichier</translation>
    </message>
    <message>
        <source>Designs (*.orgdesign)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Conceptions (*.orgdesign)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>No history</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucun historique</translation>
    </message>
    <message>
        <source>The design is not in that commit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La conception ne figure pas dans ce commit</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1 has no scenario %2</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>%1 n&apos;a pas de scénario %2</translation>
    </message>
</context>
</TS>
