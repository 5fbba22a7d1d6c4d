<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificate(s), %1 of them expired, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificate, %1 of them expired, left by earlier vault credentials files.</numerusform>
            <numerusform>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, %1 of them expired, left by earlier vault credentials files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</numerusform>
            <numerusform>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate, which is not too many.</numerusform>
            <numerusform>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificates, which is not too many.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockSkewCheck</name>
    <message>
        <location filename="../checks/catalog/time/ClockSkewCheck.cpp" line="+17"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>DPM / Azure Backup Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>installed (service %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>Enable %n scheduled task of the agent and their triggers, and set them not to start a new instance while one is running.</numerusform>
            <numerusform>Enable %n scheduled tasks of the agent and their triggers, and set them not to start a new instance while one is running.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>Enabled %n scheduled task of the agent with their triggers, set not to start a new instance.</numerusform>
            <numerusform>Enabled %n scheduled tasks of the agent with their triggers, set not to start a new instance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>Cancelled after %n task; what was changed can be undone.</numerusform>
            <numerusform>Cancelled after %n tasks; what was changed can be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Put %n scheduled task back as it was before the fix.</numerusform>
            <numerusform>Put %n scheduled tasks back as they were before the fix.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (REG_DWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Restart of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>Set %n SCHANNEL value so that Windows offers TLS 1.2 for the connections this server makes.</numerusform>
            <numerusform>Set %n SCHANNEL values so that Windows offers TLS 1.2 for the connections this server makes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>Set %n .NET value so that .NET programs such as the agent use TLS 1.2.</numerusform>
            <numerusform>Set %n .NET values so that .NET programs such as the agent use TLS 1.2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>%n missing registry key is created for them.</numerusform>
            <numerusform>%n missing registry keys are created for them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>Set %n registry value for TLS 1.2.</numerusform>
            <numerusform>Set %n registry values for TLS 1.2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Put %n TLS setting back as it was before the fix.</numerusform>
            <numerusform>Put %n TLS settings back as they were before the fix.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n time, last: %1</numerusform>
            <numerusform>%n times, last: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>%n character is not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</numerusform>
            <numerusform>%n characters are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Schemes offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: ProxyServer (ProxyEnable = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: DefaultConnectionSettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WinHTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change, the last at %1): restart it once before registering.</numerusform>
            <numerusform>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n changes, the last at %1): restart it once before registering.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 Client Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 Client DisabledByDefault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; default when the settings are absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>%n of the triggers of the scheduled task %1 is disabled, so backups do not start at those times.</numerusform>
            <numerusform>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>The agent&apos;s %n scheduled task in %1 is enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</numerusform>
            <numerusform>The agent&apos;s %n scheduled tasks in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchRegistryCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryCheck.cpp" line="+22"/>
        <source>exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+62"/>
        <location line="+1"/>
        <source>&lt;folder&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Both registry values point to the cache folder %1, and it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+330"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The drive %1 of the cache folder %2 is offline or not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>%n file or folder inside it is compressed</numerusform>
            <numerusform>%n files or folders inside it are compressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>%n file or folder inside it is encrypted</numerusform>
            <numerusform>%n files or folders inside it are encrypted</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h ago</source>
        <comment>the unit symbol of hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 h: every .tmp file, whatever its age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolves to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>The chosen file is the newest of %n vault credentials file looked at for this vault and its neighbours.</numerusform>
            <numerusform>The chosen file is the newest of %n vault credentials files looked at for this vault and its neighbours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>DISM.exe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phase</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Simulate the machine described in &lt;file&gt; (training and demo mode). Everything shown is labelled SIMULATED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The agent&apos;s install folder to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--temp-dir cannot be combined with --scenario: the scenario file describes the simulated machine&apos;s temp folder. Leave one of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckItemDelegate</name>
    <message>
        <location filename="../wizard_pages/CheckItemDelegate.cpp" line="+42"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckListModel</name>
    <message>
        <location filename="../wizard_pages/CheckListModel.cpp" line="+28"/>
        <source>%1 — running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::EndpointList</name>
    <message>
        <location filename="../checks/catalog/common/EndpointList.cpp" line="+61"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has an unknown field &quot;%1&quot;; the known fields are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>The list shows the first %n item.</numerusform>
            <numerusform>The list shows the first %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>The list shows each change on a row of its own: %n row.</numerusform>
            <numerusform>The list shows each change on a row of its own: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>Restart the server once: %n change of this session takes effect only after a restart.</numerusform>
            <numerusform>Restart the server once: %n changes of this session take effect only after a restart.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>The fix journal lists %n earlier change that this run will not undo:</numerusform>
            <numerusform>The fix journal lists %n earlier changes that this run will not undo:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</numerusform>
            <numerusform>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::LocalFileRead</name>
    <message>
        <location filename="../checks/system/LocalFile.cpp" line="+23"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 for %2 %3 failed after %4 s: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>proxy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-62"/>
        <source>configuration script %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>%n fixed</numerusform>
            <numerusform>%n fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>%n still failing</numerusform>
            <numerusform>%n still failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>The server can probably go ahead, with %n warning; look first at &quot;%1&quot;.</numerusform>
            <numerusform>The server can probably go ahead, with %n warnings; look first at &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>The server is not ready: %n problem to deal with; fix &quot;%1&quot; first.</numerusform>
            <numerusform>The server is not ready: %n problems to deal with; fix &quot;%1&quot; first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>The tool could not finish: %n check without an answer; start with &quot;%1&quot;.</numerusform>
            <numerusform>The tool could not finish: %n checks without an answer; start with &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n failure</numerusform>
            <numerusform>%n failures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>%n could not run</numerusform>
            <numerusform>%n could not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n timed out</numerusform>
            <numerusform>%n timed out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ReportedErrorField</name>
    <message>
        <location filename="../wizard_pages/ReportedErrorField.cpp" line="+18"/>
        <source>The error the customer saw, e.g. 34513, 0x1FC07 or the message&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>The %n check that can explain it runs first.</numerusform>
            <numerusform>The %n checks that can explain it run first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioJsonReader</name>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.cpp" line="+19"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>The scheduled task %1 has %n trigger, but the change names %2; nothing was changed.</numerusform>
            <numerusform>The scheduled task %1 has %n triggers, but the change names %2; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>Restart the server once before registering: %n change made in this session takes effect only after a restart.</numerusform>
            <numerusform>Restart the server once before registering: %n changes made in this session take effect only after a restart.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>Support bundle saved to %1 (%n file). Send it to second-line support.</numerusform>
            <numerusform>Support bundle saved to %1 (%n files). Send it to second-line support.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>%n file, %1 before compression, and manifest.txt, which lists them.</numerusform>
            <numerusform>%n files, %1 before compression, and manifest.txt, which lists them.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::Verdict</name>
    <message>
        <location filename="../checks/engine/Verdict.cpp" line="+47"/>
        <source>PASS</source>
        <extracomment>Verdict labels of the console table: short, upper case.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <extracomment>The check itself could not run (the probe failed), as opposed to FAIL.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
