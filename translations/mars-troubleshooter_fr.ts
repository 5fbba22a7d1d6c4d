<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation>Échec de l&apos;écriture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation>Relu, %1 vaut %2 au lieu du texte écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation>Relu, %1 vaut %2 au lieu de %3&#xa0;; l&apos;ancien texte a été réécrit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation>Ajouter le dossier de modules de l&apos;agent à PSModulePath</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation>Il n&apos;est pas certain que la variable PSModulePath de l&apos;ordinateur contienne déjà le dossier de modules de l&apos;agent&#xa0;: relancez la vérification avant toute autre chose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation>Le dossier d&apos;installation de l&apos;agent est inconnu&#xa0;; son dossier de modules ne peut donc pas être ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation>Ce correctif ne peut pas compléter la variable PSModulePath de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation>Ce serveur n&apos;a pas de valeur PSModulePath au niveau de l&apos;ordinateur&#xa0;; ce correctif ne fait que compléter une valeur existante. Ajoutez-la dans Propriétés système &gt; Paramètres système avancés &gt; Variables d&apos;environnement (System Properties &gt; Advanced &gt; Environment Variables).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation>%1 n&apos;est pas une valeur de type texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation>La variable PSModulePath de l&apos;ordinateur contient déjà le dossier de modules de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation>Il n&apos;y a rien à ajouter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation>Le serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>en fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation>doit redémarrer une fois&#xa0;: le service et les tâches de l&apos;agent lisent PSModulePath à leur démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation>Ajouter %1 à la fin de la variable PSModulePath de l&apos;ordinateur (%2 reste inchangé, toutes les entrées existantes sont conservées). L&apos;ancienne valeur est d&apos;abord enregistrée dans le journal des correctifs. La modification prend effet après le redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation>L&apos;annulation réécrit l&apos;ancienne valeur, à condition que personne n&apos;ait modifié PSModulePath entre-temps. Elle nécessite elle aussi un redémarrage pour prendre effet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation>Modification de la valeur de Registre %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation>Le plan ne correspond pas au dossier de modules de l&apos;agent&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>La variable PSModulePath de l&apos;ordinateur a changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été modifié. Affichez à nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation>Le dossier de modules de l&apos;agent a été ajouté à la variable PSModulePath de l&apos;ordinateur&#xa0;; redémarrez le serveur pour que le service et les tâches de l&apos;agent le prennent en compte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation>Il n&apos;est pas certain que la variable PSModulePath de l&apos;ordinateur ait retrouvé sa valeur d&apos;origine&#xa0;: comparez-la avec l&apos;état «&#xa0;avant&#xa0;» enregistré dans le journal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quelle valeur rétablir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation>La variable PSModulePath de l&apos;ordinateur n&apos;est pas rétablie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation>L&apos;ancienne valeur enregistrée dans l&apos;entrée du journal contient des entrées que le correctif n&apos;y a pas trouvées&#xa0;; l&apos;annulation retire uniquement le dossier ajouté par le correctif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation>Rétablir la variable PSModulePath de l&apos;ordinateur telle qu&apos;elle était avant le correctif. La modification prend effet après le redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation>Réappliquer le correctif ajoute de nouveau le dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 a de nouveau été modifié après le correctif (valeur actuelle&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation>L&apos;ancienne valeur enregistrée dans l&apos;entrée du journal contient des entrées que le correctif n&apos;y a pas trouvées&#xa0;; l&apos;annulation retire uniquement le dossier ajouté par le correctif. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation>%1 a de nouveau été modifié après le correctif&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation>La variable PSModulePath de l&apos;ordinateur a été rétablie telle qu&apos;elle était&#xa0;; redémarrez le serveur pour que l&apos;agent en tienne compte.</translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation>L&apos;installation et l&apos;inscription de l&apos;agent nécessitent un compte membre du groupe local Administrateurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation>Impossible de déterminer si ce compte est administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation>Vérifiez le compte dans Gestion de l&apos;ordinateur &gt; Utilisateurs et groupes locaux &gt; Administrateurs (Computer Management &gt; Local Users and Groups &gt; Administrators).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation>Le compte %1 est administrateur de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation>Le compte %1 n&apos;est pas administrateur&#xa0;; il ne peut donc ni installer ni inscrire l&apos;agent de sauvegarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation>Groupe Administrateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>non membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation>Méthode de détermination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation>Appartenance du jeton à BUILTIN\Administrators&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation>Connectez-vous avec un compte membre du groupe local Administrateurs (ou demandez à l&apos;équipe informatique du client d&apos;y ajouter ce compte), puis relancez l&apos;outil de dépannage.</translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation>Impossible de déterminer où l&apos;agent est installé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation>L&apos;agent n&apos;est pas installé&#xa0;; il n&apos;y a donc encore rien à vérifier ici le concernant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation>Agent installé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation>Exclusions antivirus pour l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation>Un antivirus qui analyse le moteur et le dossier de cache de l&apos;agent peut verrouiller ses fichiers et faire échouer l&apos;inscription avec «&#xa0;Invalid vault credentials provided&#xa0;» (ID: 34513) ou «&#xa0;unable to connect&#xa0;» (ID: 100050).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation>Impossible de déterminer si Microsoft Defender est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation>Microsoft Defender est installé mais ne s&apos;exécute pas&#xa0;; il n&apos;analyse donc pas les fichiers de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation>Microsoft Defender n&apos;est pas installé sur ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation>La protection en temps réel de Microsoft Defender est désactivée&#xa0;; il n&apos;analyse donc pas les fichiers de l&apos;agent au moment où ils sont utilisés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation>Impossible de déterminer le dossier d&apos;installation de l&apos;agent&#xa0;; ses exclusions ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation>Impossible de lire les exclusions de Microsoft Defender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation>Microsoft Defender analyse en temps réel, mais ses exclusions n&apos;ont pas pu être lues sans élévation&#xa0;; on ne sait donc pas s&apos;il épargne les fichiers de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation>Exécutez l&apos;outil de dépannage en tant qu&apos;administrateur («&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;») pour les lire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation>le processus %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation>le dossier %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation>Microsoft Defender exclut le moteur de l&apos;agent (cbengine.exe), son dossier bin et son dossier de cache.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation>Microsoft Defender analyse en temps réel mais n&apos;exclut pas %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation>Ici, les exclusions de Defender sont définies par la stratégie de groupe (DisableLocalAdminMerge)&#xa0;: demandez à l&apos;administrateur de les y ajouter (l&apos;équivalent PowerShell est&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation>Dans PowerShell exécuté en tant qu&apos;administrateur&#xa0;: %1 (la protection contre les falsifications ou une stratégie de groupe peuvent le refuser&#xa0;; adressez-vous alors à l&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation>Impossible de déterminer le dossier de cache (%1)&#xa0;; son exclusion n&apos;a donc pas été vérifiée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation>Un autre antivirus s&apos;exécute sur ce serveur (%1)&#xa0;; il est impossible de savoir ici s&apos;il exclut l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation>Ajoutez les mêmes exclusions dans %1&#xa0;: le processus cbengine.exe, le dossier bin de l&apos;agent et son dossier de cache.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation>D&apos;anciennes recommandations de Microsoft excluent aussi le fichier csc.exe de chaque .NET Framework (par exemple %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe)&#xa0;; ce point n&apos;est pas vérifié ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation>Microsoft Defender (WinDefend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation>Protection en temps réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation>inconnue (illisible)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation>Chemins exclus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation>Processus exclus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation>Autre antivirus en cours d&apos;exécution</translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation>Certificats racines d&apos;Azure sur ce serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation>Les adresses d&apos;Azure prouvent leur identité avec des certificats qui remontent à quelques autorités de certification racines. Windows n&apos;accepte une telle connexion que s&apos;il fait confiance à la racine. Un serveur qui ne possède pas ces racines et n&apos;a pas le droit de les télécharger refuse la connexion, et l&apos;inscription échoue.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation>Impossible de lire les certificats racines de confiance de ce serveur (LocalMachine\Root).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation>Impossible de lire la stratégie qui autorise ou interdit à Windows de télécharger des certificats racines, et %1 et %2 ne figurent pas dans le magasin racine de confiance de ce serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation>Ni %1 ni %2 ne figurent dans le magasin racine de confiance de ce serveur, et les mises à jour automatiques des certificats racines sont désactivées par stratégie&#xa0;: Windows ne peut donc pas les récupérer lorsque les certificats d&apos;Azure en ont besoin, et l&apos;inscription peut échouer avec une erreur de certificat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation>Demandez à votre équipe de sécurité de trancher, puis&#xa0;: soit importez les deux racines dans le magasin «&#xa0;Autorités de certification racines de confiance&#xa0;» (Trusted Root Certification Authorities) de l&apos;ordinateur local de ce serveur (certlm.msc, ou certutil -addstore Root &lt;file&gt;), comme le demande la page Microsoft «&#xa0;Modifications des certificats TLS Azure&#xa0;» pour les serveurs sans accès à Internet&#xa0;: %1 et %2&#xa0;; soit laissez de nouveau Windows récupérer les racines&#xa0;: définissez la stratégie «&#xa0;Désactiver la mise à jour automatique des certificats racines&#xa0;» (Configuration ordinateur &gt; Modèles d&apos;administration &gt; Système &gt; Gestion de la communication Internet &gt; Paramètres de communication Internet) sur Non configuré, et autorisez l&apos;accès HTTP de ce serveur à ctldl.windowsupdate.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation>%1 et %2 ne figurent pas encore dans le magasin racine de confiance de ce serveur, ce qui ne pose pas de problème tant que les mises à jour automatiques des certificats racines sont activées&#xa0;: Windows récupère une racine la première fois qu&apos;une connexion en a besoin (depuis ctldl.windowsupdate.com, qui doit être accessible).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation>Les six certificats racines auxquels remontent les certificats TLS d&apos;Azure figurent tous dans le magasin racine de confiance de ce serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation>Parmi les racines auxquelles remontent les certificats TLS d&apos;Azure, le magasin racine de confiance de ce serveur contient %1 (absentes&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation>absent du magasin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation> (mises à jour automatiques des certificats racines désactivées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation> (mises à jour automatiques des certificats racines activées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation>Stratégie DisableRootAutoUpdate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation>Recherche par empreinte SHA-1 dans LocalMachine\Root&#xa0;: %1. Lecture de HKLM\%2 %3 (REG_DWORD), défini par la stratégie «&#xa0;Désactiver la mise à jour automatique des certificats racines&#xa0;»&#xa0;: 1 signifie que Windows ne télécharge pas de certificats racines. Tant que cette stratégie est désactivée ou non définie, Windows télécharge depuis Windows Update (ctldl.windowsupdate.com, HTTP) une racine qui lui manque, la première fois qu&apos;une chaîne de certificats en a besoin.</translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation>Certificats «&#xa0;Windows Azure Tools&#xa0;»</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Chaque fichier d&apos;informations d&apos;identification du coffre apporte un certificat «&#xa0;Windows Azure Tools&#xa0;»&#xa0;; un grand nombre de certificats anciens ou expirés dans le magasin Personnel est une cause connue de l&apos;erreur «&#xa0;Invalid vault credentials provided&#xa0;» (ID: 34513).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation>Impossible de lire le magasin de certificats %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificate(s), %1 of them expired, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificat «&#xa0;Windows Azure Tools&#xa0;» (expirés&#xa0;: %1), laissé par d&apos;anciens fichiers d&apos;informations d&apos;identification du coffre.</numerusform>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificats «&#xa0;Windows Azure Tools&#xa0;» (expirés&#xa0;: %1), laissés par d&apos;anciens fichiers d&apos;informations d&apos;identification du coffre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificat «&#xa0;Windows Azure Tools&#xa0;», laissé par d&apos;anciens fichiers d&apos;informations d&apos;identification du coffre.</numerusform>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificats «&#xa0;Windows Azure Tools&#xa0;», laissés par d&apos;anciens fichiers d&apos;informations d&apos;identification du coffre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation>Si l&apos;inscription échoue avec «&#xa0;Invalid vault credentials provided&#xa0;», ouvrez certlm.msc (et certmgr.msc), Personnel &gt; Certificats, supprimez les certificats «&#xa0;Windows Azure Tools&#xa0;» expirés et anciens, puis réessayez avec un fichier fraîchement téléchargé. Ne supprimez pas un certificat qu&apos;un agent inscrit utilise peut-être encore (cet outil n&apos;en supprime jamais).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation>Aucun certificat «&#xa0;Windows Azure Tools&#xa0;» ne figure dans les magasins de certificats Personnel.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificat «&#xa0;Windows Azure Tools&#xa0;» valide, ce qui n&apos;est pas excessif.</numerusform>
            <numerusform>Les magasins de certificats Personnel contiennent %n certificats «&#xa0;Windows Azure Tools&#xa0;» valides, ce qui n&apos;est pas excessif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation>Par magasin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Expirés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation>Avec clé privée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation>Expiration la plus tardive (NotAfter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation>CurrentUser\My est le magasin du compte qui exécute cet outil&#xa0;; le service de l&apos;agent, lui, s&apos;exécute sous SYSTEM.</translation>
    </message>
</context>
<context>
    <name>ClockSkewCheck</name>
    <message>
        <location filename="../checks/catalog/time/ClockSkewCheck.cpp" line="+17"/>
        <source>%1 seconds</source>
        <translation>%1 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation>Horloge comparée à Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation>La connexion à Microsoft Entra ID et le certificat des informations d&apos;identification du coffre dépendent de l&apos;heure&#xa0;: une horloge décalée de quelques minutes fait échouer l&apos;inscription avec «&#xa0;Invalid vault credentials provided&#xa0;», alors que le fichier est correct.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation>Impossible de comparer l&apos;horloge à celle d&apos;Azure&#xa0;: les connexions à Azure n&apos;ont pas pu être tentées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation>Impossible de comparer l&apos;horloge à celle d&apos;Azure, car aucune adresse Azure n&apos;a répondu (voir la vérification de la connexion).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation>Aucune réponse HTTPS comportant un en-tête Date n&apos;est revenue d&apos;une adresse Azure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation>Corrigez ce que signale la vérification de la connexion, puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation>L&apos;horloge de ce serveur a %1 d&apos;avance sur l&apos;heure d&apos;Azure (comparée avec %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation>L&apos;horloge de ce serveur a %1 de retard sur l&apos;heure d&apos;Azure (comparée avec %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation>C&apos;est proche d&apos;un nombre entier d&apos;heures&#xa0;: le fuseau horaire est probablement incorrect.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation>L&apos;horloge de ce serveur correspond à l&apos;heure d&apos;Azure (comparaison avec %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation>L&apos;écart est proche d&apos;un nombre entier d&apos;heures (%1 h)&#xa0;: c&apos;est probablement le fuseau horaire qui est incorrect, pas l&apos;horloge. Vérifiez le fuseau horaire avec le client (tzutil /g l&apos;affiche&#xa0;; tzutil /s &quot;&lt;zone&gt;&quot; le définit), puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation>Remettez l&apos;horloge à l&apos;heure&#xa0;: correctif «&#xa0;%1&#xa0;» de l&apos;assistant (en tant qu&apos;administrateur&#xa0;: w32tm /resync /force). Un membre de domaine prend son heure sur le contrôleur de domaine&#xa0;: si celui-ci n&apos;est pas à l&apos;heure, corrigez-le. Relancez ensuite les vérifications.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation>Écart (ce serveur moins Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation>l&apos;en-tête Date de %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation>Heure d&apos;Azure (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation>Heure de ce serveur (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation>L&apos;heure d&apos;Azure est celle de l&apos;en-tête Date d&apos;une réponse HTTPS (précision d&apos;une seconde)&#xa0;; l&apos;heure de ce serveur a été lue à l&apos;arrivée de cette réponse. Réussite jusqu&apos;à %1 s, avertissement jusqu&apos;à %2 min, échec au-delà.</translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation>Autres produits de sauvegarde et de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation>L&apos;agent Azure File Sync est une cause documentée de plantages du moteur de l&apos;agent, et sur un serveur DPM ou Azure Backup Server (MABS), l&apos;agent appartient à ce produit&#xa0;: il est inscrit et mis à jour par son intermédiaire, et non de manière autonome.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation>Impossible de déterminer si l&apos;agent Azure File Sync est installé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation>Impossible de lire la version de l&apos;agent Azure File Sync&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation>Agent Azure File Sync</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation>installé, version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation>L&apos;agent Azure File Sync est installé sur ce serveur&#xa0;; le guide de dépannage de Microsoft le cite comme cause de plantages du moteur de l&apos;agent de sauvegarde (cbengine.exe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation>Maintenez les deux agents à jour. Ne sauvegardez pas avec cet agent les dossiers qu&apos;Azure File Sync hiérarchise vers le cloud&#xa0;: la lecture d&apos;un fichier hiérarchisé entraîne son rappel depuis Azure, et le guide de planification d&apos;Azure File Sync (%1) recommande plutôt de sauvegarder le partage de fichiers Azure dans Azure. Si le service de l&apos;agent de sauvegarde s&apos;arrête ou si cbengine.exe plante, signalez au support Microsoft que l&apos;agent Azure File Sync est installé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation>Impossible de déterminer si System Center DPM ou Azure Backup Server est installé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation>Microsoft Azure Backup Server (MABS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation>System Center Data Protection Manager (DPM) ou Azure Backup Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DPM / Azure Backup Server</source>
        <translation>DPM / Azure Backup Server</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>installed (service %1)</source>
        <translation>installé (service %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation>installé dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation>Ce serveur exécute %1&#xa0;: l&apos;agent présent ici lui appartient&#xa0;; il est inscrit et mis à jour par son intermédiaire, et non de manière autonome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation>Inscrivez le serveur auprès d&apos;un coffre et modifiez les paramètres de l&apos;agent depuis la console DPM/MABS (Gestion, En ligne). Avant de mettre à jour l&apos;agent, consultez les notes de publication de DPM/MABS pour connaître la version de l&apos;agent prise en charge&#xa0;; ne désinstallez pas l&apos;agent séparément.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation>HKLM\%1 indique %2, mais le service %3 n&apos;est pas installé&#xa0;: il s&apos;agit d&apos;un serveur protégé par DPM (son agent de protection), et non d&apos;un serveur DPM&#xa0;; l&apos;agent y est géré de manière autonome.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation>Ni l&apos;agent Azure File Sync, ni System Center DPM, ni Azure Backup Server ne sont installés sur ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation>Les autres produits de sauvegarde et de synchronisation n&apos;ont pas pu être entièrement vérifiés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation>Éléments lus&#xa0;: les services %1 (Azure File Sync) et %2 (DPM/MABS), ainsi que les valeurs HKLM\%3 Version et HKLM\%4 InstallPath.</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation>Résolution de noms (DNS) des adresses d&apos;Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation>Avant toute chose, le serveur doit traduire les noms d&apos;Azure (login.microsoftonline.com et l&apos;adresse Backup du coffre) en adresses. Un serveur DNS qui ne les connaît pas bloque l&apos;inscription avant même qu&apos;un seul paquet ne sorte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation>Impossible de résoudre les noms des adresses d&apos;Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation>La liste d&apos;adresses ne contient aucun nom à résoudre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation>Aucun nom n&apos;a pu être résolu&#xa0;: ce serveur n&apos;a pas de connexion réseau opérationnelle ou pas de serveur DNS opérationnel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation>Vérifiez la connexion réseau et les serveurs DNS utilisés par ce serveur (ipconfig /all), puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation>Le DNS de ce serveur ne résout pas %1, mais le service de l&apos;agent passe par un proxy, qui résout lui-même les noms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation>Demandez à l&apos;équipe réseau de faire en sorte que les serveurs DNS de ce serveur (affichés par ipconfig /all) résolvent %1, par exemple via un redirecteur vers Internet, puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation>L&apos;agent n&apos;a pas besoin de %1, mais le test de connectivité de Windows, si&#xa0;: sans ce nom, Windows peut afficher «&#xa0;Pas d&apos;accès Internet&#xa0;». Demandez à l&apos;équipe réseau de permettre à ce serveur de le résoudre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation>Le DNS de ce serveur résout tous les noms nécessaires à l&apos;inscription&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation>Chaque nom a été résolu avec les serveurs DNS de ce serveur (accès direct)&#xa0;; via un proxy, c&apos;est le proxy qui résout lui-même les noms. Points de terminaison&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation>%1 (vue 32 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation>%1 (vue 64 bits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation>TLS 1.2 pour les programmes .NET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>L&apos;agent est un programme .NET. Si .NET n&apos;est pas configuré pour utiliser un chiffrement fort et les versions TLS proposées par Windows, il peut encore tenter TLS 1.0, qu&apos;Azure refuse&#xa0;: l&apos;inscription, les sauvegardes et les restaurations échouent alors, souvent avec l&apos;erreur 10054 «&#xa0;An existing connection was forcibly closed by the remote host&#xa0;», et lorsque TLS 1.0 est désactivé, la console et les services de l&apos;agent peuvent ne pas démarrer (KB4022913).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation>Impossible de lire les paramètres TLS du .NET Framework.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation>Impossible de déterminer si TLS 1.0 est désactivé (SCHANNEL)&#xa0;; l&apos;absence des paramètres TLS .NET ne peut donc pas être évaluée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation>les quatre&#xa0;: SystemDefaultTlsVersions et SchUseStrongCrypto dans la vue 64 bits et dans la vue 32 bits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation>Utilisez «&#xa0;%1&#xa0;» pour définir les quatre valeurs sur 1 (droits d&apos;administrateur nécessaires), puis redémarrez le serveur afin que les services de l&apos;agent démarrent avec ces valeurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation>Les paramètres .NET qui permettent à l&apos;agent d&apos;utiliser TLS 1.2 sont mal définis (%1)&#xa0;; ses connexions à Azure peuvent donc échouer avec l&apos;erreur 10054.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>TLS 1.0 est désactivé sur ce serveur et les paramètres .NET qui font utiliser TLS 1.2 à l&apos;agent à la place sont absents (%1)&#xa0;: les sauvegardes échouent, et la console et les services de l&apos;agent peuvent ne pas démarrer (KB4022913).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation>Les paramètres .NET que Microsoft demande avec TLS 1.2 sont absents (%1). .NET Framework 4.7 et versions ultérieures utilisent généralement TLS 1.2 sans eux, mais la page TLS d&apos;Azure Backup demande les quatre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation>Les paramètres .NET pour TLS 1.2 (SystemDefaultTlsVersions et SchUseStrongCrypto) sont définis sur 1 dans les deux vues du Registre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation>TLS 1.0 Client Enabled (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation>non défini (TLS 1.0 activé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation>Lecture de HKLM\%1 SystemDefaultTlsVersions et SchUseStrongCrypto (REG_DWORD) dans la vue 64 bits et dans la vue 32 bits (WOW6432Node) du Registre. La page Microsoft «&#xa0;Transport Layer Security in Azure Backup&#xa0;» (09/2022) demande que les quatre valeurs soient définies sur 1. KB4022913&#xa0;: lorsque TLS 1.0 est désactivé (HKLM\%2 Enabled = 0), .NET Framework 4.5 privilégie encore TLS 1.0 si SchUseStrongCrypto n&apos;est pas défini, et les sauvegardes, la console de l&apos;agent et ses services échouent.</translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation>Version du .NET Framework</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 contient «&#xa0;%2&#xa0;», et non un nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation>Impossible de lire la version installée du .NET Framework.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation>antérieure à 4.5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation>Le programme d&apos;installation de l&apos;agent actuel ne s&apos;installe que si .NET Framework 4.8 ou version ultérieure est installé (les agents plus anciens nécessitaient la version 4.5), et l&apos;agent s&apos;exécute sur celui-ci.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation>Installez .NET Framework 4.8 avec le programme d&apos;installation hors connexion disponible sur %1 (droits d&apos;administrateur nécessaires), redémarrez le serveur lorsque l&apos;installation le demande, puis relancez l&apos;installation de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation>%1 ne peut pas exécuter .NET Framework 4.8&#xa0;; l&apos;agent actuel ne peut donc pas y être installé. Consultez la vérification de la version de Windows pour savoir quoi faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation>.NET Framework 4.8 n&apos;est pas installé, alors que l&apos;installation de l&apos;agent le nécessite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation>.NET Framework %1 est installé, mais l&apos;installation de l&apos;agent nécessite .NET Framework 4.8 ou version ultérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation>.NET Framework %1 est installé, comme l&apos;exige l&apos;agent (4.8 ou version ultérieure).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation>Release (Registre 64 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation>Release (Registre 32 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation>aucune version 4.5 ou ultérieure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation>échec en dessous de %1 (4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation>Lecture de HKLM\%1 Release (REG_DWORD) dans la vue 64 bits et dans la vue 32 bits du Registre&#xa0;; c&apos;est la valeur la plus basse qui compte. Le guide d&apos;installation de Microsoft (08/2025) et la matrice de prise en charge (11/2025) indiquent que l&apos;agent actuel nécessite .NET Framework 4.8 (Release %2 ou supérieure)&#xa0;; les agents plus anciens nécessitaient la version 4.5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation>Illisible&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation>%1&#xa0;; déclencheurs activés&#xa0;: %2 sur %3&#xa0;; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation>Tâche planifiée %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation>Le Planificateur de tâches n&apos;a pas de dossier %1&#xa0;: il n&apos;y a aucune tâche à modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation>Impossible de lire les tâches de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation>Le guide de dépannage recommande de redémarrer le serveur après avoir modifié la tâche planifiée de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation>Activer la tâche de planification des sauvegardes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Certaines tâches planifiées de l&apos;agent sont peut-être activées et d&apos;autres non&#xa0;: relancez la vérification et appliquez de nouveau le correctif si elle échoue encore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation>Ce correctif ne peut pas modifier les tâches planifiées de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation>Les tâches planifiées de l&apos;agent sont déjà activées et ne démarrent pas de seconde instance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>Il n&apos;y a rien à modifier.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>Activer %n tâche planifiée de l&apos;agent et ses déclencheurs, et la configurer pour qu&apos;elle ne démarre pas de nouvelle instance tant qu&apos;une instance est en cours d&apos;exécution.</numerusform>
            <numerusform>Activer %n tâches planifiées de l&apos;agent et leurs déclencheurs, et les configurer pour qu&apos;elles ne démarrent pas de nouvelle instance tant qu&apos;une instance est en cours d&apos;exécution.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation>Le compte qui exécute chaque tâche n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Cette opération nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation>L&apos;annulation rétablit les indicateurs Enabled et le paramètre d&apos;instance de chaque tâche tels qu&apos;ils étaient&#xa0;; une tâche modifiée depuis le correctif est laissée telle quelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation>Modification des tâches planifiées de l&apos;agent</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Les tâches planifiées de l&apos;agent ont changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été modifié. Affichez à nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation>Les tâches planifiées de l&apos;agent sont déjà configurées comme il faut&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation>Échec de la modification de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation>La relecture de %1 après la modification donne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>%n tâche planifiée de l&apos;agent a été activée avec ses déclencheurs et configurée pour ne pas démarrer de nouvelle instance.</numerusform>
            <numerusform>%n tâches planifiées de l&apos;agent ont été activées avec leurs déclencheurs et configurées pour ne pas démarrer de nouvelle instance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation>Annulé avant toute modification de tâche.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>Interrompu après %n tâche&#xa0;; ce qui a été modifié peut être annulé.</numerusform>
            <numerusform>Interrompu après %n tâches&#xa0;; ce qui a été modifié peut être annulé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation>Les modifications des tâches déjà traitées peuvent être annulées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation>Certaines tâches planifiées de l&apos;agent ont peut-être été rétablies et d&apos;autres non&#xa0;: comparez-les dans le Planificateur de tâches avec l&apos;état «&#xa0;avant&#xa0;» enregistré dans le journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quelles tâches planifiées rétablir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation>Impossible de lire les tâches planifiées de l&apos;agent&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation>n&apos;existe plus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation>laissée telle quelle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation>laissée telle quelle&#xa0;: modifiée depuis le correctif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation>Réappliquer le correctif réactive les tâches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation>Chaque tâche modifiée par ce correctif a été modifiée de nouveau depuis (ou supprimée)&#xa0;; l&apos;annulation ne changerait rien.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Rétablir %n tâche planifiée telle qu&apos;elle était avant le correctif.</numerusform>
            <numerusform>Rétablir %n tâches planifiées telles qu&apos;elles étaient avant le correctif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation>Les tâches modifiées par quelqu&apos;un d&apos;autre depuis le correctif sont laissées telles quelles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quelles tâches planifiées rétablir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation>Impossible de lire les tâches planifiées de l&apos;agent&#xa0;: %1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation>%1 a changé depuis le correctif (valeur actuelle&#xa0;: «&#xa0;%2&#xa0;»)&#xa0;; aucune modification n&apos;y est apportée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation>Impossible de rétablir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation>La relecture de %1 après l&apos;annulation donne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation>Rien n&apos;a été rétabli.</translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation>La version de Windows n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation>Cet ordinateur ne fonctionne pas sous Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation>%1 ne peut pas utiliser TLS 1.2&#xa0;; aucun paramètre du Registre n&apos;y change rien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation>%1 contient %2, que ce correctif ne pourrait pas rétablir exactement en cas d&apos;annulation. Modifiez-le manuellement avec l&apos;Éditeur du Registre (en tant qu&apos;administrateur) pour en faire une valeur REG_DWORD égale à %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation>Impossible de déterminer si la clé de Registre %1 existe&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation>«&#xa0;%1&#xa0;» (REG_SZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation>non défini (la valeur est supprimée)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation>La relecture de %1 après l&apos;écriture donne une valeur différente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation>Redémarrez le serveur pour que la modification prenne effet&#xa0;: Windows et l&apos;agent lisent ces paramètres à leur démarrage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>Activer TLS 1.2 dans Windows (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation>Activer TLS 1.2 pour .NET</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Certaines valeurs de Registre TLS 1.2 sont peut-être définies et d&apos;autres non&#xa0;: relancez la vérification et appliquez de nouveau le correctif si elle échoue encore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation>Ce correctif ne peut pas modifier les paramètres TLS 1.2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation>Les paramètres TLS 1.2 sont déjà conformes aux recommandations de Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>Il n&apos;y a rien à modifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (REG_DWORD)</source>
        <translation>%1 (REG_DWORD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Restart of the server</source>
        <translation>Redémarrage du serveur</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation>pas encore nécessaire</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation>nécessaire pour que la modification prenne effet</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>Définir %n valeur SCHANNEL pour que Windows propose TLS 1.2 sur les connexions établies par ce serveur.</numerusform>
            <numerusform>Définir %n valeurs SCHANNEL pour que Windows propose TLS 1.2 sur les connexions établies par ce serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>Définir %n valeur .NET pour que les programmes .NET tels que l&apos;agent utilisent TLS 1.2.</numerusform>
            <numerusform>Définir %n valeurs .NET pour que les programmes .NET tels que l&apos;agent utilisent TLS 1.2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>%n clé de Registre manquante est créée pour ces valeurs.</numerusform>
            <numerusform>%n clés de Registre manquantes sont créées pour ces valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Cette opération nécessite des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation>Sur cette version de Windows, ces valeurs ne fonctionnent qu&apos;une fois la mise à jour %1 installée&#xa0;: installez-la d&apos;abord si ce n&apos;est pas déjà fait.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation>L&apos;annulation rétablit chaque valeur modifiée par le correctif (en supprimant celles qu&apos;il a créées) et supprime les clés qu&apos;il a créées lorsqu&apos;elles sont de nouveau vides&#xa0;; une valeur modifiée depuis par quelqu&apos;un d&apos;autre est laissée telle quelle. L&apos;annulation nécessite elle aussi un redémarrage pour prendre effet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation>Modification des paramètres TLS dans HKLM</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Les paramètres TLS ont changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été modifié. Affichez à nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation>Les paramètres TLS 1.2 sont déjà conformes aux recommandations de Microsoft&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation>Échec de l&apos;écriture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>La relecture de %1 donne %2 au lieu de %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>%n valeur de Registre définie pour TLS 1.2.</numerusform>
            <numerusform>%n valeurs de Registre définies pour TLS 1.2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation>Les modifications des valeurs déjà écrites peuvent être annulées.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Certaines valeurs de Registre TLS 1.2 ont peut-être été rétablies et d&apos;autres non&#xa0;: relancez la vérification et comparez avec l&apos;état «&#xa0;avant&#xa0;» enregistré dans le journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quels paramètres TLS rétablir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation>laissée telle quelle&#xa0;: modifiée depuis le correctif (qui avait écrit %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation>créée par le correctif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation>supprimée si elle est de nouveau vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation>Réappliquer le correctif redéfinit les valeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation>Chaque valeur écrite par ce correctif a été modifiée de nouveau depuis&#xa0;; l&apos;annulation ne changerait rien.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Rétablir %n paramètre TLS tel qu&apos;il était avant le correctif.</numerusform>
            <numerusform>Rétablir %n paramètres TLS tels qu&apos;ils étaient avant le correctif.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation>Les valeurs modifiées par quelqu&apos;un d&apos;autre depuis le correctif sont laissées telles quelles.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quels paramètres TLS rétablir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation>%1 a changé depuis le correctif (valeur actuelle&#xa0;: %2)&#xa0;; aucune modification n&apos;y est apportée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation>Rien n&apos;a été rétabli.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation>Impossible de rétablir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation>La clé %1 contient des valeurs ou des clés ajoutées depuis le correctif&#xa0;; elle est conservée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation>Impossible de supprimer la clé %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation>Adresses d&apos;Entra ID et plages IP du pare-feu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation>Les pare-feu sont souvent ouverts pour les plages IP que Microsoft documente pour la connexion à Entra ID. Si le nom se résout en une adresse située hors de ces plages, ou si les plages elles-mêmes sont bloquées, l&apos;authentification échoue pendant l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation>Impossible de résoudre les adresses d&apos;Entra ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation>Le service de l&apos;agent passe par un proxy&#xa0;; les règles de pare-feu pour les adresses d&apos;Entra ID s&apos;appliquent donc au proxy, et non à ce serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation>La liste d&apos;adresses n&apos;indique aucune plage IP pour Entra ID&#xa0;; il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation>%1 (IPv6&#xa0;: voir les plages IPv6 de Microsoft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation>%1 (hors des plages documentées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation>%1 se résout en %2, dans la plage documentée %3, et la connexion à cette adresse a échoué&#xa0;: cette plage est bloquée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation>%1 se résout en %2, hors des plages documentées (%3), et la connexion à cette adresse a échoué&#xa0;: les règles de pare-feu écrites pour ces plages ne couvrent pas cette adresse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation>Les noms de connexion d&apos;Entra ID n&apos;ont pas été résolus ici (voir la vérification de la résolution de noms)&#xa0;; il n&apos;y a donc aucune adresse à comparer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;autoriser le trafic HTTPS sortant (TCP 443) vers Entra ID par nom (*.microsoftonline.com) ou par l&apos;étiquette de service AzureActiveDirectory, qui suit les modifications de Microsoft&#xa0;; si les règles doivent être définies par plage IP, autorisez %1 ainsi que les adresses actuelles de l&apos;étiquette de service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation>Ce serveur atteint les adresses de connexion d&apos;Entra ID&#xa0;; le pare-feu les laisse passer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation>Plages documentées pour ce cloud&#xa0;: %1. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation>Toutes les adresses IPv4 résolues s&apos;y trouvent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation>Hors de ces plages&#xa0;: %1&#xa0;; un pare-feu ouvert uniquement pour ces plages les bloquerait.</translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation>Version et service de l&apos;agent installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation>Les anciens agents ne savent ni lire les informations d&apos;identification du coffre actuelles ni communiquer avec Azure Backup, et un service de l&apos;agent arrêté ne permet ni l&apos;inscription ni la sauvegarde.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Impossible de déterminer si l&apos;agent est installé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation>L&apos;agent n&apos;est pas installé&#xa0;; ce serveur ne peut donc pas encore être inscrit&#xa0;: installez d&apos;abord l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Téléchargez l&apos;agent depuis %1, installez-le, puis relancez cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation>L&apos;agent n&apos;est pas encore installé&#xa0;; il s&apos;agira donc d&apos;une nouvelle installation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation>Agent installé</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation>Aucune valeur InstallPath sous HKLM\%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Réinstallez l&apos;agent&#xa0;: téléchargez-le depuis %1 et exécutez-le. Si l&apos;installation refuse, désinstallez d&apos;abord «&#xa0;Microsoft Azure Recovery Services Agent&#xa0;» dans Programmes et fonctionnalités (Programs and Features), puis réinstallez-le&#xa0;; gardez la phrase secrète de chiffrement à portée de main au cas où le serveur devrait être réinscrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation>Téléchargez la dernière version de l&apos;agent depuis %1 et exécutez-la sur ce serveur&#xa0;; elle met à niveau l&apos;agent installé sur place et conserve son inscription. Les agents actuels nécessitent .NET Framework 4.8&#xa0;: installez-le d&apos;abord si ce serveur dispose d&apos;une version plus ancienne.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation>La version %1 de l&apos;agent est antérieure à %2, la version la plus récente connue de cet outil (source&#xa0;: %3)&#xa0;: mettez l&apos;agent à niveau.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation>Le correctif de l&apos;assistant démarre le service&#xa0;; sinon, exécutez &quot;net start %1&quot; en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation>La version %1 de l&apos;agent est installée et son service est en cours d&apos;exécution&#xa0;; la version la plus récente connue de cet outil est %2 (source&#xa0;: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation>Version la plus récente connue de cet outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation>Version lue dans %1 (version du fichier). Jalons&#xa0;: en dessous de %2, l&apos;agent utilisait l&apos;ACS retiré (erreur 0x1FBD3&#xa0;; %3)&#xa0;; en dessous de %4, il ne peut pas analyser les informations d&apos;identification du coffre actuelles (%5). Une version de l&apos;agent plus récente que %6 a pu être publiée depuis %7. Service %8 interrogé via le gestionnaire de services.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation>Le fichier programme de l&apos;agent cbengine.exe est absent de %1&#xa0;: l&apos;installation est donc endommagée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>Impossible de lire la version de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation>La version de %1 est «&#xa0;%2&#xa0;», ce qui n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation>La version %1 de l&apos;agent est antérieure à %2 et ne peut plus communiquer avec Azure Backup&#xa0;: mettez l&apos;agent à niveau et réinscrivez le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation>Réinscrivez ensuite le serveur avec un fichier d&apos;informations d&apos;identification du coffre fraîchement téléchargé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation>La version %1 de l&apos;agent est antérieure à %2 et ne peut pas lire les fichiers d&apos;informations d&apos;identification du coffre actuels, ce qui fait échouer l&apos;inscription&#xa0;: mettez l&apos;agent à niveau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation>Le service de l&apos;agent (%1) n&apos;est pas installé&#xa0;: l&apos;installation est donc endommagée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation>Impossible de lire l&apos;état du service %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation>Le service de l&apos;agent (%1) est arrêté&#xa0;: il ne peut donc ni inscrire le serveur ni exécuter de sauvegardes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Le service est désactivé. En tant qu&apos;administrateur, exécutez&#xa0;: sc config %1 start= auto, puis net start %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>Le service de l&apos;agent (%1) est dans l&apos;état %2 au lieu d&apos;être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation>Redémarrez-le en tant qu&apos;administrateur&#xa0;: net stop %1, puis net start %1. S&apos;il reste bloqué, redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation>L&apos;agent installé n&apos;a pas pu être vérifié entièrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Dossier d&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation>Fichier du moteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation>Type de démarrage du service</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation>La détermination de «&#xa0;%1&#xa0;» a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation>La détermination de «&#xa0;%1&#xa0;» a échoué avec une erreur inconnue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation>La détermination de «&#xa0;%1&#xa0;» a été annulée avant la fin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation>Attente de «&#xa0;%1&#xa0;» interrompue&#xa0;: cette vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation>«&#xa0;%1&#xa0;» a été demandé comme deux types d&apos;information différents (un défaut dans les vérifications).</translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 nécessite des droits d&apos;administrateur. Utilisez d&apos;abord «&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;», puis relancez ce correctif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation>Même avec des droits d&apos;administrateur, ce programme n&apos;est peut-être pas autorisé à effectuer cette opération&#xa0;: %1 (%2). Demandez à l&apos;équipe informatique du client de vérifier les autorisations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation>accès refusé</translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation>Supprimer les attributs du dossier d&apos;installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation>Décompresser et déchiffrer le dossier de cache</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation>L&apos;annulation redéfinit les mêmes attributs sur le même dossier (le dossier seul).</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation>Impossible de déterminer le dossier à modifier.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation>Aucun dossier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation>%1 n&apos;est pas un dossier propre à l&apos;agent.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;: il n&apos;y a donc aucun attribut à supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation>Ce correctif ne modifie qu&apos;un dossier existant, jamais les dossiers parents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation>Impossible de lire les attributs de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation>Ce correctif ne modifie que des dossiers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation>%1 est un lien (point d&apos;analyse) vers un autre dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation>Modifier les attributs d&apos;un lien modifierait le dossier vers lequel il pointe&#xa0;; choisissez plutôt un dossier ordinaire, ou passez à un dossier ordinaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation>Impossible de déterminer où mène réellement %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation>Son chemin final %1 contient encore un nom court (8.3)&#xa0;; saisissez le nom complet du dossier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation>%1 n&apos;appartient pas à l&apos;agent&#xa0;; ses attributs restent inchangés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation>Il s&apos;agit du dossier d&apos;installation de l&apos;agent, tel qu&apos;enregistré dans le Registre (InstallPath).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation>Il s&apos;agit du dossier de cache de l&apos;agent, tel qu&apos;enregistré dans le Registre (ScratchLocation).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation>Il contient le programme de l&apos;agent %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation>Impossible de déterminer si %1 contient quelque chose (%2)&#xa0;: il n&apos;est donc pas établi qu&apos;il appartient à l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation>Il est vide, comme lorsque ce correctif l&apos;a modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation>Il est vide et c&apos;est le dossier que l&apos;agent doit utiliser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation>le dossier d&apos;installation de l&apos;agent enregistré dans le Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation>le dossier de cache de l&apos;agent enregistré dans le Registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation>%1 n&apos;est pas %2 et ne contient pas le programme de l&apos;agent&#xa0;; ce correctif ne modifie qu&apos;un dossier qui appartient à l&apos;agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation>%1 contient d&apos;autres fichiers ou dossiers (par exemple «&#xa0;%2&#xa0;»), n&apos;est pas %3 et ne contient pas le programme de l&apos;agent %4&#xa0;; un dossier ayant un autre contenu conserve ses attributs. Choisissez un dossier vide pour l&apos;agent, ou supprimez vous-même les attributs si le dossier lui est réellement destiné.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation>Le dossier possède peut-être encore certains de ces attributs&#xa0;: relancez la vérification&#xa0;; une modification interrompue ne peut pas être annulée depuis le journal des correctifs, redéfinissez donc manuellement les attributs si nécessaire.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation>Le dossier %1 ne possède aucun des attributs %2&#xa0;: il n&apos;y a donc aucun attribut à supprimer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation>Aucun attribut à supprimer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation>Supprimer les attributs %1 du dossier %2 lui-même&#xa0;; aucun des dossiers parents n&apos;est modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation>(%1 mène à ce dossier.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation>Fichiers et dossiers déjà présents dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation>laissés tels quels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation>Les fichiers déjà présents restent tels quels (%1)&#xa0;; pour les modifier également, exécutez en tant qu&apos;administrateur&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation>Modification des attributs de %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Le dossier a changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été modifié. Affichez de nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation>Attribut «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation>%1 Rien n&apos;a été modifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation>Les attributs de %1 étaient déjà supprimés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation>Attributs %1 de %2 supprimés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation>Impossible de supprimer les attributs %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation>il est toujours défini</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Le dossier n&apos;a peut-être récupéré qu&apos;une partie de ses attributs&#xa0;: relancez la vérification et comparez avec l&apos;état antérieur consigné dans le journal des correctifs.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation>Réappliquer le correctif supprime de nouveau les attributs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation>Impossible de rétablir les attributs du dossier %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation>Redéfinir les attributs %1 du dossier %2 (le dossier seul, comme le correctif l&apos;a modifié).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation>%1 possède déjà ces attributs.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation>L&apos;entrée du journal des correctifs n&apos;indique pas quels attributs redéfinir.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation>Il mène maintenant à %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation>%1 mène maintenant à %2&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation>%1 possède déjà les attributs %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation>Attributs %1 de %2 redéfinis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation>Impossible de redéfinir les attributs %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation>il n&apos;est toujours pas défini</translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation>Nom de l&apos;ordinateur et domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>Le coffre connaît un serveur sous le nom avec lequel il a été inscrit&#xa0;: après un renommage, ses sauvegardes s&apos;arrêtent avec «&#xa0;Resource not provisioned in service stamp&#xa0;» (ID: 230006).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation>Les noms de cette machine ne sont pas décrits&#xa0;: ils ne peuvent donc pas être affichés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation>Impossible de lire le nom et le domaine de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation>Consultez-les dans Propriétés système (sysdm.cpl, onglet «&#xa0;Nom de l&apos;ordinateur&#xa0;» (Computer Name)) et comparez-les au nom que le coffre affiche sous Infrastructure de sauvegarde &gt; Serveurs protégés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation>, membre du domaine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation>, dans le groupe de travail %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation>, non joint à un domaine ou à un groupe de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation>Ce serveur est %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; réinscrivez-le sous le nom que le coffre affiche pour lui, car un serveur renommé obtient l&apos;erreur «&#xa0;Resource not provisioned in service stamp&#xa0;» (ID: 230006).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; le coffre le connaît sous le nom avec lequel il a été inscrit&#xa0;: s&apos;il a été renommé depuis, ses sauvegardes s&apos;arrêtent avec «&#xa0;Resource not provisioned in service stamp&#xa0;» (ID: 230006).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation>Nom de l&apos;ordinateur (NetBIOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation>Nom d&apos;hôte DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation>Nom DNS complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation>Joint à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation>Domaine ou groupe de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation>Le nom sous lequel le coffre connaît ce serveur ne peut pas être lu ici&#xa0;: comparez-le à la liste Infrastructure de sauvegarde &gt; Serveurs protégés du coffre. Un serveur renommé est réinscrit sous son nouveau nom, et sa première sauvegarde est alors une sauvegarde complète.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation>Le nom NetBIOS %1 diffère du nom d&apos;hôte DNS %2 (NetBIOS conserve 15 caractères au maximum).</translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation>Connexion à Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation>L&apos;inscription se connecte à Microsoft Entra ID et communique avec le service Azure Backup via HTTPS (port 443). Un pare-feu, un proxy ou un DNS qui bloque l&apos;un ou l&apos;autre provoque «&#xa0;Invalid vault credentials provided&#xa0;» (ID: 34513) ou «&#xa0;Unable to connect to Microsoft Azure Backup&#xa0;» (ID: 100050).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation>Les connexions à Azure n&apos;ont pas pu être testées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation>Une entrée de laboratoire de cette exécution n&apos;a pas pu être utilisée&#xa0;: les connexions n&apos;ont donc pas été testées comme demandé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation>Corrigez le fichier ou l&apos;adresse indiqués sur la ligne de commande et relancez.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation>%1 est joignable %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation>Ce serveur n&apos;a aucune connexion réseau fonctionnelle&#xa0;: aucun nom n&apos;a pu être résolu, il ne peut donc pas joindre Azure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation>Connectez le serveur au réseau (ou corrigez ses paramètres DNS&#xa0;: ipconfig /all affiche les serveurs DNS) et relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation>Le proxy %1:%2 que le compte de l&apos;agent est configuré pour utiliser est injoignable&#xa0;: s&apos;il n&apos;existe plus, corrigez ou supprimez ce paramètre de proxy (paramètres Internet du compte SYSTEM, voir proxy_config_system_context, et netsh winhttp show proxy), ou demandez à l&apos;équipe réseau s&apos;il a été déplacé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation>Un autre chemin fonctionne&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;autoriser ce serveur %1 à joindre les adresses indiquées dans «&#xa0;Pour l&apos;équipe réseau&#xa0;» (copiez-les avec le bouton prévu à cet effet).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation>Transmettez «&#xa0;Pour l&apos;équipe réseau&#xa0;» à l&apos;équipe réseau&#xa0;: l&apos;adresse est jointe, mais un élément sur le trajet répond à sa place.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation>Chaque adresse a été testée par chaque chemin, couche par couche (résolution de noms, TCP, proxy, TLS, HTTP), %1 s au maximum pour chacune&#xa0;; le service de l&apos;agent (LocalSystem) passe %2. Points de terminaison&#xa0;: %3.
%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation>Un autre chemin fonctionne (%1)&#xa0;: c&apos;est le chemin propre à l&apos;agent qu&apos;il faut corriger, ou bien l&apos;agent peut être configuré pour utiliser le proxy qui fonctionne (Set-OBMachineSetting -ProxyServer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation>Aucune adresse Azure ne figurait dans la liste à tester&#xa0;: la connexion n&apos;a donc pas pu être vérifiée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation>Ce serveur joint Microsoft Entra ID via HTTPS %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation>Autoriser (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation>Plages d&apos;adresses IP&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation>Étiquettes de service Azure&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation>Non testé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation>Chemin utilisé par l&apos;agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Chemin</translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation>Attributs du dossier d&apos;installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation>L&apos;agent ne peut pas être installé dans un dossier masqué, système, compressé ou chiffré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation>Le dossier d&apos;installation de l&apos;agent n&apos;a pas pu être déterminé&#xa0;: ses attributs n&apos;ont donc pas pu être vérifiés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation>Impossible de lire les attributs du dossier d&apos;installation %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation>Dossier d&apos;installation</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>compressé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation>Le dossier d&apos;installation %1 est marqué %2&#xa0;: l&apos;installation de l&apos;agent le refuse donc.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation>Le correctif de l&apos;assistant supprime ces attributs (vous voyez d&apos;abord la modification exacte)&#xa0;; sinon, exécutez en tant qu&apos;administrateur&#xa0;: %1. Vous pouvez aussi installer l&apos;agent dans un autre dossier avec le commutateur /p: du programme d&apos;installation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation>Le dossier d&apos;installation %1 n&apos;est ni masqué, ni système, ni compressé, ni chiffré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation>Le dossier d&apos;installation %1 n&apos;existe pas encore, et le dossier dans lequel il serait créé, %2, est %3, ce dont le nouveau dossier hériterait.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation>Cet outil de dépannage ne modifie jamais automatiquement les dossiers parents. Si %1 peut être modifié, exécutez en tant qu&apos;administrateur&#xa0;: %2 (cela ne modifie que le paramètre de ce dossier pour les nouveaux fichiers). Sinon, choisissez un autre dossier d&apos;installation avec le commutateur /p: du programme d&apos;installation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation>Le dossier d&apos;installation %1 n&apos;existe pas encore, et le dossier dans lequel il serait créé n&apos;est ni compressé ni chiffré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation>Attributs du dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation>Dossier existant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation>Parent existant le plus proche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation>Attributs du parent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation>GetFileAttributesW sur %1&#xa0;: %2. Le programme d&apos;installation refuse FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) et ENCRYPTED (0x4000) sur son dossier&#xa0;; les nouveaux dossiers héritent de la compression NTFS et du chiffrement EFS de leur parent, mais pas des attributs masqué ou système.</translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation>le nom figurant dans la ligne «&#xa0;Local cached package&#xa0;» d&apos;OBPatch.log</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation>Échecs d&apos;installation antérieurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation>Les journaux d&apos;installation et de mise à jour de l&apos;agent indiquent pourquoi une installation ou une mise à jour antérieure a échoué, et certains échecs nécessitent une réparation manuelle avant que l&apos;installation puisse réussir.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation>Le dossier Temp de Windows est introuvable&#xa0;: les journaux d&apos;installation de l&apos;agent n&apos;ont donc pas pu être lus.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation>accès refusé, même à un administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation>Le journal d&apos;installation de l&apos;agent %1 n&apos;a pas pu être lu, même avec des droits d&apos;administrateur&#xa0;: les échecs antérieurs n&apos;ont donc pas pu être recherchés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation>Vérifiez les autorisations du fichier (icacls &quot;%1&quot;) ou demandez à l&apos;équipe informatique du client qui l&apos;a verrouillé, puis relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation>illisible sans droits d&apos;administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation>Le journal d&apos;installation de l&apos;agent %1 n&apos;a pas pu être lu sans droits d&apos;administrateur&#xa0;: les échecs antérieurs n&apos;ont donc pas pu être recherchés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation>%1 a consigné un échec («&#xa0;%2&#xa0;»), mais une exécution ultérieure dans le même journal a réussi.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation>%1 consigne une exécution réussie après cet échec (%2 UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation>l&apos;agent installé (cbengine.exe %1) est plus récent que la version qui a échoué (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation>%1 a consigné un échec («&#xa0;%2&#xa0;»), mais %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation>Échec antérieur dans %1, résolu depuis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation> (consigné le %1 UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation>Une mise à jour antérieure de l&apos;agent a échoué avec l&apos;erreur 1612, car le package d&apos;installation de l&apos;agent mis en cache (OBSAGENT.msi) est absent de C:\Windows\Installer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Suivez l&apos;article KB4020490 (%1)&#xa0;: lancez le programme d&apos;installation de l&apos;agent depuis %2 et laissez son assistant ouvert&#xa0;; dans OBInstaller0Curr.errlog, trouvez la ligne «&#xa0;Directory Path for SetupLaunchScreen&#xa0;» la plus récente et copiez OBSAGENT.msi depuis le sous-dossier Installers de ce dossier vers C:\Windows\Installer sous le nom %3&#xa0;; fermez l&apos;assistant et relancez le programme d&apos;installation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation>Une installation antérieure de l&apos;agent s&apos;est arrêtée, car l&apos;un de ses prérequis était absent ou n&apos;a pas pu être installé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation>Corrigez ce que signalent les vérifications de prérequis de cet outil de dépannage (.NET Framework, Windows PowerShell, runtimes Visual C++&#xa0;; la ligne consignée est affichée avec ce constat), puis relancez le programme d&apos;installation de l&apos;agent en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation>Une installation antérieure de l&apos;agent a échoué et toutes ses modifications ont été annulées (ID: 4024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation>Corrigez les autres problèmes signalés par cet outil de dépannage, puis réinstallez l&apos;agent manuellement&#xa0;: téléchargez-le depuis %1 et exécutez-le en tant qu&apos;administrateur. S&apos;il échoue de nouveau, envoyez %2 au support Microsoft (voir %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation>Une installation antérieure de l&apos;agent a échoué avec l&apos;erreur 1603 (0x80070643, erreur irrécupérable lors de l&apos;installation), et aucune installation réussie n&apos;a suivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation>Corrigez les autres problèmes signalés par cet outil de dépannage (droits d&apos;administrateur, prérequis, dossier d&apos;installation, redémarrage en attente), puis relancez le programme d&apos;installation de l&apos;agent depuis %1 en tant qu&apos;administrateur. S&apos;il échoue de nouveau, envoyez %2 au support Microsoft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation>Une installation antérieure de l&apos;agent n&apos;a pas pu démarrer, car une autre installation était en cours (erreur 1618).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation>Attendez la fin des autres installations et des mises à jour Windows (ou redémarrez le serveur), puis relancez le programme d&apos;installation de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation>Le journal d&apos;installation de l&apos;agent %1 indique que sa dernière exécution a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation>Lisez la ligne consignée affichée avec ce constat, corrigez les autres problèmes signalés ici et relancez l&apos;installation&#xa0;; si elle échoue toujours, envoyez %1 au support Microsoft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation>Les journaux d&apos;installation de l&apos;agent consignent un échec antérieur, mais une installation ou une mise à jour ultérieure a réussi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation>Les %1 derniers Kio d&apos;OBInstaller0Curr.errlog (installation) et d&apos;OBPatch.log (mises à jour) dans %2 ont été lus pour y rechercher les codes d&apos;erreur Windows Installer 1612 / «&#xa0;Local cached package&#xa0;» (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, les prérequis en échec, «&#xa0;rolled back&#xa0;» / ID 4024 (guide de dépannage MABS) et les exécutions qui signalent leur échec&#xa0;; un échec suivi d&apos;une exécution réussie ou d&apos;un agent installé plus récent n&apos;est pas signalé. Les lignes qui contiennent seulement le mot «&#xa0;error&#xa0;» ou «&#xa0;failed&#xa0;» ne sont pas des échecs en soi.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation>Ligne dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation>Aucun échec d&apos;installation ou de mise à jour de l&apos;agent n&apos;est consigné dans ses journaux d&apos;installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation>Les journaux d&apos;installation de l&apos;agent n&apos;ont pas pu être lus entièrement.</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation>L&apos;agent n&apos;a pas pu utiliser le fichier d&apos;informations d&apos;identification du coffre&#xa0;: il a expiré, n&apos;est pas le plus récent, a été renommé ou se trouve sur un partage réseau — ou bien le serveur n&apos;a pas pu joindre Azure pour le vérifier (proxy, pare-feu, antivirus, TLS 1.2, horloge).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation>L&apos;agent n&apos;a pas pu lire le fichier du tout&#xa0;: il ne se trouve pas à l&apos;emplacement indiqué, il est illisible ou ce n&apos;est pas un fichier d&apos;informations d&apos;identification du coffre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation>Le certificat du fichier a dépassé sa date de fin de validité — ou l&apos;horloge de ce serveur est incorrecte. Téléchargez un nouveau fichier et inscrivez le serveur immédiatement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation>Le portail Azure a refusé le téléchargement&#xa0;: cache du navigateur, abonnement désactivé, pare-feu, limite de 50 agents par coffre atteinte ou droits Azure Backup manquants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation>L&apos;agent n&apos;a pas pu joindre Azure Backup&#xa0;: un proxy, un pare-feu ou un antivirus bloque la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation>Le proxy exige un nom d&apos;utilisateur et un mot de passe que l&apos;agent (exécuté en tant que SYSTEM) ne fournit pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation>L&apos;agent n&apos;a pas pu demander à Azure si ce serveur est inscrit&#xa0;: pas de connexion, agent trop ancien ou TLS 1.2 désactivé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation>Ce serveur est déjà inscrit auprès d&apos;un autre coffre&#xa0;; le fichier concerne un coffre différent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation>Le serveur est inscrit auprès d&apos;un autre coffre, ou la phrase secrète a été endommagée lors de sa définition&#xa0;: annulez l&apos;inscription du serveur, puis réinscrivez-le.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation>Le dossier de cache (scratch) de l&apos;agent se trouve sur un volume sans espace libre ou a été déplacé de manière incorrecte — ou bien le coffre a atteint sa limite de serveurs inscrits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation>Le dossier de cache (scratch) de l&apos;agent et ses deux valeurs de Registre ne concordent pas, généralement après un déplacement du cache.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation>Le dossier de cache (scratch) attendu par l&apos;agent est absent&#xa0;; réinscrivez le serveur avec la phrase secrète d&apos;origine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation>Le service de l&apos;agent (obengine) n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation>Le serveur a été renommé après son inscription&#xa0;: rendez-lui son ancien nom, ou réinscrivez-le sous le nouveau nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation>L&apos;installation elle-même a échoué&#xa0;; un prérequis du programme d&apos;installation est absent ou bloqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation>Le package d&apos;installation de l&apos;agent est absent du cache de Windows Installer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation>Le runtime Visual C++ 2008 nécessaire au programme d&apos;installation est absent (Windows Server 2008 R2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation>L&apos;agent installé est trop ancien pour le service&#xa0;: mettez-le à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation>Azure a fermé la connexion, car ce serveur proposait une version de TLS antérieure à 1.2, ou un élément sur le trajet a interrompu la connexion TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation>L&apos;agent vous demande de confirmer une fois la phrase secrète de chiffrement&#xa0;; conservez-la en dehors de ce serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation>Le dossier de cache (scratch) manque d&apos;espace, se trouve sur un type de volume inadapté, est compressé ou chiffré, ou un antivirus verrouille ses fichiers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation>La sauvegarde a perdu sa connexion au stockage Azure&#xa0;: proxy, pare-feu ou antivirus.</translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation>Service de l&apos;agent de gestion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation>L&apos;agent de gestion transmet les travaux et les alertes de l&apos;agent au portail Azure&#xa0;; tant qu&apos;il est arrêté, les sauvegardes peuvent s&apos;exécuter, mais le portail ne les affiche pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation>L&apos;agent est installé, mais son service d&apos;agent de gestion (%1) est introuvable&#xa0;: les travaux et les alertes risquent donc de ne pas parvenir au portail Azure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation>Ouvrez services.msc et recherchez «&#xa0;Microsoft Azure Recovery Services Management Agent&#xa0;». S&apos;il n&apos;y figure pas, réinstallez l&apos;agent (téléchargez-le depuis %1 et exécutez-le en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation>Le nom de service %1 est celui qu&apos;utilisent les outils de la communauté&#xa0;; Microsoft ne documente que le nom d&apos;affichage&#xa0;: un service portant un autre nom ne serait donc pas trouvé ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation>Impossible de lire l&apos;état du service de l&apos;agent de gestion (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation>les travaux et les alertes ne parviennent donc pas au portail Azure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation>Le service de l&apos;agent de gestion (%1) est %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation>Le service de l&apos;agent de gestion (%1) est désactivé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>En tant qu&apos;administrateur, exécutez&#xa0;: sc config %1 start= auto, puis net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation>Le service de l&apos;agent de gestion (%1) est arrêté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation>Démarrez-le avec le correctif de l&apos;assistant (ou exécutez &quot;net start %1&quot; en tant qu&apos;administrateur). S&apos;il ne démarre pas, son journal est %2\Temp\GatewayProvider*.errlog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation>Le service de l&apos;agent de gestion (%1) est dans l&apos;état %2 au lieu d&apos;être en cours d&apos;exécution&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>En tant qu&apos;administrateur, exécutez net stop %1, puis net start %1&#xa0;; s&apos;il reste bloqué, redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation>Erreurs dans les journaux de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation>L&apos;agent écrit dans ses propres journaux la véritable raison de l&apos;échec d&apos;une inscription ou d&apos;une sauvegarde&#xa0;; la dernière erreur qu&apos;il a consignée oriente vers la vérification qui en trouve la cause.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation>Impossible de lister le contenu du dossier de journaux de l&apos;agent %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation>Le journal de l&apos;agent %1 n&apos;a pas pu être lu&#xa0;: les erreurs qu&apos;il a consignées n&apos;ont donc pas pu être recherchées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation>Redémarrez cet outil de dépannage en tant qu&apos;administrateur&#xa0;; si le journal reste illisible, vérifiez ses autorisations (icacls) et relancez la vérification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation>L&apos;agent n&apos;a encore écrit aucun journal dans %1&#xa0;: il n&apos;y a donc aucune erreur propre à l&apos;agent à examiner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation>La fin des journaux de l&apos;agent (%1) ne consigne aucune des erreurs dont cet outil de dépannage connaît la cause.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation>Le journal de l&apos;agent %1 a consigné %2%3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation>Le journal mentionne l&apos;adresse %1&#xa0;: testez le port TCP 443 vers cette adresse depuis ce serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation>%1 dans %2 (vérifications %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n fois, dernière occurrence&#xa0;: %1</numerusform>
            <numerusform>%n fois, dernière occurrence&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation>Les %1 derniers Kio de CBEngineCurr.errlog et du fichier GatewayProvider*.errlog le plus récent dans %2 ont été lus pour y rechercher les ID d&apos;erreur de l&apos;agent 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07 et 0x1FBD3, l&apos;erreur de proxy 407, l&apos;erreur 10054, les noms non résolus, les connexions en échec, les erreurs TLS/SSL et les expirations. Dans les lignes citées, les mots de passe, les clés et les certificats sont masqués.</translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation>Fichiers du module PowerShell de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation>Les sauvegardes planifiées de l&apos;agent et ses cmdlets d&apos;inscription proviennent de son module PowerShell MSOnlineBackup&#xa0;; si les fichiers de ce module sont absents, elles échouent.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation>Le module PowerShell MSOnlineBackup de l&apos;agent est en place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation>Impossible de lire le dossier du module PowerShell de l&apos;agent %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation>Le manifeste du module PowerShell de l&apos;agent, MSOnlineBackup.psd1, est absent de %1&#xa0;: ses cmdlets de sauvegarde et d&apos;inscription ne peuvent donc pas se charger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation>Le dossier du module PowerShell de l&apos;agent %1 est absent&#xa0;: ses cmdlets de sauvegarde et d&apos;inscription ne peuvent donc pas se charger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation>Réinstallez l&apos;agent (téléchargez-le depuis %1 et exécutez-le en tant qu&apos;administrateur)&#xa0;; cela remet le module en place. Copier le dossier MSOnlineBackup depuis un serveur doté de la même version de l&apos;agent fonctionne également, mais une réinstallation est plus sûre. Redémarrez ensuite le serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation>Impossible de lire le fichier du module PowerShell de l&apos;agent %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation>Manifeste du module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation>Recherche effectuée&#xa0;: %1. L&apos;importation du module (Import-Module MSOnlineBackup) n&apos;est pas testée ici.</translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation>Test de connectivité de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation>Windows vérifie son accès à Internet en téléchargeant deux petits fichiers depuis Microsoft. Une page de connexion ou un proxy qui répond à la place de Microsoft apparaît ici avant de faire échouer l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation>Les fichiers du test de connectivité de Windows n&apos;ont pas pu être récupérés.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation>%1 a répondu autre chose que le texte de Microsoft «&#xa0;%2&#xa0;» (la réponse commençait par «&#xa0;%3&#xa0;»)&#xa0;: une page de connexion (portail captif) ou un proxy répond à la place de Microsoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation>HTTP %1, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation>La liste d&apos;adresses ne contient aucun fichier de test de connectivité de Windows à récupérer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation>Les fichiers du test de connectivité de Windows sont revenus tels que Microsoft les a écrits&#xa0;: rien ne répond à la place de Microsoft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation>Si une page de connexion fait obstacle, connectez-vous-y ou demandez à l&apos;équipe réseau d&apos;exempter ce serveur&#xa0;; si un proxy répond, demandez à l&apos;équipe réseau de laisser passer www.msftncsi.com et www.msftconnecttest.com sans modification.</translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation>Service de l&apos;agent (obengine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation>L&apos;agent inscrit le serveur et exécute chaque sauvegarde via son service obengine&#xa0;; tant que ce service est arrêté, l&apos;inscription échoue avec «&#xa0;can&apos;t connect to the OBEngine service&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Impossible de déterminer si l&apos;agent est installé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation>L&apos;agent n&apos;est pas encore installé&#xa0;: son service n&apos;existe donc pas encore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation>Le service de l&apos;agent (%1) n&apos;existe pas, car l&apos;agent n&apos;est pas installé&#xa0;: installez d&apos;abord l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Téléchargez l&apos;agent depuis %1, installez-le, puis relancez cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation>L&apos;agent est installé dans %1, mais son service (%2) est absent&#xa0;: l&apos;installation est donc endommagée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Réinstallez l&apos;agent&#xa0;: téléchargez-le depuis %1 et exécutez-le en tant qu&apos;administrateur&#xa0;; gardez la phrase secrète de chiffrement à portée de main au cas où le serveur devrait être réinscrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation>Impossible de lire l&apos;état du service de l&apos;agent (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation>S&apos;il s&apos;arrête de nouveau ou ne démarre pas, consultez les vérifications TLS 1.2 de cet outil de dépannage (les services de l&apos;agent ne démarrent pas lorsque TLS 1.0 est désactivé et que .NET n&apos;est pas configuré pour TLS 1.2, %1) ainsi que le journal des événements Système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation>Le service de l&apos;agent (%1) est en cours d&apos;exécution et démarre automatiquement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation>Le service de l&apos;agent (%1) est en cours d&apos;exécution, mais son type de démarrage est «&#xa0;%2&#xa0;»&#xa0;: il ne sera donc plus en cours d&apos;exécution après le prochain redémarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation>En tant qu&apos;administrateur, exécutez&#xa0;: sc config %1 start= auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation>Le service de l&apos;agent (%1) est toujours en cours de démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation>Patientez une minute et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation>Le service de l&apos;agent (%1) est arrêté et désactivé&#xa0;: le serveur ne peut donc pas être inscrit et aucune sauvegarde ne s&apos;exécute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>En tant qu&apos;administrateur, exécutez&#xa0;: sc config %1 start= auto, puis net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation>Le service de l&apos;agent (%1) est arrêté&#xa0;: le serveur ne peut donc pas être inscrit et aucune sauvegarde ne s&apos;exécute.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation>Démarrez-le avec le correctif de l&apos;assistant (ou exécutez &quot;net start %1&quot; en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>Le service de l&apos;agent (%1) est dans l&apos;état %2 au lieu d&apos;être en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>En tant qu&apos;administrateur, exécutez net stop %1, puis net start %1&#xa0;; s&apos;il reste bloqué, redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>Exécuté en tant que</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation>Le gestionnaire de services a été interrogé pour %1 (%2). Le service de l&apos;agent s&apos;exécute normalement en tant que LocalSystem&#xa0;; cette information est affichée, mais pas évaluée (aucun document Microsoft ne l&apos;indique).</translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation>Windows 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation>L&apos;agent est conçu uniquement pour Windows 64 bits (x64)&#xa0;; son programme d&apos;installation ne s&apos;exécute pas sur Windows 32 bits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation>Windows n&apos;a pas indiqué l&apos;architecture de son processeur&#xa0;: on ne sait donc pas s&apos;il s&apos;agit d&apos;une version 64 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation>L&apos;architecture native renvoyée par GetNativeSystemInfo est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation>Windows est en 64 bits (x64), comme l&apos;exige l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation>Windows s&apos;exécute sur un processeur ARM64, que la matrice de prise en charge de l&apos;agent ne mentionne pas&#xa0;: l&apos;agent x64 risque donc de ne pas s&apos;installer ou de ne pas fonctionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation>Installez l&apos;agent sur un serveur doté d&apos;un processeur x64 (Intel ou AMD 64 bits). S&apos;il doit s&apos;agir de cette machine, demandez au support Microsoft si ARM64 est pris en charge avant de vous fier à ses sauvegardes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation>Windows est en 32 bits (x86), et l&apos;agent ne s&apos;installe que sur Windows 64 bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation>Installez l&apos;agent sur un serveur exécutant Windows 64 bits. Un Windows 32 bits ne peut pas être converti en 64 bits sur place&#xa0;: il doit être réinstallé avec l&apos;édition x64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation>Windows s&apos;exécute sur un processeur %1, et l&apos;agent ne s&apos;installe que sur Windows 64 bits x64.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation>Installez l&apos;agent sur un serveur exécutant Windows 64 bits (x64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation>Architecture native</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation>Architecture native du processeur telle que Windows l&apos;indique (IsWow64Process2 / GetNativeSystemInfo, de sorte qu&apos;un outil de dépannage 32 bits sur Windows 64 bits voit quand même amd64)&#xa0;: %1. La matrice de prise en charge exige des systèmes d&apos;exploitation 64 bits et ne mentionne aucune prise en charge d&apos;ARM64.</translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation>Version de Windows prise en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation>L&apos;agent ne s&apos;installe et n&apos;est pris en charge que sur les versions de Windows figurant dans la matrice de prise en charge de Microsoft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation>%1 est une version de Windows prise en charge par l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation>%1 est une version de Windows prise en charge par l&apos;agent, uniquement pour la sauvegarde de fichiers et de dossiers.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation>%1 a atteint la fin du support&#xa0;: l&apos;agent n&apos;y est donc pris en charge que si les mises à jour de sécurité étendues (ESU) sont installées.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation>%1 n&apos;est pas une version de Windows prise en charge par l&apos;agent&#xa0;: l&apos;agent ne peut donc pas être installé ici.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation>Installez le Service Pack 1 pour cette version de Windows, puis .NET Framework 4.8, puis l&apos;agent. Cette version de Windows est en fin de support&#xa0;: l&apos;agent n&apos;y est pris en charge qu&apos;avec les mises à jour de sécurité étendues (voir %1)&#xa0;; planifiez la migration vers Windows Server 2022 ou 2025.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation>Mettez à niveau ou migrez ce serveur vers Windows Server 2016 ou une version ultérieure (2019, 2022 ou 2025) et installez-y l&apos;agent, ou déplacez le serveur vers une machine virtuelle Azure et protégez-le avec la sauvegarde de machines virtuelles Azure, comme le conseille la matrice de prise en charge pour les serveurs en fin de support (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation>Mettez à niveau cet ordinateur vers Windows 10 ou 11 (ou au moins Windows 8.1), installez .NET Framework 4.8 si Windows Update ne l&apos;a pas fait, puis installez l&apos;agent. Les versions prises en charge sont répertoriées sur %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation>%1 ne figure pas encore dans la matrice de prise en charge (il est plus récent que Windows Server 2025)&#xa0;: il n&apos;est donc pas confirmé que l&apos;agent le prend en charge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation>Consultez la matrice de prise en charge actuelle sur %1. Si elle mentionne %2, poursuivez l&apos;installation&#xa0;; sinon, installez l&apos;agent sur Windows Server 2025 ou 2022.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation>Vérifiez que le serveur reçoit les mises à jour de sécurité étendues (ESU) et qu&apos;elles sont toutes installées, et planifiez la migration vers Windows Server 2022 ou 2025. Sur cette version, l&apos;agent actuel nécessite aussi .NET Framework 4.8. La prise en charge de l&apos;agent sur cette version peut cesser à tout moment&#xa0;; consultez %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation>%1 ne peut pas exécuter .NET Framework 4.8, dont l&apos;agent actuel a besoin&#xa0;: l&apos;agent ne peut donc pas être installé ici.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation>Installez l&apos;agent sur une version de Windows prise en charge&#xa0;: Windows Server 2025, 2022, 2019, 2016, 2012 R2 ou 2012, ou Windows 11, 10 ou 8.1 pour les fichiers et dossiers. La liste complète se trouve sur %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation>Version de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Nom du produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Type de produit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation>RtlGetVersion a renvoyé %1, type de produit %2. La matrice de prise en charge mentionne Windows Server 2025, 2022, 2019, 2016, 2012 R2 et 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT et Storage Server) ainsi que Windows 11, 10, 8.1 et 8 (fichiers et dossiers uniquement)&#xa0;; Windows 7, Server 2008 R2 et Server 2008 SP2 y figurent comme en fin de support. Le programme d&apos;installation de l&apos;agent actuel nécessite .NET Framework 4.8, qui ne fonctionne pas sous Windows 8 ni sous Server 2008 SP2, ni sous Windows 7 et Server 2008 R2 sans Service Pack 1. Windows 11 se distingue de Windows 10 par son numéro de build (22000 et au-delà), car son ProductName indique toujours «&#xa0;Windows 10&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation>Windows Server 2012 et 2012 R2 ne bénéficient plus du support étendu depuis octobre 2023&#xa0;; la matrice de prise en charge les mentionne toujours, mais Windows lui-même ne reçoit plus de mises à jour de sécurité que par le biais des mises à jour de sécurité étendues.</translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation>Mises à jour Windows et redémarrage en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation>Un redémarrage laissé en attente par des mises à jour peut bloquer l&apos;installation de l&apos;agent, et les anciennes builds de Windows ne disposent pas des mises à jour TLS nécessaires à l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation>Impossible de déterminer si Windows attend un redémarrage&#xa0;: l&apos;état des mises à jour n&apos;a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation>Historique de Windows Update</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation>HKLM\%1 LastSuccessTime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation>LastSuccessTime contient «&#xa0;%1&#xa0;», qui n&apos;est pas une date que cette vérification sait lire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation>Cette version de Windows n&apos;enregistre pas dans le Registre la date de la dernière installation de mises à jour (les versions récentes de Windows n&apos;écrivent plus LastSuccessTime).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation>La date de la dernière installation de mises à jour n&apos;a pas pu être lue dans le Registre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation>L&apos;historique de Windows Update contient %1 entrées&#xa0;; les %2 plus récentes ont été lues (hors mises à jour de définitions).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation>L&apos;historique de Windows Update n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation>Exécutez Windows Update (ou le déploiement de votre serveur de mises à jour), installez toutes les mises à jour disponibles, puis redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation>Des fichiers attendent d&apos;être remplacés au prochain redémarrage (souvent par un antivirus)&#xa0;; il ne s&apos;agit pas d&apos;une mise à jour Windows en attente, mais il est plus sûr de redémarrer d&apos;abord avant d&apos;installer l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation>Redémarrez le serveur dès que possible, puis relancez cet outil de dépannage. Si des fichiers sont de nouveau en attente juste après le redémarrage, c&apos;est l&apos;antivirus qui les y maintient&#xa0;; cela seul n&apos;empêche pas l&apos;installation de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation>Windows attend un redémarrage pour terminer l&apos;installation de mises à jour, ce qui peut faire échouer l&apos;installation de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation>Redémarrez le serveur, puis relancez cet outil de dépannage avant d&apos;installer l&apos;agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows a installé des mises à jour pour la dernière fois il y a %1 jours&#xa0;: il lui manque peut-être des corrections dont l&apos;agent a besoin (comme la prise en charge de TLS 1.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation>Windows a installé des mises à jour il y a %1 jours et aucun redémarrage n&apos;est en attente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation>Aucun redémarrage n&apos;est en attente, mais l&apos;historique de Windows Update n&apos;a pas pu être lu&#xa0;: on ne sait donc pas quand Windows a installé des mises à jour pour la dernière fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation>Ouvrez Windows Update sur le serveur et consultez l&apos;historique des mises à jour&#xa0;; si le service Windows Update (wuauserv) est désactivé, demandez à l&apos;équipe informatique du client comment ce serveur reçoit ses mises à jour. Relancez ensuite cette vérification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>L&apos;historique de Windows Update n&apos;indique aucune installation réussie de mises à jour&#xa0;: il manque peut-être à ce serveur des corrections dont l&apos;agent a besoin (comme la prise en charge de TLS 1.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation>Aucun redémarrage n&apos;est en attente pour des mises à jour Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation>Redémarrage en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation>Dernière installation de mises à jour réussie (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation>Dernière mise à jour installée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation>Jours depuis la dernière installation de mises à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation>Avertissement après</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation>%1 jours sans mises à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation>Marqueurs de redémarrage en attente&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation>Dernière installation de mises à jour lue dans %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation>aucun n&apos;est défini</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>%n caractère n&apos;est pas un caractère ASCII simple (lettres comme ä, é ou symboles comme € ou “)&#xa0;: l&apos;agent n&apos;accepte que les caractères dont le code est inférieur ou égal à 127.</numerusform>
            <numerusform>%n caractères ne sont pas des caractères ASCII simples (lettres comme ä, é ou symboles comme € ou “)&#xa0;: l&apos;agent n&apos;accepte que les caractères dont le code est inférieur ou égal à 127.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation>Elle compte %1 caractères&#xa0;; le programme d&apos;installation de l&apos;agent en exige au moins %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation>Elle commence ou se termine par un espace, qui se perd facilement lorsqu&apos;elle est saisie de nouveau.</translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation>Version de Windows PowerShell</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation>Installez Windows Management Framework 5.1 (qui fournit Windows PowerShell 5.1) pour cette version de Windows depuis %1, redémarrez le serveur, puis relancez l&apos;installation de l&apos;agent. WMF 5.1 nécessite au préalable .NET Framework 4.5 ou une version ultérieure.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation>La version de Windows PowerShell installée n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation>L&apos;installation de l&apos;agent actuel nécessite Windows PowerShell 5.0 ou une version ultérieure (5.1 en pratique), et les sauvegardes planifiées de l&apos;agent s&apos;exécutent via Windows PowerShell.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation>Windows PowerShell 3.0 ou une version ultérieure est installé, mais sa version n&apos;a pas pu être lue&#xa0;; l&apos;installation de l&apos;agent nécessite la version 5.0 ou ultérieure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation>Exécutez &quot;$PSVersionTable.PSVersion&quot; dans Windows PowerShell. Si la version affichée est inférieure à 5.0, installez Windows Management Framework 5.1 depuis %1 et redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell %1 est installé, mais l&apos;installation de l&apos;agent nécessite Windows PowerShell 5.0 ou une version ultérieure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation>Windows PowerShell %1 est installé, comme l&apos;exige l&apos;agent (5.0 ou version ultérieure).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Seul Windows PowerShell %1 est installé, alors que l&apos;installation de l&apos;agent nécessite Windows PowerShell 5.0 ou une version ultérieure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell n&apos;est pas installé, alors que l&apos;installation de l&apos;agent nécessite Windows PowerShell 5.0 ou une version ultérieure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Lu dans</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation>Version de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation>PowerShellVersion est lu dans HKLM\%1 (présent à partir de PowerShell 3.0), sinon dans HKLM\%2 (PowerShell 1.0 et 2.0). Le guide d&apos;installation de Microsoft (08/2025) indique que l&apos;installation de l&apos;agent nécessite Windows PowerShell 5.0&#xa0;; le «&#xa0;3.0 ou version ultérieure&#xa0;» du guide de dépannage concerne les sauvegardes planifiées. PowerShell 7 (pwsh.exe) est un produit distinct et n&apos;est pas pris en compte.</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation>Points de terminaison privés et DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation>Un coffre doté de points de terminaison privés est joint via des adresses privées que seules les bonnes zones DNS fournissent, tandis que la connexion à Entra ID passe toujours par l&apos;Internet public. Un DNS qui confond les deux fait échouer l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation>Les adresses correspondant aux noms du coffre n&apos;ont pas pu être résolues.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation>privées&#xa0;: %1&#xa0;; publiques&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation>Aucun des noms d&apos;Azure n&apos;a été résolu ici (voir la vérification de la résolution de noms)&#xa0;: il n&apos;y a donc rien à comparer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation>%1 est résolu ici en adresse privée %2, mais Entra ID n&apos;a pas de point de terminaison privé&#xa0;: pendant l&apos;inscription, la connexion ne peut l&apos;atteindre que sur ses adresses publiques.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation>Demandez à l&apos;administrateur DNS de supprimer la zone ou l&apos;enregistrement privé qui répond pour %1 (les noms Entra ID doivent être résolus publiquement, y compris pour les coffres dotés de points de terminaison privés).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation>Le coffre utilise des points de terminaison privés (%1 est résolu en adresse privée), mais %2 est résolu en adresses publiques&#xa0;: son enregistrement DNS privatelink est manquant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation>Demandez à l&apos;administrateur DNS d&apos;ajouter les enregistrements du point de terminaison privé pour %1 (les zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net et privatelink.queue.core.windows.net, ou des redirecteurs conditionnels vers Azure DNS 168.63.129.16 depuis le réseau virtuel).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation>Les noms du coffre sont résolus en adresses privées (points de terminaison privés) et Entra ID reste public, comme il se doit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation>Les noms du coffre sont résolus en adresses publiques&#xa0;: ce serveur joint le coffre via Internet, et non via un point de terminaison privé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation>Si le coffre a des points de terminaison privés, le DNS de ce serveur ne connaît pas encore leurs zones privatelink, et le trafic de sauvegarde ne les utiliserait pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation>Entra ID est résolu en adresses publiques, comme il se doit, y compris pour un coffre doté de points de terminaison privés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation>L&apos;adresse Backup du coffre est connue une fois le fichier d&apos;informations d&apos;identification du coffre fourni&#xa0;; cette vérification indique alors aussi si des points de terminaison privés sont utilisés.</translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation>Exécution en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation>Sans le jeton d&apos;administrateur complet, plusieurs vérifications voient moins de choses et les correctifs qui modifient le système ne peuvent pas s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation>Impossible de déterminer si l&apos;outil de dépannage s&apos;exécute en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation>L&apos;outil de dépannage s&apos;exécute avec des droits d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation>L&apos;outil de dépannage ne s&apos;exécute pas en tant qu&apos;administrateur&#xa0;: certaines vérifications et certains correctifs ne peuvent donc pas fonctionner. Redémarrez-le en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation>Redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur&#xa0;: utilisez «&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;» dans l&apos;assistant, puis acceptez l&apos;invite de Windows&#xa0;; ou cliquez avec le bouton droit sur le programme et choisissez «&#xa0;Exécuter en tant qu&apos;administrateur&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation>L&apos;outil de dépannage ne peut pas obtenir de droits d&apos;administrateur, car ce compte n&apos;est pas administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation>Connectez-vous avec un compte membre du groupe Administrateurs local, puis redémarrez l&apos;outil de dépannage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation>Élévation du jeton du processus&#xa0;: %1&#xa0;; appartenance au groupe Administrateurs&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation>Authentification auprès du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation>Un proxy qui demande un nom d&apos;utilisateur et un mot de passe bloque l&apos;agent avec «&#xa0;(407) Proxy Authentication Required&#xa0;», sauf si l&apos;agent reçoit des informations d&apos;identification ou si le serveur en est exempté.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation>Les proxys n&apos;ont pas pu être testés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation>Aucun proxy n&apos;est défini pour le compte de l&apos;agent ni pour WinHTTP&#xa0;: aucun ne peut donc demander de mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation>aucun schéma indiqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation>Le proxy %1:%2 demande des informations d&apos;identification (407 Proxy Authentication Required&#xa0;; il propose %3) lorsque ce serveur se connecte à %4.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation>Exemptez ce serveur de l&apos;authentification auprès du proxy (demandez-le aux administrateurs du proxy), ou fournissez à l&apos;agent les informations d&apos;identification du proxy&#xa0;: dans la console de l&apos;agent, Modifier les propriétés &gt; Configuration du proxy (Change Properties &gt; Proxy Configuration), ou en tant qu&apos;administrateur dans PowerShell&#xa0;: Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Ne saisissez jamais le mot de passe dans cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation>Le chemin réseau propre à l&apos;agent (%1) n&apos;est pas concerné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Schemes offered</source>
        <translation>Schémas proposés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation>Les proxys sur les chemins réseau de ce serveur laissent passer les requêtes sans demander de mot de passe.</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation>%1 (contournement&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation>non défini&#xa0;: chaque compte a ses propres paramètres de proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation>0&#xa0;: les paramètres à l&apos;échelle de l&apos;ordinateur (HKLM) s&apos;appliquent à tous les comptes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation>%1&#xa0;: chaque compte a ses propres paramètres de proxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation>Proxy utilisé par le service de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation>Le service de l&apos;agent s&apos;exécute sous le compte SYSTEM et utilise les paramètres de proxy de ce compte, et non ceux de l&apos;administrateur connecté&#xa0;; un proxy obsolète ou différent à cet endroit fait échouer l&apos;inscription alors que le navigateur fonctionne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation>Les paramètres de proxy n&apos;ont pas pu être lus&#xa0;: le proxy utilisé par l&apos;agent est donc inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation>Le Registre n&apos;a pas pu être lu&#xa0;: le proxy utilisé par l&apos;agent est donc inconnu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation>le paramètre de proxy à l&apos;échelle de l&apos;ordinateur (stratégie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation>le paramètre de proxy du compte SYSTEM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation>Exécutez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation>La stratégie de proxy à l&apos;échelle de l&apos;ordinateur (ProxySettingsPerUser) n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation>Le paramètre de proxy WinHTTP n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation>Définissez le proxy que l&apos;agent doit utiliser dans l&apos;agent lui-même (console de l&apos;agent&#xa0;: Modifier les propriétés &gt; Configuration du proxy, ou Set-OBMachineSetting dans PowerShell).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation>Le service de l&apos;agent ne peut pas utiliser %1 «&#xa0;%2&#xa0;»&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>Corrigez ou supprimez le paramètre de proxy du compte SYSTEM (le guide de Microsoft ouvre les Options Internet en tant que SYSTEM avec psexec -i -s et y supprime les informations de proxy obsolètes). </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation>Le service de l&apos;agent obtient son proxy d&apos;un script de configuration (%1 indique %2)&#xa0;; le proxy choisi par le script ne peut pas être vérifié ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation>Vérifiez que le compte SYSTEM peut télécharger le script et que le proxy qu&apos;il renvoie permet d&apos;atteindre Azure&#xa0;; les vérifications réseau testent les autres chemins listés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation>Le service de l&apos;agent lit un nom d&apos;utilisateur et un mot de passe (masqués ici) dans %1&#xa0;; le format documenté ne leur prévoit aucune place, si bien que le paramètre risque de ne pas fonctionner, et toute personne pouvant lire le Registre peut les lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Retirez les informations d&apos;identification du paramètre de proxy et fournissez-les plutôt à l&apos;agent (sa page de proxy ou Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation>Le service de l&apos;agent s&apos;exécute sous le compte SYSTEM, dont le paramètre de proxy est «&#xa0;%1&#xa0;», alors que celui de l&apos;utilisateur connecté est «&#xa0;%2&#xa0;»&#xa0;: ce qui fonctionne dans votre navigateur peut échouer pour l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>L&apos;agent utilise les paramètres du compte SYSTEM, pas les vôtres. Déterminez quel proxy le serveur doit utiliser, puis corrigez les paramètres du compte SYSTEM (le guide de Microsoft ouvre les Options Internet en tant que SYSTEM avec psexec -i -s et y supprime les informations de proxy obsolètes). </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation>Le service de l&apos;agent voit deux proxys différents&#xa0;: %1 indique «&#xa0;%2&#xa0;» et WinHTTP indique «&#xa0;%3&#xa0;»&#xa0;; certaines parties de l&apos;agent peuvent donc emprunter des chemins différents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation>Harmonisez WinHTTP et le compte SYSTEM. En tant qu&apos;administrateur, netsh winhttp show proxy affiche le paramètre de WinHTTP, netsh winhttp reset proxy l&apos;efface et netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; le définit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation>Le paramètre de proxy WinHTTP contient un nom d&apos;utilisateur et un mot de passe (masqués ici)&#xa0;; le format documenté ne leur prévoit aucune place, si bien que le paramètre risque de ne pas fonctionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Retirez les informations d&apos;identification avec netsh winhttp set proxy (en tant qu&apos;administrateur) et fournissez-les plutôt à l&apos;agent (sa page de proxy ou Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation>Tous les comptes utilisent le paramètre de proxy à l&apos;échelle de l&apos;ordinateur «&#xa0;%1&#xa0;», et WinHTTP concorde (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation>Le service de l&apos;agent (compte SYSTEM&#xa0;: %1), WinHTTP (%2) et l&apos;utilisateur connecté (%3) utilisent le même chemin réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation>Plusieurs paramètres de proxy n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation>WinHTTP&#xa0;: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation>Stratégie de proxy à l&apos;échelle de l&apos;ordinateur (ProxySettingsPerUser)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation>Le paramètre de proxy propre à l&apos;agent n&apos;a pas été lu&#xa0;: Microsoft ne documente pas l&apos;endroit où il est stocké. Pour le voir, exécutez Get-OBMachineSetting dans une fenêtre PowerShell avec élévation sur ce serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation>Chemins testés par les vérifications réseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: ProxyServer (ProxyEnable = %2)</source>
        <translation>%1&#xa0;: ProxyServer (ProxyEnable = %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: DefaultConnectionSettings</source>
        <translation>%1&#xa0;: DefaultConnectionSettings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WinHTTP</source>
        <translation>WinHTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser)</source>
        <translation>Stratégie de proxy à l&apos;échelle de l&apos;ordinateur (ProxySettingsPerUser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation>Paramètre de proxy propre à l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation>non lu (aucun emplacement documenté&#xa0;; voir Get-OBMachineSetting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation>Chemins testés par les vérifications réseau</translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation>Chemin des modules PowerShell et stratégie d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation>Les sauvegardes planifiées de l&apos;agent exécutent ses applets de commande PowerShell&#xa0;: PowerShell doit trouver son module et être autorisé à le charger.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation>Redémarrez ensuite le serveur pour que le service et les tâches de l&apos;agent prennent en compte la modification.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation>Le PSModulePath de l&apos;ordinateur n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation>Le PSModulePath de l&apos;ordinateur ne contient pas le dossier de module de l&apos;agent %1&#xa0;: PowerShell risque de ne pas trouver les applets de commande de l&apos;agent, et les sauvegardes planifiées peuvent échouer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation>En tant qu&apos;administrateur, ajoutez %1 à la variable d&apos;environnement système PSModulePath (Propriétés système &gt; Paramètres système avancés &gt; Variables d&apos;environnement&#xa0;; conservez les entrées déjà présentes).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation>La stratégie d&apos;exécution PowerShell n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation>Stratégie de groupe «&#xa0;Activer l&apos;exécution des scripts&#xa0;» (MachinePolicy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation>le paramètre de l&apos;ordinateur (LocalMachine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation>la valeur par défaut de Windows, car aucune étendue n&apos;en définit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation>La stratégie provient d&apos;une stratégie de groupe&#xa0;: demandez à l&apos;administrateur du client de définir «&#xa0;Activer l&apos;exécution des scripts&#xa0;» sur «&#xa0;Autoriser les scripts locaux et les scripts signés distants&#xa0;» pour ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation>En tant qu&apos;administrateur, exécutez&#xa0;: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation>La stratégie d&apos;exécution PowerShell de ce serveur est Restricted (%1)&#xa0;: le module de l&apos;agent ne peut donc pas se charger et ses sauvegardes planifiées échouent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation>La stratégie d&apos;exécution PowerShell est AllSigned (%1)&#xa0;; le guide de dépannage de Microsoft demande RemoteSigned ou Unrestricted pour les tâches de sauvegarde de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation>La stratégie d&apos;exécution PowerShell est «&#xa0;%1&#xa0;» (%2), ce qui n&apos;est pas une stratégie connue de PowerShell.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation>PowerShell trouve le module de l&apos;agent (PSModulePath) et peut le charger&#xa0;: la stratégie d&apos;exécution est %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation>Les paramètres PowerShell dont l&apos;agent a besoin n&apos;ont pas pu être lus entièrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation>PSModulePath (ordinateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation>Dossier de modules de l&apos;agent présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation>Stratégie d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Définie par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation>Le chemin des modules est validé avec %1 ou %2&#xa0;: le guide de dépannage de Microsoft cite le dossier du module, sa page sur l&apos;automatisation avec PowerShell cite le dossier parent, et celui dont l&apos;agent a besoin n&apos;est pas documenté. Les stratégies d&apos;exécution par utilisateur ne sont pas lues&#xa0;: les tâches de l&apos;agent s&apos;exécutent sous SYSTEM.</translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation>Redémarrage après modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation>Windows et l&apos;agent ne lisent les paramètres TLS et le chemin des modules PowerShell qu&apos;au démarrage&#xa0;: une modification apportée par cet outil de dépannage ne prend effet qu&apos;après le redémarrage du serveur.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation>Cette exécution ne tient pas de journal des correctifs&#xa0;: il n&apos;y a donc aucune modification de cet outil de dépannage à suivre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation>Cet outil de dépannage n&apos;a apporté ici aucune modification nécessitant un redémarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation>Cet outil de dépannage a modifié des paramètres qui nécessitent un redémarrage, mais la date du dernier démarrage du serveur n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation>Le temps d&apos;activité est inconnu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation>Le serveur a redémarré (%1) depuis la dernière modification, par cet outil de dépannage, d&apos;un paramètre qui nécessite un redémarrage (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>Le serveur n&apos;a pas redémarré depuis que cet outil de dépannage a modifié des paramètres qui ne prennent effet qu&apos;après un redémarrage (%n modification, la dernière&#xa0;: %1)&#xa0;: redémarrez-le une fois avant l&apos;inscription.</numerusform>
            <numerusform>Le serveur n&apos;a pas redémarré depuis que cet outil de dépannage a modifié des paramètres qui ne prennent effet qu&apos;après un redémarrage (%n modifications, la dernière&#xa0;: %1)&#xa0;: redémarrez-le une fois avant l&apos;inscription.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation>Redémarrez le serveur quand le client l&apos;autorise (un seul redémarrage suffit pour toutes les modifications), puis relancez cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation>Dernier démarrage du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation>Modifications en attente de redémarrage</translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation>État d&apos;inscription de ce serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation>Un serveur déjà inscrit auprès d&apos;un coffre n&apos;accepte que les informations d&apos;identification de ce coffre (ID: 100110)&#xa0;; une nouvelle inscription obéit à ses propres règles, et un agent non installé ne peut pas s&apos;inscrire du tout.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation>Impossible de déterminer si ce serveur est inscrit auprès d&apos;un coffre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation>Exécutez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez les vérifications&#xa0;; sinon, consultez les valeurs sous HKLM\%1 dans regedit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation>un coffre dont l&apos;agent n&apos;a pas enregistré le nom (ID de ressource %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>le coffre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation>L&apos;agent n&apos;est pas encore installé&#xa0;: ce serveur n&apos;a donc aucune inscription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation>L&apos;agent n&apos;est pas installé, ce serveur ne peut donc pas être inscrit&#xa0;: installez d&apos;abord l&apos;agent (une inscription antérieure auprès de %1 est toujours enregistrée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation>L&apos;agent n&apos;est pas installé, ce serveur ne peut donc pas être inscrit&#xa0;: installez d&apos;abord l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Téléchargez l&apos;agent depuis %1, installez-le, puis relancez cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation>Vous avez choisi de réinscrire ce serveur, mais aucune inscription antérieure n&apos;y est enregistrée&#xa0;: il s&apos;agira donc d&apos;une première inscription.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation>Si le serveur a déjà été inscrit et que l&apos;agent a été réinstallé depuis, inscrivez-le avec la phrase secrète de cette inscription et sous le même nom d&apos;ordinateur. Sinon, choisissez «&#xa0;Inscrire ce serveur&#xa0;» et conservez la nouvelle phrase secrète en lieu sûr, en dehors de ce serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation>L&apos;agent est installé et ce serveur n&apos;est encore inscrit auprès d&apos;aucun coffre&#xa0;: il peut donc être inscrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation>Ce serveur est déjà inscrit auprès de %1&#xa0;: une nouvelle inscription suit donc les règles de réinscription.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation>Pour continuer à sauvegarder dans le même coffre, inscrivez le serveur avec un fichier d&apos;informations d&apos;identification téléchargé depuis ce coffre et la phrase secrète de la première inscription. Pour déplacer le serveur vers un autre coffre, faites-le en connaissance de cause&#xa0;: supprimez-le de l&apos;ancien coffre dans le portail Azure (Infrastructure de sauvegarde &gt; Serveurs protégés), désinstallez l&apos;agent, réinstallez-le et inscrivez le serveur avec le fichier du nouveau coffre&#xa0;; les sauvegardes déjà présentes dans l&apos;ancien coffre y restent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation>Ce serveur est inscrit auprès de %1&#xa0;; la liste de contrôle de réinscription indique ce qu&apos;il faut faire avant de le réinscrire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation>Ce serveur est inscrit auprès de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation>État d&apos;inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation>Dossier d&apos;installation (Setup\InstallPath)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Inscrit auprès de (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation>ID de ressource du coffre (ResourceId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation>ID de l&apos;ordinateur (MachineId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation>Lu dans HKLM\%1 (ServiceResourceName, ResourceId, MachineId) et HKLM\%2 (InstallPath). Microsoft documente ServiceResourceName comme le coffre auprès duquel l&apos;agent est inscrit&#xa0;; la valeur qui prouve une inscription n&apos;est pas documentée&#xa0;: ceci reflète donc le contenu du Registre de l&apos;agent, et non la réponse du coffre lui-même.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation>Ce que décide le coffre n&apos;est pas visible depuis ce serveur&#xa0;: un coffre accepte au maximum 50 agents MARS, et l&apos;erreur «&#xa0;Failed to download the vault credential file (ID: 403)&#xa0;» provient du cache du navigateur, d&apos;un abonnement désactivé ou expiré, d&apos;un pare-feu, de la limite du coffre ou d&apos;un compte sans droits Azure Backup sur le coffre.</translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation>L&apos;erreur que vous avez saisie n&apos;est pas connue de cet outil&#xa0;: toutes les vérifications se sont donc exécutées dans l&apos;ordre habituel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation>L&apos;erreur que vous avez saisie&#xa0;: «&#xa0;%1&#xa0;». Signification&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation>Aucune des vérifications capables d&apos;expliquer cette erreur ne s&apos;est exécutée dans cette phase&#xa0;; l&apos;erreur relève d&apos;une autre étape (voir sa signification ci-dessus).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation>Voici ce qui l&apos;explique&#xa0;: %1. Réglez d&apos;abord ce point, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation>Aucune des %1 vérifications liées à cette erreur n&apos;a détecté de problème, mais les suivantes n&apos;ont pas pu aboutir&#xa0;: %2. Relancez-les avant de chercher ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation>Aucune des %1 vérifications liées à cette erreur n&apos;a détecté de problème sur ce serveur. Transmettez le rapport et les journaux de l&apos;agent (dossier Temp de l&apos;agent) au support.</translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation>Liste de contrôle pour réinscrire ce serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation>Réinscrire un serveur avec une autre phrase secrète fait perdre les sauvegardes antérieures, et un serveur inscrit sous un autre nom ou encore répertorié dans le coffre ne s&apos;inscrit pas correctement.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation>Impossible de déterminer si ce serveur a déjà été inscrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation>Exécutez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation>Aucune inscription antérieure n&apos;est enregistrée sur ce serveur&#xa0;: la liste de contrôle de réinscription ne s&apos;applique donc pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation>le coffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>le coffre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation>Ce serveur était auparavant inscrit auprès de %1&#xa0;: sa réinscription nécessite les quatre vérifications ci-dessous, qui ne peuvent pas être effectuées depuis ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation>La réinscription de ce serveur nécessite les quatre vérifications ci-dessous, qui ne peuvent pas être effectuées depuis ce serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation>1. Supprimé du coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation>Dans le portail Azure, %1 &gt; Infrastructure de sauvegarde &gt; Serveurs protégés&#xa0;: supprimez ce serveur à cet endroit avant de le réinscrire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation>2. Agent réinstallé en cas de changement de coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation>Pour inscrire le serveur auprès d&apos;un autre coffre, désinstallez l&apos;agent, réinstallez-le, puis inscrivez le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation>3. Même phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation>Utilisez la phrase secrète de la première inscription&#xa0;: avec une autre, les sauvegardes antérieures ne peuvent plus être restaurées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation>4. Même nom d&apos;ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Inscrivez le serveur sous le nom que le coffre affiche pour lui&#xa0;; un serveur renommé reçoit l&apos;erreur «&#xa0;Resource not provisioned in service stamp (ID: 230006)&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Inscrivez le serveur sous le nom que le coffre affiche pour lui (ce serveur s&apos;appelle désormais %1)&#xa0;; un serveur renommé reçoit l&apos;erreur «&#xa0;Resource not provisioned in service stamp (ID: 230006)&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation>Passez en revue les quatre points listés dans les détails avant de réinscrire le serveur&#xa0;; conservez la phrase secrète en lieu sûr, en dehors de ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation>Affiché parce que vous avez choisi de réinscrire ce serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation>Affiché parce que le Registre de l&apos;agent enregistre toujours une inscription (HKLM\%1).</translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation>Redémarrer en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation>Rien n&apos;a été modifié sur l&apos;ordinateur&#xa0;; une copie exécutée en tant qu&apos;administrateur a peut-être démarré&#xa0;: fermez les fenêtres supplémentaires de l&apos;outil de dépannage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation>Rien n&apos;est modifié sur l&apos;ordinateur&#xa0;; fermez la nouvelle fenêtre pour revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation>Impossible de lire les droits de ce programme.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation>Cette fenêtre de l&apos;outil de dépannage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation>L&apos;outil de dépannage se ferme et redémarre avec des droits d&apos;administrateur. Windows vous demande de confirmer. Vos réponses sur la première page sont conservées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation>L&apos;outil de dépannage s&apos;exécute déjà en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation>Ce compte n&apos;est pas administrateur&#xa0;: Windows ne peut donc pas démarrer le programme avec des droits d&apos;administrateur. Connectez-vous avec un compte d&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation>Le service de temps Windows (W32Time) n&apos;est pas installé&#xa0;: w32tm ne peut donc pas régler l&apos;horloge. La vérification du service de temps Windows indique comment l&apos;enregistrer&#xa0;; relancez ensuite ce correctif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation>L&apos;état du service de temps Windows n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation>Le service de temps Windows est désactivé&#xa0;: w32tm ne peut donc pas régler l&apos;horloge. La vérification du service de temps Windows indique comment l&apos;activer&#xa0;; relancez ensuite ce correctif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation>Le service de temps Windows est %1, alors que w32tm a besoin qu&apos;il soit en cours d&apos;exécution (sinon il renverrait 0x80070426). Démarrez-le d&apos;abord&#xa0;: «&#xa0;%2&#xa0;» (start_time_service) dans la vérification du service de temps Windows, ou exécutez net start w32time en tant qu&apos;administrateur&#xa0;; relancez ensuite ce correctif.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation>L&apos;horloge a peut-être été resynchronisée, mais ce n&apos;est pas certain&#xa0;: relancez la vérification de l&apos;horloge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation>Cette opération ne peut pas être annulée&#xa0;: l&apos;ancienne heure était fausse et ne mérite pas d&apos;être restaurée. Le service de temps Windows maintient désormais l&apos;horloge à l&apos;heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation>Ce correctif règle l&apos;horloge à l&apos;aide du service de temps Windows, qui n&apos;existe que sous Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation>Cet ordinateur n&apos;exécute pas Windows&#xa0;; son horloge est gérée par son propre service de temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation>La version de Windows n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation>pas encore comparée à l&apos;heure d&apos;Azure (exécutez d&apos;abord la vérification de l&apos;horloge)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation>l&apos;heure de sa source de temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation>%1 d&apos;avance sur l&apos;heure d&apos;Azure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation>%1 de retard sur l&apos;heure d&apos;Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation>elle recule d&apos;environ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation>elle avance d&apos;environ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation>l&apos;heure de sa source de temps (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation>Horloge de ce serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation>Exécutez %1 en tant qu&apos;administrateur&#xa0;: le service de temps Windows demande l&apos;heure à sa source de temps et règle l&apos;horloge de ce serveur en conséquence.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation>L&apos;horloge a %1, donc %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation>Sur un membre de domaine, la source de temps est le contrôleur de domaine&#xa0;: si l&apos;heure du contrôleur de domaine est fausse, corrigez-la sur celui-ci, sinon ce serveur la suivra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation>Cette opération nécessite des droits d&apos;administrateur et ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation>L&apos;écart avec l&apos;heure d&apos;Azure est proche d&apos;un nombre entier d&apos;heures (%1 h)&#xa0;: c&apos;est probablement le fuseau horaire qui est incorrect, pas l&apos;horloge, et régler l&apos;horloge n&apos;y changerait rien. Consultez la vérification du fuseau horaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation>L&apos;horloge de ce serveur correspond déjà à l&apos;heure d&apos;Azure&#xa0;; il n&apos;y a rien à régler.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation>Réglage de l&apos;horloge (w32tm /resync)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation>Le service de temps Windows a réglé l&apos;horloge à partir de sa source de temps. La vérification de l&apos;horloge est relancée pour la comparer à l&apos;heure d&apos;Azure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation>L&apos;horloge n&apos;a pas été réglée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation>Démarrez d&apos;abord le service de temps Windows («&#xa0;%1&#xa0;» dans la vérification du service de temps Windows), puis relancez ce correctif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>Utilisez d&apos;abord «&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;», puis relancez ce correctif.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation>Régler l&apos;horloge à partir de sa source de temps</translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>TLS 1.2 dans Windows (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation>Azure n&apos;accepte que les connexions TLS 1.2. Si Windows ne propose pas TLS 1.2 pour les connexions établies par ce serveur, l&apos;inscription, les sauvegardes et les restaurations de l&apos;agent échouent, souvent avec l&apos;erreur 10054 «&#xa0;Une connexion existante a dû être fermée par l&apos;hôte distant&#xa0;» (An existing connection was forcibly closed by the remote host). Le guide d&apos;installation de Microsoft mentionne TLS 1.2 dans la section «&#xa0;Avant de commencer&#xa0;».</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation>Les paramètres TLS 1.2 de Windows (SCHANNEL) n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation>%1 ne peut pas utiliser TLS 1.2, qu&apos;exige Azure&#xa0;: l&apos;agent ne peut donc pas se connecter à Azure depuis ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation>Déplacez la sauvegarde vers un serveur exécutant une version de Windows prise en charge par l&apos;agent (Windows Server 2012 ou version ultérieure).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation>TLS 1.2 est activé pour les connexions établies par ce serveur (paramètres SCHANNEL TLS 1.2 Client).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation>TLS 1.2 est activé pour les connexions établies par ce serveur&#xa0;: les paramètres SCHANNEL ne sont pas définis, et %1 active TLS 1.2 par défaut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 est désactivé pour les connexions établies par ce serveur (SCHANNEL TLS 1.2 Client Enabled = 0)&#xa0;: l&apos;agent ne peut donc pas se connecter à Azure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 est désactivé par défaut pour les connexions établies par ce serveur (SCHANNEL TLS 1.2 Client DisabledByDefault = %1)&#xa0;: l&apos;agent ne peut donc pas se connecter à Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>Le paramètre SCHANNEL TLS 1.2 Client Enabled contient %1 au lieu du nombre 1&#xa0;: TLS 1.2 est donc peut-être désactivé pour les connexions établies par ce serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>Le paramètre SCHANNEL TLS 1.2 Client DisabledByDefault contient %1 au lieu du nombre 0&#xa0;: TLS 1.2 est donc peut-être désactivé pour les connexions établies par ce serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation>TLS 1.2 n&apos;est pas activé pour les connexions établies par ce serveur&#xa0;: sur %1, les paramètres SCHANNEL TLS 1.2 Client doivent être créés après l&apos;installation de la mise à jour %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation>Utilisez «&#xa0;%1&#xa0;» pour définir les valeurs (des droits d&apos;administrateur sont nécessaires), puis redémarrez le serveur&#xa0;: Windows lit ces paramètres au démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation>Vérifiez que la mise à jour %1 est installée (Windows Update ou catalogue Microsoft Update). Utilisez ensuite «&#xa0;%2&#xa0;» pour créer les valeurs (des droits d&apos;administrateur sont nécessaires) et redémarrez le serveur&#xa0;: Windows lit ces paramètres au démarrage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 Client Enabled</source>
        <translation>TLS 1.2 Client Enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 Client DisabledByDefault</source>
        <translation>TLS 1.2 Client DisabledByDefault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; default when the settings are absent</source>
        <translation>Valeur par défaut de Windows en l&apos;absence de paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation>TLS 1.2 activé (Windows Server 2012 R2 / 8.1 et versions ultérieures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation>TLS 1.2 désactivé pour les clients (avant Windows Server 2012 R2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation>Lecture de Enabled et DisabledByDefault (REG_DWORD) dans HKLM\%1. Le document Microsoft «&#xa0;Transport Layer Security dans Azure Backup&#xa0;» (09/2022) demande Enabled = 1 et DisabledByDefault = 0&#xa0;; ce sont les valeurs par défaut de Windows à partir de Windows Server 2012 R2, si bien que l&apos;absence de ces valeurs ne pose pas de problème sur ces versions. Sur Windows Server 2008 SP2, installez KB4019276&#xa0;; sur 2008 R2 / Windows 7 / 2012, KB3140245&#xa0;; puis créez les valeurs.</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation>%1 (groupe %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation>le groupe %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation>%1&#xa0;; %2 (%3, %4)&#xa0;; déclencheurs activés&#xa0;: %5 sur %6&#xa0;; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation>dernière exécution le %1 UTC, résultat 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation>pas encore exécutée</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation>Exécuter une nouvelle instance en parallèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation>Mettre en file d&apos;attente une nouvelle instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation>Arrêter l&apos;instance existante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation>Ne pas démarrer une nouvelle instance</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation>Tâche de planification des sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation>Les sauvegardes planifiées de l&apos;agent sont lancées par une tâche du Planificateur de tâches&#xa0;; si cette tâche ou son déclencheur est désactivé, les sauvegardes ne s&apos;exécutent pas selon la planification, et si la tâche peut démarrer une seconde instance d&apos;elle-même, une sauvegarde échoue avec «&#xa0;another job was in progress&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation>Le Planificateur de tâches ne peut pas être interrogé sur cet ordinateur&#xa0;: la planification des sauvegardes n&apos;est donc pas vérifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation>Les tâches planifiées de l&apos;agent n&apos;ont pas pu être lues dans le Planificateur de tâches (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation>Ouvrez le Planificateur de tâches (taskschd.msc) en tant qu&apos;administrateur et consultez Bibliothèque du Planificateur de tâches &gt; Microsoft &gt; OnlineBackup. Si le Planificateur de tâches ne parvient pas non plus à l&apos;ouvrir, vérifiez que le service Planificateur de tâches est en cours d&apos;exécution (ou redémarrez le serveur), puis relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation>Ce serveur est inscrit, mais aucune sauvegarde n&apos;est planifiée&#xa0;: le Planificateur de tâches n&apos;a aucune tâche dans %1, donc aucune sauvegarde ne démarre automatiquement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation>Ouvrez Microsoft Azure Backup (la console de l&apos;agent) et choisissez Planifier une sauvegarde&#xa0;; l&apos;enregistrement de la planification crée la tâche. Si une planification y est déjà affichée, modifiez-la et enregistrez-la de nouveau pour que l&apos;agent recrée sa tâche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation>Aucune sauvegarde n&apos;est encore planifiée (le Planificateur de tâches n&apos;a aucune tâche dans %1), ce qui est normal avant l&apos;inscription du serveur&#xa0;: l&apos;agent crée sa tâche lorsqu&apos;une sauvegarde est planifiée après l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation>L&apos;état d&apos;inscription du serveur n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation>Dossier du Planificateur de tâches %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation>État d&apos;inscription</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation>Dans le Planificateur de tâches, ouvrez Bibliothèque du Planificateur de tâches &gt; Microsoft &gt; OnlineBackup &gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation>La tâche planifiée %1 est désactivée&#xa0;: les sauvegardes ne s&apos;exécutent donc pas selon la planification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;assistant l&apos;active&#xa0;; sinon&#xa0;: %2, cliquez dessus avec le bouton droit et choisissez Activer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;assistant règle ce point&#xa0;; sinon&#xa0;: %2 &gt; Propriétés &gt; Déclencheurs, sélectionnez chaque déclencheur désactivé, choisissez Modifier et cochez Activé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» dans l&apos;assistant règle ce point&#xa0;; sinon&#xa0;: %2 &gt; Propriétés &gt; Paramètres, puis réglez «&#xa0;Si la tâche s&apos;exécute déjà, la règle suivante s&apos;applique&#xa0;» sur «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation>La tâche planifiée %1 n&apos;a aucun déclencheur&#xa0;: elle ne lance donc jamais de sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation>Ouvrez Microsoft Azure Backup (la console de l&apos;agent), choisissez Planifier une sauvegarde, modifiez la planification et enregistrez-la pour que l&apos;agent réécrive ses déclencheurs.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>%n déclencheur de la tâche planifiée %1 est désactivé&#xa0;: aucune sauvegarde ne démarre donc à l&apos;heure correspondante.</numerusform>
            <numerusform>%n déclencheurs de la tâche planifiée %1 sont désactivés&#xa0;: aucune sauvegarde ne démarre donc aux heures correspondantes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation>La tâche planifiée %1 est réglée sur «&#xa0;%2&#xa0;» lorsqu&apos;elle est déjà en cours d&apos;exécution&#xa0;: une sauvegarde peut donc échouer avec «&#xa0;Job could not be started as another job was in progress&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation>La tâche planifiée %1 s&apos;exécute sous %2 au lieu de SYSTEM ou du groupe Administrateurs&#xa0;: les sauvegardes s&apos;arrêtent donc si le mot de passe de ce compte change ou s&apos;il perd ses droits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation>%1 &gt; Propriétés &gt; Général, choisissez «&#xa0;Modifier l&apos;utilisateur ou le groupe&#xa0;» et entrez SYSTEM (cet outil ne modifie pas le compte qui exécute une tâche). Modifier et enregistrer la planification dans la console de l&apos;agent enregistre également la tâche de nouveau.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>L&apos;agent a %n tâche planifiée dans %1&#xa0;: elle est activée, s&apos;exécute sous SYSTEM ou Administrateurs, a ses déclencheurs activés et ne démarre pas de seconde instance.</numerusform>
            <numerusform>L&apos;agent a %n tâches planifiées dans %1&#xa0;: elles sont activées, s&apos;exécutent sous SYSTEM ou Administrateurs, ont leurs déclencheurs activés et ne démarrent pas de seconde instance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation>Redémarrez le serveur après avoir modifié la tâche, comme le conseille le guide de dépannage.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tâche</numerusform>
            <numerusform>%n tâches</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation>Tâche %1</translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation>Attributs du dossier de cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation>L&apos;agent ne peut pas utiliser un cache compressé, chiffré, épars, constitué d&apos;un lien ou situé sur un lecteur dédupliqué&#xa0;: le montage de ses fichiers de cache échoue.</translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation>Espace libre pour le dossier de cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation>L&apos;agent conserve son cache et ses métadonnées sur ce lecteur&#xa0;; lorsque l&apos;espace vient à manquer, les sauvegardes échouent.</translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation>Emplacement du dossier de cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation>Lorsque le dossier de cache se trouve sur le mauvais lecteur, la solution documentée pour l&apos;agent est de le déplacer&#xa0;; si le déplacement est mal effectué, l&apos;agent perd son cache.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation>Le dossier de cache %1 doit être déplacé, car %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation>Agent installé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation>Impossible de déterminer si le dossier de cache %1 doit être déplacé, car certaines de ses caractéristiques n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation>Le dossier de cache %1 peut rester à son emplacement actuel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryCheck.cpp" line="+22"/>
        <source>exists</source>
        <translation>existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>est un fichier, pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation>non vérifié (aucune valeur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation>Dossier de cache dans le Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation>L&apos;agent lit l&apos;emplacement de son dossier de cache dans deux valeurs du Registre&#xa0;; si elles divergent ou si le dossier a disparu, l&apos;inscription et les sauvegardes échouent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation>Cet ordinateur n&apos;exécute pas Windows&#xa0;: les valeurs de Registre du cache de l&apos;agent n&apos;existent donc pas ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation>L&apos;agent n&apos;est pas encore installé&#xa0;: l&apos;emplacement de son cache n&apos;est donc pas défini.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation>HKLM\%1\%2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation>Impossible de déterminer si l&apos;agent est installé&#xa0;: l&apos;emplacement de son cache n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>L&apos;emplacement du cache de l&apos;agent n&apos;a pas pu être lu dans le Registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation>Si le dossier de cache a été déplacé, définissez les deux valeurs sur son nouvel emplacement en tant qu&apos;administrateur (%1 et %2, avec le dossier), puis exécutez net stop obengine et net start obengine. S&apos;il a été supprimé, le cache et le fichier de clé de l&apos;agent sont perdus&#xa0;: contactez le support Microsoft&#xa0;; le serveur devra peut-être être réinscrit avec sa phrase secrète d&apos;origine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <location line="+1"/>
        <source>&lt;folder&gt;</source>
        <translation>&lt;folder&gt;</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Both registry values point to the cache folder %1, and it exists.</source>
        <translation>Les deux valeurs du Registre pointent vers le dossier de cache %1, et celui-ci existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation>Le dossier de cache %1 indiqué dans le Registre n&apos;a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation>Le dossier de cache %1 indiqué dans le Registre est un fichier et non un dossier&#xa0;: l&apos;agent ne peut donc pas utiliser son cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation>Le dossier de cache %1 indiqué dans le Registre n&apos;existe pas&#xa0;: l&apos;agent ne peut donc pas utiliser son cache.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation>L&apos;agent est installé, mais les deux valeurs du Registre qui indiquent l&apos;emplacement de son dossier de cache sont absentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation>La valeur de Registre %1 est absente&#xa0;: les deux valeurs d&apos;emplacement du cache de l&apos;agent ne concordent donc pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation>Les deux valeurs de Registre indiquant l&apos;emplacement du cache de l&apos;agent divergent (%1 et %2)&#xa0;: l&apos;agent risque de ne pas trouver son cache.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Remettez en ligne le lecteur de %1 et relancez cette vérification&#xa0;; ne faites pas pointer l&apos;agent vers un autre dossier tant que son cache n&apos;est peut-être que temporairement inaccessible. Si le lecteur a définitivement disparu, déplacez le cache selon la procédure documentée (l&apos;élément «&#xa0;Emplacement du dossier de cache&#xa0;» en détaille les étapes).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation>«&#xa0;Réparer l&apos;emplacement du cache dans le Registre&#xa0;» dans l&apos;assistant définit %1 sur %2, le dossier qui existe (le service de l&apos;agent est redémarré)&#xa0;; sinon, en tant qu&apos;administrateur, exécutez %3, puis net stop obengine et net start obengine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation>Les deux dossiers existent&#xa0;: l&apos;outil de dépannage ne peut donc pas déterminer celui qu&apos;utilise l&apos;agent. Identifiez celui qui contient le cache actuel de l&apos;agent (fichiers modifiés récemment), puis, en tant qu&apos;administrateur, exécutez %1 et %2 avec ce dossier, puis net stop obengine et net start obengine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation>Dossier d&apos;installation de l&apos;agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation>Dossier de la valeur Config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation>Dossier de la valeur CloudBackupProvider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation>Les deux valeurs doivent désigner le même dossier existant (FAQ «&#xa0;Comment vérifier si le dossier de travail est valide et accessible&#xa0;»). Les chemins sont comparés comme le fait Windows&#xa0;: sans tenir compte de la casse, et en ignorant la barre oblique inverse finale.</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation>arrêté avant la modification, redémarré après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation>laissé tel quel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation>inconnu (%1)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation>redémarré s&apos;il est en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation>inconnu (le système de fichiers ne l&apos;a pas indiqué)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation>dernière écriture le %1 UTC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation>Le service de l&apos;agent obengine n&apos;a pas pu être arrêté (%1)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation>Le service de l&apos;agent obengine est toujours %1 après le délai d&apos;attente&#xa0;; rien n&apos;a été modifié. Une fois qu&apos;il est arrêté, exécutez net start obengine et réessayez le correctif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation>Échec de l&apos;écriture de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>La relecture de %1 donne %2 au lieu de %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation>Le service de l&apos;agent obengine n&apos;a pas redémarré (%1)&#xa0;: exécutez net start obengine en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation>Réparer l&apos;emplacement du cache dans le Registre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation>Le service de l&apos;agent obengine est peut-être toujours arrêté&#xa0;: exécutez net start obengine en tant qu&apos;administrateur. ScratchLocation contient peut-être l&apos;ancienne ou la nouvelle valeur&#xa0;: relancez la vérification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>L&apos;emplacement du cache de l&apos;agent n&apos;a pas pu être lu dans le Registre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation>Les deux valeurs désignent déjà le dossier existant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation>Aucune des deux valeurs du Registre ne désigne un dossier qui puisse être copié dans l&apos;autre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation>Il n&apos;y a rien à réparer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation>Ce correctif ne copie une valeur que lorsqu&apos;elle désigne un dossier existant et que l&apos;autre valeur est absente ou désigne un dossier manquant&#xa0;; il n&apos;invente jamais de chemin.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation>%1 désigne %2, qui semble manquant, mais son lecteur est absent ou ne répond pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Faire pointer l&apos;agent vers %1 maintenant pourrait le renvoyer vers une ancienne copie de son cache. Remettez le lecteur en ligne (Gestion des disques) et relancez la vérification&#xa0;; si le lecteur a définitivement disparu, déplacez le cache selon la procédure documentée (l&apos;élément «&#xa0;Emplacement du dossier de cache&#xa0;» en détaille les étapes).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation>Les deux valeurs ScratchLocation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation>sauvegardées au préalable dans le journal des correctifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation>Dossier %1 (désigné par %2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation>non modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation>Définir la valeur %1 sur %2, le dossier que désigne l&apos;autre valeur et qui existe. Les deux valeurs sont d&apos;abord sauvegardées dans le journal des correctifs. L&apos;agent lit la valeur au démarrage&#xa0;: son service obengine est donc redémarré s&apos;il est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation>L&apos;annulation réécrit l&apos;ancienne valeur %1 dans %2 et redémarre de nouveau obengine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation>Impossible d&apos;annuler depuis cet outil&#xa0;: la valeur %1 n&apos;existait pas auparavant, et cet outil de dépannage peut écrire des valeurs de Registre mais n&apos;en supprime jamais. Pour revenir en arrière, exécutez en tant qu&apos;administrateur&#xa0;: reg delete &quot;HKLM\%2&quot; /v %3 /f</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation>Modification de la valeur de Registre %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation>Le plan n&apos;indique pas quelle valeur modifier&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation>Les valeurs du Registre n&apos;ont pas pu être relues&#xa0;; rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Les valeurs du Registre ont changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été modifié. Affichez de nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation>Le dossier %1 n&apos;existe plus&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation>Les dossiers de cache ont changé depuis l&apos;aperçu&#xa0;: il n&apos;est donc plus établi que la valeur %1 est incorrecte&#xa0;; rien n&apos;a été modifié. Relancez la vérification.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation>La valeur %1 a été définie sur %2. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation>La valeur %1 a été définie sur %2&#xa0;; les deux valeurs désignent maintenant le même dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation>Le service de l&apos;agent obengine est peut-être toujours arrêté&#xa0;: exécutez net start obengine en tant qu&apos;administrateur. ScratchLocation contient peut-être l&apos;une ou l&apos;autre valeur&#xa0;: relancez la vérification.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quelle valeur rétablir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation>La valeur %1 n&apos;est pas rétablie à %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation>Rétablir la valeur %1 à %2. Le service de l&apos;agent obengine est redémarré s&apos;il est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation>Réappliquer le correctif répare de nouveau la valeur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>La valeur %1 a été modifiée de nouveau après le correctif (elle vaut maintenant %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation>L&apos;entrée du journal n&apos;indique pas quelle valeur rétablir&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation>La valeur %1 a été modifiée de nouveau après le correctif (elle vaut maintenant %2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation>La valeur %1 a été rétablie à %2.</translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation>Cette règle concernant le dossier de cache n&apos;a pas pu être évaluée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation>La version de Windows n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation>Cet ordinateur n&apos;exécute pas Windows&#xa0;: il n&apos;a donc pas de dossier de cache de l&apos;agent MARS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation>Ni le Registre ni le dossier d&apos;installation n&apos;indiquent où se trouve le dossier de cache.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation>Impossible de déterminer où se trouve ou se trouvera le dossier de cache de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation>Dossier de cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation>système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>compressé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation>partiellement alloué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation>un lien (point d&apos;analyse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation>Les détails techniques indiquent ce qui n&apos;a pas pu être lu. Si le lecteur du dossier de cache est hors ligne ou absent, rétablissez-le&#xa0;; sinon, redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation>Le cache doit se trouver sur un lecteur NTFS local et fixe disposant de suffisamment d&apos;espace libre&#xa0;; l&apos;élément «&#xa0;Emplacement du dossier de cache&#xa0;» indique les étapes exactes pour le déplacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation>Installez l&apos;agent avec son cache sur un lecteur NTFS local et fixe disposant de suffisamment d&apos;espace libre, à l&apos;aide du commutateur /s: du programme d&apos;installation, par exemple&#xa0;: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (ajoutez /p:&quot;&lt;install folder&gt;&quot; pour choisir aussi le dossier d&apos;installation).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation>Déplacez le cache vers un dossier situé sur un lecteur NTFS local et fixe disposant de suffisamment d&apos;espace libre (remplacez &lt;new folder&gt; ci-dessous, par exemple par D:\MARS\Scratch), dans une invite de commandes avec élévation&#xa0;: 1. net stop obengine 2. Si la sauvegarde de l&apos;état du système est configurée, ouvrez Gestion des disques et détachez les disques nommés CBSSBVol_&lt;ID&gt;. 3. Copiez (ne déplacez pas) l&apos;intégralité du dossier&#xa0;: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Lancez une sauvegarde à la demande (Sauvegarder maintenant)&#xa0;; une fois qu&apos;elle a réussi, supprimez l&apos;ancien dossier %1. Ne modifiez pas l&apos;emplacement du cache pendant qu&apos;une réplication initiale par amorçage hors connexion est en cours.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation>Le dossier de cache %1 se trouve sur un lecteur qui n&apos;est actuellement pas présent sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation>Rétablissez le lecteur (reconnectez ou présentez le disque, attribuez-lui sa lettre de lecteur dans Gestion des disques), puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation>Le lecteur du dossier de cache %1 n&apos;a pas pu être identifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+330"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The drive %1 of the cache folder %2 is offline or not ready.</source>
        <translation>Le lecteur %1 du dossier de cache %2 est hors ligne ou n&apos;est pas prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation>GetVolumeInformationW&#xa0;: le périphérique n&apos;est pas prêt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation>Mettez le disque en ligne (Gestion des disques&#xa0;: cliquez avec le bouton droit sur le disque, puis sur En ligne), puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation>Type de lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>Système de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation>GetDriveTypeW&#xa0;: %1&#xa0;; système de fichiers&#xa0;: %2&#xa0;; chemin UNC&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation>il se trouve sur un partage réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation>Le dossier de cache %1 se trouve sur un partage réseau&#xa0;; l&apos;agent a besoin qu&apos;il soit sur un lecteur local de ce serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation>il se trouve sur un lecteur amovible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation>Le dossier de cache %1 se trouve sur un lecteur amovible&#xa0;; l&apos;agent a besoin qu&apos;il soit sur un lecteur local fixe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation>son lecteur n&apos;est pas un disque fixe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation>Le dossier de cache %1 se trouve sur un lecteur que Windows signale comme %2, et non comme le disque local fixe qu&apos;attend l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation>son lecteur n&apos;est pas au format NTFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation>Le dossier de cache %1 se trouve sur un lecteur %2 et non NTFS, le seul système de fichiers que Microsoft documente pour l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation>NON CONFIRMÉ (catalogue B2)&#xa0;: la documentation n&apos;indique pas si ReFS ou d&apos;autres systèmes de fichiers conviennent pour le cache&#xa0;; la FAQ cite NTFS comme seul système de fichiers pris en charge pour les sources de sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation>Le dossier de cache %1 se trouve sur un lecteur NTFS local et fixe.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation>Les attributs du dossier de cache %1 n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation>Dossier vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation>Déduplication des données sur son lecteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>vérification impossible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation>Déduplication des données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation>La déduplication des données est activée sur son lecteur, ce que l&apos;agent ne prend pas en charge pour son cache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation>Le cache ne peut pas rester sur un volume dédupliqué&#xa0;: déplacez-le vers un lecteur sans déduplication des données. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation>Impossible de vérifier si la déduplication des données est activée sur son lecteur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation>son lecteur utilise la déduplication des données</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation>Le dossier de cache %1 n&apos;existe pas encore et serait créé sur un lecteur où la déduplication des données est activée, ce que l&apos;agent ne prend pas en charge pour son cache.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation>La vérification a été annulée pendant l&apos;examen des fichiers du dossier de cache %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation>Fichiers et dossiers examinés à l&apos;intérieur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation>Compressés à l&apos;intérieur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation>Chiffrés à l&apos;intérieur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation>Par exemple&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation>Seuls les %1 premiers fichiers et dossiers, jusqu&apos;à %2 niveaux de dossiers, ont été examinés&#xa0;; le dossier de cache en contient davantage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation>Énumération impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation>est %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>%n fichier ou dossier qu&apos;il contient est compressé</numerusform>
            <numerusform>%n fichiers ou dossiers qu&apos;il contient sont compressés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>%n fichier ou dossier qu&apos;il contient est chiffré</numerusform>
            <numerusform>%n fichiers ou dossiers qu&apos;il contient sont chiffrés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation>Le dossier de cache %1 n&apos;est ni compressé, ni chiffré, ni épars, ni un lien, mais les fichiers qu&apos;il contient n&apos;ont pas tous pu être vérifiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation>Le dossier de cache %1 et ses fichiers ne sont ni compressés, ni chiffrés, ni épars, ni des liens. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation>Le dossier de cache %1 n&apos;est ni compressé, ni chiffré, ni épars, ni un lien, et aucun des %2 fichiers et dossiers examinés à l&apos;intérieur ne l&apos;est&#xa0;; le reste n&apos;a pas été examiné.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation>Vérifiez le reste en tant qu&apos;administrateur&#xa0;: compact /s:&quot;%1&quot; et cipher /s:&quot;%1&quot; listent ce qui est compressé ou chiffré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation>Le dossier de cache %1 et les fichiers qu&apos;il contient ne sont ni compressés, ni chiffrés, ni épars, ni des liens.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation>Le dossier de cache %1 lui-même ne pose pas de problème, mais %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation>Le dossier de cache %1 %2, ce que l&apos;agent ne prend pas en charge pour son cache.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation>des fichiers qu&apos;il contient portent l&apos;attribut %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation>il serait créé %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation>Le dossier de cache %1 n&apos;existe pas encore et serait créé %2, car %3 est %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation>Supprimez l&apos;attribut de %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; en tant qu&apos;administrateur), ou choisissez un autre dossier de cache avec le commutateur /s: du programme d&apos;installation.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation>Le dossier de cache %1 n&apos;existe pas encore&#xa0;; %2, où il serait créé, n&apos;est ni compressé ni chiffré. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation>Le dossier de cache %1 n&apos;existe pas encore&#xa0;; %2, où il serait créé, n&apos;est ni compressé ni chiffré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>il s&apos;agit d&apos;un fichier, pas d&apos;un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation>Le dossier de cache %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation>Rien n&apos;est compressé ni chiffré dans le dossier&#xa0;; il suffit donc de supprimer l&apos;attribut du dossier lui-même, avec «&#xa0;%1&#xa0;» dans l&apos;assistant ou, en tant qu&apos;administrateur, en exécutant compact /u &quot;%2&quot; et cipher /d &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation>il est %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation>Supprimer l&apos;attribut du dossier laisserait tels quels les fichiers déjà présents dans le cache. Déplacez le cache vers un nouveau dossier ni compressé ni chiffré, selon la procédure documentée&#xa0;; %1 Relancez ensuite cette vérification&#xa0;: elle examine aussi les fichiers.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation>Un dossier qui est un lien ou un dossier épars ne peut pas être réparé sur place&#xa0;: déplacez le cache vers un dossier ordinaire. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation>L&apos;espace libre du lecteur du dossier de cache %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation>Espace libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Taille du volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation>Pourcentage d&apos;espace libre du volume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation>échec en dessous de %1, avertissement en dessous de %2 % du volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation>GetDiskFreeSpaceExW sur %1&#xa0;: %2 octets libres sur %3. Microsoft demande un espace libre de 5 à 10 % des données sauvegardées (au moins 2,5 Go&#xa0;; 30 à 35 Go de plus pour l&apos;état du système). La taille des données n&apos;étant pas connue ici, l&apos;avertissement se base à la place sur 5 % du volume (heuristique de l&apos;assistant, catalogue B4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation>Libérez de l&apos;espace sur ce lecteur ou étendez le volume, ou déplacez le cache vers un lecteur disposant de plus d&apos;espace. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation>son lecteur n&apos;a que %1 d&apos;espace libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation>Le lecteur du dossier de cache %1 n&apos;a que %2 d&apos;espace libre, soit moins que les 2,5 Go minimum dont l&apos;agent a besoin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation>l&apos;espace libre de son lecteur n&apos;est que de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation>Le lecteur du dossier de cache %1 n&apos;a que %2 d&apos;espace libre (%3), soit moins que les 5 % demandés par Microsoft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation>Le lecteur du dossier de cache %1 dispose de %2 d&apos;espace libre (%3), ce qui suffit pour le cache.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation>Le lecteur de %1 n&apos;est actuellement pas présent sur cet ordinateur (%2)&#xa0;; le dossier est peut-être seulement inaccessible, et non supprimé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation>Impossible de vérifier si le lecteur de %1 est présent&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation>Le lecteur %1 qui contient %2 est hors ligne ou n&apos;est pas prêt&#xa0;; le dossier est peut-être seulement inaccessible, et non supprimé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation>La valeur n&apos;est pas une chaîne (REG_SZ).</translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation>Lecteur du dossier de cache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation>Le cache de l&apos;agent doit se trouver sur un lecteur local fixe&#xa0;; sur un partage réseau ou un lecteur amovible, les sauvegardes et l&apos;inscription échouent.</translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation>Pas d&apos;installation Server Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation>L&apos;agent ne prend pas en charge les installations Windows Server Core (sans bureau)&#xa0;; sa console nécessite le bureau Windows complet.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation>Ce serveur exécute Nano Server, que l&apos;agent ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation>Ce serveur est une installation Server Core (sans bureau), que l&apos;agent ne prend pas en charge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation>Installez l&apos;agent sur un Windows Server installé avec l&apos;Expérience de bureau. Sous Windows Server 2016 et versions ultérieures, il n&apos;est pas possible d&apos;ajouter le bureau à Server Core&#xa0;: utilisez un autre serveur ou réinstallez avec «&#xa0;Expérience de bureau&#xa0;» (Desktop Experience). Sous Windows Server 2012 R2, le bureau peut être ajouté avec la commande PowerShell Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation>Il s&apos;agit d&apos;une édition de bureau de Windows, pour laquelle la question des installations Server Core ne se pose pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation>Ce serveur est installé avec le bureau complet, et non en tant que Server Core.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation>Type d&apos;installation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Type de produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation>Lecture de InstallationType et EditionID dans HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. Les types d&apos;installation «&#xa0;Server Core&#xa0;» et «&#xa0;Nano Server&#xa0;», ainsi que les éditions dont le nom se termine par «&#xa0;Core&#xa0;», n&apos;ont pas de bureau&#xa0;; la matrice de prise en charge exclut les références (SKU) Server Core.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation>Aucune des deux valeurs n&apos;est enregistrée sur ce serveur&#xa0;: Server Core n&apos;a donc pas pu être exclu à partir du Registre. Server Core n&apos;ayant pas d&apos;Explorateur, la présence d&apos;un bureau devant vous tranche la question.</translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation>Démarrer le service de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation>Démarrer l&apos;agent de gestion</translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation>Démarrer le service de l&apos;agent (obengine)</translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation>Le service est peut-être en cours de démarrage ou toujours arrêté&#xa0;: consultez-le dans services.msc, démarrez-le s&apos;il est arrêté, puis relancez la vérification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation>Le démarrage du service ne modifie aucun paramètre. Pour l&apos;arrêter de nouveau, exécutez &quot;net stop %1&quot; en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation>Le service %1 n&apos;est pas installé sur ce serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation>L&apos;état du service %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation>Démarrer le service %1, actuellement %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation>Le service %1 est déjà %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation>Le service %1 est désactivé&#xa0;: il ne peut donc pas être démarré. En tant qu&apos;administrateur, exécutez &quot;sc config %1 start= auto&quot;, puis relancez ce correctif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation>Démarrage du service %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation>Le service %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation>Le service %1 était déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation>Le service %1 n&apos;a pas pu être démarré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation>Le service %1 est %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation>Le service %1 a été démarré, mais il est maintenant %2&#xa0;; consultez le journal d&apos;événements Système pour en connaître la raison.</translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation>Démarrer le service de temps Windows</translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation>Ne supprimer que les fichiers modifiés il y a plus de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h ago</source>
        <comment>the unit symbol of hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 h: every .tmp file, whatever its age</source>
        <translation>0 h&#xa0;: tous les fichiers .tmp, quel que soit leur âge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation>Supprimer les fichiers .tmp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation>Une partie des fichiers .tmp prévus a peut-être été supprimée et le reste est toujours présent&#xa0;; rien d&apos;autre n&apos;a été touché. Le journal d&apos;audit répertorie chaque fichier supprimé. Relancez la vérification.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation>Les fichiers supprimés ne peuvent pas être restaurés. Il s&apos;agit de restes laissés par des programmes d&apos;installation et d&apos;autres programmes qui n&apos;ont pas fait le ménage derrière eux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation>Le dossier Temp est introuvable.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation>supprimés</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation>Le dossier Temp %1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation>... et %1 autres fichiers .tmp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation>%1 fichiers en lecture seule, %2 dossiers ou liens nommés *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation>conservés</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation>%1 fichiers .tmp datant de %2 heures au plus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation>Supprimer %1 fichiers .tmp (%2) datant de plus de %3 heures, situés directement dans %4&#xa0;; %5 fichiers .tmp plus récents sont conservés. Les dossiers, les liens, les fichiers en lecture seule, les fichiers en cours d&apos;utilisation et les fichiers écrits après cet aperçu sont également conservés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation>Supprimer %1 fichiers .tmp (%2) situés directement dans %3. Les dossiers, les liens, les fichiers en lecture seule, les fichiers en cours d&apos;utilisation et les fichiers écrits après cet aperçu sont conservés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation>Il n&apos;y a aucun fichier .tmp datant de plus de %1 heures à supprimer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation>Il n&apos;y a aucun fichier .tmp à supprimer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>La suppression de fichiers dans %1 nécessite des droits d&apos;administrateur. Utilisez d&apos;abord «&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;», puis relancez ce correctif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation>Même avec des droits d&apos;administrateur, ce programme ne pourra peut-être pas modifier %1 (%2). Demandez à l&apos;équipe informatique du client de vérifier les autorisations du dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation>Le dossier Temp a changé depuis l&apos;aperçu&#xa0;; rien n&apos;a été supprimé. Affichez de nouveau l&apos;aperçu du correctif.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation>%1 fichiers traités sur %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation>%1 fichiers supprimés, puis le dossier n&apos;a plus pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation>Annulé après la suppression de %1 fichiers .tmp sur %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation>Il ne restait aucun fichier .tmp à supprimer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation>%1 fichiers .tmp supprimés (%2 libérés)&#xa0;; %3 conservés (%4 en cours d&apos;utilisation, %5 refusés ou en échec).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation>%1 fichiers .tmp qui ne figuraient pas dans l&apos;aperçu ont été conservés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation>%1 fichiers .tmp datant de %2 heures au plus ne faisaient pas partie du plan.</translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation>Fichiers .tmp dans le dossier Temp de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation>Windows peut créer au maximum 65&#xa0;535 noms de fichiers temporaires par dossier&#xa0;; lorsque C:\Windows\Temp est saturé de fichiers .tmp, l&apos;installation et l&apos;inscription de l&apos;agent échouent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation>Le dossier Temp est introuvable&#xa0;: les fichiers .tmp n&apos;ont donc pas pu être comptés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation>%1 entrées lues</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation>Le comptage a été annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation>Le dossier Temp %1 n&apos;a pas pu être lu&#xa0;: les fichiers .tmp n&apos;ont donc pas pu être comptés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation>Le dossier Temp %1 contient %2 fichiers .tmp&#xa0;: Windows ne peut donc plus créer de fichiers temporaires pour l&apos;agent. Supprimez-les avant l&apos;installation ou l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation>Le dossier Temp %1 contient %2 fichiers .tmp, un nombre proche de la limite de 65&#xa0;535 à partir de laquelle l&apos;installation et l&apos;inscription de l&apos;agent échouent&#xa0;: supprimez-les.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation>Le dossier Temp %1 contient %2 fichiers .tmp, bien en dessous de la limite qui bloque l&apos;installation et l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation>«&#xa0;Supprimer les fichiers .tmp&#xa0;» dans l&apos;assistant les supprime (vous voyez d&apos;abord exactement ce qui sera supprimé)&#xa0;; sinon, supprimez %1\*.tmp manuellement en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation>Fichiers .tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation>Taille des fichiers .tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation>Fichiers .tmp en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation>Dossiers ou liens nommés *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation>Total des entrées du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation>avertissement à partir de %1, échec à partir de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation>GetTempFileName n&apos;utilise que les 16 bits de poids faible de son numéro unique&#xa0;: un même dossier avec un même préfixe permet donc au maximum 65&#xa0;535 noms&#xa0;; au-delà, la création d&apos;un fichier temporaire échoue. Seuls les fichiers ordinaires correspondant à *.tmp situés directement dans le dossier ont été comptés.</translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation>Écriture possible dans le dossier Temp de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation>L&apos;agent télécharge des fichiers dans C:\Windows\Temp pendant son installation et son inscription&#xa0;; s&apos;il ne peut pas y écrire, l&apos;inscription échoue.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation>Le dossier Temp de Windows est introuvable&#xa0;: il n&apos;a donc pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation>Impossible de déterminer si des fichiers peuvent être créés dans le dossier Temp de Windows %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation>Le dossier Temp de Windows %1 n&apos;existe pas&#xa0;: l&apos;agent ne peut donc pas y télécharger ses fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation>Demandez à l&apos;équipe informatique de recréer %1 avec ses autorisations par défaut (SYSTEM et Administrateurs&#xa0;: contrôle total), puis redémarrez Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation>Même en tant qu&apos;administrateur, aucun fichier ne peut être créé dans le dossier Temp de Windows %1&#xa0;: l&apos;agent ne peut donc pas y télécharger ses fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation>Demandez à l&apos;équipe informatique de réparer les autorisations du dossier&#xa0;: SYSTEM et Administrateurs doivent disposer du contrôle total, par exemple en tant qu&apos;administrateur&#xa0;: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; affiche les autorisations actuelles).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation>Demandez à l&apos;équipe informatique de réparer les autorisations du dossier (ls -ld &quot;%1&quot; les affiche).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation>Sans droits d&apos;administrateur, l&apos;outil de dépannage ne peut pas créer de fichiers dans le dossier Temp de Windows %1&#xa0;: il ne peut donc pas déterminer si l&apos;agent le peut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation>Redémarrez l&apos;outil de dépannage en tant qu&apos;administrateur («&#xa0;Redémarrer en tant qu&apos;administrateur&#xa0;» dans l&apos;assistant) et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation>Connectez-vous avec un compte membre du groupe Administrateurs local et relancez cette vérification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation>Des fichiers peuvent être créés dans le dossier Temp de Windows %1&#xa0;: l&apos;agent peut donc y télécharger ses fichiers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation>Création de fichiers possible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation>inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation>canModifyFolder avec les droits de ce processus&#xa0;; l&apos;agent s&apos;exécute sous SYSTEM, pour lequel le jeton complet d&apos;un administrateur sert de substitut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation>Espace libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Taille du volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation>Des fichiers peuvent être créés dans le dossier Temp de Windows %1, mais son lecteur ne dispose que de %2 d&apos;espace libre, ce qui est trop peu pour les téléchargements de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation>Libérez au moins %1 sur le lecteur de %2 (Nettoyage de disque, ou déplacez des données vers un autre lecteur).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation>Impossible de lire l&apos;espace libre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation>Compressé ou chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>ni l&apos;un ni l&apos;autre</translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Avec un fuseau horaire incorrect, l&apos;horloge peut sembler juste alors que son heure UTC est décalée de plusieurs heures&#xa0;; l&apos;inscription échoue alors avec «&#xa0;Invalid vault credentials provided&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation>Impossible de lire le fuseau horaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation>Le fuseau horaire est %1 (%2)&#xa0;; il n&apos;est pas utilisé dans le pays ou la région configuré sur ce serveur&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation>Demandez au client où se trouve le serveur. Si le fuseau horaire est incorrect, définissez-le en tant qu&apos;administrateur avec tzutil /s &quot;&lt;zone&gt;&quot;, puis relancez les vérifications. Changer de fuseau horaire modifie l&apos;heure locale, pas l&apos;heure UTC de l&apos;horloge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation>Fuseaux horaires utilisés pour %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation>Le fuseau horaire est %1 (%2). Vérifiez avec le client que le serveur se trouve bien à cet endroit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation>Le fuseau horaire est UTC, un choix courant pour les serveurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation>Le fuseau horaire est %1 (%2)&#xa0;; il est utilisé dans le pays ou la région configuré sur ce serveur&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation>Décalage actuel par rapport à UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation>Heure UTC (horloge de ce serveur)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation>Paramètre de pays ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation>L&apos;utilisation d&apos;un fuseau horaire dans un pays est tirée de la table des fuseaux horaires Unicode CLDR. L&apos;horloge elle-même est comparée à celle d&apos;Azure par la vérification de l&apos;horloge.</translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation>Certificats de la connexion à Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation>L&apos;inscription s&apos;authentifie auprès d&apos;Azure avec un certificat, via TLS. Un équipement qui ouvre la connexion et la signe à nouveau (inspection TLS), ou un certificat auquel ce serveur ne fait pas confiance, la fait échouer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation>Impossible de lire les certificats des connexions à Azure.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation>une autorité de certification sans nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation>Racine de %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation>Le certificat présenté par %1 (%2) a expiré&#xa0;; la connexion est donc refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation>Le certificat présenté par %1 n&apos;est pas émis pour ce nom (il l&apos;est pour un autre hôte)&#xa0;; la connexion est donc refusée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation>Le certificat présenté par %1 (%2) est émis par «&#xa0;%3&#xa0;», auquel ce serveur ne fait pas confiance&#xa0;; la connexion est donc refusée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation>La connexion à %1 (%2) est inspectée par «&#xa0;%3&#xa0;»&#xa0;: sa chaîne de certificats se termine par cette autorité, et non par l&apos;une des racines utilisées par Azure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation>Aucune connexion HTTPS vers Azure n&apos;a atteint l&apos;étape TLS&#xa0;; il n&apos;y a donc aucun certificat à examiner (voir la vérification de la connexion).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation>Les connexions à Azure présentent les propres certificats d&apos;Azure&#xa0;: aucun équipement intermédiaire ne les ouvre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;exempter de l&apos;inspection TLS les adresses Azure (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net), ou, si l&apos;inspection doit être maintenue, de faire en sorte que ce serveur fasse confiance à l&apos;autorité qui inspecte (dans LocalMachine\Root).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation>Racines auxquelles mènent les points de terminaison TLS d&apos;Azure (SHA-1)&#xa0;: DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: version de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation>Les fichiers d&apos;informations d&apos;identification du coffre téléchargés aujourd&apos;hui contiennent un champ que les agents antérieurs à la version 2.0.9249.0 ne savent pas lire&#xa0;; ceux-ci déclarent donc non valide un fichier pourtant correct.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation>L&apos;agent n&apos;est pas encore installé&#xa0;; l&apos;agent le plus récent lit tous les fichiers d&apos;informations d&apos;identification du coffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Impossible de déterminer si l&apos;agent est installé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation>Impossible de lire la version de l&apos;agent installé&#xa0;; on ne sait donc pas s&apos;il peut lire ce fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation>L&apos;agent installé (%1) est antérieur à la version %2 et ne peut pas lire les fichiers d&apos;informations d&apos;identification du coffre actuels&#xa0;: il déclarerait ce fichier non valide (ID&#xa0;: 34513).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation>Téléchargez le dernier agent depuis %1 et exécutez-le sur ce serveur&#xa0;: il se met à niveau sur place et conserve ses paramètres. Inscrivez ensuite le serveur avec ce fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation>L&apos;agent installé (%1) lit les fichiers d&apos;informations d&apos;identification du coffre actuels (version %2 ou ultérieure requise).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation>Version de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation>Minimum&#xa0;: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation>L&apos;inscription s&apos;authentifie avec le certificat contenu dans le fichier. Celui-ci doit inclure sa clé privée et être utilisé avant son expiration (peu de temps après le téléchargement)&#xa0;; sinon, l&apos;agent indique que le fichier n&apos;est pas valide ou qu&apos;il a expiré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation>Téléchargez un nouveau fichier d&apos;informations d&apos;identification du coffre dans le portail Azure (le coffre &gt; Propriétés &gt; Informations d&apos;identification de sauvegarde (Backup Credentials)) et inscrivez immédiatement le serveur avec ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation>Le fichier ne contient que la partie publique de son certificat, sans la clé privée avec laquelle l&apos;inscription s&apos;authentifie&#xa0;: il a été créé manuellement (une erreur PowerShell connue) et l&apos;agent le déclare expiré ou non valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation>S&apos;il provient d&apos;un script, écrivez dans ManagementCert l&apos;export PFX du certificat (avec sa clé privée), et non sa valeur RawData.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation>Le certificat du fichier (ManagementCert) n&apos;est ni un certificat ni un PFX&#xa0;: le fichier est endommagé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation>Le certificat du fichier est protégé par un mot de passe&#xa0;; l&apos;agent l&apos;ouvre avec un mot de passe vide et ne peut donc pas l&apos;utiliser.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le certificat du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation>il ne contient aucun certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation>Le certificat du fichier ne contient pas sa clé privée&#xa0;; l&apos;inscription ne peut donc pas s&apos;authentifier avec lui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation>Objet du certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>Empreinte numérique (SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation>Clé privée incluse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation>Impossible de comparer les dates du certificat avec l&apos;heure actuelle&#xa0;: aucune horloge n&apos;a pu être lue.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation>Le certificat du fichier a expiré le %1 (selon %2)&#xa0;; l&apos;agent indique donc «&#xa0;Vault credentials file provided has expired&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation>Si le fichier est récent, c&apos;est l&apos;horloge de ce serveur qui est fausse&#xa0;: corrigez-la d&apos;abord (voir la vérification de l&apos;horloge).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation>Le certificat du fichier n&apos;est valide qu&apos;à partir du %1, soit encore dans %2 minute(s) selon %3&#xa0;: l&apos;horloge de ce serveur retarde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation>Corrigez l&apos;horloge de ce serveur (voir la vérification de l&apos;horloge), puis inscrivez le serveur avec le même fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation>Le certificat du fichier expire le %1, dans %2 minute(s)&#xa0;: inscrivez le serveur maintenant, ou téléchargez un nouveau fichier si une nouvelle tentative risque d&apos;être nécessaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation>Le certificat du fichier contient sa clé privée et est valide jusqu&apos;au %1 (%2 heure(s) restante(s)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation>Comparé à</translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation>Impossible de lire le fichier d&apos;informations d&apos;identification du coffre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation>Aucun fichier d&apos;informations d&apos;identification du coffre n&apos;a été choisi&#xa0;: choisissez-le sur la première page (ou avec --vault-credentials) pour qu&apos;il soit vérifié avant l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation>Le fichier n&apos;a pas pu être lu comme fichier d&apos;informations d&apos;identification du coffre (voir «&#xa0;Fichier d&apos;informations d&apos;identification du coffre&#xa0;»)&#xa0;; cette vérification ne s&apos;applique donc pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Groupe de ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation>Locataire (Entra ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation>Autorité Entra ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation>Adresse du service de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation>Version du format de fichier</translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: nom et emplacement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>L&apos;agent ne lit le fichier d&apos;informations d&apos;identification du coffre que sur les disques de ce serveur, et uniquement sous son nom .VaultCredentials d&apos;origine&#xa0;; sinon, l&apos;inscription échoue avec «&#xa0;Invalid vault credentials provided&#xa0;» (ID&#xa0;: 34513) ou «&#xa0;Unable to read the vault credentials file provided&#xa0;» (ID&#xa0;: 34528).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation>Téléchargez un nouveau fichier dans le portail Azure (le coffre &gt; Propriétés &gt; Informations d&apos;identification de sauvegarde (Backup Credentials) &gt; Télécharger) et choisissez-le ici sans le renommer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation>Impossible de lire le fichier d&apos;informations d&apos;identification du coffre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>Vérifiez le chemin et que votre compte a le droit de lire le fichier, ou téléchargez-le à nouveau. L&apos;agent afficherait «&#xa0;Unable to read the vault credentials file provided&#xa0;» (ID&#xa0;: 34528).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation>Le fichier s&apos;appelle «&#xa0;%1&#xa0;», mais l&apos;agent n&apos;accepte que les fichiers dont le nom se termine par .VaultCredentials (un fichier renommé est refusé comme non valide).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation>Redonnez au fichier son extension .VaultCredentials s&apos;il a été renommé (un navigateur ajoute parfois .xml ou .txt), ou&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation>Le fichier se trouve sur un emplacement réseau (%1)&#xa0;; l&apos;agent a besoin qu&apos;il soit sur un disque local de ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation>Copiez le fichier dans un dossier de ce serveur (par exemple votre dossier Téléchargements), conservez son nom et choisissez la copie.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation>Le fichier d&apos;informations d&apos;identification du coffre se trouve sur un disque de ce serveur et porte un nom du type d&apos;origine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolves to</source>
        <translation>Chemin résolu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation>Start-OBRegistration exige aussi le chemin absolu du fichier (les chemins relatifs sont refusés).</translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation>Le fichier indique à l&apos;agent auprès de quels coffre, abonnement et locataire s&apos;inscrire. Un fichier endommagé, modifié ou d&apos;un autre type produit «&#xa0;Invalid vault credentials provided. The file is either corrupted…&#xa0;» (ID&#xa0;: 34513).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation>Le fichier n&apos;a pas pu être lu du tout (voir «&#xa0;Fichier d&apos;informations d&apos;identification du coffre&#xa0;: nom et emplacement&#xa0;»)&#xa0;; son contenu n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation>Téléchargez un nouveau fichier d&apos;informations d&apos;identification du coffre dans le portail Azure (le coffre Recovery Services &gt; Propriétés &gt; Informations d&apos;identification de sauvegarde (Backup Credentials) &gt; Télécharger, depuis la région primaire) et choisissez-le sans l&apos;ouvrir ni le modifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation>Le fichier est un fichier d&apos;informations d&apos;identification de sauvegarde pour le coffre «&#xa0;%1&#xa0;» (groupe de ressources %2, région %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation>Les restrictions de locataire d&apos;un proxy doivent autoriser le locataire %1 pour que l&apos;inscription puisse s&apos;authentifier.</translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: le plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Chaque téléchargement des informations d&apos;identification du coffre invalide les fichiers précédents de ce coffre&#xa0;; une inscription avec une copie plus ancienne échoue donc avec «&#xa0;Invalid vault credentials provided&#xa0;» (ID&#xa0;: 34513).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation>Impossible de lire le certificat du fichier&#xa0;; on ne peut donc pas déterminer quel fichier est le plus récent (voir «&#xa0;Fichier d&apos;informations d&apos;identification du coffre&#xa0;: certificat&#xa0;»).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation>Un fichier plus récent pour le coffre «&#xa0;%1&#xa0;» se trouve à l&apos;emplacement %2 (créé le %3)&#xa0;: seul le dernier téléchargement est valide, le fichier choisi sera donc refusé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation>Choisissez le fichier plus récent (Parcourir…), ou téléchargez-en un nouveau et utilisez-le immédiatement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation>Fichier plus récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation>Aucun autre fichier d&apos;informations d&apos;identification du coffre ne se trouve à côté du fichier choisi ni dans Téléchargements.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>Le fichier choisi est le plus récent des fichiers d&apos;informations d&apos;identification de ce coffre trouvés à côté de lui et alentour (%n fichier examiné).</numerusform>
            <numerusform>Le fichier choisi est le plus récent des fichiers d&apos;informations d&apos;identification de ce coffre trouvés à côté de lui et alentour (%n fichiers examinés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation>Dossiers examinés</translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: même coffre que celui du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation>Un serveur inscrit auprès d&apos;un coffre refuse un fichier provenant d&apos;un autre coffre&#xa0;: «&#xa0;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&#xa0;» (ID&#xa0;: 100110).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation>Ce serveur n&apos;est encore inscrit auprès d&apos;aucun coffre&#xa0;; le fichier pour «&#xa0;%1&#xa0;» peut donc être utilisé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation>Impossible de lire le coffre auprès duquel ce serveur est inscrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation>Le fichier est destiné à «&#xa0;%1&#xa0;», le coffre auprès duquel ce serveur est déjà inscrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation>Ce serveur est inscrit auprès du coffre «&#xa0;%1&#xa0;», mais le fichier est destiné à «&#xa0;%2&#xa0;»&#xa0;: l&apos;agent le refusera (ID&#xa0;: 100110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation>Téléchargez les informations d&apos;identification du coffre «&#xa0;%1&#xa0;» et utilisez ce fichier, ou bien déplacez le serveur en connaissance de cause&#xa0;: supprimez-le de «&#xa0;%1&#xa0;» dans le portail Azure (Infrastructure de sauvegarde &gt; Serveurs protégés), désinstallez l&apos;agent, réinstallez-le et inscrivez le serveur avec le fichier de «&#xa0;%2&#xa0;» (les sauvegardes présentes dans «&#xa0;%1&#xa0;» ne sont pas déplacées).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Inscrit auprès de (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation>Coffre du fichier</translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;: restrictions de locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation>Un proxy qui applique des restrictions de locataire ne laisse la connexion Entra ID atteindre que les locataires qu&apos;il autorise&#xa0;; le locataire du coffre doit en faire partie, sinon l&apos;inscription ne peut pas s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation>L&apos;analyse du réseau n&apos;a pas été exécutée&#xa0;; les restrictions de locataire n&apos;ont donc pas pu être recherchées. Le locataire qu&apos;un proxy appliquant des restrictions de locataire doit autoriser est %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation>Entra ID (%1, %2) a répondu par un refus lié aux restrictions de locataire&#xa0;: le proxy doit autoriser le locataire %3 du coffre, sinon l&apos;inscription ne peut pas s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;ajouter l&apos;ID de locataire %1 à la liste d&apos;autorisation des restrictions de locataire (en-tête Restrict-Access-To-Tenants du proxy, ou stratégie de restrictions de locataire v2 d&apos;Entra), puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation>Les restrictions de locataire bloquent la connexion Entra ID pour le locataire %1 (%2). Autorisez cet ID de locataire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation>Aucun refus lié aux restrictions de locataire n&apos;a été reçu d&apos;Entra ID&#xa0;; si un proxy applique des restrictions de locataire, il doit autoriser le locataire %1 du coffre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation>Locataire à autoriser (AadTenantId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation>Autorité Entra ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation>La reconnaissance d&apos;une page de restrictions de locataire (AADSTS500021, AADSTS500022, AADSTS5000211) repose sur une heuristique appliquée aux 4 premiers Ko de chaque réponse d&apos;Entra ID.</translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation>MMC, DISM et runtimes Visual C++</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation>La console de l&apos;agent est un composant logiciel enfichable MMC&#xa0;; son installation nécessite DISM et, sous Windows Server 2008 R2, le runtime Visual C++ 2008&#xa0;; de plus, la matrice de prise en charge indique le dernier runtime Visual C++ 2015-2022 (x64) comme prérequis.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation>Le dossier système de Windows est introuvable&#xa0;; MMC et DISM n&apos;ont donc pas pu être vérifiés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation>Restaurez les fichiers système de Windows&#xa0;: exécutez «&#xa0;sfc /scannow&#xa0;» dans une invite de commandes en tant qu&apos;administrateur, puis redémarrez&#xa0;; ou réparez Windows à partir de son support d&apos;installation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation>La version de %1 («&#xa0;%2&#xa0;») n&apos;a pas pu être interprétée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation>Microsoft Management Console est en version %1, antérieure à MMC 3.0 dont la console de l&apos;agent a besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation>Installez Microsoft Management Console 3.0 (incluse dans toutes les versions de Windows prises en charge) via Windows Update.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation>Microsoft Management Console (mmc.exe) est absente, alors que la console de l&apos;agent a besoin de MMC 3.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>Impossible de lire la version de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation>Version de mmc.exe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>DISM.exe</source>
        <translation>DISM.exe</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation>DISM.exe est absent de %1, alors que l&apos;installation de l&apos;agent en a besoin sur cette version de Windows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation>DISM.exe est absent de %1, alors que la matrice de prise en charge de l&apos;agent l&apos;indique comme prérequis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation>Impossible de vérifier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation>Runtime Visual C++ 2008 (x64)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation>Le dossier Windows est introuvable&#xa0;; le runtime Visual C++ 2008 n&apos;a donc pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation>La vérification a été annulée pendant la lecture de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation>Installez «&#xa0;Microsoft Visual C++ 2008 Redistributable Package (x64)&#xa0;» (runtime 9.0.21022.8) depuis le Centre de téléchargement Microsoft, puis relancez l&apos;installation de l&apos;agent. Un runtime Visual C++ plus récent ne résout pas ce problème (KB2934202&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation>Microsoft Visual C++ 2008 Redistributable (x64) est absent&#xa0;; l&apos;installation de l&apos;agent échoue donc avec «&#xa0;Unable to execute the embedded application&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation>Impossible de lister le contenu de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation>MMC 3.0, DISM, le runtime Visual C++ 2008 (x64) et le runtime Visual C++ 2015-2022 (x64) dont l&apos;agent a besoin sont tous installés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation>MMC 3.0, DISM et le runtime Visual C++ 2015-2022 (x64), dont l&apos;agent a besoin, sont installés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation>Les prérequis secondaires de l&apos;agent (MMC, DISM, runtimes Visual C++) n&apos;ont pas tous pu être vérifiés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation>Éléments vérifiés&#xa0;: %1 (une version de fichier 6.x ou ultérieure correspond à MMC 3.0), %2, sous Windows 7 / Server 2008 R2 un dossier de %3\WinSxS dont le nom commence par %4 (le runtime VC++ 2008 x64, KB2934202), et les valeurs Installed et Version de HKLM\%5 dans les vues 64 bits et 32 bits du Registre (le runtime VC++ 2015-2022 x64 indiqué par la matrice de prise en charge de 11/2025).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation>Vue du Registre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation>Runtime Visual C++ 2015-2022 (x64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation>Impossible de vérifier le runtime Visual C++ 2015-2022 (x64)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation>installé (version non enregistrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation>Installez la dernière version prise en charge de Microsoft Visual C++ Redistributable (x64) depuis %1, puis relancez l&apos;installation de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation>Le package le plus récent ne s&apos;installe que sur Windows 10 et 11 et sur Windows Server 2016 ou version ultérieure&#xa0;; sur cette version de Windows, installez la version Visual Studio 2022 de Visual C++ Redistributable (x64), proposée sur my.visualstudio.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation>Microsoft Visual C++ 2015-2022 Redistributable (x64) n&apos;est pas installé, alors que la matrice de prise en charge l&apos;indique comme prérequis de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation>Seul Visual C++ 2015 Redistributable (x64) %1 est installé, et son support a pris fin en octobre 2025&#xa0;; la matrice de prise en charge exige la dernière version prise en charge.</translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation>Service de temps Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Le service de temps Windows maintient l&apos;horloge synchronisée avec une source de temps&#xa0;; sans lui, l&apos;horloge dérive jusqu&apos;à ce que l&apos;inscription échoue avec «&#xa0;Invalid vault credentials provided&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation>Impossible de lire l&apos;état du service de temps Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation>la hiérarchie du domaine (un contrôleur de domaine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation>les serveurs NTP (aucun n&apos;est indiqué)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation>les serveurs NTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation>la hiérarchie du domaine ou les serveurs NTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation>sa source par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation>Le service de temps Windows (W32Time) n&apos;est pas installé&#xa0;; rien ne maintient donc l&apos;horloge de ce serveur à l&apos;heure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation>En tant qu&apos;administrateur, exécutez w32tm /register et net start w32time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation>Le service de temps Windows est désactivé&#xa0;; rien ne maintient donc l&apos;horloge de ce serveur à l&apos;heure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation>Demandez à l&apos;administrateur du client pourquoi il a été désactivé&#xa0;; pour l&apos;activer, exécutez en tant qu&apos;administrateur sc config w32time start= auto et net start w32time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation>Le service de temps Windows est arrêté alors qu&apos;il est configuré pour démarrer automatiquement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation>Démarrez-le (avec le correctif de l&apos;assistant, ou avec net start w32time en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation>Le service de temps Windows est configuré pour ne se synchroniser avec aucune source (Type = NoSync).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation>Sur un membre de domaine, exécutez en tant qu&apos;administrateur w32tm /config /syncfromflags:domhier /update&#xa0;; sinon, w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation>Le service de temps Windows est en cours d&apos;exécution et obtient l&apos;heure auprès de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation>Le service de temps Windows est %1&#xa0;; Windows le démarre au besoin, et il obtient l&apos;heure auprès de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation>Ensuite, en tant qu&apos;administrateur, exécutez w32tm /resync et relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation>État du service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>Type de démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation>Synchronisation avec (Parameters\Type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation>non défini (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation>Serveurs NTP (Parameters\NtpServer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation>La réussite de la dernière synchronisation n&apos;est pas lue ici (w32tm /query /status l&apos;indique)&#xa0;; la vérification de l&apos;horloge compare l&apos;horloge à celle d&apos;Azure.</translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation>Windows Installer prêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation>L&apos;agent est installé et mis à jour par Windows Installer&#xa0;: si son service est désactivé, si une autre installation est en cours ou si le package d&apos;installation de l&apos;agent mis en cache a disparu, l&apos;installation échoue (erreurs 1618 et 1612) avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation>Service Windows Installer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation>Le service Windows Installer (%1) est absent&#xa0;; l&apos;installation de l&apos;agent ne peut donc pas s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation>Windows lui-même est endommagé sur ce serveur&#xa0;: exécutez «&#xa0;sfc /scannow&#xa0;» en tant qu&apos;administrateur, redémarrez le serveur, puis relancez cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation>Impossible de lire l&apos;état du service Windows Installer (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation>Le service Windows Installer (%1) est désactivé&#xa0;; l&apos;installation de l&apos;agent ne peut donc rien installer ni mettre à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation>En tant qu&apos;administrateur, exécutez&#xa0;: sc config %1 start= demand (son type de démarrage habituel, «&#xa0;Manuel&#xa0;»), puis relancez l&apos;installation de l&apos;agent. Si une stratégie l&apos;a désactivé, consultez d&apos;abord les administrateurs du serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation>Autre installation en cours</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation>oui (HKLM\%1 existe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation>Une autre installation est en cours sur ce serveur, ou une installation a été interrompue&#xa0;; l&apos;installation de l&apos;agent s&apos;arrêterait donc avec l&apos;erreur 1618.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation>Laissez l&apos;autre installation se terminer (Windows Update, déploiement de logiciels), ou redémarrez le serveur si aucune n&apos;est en cours, puis relancez cet outil de dépannage avant d&apos;installer l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation>Impossible de déterminer si une autre installation est en cours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation>Impossible de déterminer si l&apos;agent est installé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation>Package d&apos;installation de l&apos;agent mis en cache</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation>inutile (agent non installé)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation>Impossible de lire la liste des produits connus de Windows Installer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation>aucun enregistré (produit %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation>Windows Installer n&apos;a aucun package d&apos;installation mis en cache enregistré pour l&apos;agent&#xa0;; une mise à jour risque donc d&apos;échouer avec l&apos;erreur 1612.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation>Si la mise à jour de l&apos;agent échoue, suivez l&apos;article KB4020490 (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation>Impossible de déterminer l&apos;emplacement du package d&apos;installation de l&apos;agent mis en cache&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation>Le package d&apos;installation de l&apos;agent mis en cache (%1) est absent&#xa0;; la mise à jour de l&apos;agent échouerait donc avec l&apos;erreur 1612.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Suivez l&apos;article KB4020490 (%1) avant la mise à jour&#xa0;: lancez le programme d&apos;installation de l&apos;agent depuis %2 et laissez son assistant ouvert&#xa0;; dans C:\Windows\Temp\OBInstaller0Curr.errlog, trouvez la ligne «&#xa0;Directory Path for SetupLaunchScreen&#xa0;» la plus récente et copiez OBSAGENT.msi depuis le sous-dossier Installers de ce dossier vers C:\Windows\Installer sous le nom %3&#xa0;; fermez l&apos;assistant et relancez le programme d&apos;installation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation>%1 (illisible)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation>Impossible de déterminer si le package d&apos;installation de l&apos;agent mis en cache (%1) existe&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation>%1 (présent)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation>non vérifié (aucun produit Windows Installer nommé «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation>Windows Installer ne répertorie aucun produit nommé «&#xa0;%1&#xa0;»&#xa0;; le package d&apos;installation de l&apos;agent mis en cache n&apos;a donc pas été vérifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation>Windows Installer est prêt&#xa0;: son service n&apos;est pas désactivé, aucune autre installation n&apos;est en cours et le package d&apos;installation de l&apos;agent mis en cache est en place (ou n&apos;est pas nécessaire).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation>Windows Installer est prêt&#xa0;: son service n&apos;est pas désactivé et aucune autre installation n&apos;est en cours. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation>Windows Installer n&apos;a pas pu être entièrement vérifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation>Éléments lus&#xa0;: le type de démarrage du service %1&#xa0;; l&apos;existence de HKLM\%2 (cette clé existe pendant une installation ou après une installation interrompue&#xa0;; une deuxième installation échoue alors avec l&apos;erreur 1618)&#xa0;; pour un agent installé, la valeur LocalPackage du produit nommé «&#xa0;%3&#xa0;» sous HKLM\%4\&lt;product&gt;\InstallProperties et l&apos;existence de ce fichier (KB4020490&#xa0;: l&apos;absence du fichier OBSAGENT.msi mis en cache fait échouer la mise à jour avec l&apos;erreur 1612).</translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation>Impossible de lire la version de Windows&#xa0;; cette vérification n&apos;a donc pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation>Cet ordinateur n&apos;exécute pas Windows, et l&apos;agent ne fonctionne que sous Windows&#xa0;; cette vérification ne s&apos;applique donc pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation>Installez l&apos;agent dans un dossier qui lui est propre (commutateur /p: du programme d&apos;installation).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation>%1 est la racine d&apos;un lecteur, que Windows garde volontairement avec les attributs masqué et système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation>%1 est l&apos;un des dossiers propres à Windows&#xa0;; ce correctif ne le modifie jamais.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation>%1 est un dossier de profil utilisateur (ou le dossier qui contient les profils)&#xa0;; ce correctif ne le modifie jamais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un dossier sur un lecteur local&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation>%1 ne se trouve pas sur un lecteur local fixe (il se trouve sur un lecteur de type %2)&#xa0;; le cache de l&apos;agent doit se trouver sur un lecteur fixe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation>%1 ne peut pas être le dossier de cache de l&apos;agent&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation>Exécuter dans la console, afficher les résultats et quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation>Vérifications à exécuter avec --cli&#xa0;: install, register ou all (par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+11"/>
        <location line="+33"/>
        <location line="+4"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Simulate the machine described in &lt;file&gt; (training and demo mode). Everything shown is labelled SIMULATED.</source>
        <translation>Simuler la machine décrite dans &lt;file&gt; (mode formation et démonstration). Tout ce qui est affiché est signalé comme simulé (SIMULATED).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The agent&apos;s install folder to check.</source>
        <translation>Dossier d&apos;installation de l&apos;agent à vérifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation>Fichier .VaultCredentials avec lequel effectuer l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation>Erreur rencontrée par le client&#xa0;: un ID tel que 34513, un code tel que 0x1FC07 ou le texte du message. Les vérifications capables de l&apos;expliquer s&apos;exécutent en premier, et le résumé indique laquelle l&apos;explique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation>Cloud Azure&#xa0;: public (par défaut), usgov ou china.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation>Ce que le technicien veut faire&#xa0;: install (par défaut), register ou reregister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation>La langue des textes et des rapports lisibles : en, de, fr, es, ja ou zh_CN (par défaut : celle du système ; l&apos;assistant démarre dans la dernière langue choisie dans son menu).</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--temp-dir cannot be combined with --scenario: the scenario file describes the simulated machine&apos;s temp folder. Leave one of them out.</source>
        <translation>--temp-dir ne peut pas être combiné avec --scenario&#xa0;: le fichier de scénario décrit le dossier Temp de la machine simulée. Omettez l&apos;une des deux options.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation>--install-dir nécessite un nom de dossier&#xa0;: omettez l&apos;option pour utiliser celui qu&apos;indique l&apos;entrée de Registre de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation>Détermine pourquoi l&apos;agent de sauvegarde Microsoft Azure Recovery Services (MARS) ne s&apos;installe pas ou ne s&apos;inscrit pas sur cette machine, et corrige ce qui peut l&apos;être sans risque.

Sans option, l&apos;outil ouvre l&apos;assistant. Avec --cli, il exécute les vérifications dans la console et affiche un tableau.
Codes de sortie&#xa0;: 0 tout est réussi, 1 avertissements, 2 échecs (ou une vérification n&apos;a pas pu s&apos;exécuter), 3 erreur d&apos;utilisation (y compris une option de chemin qui ne désigne rien d&apos;utilisable&#xa0;: chaque chemin est vérifié avant l&apos;exécution), 4 erreur interne. Si un rapport --json ne peut pas être écrit après l&apos;exécution, l&apos;erreur est signalée sur stderr et le code de l&apos;exécution est conservé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation>Avec --cli&#xa0;: écrire le rapport au format JSON (toutes les valeurs, pour le support de deuxième niveau) dans &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation>Avec --cli&#xa0;: écrire le rapport sous la forme d&apos;un fichier HTML unique qui s&apos;ouvre dans n&apos;importe quel navigateur et peut être imprimé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation>Avec --cli&#xa0;: écrire un résumé pour ticket au format Markdown dans &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation>Avec --cli&#xa0;: écrire un rapport dans &lt;file&gt;, au format correspondant à la fin de son nom&#xa0;: .html (un fichier unique qui s&apos;ouvre dans n&apos;importe quel navigateur et peut être imprimé), .md (un résumé pour ticket au format Markdown), .txt (le tableau), sinon JSON. Peut être indiqué plusieurs fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation>Avec --cli&#xa0;: après l&apos;exécution, écrire un paquet de support dans &lt;file&gt; (un zip)&#xa0;: le rapport aux formats HTML, JSON et Markdown, le journal et le journal des correctifs de cet outil, ainsi que la fin des journaux de l&apos;agent lui-même, sans les secrets&#xa0;; le fichier manifest.txt qu&apos;il contient répertorie chaque fichier et ce qui manque.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation>Dossier sur lequel portent la vérification du dossier Temp et son nettoyage (par défaut&#xa0;: %SystemRoot%\Temp sous Windows, le dossier temporaire du système sous Linux). Jamais la racine d&apos;un lecteur ni un dossier système&#xa0;; incompatible avec --scenario, dont le fichier décrit le dossier Temp.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation>Emplacement où sont écrits les journaux (logs/mars-troubleshooter.log, le déroulement de la session&#xa0;; logs/mars-audit.log, ce que les correctifs ont modifié) et le journal des correctifs (fix-journal.jsonl). Les correctifs ne s&apos;exécutent que si le journal peut y être écrit (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation>Écrire aussi le journal dans la console (stderr).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation>Laboratoire&#xa0;: sonder les points de terminaison répertoriés dans &lt;file&gt; (JSON, docs/endpoints.md) au lieu de la liste du cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation>Laboratoire&#xa0;: faire aussi confiance aux certificats d&apos;autorité de certification de &lt;file&gt; (PEM) pour les connexions de cette exécution&#xa0;; rien n&apos;est installé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation>Laboratoire&#xa0;: sonder aussi via ce proxy, http://host:port (les informations d&apos;identification présentes dans l&apos;adresse sont ignorées).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation>Démarrer l&apos;assistant en mode présentation, pour un partage d&apos;écran&#xa0;: texte plus grand, et noms d&apos;utilisateur, noms de machine, adresses e-mail et identifiants du client masqués à l&apos;écran (les rapports les conservent).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation>--phase doit valoir install, register ou all, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud doit valoir public, usgov ou china, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation>--goal doit valoir install, register ou reregister, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation>--language doit être un code de langue tel que «&#xa0;de&#xa0;» ou «&#xa0;en&#xa0;», et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation>--error dépasse %1 caractères&#xa0;: indiquez l&apos;ID de l&apos;erreur ou la première ligne de son message.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation>Ce catalogue n&apos;indique pas où l&apos;agent conserve ses journaux.</translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation>Sélectionnez une vérification dans la liste pour voir ce qu&apos;elle a constaté et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation>Pour l&apos;équipe réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation>Copier pour l&apos;équipe réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation>Copie les adresses en échec, leurs chemins réseau et la liste d&apos;autorisation, à coller dans un e-mail ou un ticket.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation>Détail technique (pour le support)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation>Cette vérification est en cours. Son résultat s&apos;affichera ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation>Cette vérification n&apos;a pas encore été exécutée. %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentation Microsoft pour cette vérification&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation>Affiche précisément ce qui serait modifié avant toute modification.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation>Rétablit ce que ce correctif a modifié le %1. Affiche d&apos;abord précisément ce qui serait modifié.</translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation>Aucune machine à interroger.</translation>
    </message>
</context>
<context>
    <name>mars::CheckItemDelegate</name>
    <message>
        <location filename="../wizard_pages/CheckItemDelegate.cpp" line="+42"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s of %2 s</source>
        <translation>%1 s sur %2 s</translation>
    </message>
</context>
<context>
    <name>mars::CheckListModel</name>
    <message>
        <location filename="../wizard_pages/CheckListModel.cpp" line="+28"/>
        <source>%1 — running</source>
        <translation>%1 — en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation>%1 — pas encore exécutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation>En attente d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation>Vérifications terminées&#xa0;: %1 sur %2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation>Vérifications terminées&#xa0;: %1…</translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation>Cette vérification n&apos;a pas pu s&apos;exécuter&#xa0;; on ne sait donc rien de ce qu&apos;elle teste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation>La vérification s&apos;est arrêtée sur une erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation>La vérification s&apos;est arrêtée sur une erreur interne inconnue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation>La vérification s&apos;est terminée sans verdict (un défaut de la vérification).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation>La phase entière a atteint sa limite de temps de %1 s avant la fin de cette vérification.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation>Annulée par l&apos;utilisateur avant la fin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation>Elle ne s&apos;est pas terminée dans sa limite de temps de %1 s.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation>Cette vérification a pris trop de temps&#xa0;; son résultat est donc inconnu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation>Relancez-la. Si elle dépasse encore le délai, la machine est très lente ou un appel système est bloqué&#xa0;; notez-le pour le support de deuxième niveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation>Cette vérification a été annulée&#xa0;; son résultat est donc inconnu.</translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation>L&apos;agent peut-il être installé&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation>Ces vérifications ne font que lire ce serveur. Sélectionnez une vérification pour voir ce qu&apos;elle a constaté et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation>Ce serveur peut-il être inscrit auprès du coffre&#xa0;?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation>Toutes les vérifications de cette page, avec leur verdict. Sélectionnez-en une pour voir ce qu&apos;elle a constaté et ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation>Problèmes uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation>Masquer les vérifications réussies ou non applicables.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation>Relancer la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation>Tout relancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation>Relance la vérification sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation>Relance toutes les vérifications de cette page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation>Annuler les vérifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation>Arrête les vérifications encore en cours. Leur résultat reste inconnu.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation>Les vérifications démarrent à l&apos;ouverture de cette page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation>Aucune vérification pour cette étape. Cliquez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>Vérification en cours… Le bouton Suivant sera disponible une fois la vérification terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation>Le bouton Suivant sera disponible une fois les %1 vérifications terminées — %2 encore en cours.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation>En attente du démarrage des vérifications…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation>Terminé&#xa0;: %1. Sélectionnez une vérification marquée Échec ou Avertissement pour voir ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation>Terminé&#xa0;: %1. Cliquez sur Suivant pour continuer.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation>Les correctifs sont désactivés&#xa0;: cette exécution ne tient pas de journal des correctifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation>Les correctifs sont désactivés&#xa0;: le journal des correctifs, qui enregistre chaque modification avant qu&apos;elle soit effectuée, ne peut pas être écrit (%1). Pour utiliser les correctifs, fermez l&apos;outil de dépannage et redémarrez-le avec --data-dir indiquant un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation>Le dossier de données %1 est un fichier, et non un dossier&#xa0;: indiquez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation>Impossible de créer le dossier de données %1 (le journal et le journal des correctifs y sont écrits)&#xa0;: indiquez avec --data-dir un dossier dans lequel ce compte peut écrire.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation>Le fichier de scénario ne peut pas être utilisé&#xa0;: %1
Corrigez-le (docs/scenario-schema.md) ou omettez --scenario pour vérifier cette machine.</translation>
    </message>
</context>
<context>
    <name>mars::EndpointList</name>
    <message>
        <location filename="../checks/catalog/common/EndpointList.cpp" line="+61"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has an unknown field &quot;%1&quot;; the known fields are %2.</source>
        <translation>contient un champ inconnu «&#xa0;%1&#xa0;»&#xa0;; les champs connus sont %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation>contient «&#xa0;%1&#xa0;», qui doit être du texte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation>contient «&#xa0;%1&#xa0;», qui doit être une liste de textes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation>contient l&apos;élément %2 de «&#xa0;%1&#xa0;», qui doit être un texte non vide.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation>doit être un objet tel que {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation>n&apos;a pas d&apos;id&#xa0;; chaque point de terminaison en a besoin, par exemple «&#xa0;entra_login&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation>a un id qui n&apos;est pas au format snake_case&#xa0;: utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre, 64 caractères au maximum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation>répète l&apos;id «&#xa0;%1&#xa0;»&#xa0;; chaque id ne peut apparaître qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation>n&apos;a pas d&apos;url ; indiquez-en une, par exemple « https://host:443/path ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation>a l&apos;url «&#xa0;%1&#xa0;», qui n&apos;est pas une adresse valide telle que «&#xa0;https://host:443/path&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation>a l&apos;url «&#xa0;%1&#xa0;»&#xa0;; seules les adresses http:// et https:// peuvent être sondées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation>contient un nom d&apos;utilisateur ou un mot de passe dans son url&#xa0;; les fichiers de points de terminaison ne doivent pas contenir d&apos;informations d&apos;identification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation>a le port 0 dans son url&#xa0;; utilisez un port compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation>n&apos;a pas de role&#xa0;; utilisez entra, backup, storage, ncsi ou other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation>a le role «&#xa0;%1&#xa0;», qui n&apos;est pas connu&#xa0;; utilisez entra, backup, storage, ncsi ou other.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation>doit être un objet avec fqdns, ipRanges, serviceTags et ports.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation>contient la plage IP «&#xa0;%1&#xa0;», qui n&apos;est pas une plage d&apos;adresses telle que 20.190.128.0/18.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation>%1&#xa0;: le fichier de points de terminaison n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation>%1&#xa0;: le fichier de points de terminaison dépasse 1 Mo&#xa0;; une liste de points de terminaison ne fait que quelques lignes de JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation>Le fichier de points de terminaison n&apos;a pas été lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>le fichier est vide&#xa0;; une liste de points de terminaison est un JSON tel que {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>le fichier n&apos;est pas un JSON valide (au caractère %1&#xa0;: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>le niveau supérieur doit être un objet JSON tel que {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation>doit valoir public, usgov ou china.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation>le fichier ne contient pas de liste «&#xa0;endpoints&#xa0;»&#xa0;; indiquez-en une telle que &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation>la liste des points de terminaison est vide&#xa0;; il n&apos;y aurait rien à sonder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation>le fichier répertorie %1 points de terminaison&#xa0;; %2 au maximum sont sondés.</translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation>Rétablir ce que «&#xa0;%1&#xa0;» a modifié le %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation>Ce correctif ne peut pas être annulé.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation>Cette modification a déjà été annulée.</translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation>Correctif&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation>Chaque modification apportée par le correctif, une par ligne&#xa0;: l&apos;élément modifié, son état actuel et son état après le correctif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation>Ce que l&apos;annulation va modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation>Ce que le correctif va modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation>Après le correctif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation>Après l&apos;annulation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation>Cette action ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation>Appliquer le correctif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation>Rétablit ce que le correctif a modifié, comme indiqué ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation>Apporte les modifications indiquées ci-dessus&#xa0;; la vérification est ensuite relancée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation>Ferme cette fenêtre ou arrête un correctif en cours d&apos;exécution. Ce bouton ne modifie rien par lui-même.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation>Arrêter le correctif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation>Calcul précis de ce qui serait modifié…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation>Droits d&apos;administrateur&#xa0;: non nécessaires.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation>Droits d&apos;administrateur&#xa0;: nécessaires. Windows vous demande de confirmer&#xa0;; aucune élévation n&apos;a lieu à votre insu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation>Droits d&apos;administrateur&#xa0;: nécessaires, et cette fenêtre ne les a pas. Redémarrez d&apos;abord l&apos;outil en tant qu&apos;administrateur&#xa0;; il ne procède jamais lui-même à une élévation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation>Droits d&apos;administrateur&#xa0;: nécessaires, et cette fenêtre les a.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation>Peut être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation>Cette modification ne peut pas être annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation>Ne peut pas être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation>Éléments à modifier&#xa0;: %1 (%2 au total).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation>Éléments à modifier&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>La liste n&apos;affiche que %n élément (le premier).</numerusform>
            <numerusform>La liste n&apos;affiche que les %n premiers éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>La liste affiche chaque modification sur une ligne distincte&#xa0;: %n ligne.</numerusform>
            <numerusform>La liste affiche chaque modification sur une ligne distincte&#xa0;: %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation>Terminé&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation>La vérification s&apos;exécute de nouveau pour confirmer le résultat&#xa0;; sa ligne dans la liste sera mise à jour une fois l&apos;exécution terminée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation>Cette fenêtre se ferme maintenant pour laisser la main à l&apos;instance exécutée en tant qu&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>Partiellement appliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation>Arrêté avant la fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation>Arrêt après l&apos;élément en cours…</translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation>Cette exécution n&apos;a pas de clé de journal.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation>Rien n&apos;indique jusqu&apos;où le correctif est allé&#xa0;: relancez sa vérification pour voir l&apos;état actuel de la machine.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation>Une autre instance de l&apos;outil de dépannage modifie cette machine en ce moment. Attendez qu&apos;elle ait terminé, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier de verrouillage %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation>Le journal des correctifs %1 dépasse %2 Mo&#xa0;; seuls ses %2 derniers Mo ont été lus, les correctifs plus anciens ne sont donc pas proposés à l&apos;annulation (les nouveaux correctifs sont toujours enregistrés).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation>Interrompu&#xa0;: ce correctif a démarré le %1 et ne s&apos;est jamais terminé. Il devait effectuer ceci&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation>%1 (par défaut&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation>Nombre compris entre %1 et %2&#xa0;; l&apos;aperçu se met à jour selon la valeur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation>L&apos;aperçu se met à jour au fil de votre saisie.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation>L&apos;aperçu se met à jour selon votre choix.</translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation>Le correctif ne s&apos;est pas encore arrêté. Il continue de s&apos;exécuter en arrière-plan&#xa0;: quand il se terminera, son résultat sera écrit dans le journal des correctifs et sa vérification sera relancée. Vous pouvez fermer cette fenêtre&#xa0;; aucun autre correctif ne peut démarrer avant qu&apos;il soit terminé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation>Cette modification a été effectuée sur une machine %1&#xa0;; elle ne peut pas être annulée ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>simulée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation>réelle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation>Impossible de déterminer ce que ce correctif modifierait.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation>Ce correctif ne peut pas être appliqué ici.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation>Une autre modification de cette machine est encore en cours. Attendez qu&apos;elle soit terminée, puis réessayez.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation>Cette exécution ne tient pas de journal des correctifs.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation>Rien n&apos;a été modifié&#xa0;: le journal des correctifs, qui enregistre chaque modification avant qu&apos;elle soit effectuée, ne peut pas être écrit (%1). Démarrez l&apos;outil de dépannage avec --data-dir indiquant un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation>Le correctif s&apos;est arrêté sur une erreur interne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation>Son résultat n&apos;a pas pu être ajouté au journal des correctifs (%1)&#xa0;: le journal l&apos;indique seulement comme démarré.</translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation>Correctifs proposés par l&apos;assistant (chaque modification est présentée en aperçu avant d&apos;être effectuée)&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation>pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation>Rapport de l&apos;outil de dépannage de l&apos;agent MARS, session %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation>Rapport de l&apos;outil de dépannage de l&apos;agent MARS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation>SIMULÉ : un fichier de scénario, et non un serveur réel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Démarré (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation>Version de l&apos;outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation>Entrées de laboratoire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation>Erreur rencontrée par le client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation>Pour l&apos;équipe réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>Documentation&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation>Depuis la première exécution</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation>Correctifs de cette session</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>Redémarrez le serveur une fois&#xa0;: %n modification de cette session ne prend effet qu&apos;après un redémarrage.</numerusform>
            <numerusform>Redémarrez le serveur une fois&#xa0;: %n modifications de cette session ne prennent effet qu&apos;après un redémarrage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation>Session %1. Les secrets sont masqués dans ce rapport. Le rapport JSON de la même session contient toutes les valeurs, pour le support de deuxième niveau.</translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier normal.</translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation>laissez le champ vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation>omettez --install-dir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 est un fichier, et non un dossier&#xa0;: tapez le dossier d&apos;installation de l&apos;agent, ou %2 pour utiliser celui qu&apos;indique l&apos;entrée de Registre de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation>%1 n&apos;est pas un chemin complet : tapez-le avec sa lettre de lecteur, par exemple C:\Program Files\Microsoft Azure Recovery Services Agent, ou %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>Ni %1 ni aucun de ses dossiers parents n&apos;existe&#xa0;: vérifiez la lettre de lecteur, ou %2 pour utiliser celui qu&apos;indique l&apos;entrée de Registre de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation>%1 n&apos;existe pas encore&#xa0;: l&apos;installation de l&apos;agent le crée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>Le dossier d&apos;installation que vous avez tapé, %1, n&apos;existe pas&#xa0;: corrigez-le, ou %2 pour utiliser celui qu&apos;indique l&apos;entrée de Registre de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation>%1 n&apos;a pas pu être lu (%2)&#xa0;: les vérifications en diront plus.</translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>Le journal des correctifs répertorie %n modification antérieure que cette exécution n&apos;annulera pas&#xa0;:</numerusform>
            <numerusform>Le journal des correctifs répertorie %n modifications antérieures que cette exécution n&apos;annulera pas&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation>Une modification effectuée par un correctif inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation>• %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>%n correctif ne s&apos;est pas terminé lors de la dernière exécution de l&apos;outil de dépannage sur cette machine (il a été fermé de force, ou le serveur s&apos;est arrêté). Vérifiez ceci avant toute autre chose&#xa0;:</numerusform>
            <numerusform>%n correctifs ne se sont pas terminés lors de la dernière exécution de l&apos;outil de dépannage sur cette machine (il a été fermé de force, ou le serveur s&apos;est arrêté). Vérifiez ceci avant toute autre chose&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation>• %1 (démarré le %2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation>Impossible d&apos;ouvrir le dossier de la clé de journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation>Impossible de lire la clé de journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation>La clé de journal %1 n&apos;est pas un fichier de %2 octets.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation>Impossible de créer le dossier de la clé de journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation>Impossible de créer la clé de journal %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation>Impossible d&apos;examiner %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation>%1 n&apos;appartient pas au seul administrateur (propriétaire %2, mode %3)&#xa0;; il n&apos;est donc pas utilisé.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation>Impossible d&apos;examiner %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation>%1 est un lien ou ne correspond pas à ce que cet outil crée à cet endroit&#xa0;; il n&apos;est donc pas utilisé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation>%1 n&apos;appartient pas aux administrateurs&#xa0;; il n&apos;est donc pas utilisé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation>Le dossier de la clé du journal %1 ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation>Impossible de lire la clé de journal %1 : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation>Les droits pour %1 ne peuvent pas être préparés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation>Le dossier de la clé du journal %1 ne peut pas être créé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation>%1 est un lien ou n&apos;est pas un dossier&#xa0;: aucune clé du journal n&apos;y est donc créée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation>Les droits du dossier de la clé du journal %1 ne peuvent pas être définis&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation>Impossible de créer la clé de journal %1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire la clé de journal %1 : %2</translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation>Cette modification a été effectuée sur une machine simulée dans une autre session&#xa0;; une machine simulée n&apos;existe que le temps de sa session.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation>Cette ligne du journal a été modifiée après son écriture (sa signature ne correspond pas)&#xa0;; elle n&apos;est donc pas annulée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation>Cette modification a été enregistrée pour la machine «&#xa0;%1&#xa0;», et non pour celle-ci («&#xa0;%2&#xa0;»)&#xa0;; elle n&apos;est donc pas annulée ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation>Cette modification a été effectuée par le compte «&#xa0;%1&#xa0;», et non par «&#xa0;%2&#xa0;»&#xa0;; seul ce compte peut l&apos;annuler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation>Cette ligne du journal n&apos;est pas signée avec la clé de journal de cette machine, et une exécution en tant qu&apos;administrateur n&apos;annule que les lignes signées (n&apos;importe qui peut ajouter une ligne au fichier journal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation>Impossible de vérifier la signature de cette ligne du journal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation>Enregistrer le rapport avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation>Cette session a modifié le serveur, et le rapport de ces modifications n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation>Cette session a détecté des problèmes, et son rapport n&apos;est pas encore enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation>Le support de deuxième niveau a besoin du rapport pour prendre le relais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation>Impossible d&apos;enregistrer le rapport dans %1. La fenêtre reste ouverte.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation>Impossible d&apos;enregistrer le rapport.</translation>
    </message>
</context>
<context>
    <name>mars::LocalFileRead</name>
    <message>
        <location filename="../checks/system/LocalFile.cpp" line="+23"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation>%1 dépasse %2 (il fait %3), ce qui est bien plus que ce dont un fichier de ce type a jamais besoin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation>%1 dépasse %2, ce qui est bien plus que ce dont un fichier de ce type a jamais besoin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation>%1 est un chemin réseau ou de périphérique&#xa0;; copiez le fichier dans un dossier local et indiquez-le à cet endroit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation>Aucun fichier n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation>Aucun fichier à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation>%1 est un périphérique, un canal ou un socket, et non un fichier ordinaire&#xa0;; seuls les fichiers ordinaires sont lus.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation>%1 a été remplacé pendant son ouverture&#xa0;; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation>%1 n&apos;a pas pu être lu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation>%1 se trouve sur un lecteur réseau&#xa0;; copiez le fichier dans un dossier local et indiquez-le à cet endroit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation>Il n&apos;existe aucun lecteur %1 sur cette machine.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation>%1 est un lien ou un périphérique, et non un fichier ordinaire&#xa0;; indiquez le fichier lui-même.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation>%1 est un périphérique ou un canal, et non un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation>Journal de cette session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation>Le journal est conservé en mémoire uniquement (aucun fichier journal).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation>(Aucune ligne de journal pour l&apos;instant.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation>%1 n&apos;a pas pu être testé %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>Résolution de noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation>Connexion TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2 %3 failed after %4 s: %5.</source>
        <translation>%1 pour %2 %3&#xa0;: échec après %4 s (%5).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation>%1 | route %2 | couche %3 | %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation>un serveur sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation>%1 a répondu %2 par %3 %4 (de la part de %5)&#xa0;: un élément sur le trajet, ou le service lui-même, est défaillant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation>%1 a été bloqué %2&#xa0;: %3 %4 de la part de %5 (page de blocage d&apos;un proxy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation>%1 a répondu %2 (HTTP %3).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation>%1 dépasse 1 Mo&#xa0;: ce n&apos;est pas un fichier de certificats d&apos;autorité de certification</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation>%1, issu du fichier d&apos;informations d&apos;identification du coffre, n&apos;est pas une adresse HTTPS de la liste d&apos;autorisation de ce cloud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation>indiqué par le fichier d&apos;informations d&apos;identification du coffre</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation>la liste de laboratoire %1 (--endpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation>la liste intégrée pour le cloud %1 (%2, sources vérifiées le %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation>%1 (%2) est un script de configuration, que cet outil n&apos;évalue pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation>directement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation>via %1 %2</translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation>%1 nécessite un nom de fichier.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation>%1&#xa0;: %2 est un chemin réseau ou de périphérique&#xa0;: copiez le fichier dans un dossier de cette machine et indiquez-le à cet endroit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation>%1&#xa0;: le fichier %2 n&apos;existe pas&#xa0;: vérifiez le nom et le dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation>%1&#xa0;: %2 est un dossier, et non un fichier&#xa0;: indiquez le fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation>%1&#xa0;: %2 est un périphérique, un canal ou un socket, et non un fichier ordinaire&#xa0;: indiquez un fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation>%1&#xa0;: le fichier %2 ne peut pas être lu avec les droits de ce compte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation>%1&#xa0;: %2 est un dossier, et non un fichier&#xa0;: indiquez un fichier dans ce dossier, par exemple %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas&#xa0;: créez-le d&apos;abord ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation>%1&#xa0;: %2 est un fichier, et non un dossier&#xa0;: choisissez un fichier dans un dossier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation>%1&#xa0;: impossible d&apos;écrire dans %2 (%3)&#xa0;: choisissez un dossier dans lequel ce compte peut écrire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation>%1 nécessite un nom de dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation>%1&#xa0;: %2 est un fichier, et non un dossier&#xa0;: indiquez un dossier (il est créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation>%1 nécessite un nom de dossier&#xa0;: omettez l&apos;option pour utiliser le dossier Temp par défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation>%1&#xa0;: le dossier %2 n&apos;existe pas&#xa0;: vérifiez le nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation>%1&#xa0;: %2 est un fichier, et non un dossier&#xa0;: indiquez le dossier Temp à vérifier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation>%1&#xa0;: %2 est la racine d&apos;un lecteur ou un dossier système, et le nettoyage du dossier Temp supprime des fichiers dans le dossier qu&apos;il vérifie&#xa0;: indiquez le dossier Temp lui-même (par exemple %3).</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation>Facultatif&#xa0;: testez la phrase secrète ici&#xa0;; elle n&apos;est jamais stockée ni envoyée</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation>Cette phrase secrète respecte les règles de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation>L&apos;agent refusera cette phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation>L&apos;agent l&apos;accepte, mais&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation>Conservez-la en dehors de ce serveur (par exemple dans Azure Key Vault)&#xa0;: sans elle, aucune sauvegarde ne peut être restaurée, et une nouvelle inscription de ce serveur exige la même phrase secrète.</translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation>le fichier demande %1 itérations de dérivation de clé (plus de %2)</translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation>Impossible de déterminer le volume contenant %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation>exécution en tant que root (uid 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation>Impossible de lire les groupes de ce processus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation>membre du groupe %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation>ni root, ni membre du groupe sudo, wheel ou admin</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation>Impossible de résoudre %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir le dossier Temp %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation>%1 n&apos;est ni un fichier ni un dossier&#xa0;; il n&apos;est pas touché.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation>%1 a été remplacé pendant sa modification&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation>Linux n&apos;a pas de Registre Windows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation>Les services Windows n&apos;existent pas sous Linux.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation>Linux n&apos;a pas de Planificateur de tâches Windows (ses tâches planifiées sont des entrées cron et des minuteurs systemd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation>Linux n&apos;a pas de Planificateur de tâches Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation>Linux n&apos;a pas d&apos;historique Windows Update (ses paquets sont mis à jour par apt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation>WinHTTP n&apos;existe que sous Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation>Linux n&apos;a pas de magasin de certificats LocalMachine (ses racines de confiance sont des fichiers, comme ceux de /etc/ssl/certs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation>Linux n&apos;a pas de magasin de certificats Windows Personnel.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation>Seul l&apos;attribut lecture seule existe sous Linux (sous forme d&apos;autorisation d&apos;écriture).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 est un lien symbolique&#xa0;; il n&apos;est pas suivi.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation>Sous Linux, l&apos;outil de dépannage ne demande jamais lui-même les droits root. Fermez-le et redémarrez-le en tant que root, par exemple&#xa0;: sudo %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation>Linux n&apos;a pas de service de temps Windows (w32tm)&#xa0;; son horloge est maintenue par son propre service de temps (systemd-timesyncd, chrony ou ntpd).</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>Impossible d&apos;ouvrir le fichier %1 en lecture</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation>Impossible de lire le fichier %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 est un dossier, et non un fichier texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier normal.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation>Linux n&apos;a pas la fonctionnalité Déduplication des données de Windows&#xa0;; le cache de l&apos;agent n&apos;existe que sous Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation>Aucun chemin n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation>Linux n&apos;a pas les dossiers connus de Windows (comme %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation>Linux n&apos;a pas de ressources de version Windows dans les fichiers programmes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation>Linux n&apos;a pas de services Windows à arrêter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation>Linux n&apos;a pas de Registre Windows dans lequel écrire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation>Linux n&apos;a pas de Registre Windows dans lequel supprimer.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation>Impossible de lire le nom d&apos;hôte (gethostname)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation>le proxy WinINet du compte SYSTEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation>le script de configuration du compte SYSTEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation>le proxy WinINet du profil .DEFAULT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation>le script de configuration du profil .DEFAULT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation>le proxy WinINet de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation>le script de configuration de l&apos;utilisateur connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation>le proxy WinINet à l&apos;échelle de l&apos;ordinateur (stratégie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation>le script de configuration à l&apos;échelle de l&apos;ordinateur (stratégie)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation>aucun proxy (direct)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation>WinHTTP (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation>le proxy WinHTTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation>aucun paramètre ne l&apos;utilise ; testé à titre de comparaison</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation>--proxy doit être une seule adresse de proxy, par exemple http://proxy.contoso.com:8080.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation>--proxy %1 ne peut pas être utilisé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation>--proxy doit être une adresse de proxy http:// (le trafic HTTPS y passe avec CONNECT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation>le proxy indiqué avec --proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation>ligne de commande (--proxy %1)</translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation>&quot;=&quot; sans schéma devant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation>un chemin après l&apos;adresse du proxy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation>une adresse IPv6 sans son &quot;]&quot; fermant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation>du texte après l&apos;adresse IPv6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation>une adresse IPv6 doit s&apos;écrire entre crochets&#xa0;: [address]:port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation>aucun nom de serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation>des caractères interdits dans un nom de serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>le port «&#xa0;%1&#xa0;» n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation>%1\%2 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation>Compte SYSTEM (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation>Profil .DEFAULT (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation>Utilisateur connecté (WinINet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation>Stratégie à l&apos;échelle de l&apos;ordinateur (WinINet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation>le proxy est activé (ProxyEnable = 1), mais aucun serveur proxy n&apos;est défini</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation>connexion directe</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>proxy %1</source>
        <translation>proxy %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>configuration script %1</source>
        <translation>script de configuration %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation>paramètre de proxy inutilisable «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation>%1 octets, trop court pour contenir l&apos;octet d&apos;indicateurs (format non documenté)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation>proxy manuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation>script de configuration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation>détecter automatiquement les paramètres (WPAD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation>indicateurs 0x%1&#xa0;: %2 (%3 octets)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation>lecture impossible</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation>paramètre de proxy inutilisable (aucun serveur proxy)</translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Les vérifications ont été exécutées et le tableau ci-dessus est complet&#xa0;; seul ce rapport manque. Le code de sortie, %2, est celui de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Les vérifications ont été exécutées et le tableau ci-dessus est complet&#xa0;; seul le paquet de support manque. Le code de sortie, %2, est celui de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation>Paquet de support écrit dans %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation>  Non inclus&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation>Rapport HTML, s&apos;ouvre dans n&apos;importe quel navigateur (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation>Rapport JSON, pour le support de deuxième niveau (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation>Résumé pour ticket, Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation>Depuis la première exécution&#xa0;: aucun changement, aucun problème.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>%n corrigée</numerusform>
            <numerusform>%n corrigées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>%n toujours en échec</numerusform>
            <numerusform>%n toujours en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nouvelle</numerusform>
            <numerusform>%n nouvelles</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation>Depuis la première exécution&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>non applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation>impossible à exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation>%1 (avant&#xa0;: %2, maintenant&#xa0;: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation>Corrigées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation>Toujours en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation>Nouvelles depuis la première exécution</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation>Aucune vérification n&apos;a été exécutée&#xa0;: l&apos;outil ne peut donc pas dire si ce serveur est prêt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation>Ce serveur a réussi toutes les vérifications&#xa0;: vous pouvez continuer avec l&apos;agent.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>Le serveur est probablement prêt, avec %n avertissement&#xa0;; examinez d&apos;abord «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Le serveur est probablement prêt, avec %n avertissements&#xa0;; examinez d&apos;abord «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>Le serveur n&apos;est pas prêt&#xa0;: %n problème à traiter&#xa0;; corrigez d&apos;abord «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>Le serveur n&apos;est pas prêt&#xa0;: %n problèmes à traiter&#xa0;; corrigez d&apos;abord «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>L&apos;outil n&apos;a pas pu terminer&#xa0;: %n vérification sans réponse&#xa0;; commencez par «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>L&apos;outil n&apos;a pas pu terminer&#xa0;: %n vérifications sans réponse&#xa0;; commencez par «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation>Un correctif qui n&apos;existe plus dans cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation>Interrompu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation>Partiellement appliqué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation>Arrêté avant la fin&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation>Rien à faire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>Non appliqué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n échec</numerusform>
            <numerusform>%n échecs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>%n impossible à exécuter</numerusform>
            <numerusform>%n impossibles à exécuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n hors délai</numerusform>
            <numerusform>%n hors délai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n non applicable</numerusform>
            <numerusform>%n non applicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>mars::ReportedErrorField</name>
    <message>
        <location filename="../wizard_pages/ReportedErrorField.cpp" line="+18"/>
        <source>The error the customer saw, e.g. 34513, 0x1FC07 or the message&apos;s text</source>
        <translation>L&apos;erreur rencontrée par le client, par ex. 34513, 0x1FC07 ou le texte du message</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation>Cet outil ne connaît pas cette erreur&#xa0;: toutes les vérifications s&apos;exécutent donc dans l&apos;ordre habituel. Vérifiez l&apos;ID ou collez la première ligne du message.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>%n vérification pouvant l&apos;expliquer s&apos;exécute en premier.</numerusform>
            <numerusform>%n vérifications pouvant l&apos;expliquer s&apos;exécutent en premier.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation>Elle se produit pendant l&apos;installation de l&apos;agent&#xa0;: choisissez «&#xa0;Installer l&apos;agent&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation>Elle se produit pendant l&apos;inscription&#xa0;: choisissez l&apos;un des objectifs «&#xa0;Inscrire&#xa0;» ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation>Aucune vérification de cet outil ne peut la confirmer&#xa0;; suivez le conseil ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation>«&#xa0;%1&#xa0;»
Signification&#xa0;: %2
%3</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation>la valeur «&#xa0;%1&#xa0;» de %2\%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation>%1 (fusionné avec sa base %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation>base doit être une chaîne qui désigne un autre fichier de scénario, par exemple &quot;../healthy-server.json&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation>base forme un cycle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation>base dépasse %1 niveaux d&apos;imbrication&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation>base désigne %1, qui ne fait pas partie des scénarios intégrés (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation>base désigne %1, mais un scénario intégré ne peut reposer que sur un autre scénario intégré (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation>base désigne %1, qui n&apos;existe pas</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation>base désigne %1, qui se trouve hors du dossier du fichier de scénario (%2)&#xa0;; copiez-le dans ce dossier ou utilisez un scénario intégré (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation>base désigne %1, qui n&apos;est pas un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation>base désigne %1, qui dépasse 16 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation>base désigne %1, qui ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>schema est absent&#xa0;; ce programme lit les fichiers de scénario avec &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation>schema doit être le nombre %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation>schema vaut %1, mais ce programme ne lit que le schéma %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation>%1[%2] contient &quot;remove&quot;, mais le fichier n&apos;a pas de base dont le retirer</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation>%1 retire %2, mais %3 s&apos;y trouve encore&#xa0;; retirez-le aussi ou conservez le dossier</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation>%1 doit être un objet ({ ... })</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation>%1.%2 doit être indiqué sous forme de chaîne&#xa0;: dans un fichier avec une base, les entrées sont associées à celles de la base par %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation>%1 désigne %2 une deuxième fois</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation>%1.remove doit valoir true&#xa0;; omettez-le pour conserver ou modifier l&apos;entrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation>%1 retire %2&#xa0;: il n&apos;accepte donc que %3 et remove, pas &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation>%1 retire %2, que sa base ne contient pas</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation>doit comporter quatre nombres de 0 à 65535 séparés par des points, par exemple &quot;2.0.9262.0&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation>doit être l&apos;une des valeurs readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation>vaut directory, mais un fichier n&apos;est pas un dossier&#xa0;; indiquez les dossiers sous &quot;folders&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation>est la racine d&apos;un lecteur ou d&apos;un partage, c&apos;est-à-dire un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation>répète le fichier %1 (les chemins sont comparés sans tenir compte de la casse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation>se trouve dans %1, mais tempFolder.exists vaut false</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>porterait le dossier Temp à plus de %1 entrées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation>désigne «&#xa0;%1&#xa0;», que tempFolder répertorie déjà&#xa0;; décrivez le fichier à un seul endroit (dans files, avec ageHours, s&apos;il a besoin de texte)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation>désigne %1, qui est un dossier (répertorié dans folders, racine d&apos;un disque, dossier Temp ou parent d&apos;un autre fichier)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioJsonReader</name>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.cpp" line="+19"/>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 %3.</source>
        <translation>%1&#xa0;: %2 %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation>%1 contient un champ inconnu «&#xa0;%2&#xa0;»&#xa0;; les champs connus sont %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation>doit être un objet ({ ... })</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation>doit être une liste ([ ... ])</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation>doit être une chaîne (&quot;...&quot;)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation>doit être un chemin Windows absolu sans les caractères *&#xa0;? &lt; &gt; | &quot;, par exemple C:\Windows\Temp</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation>nécessite exactement un champ parmi &quot;host&quot; (un nom d&apos;hôte, ou * pour tous les hôtes) et &quot;proxy&quot; (host:port)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation>doit être au format host:port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation>doit être l&apos;une des valeurs dns, tcp, proxy, tls, http</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation>indique un échec mais aucun failedLayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation>contient à la fois un failedLayer et un httpStatus&#xa0;; un échange qui a échoué n&apos;a reçu aucune réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation>vaut proxy, or seule une règle &quot;proxy&quot; peut échouer à cette couche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation>doit comporter 40 chiffres hexadécimaux</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation>%1&#xa0;: le fichier est vide&#xa0;; un scénario est un objet JSON tel que {&quot;schema&quot;: 1, ...}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation>%1&#xa0;: le fichier dépasse 16 Mo&#xa0;; décrivez les nombreux fichiers temporaires avec un générateur ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) au lieu de les énumérer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation>%1&#xa0;: le fichier n&apos;est pas du JSON valide (%2)&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation>%1&#xa0;: le niveau supérieur doit être un objet JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>est absent&#xa0;; ce programme lit les fichiers de scénario avec &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation>vaut %1, mais ce programme ne lit que le schéma %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation>est absent&#xa0;; chaque scénario indique qui exécute l&apos;outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation>est absent&#xa0;; chaque scénario indique quel Windows il simule</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation>vaut false, mais folders répertorie %1 ou un dossier qu&apos;il contient</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation>déclaré par le fichier de scénario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation>vaut not_admin, mais account.adminMember vaut true&#xa0;; un administrateur s&apos;exécute soit avec élévation, soit en mode limité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation>doit valoir not_admin quand account.adminMember vaut false&#xa0;; seuls les administrateurs ont un jeton avec élévation ou limité</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation>indique identityError en même temps que les noms de l&apos;ordinateur&#xa0;; indiquez l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation>doit compter de 1 à 15 caractères, sans points ni espaces (un nom NetBIOS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation>doit compter de 1 à 63 caractères, sans points ni espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation>doit être un suffixe DNS tel que contoso.com, sans point au début ni à la fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation>est obligatoire quand joinStatus vaut workgroup ou domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation>n&apos;est autorisé que quand joinStatus vaut workgroup ou domain</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation>doit être un code de pays ISO 3166 de deux lettres majuscules, par exemple NL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation>indique à la fois utc et skewSeconds&#xa0;; indiquez utc pour une horloge fixe, ou skewSeconds pour l&apos;horloge de l&apos;hôte décalée d&apos;autant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>doit être une date et heure ISO 8601 avec Z ou un décalage, par exemple 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation>répète le dossier %1 (les chemins sont comparés sans tenir compte de la casse)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation>doit désigner une clé, par exemple SOFTWARE\Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation>répète la valeur «&#xa0;%1&#xa0;» de %2\%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation>doit être une chaîne pour REG_SZ et REG_EXPAND_SZ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation>doit être un nombre de 0 à 4294967295, ou une chaîne telle que &quot;0x1F&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation>doit être un nombre de 0 à 9007199254740992, ou une chaîne décimale ou hexadécimale &quot;0x&quot; pour les valeurs plus grandes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation>doit être une chaîne d&apos;octets hexadécimaux, par exemple &quot;01 ff 3a&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation>a un type que ce programme ne connaît pas</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSectionParser</name>
    <message>
        <location filename="../checks/system/ScenarioSectionParser.cpp" line="+67"/>
        <location line="+24"/>
        <location line="+190"/>
        <location line="+21"/>
        <location line="+95"/>
        <location line="+63"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation>répète le service %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation>indique error en même temps que d&apos;autres champs&#xa0;; un Planificateur de tâches impossible à interroger n&apos;affiche ni dossiers ni tâches</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation>doit être un chemin du Planificateur de tâches commençant par une barre oblique inverse, par exemple \Microsoft\OnlineBackup</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation>doit être le chemin complet d&apos;une tâche, commençant par une barre oblique inverse, par exemple \Microsoft\OnlineBackup\Microsoft-OnlineBackup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation>répète la tâche %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation>nécessite userId ou groupId&#xa0;: chaque tâche s&apos;exécute sous un utilisateur ou un groupe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation>nécessite lastRunAgeHours</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation>est supérieur à totalBytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation>doit valoir remote pour le partage %1&#xa0;; un chemin \\server\share est toujours distant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation>répète le disque %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation>doit être indiqué quand direct vaut false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation>vaut true, mais proxyServer est défini&#xa0;; WinHTTP utilise l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation>indique à la fois present et absent&#xa0;; énumérez ce que le magasin contient, ou ce qui lui manque</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation>indique error en même temps que d&apos;autres champs&#xa0;; un magasin impossible à ouvrir n&apos;affiche aucun certificat</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>doit être une empreinte SHA-1&#xa0;: 40 chiffres hexadécimaux</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation>répète l&apos;empreinte %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>doit être une date et heure ISO 8601 avec Z ou un décalage, par exemple 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation>se termine (notAfter) avant de commencer (notBefore)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation>indique error en même temps que d&apos;autres champs&#xa0;; un historique illisible n&apos;a aucune entrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation>nécessite lastInstallAgeDays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation>vaut 0, mais lastInstallAgeDays désigne une installation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation>contient la clé «&#xa0;%1&#xa0;», qui n&apos;est pas un ID de vérification&#xa0;; les ID de vérification sont en snake_case, par exemple install_dir_attributes</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation>%1 n&apos;existe pas sur la machine simulée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation>Impossible de lire %1&#xa0;: le périphérique n&apos;est pas prêt (le lecteur simulé est hors connexion).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>%1 nécessite des droits d&apos;administrateur, et ce processus (simulé) ne s&apos;exécute pas avec élévation.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation>%1&#xa0;: le fichier de scénario n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier&#xa0;; indiquez le chemin d&apos;un fichier de scénario .json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation>%1&#xa0;: le fichier dépasse 16 Mo&#xa0;; les fichiers de scénario décrivent les nombreux fichiers temporaires avec des générateurs et restent petits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation>Le fichier de scénario n&apos;a pas été lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation>%1 est un lien dont la machine simulée ne décrit pas la cible.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation>SIMULÉ&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation>La lecture de %1 a été refusée (accès refusé sur la machine simulée).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation>Aucun disque de la machine simulée ne contient %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation>%1 se trouve sur un partage réseau&#xa0;; sa déduplication dépend du serveur de fichiers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation>La machine simulée ne connaît pas ce dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation>%1 n&apos;a pas de ressource de version.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation> (vue 32 bits)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation>La clé de Registre %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation>La valeur de Registre «&#xa0;%1&#xa0;» n&apos;existe pas dans %2.</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation>La lecture de la valeur de Registre «&#xa0;%1&#xa0;» de %2 a été refusée (accès refusé).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation>L&apos;énumération des valeurs de %1 a été refusée (accès refusé).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation>Le service de temps Windows (W32Time) n&apos;est pas installé sur la machine simulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation>Le service de temps Windows ne s&apos;exécute pas&#xa0;: w32tm ne peut donc pas resynchroniser l&apos;horloge (0x80070426).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>Le réglage de l&apos;horloge (w32tm /resync) nécessite des droits d&apos;administrateur, et ce processus (simulé) ne s&apos;exécute pas avec élévation.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation>Cette machine simulée ne décrit pas le Planificateur de tâches.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation>Le dossier %1 du Planificateur de tâches n&apos;existe pas sur la machine simulée.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation>La tâche planifiée %1 n&apos;existe pas sur la machine simulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation>Modification de la tâche planifiée %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>La tâche planifiée %1 a %n déclencheur, mais la modification désigne %2&#xa0;; rien n&apos;a été modifié.</numerusform>
            <numerusform>La tâche planifiée %1 a %n déclencheurs, mais la modification désigne %2&#xa0;; rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation>Cette machine simulée ne décrit pas l&apos;historique de Windows Update.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation>Cette machine simulée ne décrit pas les noms de l&apos;ordinateur.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-1 (40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation>Arrêt du service %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation>Modification de la valeur de Registre «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation>Une valeur de Registre nécessite une clé sous la ruche.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation>Suppression de la valeur de Registre «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>La racine d&apos;une ruche du Registre ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation>Suppression de la clé de Registre %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation>Le service %1 n&apos;est pas installé sur la machine simulée.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation>Modification des attributs de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation>Ce compte n&apos;est pas administrateur&#xa0;: il n&apos;existe donc pas de jeton avec élévation vers lequel basculer. Connectez-vous avec un compte d&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation>SIMULÉ&#xa0;: le scénario s&apos;exécute désormais avec le jeton complet de l&apos;administrateur. Aucun programme n&apos;a été démarré.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation>Démarrage du service %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation>Le service %1 est désactivé&#xa0;; définissez d&apos;abord son type de démarrage.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation>le nom %1 n&apos;a pas pu être résolu (le serveur DNS n&apos;a pas répondu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>le nom %1 n&apos;existe pas (le serveur DNS ne connaît pas ce nom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation>la connexion TCP n&apos;a pas abouti (aucune réponse&#xa0;: souvent un pare-feu qui abandonne silencieusement le trafic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation>la connexion TCP a été refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation>le proxy a refusé la requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation>la négociation TLS ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation>aucune réponse à la requête (la connexion est restée ouverte, mais silencieuse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation>la connexion a été fermée ou réinitialisée avant toute réponse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 n&apos;est pas une adresse http ou https comportant un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation>le nom %1 n&apos;a pas pu être résolu&#xa0;: la machine simulée n&apos;a pas de connexion réseau</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation>vaut false&#xa0;: le dossier ne peut donc contenir ni fichiers, ni répertoires, ni liens symboliques (dans un fichier avec une base, supprimez ceux de la base avec &quot;files&quot;: null)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation>contient à la fois name et pattern&#xa0;; un fichier a un name, un générateur a un pattern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation>doit contenir {n} exactement une fois, par exemple &quot;tmp{n}.tmp&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>porterait le dossier Temp à plus de %1 entrées</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation>est un modèle de trop&#xa0;: un dossier Temp se décrit avec %1 modèles au maximum</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation>produit des noms que d&apos;autres modèles pourraient aussi produire, en trop grand nombre pour être vérifiés&#xa0;; décrivez le dossier avec moins de modèles</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation>doit être un simple nom de fichier (sans dossier, sans aucun des caractères \ /&#xa0;: *&#xa0;? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation>désigne «&#xa0;%1&#xa0;» une deuxième fois dans le dossier Temp (les noms sont comparés sans tenir compte de la casse)</translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>en cours de démarrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>en cours d&apos;arrêt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation>dans un état transitoire</translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation>MACHINE SIMULÉE (%1). Rien sur ces pages ne décrit cet ordinateur, et les correctifs ne modifient que la simulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation>Machine simulée</translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation>la connexion TCP à %1 sur le port %2 n&apos;a pas abouti en %3 s (aucune réponse&#xa0;: souvent un pare-feu qui abandonne silencieusement le trafic)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation>la connexion TCP à %1 sur le port %2 a été refusée (rien n&apos;écoute sur ce port, ou un pare-feu la rejette)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation>la connexion TCP à %1 sur le port %2 a échoué&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>le nom %1 n&apos;existe pas (le serveur DNS ne connaît pas ce nom)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation>le nom %1 n&apos;a pas pu être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation>le nom %1 n&apos;a pas pu être résolu en %2 s (le serveur DNS n&apos;a pas répondu)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation>le proxy %1 a fermé la connexion sans répondre à la demande de tunnel (CONNECT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation>le proxy %1 n&apos;a pas répondu à la demande de tunnel (CONNECT) en %2 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation>le proxy %1 demande des informations d&apos;identification (407 Proxy Authentication Required%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation>&#xa0;; il propose %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation>le proxy %1 a refusé le tunnel&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation>la négociation TLS ne s&apos;est pas terminée en %1 s (l&apos;autre partie a cessé de répondre)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation>la connexion a été fermée pendant la négociation TLS (TLS 1.2 désactivé d&apos;un côté, ou un équipement intermédiaire qui le bloque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation>la négociation TLS a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation>la connexion a été fermée ou réinitialisée avant toute réponse (par le serveur ou par un équipement intermédiaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation>la réponse n&apos;était pas du HTTP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation>aucune réponse à la requête en %1 s (la connexion est restée ouverte, mais silencieuse)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation>le proxy %1:%2 demande des informations d&apos;identification (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 n&apos;est pas une adresse http ou https comportant un nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation>Cette version du programme ne prend pas en charge TLS (Qt n&apos;a trouvé aucun back-end TLS)&#xa0;: HTTPS n&apos;a donc pas pu être testé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation>Le proxy %1 n&apos;a pas de port.</translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>Outil de dépannage de l&apos;agent MARS</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation>%1
Exécutez mars-troubleshooter --help pour afficher les options.</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation>Ce qui a été trouvé, la suite à donner et comment le transmettre au support.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation>Points à examiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation>Les problèmes détectés, du plus grave au moins grave, chacun avec la marche à suivre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation>Enregistre le rapport dans un fichier&#xa0;: HTML pour la lecture, JSON pour le support de deuxième niveau, Markdown ou texte. Les secrets sont supprimés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation>Copier pour le ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation>Copie un résumé en texte brut pour un ticket. Les secrets sont supprimés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation>Paquet de support…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation>Un seul fichier zip pour le support de deuxième niveau : le rapport, le journal et le journal des correctifs de cet outil, ainsi que les journaux propres à l&apos;agent, sans les secrets. La liste s&apos;affiche avant l&apos;écriture du fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation>Afficher le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation>Affiche le journal de cette session, avec les secrets masqués.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation>Fichier journal&#xa0;: aucun (cette session journalise uniquement en mémoire).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Fichier journal&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation>Aucune vérification n&apos;a été exécutée&#xa0;: rien n&apos;est donc encore connu. Cliquez sur Précédent pour les exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation>Quelque chose bloque l&apos;agent. Traitez les éléments en échec ci-dessous, puis relancez les vérifications.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation>Certaines vérifications n&apos;ont pas pu s&apos;exécuter&#xa0;: le bilan est donc incomplet. Voir ci-dessous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation>Certaines vérifications ont été annulées&#xa0;: le bilan est donc incomplet. Cliquez sur Précédent pour les relancer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation>Rien ne bloque l&apos;agent, mais certains éléments méritent d&apos;être examinés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation>Aucun élément bloquant pour l&apos;agent n&apos;a été trouvé. Vous pouvez continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation>Réussi&#xa0;: %1 · Avertissements&#xa0;: %2 · Échec&#xa0;: %3 · Impossible à exécuter&#xa0;: %4 · Non applicable&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation> · Annulé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>Redémarrez le serveur une fois avant l&apos;inscription&#xa0;: %n modification effectuée dans cette session ne prend effet qu&apos;après un redémarrage.</numerusform>
            <numerusform>Redémarrez le serveur une fois avant l&apos;inscription&#xa0;: %n modifications effectuées dans cette session ne prennent effet qu&apos;après un redémarrage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Documentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation>Aucune vérification ne nécessite d&apos;attention.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation>Correctifs appliqués dans cette session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation>À vérifier maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation>Lecture des enregistrements de correctifs de cette session…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Enregistrement du rapport…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation>Impossible d&apos;enregistrer le rapport.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>Le rapport n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Choisissez un autre dossier (dans lequel ce compte peut écrire) et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation>Résumé copié dans le Presse-papiers (secrets supprimés). Collez-le dans le ticket.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>Paquet de support enregistré dans %1 (%n fichier). Envoyez-le au support de deuxième niveau.</numerusform>
            <numerusform>Paquet de support enregistré dans %1 (%n fichiers). Envoyez-le au support de deuxième niveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation>%1 n&apos;est pas inclus&#xa0;: aucun fichier n&apos;existe encore à l&apos;emplacement %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation>%1 n&apos;est pas inclus&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation>Les journaux de l&apos;agent ne sont pas inclus&#xa0;: cette session n&apos;a aucune machine sur laquelle les lire.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation>%1 (%2) n&apos;est pas inclus&#xa0;: ce journal n&apos;existe pas sur cette machine (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation>%1 (%2) n&apos;est pas inclus&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation>le rapport&#xa0;: ouvrez-le dans un navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation>le rapport avec toutes les valeurs, pour les outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation>un résumé à coller dans un ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation>le journal de cet outil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation>ce que les correctifs de cet outil ont modifié, fichier par fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation>le journal des correctifs de cet outil (ce que chaque correctif a modifié et comment l&apos;annuler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation>Le journal de cet outil n&apos;est pas inclus&#xa0;: cette session journalise uniquement en mémoire.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation>Outil de dépannage de l&apos;agent MARS&#xa0;: paquet de support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation>Session&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation>Créé (UTC)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation>Machine&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation>SIMULÉ&#xa0;: les rapports et les journaux décrivent un fichier de scénario, pas une machine réelle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation>Les mots de passe, clés, certificats et jetons sont remplacés par %1 dans chaque fichier. Les noms et les chemins sont conservés, comme dans le rapport enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>Fichiers&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>les derniers %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation>créé par cet outil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation>Non inclus&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation>Le paquet de support n&apos;a pas pu être écrit dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation>Paquet de support</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation>Un seul fichier zip pour le support de deuxième niveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation>Ces fichiers seront placés dans le zip. Les mots de passe, clés, certificats et jetons sont remplacés par [REDACTED]&#xa0;; les noms et les chemins sont conservés, comme dans le rapport enregistré&#xa0;: n&apos;envoyez donc le paquet qu&apos;à votre équipe de support ou à Microsoft. Rien n&apos;est écrit tant que vous n&apos;avez pas choisi l&apos;emplacement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation>Collecte des fichiers…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation>Contenu et provenance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>%n fichier, %1 avant compression, plus manifest.txt, qui en dresse la liste.</numerusform>
            <numerusform>%n fichiers, %1 avant compression, plus manifest.txt, qui en dresse la liste.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation>créé par cet outil pour cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>les derniers %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation>Non inclus&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation>Enregistrer le paquet de support</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation>Écriture du paquet de support…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation>Le paquet de support n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation>Le paquet de support n&apos;a pas pu être enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Choisissez un autre dossier (dans lequel ce compte peut écrire) et enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation>Impossible d&apos;enregistrer le paquet de support.</translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation> (vue 32 bits)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation>«&#xa0;%1&#xa0;» (%2, pas un nombre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation>données %1, pas un nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation>Pour un partage d&apos;écran&#xa0;: texte plus grand, et noms d&apos;utilisateur, noms de machine, adresses e-mail et ID du client masqués à l&apos;écran. Les rapports enregistrés les conservent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation>Revient à la page précédente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation>Passe à la page suivante, dont les vérifications démarrent immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation>Ferme l&apos;outil de dépannage. Si un rapport mérite d&apos;être conservé, l&apos;outil vous le demande d&apos;abord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation>Ferme l&apos;outil de dépannage.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>Outil de dépannage de l&apos;agent MARS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation>%1 — SIMULÉ&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation>l&apos;horloge d&apos;Azure (en-tête Date de la réponse de %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation>l&apos;horloge de ce serveur (aucune adresse Azure n&apos;a répondu pour la comparaison)</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 ou UTF-16&#xa0;: il est endommagé ou ce n&apos;est pas un fichier d&apos;informations d&apos;identification du coffre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation>Le fichier contient bien plus de XML qu&apos;un fichier d&apos;informations d&apos;identification du coffre&#xa0;: ce n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation>Le fichier contient une déclaration de type de document (DTD), ce qu&apos;un fichier d&apos;informations d&apos;identification du coffre n&apos;a jamais&#xa0;: il a été modifié ou ce n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation>Il s&apos;agit d&apos;un fichier d&apos;informations d&apos;identification Azure Site Recovery, et non Backup&#xa0;: téléchargez les informations d&apos;identification du coffre depuis les paramètres de sauvegarde du coffre (Propriétés &gt; Informations d&apos;identification de sauvegarde, en anglais Properties &gt; Backup Credentials).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>Le fichier est au format XML, mais ce n&apos;est pas un fichier d&apos;informations d&apos;identification du coffre&#xa0;: il commence par &lt;%1&gt; au lieu de &lt;RSBackupVaultAADCreds&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation>L&apos;élément &lt;RSBackupVaultAADCreds&gt; du fichier n&apos;est pas dans l&apos;espace de noms que lit l&apos;agent (%1)&#xa0;: le fichier a été modifié ou créé à la main.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation>Le fichier n&apos;est pas un XML valide (%1 à la ligne %2)&#xa0;: il est endommagé, tronqué ou ce n&apos;est pas un fichier d&apos;informations d&apos;identification du coffre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation>aucun élément</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation>Il manque au fichier %1, nécessaire à l&apos;inscription&#xa0;: il est incomplet ou a été modifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation>Le certificat du fichier (ManagementCert) n&apos;est pas en base 64 valide&#xa0;: le fichier est endommagé.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation>Le fichier se trouve sur un emplacement réseau&#xa0;; il n&apos;est lu que depuis un disque local de ce serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation>Le fichier fait %1 Ko, bien plus qu&apos;un fichier d&apos;informations d&apos;identification du coffre (quelques Ko)&#xa0;: ce n&apos;en est pas un, ou il a été endommagé.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation>Coffre&#xa0;: %1 · Groupe de ressources&#xa0;: %2 · Région&#xa0;: %3
Abonnement&#xa0;: %4 · Locataire&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation>Le fichier n&apos;a pas pu être vérifié.</translation>
    </message>
</context>
<context>
    <name>mars::Verdict</name>
    <message>
        <location filename="../checks/engine/Verdict.cpp" line="+47"/>
        <source>PASS</source>
        <extracomment>Verdict labels of the console table: short, upper case.</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <extracomment>The check itself could not run (the probe failed), as opposed to FAIL.</extracomment>
        <translation>ERREUR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>HORS DÉLAI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation>ANNULÉ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation>NON EXÉCUTÉ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation>Impossible à exécuter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>Pas encore exécuté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation>Pourquoi l&apos;installation ou l&apos;inscription de l&apos;agent Azure Backup (MARS) échoue-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation>Indiquez ce que vous essayez de faire ; l&apos;outil vérifiera ensuite ce serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation>L&apos;outil exécute d&apos;abord une série de vérifications qui se contentent de lire les paramètres de ce serveur — rien n&apos;est modifié. Si une vérification détecte un problème qu&apos;elle peut corriger, elle vous montre exactement ce qui changerait, et rien ne change tant que vous n&apos;avez pas confirmé le correctif.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation>La langue de l&apos;outil de dépannage et de ses rapports. Si vous la changez, cette page s&apos;affiche de nouveau dans cette langue : vos saisies sont conservées (une phrase secrète doit être saisie de nouveau) et les vérifications sont relancées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation>Communiquez cet ID au support&#xa0;: il figure sur chaque ligne de journal, chaque rapport et chaque enregistrement de correctif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Session&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation>Droits&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation>Que voulez-vous faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation>Installer l&apos;agent sur ce serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation>Inscrire ce serveur auprès d&apos;un coffre Recovery Services (agent déjà installé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation>Inscrire à nouveau ce serveur (il a déjà été inscrit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation>Les vérifications de l&apos;installation s&apos;exécutent d&apos;abord, puis celles de l&apos;inscription.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation>Les vérifications de l&apos;inscription s&apos;exécutent&#xa0;: la connexion à Azure, le fichier d&apos;informations d&apos;identification du coffre, l&apos;horloge et l&apos;état de santé de l&apos;agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation>Les vérifications de l&apos;inscription, ainsi que ce qu&apos;exige une nouvelle inscription&#xa0;: la même phrase secrète et le nom sous lequel le coffre connaît ce serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation>Détails (facultatif — laissez vide si vous ne savez pas encore)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation>Rechercher le dossier d&apos;installation de l&apos;agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation>Choisissez le dossier d&apos;installation de l&apos;agent dans une boîte de dialogue de sélection de dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation>Dossier d&apos;installation de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation>Le fichier .VaultCredentials téléchargé depuis le portail Azure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation>Rechercher le fichier d&apos;informations d&apos;identification du coffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation>Choisissez le fichier .VaultCredentials dans une boîte de dialogue de sélection de fichier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation>Fichier d&apos;informations d&apos;identification du coffre&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation>Erreur rencontrée par le client :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation>Phrase secrète de chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation>Azure (public)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure China (21Vianet)</source>
        <translation>Azure China (21Vianet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud:</source>
        <translation>Cloud Azure&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation>Cloud Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation>Le cloud Azure dans lequel se trouve le coffre. Il détermine les adresses que testent les vérifications de la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation>Entrées pour le laboratoire et la formation (pas pour le serveur d&apos;un client)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation>Une liste JSON de points de terminaison qui remplace celle du cloud (docs/endpoints.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation>Fichier PEM de certificats d&apos;autorité de certification approuvés pour cette exécution uniquement (jamais installés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation>http://host:port, testé comme chemin supplémentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation>Fichier de points de terminaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation>Racines approuvées supplémentaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation>Proxy supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation>Fichier de points de terminaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation>Racines approuvées supplémentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation>Proxy supplémentaire</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation>Impossible de lire les droits de ce compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation>Exécution en tant qu&apos;administrateur (avec élévation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation>Administrateur, mais sans élévation — certaines vérifications et certains correctifs nécessitent de redémarrer l&apos;outil en tant qu&apos;administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation>Pas administrateur</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation>Choisir le dossier d&apos;installation de l&apos;agent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation>Choisir le fichier d&apos;informations d&apos;identification du coffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation>Informations d&apos;identification du coffre (*.VaultCredentials)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation>Impossible d&apos;ouvrir %1 pour voir vers où il mène&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation>Le chemin complet de %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation>Seuls les attributs lecture seule, caché, système, compressé et chiffré peuvent être modifiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation>Un attribut ne peut pas être activé et désactivé en même temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation>NTFS ne peut pas compresser et chiffrer le même fichier ou dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation>Les attributs de %1 ne peuvent pas être lus</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation>%1 est un lien ou une jonction (point d&apos;analyse). Ses attributs ne sont pas modifiés, et l&apos;emplacement vers lequel il pointe n&apos;est pas suivi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation>Les attributs de %1 ne peuvent pas être modifiés</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation>Impossible d&apos;ouvrir %1 pour modifier sa compression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation>%1 a été remplacé pendant la modification de ses attributs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation>Impossible de compresser %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation>Impossible de décompresser %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation>%1 a été remplacé pendant la modification de ses attributs&#xa0;; son chiffrement n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation>%1 a été remplacé juste après la modification de son chiffrement&#xa0;; vérifiez le dossier avant de continuer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation>Impossible de chiffrer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation>Impossible de déchiffrer %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation>Le dossier %1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation>Le dossier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation>Le chemin complet du dossier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation>Impossible de trouver le dossier Windows</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation>Le contenu du dossier %1 ne peut pas être énuméré</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation>L&apos;énumération du dossier %1 s&apos;est arrêtée</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation>Impossible de créer un fichier de test dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation>Impossible de trouver %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation>Impossible de trouver le volume de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation>Impossible de lire l&apos;espace libre du volume de %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation>Windows n&apos;a pas indiqué sa version (RtlGetVersion).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation>Impossible de lire le fuseau horaire</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation>Impossible de trouver le dossier système de Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation>L&apos;outil de temps Windows %1 est absent de cet ordinateur&#xa0;: l&apos;horloge ne peut donc pas être réglée à partir de sa source de temps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation>Impossible de démarrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation>w32tm /resync ne s&apos;est pas terminé en %1 secondes (pas de réponse de la source de temps&#xa0;?)&#xa0;; il a été arrêté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation>w32tm /resync a été arrêté avant la fin (annulé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation>w32tm /resync s&apos;est terminé de façon anormale.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation>Le service de temps Windows ne s&apos;exécute pas&#xa0;: w32tm ne peut donc pas resynchroniser l&apos;horloge (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation>w32tm /resync a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation>w32tm /resync a échoué avec %1&#xa0;; sa sortie est conservée comme élément de preuve.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation>w32tm /resync s&apos;est terminé avec le code de sortie %1&#xa0;; sa sortie est conservée comme élément de preuve.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation>Impossible de lire le paramètre de proxy WinHTTP</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation>La valeur de Registre %1 dans %2 est trop courte pour son type (%3 octets).</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+75"/>
        <location line="+48"/>
        <location line="+30"/>
        <location line="+27"/>
        <location line="+19"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+33"/>
        <source>The registry key %1 does not exist.</source>
        <translation>La clé de Registre %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation>La clé de Registre %1 ne peut pas être ouverte</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation>La valeur de Registre %1 n&apos;existe pas dans %2.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation>La valeur de Registre %1 dans %2 ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation>Les sous-clés de la clé de Registre %1 ne peuvent pas être comptées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation>Les valeurs de la clé de Registre %1 ne peuvent pas être comptées</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation>Les sous-clés de la clé de Registre %1 ne peuvent pas être énumérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation>Les valeurs de la clé de Registre %1 ne peuvent pas être énumérées</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation>Le texte de la valeur de Registre %1 contient un caractère NUL, qu&apos;une chaîne du Registre ne peut pas contenir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation>La clé de Registre %1 ne peut pas être ouverte en écriture</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation>La valeur de Registre %1 dans %2 ne peut pas être écrite</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation>La clé de Registre %1 ne peut être ni ouverte ni créée</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation>La valeur de Registre %1 dans %2 ne peut pas être supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>La racine d&apos;une ruche du Registre ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation>Le contenu de la clé de Registre %1 ne peut pas être compté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation>La clé de Registre %1 ne peut pas être supprimée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation>Windows Update attend un redémarrage (clé de Registre ...\WindowsUpdate\Auto Update\RebootRequired).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation>Des composants ou des mises à jour Windows installés attendent un redémarrage (clé de Registre ...\Component Based Servicing\RebootPending).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation>Le marqueur de redémarrage HKLM\%1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation>Des fichiers attendent d&apos;être remplacés ou supprimés au prochain redémarrage (valeur de Registre PendingFileRenameOperations dans ...\Control\Session Manager).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation>Impossible de se connecter au Gestionnaire de contrôle des services</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation>Le service %1 ne peut pas être ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation>L&apos;état du service %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation>La configuration du service %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation>Le service %1 ne peut pas être ouvert pour être démarré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation>Le service %1 ne peut pas être démarré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation>Le service %1 s&apos;est de nouveau arrêté juste après son démarrage (code de sortie %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation>Le service %1 ne peut pas être ouvert pour être arrêté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation>Le service %1 n&apos;a pas été arrêté, car d&apos;autres services en cours d&apos;exécution en dépendent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation>Le service %1 ne peut pas être arrêté</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation>Impossible de lire le jeton d&apos;accès de ce programme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation>Impossible de construire le SID du groupe Administrateurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation>Impossible de déterminer si ce programme s&apos;exécute avec élévation</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation>Impossible de vérifier l&apos;appartenance au groupe Administrateurs</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation>Groupe Administrateurs dans le jeton complet lié à ce jeton filtré (UAC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation>Groupe Administrateurs marqué «&#xa0;refus uniquement&#xa0;» (deny-only) dans ce jeton filtré (UAC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation>Groupe Administrateurs activé dans ce jeton avec élévation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation>Groupe Administrateurs dans le jeton de ce processus (pas de jeton UAC scindé)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation>Impossible de trouver le fichier de ce programme&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation>Impossible de trouver le fichier de ce programme&#xa0;: le chemin est trop long.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation>L&apos;outil de dépannage redémarre avec des droits d&apos;administrateur&#xa0;; cette fenêtre se ferme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation>Windows n&apos;a pas démarré l&apos;outil de dépannage en tant qu&apos;administrateur, car l&apos;invite a été refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation>Windows n&apos;a pas pu démarrer l&apos;outil de dépannage en tant qu&apos;administrateur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation>Le fichier %1 est introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation>%1 est un dossier, pas un fichier programme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation>Le fichier %1 ne contient pas d&apos;informations de version (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation>La version de %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation>Le fichier %1 contient des informations de version sans numéro de version.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 est un dossier, pas un fichier texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>Le fichier %1 ne peut pas être ouvert en lecture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation>La taille de %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation>Le fichier %1 ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation>%1 est un chemin réseau sans nom de partage (\\server\share).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation>Il n&apos;y a pas de lecteur %1 sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation>Ni %1 ni aucun dossier parent n&apos;existent</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation>%1 se trouve sur un lecteur réseau&#xa0;; sa déduplication dépend du serveur de fichiers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation>Le lecteur %1 ne répond pas (pas prêt ou hors connexion)&#xa0;: sa déduplication ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation>Ce système (Wine) n&apos;a pas de gestionnaire de filtres&#xa0;: il est donc impossible de vérifier si la déduplication des données est activée pour %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation>La bibliothèque du gestionnaire de filtres (fltlib.dll) n&apos;est pas disponible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation>Cette version de Windows ne propose pas l&apos;énumération des volumes du gestionnaire de filtres (fltlib.dll)&#xa0;: la déduplication ne peut donc pas être vérifiée.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation>Les filtres attachés à %1 ne peuvent pas être énumérés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation>%1&#xa0;: seul un administrateur peut interroger le gestionnaire de filtres (redémarrez en tant qu&apos;administrateur).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation>Windows n&apos;indique pas où se trouve le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation>Initialisation de COM pour Windows Update (CoInitializeEx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation>Impossible de démarrer un thread pour interroger Windows Update&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation>Windows Update n&apos;a pas fourni son historique en %1 secondes (son service est peut-être en cours de démarrage ou bloqué).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une empreinte SHA-1 (40 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>Impossible d&apos;ouvrir le magasin de certificats Autorités de certification racines de confiance de l&apos;ordinateur (LocalMachine\Root)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>Impossible de rechercher dans le magasin de certificats Autorités de certification racines de confiance de l&apos;ordinateur (LocalMachine\Root)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation>Impossible d&apos;ouvrir le magasin de certificats %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation>Impossible d&apos;énumérer le contenu du magasin de certificats %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation>Impossible de lire le nom de l&apos;ordinateur (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation>Impossible de lire le domaine ou le groupe de travail (NetGetJoinInformation)</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation>Lecture du chemin de la tâche %1 (get_Path)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation>Lecture de l&apos;état activé de la tâche %1 (get_Enabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation>Lecture de la définition de la tâche %1 (get_Definition)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation>Lecture des paramètres de la tâche %1 (get_Settings, get_MultipleInstances)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation>Lecture du compte qui exécute la tâche %1 (get_Principal&#xa0;: utilisateur, groupe, type d&apos;ouverture de session, niveau d&apos;exécution)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation>Lecture des déclencheurs de la tâche %1 (get_Triggers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation>Lecture de l&apos;état activé des déclencheurs de la tâche %1</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation>Initialisation de COM pour le Planificateur de tâches (CoInitializeEx)</translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation>la valeur de Registre InstallPath de l&apos;agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation>le dossier saisi sur la première page</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation>le dossier par défaut du programme d&apos;installation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation>la valeur de Registre Config\ScratchLocation de l&apos;agent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation>la valeur de Registre CloudBackupProvider\ScratchLocation de l&apos;agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation>la valeur par défaut du programme d&apos;installation&#xa0;: Scratch dans le dossier d&apos;installation</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation>Ni %1 ni aucun dossier parent n&apos;existent.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation>HKLM\%1\%2 n&apos;a pas pu être lu&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation>Aucun chemin n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation>%1 est un chemin réseau&#xa0;; seul un dossier sur un lecteur local est accepté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation>%1 n&apos;est pas un chemin complet sur un lecteur (par exemple C:\Folder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation>%1 est relatif au dossier courant du lecteur&#xa0;; ce n&apos;est pas un chemin complet (par exemple C:\Folder).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation>%1 désigne un flux de fichier ou de dossier (&quot;:&quot;), pas un dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation>%1 contient un caractère interdit dans un nom de dossier.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation>Cet ordinateur n&apos;exécute pas Windows&#xa0;: il n&apos;y a donc aucun journal de l&apos;agent à collecter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation>la dernière installation de l&apos;agent (journal d&apos;installation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation>les mises à jour de l&apos;agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation>Le dossier Temp du système est introuvable, les journaux d&apos;installation manquent donc&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation>L&apos;emplacement d&apos;installation de l&apos;agent n&apos;a pas pu être lu, ses propres journaux manquent donc&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation>L&apos;agent n&apos;est pas installé&#xa0;: il n&apos;a donc pas encore de journaux propres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation>le moteur de sauvegarde de l&apos;agent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation>la connexion de l&apos;agent au coffre (journal le plus récent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation>Le contenu du dossier de journaux de l&apos;agent %1 n&apos;a pas pu être énuméré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation>Il n&apos;y a aucun fichier GatewayProvider*.errlog dans %1.</translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation>l&apos;article du support Microsoft sur l&apos;erreur 0x1FBD3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation>la FAQ de Microsoft sur l&apos;agent MARS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation>la matrice de prise en charge de Microsoft pour l&apos;agent MARS</translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation>des informations d&apos;identification du coffre non valides (ID&#xa0;: 34513)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation>Téléchargez un nouveau fichier d&apos;informations d&apos;identification du coffre et procédez immédiatement à l&apos;inscription&#xa0;; les vérifications de cet outil de dépannage portant sur les informations d&apos;identification du coffre, le réseau, TLS, l&apos;horloge et le dossier Temp indiquent la cause.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation>un fichier d&apos;informations d&apos;identification du coffre qu&apos;il n&apos;a pas pu lire (ID&#xa0;: 34528)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation>Téléchargez à nouveau le fichier d&apos;informations d&apos;identification du coffre dans un dossier local et choisissez ce fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation>un fichier d&apos;informations d&apos;identification du coffre expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation>Téléchargez un nouveau fichier d&apos;informations d&apos;identification du coffre et procédez immédiatement à l&apos;inscription&#xa0;; si la vérification de l&apos;horloge signale une horloge incorrecte, corrigez d&apos;abord ce point.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation>un fichier d&apos;informations d&apos;identification d&apos;un autre coffre que celui du serveur (ID&#xa0;: 100110)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation>Utilisez les informations d&apos;identification du coffre auprès duquel ce serveur est inscrit, ou déplacez le serveur en connaissance de cause (voir la vérification du coffre d&apos;inscription).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation>un proxy qui demande une authentification ((407) Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation>Indiquez à l&apos;agent le nom d&apos;utilisateur et le mot de passe du proxy dans la console MARS (Modifier les propriétés &gt; Configuration du proxy, en anglais Change Properties &gt; Proxy configuration), ou demandez à l&apos;équipe réseau de laisser passer le serveur sans authentification.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation>une absence de connexion à Azure Backup (ID&#xa0;: 100050)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation>Consultez les vérifications du proxy et de la connexion de cet outil de dépannage&#xa0;: un proxy ou un pare-feu bloque l&apos;agent, ou un logiciel antivirus interfère.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation>une activation qui n&apos;a pas abouti (erreur de service interne 0x1FC07)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation>Consultez les vérifications du dossier de cache (espace, emplacement, déplacement inachevé)&#xa0;; si elles réussissent, le coffre a peut-être atteint sa limite de serveurs inscrits.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation>une phrase secrète de chiffrement mal configurée (ID&#xa0;: 34506)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation>Consultez les vérifications du dossier de cache&#xa0;: les deux valeurs ScratchLocation doivent désigner le même dossier existant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation>un serveur renommé (Resource not provisioned in service stamp, ID&#xa0;: 230006)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation>Redonnez au serveur le nom sous lequel il a été inscrit, ou inscrivez-le à nouveau sous son nouveau nom (sa première sauvegarde sera alors complète).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation>un agent trop ancien pour Azure Backup (0x1FBD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation>Mettez à niveau l&apos;agent, puis inscrivez à nouveau le serveur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation>une connexion fermée par l&apos;hôte distant (10054), généralement parce que TLS 1.2 n&apos;est pas proposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation>Consultez les vérifications TLS 1.2 de cet outil de dépannage (paramètres SCHANNEL et .NET), appliquez leurs correctifs, puis redémarrez le serveur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation>un nom qui n&apos;a pas pu être résolu (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation>Consultez les vérifications DNS et proxy de cet outil de dépannage&#xa0;: le serveur ne parvient pas à résoudre les noms d&apos;Azure, ou le proxy qu&apos;il utilise n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation>une tentative de connexion qui a échoué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;autoriser TCP 443 vers l&apos;adresse de la ligne citée, et consultez les vérifications de connexion de cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation>une erreur TLS/SSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation>Consultez les vérifications TLS 1.2, d&apos;inspection TLS et de certificats racines de cet outil de dépannage.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation>un élément expiré (certificat ou informations d&apos;identification)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation>Consultez les vérifications de l&apos;horloge et des informations d&apos;identification du coffre de cet outil de dépannage.</translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server (build %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation>Windows Server, canal semi-annuel (build %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation>Windows %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
</context>
</TS>
