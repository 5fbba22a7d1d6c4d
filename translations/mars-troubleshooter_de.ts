<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation>%1 wird als %2 statt des geschriebenen Texts zurückgelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation>%1 wurde als %2 statt %3 zurückgelesen; der alte Text wurde zurückgeschrieben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation>Modulordner des Agents zu PSModulePath hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation>Ob der PSModulePath des Computers den Modulordner des Agents bereits enthält, ist unklar: Führen Sie zuerst die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation>Der Installationsordner des Agents ist unbekannt, daher kann sein Modulordner nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation>Der PSModulePath des Computers kann mit dieser Korrektur nicht erweitert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation>Dieser Server hat keinen PSModulePath-Wert auf Computerebene; diese Korrektur ergänzt nur einen vorhandenen Wert. Fügen Sie ihn unter Systemeigenschaften &gt; Erweitert &gt; Umgebungsvariablen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation>%1 ist kein Textwert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation>Der PSModulePath des Computers enthält den Modulordner des Agents bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation>Es gibt nichts hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation>Der Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation>erfordert einen Neustart: Dienst und Aufgaben des Agents lesen PSModulePath beim Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation>%1 am Ende des PSModulePath des Computers hinzufügen (%2 bleibt unverändert, alle vorhandenen Einträge bleiben erhalten). Der alte Wert wird zuvor im Korrekturjournal gespeichert. Die Änderung wird nach einem Neustart des Servers wirksam.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation>„Rückgängig machen“ schreibt den alten Wert zurück, sofern PSModulePath seitdem nicht geändert wurde. Auch dies wird erst nach einem Neustart wirksam.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation>Registry-Wert %1 wird geändert</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation>Der Plan passt nicht zum Modulordner des Agents; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Der PSModulePath des Computers hat sich seit der Vorschau geändert; es wurde nichts geändert. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation>Der Modulordner des Agents wurde zum PSModulePath des Computers hinzugefügt. Starten Sie den Server neu, damit Dienst und Aufgaben des Agents ihn sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation>Ob der PSModulePath des Computers wiederhergestellt ist, ist unklar: Vergleichen Sie ihn mit dem Vorher-Zustand im Journal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>Der Journaleintrag gibt nicht an, welcher Wert wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation>Der PSModulePath des Computers wird nicht wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation>Der alte Wert im Journaleintrag enthält Einträge, die die Korrektur dort nicht vorgefunden hat; „Rückgängig machen“ entfernt nur den Ordner, den die Korrektur hinzugefügt hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation>PSModulePath des Computers auf den Stand vor der Korrektur zurücksetzen. Die Änderung wird nach einem Neustart des Servers wirksam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation>Wenn Sie die Korrektur erneut ausführen, wird der Ordner wieder hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 wurde nach der Korrektur erneut geändert (jetzt: %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation>Der alte Wert im Journaleintrag enthält Einträge, die die Korrektur dort nicht vorgefunden hat; „Rückgängig machen“ entfernt nur den Ordner, den die Korrektur hinzugefügt hat. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation>%1 wurde nach der Korrektur erneut geändert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation>Der PSModulePath des Computers wurde wiederhergestellt. Starten Sie den Server neu, damit der Agent die Änderung sieht.</translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation>Administratorkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation>Zum Installieren und Registrieren des Agents ist ein Konto in der lokalen Gruppe „Administratoren“ nötig.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation>Es konnte nicht ermittelt werden, ob dieses Konto ein Administrator ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation>Prüfen Sie das Konto unter Computerverwaltung &gt; Lokale Benutzer und Gruppen &gt; Administratoren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation>Das Konto %1 ist Administrator auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation>Das Konto %1 ist kein Administrator und kann den Backup-Agent daher weder installieren noch registrieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation>Gruppe „Administratoren“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>kein Mitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation>Ermittlungsweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation>Tokenmitgliedschaft in BUILTIN\Administrators: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation>Melden Sie sich mit einem Konto an, das Mitglied der lokalen Gruppe „Administratoren“ ist (oder bitten Sie die IT-Abteilung des Kunden, dieses Konto aufzunehmen), und starten Sie die Problembehandlung dann erneut.</translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation>Der Installationsort des Agents konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation>Der Agent ist nicht installiert, daher gibt es hier noch nichts zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation>Agent installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation>Antivirenausschlüsse für den Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation>Eine Antivirensoftware, die das Modul und den Cacheordner des Agents überprüft, kann seine Dateien sperren, sodass die Registrierung mit „Invalid vault credentials provided“ (ID: 34513) oder „unable to connect“ (ID: 100050) fehlschlägt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation>Ob Microsoft Defender ausgeführt wird, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation>Microsoft Defender ist installiert, wird aber nicht ausgeführt und überprüft daher die Dateien des Agents nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation>Microsoft Defender ist auf diesem Server nicht installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation>Der Echtzeitschutz von Microsoft Defender ist deaktiviert, daher überprüft er die Dateien des Agents nicht bei deren Verwendung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation>Der Installationsordner des Agents konnte nicht ermittelt werden, daher können seine Ausschlüsse nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation>Die Ausschlüsse von Microsoft Defender konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation>Microsoft Defender überprüft in Echtzeit, aber seine Ausschlüsse konnten ohne erhöhte Rechte nicht gelesen werden; ob er die Dateien des Agents ausspart, ist daher unbekannt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation>Führen Sie die Problembehandlung als Administrator aus (Als Administrator neu starten), um sie zu lesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation>den Prozess %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation>den Ordner %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation>Microsoft Defender schließt das Modul des Agents (cbengine.exe), seinen bin-Ordner und seinen Cacheordner aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation>Microsoft Defender überprüft in Echtzeit, schließt aber %1 nicht aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation>Die Ausschlüsse von Defender werden hier per Gruppenrichtlinie festgelegt (DisableLocalAdminMerge): Bitten Sie den Administrator, sie dort hinzuzufügen (die PowerShell-Entsprechung lautet: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation>Führen Sie in PowerShell als Administrator Folgendes aus: %1 (Manipulationsschutz oder Gruppenrichtlinie können dies verhindern; wenden Sie sich dann an den Administrator).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation>Der Cacheordner konnte nicht ermittelt werden (%1), daher wurde sein Ausschluss nicht geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation>Auf diesem Server wird eine andere Antivirensoftware ausgeführt (%1); ob sie den Agent ausschließt, ist hier nicht bekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation>Fügen Sie in %1 dieselben Ausschlüsse hinzu: den Prozess cbengine.exe, den bin-Ordner des Agents und seinen Cacheordner.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation>Ältere Empfehlungen von Microsoft schließen zusätzlich csc.exe jedes .NET Framework aus (zum Beispiel %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); dies wird hier nicht geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation>Microsoft Defender (WinDefend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>wird ausgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>wird nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation>Echtzeitschutz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation>unbekannt (nicht lesbar)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation>Ausgeschlossene Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation>Ausgeschlossene Prozesse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation>Andere aktive Antivirensoftware</translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation>Azure-Stammzertifikate auf diesem Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation>Azure-Adressen weisen ihre Identität mit Zertifikaten nach, die auf einige wenige Stammzertifizierungsstellen zurückgehen. Windows akzeptiert eine solche Verbindung nur, wenn es dem Stammzertifikat vertraut. Ein Server, dem die Stammzertifikate fehlen und der sie nicht herunterladen darf, lehnt die Verbindung ab, und die Registrierung schlägt fehl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation>Die vertrauenswürdigen Stammzertifikate dieses Servers (LocalMachine\Root) konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation>Die Richtlinie, die Windows das Herunterladen von Stammzertifikaten erlaubt oder verbietet, konnte nicht gelesen werden, und %1 und %2 befinden sich nicht im Speicher für vertrauenswürdige Stammzertifikate dieses Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation>Weder %1 noch %2 befindet sich im Speicher für vertrauenswürdige Stammzertifikate dieses Servers, und automatische Updates von Stammzertifikaten sind per Richtlinie deaktiviert. Windows kann sie daher nicht abrufen, wenn die Azure-Zertifikate sie benötigen: Die Registrierung kann mit einem Zertifikatfehler fehlschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation>Lassen Sie Ihr Sicherheitsteam entscheiden, und importieren Sie dann entweder die beiden Stammzertifikate in den Speicher „Vertrauenswürdige Stammzertifizierungsstellen“ des lokalen Computers dieses Servers (certlm.msc oder certutil -addstore Root &lt;file&gt;), wie es Microsofts „Azure TLS certificate changes“ für Server ohne Internetzugang verlangt: %1 und %2. Oder erlauben Sie Windows wieder das Abrufen von Stammzertifikaten: Setzen Sie die Richtlinie „Automatisches Update der Stammzertifikate deaktivieren“ (Computerkonfiguration &gt; Administrative Vorlagen &gt; System &gt; Internetkommunikationsverwaltung &gt; Internetkommunikationseinstellungen) auf „Nicht konfiguriert“, und erlauben Sie diesem Server HTTP-Zugriff auf ctldl.windowsupdate.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation>%1 und %2 befinden sich noch nicht im Speicher für vertrauenswürdige Stammzertifikate dieses Servers. Das ist in Ordnung, solange automatische Updates von Stammzertifikaten aktiviert sind: Windows ruft ein Stammzertifikat ab, wenn eine Verbindung es zum ersten Mal benötigt (von ctldl.windowsupdate.com, das erreichbar sein muss).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation>Alle sechs Stammzertifikate, auf die die TLS-Zertifikate von Azure zurückgehen, befinden sich im Speicher für vertrauenswürdige Stammzertifikate dieses Servers: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation>Der Speicher für vertrauenswürdige Stammzertifikate dieses Servers enthält %1, worauf die TLS-Zertifikate von Azure zurückgehen (nicht vorhanden: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation>nicht im Zertifikatspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation> (automatische Updates von Stammzertifikaten deaktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation> (automatische Updates von Stammzertifikaten aktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation>Richtlinie DisableRootAutoUpdate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation>Per SHA-1-Fingerabdruck in LocalMachine\Root gesucht: %1. Gelesen: HKLM\%2 %3 (REG_DWORD), festgelegt durch die Richtlinie „Automatisches Update der Stammzertifikate deaktivieren“: 1 bedeutet, dass Windows keine Stammzertifikate herunterlädt. Solange sie deaktiviert oder nicht festgelegt ist, lädt Windows ein fehlendes Stammzertifikat von Windows Update (ctldl.windowsupdate.com, HTTP) herunter, wenn eine Zertifikatkette es zum ersten Mal benötigt.</translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation>„Windows Azure Tools“-Zertifikate</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Jede Datei mit Tresoranmeldeinformationen bringt ein „Windows Azure Tools“-Zertifikat mit; viele alte oder abgelaufene Zertifikate im persönlichen Speicher sind eine bekannte Ursache für „Invalid vault credentials provided“ (ID: 34513).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation>Der Zertifikatspeicher %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificate(s), %1 of them expired, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n „Windows Azure Tools“-Zertifikat, davon %1 abgelaufen, das von früheren Dateien mit Tresoranmeldeinformationen stammt.</numerusform>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n „Windows Azure Tools“-Zertifikate, davon %1 abgelaufen, die von früheren Dateien mit Tresoranmeldeinformationen stammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n „Windows Azure Tools“-Zertifikat, das von früheren Dateien mit Tresoranmeldeinformationen stammt.</numerusform>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n „Windows Azure Tools“-Zertifikate, die von früheren Dateien mit Tresoranmeldeinformationen stammen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation>Wenn die Registrierung mit „Invalid vault credentials provided“ fehlschlägt, öffnen Sie certlm.msc (und certmgr.msc), Eigene Zertifikate &gt; Zertifikate, entfernen Sie die abgelaufenen und alten „Windows Azure Tools“-Zertifikate, und versuchen Sie es mit einer neu heruntergeladenen Datei erneut. Entfernen Sie kein Zertifikat, das ein registrierter Agent möglicherweise noch verwendet (dieses Tool löscht sie nie).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation>In den persönlichen Zertifikatspeichern befinden sich keine „Windows Azure Tools“-Zertifikate.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n gültiges „Windows Azure Tools“-Zertifikat, was nicht zu viele sind.</numerusform>
            <numerusform>Die persönlichen Zertifikatspeicher enthalten %n gültige „Windows Azure Tools“-Zertifikate, was nicht zu viele sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation>Pro Zertifikatspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation>Mit privatem Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation>Spätester Ablauf (NotAfter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation>CurrentUser\My ist der Speicher des Kontos, unter dem dieses Tool ausgeführt wird; der Dienst des Agents selbst wird als SYSTEM ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ClockSkewCheck</name>
    <message>
        <location filename="../checks/catalog/time/ClockSkewCheck.cpp" line="+17"/>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation>Uhrzeit im Vergleich zu Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation>Die Anmeldung bei Microsoft Entra ID und das Zertifikat der Tresoranmeldeinformationen hängen von der Uhrzeit ab: Geht die Uhr um einige Minuten falsch, schlägt die Registrierung mit „Invalid vault credentials provided“ fehl, obwohl die Datei in Ordnung ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation>Die Uhrzeit konnte nicht mit Azure verglichen werden: Die Verbindungen zu Azure konnten nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation>Die Uhrzeit konnte nicht mit Azure verglichen werden, da keine Azure-Adresse geantwortet hat (siehe Verbindungsprüfung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation>Von keiner Azure-Adresse kam eine HTTPS-Antwort mit Date-Header zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation>Beheben Sie die von der Verbindungsprüfung gemeldeten Probleme, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation>Die Uhr dieses Servers geht %1 gegenüber der Azure-Zeit vor (verglichen mit %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation>Die Uhr dieses Servers geht %1 gegenüber der Azure-Zeit nach (verglichen mit %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation>Das entspricht fast genau ganzen Stunden: Wahrscheinlich ist die Zeitzone falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation>Die Uhr dieses Servers stimmt mit der Azure-Zeit überein (verglichen mit %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation>Die Abweichung entspricht fast genau ganzen Stunden (%1 h): Wahrscheinlich ist die Zeitzone falsch, nicht die Uhr. Prüfen Sie die Zeitzone mit dem Kunden (tzutil /g zeigt sie an; tzutil /s &quot;&lt;zone&gt;&quot; legt sie fest), und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation>Stellen Sie die Uhr richtig: „%1“ im Assistenten (als Administrator: w32tm /resync /force). Ein Domänenmitglied bezieht seine Zeit vom Domänencontroller: Geht dieser falsch, korrigieren Sie sie dort. Führen Sie dann die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation>Abweichung (dieser Server minus Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation>dem Date-Header von %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation>Azure-Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation>Zeit dieses Servers (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation>Die Azure-Zeit ist der Date-Header einer HTTPS-Antwort (Auflösung eine Sekunde); die Zeit dieses Servers wurde beim Eintreffen dieser Antwort gelesen. OK innerhalb von %1 s, Warnung innerhalb von %2 min, darüber Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation>Andere Sicherungs- und Synchronisierungsprodukte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation>Der Azure File Sync-Agent ist eine dokumentierte Ursache für Abstürze des Agent-Moduls, und auf einem DPM- oder Azure Backup Server (MABS) gehört der Agent zu diesem Produkt: Er wird über dieses registriert und aktualisiert, nicht eigenständig.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation>Ob der Azure File Sync-Agent installiert ist, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation>Die Version des Azure File Sync-Agents konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation>Azure File Sync-Agent</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation>installiert, Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation>Der Azure File Sync-Agent ist auf diesem Server installiert; der Problembehandlungsleitfaden von Microsoft nennt ihn als Ursache für Abstürze des Moduls des Sicherungs-Agents (cbengine.exe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation>Halten Sie beide Agents auf dem neuesten Stand. Sichern Sie mit diesem Agent keine Ordner, die Azure File Sync per Cloudtiering auslagert: Beim Lesen einer ausgelagerten Datei wird sie aus Azure abgerufen, und der Planungsleitfaden für File Sync (%1) empfiehlt stattdessen, die Azure-Dateifreigabe in Azure zu sichern. Wenn der Dienst des Sicherungs-Agents beendet wird oder cbengine.exe abstürzt, teilen Sie dem Microsoft-Support mit, dass der Azure File Sync-Agent installiert ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation>Ob System Center DPM oder Azure Backup Server installiert ist, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation>Microsoft Azure Backup Server (MABS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation>System Center Data Protection Manager (DPM) oder Azure Backup Server</translation>
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
        <translation>installiert (Dienst %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation>installiert in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation>Auf diesem Server wird %1 ausgeführt: Der Agent gehört hier zu diesem Produkt und wird über dieses registriert und aktualisiert, nicht eigenständig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation>Registrieren Sie den Server bei einem Tresor, und ändern Sie die Einstellungen des Agents in der DPM/MABS-Konsole (Verwaltung, Online). Prüfen Sie vor einem Update des Agents in den DPM/MABS-Versionshinweisen, welche Agent-Version unterstützt wird; deinstallieren Sie den Agent nicht eigenständig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation>HKLM\%1 nennt %2, aber der Dienst %3 ist nicht installiert: Dies ist ein von DPM geschützter Server (mit dessen Schutz-Agent), kein DPM-Server, und der Agent wird eigenständig verwaltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation>Weder der Azure File Sync-Agent noch System Center DPM oder Azure Backup Server ist auf diesem Server installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation>Andere Sicherungs- und Synchronisierungsprodukte konnten nicht vollständig geprüft werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation>Gelesen: die Dienste %1 (Azure File Sync) und %2 (DPM/MABS) sowie die Werte HKLM\%3 Version und HKLM\%4 InstallPath.</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation>Namensauflösung (DNS) der Azure-Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation>Zuallererst muss der Server die Azure-Namen (login.microsoftonline.com und die Backup-Adresse des Tresors) in Adressen auflösen. Ein DNS-Server, der sie nicht kennt, stoppt die Registrierung, bevor ein einziges Paket gesendet wird.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation>Die Namen der Azure-Adressen konnten nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation>Die Adressliste enthält keinen aufzulösenden Namen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation>Es konnte überhaupt kein Name aufgelöst werden: Dieser Server hat keine funktionierende Netzwerkverbindung oder keinen funktionierenden DNS-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und die von diesem Server verwendeten DNS-Server (ipconfig /all), und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation>Das DNS dieses Servers löst %1 nicht auf, aber der Dienst des Agents verwendet einen Proxy, der die Namen selbst auflöst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation>Bitten Sie das Netzwerkteam, dafür zu sorgen, dass die DNS-Server dieses Servers (ipconfig /all zeigt sie an) %1 auflösen, zum Beispiel über eine Weiterleitung ins Internet, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation>Der Agent benötigt %1 nicht, wohl aber der Konnektivitätstest von Windows: Ohne diesen Namen zeigt Windows möglicherweise „Kein Internetzugriff“ an. Bitten Sie das Netzwerkteam, die Auflösung auf diesem Server zu ermöglichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation>Das DNS dieses Servers löst alle Namen auf, die die Registrierung benötigt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation>Jeder Name wurde mit den eigenen DNS-Servern dieses Servers aufgelöst (direkter Weg); über einen Proxy löst der Proxy die Namen selbst auf. Endpunkte: %1.</translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation>%1 (32-Bit-Ansicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation>%1 (64-Bit-Ansicht)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation>TLS 1.2 für .NET-Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>Der Agent ist ein .NET-Programm. Sofern .NET nicht angewiesen wird, starke Kryptografie und die von Windows angebotenen TLS-Versionen zu verwenden, versucht es möglicherweise weiterhin TLS 1.0, das Azure ablehnt: Registrierung, Sicherungen und Wiederherstellungen schlagen dann fehl, oft mit Fehler 10054 „An existing connection was forcibly closed by the remote host“, und bei deaktiviertem TLS 1.0 starten die Konsole und die Dienste des Agents möglicherweise nicht (KB4022913).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation>Die TLS-Einstellungen von .NET Framework konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation>Ob TLS 1.0 deaktiviert ist (SCHANNEL), konnte nicht gelesen werden, daher lassen sich die fehlenden .NET-TLS-Einstellungen nicht bewerten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation>alle vier: SystemDefaultTlsVersions und SchUseStrongCrypto in der 64-Bit- und der 32-Bit-Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation>Verwenden Sie „%1“, um alle vier Werte auf 1 zu setzen (erfordert Administratorrechte), und starten Sie den Server dann neu, damit die Dienste des Agents mit diesen Werten starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation>Die .NET-Einstellungen, mit denen der Agent TLS 1.2 verwenden kann, sind falsch gesetzt (%1), daher können seine Verbindungen zu Azure mit Fehler 10054 fehlschlagen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>TLS 1.0 ist auf diesem Server deaktiviert, und die .NET-Einstellungen, mit denen der Agent stattdessen TLS 1.2 verwendet, fehlen (%1). Daher schlagen Sicherungen fehl, und die Konsole und die Dienste des Agents starten möglicherweise nicht (KB4022913).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation>Die von Microsoft für TLS 1.2 geforderten .NET-Einstellungen fehlen (%1). .NET Framework 4.7 und höher verwenden TLS 1.2 in der Regel auch ohne sie, aber die TLS-Seite von Azure Backup fordert alle vier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation>Die .NET-Einstellungen für TLS 1.2 (SystemDefaultTlsVersions und SchUseStrongCrypto) sind in beiden Registry-Ansichten auf 1 gesetzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation>TLS 1.0 Client Enabled (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation>nicht festgelegt (TLS 1.0 aktiviert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation>Gelesen: HKLM\%1 SystemDefaultTlsVersions und SchUseStrongCrypto (REG_DWORD) in der 64-Bit- und der 32-Bit-Registry-Ansicht (WOW6432Node). Microsofts „Transport Layer Security in Azure Backup“ (09/2022) fordert, alle vier auf 1 zu setzen. KB4022913: Bei deaktiviertem TLS 1.0 (HKLM\%2 Enabled = 0) bevorzugt .NET Framework 4.5 weiterhin TLS 1.0, sofern SchUseStrongCrypto nicht gesetzt ist, und Sicherungen, die Konsole des Agents und seine Dienste schlagen fehl.</translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation>.NET Framework-Version</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 enthält „%2“, keine Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation>Die installierte .NET Framework-Version konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation>älter als 4.5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation>Das Setup des aktuellen Agents installiert nur, wenn .NET Framework 4.8 oder höher installiert ist (frühere Agents benötigten 4.5), und der Agent läuft darauf.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation>Installieren Sie .NET Framework 4.8 mit dem Offlineinstaller von %1 (erfordert Administratorrechte), starten Sie den Server neu, wenn das Setup dazu auffordert, und führen Sie dann das Setup des Agents erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation>%1 kann .NET Framework 4.8 nicht ausführen, daher kann der aktuelle Agent darauf nicht installiert werden; das weitere Vorgehen finden Sie in der Prüfung der Windows-Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation>.NET Framework 4.8 ist nicht installiert, wird aber vom Setup des Agents benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation>.NET Framework %1 ist installiert, aber das Setup des Agents benötigt .NET Framework 4.8 oder höher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation>.NET Framework %1 ist installiert, wie vom Agent benötigt (4.8 oder höher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation>Release (64-Bit-Registry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation>Release (32-Bit-Registry)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation>keine Version 4.5 oder höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation>Fehler unter %1 (4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation>Gelesen: HKLM\%1 Release (REG_DWORD) in der 64-Bit- und der 32-Bit-Registry-Ansicht; der niedrigere Wert zählt. Laut Installationsleitfaden (08/2025) und Unterstützungsmatrix (11/2025) von Microsoft erfordert der aktuelle Agent .NET Framework 4.8 (Release %2 oder höher); ältere Agents benötigten 4.5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation>Nicht lesbar: %1.</translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation>%1; %2 von %3 Triggern aktiviert; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation>Geplante Aufgabe %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation>Die Aufgabenplanung hat keinen Ordner %1: Es gibt keine Aufgabe zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation>Die Aufgaben in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation>Der Problembehandlungsleitfaden empfiehlt, den Server nach einer Änderung der geplanten Aufgabe des Agents neu zu starten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation>Aufgabe für den Sicherungszeitplan aktivieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Möglicherweise sind einige geplante Aufgaben des Agents aktiviert und andere nicht: Führen Sie die Prüfung erneut aus, und wenden Sie die Korrektur erneut an, falls sie weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation>Die geplanten Aufgaben des Agents können mit dieser Korrektur nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation>Die geplanten Aufgaben des Agents sind bereits aktiviert und starten keine zweite Instanz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>Eine geplante Aufgabe des Agents und ihre Trigger aktivieren und so einstellen, dass keine neue Instanz gestartet wird, solange eine ausgeführt wird.</numerusform>
            <numerusform>%n geplante Aufgaben des Agents und ihre Trigger aktivieren und so einstellen, dass keine neue Instanz gestartet wird, solange eine ausgeführt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation>Unter welchem Konto die einzelnen Aufgaben ausgeführt werden, wird nicht geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Dafür sind Administratorrechte erforderlich.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation>„Rückgängig machen“ setzt die Aktiviert-Kennzeichen und die Instanzeinstellung jeder Aufgabe auf den vorherigen Stand zurück; eine seit der Korrektur geänderte Aufgabe bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation>Geplante Aufgaben des Agents werden geändert</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Die geplanten Aufgaben des Agents haben sich seit der Vorschau geändert; es wurde nichts geändert. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation>Die geplanten Aufgaben des Agents sind bereits wie erforderlich eingestellt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation>Ändern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation>%1 wird nach der Änderung als „%2“ zurückgelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>Eine geplante Aufgabe des Agents mit ihren Triggern aktiviert und so eingestellt, dass keine neue Instanz gestartet wird.</numerusform>
            <numerusform>%n geplante Aufgaben des Agents mit ihren Triggern aktiviert und so eingestellt, dass keine neue Instanz gestartet wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation>Abgebrochen, bevor eine Aufgabe geändert wurde.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>Nach einer Aufgabe abgebrochen; die Änderungen können rückgängig gemacht werden.</numerusform>
            <numerusform>Nach %n Aufgaben abgebrochen; die Änderungen können rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation>Die bereits geänderten Aufgaben können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation>Möglicherweise sind einige geplante Aufgaben des Agents wiederhergestellt und andere nicht: Vergleichen Sie sie in der Aufgabenplanung mit dem Vorher-Zustand im Journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation>Der Journaleintrag gibt nicht an, welche geplanten Aufgaben wiederhergestellt werden sollen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation>Die geplanten Aufgaben des Agents konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation>unverändert gelassen: seit der Korrektur geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation>Wenn Sie die Korrektur erneut ausführen, werden die Aufgaben wieder aktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation>Jede von dieser Korrektur geänderte Aufgabe wurde seitdem erneut geändert (oder entfernt); das Rückgängigmachen würde nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Eine geplante Aufgabe auf den Stand vor der Korrektur zurücksetzen.</numerusform>
            <numerusform>%n geplante Aufgaben auf den Stand vor der Korrektur zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation>Aufgaben, die seit der Korrektur von jemand anderem geändert wurden, bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation>Der Journaleintrag gibt nicht an, welche geplanten Aufgaben wiederhergestellt werden sollen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation>Die geplanten Aufgaben des Agents konnten nicht gelesen werden: %1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation>%1 wurde seit der Korrektur geändert (jetzt „%2“) und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation>%1 wird nach dem Rückgängigmachen als „%2“ zurückgelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Die Windows-Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation>Auf diesem Computer wird kein Windows ausgeführt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation>%1 kann TLS 1.2 nicht verwenden; daran ändert keine Registry-Einstellung etwas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation>%1 enthält %2; diesen Wert könnte die Korrektur beim Rückgängigmachen nicht exakt wiederherstellen. Ändern Sie ihn manuell im Registrierungs-Editor (als Administrator) in einen REG_DWORD-Wert %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation>Ob der Registry-Schlüssel %1 existiert, konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation>„%1“ (REG_SZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation>nicht festgelegt (der Wert wird gelöscht)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation>%1 wird nach dem Schreiben anders zurückgelesen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation>Starten Sie den Server neu, damit die Änderung wirksam wird: Windows und der Agent lesen diese Einstellungen beim Start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>TLS 1.2 in Windows aktivieren (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation>TLS 1.2 für .NET aktivieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Möglicherweise sind einige TLS 1.2-Registry-Werte gesetzt und andere nicht: Führen Sie die Prüfung erneut aus, und wenden Sie die Korrektur erneut an, falls sie weiterhin fehlschlägt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation>Die TLS 1.2-Einstellungen können mit dieser Korrektur nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation>Die TLS 1.2-Einstellungen entsprechen bereits den Vorgaben von Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>erstellt</translation>
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
        <translation>Neustart des Servers</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation>noch nicht erforderlich</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation>erforderlich, damit die Änderung wirksam wird</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>Einen SCHANNEL-Wert so festlegen, dass Windows für die Verbindungen dieses Servers TLS 1.2 anbietet.</numerusform>
            <numerusform>%n SCHANNEL-Werte so festlegen, dass Windows für die Verbindungen dieses Servers TLS 1.2 anbietet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>Einen .NET-Wert so festlegen, dass .NET-Programme wie der Agent TLS 1.2 verwenden.</numerusform>
            <numerusform>%n .NET-Werte so festlegen, dass .NET-Programme wie der Agent TLS 1.2 verwenden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>Dafür wird ein fehlender Registry-Schlüssel erstellt.</numerusform>
            <numerusform>Dafür werden %n fehlende Registry-Schlüssel erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Dafür sind Administratorrechte erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation>Unter dieser Windows-Version wirken die Werte erst, wenn Update %1 installiert ist: Installieren Sie es zuerst, falls es fehlt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation>„Rückgängig machen“ stellt jeden von der Korrektur geänderten Wert wieder her (von ihr erstellte Werte werden gelöscht) und löscht die von ihr erstellten Schlüssel, sobald sie wieder leer sind; ein seitdem von jemandem geänderter Wert bleibt unverändert. Auch das Rückgängigmachen erfordert einen Neustart, um wirksam zu werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation>TLS-Einstellungen in HKLM werden geändert</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Die TLS-Einstellungen haben sich seit der Vorschau geändert; es wurde nichts geändert. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation>Die TLS 1.2-Einstellungen entsprechen bereits den Vorgaben von Microsoft; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 wird als %2 statt %3 zurückgelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>Einen Registry-Wert für TLS 1.2 festgelegt.</numerusform>
            <numerusform>%n Registry-Werte für TLS 1.2 festgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation>Die bereits geschriebenen Werte können rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Möglicherweise sind einige TLS 1.2-Registry-Werte wiederhergestellt und andere nicht: Führen Sie die Prüfung erneut aus, und vergleichen Sie mit dem Vorher-Zustand im Journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation>Der Journaleintrag gibt nicht an, welche TLS-Einstellungen wiederhergestellt werden sollen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation>unverändert gelassen: seit der Korrektur geändert (die Korrektur schrieb %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation>von der Korrektur erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation>wird gelöscht, wenn er wieder leer ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation>Wenn Sie die Korrektur erneut ausführen, werden die Werte wieder festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation>Jeder von dieser Korrektur geschriebene Wert wurde seitdem erneut geändert; das Rückgängigmachen würde nichts ändern.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Eine TLS-Einstellung auf den Stand vor der Korrektur zurücksetzen.</numerusform>
            <numerusform>%n TLS-Einstellungen auf den Stand vor der Korrektur zurücksetzen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation>Werte, die seit der Korrektur von jemand anderem geändert wurden, bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation>Der Journaleintrag gibt nicht an, welche TLS-Einstellungen wiederhergestellt werden sollen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation>%1 wurde seit der Korrektur geändert (jetzt %2) und bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation>%1 konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation>Der Schlüssel %1 enthält seit der Korrektur hinzugefügte Werte oder Schlüssel und bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation>Der Schlüssel %1 konnte nicht gelöscht werden: %2</translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation>Entra ID-Adressen und die IP-Bereiche der Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation>Firewalls werden oft für die IP-Bereiche geöffnet, die Microsoft für die Entra ID-Anmeldung dokumentiert. Wird der Name in eine Adresse außerhalb dieser Bereiche aufgelöst oder sind die Bereiche selbst blockiert, schlägt die Anmeldung während der Registrierung fehl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation>Die Entra ID-Adressen konnten nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation>Der Dienst des Agents verwendet einen Proxy, daher gelten die Firewallregeln für die Entra ID-Adressen für den Proxy, nicht für diesen Server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation>Die Adressliste nennt keine IP-Bereiche für Entra ID, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation>%1 (IPv6: siehe die IPv6-Bereiche von Microsoft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation>%1 (außerhalb der dokumentierten Bereiche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation>%1 wird in %2 aufgelöst, innerhalb des dokumentierten Bereichs %3, und die Verbindung dorthin ist fehlgeschlagen: Dieser Bereich ist blockiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation>%1 wird in %2 aufgelöst, außerhalb der dokumentierten Bereiche (%3), und die Verbindung dorthin ist fehlgeschlagen: Firewallregeln für diese Bereiche erfassen diese Adresse nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation>Die Anmeldenamen von Entra ID wurden hier nicht aufgelöst (siehe Prüfung der Namensauflösung), daher gibt es keine Adressen zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation>Bitten Sie das Netzwerkteam, ausgehendes HTTPS (TCP 443) zu Entra ID über den Namen (*.microsoftonline.com) oder über das Diensttag AzureActiveDirectory zuzulassen, das den Änderungen von Microsoft folgt; müssen Regeln auf IP-Bereichen beruhen, lassen Sie %1 und die aktuellen Adressen des Diensttags zu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation>Dieser Server erreicht die Anmeldeadressen von Entra ID; die Firewall lässt sie durch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation>Dokumentierte Bereiche für diese Cloud: %1. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation>Jede aufgelöste IPv4-Adresse liegt innerhalb dieser Bereiche.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation>Außerhalb: %1; eine nur für diese Bereiche geöffnete Firewall würde diese Adressen blockieren.</translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation>Installierte Agent-Version und Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation>Alte Agents können aktuelle Tresoranmeldeinformationen nicht lesen oder nicht mit Azure Backup kommunizieren, und ein beendeter Agent-Dienst kann weder registrieren noch sichern.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Es konnte nicht ermittelt werden, ob der Agent installiert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation>Der Agent ist nicht installiert, daher kann dieser Server noch nicht registriert werden: Installieren Sie zuerst den Agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Laden Sie den Agent von %1 herunter, installieren Sie ihn, und führen Sie diese Problembehandlung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation>Der Agent ist noch nicht installiert, daher handelt es sich um eine Neuinstallation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation>Agent installiert</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation>Kein InstallPath-Wert unter HKLM\%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Installieren Sie den Agent neu: Laden Sie ihn von %1 herunter, und führen Sie ihn aus. Wenn das Setup dies verweigert, deinstallieren Sie zuerst „Microsoft Azure Recovery Services Agent“ unter „Programme und Features“, und installieren Sie ihn dann erneut; halten Sie die Verschlüsselungspassphrase bereit, falls der Server erneut registriert werden muss.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation>Laden Sie den neuesten Agent von %1 herunter, und führen Sie ihn auf diesem Server aus; er aktualisiert den installierten Agent direkt und behält dessen Registrierung bei. Aktuelle Agents benötigen .NET Framework 4.8: Installieren Sie es zuerst, falls dieser Server eine ältere Version hat.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation>Die Agent-Version %1 ist älter als %2, die neueste diesem Tool bekannte Version (Stand: %3): Aktualisieren Sie den Agent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation>Die Korrektur im Assistenten startet den Dienst; oder führen Sie als Administrator „net start %1“ aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation>Die Agent-Version %1 ist installiert, und ihr Dienst wird ausgeführt; die neueste diesem Tool bekannte Version ist %2 (Stand: %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation>Neueste diesem Tool bekannte Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation>Version gelesen aus %1 (Dateiversion). Meilensteine: Unter %2 verwendete der Agent den eingestellten ACS (Fehler 0x1FBD3; %3); unter %4 kann er aktuelle Tresoranmeldeinformationen nicht analysieren (%5). Seit %7 wurde möglicherweise ein neuerer Agent als %6 veröffentlicht. Dienst %8 über den Dienststeuerungs-Manager abgefragt.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation>Die Programmdatei cbengine.exe des Agents fehlt in %1, daher ist die Installation beschädigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>Die Version von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation>Die Version von %1 ist „%2“, was keine Versionsnummer ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation>Die Agent-Version %1 ist älter als %2 und kann nicht mehr mit Azure Backup kommunizieren: Aktualisieren Sie den Agent, und registrieren Sie den Server erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation>Registrieren Sie den Server dann erneut mit einer neu heruntergeladenen Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation>Die Agent-Version %1 ist älter als %2 und kann aktuelle Dateien mit Tresoranmeldeinformationen nicht lesen, daher schlägt die Registrierung fehl: Aktualisieren Sie den Agent.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation>Der Dienst des Agents (%1) ist nicht installiert, daher ist die Installation beschädigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation>Der Status des Diensts %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation>Der Dienst des Agents (%1) ist beendet und kann daher weder den Server registrieren noch Sicherungen ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Der Dienst ist deaktiviert. Führen Sie als Administrator Folgendes aus: sc config %1 start= auto, dann net start %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>Der Dienst des Agents (%1) hat den Status %2, statt ausgeführt zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation>Starten Sie ihn als Administrator neu: net stop %1, dann net start %1. Falls er hängen bleibt, starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation>Der installierte Agent konnte nicht vollständig geprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation>Moduldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation>Starttyp des Diensts</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation>Ermitteln von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation>Ermitteln von „%1“ mit unbekanntem Fehler fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation>Ermitteln von „%1“ wurde vor Abschluss abgebrochen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation>Warten auf „%1“ beendet: Diese Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation>„%1“ wurde als zwei verschiedene Arten von Fakten angefordert (ein Fehler in den Prüfungen).</translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 erfordert Administratorrechte. Verwenden Sie zuerst „Als Administrator neu starten“, und führen Sie diese Korrektur dann erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation>Selbst mit Administratorrechten darf dieses Programm dies möglicherweise nicht: %1 (%2). Bitten Sie das IT-Team des Kunden, die Berechtigungen zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation>Attribute des Installationsordners entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation>Komprimierung und Verschlüsselung des Cacheordners aufheben</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation>„Rückgängig machen“ setzt dieselben Attribute für denselben Ordner wieder (nur für den Ordner selbst).</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation>Es konnte nicht ermittelt werden, welcher Ordner geändert werden soll.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation>Es wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation>%1 ist kein eigener Ordner des Agents.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation>Der Ordner %1 existiert nicht, daher gibt es nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation>Diese Korrektur ändert nur einen vorhandenen Ordner, nie die übergeordneten Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation>Die Attribute von %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation>Diese Korrektur ändert nur Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation>%1 ist eine Verknüpfung (Analysepunkt) zu einem anderen Ordner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation>Das Ändern der Attribute einer Verknüpfung würde den Ordner ändern, auf den sie verweist; wählen Sie stattdessen einen normalen Ordner, oder verschieben Sie die Daten dorthin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation>Wohin %1 tatsächlich führt, konnte nicht ermittelt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation>Sein endgültiger Pfad %1 enthält noch einen kurzen Namen (8.3); geben Sie den vollständigen Namen des Ordners ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation>%1 gehört nicht zum Agent; seine Attribute bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation>Es ist der registrierte Installationsordner des Agents (InstallPath).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation>Es ist der registrierte Cacheordner des Agents (ScratchLocation).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation>Er enthält das Programm %1 des Agents.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation>Ob %1 Inhalte hat, konnte nicht gelesen werden (%2), daher ist nicht bekannt, ob er zum Agent gehört.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation>Er ist leer, wie zu dem Zeitpunkt, als diese Korrektur ihn geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation>Er ist leer und ist der Ordner, den der Agent verwenden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation>der registrierte Installationsordner des Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation>der registrierte Cacheordner des Agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation>%1 ist nicht %2 und enthält nicht das Programm des Agents; diese Korrektur ändert nur einen Ordner, der zum Agent gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation>%1 enthält andere Dateien oder Ordner (z. B. „%2“), ist nicht %3 und enthält nicht das Programm %4 des Agents; ein Ordner mit anderem Inhalt behält seine Attribute. Wählen Sie einen leeren Ordner für den Agent, oder entfernen Sie die Attribute selbst, wenn der Ordner wirklich für ihn bestimmt ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation>Der Ordner hat möglicherweise noch einige dieser Attribute: Führen Sie die Prüfung erneut aus. Eine unterbrochene Änderung kann nicht über das Journal rückgängig gemacht werden; setzen Sie Attribute daher bei Bedarf manuell zurück.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation>Der Ordner %1 hat keines der Attribute %2, daher gibt es nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation>Es gibt nichts zu entfernen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation>Die Attribute %1 des Ordners %2 selbst entfernen; keiner der übergeordneten Ordner wird geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation>(%1 führt zu diesem Ordner.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation>Bereits in %1 vorhandene Dateien und Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation>bleiben unverändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation>Bereits vorhandene Dateien bleiben unverändert (%1); um auch sie zu ändern, führen Sie als Administrator Folgendes aus: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation>Attribute von %1 werden geändert</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Der Ordner hat sich seit der Vorschau geändert; es wurde nichts geändert. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation>Attribut „%1“ von %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation>%1 Es wurde nichts geändert: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation>Die Attribute von %1 waren bereits entfernt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation>Die Attribute %1 von %2 wurden entfernt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation>Die Attribute %1 von %2 konnten nicht entfernt werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation>es ist weiterhin gesetzt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Möglicherweise wurden nur einige Attribute des Ordners wiederhergestellt: Führen Sie die Prüfung erneut aus, und vergleichen Sie mit dem Vorher-Zustand im Journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation>Wenn Sie die Korrektur erneut ausführen, werden die Attribute wieder entfernt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation>Die Attribute des Ordners %1 können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation>Die Attribute %1 des Ordners %2 wieder setzen (nur für den Ordner selbst, wie von der Korrektur geändert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation>%1 hat diese Attribute bereits.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation>Der Journaleintrag gibt nicht an, welche Attribute wieder gesetzt werden sollen.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation>Er führt jetzt zu %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation>%1 führt jetzt zu %2; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation>%1 hat die Attribute %2 bereits.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation>Die Attribute %1 von %2 wurden wieder gesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation>Die Attribute %1 von %2 konnten nicht wieder gesetzt werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation>es ist weiterhin entfernt</translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation>Computername und Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>Der Tresor kennt einen Server unter dem Namen, mit dem er registriert wurde: Nach einer Umbenennung schlagen seine Sicherungen mit „Resource not provisioned in service stamp“ (ID: 230006) fehl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation>Die Namen dieses Computers sind nicht beschrieben, daher können sie nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation>Name und Domäne des Computers konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation>Lesen Sie sie in den Systemeigenschaften ab (sysdm.cpl, Registerkarte „Computername“), und vergleichen Sie sie mit dem Namen, den der Tresor unter „Sicherungsinfrastruktur &gt; Geschützte Server“ anzeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation>, Mitglied der Domäne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation>, in der Arbeitsgruppe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation>, keiner Domäne oder Arbeitsgruppe beigetreten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation>Dieser Server ist %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; registrieren Sie ihn erneut unter dem Namen, den der Tresor für ihn anzeigt, da ein umbenannter Server „Resource not provisioned in service stamp“ (ID: 230006) erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; der Tresor kennt ihn unter dem Namen, mit dem er registriert wurde. Wurde er seitdem umbenannt, schlagen seine Sicherungen daher mit „Resource not provisioned in service stamp“ (ID: 230006) fehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation>Computername (NetBIOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation>DNS-Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation>Vollständiger DNS-Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation>Beigetreten zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation>Domäne oder Arbeitsgruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation>Der Name, unter dem der Tresor diesen Server kennt, kann hier nicht gelesen werden: Vergleichen Sie ihn mit der Liste „Sicherungsinfrastruktur &gt; Geschützte Server“ des Tresors. Ein umbenannter Server wird unter seinem neuen Namen erneut registriert, und seine erste Sicherung ist dann eine vollständige Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation>Der NetBIOS-Name %1 unterscheidet sich vom DNS-Hostnamen %2 (NetBIOS behält höchstens 15 Zeichen).</translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation>Verbindung zu Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation>Die Registrierung meldet sich bei Microsoft Entra ID an und kommuniziert über HTTPS (Port 443) mit dem Azure Backup-Dienst. Eine Firewall, ein Proxy oder ein DNS, der eines davon blockiert, führt zu „Invalid vault credentials provided“ (ID: 34513) oder „Unable to connect to Microsoft Azure Backup“ (ID: 100050).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation>Die Verbindungen zu Azure konnten nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation>Eine Laboreingabe dieses Durchlaufs konnte nicht verwendet werden, daher wurden die Verbindungen nicht wie angefordert versucht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation>Korrigieren Sie die in der Befehlszeile angegebene Datei oder Adresse, und führen Sie den Vorgang erneut aus.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation>%1 ist %2 erreichbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation>Dieser Server hat keine funktionierende Netzwerkverbindung: Es konnte kein Name aufgelöst werden, daher kann er Azure nicht erreichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation>Verbinden Sie den Server mit dem Netzwerk (oder korrigieren Sie seine DNS-Einstellungen: ipconfig /all zeigt die DNS-Server an), und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation>Der Proxy %1:%2, den das Konto des Agents verwenden soll, ist nicht erreichbar: Falls er nicht mehr existiert, korrigieren oder entfernen Sie diese Proxyeinstellung (die Interneteinstellungen des SYSTEM-Kontos, siehe proxy_config_system_context, und netsh winhttp show proxy), oder fragen Sie das Netzwerkteam, ob er verlegt wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation>Ein anderer Weg funktioniert: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation>Bitten Sie das Netzwerkteam, diesem Server %1 den Zugriff auf die Adressen unter „Für das Netzwerkteam“ zu erlauben (kopieren Sie sie dort mit der Schaltfläche).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation>Geben Sie „Für das Netzwerkteam“ an das Netzwerkteam weiter: Die Adresse wird erreicht, aber etwas auf dem Weg antwortet an ihrer Stelle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation>Jede Adresse wurde über jeden Weg Schicht für Schicht versucht (Namensauflösung, TCP, Proxy, TLS, HTTP), jeweils höchstens %1 s; der Dienst des Agents (LocalSystem) verwendet %2. Endpunkte: %3.
%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation>Ein anderer Weg funktioniert (%1): Zu korrigieren ist der eigene Weg des Agents, oder der Agent kann so eingestellt werden, dass er den funktionierenden Proxy verwendet (Set-OBMachineSetting -ProxyServer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation>Die Liste enthielt keine zu versuchende Azure-Adresse, daher konnte die Verbindung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation>Dieser Server erreicht Microsoft Entra ID über HTTPS %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation>Zulassen (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation>IP-Bereiche: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation>Azure-Diensttags: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation>Vom Agent verwendeter Weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Weg</translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation>Attribute des Installationsordners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation>Der Agent kann nicht in einen Ordner installiert werden, der versteckt, ein Systemordner, komprimiert oder verschlüsselt ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation>Der Installationsordner des Agents konnte nicht ermittelt werden, daher konnten seine Attribute nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation>Die Attribute des Installationsordners %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation>Installationsordner</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>komprimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation>Der Installationsordner %1 ist als %2 gekennzeichnet, daher lehnt das Setup des Agents ihn ab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation>Die Korrektur im Assistenten entfernt diese Attribute (Sie sehen zuerst die genaue Änderung); oder führen Sie als Administrator Folgendes aus: %1. Oder installieren Sie mit dem Schalter /p: des Installationsprogramms in einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation>Der Installationsordner %1 ist weder versteckt noch ein Systemordner, komprimiert oder verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation>Der Installationsordner %1 existiert noch nicht, und der Ordner, in dem er erstellt würde (%2), ist %3, was der neue Ordner erben würde.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation>Diese Problembehandlung ändert übergeordnete Ordner nie automatisch. Wenn %1 geändert werden darf, führen Sie als Administrator Folgendes aus: %2 (dies ändert nur die Einstellung dieses Ordners für neue Dateien). Wählen Sie andernfalls mit dem Schalter /p: des Installationsprogramms einen anderen Installationsordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation>Der Installationsordner %1 existiert noch nicht, und der Ordner, in dem er erstellt würde, ist weder komprimiert noch verschlüsselt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation>Ermittelt aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation>Ordnerattribute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation>Ordner existiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation>Nächster vorhandener übergeordneter Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation>Attribute des übergeordneten Ordners</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation>GetFileAttributesW für %1: %2. Das Installationsprogramm lehnt FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) und ENCRYPTED (0x4000) für seinen Ordner ab; neue Ordner erben NTFS-Komprimierung und EFS-Verschlüsselung von ihrem übergeordneten Ordner, nicht aber „versteckt“ oder „System“.</translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation>der Name in der Zeile „Local cached package“ von OBPatch.log</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation>Frühere fehlgeschlagene Installationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation>Die Setup- und Updateprotokolle des Agents zeigen, warum eine frühere Installation oder ein Update fehlgeschlagen ist, und manche Fehler erfordern eine manuelle Reparatur, bevor das Setup erfolgreich sein kann.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation>Der Windows-Temp-Ordner wurde nicht gefunden, daher konnten die Setupprotokolle des Agents nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation>Zugriff verweigert, auch für einen Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation>Das Setupprotokoll %1 des Agents konnte selbst mit Administratorrechten nicht gelesen werden, daher konnte nicht nach früheren Fehlern gesucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei (icacls &quot;%1&quot;), oder fragen Sie das IT-Team des Kunden, wer sie gesperrt hat, und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation>ohne Administratorrechte nicht lesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation>Das Setupprotokoll %1 des Agents konnte ohne Administratorrechte nicht gelesen werden, daher konnte nicht nach früheren Fehlern gesucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Starten Sie die Problembehandlung als Administrator neu, und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation>%1 hat einen Fehler protokolliert („%2“), aber ein späterer Durchlauf im selben Protokoll war erfolgreich.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation>%1 verzeichnet danach einen erfolgreichen Durchlauf (%2 UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation>der installierte Agent (cbengine.exe %1) ist neuer als die fehlgeschlagene Version (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation>%1 hat einen Fehler protokolliert („%2“), aber %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation>Früherer Fehler in %1, inzwischen behoben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation> (protokolliert %1 UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation>Ein früheres Update des Agents ist mit Fehler 1612 fehlgeschlagen, da das zwischengespeicherte Installationspaket des Agents (OBSAGENT.msi) in C:\Windows\Installer fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Gehen Sie gemäß KB4020490 (%1) vor: Starten Sie das Installationsprogramm des Agents von %2, und lassen Sie den Assistenten geöffnet; suchen Sie in OBInstaller0Curr.errlog den neuesten Eintrag „Directory Path for SetupLaunchScreen“, und kopieren Sie OBSAGENT.msi aus dem Unterordner Installers dieses Ordners als %3 nach C:\Windows\Installer; schließen Sie den Assistenten, und führen Sie das Installationsprogramm erneut aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation>Ein früheres Setup des Agents wurde beendet, da eine seiner Voraussetzungen fehlte oder nicht installiert werden konnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation>Beheben Sie die Probleme, die die Voraussetzungsprüfungen dieser Problembehandlung melden (.NET Framework, Windows PowerShell, die Visual C++-Laufzeitbibliotheken; die protokollierte Zeile wird bei diesem Ergebnis angezeigt), und führen Sie das Installationsprogramm des Agents dann erneut als Administrator aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation>Eine frühere Installation des Agents ist fehlgeschlagen, und alle ihre Änderungen wurden zurückgesetzt (ID: 4024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation>Beheben Sie die anderen Probleme, die diese Problembehandlung meldet, und installieren Sie den Agent dann manuell erneut: Laden Sie ihn von %1 herunter, und führen Sie ihn als Administrator aus. Wenn er erneut fehlschlägt, senden Sie %2 an den Microsoft-Support (siehe %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation>Eine frühere Installation des Agents ist mit Fehler 1603 (0x80070643, schwerwiegender Fehler bei der Installation) fehlgeschlagen, und es folgte keine erfolgreiche Installation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation>Beheben Sie die anderen Probleme, die diese Problembehandlung meldet (Administratorrechte, Voraussetzungen, Installationsordner, ausstehender Neustart), und führen Sie das Installationsprogramm des Agents von %1 dann erneut als Administrator aus. Wenn es erneut fehlschlägt, senden Sie %2 an den Microsoft-Support.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation>Eine frühere Installation des Agents konnte nicht gestartet werden, da eine andere Installation ausgeführt wurde (Fehler 1618).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation>Warten Sie, bis andere Installationen und Windows-Updates abgeschlossen sind (oder starten Sie den Server neu), und führen Sie dann das Installationsprogramm des Agents erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation>Das Setupprotokoll %1 des Agents verzeichnet, dass sein letzter Durchlauf fehlgeschlagen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation>Lesen Sie die bei diesem Ergebnis angezeigte protokollierte Zeile, beheben Sie die anderen hier gemeldeten Probleme, und führen Sie das Setup erneut aus; wenn es weiterhin fehlschlägt, senden Sie %1 an den Microsoft-Support.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation>Die Setupprotokolle des Agents verzeichnen einen früheren Fehler, aber eine spätere Installation oder ein späteres Update war erfolgreich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation>Die letzten %1 KiB von OBInstaller0Curr.errlog (Setup) und OBPatch.log (Updates) in %2 wurden gelesen und nach den Windows Installer-Fehlercodes 1612 / „Local cached package“ (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, fehlgeschlagenen Voraussetzungen, „rolled back“ / ID 4024 (MABS-Problembehandlungsleitfaden) und als fehlgeschlagen gemeldeten Durchläufen durchsucht; ein Fehler, auf den ein erfolgreicher Durchlauf oder ein neuerer installierter Agent folgt, wird nicht gemeldet. Zeilen, die nur das Wort „error“ oder „failed“ enthalten, sind für sich genommen keine Fehler.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation>Zeile in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation>In den Setupprotokollen des Agents ist keine fehlgeschlagene Installation und kein fehlgeschlagenes Update verzeichnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation>Die Setupprotokolle des Agents konnten nicht vollständig gelesen werden.</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation>Der Agent konnte die Datei mit Tresoranmeldeinformationen nicht verwenden: Sie ist abgelaufen, nicht die neueste, umbenannt oder liegt auf einer Netzwerkfreigabe – oder der Server konnte Azure zur Prüfung nicht erreichen (Proxy, Firewall, Antivirensoftware, TLS 1.2, Uhrzeit).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation>Der Agent konnte die Datei überhaupt nicht lesen: Sie befindet sich nicht am angegebenen Ort, ist nicht lesbar oder keine Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation>Das Zertifikat der Datei ist abgelaufen – oder die Uhr dieses Servers geht falsch. Laden Sie eine neue Datei herunter, und registrieren Sie sofort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation>Das Azure-Portal hat den Download verweigert: Browsercache, deaktiviertes Abonnement, Firewall, das Limit des Tresors von 50 Agents oder fehlende Azure Backup-Berechtigungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation>Der Agent konnte Azure Backup nicht erreichen: Ein Proxy, eine Firewall oder eine Antivirensoftware steht im Weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Kennwort, die der Agent (als SYSTEM ausgeführt) nicht angibt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation>Der Agent konnte Azure nicht fragen, ob dieser Server registriert ist: keine Verbindung, ein alter Agent oder TLS 1.2 deaktiviert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation>Dieser Server ist bereits bei einem anderen Tresor registriert; die Datei gehört zu einem anderen Tresor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation>Der Server ist bei einem anderen Tresor registriert, oder die Passphrase wurde beim Festlegen beschädigt: Heben Sie die Registrierung auf, und registrieren Sie ihn erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation>Der Cachespeicherort (Scratch-Ordner) des Agents liegt auf einem Volume ohne freien Speicher oder wurde falsch verschoben – oder der Tresor hat sein Limit an registrierten Servern erreicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation>Der Cachespeicherort (Scratch-Ordner) des Agents und seine beiden Registry-Werte stimmen nicht überein, meist nachdem der Cache verschoben wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation>Der vom Agent erwartete Cachespeicherort (Scratch-Ordner) fehlt; registrieren Sie erneut mit der ursprünglichen Passphrase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation>Der Dienst des Agents (obengine) wird nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation>Der Server wurde nach der Registrierung umbenannt: Benennen Sie ihn zurück, oder registrieren Sie ihn unter dem neuen Namen erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation>Die Installation selbst ist fehlgeschlagen; eine Voraussetzung des Installationsprogramms fehlt oder ist blockiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation>Das Installationspaket des Agents fehlt im Windows Installer-Cache.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation>Die vom Installationsprogramm benötigte Visual C++ 2008-Laufzeitbibliothek fehlt (Windows Server 2008 R2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation>Der installierte Agent ist für den Dienst zu alt: Aktualisieren Sie ihn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation>Azure hat die Verbindung geschlossen, da dieser Server eine ältere TLS-Version als 1.2 angeboten hat, oder etwas auf dem Weg hat die TLS-Verbindung unterbrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation>Der Agent fordert Sie einmal auf, die Verschlüsselungspassphrase zu bestätigen; bewahren Sie sie außerhalb dieses Servers auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation>Dem Cachespeicherort (Scratch-Ordner) fehlt Speicherplatz, er liegt auf dem falschen Volumetyp, ist komprimiert oder verschlüsselt, oder eine Antivirensoftware sperrt seine Dateien.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation>Die Sicherung hat die Verbindung zum Azure-Speicher verloren: Proxy, Firewall oder Antivirensoftware.</translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation>Dienst des Verwaltungs-Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation>Der Verwaltungs-Agent meldet die Aufträge und Warnungen des Agents an das Azure-Portal; solange er beendet ist, laufen Sicherungen möglicherweise, werden aber im Portal nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation>Der Agent ist installiert, aber der Dienst seines Verwaltungs-Agents (%1) wurde nicht gefunden, daher erreichen Aufträge und Warnungen das Azure-Portal möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation>Öffnen Sie services.msc, und suchen Sie nach „Microsoft Azure Recovery Services Management Agent“. Wenn er nicht vorhanden ist, installieren Sie den Agent neu (laden Sie ihn von %1 herunter, und führen Sie ihn als Administrator aus).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation>Der Dienstname %1 ist der von Community-Tools verwendete; Microsoft dokumentiert nur den Anzeigenamen, daher würde ein anders benannter Dienst hier nicht gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation>Der Status des Diensts des Verwaltungs-Agents (%1) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation>daher erreichen Aufträge und Warnungen das Azure-Portal nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation>Der Dienst des Verwaltungs-Agents (%1) hat den Status %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation>Der Dienst des Verwaltungs-Agents (%1) ist deaktiviert, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Führen Sie als Administrator Folgendes aus: sc config %1 start= auto, dann net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation>Der Dienst des Verwaltungs-Agents (%1) ist beendet, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation>Starten Sie ihn mit der Korrektur im Assistenten (oder führen Sie als Administrator „net start %1“ aus). Wenn er nicht startet, finden Sie sein Protokoll unter %2\Temp\GatewayProvider*.errlog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation>Der Dienst des Verwaltungs-Agents (%1) hat den Status %2, statt ausgeführt zu werden, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>Führen Sie als Administrator net stop %1 und dann net start %1 aus; falls er hängen bleibt, starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation>Starttyp</translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation>Fehler in den Protokollen des Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation>Der Agent schreibt den tatsächlichen Grund für eine fehlgeschlagene Registrierung oder Sicherung in seine eigenen Protokolle; der zuletzt protokollierte Fehler verweist auf die Prüfung, die die Ursache findet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation>Der Inhalt des Protokollordners %1 des Agents konnte nicht aufgelistet werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation>Das Protokoll %1 des Agents konnte nicht gelesen werden, daher konnte nicht nach den darin verzeichneten Fehlern gesucht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation>Starten Sie diese Problembehandlung als Administrator neu; wenn das Protokoll weiterhin nicht lesbar ist, prüfen Sie seine Berechtigungen (icacls), und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation>Der Agent hat noch kein Protokoll in %1 geschrieben, daher gibt es keinen eigenen Fehler zu untersuchen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation>Das Ende der Protokolle des Agents (%1) verzeichnet keinen der Fehler, für die diese Problembehandlung eine Ursache kennt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation>Das Protokoll %1 des Agents hat %2%3 verzeichnet: „%4“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation>Das Protokoll nennt die Adresse %1: Testen Sie TCP 443 zu dieser Adresse von diesem Server aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation>%1 in %2 (Prüfungen: %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n Mal, zuletzt: %1</numerusform>
            <numerusform>%n Mal, zuletzt: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation>Die letzten %1 KiB von CBEngineCurr.errlog und der neuesten GatewayProvider*.errlog in %2 wurden gelesen und nach den Fehler-IDs 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3 des Agents, Proxy 407, 10054, nicht aufgelösten Namen, fehlgeschlagenen Verbindungen, TLS/SSL-Fehlern und Ablauf durchsucht. In zitierten Zeilen sind Kennwörter, Schlüssel und Zertifikate maskiert.</translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation>Dateien des PowerShell-Moduls des Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation>Die geplanten Sicherungen und die Registrierungs-Cmdlets des Agents stammen aus seinem PowerShell-Modul MSOnlineBackup; fehlen dessen Dateien, schlagen sie fehl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation>Das PowerShell-Modul MSOnlineBackup des Agents ist vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation>Der Ordner %1 des PowerShell-Moduls des Agents konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation>Das Modulmanifest MSOnlineBackup.psd1 des PowerShell-Moduls des Agents fehlt in %1, daher können seine Sicherungs- und Registrierungs-Cmdlets nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation>Der Ordner %1 des PowerShell-Moduls des Agents fehlt, daher können seine Sicherungs- und Registrierungs-Cmdlets nicht geladen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation>Installieren Sie den Agent neu (laden Sie ihn von %1 herunter, und führen Sie ihn als Administrator aus); dabei wird das Modul wiederhergestellt. Das Kopieren des Ordners MSOnlineBackup von einem Server mit derselben Agent-Version funktioniert ebenfalls, eine Neuinstallation ist jedoch sicherer. Starten Sie den Server anschließend neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation>Die Datei %1 des PowerShell-Moduls des Agents konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation>Modulmanifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation>Gesucht wurde %1. Ob sich das Modul importieren lässt (Import-Module MSOnlineBackup), wird hier nicht versucht.</translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation>Konnektivitätstest von Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation>Windows prüft seinen Internetzugriff, indem es zwei kleine Dateien von Microsoft herunterlädt. Eine Anmeldeseite oder ein Proxy, der anstelle von Microsoft antwortet, zeigt sich hier, bevor er die Registrierung stört.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation>Die Dateien des Konnektivitätstests von Windows konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation>%1 hat mit etwas anderem als dem Microsoft-Text „%2“ geantwortet (Beginn: „%3“): Eine Anmeldeseite (Captive Portal) oder ein Proxy antwortet anstelle von Microsoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation>HTTP %1, „%2“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation>Die Adressliste enthält keine abzurufende Datei des Konnektivitätstests von Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation>Die Dateien des Konnektivitätstests von Windows kamen unverändert zurück: Nichts antwortet anstelle von Microsoft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation>Wenn eine Anmeldeseite im Weg ist, melden Sie sich dort an, oder bitten Sie das Netzwerkteam, diesen Server auszunehmen; wenn ein Proxy antwortet, bitten Sie das Team, www.msftncsi.com und www.msftconnecttest.com unverändert durchzulassen.</translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation>Dienst des Agents (obengine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation>Der Agent registriert den Server und führt jede Sicherung über seinen Dienst obengine aus; solange dieser beendet ist, schlägt die Registrierung mit „can&apos;t connect to the OBEngine service“ fehl.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Es konnte nicht ermittelt werden, ob der Agent installiert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation>Der Agent ist noch nicht installiert, daher existiert sein Dienst noch nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation>Der Dienst des Agents (%1) existiert nicht, da der Agent nicht installiert ist: Installieren Sie zuerst den Agent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Laden Sie den Agent von %1 herunter, installieren Sie ihn, und führen Sie diese Problembehandlung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation>Der Agent ist in %1 installiert, aber sein Dienst (%2) fehlt, daher ist die Installation beschädigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Installieren Sie den Agent neu: Laden Sie ihn von %1 herunter, und führen Sie ihn als Administrator aus; halten Sie die Verschlüsselungspassphrase bereit, falls der Server erneut registriert werden muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation>Der Status des Diensts des Agents (%1) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation>Wenn er erneut beendet wird oder nicht startet, prüfen Sie die TLS 1.2-Prüfungen dieser Problembehandlung (die Dienste des Agents starten nicht, wenn TLS 1.0 deaktiviert und .NET nicht auf TLS 1.2 eingestellt ist, %1) und das Systemereignisprotokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation>Der Dienst des Agents (%1) wird ausgeführt und startet automatisch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation>Der Dienst des Agents (%1) wird ausgeführt, ist aber auf den Start %2 eingestellt und wird daher nach dem nächsten Neustart nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation>Führen Sie als Administrator Folgendes aus: sc config %1 start= auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation>Der Dienst des Agents (%1) wird noch gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation>Warten Sie eine Minute, und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation>Der Dienst des Agents (%1) ist beendet und deaktiviert, daher kann der Server nicht registriert werden, und es wird keine Sicherung ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Führen Sie als Administrator Folgendes aus: sc config %1 start= auto, dann net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation>Der Dienst des Agents (%1) ist beendet, daher kann der Server nicht registriert werden, und es wird keine Sicherung ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation>Starten Sie ihn mit der Korrektur im Assistenten (oder führen Sie als Administrator „net start %1“ aus).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>Der Dienst des Agents (%1) hat den Status %2, statt ausgeführt zu werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>Führen Sie als Administrator net stop %1 und dann net start %1 aus; falls er hängen bleibt, starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>Ausgeführt als</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation>Der Dienststeuerungs-Manager wurde nach %1 (%2) abgefragt. Der Dienst des Agents wird normalerweise als LocalSystem ausgeführt; dies wird nur angezeigt, nicht bewertet (kein Microsoft-Dokument legt es fest).</translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation>64-Bit-Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation>Der Agent ist nur für 64-Bit-Windows (x64) erstellt; sein Installationsprogramm läuft nicht unter 32-Bit-Windows.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation>Windows hat seine Prozessorarchitektur nicht gemeldet, daher ist nicht bekannt, ob es sich um 64-Bit handelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation>Die native Architektur (GetNativeSystemInfo) war leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation>Windows ist 64-Bit (x64), wie vom Agent benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation>Windows läuft auf einem ARM64-Prozessor, der in der Unterstützungsmatrix des Agents nicht aufgeführt ist; der x64-Agent lässt sich daher möglicherweise nicht installieren oder funktioniert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation>Installieren Sie den Agent auf einem Server mit x64-Prozessor (Intel oder AMD 64-Bit). Wenn es dieser Computer sein muss, fragen Sie den Microsoft-Support, ob ARM64 unterstützt wird, bevor Sie sich auf seine Sicherungen verlassen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation>Windows ist 32-Bit (x86), und der Agent lässt sich nur unter 64-Bit-Windows installieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation>Installieren Sie den Agent auf einem Server mit 64-Bit-Windows. Ein 32-Bit-Windows lässt sich nicht direkt auf 64-Bit umstellen: Es muss mit der x64-Edition neu installiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation>Windows läuft auf einem %1-Prozessor, und der Agent lässt sich nur unter 64-Bit-Windows (x64) installieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation>Installieren Sie den Agent auf einem Server mit 64-Bit-Windows (x64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation>Native Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation>Native Prozessorarchitektur laut Windows (IsWow64Process2 / GetNativeSystemInfo, sodass eine 32-Bit-Problembehandlung unter 64-Bit-Windows dennoch amd64 sieht): %1. Die Unterstützungsmatrix setzt 64-Bit-Betriebssysteme voraus und führt keine ARM64-Unterstützung auf.</translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation>Unterstützte Windows-Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation>Der Agent lässt sich nur unter den Windows-Versionen installieren, die in der Unterstützungsmatrix von Microsoft aufgeführt sind, und wird nur dort unterstützt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation>%1 ist eine vom Agent unterstützte Windows-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation>%1 ist eine vom Agent unterstützte Windows-Version, allerdings nur für die Sicherung von Dateien und Ordnern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation>Der Support für %1 ist beendet, daher wird der Agent darauf nur unterstützt, solange Extended Security Updates installiert sind.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation>%1 ist keine vom Agent unterstützte Windows-Version, daher kann er hier nicht installiert werden.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation>Installieren Sie Service Pack 1 für diese Windows-Version, dann .NET Framework 4.8 und dann den Agent. Der Support für diese Windows-Version ist beendet: Der Agent wird darauf nur mit Extended Security Updates unterstützt (siehe %1); planen Sie die Migration zu Windows Server 2022 oder 2025.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation>Aktualisieren oder migrieren Sie diesen Server auf Windows Server 2016 oder höher (2019, 2022 oder 2025), und installieren Sie den Agent dort, oder verschieben Sie den Server auf einen virtuellen Azure-Computer, und schützen Sie ihn mit der Azure-VM-Sicherung, wie es die Unterstützungsmatrix für Server mit beendetem Support empfiehlt (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation>Aktualisieren Sie diesen Computer auf Windows 10 oder 11 (oder mindestens Windows 8.1), installieren Sie .NET Framework 4.8, falls Windows Update dies nicht getan hat, und installieren Sie dann den Agent. Die unterstützten Versionen sind unter %1 aufgeführt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation>%1 ist noch nicht in der Unterstützungsmatrix aufgeführt (es ist neuer als Windows Server 2025), daher ist nicht bestätigt, dass der Agent es unterstützt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation>Prüfen Sie die aktuelle Unterstützungsmatrix unter %1. Wenn sie %2 aufführt, fahren Sie mit der Installation fort; andernfalls installieren Sie den Agent unter Windows Server 2025 oder 2022.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation>Stellen Sie sicher, dass der Server Extended Security Updates (ESU) erhält und alle davon installiert sind, und planen Sie die Migration zu Windows Server 2022 oder 2025. Der aktuelle Agent benötigt hier außerdem .NET Framework 4.8. Die Unterstützung des Agents für diese Version kann jederzeit enden; siehe %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation>%1 kann .NET Framework 4.8 nicht ausführen, das der aktuelle Agent benötigt, daher kann der Agent hier nicht installiert werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation>Installieren Sie den Agent unter einer unterstützten Windows-Version: Windows Server 2025, 2022, 2019, 2016, 2012 R2 oder 2012 bzw. Windows 11, 10 oder 8.1 für Dateien und Ordner. Die vollständige Liste finden Sie unter %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation>Windows-Release</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation>RtlGetVersion meldete %1, Produkttyp %2. Die Unterstützungsmatrix führt Windows Server 2025, 2022, 2019, 2016, 2012 R2 und 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT und Storage Server) sowie Windows 11, 10, 8.1 und 8 (nur Dateien und Ordner) auf; Windows 7, Server 2008 R2 und Server 2008 SP2 sind als „Support beendet“ aufgeführt. Das Setup des aktuellen Agents erfordert .NET Framework 4.8, das nicht unter Windows 8, Server 2008 SP2 oder Windows 7 und Server 2008 R2 ohne Service Pack 1 läuft. Windows 11 wird anhand seines Builds (22000 und höher) von Windows 10 unterschieden, da sein ProductName weiterhin „Windows 10“ lautet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation>Der erweiterte Support für Windows Server 2012 und 2012 R2 endete im Oktober 2023; die Unterstützungsmatrix führt sie weiterhin auf, Windows selbst erhält Sicherheitsupdates aber nur noch über Extended Security Updates.</translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation>Windows-Updates und ausstehender Neustart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation>Ein durch Updates ausstehender Neustart kann das Setup des Agents blockieren, und alten Windows-Builds fehlen die TLS-Updates, die die Registrierung benötigt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation>Es konnte nicht ermittelt werden, ob Windows auf einen Neustart wartet, daher konnte der Updatestatus nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation>Windows Update-Verlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation>HKLM\%1 LastSuccessTime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation>LastSuccessTime enthält „%1“, was kein Datum ist, das diese Prüfung lesen kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation>Diese Windows-Version speichert das Datum der letzten Updateinstallation nicht in der Registry (neuere Windows-Versionen schreiben LastSuccessTime nicht mehr).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation>Das Datum der letzten Updateinstallation konnte nicht aus der Registry gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation>Der Windows Update-Verlauf hat %1 Einträge; die neuesten %2 wurden gelesen (Definitionsupdates ausgenommen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation>Der Windows Update-Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation>Führen Sie Windows Update (oder die Verteilung Ihres Updateservers) aus, installieren Sie alle verfügbaren Updates, und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation>Dateien warten darauf, beim nächsten Neustart ersetzt zu werden (oft durch Antivirensoftware); dies ist kein ausstehendes Windows-Update, aber ein vorheriger Neustart ist für das Setup des Agents sicherer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation>Starten Sie den Server bei Gelegenheit neu, und führen Sie diese Problembehandlung dann erneut aus. Wenn die Dateien direkt nach dem Neustart erneut warten, hält eine Antivirensoftware sie dort; das allein verhindert das Setup des Agents nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation>Windows wartet auf einen Neustart, um die Installation von Updates abzuschließen, wodurch das Setup des Agents fehlschlagen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation>Starten Sie den Server neu, und führen Sie diese Problembehandlung dann vor der Installation des Agents erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows hat zuletzt vor %1 Tagen Updates installiert, daher fehlen möglicherweise Korrekturen, die der Agent benötigt (z. B. TLS 1.2-Unterstützung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation>Windows hat vor %1 Tagen Updates installiert, und es steht kein Neustart aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation>Es steht kein Neustart aus, aber der Windows Update-Verlauf konnte nicht gelesen werden, daher ist unbekannt, wann Windows zuletzt Updates installiert hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation>Öffnen Sie Windows Update auf dem Server, und sehen Sie sich den Updateverlauf an; wenn der Windows Update-Dienst (wuauserv) deaktiviert ist, fragen Sie das IT-Team des Kunden, wie dieser Server seine Updates erhält. Führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Der Windows Update-Verlauf verzeichnet keine erfolgreiche Installation von Updates, daher fehlen diesem Server möglicherweise Korrekturen, die der Agent benötigt (z. B. TLS 1.2-Unterstützung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation>Für Windows-Updates steht kein Neustart aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation>Ausstehender Neustart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation>Letzte erfolgreiche Updateinstallation (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht verzeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation>Zuletzt installiertes Update</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation>Tage seit der letzten Updateinstallation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation>Warnung nach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation>%1 Tage ohne Updates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation>Marker für ausstehenden Neustart: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation>Letzte Updateinstallation gelesen aus %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation>keine gesetzt</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>Ein Zeichen ist kein reines ASCII-Zeichen (Buchstaben wie ä, é oder Symbole wie € oder “): Der Agent akzeptiert nur Zeichen mit Codes bis 127.</numerusform>
            <numerusform>%n Zeichen sind keine reinen ASCII-Zeichen (Buchstaben wie ä, é oder Symbole wie € oder “): Der Agent akzeptiert nur Zeichen mit Codes bis 127.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation>Sie hat %1 Zeichen; das Setup des Agents verlangt mindestens %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation>Sie beginnt oder endet mit einem Leerzeichen, das bei erneuter Eingabe leicht verloren geht.</translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation>Windows PowerShell-Version</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation>Installieren Sie Windows Management Framework 5.1 (enthält Windows PowerShell 5.1) für diese Windows-Version von %1, starten Sie den Server neu, und führen Sie dann das Setup des Agents erneut aus. WMF 5.1 benötigt zuvor .NET Framework 4.5 oder höher.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation>Die installierte Windows PowerShell-Version konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation>Das Setup des aktuellen Agents benötigt Windows PowerShell 5.0 oder höher (in der Praxis 5.1), und die geplanten Sicherungen des Agents werden über Windows PowerShell ausgeführt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation>Windows PowerShell 3.0 oder höher ist installiert, aber die Version konnte nicht gelesen werden; das Setup des Agents benötigt 5.0 oder höher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation>Führen Sie in Windows PowerShell „$PSVersionTable.PSVersion“ aus. Wird eine Version unter 5.0 angezeigt, installieren Sie Windows Management Framework 5.1 von %1, und starten Sie den Server neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell %1 ist installiert, aber das Setup des Agents benötigt Windows PowerShell 5.0 oder höher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation>Windows PowerShell %1 ist installiert, wie vom Agent benötigt (5.0 oder höher).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Es ist nur Windows PowerShell %1 installiert, aber das Setup des Agents benötigt Windows PowerShell 5.0 oder höher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell ist nicht installiert, aber das Setup des Agents benötigt Windows PowerShell 5.0 oder höher.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>nicht verzeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation>Windows-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation>PowerShellVersion gelesen aus HKLM\%1 (vorhanden ab PowerShell 3.0), andernfalls aus HKLM\%2 (PowerShell 1.0 und 2.0). Laut Installationsleitfaden von Microsoft (08/2025) erfordert das Setup des Agents Windows PowerShell 5.0; „3.0 oder höher“ im Problembehandlungsleitfaden bezieht sich auf geplante Sicherungen. PowerShell 7 (pwsh.exe) ist ein separates Produkt und zählt nicht.</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation>Private Endpunkte und DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation>Ein Tresor mit privaten Endpunkten wird über private Adressen erreicht, die nur die richtigen DNS-Zonen liefern, während die Entra ID-Anmeldung immer im öffentlichen Internet bleibt. Ein DNS, das beides vermischt, verhindert die Registrierung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation>Die Adressen der Namen des Tresors konnten nicht aufgelöst werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation>privat: %1; öffentlich: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation>Keiner der Azure-Namen wurde hier aufgelöst (siehe Prüfung der Namensauflösung), daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation>%1 wird hier in die private Adresse %2 aufgelöst, aber Entra ID hat keinen privaten Endpunkt: Die Anmeldung während der Registrierung erreicht Entra ID nur über die öffentlichen Adressen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation>Bitten Sie den DNS-Administrator, die private Zone oder den Eintrag zu entfernen, die bzw. der für %1 antwortet (Entra ID-Namen müssen öffentlich aufgelöst werden, auch bei Tresoren mit privaten Endpunkten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation>Der Tresor verwendet private Endpunkte (%1 wird privat aufgelöst), aber %2 wird in öffentliche Adressen aufgelöst: Der zugehörige privatelink-DNS-Eintrag fehlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation>Bitten Sie den DNS-Administrator, die Einträge des privaten Endpunkts für %1 hinzuzufügen (die Zonen privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net und privatelink.queue.core.windows.net oder bedingte Weiterleitungen an Azure DNS 168.63.129.16 aus dem virtuellen Netzwerk).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation>Die Namen des Tresors werden in private Adressen aufgelöst (private Endpunkte), und Entra ID bleibt wie erforderlich öffentlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation>Die Namen des Tresors werden in öffentliche Adressen aufgelöst: Dieser Server erreicht den Tresor über das Internet, nicht über einen privaten Endpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation>Falls der Tresor private Endpunkte hat, kennt das DNS dieses Servers deren privatelink-Zonen noch nicht, und der Sicherungsdatenverkehr würde sie nicht nutzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation>Entra ID wird in öffentliche Adressen aufgelöst, wie es auch bei einem Tresor mit privaten Endpunkten sein muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation>Die Backup-Adresse des Tresors ist bekannt, sobald die Datei mit Tresoranmeldeinformationen angegeben ist; dann zeigt diese Prüfung auch, ob private Endpunkte verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation>Ausführung als Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation>Ohne das volle Administratortoken sehen mehrere Prüfungen weniger, und Korrekturen, die das System ändern, können nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation>Es konnte nicht ermittelt werden, ob die Problembehandlung als Administrator ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation>Die Problembehandlung wird mit Administratorrechten ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation>Die Problembehandlung wird nicht als Administrator ausgeführt, daher funktionieren einige Prüfungen und Korrekturen nicht: Starten Sie sie als Administrator neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation>Starten Sie die Problembehandlung erneut als Administrator: „Als Administrator neu starten“ im Assistenten, und bestätigen Sie dann die Windows-Abfrage; oder klicken Sie mit der rechten Maustaste auf das Programm, und wählen Sie „Als Administrator ausführen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation>Die Problembehandlung kann keine Administratorrechte erhalten, weil dieses Konto kein Administrator ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation>Melden Sie sich mit einem Konto aus der lokalen Gruppe „Administratoren“ an und starten Sie die Problembehandlung dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation>Rechteerhöhung des Prozesstokens: %1; Administratormitgliedschaft: %2.</translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation>Proxyanmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation>Ein Proxy, der einen Benutzernamen und ein Kennwort verlangt, stoppt den Agent mit „(407) Proxy Authentication Required“, sofern dem Agent keine Anmeldeinformationen übergeben werden oder der Server nicht ausgenommen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation>Die Proxys konnten nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation>Für das Konto des Agents und für WinHTTP ist kein Proxy festgelegt, daher kann keiner ein Kennwort verlangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation>kein Schema genannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation>Der Proxy %1:%2 verlangt Anmeldeinformationen (407 Proxy Authentication Required; angeboten: %3), wenn dieser Server eine Verbindung mit %4 herstellt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation>Nehmen Sie diesen Server entweder von der Proxyauthentifizierung aus (wenden Sie sich an die Administratoren des Proxys), oder übergeben Sie dem Agent die Proxyanmeldeinformationen: in der Konsole des Agents unter „Eigenschaften ändern &gt; Proxykonfiguration“ oder als Administrator in PowerShell mit Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Geben Sie das Kennwort niemals in diese Problembehandlung ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation>Der eigene Weg des Agents (%1) ist nicht betroffen.</translation>
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
        <translation>Angebotene Schemas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation>Die Proxys auf den Wegen dieses Servers lassen die Anforderungen durch, ohne ein Kennwort zu verlangen.</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation>%1 (Umgehung: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation>nicht festgelegt: Jedes Konto hat eigene Proxyeinstellungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation>0: Die computerweiten Einstellungen (HKLM) gelten für jedes Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation>%1: Jedes Konto hat eigene Proxyeinstellungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation>Vom Dienst des Agents verwendeter Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation>Der Dienst des Agents wird als SYSTEM-Konto ausgeführt und verwendet dessen Proxyeinstellungen, nicht die des angemeldeten Administrators; ein veralteter oder abweichender Proxy dort lässt die Registrierung fehlschlagen, während der Browser funktioniert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation>Die Proxyeinstellungen konnten nicht gelesen werden, daher ist der vom Agent verwendete Proxy unbekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation>Die Registry konnte nicht gelesen werden, daher ist der vom Agent verwendete Proxy unbekannt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation>die computerweite Proxyeinstellung (Richtlinie)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation>die Proxyeinstellung des SYSTEM-Kontos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation>Die Proxyeinstellungen von „%1“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation>Führen Sie die Problembehandlung als Administrator aus, und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation>Die computerweite Proxyrichtlinie (ProxySettingsPerUser) konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation>Die WinHTTP-Proxyeinstellung konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation>Legen Sie den Proxy, den der Agent verwenden muss, im Agent selbst fest (Konsole des Agents: „Eigenschaften ändern &gt; Proxykonfiguration“ oder Set-OBMachineSetting in PowerShell).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation>Der Dienst des Agents kann %1 „%2“ nicht verwenden: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>Korrigieren oder entfernen Sie die Proxyeinstellung des SYSTEM-Kontos (der Leitfaden von Microsoft öffnet die Internetoptionen mit psexec -i -s als SYSTEM und entfernt veraltete Proxyangaben). </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation>Der Dienst des Agents bezieht seinen Proxy aus einem Konfigurationsskript (%1 nennt %2); welchen Proxy das Skript auswählt, kann hier nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation>Stellen Sie sicher, dass das SYSTEM-Konto das Skript abrufen kann und dass der zurückgegebene Proxy Azure erreicht; die Netzwerkprüfungen testen die anderen aufgeführten Wege.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation>Der Dienst des Agents liest einen Benutzernamen und ein Kennwort (hier ausgeblendet) in %1; das dokumentierte Format sieht dafür keinen Platz vor, daher funktioniert die Einstellung möglicherweise nicht, und jeder, der die Registry lesen kann, kann sie lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Entfernen Sie die Anmeldeinformationen aus der Proxyeinstellung, und übergeben Sie sie stattdessen dem Agent (auf seiner Proxyseite oder mit Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation>Der Dienst des Agents wird als SYSTEM-Konto ausgeführt, dessen Proxyeinstellung „%1“ lautet, die des angemeldeten Benutzers jedoch „%2“: Was in Ihrem Browser funktioniert, kann für den Agent fehlschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>Der Agent verwendet die Einstellungen des SYSTEM-Kontos, nicht Ihre. Legen Sie fest, welchen Proxy der Server verwenden muss, und korrigieren Sie dann die Einstellungen des SYSTEM-Kontos (der Leitfaden von Microsoft öffnet die Internetoptionen mit psexec -i -s als SYSTEM und entfernt veraltete Proxyangaben). </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation>Der Dienst des Agents sieht zwei verschiedene Proxys: %1 nennt „%2“ und WinHTTP „%3“, daher nehmen Teile des Agents möglicherweise unterschiedliche Wege.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation>Bringen Sie WinHTTP und das SYSTEM-Konto in Übereinstimmung. Als Administrator zeigt netsh winhttp show proxy die WinHTTP-Einstellung an, netsh winhttp reset proxy löscht sie, und netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; legt sie fest.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation>Die WinHTTP-Proxyeinstellung enthält einen Benutzernamen und ein Kennwort (hier ausgeblendet); das dokumentierte Format sieht dafür keinen Platz vor, daher funktioniert die Einstellung möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Entfernen Sie die Anmeldeinformationen mit netsh winhttp set proxy (als Administrator), und übergeben Sie sie stattdessen dem Agent (auf seiner Proxyseite oder mit Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation>Jedes Konto verwendet die computerweite Proxyeinstellung „%1“, und WinHTTP stimmt damit überein (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation>Der Dienst des Agents (SYSTEM-Konto: %1), WinHTTP (%2) und der angemeldete Benutzer (%3) verwenden denselben Weg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation>Mehrere Proxyeinstellungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation>WinHTTP: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation>Computerweite Proxyrichtlinie (ProxySettingsPerUser): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation>Die eigene Proxyeinstellung des Agents wurde nicht gelesen: Microsoft dokumentiert nicht, wo sie gespeichert ist. Um sie anzuzeigen, führen Sie auf diesem Server Get-OBMachineSetting in einer PowerShell mit erhöhten Rechten aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation>Von den Netzwerkprüfungen getestete Wege: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: ProxyServer (ProxyEnable = %2)</source>
        <translation>%1: ProxyServer (ProxyEnable = %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: DefaultConnectionSettings</source>
        <translation>%1: DefaultConnectionSettings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WinHTTP</source>
        <translation>WinHTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser)</source>
        <translation>Computerweite Proxyrichtlinie (ProxySettingsPerUser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation>Eigene Proxyeinstellung des Agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation>nicht gelesen (kein dokumentierter Speicherort; siehe Get-OBMachineSetting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation>Von den Netzwerkprüfungen getestete Wege</translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation>PowerShell-Modulpfad und Ausführungsrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation>Die geplanten Sicherungen des Agents führen seine PowerShell-Cmdlets aus; PowerShell muss sein Modul finden und laden dürfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation>Starten Sie den Server dann neu, damit Dienst und Aufgaben des Agents die Änderung sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation>Der PSModulePath des Computers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation>Der PSModulePath des Computers enthält den Modulordner %1 des Agents nicht, daher findet PowerShell die Cmdlets des Agents möglicherweise nicht, und geplante Sicherungen können fehlschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation>Fügen Sie als Administrator %1 zur Systemumgebungsvariablen PSModulePath hinzu (Systemeigenschaften &gt; Erweitert &gt; Umgebungsvariablen; behalten Sie die vorhandenen Einträge bei).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation>Die PowerShell-Ausführungsrichtlinie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation>Gruppenrichtlinie „Skriptausführung aktivieren“ (MachinePolicy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation>die Einstellung des Computers (LocalMachine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation>Windows-Standard, da kein Bereich eine Richtlinie festlegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation>Die Richtlinie stammt aus einer Gruppenrichtlinie: Bitten Sie den Administrator des Kunden, „Skriptausführung aktivieren“ für diesen Server auf „Lokale Skripts und remote signierte Skripts zulassen“ zu setzen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation>Führen Sie als Administrator Folgendes aus: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation>Die PowerShell-Ausführungsrichtlinie auf diesem Server ist Restricted (%1), daher kann das Modul des Agents nicht geladen werden, und seine geplanten Sicherungen schlagen fehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation>Die PowerShell-Ausführungsrichtlinie ist AllSigned (%1); der Problembehandlungsleitfaden von Microsoft fordert für die Sicherungsaufgaben des Agents RemoteSigned oder Unrestricted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation>Die PowerShell-Ausführungsrichtlinie ist „%1“ (%2), eine Richtlinie, die PowerShell nicht kennt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation>PowerShell findet das Modul des Agents (PSModulePath) und darf es laden: Die Ausführungsrichtlinie ist %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation>Die vom Agent benötigten PowerShell-Einstellungen konnten nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation>PSModulePath (Computer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation>Modulordner des Agents aufgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation>Ausführungsrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Festgelegt durch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation>Der Modulpfad ist mit %1 oder %2 OK: Der Problembehandlungsleitfaden von Microsoft nennt den Modulordner, die Seite zur PowerShell-Automatisierung den übergeordneten Ordner, und welchen der Agent benötigt, ist nicht dokumentiert. Ausführungsrichtlinien pro Benutzer werden nicht gelesen: Die Aufgaben des Agents werden als SYSTEM ausgeführt.</translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation>Neustart nach Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation>Windows und der Agent lesen die TLS-Einstellungen und den PowerShell-Modulpfad nur beim Start: Eine von dieser Problembehandlung vorgenommene Änderung wirkt erst nach einem Neustart des Servers.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation>Dieser Durchlauf führt kein Korrekturjournal, daher gibt es keine Änderungen dieser Problembehandlung nachzuverfolgen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation>Diese Problembehandlung hat hier keine Änderung vorgenommen, die einen Neustart erfordert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation>Diese Problembehandlung hat Einstellungen geändert, die einen Neustart erfordern, aber wann der Server zuletzt gestartet wurde, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation>Die Betriebszeit ist nicht bekannt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation>Der Server wurde neu gestartet (%1), seit diese Problembehandlung zuletzt eine Einstellung geändert hat, die einen Neustart erfordert (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>Der Server wurde nicht neu gestartet, seit diese Problembehandlung Einstellungen geändert hat, die erst nach einem Neustart wirken (eine Änderung, zuletzt um %1): Starten Sie ihn vor der Registrierung einmal neu.</numerusform>
            <numerusform>Der Server wurde nicht neu gestartet, seit diese Problembehandlung Einstellungen geändert hat, die erst nach einem Neustart wirken (%n Änderungen, die letzte um %1): Starten Sie ihn vor der Registrierung einmal neu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation>Starten Sie den Server neu, sobald der Kunde es erlaubt (ein Neustart genügt für alle Änderungen), und führen Sie dann diese Problembehandlung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation>Letzter Serverstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation>Änderungen, die auf einen Neustart warten</translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation>Registrierungsstatus dieses Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation>Ein bereits bei einem Tresor registrierter Server akzeptiert nur die Anmeldeinformationen dieses Tresors (ID: 100110); für eine erneute Registrierung gelten eigene Regeln, und ein nicht installierter Agent kann sich gar nicht registrieren.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation>Es konnte nicht ermittelt werden, ob dieser Server bei einem Tresor registriert ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation>Führen Sie die Problembehandlung als Administrator aus und wiederholen Sie die Prüfungen; andernfalls sehen Sie sich die Werte unter HKLM\%1 in regedit an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation>einem Tresor, dessen Namen der Agent nicht gespeichert hat (Ressourcen-ID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>dem Tresor „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation>Der Agent ist noch nicht installiert, daher hat dieser Server keine Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation>Der Agent ist nicht installiert, daher kann dieser Server nicht registriert werden: Installieren Sie zuerst den Agent (eine frühere Registrierung bei %1 ist noch gespeichert).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation>Der Agent ist nicht installiert, daher kann dieser Server nicht registriert werden: Installieren Sie zuerst den Agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Laden Sie den Agent von %1 herunter, installieren Sie ihn und führen Sie dann diese Problembehandlung erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation>Sie haben gewählt, diesen Server erneut zu registrieren, aber auf ihm ist keine frühere Registrierung gespeichert; es wird also eine Erstregistrierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation>Wenn der Server schon einmal registriert war und der Agent seitdem neu installiert wurde, registrieren Sie ihn mit der Passphrase dieser Registrierung und unter demselben Computernamen. Andernfalls wählen Sie „Diesen Server registrieren“ und bewahren die neue Passphrase an einem sicheren Ort außerhalb dieses Servers auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation>Der Agent ist installiert und dieser Server ist noch bei keinem Tresor registriert, er kann also registriert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation>Dieser Server ist bereits bei %1 registriert, daher gelten für eine erneute Registrierung die Regeln zur erneuten Registrierung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation>Um weiterhin im selben Tresor zu sichern, registrieren Sie den Server mit einer aus diesem Tresor heruntergeladenen Datei mit Tresoranmeldeinformationen und der Passphrase der ersten Registrierung. Wenn Sie den Server in einen anderen Tresor verschieben möchten, tun Sie dies bewusst: Löschen Sie ihn im Azure-Portal aus dem alten Tresor (Sicherungsinfrastruktur &gt; Geschützte Server), deinstallieren Sie den Agent, installieren Sie ihn erneut und registrieren Sie ihn mit der Datei des neuen Tresors; bereits vorhandene Sicherungen bleiben im alten Tresor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation>Dieser Server ist bei %1 registriert; die Checkliste für die erneute Registrierung nennt, was vor einer erneuten Registrierung zu tun ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation>Dieser Server ist bei %1 registriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation>Installationsordner (Setup\InstallPath)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Registriert bei (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation>Ressourcen-ID des Tresors (ResourceId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation>Computer-ID (MachineId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation>Gelesen aus HKLM\%1 (ServiceResourceName, ResourceId, MachineId) und HKLM\%2 (InstallPath). Laut Microsoft-Dokumentation ist ServiceResourceName der Tresor, bei dem der Agent registriert ist; welcher Wert eine Registrierung belegt, ist nicht dokumentiert. Dies ist also der Stand in der Registry des Agents, nicht die Antwort des Tresors selbst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation>Was der Tresor entscheidet, ist von diesem Server aus nicht sichtbar: Ein Tresor nimmt höchstens 50 MARS-Agents auf, und „Failed to download the vault credential file (ID: 403)“ hat seine Ursache im Browsercache, einem deaktivierten oder abgelaufenen Abonnement, einer Firewall, dem Limit des Tresors oder einem Konto ohne Azure Backup-Rechte für den Tresor.</translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation>Der eingegebene Fehler ist diesem Tool nicht bekannt, daher wurden alle Prüfungen in der üblichen Reihenfolge ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation>Der eingegebene Fehler: „%1“. Bedeutung: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation>Keine der Prüfungen, die diesen Fehler erklären können, wurde in dieser Phase ausgeführt; der Fehler gehört zu einem anderen Schritt (siehe Bedeutung oben).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation>Das ist die Ursache: %1. Beheben Sie das zuerst und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation>Keine der %1 Prüfungen für diesen Fehler hat ein Problem gefunden, aber diese konnten nicht abgeschlossen werden: %2. Führen Sie sie erneut aus, bevor Sie anderswo suchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation>Keine der %1 Prüfungen für diesen Fehler hat auf diesem Server ein Problem gefunden. Geben Sie den Bericht und die Protokolle des Agents (Temp-Ordner des Agents) an den Support weiter.</translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation>Checkliste für die erneute Registrierung dieses Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation>Wird ein Server mit einer anderen Passphrase erneut registriert, gehen die älteren Sicherungen verloren, und ein Server, der unter einem anderen Namen registriert oder noch im Tresor aufgeführt ist, lässt sich nicht sauber registrieren.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation>Es konnte nicht ermittelt werden, ob dieser Server bereits registriert war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation>Führen Sie die Problembehandlung als Administrator aus und wiederholen Sie die Prüfungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation>Auf diesem Server ist keine frühere Registrierung gespeichert, daher trifft die Checkliste für die erneute Registrierung nicht zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation>dem Tresor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>dem Tresor „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation>Dieser Server war bereits bei %1 registriert: Für eine erneute Registrierung sind die vier unten stehenden Prüfungen nötig, die von diesem Server aus nicht sichtbar sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation>Für eine erneute Registrierung dieses Servers sind die vier unten stehenden Prüfungen nötig, die von diesem Server aus nicht sichtbar sind.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation>1. Aus dem Tresor entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation>Im Azure-Portal unter %1 &gt; Sicherungsinfrastruktur &gt; Geschützte Server: Löschen Sie diesen Server dort, bevor Sie ihn erneut registrieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation>2. Agent beim Tresorwechsel neu installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation>Um sich bei einem anderen Tresor zu registrieren, deinstallieren Sie den Agent, installieren Sie ihn erneut und registrieren Sie dann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation>3. Dieselbe Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation>Verwenden Sie die Passphrase der ersten Registrierung: Mit einer anderen lassen sich die älteren Sicherungen nicht mehr wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation>4. Derselbe Computername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Registrieren Sie unter dem Namen, den der Tresor für diesen Server anzeigt; ein umbenannter Server erhält „Resource not provisioned in service stamp (ID: 230006)“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Registrieren Sie unter dem Namen, den der Tresor für diesen Server anzeigt (dieser Server heißt jetzt %1); ein umbenannter Server erhält „Resource not provisioned in service stamp (ID: 230006)“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation>Gehen Sie vor der erneuten Registrierung die vier Punkte in den Nachweisen durch; bewahren Sie die Passphrase an einem sicheren Ort außerhalb dieses Servers auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation>Angezeigt, weil Sie gewählt haben, diesen Server erneut zu registrieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation>Angezeigt, weil in der Registry des Agents noch eine Registrierung gespeichert ist (HKLM\%1).</translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation>Als Administrator neu starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation>Auf dem Computer wurde nichts geändert; möglicherweise wurde eine als Administrator ausgeführte Kopie gestartet: Schließen Sie alle zusätzlichen Fenster der Problembehandlung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation>Auf dem Computer wird nichts geändert; schließen Sie das neue Fenster, um zurückzukehren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation>Die Rechte dieses Programms konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation>Dieses Fenster der Problembehandlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation>Die Problembehandlung wird geschlossen und mit Administratorrechten neu gestartet. Windows fordert Sie zur Bestätigung auf. Ihre Angaben auf der ersten Seite bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation>Die Problembehandlung wird bereits als Administrator ausgeführt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation>Dieses Konto ist kein Administrator, daher kann Windows das Programm nicht mit Administratorrechten starten. Melden Sie sich mit einem Administratorkonto an.</translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation>Der Windows-Zeitdienst (W32Time) ist nicht installiert, daher kann w32tm die Uhr nicht stellen. Die Prüfung „Windows-Zeitdienst“ beschreibt, wie Sie ihn registrieren; führen Sie danach diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation>Der Status des Windows-Zeitdiensts konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation>Der Windows-Zeitdienst ist deaktiviert, daher kann w32tm die Uhr nicht stellen. Die Prüfung „Windows-Zeitdienst“ beschreibt, wie Sie ihn aktivieren; führen Sie danach diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation>Der Windows-Zeitdienst ist %1, w32tm benötigt ihn aber im laufenden Zustand (sonst meldet es 0x80070426). Starten Sie ihn zuerst: „%2“ (start_time_service) in der Prüfung „Windows-Zeitdienst“ oder als Administrator mit net start w32time; führen Sie danach diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation>Die Uhr wurde möglicherweise nicht neu synchronisiert: Führen Sie die Uhrzeitprüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Die alte Uhrzeit war falsch und muss nicht wiederhergestellt werden. Windows-Zeit hält die Uhr ab jetzt korrekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation>Diese Korrektur stellt die Uhr mit Windows-Zeit, das es nur unter Windows gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation>Auf diesem Computer läuft kein Windows; seine Uhr wird von einem eigenen Zeitdienst gehalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Die Windows-Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation>noch nicht mit der Azure-Zeit verglichen (führen Sie zuerst die Uhrzeitprüfung aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation>die Uhrzeit ihrer Zeitquelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation>%1 vor der Azure-Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation>%1 hinter der Azure-Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation>sie springt um etwa %1 zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation>sie springt um etwa %1 vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation>die Uhrzeit ihrer Zeitquelle (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation>Die Uhr dieses Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation>Führen Sie %1 als Administrator aus: Windows-Zeit fragt die Uhrzeit bei seiner Zeitquelle ab und stellt die Uhr dieses Servers danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation>Die Uhr liegt %1; %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation>Auf einem Domänenmitglied ist der Domänencontroller die Zeitquelle: Wenn dessen Uhrzeit falsch ist, korrigieren Sie sie dort, sonst übernimmt dieser Server sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation>Dies erfordert Administratorrechte und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation>Die Abweichung von der Azure-Zeit liegt nahe an einer ganzen Stundenzahl (%1 h): Wahrscheinlich ist die Zeitzone falsch, nicht die Uhr, und das Stellen der Uhr würde nicht helfen. Siehe Zeitzonenprüfung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation>Die Uhr dieses Servers stimmt bereits mit der Azure-Zeit überein; es muss nichts gestellt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation>Uhr wird gestellt (w32tm /resync)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation>Windows-Zeit hat die Uhr anhand seiner Zeitquelle gestellt. Die Uhrzeitprüfung wird erneut ausgeführt, um sie mit der Azure-Zeit zu vergleichen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation>Die Uhr wurde nicht gestellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation>Starten Sie zuerst den Windows-Zeitdienst („%1“ in der Prüfung „Windows-Zeitdienst“) und führen Sie dann diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>Verwenden Sie zuerst „Als Administrator neu starten“ und führen Sie dann diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation>Uhr anhand ihrer Zeitquelle stellen</translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>TLS 1.2 in Windows (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation>Azure akzeptiert nur TLS 1.2-Verbindungen. Wenn Windows für die ausgehenden Verbindungen dieses Servers kein TLS 1.2 anbietet, schlagen Registrierung, Sicherungen und Wiederherstellungen des Agents fehl, oft mit Fehler 10054 „An existing connection was forcibly closed by the remote host“. Die Installationsanleitung von Microsoft führt TLS 1.2 unter „Vorbereitung“ auf.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation>Die TLS 1.2-Einstellungen von Windows (SCHANNEL) konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation>%1 kann TLS 1.2 nicht verwenden, das Azure voraussetzt, daher kann der Agent von diesem Server aus keine Verbindung mit Azure herstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation>Verlagern Sie die Sicherung auf einen Server mit einer vom Agent unterstützten Windows-Version (Windows Server 2012 oder höher).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation>TLS 1.2 ist für die ausgehenden Verbindungen dieses Servers aktiviert (SCHANNEL-Einstellungen für TLS 1.2 Client).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation>TLS 1.2 ist für die ausgehenden Verbindungen dieses Servers aktiv: Die SCHANNEL-Einstellungen sind nicht gesetzt, und %1 aktiviert TLS 1.2 standardmäßig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 ist für die ausgehenden Verbindungen dieses Servers deaktiviert (SCHANNEL TLS 1.2 Client Enabled = 0), daher kann der Agent keine Verbindung mit Azure herstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 ist für die ausgehenden Verbindungen dieses Servers standardmäßig deaktiviert (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), daher kann der Agent keine Verbindung mit Azure herstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>Die SCHANNEL-Einstellung Enabled für TLS 1.2 Client enthält %1 statt der Zahl 1, daher ist TLS 1.2 für die ausgehenden Verbindungen dieses Servers möglicherweise deaktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>Die SCHANNEL-Einstellung DisabledByDefault für TLS 1.2 Client enthält %1 statt der Zahl 0, daher ist TLS 1.2 für die ausgehenden Verbindungen dieses Servers möglicherweise deaktiviert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation>TLS 1.2 ist für die ausgehenden Verbindungen dieses Servers nicht aktiviert: Unter %1 müssen die SCHANNEL-Einstellungen für TLS 1.2 Client nach der Installation von Update %2 angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation>Verwenden Sie „%1“, um die Werte zu setzen (erfordert Administratorrechte), und starten Sie dann den Server neu: Windows liest diese Einstellungen beim Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation>Stellen Sie sicher, dass Update %1 installiert ist (Windows Update oder Microsoft Update-Katalog). Verwenden Sie dann „%2“, um die Werte anzulegen (erfordert Administratorrechte), und starten Sie den Server neu: Windows liest diese Einstellungen beim Start.</translation>
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
        <translation>Windows-Standard, wenn die Einstellungen fehlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation>TLS 1.2 aktiviert (Windows Server 2012 R2 / 8.1 und höher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation>TLS 1.2 für Clients deaktiviert (vor Windows Server 2012 R2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation>Gelesen: HKLM\%1 Enabled und DisabledByDefault (REG_DWORD). Der Microsoft-Artikel „Transport Layer Security in Azure Backup“ (09/2022) verlangt Enabled = 1 und DisabledByDefault = 0; beides ist ab Windows Server 2012 R2 der Windows-Standard, fehlende Werte sind dort also in Ordnung. Installieren Sie unter Windows Server 2008 SP2 KB4019276, unter 2008 R2 / Windows 7 / 2012 KB3140245 und legen Sie dann die Werte an.</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation>%1 (Gruppe %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation>die Gruppe %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation>%1; %2 (%3, %4); %5 von %6 Triggern aktiviert; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation>letzte Ausführung %1 UTC, Ergebnis 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation>noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation>Neue Instanz parallel ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation>Neue Instanz in die Warteschlange stellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation>Vorhandene Instanz beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation>Keine neue Instanz starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation>Aufgabe für den Sicherungszeitplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation>Die geplanten Sicherungen des Agents werden von einer Aufgabe in der Aufgabenplanung gestartet; ist diese Aufgabe oder ihr Trigger deaktiviert, laufen Sicherungen nicht nach Zeitplan, und darf sie eine zweite Instanz von sich starten, schlägt eine Sicherung mit „another job was in progress“ fehl.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation>Die Aufgabenplanung kann auf diesem Computer nicht abgefragt werden, daher wird der Sicherungszeitplan nicht geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation>Die geplanten Aufgaben des Agents konnten nicht aus der Aufgabenplanung gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation>Öffnen Sie die Aufgabenplanung (taskschd.msc) als Administrator und sehen Sie unter Aufgabenplanungsbibliothek &gt; Microsoft &gt; OnlineBackup nach. Wenn auch die Aufgabenplanung den Ordner nicht öffnen kann, stellen Sie sicher, dass der Dienst „Aufgabenplanung“ läuft (oder starten Sie den Server neu), und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation>Dieser Server ist registriert, aber keine Sicherung ist geplant: Die Aufgabenplanung enthält in %1 keine Aufgabe, daher startet keine Sicherung von selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation>Öffnen Sie Microsoft Azure Backup (die Konsole des Agents) und wählen Sie „Sicherung planen“; beim Speichern des Zeitplans wird die Aufgabe erstellt. Wird dort bereits ein Zeitplan angezeigt, ändern Sie ihn und speichern Sie ihn erneut, damit der Agent seine Aufgabe neu erstellt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation>Es ist noch keine Sicherung geplant (die Aufgabenplanung enthält in %1 keine Aufgabe). Das ist vor der Registrierung des Servers normal: Der Agent erstellt seine Aufgabe, wenn nach der Registrierung eine Sicherung geplant wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation>Ob der Server registriert ist, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation>Ordner %1 der Aufgabenplanung</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation>Registrierungsstatus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation>Öffnen Sie in der Aufgabenplanung Aufgabenplanungsbibliothek &gt; Microsoft &gt; OnlineBackup &gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation>Die geplante Aufgabe %1 ist deaktiviert, daher laufen Sicherungen nicht nach Zeitplan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation>„%1“ im Assistenten aktiviert sie; oder: %2, klicken Sie mit der rechten Maustaste darauf und wählen Sie „Aktivieren“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation>„%1“ im Assistenten stellt dies ein; oder: %2 &gt; Eigenschaften &gt; Trigger, wählen Sie jeden deaktivierten Trigger aus, klicken Sie auf „Bearbeiten“ und aktivieren Sie „Aktiviert“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation>„%1“ im Assistenten stellt dies ein; oder: %2 &gt; Eigenschaften &gt; Einstellungen, und setzen Sie „Regel, falls die Aufgabe bereits ausgeführt wird“ auf „%3“.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation>Die geplante Aufgabe %1 hat keinen Trigger, daher startet sie nie eine Sicherung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation>Öffnen Sie Microsoft Azure Backup (die Konsole des Agents), wählen Sie „Sicherung planen“, ändern Sie den Zeitplan und speichern Sie ihn, damit der Agent seine Trigger neu schreibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>%n Trigger der geplanten Aufgabe %1 ist deaktiviert, daher starten zu diesem Zeitpunkt keine Sicherungen.</numerusform>
            <numerusform>%n Trigger der geplanten Aufgabe %1 sind deaktiviert, daher starten zu diesen Zeitpunkten keine Sicherungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation>Die geplante Aufgabe %1 ist auf „%2“ eingestellt, falls sie noch läuft, daher kann eine Sicherung mit „Job could not be started as another job was in progress“ fehlschlagen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation>Die geplante Aufgabe %1 wird als %2 statt als SYSTEM oder Gruppe „Administratoren“ ausgeführt, daher stoppen Sicherungen, wenn sich das Kennwort dieses Kontos ändert oder es seine Rechte verliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation>%1 &gt; Eigenschaften &gt; Allgemein, wählen Sie „Benutzer oder Gruppe ändern“ und geben Sie SYSTEM ein (dieses Tool ändert nicht, unter welchem Konto eine Aufgabe läuft). Auch das Ändern und Speichern des Zeitplans in der Konsole des Agents registriert die Aufgabe neu.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>Die geplante Aufgabe des Agents in %1 ist aktiviert, läuft als SYSTEM oder Administratoren, hat aktivierte Trigger und startet keine zweite Instanz.</numerusform>
            <numerusform>Die %n geplanten Aufgaben des Agents in %1 sind aktiviert, laufen als SYSTEM oder Administratoren, haben aktivierte Trigger und starten keine zweite Instanz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation>Starten Sie den Server nach dem Ändern der Aufgabe neu, wie es der Leitfaden zur Problembehandlung empfiehlt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation>Attribute des Cacheordners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation>Der Agent kann keinen Cache verwenden, der komprimiert, verschlüsselt, eine Datei mit geringer Dichte (Sparse), eine Verknüpfung oder auf einem deduplizierten Laufwerk ist; seine Cachedateien lassen sich nicht einbinden.</translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation>Freier Speicherplatz für den Cacheordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation>Der Agent speichert seinen Cache und seine Metadaten auf diesem Laufwerk; ist dort kein Platz mehr, schlagen Sicherungen fehl.</translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation>Speicherort des Cacheordners</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation>Liegt der Cacheordner auf dem falschen Laufwerk, ist laut Dokumentation das Verschieben der Ausweg; falsch ausgeführt, verliert der Agent seinen Cache.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation>Der Cacheordner %1 sollte verschoben werden: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation>Agent installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation>Es konnte nicht ermittelt werden, ob der Cacheordner %1 verschoben werden sollte, weil einige Angaben dazu nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation>Der Cacheordner %1 kann bleiben, wo er ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation>Cacheordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Ermittelt aus</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryCheck.cpp" line="+22"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation>konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation>nicht geprüft (kein Wert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation>Cacheordner in der Registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation>Der Agent liest seinen Cacheordner aus zwei Registry-Werten; stimmen sie nicht überein oder fehlt der Ordner, schlagen Registrierung und Sicherungen fehl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation>Auf diesem Computer läuft kein Windows, daher gibt es die Registry-Werte für den Cache des Agents hier nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation>Der Agent ist noch nicht installiert, daher ist sein Cachespeicherort nicht festgelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation>HKLM\%1\%2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation>Es konnte nicht ermittelt werden, ob der Agent installiert ist, daher wurde sein Cachespeicherort nicht geprüft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>Der Cachespeicherort des Agents konnte nicht aus der Registry gelesen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Starten Sie die Problembehandlung als Administrator neu und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation>Wenn der Cacheordner verschoben wurde, setzen Sie als Administrator beide Werte auf den neuen Ort (%1 und %2, mit dem Ordner) und führen Sie dann net stop obengine und net start obengine aus. Wurde er gelöscht, sind Cache und Schlüsseldatei des Agents verloren: Wenden Sie sich an den Microsoft-Support; der Server muss möglicherweise mit seiner ursprünglichen Passphrase erneut registriert werden.</translation>
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
        <translation>Beide Registry-Werte verweisen auf den Cacheordner %1, und er ist vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation>Der in der Registry angegebene Cacheordner %1 konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation>Der in der Registry angegebene Cacheordner %1 ist eine Datei, kein Ordner, daher kann der Agent seinen Cache nicht verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation>Der in der Registry angegebene Cacheordner %1 ist nicht vorhanden, daher kann der Agent seinen Cache nicht verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation>Der Agent ist installiert, aber beide Registry-Werte, die den Ort seines Cacheordners angeben, fehlen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation>Der Registry-Wert %1 fehlt, daher stimmen die beiden Werte für den Cachespeicherort des Agents nicht überein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation>Die beiden Registry-Werte für den Cachespeicherort des Agents stimmen nicht überein (%1 und %2), daher findet der Agent seinen Cache möglicherweise nicht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Bringen Sie das Laufwerk von %1 wieder online und führen Sie diese Prüfung erneut aus; verweisen Sie den Agent nicht auf einen anderen Ordner, solange sein Cache möglicherweise nur nicht erreichbar ist. Ist das Laufwerk endgültig weg, verschieben Sie den Cache wie dokumentiert (der Punkt „Speicherort des Cacheordners“ nennt die Schritte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation>„Cachespeicherort in der Registry reparieren“ im Assistenten setzt %1 auf %2, den vorhandenen Ordner (der Agent-Dienst wird neu gestartet), oder führen Sie als Administrator %3 und dann net stop obengine und net start obengine aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation>Beide Ordner sind vorhanden, daher kann die Problembehandlung nicht erkennen, welchen der Agent verwendet. Suchen Sie den Ordner mit dem aktuellen Cache des Agents (kürzlich geänderte Dateien) und führen Sie dann als Administrator %1 und %2 mit diesem Ordner aus, danach net stop obengine und net start obengine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation>Installationsordner des Agents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation>Ordner aus dem Wert Config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation>Ordner aus dem Wert CloudBackupProvider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation>Beide Werte müssen denselben vorhandenen Ordner angeben (FAQ „How to check if scratch folder is valid and accessible“). Verglichen wird wie bei Windows-Pfaden: ohne Beachtung der Groß-/Kleinschreibung, ein abschließender umgekehrter Schrägstrich wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation>vor der Änderung beendet, danach wieder gestartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation>neu gestartet, falls er läuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation>unbekannt (vom Dateisystem nicht gemeldet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation>zuletzt geschrieben %1 UTC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation>Der Agent-Dienst obengine konnte nicht beendet werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation>Der Agent-Dienst obengine ist nach der Wartezeit noch %1; es wurde nichts geändert. Sobald er beendet ist, führen Sie net start obengine aus und versuchen Sie die Korrektur erneut.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 wird als %2 statt %3 zurückgelesen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation>Der Agent-Dienst obengine wurde nicht wieder gestartet (%1): Führen Sie net start obengine als Administrator aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation>Cachespeicherort in der Registry reparieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation>Der Agent-Dienst obengine ist möglicherweise noch beendet: Führen Sie net start obengine als Administrator aus. ScratchLocation enthält möglicherweise den alten oder den neuen Wert: Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>Der Cachespeicherort des Agents konnte nicht aus der Registry gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation>Beide Werte geben bereits den vorhandenen Ordner %1 an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation>Keiner der Registry-Werte gibt einen Ordner an, der in den anderen Wert übernommen werden kann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation>Es gibt nichts zu reparieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation>Diese Korrektur übernimmt einen Wert nur, wenn er einen vorhandenen Ordner angibt und der andere Wert fehlt oder einen fehlenden Ordner angibt; sie erfindet nie einen Pfad.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation>%1 gibt %2 an, das zu fehlen scheint, aber sein Laufwerk ist nicht vorhanden oder antwortet nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Den Agent jetzt auf %1 zu verweisen, könnte ihn auf eine alte Kopie seines Caches zurückführen. Bringen Sie das Laufwerk wieder online (Datenträgerverwaltung) und führen Sie die Prüfung erneut aus; ist das Laufwerk endgültig weg, verschieben Sie den Cache wie dokumentiert (der Punkt „Speicherort des Cacheordners“ nennt die Schritte).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation>Beide ScratchLocation-Werte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation>zuerst im Korrekturjournal gesichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation>Ordner %1 (angegeben durch %2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation>nicht geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation>%1 wird auf %2 gesetzt, den Ordner, den der andere Wert angibt und der vorhanden ist. Beide Werte werden zuerst im Korrekturjournal gesichert. Der Agent liest den Wert beim Start, daher wird sein Dienst obengine neu gestartet, falls er läuft.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation>„Rückgängig machen“ schreibt den alten Wert %1 zurück in %2 und startet obengine erneut neu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation>Kann hier nicht rückgängig gemacht werden: %1 war vorher nicht vorhanden, und diese Problembehandlung kann Registry-Werte schreiben, löscht aber nie einen. Um zurückzukehren, führen Sie als Administrator aus: reg delete &quot;HKLM\%2&quot; /v %3 /f</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation>Registry-Wert %1 wird geändert</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation>Der Plan gibt nicht an, welcher Wert geändert werden soll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation>Die Registry-Werte konnten nicht erneut gelesen werden; es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Die Registry-Werte haben sich seit der Vorschau geändert; es wurde nichts geändert. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation>Der Ordner %1 ist nicht mehr vorhanden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation>Die Cacheordner haben sich seit der Vorschau geändert, daher ist nicht mehr sicher, dass %1 falsch ist; es wurde nichts geändert. Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation>%1 auf %2 gesetzt. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation>%1 auf %2 gesetzt; beide Werte geben jetzt denselben Ordner an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation>Der Agent-Dienst obengine ist möglicherweise noch beendet: Führen Sie net start obengine als Administrator aus. ScratchLocation kann jeden der beiden Werte enthalten: Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>Der Journaleintrag gibt nicht an, welcher Wert zurückgeschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation>%1 wird nicht auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation>%1 wird auf %2 zurückgesetzt. Der Agent-Dienst obengine wird neu gestartet, falls er läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation>Wenn Sie die Korrektur erneut ausführen, wird der Wert erneut repariert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 wurde nach der Korrektur erneut geändert (jetzt %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation>Der Journaleintrag gibt nicht an, welcher Wert zurückgeschrieben werden soll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation>%1 wurde nach der Korrektur erneut geändert (jetzt %2); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation>%1 auf %2 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation>Diese Regel zum Cacheordner konnte nicht ausgewertet werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Die Windows-Version konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation>Auf diesem Computer läuft kein Windows, daher hat er keinen Cacheordner für den MARS-Agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation>Weder die Registry noch der Installationsordner gibt an, wo sich der Cacheordner befindet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation>Es konnte nicht ermittelt werden, wo sich der Cacheordner des Agents befindet oder befinden wird.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation>Cacheordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Ermittelt aus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>komprimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation>sparse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation>eine Verknüpfung (Analysepunkt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation>Die technischen Details nennen, was nicht gelesen werden konnte. Ist das Laufwerk des Cacheordners offline oder nicht verfügbar, stellen Sie es wieder bereit; andernfalls starten Sie die Problembehandlung als Administrator neu und führen Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation>Der Cache muss auf einem lokalen, festen NTFS-Laufwerk mit ausreichend freiem Speicherplatz liegen; der Punkt „Speicherort des Cacheordners“ nennt die genauen Schritte zum Verschieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation>Installieren Sie den Agent mit seinem Cache auf einem lokalen, festen NTFS-Laufwerk mit ausreichend freiem Speicherplatz, mit dem Schalter /s: des Installationsprogramms, zum Beispiel: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (fügen Sie /p:&quot;&lt;install folder&gt;&quot; hinzu, um auch den Installationsordner festzulegen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation>Verschieben Sie den Cache in einen Ordner auf einem lokalen, festen NTFS-Laufwerk mit ausreichend freiem Speicherplatz (ersetzen Sie unten &lt;new folder&gt;, z. B. durch D:\MARS\Scratch), in einer Eingabeaufforderung mit erhöhten Rechten: 1. net stop obengine 2. Wenn eine Systemstatussicherung konfiguriert ist, öffnen Sie die Datenträgerverwaltung und trennen Sie die Datenträger namens CBSSBVol_&lt;ID&gt;. 3. Kopieren (nicht verschieben) Sie den gesamten Ordner: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Führen Sie eine bedarfsgesteuerte Sicherung aus (Jetzt sichern); sobald sie erfolgreich ist, löschen Sie den alten Ordner %1. Ändern Sie den Cachespeicherort nicht, während eine anfängliche Replikation per Offlineseeding läuft.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation>Der Cacheordner %1 liegt auf einem Laufwerk, das derzeit nicht auf diesem Computer vorhanden ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation>Stellen Sie das Laufwerk wieder bereit (Datenträger wieder verbinden oder präsentieren, in der Datenträgerverwaltung den Laufwerkbuchstaben zuweisen) und führen Sie dann die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation>Das Laufwerk des Cacheordners %1 konnte nicht ermittelt werden.</translation>
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
        <translation>Das Laufwerk %1 des Cacheordners %2 ist offline oder nicht bereit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation>GetVolumeInformationW: Das Gerät ist nicht bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation>Schalten Sie den Datenträger online (Datenträgerverwaltung: Rechtsklick auf den Datenträger, „Online“) und führen Sie dann die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation>Laufwerktyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>Dateisystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation>(nicht gemeldet)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation>GetDriveTypeW: %1; Dateisystem: %2; UNC-Pfad: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation>er liegt auf einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation>Der Cacheordner %1 liegt auf einer Netzwerkfreigabe; der Agent benötigt ihn auf einem lokalen Laufwerk dieses Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation>er liegt auf einem Wechsellaufwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation>Der Cacheordner %1 liegt auf einem Wechsellaufwerk; der Agent benötigt ihn auf einem festen lokalen Laufwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation>sein Laufwerk ist kein Festplattenlaufwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation>Der Cacheordner %1 liegt auf einem Laufwerk, das Windows als %2 meldet, nicht als festen lokalen Datenträger, wie ihn der Agent erwartet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation>sein Laufwerk ist nicht NTFS-formatiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation>Der Cacheordner %1 liegt auf einem %2-Laufwerk, nicht auf NTFS, dem einzigen Dateisystem, das Microsoft für den Agent dokumentiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation>UNBESTÄTIGT (Katalog B2): Ob ReFS oder andere Dateisysteme für den Cache funktionieren, ist nicht dokumentiert; die FAQ nennt NTFS als einziges unterstütztes Dateisystem für Sicherungsquellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation>Der Cacheordner %1 liegt auf einem lokalen, festen NTFS-Laufwerk.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation>Die Attribute des Cacheordners %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation>Geprüfter Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation>Datendeduplizierung auf dem Laufwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>konnte nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation>Datendeduplizierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation>Auf seinem Laufwerk ist die Datendeduplizierung aktiviert, die der Agent für seinen Cache nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation>Der Cache kann nicht auf einem deduplizierten Volume bleiben: Verschieben Sie ihn auf ein Laufwerk ohne Datendeduplizierung. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation>Ob auf seinem Laufwerk die Datendeduplizierung aktiviert ist, konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation>sein Laufwerk verwendet Datendeduplizierung</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation>Der Cacheordner %1 ist noch nicht vorhanden und würde auf einem Laufwerk mit aktivierter Datendeduplizierung angelegt, die der Agent für seinen Cache nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation>Die Prüfung wurde abgebrochen, während sie die Dateien im Cacheordner %1 untersuchte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation>Untersuchte Dateien und Ordner darin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation>Darin komprimiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation>Darin verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation>Zum Beispiel: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation>Nur die ersten %1 Dateien und Ordner bis zu %2 Ordnerebenen tief wurden untersucht; der Cacheordner enthält mehr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation>Konnte nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation>ist %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>%n Datei oder Ordner darin ist komprimiert</numerusform>
            <numerusform>%n Dateien oder Ordner darin sind komprimiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>%n Datei oder Ordner darin ist verschlüsselt</numerusform>
            <numerusform>%n Dateien oder Ordner darin sind verschlüsselt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation>Der Cacheordner %1 ist nicht komprimiert, verschlüsselt, sparse oder eine Verknüpfung, aber die Dateien darin konnten nicht alle geprüft werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation>Der Cacheordner %1 und seine Dateien sind nicht komprimiert, verschlüsselt, sparse oder eine Verknüpfung. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation>Der Cacheordner %1 ist nicht komprimiert, verschlüsselt, sparse oder eine Verknüpfung, und keine der %2 darin untersuchten Dateien und Ordner ist es; der Rest wurde nicht untersucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation>Prüfen Sie den Rest als Administrator: compact /s:&quot;%1&quot; und cipher /s:&quot;%1&quot; listen auf, was komprimiert oder verschlüsselt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation>Der Cacheordner %1 und die Dateien darin sind nicht komprimiert, verschlüsselt, sparse oder eine Verknüpfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation>Der Cacheordner %1 selbst ist in Ordnung, aber %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation>Der Cacheordner %1 %2, was der Agent für seinen Cache nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation>Dateien darin sind %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation>er würde %1 angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation>Der Cacheordner %1 ist noch nicht vorhanden und würde %2 angelegt, weil %3 %2 ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation>Entfernen Sie das Attribut von %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; als Administrator), oder wählen Sie mit dem Schalter /s: des Installationsprogramms einen anderen Cacheordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation>Der Cacheordner %1 ist noch nicht vorhanden; %2, wo er angelegt würde, ist weder komprimiert noch verschlüsselt. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation>Der Cacheordner %1 ist noch nicht vorhanden; %2, wo er angelegt würde, ist weder komprimiert noch verschlüsselt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>er ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation>Der Cacheordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation>Nichts im Ordner ist komprimiert oder verschlüsselt, daher genügt es, das Attribut des Ordners selbst zu entfernen: „%1“ im Assistenten, oder führen Sie als Administrator compact /u &quot;%2&quot; und cipher /d &quot;%2&quot; aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation>er ist %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation>Wird nur das Attribut des Ordners entfernt, bleiben die bereits im Cache vorhandenen Dateien unverändert. Verschieben Sie den Cache wie dokumentiert in einen neuen Ordner, der weder komprimiert noch verschlüsselt ist; %1 Führen Sie dann diese Prüfung erneut aus: Sie untersucht auch die Dateien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation>Eine Verknüpfung oder ein Sparse-Ordner kann nicht an Ort und Stelle repariert werden: Verschieben Sie den Cache in einen normalen Ordner. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation>Der freie Speicherplatz auf dem Laufwerk des Cacheordners %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Volumegröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation>Freier Anteil des Volumes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation>Fehler unter %1, Warnung unter %2 % des Volumes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation>GetDiskFreeSpaceExW auf %1: %2 Byte frei von %3. Microsoft verlangt freien Speicherplatz von 5–10 % der gesicherten Daten (mindestens 2,5 GB; 30–35 GB zusätzlich für den Systemstatus). Die Datenmenge ist hier nicht bekannt, daher verwendet die Warnung stattdessen 5 % des Volumes (Heuristik des Assistenten, Katalog B4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation>Geben Sie Speicherplatz auf diesem Laufwerk frei oder erweitern Sie das Volume, oder verschieben Sie den Cache auf ein Laufwerk mit mehr Platz. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation>auf seinem Laufwerk sind nur %1 frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation>Das Laufwerk des Cacheordners %1 hat nur %2 frei, weniger als die mindestens 2,5 GB, die der Agent benötigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation>sein Laufwerk ist zu %1 frei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation>Das Laufwerk des Cacheordners %1 hat nur %2 freien Speicherplatz (%3), weniger als die von Microsoft verlangten 5 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation>Das Laufwerk des Cacheordners %1 hat %2 frei (%3), genug für den Cache.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation>Das Laufwerk von %1 ist derzeit nicht auf diesem Computer vorhanden (%2); der Ordner ist möglicherweise nur nicht erreichbar, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation>Ob das Laufwerk von %1 vorhanden ist, konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation>Das Laufwerk %1 mit %2 ist offline oder nicht bereit; der Ordner ist möglicherweise nur nicht erreichbar, nicht gelöscht.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation>Der Wert ist keine Zeichenfolge (REG_SZ).</translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation>Laufwerk des Cacheordners</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation>Der Cache des Agents muss auf einem lokalen, festen Laufwerk liegen; auf einer Netzwerkfreigabe oder einem Wechsellaufwerk schlagen Sicherungen und Registrierung fehl.</translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation>Kein Server Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation>Der Agent unterstützt keine Windows Server Core-Installationen (ohne Desktop); seine Konsole benötigt den vollständigen Windows-Desktop.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation>Auf diesem Server läuft Nano Server, das der Agent nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation>Dieser Server ist eine Server Core-Installation (ohne Desktop), die der Agent nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation>Installieren Sie den Agent auf einem Windows Server, der mit Desktopdarstellung installiert ist. Ab Windows Server 2016 lässt sich der Desktop nicht zu Server Core hinzufügen: Verwenden Sie einen anderen Server oder installieren Sie neu mit „Desktopdarstellung“. Unter Windows Server 2012 R2 kann der Desktop mit dem PowerShell-Befehl Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation>Dies ist eine Desktopedition von Windows, bei der Server Core-Installationen keine Rolle spielen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation>Dieser Server ist mit vollständigem Desktop installiert, nicht als Server Core.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation>Installationstyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation>Gelesen: InstallationType und EditionID aus HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. Die Installationstypen „Server Core“ und „Nano Server“ sowie Editionen, die auf „Core“ enden, haben keinen Desktop; die Unterstützungsmatrix schließt Server Core-SKUs aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation>Keiner der beiden Werte ist auf diesem Server gespeichert, daher ließ sich Server Core anhand der Registry nicht ausschließen; Server Core hat keinen Explorer, ein Desktop vor Ihnen klärt die Frage also.</translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation>Agent-Dienst starten</translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation>Verwaltungs-Agent starten</translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation>Agent-Dienst starten (obengine)</translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation>Der Dienst wird möglicherweise gerade gestartet oder ist noch beendet: Sehen Sie in services.msc nach, starten Sie ihn, falls er beendet ist, und führen Sie dann die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation>Das Starten des Diensts ändert keine Einstellung. Um ihn wieder zu beenden, führen Sie „net stop %1“ als Administrator aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation>Der Dienst %1 ist auf diesem Server nicht installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation>Der Status des Diensts %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation>Dienst %1 starten, der derzeit %2 ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation>Der Dienst %1 ist bereits %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation>Der Dienst %1 ist deaktiviert und kann daher nicht gestartet werden. Führen Sie als Administrator „sc config %1 start= auto“ aus und dann diese Korrektur erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation>Dienst %1 wird gestartet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation>Der Dienst %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation>Der Dienst %1 lief bereits.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation>Der Dienst %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation>Der Dienst %1 ist %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation>Der Dienst %1 wurde gestartet, ist jetzt aber %2; den Grund finden Sie im Ereignisprotokoll „System“.</translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation>Windows-Zeitdienst starten</translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation>Nur Dateien löschen, deren letzte Änderung mehr als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h ago</source>
        <comment>the unit symbol of hours</comment>
        <translation> h zurückliegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 h: every .tmp file, whatever its age</source>
        <translation>0 h: jede .tmp-Datei, unabhängig vom Alter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation>.tmp-Dateien löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation>Möglicherweise wurde ein Teil der geplanten .tmp-Dateien gelöscht und der Rest ist noch vorhanden; sonst wurde nichts angerührt. Das Überwachungsprotokoll listet jede gelöschte Datei auf. Führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation>Gelöschte Dateien können nicht wiederhergestellt werden. Es sind Überbleibsel von Installationsprogrammen und Programmen, die nicht hinter sich aufgeräumt haben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation>Der Temp-Ordner wurde nicht gefunden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation>Der Temp-Ordner %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation>... und %1 weitere .tmp-Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation>%1 schreibgeschützte Dateien, %2 Ordner oder Verknüpfungen namens *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation>%1 .tmp-Dateien, die nicht älter als %2 Stunden sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation>%1 .tmp-Dateien (%2) älter als %3 Stunden direkt in %4 löschen; %5 jüngere .tmp-Dateien bleiben unverändert. Ordner, Verknüpfungen, schreibgeschützte Dateien, verwendete Dateien und nach dieser Vorschau geschriebene Dateien bleiben ebenfalls unverändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation>%1 .tmp-Dateien (%2) direkt in %3 löschen. Ordner, Verknüpfungen, schreibgeschützte Dateien, verwendete Dateien und nach dieser Vorschau geschriebene Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation>Es gibt keine .tmp-Dateien älter als %1 Stunden, die gelöscht werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation>Es gibt keine .tmp-Dateien, die gelöscht werden können.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>Zum Löschen von Dateien in %1 sind Administratorrechte erforderlich. Verwenden Sie zuerst „Als Administrator neu starten“ und führen Sie dann diese Korrektur erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation>Auch mit Administratorrechten darf dieses Programm %1 möglicherweise nicht ändern (%2). Bitten Sie die IT-Abteilung des Kunden, die Berechtigungen des Ordners zu prüfen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation>Der Temp-Ordner hat sich seit der Vorschau geändert; es wurde nichts gelöscht. Zeigen Sie die Vorschau der Korrektur erneut an.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation>%1 von %2 Dateien verarbeitet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation>%1 Dateien gelöscht, danach konnte der Ordner nicht mehr gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation>Abgebrochen, nachdem %1 von %2 .tmp-Dateien gelöscht wurden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation>Es waren keine .tmp-Dateien mehr zu löschen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation>%1 .tmp-Dateien gelöscht (%2 freigegeben); %3 blieben unverändert (%4 in Verwendung, %5 verweigert oder fehlgeschlagen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation>%1 .tmp-Dateien, die nicht in der Vorschau enthalten waren, blieben unverändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation>%1 .tmp-Dateien, die nicht älter als %2 Stunden sind, gehörten nicht zum Plan.</translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation>.tmp-Dateien im Windows-Temp-Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation>Windows kann pro Ordner höchstens 65.535 Namen für temporäre Dateien erzeugen; ist C:\Windows\Temp voller .tmp-Dateien, schlagen Setup und Registrierung des Agents fehl.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation>Der Temp-Ordner wurde nicht gefunden, daher konnten die .tmp-Dateien nicht gezählt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation>%1 Einträge gelesen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation>Das Zählen wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation>Der Temp-Ordner %1 konnte nicht gelesen werden, daher konnten die .tmp-Dateien nicht gezählt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Starten Sie die Problembehandlung als Administrator neu und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation>Der Temp-Ordner %1 enthält %2 .tmp-Dateien, daher kann Windows für den Agent keine temporären Dateien mehr anlegen: Löschen Sie sie vor dem Installieren oder Registrieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation>Der Temp-Ordner %1 enthält %2 .tmp-Dateien und ist damit nah an der Grenze von 65.535, ab der Setup und Registrierung des Agents fehlschlagen: Löschen Sie sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation>Der Temp-Ordner %1 enthält %2 .tmp-Dateien, weit unter der Grenze, ab der Setup und Registrierung scheitern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation>„.tmp-Dateien löschen“ im Assistenten entfernt sie (Sie sehen vorher genau, was gelöscht wird); oder löschen Sie %1\*.tmp manuell als Administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation>.tmp-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation>Größe der .tmp-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation>Schreibgeschützte .tmp-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation>Ordner oder Verknüpfungen namens *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation>Alle Einträge im Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation>Warnung ab %1, Fehler ab %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation>GetTempFileName verwendet nur die unteren 16 Bit seiner eindeutigen Nummer, daher erlauben ein Ordner und ein Präfix höchstens 65.535 Namen; darüber hinaus schlägt das Anlegen einer temporären Datei fehl. Gezählt wurden reguläre Dateien, die auf *.tmp passen, direkt im Ordner.</translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation>Windows-Temp-Ordner ist beschreibbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation>Der Agent lädt während Installation und Registrierung Dateien nach C:\Windows\Temp herunter; kann er dort nicht schreiben, schlägt die Registrierung fehl.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation>Der Windows-Temp-Ordner wurde nicht gefunden und konnte daher nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation>Es konnte nicht ermittelt werden, ob im Windows-Temp-Ordner %1 Dateien erstellt werden können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation>Der Windows-Temp-Ordner %1 ist nicht vorhanden, daher kann der Agent seine Dateien nicht dorthin herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation>Bitten Sie die IT-Abteilung, %1 mit den Standardberechtigungen neu anzulegen (SYSTEM und Administratoren: Vollzugriff), und starten Sie dann Windows neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation>Selbst als Administrator kann im Windows-Temp-Ordner %1 keine Datei erstellt werden, daher kann der Agent seine Dateien nicht dorthin herunterladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation>Bitten Sie die IT-Abteilung, die Berechtigungen des Ordners zu reparieren: SYSTEM und Administratoren benötigen Vollzugriff, zum Beispiel als Administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; zeigt die aktuellen an).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation>Bitten Sie die IT-Abteilung, die Berechtigungen des Ordners zu reparieren (ls -ld &quot;%1&quot; zeigt sie an).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation>Die Problembehandlung kann ohne Administratorrechte keine Dateien im Windows-Temp-Ordner %1 erstellen, daher kann sie nicht feststellen, ob der Agent es kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation>Starten Sie die Problembehandlung als Administrator neu („Als Administrator neu starten“ im Assistenten) und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation>Melden Sie sich mit einem Konto der lokalen Gruppe „Administratoren“ an und führen Sie diese Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation>Im Windows-Temp-Ordner %1 können Dateien erstellt werden, daher kann der Agent seine Dateien dorthin herunterladen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation>Kann Dateien erstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation>canModifyFolder mit den Rechten dieses Prozesses; der Agent läuft als SYSTEM, wofür das vollständige Token eines Administrators stellvertretend steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Volumegröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation>Im Windows-Temp-Ordner %1 können Dateien erstellt werden, aber sein Laufwerk hat nur %2 frei, zu wenig für die Downloads des Agents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation>Geben Sie auf dem Laufwerk von %2 mindestens %1 frei (Datenträgerbereinigung, oder verschieben Sie Daten auf ein anderes Laufwerk).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation>Der freie Speicherplatz konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation>Komprimiert oder verschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>weder noch</translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Bei falscher Zeitzone kann die Uhr richtig aussehen, während ihre UTC-Zeit um Stunden abweicht; die Registrierung schlägt dann mit „Invalid vault credentials provided“ fehl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation>Die Zeitzone konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation>Die Zeitzone ist %1 (%2), die in %3, dem Land bzw. der Region, auf das dieser Server eingestellt ist, nicht verwendet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation>Fragen Sie den Kunden, wo der Server steht. Ist die Zone falsch, stellen Sie sie als Administrator mit tzutil /s &quot;&lt;zone&gt;&quot; ein und führen Sie dann die Prüfungen erneut aus. Eine Änderung der Zone verschiebt die Ortszeit, nicht die UTC-Zeit der Uhr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation>In %1 verwendete Zonen: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation>Die Zeitzone ist %1 (%2). Klären Sie mit dem Kunden, ob der Server dort steht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation>Die Zeitzone ist UTC, eine übliche Wahl für Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation>Die Zeitzone ist %1 (%2) und wird in %3 verwendet, dem Land bzw. der Region, auf das dieser Server eingestellt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation>Aktuelle Abweichung von UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation>UTC-Zeit (Uhr dieses Servers)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation>Einstellung für Land oder Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation>Ob eine Zone in einem Land verwendet wird, stammt aus der Zonentabelle von Unicode CLDR. Die Uhr selbst vergleicht die Uhrzeitprüfung mit der Azure-Zeit.</translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation>Zertifikate der Verbindung zu Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation>Die Registrierung meldet sich mit einem Zertifikat über TLS bei Azure an. Ein Gerät, das die Verbindung öffnet und neu signiert (TLS-Inspektion), oder ein Zertifikat, dem dieser Server nicht vertraut, unterbricht sie.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation>Die Zertifikate der Verbindungen zu Azure konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation>eine unbenannte Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation>Stammzertifikat von %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation>Das Zertifikat, das %1 für %2 vorweist, ist abgelaufen, daher wird die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation>Das Zertifikat, das %1 vorweist, gilt nicht für diesen Namen (es gilt für einen anderen Host), daher wird die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation>Das Zertifikat, das %1 %2 vorweist, wurde von „%3“ ausgestellt, der dieser Server nicht vertraut, daher wird die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation>Die Verbindung zu %1 %2 wird von „%3“ inspiziert: Ihre Zertifikatkette endet bei dieser Stelle, nicht bei einem der Stammzertifikate, die Azure verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation>Keine HTTPS-Verbindung zu Azure kam bis zu TLS, daher gibt es kein Zertifikat zum Untersuchen (siehe Verbindungsprüfung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation>Die Verbindungen zu Azure tragen die eigenen Zertifikate von Azure: Nichts dazwischen öffnet sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation>Bitten Sie das Netzwerkteam, die Azure-Adressen (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) von der TLS-Inspektion auszunehmen oder diesen Server der inspizierenden Zertifizierungsstelle vertrauen zu lassen (in LocalMachine\Root), falls die Inspektion bleiben muss.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation>Die Stammzertifikate, auf die die TLS-Endpunkte von Azure verweisen (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation>Datei mit Tresoranmeldeinformationen: Agent-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation>Heute heruntergeladene Dateien mit Tresoranmeldeinformationen enthalten ein Feld, das Agents älter als 2.0.9249.0 nicht lesen können, daher erklären sie eine gültige Datei für ungültig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation>Der Agent ist noch nicht installiert; der neueste Agent liest jede Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>Es konnte nicht ermittelt werden, ob der Agent installiert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation>Die Version des installierten Agents konnte nicht gelesen werden, daher ist nicht bekannt, ob er diese Datei liest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>„%1“ ist keine Versionsnummer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation>Der installierte Agent %1 ist älter als %2 und kann aktuelle Dateien mit Tresoranmeldeinformationen nicht lesen: Er würde diese Datei für ungültig erklären (ID: 34513).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation>Laden Sie den neuesten Agent von %1 herunter und führen Sie ihn auf diesem Server aus: Er wird direkt aktualisiert und behält seine Einstellungen. Registrieren Sie dann mit dieser Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation>Der installierte Agent %1 liest aktuelle Dateien mit Tresoranmeldeinformationen (%2 oder höher erforderlich).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation>Agent-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation>Mindestens: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation>Datei mit Tresoranmeldeinformationen: Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation>Die Registrierung meldet sich mit dem Zertifikat in der Datei an. Es muss seinen privaten Schlüssel enthalten und vor Ablauf verwendet werden (kurze Zeit nach dem Download), sonst meldet der Agent, dass die Datei ungültig oder abgelaufen ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation>Laden Sie im Azure-Portal eine neue Datei mit Tresoranmeldeinformationen herunter (Tresor &gt; Eigenschaften &gt; Sicherungsanmeldeinformationen) und registrieren Sie sich sofort damit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation>Die Datei enthält nur den öffentlichen Teil ihres Zertifikats, ohne den privaten Schlüssel, mit dem sich die Registrierung anmeldet: Sie wurde manuell erstellt (ein bekannter PowerShell-Fehler), und der Agent erklärt sie für abgelaufen oder ungültig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation>Wenn sie aus einem Skript stammt, schreiben Sie den PFX-Export des Zertifikats (mit privatem Schlüssel) in ManagementCert, nicht dessen RawData.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation>Das Zertifikat der Datei (ManagementCert) ist weder ein Zertifikat noch eine PFX-Datei: Die Datei ist beschädigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation>Das Zertifikat der Datei ist durch ein Kennwort geschützt; der Agent öffnet es mit einem leeren Kennwort und kann es daher nicht verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation>Das Zertifikat der Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation>Die Datei enthält kein Zertifikat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation>Das Zertifikat der Datei hat keinen privaten Schlüssel, daher kann sich die Registrierung damit nicht anmelden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation>Zertifikatantragsteller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>Fingerabdruck (SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation>Privater Schlüssel enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation>Die Daten des Zertifikats konnten nicht mit der Uhrzeit verglichen werden: Es konnte keine Uhr gelesen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation>Das Zertifikat der Datei ist am %1 abgelaufen (laut %2), daher meldet der Agent „Vault credentials file provided has expired“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation>Wenn die Datei neu ist, geht die Uhr dieses Servers falsch: Korrigieren Sie sie zuerst (siehe Uhrzeitprüfung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation>Das Zertifikat der Datei ist erst ab %1 gültig, das laut %3 noch %2 Minute(n) in der Zukunft liegt: Die Uhr dieses Servers geht nach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation>Korrigieren Sie die Uhr dieses Servers (siehe Uhrzeitprüfung) und registrieren Sie dann mit derselben Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation>Das Zertifikat der Datei läuft am %1 ab, in %2 Minute(n): Registrieren Sie jetzt, oder laden Sie eine neue Datei herunter, falls ein weiterer Versuch nötig sein könnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation>Das Zertifikat der Datei enthält seinen privaten Schlüssel und ist gültig bis %1 (noch %2 Stunde(n)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation>Die Datei mit Tresoranmeldeinformationen konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation>Es wurde keine Datei mit Tresoranmeldeinformationen ausgewählt: Wählen Sie sie auf der ersten Seite aus (oder mit --vault-credentials), damit sie vor der Registrierung geprüft wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation>Die Datei mit Tresoranmeldeinformationen konnte nicht als solche gelesen werden (siehe „Datei mit Tresoranmeldeinformationen“), daher trifft dies nicht zu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Ressourcengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation>Mandant (Entra ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation>Entra ID-Autorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation>Adresse des Sicherungsdiensts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation>Version des Dateiformats</translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation>Datei mit Tresoranmeldeinformationen: Name und Speicherort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>Der Agent liest die Datei mit Tresoranmeldeinformationen nur von den eigenen Datenträgern dieses Servers und nur unter ihrem ursprünglichen .VaultCredentials-Namen; andernfalls schlägt die Registrierung mit „Invalid vault credentials provided“ (ID: 34513) oder „Unable to read the vault credentials file provided“ (ID: 34528) fehl.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation>Laden Sie im Azure-Portal eine neue Datei herunter (Tresor &gt; Eigenschaften &gt; Sicherungsanmeldeinformationen &gt; Herunterladen) und wählen Sie sie hier aus, ohne sie umzubenennen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation>Die Datei mit Tresoranmeldeinformationen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>Prüfen Sie den Pfad und ob Ihr Konto die Datei lesen darf, oder laden Sie sie erneut herunter. Der Agent würde „Unable to read the vault credentials file provided“ (ID: 34528) melden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation>Die Datei heißt „%1“, aber der Agent akzeptiert nur Dateien mit der Endung .VaultCredentials (eine umbenannte Datei wird als ungültig abgelehnt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation>Geben Sie der Datei ihre Endung .VaultCredentials zurück, falls sie umbenannt wurde (ein Browser hängt manchmal .xml oder .txt an), oder: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation>Die Datei liegt an einem Netzwerkspeicherort (%1); der Agent benötigt sie auf dem eigenen Datenträger dieses Servers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation>Kopieren Sie die Datei in einen Ordner auf diesem Server (zum Beispiel Ihren Downloads-Ordner), behalten Sie den Namen bei und wählen Sie die Kopie aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation>Die Datei mit Tresoranmeldeinformationen liegt auf dem Datenträger dieses Servers und hat einen Namen der ursprünglichen Art.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolves to</source>
        <translation>Aufgelöst zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation>Start-OBRegistration benötigt außerdem den absoluten Pfad der Datei (relative Pfade werden abgelehnt).</translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation>Datei mit Tresoranmeldeinformationen: Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation>Die Datei teilt dem Agent mit, bei welchem Tresor, Abonnement und Mandanten er sich registrieren soll. Eine beschädigte, bearbeitete oder falsche Datei führt zu „Invalid vault credentials provided. The file is either corrupted…“ (ID: 34513).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation>Die Datei konnte überhaupt nicht gelesen werden (siehe „Datei mit Tresoranmeldeinformationen: Name und Speicherort“), daher wurde ihr Inhalt nicht geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation>Laden Sie im Azure-Portal eine neue Datei mit Tresoranmeldeinformationen herunter (Recovery Services-Tresor &gt; Eigenschaften &gt; Sicherungsanmeldeinformationen &gt; Herunterladen, aus der primären Region) und wählen Sie sie aus, ohne sie zu öffnen oder zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation>Die Datei ist eine Datei mit Tresoranmeldeinformationen für Backup für den Tresor „%1“ (Ressourcengruppe %2, Region %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation>Mandanteneinschränkungen auf einem Proxy müssen den Mandanten %1 zulassen, damit sich die Registrierung anmelden kann.</translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation>Datei mit Tresoranmeldeinformationen: die neueste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Jeder Download von Tresoranmeldeinformationen macht die früheren Dateien dieses Tresors ungültig, daher schlägt die Registrierung mit einer älteren Kopie mit „Invalid vault credentials provided“ (ID: 34513) fehl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation>Das Zertifikat der Datei konnte nicht gelesen werden, daher lässt sich nicht feststellen, welche Datei neuer ist (siehe „Datei mit Tresoranmeldeinformationen: Zertifikat“).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation>Eine neuere Datei für den Tresor „%1“ liegt unter %2 (erstellt %3): Nur der neueste Download ist gültig, daher wird die ausgewählte Datei abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation>Wählen Sie die neuere Datei aus (Durchsuchen…), oder laden Sie eine neue herunter und verwenden Sie sie sofort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation>Neuere Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation>Neben der ausgewählten Datei oder unter „Downloads“ liegt keine andere Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>Die ausgewählte Datei ist die neueste von %n untersuchten Datei mit Tresoranmeldeinformationen für diesen Tresor und seine Nachbarn.</numerusform>
            <numerusform>Die ausgewählte Datei ist die neueste von %n untersuchten Dateien mit Tresoranmeldeinformationen für diesen Tresor und seine Nachbarn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation>Durchsuchte Ordner</translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation>Datei mit Tresoranmeldeinformationen: derselbe Tresor wie beim Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation>Ein bei einem Tresor registrierter Server lehnt eine Datei aus einem anderen ab: „The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server“ (ID: 100110).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation>Dieser Server ist noch bei keinem Tresor registriert, daher kann die Datei für „%1“ verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation>Der Tresor, bei dem dieser Server registriert ist, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation>Die Datei ist für „%1“, den Tresor, bei dem dieser Server bereits registriert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation>Dieser Server ist beim Tresor „%1“ registriert, aber die Datei ist für „%2“: Der Agent wird sie ablehnen (ID: 100110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation>Laden Sie entweder die Tresoranmeldeinformationen von „%1“ herunter und verwenden Sie diese Datei, oder verschieben Sie den Server bewusst: Löschen Sie ihn im Azure-Portal aus „%1“ (Sicherungsinfrastruktur &gt; Geschützte Server), deinstallieren Sie den Agent, installieren Sie ihn erneut und registrieren Sie ihn mit der Datei für „%2“ (Sicherungen in „%1“ werden nicht verschoben).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Registriert bei (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation>Tresor der Datei</translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation>Datei mit Tresoranmeldeinformationen: Mandanteneinschränkungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation>Ein Proxy, der Mandanteneinschränkungen erzwingt, lässt die Entra ID-Anmeldung nur bei den zugelassenen Mandanten zu; der Mandant des Tresors muss dazugehören, sonst kann sich die Registrierung nicht anmelden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation>Die Netzwerkerhebung wurde nicht ausgeführt, daher konnte nicht nach Mandanteneinschränkungen gesucht werden; der Mandant, den ein Proxy mit Mandanteneinschränkungen zulassen muss, ist %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation>Entra ID hat auf %1 %2 mit einer Ablehnung wegen Mandanteneinschränkungen geantwortet: Der Proxy muss den Mandanten %3 des Tresors zulassen, sonst kann sich die Registrierung nicht anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation>Bitten Sie das Netzwerkteam, die Mandanten-ID %1 der Zulassungsliste für Mandanteneinschränkungen hinzuzufügen (Header Restrict-Access-To-Tenants des Proxys oder Entra-Richtlinie für Mandanteneinschränkungen v2), und führen Sie dann die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation>Mandanteneinschränkungen blockieren die Entra ID-Anmeldung für den Mandanten %1 (%2). Lassen Sie diese Mandanten-ID zu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation>Von Entra ID wurde keine Ablehnung wegen Mandanteneinschränkungen festgestellt; falls ein Proxy Mandanteneinschränkungen erzwingt, muss er den Mandanten %1 des Tresors zulassen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation>Zuzulassender Mandant (AadTenantId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation>Entra ID-Autorität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation>Das Erkennen einer Seite zu Mandanteneinschränkungen (AADSTS500021, AADSTS500022, AADSTS5000211) ist eine Heuristik anhand der ersten 4 KB jeder Antwort von Entra ID.</translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation>MMC, DISM und Visual C++-Laufzeitumgebungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation>Die Konsole des Agents ist ein MMC-Snap-In; sein Setup benötigt DISM und unter Windows Server 2008 R2 die Visual C++ 2008-Laufzeitumgebung, und die Unterstützungsmatrix nennt die neueste Visual C++ 2015-2022-Laufzeitumgebung (x64) als Voraussetzung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation>Der Windows-Systemordner wurde nicht gefunden, daher konnten MMC und DISM nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation>Stellen Sie die Windows-Systemdateien wieder her: Führen Sie „sfc /scannow“ in einer Eingabeaufforderung als Administrator aus und starten Sie neu, oder reparieren Sie Windows mit dem Installationsmedium.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation>Die Version von %1 („%2“) konnte nicht interpretiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation>Die Microsoft Management Console hat die Version %1, älter als MMC 3.0, das die Konsole des Agents benötigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation>Installieren Sie Microsoft Management Console 3.0 (in jeder unterstützten Windows-Version enthalten) über Windows Update.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation>Die Microsoft Management Console (mmc.exe) fehlt, und die Konsole des Agents benötigt MMC 3.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>Die Version von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation>Version von mmc.exe</translation>
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
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation>DISM.exe fehlt in %1, und das Setup des Agents benötigt es unter dieser Windows-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation>DISM.exe fehlt in %1, und die Unterstützungsmatrix des Agents nennt es als Voraussetzung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation>%1 konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation>Visual C++ 2008-Laufzeitumgebung (x64)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation>Der Windows-Ordner wurde nicht gefunden, daher konnte die Visual C++ 2008-Laufzeitumgebung nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation>Die Prüfung wurde beim Lesen von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation>Installieren Sie „Microsoft Visual C++ 2008 Redistributable Package (x64)“ (Laufzeit 9.0.21022.8) aus dem Microsoft Download Center und führen Sie dann das Setup des Agents erneut aus. Eine neuere Visual C++-Laufzeitumgebung behebt dies nicht (KB2934202: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation>Microsoft Visual C++ 2008 Redistributable (x64) fehlt, daher schlägt das Setup des Agents mit „Unable to execute the embedded application“ fehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation>%1 konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation>MMC 3.0, DISM, die Visual C++ 2008-Laufzeitumgebung (x64) und die Visual C++ 2015-2022-Laufzeitumgebung (x64), die der Agent benötigt, sind alle installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation>MMC 3.0, DISM und die Visual C++ 2015-2022-Laufzeitumgebung (x64), die der Agent benötigt, sind installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation>Die kleineren Voraussetzungen des Agents (MMC, DISM, Visual C++-Laufzeitumgebungen) konnten nicht alle geprüft werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation>Geprüft: %1 (Dateiversion 6.x oder höher entspricht MMC 3.0), %2, unter Windows 7 / Server 2008 R2 ein Ordner %3\WinSxS, der mit %4 beginnt (die VC++ 2008-x64-Laufzeitumgebung, KB2934202), sowie HKLM\%5 Installed und Version in der 64-Bit- und der 32-Bit-Registryansicht (die VC++ 2015-2022-x64-Laufzeitumgebung, die die Unterstützungsmatrix vom 11/2025 nennt).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation>%1-Registryansicht: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation>Visual C++ 2015-2022-Laufzeitumgebung (x64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation>Die Visual C++ 2015-2022-Laufzeitumgebung (x64) konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation>installiert (Version nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation>Installieren Sie das neueste unterstützte Microsoft Visual C++ Redistributable (x64) von %1 und führen Sie dann das Setup des Agents erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation>Das neueste Paket lässt sich nur unter Windows 10 und 11 sowie Windows Server 2016 und höher installieren; installieren Sie unter dieser Windows-Version die Visual Studio 2022-Version des Visual C++ Redistributable (x64), die my.visualstudio.com anbietet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation>Microsoft Visual C++ 2015-2022 Redistributable (x64) ist nicht installiert, und die Unterstützungsmatrix nennt es als Voraussetzung für den Agent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation>Es ist nur Visual C++ 2015 Redistributable (x64) %1 installiert, dessen Support im Oktober 2025 endete; die Unterstützungsmatrix verlangt das neueste unterstützte.</translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation>Windows-Zeitdienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Windows-Zeit hält die Uhr mit einer Zeitquelle synchron; ohne den Dienst driftet die Uhr, bis die Registrierung mit „Invalid vault credentials provided“ fehlschlägt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation>Der Status des Windows-Zeitdiensts konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation>der Domänenhierarchie (einem Domänencontroller)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation>NTP-Servern (keine angegeben)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation>den NTP-Servern %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation>der Domänenhierarchie oder den NTP-Servern %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation>seiner Standardquelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation>Der Windows-Zeitdienst (W32Time) ist nicht installiert, daher hält nichts die Uhr dieses Servers korrekt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation>Führen Sie als Administrator w32tm /register und net start w32time aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation>Der Windows-Zeitdienst ist deaktiviert, daher hält nichts die Uhr dieses Servers korrekt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation>Fragen Sie den Administrator des Kunden, warum er deaktiviert wurde; um ihn zu aktivieren, führen Sie als Administrator sc config w32time start= auto und net start w32time aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation>Der Windows-Zeitdienst ist beendet, obwohl er auf automatischen Start eingestellt ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation>Starten Sie ihn (Korrektur im Assistenten oder net start w32time als Administrator).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation>Windows-Zeit ist so eingestellt, dass mit keiner Quelle synchronisiert wird (Type = NoSync).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation>Führen Sie auf einem Domänenmitglied als Administrator w32tm /config /syncfromflags:domhier /update aus, andernfalls w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation>Der Windows-Zeitdienst läuft und bezieht die Uhrzeit von %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation>Der Windows-Zeitdienst ist %1; Windows startet ihn bei Bedarf, und er bezieht die Uhrzeit von %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation>Führen Sie dann als Administrator w32tm /resync aus und wiederholen Sie die Prüfungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation>Dienststatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>Starttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation>Synchronisiert mit (Parameters\Type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation>nicht festgelegt (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation>NTP-Server (Parameters\NtpServer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation>Ob die letzte Synchronisierung erfolgreich war, wird hier nicht gelesen (w32tm /query /status zeigt es an); die Uhrzeitprüfung vergleicht die Uhr mit der Azure-Zeit.</translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation>Windows Installer bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation>Der Agent wird von Windows Installer installiert und aktualisiert: Ist dessen Dienst deaktiviert, läuft eine andere Installation oder fehlt das zwischengespeicherte Installationspaket des Agents, schlägt das Setup fehl (Fehler 1618 und 1612), bevor es etwas ändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation>Windows Installer-Dienst</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation>Der Windows Installer-Dienst (%1) fehlt, daher kann das Setup des Agents nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation>Windows selbst ist hier beschädigt: Führen Sie „sfc /scannow“ als Administrator aus, starten Sie den Server neu und führen Sie diese Problembehandlung erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation>Der Status des Windows Installer-Diensts (%1) konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation>Der Windows Installer-Dienst (%1) ist deaktiviert, daher kann das Setup des Agents nichts installieren oder aktualisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation>Führen Sie als Administrator aus: sc config %1 start= demand (sein üblicher Starttyp „Manuell“), und führen Sie dann das Setup des Agents erneut aus. Wenn eine Richtlinie ihn deaktiviert hat, fragen Sie zuerst die Administratoren des Servers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation>Andere Installation wird ausgeführt</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation>ja (HKLM\%1 ist vorhanden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation>Auf diesem Server läuft eine andere Installation, oder eine wurde unterbrochen, daher würde das Setup des Agents mit Fehler 1618 abbrechen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation>Lassen Sie die andere Installation abschließen (Windows Update, Softwareverteilung) oder starten Sie den Server neu, falls keine läuft, und führen Sie dann vor der Installation des Agents diese Problembehandlung erneut aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation>Ob eine andere Installation ausgeführt wird, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation>Ob der Agent installiert ist, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation>Zwischengespeichertes Installationspaket des Agents</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation>nicht erforderlich (Agent nicht installiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation>Die Liste der Produkte, die Windows Installer kennt, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation>keines gespeichert (Produkt %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation>Windows Installer hat für den Agent kein zwischengespeichertes Installationspaket gespeichert, daher kann ein Update mit Fehler 1612 fehlschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation>Wenn das Update des Agents fehlschlägt, gehen Sie gemäß KB4020490 vor (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation>Wo sich das zwischengespeicherte Installationspaket des Agents befindet, konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation>Das zwischengespeicherte Installationspaket %1 des Agents fehlt, daher würde ein Update des Agents mit Fehler 1612 fehlschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Folgen Sie vor dem Update KB4020490 (%1): Starten Sie das Installationsprogramm des Agents von %2 und lassen Sie den Assistenten geöffnet; suchen Sie in C:\Windows\Temp\OBInstaller0Curr.errlog den neuesten Eintrag „Directory Path for SetupLaunchScreen“ und kopieren Sie OBSAGENT.msi aus dem Unterordner Installers dieses Ordners als %3 nach C:\Windows\Installer; schließen Sie den Assistenten und führen Sie das Installationsprogramm erneut aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation>%1 (nicht lesbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation>Ob das zwischengespeicherte Installationspaket %1 des Agents vorhanden ist, konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation>%1 (vorhanden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation>nicht geprüft (kein Windows Installer-Produkt namens „%1“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation>Windows Installer führt kein Produkt namens „%1“, daher wurde das zwischengespeicherte Installationspaket des Agents nicht geprüft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation>Windows Installer ist bereit: Sein Dienst ist nicht deaktiviert, keine andere Installation läuft, und das zwischengespeicherte Installationspaket des Agents ist vorhanden (oder nicht erforderlich).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation>Windows Installer ist bereit: Sein Dienst ist nicht deaktiviert und keine andere Installation läuft. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation>Windows Installer konnte nicht vollständig geprüft werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation>Gelesen: der Starttyp des Diensts %1; ob HKLM\%2 vorhanden ist (der Schlüssel existiert, während eine Installation läuft oder nachdem eine unterbrochen wurde; eine zweite Installation schlägt dann mit Fehler 1618 fehl); bei installiertem Agent der Wert LocalPackage des Produkts namens „%3“ unter HKLM\%4\&lt;product&gt;\InstallProperties und ob diese Datei vorhanden ist (KB4020490: Fehlt die zwischengespeicherte OBSAGENT.msi, schlägt das Update mit Fehler 1612 fehl).</translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation>Die Windows-Version konnte nicht gelesen werden, daher konnte diese Prüfung nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation>Auf diesem Computer läuft kein Windows, und der Agent läuft nur unter Windows, daher trifft diese Prüfung nicht zu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation>Installieren Sie den Agent in einen eigenen Ordner (Schalter /p: des Installationsprogramms).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation>%1 ist das Stammverzeichnis eines Laufwerks, das Windows absichtlich als versteckt und System kennzeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation>%1 ist einer der Windows-eigenen Ordner; diese Korrektur ändert ihn nie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation>%1 ist ein Benutzerprofilordner (oder der Ordner, der die Profile enthält); diese Korrektur ändert ihn nie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation>„%1“ ist kein Ordner auf einem lokalen Laufwerk: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation>%1 liegt nicht auf einem festen lokalen Laufwerk (sondern auf einem Laufwerk vom Typ %2); der Cache des Agents muss auf einem festen Laufwerk liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation>%1 kann nicht der Cacheordner des Agents sein: %2</translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation>In der Konsole ausführen, Ergebnisse ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation>Welche Prüfungen mit --cli ausgeführt werden: install, register oder all (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation>Phase</translation>
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
        <translation>Datei</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Simulate the machine described in &lt;file&gt; (training and demo mode). Everything shown is labelled SIMULATED.</source>
        <translation>Den in &lt;Datei&gt; beschriebenen Computer simulieren (Schulungs- und Demomodus). Alles Angezeigte ist als SIMULIERT gekennzeichnet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The agent&apos;s install folder to check.</source>
        <translation>Der zu prüfende Installationsordner des Agents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation>Die .VaultCredentials-Datei für die Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation>Der Fehler, den der Kunde gesehen hat: eine ID wie 34513, ein Code wie 0x1FC07 oder der Text der Meldung. Die Prüfungen, die ihn erklären können, laufen zuerst, und die Zusammenfassung nennt, welche davon ihn erklärt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation>Die Azure-Cloud: public (Standard), usgov oder china.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation>Was der Techniker tun möchte: install (Standard), register oder reregister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation>Die Sprache der Texte und der lesbaren Berichte: en, de, fr, es, ja oder zh_CN (Standard: die des Systems; der Assistent startet in der Sprache, die zuletzt in seinem Menü gewählt wurde).</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--temp-dir cannot be combined with --scenario: the scenario file describes the simulated machine&apos;s temp folder. Leave one of them out.</source>
        <translation>--temp-dir kann nicht mit --scenario kombiniert werden: Die Szenariodatei beschreibt den Temp-Ordner des simulierten Computers. Lassen Sie eine der beiden Optionen weg.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation>--install-dir benötigt einen Ordnernamen: Lassen Sie die Option weg, um den Ordner zu verwenden, den der Registry-Eintrag des Agents nennt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation>Ermittelt, warum sich der Sicherungs-Agent von Microsoft Azure Recovery Services (MARS) auf diesem Computer nicht installieren oder registrieren lässt, und korrigiert, was sich gefahrlos korrigieren lässt.

Ohne Optionen wird der Assistent geöffnet. Mit --cli werden die Prüfungen in der Konsole ausgeführt und eine Tabelle ausgegeben.
Exitcodes: 0 alles OK, 1 Warnungen, 2 Fehler (oder eine Prüfung konnte nicht ausgeführt werden), 3 Verwendungsfehler (auch eine Pfadoption, die nichts Verwendbares angibt: Jeder Pfad wird vor der Ausführung geprüft), 4 interner Fehler. Ein --json-Bericht, der nach der Ausführung nicht geschrieben werden kann, wird auf stderr gemeldet und ändert den Exitcode der Ausführung nicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation>Mit --cli: Den Bericht als JSON (alle Werte, für den Second-Level-Support) in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation>Mit --cli: Den Bericht als eine HTML-Datei schreiben, die sich in jedem Browser öffnen und drucken lässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation>Mit --cli: Eine Ticketzusammenfassung in Markdown in &lt;Datei&gt; schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation>Mit --cli: Einen Bericht in &lt;Datei&gt; schreiben, im Format entsprechend der Dateiendung: .html (eine Datei, die sich in jedem Browser öffnen und drucken lässt), .md (eine Ticketzusammenfassung in Markdown), .txt (die Tabelle), sonst JSON. Kann mehrfach angegeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation>Mit --cli: Nach der Ausführung ein Supportpaket in &lt;Datei&gt; schreiben (ein ZIP-Archiv): den Bericht als HTML, JSON und Markdown, das Protokoll und Korrekturjournal dieses Tools und das Ende der Protokolle des Agents, ohne geheime Daten; die darin enthaltene manifest.txt listet jede Datei auf und was fehlt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation>Der Ordner, den die Temp-Ordner-Prüfung und ihre Bereinigung bearbeiten (Standard: %SystemRoot%\Temp unter Windows, der System-Temp-Ordner unter Linux). Nie ein Laufwerkstamm oder Systemordner; nicht mit --scenario, dessen Datei den Temp-Ordner beschreibt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation>Wohin die Protokolle (logs/mars-troubleshooter.log, der Ablauf der Sitzung; logs/mars-audit.log, was Korrekturen geändert haben) und das Korrekturjournal (fix-journal.jsonl) geschrieben werden. Korrekturen werden nur ausgeführt, wenn das Journal dort geschrieben werden kann (Standard: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation>Das Protokoll auch in der Konsole ausgeben (stderr).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation>Labor: Die in &lt;Datei&gt; aufgeführten Endpunkte (JSON, docs/endpoints.md) statt der Liste der Cloud testen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation>Labor: Für die Verbindungen dieser Ausführung zusätzlich den ZS-Zertifikaten in &lt;Datei&gt; (PEM) vertrauen; es wird nichts installiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation>Labor: Zusätzlich über diesen Proxy testen, http://host:port (Anmeldeinformationen in der Adresse werden ignoriert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation>Den Assistenten im Präsentationsmodus für eine Bildschirmfreigabe starten: größerer Text, und Benutzernamen, Computernamen, E-Mail-Adressen und IDs des Kunden werden auf dem Bildschirm maskiert (die Berichte enthalten sie weiterhin).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation>--phase muss install, register oder all sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud muss public, usgov oder china sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation>--goal muss install, register oder reregister sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation>--language muss ein Sprachcode wie de oder en sein, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation>--error ist länger als %1 Zeichen: Geben Sie die ID des Fehlers oder die erste Zeile seiner Meldung an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 benötigt einen Wert.</translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation>Dieser Katalog gibt nicht an, wo der Agent seine Protokolle speichert.</translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation>Wählen Sie eine Prüfung in der Liste aus, um zu sehen, was sie gefunden hat und was zu tun ist.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation>Vorgehensweise</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation>Für das Netzwerkteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation>Für das Netzwerkteam kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation>Kopiert die nicht erreichbaren Adressen, ihre Routen und die Zulassungsliste, um sie in eine E-Mail oder ein Ticket einzufügen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation>Technische Details (für den Support)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation>Diese Prüfung wird ausgeführt. Ihr Ergebnis wird hier angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation>Diese Prüfung wurde noch nicht ausgeführt. %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Microsoft-Dokumentation zu dieser Prüfung&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation>Zeigt genau an, was geändert würde, bevor etwas geändert wird.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>Rückgängig machen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation>Stellt wieder her, was diese Korrektur um %1 geändert hat. Zeigt zuerst genau an, was geändert würde.</translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation>Kein Computer zum Abfragen.</translation>
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
        <translation>%1 s von %2 s</translation>
    </message>
</context>
<context>
    <name>mars::CheckListModel</name>
    <message>
        <location filename="../wizard_pages/CheckListModel.cpp" line="+28"/>
        <source>%1 — running</source>
        <translation>%1 — wird ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation>%1 — noch nicht ausgeführt</translation>
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
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation>Wartet auf Ausführung.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation>%1 von %2 erledigt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation>%1 erledigt…</translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation>Diese Prüfung konnte nicht ausgeführt werden, daher ist über das Geprüfte nichts bekannt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation>Die Prüfung wurde durch einen internen Fehler beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation>Die Prüfung wurde durch einen unbekannten internen Fehler beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation>Die Prüfung endete ohne Ergebnis (ein Fehler in der Prüfung).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation>Die gesamte Phase hat ihr Zeitlimit von %1 s erreicht, bevor diese Prüfung abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation>Vom Benutzer abgebrochen, bevor sie abgeschlossen war.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation>Sie wurde nicht innerhalb ihres Zeitlimits von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation>Diese Prüfung hat zu lange gedauert, daher ist ihr Ergebnis unbekannt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation>Führen Sie sie erneut aus. Überschreitet sie immer wieder das Zeitlimit, ist der Computer sehr langsam oder ein Systemaufruf hängt; notieren Sie das für den Second-Level-Support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation>Diese Prüfung wurde abgebrochen, daher ist ihr Ergebnis unbekannt.</translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation>Lässt sich der Agent installieren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation>Diese Prüfungen greifen nur lesend auf diesen Server zu. Wählen Sie eine Prüfung aus, um zu sehen, was sie gefunden hat und was zu tun ist.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation>Lässt sich dieser Server beim Tresor registrieren?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation>Alle Prüfungen dieser Seite mit ihrem Ergebnis. Wählen Sie eine aus, um zu sehen, was sie gefunden hat und was zu tun ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation>Nur Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation>Prüfungen ausblenden, die OK sind oder nicht zutreffen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation>Auswahl erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation>Alle erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation>Führt die ausgewählte Prüfung erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation>Führt alle Prüfungen dieser Seite erneut aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation>Bricht die noch laufenden Prüfungen ab. Ihr Ergebnis bleibt unbekannt.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation>Die Prüfungen starten, wenn Sie diese Seite öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation>Für diesen Schritt gibt es keine Prüfungen. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>Wird geprüft… „Weiter“ ist verfügbar, sobald die Prüfung abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation>„Weiter“ ist verfügbar, sobald alle %1 Prüfungen abgeschlossen sind – noch laufend: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation>Warten auf den Start der Prüfungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation>Abgeschlossen: %1. Wählen Sie eine mit „Fehlgeschlagen“ oder „Warnung“ markierte Prüfung aus, um zu sehen, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation>Abgeschlossen: %1. Klicken Sie auf „Weiter“, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation>Korrekturen sind deaktiviert: Dieser Lauf führt kein Korrekturjournal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation>Korrekturen sind deaktiviert: Das Korrekturjournal, das jede Änderung aufzeichnet, bevor sie vorgenommen wird, kann nicht geschrieben werden (%1). Um Korrekturen zu verwenden, schließen Sie die Problembehandlung und starten Sie sie erneut mit --data-dir und einem Ordner, in den Sie schreiben können.</translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner: Geben Sie mit --data-dir einen anderen Ordner an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden (dort werden das Protokoll und das Korrekturjournal gespeichert): Geben Sie mit --data-dir einen Ordner an, in den dieses Konto schreiben darf.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation>Die Szenariodatei kann nicht verwendet werden: %1
Korrigieren Sie sie (docs/scenario-schema.md) oder lassen Sie --scenario weg, um diesen Computer zu prüfen.</translation>
    </message>
</context>
<context>
    <name>mars::EndpointList</name>
    <message>
        <location filename="../checks/catalog/common/EndpointList.cpp" line="+61"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has an unknown field &quot;%1&quot;; the known fields are %2.</source>
        <translation>enthält ein unbekanntes Feld „%1“; die bekannten Felder sind %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation>enthält „%1“; dieser Wert muss Text sein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation>enthält „%1“, das eine Liste von Texten sein muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation>enthält „%1“ Element %2, das ein nicht leerer Text sein muss.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation>muss ein Objekt sein, z. B. {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation>hat keine id; jeder Endpunkt benötigt eine, z. B. „entra_login“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation>hat eine id, die nicht snake_case ist: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben, höchstens 64 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation>wiederholt die id „%1“; jede id darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation>hat keine url; geben Sie eine an, z. B. „https://host:443/path“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation>hat die url „%1“, die keine gültige Adresse wie „https://host:443/path“ ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation>hat die url „%1“; nur http://- und https://-Adressen können getestet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation>enthält einen Benutzernamen oder ein Kennwort in der url; Endpunktdateien dürfen keine Anmeldeinformationen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation>hat Port 0 in der url; verwenden Sie einen Port von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation>hat keine role; verwenden Sie eine von entra, backup, storage, ncsi, other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation>hat die role „%1“, die nicht bekannt ist; verwenden Sie eine von entra, backup, storage, ncsi, other.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation>muss ein Objekt mit fqdns, ipRanges, serviceTags und ports sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation>hat den IP-Bereich „%1“, der kein Adressbereich wie 20.190.128.0/18 ist.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation>%1: Die Endpunktdatei ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation>%1: Die Endpunktdatei ist größer als 1 MB; eine Endpunktliste besteht aus wenigen Zeilen JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation>Die Endpunktdatei wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>Die Datei ist leer; eine Endpunktliste ist JSON wie {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>Die Datei ist kein gültiges JSON (bei Zeichen %1: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>Die oberste Ebene muss ein JSON-Objekt sein, z. B. {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation>muss public, usgov oder china sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation>Die Datei enthält keine &quot;endpoints&quot;-Liste; geben Sie eine an, z. B. &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation>Die Endpunktliste ist leer; es gäbe nichts zu prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation>Die Datei enthält %1 Endpunkte; höchstens %2 werden geprüft.</translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation>Wiederherstellen, was „%1“ am %2 geändert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation>Diese Korrektur kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation>Diese Änderung wurde bereits rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Rückgängig machen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation>Jede Änderung, die die Korrektur vornimmt, in einer eigenen Zeile: was sich ändert, der aktuelle Zustand und der Zustand nach der Korrektur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation>Was das Rückgängigmachen ändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation>Was die Korrektur ändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation>Nach der Korrektur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation>Nach dem Rückgängigmachen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation>Änderung rückgängig machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation>Setzt die oben aufgeführten Änderungen der Korrektur zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation>Nimmt die oben aufgeführten Änderungen vor; anschließend wird die Prüfung erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation>Schließt dieses Fenster oder bricht eine laufende Korrektur ab. Die Schaltfläche selbst ändert nichts.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation>Korrektur abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation>Genaue Änderungen werden ermittelt…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation>Administratorrechte: nicht erforderlich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation>Administratorrechte: erforderlich. Windows fordert Sie zur Bestätigung auf; nichts wird unbemerkt mit erhöhten Rechten ausgeführt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation>Administratorrechte: erforderlich, aber dieses Fenster hat sie nicht. Starten Sie das Tool zuerst als Administrator neu; es erhöht seine Rechte nie selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation>Administratorrechte: erforderlich, und dieses Fenster hat sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation>Kann rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation>Diese Änderung kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation>Kann nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation>Zu ändernde Elemente: %1 (insgesamt %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation>Zu ändernde Elemente: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>Die Liste zeigt %n Element (das erste).</numerusform>
            <numerusform>Die Liste zeigt die ersten %n Elemente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>Die Liste zeigt jede Änderung in einer eigenen Zeile: %n Zeile.</numerusform>
            <numerusform>Die Liste zeigt jede Änderung in einer eigenen Zeile: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation>Die Prüfung wird jetzt erneut ausgeführt, um das Ergebnis zu bestätigen; ihre Zeile in der Liste wird danach aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation>Dieses Fenster wird jetzt geschlossen, damit die als Administrator ausgeführte Instanz übernehmen kann.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>Nichts zu tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation>Vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation>Unbekanntes Ergebnis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation>Wird nach dem aktuellen Element abgebrochen…</translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation>Dieser Lauf hat keinen Journalschlüssel.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation>Nichts zeichnet auf, wie weit sie gekommen ist: Führen Sie ihre Prüfung erneut aus, um den aktuellen Zustand des Computers zu sehen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation>Eine andere Instanz der Problembehandlung ändert gerade diesen Computer. Warten Sie, bis sie fertig ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation>Das Korrekturjournal %1 ist größer als %2 MB; nur die neuesten %2 MB wurden gelesen, daher werden ältere Korrekturen nicht zum Rückgängigmachen angeboten (neue Korrekturen werden weiterhin aufgezeichnet).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation>Unterbrochen: Diese Korrektur wurde am %1 gestartet und nie abgeschlossen. Sie sollte Folgendes tun: %2</translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation>%1 (Standard: %2)</translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation>Eine Zahl von %1 bis %2; die Vorschau passt sich dem Wert an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation>Die Vorschau passt sich Ihrer Eingabe an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation>Die Vorschau passt sich der Auswahl an.</translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation>Die Korrektur wurde noch nicht beendet. Sie läuft im Hintergrund weiter: Wenn sie endet, wird ihr Ergebnis in das Korrekturjournal geschrieben und ihre Prüfung erneut ausgeführt. Sie können dieses Fenster schließen; bis sie beendet ist, kann keine andere Korrektur starten.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation>Diese Änderung wurde auf einem %1 Computer vorgenommen; sie kann hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>simulierten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation>echten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation>Es konnte nicht ermittelt werden, was diese Korrektur ändern würde.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation>Diese Korrektur kann hier nicht angewendet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation>Eine andere Änderung an diesem Computer wird noch ausgeführt. Warten Sie, bis sie abgeschlossen ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation>Dieser Lauf führt kein Korrekturjournal.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation>Es wurde nichts geändert: Das Korrekturjournal, das jede Änderung vor ihrer Ausführung aufzeichnet, kann nicht geschrieben werden (%1). Starten Sie die Problembehandlung mit --data-dir und einem Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation>Die Korrektur wurde mit einem internen Fehler beendet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation>Ihr Ergebnis konnte nicht in das Korrekturjournal eingetragen werden (%1): Das Journal zeigt sie nur als gestartet an.</translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation>Vom Assistenten angebotene Korrekturen (jede Änderung wird vor der Ausführung in einer Vorschau angezeigt):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation>für „%1“</translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation>Bericht der MARS-Agent-Problembehandlung, Sitzung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation>Bericht der MARS-Agent-Problembehandlung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation>SIMULIERT: eine Szenariodatei, kein echter Server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation>Toolversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation>Laboreingaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation>Der vom Kunden gemeldete Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>Vorgehensweise:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation>Für das Netzwerkteam:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>Dokumentation:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation>Seit dem ersten Lauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation>Korrekturen in dieser Sitzung</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>Starten Sie den Server einmal neu: %n Änderung dieser Sitzung wird erst nach einem Neustart wirksam.</numerusform>
            <numerusform>Starten Sie den Server einmal neu: %n Änderungen dieser Sitzung werden erst nach einem Neustart wirksam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation>Sitzung %1. Geheime Werte sind in diesem Bericht maskiert. Der JSON-Bericht derselben Sitzung enthält alle Werte für den Second-Level-Support.</translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation>Unter %1 ist keine Datei vorhanden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation>lassen Sie das Feld leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation>lassen Sie --install-dir weg</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 ist eine Datei, kein Ordner: Geben Sie den Installationsordner des Agents ein, oder %2, um den im Registry-Eintrag des Agents genannten Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation>%1 ist kein vollständiger Pfad: Geben Sie ihn mit Laufwerk ein, z. B. C:\Program Files\Microsoft Azure Recovery Services Agent, oder %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>Weder %1 noch ein übergeordneter Ordner existiert: Prüfen Sie den Laufwerkbuchstaben, oder %2, um den im Registry-Eintrag des Agents genannten Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation>%1 existiert noch nicht: Das Setup des Agents erstellt ihn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>Der eingegebene Installationsordner %1 existiert nicht: Korrigieren Sie ihn, oder %2, um den im Registry-Eintrag des Agents genannten Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation>%1 konnte nicht gelesen werden (%2): Die Prüfungen liefern weitere Details.</translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>Das Korrekturjournal enthält %n frühere Änderung, die dieser Lauf nicht rückgängig macht:</numerusform>
            <numerusform>Das Korrekturjournal enthält %n frühere Änderungen, die dieser Lauf nicht rückgängig macht:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation>Eine Änderung durch eine unbekannte Korrektur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…und %n weitere.</numerusform>
            <numerusform>…und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>%n Korrektur wurde beim letzten Lauf der Problembehandlung auf diesem Computer nicht abgeschlossen (das Tool wurde zwangsweise beendet, oder der Server wurde heruntergefahren). Prüfen Sie dies vor allem anderen:</numerusform>
            <numerusform>%n Korrekturen wurden beim letzten Lauf der Problembehandlung auf diesem Computer nicht abgeschlossen (das Tool wurde zwangsweise beendet, oder der Server wurde heruntergefahren). Prüfen Sie dies vor allem anderen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation>• %1 (gestartet am %2): %3</translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation>Der Ordner des Journalschlüssels %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation>Der Journalschlüssel %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation>Der Journalschlüssel %1 ist keine Datei mit %2 Bytes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation>Der Ordner des Journalschlüssels %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation>Der Journalschlüssel %1 kann nicht erstellt werden: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 kann nicht untersucht werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation>%1 gehört nicht ausschließlich dem Administrator (Besitzer %2, Modus %3) und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation>%1 kann nicht untersucht werden: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation>%1 ist eine Verknüpfung oder nicht das, was dieses Tool dort erstellt, daher wird es nicht verwendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation>%1 gehört nicht den Administratoren, daher wird es nicht verwendet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation>Der Ordner des Journalschlüssels %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation>Der Journalschlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation>Die Rechte für %1 können nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation>Der Ordner des Journalschlüssels %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation>%1 ist ein Link oder kein Ordner, daher wird dort kein Journalschlüssel erstellt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation>Die Rechte des Ordners des Journalschlüssels %1 können nicht festgelegt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation>Der Journalschlüssel %1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation>Der Journalschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation>Diese Änderung wurde in einer anderen Sitzung auf einem simulierten Computer vorgenommen; ein simulierter Computer besteht nur so lange wie seine Sitzung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation>Diese Journalzeile wurde nach dem Schreiben geändert (ihre Signatur stimmt nicht), daher wird sie nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation>Diese Änderung wurde für den Computer „%1“ aufgezeichnet, nicht für diesen („%2“), daher wird sie hier nicht rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation>Diese Änderung wurde vom Konto „%1“ vorgenommen, nicht von „%2“; nur dieses Konto kann sie rückgängig machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation>Diese Journalzeile ist nicht mit dem Journalschlüssel dieses Computers signiert, und eine Ausführung als Administrator macht nur signierte Zeilen rückgängig (jeder kann der Journaldatei eine Zeile hinzufügen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation>Die Signatur dieser Journalzeile kann nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation>Bericht vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation>Diese Sitzung hat den Server geändert, und der Bericht über die Änderungen ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation>Diese Sitzung hat Probleme gefunden, und ihr Bericht ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation>Der Second-Level-Support benötigt den Bericht, um hier weiterzumachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden. Das Fenster bleibt geöffnet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mars::LocalFileRead</name>
    <message>
        <location filename="../checks/system/LocalFile.cpp" line="+23"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation>%1 ist größer als %2 (die Datei hat %3); das ist mehr, als eine Datei dieser Art je benötigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation>%1 ist größer als %2; das ist mehr, als eine Datei dieser Art je benötigt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation>%1 ist ein Netzwerk- oder Gerätepfad; kopieren Sie die Datei in einen lokalen Ordner, und geben Sie sie dort an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation>Es wurde keine Datei angegeben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation>Unter %1 ist keine Datei vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation>%1 ist ein Gerät, eine Pipe oder ein Socket, keine gewöhnliche Datei; nur gewöhnliche Dateien werden gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation>%1 wurde beim Öffnen ersetzt; die Datei wurde nicht gelesen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation>%1 konnte nicht innerhalb von %2 Sekunden gelesen werden.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation>%1 befindet sich auf einem Netzlaufwerk; kopieren Sie die Datei in einen lokalen Ordner, und geben Sie sie dort an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation>Auf diesem Computer gibt es kein Laufwerk %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation>%1 ist ein Link oder ein Gerät, keine gewöhnliche Datei; geben Sie die Datei selbst an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation>%1 ist ein Gerät oder eine Pipe, keine gewöhnliche Datei.</translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation>Protokoll dieser Sitzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation>Das Protokoll wird nur im Arbeitsspeicher gehalten (keine Protokolldatei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation>(Noch keine Protokollzeilen.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation>%1 konnte nicht %2 getestet werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>Namensauflösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation>TCP-Verbindung</translation>
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
        <translation>%1 für %2 %3 ist nach %4 s fehlgeschlagen: %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation>%1 | Route %2 | Ebene %3 | %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation>ein unbenannter Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation>%1 hat %2 mit %3 %4 geantwortet (von %5): Etwas auf dem Weg oder der Dienst selbst schlägt fehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation>%1 wurde %2 blockiert: %3 %4 von %5 (Sperrseite eines Proxys).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation>%1 hat %2 geantwortet (HTTP %3).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation>%1 ist größer als 1 MB: keine Datei mit Zertifizierungsstellen-Zertifikaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 enthält kein PEM-Zertifikat (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation>%1 aus der Datei mit Tresoranmeldeinformationen, keine HTTPS-Adresse der Zulassungsliste dieser Cloud</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation>in der Datei mit Tresoranmeldeinformationen angegeben</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation>die Liste %1 des Labors (--endpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation>die integrierte Liste für die Cloud %1 (%2, Quellen geprüft am %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation>%1 (%2) ist ein Konfigurationsskript, das dieses Tool nicht auswertet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation>über %2 (%1)</translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation>%1 benötigt einen Dateinamen.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation>%1: %2 ist ein Netzwerk- oder Gerätepfad: Kopieren Sie die Datei in einen Ordner auf diesem Computer, und geben Sie sie dort an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation>%1: Die Datei %2 existiert nicht: Prüfen Sie den Namen und den Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation>%1: %2 ist ein Ordner, keine Datei: Geben Sie die Datei darin an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation>%1: %2 ist ein Gerät, eine Pipe oder ein Socket, keine gewöhnliche Datei: Geben Sie eine Datei an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation>%1: Die Datei %2 kann mit den Rechten dieses Kontos nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation>%1: %2 ist ein Ordner, keine Datei: Geben Sie eine Datei darin an, z. B. %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation>%1: Der Ordner %2 existiert nicht: Erstellen Sie ihn zuerst, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation>%1: %2 ist eine Datei, kein Ordner: Wählen Sie eine Datei in einem Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation>%1: In %2 kann nicht geschrieben werden (%3): Wählen Sie einen Ordner, in den dieses Konto schreiben darf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation>%1 benötigt einen Ordnernamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation>%1: %2 ist eine Datei, kein Ordner: Geben Sie einen Ordner an (er wird erstellt, falls er fehlt).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation>%1 benötigt einen Ordnernamen: Lassen Sie die Option weg, um den Standard-Temp-Ordner zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation>%1: Der Ordner %2 existiert nicht: Prüfen Sie den Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation>%1: %2 ist eine Datei, kein Ordner: Geben Sie den zu prüfenden Temp-Ordner an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation>%1: %2 ist ein Laufwerkstamm oder ein Systemordner, und die Temp-Bereinigung löscht Dateien im geprüften Ordner: Geben Sie den Temp-Ordner selbst an (z. B. %3).</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation>Optional: Testen Sie die Passphrase hier; sie wird nie gespeichert oder gesendet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation>Diese Passphrase erfüllt die Regeln des Agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation>Der Agent wird diese Passphrase ablehnen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation>Der Agent akzeptiert sie, aber:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation>Bewahren Sie sie außerhalb dieses Servers auf (z. B. in Azure Key Vault): Ohne sie kann keine Sicherung wiederhergestellt werden, und eine erneute Registrierung dieses Servers erfordert dieselbe Passphrase.</translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation>Die Datei verlangt %1 Schlüsselableitungsrunden (mehr als %2)</translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation>Das Volume, auf dem sich %1 befindet, konnte nicht ermittelt werden: %2.</translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation>wird als root ausgeführt (uid 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation>Die Gruppen dieses Prozesses können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation>Mitglied der Gruppe %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation>nicht root und nicht in der Gruppe sudo, wheel oder admin</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation>Der Temp-Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation>%1 ist weder eine Datei noch ein Ordner; es bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation>%1 wurde während der Änderung ersetzt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation>Linux hat keine Windows-Registry.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation>Unter Linux gibt es keine Windows-Dienste.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation>Linux hat keine Windows-Aufgabenplanung (geplante Jobs sind dort cron-Einträge und systemd-Timer).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation>Linux hat keine Windows-Aufgabenplanung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation>Linux hat keinen Windows Update-Verlauf (Pakete werden dort mit apt aktualisiert).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation>WinHTTP gibt es nur unter Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation>Linux hat keinen LocalMachine-Zertifikatspeicher (vertrauenswürdige Stammzertifikate sind dort Dateien, z. B. in /etc/ssl/certs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation>Linux hat keinen Windows-Zertifikatspeicher „Eigene Zertifikate“.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation>Unter Linux gibt es nur das Schreibschutzattribut (als Schreibberechtigung).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 ist ein symbolischer Link; ihm wird nicht gefolgt.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation>Unter Linux fordert die Problembehandlung nie selbst root-Rechte an. Schließen Sie sie, und starten Sie sie erneut als root, z. B.: sudo %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation>Linux hat keinen Windows-Zeitdienst (w32tm); die Uhr wird dort von einem eigenen Zeitdienst gestellt (systemd-timesyncd, chrony oder ntpd).</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>Die Datei %1 kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation>Die Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 ist ein Ordner, keine Textdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation>Linux hat keine Windows-Datendeduplizierung; den Cache des Agents gibt es nur unter Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation>Es wurde kein Pfad angegeben.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation>Linux hat keine bekannten Windows-Ordner (wie %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation>Linux hat keine Windows-Versionsressourcen in Programmdateien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation>Linux hat keine Windows-Dienste, die beendet werden könnten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation>Linux hat keine Windows-Registry, in die geschrieben werden könnte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation>Linux hat keine Windows-Registry, aus der gelöscht werden könnte.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation>Der Hostname konnte nicht gelesen werden (gethostname): %1</translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation>der WinINet-Proxy des SYSTEM-Kontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation>das Konfigurationsskript des SYSTEM-Kontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation>der WinINet-Proxy des .DEFAULT-Profils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation>das Konfigurationsskript des .DEFAULT-Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation>der WinINet-Proxy des angemeldeten Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation>das Konfigurationsskript des angemeldeten Benutzers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation>der computerweite WinINet-Proxy (Richtlinie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation>das computerweite Konfigurationsskript (Richtlinie)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation>kein Proxy (direkt)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation>WinHTTP (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation>der WinHTTP-Proxy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation>von keiner Einstellung verwendet; zum Vergleich getestet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation>--proxy muss genau eine Proxyadresse sein, z. B. http://proxy.contoso.com:8080.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation>--proxy %1 kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation>--proxy muss eine http://-Proxyadresse sein (HTTPS läuft per CONNECT darüber).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation>der mit --proxy angegebene Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation>Befehlszeile (--proxy %1)</translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation>„=“ ohne vorangestelltes Schema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation>ein Pfad nach der Proxyadresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation>eine IPv6-Adresse ohne schließendes „]“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation>Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation>eine IPv6-Adresse muss in Klammern geschrieben werden: [Adresse]:Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation>kein Servername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation>Zeichen, die ein Servername nicht enthalten darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation>%1\%2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation>SYSTEM-Konto (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation>.DEFAULT-Profil (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation>Angemeldeter Benutzer (WinINet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation>Computerweite Richtlinie (WinINet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation>der Proxy ist eingeschaltet (ProxyEnable = 1), aber kein Proxyserver ist festgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>configuration script %1</source>
        <translation>Konfigurationsskript %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation>unbrauchbare Proxyeinstellung „%1“ (%2)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation>%1 Bytes, zu kurz für das Flag-Byte (Format nicht dokumentiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation>manueller Proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation>Konfigurationsskript</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation>Einstellungen automatisch erkennen (WPAD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation>Flags 0x%1: %2 (%3 Bytes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation>unbrauchbare Proxyeinstellung (kein Proxyserver)</translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Die Prüfungen wurden ausgeführt, und die Tabelle oben ist vollständig; nur dieser Bericht fehlt. Der Exitcode %2 ist der des Laufs selbst.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Die Prüfungen wurden ausgeführt, und die Tabelle oben ist vollständig; nur das Supportpaket fehlt. Der Exitcode %2 ist der des Laufs selbst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation>Supportpaket geschrieben nach %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation>  Nicht enthalten: %1</translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation>HTML-Bericht, lässt sich in jedem Browser öffnen (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation>JSON-Bericht, für den Second-Level-Support (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation>Ticketzusammenfassung, Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>Nur Text (*.txt)</translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation>Seit dem ersten Lauf: keine Änderung und kein Problem.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>%n behoben</numerusform>
            <numerusform>%n behoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>%n weiterhin fehlgeschlagen</numerusform>
            <numerusform>%n weiterhin fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation>Seit dem ersten Lauf: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation>nicht ausführbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation>%1 (vorher: %2, jetzt: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation>Weiterhin fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation>Neu seit dem ersten Lauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation>Es wurde keine Prüfung ausgeführt, daher kann das Tool nicht sagen, ob dieser Server bereit ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation>Dieser Server hat alle Prüfungen bestanden: Fahren Sie mit dem Agent fort.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>Der Server ist wahrscheinlich bereit, es gibt aber %n Warnung; sehen Sie sich zuerst „%1“ an.</numerusform>
            <numerusform>Der Server ist wahrscheinlich bereit, es gibt aber %n Warnungen; sehen Sie sich zuerst „%1“ an.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>Der Server ist nicht bereit: %n Problem ist zu beheben; beheben Sie zuerst „%1“.</numerusform>
            <numerusform>Der Server ist nicht bereit: %n Probleme sind zu beheben; beheben Sie zuerst „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>Das Tool konnte nicht abschließen: %n Prüfung ohne Antwort; beginnen Sie mit „%1“.</numerusform>
            <numerusform>Das Tool konnte nicht abschließen: %n Prüfungen ohne Antwort; beginnen Sie mit „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation>Eine Korrektur, die diese Version nicht mehr enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation>Unterbrochen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation>Teilweise erledigt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation>Vorzeitig beendet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation>Nichts zu tun: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>%n nicht ausführbar</numerusform>
            <numerusform>%n nicht ausführbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n nicht zutreffend</numerusform>
            <numerusform>%n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n OK</numerusform>
            <numerusform>%n OK</numerusform>
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
        <translation>Der vom Kunden gemeldete Fehler, z. B. 34513, 0x1FC07 oder der Text der Meldung</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation>Dieses Tool kennt diesen Fehler nicht, daher werden alle Prüfungen in der üblichen Reihenfolge ausgeführt. Prüfen Sie die ID, oder fügen Sie die erste Zeile der Meldung ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>Zuerst wird %n Prüfung ausgeführt, die ihn erklären kann.</numerusform>
            <numerusform>Zuerst werden die %n Prüfungen ausgeführt, die ihn erklären können.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation>Er tritt bei der Installation des Agents auf: Wählen Sie oben „Den Agent auf diesem Server installieren“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation>Er tritt bei der Registrierung auf: Wählen Sie oben eines der Registrierungsziele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation>Keine Prüfung dieses Tools kann ihn bestätigen; gehen Sie wie oben beschrieben vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation>„%1“
Bedeutung: %2
%3</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation>der Wert „%1“ von %2\%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation>%1 (zusammengeführt mit der Basis %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation>base muss eine Zeichenfolge sein, die eine andere Szenariodatei angibt, z. B. &quot;../healthy-server.json&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation>base bildet einen Zyklus: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation>base reicht tiefer als %1 Ebenen: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation>base gibt %1 an; das ist keines der integrierten Szenarios (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation>base gibt %1 an, aber ein integriertes Szenario kann nur auf einem anderen integrierten Szenario basieren (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation>base verweist auf %1, aber dieser Pfad existiert nicht</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation>base gibt %1 an; das liegt außerhalb des Ordners der Szenariodatei (%2); kopieren Sie die Datei dorthin, oder verwenden Sie ein integriertes Szenario (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation>base verweist auf %1, aber dieser Pfad ist keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation>base gibt %1 an; die Datei ist größer als 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation>base verweist auf %1, aber diese Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>schema fehlt; dieses Programm liest Szenariodateien mit &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation>schema muss die Zahl %1 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation>schema ist %1, aber dieses Programm liest nur Schema %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation>%1[%2] enthält &quot;remove&quot;, aber die Datei hat keine Basis, aus der entfernt werden könnte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation>%1 entfernt %2, aber %3 befindet sich noch darin; entfernen Sie das ebenfalls, oder behalten Sie den Ordner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation>%1 muss ein Objekt sein ({ ... })</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation>%1.%2 muss als Zeichenfolge angegeben werden: In einer Datei mit Basis werden Einträge anhand von %3 den Einträgen der Basis zugeordnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation>%1 nennt %2 ein zweites Mal</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation>%1.remove muss true sein; lassen Sie es weg, um den Eintrag zu behalten oder zu ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation>%1 entfernt %2 und akzeptiert daher nur %3 und remove, nicht „%4“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation>%1 entfernt %2, das in der Basis nicht vorhanden ist</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation>muss aus vier durch Punkte getrennten Zahlen von 0 bis 65535 bestehen, z. B. &quot;2.0.9262.0&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation>muss readonly, hidden, system, archive, sparse, reparse_point, compressed oder encrypted sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation>ist directory, aber eine Datei ist kein Ordner; führen Sie Ordner unter &quot;folders&quot; auf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation>ist der Stamm eines Laufwerks oder einer Freigabe, also ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation>wiederholt die Datei %1 (Pfade werden ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation>liegt in %1, aber tempFolder.exists ist false</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>würde den Temp-Ordner mehr als %1 Einträge enthalten lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation>nennt „%1“, das tempFolder bereits aufführt; beschreiben Sie die Datei nur an einer Stelle (in files, mit ageHours, wenn sie Text benötigt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation>nennt %1; das ist ein Ordner (in folders aufgeführt, ein Laufwerkstamm, der Temp-Ordner oder der übergeordnete Ordner einer anderen Datei)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioJsonReader</name>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.cpp" line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 %3.</source>
        <translation>%1: %2 %3.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation>%1 hat ein unbekanntes Feld „%2“; bekannte Felder sind %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation>muss ein Objekt sein ({ ... })</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation>muss eine Liste sein ([ ... ])</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation>muss eine Zeichenfolge sein (&quot;...&quot;)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation>muss ein absoluter Windows-Pfad ohne die Zeichen * ? &lt; &gt; | &quot; sein, z. B. C:\Windows\Temp</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation>benötigt genau eines von &quot;host&quot; (ein Hostname oder * für jeden Host) und &quot;proxy&quot; (host:port)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation>muss host:port sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation>muss dns, tcp, proxy, tls oder http sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation>gibt einen Fehler an, aber kein failedLayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation>hat sowohl failedLayer als auch httpStatus; ein fehlgeschlagener Austausch hat keine Antwort erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation>ist proxy; daran kann nur eine &quot;proxy&quot;-Regel scheitern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation>muss aus 40 Hexadezimalziffern bestehen</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation>%1: Die Datei ist leer; ein Szenario ist ein JSON-Objekt wie {&quot;schema&quot;: 1, ...}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation>%1: Die Datei ist größer als 16 MB; beschreiben Sie viele Temp-Dateien mit einem Generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}), statt sie aufzulisten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation>%1: Die Datei ist kein gültiges JSON bei %2: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation>%1: Die oberste Ebene muss ein JSON-Objekt sein ({ ... }).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>fehlt; dieses Programm liest Szenariodateien mit &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation>ist %1, aber dieses Programm liest nur Schema %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation>fehlt; jedes Szenario gibt an, wer das Tool ausführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation>fehlt; jedes Szenario gibt an, welches Windows es simuliert</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation>ist false, aber folders führt %1 oder einen Ordner darin auf</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation>von der Szenariodatei festgelegt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation>ist not_admin, aber account.adminMember ist true; ein Administrator läuft entweder mit erhöhten oder mit eingeschränkten Rechten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation>muss not_admin sein, wenn account.adminMember false ist; nur Administratoren haben ein Token mit erhöhten oder eingeschränkten Rechten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation>gibt identityError zusammen mit den Namen des Computers an; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation>muss 1 bis 15 Zeichen ohne Punkte oder Leerzeichen lang sein (ein NetBIOS-Name)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation>muss 1 bis 63 Zeichen ohne Punkte oder Leerzeichen lang sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation>muss ein DNS-Suffix wie contoso.com sein, ohne führenden oder nachgestellten Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation>ist erforderlich, wenn joinStatus workgroup oder domain ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation>ist nur zulässig, wenn joinStatus workgroup oder domain ist</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation>muss ein zweistelliger Ländercode nach ISO 3166 in Großbuchstaben sein, z. B. NL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation>gibt sowohl utc als auch skewSeconds an; geben Sie utc für eine feste Uhrzeit an oder skewSeconds für die um diesen Wert verschobene Uhr des Hosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 mit Z oder einem Offset sein, z. B. 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation>muss einer der folgenden Werte sein: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation>wiederholt den Ordner %1 (Pfade werden ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation>muss einen Schlüssel angeben, z. B. SOFTWARE\Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation>wiederholt den Wert „%1“ von %2\%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation>muss für REG_SZ und REG_EXPAND_SZ eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation>muss eine Zahl von 0 bis 4294967295 sein oder eine Zeichenfolge wie &quot;0x1F&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation>muss eine Zahl von 0 bis 9007199254740992 sein oder für größere Werte eine dezimale oder hexadezimale (&quot;0x&quot;) Zeichenfolge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation>muss eine Zeichenfolge aus Hex-Bytes sein, z. B. &quot;01 ff 3a&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation>hat einen Typ, den dieses Programm nicht kennt</translation>
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
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation>wiederholt den Dienst %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation>gibt error zusammen mit anderen Feldern an; eine Aufgabenplanung, die nicht abgefragt werden kann, zeigt keine Ordner oder Aufgaben</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation>muss ein Pfad der Aufgabenplanung sein, der mit einem umgekehrten Schrägstrich beginnt, z. B. \Microsoft\OnlineBackup</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation>muss der vollständige Pfad einer Aufgabe sein, der mit einem umgekehrten Schrägstrich beginnt, z. B. \Microsoft\OnlineBackup\Microsoft-OnlineBackup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation>wiederholt die Aufgabe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation>benötigt userId oder groupId: Jede Aufgabe wird als Benutzer oder Gruppe ausgeführt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation>benötigt lastRunAgeHours</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation>ist größer als totalBytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation>muss für die Freigabe %1 remote sein; ein \\server\share-Pfad ist immer remote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation>wiederholt den Datenträger %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation>muss angegeben werden, wenn direct false ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation>ist true, aber proxyServer ist festgelegt; WinHTTP verwendet nur eines von beiden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation>gibt sowohl present als auch absent an; führen Sie auf, was der Speicher enthält oder was ihm fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation>gibt error zusammen mit anderen Feldern an; ein Speicher, der nicht geöffnet werden kann, zeigt keine Zertifikate</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>muss ein SHA-1-Fingerabdruck sein: 40 Hexadezimalziffern</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation>wiederholt den Fingerabdruck %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 mit Z oder einem Offset sein, z. B. 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation>endet (notAfter), bevor es beginnt (notBefore)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation>gibt error zusammen mit anderen Feldern an; ein Verlauf, der nicht gelesen werden kann, hat keine Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation>benötigt lastInstallAgeDays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation>ist 0, aber lastInstallAgeDays nennt eine Installation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation>hat den Schlüssel „%1“, der keine Prüfungs-ID ist; Prüfungs-IDs sind in snake_case geschrieben, z. B. install_dir_attributes</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation>%1 existiert auf dem simulierten Computer nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation>%1 kann nicht gelesen werden: Das Gerät ist nicht bereit (das simulierte Laufwerk ist offline).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>%1 erfordert Administratorrechte, und dieser (simulierte) Prozess wird nicht mit erhöhten Rechten ausgeführt.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation>%1: Die Szenariodatei existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation>%1: Dies ist keine Datei; geben Sie den Pfad einer Szenariodatei (.json) an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation>%1: Die Datei ist größer als 16 MB; Szenariodateien beschreiben viele Temp-Dateien mit Generatoren und bleiben klein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation>Die Szenariodatei wurde nicht gelesen: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation>%1 ist ein Link, dessen Ziel der simulierte Computer nicht beschreibt.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation>SIMULIERT: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation>Das Lesen von %1 wurde verweigert (Zugriff verweigert auf dem simulierten Computer).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation>Kein Datenträger des simulierten Computers enthält %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation>%1 befindet sich auf einer Netzwerkfreigabe; ob es dedupliziert wird, bestimmt der Dateiserver.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation>Der simulierte Computer kennt diesen Ordner nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation>%1 hat keine Versionsressource.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation> (32-Bit-Ansicht)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation>Der Registry-Schlüssel %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation>Der Registry-Wert „%1“ existiert nicht in %2.</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation>Das Lesen des Registry-Werts „%1“ von %2 wurde verweigert (Zugriff verweigert).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation>Das Auflisten der Werte von %1 wurde verweigert (Zugriff verweigert).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation>Der Windows-Zeitdienst (W32Time) ist auf dem simulierten Computer nicht installiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation>Der Windows-Zeitdienst wird nicht ausgeführt, daher kann w32tm die Uhr nicht neu synchronisieren (0x80070426).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>Das Stellen der Uhr (w32tm /resync) erfordert Administratorrechte, und dieser (simulierte) Prozess wird nicht mit erhöhten Rechten ausgeführt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation>Dieser simulierte Computer beschreibt keine Aufgabenplanung.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation>Der Ordner %1 der Aufgabenplanung existiert auf dem simulierten Computer nicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation>Die geplante Aufgabe %1 existiert auf dem simulierten Computer nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation>Ändern der geplanten Aufgabe %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>Die geplante Aufgabe %1 hat %n Trigger, aber die Änderung nennt %2; es wurde nichts geändert.</numerusform>
            <numerusform>Die geplante Aufgabe %1 hat %n Trigger, aber die Änderung nennt %2; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation>Dieser simulierte Computer beschreibt keinen Windows Update-Verlauf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation>Dieser simulierte Computer beschreibt nicht die Namen des Computers.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-1-Fingerabdruck (40 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation>Beenden des Dienstes %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation>Ändern des Registry-Werts „%1“ in %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation>Ein Registry-Wert benötigt einen Schlüssel unterhalb der Struktur.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation>Löschen des Registry-Werts „%1“ in %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>Der Stamm einer Registry-Struktur kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation>Löschen des Registry-Schlüssels %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation>Der Dienst %1 ist auf dem simulierten Computer nicht installiert.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation>Ändern der Attribute von %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation>Dieses Konto ist kein Administrator, daher gibt es kein Token mit erhöhten Rechten, zu dem gewechselt werden kann. Melden Sie sich mit einem Administratorkonto an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation>SIMULIERT: Das Szenario läuft jetzt mit dem vollständigen Token des Administrators. Es wurde kein Programm gestartet.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation>Starten des Dienstes %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation>Der Dienst %1 ist deaktiviert; legen Sie zuerst seinen Starttyp fest.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation>der Name %1 konnte nicht aufgelöst werden (der DNS-Server hat nicht geantwortet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>der Name %1 existiert nicht (der DNS-Server kennt diesen Namen nicht)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation>die TCP-Verbindung wurde nicht hergestellt (keine Antwort: oft eine Firewall, die den Datenverkehr verwirft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation>die TCP-Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation>der Proxy hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation>der TLS-Handshake wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation>keine Antwort auf die Anfrage (die Verbindung blieb offen, aber stumm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation>die Verbindung wurde geschlossen oder zurückgesetzt, bevor eine Antwort kam</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 ist keine http- oder https-Adresse mit einem Hostnamen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation>der Name %1 konnte nicht aufgelöst werden: Der simulierte Computer hat keine Netzwerkverbindung</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation>ist false, daher kann der Ordner keine Dateien, Verzeichnisse oder symbolischen Links enthalten (in einer Datei mit Basis entfernen Sie die der Basis mit &quot;files&quot;: null)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation>hat sowohl name als auch pattern; eine Datei hat einen Namen, ein Generator ein Muster</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation>muss {n} genau einmal enthalten, z. B. &quot;tmp{n}.tmp&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>würde den Temp-Ordner mehr als %1 Einträge enthalten lassen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation>ist ein Muster zu viel: Ein Temp-Ordner wird mit höchstens %1 Mustern beschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation>erzeugt Namen, die auch andere Muster erzeugen könnten, mehr als geprüft werden können; beschreiben Sie den Ordner mit weniger Mustern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation>muss ein einfacher Dateiname sein (kein Ordner, keines der Zeichen \ / : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation>nennt „%1“ ein zweites Mal im Temp-Ordner (Namen werden ohne Beachtung der Groß-/Kleinschreibung verglichen)</translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>im Startvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>im Beendigungsvorgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>in Ausführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation>in einem Übergangszustand</translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation>SIMULIERTER COMPUTER (%1). Nichts auf diesen Seiten beschreibt diesen Computer, und Korrekturen ändern nur die Simulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation>Simulierter Computer</translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation>die TCP-Verbindung zu %1 Port %2 wurde nicht innerhalb von %3 s hergestellt (keine Antwort: oft eine Firewall, die den Datenverkehr verwirft)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation>die TCP-Verbindung zu %1 Port %2 wurde abgelehnt (dort lauscht nichts, oder eine Firewall weist sie ab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation>die TCP-Verbindung zu %1 Port %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>der Name %1 existiert nicht (der DNS-Server kennt diesen Namen nicht)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation>der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation>der Name %1 konnte nicht innerhalb von %2 s aufgelöst werden (der DNS-Server hat nicht geantwortet)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation>der Proxy %1 hat die Verbindung geschlossen, ohne auf die Tunnelanfrage (CONNECT) zu antworten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation>der Proxy %1 hat nicht innerhalb von %2 s auf die Tunnelanfrage (CONNECT) geantwortet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation>der Proxy %1 verlangt Anmeldeinformationen (407 Proxy Authentication Required%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation>; er bietet %1 an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation>der Proxy %1 hat den Tunnel abgelehnt: %2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation>der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen (die Gegenseite hat nicht mehr geantwortet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation>die Verbindung wurde während des TLS-Handshakes geschlossen (TLS 1.2 auf einer Seite deaktiviert oder ein Gerät dazwischen, das es blockiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation>der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation>die Verbindung wurde geschlossen oder zurückgesetzt, bevor eine Antwort kam (vom Server oder von einem Gerät dazwischen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation>die Antwort war kein HTTP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation>keine Antwort auf die Anfrage innerhalb von %1 s (die Verbindung blieb offen, aber stumm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation>der Proxy %1:%2 verlangt Anmeldeinformationen (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 ist keine http- oder https-Adresse mit einem Hostnamen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation>Dieser Build unterstützt kein TLS (Qt hat kein TLS-Back-End gefunden), daher konnte HTTPS nicht getestet werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation>Der Proxy %1 hat keinen Port.</translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS-Agent-Problembehandlung</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation>%1
Führen Sie mars-troubleshooter --help aus, um die Optionen anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation>Was gefunden wurde, was als Nächstes zu tun ist und wie Sie es an den Support übergeben.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation>Was Aufmerksamkeit erfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation>Die gefundenen Probleme, die schwerwiegendsten zuerst, jeweils mit dem, was zu tun ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation>Schreibt den Bericht in eine Datei: HTML zum Lesen, JSON für den Second-Level-Support, Markdown oder Text. Geheime Werte werden entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation>Für Ticket kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation>Kopiert eine Zusammenfassung als Nur-Text für ein Ticket. Geheime Werte werden entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation>Supportpaket…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation>Eine ZIP-Datei für den Second-Level-Support: der Bericht, das Protokoll und das Korrekturjournal dieses Tools sowie die Protokolle des Agents, ohne geheime Werte. Sie sehen die Liste, bevor die Datei geschrieben wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation>Protokoll anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation>Zeigt das Protokoll dieser Sitzung mit maskierten geheimen Werten an.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation>Protokolldatei: keine (diese Sitzung protokolliert nur im Arbeitsspeicher).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation>Es wurden keine Prüfungen ausgeführt, daher ist noch nichts bekannt. Klicken Sie auf „Zurück“, um sie auszuführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation>Etwas blockiert den Agent. Beheben Sie die fehlgeschlagenen Punkte unten, und führen Sie die Prüfungen dann erneut aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation>Einige Prüfungen konnten nicht ausgeführt werden, daher ist das Bild unvollständig. Siehe unten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation>Einige Prüfungen wurden abgebrochen, daher ist das Bild unvollständig. Klicken Sie auf „Zurück“, um sie erneut auszuführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation>Nichts blockiert den Agent, aber einige Punkte sollten Sie sich ansehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation>Es wurde nichts gefunden, was den Agent blockieren würde. Fahren Sie fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation>OK: %1 · Warnungen: %2 · Fehlgeschlagen: %3 · Nicht ausführbar: %4 · Nicht zutreffend: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation> · Abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>Starten Sie den Server vor der Registrierung einmal neu: %n in dieser Sitzung vorgenommene Änderung wird erst nach einem Neustart wirksam.</numerusform>
            <numerusform>Starten Sie den Server vor der Registrierung einmal neu: %n in dieser Sitzung vorgenommene Änderungen werden erst nach einem Neustart wirksam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation>Vorgehensweise:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation>Keine Prüfung erfordert Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation>In dieser Sitzung angewendete Korrekturen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation>Was jetzt zu prüfen ist:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation>Korrektureinträge dieser Sitzung werden gelesen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Bericht wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation>Der Bericht konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Wählen Sie einen anderen Ordner (einen, in den dieses Konto schreiben darf), und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation>Zusammenfassung in die Zwischenablage kopiert (geheime Werte entfernt). Fügen Sie sie in das Ticket ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>Supportpaket gespeichert unter %1 (%n Datei). Senden Sie es an den Second-Level-Support.</numerusform>
            <numerusform>Supportpaket gespeichert unter %1 (%n Dateien). Senden Sie es an den Second-Level-Support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation>%1 ist nicht enthalten: Unter %2 ist noch keine Datei vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation>%1 ist nicht enthalten: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation>Die Protokolle des Agents sind nicht enthalten: Diese Sitzung hat keinen Computer, von dem sie gelesen werden könnten.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation>%1 (%2) ist nicht enthalten: Auf diesem Computer gibt es kein solches Protokoll (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation>%1 (%2) ist nicht enthalten: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation>der Bericht: in einem Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation>der Bericht mit allen Werten, für Tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation>eine Zusammenfassung zum Einfügen in ein Ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation>das Protokoll dieses Tools</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation>was die Korrekturen dieses Tools geändert haben, Datei für Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation>das Korrekturjournal dieses Tools (was jede Korrektur geändert hat und wie sie rückgängig gemacht wird)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation>Das Protokoll dieses Tools ist nicht enthalten: Diese Sitzung protokolliert nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation>MARS-Agent-Problembehandlung: Supportpaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation>Sitzung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation>Erstellt (UTC): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation>Computer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation>SIMULIERT: Die Berichte und Protokolle beschreiben eine Szenariodatei, keinen echten Computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation>Kennwörter, Schlüssel, Zertifikate und Token werden in jeder Datei durch %1 ersetzt. Namen und Pfade bleiben erhalten, wie im gespeicherten Bericht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>die letzten %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation>von diesem Tool erstellt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation>Das Supportpaket konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation>Eine ZIP-Datei für den Second-Level-Support</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation>Diese Dateien kommen in die ZIP-Datei. Kennwörter, Schlüssel, Zertifikate und Token werden durch [REDACTED] ersetzt; Namen und Pfade bleiben erhalten, wie im gespeicherten Bericht. Senden Sie das Paket daher nur an Ihr Supportteam oder an Microsoft. Es wird nichts geschrieben, bevor Sie den Speicherort wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation>Dateien werden gesammelt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation>Beschreibung und Herkunft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation>Paket speichern…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>%n Datei, %1 vor der Komprimierung, und manifest.txt, die sie auflistet.</numerusform>
            <numerusform>%n Dateien, %1 vor der Komprimierung, und manifest.txt, die sie auflistet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation>von diesem Tool für diese Sitzung erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>die letzten %1 von %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation>Nicht enthalten:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation>Supportpaket wird geschrieben…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation>Das Supportpaket wurde nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation>Das Supportpaket konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Wählen Sie einen anderen Ordner (einen, in den dieses Konto schreiben darf), und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation>Das Supportpaket konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation> (32-Bit-Ansicht)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation>„%1“ (%2, keine Zahl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation>%1-Daten, keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation>Für eine Bildschirmfreigabe: größerer Text, und Benutzernamen, Computernamen, E-Mail-Adressen und IDs des Kunden werden auf dem Bildschirm ausgeblendet. Gespeicherte Berichte enthalten sie weiterhin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation>Kehrt zur vorherigen Seite zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation>Wechselt zur nächsten Seite, deren Prüfungen sofort starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation>Schließt die Problembehandlung. Wenn es sich lohnt, einen Bericht aufzubewahren, wird zuvor nachgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation>Schließt die Problembehandlung.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS-Agent-Problembehandlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation>%1 — SIMULIERT: %2</translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation>die Uhr von Azure (der Date-Header der Antwort von %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation>die Uhr dieses Servers (keine Azure-Adresse hat zum Vergleich geantwortet)</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation>Die Datei ist kein Text in UTF-8 oder UTF-16: Sie ist beschädigt oder keine Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation>Die Datei enthält weit mehr XML als eine Datei mit Tresoranmeldeinformationen: Sie ist keine.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation>Die Datei enthält eine Dokumenttypdeklaration (DTD), die eine Datei mit Tresoranmeldeinformationen nie hat: Sie wurde verändert oder ist keine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation>Dies ist eine Anmeldeinformationsdatei für Azure Site Recovery, nicht für Backup: Laden Sie die Tresoranmeldeinformationen aus den Backup-Einstellungen des Tresors herunter (Eigenschaften &gt; Sicherungsanmeldeinformationen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>Die Datei ist XML, aber keine Datei mit Tresoranmeldeinformationen: Sie beginnt mit &lt;%1&gt; statt mit &lt;RSBackupVaultAADCreds&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation>Das Element &lt;RSBackupVaultAADCreds&gt; der Datei liegt nicht in dem Namespace, den der Agent liest (%1): Die Datei wurde bearbeitet oder von Hand erstellt.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation>Die Datei ist kein gültiges XML (%1 in Zeile %2): Sie ist beschädigt, abgeschnitten oder keine Datei mit Tresoranmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation>kein Element</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation>Der Datei fehlt %1, das für die Registrierung benötigt wird: Sie ist unvollständig oder wurde bearbeitet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation>Das Zertifikat der Datei (ManagementCert) ist kein gültiges Base64: Die Datei ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation>Die Datei befindet sich an einem Netzwerkspeicherort; sie wird nur vom lokalen Datenträger dieses Servers gelesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation>Die Datei ist %1 KB groß, weit größer als eine Datei mit Tresoranmeldeinformationen (wenige KB): Sie ist keine, oder sie wurde beschädigt.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation>Datei wird geprüft…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation>Tresor: %1 · Ressourcengruppe: %2 · Region: %3
Abonnement: %4 · Mandant: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation>Die Datei konnte nicht geprüft werden.</translation>
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
        <translation>WARNUNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>ENTFÄLLT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <extracomment>The check itself could not run (the probe failed), as opposed to FAIL.</extracomment>
        <translation>PRÜFFEHLER</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>ZEITLIMIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation>ABBRUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation>AUSSTEHEND</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation>Nicht ausführbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation>Warum lässt sich der Azure Backup-Agent (MARS) nicht installieren oder registrieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation>Geben Sie an, was Sie vorhaben; dann prüft das Tool diesen Server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation>Zuerst führt das Tool eine Reihe von Prüfungen aus, die die Einstellungen dieses Servers nur lesen – nichts wird geändert. Findet eine Prüfung ein Problem, das sie beheben kann, zeigt sie Ihnen genau, was sich ändern würde, und nichts ändert sich, bevor Sie die Korrektur bestätigen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation>Die Sprache der Problembehandlung und ihrer Berichte. Nach einer Änderung wird diese Seite in der neuen Sprache erneut angezeigt: Ihre Eingaben bleiben erhalten (eine Passphrase muss erneut eingegeben werden), und die Prüfungen werden erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation>Nennen Sie dem Support diese ID: Sie steht in jeder Protokollzeile, jedem Bericht und jedem Korrektureintrag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation>Rechte:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation>Den Agent auf diesem Server installieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation>Diesen Server bei einem Recovery Services-Tresor registrieren (Agent bereits installiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation>Diesen Server erneut registrieren (er war schon einmal registriert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation>Zuerst werden die Installationsprüfungen ausgeführt, dann die Registrierungsprüfungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation>Die Registrierungsprüfungen werden ausgeführt: die Verbindung zu Azure, die Datei mit Tresoranmeldeinformationen, die Uhrzeit und der Zustand des Agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation>Die Registrierungsprüfungen und was eine erneute Registrierung erfordert: dieselbe Passphrase und der Name, unter dem der Tresor diesen Server kennt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation>Details (optional – leer lassen, wenn Sie es noch nicht wissen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation>Nach dem Installationsordner des Agents suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation>Wählen Sie den Installationsordner des Agents in einem Ordnerdialog aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation>Installationsordner des Agents:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation>Die aus dem Azure-Portal heruntergeladene .VaultCredentials-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation>Nach der Datei mit Tresoranmeldeinformationen suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation>Wählen Sie die .VaultCredentials-Datei in einem Dateidialog aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation>Datei mit Tresoranmeldeinformationen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation>Vom Kunden gemeldeter Fehler:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation>Verschlüsselungspassphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation>Azure (öffentlich)</translation>
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
        <translation>Azure-Cloud:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation>Azure-Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation>Die Azure-Cloud, in der sich der Tresor befindet. Sie bestimmt, welche Adressen die Verbindungsprüfungen testen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation>Labor- und Schulungseingaben (nicht für den Server eines Kunden)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation>Eine JSON-Liste von Endpunkten, die die Endpunkte der Cloud ersetzt (docs/endpoints.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation>PEM-Datei mit Zertifizierungsstellenzertifikaten, denen nur für diesen Lauf vertraut wird (nie installiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation>http://host:port, als zusätzliche Route getestet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation>Endpunktdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation>Zusätzliche Stammzertifikate:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation>Zusätzlicher Proxy:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation>Endpunktdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation>Zusätzliche Stammzertifikate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation>Zusätzlicher Proxy</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation>Die Rechte dieses Kontos konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation>Als Administrator ausgeführt (mit erhöhten Rechten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation>Administrator, aber ohne erhöhte Rechte – für einige Prüfungen und Korrekturen müssen Sie das Tool als Administrator neu starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation>Kein Administrator</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation>Installationsordner des Agents auswählen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation>Datei mit Tresoranmeldeinformationen auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation>Tresoranmeldeinformationen (*.VaultCredentials)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation>%1 kann nicht geöffnet werden, um das Ziel zu ermitteln: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation>Der vollständige Pfad von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation>Nur die Attribute Schreibgeschützt, Versteckt, System, Komprimiert und Verschlüsselt können geändert werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation>Ein Attribut kann nicht gleichzeitig gesetzt und entfernt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation>NTFS kann dieselbe Datei oder denselben Ordner nicht zugleich komprimieren und verschlüsseln.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation>Die Attribute von %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation>%1 ist ein Link oder eine Verzeichnisverbindung (ein Analysepunkt). Seine Attribute werden nicht geändert, und seinem Ziel wird nicht gefolgt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation>Die Attribute von %1 können nicht geändert werden</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation>%1 kann nicht geöffnet werden, um die Komprimierung zu ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation>%1 wurde ersetzt, während seine Attribute geändert wurden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation>%1 kann nicht komprimiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation>%1 kann nicht dekomprimiert werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation>%1 wurde ersetzt, während seine Attribute geändert wurden; die Verschlüsselung wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation>%1 wurde direkt nach der Änderung seiner Verschlüsselung ersetzt; prüfen Sie den Ordner, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation>%1 kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation>%1 kann nicht entschlüsselt werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation>Der Ordner %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation>Der vollständige Pfad des Ordners %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation>Der Windows-Ordner wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation>Der Inhalt des Ordners %1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation>Das Auflisten des Ordners %1 wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation>In %1 kann keine Testdatei erstellt werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation>%1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation>Das Volume von %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation>Der freie Speicherplatz des Volumes von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation>Windows hat seine Version nicht mitgeteilt (RtlGetVersion).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation>Die Zeitzone kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation>Der Windows-Systemordner wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation>Das Windows-Zeittool %1 ist auf diesem Computer nicht vorhanden, daher kann die Uhr nicht über ihre Zeitquelle gestellt werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation>w32tm /resync wurde nicht innerhalb von %1 Sekunden abgeschlossen (keine Antwort von der Zeitquelle?); der Vorgang wurde beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation>w32tm /resync wurde vor dem Abschluss beendet (abgebrochen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation>w32tm /resync wurde nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation>Der Windows-Zeitdienst wird nicht ausgeführt, daher kann w32tm die Uhr nicht neu synchronisieren (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation>w32tm /resync ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation>w32tm /resync ist mit %1 fehlgeschlagen; die Ausgabe wird als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation>w32tm /resync wurde mit Exitcode %1 beendet; die Ausgabe wird als Nachweis aufbewahrt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation>Die WinHTTP-Proxyeinstellung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation>Der Registry-Wert %1 in %2 ist zu kurz für seinen Typ (%3 Bytes).</translation>
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
        <translation>Der Registry-Schlüssel %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation>Der Registry-Schlüssel %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation>Der Registry-Wert %1 existiert nicht in %2.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation>Der Registry-Wert %1 in %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation>Die Unterschlüssel des Registry-Schlüssels %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation>Die Werte des Registry-Schlüssels %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation>Die Unterschlüssel des Registry-Schlüssels %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation>Die Werte des Registry-Schlüssels %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation>Der Text für den Registry-Wert %1 enthält ein NUL-Zeichen, das eine Registry-Zeichenfolge nicht enthalten kann.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation>Der Registry-Schlüssel %1 kann nicht zum Schreiben geöffnet werden</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation>Der Registry-Wert %1 in %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation>Der Registry-Schlüssel %1 kann weder geöffnet noch erstellt werden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation>Der Registry-Wert %1 in %2 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>Der Stamm einer Registry-Struktur kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation>Der Inhalt des Registry-Schlüssels %1 kann nicht gezählt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation>Der Registry-Schlüssel %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation>Windows Update wartet auf einen Neustart (Registry-Schlüssel ...\WindowsUpdate\Auto Update\RebootRequired).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation>Installierte Windows-Komponenten oder -Updates warten auf einen Neustart (Registry-Schlüssel ...\Component Based Servicing\RebootPending).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation>Die Neustartmarkierung HKLM\%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation>Dateien warten darauf, beim nächsten Neustart ersetzt oder gelöscht zu werden (Registry-Wert PendingFileRenameOperations in ...\Control\Session Manager).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation>Keine Verbindung zum Dienststeuerungs-Manager möglich</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation>Der Dienst %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation>Der Status des Dienstes %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation>Die Konfiguration des Dienstes %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation>Der Dienst %1 kann nicht zum Starten geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation>Der Dienst %1 kann nicht gestartet werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation>Der Dienst %1 wurde direkt nach dem Start wieder beendet (Exitcode %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation>Der Dienst %1 kann nicht zum Beenden geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation>Der Dienst %1 wurde nicht beendet, weil andere laufende Dienste von ihm abhängen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation>Der Dienst %1 kann nicht beendet werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation>Das Zugriffstoken dieses Programms kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation>Die SID der Gruppe „Administratoren“ kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation>Es kann nicht ermittelt werden, ob dieses Programm mit erhöhten Rechten ausgeführt wird</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation>Die Mitgliedschaft in der Gruppe „Administratoren“ kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation>Gruppe „Administratoren“ im vollständigen Token, das mit diesem gefilterten (UAC-)Token verknüpft ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation>Gruppe „Administratoren“ in diesem gefilterten (UAC-)Token als „nur verweigern“ aufgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation>Gruppe „Administratoren“ in diesem Token mit erhöhten Rechten aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation>Gruppe „Administratoren“ im Token dieses Prozesses (kein geteiltes UAC-Token)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation>Die Datei dieses Programms wurde nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation>Die Datei dieses Programms wurde nicht gefunden: Der Pfad ist zu lang.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation>Die Problembehandlung wird mit Administratorrechten neu gestartet; dieses Fenster wird geschlossen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation>Windows hat die Problembehandlung nicht als Administrator gestartet, weil die Abfrage abgelehnt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation>Windows konnte die Problembehandlung nicht als Administrator starten: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation>Die Datei %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation>%1 ist ein Ordner, keine Programmdatei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation>Die Datei %1 hat keine Versionsinformationen (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation>Die Version von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation>Die Datei %1 hat Versionsinformationen ohne Versionsnummer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 ist ein Ordner, keine Textdatei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>Die Datei %1 kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation>Die Größe von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation>Die Datei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation>%1 ist ein Netzwerkpfad ohne Freigabenamen (\\server\share).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es kein Laufwerk %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation>Weder %1 noch ein übergeordneter Ordner existiert</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation>%1 befindet sich auf einem Netzlaufwerk; ob es dedupliziert wird, bestimmt der Dateiserver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation>Das Laufwerk %1 antwortet nicht (nicht bereit oder offline), daher kann seine Deduplizierung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation>Dieses System (Wine) hat keinen Filter-Manager, daher kann nicht geprüft werden, ob die Datendeduplizierung für %1 aktiviert ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation>Die Bibliothek des Filter-Managers (fltlib.dll) ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation>Diese Windows-Version bietet keine Volumeauflistung des Filter-Managers (fltlib.dll), daher kann die Deduplizierung nicht geprüft werden.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation>Die an %1 angefügten Filter können nicht aufgelistet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation>%1: Nur ein Administrator darf den Filter-Manager abfragen (als Administrator neu starten).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation>Windows gibt nicht an, wo sich der Ordner %1 befindet: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation>Starten von COM für Windows Update (CoInitializeEx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation>Ein Thread zum Abfragen von Windows Update konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation>Windows Update hat seinen Verlauf nicht innerhalb von %1 Sekunden gemeldet (der Dienst startet möglicherweise noch oder hängt).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>„%1“ ist kein SHA-1-Fingerabdruck (40 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>Der Speicher für vertrauenswürdige Stammzertifikate des Computers (LocalMachine\Root) kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>Der Speicher für vertrauenswürdige Stammzertifikate des Computers (LocalMachine\Root) kann nicht durchsucht werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation>Der Zertifikatspeicher %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation>Der Inhalt des Zertifikatspeichers %1 kann nicht aufgelistet werden</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation>Der Name des Computers kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation>Die Domäne oder Arbeitsgruppe kann nicht gelesen werden (NetGetJoinInformation)</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation>Lesen des Pfads der Aufgabe %1 (get_Path)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation>Lesen, ob die Aufgabe %1 aktiviert ist (get_Enabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation>Lesen der Definition der Aufgabe %1 (get_Definition)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation>Lesen der Einstellungen der Aufgabe %1 (get_Settings, get_MultipleInstances)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation>Lesen, wer die Aufgabe %1 ausführt (get_Principal: Benutzer, Gruppe, Anmeldetyp, Ausführungsebene)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation>Lesen der Trigger der Aufgabe %1 (get_Triggers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation>Lesen, ob die Trigger der Aufgabe %1 aktiviert sind</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation>Starten von COM für die Aufgabenplanung (CoInitializeEx)</translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation>der Registry-Wert InstallPath des Agents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation>der auf der ersten Seite eingegebene Ordner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation>der Standardordner des Installationsprogramms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation>der Registry-Wert Config\ScratchLocation des Agents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation>der Registry-Wert CloudBackupProvider\ScratchLocation des Agents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation>der Standard des Installationsprogramms, Scratch im Installationsordner</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation>Weder %1 noch ein übergeordneter Ordner existiert.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation>HKLM\%1\%2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation>Es wurde kein Pfad angegeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation>%1 ist ein Netzwerkpfad; nur ein Ordner auf einem lokalen Laufwerk wird akzeptiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation>%1 ist kein vollständiger Pfad auf einem Laufwerk (z. B. C:\Folder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation>%1 ist relativ zum aktuellen Ordner des Laufwerks, kein vollständiger Pfad (z. B. C:\Folder).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation>%1 bezeichnet einen Datenstrom einer Datei oder eines Ordners („:“), keinen Ordner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation>%1 enthält ein Zeichen, das in einem Ordnernamen nicht vorkommen darf.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation>Auf diesem Computer läuft kein Windows, daher gibt es keine Protokolle des Agents zu sammeln.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation>die letzte Installation des Agents (Setupprotokoll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation>die Updates des Agents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation>Der System-Temp-Ordner wurde nicht gefunden, daher fehlen die Setupprotokolle: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation>Der Installationsort des Agents konnte nicht gelesen werden, daher fehlen seine eigenen Protokolle: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation>Der Agent ist nicht installiert und hat daher noch keine eigenen Protokolle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation>das Sicherungsmodul des Agents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation>die Verbindung des Agents zum Tresor (neueste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation>Der Protokollordner %1 des Agents konnte nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation>In %1 gibt es keine GatewayProvider*.errlog.</translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation>Microsoft-Supportartikel zum Fehler 0x1FBD3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation>Häufig gestellte Fragen von Microsoft zum MARS-Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation>Unterstützungsmatrix von Microsoft für den MARS-Agent</translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation>ungültige Tresoranmeldeinformationen (ID: 34513)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation>Laden Sie eine neue Datei mit Tresoranmeldeinformationen herunter, und registrieren Sie sofort; die Prüfungen dieser Problembehandlung zu Tresoranmeldeinformationen, Netzwerk, TLS, Uhr und Temp-Ordner nennen die Ursache.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation>eine Datei mit Tresoranmeldeinformationen, die er nicht lesen konnte (ID: 34528)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation>Laden Sie die Datei mit Tresoranmeldeinformationen erneut in einen lokalen Ordner herunter, und wählen Sie diese Datei aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation>eine abgelaufene Datei mit Tresoranmeldeinformationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation>Laden Sie eine neue Datei mit Tresoranmeldeinformationen herunter, und registrieren Sie sofort; wenn die Uhrprüfung eine falsche Uhrzeit meldet, beheben Sie das zuerst.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation>eine Datei mit Tresoranmeldeinformationen eines anderen Tresors als dem des Servers (ID: 100110)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation>Verwenden Sie die Tresoranmeldeinformationen des Tresors, bei dem dieser Server registriert ist, oder verschieben Sie den Server bewusst (siehe die Prüfung des registrierten Tresors).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation>ein Proxy, der eine Anmeldung verlangt ((407) Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation>Geben Sie dem Agent den Benutzernamen und das Kennwort des Proxys (MARS-Konsole &gt; Eigenschaften ändern &gt; Proxykonfiguration), oder lassen Sie das Netzwerkteam den Server ohne Anmeldung durchlassen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation>keine Verbindung zu Azure Backup (ID: 100050)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation>Sehen Sie sich die Proxy- und Verbindungsprüfungen dieser Problembehandlung an: Ein Proxy oder eine Firewall blockiert den Agent, oder eine Antivirensoftware greift ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation>eine nicht abgeschlossene Aktivierung (interner Dienstfehler 0x1FC07)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation>Sehen Sie sich die Prüfungen des Cachespeicherorts (Scratch-Ordner) an (Speicherplatz, Speicherort, eine halb abgeschlossene Verschiebung); wenn sie bestanden werden, hat der Tresor möglicherweise seine Höchstzahl registrierter Server erreicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation>eine nicht richtig konfigurierte Verschlüsselungspassphrase (ID: 34506)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation>Sehen Sie sich die Prüfungen des Cachespeicherorts (Scratch-Ordner) an: Beide ScratchLocation-Werte müssen denselben vorhandenen Ordner angeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation>ein umbenannter Server (Resource not provisioned in service stamp, ID: 230006)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation>Benennen Sie den Server wieder in den Namen um, unter dem er registriert wurde, oder registrieren Sie ihn unter dem neuen Namen erneut (seine erste Sicherung ist dann eine vollständige).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation>ein für Azure Backup zu alter Agent (0x1FBD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation>Aktualisieren Sie den Agent, und registrieren Sie den Server dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation>eine vom Remotehost geschlossene Verbindung (10054), meist weil TLS 1.2 nicht angeboten wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation>Sehen Sie sich die TLS 1.2-Prüfungen dieser Problembehandlung an (SCHANNEL- und .NET-Einstellungen), wenden Sie deren Korrekturen an, und starten Sie den Server dann neu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation>ein Name, der nicht aufgelöst werden konnte (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation>Sehen Sie sich die DNS- und Proxyprüfungen dieser Problembehandlung an: Der Server kann die Namen von Azure nicht auflösen, oder der verwendete Proxy existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation>ein fehlgeschlagener Verbindungsversuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation>Bitten Sie das Netzwerkteam, TCP 443 zur Adresse in der zitierten Zeile zuzulassen, und sehen Sie sich die Verbindungsprüfungen dieser Problembehandlung an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation>ein TLS/SSL-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation>Sehen Sie sich die Prüfungen dieser Problembehandlung zu TLS 1.2, TLS-Inspektion und Stammzertifikaten an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation>etwas Abgelaufenes (ein Zertifikat oder Anmeldeinformationen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation>Sehen Sie sich die Prüfungen dieser Problembehandlung zu Uhr und Tresoranmeldeinformationen an.</translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server (Build %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation>Windows Server, Halbjährlicher Kanal (Build %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation>Windows %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
</context>
</TS>
