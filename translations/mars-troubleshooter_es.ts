<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation>Al volver a leer %1, se obtiene %2 en lugar del texto escrito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation>Al volver a leer %1, se obtuvo %2 en lugar de %3; se ha vuelto a escribir el texto anterior.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation>Agregar la carpeta de módulos del agente a PSModulePath</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation>Puede que el PSModulePath del equipo ya incluya la carpeta de módulos del agente o puede que no: vuelva a ejecutar la comprobación antes de hacer nada más.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation>No se conoce la carpeta de instalación del agente, por lo que no se puede agregar su carpeta de módulos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation>Esta corrección no puede ampliar el PSModulePath del equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation>Este servidor no tiene ningún valor PSModulePath de equipo; esta corrección solo agrega elementos a un valor existente. Agréguelo en Propiedades del sistema &gt; Opciones avanzadas &gt; Variables de entorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation>%1 no es un valor de texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation>El PSModulePath del equipo ya incluye la carpeta de módulos del agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation>No hay nada que agregar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation>El servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation>necesita un reinicio: el servicio y las tareas del agente leen PSModulePath al iniciarse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation>Agregar %1 al final del PSModulePath del equipo (%2 se conserva tal cual, con todas sus entradas). Antes, el valor anterior se guarda en el registro de correcciones. El cambio surte efecto después de reiniciar el servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation>Al deshacer, se vuelve a escribir el valor anterior, siempre que nadie haya cambiado PSModulePath desde entonces. Deshacer también requiere un reinicio para surtir efecto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation>Cambiar el valor del Registro %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation>El plan no coincide con la carpeta de módulos del agente; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>El PSModulePath del equipo ha cambiado desde la vista previa; no se ha cambiado nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation>Se ha agregado la carpeta de módulos del agente al PSModulePath del equipo; reinicie el servidor para que el servicio y las tareas del agente la vean.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation>Puede que el PSModulePath del equipo haya vuelto a su estado anterior o puede que no: compárelo con el estado previo guardado en el registro de correcciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>La entrada del registro de correcciones no indica qué valor se debe restablecer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation>El PSModulePath del equipo no se restablecerá.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation>El valor anterior guardado en la entrada del registro de correcciones contiene entradas que la corrección no encontró en el valor actual; al deshacer, solo se quita la carpeta que agregó la corrección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation>Restablecer el PSModulePath del equipo al estado que tenía antes de la corrección. El cambio surte efecto después de reiniciar el servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation>Si vuelve a ejecutar la corrección, la carpeta se agrega de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 ha vuelto a cambiar después de la corrección (ahora es %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation>El valor anterior guardado en la entrada del registro de correcciones contiene entradas que la corrección no encontró en el valor actual; al deshacer, solo se quita la carpeta que agregó la corrección. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation>%1 ha vuelto a cambiar después de la corrección; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation>Se ha restablecido el PSModulePath del equipo a su estado anterior; reinicie el servidor para que el agente lo vea.</translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation>Cuenta de administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation>Para instalar y registrar el agente se necesita una cuenta del grupo local Administradores.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation>No se pudo determinar si esta cuenta es de administrador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation>Compruebe la cuenta en Administración de equipos &gt; Usuarios y grupos locales &gt; Administradores.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation>La cuenta %1 es administrador de este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation>La cuenta %1 no es administrador, por lo que no puede instalar ni registrar el agente de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation>Grupo Administradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>es miembro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>no es miembro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation>Cómo se determinó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation>Pertenencia del token a BUILTIN\Administrators: %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation>Inicie sesión con una cuenta que sea miembro del grupo local Administradores (o pida al equipo de TI del cliente que agregue esta cuenta) y vuelva a iniciar el solucionador de problemas.</translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation>No se pudo determinar dónde está instalado el agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation>El agente no está instalado, así que todavía no hay nada suyo que comprobar aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation>Agente instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation>Exclusiones del antivirus para el agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation>Un antivirus que analice el motor y la carpeta de caché del agente puede bloquear sus archivos y hacer que el registro falle con &quot;Invalid vault credentials provided&quot; (ID: 34513) o &quot;unable to connect&quot; (ID: 100050).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation>No se pudo leer si Microsoft Defender está en ejecución.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation>Microsoft Defender está instalado, pero no está en ejecución, por lo que no analiza los archivos del agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation>Microsoft Defender no está instalado en este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation>La protección en tiempo real de Microsoft Defender está desactivada, por lo que no analiza los archivos del agente mientras se usan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation>No se pudo determinar la carpeta de instalación del agente, por lo que no se pueden comprobar sus exclusiones.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation>No se pudieron leer las exclusiones de Microsoft Defender.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation>Microsoft Defender analiza en tiempo real, pero sus exclusiones no se pudieron leer sin elevación, así que no se sabe si excluye los archivos del agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation>Ejecute el solucionador de problemas como administrador (&quot;Reiniciar como administrador&quot;) para leerlas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation>el proceso %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation>la carpeta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation>Microsoft Defender excluye el motor del agente (cbengine.exe), su carpeta bin y su carpeta de caché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation>Microsoft Defender analiza en tiempo real, pero no excluye %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation>En este servidor, las exclusiones de Defender las determina la directiva de grupo (DisableLocalAdminMerge): pida al administrador que las agregue allí (el equivalente en PowerShell es: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation>En PowerShell ejecutado como administrador: %1 (la Protección contra alteraciones o la directiva de grupo pueden rechazarlo; en ese caso, consulte al administrador).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation>No se pudo determinar la carpeta de caché (%1), por lo que no se comprobó su exclusión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation>En este servidor se ejecuta otro antivirus (%1); desde aquí no se puede saber si excluye el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation>Agregue las mismas exclusiones en %1: el proceso cbengine.exe, la carpeta bin del agente y su carpeta de caché.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation>Recomendaciones anteriores de Microsoft también excluyen el csc.exe de cada .NET Framework (por ejemplo, %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); esto no se comprueba aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation>Microsoft Defender (WinDefend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>no está en ejecución</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation>Protección en tiempo real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation>desconocido (no se puede leer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation>Rutas excluidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation>Procesos excluidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation>Otro antivirus en ejecución</translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation>Certificados raíz de Azure en este servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation>Las direcciones de Azure demuestran su identidad con certificados cuya cadena termina en unas pocas entidades de certificación raíz. Windows solo acepta esa conexión cuando confía en la raíz. Un servidor que no tiene esas raíces y no puede descargarlas rechaza la conexión, y el registro falla.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation>No se pudieron leer los certificados raíz de confianza de este servidor (LocalMachine\Root).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation>No se pudo leer la directiva que permite o prohíbe a Windows descargar certificados raíz, y %1 y %2 no están en el almacén raíz de confianza de este servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation>Ni %1 ni %2 están en el almacén raíz de confianza de este servidor, y las actualizaciones automáticas de certificados raíz están desactivadas por directiva, así que Windows no puede obtenerlos cuando los certificados de Azure los necesiten: el registro puede fallar con un error de certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation>Pida a su equipo de seguridad que lo decida y, después, importe las dos raíces en el almacén &quot;Entidades de certificación raíz de confianza&quot; (Trusted Root Certification Authorities) del equipo local de este servidor (certlm.msc, o certutil -addstore Root &lt;file&gt;), tal como indica el artículo de Microsoft &quot;Cambios en los certificados TLS de Azure&quot; para servidores sin acceso a Internet: %1 y %2. O bien permita que Windows vuelva a obtener raíces: establezca la directiva &quot;Desactivar la actualización automática de certificados raíz&quot; (Configuración del equipo &gt; Plantillas administrativas &gt; Sistema &gt; Administración de comunicaciones por Internet &gt; Configuración de comunicaciones por Internet) en No configurada y permita a este servidor el acceso HTTP a ctldl.windowsupdate.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation>%1 y %2 todavía no están en el almacén raíz de confianza de este servidor, lo cual no es un problema mientras las actualizaciones automáticas de certificados raíz estén activadas: Windows obtiene una raíz la primera vez que una conexión la necesita (desde ctldl.windowsupdate.com, que debe ser accesible).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation>Los seis certificados raíz en los que termina la cadena de los certificados TLS de Azure están en el almacén raíz de confianza de este servidor: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation>El almacén raíz de confianza de este servidor contiene %1, en los que termina la cadena de los certificados TLS de Azure (faltan: %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation>no está en el almacén</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation> (actualizaciones automáticas de certificados raíz desactivadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation> (actualizaciones automáticas de certificados raíz activadas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation>Directiva DisableRootAutoUpdate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation>Se buscó por huella digital SHA-1 en LocalMachine\Root: %1. Se leyó HKLM\%2 %3 (REG_DWORD), que establece la directiva &quot;Desactivar la actualización automática de certificados raíz&quot;: 1 significa que Windows no descarga certificados raíz. Mientras la directiva esté desactivada o sin configurar, Windows descarga de Windows Update (ctldl.windowsupdate.com, HTTP) la raíz que le falte la primera vez que una cadena de certificados la necesita.</translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation>Certificados &quot;Windows Azure Tools&quot;</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Cada archivo de credenciales del almacén trae un certificado &quot;Windows Azure Tools&quot;; tener muchos antiguos o caducados en el almacén Personal es una causa conocida de &quot;Invalid vault credentials provided&quot; (ID: 34513).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation>No se pudo leer el almacén de certificados %1.</translation>
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
            <numerusform>Los almacenes de certificados Personal contienen %n certificado &quot;Windows Azure Tools&quot; (caducados: %1), dejado por un archivo de credenciales del almacén anterior.</numerusform>
            <numerusform>Los almacenes de certificados Personal contienen %n certificados &quot;Windows Azure Tools&quot; (caducados: %1), dejados por archivos de credenciales del almacén anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>Los almacenes de certificados Personal contienen %n certificado &quot;Windows Azure Tools&quot;, dejado por un archivo de credenciales del almacén anterior.</numerusform>
            <numerusform>Los almacenes de certificados Personal contienen %n certificados &quot;Windows Azure Tools&quot;, dejados por archivos de credenciales del almacén anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation>Si el registro falla con &quot;Invalid vault credentials provided&quot;, abra certlm.msc (y certmgr.msc), Personal &gt; Certificados, quite los certificados &quot;Windows Azure Tools&quot; caducados y antiguos y vuelva a intentarlo con un archivo recién descargado. No quite ninguno que un agente registrado pueda seguir usando (esta herramienta nunca los elimina).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation>No hay certificados &quot;Windows Azure Tools&quot; en los almacenes de certificados Personal.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>Los almacenes de certificados Personal contienen %n certificado &quot;Windows Azure Tools&quot; válido, lo que no es demasiado.</numerusform>
            <numerusform>Los almacenes de certificados Personal contienen %n certificados &quot;Windows Azure Tools&quot; válidos, lo que no es demasiado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation>Por almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Caducados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation>Con clave privada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation>Caducidad más tardía (NotAfter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation>CurrentUser\My es el almacén de la cuenta que ejecuta esta herramienta; el propio servicio del agente se ejecuta como SYSTEM.</translation>
    </message>
</context>
<context>
    <name>ClockSkewCheck</name>
    <message>
        <location filename="../checks/catalog/time/ClockSkewCheck.cpp" line="+17"/>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation>Reloj comparado con Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation>El inicio de sesión en Microsoft Entra ID y el certificado de las credenciales del almacén dependen de la hora: un reloj desfasado unos minutos hace que el registro falle con &quot;Invalid vault credentials provided&quot; aunque el archivo sea correcto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation>No se pudo comparar el reloj con el de Azure: no se pudieron probar las conexiones a Azure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation>No se pudo comparar el reloj con el de Azure porque ninguna dirección de Azure respondió (consulte la comprobación de conexión).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation>Ninguna dirección de Azure devolvió una respuesta HTTPS con un encabezado Date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation>Corrija lo que indica la comprobación de conexión y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation>El reloj de este servidor va %1 por delante de la hora de Azure (comparado con %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation>El reloj de este servidor va %1 por detrás de la hora de Azure (comparado con %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation>Esto se aproxima a un número entero de horas: probablemente la zona horaria sea incorrecta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation>El reloj de este servidor coincide con la hora de Azure (comparado con %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation>La diferencia se aproxima a un número entero de horas (%1 h): probablemente lo incorrecto sea la zona horaria, no el reloj. Compruebe la zona horaria con el cliente (tzutil /g la muestra; tzutil /s &quot;&lt;zone&gt;&quot; la establece) y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation>Ajuste el reloj: use &quot;%1&quot; del asistente (como administrador: w32tm /resync /force). Un miembro de dominio toma la hora del controlador de dominio: si la hora de este es incorrecta, corríjala allí. Después, vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation>Diferencia (este servidor menos Azure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation>el encabezado Date de %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation>Hora de Azure (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation>Hora de este servidor (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation>La hora de Azure es el encabezado Date de una respuesta HTTPS (resolución de un segundo); la hora de este servidor se leyó cuando llegó esa respuesta. Correcto hasta %1 s, advertencia hasta %2 min y error por encima de eso.</translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation>Otros productos de copia de seguridad y sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation>El agente de Azure File Sync es una causa documentada de bloqueos del motor del agente y, en un servidor de DPM o de Azure Backup Server (MABS), el agente pertenece a ese producto: se registra y se actualiza a través de él, no por separado.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation>No se pudo leer si el agente de Azure File Sync está instalado: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation>No se pudo leer la versión del agente de Azure File Sync: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation>Agente de Azure File Sync</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation>instalado, versión %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation>El agente de Azure File Sync está instalado en este servidor; la guía de solución de problemas de Microsoft lo señala como causa de bloqueos del motor del agente de copia de seguridad (cbengine.exe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation>Mantenga ambos agentes actualizados. No use este agente para hacer copia de seguridad de carpetas que Azure File Sync organiza en niveles en la nube: al leer un archivo organizado en niveles, este se recupera desde Azure, y la guía de planeamiento de File Sync (%1) recomienda, en su lugar, hacer la copia de seguridad del recurso compartido de archivos de Azure en Azure. Si el servicio del agente de copia de seguridad se detiene o cbengine.exe se bloquea, indique al Soporte técnico de Microsoft que el agente de Azure File Sync está instalado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation>No se pudo leer si System Center DPM o Azure Backup Server están instalados: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation>Microsoft Azure Backup Server (MABS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation>System Center Data Protection Manager (DPM) o Azure Backup Server</translation>
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
        <translation>instalado (servicio %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation>instalado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation>Este servidor ejecuta %1: el agente de este servidor pertenece a ese producto y se registra y se actualiza a través de él, no por separado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation>Registre el servidor en un almacén y cambie la configuración del agente desde la consola de DPM/MABS (Administración, En línea). Antes de actualizar el agente, consulte en las notas de la versión de DPM/MABS qué versión del agente admite; no desinstale el agente por separado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation>HKLM\%1 indica %2, pero el servicio %3 no está instalado: se trata de un servidor protegido por DPM (con su agente de protección), no de un servidor de DPM, y el agente se administra por separado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation>Ni el agente de Azure File Sync ni System Center DPM o Azure Backup Server están instalados en este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation>No se pudieron comprobar por completo otros productos de copia de seguridad y sincronización.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation>Se leyeron los servicios %1 (Azure File Sync) y %2 (DPM/MABS), y los valores HKLM\%3 Version y HKLM\%4 InstallPath.</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation>Resolución de nombres (DNS) de las direcciones de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation>Antes que nada, el servidor debe convertir los nombres de Azure (login.microsoftonline.com y la dirección de Backup del almacén) en direcciones IP. Un servidor DNS que no los conoce detiene el registro antes de que salga un solo paquete.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation>No se pudieron resolver los nombres de las direcciones de Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation>La lista de direcciones no contiene ningún nombre que resolver.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation>No se pudo resolver ningún nombre: este servidor no tiene una conexión de red que funcione o un servidor DNS que funcione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation>Compruebe la conexión de red y los servidores DNS que usa este servidor (ipconfig /all) y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation>El DNS propio de este servidor no resuelve %1, pero el servicio del agente pasa por un proxy, que resuelve los nombres por su cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation>Pida al equipo de red que haga que los servidores DNS de este servidor (ipconfig /all los muestra) resuelvan %1, por ejemplo mediante un reenviador a Internet, y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation>El agente no necesita %1, pero la prueba de conectividad de Windows sí: sin él, Windows puede mostrar &quot;Sin acceso a Internet&quot;. Pida al equipo de red que permita que este servidor lo resuelva.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation>El DNS de este servidor resuelve todos los nombres que necesita el registro: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation>Cada nombre se resolvió con los servidores DNS propios de este servidor (la ruta directa); a través de un proxy, es el proxy el que resuelve los nombres. Puntos de conexión: %1.</translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation>%1 (vista de 32 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation>%1 (vista de 64 bits)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation>TLS 1.2 para programas .NET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>El agente es un programa .NET. A menos que se indique a .NET que use criptografía segura y las versiones de TLS que ofrece Windows, puede seguir intentando usar TLS 1.0, que Azure rechaza: en ese caso, el registro, las copias de seguridad y las restauraciones fallan, a menudo con el error 10054 &quot;Se ha forzado la interrupción de una conexión existente por el host remoto&quot; y, con TLS 1.0 desactivado, es posible que la consola y los servicios del agente no se inicien (KB4022913).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation>No se pudo leer la configuración de TLS de .NET Framework.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation>No se pudo leer si TLS 1.0 está desactivado (SCHANNEL), por lo que no se puede valorar la falta de la configuración de TLS de .NET.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation>los cuatro: SystemDefaultTlsVersions y SchUseStrongCrypto en la vista de 64 bits y en la de 32 bits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation>Use &quot;%1&quot; para establecer los cuatro valores en 1 (requiere derechos de administrador) y, después, reinicie el servidor para que los servicios del agente se inicien con ellos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation>La configuración de .NET que permite al agente usar TLS 1.2 es incorrecta (%1), por lo que sus conexiones a Azure pueden fallar con el error 10054.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>TLS 1.0 está desactivado en este servidor y falta la configuración de .NET que hace que el agente use TLS 1.2 en su lugar (%1), por lo que las copias de seguridad fallan y es posible que la consola y los servicios del agente no se inicien (KB4022913).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation>Falta la configuración de .NET que Microsoft pide para TLS 1.2 (%1). .NET Framework 4.7 y versiones posteriores suelen usar TLS 1.2 sin ella, pero la página sobre TLS de Azure Backup pide los cuatro valores.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation>La configuración de .NET para TLS 1.2 (SystemDefaultTlsVersions y SchUseStrongCrypto) está establecida en 1 en ambas vistas del Registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation>Valor Enabled de TLS 1.0 Client (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation>sin configurar (TLS 1.0 activado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation>Se leyeron SystemDefaultTlsVersions y SchUseStrongCrypto (REG_DWORD) de HKLM\%1 en las vistas del Registro de 64 bits y de 32 bits (WOW6432Node). El artículo de Microsoft &quot;Seguridad de la capa de transporte en Azure Backup&quot; (09/2022) pide que los cuatro estén establecidos en 1. KB4022913: con TLS 1.0 desactivado (HKLM\%2 Enabled = 0), .NET Framework 4.5 sigue prefiriendo TLS 1.0 a menos que se establezca SchUseStrongCrypto, y fallan las copias de seguridad, la consola del agente y sus servicios.</translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation>Versión de .NET Framework</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 contiene &quot;%2&quot;, que no es un número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation>No se pudo leer la versión instalada de .NET Framework.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation>anterior a 4.5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation>El programa de instalación del agente actual solo se instala si está instalado .NET Framework 4.8 o posterior (los agentes anteriores necesitaban 4.5), y el agente se ejecuta sobre él.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation>Instale .NET Framework 4.8 con el instalador sin conexión de %1 (requiere derechos de administrador), reinicie el servidor cuando lo pida su programa de instalación y vuelva a ejecutar el programa de instalación del agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation>%1 no puede ejecutar .NET Framework 4.8, por lo que el agente actual no se puede instalar en él; consulte la comprobación de la versión de Windows para saber qué hacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation>.NET Framework 4.8 no está instalado, y el programa de instalación del agente lo necesita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation>Está instalado .NET Framework %1, pero el programa de instalación del agente necesita .NET Framework 4.8 o posterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation>Está instalado .NET Framework %1, como necesita el agente (4.8 o posterior).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation>Release (Registro de 64 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation>Release (Registro de 32 bits)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>no presente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation>ninguna versión 4.5 o posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation>error por debajo de %1 (4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation>Se leyó Release (REG_DWORD) de HKLM\%1 en las vistas del Registro de 64 bits y de 32 bits; cuenta el valor más bajo. La guía de instalación (08/2025) y la matriz de compatibilidad (11/2025) de Microsoft indican que el agente actual requiere .NET Framework 4.8 (Release %2 o superior); los agentes anteriores necesitaban 4.5.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation>No se puede leer: %1.</translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation>%1; %2 de %3 desencadenadores habilitados; %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation>Tarea programada %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation>El Programador de tareas no tiene ninguna carpeta %1: no hay ninguna tarea que cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation>No se pudieron leer las tareas de %1: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation>La guía de solución de problemas recomienda reiniciar el servidor después de cambiar la tarea programada del agente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation>Habilitar la tarea programada de copia de seguridad</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Puede que algunas tareas programadas del agente estén habilitadas y otras no: vuelva a ejecutar la comprobación y vuelva a aplicar la corrección si sigue fallando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation>Esta corrección no puede cambiar las tareas programadas del agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation>Las tareas programadas del agente ya están habilitadas y no inician una segunda instancia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>Habilitar %n tarea programada del agente y sus desencadenadores, y configurarla para que no inicie una instancia nueva mientras haya una en ejecución.</numerusform>
            <numerusform>Habilitar %n tareas programadas del agente y sus desencadenadores, y configurarlas para que no inicien una instancia nueva mientras haya una en ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation>No se cambia la cuenta con la que se ejecuta cada tarea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Se requieren derechos de administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation>Al deshacer, se restablecen el estado Habilitado y la configuración de instancias de cada tarea a como estaban; una tarea que haya cambiado desde la corrección se deja como está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation>Cambiar las tareas programadas del agente</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Las tareas programadas del agente han cambiado desde la vista previa; no se ha cambiado nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation>Las tareas programadas del agente ya están como deben estar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation>No se pudo cambiar %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation>Al volver a leer %1 después del cambio, se obtiene &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>Se ha habilitado %n tarea programada del agente con sus desencadenadores y se ha configurado para que no inicie una instancia nueva.</numerusform>
            <numerusform>Se han habilitado %n tareas programadas del agente con sus desencadenadores y se han configurado para que no inicien una instancia nueva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation>Se canceló antes de cambiar ninguna tarea.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>Se canceló después de %n tarea; lo que se cambió se puede deshacer.</numerusform>
            <numerusform>Se canceló después de %n tareas; lo que se cambió se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation>Las tareas ya cambiadas se pueden deshacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation>Puede que algunas tareas programadas del agente hayan vuelto a su estado anterior y otras no: compárelas en el Programador de tareas con el estado previo guardado en el registro de correcciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation>La entrada del registro de correcciones no indica qué tareas programadas se deben restablecer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation>No se pudieron leer las tareas programadas del agente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation>se deja como está</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation>se deja como está: ha cambiado desde la corrección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation>Si vuelve a ejecutar la corrección, las tareas se habilitan de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation>Todas las tareas que cambió esta corrección han vuelto a cambiar desde entonces (o se han quitado); deshacer no cambiaría nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Restablecer %n tarea programada al estado que tenía antes de la corrección.</numerusform>
            <numerusform>Restablecer %n tareas programadas al estado que tenían antes de la corrección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation>Las tareas que otra persona haya cambiado desde la corrección se dejan como están.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation>La entrada del registro de correcciones no indica qué tareas programadas se deben restablecer; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation>No se pudieron leer las tareas programadas del agente: %1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 ya no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation>%1 ha cambiado desde la corrección (ahora es &quot;%2&quot;) y se deja como está.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation>No se pudo restablecer %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation>Al volver a leer %1 después de deshacer, se obtiene &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation>No se ha restablecido nada.</translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation>No se pudo leer la versión de Windows: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation>Este equipo no ejecuta Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation>%1 no puede usar TLS 1.2; ninguna configuración del Registro cambia eso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation>%1 contiene %2, que esta corrección no podría restablecer exactamente si se deshiciera. Cámbielo manualmente con el Editor del Registro (como administrador) a un valor REG_DWORD %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation>No se pudo leer si existe la clave del Registro %1: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation>&quot;%1&quot; (REG_SZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation>sin configurar (el valor se elimina)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation>Al volver a leer %1 después de escribirlo, se obtiene un valor distinto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation>Reinicie el servidor para que el cambio surta efecto: Windows y el agente leen esta configuración al iniciarse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>Activar TLS 1.2 en Windows (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation>Activar TLS 1.2 para .NET</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>Puede que algunos valores del Registro de TLS 1.2 estén establecidos y otros no: vuelva a ejecutar la comprobación y vuelva a aplicar la corrección si sigue fallando.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation>Esta corrección no puede cambiar la configuración de TLS 1.2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation>La configuración de TLS 1.2 ya es la que pide Microsoft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>se crea</translation>
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
        <translation>Reinicio del servidor</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation>todavía no es necesario</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation>necesario para que el cambio surta efecto</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>Establecer %n valor de SCHANNEL para que Windows ofrezca TLS 1.2 en las conexiones que realiza este servidor.</numerusform>
            <numerusform>Establecer %n valores de SCHANNEL para que Windows ofrezca TLS 1.2 en las conexiones que realiza este servidor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>Establecer %n valor de .NET para que los programas .NET, como el agente, usen TLS 1.2.</numerusform>
            <numerusform>Establecer %n valores de .NET para que los programas .NET, como el agente, usen TLS 1.2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>Para ello se crea %n clave del Registro que falta.</numerusform>
            <numerusform>Para ello se crean %n claves del Registro que faltan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>Se requieren derechos de administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation>En esta versión de Windows, los valores solo funcionan una vez instalada la actualización %1: instálela primero si no lo está.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation>Al deshacer, se restablece cada valor que cambió la corrección (se eliminan los que creó) y se eliminan las claves que creó cuando vuelven a estar vacías; un valor que otra persona haya cambiado desde entonces se deja como está. Deshacer también requiere un reinicio para surtir efecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation>Cambiar la configuración de TLS en HKLM</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>La configuración de TLS ha cambiado desde la vista previa; no se ha cambiado nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation>La configuración de TLS 1.2 ya es la que pide Microsoft; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>Al volver a leer %1, se obtiene %2 en lugar de %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>Se ha establecido %n valor del Registro para TLS 1.2.</numerusform>
            <numerusform>Se han establecido %n valores del Registro para TLS 1.2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation>Los valores ya escritos se pueden deshacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Puede que algunos valores del Registro de TLS 1.2 hayan vuelto a su estado anterior y otros no: vuelva a ejecutar la comprobación y compare con el estado previo guardado en el registro de correcciones.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation>La entrada del registro de correcciones no indica qué configuración de TLS se debe restablecer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation>se deja como está: ha cambiado desde la corrección (esta escribió %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation>creada por la corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation>se elimina si vuelve a estar vacía</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation>Si vuelve a ejecutar la corrección, los valores se establecen de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation>Todos los valores que escribió esta corrección han vuelto a cambiar desde entonces; deshacer no cambiaría nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>Restablecer %n valor de configuración de TLS al estado que tenía antes de la corrección.</numerusform>
            <numerusform>Restablecer %n valores de configuración de TLS al estado que tenían antes de la corrección.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation>Los valores que otra persona haya cambiado desde la corrección se dejan como están.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation>La entrada del registro de correcciones no indica qué configuración de TLS se debe restablecer; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation>%1 ha cambiado desde la corrección (ahora es %2) y se deja como está.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation>No se ha restablecido nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation>No se pudo restablecer %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation>La clave %1 contiene valores o claves agregados desde la corrección y se conserva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation>No se pudo eliminar la clave %1: %2</translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation>Direcciones de Entra ID e intervalos IP del firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation>Los firewalls suelen abrirse para los intervalos IP que Microsoft documenta para el inicio de sesión de Entra ID. Si el nombre se resuelve en una dirección fuera de ellos, o si los propios intervalos están bloqueados, el inicio de sesión durante el registro falla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation>No se pudieron resolver las direcciones de Entra ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation>El servicio del agente pasa por un proxy, por lo que las reglas de firewall para las direcciones de Entra ID se aplican al proxy, no a este servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation>La lista de direcciones no indica intervalos IP para Entra ID, así que no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation>%1 (IPv6: consulte los intervalos IPv6 de Microsoft)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation>%1 (fuera de los intervalos documentados)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (en %2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation>%1 se resuelve en %2, dentro del intervalo documentado %3, y la conexión a esa dirección falló: ese intervalo está bloqueado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation>%1 se resuelve en %2, fuera de los intervalos documentados (%3), y la conexión a esa dirección falló: las reglas de firewall escritas para esos intervalos no cubren esta dirección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation>Los nombres de inicio de sesión de Entra ID no se resolvieron aquí (consulte la comprobación de resolución de nombres), así que no hay direcciones que comparar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation>Pida al equipo de red que permita HTTPS saliente (TCP 443) a Entra ID por nombre (*.microsoftonline.com) o por la etiqueta de servicio AzureActiveDirectory, que se actualiza con los cambios de Microsoft; si las reglas deben basarse en intervalos IP, permita %1 y las direcciones actuales de la etiqueta de servicio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation>Este servidor llega a las direcciones de inicio de sesión de Entra ID; el firewall las deja pasar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation>Intervalos documentados para esta nube: %1. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation>Todas las direcciones IPv4 resueltas están dentro de ellos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation>Fuera de ellos: %1; un firewall abierto solo para esos intervalos las bloquearía.</translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation>Versión y servicio del agente instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation>Los agentes antiguos no pueden leer las credenciales del almacén actuales ni comunicarse con Azure Backup, y un servicio del agente detenido no puede registrar el servidor ni hacer copias de seguridad.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>No se pudo determinar si el agente está instalado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation>El agente no está instalado, así que este servidor todavía no se puede registrar: instale primero el agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Descargue el agente de %1, instálelo y vuelva a ejecutar este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation>El agente todavía no está instalado, así que será una instalación nueva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation>Agente instalado</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation>No hay ningún valor InstallPath en HKLM\%1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Reinstale el agente: descárguelo de %1 y ejecútelo. Si el programa de instalación lo rechaza, desinstale primero &quot;Microsoft Azure Recovery Services Agent&quot; en Programas y características y vuelva a instalarlo; tenga a mano la frase de contraseña de cifrado por si hay que volver a registrar el servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation>Descargue el agente más reciente de %1 y ejecútelo en este servidor; actualiza el agente instalado en el mismo lugar y conserva su registro. Los agentes actuales necesitan .NET Framework 4.8: instálelo primero si este servidor tiene una versión anterior.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation>La versión %1 del agente es anterior a %2, la versión más reciente que conoce esta herramienta (de %3): actualícela.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation>La corrección del asistente inicia el servicio; o bien ejecute &quot;net start %1&quot; como administrador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation>Está instalada la versión %1 del agente y su servicio está en ejecución; la versión más reciente que conoce esta herramienta es %2 (de %3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation>Versión más reciente que conoce esta herramienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation>Versión leída de %1 (versión del archivo). Hitos: por debajo de %2, el agente usaba el ACS retirado (error 0x1FBD3; %3); por debajo de %4, no puede analizar las credenciales del almacén actuales (%5). Puede que se haya publicado un agente más reciente que %6 desde %7. El servicio %8 se consultó a través del administrador de servicios.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation>Falta el archivo de programa del agente cbengine.exe en %1, por lo que la instalación está dañada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>No se pudo leer la versión de %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation>La versión de %1 es &quot;%2&quot;, que no es un número de versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation>La versión %1 del agente es anterior a %2 y ya no puede comunicarse con Azure Backup: actualícela y vuelva a registrar el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation>Después, vuelva a registrar el servidor con un archivo de credenciales del almacén recién descargado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation>La versión %1 del agente es anterior a %2 y no puede leer los archivos de credenciales del almacén actuales, por lo que el registro falla: actualícela.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation>El servicio del agente (%1) no está instalado, por lo que la instalación está dañada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation>No se pudo leer el estado del servicio %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation>El servicio del agente (%1) está detenido, por lo que no puede registrar el servidor ni ejecutar copias de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>El servicio está deshabilitado. Ejecute como administrador: sc config %1 start= auto y, después, net start %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>El servicio del agente (%1) está %2 en lugar de en ejecución.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation>Reinícielo como administrador: net stop %1 y, después, net start %1. Si sigue bloqueado, reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation>No se pudo comprobar por completo el agente instalado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>Carpeta de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation>Archivo del motor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>Versión del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation>Tipo de inicio del servicio</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation>No se pudo determinar &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation>No se pudo determinar &quot;%1&quot; debido a un error desconocido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation>La determinación de &quot;%1&quot; se canceló antes de terminar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation>Se dejó de esperar a &quot;%1&quot;: esta comprobación se canceló.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation>Se pidió &quot;%1&quot; como dos tipos de dato distintos (un defecto de las comprobaciones).</translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 requiere derechos de administrador. Use primero &quot;Reiniciar como administrador&quot; y, después, vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation>Incluso con derechos de administrador, es posible que este programa no pueda hacer esto: %1 (%2). Pida al equipo de TI del cliente que compruebe los permisos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation>acceso denegado</translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation>Quitar los atributos de la carpeta de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation>Descomprimir y descifrar la carpeta de caché</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation>Al deshacer, se vuelven a establecer los mismos atributos en la misma carpeta (solo en la carpeta).</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation>No se pudo determinar qué carpeta se debe cambiar.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation>No se indicó ninguna carpeta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation>%1 no es una carpeta propia del agente.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation>La carpeta %1 no existe, así que no hay nada que quitar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation>Esta corrección solo cambia una carpeta existente, nunca las carpetas superiores.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation>No se pudieron leer los atributos de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation>Esta corrección solo cambia carpetas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation>%1 es un vínculo (punto de reanálisis) a otra carpeta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation>Cambiar los atributos de un vínculo cambiaría la carpeta a la que apunta; en su lugar, elija una carpeta normal o pase a usar una.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation>No se pudo leer adónde conduce realmente %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation>Su ruta final %1 todavía contiene un nombre corto (8.3); escriba el nombre completo de la carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation>%1 no pertenece al agente; sus atributos se mantienen como están.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation>Es la carpeta de instalación registrada del agente (InstallPath).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation>Es la carpeta de caché registrada del agente (ScratchLocation).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation>Contiene el programa del agente %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation>No se pudo leer si %1 contiene algo (%2), por lo que no se sabe si es del agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation>Está vacía, como cuando esta corrección la cambió.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation>Está vacía y es la carpeta que debe usar el agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation>la carpeta de instalación registrada del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation>la carpeta de caché registrada del agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation>%1 no es %2 y no contiene el programa del agente; esta corrección solo cambia una carpeta que pertenezca al agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation>%1 contiene otros archivos o carpetas (como &quot;%2&quot;), no es %3 y no contiene el programa del agente %4; una carpeta con otro contenido conserva sus atributos. Elija una carpeta vacía para el agente o quite usted mismo los atributos si la carpeta realmente está destinada a él.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation>Es posible que la carpeta todavía tenga algunos de estos atributos: vuelva a ejecutar la comprobación; un cambio interrumpido no se puede deshacer desde el registro de correcciones, así que, si es necesario, vuelva a establecer manualmente los atributos.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation>La carpeta %1 no tiene ninguno de los atributos %2, así que no hay nada que quitar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation>No hay nada que quitar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation>Quitar los atributos %1 de la propia carpeta %2; ninguna de las carpetas superiores cambia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation>(%1 conduce a esta carpeta.)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation>Archivos y carpetas que ya están dentro de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation>se dejan como están</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation>Los archivos que ya están dentro se dejan como están (%1); para cambiarlos también, ejecute como administrador: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation>Cambiar los atributos de %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>La carpeta ha cambiado desde la vista previa; no se ha cambiado nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation>Atributo &quot;%1&quot; de %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation>%1 No se ha cambiado nada: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation>Los atributos de %1 ya se habían quitado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation>Se han quitado los atributos %1 de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation>No se pudieron quitar los atributos %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation>sigue activado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>Es posible que la carpeta solo haya recuperado algunos de sus atributos: vuelva a ejecutar la comprobación y compare con el estado previo guardado en el registro de correcciones.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation>Si vuelve a ejecutar la corrección, los atributos se quitan de nuevo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation>La carpeta %1 no puede recuperar sus atributos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation>Volver a establecer los atributos %1 de la carpeta %2 (solo en la carpeta, tal como la cambió la corrección).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation>%1 ya tiene estos atributos.</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation>La entrada del registro de correcciones no indica qué atributos se deben volver a establecer.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation>Ahora conduce a %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation>%1 ahora conduce a %2; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation>%1 ya tiene los atributos %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation>Se han vuelto a establecer los atributos %1 de %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation>No se pudieron volver a establecer los atributos %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation>sigue desactivado</translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation>Nombre del equipo y dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>El almacén identifica un servidor por el nombre con el que se registró: si se le cambia el nombre, sus copias de seguridad se detienen con &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation>Los nombres de este equipo no están descritos, así que no se pueden mostrar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation>No se pudieron leer el nombre y el dominio del equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation>Consúltelos en Propiedades del sistema (sysdm.cpl, pestaña &quot;Nombre de equipo&quot;) y compárelos con el nombre que muestra el almacén en Infraestructura de copia de seguridad &gt; Servidores protegidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation>, miembro del dominio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation>, en el grupo de trabajo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation>, no unido a ningún dominio ni grupo de trabajo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation>Este servidor es %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; vuelva a registrarlo con el nombre que muestra el almacén para él, porque un servidor al que se le ha cambiado el nombre obtiene &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>; el almacén lo identifica por el nombre con el que se registró, así que, si se le ha cambiado el nombre desde entonces, sus copias de seguridad se detienen con &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation>Nombre del equipo (NetBIOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation>Nombre de host DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation>Nombre DNS completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation>Unido a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation>Dominio o grupo de trabajo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation>Desde aquí no se puede leer el nombre con el que el almacén conoce este servidor: compárelo con la lista Infraestructura de copia de seguridad &gt; Servidores protegidos del almacén. Un servidor al que se le ha cambiado el nombre se vuelve a registrar con su nuevo nombre y, en ese caso, su primera copia de seguridad es completa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation>El nombre NetBIOS %1 difiere del nombre de host DNS %2 (NetBIOS admite como máximo 15 caracteres).</translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation>Conexión a Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation>El registro inicia sesión en Microsoft Entra ID y se comunica con el servicio Azure Backup mediante HTTPS (puerto 443). Un firewall, un proxy o un DNS que bloquee cualquiera de los dos provoca &quot;Invalid vault credentials provided&quot; (ID: 34513) o &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation>No se pudieron probar las conexiones a Azure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation>No se pudo usar un dato de entrada de laboratorio de esta ejecución, por lo que las conexiones no se probaron como se pidió.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation>Corrija el archivo o la dirección indicados en la línea de comandos y vuelva a ejecutarlo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation>%1 es accesible %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation>Este servidor no tiene una conexión de red que funcione: no se pudo resolver ningún nombre, por lo que no puede llegar a Azure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation>Conecte el servidor a la red (o corrija su configuración DNS: ipconfig /all muestra los servidores DNS) y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation>No se puede llegar al proxy %1:%2 que la cuenta del agente tiene configurado: si ya no existe, corrija o quite esa configuración de proxy (la configuración de Internet de la cuenta SYSTEM, consulte proxy_config_system_context, y netsh winhttp show proxy), o pregunte al equipo de red si ha cambiado de ubicación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation>Otra ruta funciona: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation>Pida al equipo de red que permita a este servidor llegar %1 a las direcciones de &quot;Para el equipo de red&quot; (cópielas con el botón que hay allí).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation>Entregue &quot;Para el equipo de red&quot; al equipo de red: se llega a la dirección, pero algo en el camino responde en su lugar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation>Se probó cada dirección por cada ruta, capa por capa (resolución de nombres, TCP, proxy, TLS, HTTP), con un máximo de %1 s cada una; el servicio del agente (LocalSystem) se conecta %2. Puntos de conexión: %3.
%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation>Otra ruta funciona (%1): la ruta que hay que corregir es la propia del agente, o bien se puede configurar el agente para que use el proxy que funciona (Set-OBMachineSetting -ProxyServer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation>La lista no contenía ninguna dirección de Azure que probar, así que no se pudo comprobar la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation>Este servidor llega a Microsoft Entra ID mediante HTTPS %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation>Permitir (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation>Intervalos IP: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation>Etiquetas de servicio de Azure: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation>Sin probar: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation>Ruta que usa el agente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation>Atributos de la carpeta de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation>El agente no se puede instalar en una carpeta oculta, de sistema, comprimida o cifrada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation>No se pudo determinar la carpeta de instalación del agente, por lo que no se pudieron comprobar sus atributos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation>No se pudieron leer los atributos de la carpeta de instalación %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation>Carpeta de instalación</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>de sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>comprimida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation>La carpeta de instalación %1 está marcada como %2, por lo que el programa de instalación del agente la rechaza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation>La corrección del asistente quita estos atributos (primero verá el cambio exacto); o bien ejecute como administrador: %1. También puede instalar en otra carpeta con el modificador /p: del instalador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation>La carpeta de instalación %1 no está marcada como oculta, de sistema, comprimida ni cifrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation>La carpeta de instalación %1 todavía no existe, y la carpeta en la que se crearía, %2, está %3, atributo que heredaría la nueva carpeta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation>Este solucionador de problemas nunca cambia automáticamente las carpetas principales. Si se puede cambiar %1, ejecute como administrador: %2 (esto solo cambia la configuración de esa carpeta para los archivos nuevos). De lo contrario, elija otra carpeta de instalación con el modificador /p: del instalador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation>La carpeta de instalación %1 todavía no existe, y la carpeta en la que se crearía no está comprimida ni cifrada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation>Atributos de la carpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation>La carpeta existe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation>Carpeta principal existente más cercana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation>Atributos de la carpeta principal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation>GetFileAttributesW en %1: %2. El instalador rechaza FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) y ENCRYPTED (0x4000) en su carpeta; las carpetas nuevas heredan de su carpeta principal la compresión NTFS y el cifrado EFS, pero no los atributos oculto ni de sistema.</translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation>el nombre que figura en la línea &quot;Local cached package&quot; de OBPatch.log</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation>Instalaciones anteriores con errores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation>Los registros de instalación y actualización del agente indican por qué falló una instalación o actualización anterior, y algunos errores requieren una reparación manual antes de que la instalación pueda completarse correctamente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation>No se encontró la carpeta Temp de Windows, por lo que no se pudieron leer los registros de instalación del agente.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation>no presente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation>acceso denegado, también para un administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation>No se pudo leer el registro de instalación del agente %1 ni siquiera con derechos de administrador, por lo que no se pudieron buscar errores anteriores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation>Compruebe los permisos del archivo (icacls &quot;%1&quot;) o pregunte al equipo de TI del cliente quién lo bloqueó, y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation>no se puede leer sin derechos de administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation>No se pudo leer el registro de instalación del agente %1 sin derechos de administrador, por lo que no se pudieron buscar errores anteriores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Reinicie el solucionador de problemas como administrador y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation>%1 registró un error (&quot;%2&quot;), pero una ejecución posterior en el mismo registro se completó correctamente.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation>%1 registra una ejecución correcta posterior (%2 UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation>el agente instalado (cbengine.exe %1) es más reciente que la versión que falló (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation>%1 registró un error (&quot;%2&quot;), pero %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation>Error anterior en %1, ya resuelto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation> (registrado: %1 UTC)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation>Una actualización anterior del agente falló con el error 1612 porque falta el paquete de instalación en caché del agente (OBSAGENT.msi) en C:\Windows\Installer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Siga el artículo KB4020490 (%1): inicie el instalador del agente desde %2 y deje abierto su asistente; en OBInstaller0Curr.errlog, busque la entrada &quot;Directory Path for SetupLaunchScreen&quot; más reciente y copie OBSAGENT.msi desde la subcarpeta Installers de esa carpeta a C:\Windows\Installer como %3; cierre el asistente y vuelva a ejecutar el instalador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation>Una instalación anterior del agente se detuvo porque faltaba uno de sus requisitos previos o no se pudo instalar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation>Corrija lo que indiquen las comprobaciones de requisitos previos de este solucionador de problemas (.NET Framework, Windows PowerShell, los entornos de ejecución de Visual C++; la línea registrada se muestra con este hallazgo) y vuelva a ejecutar el instalador del agente como administrador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation>Una instalación anterior del agente falló y se revirtieron todos sus cambios (ID: 4024).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation>Corrija los demás problemas que indica este solucionador de problemas y vuelva a instalar el agente manualmente: descárguelo de %1 y ejecútelo como administrador. Si vuelve a fallar, envíe %2 al Soporte técnico de Microsoft (consulte %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation>Una instalación anterior del agente falló con el error 1603 (0x80070643, error grave durante la instalación) y no le siguió ninguna instalación correcta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation>Corrija los demás problemas que indica este solucionador de problemas (derechos de administrador, requisitos previos, la carpeta de instalación, un reinicio pendiente) y vuelva a ejecutar como administrador el instalador del agente desde %1. Si vuelve a fallar, envíe %2 al Soporte técnico de Microsoft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation>Una instalación anterior del agente no pudo iniciarse porque había otra instalación en curso (error 1618).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation>Espere a que terminen las demás instalaciones y actualizaciones de Windows (o reinicie el servidor) y vuelva a ejecutar el instalador del agente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation>El registro de instalación del agente %1 indica que su última ejecución falló.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation>Lea la línea registrada que se muestra con este hallazgo, corrija los demás problemas indicados aquí y vuelva a ejecutar la instalación; si sigue fallando, envíe %1 al Soporte técnico de Microsoft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation>Los registros de instalación del agente indican un error anterior, pero una instalación o actualización posterior se completó correctamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation>Se leyeron los últimos %1 KiB de OBInstaller0Curr.errlog (instalación) y OBPatch.log (actualizaciones) en %2 y se buscaron los códigos de error de Windows Installer 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643 y 1618 / 0x80070652, requisitos previos con errores, &quot;rolled back&quot; / ID 4024 (guía de solución de problemas de MABS) y ejecuciones que indican que fallaron; no se notifica un error seguido de una ejecución correcta o de un agente instalado más reciente. Las líneas que solo contienen la palabra &quot;error&quot; o &quot;failed&quot; no son errores por sí mismas.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation>Línea en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation>Los registros de instalación del agente no indican ninguna instalación ni actualización del agente con errores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation>No se pudieron leer por completo los registros de instalación del agente.</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation>El agente no pudo usar el archivo de credenciales del almacén: ha caducado, no es el más reciente, se le ha cambiado el nombre o está en un recurso compartido de red, o bien el servidor no pudo llegar a Azure para comprobarlo (proxy, firewall, antivirus, TLS 1.2, reloj).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation>El agente no pudo leer el archivo en absoluto: no está donde se indica, no se puede leer o no es un archivo de credenciales del almacén.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation>El certificado del archivo ha superado su fecha de expiración, o bien el reloj de este servidor es incorrecto. Descargue un archivo nuevo y registre el servidor inmediatamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation>Azure Portal rechazó la descarga: la caché del explorador, una suscripción deshabilitada, un firewall, el límite de 50 agentes del almacén o la falta de derechos de Azure Backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation>El agente no pudo llegar a Azure Backup: un proxy, un firewall o un antivirus lo impiden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation>El proxy pide un nombre de usuario y una contraseña que el agente (que se ejecuta como SYSTEM) no proporciona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation>El agente no pudo preguntar a Azure si este servidor está registrado: no hay conexión, el agente es antiguo o TLS 1.2 está desactivado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation>Este servidor ya está registrado en otro almacén; el archivo es de un almacén distinto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation>El servidor está registrado en otro almacén, o la frase de contraseña se dañó al establecerla: anule el registro y vuelva a registrarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation>La carpeta de caché (scratch) del agente está en un volumen sin espacio o se movió de forma incorrecta, o bien el almacén ha alcanzado su límite de servidores registrados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation>La carpeta de caché (scratch) del agente y sus dos valores del Registro no coinciden, normalmente después de mover la caché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation>Falta la carpeta de caché (scratch) que espera el agente; vuelva a registrar el servidor con la frase de contraseña original.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation>El servicio del agente (obengine) no está en ejecución.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation>Se cambió el nombre del servidor después de registrarlo: restablezca el nombre anterior o vuelva a registrarlo con el nombre nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation>La propia instalación falló; falta o está bloqueado un requisito previo del instalador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation>Falta el paquete del instalador del agente en la caché de Windows Installer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation>Falta el entorno de ejecución de Visual C++ 2008 que necesita el instalador (Windows Server 2008 R2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation>El agente instalado es demasiado antiguo para el servicio: actualícelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation>Azure cerró la conexión porque este servidor ofreció una versión de TLS anterior a 1.2, o bien algo en el camino interrumpió la conexión TLS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation>El agente le pide que confirme una vez la frase de contraseña de cifrado; guárdela fuera de este servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation>La carpeta de caché (scratch) no tiene espacio suficiente, está en un tipo de volumen incorrecto, está comprimida o cifrada, o un antivirus bloquea sus archivos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation>La copia de seguridad perdió la conexión con el almacenamiento de Azure: proxy, firewall o antivirus.</translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation>Servicio del agente de administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation>El agente de administración notifica los trabajos y las alertas del agente a Azure Portal; mientras está detenido, las copias de seguridad pueden ejecutarse, pero el portal no las muestra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation>El agente está instalado, pero no se encontró su servicio del agente de administración (%1), por lo que es posible que los trabajos y las alertas no lleguen a Azure Portal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation>Abra services.msc y busque &quot;Microsoft Azure Recovery Services Management Agent&quot;. Si no está, reinstale el agente (descárguelo de %1 y ejecútelo como administrador).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation>El nombre de servicio %1 es el que usan las herramientas de la comunidad; Microsoft solo documenta el nombre para mostrar, por lo que aquí no se encontraría un servicio con otro nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation>No se pudo leer el estado del servicio del agente de administración (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation>por lo que los trabajos y las alertas no llegan a Azure Portal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation>El servicio del agente de administración (%1) está %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation>El servicio del agente de administración (%1) está deshabilitado, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Ejecute como administrador: sc config %1 start= auto y, después, net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation>El servicio del agente de administración (%1) está detenido, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation>Inícielo con la corrección del asistente (o ejecute &quot;net start %1&quot; como administrador). Si no se inicia, su registro es %2\Temp\GatewayProvider*.errlog.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation>El servicio del agente de administración (%1) está %2 en lugar de en ejecución, %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>Ejecute como administrador net stop %1 y, después, net start %1; si sigue bloqueado, reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation>Tipo de inicio</translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation>Errores en los registros del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation>El agente escribe en sus propios archivos de registro el motivo real por el que falló un registro o una copia de seguridad; el último error que anotó apunta a la comprobación que encuentra la causa.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation>No se pudo enumerar el contenido de la carpeta de registros del agente %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation>no presente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation>No se pudo leer el registro del agente %1, por lo que no se pudieron buscar los errores que anotó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>archivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation>Reinicie este solucionador de problemas como administrador; si el registro sigue sin poder leerse, compruebe sus permisos (icacls) y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation>El agente todavía no ha escrito ningún registro en %1, así que no hay errores suyos que examinar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation>El final de los registros del agente (%1) no contiene ninguno de los errores para los que este solucionador de problemas conoce una causa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation>El registro del agente %1 anotó %2%3: &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation>El registro indica la dirección %1: pruebe la conexión TCP 443 a ella desde este servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation>%1 en %2 (comprobaciones %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n vez; la última: %1</numerusform>
            <numerusform>%n veces; la última: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation>Se leyeron los últimos %1 KiB de CBEngineCurr.errlog y del GatewayProvider*.errlog más reciente en %2 y se buscaron los identificadores de error del agente 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07 y 0x1FBD3, el error 407 del proxy, 10054, nombres sin resolver, conexiones con errores, errores de TLS/SSL y caducidades. En las líneas citadas se ocultan las contraseñas, las claves y los certificados.</translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation>Archivos del módulo de PowerShell del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation>Las copias de seguridad programadas del agente y sus cmdlets de registro proceden de su módulo de PowerShell MSOnlineBackup; si faltan sus archivos, fallan.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation>El módulo de PowerShell MSOnlineBackup del agente está en su sitio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation>No se pudo leer la carpeta del módulo de PowerShell del agente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation>Falta el manifiesto MSOnlineBackup.psd1 del módulo de PowerShell del agente en %1, por lo que sus cmdlets de copia de seguridad y registro no se pueden cargar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation>Falta la carpeta del módulo de PowerShell del agente %1, por lo que sus cmdlets de copia de seguridad y registro no se pueden cargar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation>Reinstale el agente (descárguelo de %1 y ejecútelo como administrador); así se vuelve a colocar el módulo. También funciona copiar la carpeta MSOnlineBackup desde un servidor con la misma versión del agente, pero reinstalar es más seguro. Después, reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation>No se pudo leer el archivo del módulo de PowerShell del agente %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation>Manifiesto del módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation>Se buscó %1. Aquí no se prueba si el módulo se puede importar (Import-Module MSOnlineBackup).</translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation>Prueba de conectividad de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation>Windows comprueba su acceso a Internet descargando dos archivos pequeños de Microsoft. Si una página de inicio de sesión o un proxy responde en lugar de Microsoft, se detecta aquí antes de que impida el registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation>No se pudieron obtener los archivos de la prueba de conectividad de Windows.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation>%1 respondió con algo distinto del texto de Microsoft &quot;%2&quot; (empezaba por &quot;%3&quot;): una página de inicio de sesión (portal cautivo) o un proxy responde en lugar de Microsoft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation>HTTP %1, &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation>La lista de direcciones no contiene ningún archivo de la prueba de conectividad de Windows que obtener.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation>Los archivos de la prueba de conectividad de Windows llegaron tal como los escribió Microsoft: nada responde en lugar de Microsoft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation>Si hay una página de inicio de sesión por medio, inicie sesión en ella o pida al equipo de red que exima a este servidor; si responde un proxy, pídales que dejen pasar www.msftncsi.com y www.msftconnecttest.com sin cambios.</translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation>Servicio del agente (obengine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation>El agente registra el servidor y ejecuta todas las copias de seguridad a través de su servicio obengine; mientras está detenido, el registro falla con &quot;can&apos;t connect to the OBEngine service&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>No se pudo determinar si el agente está instalado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation>El agente todavía no está instalado, así que su servicio todavía no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation>El servicio del agente (%1) no existe porque el agente no está instalado: instale primero el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Descargue el agente de %1, instálelo y vuelva a ejecutar este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation>El agente está instalado en %1, pero falta su servicio (%2), por lo que la instalación está dañada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>Reinstale el agente: descárguelo de %1 y ejecútelo como administrador; tenga a mano la frase de contraseña de cifrado por si hay que volver a registrar el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation>No se pudo leer el estado del servicio del agente (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation>Si se vuelve a detener o no se inicia, revise las comprobaciones de TLS 1.2 de este solucionador de problemas (los servicios del agente no se inician cuando TLS 1.0 está desactivado y .NET no está configurado para TLS 1.2, %1) y el registro de eventos Sistema.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation>El servicio del agente (%1) está en ejecución y se inicia automáticamente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation>El servicio del agente (%1) está en ejecución, pero su tipo de inicio es %2, por lo que no estará en ejecución después del próximo reinicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation>Como administrador, ejecute: sc config %1 start= auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation>El servicio del agente (%1) todavía se está iniciando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation>Espere un minuto y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation>El servicio del agente (%1) está detenido y deshabilitado, por lo que no se puede registrar el servidor y no se ejecuta ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>Ejecute como administrador: sc config %1 start= auto y, después, net start %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation>El servicio del agente (%1) está detenido, por lo que no se puede registrar el servidor y no se ejecuta ninguna copia de seguridad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation>Inícielo con la corrección del asistente (o ejecute &quot;net start %1&quot; como administrador).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>El servicio del agente (%1) está %2 en lugar de en ejecución.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>Ejecute como administrador net stop %1 y, después, net start %1; si sigue bloqueado, reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation>Tipo de inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>Se ejecuta como</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation>Se consultó %1 (%2) en el administrador de servicios. El servicio del agente normalmente se ejecuta como LocalSystem; esto se muestra, pero no se evalúa (ningún documento de Microsoft lo indica).</translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation>Windows de 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation>El agente está diseñado solo para Windows de 64 bits (x64); su instalador no se ejecuta en Windows de 32 bits.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation>Windows no informó de la arquitectura de su procesador, por lo que no se sabe si es de 64 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation>La arquitectura nativa (GetNativeSystemInfo) se devolvió vacía.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation>Windows es de 64 bits (x64), como necesita el agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation>Windows se ejecuta en un procesador ARM64, que la matriz de compatibilidad del agente no incluye, por lo que es posible que el agente x64 no se instale o no funcione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation>Instale el agente en un servidor con un procesador x64 (Intel o AMD de 64 bits). Si tiene que ser este equipo, pregunte al Soporte técnico de Microsoft si ARM64 es compatible antes de confiar en sus copias de seguridad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation>Windows es de 32 bits (x86), y el agente solo se instala en Windows de 64 bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation>Instale el agente en un servidor que ejecute Windows de 64 bits. Un Windows de 32 bits no se puede convertir a 64 bits sin reinstalarlo: hay que reinstalarlo con la edición x64.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation>Windows se ejecuta en un procesador %1, y el agente solo se instala en Windows x64 de 64 bits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation>Instale el agente en un servidor que ejecute Windows de 64 bits (x64).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation>Arquitectura nativa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation>Arquitectura nativa del procesador tal como la notifica Windows (IsWow64Process2 / GetNativeSystemInfo, por lo que un solucionador de problemas de 32 bits en Windows de 64 bits sigue viendo amd64): %1. La matriz de compatibilidad requiere sistemas operativos de 64 bits y no indica compatibilidad con ARM64.</translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation>Versión de Windows compatible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation>El agente solo se instala y es compatible en las versiones de Windows que figuran en la matriz de compatibilidad de Microsoft.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation>%1 es una versión de Windows compatible con el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation>%1 es una versión de Windows compatible con el agente, solo para hacer copia de seguridad de archivos y carpetas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation>%1 ha llegado al final del soporte, por lo que el agente solo es compatible con ella mientras estén instaladas las Actualizaciones de seguridad extendidas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation>%1 no es una versión de Windows compatible con el agente, por lo que no se puede instalar aquí.</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation>Instale Service Pack 1 para esta versión de Windows, después .NET Framework 4.8 y, por último, el agente. Esta versión de Windows ha llegado al final del soporte: el agente solo es compatible con ella con las Actualizaciones de seguridad extendidas (consulte %1); planee la migración a Windows Server 2022 o 2025.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation>Actualice o migre este servidor a Windows Server 2016 o posterior (2019, 2022 o 2025) e instale allí el agente, o bien traslade el servidor a una máquina virtual de Azure y protéjalo con la copia de seguridad de máquinas virtuales de Azure, como recomienda la matriz de compatibilidad para los servidores que han llegado al final del soporte (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation>Actualice este equipo a Windows 10 u 11 (o al menos a Windows 8.1), instale .NET Framework 4.8 si Windows Update no lo ha hecho y, después, instale el agente. Las versiones compatibles se indican en %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation>%1 todavía no figura en la matriz de compatibilidad (es posterior a Windows Server 2025), por lo que no está confirmado que el agente sea compatible con esta versión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation>Consulte la matriz de compatibilidad actual en %1. Si incluye %2, continúe con la instalación; de lo contrario, instale el agente en Windows Server 2025 o 2022.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation>Asegúrese de que el servidor recibe las Actualizaciones de seguridad extendidas (ESU) y de que todas están instaladas, y planifique la migración a Windows Server 2022 o 2025. Aquí, el agente actual también necesita .NET Framework 4.8. La compatibilidad del agente con esta versión puede terminar en cualquier momento; consulte %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation>%1 no puede ejecutar .NET Framework 4.8, que necesita el agente actual, por lo que el agente no se puede instalar aquí.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation>Instale el agente en una versión de Windows compatible: Windows Server 2025, 2022, 2019, 2016, 2012 R2 o 2012, o bien Windows 11, 10 u 8.1 para archivos y carpetas. La lista completa está en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation>Versión de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>Nombre del producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation>RtlGetVersion notificó %1, tipo de producto %2. La matriz de compatibilidad incluye Windows Server 2025, 2022, 2019, 2016, 2012 R2 y 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT y Storage Server) y Windows 11, 10, 8.1 y 8 (solo archivos y carpetas); Windows 7, Server 2008 R2 y Server 2008 SP2 figuran como fuera de soporte. La instalación del agente actual requiere .NET Framework 4.8, que no se ejecuta en Windows 8 ni en Server 2008 SP2, ni tampoco en Windows 7 y Server 2008 R2 sin Service Pack 1. Windows 11 se distingue de Windows 10 por su compilación (22000 y posteriores), ya que su ProductName sigue indicando &quot;Windows 10&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation>Windows Server 2012 y 2012 R2 salieron del soporte extendido en octubre de 2023; la matriz de compatibilidad aún los incluye, pero el propio Windows solo recibe actualizaciones de seguridad mediante las Actualizaciones de seguridad extendidas.</translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation>Actualizaciones de Windows y reinicio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation>Un reinicio pendiente por actualizaciones puede bloquear la instalación del agente, y a las compilaciones antiguas de Windows les faltan las actualizaciones de TLS que necesita el registro.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation>No se pudo determinar si Windows está esperando un reinicio, por lo que no se pudo comprobar el estado de las actualizaciones.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation>Historial de Windows Update</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation>HKLM\%1 LastSuccessTime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation>LastSuccessTime contiene &quot;%1&quot;, que no es una fecha que esta comprobación pueda leer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation>Esta versión de Windows no guarda en el Registro la fecha de la última instalación de actualizaciones (las versiones más recientes de Windows ya no escriben LastSuccessTime).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation>No se pudo leer del Registro la fecha de la última instalación de actualizaciones: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation>El historial de Windows Update tiene %1 entradas; se leyeron las %2 más recientes (sin contar las actualizaciones de definiciones).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation>No se pudo leer el historial de Windows Update: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation>Ejecute Windows Update (o la implementación de su servidor de actualizaciones), instale todas las actualizaciones disponibles y reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation>Hay archivos pendientes de reemplazo en el próximo reinicio (a menudo por el software antivirus); no se trata de una actualización de Windows pendiente, pero es más seguro reiniciar antes de instalar el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation>Reinicie el servidor cuando pueda y, después, vuelva a ejecutar este solucionador de problemas. Si justo después del reinicio vuelve a haber archivos pendientes, es el software antivirus el que los mantiene ahí; eso por sí solo no impide la instalación del agente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation>Windows está esperando un reinicio para terminar de instalar actualizaciones, lo que puede hacer que la instalación del agente falle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation>Reinicie el servidor y vuelva a ejecutar este solucionador de problemas antes de instalar el agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows instaló actualizaciones por última vez hace %1 días, por lo que puede que le falten revisiones que necesita el agente (como la compatibilidad con TLS 1.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation>Windows instaló actualizaciones hace %1 días y no hay ningún reinicio pendiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation>No hay ningún reinicio pendiente, pero no se pudo leer el historial de Windows Update, por lo que se desconoce cuándo instaló Windows actualizaciones por última vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation>Abra Windows Update en el servidor y consulte el historial de actualizaciones; si el servicio Windows Update (wuauserv) está deshabilitado, pregunte al equipo de TI del cliente cómo recibe este servidor sus actualizaciones. Después, vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>El historial de Windows Update no registra ninguna instalación correcta de actualizaciones, por lo que puede que a este servidor le falten revisiones que necesita el agente (como la compatibilidad con TLS 1.2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation>No hay ningún reinicio pendiente por actualizaciones de Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation>Reinicio pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation>Última instalación correcta de actualizaciones (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation>Última actualización instalada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation>Días desde la última instalación de actualizaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation>Advertencia a partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation>%1 días sin actualizaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation>Indicadores de reinicio pendiente: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation>Última instalación de actualizaciones leída de %1.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation>ninguno activo</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>%n carácter no es ASCII simple (letras como ä, é o símbolos como € o “): el agente solo acepta caracteres con códigos hasta 127.</numerusform>
            <numerusform>%n caracteres no son ASCII simple (letras como ä, é o símbolos como € o “): el agente solo acepta caracteres con códigos hasta 127.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation>Tiene %1 caracteres; la instalación del agente pide al menos %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation>Empieza o termina con un espacio en blanco, que es fácil de perder al volver a escribirla.</translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation>Versión de Windows PowerShell</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation>Instale Windows Management Framework 5.1 (incluye Windows PowerShell 5.1) desde %1 para esta versión de Windows, reinicie el servidor y vuelva a ejecutar la instalación del agente. WMF 5.1 requiere antes .NET Framework 4.5 o posterior.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation>No se pudo leer la versión instalada de Windows PowerShell.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation>La instalación del agente actual necesita Windows PowerShell 5.0 o posterior (5.1 en la práctica), y las copias de seguridad programadas del agente se ejecutan mediante Windows PowerShell.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation>Windows PowerShell 3.0 o posterior está instalado, pero no se pudo leer su versión; la instalación del agente necesita la 5.0 o posterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation>Ejecute &quot;$PSVersionTable.PSVersion&quot; en Windows PowerShell. Si muestra una versión anterior a la 5.0, instale Windows Management Framework 5.1 desde %1 y reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell %1 está instalado, pero la instalación del agente necesita Windows PowerShell 5.0 o posterior.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation>Windows PowerShell %1 está instalado, como necesita el agente (5.0 o posterior).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Solo está instalado Windows PowerShell %1, pero la instalación del agente necesita Windows PowerShell 5.0 o posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell no está instalado, pero la instalación del agente necesita Windows PowerShell 5.0 o posterior.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation>Versión de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation>PowerShellVersion se lee de HKLM\%1 (presente en PowerShell 3.0 y posteriores) o, si no existe, de HKLM\%2 (PowerShell 1.0 y 2.0). La guía de instalación de Microsoft (08/2025) indica que la instalación del agente requiere Windows PowerShell 5.0; el &quot;3.0 o posterior&quot; de la guía de solución de problemas se refiere a las copias de seguridad programadas. PowerShell 7 (pwsh.exe) es un producto independiente y no cuenta.</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation>Puntos de conexión privados y DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation>A un almacén con puntos de conexión privados se llega mediante direcciones privadas que solo proporcionan las zonas DNS adecuadas, mientras que el inicio de sesión de Entra ID siempre permanece en la red pública de Internet. Un DNS que confunde ambos casos impide el registro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation>No se pudieron resolver las direcciones de los nombres del almacén.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation>privadas: %1; públicas: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation>Ninguno de los nombres de Azure se resolvió aquí (consulte la comprobación de resolución de nombres), por lo que no hay nada que comparar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation>%1 se resuelve aquí en la dirección privada %2, pero Entra ID no tiene punto de conexión privado: durante el registro, el inicio de sesión solo puede llegar a Entra ID a través de sus direcciones públicas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation>Pida al administrador de DNS que quite la zona o el registro privados que responden por %1 (los nombres de Entra ID deben resolverse públicamente, también en el caso de almacenes con puntos de conexión privados).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation>El almacén usa puntos de conexión privados (%1 se resuelve de forma privada), pero %2 se resuelve en direcciones públicas: falta su registro DNS privatelink.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation>Pida al administrador de DNS que agregue los registros del punto de conexión privado para %1 (las zonas privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net y privatelink.queue.core.windows.net, o reenviadores condicionales a Azure DNS 168.63.129.16 desde dentro de la red virtual).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation>Los nombres del almacén se resuelven en direcciones privadas (puntos de conexión privados) y Entra ID sigue siendo público, como debe ser.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation>Los nombres del almacén se resuelven en direcciones públicas: este servidor llega al almacén a través de Internet, no mediante un punto de conexión privado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation>Si el almacén tiene puntos de conexión privados, el DNS de este servidor aún no conoce sus zonas privatelink y el tráfico de copia de seguridad no los usaría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation>Entra ID se resuelve en direcciones públicas, como debe ser también para un almacén con puntos de conexión privados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation>La dirección de Backup del almacén se conoce una vez indicado el archivo de credenciales del almacén; entonces esta comprobación también indica si se usan puntos de conexión privados.</translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation>Ejecución como administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation>Sin el token de administrador completo, varias comprobaciones ven menos información y las correcciones que modifican el sistema no se pueden ejecutar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation>No se pudo determinar si el solucionador de problemas se ejecuta como administrador.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation>El solucionador de problemas se está ejecutando con derechos de administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation>El solucionador de problemas no se está ejecutando como administrador, por lo que algunas comprobaciones y correcciones no pueden funcionar: reinícielo como administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation>Vuelva a iniciar el solucionador de problemas como administrador: use &quot;Reiniciar como administrador&quot; en el asistente y acepte el aviso de Windows, o haga clic con el botón derecho en el programa y elija &quot;Ejecutar como administrador&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation>El solucionador de problemas no puede obtener derechos de administrador porque esta cuenta no es de administrador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation>Inicie sesión con una cuenta del grupo local Administradores y vuelva a iniciar el solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation>Elevación del token del proceso: %1; pertenencia a Administradores: %2.</translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation>Inicio de sesión en el proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation>Un proxy que pide nombre de usuario y contraseña detiene al agente con &quot;(407) Proxy Authentication Required&quot;, a menos que se proporcionen credenciales al agente o que el servidor quede exento.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation>No se pudieron probar los servidores proxy.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation>No hay ningún proxy configurado para la cuenta del agente ni para WinHTTP, por lo que ninguno puede pedir una contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation>no se indicó ningún esquema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation>El proxy %1:%2 pide credenciales (407 Proxy Authentication Required; ofrece %3) cuando este servidor se conecta a %4.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation>Exima a este servidor de la autenticación del proxy (pídalo a los administradores del proxy) o proporcione al agente las credenciales del proxy: en la consola del agente, Cambiar propiedades &gt; Configuración de proxy (Change Properties &gt; Proxy Configuration), o como administrador en PowerShell: Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. No escriba nunca la contraseña en este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation>La ruta propia del agente (%1) no está afectada.</translation>
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
        <translation>Esquemas ofrecidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation>Los servidores proxy de las rutas de este servidor dejan pasar las solicitudes sin pedir contraseña.</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation>%1 (excepciones: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation>sin configurar: cada cuenta tiene su propia configuración de proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation>0: la configuración de todo el equipo (HKLM) se aplica a todas las cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation>%1: cada cuenta tiene su propia configuración de proxy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation>Proxy que usa el servicio del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation>El servicio del agente se ejecuta con la cuenta SYSTEM y usa la configuración de proxy de esta, no la del administrador que ha iniciado sesión; si ahí hay un proxy obsoleto o distinto, el registro falla aunque el explorador funcione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation>No se pudo leer la configuración de proxy, por lo que se desconoce qué proxy usa el agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation>No se pudo leer el Registro, por lo que se desconoce qué proxy usa el agente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation>la configuración de proxy de todo el equipo (directiva)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation>la configuración de proxy de la cuenta SYSTEM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation>No se pudo leer la configuración de proxy de %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation>Ejecute el solucionador de problemas como administrador y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation>No se pudo leer la directiva de proxy de todo el equipo (ProxySettingsPerUser).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation>No se pudo leer la configuración de proxy de WinHTTP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation>Configure en el propio agente el proxy que debe usar (consola del agente: Cambiar propiedades &gt; Configuración de proxy, o Set-OBMachineSetting en PowerShell).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation>El servicio del agente no puede usar %1 &quot;%2&quot;: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>Corrija o quite la configuración de proxy de la cuenta SYSTEM (la guía de Microsoft abre Opciones de Internet como SYSTEM con psexec -i -s y quita los datos de proxy obsoletos). </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation>El servicio del agente obtiene su proxy de un script de configuración (%1 indica %2); desde aquí no se puede comprobar qué proxy elige el script.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation>Asegúrese de que la cuenta SYSTEM puede descargar el script y de que el proxy que devuelve llega a Azure; las comprobaciones de red prueban las demás rutas indicadas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation>El servicio del agente lee un nombre de usuario y una contraseña (ocultos aquí) en %1; el formato documentado no prevé incluirlos, por lo que es posible que la configuración no funcione, y cualquiera que pueda leer el Registro puede leerlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Quite las credenciales de la configuración de proxy y proporciónelas al agente (en su página de proxy o con Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation>El servicio del agente se ejecuta con la cuenta SYSTEM, cuya configuración de proxy es &quot;%1&quot;, pero la del usuario que ha iniciado sesión es &quot;%2&quot;: lo que funciona en su explorador puede fallar para el agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>El agente usa la configuración de la cuenta SYSTEM, no la suya. Decida qué proxy debe usar el servidor y, después, corrija la configuración de la cuenta SYSTEM (la guía de Microsoft abre Opciones de Internet como SYSTEM con psexec -i -s y quita los datos de proxy obsoletos). </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation>El servicio del agente ve dos proxies distintos: %1 indica &quot;%2&quot; y WinHTTP indica &quot;%3&quot;, por lo que distintas partes del agente pueden usar rutas diferentes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation>Haga que WinHTTP y la cuenta SYSTEM coincidan. Como administrador, netsh winhttp show proxy muestra la configuración de WinHTTP, netsh winhttp reset proxy la borra y netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; la establece.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation>La configuración de proxy de WinHTTP contiene un nombre de usuario y una contraseña (ocultos aquí); el formato documentado no prevé incluirlos, por lo que es posible que la configuración no funcione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>Quite las credenciales con netsh winhttp set proxy (como administrador) y proporciónelas al agente (en su página de proxy o con Set-OBMachineSetting).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation>Todas las cuentas usan la configuración de proxy de todo el equipo &quot;%1&quot; y WinHTTP coincide (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation>El servicio del agente (cuenta SYSTEM: %1), WinHTTP (%2) y el usuario que ha iniciado sesión (%3) usan la misma ruta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation>No se pudieron leer varias configuraciones de proxy.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation>%1: no se pudo leer: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation>WinHTTP: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation>Directiva de proxy de todo el equipo (ProxySettingsPerUser): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation>No se leyó la configuración de proxy propia del agente: Microsoft no documenta dónde se almacena. Para verla, ejecute Get-OBMachineSetting en una ventana de PowerShell con privilegios elevados en este servidor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation>Rutas que prueban las comprobaciones de red: %1</translation>
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
        <translation>Directiva de proxy de todo el equipo (ProxySettingsPerUser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation>Configuración de proxy propia del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation>no leída (sin ubicación documentada; consulte Get-OBMachineSetting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation>Rutas que prueban las comprobaciones de red</translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation>Ruta de módulos y directiva de ejecución de PowerShell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation>Las copias de seguridad programadas del agente ejecutan sus cmdlets de PowerShell; PowerShell debe encontrar su módulo y tener permiso para cargarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation>Después, reinicie el servidor para que el servicio y las tareas del agente vean el cambio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation>No se pudo leer el PSModulePath del equipo: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation>El PSModulePath del equipo no incluye la carpeta de módulos del agente %1, por lo que es posible que PowerShell no encuentre los cmdlets del agente y que las copias de seguridad programadas fallen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation>Como administrador, agregue %1 a la variable de entorno del sistema PSModulePath (Propiedades del sistema &gt; Opciones avanzadas &gt; Variables de entorno; conserve las entradas existentes).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation>No se pudo leer la directiva de ejecución de PowerShell: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation>Directiva de grupo &quot;Activar la ejecución de scripts&quot; (MachinePolicy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation>la configuración del equipo (LocalMachine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation>el valor predeterminado de Windows, ya que ningún ámbito define una directiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation>La directiva procede de una directiva de grupo: pida al administrador del cliente que establezca &quot;Activar la ejecución de scripts&quot; en &quot;Permitir scripts locales y scripts remotos firmados&quot; para este servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation>Como administrador, ejecute: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation>La directiva de ejecución de PowerShell en este servidor es Restricted (%1), por lo que el módulo del agente no se puede cargar y sus copias de seguridad programadas fallan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation>La directiva de ejecución de PowerShell es AllSigned (%1); la guía de solución de problemas de Microsoft pide RemoteSigned o Unrestricted para las tareas de copia de seguridad del agente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation>La directiva de ejecución de PowerShell es &quot;%1&quot; (%2), que no es una directiva que PowerShell conozca.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation>PowerShell encuentra el módulo del agente (PSModulePath) y puede cargarlo: la directiva de ejecución es %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation>No se pudo leer por completo la configuración de PowerShell que necesita el agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation>PSModulePath (equipo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation>Carpeta de módulos del agente incluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation>Directiva de ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>Establecida por</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation>La ruta de módulos se considera correcta con %1 o con %2: la guía de solución de problemas de Microsoft indica la carpeta del módulo, y su página de automatización con PowerShell, la carpeta superior; no está documentado cuál de ellas necesita el agente. No se leen las directivas de ejecución por usuario: las tareas del agente se ejecutan como SYSTEM.</translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation>Reinicio después de los cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation>Windows y el agente leen la configuración de TLS y la ruta de módulos de PowerShell solo al iniciarse: un cambio realizado por este solucionador de problemas solo surte efecto después de reiniciar el servidor.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation>Esta ejecución no mantiene ningún registro de correcciones, por lo que no hay cambios de este solucionador de problemas a los que hacer seguimiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation>Este solucionador de problemas no ha hecho aquí ningún cambio que requiera un reinicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation>Este solucionador de problemas cambió opciones de configuración que requieren un reinicio, pero no se pudo leer cuándo se inició el servidor por última vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation>Se desconoce el tiempo de actividad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation>El servidor se ha reiniciado (%1) desde la última vez que este solucionador de problemas cambió una opción de configuración que requiere un reinicio (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>El servidor no se ha reiniciado desde que este solucionador de problemas cambió una opción de configuración que solo surte efecto después de un reinicio (%n cambio, el último: %1): reinícielo una vez antes de registrarlo.</numerusform>
            <numerusform>El servidor no se ha reiniciado desde que este solucionador de problemas cambió opciones de configuración que solo surten efecto después de un reinicio (%n cambios, el último: %1): reinícielo una vez antes de registrarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation>Reinicie el servidor cuando el cliente lo permita (un solo reinicio sirve para todos los cambios) y, después, vuelva a ejecutar este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation>Último inicio del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation>Cambios pendientes de reinicio</translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation>Estado de registro de este servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation>Un servidor ya registrado en un almacén solo acepta las credenciales de ese almacén (ID: 100110); volver a registrarlo tiene sus propias reglas, y un agente que no está instalado no puede registrarse en absoluto.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation>No se pudo determinar si este servidor está registrado en un almacén.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation>Ejecute el solucionador de problemas como administrador y vuelva a ejecutar las comprobaciones; si no es posible, consulte los valores de HKLM\%1 en regedit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation>un almacén cuyo nombre no guardó el agente (id. de recurso %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>el almacén &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation>El agente aún no está instalado, por lo que este servidor no tiene ningún registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation>El agente no está instalado, por lo que este servidor no se puede registrar: instale primero el agente (todavía consta un registro anterior en %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation>El agente no está instalado, por lo que este servidor no se puede registrar: instale primero el agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>Descargue el agente desde %1, instálelo y vuelva a ejecutar este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation>Eligió volver a registrar este servidor, pero no consta ningún registro anterior en él, así que será un primer registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation>Si el servidor estuvo registrado antes y desde entonces se reinstaló el agente, regístrelo con la frase de contraseña de ese registro y con el mismo nombre de equipo. De lo contrario, elija &quot;Registrar este servidor&quot; y guarde la nueva frase de contraseña en un lugar seguro fuera de este servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation>El agente está instalado y este servidor aún no está registrado en ningún almacén, por lo que se puede registrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation>Este servidor ya está registrado en %1, por lo que volver a registrarlo está sujeto a las reglas de un nuevo registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation>Para seguir haciendo copias de seguridad en el mismo almacén, regístrelo con un archivo de credenciales del almacén descargado de ese almacén y con la frase de contraseña del primer registro. Para trasladar el servidor a otro almacén, hágalo de forma deliberada: elimínelo del almacén anterior en Azure Portal (Infraestructura de Backup &gt; Servidores protegidos), desinstale el agente, vuelva a instalarlo y regístrelo con el archivo del nuevo almacén; las copias de seguridad que ya están en el almacén anterior permanecen allí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation>Este servidor está registrado en %1; la lista de comprobación para volver a registrarlo indica qué hacer antes de registrarlo de nuevo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation>Este servidor está registrado en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation>Estado de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation>Carpeta de instalación (Setup\InstallPath)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Registrado en (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation>Id. de recurso del almacén (ResourceId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation>Id. de máquina (MachineId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation>Se lee de HKLM\%1 (ServiceResourceName, ResourceId, MachineId) y de HKLM\%2 (InstallPath). Microsoft documenta ServiceResourceName como el almacén en el que está registrado el agente; no está documentado qué valor demuestra que existe un registro, así que esto es lo que indica el Registro del agente, no la respuesta del propio almacén.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation>Lo que decide el almacén no se puede ver desde este servidor: un almacén admite como máximo 50 agentes de MARS, y &quot;Failed to download the vault credential file (ID: 403)&quot; se debe a la caché del explorador, a una suscripción deshabilitada o expirada, a un firewall, al límite del almacén o a una cuenta sin derechos de Azure Backup en el almacén.</translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation>El error que indicó no es uno que esta herramienta conozca, por lo que todas las comprobaciones se ejecutaron en el orden habitual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation>El error que indicó: &quot;%1&quot;. Qué significa: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation>En esta fase no se ejecutó ninguna de las comprobaciones que pueden explicar este error; el error corresponde a otro paso (consulte su significado más arriba).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation>Esto es lo que lo explica: %1. Resuélvalo primero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation>Ninguna de las %1 comprobaciones para este error encontró un problema, pero estas no pudieron terminar: %2. Vuelva a ejecutarlas antes de buscar en otra parte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation>Ninguna de las %1 comprobaciones para este error encontró un problema en este servidor. Entregue el informe y los registros del agente (la carpeta Temp del agente) al soporte técnico.</translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation>Lista de comprobación para volver a registrar este servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation>Volver a registrar un servidor con otra frase de contraseña hace que se pierdan las copias de seguridad anteriores, y un servidor registrado con otro nombre o que todavía aparece en el almacén no se registra correctamente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation>No se pudo determinar si este servidor estuvo registrado antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation>Ejecute el solucionador de problemas como administrador y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation>No consta ningún registro anterior en este servidor, por lo que la lista de comprobación para volver a registrarlo no se aplica.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation>el almacén</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>el almacén &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation>Este servidor estuvo registrado antes en %1: para volver a registrarlo hay que hacer las cuatro comprobaciones siguientes, que no se pueden ver desde este servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation>Para volver a registrar este servidor hay que hacer las cuatro comprobaciones siguientes, que no se pueden ver desde este servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation>1. Eliminado del almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation>En Azure Portal, %1 &gt; Infraestructura de Backup &gt; Servidores protegidos: elimine allí este servidor antes de volver a registrarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation>2. Agente reinstalado al cambiar de almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation>Para registrarlo en otro almacén, desinstale el agente, vuelva a instalarlo y, después, regístrelo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation>3. Misma frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation>Use la frase de contraseña del primer registro: con otra distinta, las copias de seguridad anteriores ya no se pueden restaurar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation>4. Mismo nombre de equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Regístrelo con el nombre que muestra el almacén para este servidor; un servidor cuyo nombre ha cambiado recibe &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>Regístrelo con el nombre que muestra el almacén para este servidor (ahora este servidor se llama %1); un servidor cuyo nombre ha cambiado recibe &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation>Revise los cuatro puntos de la tabla de datos antes de volver a registrarlo; guarde la frase de contraseña en un lugar seguro fuera de este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation>Se muestra porque eligió volver a registrar este servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation>Se muestra porque el Registro del agente todavía indica un registro (HKLM\%1).</translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation>Reiniciar como administrador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation>No ha cambiado nada en el equipo; puede que se haya iniciado una copia que se ejecuta como administrador: cierre las ventanas adicionales del solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation>No cambia nada en el equipo; cierre la ventana nueva para volver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation>No se pudieron leer los derechos de este programa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation>Esta ventana del solucionador de problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation>El solucionador de problemas se cierra y vuelve a iniciarse con derechos de administrador. Windows le pide que lo confirme. Se conservan sus respuestas de la primera página.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation>El solucionador de problemas ya se ejecuta como administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation>Esta cuenta no es de administrador, por lo que Windows no puede iniciar el programa con derechos de administrador. Inicie sesión con una cuenta de administrador.</translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation>El servicio Hora de Windows (W32Time) no está instalado, por lo que w32tm no puede ajustar el reloj. La comprobación de Hora de Windows indica cómo registrarlo; después, vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation>No se pudo leer el estado del servicio Hora de Windows: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation>El servicio Hora de Windows está deshabilitado, por lo que w32tm no puede ajustar el reloj. La comprobación de Hora de Windows indica cómo activarlo; después, vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation>El servicio Hora de Windows está %1, y w32tm necesita que esté en ejecución (respondería 0x80070426). Inícielo primero: &quot;%2&quot; (start_time_service) en la comprobación de Hora de Windows o, como administrador, ejecute net start w32time; después, vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation>Puede que el reloj se haya resincronizado o no: vuelva a ejecutar la comprobación del reloj.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation>No se puede deshacer: la hora anterior era incorrecta y no merece la pena restaurarla. A partir de ahora, Hora de Windows mantiene el reloj en hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation>Esta corrección ajusta el reloj con Hora de Windows, que solo existe en Windows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation>Este equipo no ejecuta Windows; su reloj lo mantiene su propio servicio de hora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation>No se pudo leer la versión de Windows: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation>aún no comparado con la hora de Azure (ejecute primero la comprobación del reloj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation>la hora de su origen de hora</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation>%1 por delante de la hora de Azure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation>%1 por detrás de la hora de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation>retrocederá unos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation>avanzará unos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation>la hora de su origen de hora (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation>Reloj de este servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation>Se ejecutará %1 como administrador: Hora de Windows pide la hora a su origen de hora y ajusta el reloj de este servidor a esa hora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation>El reloj va %1, así que %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation>En un miembro de dominio, el origen de hora es el controlador de dominio: si la hora del controlador de dominio es incorrecta, corríjala allí; de lo contrario, este servidor la seguirá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation>Esto requiere derechos de administrador y no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation>La diferencia con la hora de Azure se acerca a un número entero de horas (%1 h): probablemente lo incorrecto es la zona horaria, no el reloj, y ajustar el reloj no ayudaría. Consulte la comprobación de la zona horaria.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation>El reloj de este servidor ya coincide con la hora de Azure; no hay nada que ajustar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation>Ajustar el reloj (w32tm /resync)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation>Hora de Windows ajustó el reloj a partir de su origen de hora. La comprobación del reloj se vuelve a ejecutar para compararlo con la hora de Azure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation>No se ajustó el reloj: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation>Inicie primero Hora de Windows (&quot;%1&quot; en la comprobación de Hora de Windows) y vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>Use primero &quot;Reiniciar como administrador&quot; y vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation>Ajustar el reloj a partir de su origen de hora</translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>TLS 1.2 en Windows (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation>Azure solo acepta conexiones TLS 1.2. Cuando Windows no ofrece TLS 1.2 en las conexiones que establece este servidor, el registro, las copias de seguridad y las restauraciones del agente fallan, a menudo con el error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. La guía de instalación de Microsoft incluye TLS 1.2 en &quot;Antes de empezar&quot;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation>No se pudo leer la configuración de TLS 1.2 de Windows (SCHANNEL).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation>%1 no puede usar TLS 1.2, que Azure requiere, por lo que el agente no puede conectarse a Azure desde este servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation>Traslade la copia de seguridad a un servidor con una versión de Windows compatible con el agente (Windows Server 2012 o posterior).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation>TLS 1.2 está activado para las conexiones que establece este servidor (valores de SCHANNEL TLS 1.2 Client).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation>TLS 1.2 está activado para las conexiones que establece este servidor: los valores de SCHANNEL no están establecidos y %1 activa TLS 1.2 de forma predeterminada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 está desactivado para las conexiones que establece este servidor (SCHANNEL TLS 1.2 Client Enabled = 0), por lo que el agente no puede conectarse a Azure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation>TLS 1.2 está desactivado de forma predeterminada para las conexiones que establece este servidor (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), por lo que el agente no puede conectarse a Azure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>El valor Enabled de SCHANNEL TLS 1.2 Client contiene %1 en lugar del número 1, por lo que es posible que TLS 1.2 esté desactivado para las conexiones que establece este servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>El valor DisabledByDefault de SCHANNEL TLS 1.2 Client contiene %1 en lugar del número 0, por lo que es posible que TLS 1.2 esté desactivado para las conexiones que establece este servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation>TLS 1.2 no está activado para las conexiones que establece este servidor: en %1, los valores de SCHANNEL TLS 1.2 Client deben crearse después de instalar la actualización %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation>Use &quot;%1&quot; para establecer los valores (requiere derechos de administrador) y, después, reinicie el servidor: Windows lee esta configuración al iniciarse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation>Asegúrese de que la actualización %1 está instalada (Windows Update o el Catálogo de Microsoft Update). Después, use &quot;%2&quot; para crear los valores (requiere derechos de administrador) y reinicie el servidor: Windows lee esta configuración al iniciarse.</translation>
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
        <translation>Valor predeterminado de Windows si no existen los valores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation>TLS 1.2 activado (Windows Server 2012 R2 / 8.1 y posteriores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation>TLS 1.2 desactivado para clientes (antes de Windows Server 2012 R2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation>Se leen Enabled y DisabledByDefault (REG_DWORD) en HKLM\%1. El artículo de Microsoft &quot;Transport Layer Security in Azure Backup&quot; (09/2022) pide Enabled = 1 y DisabledByDefault = 0; ambos son el valor predeterminado de Windows a partir de Windows Server 2012 R2, por lo que en esas versiones no es un problema que falten. En Windows Server 2008 SP2, instale KB4019276; en 2008 R2 / Windows 7 / 2012, KB3140245; después, cree los valores.</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation>%1 (grupo %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation>el grupo %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation>%1; %2 (%3, %4); desencadenadores habilitados: %5 de %6; %7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>habilitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation>última ejecución: %1 UTC, resultado 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation>aún no se ha ejecutado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation>Ejecutar una nueva instancia en paralelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation>Poner en cola una nueva instancia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation>Detener la instancia existente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation>No iniciar una nueva instancia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation>Tarea programada de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation>Las copias de seguridad programadas del agente las inicia una tarea del Programador de tareas; si esa tarea o su desencadenador están deshabilitados, las copias de seguridad no se ejecutan según la programación, y si la tarea puede iniciar una segunda instancia de sí misma, una copia de seguridad falla con &quot;another job was in progress&quot;.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation>No se puede consultar el Programador de tareas en este equipo, por lo que no se comprueba la programación de copias de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation>No se pudieron leer las tareas programadas del agente en el Programador de tareas (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation>Abra el Programador de tareas (taskschd.msc) como administrador y consulte Biblioteca del Programador de tareas &gt; Microsoft &gt; OnlineBackup. Si el Programador de tareas tampoco puede abrirla, asegúrese de que el servicio Programador de tareas se está ejecutando (o reinicie el servidor) y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>vacía</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation>Este servidor está registrado, pero no hay ninguna copia de seguridad programada: el Programador de tareas no tiene ninguna tarea en %1, por lo que ninguna copia de seguridad se inicia automáticamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation>Abra Microsoft Azure Backup (la consola del agente) y elija Programar copia de seguridad (Schedule Backup); al guardar la programación se crea la tarea. Si ya se muestra una programación, cámbiela y vuelva a guardarla para que el agente vuelva a crear su tarea.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation>Todavía no hay ninguna copia de seguridad programada (el Programador de tareas no tiene ninguna tarea en %1), lo cual es normal antes de registrar el servidor: el agente crea su tarea cuando se programa una copia de seguridad después del registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation>No se pudo leer si el servidor está registrado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation>Carpeta del Programador de tareas %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation>Estado de registro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation>En el Programador de tareas, abra Biblioteca del Programador de tareas &gt; Microsoft &gt; OnlineBackup &gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation>La tarea programada %1 está deshabilitada, por lo que las copias de seguridad no se ejecutan según la programación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation>&quot;%1&quot; en el asistente la habilita; o bien: %2, haga clic con el botón derecho en ella y elija Habilitar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation>&quot;%1&quot; en el asistente lo corrige; o bien: %2 &gt; Propiedades &gt; Desencadenadores, seleccione cada desencadenador deshabilitado, elija Editar y active Habilitado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation>&quot;%1&quot; en el asistente lo corrige; o bien: %2 &gt; Propiedades &gt; Configuración, y establezca &quot;Si la tarea ya se está ejecutando, se aplicará la regla siguiente&quot; en &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation>La tarea programada %1 no tiene ningún desencadenador, por lo que nunca inicia una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation>Abra Microsoft Azure Backup (la consola del agente), elija Programar copia de seguridad, cambie la programación y guárdela para que el agente vuelva a escribir sus desencadenadores.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>%n de los desencadenadores de la tarea programada %1 está deshabilitado, por lo que las copias de seguridad no se inician a esa hora.</numerusform>
            <numerusform>%n de los desencadenadores de la tarea programada %1 están deshabilitados, por lo que las copias de seguridad no se inician a esas horas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation>La tarea programada %1 está configurada en &quot;%2&quot; para cuando ya se está ejecutando, por lo que una copia de seguridad puede fallar con &quot;Job could not be started as another job was in progress&quot;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation>La tarea programada %1 se ejecuta como %2 en lugar de SYSTEM o del grupo Administradores, por lo que las copias de seguridad se detienen cuando cambia la contraseña de esa cuenta o cuando esta pierde sus derechos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation>%1 &gt; Propiedades &gt; General, elija &quot;Cambiar usuario o grupo&quot; y escriba SYSTEM (esta herramienta no cambia quién ejecuta una tarea). Cambiar y guardar la programación en la consola del agente también vuelve a registrar la tarea.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>El agente tiene %n tarea programada en %1: está habilitada, se ejecuta como SYSTEM o Administradores, tiene sus desencadenadores habilitados y no inicia una segunda instancia.</numerusform>
            <numerusform>El agente tiene %n tareas programadas en %1: están habilitadas, se ejecutan como SYSTEM o Administradores, tienen sus desencadenadores habilitados y no inician una segunda instancia.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation>Reinicie el servidor después de cambiar la tarea, como recomienda la guía de solución de problemas.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n tarea</numerusform>
            <numerusform>%n tareas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation>Tarea %1</translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation>Atributos de la carpeta de caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation>El agente no puede usar una caché que esté comprimida, cifrada o dispersa, que sea un vínculo o que esté en una unidad desduplicada; sus archivos de caché no se pueden montar.</translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation>Espacio libre para la carpeta de caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation>El agente guarda su caché y sus metadatos en esta unidad; si se queda sin espacio, las copias de seguridad fallan.</translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation>Ubicación de la carpeta de caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation>Cuando la carpeta de caché está en la unidad equivocada, la solución documentada para el agente es moverla; si se hace mal, el agente pierde su caché.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation>Debería moverse la carpeta de caché %1, porque %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation>Agente instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation>No se pudo determinar si la carpeta de caché %1 debe moverse, porque no se pudieron leer algunos de sus datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation>La carpeta de caché %1 puede quedarse donde está.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation>Carpeta de caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Origen</translation>
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
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation>no se pudo leer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation>no comprobada (sin valor)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation>Carpeta de caché en el Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation>El agente lee su carpeta de caché de dos valores del Registro; si no coinciden o la carpeta ya no existe, el registro y las copias de seguridad fallan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation>Este equipo no ejecuta Windows, por lo que aquí no existen los valores del Registro de la caché del agente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation>El agente aún no está instalado, por lo que la ubicación de su caché no está establecida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation>HKLM\%1\%2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation>No se pudo determinar si el agente está instalado, por lo que no se comprobó la ubicación de su caché.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>No se pudo leer del Registro la ubicación de la caché del agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Reinicie el solucionador de problemas como administrador y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation>Si se movió la carpeta de caché, establezca como administrador ambos valores en su nueva ubicación (%1 y %2, con la carpeta) y, después, ejecute net stop obengine y net start obengine. Si se eliminó, la caché y el archivo de claves del agente se han perdido: póngase en contacto con el soporte técnico de Microsoft; puede que haya que volver a registrar el servidor con su frase de contraseña original.</translation>
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
        <translation>Los dos valores del Registro apuntan a la carpeta de caché %1, y esta existe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation>No se pudo comprobar la carpeta de caché %1 indicada en el Registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation>La carpeta de caché %1 indicada en el Registro es un archivo, no una carpeta, por lo que el agente no puede usar su caché.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation>La carpeta de caché %1 indicada en el Registro no existe, por lo que el agente no puede usar su caché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation>El agente está instalado, pero faltan los dos valores del Registro que indican dónde está su carpeta de caché.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation>Falta el valor del Registro %1, por lo que los dos valores de ubicación de la caché del agente no coinciden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation>Los dos valores del Registro con la ubicación de la caché del agente no coinciden (%1 y %2), por lo que es posible que el agente no encuentre su caché.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Vuelva a poner en línea la unidad de %1 y ejecute de nuevo esta comprobación; no apunte el agente a otra carpeta mientras su caché pueda estar simplemente fuera de alcance. Si la unidad ha desaparecido definitivamente, mueva la caché como está documentado (el elemento &quot;Ubicación de la carpeta de caché&quot; indica los pasos).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation>&quot;Reparar la ubicación de la caché en el Registro&quot; en el asistente establece %1 en %2, la carpeta que existe (se reinicia el servicio del agente); o bien, como administrador, ejecute %3 y, después, net stop obengine y net start obengine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation>Las dos carpetas existen, por lo que el solucionador de problemas no puede saber cuál usa el agente. Busque la que contiene la caché actual del agente (archivos modificados recientemente) y, como administrador, ejecute %1 y %2 con esa carpeta y, después, net stop obengine y net start obengine.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation>Carpeta de instalación del agente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation>Carpeta del valor Config</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation>Carpeta del valor CloudBackupProvider</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation>Los dos valores deben indicar la misma carpeta existente (preguntas frecuentes: &quot;How to check if scratch folder is valid and accessible&quot;). Se comparan como Windows compara las rutas: sin distinguir mayúsculas de minúsculas y sin tener en cuenta la barra diagonal inversa final.</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation>Servicio %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation>detenido antes del cambio e iniciado de nuevo después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation>se deja como está</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation>desconocido (%1)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation>se reinicia si está en ejecución</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation>desconocido (el sistema de archivos no lo indicó)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation>última escritura: %1 UTC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation>No se pudo detener el servicio del agente obengine (%1); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation>El servicio del agente obengine sigue en estado %1 después de la espera; no se cambió nada. Cuando se haya detenido, ejecute net start obengine y vuelva a intentar la corrección.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>Al volver a leer %1, se obtiene %2 en lugar de %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation>El servicio del agente obengine no se volvió a iniciar (%1): ejecute net start obengine como administrador.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation>Reparar la ubicación de la caché en el Registro</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation>Es posible que el servicio del agente obengine siga detenido: ejecute net start obengine como administrador. ScratchLocation puede contener el valor anterior o el nuevo: vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>No se pudo leer del Registro la ubicación de la caché del agente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation>Los dos valores ya indican la carpeta existente %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation>Ninguno de los valores del Registro indica una carpeta que se pueda copiar al otro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation>No hay nada que reparar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation>Esta corrección solo copia un valor cuando indica una carpeta existente y el otro valor falta o indica una carpeta que no existe; nunca inventa una ruta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation>%1 indica %2, que parece no existir, pero su unidad no está disponible o no responde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>Apuntar ahora el agente a %1 podría devolverlo a una copia antigua de su caché. Vuelva a poner la unidad en línea (Administración de discos) y ejecute de nuevo la comprobación; si la unidad ha desaparecido definitivamente, mueva la caché como está documentado (el elemento &quot;Ubicación de la carpeta de caché&quot; indica los pasos).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation>Ambos valores ScratchLocation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation>antes se guarda una copia en el registro de correcciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation>Carpeta %1 (indicada por %2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation>Se establecerá %1 en %2, la carpeta que indica el otro valor y que existe. Antes se guardará una copia de ambos valores en el registro de correcciones. El agente lee el valor al iniciarse, por lo que su servicio obengine se reiniciará si está en ejecución.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation>Deshacer vuelve a escribir el valor anterior %1 en %2 y reinicia de nuevo obengine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation>No se puede deshacer desde aquí: %1 no existía antes, y este solucionador de problemas puede escribir valores del Registro, pero nunca los elimina. Para volver atrás, ejecute como administrador: reg delete &quot;HKLM\%2&quot; /v %3 /f</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation>Cambiar el valor del Registro %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation>El plan no indica qué valor hay que cambiar; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation>No se pudieron volver a leer los valores del Registro; no se cambió nada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>Los valores del Registro cambiaron después de la vista previa; no se cambió nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation>La carpeta %1 ya no existe; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation>Las carpetas de caché cambiaron después de la vista previa, por lo que ya no consta que %1 sea incorrecto; no se cambió nada. Vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation>Se estableció %1 en %2. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation>Se estableció %1 en %2; ahora ambos valores indican la misma carpeta.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation>Es posible que el servicio del agente obengine siga detenido: ejecute net start obengine como administrador. ScratchLocation puede contener cualquiera de los dos valores: vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>La entrada del registro de correcciones no indica qué valor hay que restaurar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation>%1 no se restaurará a %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation>Se restaurará %1 a %2. El servicio del agente obengine se reiniciará si está en ejecución.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation>Si vuelve a ejecutar la corrección, el valor se repara de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 se cambió de nuevo después de la corrección (ahora es %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation>La entrada del registro de correcciones no indica qué valor hay que restaurar; no se cambió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation>%1 se cambió de nuevo después de la corrección (ahora es %2); no se cambió nada.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation>Se restauró %1 a %2.</translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation>No se pudo evaluar esta regla sobre la carpeta de caché.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation>No se pudo leer la versión de Windows: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation>Este equipo no ejecuta Windows, por lo que no tiene carpeta de caché del agente de MARS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation>Ni el Registro ni la carpeta de instalación indican dónde está la carpeta de caché.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation>No se pudo determinar dónde está o estará la carpeta de caché del agente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation>Carpeta de caché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation>de sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>comprimida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>cifrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation>dispersa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation>un vínculo (punto de reanálisis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation>Los detalles técnicos indican qué no se pudo leer. Si la unidad de la carpeta de caché está sin conexión o no está disponible, vuelva a conectarla; de lo contrario, reinicie el solucionador de problemas como administrador y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation>La caché debe estar en una unidad NTFS local y fija con suficiente espacio libre; el elemento &quot;Ubicación de la carpeta de caché&quot; indica los pasos exactos para moverla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation>Instale el agente con su caché en una unidad NTFS local y fija con suficiente espacio libre, mediante el modificador /s: del instalador, por ejemplo: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (agregue /p:&quot;&lt;install folder&gt;&quot; para elegir también la carpeta de instalación).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation>Mueva la caché a una carpeta de una unidad NTFS local y fija con suficiente espacio libre (sustituya &lt;new folder&gt; más abajo, por ejemplo, por D:\MARS\Scratch), en un símbolo del sistema con privilegios elevados: 1. net stop obengine 2. Si está configurada la copia de seguridad del estado del sistema, abra Administración de discos y desasocie los discos llamados CBSSBVol_&lt;ID&gt;. 3. Copie (no mueva) la carpeta completa: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Ejecute una copia de seguridad a petición (Hacer copia de seguridad ahora); cuando se complete correctamente, elimine la carpeta anterior %1. No cambie la ubicación de la caché mientras se esté ejecutando una replicación inicial mediante propagación sin conexión (offline seeding).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation>La carpeta de caché %1 está en una unidad que ahora no está en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation>Vuelva a conectar la unidad (conecte o presente de nuevo el disco y asígnele su letra de unidad en Administración de discos) y, después, vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation>No se pudo identificar la unidad de la carpeta de caché %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+330"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The drive %1 of the cache folder %2 is offline or not ready.</source>
        <translation>La unidad %1 de la carpeta de caché %2 está sin conexión o no está lista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation>GetVolumeInformationW: el dispositivo no está listo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation>Ponga el disco en línea (Administración de discos: haga clic con el botón derecho en el disco y elija En línea) y, después, vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation>Tipo de unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>Sistema de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation>GetDriveTypeW: %1; sistema de archivos: %2; ruta UNC: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation>está en un recurso compartido de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation>La carpeta de caché %1 está en un recurso compartido de red; el agente la necesita en una unidad local de este servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation>está en una unidad extraíble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation>La carpeta de caché %1 está en una unidad extraíble; el agente la necesita en una unidad local fija.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation>su unidad no es un disco fijo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation>La carpeta de caché %1 está en una unidad que Windows notifica como %2, no como disco local fijo, que es lo que espera el agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation>su unidad no es NTFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation>La carpeta de caché %1 está en una unidad %2, no NTFS, que es el único sistema de archivos que Microsoft documenta para el agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation>NO CONFIRMADO (catálogo B2): no está documentado si ReFS u otros sistemas de archivos funcionan para la caché; las preguntas frecuentes indican NTFS como el único sistema de archivos compatible para los orígenes de copia de seguridad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation>La carpeta de caché %1 está en una unidad NTFS local y fija.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation>No se pudieron leer los atributos de la carpeta de caché %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation>Carpeta comprobada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>Atributos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation>Desduplicación de datos en su unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation>no se aplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>no se pudo comprobar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation>Desduplicación de datos: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation>La desduplicación de datos está activada en su unidad, algo que el agente no admite para su caché.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation>La caché no puede permanecer en un volumen desduplicado: muévala a una unidad sin desduplicación de datos. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation>No se pudo comprobar si la desduplicación de datos está activada en su unidad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation>su unidad usa la desduplicación de datos</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation>La carpeta de caché %1 aún no existe y se crearía en una unidad con la desduplicación de datos activada, algo que el agente no admite para su caché.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation>La comprobación se canceló mientras examinaba los archivos de la carpeta de caché %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation>Archivos y carpetas examinados en su interior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation>Comprimidos en su interior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation>Cifrados en su interior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation>Por ejemplo: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation>Solo se examinaron los primeros %1 archivos y carpetas, hasta %2 niveles de carpetas; la carpeta de caché contiene más.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation>No se pudo enumerar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation>está marcada como %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>contiene %n archivo o carpeta comprimido</numerusform>
            <numerusform>contiene %n archivos o carpetas comprimidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>contiene %n archivo o carpeta cifrado</numerusform>
            <numerusform>contiene %n archivos o carpetas cifrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation>La carpeta de caché %1 no está comprimida, cifrada ni dispersa, ni es un vínculo, pero no se pudieron comprobar todos los archivos que contiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation>La carpeta de caché %1 y sus archivos no están comprimidos, cifrados ni dispersos, ni son un vínculo. %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation>La carpeta de caché %1 no está comprimida, cifrada ni dispersa, ni es un vínculo, y tampoco lo es ninguno de los %2 archivos y carpetas examinados en su interior; el resto no se examinó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation>Compruebe el resto como administrador: compact /s:&quot;%1&quot; y cipher /s:&quot;%1&quot; enumeran lo que está comprimido o cifrado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation>La carpeta de caché %1 y los archivos que contiene no están comprimidos, cifrados ni dispersos, ni son un vínculo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation>La carpeta de caché %1 en sí está bien, pero hay un problema. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation>La carpeta de caché %1 %2, algo que el agente no admite para su caché.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation>parte de los archivos que contiene está %1</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation>se crearía %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation>La carpeta de caché %1 aún no existe y se crearía %2, porque la carpeta %3 está %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation>Quite el atributo de %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; como administrador) o elija otra carpeta de caché con el modificador /s: del instalador.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation>La carpeta de caché %1 aún no existe; %2, donde se crearía, no está comprimida ni cifrada. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation>La carpeta de caché %1 aún no existe; %2, donde se crearía, no está comprimida ni cifrada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation>La carpeta de caché %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation>No hay nada comprimido ni cifrado dentro de la carpeta, así que basta con quitar el indicador de la propia carpeta: &quot;%1&quot; en el asistente o, como administrador, ejecute compact /u &quot;%2&quot; y cipher /d &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation>está marcada como %1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation>Quitar el indicador de la carpeta dejaría como están los archivos que ya hay en la caché. Mueva la caché a una carpeta nueva que no esté comprimida ni cifrada, como está documentado; %1 Después, vuelva a ejecutar esta comprobación: también examina los archivos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation>Una carpeta que es un vínculo o que está dispersa no se puede reparar en su ubicación: mueva la caché a una carpeta normal. %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation>No se pudo leer el espacio libre de la unidad de la carpeta de caché %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Tamaño del volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation>Porcentaje libre del volumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation>error por debajo de %1, advertencia por debajo del %2 % del volumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation>GetDiskFreeSpaceExW en %1: %2 bytes libres de %3. Microsoft pide un espacio libre del 5-10 % de los datos de los que se hace copia de seguridad (al menos 2,5 GB; 30-35 GB más para el estado del sistema). Aquí no se conoce el tamaño de los datos, por lo que la advertencia usa en su lugar el 5 % del volumen (heurística del asistente, catálogo B4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation>Libere espacio en esa unidad, amplíe el volumen o mueva la caché a una unidad con más espacio. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation>su unidad solo tiene %1 libres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation>La unidad de la carpeta de caché %1 solo tiene %2 libres, menos de los 2,5 GB que el agente necesita como mínimo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation>su unidad solo tiene libre el %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation>La unidad de la carpeta de caché %1 solo tiene %2 de espacio libre (%3), menos del 5 % que pide Microsoft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation>La unidad de la carpeta de caché %1 tiene %2 libres (%3), suficiente para la caché.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation>(falta)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation>La unidad de %1 no está ahora en este equipo (%2); puede que la carpeta solo esté fuera de alcance y no haya desaparecido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation>No se pudo comprobar si la unidad de %1 está disponible: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation>La unidad %1 que contiene %2 está sin conexión o no está lista; puede que la carpeta solo esté fuera de alcance y no haya desaparecido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation>El valor no es una cadena (REG_SZ).</translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation>Unidad de la carpeta de caché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation>La caché del agente debe estar en una unidad local fija; en un recurso compartido de red o en una unidad extraíble, las copias de seguridad y el registro fallan.</translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation>No es Server Core</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation>El agente no admite instalaciones Server Core de Windows Server (sin escritorio); su consola necesita el escritorio completo de Windows.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation>Este servidor ejecuta Nano Server, que el agente no admite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation>Este servidor es una instalación Server Core (sin escritorio), que el agente no admite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation>Instale el agente en un Windows Server instalado con Experiencia de escritorio. En Windows Server 2016 y posteriores no se puede agregar el escritorio a Server Core: use otro servidor o reinstale con &quot;Experiencia de escritorio&quot; (Desktop Experience). En Windows Server 2012 R2, el escritorio se puede agregar con el comando de PowerShell Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation>Esta es una edición de escritorio de Windows, en la que no hay instalaciones Server Core de las que preocuparse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation>Este servidor está instalado con el escritorio completo, no como Server Core.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation>Tipo de instalación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation>Se leen InstallationType y EditionID de HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. Los tipos de instalación &quot;Server Core&quot; y &quot;Nano Server&quot;, y las ediciones que terminan en &quot;Core&quot;, no tienen escritorio; la matriz de compatibilidad excluye las SKU de Server Core.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation>Ninguno de los dos valores está registrado en este servidor, por lo que no se pudo descartar Server Core a partir del Registro; Server Core no tiene Explorador, así que si tiene delante un escritorio, la cuestión queda resuelta.</translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation>Iniciar el servicio del agente</translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation>Iniciar el agente de administración</translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation>Iniciar el servicio del agente (obengine)</translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation>Puede que el servicio se esté iniciando o que siga detenido: consúltelo en services.msc, inícielo si está detenido y vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation>Iniciar el servicio no cambia ninguna configuración. Para volver a detenerlo, ejecute &quot;net stop %1&quot; como administrador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation>El servicio %1 no está instalado en este servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation>No se pudo leer el estado del servicio %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation>Se iniciará el servicio %1, que ahora está %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation>El servicio %1 ya está %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation>El servicio %1 está deshabilitado, por lo que no se puede iniciar. Como administrador, ejecute &quot;sc config %1 start= auto&quot; y vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation>Iniciar el servicio %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation>No se pudo leer el servicio %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation>El servicio %1 ya se estaba ejecutando.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation>No se pudo iniciar el servicio %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation>El servicio %1 está %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation>El servicio %1 se inició, pero ahora está %2; consulte el motivo en el registro de eventos del sistema.</translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation>Iniciar el servicio Hora de Windows</translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation>Eliminar solo los archivos sin modificar desde hace más de</translation>
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
        <translation>0 h: todos los archivos .tmp, sea cual sea su antigüedad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation>Eliminar los archivos .tmp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation>Puede que se haya eliminado parte de los archivos .tmp previstos y que el resto siga ahí; no se tocó nada más. El registro de auditoría enumera cada archivo eliminado. Vuelva a ejecutar la comprobación.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation>Los archivos eliminados no se pueden restaurar. Son restos de instaladores y programas que no limpiaron lo que dejaron.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation>No se encontró la carpeta Temp.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation>eliminados</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation>No se pudo leer la carpeta Temp %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation>... y %1 archivos .tmp más</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation>%1 archivos de solo lectura, %2 carpetas o vínculos llamados *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation>se dejan intactos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation>%1 archivos .tmp con una antigüedad de %2 horas o menos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation>Se eliminarán %1 archivos .tmp (%2) con más de %3 horas de antigüedad directamente dentro de %4; se dejarán intactos %5 archivos .tmp más recientes. También se dejarán intactos las carpetas, los vínculos, los archivos de solo lectura, los archivos en uso y los archivos escritos después de esta vista previa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation>Se eliminarán %1 archivos .tmp (%2) directamente dentro de %3. Se dejarán intactos las carpetas, los vínculos, los archivos de solo lectura, los archivos en uso y los archivos escritos después de esta vista previa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation>No hay archivos .tmp con más de %1 horas de antigüedad que eliminar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation>No hay archivos .tmp que eliminar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>Eliminar archivos en %1 requiere derechos de administrador. Use primero &quot;Reiniciar como administrador&quot; y vuelva a ejecutar esta corrección.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation>Incluso con derechos de administrador, es posible que este programa no pueda modificar %1 (%2). Pida al equipo de TI del cliente que compruebe los permisos de la carpeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation>La carpeta Temp cambió después de la vista previa; no se eliminó nada. Vuelva a generar la vista previa de la corrección.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation>%1 de %2 archivos procesados</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation>Se eliminaron %1 archivos y, después, no se pudo seguir leyendo la carpeta: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation>Se canceló después de eliminar %1 de %2 archivos .tmp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation>No quedaban archivos .tmp que eliminar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation>Se eliminaron %1 archivos .tmp (%2 liberados); se dejaron intactos %3 (%4 en uso, %5 con acceso denegado o con error).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation>Se dejaron intactos %1 archivos .tmp que no estaban en la vista previa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation>%1 archivos .tmp con una antigüedad de %2 horas o menos no formaban parte del plan.</translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation>Archivos .tmp en la carpeta Temp de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation>Windows puede crear como máximo 65.535 nombres de archivo temporal por carpeta; cuando C:\Windows\Temp está lleno de archivos .tmp, la instalación y el registro del agente fallan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation>No se encontró la carpeta Temp, por lo que no se pudieron contar los archivos .tmp.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation>%1 entradas leídas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation>Se canceló el recuento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation>No se pudo leer la carpeta Temp %1, por lo que no se pudieron contar los archivos .tmp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>Reinicie el solucionador de problemas como administrador y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation>La carpeta Temp %1 contiene %2 archivos .tmp, por lo que Windows ya no puede crear archivos temporales para el agente: elimínelos antes de instalar o registrar el agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation>La carpeta Temp %1 contiene %2 archivos .tmp, cerca del límite de 65.535 a partir del cual fallan la instalación y el registro del agente: elimínelos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation>La carpeta Temp %1 contiene %2 archivos .tmp, muy por debajo del límite que impide la instalación y el registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation>&quot;Eliminar los archivos .tmp&quot; en el asistente los quita (antes verá exactamente qué se elimina); o bien elimine %1\*.tmp manualmente como administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation>Archivos .tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation>Tamaño de los archivos .tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation>Archivos .tmp de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation>Carpetas o vínculos llamados *.tmp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation>Todas las entradas de la carpeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation>advertencia a partir de %1, error a partir de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation>GetTempFileName solo usa los 16 bits inferiores de su número único, por lo que una carpeta y un prefijo admiten como máximo 65.535 nombres; a partir de ahí, no se puede crear ningún archivo temporal. Se cuentan los archivos normales que coinciden con *.tmp directamente dentro de la carpeta.</translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation>Se puede escribir en la carpeta Temp de Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation>El agente descarga archivos en C:\Windows\Temp mientras se instala y se registra; si no puede escribir ahí, el registro falla.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation>No se encontró la carpeta Temp de Windows, por lo que no se pudo comprobar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation>No se pudo determinar si se pueden crear archivos en la carpeta Temp de Windows %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation>La carpeta Temp de Windows %1 no existe, por lo que el agente no puede descargar sus archivos ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation>Pida al equipo de TI que vuelva a crear %1 con sus permisos predeterminados (SYSTEM y Administradores: control total) y, después, reinicie Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation>Ni siquiera como administrador se puede crear un archivo en la carpeta Temp de Windows %1, por lo que el agente no puede descargar sus archivos ahí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation>Pida al equipo de TI que repare los permisos de la carpeta: SYSTEM y Administradores necesitan control total; por ejemplo, como administrador: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; muestra los permisos actuales).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation>Pida al equipo de TI que repare los permisos de la carpeta (ls -ld &quot;%1&quot; los muestra).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation>El solucionador de problemas no puede crear archivos en la carpeta Temp de Windows %1 sin derechos de administrador, por lo que no puede saber si el agente puede hacerlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation>Vuelva a iniciar el solucionador de problemas como administrador (&quot;Reiniciar como administrador&quot; en el asistente) y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation>Inicie sesión con una cuenta del grupo local Administradores y vuelva a ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation>Se pueden crear archivos en la carpeta Temp de Windows %1, por lo que el agente puede descargar sus archivos ahí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation>Puede crear archivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation>canModifyFolder con los derechos de este proceso; el agente se ejecuta como SYSTEM, y el token completo de un administrador sirve como equivalente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation>Espacio libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>Tamaño del volumen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation>Se pueden crear archivos en la carpeta Temp de Windows %1, pero su unidad solo tiene %2 libres, demasiado poco para las descargas del agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation>Libere al menos %1 en la unidad de %2 (con el Liberador de espacio en disco o moviendo datos a otra unidad).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation>No se pudo leer el espacio libre: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation>Comprimida o cifrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>ni comprimida ni cifrada</translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Con una zona horaria incorrecta, el reloj puede parecer correcto aunque su hora UTC tenga horas de desfase, y entonces el registro falla con &quot;Invalid vault credentials provided&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation>No se pudo leer la zona horaria.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation>La zona horaria es %1 (%2), que no se usa en %3, el país o región configurado en este servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation>Pregunte al cliente dónde se encuentra el servidor. Si la zona es incorrecta, establézcala como administrador con tzutil /s &quot;&lt;zone&gt;&quot; y vuelva a ejecutar las comprobaciones. Cambiar la zona modifica la hora local, no la hora UTC del reloj.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation>Zonas que se usan en %1: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation>La zona horaria es %1 (%2). Confirme con el cliente que el servidor se encuentra en esa zona.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation>La zona horaria es UTC, una opción habitual en servidores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation>La zona horaria es %1 (%2), que se usa en %3, el país o región configurado en este servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation>Diferencia actual con respecto a UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>Hora local</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation>Hora UTC (reloj de este servidor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation>Configuración de país o región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation>La información sobre qué zonas se usan en cada país procede de la tabla de zonas de Unicode CLDR. La comprobación del reloj compara el propio reloj con el de Azure.</translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation>Certificados de la conexión con Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation>El registro inicia sesión en Azure con un certificado a través de TLS. Un dispositivo que abre la conexión y la vuelve a firmar (inspección de TLS), o un certificado en el que este servidor no confía, la interrumpe.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation>No se pudieron leer los certificados de las conexiones con Azure.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation>una entidad de certificación sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation>Raíz de %1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation>El certificado que presenta %1 %2 ha caducado, por lo que se rechaza la conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation>El certificado que presenta %1 no corresponde a ese nombre (es para otro host), por lo que se rechaza la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation>El certificado que presenta %1 %2 está emitido por &apos;%3&apos;, una entidad en la que este servidor no confía, por lo que se rechaza la conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation>&apos;%3&apos; inspecciona la conexión con %1 %2: su cadena de certificados termina en esa entidad, no en una de las raíces que usa Azure.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation>Ninguna conexión HTTPS con Azure llegó hasta TLS, por lo que no hay ningún certificado que examinar (consulte la comprobación de conexión).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation>Las conexiones con Azure llevan los propios certificados de Azure: ningún intermediario las abre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation>Pida al equipo de red que excluya de la inspección de TLS las direcciones de Azure (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) o, si la inspección debe mantenerse, que haga que este servidor confíe en la entidad que inspecciona (en LocalMachine\Root).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation>Raíces en las que terminan las cadenas de los puntos de conexión TLS de Azure (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation>Archivo de credenciales del almacén: versión del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation>Los archivos de credenciales del almacén que se descargan actualmente incluyen un campo que los agentes anteriores a 2.0.9249.0 no pueden leer, por lo que consideran no válido un archivo correcto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation>El agente aún no está instalado; el agente más reciente lee todos los archivos de credenciales del almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>No se pudo determinar si el agente está instalado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation>No se pudo leer la versión del agente instalado, por lo que no se sabe si puede leer este archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>&quot;%1&quot; no es un número de versión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation>El agente instalado %1 es anterior a %2 y no puede leer los archivos de credenciales del almacén actuales: consideraría este archivo no válido (ID: 34513).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation>Descargue el agente más reciente desde %1 y ejecútelo en este servidor: se actualiza sobre la instalación existente y conserva su configuración. Después, registre el servidor con este archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation>El agente instalado %1 lee los archivos de credenciales del almacén actuales (se necesita %2 o posterior).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation>Versión del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation>Mínima: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation>Archivo de credenciales del almacén: certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation>El registro inicia sesión con el certificado que contiene el archivo. El certificado debe incluir su clave privada y usarse antes de que caduque (poco tiempo después de la descarga); de lo contrario, el agente indica que el archivo no es válido o ha caducado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation>Descargue un nuevo archivo de credenciales del almacén en Azure Portal (el almacén &gt; Propiedades &gt; Credenciales de copia de seguridad) y registre el servidor con él de inmediato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation>El archivo contiene solo la parte pública de su certificado, sin la clave privada con la que el registro inicia sesión: se creó a mano (un error conocido de PowerShell) y el agente lo considera caducado o no válido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation>Si procede de un script, escriba en ManagementCert la exportación PFX del certificado (con su clave privada), no su RawData.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation>El certificado del archivo (ManagementCert) no es ni un certificado ni un PFX: el archivo está dañado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation>El certificado del archivo está protegido con contraseña; el agente lo abre con una contraseña vacía, por lo que no puede usarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation>No se pudo abrir el certificado del archivo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation>no contiene ningún certificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation>El certificado del archivo no incluye su clave privada, por lo que el registro no puede iniciar sesión con él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation>Sujeto del certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Válido desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Válido hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>Huella digital (SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation>Clave privada incluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation>No se pudieron comparar las fechas del certificado con la hora actual: no se pudo leer ningún reloj.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation>El certificado del archivo caducó el %1 (según %2), por lo que el agente indica &quot;Vault credentials file provided has expired&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation>Si el archivo es reciente, el reloj de este servidor es incorrecto: corríjalo primero (consulte la comprobación del reloj).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation>El certificado del archivo solo es válido a partir del %1, que todavía está %2 minuto(s) en el futuro según %3: el reloj de este servidor va atrasado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation>Corrija el reloj de este servidor (consulte la comprobación del reloj) y, después, registre el servidor con el mismo archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation>El certificado del archivo caduca el %1, dentro de %2 minuto(s): registre el servidor ahora o descargue un archivo nuevo si puede ser necesario un reintento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation>El certificado del archivo incluye su clave privada y es válido hasta el %1 (quedan %2 hora(s)).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation>Comparado con</translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation>No se pudo leer el archivo de credenciales del almacén.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation>No se eligió ningún archivo de credenciales del almacén: elíjalo en la primera página (o con --vault-credentials) para que se compruebe antes del registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation>El archivo de credenciales del almacén no se pudo leer como tal (consulte &quot;Archivo de credenciales del almacén&quot;), por lo que esto no se aplica.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation>Inquilino (Entra ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation>Autoridad de Entra ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation>Dirección del servicio de copia de seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation>Versión del formato de archivo</translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation>Archivo de credenciales del almacén: nombre y ubicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>El agente solo lee el archivo de credenciales del almacén desde los discos de este servidor y solo con su nombre .VaultCredentials original; de lo contrario, el registro falla con &quot;Invalid vault credentials provided&quot; (ID: 34513) o &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation>Descargue un archivo nuevo en Azure Portal (el almacén &gt; Propiedades &gt; Credenciales de copia de seguridad &gt; Descargar) y elíjalo aquí sin cambiarle el nombre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation>No se puede leer el archivo de credenciales del almacén: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>Compruebe la ruta y que su cuenta tenga permiso para leer el archivo, o vuelva a descargarlo. El agente indicaría &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation>El archivo se llama &quot;%1&quot;, pero el agente solo acepta archivos que terminan en .VaultCredentials (un archivo con el nombre cambiado se rechaza como no válido).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation>Si se cambió el nombre del archivo, devuélvale la terminación .VaultCredentials (a veces un explorador añade .xml o .txt), o bien: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation>El archivo está en una ubicación de red (%1); el agente lo necesita en el disco local de este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation>Copie el archivo a una carpeta de este servidor (por ejemplo, su carpeta Descargas), conserve su nombre y elija la copia.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation>El archivo de credenciales del almacén está en el disco de este servidor y conserva su tipo de nombre original.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Tamaño</translation>
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
        <translation>Se resuelve en</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation>Start-OBRegistration también necesita la ruta absoluta del archivo (se rechazan las rutas relativas).</translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation>Archivo de credenciales del almacén: contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation>El archivo indica al agente en qué almacén, suscripción e inquilino debe registrarse. Un archivo dañado, editado o de otro tipo produce el error &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation>No se pudo leer el archivo en absoluto (consulte &quot;Archivo de credenciales del almacén: nombre y ubicación&quot;), por lo que no se comprobó su contenido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation>Descargue un nuevo archivo de credenciales del almacén en Azure Portal (el almacén de Recovery Services &gt; Propiedades &gt; Credenciales de copia de seguridad &gt; Descargar, desde la región primaria) y elíjalo sin abrirlo ni editarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation>El archivo es un archivo de credenciales de copia de seguridad del almacén &quot;%1&quot; (grupo de recursos %2, región %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation>Las restricciones de inquilino de un proxy deben permitir el inquilino %1 para que el registro pueda iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation>Archivo de credenciales del almacén: el más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>Cada descarga de credenciales del almacén invalida los archivos anteriores de ese almacén, por lo que el registro con una copia anterior falla con &quot;Invalid vault credentials provided&quot; (ID: 34513).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation>No se pudo leer el certificado del archivo, por lo que no se puede determinar qué archivo es más reciente (consulte &quot;Archivo de credenciales del almacén: certificado&quot;).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation>Hay un archivo más reciente para el almacén &quot;%1&quot; en %2 (creado el %3): solo es válida la descarga más reciente, por lo que se rechazará el archivo elegido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation>Elija el archivo más reciente (Examinar…) o descargue uno nuevo y úselo de inmediato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation>Archivo más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation>No hay ningún otro archivo de credenciales del almacén junto al elegido ni en Descargas.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>El archivo elegido es el más reciente de %n archivo de credenciales examinado para este almacén y los archivos cercanos.</numerusform>
            <numerusform>El archivo elegido es el más reciente de los %n archivos de credenciales examinados para este almacén y los archivos cercanos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation>Carpetas examinadas</translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation>Archivo de credenciales del almacén: mismo almacén que el del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation>Un servidor registrado en un almacén rechaza un archivo de otro: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation>Este servidor aún no está registrado en ningún almacén, por lo que se puede usar el archivo de &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation>No se pudo leer el almacén en el que está registrado este servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation>El archivo es de &quot;%1&quot;, el almacén en el que este servidor ya está registrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation>Este servidor está registrado en el almacén &quot;%1&quot;, pero el archivo es de &quot;%2&quot;: el agente lo rechazará (ID: 100110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation>Descargue las credenciales del almacén de &quot;%1&quot; y use ese archivo, o bien traslade el servidor de forma deliberada: elimínelo de &quot;%1&quot; en Azure Portal (Infraestructura de copia de seguridad &gt; Servidores protegidos), desinstale el agente, vuelva a instalarlo y regístrelo con el archivo de &quot;%2&quot; (las copias de seguridad de &quot;%1&quot; no se trasladan).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>Registrado en (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation>Almacén del archivo</translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation>Archivo de credenciales del almacén: restricciones de inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation>Un proxy que aplica restricciones de inquilino solo permite que el inicio de sesión de Entra ID llegue a los inquilinos que autoriza; el inquilino del almacén debe ser uno de ellos o el registro no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation>El análisis de red no se ejecutó, por lo que no se pudieron buscar restricciones de inquilino; el inquilino que debe permitir un proxy con restricciones de inquilino es %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation>Entra ID (%1) respondió %2 con un rechazo por restricciones de inquilino: el proxy debe permitir el inquilino del almacén %3 o el registro no podrá iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation>Pida al equipo de red que agregue el identificador de inquilino %1 a la lista de permitidos de las restricciones de inquilino (el encabezado Restrict-Access-To-Tenants del proxy o la directiva de restricciones de inquilino v2 de Entra). Después, vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation>Las restricciones de inquilino bloquean el inicio de sesión de Entra ID para el inquilino %1 (%2). Permita este identificador de inquilino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation>No se observó ningún rechazo por restricciones de inquilino de Entra ID; si un proxy aplica restricciones de inquilino, debe permitir el inquilino del almacén %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation>Inquilino que se debe permitir (AadTenantId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation>Autoridad de Entra ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation>El reconocimiento de una página de restricciones de inquilino (AADSTS500021, AADSTS500022, AADSTS5000211) es una heurística basada en los primeros 4 KB de cada respuesta de Entra ID.</translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation>MMC, DISM y tiempos de ejecución de Visual C++</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation>La consola del agente es un complemento de MMC; su instalación necesita DISM y, en Windows Server 2008 R2, el tiempo de ejecución de Visual C++ 2008; además, la matriz de compatibilidad incluye como requisito previo el tiempo de ejecución más reciente de Visual C++ 2015-2022 (x64).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation>No se encontró la carpeta del sistema de Windows, por lo que no se pudieron comprobar MMC ni DISM.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation>Restaure los archivos de sistema de Windows: ejecute &quot;sfc /scannow&quot; en un símbolo del sistema como administrador y reinicie, o repare Windows desde su medio de instalación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation>No se pudo interpretar la versión de %1 (&quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation>Microsoft Management Console tiene la versión %1, anterior a MMC 3.0, que es la que necesita la consola del agente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation>Instale Microsoft Management Console 3.0 (incluida en todas las versiones compatibles de Windows) mediante Windows Update.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation>Falta Microsoft Management Console (mmc.exe), y la consola del agente necesita MMC 3.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>No se pudo leer la versión de %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation>Versión de mmc.exe</translation>
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
        <translation>presente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation>Falta DISM.exe en %1, y la instalación del agente lo necesita en esta versión de Windows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation>Falta DISM.exe en %1, y la matriz de compatibilidad del agente lo incluye como requisito previo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation>No se pudo comprobar %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation>Tiempo de ejecución de Visual C++ 2008 (x64)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation>No se encontró la carpeta de Windows, por lo que no se pudo comprobar el tiempo de ejecución de Visual C++ 2008: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation>La comprobación se canceló mientras se leía %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation>Instale &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (tiempo de ejecución 9.0.21022.8) desde el Centro de descargas de Microsoft y vuelva a ejecutar la instalación del agente. Un tiempo de ejecución de Visual C++ más reciente no soluciona esto (KB2934202: %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation>Falta Microsoft Visual C++ 2008 Redistributable (x64), por lo que la instalación del agente falla con &quot;Unable to execute the embedded application&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation>No se pudo enumerar %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation>MMC 3.0, DISM, el tiempo de ejecución de Visual C++ 2008 (x64) y el de Visual C++ 2015-2022 (x64) que necesita el agente están todos instalados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation>MMC 3.0, DISM y el tiempo de ejecución de Visual C++ 2015-2022 (x64), que necesita el agente, están instalados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation>No se pudieron comprobar todos los requisitos previos menores del agente (MMC, DISM, tiempos de ejecución de Visual C++).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation>Elementos comprobados: %1 (la versión de archivo 6.x o posterior corresponde a MMC 3.0), %2, en Windows 7 / Server 2008 R2 una carpeta %3\WinSxS cuyo nombre empiece por %4 (el tiempo de ejecución de VC++ 2008 x64, KB2934202) y los valores Installed y Version de HKLM\%5 en las vistas de 64 bits y de 32 bits del Registro (el tiempo de ejecución de VC++ 2015-2022 x64 que incluye la matriz de compatibilidad de 11/2025).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation>Vista %1 del Registro: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation>Tiempo de ejecución de Visual C++ 2015-2022 (x64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation>No se pudo comprobar el tiempo de ejecución de Visual C++ 2015-2022 (x64): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation>instalado (versión no registrada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation>Instale la versión compatible más reciente de Microsoft Visual C++ Redistributable (x64) desde %1 y vuelva a ejecutar la instalación del agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation>El paquete más reciente solo se instala en Windows 10 y 11 y en Windows Server 2016 y versiones posteriores; en esta versión de Windows, instale la versión de Visual Studio 2022 de Visual C++ Redistributable (x64), que ofrece my.visualstudio.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation>Microsoft Visual C++ 2015-2022 Redistributable (x64) no está instalado, y la matriz de compatibilidad lo incluye como requisito previo del agente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation>Solo está instalado Visual C++ 2015 Redistributable (x64) %1, cuyo soporte finalizó en octubre de 2025; la matriz de compatibilidad pide la versión compatible más reciente.</translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation>Servicio Hora de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>El servicio Hora de Windows mantiene el reloj sincronizado con un origen de hora; sin él, el reloj se desvía hasta que el registro falla con &quot;Invalid vault credentials provided&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation>No se pudo leer el estado del servicio Hora de Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation>la jerarquía de dominios (un controlador de dominio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation>servidores NTP (no se indica ninguno)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation>los servidores NTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation>la jerarquía de dominios o los servidores NTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation>su origen predeterminado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation>El servicio Hora de Windows (W32Time) no está instalado, por lo que nada mantiene en hora el reloj de este servidor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation>Como administrador, ejecute w32tm /register y net start w32time.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation>El servicio Hora de Windows está deshabilitado, por lo que nada mantiene en hora el reloj de este servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation>Pregunte al administrador del cliente por qué se deshabilitó; para habilitarlo, ejecute como administrador sc config w32time start= auto y net start w32time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation>El servicio Hora de Windows está detenido aunque está configurado para iniciarse automáticamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation>Inícielo (con la corrección del asistente o con net start w32time como administrador).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation>El servicio Hora de Windows está configurado para no sincronizarse con ningún origen (Type = NoSync).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation>En un miembro de dominio, ejecute como administrador w32tm /config /syncfromflags:domhier /update; en caso contrario, w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation>El servicio Hora de Windows está en ejecución y obtiene la hora de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation>El servicio Hora de Windows está %1; Windows lo inicia cuando es necesario y obtiene la hora de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation>Después, ejecute como administrador w32tm /resync y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation>Estado del servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>Tipo de inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation>Se sincroniza con (Parameters\Type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation>sin configurar (predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation>Servidores NTP (Parameters\NtpServer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation>Aquí no se comprueba si la última sincronización funcionó (lo muestra w32tm /query /status); la comprobación del reloj compara el reloj con el de Azure.</translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation>Windows Installer listo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation>El agente se instala y se actualiza mediante Windows Installer: si su servicio está deshabilitado, hay otra instalación en curso o ha desaparecido el paquete de instalación en caché del agente, la instalación falla (errores 1618 y 1612) antes de cambiar nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation>Servicio Windows Installer</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation>Falta el servicio Windows Installer (%1), por lo que no se puede ejecutar la instalación del agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation>El propio Windows está dañado: ejecute &quot;sfc /scannow&quot; como administrador, reinicie el servidor y vuelva a ejecutar este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation>No se pudo leer el estado del servicio Windows Installer (%1): %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation>El servicio Windows Installer (%1) está deshabilitado, por lo que la instalación del agente no puede instalar ni actualizar nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation>Como administrador, ejecute: sc config %1 start= demand (su tipo de inicio habitual, &quot;Manual&quot;) y vuelva a ejecutar la instalación del agente. Si lo deshabilitó una directiva, consulte primero a los administradores del servidor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation>Otra instalación en curso</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation>sí (existe HKLM\%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation>Hay otra instalación en curso en este servidor, o se interrumpió una, por lo que la instalación del agente se detendría con el error 1618.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation>Deje que termine la otra instalación (Windows Update, implementación de software) o, si no hay ninguna en curso, reinicie el servidor; después, vuelva a ejecutar este solucionador de problemas antes de instalar el agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation>No se pudo determinar si hay otra instalación en curso: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation>No se pudo determinar si el agente está instalado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation>Paquete de instalación en caché del agente</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation>no es necesario (agente no instalado)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation>No se pudo leer la lista de productos que conoce Windows Installer: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>La comprobación se canceló.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation>no hay ninguno registrado (producto %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation>Windows Installer no tiene registrado ningún paquete de instalación en caché para el agente, por lo que una actualización puede fallar con el error 1612.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation>Si falla la actualización del agente, siga el artículo KB4020490 (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation>No se pudo determinar dónde está el paquete de instalación en caché del agente: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation>Falta el paquete de instalación en caché del agente %1, por lo que la actualización del agente fallaría con el error 1612.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>Siga el artículo KB4020490 (%1) antes de actualizar: inicie el instalador del agente desde %2 y deje abierto su asistente; en C:\Windows\Temp\OBInstaller0Curr.errlog, busque la entrada &quot;Directory Path for SetupLaunchScreen&quot; más reciente y copie OBSAGENT.msi desde la subcarpeta Installers de esa carpeta a C:\Windows\Installer como %3; cierre el asistente y vuelva a ejecutar el instalador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation>%1 (no se puede leer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation>No se pudo determinar si existe el paquete de instalación en caché del agente %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation>%1 (presente)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation>no comprobado (no hay ningún producto de Windows Installer llamado &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation>Windows Installer no incluye ningún producto llamado &quot;%1&quot;, por lo que no se comprobó el paquete de instalación en caché del agente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation>Windows Installer está listo: su servicio no está deshabilitado, no hay otra instalación en curso y el paquete de instalación en caché del agente está en su sitio (o no es necesario).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation>Windows Installer está listo: su servicio no está deshabilitado y no hay otra instalación en curso. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation>No se pudo comprobar Windows Installer por completo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation>Datos leídos: el tipo de inicio del servicio %1; si existe HKLM\%2 (existe mientras se ejecuta una instalación o después de que se interrumpa una; en ese caso, una segunda instalación falla con el error 1618); para un agente instalado, el valor LocalPackage del producto llamado &quot;%3&quot; en HKLM\%4\&lt;product&gt;\InstallProperties y si ese archivo existe (KB4020490: si falta el OBSAGENT.msi en caché, la actualización falla con el error 1612).</translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation>No se pudo leer la versión de Windows, por lo que no se pudo ejecutar esta comprobación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation>Este equipo no ejecuta Windows y el agente solo se ejecuta en Windows, por lo que esta comprobación no se aplica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation>Instale el agente en una carpeta propia (modificador /p: del instalador).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation>%1 es la raíz de una unidad, que Windows mantiene oculta y de sistema a propósito.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation>%1 es una de las carpetas propias de Windows; esta corrección nunca la modifica.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation>%1 es una carpeta de perfil de usuario (o la carpeta que contiene los perfiles); esta corrección nunca la modifica.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation>&quot;%1&quot; no es una carpeta de una unidad local: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation>%1 no está en una unidad local fija (está en una unidad de tipo %2); la caché del agente debe estar en una unidad fija.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation>%1 no puede ser la carpeta de caché del agente: %2</translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation>Ejecutar en la consola, mostrar los resultados y salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation>Qué comprobaciones se ejecutan con --cli: install, register o all (predeterminado).</translation>
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
        <translation>file</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Simulate the machine described in &lt;file&gt; (training and demo mode). Everything shown is labelled SIMULATED.</source>
        <translation>Simular el equipo descrito en &lt;file&gt; (modo de formación y demostración). Todo lo que se muestra se marca como SIMULADO.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <location line="+23"/>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The agent&apos;s install folder to check.</source>
        <translation>La carpeta de instalación del agente que se debe comprobar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation>El archivo .VaultCredentials con el que se registra el servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation>El error que vio el cliente: un ID como 34513, un código como 0x1FC07 o el texto del mensaje. Primero se ejecutan las comprobaciones que pueden explicarlo, y el resumen indica cuál de ellas lo explica.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation>La nube de Azure: public (predeterminado), usgov o china.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation>Lo que quiere hacer el técnico: install (predeterminado), register o reregister.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation>El idioma de los textos y de los informes legibles: en, de, fr, es, ja o zh_CN (predeterminado: el del sistema; el asistente se inicia en el último idioma elegido en su menú).</translation>
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
        <translation>--temp-dir no se puede combinar con --scenario: el archivo de escenario describe la carpeta Temp del equipo simulado. Omita una de las dos opciones.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation>--install-dir necesita un nombre de carpeta: omita la opción para usar la que indica la entrada del agente en el Registro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation>Averigua por qué el agente de copia de seguridad de Microsoft Azure Recovery Services (MARS) no se instala o no se registra en este equipo, y corrige lo que se puede corregir de forma segura.

Sin opciones, abre el asistente. Con --cli, ejecuta las comprobaciones en la consola e imprime una tabla.
Códigos de salida: 0 todo correcto, 1 advertencias, 2 errores (o no se pudo ejecutar una comprobación), 3 error de uso (también una opción de ruta que no indica nada utilizable: todas las rutas se comprueban antes de la ejecución), 4 error interno. Si un informe --json no se puede escribir después de la ejecución, se notifica en stderr y se conserva el código de la ejecución.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation>Con --cli: escribir el informe como JSON (todos los valores, para el soporte de segundo nivel) en &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation>Con --cli: escribir el informe como un único archivo HTML que se abre en cualquier explorador y se puede imprimir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation>Con --cli: escribir un resumen para la incidencia en Markdown en &lt;file&gt;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation>Con --cli: escribir un informe en &lt;file&gt;, en el formato que indica la terminación de su nombre: .html (un único archivo que se abre en cualquier explorador y se puede imprimir), .md (un resumen para la incidencia en Markdown), .txt (la tabla); en cualquier otro caso, JSON. Se puede indicar más de una vez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation>Con --cli: después de la ejecución, escribir un paquete de soporte en &lt;file&gt; (un zip): el informe en HTML, JSON y Markdown, el registro y el registro de correcciones de esta herramienta, y el final de los registros propios del agente, sin secretos; el archivo manifest.txt incluido enumera todos los archivos y lo que falta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation>La carpeta en la que trabajan la comprobación de la carpeta Temp y su limpieza (predeterminada: %SystemRoot%\Temp en Windows, la carpeta temporal del sistema en Linux). Nunca una raíz de unidad ni una carpeta del sistema; no se admite con --scenario, cuyo archivo describe la carpeta Temp.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation>Dónde se escriben los registros (logs/mars-troubleshooter.log, el desarrollo de la sesión; logs/mars-audit.log, lo que cambiaron las correcciones) y el registro de correcciones (fix-journal.jsonl). Las correcciones solo se ejecutan si el registro de correcciones se puede escribir ahí (predeterminado: %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation>Escribir también el registro en la consola (stderr).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation>Laboratorio: sondear los puntos de conexión indicados en &lt;file&gt; (JSON, docs/endpoints.md) en lugar de la lista de la nube.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation>Laboratorio: confiar también en los certificados de CA de &lt;file&gt; (PEM) para las conexiones de esta ejecución; no se instala nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation>Laboratorio: sondear también a través de este proxy, http://host:port (se omiten las credenciales incluidas en la dirección).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation>Iniciar el asistente en modo presentador, para el uso compartido de pantalla: texto más grande y, en pantalla, se ocultan los nombres de usuario, los nombres de equipo, las direcciones de correo electrónico y los identificadores del cliente (los informes los conservan).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation>--phase debe ser install, register o all, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud debe ser public, usgov o china, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation>--goal debe ser install, register o reregister, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation>--language debe ser un código de idioma como de o en, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation>--error tiene más de %1 caracteres: indique el ID del error o la primera línea de su mensaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation>Este catálogo no indica dónde guarda el agente sus registros.</translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation>Seleccione una comprobación en la lista para ver qué encontró y qué hacer al respecto.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation>Para el equipo de red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation>Copiar para el equipo de red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation>Copia las direcciones con errores, sus rutas y la lista de permitidos para pegarlas en un correo o una incidencia.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation>Detalle técnico (para soporte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation>Esta comprobación se está ejecutando. Su resultado aparecerá aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation>Esta comprobación aún no se ha ejecutado. %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Documentación de Microsoft para esta comprobación&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation>Muestra exactamente qué cambiaría antes de cambiar nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation>Restaura lo que esta corrección cambió el %1. Primero muestra exactamente qué cambiaría.</translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation>No hay ningún equipo al que consultar.</translation>
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
        <translation>%1 s de %2 s</translation>
    </message>
</context>
<context>
    <name>mars::CheckListModel</name>
    <message>
        <location filename="../wizard_pages/CheckListModel.cpp" line="+28"/>
        <source>%1 — running</source>
        <translation>%1 — en ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation>%1 — aún no se ha ejecutado</translation>
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
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation>En espera de ejecución.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation>%1 de %2 completadas…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation>%1 completadas…</translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation>Esta comprobación no se pudo ejecutar, por lo que no se sabe nada de lo que comprueba.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation>La comprobación se detuvo con un error interno: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation>La comprobación se detuvo con un error interno desconocido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation>La comprobación terminó sin resultado (un defecto de la comprobación).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation>La fase completa alcanzó su límite de tiempo de %1 s antes de que terminara esta comprobación.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation>El usuario la canceló antes de que terminara.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation>No terminó dentro de su límite de tiempo de %1 s.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation>Esta comprobación tardó demasiado, por lo que su resultado es desconocido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation>Vuelva a ejecutarla. Si se sigue agotando el tiempo de espera, el equipo es muy lento o una llamada al sistema se ha bloqueado; anótelo para el soporte de segundo nivel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation>Esta comprobación se canceló, por lo que su resultado es desconocido.</translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation>¿Se puede instalar el agente?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation>Estas comprobaciones solo leen datos de este servidor. Seleccione una comprobación para ver qué encontró y qué hacer.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation>¿Se puede registrar este servidor en el almacén?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation>Todas las comprobaciones de esta página con su resultado. Seleccione una para ver qué encontró y qué hacer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation>Oculta las comprobaciones correctas o que no se aplican.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation>Volver a ejecutar la seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation>Volver a ejecutar todas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation>Vuelve a ejecutar la comprobación seleccionada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation>Vuelve a ejecutar todas las comprobaciones de esta página.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation>Cancelar comprobaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation>Detiene las comprobaciones que aún se están ejecutando. Su resultado queda como desconocido.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation>Las comprobaciones se inician al abrir esta página.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation>No hay comprobaciones para este paso. Haga clic en Siguiente para continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>Comprobando… Siguiente estará disponible cuando termine la comprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation>Siguiente estará disponible cuando terminen las %1 comprobaciones — aún se están ejecutando %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation>Esperando a que se inicien las comprobaciones…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation>Finalizado: %1. Seleccione una comprobación marcada como Error o Advertencia para ver qué hacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation>Finalizado: %1. Haga clic en Siguiente para continuar.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation>Las correcciones están desactivadas: esta ejecución no lleva registro de correcciones.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation>Las correcciones están desactivadas: no se puede escribir el registro de correcciones, que anota cada cambio antes de hacerlo (%1). Para usar las correcciones, cierre el solucionador de problemas y vuelva a iniciarlo con --data-dir indicando una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation>La carpeta de datos %1 es un archivo, no una carpeta: indique otra carpeta con --data-dir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation>No se puede crear la carpeta de datos %1 (ahí se guardan el registro y el registro de correcciones): indique con --data-dir una carpeta en la que esta cuenta pueda escribir.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation>No se puede usar el archivo de escenario: %1
Corríjalo (docs/scenario-schema.md) u omita --scenario para comprobar este equipo.</translation>
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
        <translation>tiene un campo desconocido &quot;%1&quot;; los campos conocidos son %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation>tiene &quot;%1&quot;, que debe ser texto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation>tiene &quot;%1&quot;, que debe ser una lista de textos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation>tiene el elemento %2 de &quot;%1&quot;, que debe ser un texto no vacío.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation>debe ser un objeto como {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation>no tiene id; todos los puntos de conexión necesitan uno, como &quot;entra_login&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation>tiene un id que no está en snake_case: use letras minúsculas, dígitos y _, empezando por una letra, con 64 caracteres como máximo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation>repite el id &quot;%1&quot;; cada id solo puede aparecer una vez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation>no tiene url; indique una como &quot;https://host:443/path&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation>tiene la url &quot;%1&quot;, que no es una dirección válida como &quot;https://host:443/path&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation>tiene la url &quot;%1&quot;; solo se pueden sondear direcciones http:// y https://.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation>tiene un nombre de usuario o una contraseña en su url; los archivos de puntos de conexión no deben contener credenciales.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation>tiene el puerto 0 en su url; use un puerto de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation>no tiene role; use uno de estos valores: entra, backup, storage, ncsi, other.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation>tiene el role &quot;%1&quot;, que no se conoce; use uno de estos valores: entra, backup, storage, ncsi, other.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation>debe ser un objeto con fqdns, ipRanges, serviceTags y ports.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation>tiene el intervalo IP &quot;%1&quot;, que no es un intervalo de direcciones como 20.190.128.0/18.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation>%1: el archivo de puntos de conexión no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation>%1: el archivo de puntos de conexión ocupa más de 1 MB; una lista de puntos de conexión son unas pocas líneas de JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation>No se leyó el archivo de puntos de conexión: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>el archivo está vacío; una lista de puntos de conexión es JSON como {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>el archivo no es JSON válido (en el carácter %1: %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>el nivel superior debe ser un objeto JSON como {&quot;endpoints&quot;: [...]}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation>debe ser public, usgov o china.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation>el archivo no tiene ninguna lista &quot;endpoints&quot;; indique una como &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation>la lista de puntos de conexión está vacía; no habría nada que sondear.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation>el archivo enumera %1 puntos de conexión; se sondean como máximo %2.</translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation>Restaurar lo que cambió &quot;%1&quot; el %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation>Esta corrección no se puede deshacer.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation>Este cambio ya se deshizo.</translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation>Cada cambio que realiza la corrección, uno por fila: qué cambia, su estado actual y su estado después de la corrección.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation>Qué cambiará al deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation>Qué cambiará la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation>Después de la corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation>Después de deshacer</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation>No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation>Aplicar corrección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation>Deshacer el cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation>Restablece lo que cambió la corrección, tal como se indica arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation>Realiza los cambios indicados arriba; después, la comprobación se vuelve a ejecutar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation>Cierra esta ventana o detiene una corrección en curso. Por sí solo no cambia nada.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation>Detener la corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation>Calculando exactamente qué cambiaría…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation>Derechos de administrador: no se necesitan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation>Derechos de administrador: se necesitan. Windows le pedirá que lo confirme; nada se eleva sin avisar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation>Derechos de administrador: se necesitan y esta ventana no los tiene. Reinicie primero la herramienta como administrador; nunca se eleva por sí misma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation>Derechos de administrador: se necesitan y esta ventana los tiene.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation>Se puede deshacer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation>Este cambio no se puede deshacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation>No se puede deshacer: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation>Elementos que se cambiarán: %1 (%2 en total).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation>Elementos que se cambiarán: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>La lista muestra %n elemento (el primero).</numerusform>
            <numerusform>La lista muestra los primeros %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>La lista muestra cada cambio en una fila propia: %n fila.</numerusform>
            <numerusform>La lista muestra cada cambio en una fila propia: %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 completados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation>%1 completados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation>La comprobación se vuelve a ejecutar ahora para confirmar el resultado; su fila de la lista se actualiza cuando termina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation>Esta ventana se cierra ahora para que la copia que se ejecuta como administrador tome el control.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>Completado en parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>No hay nada que hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation>Detenido antes de terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation>Deteniendo después del elemento actual…</translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation>Esta ejecución no tiene clave de firma del registro de correcciones.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation>Nada registra hasta dónde llegó: vuelva a ejecutar su comprobación para ver el equipo tal como está ahora.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation>Otra copia del solucionador de problemas está modificando este equipo en este momento. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation>No se puede escribir el archivo de bloqueo %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation>El registro de correcciones %1 ocupa más de %2 MB; solo se leyeron sus %2 MB más recientes, por lo que no se ofrece deshacer las correcciones más antiguas (las correcciones nuevas se siguen registrando).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation>Interrumpida: esta corrección se inició el %1 y nunca terminó. Debía hacer lo siguiente: %2</translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation>%1 (predeterminado: %2)</translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation>Un número entre %1 y %2; la vista previa se actualiza según el valor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation>La vista previa se actualiza según lo que escriba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation>La vista previa se actualiza según la opción elegida.</translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation>La corrección aún no se ha detenido. Sigue ejecutándose en segundo plano: cuando termine, su resultado se escribirá en el registro de correcciones y su comprobación se volverá a ejecutar. Puede cerrar esta ventana; no se podrá iniciar ninguna otra corrección hasta que termine.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation>Este cambio se hizo en un equipo %1; no se puede deshacer aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>simulado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation>No se pudo calcular qué cambiaría esta corrección.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation>Esta corrección no se puede aplicar aquí.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation>Todavía se está realizando otro cambio en este equipo. Espere a que termine y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation>Esta ejecución no lleva registro de correcciones.</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation>No se cambió nada: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation>No se cambió nada: no se puede escribir el registro de correcciones, que anota cada cambio antes de hacerlo (%1). Inicie el solucionador de problemas con --data-dir indicando una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation>La corrección se detuvo con un error interno: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation>No se pudo añadir su resultado al registro de correcciones (%1): el registro de correcciones solo la muestra como iniciada.</translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation>Correcciones que ofrece el asistente (cada cambio se muestra en una vista previa antes de hacerlo):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation>para &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation>Informe del solucionador de problemas del agente de MARS, sesión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation>Informe del solucionador de problemas del agente de MARS</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation>SIMULADO: un archivo de escenario, no un servidor real.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation>Versión de la herramienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation>Datos de laboratorio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation>El error que vio el cliente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation>Para el equipo de red:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>Documentación:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation>Desde la primera ejecución</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation>Correcciones de esta sesión</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>Reinicie el servidor una vez: %n cambio de esta sesión solo surte efecto después de un reinicio.</numerusform>
            <numerusform>Reinicie el servidor una vez: %n cambios de esta sesión solo surten efecto después de un reinicio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation>Comprobaciones correctas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation>Sesión %1. Los datos confidenciales están enmascarados en este informe. El informe JSON de la misma sesión contiene todos los valores para el soporte de segundo nivel.</translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation>deje el campo vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation>omita --install-dir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 es un archivo, no una carpeta: escriba la carpeta de instalación del agente, o %2 para usar la que indica la entrada del agente en el Registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation>%1 no es una ruta completa: escríbala con su unidad, por ejemplo, C:\Program Files\Microsoft Azure Recovery Services Agent, o %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>No existe %1 ni ninguna carpeta superior: compruebe la letra de unidad, o %2 para usar la que indica la entrada del agente en el Registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation>%1 aún no existe: la instalación del agente la crea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>La carpeta de instalación que escribió, %1, no existe: corríjala, o %2 para usar la que indica la entrada del agente en el Registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation>No se pudo leer %1 (%2): las comprobaciones darán más detalles.</translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>El registro de correcciones incluye %n cambio anterior que esta ejecución no deshará:</numerusform>
            <numerusform>El registro de correcciones incluye %n cambios anteriores que esta ejecución no deshará:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation>Un cambio de una corrección desconocida</translation>
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
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>%n corrección no terminó la última vez que se ejecutó el solucionador de problemas en este equipo (se cerró a la fuerza o el servidor se detuvo). Compruebe esto antes que nada:</numerusform>
            <numerusform>%n correcciones no terminaron la última vez que se ejecutó el solucionador de problemas en este equipo (se cerró a la fuerza o el servidor se detuvo). Compruebe esto antes que nada:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation>• %1 (iniciada el %2): %3</translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation>No se puede abrir la carpeta de la clave del registro de correcciones %1: %2.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation>No se puede leer la clave de firma del registro de correcciones %1: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation>La clave del registro de correcciones %1 no es un archivo de %2 bytes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation>No se puede crear la carpeta de la clave del registro de correcciones %1: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation>No se puede crear la clave de firma del registro de correcciones %1: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation>No se puede examinar %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation>%1 no pertenece solo al administrador (propietario %2, modo %3), por lo que no se usa.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation>No se puede examinar %1: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation>%1 es un vínculo o no es lo que esta herramienta crea ahí, por lo que no se usa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation>%1 no pertenece a los administradores, por lo que no se usa.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation>No se puede abrir la carpeta de la clave de firma del registro de correcciones %1: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation>No se puede leer la clave de firma del registro de correcciones %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation>No se pueden preparar los permisos para %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation>No se puede crear la carpeta de la clave de firma del registro de correcciones %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation>%1 es un vínculo o no es una carpeta, por lo que no se crea allí ninguna clave de firma del registro de correcciones.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation>No se pueden establecer los permisos de la carpeta de la clave de firma del registro de correcciones %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation>No se puede crear la clave de firma del registro de correcciones %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation>No se puede escribir la clave de firma del registro de correcciones %1: %2</translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation>Este cambio se hizo en un equipo simulado en otra sesión; un equipo simulado solo existe mientras dura su sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation>Esta línea del registro de correcciones se modificó después de escribirse (su firma no coincide), por lo que no se deshace.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation>Este cambio se registró para el equipo &quot;%1&quot;, no para este (&quot;%2&quot;), por lo que no se deshace aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation>Este cambio lo hizo la cuenta &quot;%1&quot;, no &quot;%2&quot;; solo esa cuenta puede deshacerlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation>Esta línea del registro de correcciones no está firmada con la clave del registro de correcciones de este equipo, y una ejecución como administrador solo deshace líneas firmadas (cualquiera puede añadir una línea al archivo del registro de correcciones).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation>No se puede comprobar la firma de esta línea del registro de correcciones: %1</translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation>¿Desea guardar el informe antes de cerrar?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation>Esta sesión modificó el servidor, y el informe de lo que cambió aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation>Esta sesión encontró problemas, y su informe aún no se ha guardado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation>El soporte de segundo nivel necesita el informe para continuar desde aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation>No se pudo guardar el informe en %1. La ventana sigue abierta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation>No se pudo guardar el informe.</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation>%1 ocupa más de %2 (tiene %3), más de lo que nunca necesita un archivo de este tipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation>%1 ocupa más de %2, más de lo que nunca necesita un archivo de este tipo.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation>%1 es una ruta de red o de dispositivo; copie el archivo a una carpeta local e indique la copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation>No se indicó ningún archivo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation>No hay ningún archivo en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation>%1 es un dispositivo, una canalización o un socket, no un archivo normal; solo se leen archivos normales.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation>%1 se reemplazó mientras se abría; no se leyó.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation>No se pudo leer %1 en %2 segundos.</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation>%1 está en una unidad de red; copie el archivo a una carpeta local e indique la copia.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation>No existe la unidad %1 en este equipo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation>%1 es un vínculo o un dispositivo, no un archivo normal; indique el propio archivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation>%1 es un dispositivo o una canalización, no un archivo normal.</translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation>Registro de esta sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation>El registro solo se guarda en memoria (sin archivo de registro).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation>(Aún no hay líneas de registro.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation>No se pudo probar %1 %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>Resolución de nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation>Conexión TCP</translation>
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
        <translation>%1 para %2 %3 falló tras %4 s: %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation>%1 | ruta %2 | capa %3 | %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>respondió</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation>un servidor sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation>%1 respondió %2 con %3 %4 (desde %5): algo en el camino, o el propio servicio, está fallando.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation>%1 se bloqueó %2: %3 %4 desde %5 (la página de bloqueo de un proxy).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation>%1 respondió %2 (HTTP %3).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation>%1 ocupa más de 1 MB: no es un archivo de certificados de CA</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation>%1 del archivo de credenciales del almacén, que no es una dirección HTTPS de la lista de permitidos de esta nube</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation>indicado por el archivo de credenciales del almacén</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation>la lista del laboratorio %1 (--endpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation>la lista integrada para la nube %1 (%2, fuentes revisadas el %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation>%1 (%2) es un script de configuración, que esta herramienta no evalúa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation>directamente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation>mediante %1 %2</translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation>%1 necesita un nombre de archivo.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation>%1: %2 es una ruta de red o de dispositivo: copie el archivo a una carpeta de este equipo e indique la copia.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation>%1: el archivo %2 no existe: compruebe el nombre y la carpeta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation>%1: %2 es una carpeta, no un archivo: indique el archivo que contiene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation>%1: %2 es un dispositivo, una canalización o un socket, no un archivo normal: indique un archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation>%1: el archivo %2 no se puede leer con los derechos de esta cuenta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation>%1: %2 es una carpeta, no un archivo: indique un archivo dentro de ella, por ejemplo, %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation>%1: la carpeta %2 no existe: créela primero o elija otra carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation>%1: %2 es un archivo, no una carpeta: elija un archivo dentro de una carpeta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation>%1: no se puede escribir en %2 (%3): elija una carpeta en la que esta cuenta pueda escribir.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation>%1 necesita un nombre de carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation>%1: %2 es un archivo, no una carpeta: indique una carpeta (se crea si no existe).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation>%1 necesita un nombre de carpeta: omita la opción para usar la carpeta Temp predeterminada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation>%1: la carpeta %2 no existe: compruebe el nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation>%1: %2 es un archivo, no una carpeta: indique la carpeta Temp que se debe comprobar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation>%1: %2 es una raíz de unidad o una carpeta del sistema, y la limpieza de la carpeta Temp elimina archivos de la carpeta que comprueba: indique la propia carpeta Temp (por ejemplo, %3).</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation>Opcional: pruebe aquí la frase de contraseña; nunca se guarda ni se envía</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation>Esta frase de contraseña cumple las reglas del agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation>El agente rechazará esta frase de contraseña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation>El agente la acepta, pero:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation>Guárdela fuera de este servidor (por ejemplo, en Azure Key Vault): sin ella no se puede restaurar ninguna copia de seguridad, y para volver a registrar este servidor se necesita la misma frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation>el archivo pide %1 rondas de derivación de clave (más de %2)</translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation>No se pudo determinar el volumen que contiene %1: %2.</translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation>se ejecuta como root (uid 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation>No se pueden leer los grupos de este proceso</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation>miembro del grupo %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation>no es root ni pertenece al grupo sudo, wheel o admin</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation>No se puede resolver %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation>No se puede abrir la carpeta Temp %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation>%1 no es un archivo ni una carpeta; no se modifica.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation>%1 se reemplazó mientras se modificaba; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation>Linux no tiene Registro de Windows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation>Los servicios de Windows no existen en Linux.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation>Linux no tiene Programador de tareas de Windows (sus trabajos programados son entradas de cron y temporizadores de systemd).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation>Linux no tiene Programador de tareas de Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation>Linux no tiene historial de Windows Update (sus paquetes se actualizan con apt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation>WinHTTP solo existe en Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation>Linux no tiene el almacén de certificados LocalMachine (sus raíces de confianza son archivos como los de /etc/ssl/certs).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation>Linux no tiene el almacén de certificados Personal de Windows.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation>En Linux solo existe el atributo de solo lectura (como permiso de escritura).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 es un vínculo simbólico; no se sigue.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation>En Linux, el solucionador de problemas nunca solicita permisos de root por sí mismo. Ciérrelo y vuelva a iniciarlo como root, por ejemplo: sudo %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation>Linux no tiene el servicio Hora de Windows (w32tm); su reloj lo mantiene su propio servicio de hora (systemd-timesyncd, chrony o ntpd).</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>No se puede abrir el archivo %1 para leerlo</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation>No se puede leer el archivo %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 es una carpeta, no un archivo de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation>Linux no tiene la Desduplicación de datos de Windows; la caché del agente solo existe en Windows.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation>No se indicó ninguna ruta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation>Linux no tiene carpetas conocidas de Windows (como %1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation>Linux no tiene recursos de versión de Windows en los archivos de programa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation>Linux no tiene servicios de Windows que detener.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation>Linux no tiene un Registro de Windows en el que escribir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation>Linux no tiene un Registro de Windows del que eliminar.</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation>No se pudo leer el nombre de host (gethostname): %1</translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation>el proxy WinINet de la cuenta SYSTEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation>el script de configuración de la cuenta SYSTEM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation>el proxy WinINet del perfil .DEFAULT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation>el script de configuración del perfil .DEFAULT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation>el proxy WinINet del usuario que ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation>el script de configuración del usuario que ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation>el proxy WinINet de todo el equipo (directiva)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation>el script de configuración de todo el equipo (directiva)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation>sin proxy (directo)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation>WinHTTP (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation>el proxy WinHTTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation>ninguna configuración lo usa; se prueba para comparar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation>--proxy debe ser una sola dirección de proxy como http://proxy.contoso.com:8080.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation>No se puede usar --proxy %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation>--proxy debe ser una dirección de proxy http:// (HTTPS pasa a través de él con CONNECT).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation>el proxy indicado con --proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation>línea de comandos (--proxy %1)</translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation>&quot;=&quot; sin un esquema delante</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation>una ruta después de la dirección del proxy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation>una dirección IPv6 sin el &quot;]&quot; de cierre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation>texto después de la dirección IPv6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation>una dirección IPv6 debe escribirse entre corchetes, [dirección]:puerto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation>falta el nombre del servidor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation>caracteres que un nombre de servidor no puede contener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>el puerto &quot;%1&quot; no es un número entre 1 y 65535</translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation>No se pudo leer %1\%2.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation>Cuenta SYSTEM (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation>Perfil .DEFAULT (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation>Usuario con la sesión iniciada (WinINet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation>Directiva para todo el equipo (WinINet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation>el proxy está activado (ProxyEnable = 1), pero no hay ningún servidor proxy configurado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation>conexión directa</translation>
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
        <translation>script de configuración %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation>configuración de proxy no utilizable &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation>%1 bytes, demasiado corto para contener el byte de marcas (formato no documentado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation>proxy manual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation>script de configuración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation>detectar la configuración automáticamente (WPAD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation>marcas 0x%1: %2 (%3 bytes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation>no se pudo leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation>configuración de proxy no utilizable (sin servidor proxy)</translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Las comprobaciones se ejecutaron y la tabla anterior está completa; solo falta este informe. El código de salida, %2, es el de la propia ejecución.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
Las comprobaciones se ejecutaron y la tabla anterior está completa; solo falta el paquete de soporte. El código de salida, %2, es el de la propia ejecución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation>Paquete de soporte guardado en %1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation>  No incluido: %1</translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation>Informe HTML, se abre en cualquier explorador (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation>Informe JSON, para el soporte de segundo nivel (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation>Resumen para la incidencia, Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>Texto sin formato (*.txt)</translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation>Desde la primera ejecución: sin cambios y sin problemas.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>%n resuelta</numerusform>
            <numerusform>%n resueltas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>%n sigue con error</numerusform>
            <numerusform>%n siguen con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nueva</numerusform>
            <numerusform>%n nuevas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation>Desde la primera ejecución: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation>no se pudo ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation>%1 (antes: %2, ahora: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation>Resueltas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation>Siguen con error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation>Nuevas desde la primera ejecución</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation>No se ejecutó ninguna comprobación, por lo que la herramienta no puede determinar si este servidor está preparado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation>Este servidor ha superado todas las comprobaciones: puede continuar con el agente.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>Probablemente el servidor puede continuar, con %n advertencia; revise primero &quot;%1&quot;.</numerusform>
            <numerusform>Probablemente el servidor puede continuar, con %n advertencias; revise primero &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>El servidor no está preparado: hay %n problema que resolver; corrija primero &quot;%1&quot;.</numerusform>
            <numerusform>El servidor no está preparado: hay %n problemas que resolver; corrija primero &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>La herramienta no pudo terminar: %n comprobación sin respuesta; empiece por &quot;%1&quot;.</numerusform>
            <numerusform>La herramienta no pudo terminar: %n comprobaciones sin respuesta; empiece por &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation>Una corrección que esta versión ya no incluye</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>Deshecha: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation>Interrumpida: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation>Completada en parte: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation>Detenida antes de terminar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation>Nada que hacer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>No aplicada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>%n no se pudo ejecutar</numerusform>
            <numerusform>%n no se pudieron ejecutar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n con tiempo de espera agotado</numerusform>
            <numerusform>%n con tiempo de espera agotado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelada</numerusform>
            <numerusform>%n canceladas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n no aplicable</numerusform>
            <numerusform>%n no aplicables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
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
        <translation>El error que vio el cliente, p. ej., 34513, 0x1FC07 o el texto del mensaje</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation>Esta herramienta no conoce ese error, por lo que todas las comprobaciones se ejecutan en el orden habitual. Compruebe el identificador o pegue la primera línea del mensaje.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>Primero se ejecuta %n comprobación que puede explicarlo.</numerusform>
            <numerusform>Primero se ejecutan las %n comprobaciones que pueden explicarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation>Se produce al instalar el agente: elija &quot;Instalar el agente&quot; arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation>Se produce durante el registro: elija arriba uno de los objetivos &quot;Registrar&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation>Ninguna comprobación de esta herramienta puede confirmarlo; siga los consejos anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation>&quot;%1&quot;
Qué significa: %2
%3</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation>el valor &quot;%1&quot; de %2\%3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation>%1 (combinado con su base %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation>base debe ser una cadena con el nombre de otro archivo de escenario, como &quot;../healthy-server.json&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation>base forma un ciclo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation>base supera los %1 niveles de profundidad: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation>base indica %1, que no es uno de los escenarios integrados (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation>base indica %1, pero un escenario integrado solo puede basarse en otro escenario integrado (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation>base indica %1, que no existe</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation>base indica %1, que está fuera de la carpeta del archivo de escenario (%2); cópielo allí o use un escenario integrado (:/scenarios/...)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation>base indica %1, que no es un archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation>base indica %1, que ocupa más de 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation>base indica %1, que no se puede leer (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>no se ha indicado schema; este programa lee archivos de escenario con &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation>schema debe ser el número %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation>schema es %1, pero este programa solo lee schema %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation>%1[%2] tiene &quot;remove&quot;, pero el archivo no tiene ninguna base de la que quitarlo</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation>%1 quita %2, pero %3 sigue estando dentro; quítelo también o conserve la carpeta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation>%1 debe ser un objeto ({ ... })</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation>%1.%2 debe indicarse como cadena: en un archivo con base, las entradas se emparejan con las de la base por %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation>%1 indica %2 por segunda vez</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation>%1.remove debe ser true; omítalo para conservar o cambiar la entrada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation>%1 quita %2, por lo que solo admite %3 y remove, no &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation>%1 quita %2, que su base no tiene</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation>debe tener cuatro números entre 0 y 65535 separados por puntos, como &quot;2.0.9262.0&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation>debe ser uno de estos valores: readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation>es directory, pero un archivo no es una carpeta; enumere las carpetas en &quot;folders&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation>es la raíz de una unidad o un recurso compartido, que es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation>repite el archivo %1 (las rutas se comparan sin distinguir mayúsculas de minúsculas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation>está dentro de %1, pero tempFolder.exists es false</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>haría que la carpeta Temp contuviera más de %1 entradas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation>indica &quot;%1&quot;, que ya figura en tempFolder; describa el archivo en un solo lugar (en files, con ageHours, cuando necesite texto)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation>indica %1, que es una carpeta (figura en folders, o es la raíz de un disco, la carpeta Temp o la carpeta principal de otro archivo)</translation>
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
        <translation>el archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation>%1 tiene un campo desconocido, &quot;%2&quot;; los campos conocidos son %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation>debe ser un objeto ({ ... })</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation>debe ser una lista ([ ... ])</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation>no se ha indicado</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation>debe ser una cadena (&quot;...&quot;)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>debe ser un número entero entre %1 y %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número entre %1 y %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation>debe ser una ruta absoluta de Windows sin los caracteres * ? &lt; &gt; | &quot;, como C:\Windows\Temp</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation>necesita exactamente uno de estos campos: &quot;host&quot; (un nombre de host o * para todos los hosts) o &quot;proxy&quot; (host:port)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation>debe tener el formato host:port</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation>debe ser uno de estos valores: dns, tcp, proxy, tls, http</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation>indica un error, pero no failedLayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation>tiene a la vez failedLayer y httpStatus; un intercambio que falló no obtuvo respuesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation>es proxy, y solo una regla &quot;proxy&quot; puede fallar en esa capa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation>debe tener 40 dígitos hexadecimales</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation>%1: el archivo está vacío; un escenario es un objeto JSON como {&quot;schema&quot;: 1, ...}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation>%1: el archivo ocupa más de 16 MB; describa los archivos temporales numerosos con un generador ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) en lugar de enumerarlos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation>%1: el archivo no es JSON válido en %2: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation>%1: el nivel superior debe ser un objeto JSON ({ ... }).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>no se ha indicado; este programa lee archivos de escenario con &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation>es %1, pero este programa solo lee schema %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation>no se ha indicado; cada escenario indica quién ejecuta la herramienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation>no se ha indicado; cada escenario indica qué Windows simula</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation>es false, pero folders incluye %1 o una carpeta dentro de ella</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation>declarado por el archivo de escenario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation>es not_admin, pero account.adminMember es true; un administrador se ejecuta con privilegios elevados o limitados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation>debe ser not_admin cuando account.adminMember es false; solo los administradores tienen un token elevado o limitado</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation>indica identityError junto con los nombres del equipo; indique uno u otro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation>debe tener entre 1 y 15 caracteres sin puntos ni espacios (un nombre NetBIOS)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation>debe tener entre 1 y 63 caracteres sin puntos ni espacios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation>debe ser un sufijo DNS como contoso.com, sin punto al principio ni al final</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation>es obligatorio cuando joinStatus es workgroup o domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation>solo se permite cuando joinStatus es workgroup o domain</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation>debe ser un código de país ISO 3166 de dos letras en mayúsculas, como NL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation>indica a la vez utc y skewSeconds; indique utc para un reloj fijo o skewSeconds para el reloj del host desplazado esa cantidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>debe ser una fecha y hora ISO 8601 con Z o un desplazamiento, como 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation>debe ser uno de estos valores: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation>repite la carpeta %1 (las rutas se comparan sin distinguir mayúsculas de minúsculas)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation>debe indicar una clave, como SOFTWARE\Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation>repite el valor &quot;%1&quot; de %2\%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation>no se ha indicado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation>debe ser una cadena para REG_SZ y REG_EXPAND_SZ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation>debe ser un número entre 0 y 4294967295, o una cadena como &quot;0x1F&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation>debe ser un número entre 0 y 9007199254740992, o una cadena decimal o hexadecimal con &quot;0x&quot; para valores mayores</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation>debe ser una cadena de bytes hexadecimales, como &quot;01 ff 3a&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation>tiene un tipo que este programa no conoce</translation>
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
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation>repite el servicio %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation>indica error junto con otros campos; un Programador de tareas que no se puede consultar no muestra carpetas ni tareas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation>debe ser una ruta del Programador de tareas que empiece por una barra diagonal inversa, como \Microsoft\OnlineBackup</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation>debe ser la ruta completa de una tarea, que empiece por una barra diagonal inversa, como \Microsoft\OnlineBackup\Microsoft-OnlineBackup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation>repite la tarea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation>necesita userId o groupId: toda tarea se ejecuta como un usuario o un grupo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation>necesita lastRunAgeHours</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation>es mayor que totalBytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation>debe ser remote para el recurso compartido %1; una ruta \\server\share siempre es remota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation>repite el disco %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation>debe indicarse cuando direct es false</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation>es true, pero proxyServer está establecido; WinHTTP usa uno u otro</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation>indica a la vez present y absent; enumere lo que contiene el almacén o lo que le falta</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation>indica error junto con otros campos; un almacén que no se puede abrir no muestra certificados</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>debe ser una huella digital SHA-1: 40 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation>repite la huella digital %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>debe ser una fecha y hora ISO 8601 con Z o un desplazamiento, como 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation>termina (notAfter) antes de empezar (notBefore)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation>indica error junto con otros campos; un historial que no se puede leer no tiene entradas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation>necesita lastInstallAgeDays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation>es 0, pero lastInstallAgeDays indica una instalación</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation>tiene la clave &quot;%1&quot;, que no es un identificador de comprobación; los identificadores de comprobación se escriben en snake_case, como install_dir_attributes</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation>%1 no existe en la máquina simulada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation>No se puede leer %1: el dispositivo no está listo (la unidad simulada está sin conexión).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>%1 requiere derechos de administrador, y este proceso (simulado) no se ejecuta con privilegios elevados.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation>%1: el archivo de escenario no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation>%1: no es un archivo; indique la ruta de un archivo de escenario .json.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation>%1: el archivo ocupa más de 16 MB; los archivos de escenario describen los archivos temporales numerosos con generadores y se mantienen pequeños.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation>No se leyó el archivo de escenario: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation>%1 es un vínculo cuyo destino no describe la máquina simulada.</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation>SIMULADO: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation>Se denegó la lectura de %1 (acceso denegado en la máquina simulada).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation>Ningún disco de la máquina simulada contiene %1.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation>%1 está en un recurso compartido de red; si se desduplica o no depende del servidor de archivos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation>La máquina simulada no conoce esta carpeta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation>%1 no tiene recurso de versión.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation> (vista de 32 bits)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation>La clave del Registro %1 no existe.</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation>El valor del Registro &quot;%1&quot; no existe en %2.</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation>Se denegó la lectura del valor del Registro &quot;%1&quot; de %2 (acceso denegado).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation>Se denegó la enumeración de los valores de %1 (acceso denegado).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation>El servicio Hora de Windows (W32Time) no está instalado en la máquina simulada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation>El servicio Hora de Windows no se está ejecutando, por lo que w32tm no puede volver a sincronizar el reloj (0x80070426).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>Ajustar el reloj (w32tm /resync) requiere derechos de administrador, y este proceso (simulado) no se ejecuta con privilegios elevados.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation>Esta máquina simulada no describe el Programador de tareas.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation>La carpeta del Programador de tareas %1 no existe en la máquina simulada.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation>La tarea programada %1 no existe en la máquina simulada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation>Cambiar la tarea programada %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>La tarea programada %1 tiene %n desencadenador, pero el cambio indica %2; no se cambió nada.</numerusform>
            <numerusform>La tarea programada %1 tiene %n desencadenadores, pero el cambio indica %2; no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation>Esta máquina simulada no describe el historial de Windows Update.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation>Esta máquina simulada no describe los nombres del equipo.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>&quot;%1&quot; no es una huella digital SHA-1 (40 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation>Detener el servicio %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation>Cambiar el valor del Registro &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation>Un valor del Registro necesita una clave por debajo del subárbol.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation>Eliminar el valor del Registro &quot;%1&quot; en %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>No se puede eliminar la raíz de un subárbol del Registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation>Eliminar la clave del Registro %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation>El servicio %1 no está instalado en la máquina simulada.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation>Cambiar los atributos de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation>Esta cuenta no es de administrador, por lo que no hay ningún token con privilegios elevados al que cambiar. Inicie sesión con una cuenta de administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation>SIMULADO: el escenario se ejecuta ahora con el token completo del administrador. No se inició ningún programa.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation>Iniciar el servicio %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation>El servicio %1 está deshabilitado; establezca primero su tipo de inicio.</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation>no se pudo resolver el nombre %1 (el servidor DNS no respondió)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>el nombre %1 no existe (el servidor DNS no conoce ese nombre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation>la conexión TCP no se completó (nada respondió: a menudo es un firewall que descarta el tráfico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation>se rechazó la conexión TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation>el proxy rechazó la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation>el protocolo de enlace TLS no terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation>falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation>no hubo respuesta a la solicitud (la conexión permaneció abierta, en silencio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation>la conexión se cerró o se restableció antes de recibir ninguna respuesta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 no es una dirección http o https con un nombre de host.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation>no se pudo resolver el nombre %1: la máquina simulada no tiene conexión de red</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation>es false, por lo que la carpeta no puede contener archivos, directorios ni vínculos simbólicos (en un archivo con base, descarte los de la base con &quot;files&quot;: null)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation>tiene a la vez name y pattern; un archivo tiene name y un generador tiene pattern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation>debe contener {n} exactamente una vez, como &quot;tmp{n}.tmp&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>haría que la carpeta Temp contuviera más de %1 entradas</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation>es un patrón de más: una carpeta Temp se describe con un máximo de %1 patrones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation>genera nombres que también podrían generar otros patrones, más de los que se pueden comprobar; describa la carpeta con menos patrones</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation>debe ser un nombre de archivo sin más (sin carpeta ni ninguno de estos caracteres: \ / : * ? &quot; &lt; &gt; |)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation>indica &quot;%1&quot; por segunda vez en la carpeta Temp (los nombres se comparan sin distinguir mayúsculas de minúsculas)</translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>iniciándose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>deteniéndose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation>en un estado de transición</translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation>MÁQUINA SIMULADA (%1). Nada de lo que aparece en estas páginas describe este equipo, y las correcciones solo cambian la simulación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation>Máquina simulada</translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation>se detuvo antes de terminar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation>la conexión TCP a %1, puerto %2, no se completó en %3 s (nada respondió: a menudo es un firewall que descarta el tráfico)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation>se rechazó la conexión TCP a %1, puerto %2 (nada escucha en ese puerto o un firewall la rechaza)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation>error en la conexión TCP a %1, puerto %2: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>el nombre %1 no existe (el servidor DNS no conoce ese nombre)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation>no se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation>no se pudo resolver el nombre %1 en %2 s (el servidor DNS no respondió)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation>el proxy %1 cerró la conexión sin responder a la solicitud de túnel (CONNECT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation>el proxy %1 no respondió a la solicitud de túnel (CONNECT) en %2 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation>el proxy %1 pide credenciales (407 Proxy Authentication Required%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation>; ofrece %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation>el proxy %1 rechazó el túnel: %2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>el certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation>el protocolo de enlace TLS no terminó en %1 s (el otro extremo dejó de responder)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation>la conexión se cerró durante el protocolo de enlace TLS (TLS 1.2 desactivado en uno de los extremos o un dispositivo intermedio que lo bloquea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation>falló el protocolo de enlace TLS: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation>la conexión se cerró o se restableció antes de recibir ninguna respuesta (por parte del servidor o de un dispositivo intermedio)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation>la respuesta no era HTTP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation>no hubo respuesta a la solicitud en %1 s (la conexión permaneció abierta, en silencio)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation>el proxy %1:%2 pide credenciales (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 no es una dirección http o https con un nombre de host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation>Esta compilación no admite TLS (Qt no encontró ningún back-end de TLS), por lo que no se pudo probar HTTPS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation>El proxy %1 no tiene puerto.</translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>Solucionador de problemas del agente de MARS</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation>%1
Ejecute mars-troubleshooter --help para ver las opciones.</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation>Qué se encontró, qué hacer a continuación y cómo entregárselo al soporte técnico.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation>Qué requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation>Los problemas encontrados, del más grave al menos grave, cada uno con lo que hay que hacer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation>Guarda el informe en un archivo: HTML para leerlo, JSON para el soporte de segundo nivel, Markdown o texto. Se quitan los datos confidenciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation>Copiar para la incidencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation>Copia un resumen en texto sin formato para una incidencia. Se quitan los datos confidenciales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation>Paquete de soporte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation>Un archivo zip para el soporte de segundo nivel: el informe, el archivo de registro y el registro de correcciones de esta herramienta, y los registros del propio agente, sin datos confidenciales. Verá la lista antes de que se escriba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation>Mostrar registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation>Muestra el registro de esta sesión, con los datos confidenciales enmascarados.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation>Archivo de registro: ninguno (esta sesión solo registra en memoria).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation>No se ejecutó ninguna comprobación, así que aún no se sabe nada. Haga clic en Atrás para ejecutarlas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation>Algo está bloqueando el agente. Resuelva los elementos con error que aparecen a continuación y vuelva a ejecutar las comprobaciones.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation>Algunas comprobaciones no se pudieron ejecutar, por lo que la información está incompleta. Consulte los detalles a continuación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation>Se cancelaron algunas comprobaciones, por lo que la información está incompleta. Haga clic en Atrás para volver a ejecutarlas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation>Nada bloquea el agente, pero conviene revisar algunos elementos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation>No se encontró nada que impida usar el agente. Puede continuar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation>Correctas: %1 · Advertencias: %2 · Con error: %3 · No se pudieron ejecutar: %4 · No aplicables: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation> · Canceladas: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>Reinicie el servidor una vez antes de registrarlo: %n cambio realizado en esta sesión solo surte efecto después de un reinicio.</numerusform>
            <numerusform>Reinicie el servidor una vez antes de registrarlo: %n cambios realizados en esta sesión solo surten efecto después de un reinicio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>Documentación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation>Ninguna comprobación requiere atención.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation>Correcciones aplicadas en esta sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation>Qué comprobar ahora:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation>Leyendo las entradas del registro de correcciones de esta sesión…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation>No se pudo guardar el informe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>No se guardó el informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation>No se pudo guardar el informe en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Elija otra carpeta (una en la que esta cuenta pueda escribir) y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation>Resumen copiado en el Portapapeles (sin datos confidenciales). Péguelo en la incidencia.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>Paquete de soporte guardado en %1 (%n archivo). Envíelo al soporte de segundo nivel.</numerusform>
            <numerusform>Paquete de soporte guardado en %1 (%n archivos). Envíelo al soporte de segundo nivel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation>%1 no se incluye: todavía no hay ningún archivo en %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation>%1 no se incluye: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation>Los registros del agente no se incluyen: esta sesión no tiene ningún equipo del que leerlos.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation>%1 (%2) no se incluye: ese registro no existe en este equipo (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation>%1 (%2) no se incluye: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation>el informe: ábralo en un explorador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation>el informe con todos los valores, para herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation>un resumen para pegar en una incidencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation>el registro de esta herramienta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation>lo que cambiaron las correcciones de esta herramienta, archivo por archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation>el registro de correcciones de esta herramienta (qué cambió cada corrección y cómo deshacerla)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation>El registro de esta herramienta no se incluye: esta sesión solo registra en memoria.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation>Solucionador de problemas del agente de MARS: paquete de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation>Sesión: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation>Creado (UTC): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation>Equipo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation>SIMULADO: los informes y registros describen un archivo de escenario, no un equipo real.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation>Las contraseñas, claves, certificados y tokens se sustituyen por %1 en todos los archivos. Los nombres y las rutas se mantienen, como en el informe guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>los últimos %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation>creado por esta herramienta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation>No incluido:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation>No se pudo escribir el paquete de soporte en %1: %2</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation>Paquete de soporte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation>Un archivo zip para el soporte de segundo nivel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation>Estos archivos se incluyen en el zip. Las contraseñas, claves, certificados y tokens se sustituyen por [REDACTED]; los nombres y las rutas se mantienen, como en el informe guardado, así que envíe el paquete solo a su equipo de soporte o a Microsoft. No se escribe nada hasta que elija dónde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation>Recopilando los archivos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation>Qué es y de dónde procede</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation>Guardar paquete…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>%n archivo, %1 antes de la compresión, y manifest.txt, que lo enumera.</numerusform>
            <numerusform>%n archivos, %1 antes de la compresión, y manifest.txt, que los enumera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation>creado por esta herramienta para esta sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>los últimos %1 de %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation>No incluido:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation>Archivo zip (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation>Escribiendo el paquete de soporte…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation>No se guardó el paquete de soporte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation>No se pudo guardar el paquete de soporte en %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
Elija otra carpeta (una en la que esta cuenta pueda escribir) y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation>No se pudo guardar el paquete de soporte.</translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation> (vista de 32 bits)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation>&quot;%1&quot; (%2, no es un número)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation>datos de tipo %1, no un número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation>Modo presentador</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation>Para el uso compartido de pantalla: texto más grande y se ocultan en pantalla los nombres de usuario, nombres de equipo, direcciones de correo electrónico e identificadores del cliente. Los informes guardados los conservan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation>Vuelve a la página anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation>Pasa a la página siguiente, cuyas comprobaciones se inician de inmediato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation>Cierra el solucionador de problemas. Si conviene conservar un informe, pregunta antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation>Cierra el solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>Solucionador de problemas del agente de MARS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation>%1 — SIMULADO: %2</translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation>el reloj de Azure (el encabezado Date de la respuesta de %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation>el reloj de este servidor (ninguna dirección de Azure respondió para poder comparar)</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation>El archivo no es texto UTF-8 ni UTF-16: está dañado o no es un archivo de credenciales del almacén.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation>El archivo contiene mucho más XML que un archivo de credenciales del almacén: no es un archivo de ese tipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation>El archivo incluye una declaración de tipo de documento (DTD), que un archivo de credenciales del almacén nunca tiene: se ha modificado o no es un archivo de ese tipo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation>Este es un archivo de credenciales de Azure Site Recovery, no de Backup: descargue las credenciales del almacén desde la configuración de Backup del almacén (Propiedades &gt; Credenciales de copia de seguridad).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>El archivo es XML, pero no es un archivo de credenciales del almacén: empieza por &lt;%1&gt; en lugar de &lt;RSBackupVaultAADCreds&gt;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation>El elemento &lt;RSBackupVaultAADCreds&gt; del archivo no está en el espacio de nombres que lee el agente (%1): se ha editado o creado a mano.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation>El archivo no es XML válido (%1 en la línea %2): está dañado, truncado o no es un archivo de credenciales del almacén.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation>ningún elemento</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation>Al archivo le falta %1, que el registro necesita: está incompleto o se ha editado.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation>El certificado del archivo (ManagementCert) no es base64 válido: el archivo está dañado.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation>El archivo está en una ubicación de red; solo se lee desde el disco local de este servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation>El archivo ocupa %1 KB, mucho más que un archivo de credenciales del almacén (unos pocos KB): no es un archivo de ese tipo o está dañado.</translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation>Almacén: %1 · Grupo de recursos: %2 · Región: %3
Suscripción: %4 · Inquilino: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation>No se pudo comprobar el archivo.</translation>
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
        <translation>AVISO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>FALLO</translation>
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
        <translation>ERROR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>TIEMPO AGOTADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation>CANCELADO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation>NO EJECUTADO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation>NO VÁLIDO</translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation>En ejecución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation>No se pudo ejecutar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>Aún no ejecutado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation>¿Por qué no se instala o no se registra el agente de Azure Backup (MARS)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation>Indique qué intenta hacer y la herramienta comprobará este servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation>Primero, la herramienta ejecuta una serie de comprobaciones que solo leen la configuración de este servidor; no se cambia nada. Si una comprobación encuentra un problema que puede corregir, le muestra exactamente lo que cambiaría, y no se cambia nada hasta que confirme la corrección.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation>El idioma del solucionador de problemas y de sus informes. Si lo cambia, esta página se vuelve a mostrar en ese idioma: lo que haya escrito se conserva (la frase de contraseña debe escribirse de nuevo) y las comprobaciones se vuelven a ejecutar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation>Indique este identificador al soporte técnico: aparece en cada línea del registro, en cada informe y en cada entrada del registro de correcciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation>Derechos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation>¿Qué intenta hacer?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation>Instalar el agente en este servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation>Registrar este servidor en un almacén de Recovery Services (agente ya instalado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation>Registrar este servidor de nuevo (ya estuvo registrado)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation>Primero se ejecutan las comprobaciones de instalación y, después, las de registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation>Se ejecutan las comprobaciones de registro: la conexión con Azure, el archivo de credenciales del almacén, el reloj y el estado del agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation>Las comprobaciones de registro y lo que se necesita para registrar el servidor por segunda vez: la misma frase de contraseña y el nombre con el que el almacén conoce este servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation>Detalles (opcional; déjelo en blanco si aún no lo sabe)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation>Buscar la carpeta de instalación del agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation>Elija la carpeta de instalación del agente en un cuadro de diálogo de selección de carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation>Carpeta de instalación del agente:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation>El archivo .VaultCredentials descargado de Azure Portal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation>Buscar el archivo de credenciales del almacén</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation>Elija el archivo .VaultCredentials en un cuadro de diálogo de selección de archivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation>Archivo de credenciales del almacén:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation>Error que vio el cliente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation>Frase de contraseña de cifrado:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation>Azure (pública)</translation>
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
        <translation>Nube de Azure:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation>Nube de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation>La nube de Azure en la que está el almacén. Determina qué direcciones prueban las comprobaciones de conexión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation>Datos de laboratorio y formación (no para el servidor de un cliente)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation>Una lista JSON de puntos de conexión que sustituye a la de la nube (docs/endpoints.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation>Archivo PEM de certificados de CA de confianza solo para esta ejecución (nunca se instalan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation>http://host:port, se prueba como una ruta más</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation>Archivo de puntos de conexión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation>Raíces de confianza adicionales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation>Proxy adicional:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation>Archivo de puntos de conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation>Raíces de confianza adicionales</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation>Proxy adicional</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation>No se pudieron leer los derechos de esta cuenta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation>Ejecutándose como administrador (con privilegios elevados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation>Administrador, pero sin privilegios elevados: algunas comprobaciones y correcciones requieren que reinicie la herramienta como administrador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation>No es administrador</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation>Elija la carpeta de instalación del agente</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation>Elija el archivo de credenciales del almacén</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation>Credenciales del almacén (*.VaultCredentials)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation>No se puede abrir %1 para ver adónde conduce: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation>No se puede leer la ruta completa de %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation>Solo se pueden cambiar los atributos de solo lectura, oculto, sistema, comprimido y cifrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation>Un atributo no se puede establecer y quitar al mismo tiempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation>NTFS no puede comprimir y cifrar el mismo archivo o carpeta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation>No se pueden leer los atributos de %1</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation>%1 es un vínculo o una unión (un punto de reanálisis). Sus atributos no se modifican y no se sigue el destino al que apunta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation>No se pueden cambiar los atributos de %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation>No se puede abrir %1 para cambiar su compresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation>%1 se reemplazó mientras se cambiaban sus atributos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation>No se puede comprimir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation>No se puede descomprimir %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation>%1 se reemplazó mientras se cambiaban sus atributos; su cifrado no se cambió.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation>%1 se reemplazó justo después de cambiar su cifrado; revise la carpeta antes de continuar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation>No se puede cifrar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation>No se puede descifrar %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation>No se puede abrir la carpeta %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation>No se puede leer la carpeta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation>No se puede leer la ruta completa de la carpeta %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation>No se encuentra la carpeta de Windows</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation>No se puede enumerar el contenido de la carpeta %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation>Se detuvo la enumeración de la carpeta %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation>No se puede crear un archivo de prueba en %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation>No se encuentra %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation>No se encuentra el volumen de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation>No se puede leer el espacio libre del volumen de %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation>Windows no indicó su versión (RtlGetVersion).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation>No se puede leer la zona horaria</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation>No se encuentra la carpeta del sistema de Windows</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation>La herramienta de Hora de Windows %1 no está en este equipo, por lo que no se puede ajustar el reloj a partir de su origen de hora.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation>No se pudo iniciar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation>w32tm /resync no terminó en %1 segundos (¿no responde el origen de hora?); se detuvo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation>w32tm /resync se detuvo antes de terminar (cancelado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation>w32tm /resync terminó de forma anómala.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation>El servicio Hora de Windows no se está ejecutando, por lo que w32tm no puede volver a sincronizar el reloj (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation>Error de w32tm /resync: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation>w32tm /resync falló con %1; su salida se conserva como prueba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation>w32tm /resync terminó con el código de salida %1; su salida se conserva como prueba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation>No se puede leer la configuración de proxy de WinHTTP</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation>El valor del Registro %1 en %2 es demasiado corto para su tipo (%3 bytes).</translation>
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
        <translation>La clave del Registro %1 no existe.</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation>No se puede abrir la clave del Registro %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation>El valor del Registro %1 no existe en %2.</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation>No se puede leer el valor del Registro %1 en %2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation>No se pueden contar las subclaves de la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation>No se pueden contar los valores de la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation>No se pueden enumerar las subclaves de la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation>No se pueden enumerar los valores de la clave del Registro %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation>El texto del valor del Registro %1 contiene un carácter NUL, que una cadena del Registro no puede contener.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation>No se puede abrir la clave del Registro %1 para escritura</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation>No se puede escribir el valor del Registro %1 en %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation>No se puede abrir ni crear la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation>No se puede eliminar el valor del Registro %1 en %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>No se puede eliminar la raíz de un subárbol del Registro.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation>No se puede contar el contenido de la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation>No se puede eliminar la clave del Registro %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation>Windows Update está esperando un reinicio (clave del Registro ...\WindowsUpdate\Auto Update\RebootRequired).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation>Hay componentes o actualizaciones de Windows instalados que esperan un reinicio (clave del Registro ...\Component Based Servicing\RebootPending).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation>No se puede leer el indicador de reinicio HKLM\%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation>Hay archivos a la espera de reemplazarse o eliminarse en el próximo reinicio (valor del Registro PendingFileRenameOperations en ...\Control\Session Manager).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation>No se puede conectar con el administrador de control de servicios</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation>No se puede abrir el servicio %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation>No se puede leer el estado del servicio %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation>No se puede leer la configuración del servicio %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation>No se puede abrir el servicio %1 para iniciarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation>No se puede iniciar el servicio %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation>El servicio %1 se volvió a detener justo después de iniciarse (código de salida %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation>No se puede abrir el servicio %1 para detenerlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation>El servicio %1 no se detuvo porque otros servicios en ejecución dependen de él.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation>No se puede detener el servicio %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation>No se puede leer el token de acceso de este programa</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation>No se puede generar el SID del grupo Administradores</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation>No se puede determinar si este programa se ejecuta con privilegios elevados</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation>No se puede comprobar la pertenencia al grupo Administradores</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation>Grupo Administradores en el token completo vinculado a este token filtrado (UAC)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation>Grupo Administradores marcado como de solo denegación en este token filtrado (UAC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation>Grupo Administradores habilitado en este token con privilegios elevados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation>Grupo Administradores en el token de este proceso (sin token dividido de UAC)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation>No se encuentra el archivo de este programa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation>No se encuentra el archivo de este programa: la ruta es demasiado larga.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation>El solucionador de problemas se está reiniciando con derechos de administrador; esta ventana se cerrará.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation>Windows no inició el solucionador de problemas como administrador porque se rechazó la solicitud de elevación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation>Windows no pudo iniciar el solucionador de problemas como administrador: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation>No se encuentra el archivo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation>%1 es una carpeta, no un archivo de programa.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation>El archivo %1 no tiene información de versión (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation>No se puede leer la versión de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation>El archivo %1 tiene información de versión sin número de versión.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 es una carpeta, no un archivo de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>No se puede abrir el archivo %1 para lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation>No se puede leer el tamaño de %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation>No se puede leer el archivo %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation>%1 es una ruta de red sin nombre de recurso compartido (\\server\share).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation>No existe la unidad %1 en este equipo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation>No existe %1 ni ninguna de sus carpetas superiores</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation>%1 está en una unidad de red; si se desduplica o no depende del servidor de archivos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation>La unidad %1 no responde (no está lista o está sin conexión), por lo que no se puede comprobar su desduplicación.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation>Este sistema (Wine) no tiene administrador de filtros, por lo que no se puede comprobar si la Desduplicación de datos está activada para %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation>La biblioteca del administrador de filtros (fltlib.dll) no está disponible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation>Esta versión de Windows no ofrece la enumeración de volúmenes del administrador de filtros (fltlib.dll), por lo que no se puede comprobar la desduplicación.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation>No se pueden enumerar los filtros asociados a %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation>%1: solo un administrador puede consultar el administrador de filtros (reinicie como administrador).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation>Windows no indica dónde está la carpeta %1: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation>Iniciar COM para Windows Update (CoInitializeEx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation>No se pudo iniciar un subproceso para consultar Windows Update: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation>Windows Update no notificó su historial en %1 segundos (puede que su servicio se esté iniciando o esté bloqueado).</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>&quot;%1&quot; no es una huella digital SHA-1 (40 dígitos hexadecimales).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>No se puede abrir el almacén de certificados raíz de confianza del equipo (LocalMachine\Root)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>No se puede buscar en el almacén de certificados raíz de confianza del equipo (LocalMachine\Root)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation>No se puede abrir el almacén de certificados %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation>No se puede enumerar el almacén de certificados %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation>No se puede leer el nombre del equipo (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation>No se puede leer el dominio o grupo de trabajo (NetGetJoinInformation)</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation>Leer la ruta de la tarea %1 (get_Path)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation>Leer si la tarea %1 está habilitada (get_Enabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation>Leer la definición de la tarea %1 (get_Definition)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation>Leer la configuración de la tarea %1 (get_Settings, get_MultipleInstances)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation>Leer quién ejecuta la tarea %1 (get_Principal: usuario, grupo, tipo de inicio de sesión, nivel de ejecución)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation>Leer los desencadenadores de la tarea %1 (get_Triggers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation>Leer si los desencadenadores de la tarea %1 están habilitados</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation>Iniciar COM para el Programador de tareas (CoInitializeEx)</translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation>el valor del Registro InstallPath del agente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation>la carpeta escrita en la primera página</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation>la carpeta predeterminada del instalador</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation>el valor del Registro Config\ScratchLocation del agente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation>el valor del Registro CloudBackupProvider\ScratchLocation del agente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation>el valor predeterminado del instalador, Scratch dentro de la carpeta de instalación</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation>No existe %1 ni ninguna de sus carpetas superiores.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation>No se pudo leer HKLM\%1\%2: %3</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation>No se indicó ninguna ruta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation>%1 es una ruta de red; solo se acepta una carpeta en una unidad local.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation>%1 no es una ruta completa en una unidad (como C:\Folder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation>%1 es relativa a la carpeta actual de la unidad, no una ruta completa (como C:\Folder).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation>%1 designa una secuencia de un archivo o carpeta (&quot;:&quot;), no una carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation>%1 contiene un carácter que no puede tener un nombre de carpeta.</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation>Este equipo no ejecuta Windows, por lo que no hay registros del agente que recopilar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation>la última instalación del agente (registro de instalación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation>las actualizaciones del agente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation>No se encontró la carpeta Temp del sistema, por lo que faltan los registros de instalación: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation>No se pudo leer dónde está instalado el agente, por lo que faltan sus propios registros: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation>El agente no está instalado, por lo que aún no tiene registros propios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation>el motor de copia de seguridad del agente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation>la conexión del agente con el almacén (la más reciente)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation>No se pudo enumerar la carpeta de registros del agente %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation>No hay ningún GatewayProvider*.errlog en %1.</translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation>Artículo de soporte técnico de Microsoft sobre el error 0x1FBD3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation>Preguntas frecuentes de Microsoft sobre el agente de MARS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation>Matriz de compatibilidad de Microsoft para el agente de MARS</translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation>credenciales del almacén no válidas (ID: 34513)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation>Descargue un nuevo archivo de credenciales del almacén y registre el servidor de inmediato; las comprobaciones de credenciales del almacén, red, TLS, reloj y carpeta Temp de este solucionador de problemas indican la causa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation>un archivo de credenciales del almacén que no pudo leer (ID: 34528)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation>Vuelva a descargar el archivo de credenciales del almacén en una carpeta local y elija ese archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation>un archivo de credenciales del almacén caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation>Descargue un nuevo archivo de credenciales del almacén y registre el servidor de inmediato; si la comprobación del reloj indica que la hora es incorrecta, corríjala primero.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation>un archivo de credenciales de un almacén distinto del del servidor (ID: 100110)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation>Use las credenciales del almacén en el que está registrado este servidor o traslade el servidor de forma deliberada (consulte la comprobación del almacén registrado).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation>un proxy que solicita iniciar sesión ((407) Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation>Proporcione al agente el nombre de usuario y la contraseña del proxy (consola de MARS &gt; Cambiar propiedades &gt; Configuración de proxy) o pida al equipo de red que permita el paso del servidor sin inicio de sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation>sin conexión con Azure Backup (ID: 100050)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation>Revise las comprobaciones de proxy y conexión de este solucionador de problemas: un proxy o firewall bloquea el agente, o un software antivirus interfiere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation>una activación que no se completó (error interno del servicio 0x1FC07)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation>Revise las comprobaciones de la carpeta de caché (espacio, ubicación, un traslado a medias); si son correctas, puede que el almacén haya alcanzado su límite de servidores registrados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation>una frase de contraseña de cifrado que no está configurada correctamente (ID: 34506)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation>Revise las comprobaciones de la carpeta de caché: ambos valores ScratchLocation deben indicar la misma carpeta existente.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation>un servidor al que se ha cambiado el nombre (Resource not provisioned in service stamp, ID: 230006)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation>Vuelva a asignar al servidor el nombre con el que se registró o regístrelo de nuevo con su nuevo nombre (su primera copia de seguridad será entonces completa).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation>un agente demasiado antiguo para Azure Backup (0x1FBD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation>Actualice el agente y, a continuación, vuelva a registrar el servidor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation>una conexión cerrada por el host remoto (10054), normalmente porque no se ofrece TLS 1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation>Revise las comprobaciones de TLS 1.2 de este solucionador de problemas (configuración de SCHANNEL y .NET), aplique sus correcciones y, a continuación, reinicie el servidor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation>un nombre que no se pudo resolver (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation>Revise las comprobaciones de DNS y proxy de este solucionador de problemas: el servidor no puede resolver los nombres de Azure o el proxy que usa ya no existe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation>un intento de conexión fallido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation>Pida al equipo de red que permita TCP 443 hacia la dirección de la línea citada y revise las comprobaciones de conexión de este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation>un error de TLS/SSL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation>Revise las comprobaciones de TLS 1.2, inspección de TLS y certificados raíz de este solucionador de problemas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation>algo que ha caducado (un certificado o unas credenciales)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation>Revise las comprobaciones del reloj y de las credenciales del almacén de este solucionador de problemas.</translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server (compilación %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation>Windows Server, versión del Canal semianual (compilación %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation>Windows %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation>(no consta)</translation>
    </message>
</context>
</TS>
