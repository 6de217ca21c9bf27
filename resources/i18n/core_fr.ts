<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CLI</name>
    <message>
        <source>{tables} tables, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{tables} tableaux, {rows} lignes</translation>
    </message>
    <message>
        <source>1 table, {rows} rows</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 tableau, {rows} lignes</translation>
    </message>
    <message>
        <source>wrote {path} ({details})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{path} écrit ({details})</translation>
    </message>
    <message>
        <source>1 page</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} pages</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>off (this design turns it off)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désactivée (cette conception la désactive)</translation>
    </message>
    <message>
        <source>on, at {severity} instead of {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>activée, au niveau {severity} au lieu de {default}</translation>
    </message>
    <message>
        <source>on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>activée</translation>
    </message>
    <message>
        <source>Source: {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source : {source}.</translation>
    </message>
    <message>
        <source>In this design: {state}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Dans cette conception : {state}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Parameters: {names}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Paramètres : {names}</translation>
    </message>
</context>
<context>
    <name>Change</name>
    <message>
        <source>unit</source>
        <extracomment>Unit fields that hold a unit id: shown as that unit&apos;s label in its scenario. The &quot;Kind&quot; column&apos;s word for each section of a diff (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>unité</translation>
    </message>
    <message>
        <source>post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>poste</translation>
    </message>
    <message>
        <source>line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne hiérarchique</translation>
    </message>
    <message>
        <source>body</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe</translation>
    </message>
    <message>
        <source>role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rôle</translation>
    </message>
    <message>
        <source>setting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>added</source>
        <extracomment>The &quot;Change&quot; column&apos;s words: every action&apos;s value (translated by :func:`change_word`).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ajout</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changement de rattachement</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changement de nom</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modification</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>succession à d&apos;autres unités</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>remplacement par d&apos;autres unités</translation>
    </message>
    <message>
        <source>established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>création</translation>
    </message>
    <message>
        <source>redeployed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redéploiement</translation>
    </message>
    <message>
        <source>moved with its unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>transfert avec son unité</translation>
    </message>
    <message>
        <source>reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reclassement</translation>
    </message>
    <message>
        <source>funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changement de financement</translation>
    </message>
    <message>
        <source>removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>suppression</translation>
    </message>
    <message>
        <source>members changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changement de membres</translation>
    </message>
    <message>
        <source>chair changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changement de présidence</translation>
    </message>
    <message>
        <source>assigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>attribution</translation>
    </message>
    <message>
        <source>cleared</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>retrait</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>réattribution</translation>
    </message>
    <message>
        <source>dual, {source} to {target}</source>
        <extracomment>A line in words, by kind: ``dual, ASG Africa to DPO``.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>double, de {source} à {target}</translation>
    </message>
    <message>
        <source>dotted, {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>en pointillé, de {source} à {target}</translation>
    </message>
    <message>
        <source>{source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>de {source} à {target}</translation>
    </message>
    <message>
        <source>{grade} {funding} in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{grade} {funding} dans {unit}</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>: &quot;{caption}&quot;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> : « {caption} »</translation>
    </message>
    <message>
        <source> (when: {condition})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (condition : {condition})</translation>
    </message>
    <message>
        <source>none</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>chair {chair}; members {members}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>présidence : {chair} ; membres : {members}</translation>
    </message>
    <message>
        <source>yes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>non</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>Unit fields whose change makes a unit &quot;changed&quot; (name, parent and succession have their own actions; a citation says where a unit comes from, not how it changed: issue 21). Each unit field in words (translated where shown, context &quot;Change&quot;): short_name has RENAMED&apos;s words, the others are the CHANGED action&apos;s fields.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>type</translation>
    </message>
    <message>
        <source>short name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nom abrégé</translation>
    </message>
    <message>
        <source>head grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>classe du chef</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>région</translation>
    </message>
    <message>
        <source>presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>type de présence</translation>
    </message>
    <message>
        <source>lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>département chef de file</translation>
    </message>
    <message>
        <source>backstopped by</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>appuyé par</translation>
    </message>
    <message>
        <source>entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>point d&apos;entrée pour</translation>
    </message>
    <message>
        <source>functions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fonctions</translation>
    </message>
    <message>
        <source>note</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>note</translation>
    </message>
    <message>
        <source>segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>segments</translation>
    </message>
    <message>
        <source>segment entry points</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>points d&apos;entrée par segment</translation>
    </message>
    <message>
        <source>location</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>lieu</translation>
    </message>
    <message>
        <source>names</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>noms</translation>
    </message>
    <message>
        <source>dual line to {unit} added</source>
        <extracomment>A line&apos;s note on its source unit, by (kind, action).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne double vers {unit} ajoutée</translation>
    </message>
    <message>
        <source>dual line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne double vers {unit} supprimée</translation>
    </message>
    <message>
        <source>dual line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne double vers {unit} modifiée</translation>
    </message>
    <message>
        <source>dotted line to {unit} added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne en pointillé vers {unit} ajoutée</translation>
    </message>
    <message>
        <source>dotted line to {unit} removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne en pointillé vers {unit} supprimée</translation>
    </message>
    <message>
        <source>dotted line to {unit} changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne en pointillé vers {unit} modifiée</translation>
    </message>
    <message>
        <source>dual line moved to {unit}</source>
        <extracomment>A moved line&apos;s note on the unit it left, by kind.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne double déplacée vers {unit}</translation>
    </message>
    <message>
        <source>dotted line moved to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne en pointillé déplacée vers {unit}</translation>
    </message>
    <message>
        <source>abolished: {unit}</source>
        <extracomment>Unit id -&gt; department id, in the earlier and the later scenario. Later unit -&gt; its predecessors, and earlier unit -&gt; its successors.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>supprimée : {unit}</translation>
    </message>
    <message>
        <source>moved from {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>auparavant rattachée à {unit}</translation>
    </message>
    <message>
        <source>was {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>anciennement {unit}</translation>
    </message>
    <message>
        <source>succeeds {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>succède à {units}</translation>
    </message>
    <message>
        <source>changed: {fields}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modifié : {fields}</translation>
    </message>
    <message>
        <source>members: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>membres : {units}</translation>
    </message>
    <message>
        <source>members: reordered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>membres : ordre modifié</translation>
    </message>
    <message>
        <source>chair: {old} -&gt; {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>présidence : {old} -&gt; {new}</translation>
    </message>
    <message>
        <source>body added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe ajouté</translation>
    </message>
    <message>
        <source>body removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe supprimé</translation>
    </message>
    <message>
        <source>now the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désormais : {role}</translation>
    </message>
    <message>
        <source>no longer the {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>n&apos;est plus : {role}</translation>
    </message>
    <message>
        <source>+{came} posts in, -{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes : +{came} entrants, -{went} sortants</translation>
    </message>
    <message>
        <source>+{came} posts in</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes : +{came} entrants</translation>
    </message>
    <message>
        <source>-{went} out</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes : -{went} sortants</translation>
    </message>
    <message>
        <source>units</source>
        <extracomment>Each section&apos;s name in the headline (translated where shown).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>unités</translation>
    </message>
    <message>
        <source>posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes</translation>
    </message>
    <message>
        <source>lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>lignes hiérarchiques</translation>
    </message>
    <message>
        <source>bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organes</translation>
    </message>
    <message>
        <source>roles</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rôles</translation>
    </message>
    <message>
        <source>settings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paramètres des règles</translation>
    </message>
    <message>
        <source>redeployed to another unit</source>
        <extracomment>How the headline says an action where its value alone would mislead.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redéploiement vers une autre unité</translation>
    </message>
    <message>
        <source>continuing with their unit in another department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>maintien avec leur unité dans un autre département</translation>
    </message>
    <message>
        <source>succeeding earlier units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>succession à des unités antérieures</translation>
    </message>
    <message>
        <source>succeeded by later units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>remplacement par des unités ultérieures</translation>
    </message>
    <message>
        <source>{count} {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{change} : {count}</translation>
    </message>
    <message>
        <source>{section}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{section} — {changes}</translation>
    </message>
    <message>
        <source>Nothing differs: units, posts, lines, bodies, roles and settings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune différence : unités, postes, lignes, organes, rôles et paramètres.</translation>
    </message>
    <message>
        <source>top</source>
        <extracomment>The fields of a line that can change under the same id (everything but the id). The single-unit roles of a scenario; department roles are ``department:ROLE``. Each single-unit role in words (translated where shown, context &quot;Change&quot;).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>unité de tête</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>structure commune</translation>
    </message>
    <message>
        <source>executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureau exécutif</translation>
    </message>
    <message>
        <source>principals group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>groupe des principaux responsables</translation>
    </message>
    <message>
        <source>{role} department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>département {role}</translation>
    </message>
    <message>
        <source>design added: {count} scenario(s)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>conception ajoutée ; scénarios : {count}</translation>
    </message>
    <message>
        <source>{scenario}: scenario added</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : scénario ajouté</translation>
    </message>
    <message>
        <source>{scenario}: {change}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : {change}</translation>
    </message>
    <message>
        <source>{scenario}: scenario removed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : scénario supprimé</translation>
    </message>
    <message>
        <source>design properties or review notes changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>propriétés de la conception ou notes d&apos;examen modifiées</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>department</source>
        <extracomment>Each unit kind in words on a card (translated where shown).</extracomment>
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
        <source>Page {number} of {total}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Page {number} sur {total}</translation>
    </message>
    <message>
        <source>Scale {percent}%</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Échelle {percent} %</translation>
    </message>
    <message>
        <source>Tile {number} of {total}, sheet {sheet}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Tuile {number} sur {total}, feuille {sheet}</translation>
    </message>
    <message>
        <source>{title} — {scenario} — how the {count} tiles assemble</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} — {scenario} — assemblage des {count} tuiles</translation>
    </message>
    <message>
        <source>Assembly map</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plan d&apos;assemblage</translation>
    </message>
    <message>
        <source>{amount}M</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} M</translation>
    </message>
    <message>
        <source>{amount}k</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{amount} k</translation>
    </message>
    <message>
        <source>no posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun poste</translation>
    </message>
    <message>
        <source>1 post · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 poste · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} posts · {currency} {amount}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} postes · {currency} {amount}</translation>
    </message>
    <message>
        <source>{count} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {item}</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 unité</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>1 post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 poste</translation>
    </message>
    <message>
        <source>{count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} postes</translation>
    </message>
    <message>
        <source>1 finding</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 constatation</translation>
    </message>
    <message>
        <source>{count} findings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} constatations</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Edit required bodies and dual reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les organes requis et le double rattachement</translation>
    </message>
    <message>
        <source>Comment on unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commenter l&apos;unité {id}</translation>
    </message>
    <message>
        <source>Comment on post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Commenter le poste {id}</translation>
    </message>
    <message>
        <source>Resolve comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Marquer comme réglé le commentaire sur {id}</translation>
    </message>
    <message>
        <source>Reopen comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Rouvrir le commentaire sur {id}</translation>
    </message>
    <message>
        <source>Edit comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le commentaire sur {id}</translation>
    </message>
    <message>
        <source>Delete comment on {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer le commentaire sur {id}</translation>
    </message>
    <message>
        <source>{decision}: {place}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{decision} : {place}</translation>
    </message>
    <message>
        <source>Decide</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Trancher</translation>
    </message>
    <message>
        <source>Take base</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retenir la version de base</translation>
    </message>
    <message>
        <source>Take ours</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retenir notre version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retenir leur version</translation>
    </message>
    <message>
        <source>Import {source} into {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Importer {source} dans {scenario}</translation>
    </message>
    <message>
        <source>Change caption of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la légende de la ligne {line}</translation>
    </message>
    <message>
        <source>Change condition of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la condition de la ligne {line}</translation>
    </message>
    <message>
        <source>Change kind of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le type de la ligne {line}</translation>
    </message>
    <message>
        <source>Change citation of line {line}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la source citée de la ligne {line}</translation>
    </message>
    <message>
        <source>Add dual line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une ligne double de {source} à {target}</translation>
    </message>
    <message>
        <source>Add dotted line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter une ligne pointillée de {source} à {target}</translation>
    </message>
    <message>
        <source>Remove line from {source} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer la ligne de {source} à {target}</translation>
    </message>
    <message>
        <source>Change members of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les membres de {unit}</translation>
    </message>
    <message>
        <source>Reclassify post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasser le poste {post} à la classe {value}</translation>
    </message>
    <message>
        <source>Change funding of post {post} to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changer le financement du poste {post} pour {value}</translation>
    </message>
    <message>
        <source>Retitle {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier l&apos;intitulé de {post}</translation>
    </message>
    <message>
        <source>Retitle {post} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier l&apos;intitulé de {post} dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>Reclassify {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclasser des postes à la classe {value} (nombre : {count})</translation>
    </message>
    <message>
        <source>Change funding of {count} posts to {value}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changer le financement de postes pour {value} (nombre : {count})</translation>
    </message>
    <message>
        <source>Establish a {grade} post ({funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créer un poste {grade} ({funding}) à {unit}</translation>
    </message>
    <message>
        <source>Abolish post {post}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer le poste {post}</translation>
    </message>
    <message>
        <source>Abolish {count} posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer des postes (nombre : {count})</translation>
    </message>
    <message>
        <source>Redeploy post {post} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Réaffecter le poste {post} à {unit}</translation>
    </message>
    <message>
        <source>Redeploy {count} posts to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Réaffecter des postes à {unit} (nombre : {count})</translation>
    </message>
    <message>
        <source>Make {unit} the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Faire de {unit} l&apos;unité de tête</translation>
    </message>
    <message>
        <source>Clear the top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer l&apos;unité de tête</translation>
    </message>
    <message>
        <source>Make {unit} the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Faire de {unit} la structure commune</translation>
    </message>
    <message>
        <source>Clear the shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer la structure commune</translation>
    </message>
    <message>
        <source>Make {unit} the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Faire de {unit} le bureau exécutif</translation>
    </message>
    <message>
        <source>Clear the executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer le bureau exécutif</translation>
    </message>
    <message>
        <source>Make {unit} the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Faire de {unit} le groupe des hauts responsables</translation>
    </message>
    <message>
        <source>Clear the principals&apos; group</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Retirer le groupe des hauts responsables</translation>
    </message>
    <message>
        <source>Edit design properties</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les propriétés de la conception</translation>
    </message>
    <message>
        <source>Describe {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Décrire {scenario}</translation>
    </message>
    <message>
        <source>Copy {scenario} as {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Copier {scenario} sous le nom {name}</translation>
    </message>
    <message>
        <source>Rename {scenario} to {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer {scenario} en {name}</translation>
    </message>
    <message>
        <source>Rename {name} in other languages</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer {name} dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>Delete {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer {scenario}</translation>
    </message>
    <message>
        <source>Rename {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommer {unit}</translation>
    </message>
    <message>
        <source>Change kind of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le type de {unit}</translation>
    </message>
    <message>
        <source>Change short name of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le nom abrégé de {unit}</translation>
    </message>
    <message>
        <source>Change head grade of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la classe du chef de {unit}</translation>
    </message>
    <message>
        <source>Change region of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la région de {unit}</translation>
    </message>
    <message>
        <source>Change presence type of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le type de présence de {unit}</translation>
    </message>
    <message>
        <source>Change lead department of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le département chef de file de {unit}</translation>
    </message>
    <message>
        <source>Change the backstop of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier l&apos;unité d&apos;appui de {unit}</translation>
    </message>
    <message>
        <source>Change the regions {unit} is the entry point for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les régions dont {unit} est le point d&apos;entrée</translation>
    </message>
    <message>
        <source>Change functions of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les fonctions de {unit}</translation>
    </message>
    <message>
        <source>Change note of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la note de {unit}</translation>
    </message>
    <message>
        <source>Change segments of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les segments de {unit}</translation>
    </message>
    <message>
        <source>Change segment entry points of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les points d&apos;entrée par segment de {unit}</translation>
    </message>
    <message>
        <source>Change succession of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la filiation de {unit}</translation>
    </message>
    <message>
        <source>Change location of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier le lieu d&apos;affectation de {unit}</translation>
    </message>
    <message>
        <source>Change names of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier les noms de {unit} dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>Change citation of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modifier la source citée de {unit}</translation>
    </message>
    <message>
        <source>Delete {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer {unit}</translation>
    </message>
    <message>
        <source>Delete {unit} and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer {unit} et ses sous-unités (nombre : {below})</translation>
    </message>
    <message>
        <source>Delete {count} units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer des unités (nombre : {count})</translation>
    </message>
    <message>
        <source>Delete {count} units and {below} sub-units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Supprimer des unités ({count}) et leurs sous-unités ({below})</translation>
    </message>
    <message>
        <source>Move {unit} to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacer {unit} sous {target}</translation>
    </message>
    <message>
        <source>Move {count} units to {target}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacer des unités sous {target} (nombre : {count})</translation>
    </message>
    <message>
        <source>Add {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajouter {unit}</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Correction : {fix}</translation>
    </message>
    <message>
        <source>Edit funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modification de la source de financement {source}</translation>
    </message>
    <message>
        <source>Add funding source {source}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajout de la source de financement {source}</translation>
    </message>
    <message>
        <source>grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>classe</translation>
    </message>
    <message>
        <source>funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>source de financement</translation>
    </message>
    <message>
        <source>function</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fonction</translation>
    </message>
    <message>
        <source>department role</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rôle de département</translation>
    </message>
    <message>
        <source>duty station</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Turn {rule} on</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activation de {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} off</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Désactivation de {rule}</translation>
    </message>
    <message>
        <source>Turn {rule} on ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activation de {rule} ({severity})</translation>
    </message>
    <message>
        <source>Turn {rule} off ({severity})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Désactivation de {rule} ({severity})</translation>
    </message>
    <message>
        <source>Set {count} rules&apos; switches and severities</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Activation et gravité de {count} règles</translation>
    </message>
    <message>
        <source>region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>région</translation>
    </message>
    <message>
        <source>Edit segments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modification des segments</translation>
    </message>
    <message>
        <source>Add {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ajout : {kind} {item}</translation>
    </message>
    <message>
        <source>Rename {kind} {item} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Renommage : {kind} {item} devient {new}</translation>
    </message>
    <message>
        <source>Edit {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modification : {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} up</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacement vers le haut : {kind} {item}</translation>
    </message>
    <message>
        <source>Move {kind} {item} down</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Déplacement vers le bas : {kind} {item}</translation>
    </message>
    <message>
        <source>Map {kind} {item} to {new} and delete it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Report sur {new}, puis suppression : {kind} {item}</translation>
    </message>
    <message>
        <source>Delete {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suppression : {kind} {item}</translation>
    </message>
    <message>
        <source>Edit standard costs</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modification des coûts standard</translation>
    </message>
    <message>
        <source>Edit rule parameters</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Modification des paramètres des règles</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>{items} and {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items} et {item}</translation>
    </message>
    <message>
        <source>{items}, {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items}, {item}</translation>
    </message>
    <message>
        <source>{items}; {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{items} ; {item}</translation>
    </message>
    <message>
        <source>{part} ({part_id}) of {source} ({source_id})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{part} ({part_id}) relevant de {source} ({source_id})</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût dépasse de {currency} {amount} par an celui de la situation de référence ; {grades} par rapport à la situation de référence. Aucun transfert n&apos;est permis entre les sources de financement.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût dépasse de {currency} {amount} par an celui de la situation de référence. Aucun transfert n&apos;est permis entre les sources de financement.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût dépasse de {currency} {amount} par an celui de la situation de référence ; {grades} par rapport à la situation de référence. Aucun transfert n&apos;est permis entre les parties de {source}.</translation>
    </message>
    <message>
        <source>{name} is over the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût dépasse de {currency} {amount} par an celui de la situation de référence. Aucun transfert n&apos;est permis entre les parties de {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût est inférieur de {currency} {amount} par an à celui de la situation de référence ; {grades} par rapport à la situation de référence. Aucun transfert n&apos;est permis entre les sources de financement.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between funding sources.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût est inférieur de {currency} {amount} par an à celui de la situation de référence. Aucun transfert n&apos;est permis entre les sources de financement.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year: {grades} against the baseline. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût est inférieur de {currency} {amount} par an à celui de la situation de référence ; {grades} par rapport à la situation de référence. Aucun transfert n&apos;est permis entre les parties de {source}.</translation>
    </message>
    <message>
        <source>{name} is under the baseline by {currency} {amount} a year. Nothing may move between the parts of {source}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} : le coût est inférieur de {currency} {amount} par an à celui de la situation de référence. Aucun transfert n&apos;est permis entre les parties de {source}.</translation>
    </message>
    <message>
        <source>{count} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} {grade}</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year more than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La proposition coûte {currency} {amount} de plus par an que la situation de référence ({after} contre {before} ; la marge de tolérance est de {tolerance}).</translation>
    </message>
    <message>
        <source>The proposal costs {currency} {amount} a year less than the baseline ({after} against {before}; the tolerance is {tolerance}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La proposition coûte {currency} {amount} de moins par an que la situation de référence ({after} contre {before} ; la marge de tolérance est de {tolerance}).</translation>
    </message>
    <message>
        <source>{source}, posts funded by the source as a whole</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source}, postes financés par la source dans son ensemble</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline: {changes} ({total} posts in all).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par classe par rapport à la situation de référence : {changes} (variation nette du nombre de postes : {total}).</translation>
    </message>
    <message>
        <source>Senior posts ({grade} and above) grow by {growth} without an offset: {changes}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les postes de haut niveau ({grade} et au-delà) augmentent de {growth} sans compensation : {changes}.</translation>
    </message>
    <message>
        <source>No unit carries {function} any more; the baseline carried it in {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Plus aucune unité n&apos;assure la fonction {function} ; dans la situation de référence, elle relevait de {units}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, in {department}; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La fonction {function} est assurée par {unit}, au sein de {department} ; elle doit relever de {home}.</translation>
    </message>
    <message>
        <source>{function} is carried by {unit}, outside the departments; its home is {home}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La fonction {function} est assurée par {unit}, hors des départements ; elle doit relever de {home}.</translation>
    </message>
    <message>
        <source>{functions} must sit in one department; they are split ({places}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les fonctions {functions} doivent relever d&apos;un même département ; elles sont réparties ({places}).</translation>
    </message>
    <message>
        <source>outside any department: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hors de tout département : {units}</translation>
    </message>
    <message>
        <source>{department}: {units}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department} : {units}</translation>
    </message>
    <message>
        <source>{department} has no dedicated gender capacity: no unit in it carries {function}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{department} ne dispose d&apos;aucune capacité spécialisée en matière de genre : aucune de ses unités n&apos;assure la fonction {function}.</translation>
    </message>
    <message>
        <source>{body} is chaired by {actual}, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La présidence de {body} est assurée par {actual}, et non par {chair}.</translation>
    </message>
    <message>
        <source>{body} is chaired by no one, not by {chair}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Personne n&apos;assure la présidence de {body}, qui devrait revenir à {chair}.</translation>
    </message>
    <message>
        <source>The head of {member} is not a member of {body}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La personne à la tête de {member} n&apos;est pas membre de {body}.</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings the department heads ({members}) together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Il n&apos;existe aucun organe {body} présidé par {chair} qui réunisse les chefs des départements ({members}).</translation>
    </message>
    <message>
        <source>There is no {body} chaired by {chair} that brings {members} together.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Il n&apos;existe aucun organe {body} présidé par {chair} qui réunisse {members}.</translation>
    </message>
    <message>
        <source>{unit} carries {function} but has no functional link to {office}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} assure la fonction {function} mais n&apos;a pas de lien fonctionnel avec {office}.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it as the chart draws it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne désigne pas de département chef de file ; {lead} en est le chef de file, comme le montre l&apos;organigramme.</translation>
    </message>
    <message>
        <source>{unit} names no lead department; {lead} leads it by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne désigne pas de département chef de file ; {lead} en est le chef de file par défaut.</translation>
    </message>
    <message>
        <source>{unit} is led by {lead}, which is not one of the departments ({departments}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} a pour chef de file {lead}, qui n&apos;est pas l&apos;un des départements ({departments}).</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est une opération de maintien de la paix et doit avoir pour chef de file {lead}, et non {current}.</translation>
    </message>
    <message>
        <source>{unit} is a peacekeeping operation and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est une opération de maintien de la paix et doit avoir pour chef de file {lead}, mais n&apos;a aucun département chef de file.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un bureau régional et doit avoir pour chef de file {lead}, et non {current}.</translation>
    </message>
    <message>
        <source>{unit} is a regional office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un bureau régional et doit avoir pour chef de file {lead}, mais n&apos;a aucun département chef de file.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un envoyé et doit avoir pour chef de file {lead}, et non {current}.</translation>
    </message>
    <message>
        <source>{unit} is an envoy and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un envoyé et doit avoir pour chef de file {lead}, mais n&apos;a aucun département chef de file.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un bureau chargé d&apos;un processus politique et doit avoir pour chef de file {lead}, et non {current}.</translation>
    </message>
    <message>
        <source>{unit} is a political process office and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est un bureau chargé d&apos;un processus politique et doit avoir pour chef de file {lead}, mais n&apos;a aucun département chef de file.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by {current}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est une présence sur le terrain d&apos;un autre type et doit avoir pour chef de file {lead}, et non {current}.</translation>
    </message>
    <message>
        <source>{unit} is a field presence of another type and must be led by {lead}, not by no department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est une présence sur le terrain d&apos;un autre type et doit avoir pour chef de file {lead}, mais n&apos;a aucun département chef de file.</translation>
    </message>
    <message>
        <source>{units} under {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} sous {parent}</translation>
    </message>
    <message>
        <source>{units} under no parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} sans unité de rattachement</translation>
    </message>
    <message>
        <source>The units of {group} are split: {where}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les unités de {group} sont séparées : {where}.</translation>
    </message>
    <message>
        <source>{unit} sits under {parent}, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est placée sous {parent}, à l&apos;écart du reste de {group} ({units} sous {main}).</translation>
    </message>
    <message>
        <source>{unit} sits under no parent, apart from the rest of {group} ({units} under {main}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} n&apos;a pas d&apos;unité de rattachement et se trouve à l&apos;écart du reste de {group} ({units} sous {main}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds no {head} post (its most senior post is {grade}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {head} mais ne compte aucun poste {head} (son poste le plus élevé est de classe {grade}).</translation>
    </message>
    <message>
        <source>{unit} is headed at {head} but holds a more senior {grade} post.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {head} mais compte un poste plus élevé, de classe {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {head} ; la conception exige un chef de classe {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at {head}; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {head} ; la conception exige un chef de classe {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires an {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} n&apos;a pas de classe de chef ; la conception exige un chef de classe {grade}.</translation>
    </message>
    <message>
        <source>{unit} is headed at no grade; the design requires a {grade} head.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} n&apos;a pas de classe de chef ; la conception exige un chef de classe {grade}.</translation>
    </message>
    <message>
        <source>{unit} sits under {chart} on the chart, but its lead department is {lead}, and no line from it to {lead} marks it as backstopped across.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est placée sous {chart} sur l&apos;organigramme, mais son département chef de file est {lead}, et aucune ligne allant d&apos;elle à {lead} n&apos;indique qu&apos;elle reçoit l&apos;appui d&apos;un autre département.</translation>
    </message>
    <message>
        <source>Region {region} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La région {region} a {count} points d&apos;entrée : {units}.</translation>
    </message>
    <message>
        <source>{Segment} has {count} entry points: {units}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment} a {count} points d&apos;entrée : {units}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is not part of the shared regional structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de la région {region}, {unit}, ne fait pas partie de la structure régionale commune ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is not part of the shared structure ({shared}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de {segment}, {unit}, ne fait pas partie de la structure commune ({shared}).</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de la région {region}, {unit}, est dirigé à la classe {head}, et non {grade}.</translation>
    </message>
    <message>
        <source>The entry point of region {region}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de la région {region}, {unit}, n&apos;a aucune classe de chef, alors qu&apos;il devrait être dirigé à la classe {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by {head}, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de {segment}, {unit}, est dirigé à la classe {head}, et non {grade}.</translation>
    </message>
    <message>
        <source>The entry point of {segment}, {unit}, is led by no grade, not by an {grade}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de {segment}, {unit}, n&apos;a aucune classe de chef, alors qu&apos;il devrait être dirigé à la classe {grade}.</translation>
    </message>
    <message>
        <source>Region {region} has no headquarters entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La région {region} n&apos;a pas de point d&apos;entrée au Siège.</translation>
    </message>
    <message>
        <source>{Segment} has no entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{Segment} n&apos;a pas de point d&apos;entrée.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by no headquarters unit.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ({region}) ne reçoit l&apos;appui d&apos;aucune unité du Siège.</translation>
    </message>
    <message>
        <source>{unit} ({region}) is backstopped by {backstop}, which is not under the region&apos;s entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ({region}) reçoit l&apos;appui de {backstop}, qui ne relève pas du point d&apos;entrée de la région ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is backstopped by {backstop}, which is not under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} appartient à {segment} mais reçoit l&apos;appui de {backstop}, qui ne relève pas de son point d&apos;entrée ({points}).</translation>
    </message>
    <message>
        <source>{unit} belongs to {segment} but is neither backstopped by a unit nor placed under its entry point ({points}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} appartient à {segment} mais n&apos;est ni placée sous son point d&apos;entrée ({points}) ni appuyée par une unité qui en relève.</translation>
    </message>
    <message>
        <source>{unit} has no region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} n&apos;a pas de région.</translation>
    </message>
    <message>
        <source>The dual lines of {unit} say nothing about when each applies; add a condition (for example: peacekeeping operations).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les lignes doubles de {unit} n&apos;indiquent pas quand chacune s&apos;applique ; ajoutez une condition (par exemple : opérations de maintien de la paix).</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne relève de {department} que par une ligne en pointillé ; la conception la désigne comme relevant de {departments}.</translation>
    </message>
    <message>
        <source>{unit} reports to {department} only by a dotted line; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne relève de {department} que par une ligne en pointillé ; un point d&apos;entrée régional relève des chefs des deux départements.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; the design marks it as reporting to {departments}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne relève pas de {department} ; la conception la désigne comme relevant de {departments}.</translation>
    </message>
    <message>
        <source>{unit} does not report to {department}; a regional entry point reports to both department heads.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne relève pas de {department} ; un point d&apos;entrée régional relève des chefs des deux départements.</translation>
    </message>
    <message>
        <source>peacekeeping operations</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>opérations de maintien de la paix</translation>
    </message>
    <message>
        <source>special political missions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>missions politiques spéciales</translation>
    </message>
    <message>
        <source>regional offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureaux régionaux</translation>
    </message>
    <message>
        <source>envoys</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>envoyés</translation>
    </message>
    <message>
        <source>political-process offices</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureaux chargés de processus politiques</translation>
    </message>
    <message>
        <source>The conditions of {unit}&apos;s dual lines are swapped: the line to {first} says &apos;{first_condition}&apos; and the line to {second} says &apos;{second_condition}&apos;.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les conditions des lignes doubles de {unit} sont inversées : la ligne vers {first} indique « {first_condition} » et la ligne vers {second} indique « {second_condition} ».</translation>
    </message>
    <message>
        <source>{type} (reported to {department})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{type} (relevant de {department})</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} carries no condition: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La ligne double de {unit} vers {department} ne porte aucune condition et ne mentionne donc pas les types suivants : {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing} and names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La ligne double de {unit} vers {department} indique « {condition} » : elle omet les types suivants : {missing} ; et mentionne des types d&apos;autres départements : {named}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it does not name {missing}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La ligne double de {unit} vers {department} indique « {condition} » : elle omet les types suivants : {missing}.</translation>
    </message>
    <message>
        <source>The dual line from {unit} to {department} says &apos;{condition}&apos;: it names {named}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>La ligne double de {unit} vers {department} indique « {condition} » : elle mentionne des types d&apos;autres départements : {named}.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by no unit; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les points d&apos;entrée de {count} régions ne sont tenus par aucune unité ; la conception demande au moins {least} unités titulaires.</translation>
    </message>
    <message>
        <source>The entry points of 1 region are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le point d&apos;entrée de 1 région est tenu par {units} ; la conception demande au moins {least} unités titulaires.</translation>
    </message>
    <message>
        <source>The entry points of {count} regions are held by {units}; the design asks for at least {least} holders.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les points d&apos;entrée de {count} régions sont tenus par {units} ; la conception demande au moins {least} unités titulaires.</translation>
    </message>
    <message>
        <source>Primary reporting lines form a cycle: {path}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les lignes hiérarchiques principales forment un cycle : {path}.</translation>
    </message>
    <message>
        <source>{count} units report to no one ({units}); an organisation has one top: set the scenario&apos;s top and give the others a parent.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} unités ne relèvent de personne ({units}) ; une organisation a un seul sommet : fixez le sommet du scénario et donnez une unité de rattachement aux autres.</translation>
    </message>
    <message>
        <source>The top of the organisation, {top}, reports to {parent}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le sommet de l&apos;organisation, {top}, relève de {parent}.</translation>
    </message>
    <message>
        <source>{unit} does not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne remonte pas jusqu&apos;au sommet ({top}) : {unit} ne relève de personne.</translation>
    </message>
    <message>
        <source>{unit} and its 1 sub-unit do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} et son unité subordonnée ne remontent pas jusqu&apos;au sommet ({top}) : {unit} ne relève de personne.</translation>
    </message>
    <message>
        <source>{unit} and its {count} sub-units do not reach the top ({top}): {unit} reports to no one.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} et ses {count} unités subordonnées ne remontent pas jusqu&apos;au sommet ({top}) : {unit} ne relève de personne.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, as senior as {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {grade}, aussi élevée que celle de {parent} ({parent_grade}), dont elle relève.</translation>
    </message>
    <message>
        <source>{unit} is headed at {grade}, more senior than {parent} ({parent_grade}) that it reports to.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} est dirigée à la classe {grade}, plus élevée que celle de {parent} ({parent_grade}), dont elle relève.</translation>
    </message>
    <message>
        <source>{unit} has {count} units reporting to it directly; the limit is {limit}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} a {count} unités directement subordonnées ; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>{unit} sits at layer {layer}; the design allows {limit} layers.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité {unit} se trouve au niveau {layer} ; la conception autorise {limit} niveaux.</translation>
    </message>
</context>
<context>
    <name>Fix</name>
    <message>
        <source>the total is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le total dépasse de {currency} {amount} celui de la situation de référence : {changes}</translation>
    </message>
    <message>
        <source>the total is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le total est inférieur de {currency} {amount} à celui de la situation de référence : {changes}</translation>
    </message>
    <message>
        <source>{name} is over by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>dépassement de {currency} {amount} pour {name} : {changes}</translation>
    </message>
    <message>
        <source>{name} is under by {currency} {amount}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>insuffisance de {currency} {amount} pour {name} : {changes}</translation>
    </message>
    <message>
        <source>senior posts grow by {growth}: {changes}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>les postes de haut niveau augmentent de {growth} : {changes}</translation>
    </message>
    <message>
        <source>give {function} back to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rendre la fonction {function} à {unit}</translation>
    </message>
    <message>
        <source>give {function} to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>confier la fonction {function} à {unit}</translation>
    </message>
    <message>
        <source>make {unit} report to {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rattacher {unit} à {parent}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>transférer {unit} à {parent}</translation>
    </message>
    <message>
        <source>give {function} to {unit} in {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>confier la fonction {function} à {unit}, au sein de {department}</translation>
    </message>
    <message>
        <source>make {chair} its chair</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>confier la présidence à {chair}</translation>
    </message>
    <message>
        <source>add {member} to {body}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ajouter {member} aux membres de {body}</translation>
    </message>
    <message>
        <source>create a {body} under {parent}, chaired by {chair}, with {members} as members</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>créer un organe {body} rattaché à {parent}, présidé par {chair} et composé de {members}</translation>
    </message>
    <message>
        <source>add a dotted line from {unit} to {office}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ajouter une ligne pointillée de {unit} vers {office}</translation>
    </message>
    <message>
        <source>abolish post {post} ({grade}, {funding}) in {unit}, established in this proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>supprimer le poste {post} ({grade}, {funding}) au sein de {unit}, créé dans cette proposition</translation>
    </message>
    <message>
        <source>re-establish post {post} ({grade}, {funding}) in {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rétablir le poste {post} ({grade}, {funding}) au sein de {unit}</translation>
    </message>
    <message>
        <source>move post {post} ({grade}) in {unit} back from {funding} to {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ramener le financement du poste {post} ({grade}) au sein de {unit} de {funding} à {old_funding}</translation>
    </message>
    <message>
        <source>reclassify post {post} ({funding}) in {unit} back from {grade} to {old_grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ramener le poste {post} ({funding}) au sein de {unit} de la classe {grade} à la classe {old_grade}</translation>
    </message>
    <message>
        <source>return post {post} in {unit} from {grade}, {funding} to {old_grade}, {old_funding}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ramener le poste {post} au sein de {unit} de {grade}, {funding} à {old_grade}, {old_funding}</translation>
    </message>
    <message>
        <source>name {lead} as lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désigner {lead} comme chef de file de {unit}</translation>
    </message>
    <message>
        <source>make {lead} the lead of {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faire de {lead} le chef de file de {unit}</translation>
    </message>
    <message>
        <source>move {unit} back under {main}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>replacer {unit} sous {main}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fixer à {grade} la classe du chef de {unit}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, as its most senior post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fixer à {grade} la classe du chef de {unit}, comme son poste le plus élevé</translation>
    </message>
    <message>
        <source>move {unit} under {lead}, its lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>placer {unit} sous {lead}, son département chef de file</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faire de {unit} le point d&apos;entrée de {item} à la place de {point}</translation>
    </message>
    <message>
        <source>make {unit} the entry point of {item} instead of {point}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faire de {unit} le point d&apos;entrée de {item} à la place de {point}, avec des lignes doubles de {unit} vers {departments}</translation>
    </message>
    <message>
        <source>keep {unit} as the entry point of {item} and withdraw the designation of {others}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>garder {unit} comme point d&apos;entrée de {item} et retirer la désignation de {others}</translation>
    </message>
    <message>
        <source>move {unit} into {parent}, with dual lines to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>déplacer {unit} dans {parent}, avec des lignes doubles vers {departments}</translation>
    </message>
    <message>
        <source>grade the head of {unit} {grade}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>fixer à {grade} la classe du chef de {unit}, avec des lignes doubles de {unit} vers {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désigner {unit} comme point d&apos;entrée de la région {region}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of region {region}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désigner {unit} comme point d&apos;entrée de la région {region}, avec des lignes doubles de {unit} vers {departments}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désigner {unit} comme point d&apos;entrée de {segment}</translation>
    </message>
    <message>
        <source>designate {unit} as the entry point of {segment}, with dual lines from {unit} to {departments}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>désigner {unit} comme point d&apos;entrée de {segment}, avec des lignes doubles de {unit} vers {departments}</translation>
    </message>
    <message>
        <source>have {backstop} backstop {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>confier l&apos;appui de {unit} à {backstop}</translation>
    </message>
    <message>
        <source>put {unit} in region {region}, the region of {backstop} that backstops it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>placer {unit} dans la région {region}, celle de {backstop}, qui lui apporte son appui</translation>
    </message>
    <message>
        <source>turn the dotted line from {unit} to {department} into a dual line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>transformer la ligne en pointillé de {unit} vers {department} en ligne double</translation>
    </message>
    <message>
        <source>add a dual line from {unit} to {department}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ajouter une ligne double de {unit} vers {department}</translation>
    </message>
    <message>
        <source>swap the conditions of the dual lines from {unit} to {first} and {second}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>intervertir les conditions des lignes doubles de {unit} vers {first} et vers {second}</translation>
    </message>
    <message>
        <source>make the dual line from {unit} to {department} say &apos;{text}&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faire indiquer « {text} » à la ligne double de {unit} vers {department}</translation>
    </message>
    <message>
        <source>make {unit} report to {top}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rattacher {unit} à {top}</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>department</source>
        <extracomment>The legend&apos;s unit colours (on paper and in the Legend dock), translated where shown.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>département</translation>
    </message>
    <message>
        <source>office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>bureau</translation>
    </message>
    <message>
        <source>shared structure</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>structure commune</translation>
    </message>
    <message>
        <source>division</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>division</translation>
    </message>
    <message>
        <source>section, unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>section, groupe</translation>
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
        <source>primary reporting line</source>
        <extracomment>The printed legend&apos;s lines: primary, dual, dotted.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne hiérarchique principale</translation>
    </message>
    <message>
        <source>dual line (caption says when)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne double (la légende précise quand)</translation>
    </message>
    <message>
        <source>dotted line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne en pointillé</translation>
    </message>
    <message>
        <source>finding: error</source>
        <extracomment>The printed legend&apos;s finding badges, by severity.</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>constatation : erreur</translation>
    </message>
    <message>
        <source>finding: warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>constatation : avertissement</translation>
    </message>
    <message>
        <source>finding: info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>constatation : information</translation>
    </message>
    <message>
        <source>Grades: {grades}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classes : {grades}</translation>
    </message>
</context>
<context>
    <name>Mark</name>
    <message>
        <source>new</source>
        <extracomment>The tag a card wears in compare mode, by ``UnitMark.status`` (translated where painted).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>succeeds</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>successeur</translation>
    </message>
    <message>
        <source>moved</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>déplacé</translation>
    </message>
    <message>
        <source>renamed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>renommé</translation>
    </message>
    <message>
        <source>changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>1 of {total} units has no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 unité sur {total} n&apos;a pas de nom en {language} : affichée en {default}</translation>
    </message>
    <message>
        <source>{count} of {total} units have no name in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} unités sur {total} n&apos;ont pas de nom en {language} : affichées en {default}</translation>
    </message>
    <message>
        <source>1 of {total} post titles has none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 titre de poste sur {total} n&apos;a pas de version en {language} : affiché en {default}</translation>
    </message>
    <message>
        <source>{count} of {total} post titles have none in {language}: shown in {default}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} titres de poste sur {total} n&apos;ont pas de version en {language} : affichés en {default}</translation>
    </message>
</context>
<context>
    <name>NoFix</name>
    <message>
        <source>none of the units that carried it is left and none holds their posts: choose the unit that will carry {function}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune des unités qui l&apos;assuraient ne subsiste et aucune ne détient leurs postes : choisissez l&apos;unité qui assurera la fonction {function}</translation>
    </message>
    <message>
        <source>{home} sits inside another department and the scenario has no top to move it to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{home} se trouve au sein d&apos;un autre département et le scénario n&apos;a pas de sommet auquel le rattacher</translation>
    </message>
    <message>
        <source>which department gets them all is the planner&apos;s choice (with homes set for them, the findings on their homes move them)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le choix du département qui les reçoit toutes revient au planificateur (si un département de rattachement leur est fixé, les constatations relatives à ce rattachement les y déplacent)</translation>
    </message>
    <message>
        <source>no set of changes to posts against the baseline, undone, repairs it without upsetting another cost: choose the posts to establish, abolish or re-fund</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun ensemble de modifications de postes par rapport à la situation de référence, une fois annulé, ne corrige le problème sans déséquilibrer un autre coût : choisissez les postes à créer, à supprimer ou à financer autrement</translation>
    </message>
    <message>
        <source>this finding has no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cette constatation n&apos;a pas de correction automatique</translation>
    </message>
    <message>
        <source>the design names no default lead (rules.mission_default_lead)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne désigne aucun chef de file par défaut (rules.mission_default_lead)</translation>
    </message>
    <message>
        <source>no parent holds most of the group: choose where it stays together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité de rattachement ne regroupe la majeure partie du groupe : choisissez où il reste réuni</translation>
    </message>
    <message>
        <source>the design requires an {grade} head: give it an {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception exige un chef de classe {grade} : dotez l&apos;unité d&apos;un poste {grade}</translation>
    </message>
    <message>
        <source>the design requires a {grade} head: give it a {grade} post</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception exige un chef de classe {grade} : dotez l&apos;unité d&apos;un poste {grade}</translation>
    </message>
    <message>
        <source>move it under {lead}, make {chart} its lead, or draw a dotted line from it to {lead} to mark it backstopped across</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>placez-la sous {lead}, faites de {chart} son chef de file, ou tracez une ligne en pointillé d&apos;elle vers {lead} pour indiquer qu&apos;elle reçoit l&apos;appui d&apos;un autre département</translation>
    </message>
    <message>
        <source>{units} are backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} reçoivent l&apos;appui d&apos;unités placées sous {others} : choisissez le point d&apos;entrée et réattribuez l&apos;appui des autres</translation>
    </message>
    <message>
        <source>{units} is backstopped under {others}: choose the entry point and re-backstop the others</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{units} reçoit l&apos;appui d&apos;une unité placée sous {others} : choisissez le point d&apos;entrée et réattribuez l&apos;appui des autres</translation>
    </message>
    <message>
        <source>no unit of the shared structure led by an {grade} works on {item}, and an {grade} head would not fit between the grades above and below {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité de la structure commune dirigée à la classe {grade} ne s&apos;occupe de {item}, et un chef de classe {grade} ne trouverait pas place entre les classes au-dessus et au-dessous de {unit}</translation>
    </message>
    <message>
        <source>no field presence of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune présence sur le terrain de {item} ne reçoit d&apos;appui et aucune unité de la structure commune ne s&apos;en occupe : choisissez ou créez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>no unit of {item} is backstopped and no unit of the shared structure works on it: choose or create the unit that will be its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité de {item} ne reçoit d&apos;appui et aucune unité de la structure commune ne s&apos;en occupe : choisissez ou créez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>{region} has no single entry point yet: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{region} n&apos;a pas encore de point d&apos;entrée unique : réparez d&apos;abord REGION-ENTRY</translation>
    </message>
    <message>
        <source>{segment} has several entry points: repair REGION-ENTRY first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{segment} a plusieurs points d&apos;entrée : réparez d&apos;abord REGION-ENTRY</translation>
    </message>
    <message>
        <source>no unit that backstops it says which region it is in: choose its region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité qui lui apporte son appui n&apos;indique sa région : choisissez sa région</translation>
    </message>
    <message>
        <source>when each line applies is the planner&apos;s to word</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il revient au planificateur de formuler quand chaque ligne s&apos;applique</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses présences sur le terrain reçoivent l&apos;appui d&apos;unités placées sous {units}, qui ne sont pas toutes dans la structure commune à la classe {grade} : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses présences sur le terrain reçoivent l&apos;appui d&apos;unités placées sous {units}, qui ne sont pas toutes dans la structure commune : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>its field presences are backstopped under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses présences sur le terrain reçoivent l&apos;appui d&apos;unités placées sous {units} : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure at {grade}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses unités sont placées sous {units}, qui ne sont pas toutes dans la structure commune à la classe {grade} : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>its units are placed under {units}, not all in the shared structure: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses unités sont placées sous {units}, qui ne sont pas toutes dans la structure commune : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>its units are placed under {units}: choose which unit is its entry point</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ses unités sont placées sous {units} : choisissez l&apos;unité qui en sera le point d&apos;entrée</translation>
    </message>
    <message>
        <source>the design gives this department no presence type: remove what the condition names of the others&apos;</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception n&apos;attribue aucun type de présence à ce département : retirez de la condition les types des autres départements</translation>
    </message>
    <message>
        <source>no other unit of the shared structure at the entry-point grade works on these regions: choose or create the units that will hold them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune autre unité de la structure commune à la classe de point d&apos;entrée ne s&apos;occupe de ces régions : choisissez ou créez les unités qui les tiendront</translation>
    </message>
    <message>
        <source>which unit is the top is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le choix de l&apos;unité au sommet revient au planificateur</translation>
    </message>
    <message>
        <source>the top or its parent must change, which is the planner&apos;s choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le sommet ou son unité de rattachement doit changer, ce qui relève du choix du planificateur</translation>
    </message>
    <message>
        <source>no grade fits between the head above and the heads below: move the unit or regrade the heads around it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune classe ne s&apos;insère entre le chef au-dessus et les chefs au-dessous : déplacez l&apos;unité ou modifiez la classe des chefs qui l&apos;entourent</translation>
    </message>
    <message>
        <source>it is a regional entry point, which keeps an {grade} head</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>c&apos;est un point d&apos;entrée régional, qui conserve un chef de classe {grade}</translation>
    </message>
    <message>
        <source>the design promises its head the grade {grade} (rules.required_head_grades): regrade the head above instead</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception promet à son chef la classe {grade} (rules.required_head_grades) : reclassez plutôt le chef de l&apos;échelon supérieur</translation>
    </message>
    <message>
        <source>how to split its reports into groups is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la manière de répartir ses subordonnés en groupes est un choix de conception</translation>
    </message>
    <message>
        <source>which layer to remove above it is a design choice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le niveau à supprimer au-dessus d&apos;elle relève d&apos;un choix de conception</translation>
    </message>
    <message>
        <source>its fix cannot be applied: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sa correction ne peut pas être appliquée : {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) would add an error: {error}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sa correction ({fix}) ajouterait une erreur : {error}</translation>
    </message>
    <message>
        <source>its fix ({fix}) did not remove it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sa correction ({fix}) ne l&apos;a pas fait disparaître</translation>
    </message>
    <message>
        <source>only {rule}&apos;s fixes were asked for</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>seules les corrections de {rule} ont été demandées</translation>
    </message>
    <message>
        <source>its fix was applied and a later fix brought it back; repair it by hand</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sa correction a été appliquée puis une correction ultérieure l&apos;a fait réapparaître ; réglez-le à la main</translation>
    </message>
    <message>
        <source>the limit of {limit} fixes was reached</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la limite de {limit} corrections a été atteinte</translation>
    </message>
    <message>
        <source>the rule offers no automatic fix</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la règle ne propose aucune correction automatique</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>nothing to do</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rien à faire</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>rien ne change</translation>
    </message>
    <message>
        <source>there is no scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de scénario {id}</translation>
    </message>
    <message>
        <source>there is no unit {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas d&apos;unité {id}</translation>
    </message>
    <message>
        <source>a citation has a reference, whether it is inferred, and a reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une source citée comporte une référence, l&apos;indication qu&apos;elle est déduite ou non, et un motif</translation>
    </message>
    <message>
        <source>there is no unit {id} in any scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun scénario ne comporte d&apos;unité {id}</translation>
    </message>
    <message>
        <source>required body {id}: {field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe requis {id} : {field} : {problem}</translation>
    </message>
    <message>
        <source>dual reporting: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>double rattachement : {problem}</translation>
    </message>
    <message>
        <source>there is no comment {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de commentaire {id}</translation>
    </message>
    <message>
        <source>there is no post {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de poste {id}</translation>
    </message>
    <message>
        <source>a comment needs a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un commentaire doit avoir un texte</translation>
    </message>
    <message>
        <source>a comment with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un commentaire d&apos;identifiant {id} existe déjà</translation>
    </message>
    <message>
        <source>there is no conflict {number}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de conflit n° {number}</translation>
    </message>
    <message>
        <source>the import was made for scenario {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;importation a été préparée pour le scénario {id}</translation>
    </message>
    <message>
        <source>{source} changes nothing in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{source} ne modifie rien dans {scenario}</translation>
    </message>
    <message>
        <source>a line with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une ligne d&apos;identifiant {id} existe déjà</translation>
    </message>
    <message>
        <source>a line needs two different units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une ligne relie deux unités différentes</translation>
    </message>
    <message>
        <source>the {field} of a line cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} d&apos;une ligne ne se modifie pas ici</translation>
    </message>
    <message>
        <source>a line is dual or dotted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une ligne est double ou pointillée</translation>
    </message>
    <message>
        <source>there is no line {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de ligne {id}</translation>
    </message>
    <message>
        <source>a post with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un poste d&apos;identifiant {id} existe déjà</translation>
    </message>
    <message>
        <source>no post to abolish</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun poste à supprimer</translation>
    </message>
    <message>
        <source>the {field} of a post cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} d&apos;un poste ne se modifie pas ici</translation>
    </message>
    <message>
        <source>the {field} of a post is a text</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} d&apos;un poste est un texte</translation>
    </message>
    <message>
        <source>the posts are in {unit} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>les postes sont déjà à {unit}</translation>
    </message>
    <message>
        <source>the {field} of several posts cannot be edited at once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} de plusieurs postes ne se modifie pas en une fois</translation>
    </message>
    <message>
        <source>there is no grade {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de classe {id}</translation>
    </message>
    <message>
        <source>there is no funding source {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de source de financement {id}</translation>
    </message>
    <message>
        <source>there is no scenario role {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de rôle de scénario {id}</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un scénario doit avoir un nom</translation>
    </message>
    <message>
        <source>a scenario is called {name} already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un scénario porte déjà le nom {name}</translation>
    </message>
    <message>
        <source>the baseline cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le scénario de référence ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>there is no region {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de région {id}</translation>
    </message>
    <message>
        <source>there is no function {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de fonction {id}</translation>
    </message>
    <message>
        <source>there is no duty station {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de lieu d&apos;affectation {id}</translation>
    </message>
    <message>
        <source>a region is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une région figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>a function is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une fonction figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>there is no unit {id} to move to</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas d&apos;unité {id} vers laquelle déplacer</translation>
    </message>
    <message>
        <source>no unit to move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité à déplacer</translation>
    </message>
    <message>
        <source>{unit} is the top of the organisation and cannot move</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} est à la tête de l&apos;organisation et ne peut pas être déplacé</translation>
    </message>
    <message>
        <source>{unit} cannot move under {target}, which reports to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne peut pas être placé sous {target}, qui relève de lui</translation>
    </message>
    <message>
        <source>already reporting to {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>relève déjà de {unit}</translation>
    </message>
    <message>
        <source>a unit with id {id} exists already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une unité d&apos;identifiant {id} existe déjà</translation>
    </message>
    <message>
        <source>there is no unit {id} to add under</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas d&apos;unité {id} sous laquelle ajouter</translation>
    </message>
    <message>
        <source>no unit to delete</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune unité à supprimer</translation>
    </message>
    <message>
        <source>the top of the organisation cannot be deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;unité de tête de l&apos;organisation ne peut pas être supprimée</translation>
    </message>
    <message>
        <source>the {field} of a unit cannot be edited here</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} d&apos;une unité ne se modifie pas ici</translation>
    </message>
    <message>
        <source>a unit needs a name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une unité doit avoir un nom</translation>
    </message>
    <message>
        <source>a note has a text, a justification and a reference</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une note comporte un texte, une justification et une référence</translation>
    </message>
    <message>
        <source>{unit} cannot point to itself</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{unit} ne peut pas renvoyer à lui-même</translation>
    </message>
    <message>
        <source>the {field} of a unit map segment kinds to items</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le champ {field} d&apos;une unité associe des types de segments à des éléments</translation>
    </message>
    <message>
        <source>there is no segment kind {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas de type de segment {id}</translation>
    </message>
    <message>
        <source>a {kind} is listed twice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>un élément « {kind} » figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>there is no {kind} {id}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe pas d&apos;élément « {kind} » {id}</translation>
    </message>
    <message>
        <source>a succession lists baseline units and a source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une filiation énumère des unités du scénario de référence et une source</translation>
    </message>
    <message>
        <source>unit {unit} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;unité {unit} n&apos;existe plus ; la correction ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>there is no scenario {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe aucun scénario {scenario}</translation>
    </message>
    <message>
        <source>this fix needs your choice: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cette correction demande votre choix : {fix}</translation>
    </message>
    <message>
        <source>line {line} is gone; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la ligne {line} n&apos;existe plus ; la correction ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>the unit reports to those departments already</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;unité relève déjà de ces départements</translation>
    </message>
    <message>
        <source>the posts are as in the baseline already; the fix no longer applies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>les postes sont déjà conformes à la situation de référence ; la correction ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>part {part} is not deleted</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la composante {part} n&apos;est pas supprimée</translation>
    </message>
    <message>
        <source>map part {part} to another part of {source} or to it</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faites correspondre la composante {part} à une autre composante de {source} ou à la source elle-même</translation>
    </message>
    <message>
        <source>part {part} is used by {uses}; map it to another part or to its source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la composante {part} est utilisée par {uses} ; faites-la correspondre à une autre composante ou à sa source</translation>
    </message>
    <message>
        <source>part {part}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>composante {part} : {problem}</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(sans code)</translation>
    </message>
    <message>
        <source>funding id {part} is used twice; a part needs a code no other source or part has</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le code de financement {part} est employé deux fois ; une composante doit avoir un code qu&apos;aucune autre source ni composante n&apos;a</translation>
    </message>
    <message>
        <source>the cost of {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le coût de la classe {grade}</translation>
    </message>
    <message>
        <source>line {line}: write a name, a colon, then the unit ids</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne {line} : écrivez un nom, deux-points, puis les codes des unités</translation>
    </message>
    <message>
        <source>line {line}: a group names two units or more</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne {line} : un groupe compte au moins deux unités</translation>
    </message>
    <message>
        <source>line {line}: no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne {line} : aucun scénario n&apos;a d&apos;unité {unit}</translation>
    </message>
    <message>
        <source>line {line}: a second group called {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ligne {line} : un second groupe nommé {name}</translation>
    </message>
    <message>
        <source>{text}: write a unit id, &apos;=&apos;, then a grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{text} : écrivez un code d&apos;unité, « = », puis une classe</translation>
    </message>
    <message>
        <source>no scenario has a unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucun scénario n&apos;a d&apos;unité {unit}</translation>
    </message>
    <message>
        <source>there is no grade {grade}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe aucune classe {grade}</translation>
    </message>
    <message>
        <source>{count} posts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} postes dans {scenario}</translation>
    </message>
    <message>
        <source>{count} unit heads in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} chefs d&apos;unité dans {scenario}</translation>
    </message>
    <message>
        <source>{count} units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} unités dans {scenario}</translation>
    </message>
    <message>
        <source>{count} department mappings in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} correspondances de département dans {scenario}</translation>
    </message>
    <message>
        <source>required body {body} (where it sits)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe obligatoire {body} (son rattachement)</translation>
    </message>
    <message>
        <source>required body {body} (its chair)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>organe obligatoire {body} (sa présidence)</translation>
    </message>
    <message>
        <source>{count} posts funded by its parts in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} postes financés par ses composantes dans {scenario}</translation>
    </message>
    <message>
        <source>the entry-point grade of {kind}s</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la classe des points d&apos;entrée ({kind})</translation>
    </message>
    <message>
        <source>rule parameters: {name}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>paramètres des règles : {name}</translation>
    </message>
    <message>
        <source>{uses}; {use}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{uses} ; {use}</translation>
    </message>
    <message>
        <source>there is no rule {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe aucune règle {rule}</translation>
    </message>
    <message>
        <source>a severity is one of {severities}, not {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la gravité est l&apos;une des valeurs {severities}, et non {severity}</translation>
    </message>
    <message>
        <source>{rule} is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rule} est déjà réglée ainsi</translation>
    </message>
    <message>
        <source>every rule is already set that way</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>toutes les règles sont déjà réglées ainsi</translation>
    </message>
    <message>
        <source>1 member unit in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 unité membre dans {scenario}</translation>
    </message>
    <message>
        <source>{count} member units in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} unités membres dans {scenario}</translation>
    </message>
    <message>
        <source>1 entry point in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 point d&apos;entrée dans {scenario}</translation>
    </message>
    <message>
        <source>{count} entry points in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} points d&apos;entrée dans {scenario}</translation>
    </message>
    <message>
        <source>the code &quot;region&quot; is the built-in regions&apos;; choose another</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le code « region » est celui des régions intégrées ; choisissez-en un autre</translation>
    </message>
    <message>
        <source>there is a segment kind {kind} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il existe déjà un type de segment {kind} ; chacun doit avoir son propre code</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each {kind} needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le code {code} est employé deux fois ; chaque élément ({kind}) doit avoir le sien</translation>
    </message>
    <message>
        <source>the code {code} is used twice; each item needs its own</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le code {code} est employé deux fois ; chaque élément doit avoir le sien</translation>
    </message>
    <message>
        <source>{item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{item} : {problem}</translation>
    </message>
    <message>
        <source>the regions come first among the segment kinds, once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>les régions viennent en premier parmi les types de segments, une seule fois</translation>
    </message>
    <message>
        <source>the regions keep their code and name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>les régions gardent leur code et leur nom</translation>
    </message>
    <message>
        <source>each kind of the design is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>chaque type de la conception ne figure qu&apos;une fois</translation>
    </message>
    <message>
        <source>segment kind {kind} is used by {uses}; clear it first</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le type de segment {kind} est utilisé par {uses} ; videz-le d&apos;abord</translation>
    </message>
    <message>
        <source>each item of {kind} is shown once</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>chaque élément de {kind} ne figure qu&apos;une fois</translation>
    </message>
    <message>
        <source>map {item} to another item of {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faites correspondre {item} à un autre élément de {kind}</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;élément {item} ({kind}) est utilisé par {uses} ; faites-le correspondre à un autre</translation>
    </message>
    <message>
        <source>code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>code</translation>
    </message>
    <message>
        <source>name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>nom</translation>
    </message>
    <message>
        <source>category</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>description</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>description</translation>
    </message>
    <message>
        <source>{kind} {item} is used by {uses}; map it to another {kind}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;entrée {item} ({kind}) est utilisée par {uses} ; faites-la correspondre à une autre entrée ({kind})</translation>
    </message>
    <message>
        <source>there is no {kind} {item}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il n&apos;existe aucune entrée {item} ({kind})</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <source>{kind} {item} cannot move there</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;entrée {item} ({kind}) ne peut pas être déplacée à cet endroit</translation>
    </message>
    <message>
        <source>map {kind} {item} to another {kind} of the design</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>faites correspondre l&apos;entrée {item} ({kind}) à une autre entrée ({kind}) de la conception</translation>
    </message>
    <message>
        <source>{name} is not a rule parameter the settings edit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name} n&apos;est pas un paramètre de règle modifiable dans les paramètres</translation>
    </message>
    <message>
        <source>there is no unit {unit} in {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le scénario {scenario} n&apos;a pas d&apos;unité {unit}</translation>
    </message>
    <message>
        <source>sits with: {function} is not another function of the catalogue</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>regroupée avec : {function} n&apos;est pas une autre fonction du catalogue</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le coût de la classe {grade} ({funding})</translation>
    </message>
    <message>
        <source>the cost of {grade} at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le coût de la classe {grade} à {station}</translation>
    </message>
    <message>
        <source>the cost of {grade} ({funding}) at {station}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>le coût de la classe {grade} ({funding}) à {station}</translation>
    </message>
    <message>
        <source>there is a {kind} {code} already; each needs its own code</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>il existe déjà une entrée {code} ({kind}) ; chacune doit avoir son propre code</translation>
    </message>
    <message>
        <source>a currency is three capital letters (ISO 4217), such as USD</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>une monnaie s&apos;écrit en trois lettres majuscules (ISO 4217), par exemple USD</translation>
    </message>
    <message>
        <source>a cost year is between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>l&apos;année des coûts est comprise entre {low} et {high}</translation>
    </message>
    <message>
        <source>{rate} is for a grade or funding source the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} porte sur une classe ou une source de financement absente de la conception</translation>
    </message>
    <message>
        <source>{rate} is for a duty station the design lacks</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} porte sur un lieu d&apos;affectation absent de la conception</translation>
    </message>
    <message>
        <source>{rate} is between 0 and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} doit être compris entre 0 et {high}</translation>
    </message>
    <message>
        <source>{rate} is given twice; keep one</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{rate} figure deux fois ; n&apos;en gardez qu&apos;un</translation>
    </message>
    <message>
        <source>between {low} and {high}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>entre {low} et {high}</translation>
    </message>
    <message>
        <source>{kind} {item}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{kind} {item} : {problem}</translation>
    </message>
    <message>
        <source>cost table: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>tableau des coûts : {problem}</translation>
    </message>
    <message>
        <source>rules: {name}: {problem}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>règles : {name} : {problem}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Changes from {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changements de {old} à {new}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Nom</translation>
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
        <source>Continuing</source>
        <extracomment>The movement table&apos;s first two categories (the others are in its ``order``).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Maintien</translation>
    </message>
    <message>
        <source>Redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéployés entre unités</translation>
    </message>
    <message>
        <source>Duty station changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changement de lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Established</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Créations</translation>
    </message>
    <message>
        <source>Abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Suppressions</translation>
    </message>
    <message>
        <source>Reclassified</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Reclassements</translation>
    </message>
    <message>
        <source>Funding changed</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changement de financement</translation>
    </message>
    <message>
        <source>Post redeployment: {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Redéploiement des postes : de {old} à {new}</translation>
    </message>
    <message>
        <source>Action</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>From department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département d&apos;origine</translation>
    </message>
    <message>
        <source>From unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité d&apos;origine</translation>
    </message>
    <message>
        <source>To department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département de destination</translation>
    </message>
    <message>
        <source>To unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité de destination</translation>
    </message>
    <message>
        <source>Grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source de financement</translation>
    </message>
    <message>
        <source>Posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Cost effect ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Incidence sur les coûts ({currency})</translation>
    </message>
    <message>
        <source>{action} ({count} posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{action} ({count} postes)</translation>
    </message>
    <message>
        <source>Total</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Total</translation>
    </message>
    <message>
        <source>Continuing posts stay in their unit or its successor; those listed moved with it to a successor unit or to another department (one that does not succeed theirs), the rest stay where they were (see the accounting). Continuing and redeployed posts keep their cost; the cost effect column adds establishments, abolitions, reclassifications, funding changes and changes of duty station (each at the post&apos;s grade and funding in the proposal).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les postes maintenus restent dans leur unité ou dans l&apos;unité qui lui succède ; ceux qui sont énumérés l&apos;ont suivie dans une unité qui lui succède ou dans un autre département (qui ne succède pas au leur), les autres restent où ils étaient (voir la justification). Les postes maintenus et redéployés conservent leur coût ; la colonne de l&apos;incidence sur les coûts additionne les créations, les suppressions, les reclassements, les changements de financement et les changements de lieu d&apos;affectation (chacun à la classe et au financement du poste dans la proposition).</translation>
    </message>
    <message>
        <source>{count} of these posts have a grade and funding source with no standard cost; they count as 0 (first: {first}).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} de ces postes ont une classe et une source de financement sans coût standard ; ils comptent pour 0 (premier : {first}).</translation>
    </message>
    <message>
        <source>Accounting for every post and cost, {old} to {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Justification de chaque poste et de chaque coût, de {old} à {new}</translation>
    </message>
    <message>
        <source>Line</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>{scenario}: posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : postes</translation>
    </message>
    <message>
        <source>continuing in their unit or its successor</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>maintenus dans leur unité ou celle qui lui succède</translation>
    </message>
    <message>
        <source>redeployed between units</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redéployés entre unités</translation>
    </message>
    <message>
        <source>abolished</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>supprimés</translation>
    </message>
    <message>
        <source>Funding changed: into the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changement de financement : vers la source</translation>
    </message>
    <message>
        <source>Funding changed: out of the source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Changement de financement : hors de la source</translation>
    </message>
    <message>
        <source>{scenario}: annual cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : coût annuel</translation>
    </message>
    <message>
        <source>established posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes créés</translation>
    </message>
    <message>
        <source>abolished posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes supprimés</translation>
    </message>
    <message>
        <source>reclassifications</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>reclassements</translation>
    </message>
    <message>
        <source>funding changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changements de financement</translation>
    </message>
    <message>
        <source>duty station changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changements de lieu d&apos;affectation</translation>
    </message>
    <message>
        <source>Change (0: cost neutral)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation (0 : sans incidence sur les coûts)</translation>
    </message>
    <message>
        <source>{old} posts = continuing + redeployed + abolished; {new} posts = continuing + redeployed + established. Cost neutral in: {sources}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes de {old} = maintenus + redéployés + supprimés ; postes de {new} = maintenus + redéployés + créés. Sans incidence sur les coûts pour : {sources}.</translation>
    </message>
    <message>
        <source>no source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>aucune source</translation>
    </message>
    <message>
        <source>Annual cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coût annuel ({currency})</translation>
    </message>
    <message>
        <source>{before} to {after}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{before} à {after}</translation>
    </message>
    <message>
        <source>posts by unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>postes par unité</translation>
    </message>
    <message>
        <source>post redeployment</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>redéploiement des postes</translation>
    </message>
    <message>
        <source>cost summary</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>récapitulatif des coûts</translation>
    </message>
    <message>
        <source>changes</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>changements</translation>
    </message>
    <message>
        <source>sources</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>sources</translation>
    </message>
    <message>
        <source>{title}: {table}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{title} : {table}</translation>
    </message>
    <message>
        <source>Posts by unit: {old} and {new}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par unité : {old} et {new}</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Identifiant de l&apos;unité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Département</translation>
    </message>
    <message>
        <source>Sources of every element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sources de chaque élément</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Element</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Source</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tag</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Reason</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Motif</translation>
    </message>
    <message>
        <source>{scenario}: {elements} elements, {sourced} sourced [S], {inferred} inferred [I], {missing} without a source.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : {elements} éléments, dont {sourced} sourcés [S], {inferred} déduits [I] et {missing} sans source.</translation>
    </message>
    <message>
        <source> (see {ref})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation> (voir {ref})</translation>
    </message>
    <message>
        <source>Subtotals by department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sous-totaux par département</translation>
    </message>
    <message>
        <source>Annual costs at the design&apos;s standard costs, in {currency}; the change rows are {new} minus {old}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coûts annuels aux coûts standard de la conception, en {currency} ; les lignes de variation sont {new} moins {old}.</translation>
    </message>
    <message>
        <source>Posts with no standard cost, counted as 0: {count}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes sans coût standard, comptés pour 0 : {count}.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>(no department)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>(aucun département)</translation>
    </message>
    <message>
        <source>Annual cost by funding source</source>
        <extracomment>The key of the subtotal of posts in units below no department (the top, stray units).</extracomment>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Coût annuel par source de financement</translation>
    </message>
    <message>
        <source>{scenario}: cost ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{scenario} : coût ({currency})</translation>
    </message>
    <message>
        <source>Change, {scenario} ({currency})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation, {scenario} ({currency})</translation>
    </message>
    <message>
        <source>Changes are against {scenario}.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les variations sont calculées par rapport à {scenario}.</translation>
    </message>
    <message>
        <source>Posts by grade</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par classe</translation>
    </message>
    <message>
        <source>Change, {scenario}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Variation, {scenario}</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <source>Total cost equals the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le coût total est égal à celui de la situation de référence</translation>
    </message>
    <message>
        <source>The proposal&apos;s total annual cost must equal the baseline&apos;s, within the tolerance the design sets (0 unless it says otherwise): the restructuring was presented as cost neutral.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le coût annuel total de la proposition doit être égal à celui de la situation de référence, à la tolérance près que fixe la conception (0 sauf indication contraire) : la restructuration a été présentée comme sans incidence sur les coûts.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 12 and 63</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 12 et 63</translation>
    </message>
    <message>
        <source>Each funding source costs what it cost</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque source de financement coûte ce qu&apos;elle coûtait</translation>
    </message>
    <message>
        <source>The cost of each funding source (regular budget, support account, extrabudgetary) must equal the baseline&apos;s: nothing moves between funding sources, and the use of the peacekeeping support account and the regular budget stays as it is.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le coût de chaque source de financement (budget ordinaire, compte d&apos;appui, ressources extrabudgétaires) doit être égal à celui de la situation de référence : rien ne passe d&apos;une source de financement à une autre, et l&apos;utilisation du compte d&apos;appui aux opérations de maintien de la paix et du budget ordinaire reste inchangée.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 6 and 34</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 6 et 34</translation>
    </message>
    <message>
        <source>Posts by grade against the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Postes par classe par rapport à la situation de référence</translation>
    </message>
    <message>
        <source>Reports the posts of each grade against the baseline, and warns when senior posts (the design&apos;s senior grade and above, D-1 and above for the UN) grow without an offset, which approving bodies scrutinise first.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Indique les postes de chaque classe par rapport à la situation de référence, et avertit lorsque les postes de haut niveau (la classe supérieure fixée par la conception et au-delà, D-1 et au-delà pour l&apos;ONU) augmentent sans compensation, ce que les organes d&apos;approbation examinent en premier.</translation>
    </message>
    <message>
        <source>budget practice (A/72/772 staffing tables)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pratique budgétaire (tableaux d&apos;effectifs de A/72/772)</translation>
    </message>
    <message>
        <source>Every function is kept</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque fonction est conservée</translation>
    </message>
    <message>
        <source>Every function the baseline carried is carried by some unit of the proposal: the restructuring changes neither the mandates nor the functions of the entities.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque fonction assurée dans la situation de référence est assurée par une unité de la proposition : la restructuration ne modifie ni les mandats ni les fonctions des entités.</translation>
    </message>
    <message>
        <source>A/72/525 para. 6</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 6</translation>
    </message>
    <message>
        <source>Functions sit in their required department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les fonctions relèvent du département prescrit</translation>
    </message>
    <message>
        <source>Functions with a required home sit there: electoral assistance, mediation support, support to the Peacebuilding Commission and management of the Peacebuilding Fund in DPPA; military affairs, police, rule of law, security sector reform, DDR and mine action in DPO; and police and military in the same department.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les fonctions qui ont un rattachement prescrit y sont placées : assistance électorale, appui à la médiation, appui à la Commission de consolidation de la paix et gestion du Fonds pour la consolidation de la paix au DPPA ; affaires militaires, police, état de droit, réforme du secteur de la sécurité, DDR et lutte antimines au DPO ; et la police et les affaires militaires dans le même département.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 23-24, 27 and 31-32</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 23-24, 27 et 31-32</translation>
    </message>
    <message>
        <source>Each department has gender capacity</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque département dispose de capacités en matière de genre</translation>
    </message>
    <message>
        <source>Both departments keep dedicated gender capacity: a unit that carries it.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les deux départements conservent des capacités spécialisées en matière de genre : une unité qui les porte.</translation>
    </message>
    <message>
        <source>A/72/525 para. 44</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 44</translation>
    </message>
    <message>
        <source>The bodies the design requires</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les organes que la conception exige</translation>
    </message>
    <message>
        <source>Each body the design declares as required (rules.required_bodies) exists, chaired by the unit or role the design names, with the members it names; other members are allowed. The rule is off when the design declares no such body. The UN sample declares the Standing Principals&apos; Group, chaired by the Secretary-General with the heads of both departments (para. 42; the arrangement of November 2018 added the Chef de Cabinet and the heads of counter-terrorism and disarmament).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque organe que la conception déclare obligatoire (rules.required_bodies) existe, présidé par l&apos;unité ou le rôle que la conception désigne, avec les membres qu&apos;elle désigne ; d&apos;autres membres sont admis. La règle est désactivée lorsque la conception ne déclare aucun organe de ce type. L&apos;exemple de l&apos;ONU déclare le Groupe permanent des principaux responsables, présidé par le Secrétaire général avec les chefs des deux départements (par. 42 ; l&apos;arrangement de novembre 2018 y a ajouté le Chef de cabinet et les chefs de la lutte contre le terrorisme et du désarmement).</translation>
    </message>
    <message>
        <source>A/72/525 para. 42; the design&apos;s rules.required_bodies</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 42 ; rules.required_bodies de la conception</translation>
    </message>
    <message>
        <source>The Peacebuilding Fund keeps its link to the Executive Office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le Fonds pour la consolidation de la paix conserve son lien avec le Cabinet</translation>
    </message>
    <message>
        <source>The unit that manages the Peacebuilding Fund keeps a functional link (a dual or dotted line, from it or a unit above it) to the Executive Office of the Secretary-General.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>L&apos;unité qui gère le Fonds pour la consolidation de la paix conserve un lien fonctionnel (une ligne double ou en pointillé, partant d&apos;elle ou d&apos;une unité supérieure) avec le Cabinet du Secrétaire général.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 24</translation>
    </message>
    <message>
        <source>One entry point for every region</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Un point d&apos;entrée unique pour chaque région</translation>
    </message>
    <message>
        <source>Every region has exactly one headquarters entry point: one unit of the shared regional structure, led at the design&apos;s entry-point grade (an ASG for the UN), designated for it. None leaves the region uncovered; two or more give field presences conflicting entry points. The same holds for every item of any other segment list the design marks as needing entry points (client groups, sectors ...).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque région a exactement un point d&apos;entrée au Siège : une unité de la structure régionale commune, dirigée à la classe de point d&apos;entrée fixée par la conception (un SSG pour l&apos;ONU), désignée pour elle. Aucun laisse la région sans couverture ; deux ou plus donnent aux présences sur le terrain des points d&apos;entrée concurrents. Il en va de même pour chaque élément de toute autre liste de segments que la conception marque comme nécessitant des points d&apos;entrée (groupes de clients, secteurs...).</translation>
    </message>
    <message>
        <source>A/72/525 paras. 33-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 33 à 35</translation>
    </message>
    <message>
        <source>Every field presence is covered</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque présence sur le terrain est couverte</translation>
    </message>
    <message>
        <source>Every field presence (peacekeeping operation, special political mission, regional office, envoy) has a region and is backstopped by a unit under that region&apos;s entry point, so that headquarters speaks to it with one voice. A unit that belongs to an item of another segment list (a client group, a sector ...) sits under, or is backstopped by a unit under, that item&apos;s entry point.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque présence sur le terrain (opération de maintien de la paix, mission politique spéciale, bureau régional, envoyé) a une région et reçoit l&apos;appui d&apos;une unité placée sous le point d&apos;entrée de cette région, afin que le Siège lui parle d&apos;une seule voix. Une unité qui appartient à un élément d&apos;une autre liste de segments (un groupe de clients, un secteur...) est placée sous le point d&apos;entrée de cet élément, ou reçoit l&apos;appui d&apos;une unité qui s&apos;y trouve.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 34-35</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 34 et 35</translation>
    </message>
    <message>
        <source>Units that report to two departments have both lines</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les unités qui relèvent de deux départements ont les deux lignes</translation>
    </message>
    <message>
        <source>Each regional entry point of the shared structure (at the entry-point grade, when the design sets one) reports to the heads of both departments, and so does every unit, of any kind, that the design marks as reporting to two or more departments (rules.dual_reporting: unit id -&gt; department roles): one line may be primary, the others dual lines, which may carry a condition (to DPO for peacekeeping operations and field missions, to DPPA otherwise).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque point d&apos;entrée régional de la structure commune (à la classe de point d&apos;entrée, lorsque la conception en fixe une) relève des chefs des deux départements, de même que toute unité, de quelque type que ce soit, que la conception marque comme relevant de deux départements ou plus (rules.dual_reporting : identifiant d&apos;unité -&gt; rôles de département) : une ligne peut être principale, les autres sont des lignes doubles, qui peuvent porter une condition (vers le DPO pour les opérations de maintien de la paix et les missions sur le terrain, vers le DPPA sinon).</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_reporting</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 36 ; rules.dual_reporting de la conception</translation>
    </message>
    <message>
        <source>Field presences have the right lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les présences sur le terrain ont le bon département chef de file</translation>
    </message>
    <message>
        <source>Peacekeeping operations are led by the operations department (DPO); regional offices, envoys and political-process offices by the political department (DPPA); a field special political mission names its lead, DPO by default.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les opérations de maintien de la paix relèvent du département des opérations (DPO) ; les bureaux régionaux, les envoyés et les bureaux chargés de processus politiques, du département politique (DPPA) ; une mission politique spéciale sur le terrain désigne son chef de file, le DPO par défaut.</translation>
    </message>
    <message>
        <source>Named groups of units stay under one parent</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les groupes d&apos;unités désignés restent sous une même unité de rattachement</translation>
    </message>
    <message>
        <source>Each group of units the design names (rules.keep_together: group name -&gt; unit ids) sits under one parent: a reform that promises to keep the components of an office together (PBSO&apos;s policy, intergovernmental and financing components, under an ASG) does not split them. Units of a group that a scenario does not have are not checked.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Chaque groupe d&apos;unités que la conception désigne (rules.keep_together : nom du groupe -&gt; identifiants d&apos;unités) est placé sous une même unité de rattachement : une réforme qui promet de garder ensemble les composantes d&apos;un bureau (les composantes politique, intergouvernementale et financement du Bureau d&apos;appui à la consolidation de la paix (PBSO), sous un SSG) ne les sépare pas. Les unités d&apos;un groupe qu&apos;un scénario ne comporte pas ne sont pas vérifiées.</translation>
    </message>
    <message>
        <source>A/72/525 para. 24; the design&apos;s rules.keep_together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 24 ; rules.keep_together de la conception</translation>
    </message>
    <message>
        <source>Head grades keep their promised level and match the posts</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les classes des chefs restent au niveau promis et correspondent aux postes</translation>
    </message>
    <message>
        <source>A unit the design requires to be led at a grade (rules.required_head_grades: unit id -&gt; grade; an ASG for PBSO and the Office of Military Affairs) keeps that head grade. When the design asks for it (rules.head_grade_from_posts), a unit&apos;s head grade is the grade of its most senior post: a head without a post of its grade, or a post more senior than the head, is a warning.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité que la conception exige de voir dirigée à une classe donnée (rules.required_head_grades : identifiant d&apos;unité -&gt; classe ; un SSG pour le PBSO et le Bureau des affaires militaires) conserve cette classe de chef. Lorsque la conception le demande (rules.head_grade_from_posts), la classe du chef d&apos;une unité est celle de son poste le plus élevé : un chef sans poste de sa classe, ou un poste plus élevé que le chef, donne lieu à un avertissement.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 24, 31-32; the design&apos;s rules.required_head_grades</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 24, 31 et 32 ; rules.required_head_grades de la conception</translation>
    </message>
    <message>
        <source>Field presences sit under their lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les présences sur le terrain sont placées sous leur département chef de file</translation>
    </message>
    <message>
        <source>When the design asks for it (rules.lead_follows_chart), a field presence&apos;s lead department is the department it sits under on the chart, unless it is backstopped across: a dual or dotted line from it to its lead department (or a unit in it) says so. A chart that draws a peacekeeping operation under the political department while the operations department leads it tells two stories.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Lorsque la conception le demande (rules.lead_follows_chart), le département chef de file d&apos;une présence sur le terrain est le département sous lequel elle est placée sur l&apos;organigramme, sauf si elle reçoit l&apos;appui d&apos;un autre département : une ligne double ou en pointillé allant d&apos;elle à son département chef de file (ou à une unité de celui-ci) l&apos;indique. Un organigramme qui place une opération de maintien de la paix sous le département politique alors que le département des opérations en est le chef de file raconte deux histoires.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 21 and 28-29</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 21 et 28-29</translation>
    </message>
    <message>
        <source>Primary lines form one tree</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les lignes principales forment un seul arbre</translation>
    </message>
    <message>
        <source>Primary reporting lines form one tree: no cycle, one primary parent for each unit, and every unit reaches the top of the organisation.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les lignes hiérarchiques principales forment un seul arbre : pas de cycle, un seul parent principal pour chaque unité, et chaque unité remonte jusqu&apos;au sommet de l&apos;organisation.</translation>
    </message>
    <message>
        <source>sound hierarchy (practice)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>hiérarchie saine (pratique)</translation>
    </message>
    <message>
        <source>Heads are junior to their parents&apos; heads</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les chefs ont une classe inférieure à celle des chefs dont ils relèvent</translation>
    </message>
    <message>
        <source>A unit&apos;s head is junior to the head of the unit it reports to (the nearest one above it that has a head grade), by the order of the design&apos;s grade ladder.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Le chef d&apos;une unité a une classe inférieure à celle du chef de l&apos;unité dont elle relève (la plus proche au-dessus d&apos;elle qui a une classe de chef), selon l&apos;ordre de l&apos;échelle des classes de la conception.</translation>
    </message>
    <message>
        <source>grading practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pratique de classement</translation>
    </message>
    <message>
        <source>Span of control and layers within limits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Étendue du contrôle et nombre de niveaux dans les limites</translation>
    </message>
    <message>
        <source>No unit has more direct reports than the design&apos;s span limit, and no unit sits deeper than the design&apos;s number of layers (the top is layer 1).</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune unité n&apos;a plus de subordonnés directs que la limite fixée par la conception, et aucune unité ne se trouve plus bas que le nombre de niveaux de la conception (le sommet est le niveau 1).</translation>
    </message>
    <message>
        <source>organisation design practice</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pratique de conception organisationnelle</translation>
    </message>
    <message>
        <source>Dual lines say when each applies, as the design splits them</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les lignes doubles indiquent quand chacune s&apos;applique, selon la répartition de la conception</translation>
    </message>
    <message>
        <source>A unit that reports to two departments (a regional entry point, or a unit of rules.dual_reporting) reports to each for the field presences the design gives that department (rules.dual_conditions: presence type -&gt; department role): the condition of its dual line to a department names that department&apos;s types and none of the others&apos;. Under A/72/525 the regional ASGs report to DPPA for regional offices, political-process offices and envoys, and to DPO for peacekeeping operations.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Une unité qui relève de deux départements (un point d&apos;entrée régional, ou une unité de rules.dual_reporting) relève de chacun pour les présences sur le terrain que la conception attribue à ce département (rules.dual_conditions : type de présence -&gt; rôle de département) : la condition de sa ligne double vers un département nomme les types de ce département et aucun de ceux des autres. Selon le document A/72/525, les SSG régionaux relèvent du DPPA pour les bureaux régionaux, les bureaux chargés de processus politiques et les envoyés, et du DPO pour les opérations de maintien de la paix.</translation>
    </message>
    <message>
        <source>A/72/525 para. 36; the design&apos;s rules.dual_conditions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 36 ; rules.dual_conditions de la conception</translation>
    </message>
    <message>
        <source>Regional entry points are spread over several holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les points d&apos;entrée régionaux sont répartis entre plusieurs titulaires</translation>
    </message>
    <message>
        <source>The regions&apos; entry points are held by at least as many units as the design states (rules.min_entry_point_holders): a reform that promises several regional ASGs (A/72/525 speaks of ASGs with regional responsibilities) does not make one of them the entry point for every region.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Les points d&apos;entrée des régions sont tenus par au moins autant d&apos;unités que la conception l&apos;indique (rules.min_entry_point_holders) : une réforme qui promet plusieurs SSG régionaux (le document A/72/525 parle de SSG ayant des responsabilités régionales) ne fait pas de l&apos;un d&apos;eux le point d&apos;entrée de toutes les régions.</translation>
    </message>
    <message>
        <source>A/72/525 paras. 20(c) and 33; the design&apos;s rules.min_entry_point_holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>A/72/525, par. 20 c) et 33 ; rules.min_entry_point_holders de la conception</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>information</translation>
    </message>
</context>
<context>
    <name>Skip</name>
    <message>
        <source>this rule compares a proposal with the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cette règle compare une proposition à la situation de référence</translation>
    </message>
    <message>
        <source>the design names no senior grade (rules.senior_grade)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne désigne aucune classe de haut niveau (rules.senior_grade)</translation>
    </message>
    <message>
        <source>it compares a proposal with the baseline and does not apply to the baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>elle compare une proposition à la situation de référence et ne s&apos;applique pas à celle-ci</translation>
    </message>
    <message>
        <source>this design turns it off (rules.rule_overrides)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>cette conception la désactive (rules.rule_overrides)</translation>
    </message>
    <message>
        <source>the design gives no function a required home</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception n&apos;impose de rattachement à aucune fonction</translation>
    </message>
    <message>
        <source>this scenario maps no departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario ne désigne aucun département</translation>
    </message>
    <message>
        <source>the design names no gender function (rules.gender_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne désigne aucune fonction relative au genre (rules.gender_function)</translation>
    </message>
    <message>
        <source>the design declares no required body (rules.required_bodies)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne déclare aucun organe obligatoire (rules.required_bodies)</translation>
    </message>
    <message>
        <source>this scenario has no single top unit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;a pas d&apos;unité de sommet unique</translation>
    </message>
    <message>
        <source>this scenario maps fewer than two departments</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario désigne moins de deux départements</translation>
    </message>
    <message>
        <source>this scenario maps no department to the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;attribue aucun département au rôle {role}</translation>
    </message>
    <message>
        <source>this scenario has no unit {unit}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;a pas d&apos;unité {unit}</translation>
    </message>
    <message>
        <source>this scenario has no unit in the role {role}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;a pas d&apos;unité dans le rôle {role}</translation>
    </message>
    <message>
        <source>the design names no Peacebuilding Fund function (rules.pbf_function)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne désigne aucune fonction relative au Fonds pour la consolidation de la paix (rules.pbf_function)</translation>
    </message>
    <message>
        <source>this scenario names no executive office</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario ne désigne aucun bureau exécutif</translation>
    </message>
    <message>
        <source>the design maps no field-presence type to a lead department</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception n&apos;associe aucun type de présence sur le terrain à un département chef de file</translation>
    </message>
    <message>
        <source>the design names no group of units to keep together</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne désigne aucun groupe d&apos;unités à garder ensemble</translation>
    </message>
    <message>
        <source>the design requires no head grade (rules.required_head_grades, rules.head_grade_from_posts)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception n&apos;exige aucune classe de chef (rules.required_head_grades, rules.head_grade_from_posts)</translation>
    </message>
    <message>
        <source>the design has no grade ladder</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception n&apos;a pas d&apos;échelle des classes</translation>
    </message>
    <message>
        <source>the design does not ask that leads follow the chart (rules.lead_follows_chart)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne demande pas que les chefs de file suivent l&apos;organigramme (rules.lead_follows_chart)</translation>
    </message>
    <message>
        <source>the design does not ask for one entry point per region (rules.regional_entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne demande pas un point d&apos;entrée par région (rules.regional_entry_points)</translation>
    </message>
    <message>
        <source>the design defines no regions</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne définit aucune région</translation>
    </message>
    <message>
        <source>the design asks for one entry point in no segment list (rules.regional_entry_points, segment_kinds[].entry_points)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne demande de point d&apos;entrée unique dans aucune liste de segments (rules.regional_entry_points, segment_kinds[].entry_points)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure) and no unit the design marks as reporting to two departments (rules.dual_reporting)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;a pas de structure commune (roles.shared_structure) ni d&apos;unité que la conception marque comme relevant de deux départements (rules.dual_reporting)</translation>
    </message>
    <message>
        <source>this scenario has no shared structure (roles.shared_structure)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;a pas de structure commune (roles.shared_structure)</translation>
    </message>
    <message>
        <source>this scenario maps no department to some role {unit} reports to ({roles})</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;associe aucun département à certains des rôles dont relève {unit} ({roles})</translation>
    </message>
    <message>
        <source>the design splits no dual lines by presence type</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne répartit aucune ligne double par type de présence</translation>
    </message>
    <message>
        <source>this scenario maps no department the dual conditions name</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>ce scénario n&apos;associe aucun des départements que nomment les conditions des lignes doubles</translation>
    </message>
    <message>
        <source>the design states no least number of entry-point holders</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne fixe aucun nombre minimal d&apos;unités titulaires de points d&apos;entrée</translation>
    </message>
    <message>
        <source>the design sets no span or layer limit</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>la conception ne fixe aucune limite de subordonnés directs ni de niveaux</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>translator-credits</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Traduction française : session i19-core (Claude), 2026-12-02 ; à faire relire par un locuteur natif.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
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
        <translation>Informations</translation>
    </message>
    <message>
        <source>1 error</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 erreur</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} avertissements</translation>
    </message>
    <message>
        <source>1 info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>1 information</translation>
    </message>
    <message>
        <source>{count} info</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{count} informations</translation>
    </message>
    <message>
        <source>baseline</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>situation de référence</translation>
    </message>
    <message>
        <source>proposal</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>proposition</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Aucune constatation.</translation>
    </message>
    <message>
        <source>({count} rules not checked)</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>({count} règles non vérifiées)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>Non vérifiées</translation>
    </message>
    <message>
        <source>fix: {description}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>correction : {description}</translation>
    </message>
    <message>
        <source>no fix: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>pas de correction : {reason}</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : 1 correction appliquée, aucune erreur restante</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, no error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : {count} corrections appliquées, aucune erreur restante</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : 1 correction appliquée, 1 erreur restante</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, 1 error left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : {count} corrections appliquées, 1 erreur restante</translation>
    </message>
    <message>
        <source>{name}  [{id}]: 1 fix applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : 1 correction appliquée, {left} erreurs restantes</translation>
    </message>
    <message>
        <source>{name}  [{id}]: {count} fixes applied, {left} errors left</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{name}  [{id}] : {count} corrections appliquées, {left} erreurs restantes</translation>
    </message>
    <message>
        <source>fixed {rule}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>corrigé {rule}</translation>
    </message>
    <message>
        <source>by: {fix}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>par : {fix}</translation>
    </message>
    <message>
        <source>not fixed {severity}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>non corrigé : {severity}</translation>
    </message>
    <message>
        <source>why: {reason}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>motif : {reason}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translatorcomment>needs review by a native speaker</translatorcomment>
        <translation>{path} écrit</translation>
    </message>
</context>
</TS>
