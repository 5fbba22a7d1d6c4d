<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation>%1 回读的值为 %2，而不是写入的文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation>%1 回读的值为 %2，而不是 %3；已写回原来的文本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation>将代理的模块文件夹添加到 PSModulePath</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation>计算机级 PSModulePath 目前可能包含也可能不包含代理的模块文件夹：请先重新运行检查，再执行其他操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation>代理的安装文件夹未知，因此无法添加其模块文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation>此修复无法扩展计算机级 PSModulePath。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation>此服务器没有计算机级 PSModulePath 值；此修复只能向现有值中添加内容。请在“系统属性 &gt; 高级 &gt; 环境变量”中添加该值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation>%1 不是文本值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation>计算机级 PSModulePath 已包含代理的模块文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation>没有需要添加的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation>需要重启一次：代理的服务和任务在启动时读取 PSModulePath</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation>将 %1 添加到计算机级 PSModulePath 的末尾（%2 保持不变，其中的所有条目均保留）。原值会先记录到修复日志中。服务器重启后生效。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation>只要此后没有人更改过 PSModulePath，撤消操作就会写回原值。撤消同样需要重启后才能生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation>正在更改注册表值 %1</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation>计划与代理的模块文件夹不符；未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>自预览以来，计算机级 PSModulePath 已发生更改；未做任何更改。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation>已将代理的模块文件夹添加到计算机级 PSModulePath；请重启服务器，使代理的服务和任务能够读取到该文件夹。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation>计算机级 PSModulePath 可能已恢复原状，也可能没有：请将其与日志中记录的修复前状态进行比较。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>日志条目未指明要恢复哪个值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation>不会恢复计算机级 PSModulePath。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation>日志条目中记录的原值包含此修复在当前值中未找到的条目；撤消操作只会移除此修复添加的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation>将计算机级 PSModulePath 恢复为修复前的状态。服务器重启后生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation>再次运行此修复会重新添加该文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 在修复后又被更改过（当前为 %2）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation>日志条目中记录的原值包含此修复在当前值中未找到的条目；撤消操作只会移除此修复添加的文件夹。未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation>%1 在修复后又被更改过；未做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation>已将计算机级 PSModulePath 恢复原状；请重启服务器，使代理能够读取到更改。</translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation>管理员帐户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation>安装和注册代理需要使用本地 Administrators 组中的帐户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation>无法确定此帐户是否为管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation>请在“计算机管理 &gt; 本地用户和组 &gt; Administrators”中检查该帐户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation>帐户 %1 是此计算机上的管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation>帐户 %1 不是管理员，因此无法安装或注册备份代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation>Administrators 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>非成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation>判断方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation>令牌中的 BUILTIN\Administrators 成员身份：%1（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation>请使用本地 Administrators 组成员的帐户登录（或请客户的 IT 团队将此帐户加入该组），然后重新启动疑难解答工具。</translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation>无法确定代理的安装位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation>代理尚未安装，因此此处暂时没有可检查的代理内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation>代理已安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation>代理的防病毒排除项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation>防病毒软件扫描代理的引擎和缓存文件夹时可能会锁定其文件，导致注册失败并显示“Invalid vault credentials provided”（ID: 34513）或“unable to connect”（ID: 100050）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation>无法读取 Microsoft Defender 是否正在运行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation>Microsoft Defender 已安装但未运行，因此不会扫描代理的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation>此服务器上未安装 Microsoft Defender。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation>Microsoft Defender 的实时保护已关闭，因此不会在代理使用其文件时进行扫描。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation>无法确定代理的安装文件夹，因此无法检查其排除项。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation>无法读取 Microsoft Defender 的排除项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation>Microsoft Defender 正在进行实时扫描，但未提升权限时无法读取其排除项，因此无法确定它是否会跳过代理的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation>请以管理员身份运行疑难解答工具（“以管理员身份重新启动”）以读取排除项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation>文件夹 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation>Microsoft Defender 已排除代理的引擎（cbengine.exe）、其 bin 文件夹及其缓存文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation>Microsoft Defender 正在进行实时扫描，但未排除%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation>此服务器上 Defender 的排除项由组策略决定（DisableLocalAdminMerge）：请让管理员在组策略中添加这些排除项（等效的 PowerShell 命令为：%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation>请在以管理员身份运行的 PowerShell 中执行：%1（篡改防护或组策略可能会拒绝此操作；如被拒绝，请联系管理员）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation>无法确定缓存文件夹（%1），因此未检查其排除项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation>此服务器上正在运行其他防病毒软件（%1）；此处无法得知它是否排除了代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation>请在 %1 中添加相同的排除项：进程 cbengine.exe、代理的 bin 文件夹及其缓存文件夹。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation>Microsoft 以前的建议还会排除每个 .NET Framework 的 csc.exe（例如 %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe）；此处不检查此项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation>Microsoft Defender (WinDefend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation>实时保护</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation>未知（无法读取）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation>排除的路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation>排除的进程</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation>正在运行的其他防病毒软件</translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation>此服务器上的 Azure 根证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation>Azure 的各个地址使用证书来证明自己的身份，这些证书最终链接到少数几个根证书颁发机构。只有在信任根证书时，Windows 才会接受此类连接。如果服务器缺少这些根证书且不允许下载，就会拒绝连接，导致注册失败。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation>无法读取此服务器的受信任根证书（LocalMachine\Root）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation>无法读取允许或禁止 Windows 下载根证书的策略，并且 %1 和 %2 不在此服务器的受信任根存储中。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation>%1 和 %2 均不在此服务器的受信任根存储中，并且自动根证书更新已被策略关闭，因此当 Azure 的证书需要这些根证书时，Windows 无法获取它们：注册可能会因证书错误而失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation>请让安全团队做出决定，然后执行以下操作之一：按照 Microsoft 的“Azure TLS 证书更改”一文对无法访问 Internet 的服务器的要求，将这两个根证书导入此服务器本地计算机存储中的“受信任的根证书颁发机构”（使用 certlm.msc，或 certutil -addstore Root &lt;file&gt;）：%1 和 %2。或者让 Windows 重新获取根证书：将策略“关闭自动根证书更新”（计算机配置 &gt; 管理模板 &gt; 系统 &gt; Internet 通信管理 &gt; Internet 通信设置）设置为“未配置”，并允许此服务器通过 HTTP 访问 ctldl.windowsupdate.com。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation>%1 和 %2 目前不在此服务器的受信任根存储中，但只要自动根证书更新处于开启状态，就没有问题：Windows 会在连接首次需要某个根证书时获取它（从 ctldl.windowsupdate.com 获取，该地址必须可以访问）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation>Azure 的 TLS 证书所链接到的全部六个根证书都在此服务器的受信任根存储中：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation>此服务器的受信任根存储中包含 Azure 的 TLS 证书所链接到的 %1（不在存储中的有：%2）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation>不在证书存储中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation> （自动根证书更新已关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation> （自动根证书更新已开启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation>策略 DisableRootAutoUpdate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation>已在 LocalMachine\Root 中按 SHA-1 指纹查找：%1。已读取 HKLM\%2 %3（REG_DWORD），该值由策略“关闭自动根证书更新”设置：1 表示 Windows 不下载根证书。当此策略关闭或未设置时，如果证书链首次需要某个缺少的根证书，Windows 会从 Windows 更新（ctldl.windowsupdate.com，HTTP）下载该根证书。</translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation>“Windows Azure Tools”证书</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>每个保管库凭据文件都会带来一个“Windows Azure Tools”证书；“个人”存储中存在大量旧的或已过期的此类证书，是导致“Invalid vault credentials provided”（ID: 34513）的已知原因。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation>无法读取证书存储 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificate(s), %1 of them expired, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>“个人”证书存储中有 %n 个“Windows Azure Tools”证书（其中 %1 个已过期），均为以前的保管库凭据文件留下的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>“个人”证书存储中有 %n 个“Windows Azure Tools”证书，均为以前的保管库凭据文件留下的。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation>如果注册失败并显示“Invalid vault credentials provided”，请打开 certlm.msc（以及 certmgr.msc）中的“个人 &gt; 证书”，删除已过期的和旧的“Windows Azure Tools”证书，然后使用新下载的文件重试。请勿删除已注册的代理可能仍在使用的证书（此工具从不删除这些证书）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation>“个人”证书存储中没有“Windows Azure Tools”证书。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>“个人”证书存储中有 %n 个有效的“Windows Azure Tools”证书，数量不算多。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation>按证书存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation>带私钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation>最晚到期时间（NotAfter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation>CurrentUser\My 是运行此工具的帐户的存储；代理自身的服务以 SYSTEM 身份运行。</translation>
    </message>
</context>
<context>
    <name>ClockSkewCheck</name>
    <message>
        <location filename="../checks/catalog/time/ClockSkewCheck.cpp" line="+17"/>
        <source>%1 seconds</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation>时钟与 Azure 时间的比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation>登录 Microsoft Entra ID 以及保管库凭据的证书都依赖于时间：即使文件没有问题，时钟偏差几分钟也会导致注册失败并显示“Invalid vault credentials provided”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation>无法将时钟与 Azure 的时间进行比较：未能尝试连接 Azure。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation>无法将时钟与 Azure 的时间进行比较，因为没有任何 Azure 地址响应（请参阅连接检查）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation>没有从任何 Azure 地址收到带有 Date 标头的 HTTPS 响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation>请修复连接检查报告的问题，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation>此服务器的时钟比 Azure 时间快 %1（与 %2 比较）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation>此服务器的时钟比 Azure 时间慢 %1（与 %2 比较）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation>该差值接近整小时数：很可能是时区设置错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation>此服务器的时钟与 Azure 的时间一致（比较对象：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation>差值接近整小时数（%1 小时）：很可能是时区错误，而不是时钟错误。请与客户一起检查时区（tzutil /g 显示时区；tzutil /s &quot;&lt;zone&gt;&quot; 设置时区），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation>请校正时钟：使用向导中的“%1”（或以管理员身份运行：w32tm /resync /force）。域成员从域控制器获取时间：如果域控制器的时间有误，请在域控制器上修复。然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation>差值（此服务器减去 Azure）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation>%1 %2 的 Date 标头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation>Azure 时间（UTC）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation>此服务器的时间（UTC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation>Azure 的时间取自 HTTPS 响应的 Date 标头（精度为一秒）；此服务器的时间是在收到该响应时读取的。相差 %1 秒以内为通过，%2 分钟以内为警告，超出则为失败。</translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation>其他备份和同步产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation>Azure File Sync 代理是有文档记载的导致代理引擎崩溃的原因之一；在 DPM 或 Azure Backup Server（MABS）服务器上，代理属于该产品：需要通过该产品进行注册和更新，而不是单独进行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation>无法读取是否安装了 Azure File Sync 代理：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation>无法读取 Azure File Sync 代理的版本：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation>Azure File Sync 代理</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation>已安装，版本 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation>此服务器上安装了 Azure File Sync 代理；Microsoft 的故障排除指南将其列为备份代理引擎（cbengine.exe）崩溃的原因之一。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation>请使两个代理都保持最新。请勿使用此代理备份由 Azure File Sync 分层到云的文件夹：读取已分层的文件会将其从 Azure 召回，并且 File Sync 规划指南（%1）建议改为在 Azure 中备份 Azure 文件共享。如果备份代理的服务停止或 cbengine.exe 崩溃，请告知 Microsoft 支持部门此服务器安装了 Azure File Sync 代理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation>无法读取是否安装了 System Center DPM 或 Azure Backup Server：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation>Microsoft Azure Backup Server (MABS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation>System Center Data Protection Manager (DPM) 或 Azure Backup Server</translation>
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
        <translation>已安装（服务 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation>已安装在 %1 中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation>此服务器运行的是 %1：此处的代理属于该产品，需要通过该产品进行注册和更新，而不是单独进行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation>请在 DPM/MABS 控制台（“管理”&gt;“联机”）中将服务器注册到保管库并更改代理的设置。更新代理之前，请在 DPM/MABS 发行说明中查看其支持的代理版本；请勿单独卸载代理。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation>HKLM\%1 指向 %2，但未安装 %3 服务：这是一台受 DPM 保护的服务器（装有其保护代理），而不是 DPM 服务器，因此此处的代理需要单独处理。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation>此服务器上既未安装 Azure File Sync 代理，也未安装 System Center DPM 或 Azure Backup Server。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation>无法完整检查其他备份和同步产品。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation>已读取：服务 %1（Azure File Sync）和 %2（DPM/MABS），以及值 HKLM\%3 Version 和 HKLM\%4 InstallPath。</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation>Azure 地址的名称查找（DNS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation>服务器必须首先将 Azure 的名称（login.microsoftonline.com 和保管库的 Backup 地址）解析为地址。如果 DNS 服务器无法解析这些名称，注册会在发出任何数据包之前就停止。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation>无法查找 Azure 地址的名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation>地址列表中没有要查找的名称。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation>所有名称均无法查找：此服务器没有可用的网络连接或可用的 DNS 服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation>请检查此服务器的网络连接及其使用的 DNS 服务器（ipconfig /all），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation>此服务器自身的 DNS 无法解析 %1，但代理的服务通过代理服务器连接，由代理服务器自行查找名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation>请让网络团队配置此服务器的 DNS 服务器（ipconfig /all 会显示这些服务器），使其能够解析 %1（例如通过转发器转发到 Internet），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation>代理不需要 %1，但 Windows 的连接测试需要：如果无法解析该名称，Windows 可能会显示“无 Internet 访问”（No internet access）。请让网络团队允许此服务器解析该名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation>此服务器的 DNS 能够解析注册所需的每个名称：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation>每个名称都是使用此服务器自身的 DNS 服务器（直接路由）查找的；如果通过代理服务器连接，则由代理服务器自行查找名称。终结点：%1。</translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation>%1（32 位视图）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation>%1（64 位视图）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation>.NET 程序的 TLS 1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>代理是一个 .NET 程序。除非将 .NET 配置为使用强加密和 Windows 提供的 TLS 版本，否则它仍可能尝试使用 Azure 会拒绝的 TLS 1.0：这样注册、备份和还原都会失败，通常显示错误 10054“远程主机强迫关闭了一个现有的连接”（An existing connection was forcibly closed by the remote host）；如果关闭了 TLS 1.0，代理的控制台和服务可能无法启动（KB4022913）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation>无法读取 .NET Framework 的 TLS 设置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation>无法读取 TLS 1.0 是否已关闭（SCHANNEL），因此无法判断缺少 .NET TLS 设置的影响。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation>全部四个值：64 位和 32 位视图中的 SystemDefaultTlsVersions 和 SchUseStrongCrypto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation>请使用“%1”将全部四个值设置为 1（需要管理员权限），然后重启服务器，使代理的服务在启动时应用这些值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation>使代理能够使用 TLS 1.2 的 .NET 设置有误（%1），因此代理与 Azure 的连接可能因错误 10054 而失败。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>此服务器上已关闭 TLS 1.0，并且缺少使代理改用 TLS 1.2 的 .NET 设置（%1），因此备份会失败，代理的控制台和服务也可能无法启动（KB4022913）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation>缺少 Microsoft 针对 TLS 1.2 要求的 .NET 设置（%1）。.NET Framework 4.7 及更高版本通常无需这些设置即可使用 TLS 1.2，但 Azure Backup 的 TLS 页面要求设置全部四个值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation>两个注册表视图中用于 TLS 1.2 的 .NET 设置（SystemDefaultTlsVersions 和 SchUseStrongCrypto）均已设置为 1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation>TLS 1.0 Client Enabled（SCHANNEL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation>未设置（TLS 1.0 已开启）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation>已在 64 位和 32 位（WOW6432Node）注册表视图中读取 HKLM\%1 SystemDefaultTlsVersions 和 SchUseStrongCrypto（REG_DWORD）。Microsoft 的“Azure Backup 中的传输层安全性”（2022 年 9 月）要求将全部四个值设置为 1。KB4022913：关闭 TLS 1.0（HKLM\%2 Enabled = 0）后，除非设置了 SchUseStrongCrypto，否则 .NET Framework 4.5 仍优先使用 TLS 1.0，导致备份、代理的控制台及其服务失败。</translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation>.NET Framework 版本</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 的内容为“%2”，不是数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation>无法读取已安装的 .NET Framework 版本。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation>低于 4.5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation>当前版本代理的安装程序仅在已安装 .NET Framework 4.8 或更高版本时才能安装（早期代理需要 4.5），并且代理在该版本上运行。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation>请使用 %1 提供的脱机安装程序安装 .NET Framework 4.8（需要管理员权限），在其安装程序要求时重启服务器，然后重新运行代理的安装程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation>%1 无法运行 .NET Framework 4.8，因此无法在其上安装当前版本的代理；有关处理方法，请参阅 Windows 版本检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation>未安装 .NET Framework 4.8，而代理的安装程序需要它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation>已安装 .NET Framework %1，但代理的安装程序需要 .NET Framework 4.8 或更高版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation>已安装 .NET Framework %1，满足代理的要求（4.8 或更高版本）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation>Release（64 位注册表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation>Release（32 位注册表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation>未安装 4.5 或更高版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation>低于 %1（4.8）则为失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation>已在 64 位和 32 位注册表视图中读取 HKLM\%1 Release（REG_DWORD）；以较低的值为准。Microsoft 的安装指南（2025 年 8 月）和支持矩阵（2025 年 11 月）指出，当前版本的代理需要 .NET Framework 4.8（Release %2 或更高）；旧版代理需要 4.5。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation>无法读取：%1。</translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation>%1；已启用 %2 个触发器（共 %3 个）；%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation>计划任务 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation>任务计划程序中没有文件夹 %1：没有要更改的任务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation>无法读取 %1 中的任务：%2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation>故障排除指南建议在更改代理的计划任务后重启服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation>启用备份计划任务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>代理的计划任务可能部分已启用、部分未启用：请重新运行检查，如果检查仍失败，请再次应用此修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation>此修复无法更改代理的计划任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation>代理的计划任务已启用，且不会启动第二个实例。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>启用代理的 %n 个计划任务及其触发器，并将其设置为在已有实例运行时不启动新实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation>不会更改各任务的运行身份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>此操作需要管理员权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation>撤消操作会将每个任务的“已启用”标志和实例设置恢复原状；修复后又被更改过的任务将保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation>正在更改代理的计划任务</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>自预览以来，代理的计划任务已发生更改；未做任何更改。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation>代理的计划任务已处于应有的状态；未做任何更改。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation>更改 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation>更改后，%1 回读的值为“%2”。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>已启用代理的 %n 个计划任务及其触发器，并已设置为不启动新实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation>已在更改任何任务之前取消。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>已在处理 %n 个任务后取消；已做的更改可以撤消。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation>已更改的任务可以撤消。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation>代理的计划任务可能部分已恢复原状、部分未恢复：请在任务计划程序中将其与日志中记录的修复前状态进行比较。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation>日志条目未指明要恢复哪些计划任务。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation>无法读取代理的计划任务：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation>已不存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation>保持不变：修复后已被更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation>再次运行此修复会重新启用这些任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation>此修复更改过的每个任务在此后都已被再次更改（或已删除）；撤消操作不会更改任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>将 %n 个计划任务恢复为修复前的状态。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation>修复后被他人更改过的任务将保持不变。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation>日志条目未指明要恢复哪些计划任务；未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation>无法读取代理的计划任务：%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation>%1 在修复后已被更改（当前为“%2”），将保持不变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation>撤消后，%1 回读的值为“%2”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation>未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation>无法读取 Windows 版本：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation>此计算机运行的不是 Windows。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation>%1 无法使用 TLS 1.2；任何注册表设置都无法改变这一点。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation>%1 的值为 %2，如果撤消此修复，将无法准确恢复该值。请以管理员身份使用注册表编辑器手动将其更改为 REG_DWORD 值 %3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation>无法读取注册表项 %1 是否存在：%2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation>“%1”（REG_SZ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation>未设置（删除该值）</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation>写入后，%1 回读的值不一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation>请重启服务器以使更改生效：Windows 和代理在启动时读取这些设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>在 Windows 中开启 TLS 1.2（SCHANNEL）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation>为 .NET 开启 TLS 1.2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>部分 TLS 1.2 注册表值可能已设置、部分未设置：请重新运行检查，如果检查仍失败，请再次应用此修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation>此修复无法更改 TLS 1.2 设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation>TLS 1.2 设置已符合 Microsoft 的要求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>没有需要更改的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (REG_DWORD)</source>
        <translation>%1（REG_DWORD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Restart of the server</source>
        <translation>服务器重启</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation>暂不需要</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation>需要重启才能使更改生效</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>设置 %n 个 SCHANNEL 值，使 Windows 在此服务器发起的连接中提供 TLS 1.2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>设置 %n 个 .NET 值，使代理等 .NET 程序使用 TLS 1.2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>将为其创建 %n 个缺少的注册表项。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>此操作需要管理员权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation>在此 Windows 版本上，只有安装了更新 %1 之后这些值才会生效：如果尚未安装，请先安装该更新。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation>撤消操作会恢复此修复更改过的每个值（删除其创建的值），并在其创建的注册表项重新变为空时删除这些项；此后被他人更改过的值将保持不变。撤消同样需要重启后才能生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation>正在更改 HKLM 中的 TLS 设置</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>自预览以来，TLS 设置已发生更改；未做任何更改。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation>TLS 1.2 设置已符合 Microsoft 的要求；未做任何更改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 回读的值为 %2，而不是 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>已为 TLS 1.2 设置 %n 个注册表值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation>已写入的值可以撤消。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>部分 TLS 1.2 注册表值可能已恢复原状、部分未恢复：请重新运行检查，并与日志中记录的修复前状态进行比较。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation>日志条目未指明要恢复哪些 TLS 设置。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation>保持不变：修复后已被更改（修复写入的是 %1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation>由此修复创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation>如果重新变为空，则将其删除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation>再次运行此修复会重新设置这些值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation>此修复写入的每个值在此后都已被再次更改；撤消操作不会更改任何内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>将 %n 个 TLS 设置恢复为修复前的状态。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation>修复后被他人更改过的值将保持不变。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation>日志条目未指明要恢复哪些 TLS 设置；未做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation>%1 在修复后已被更改（当前为 %2），将保持不变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation>未恢复任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation>注册表项 %1 包含修复后添加的值或子项，因此予以保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation>无法删除注册表项 %1：%2</translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation>Entra ID 地址与防火墙的 IP 范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation>防火墙通常会针对 Microsoft 为 Entra ID 登录记录的 IP 范围放行。如果名称解析到这些范围之外的地址，或者这些范围本身被阻止，注册期间的登录就会失败。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation>无法查找 Entra ID 的地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation>代理的服务通过代理服务器连接，因此针对 Entra ID 地址的防火墙规则适用于代理服务器，而不是此服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation>地址列表中未列出 Entra ID 的 IP 范围，因此没有可比较的内容。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation>%1（IPv6：请参阅 Microsoft 的 IPv6 范围）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation>%1（在记录的范围之外）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1（在 %2 中）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation>%1 解析为 %2，位于记录的范围 %3 内，但与其连接失败：该范围被阻止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation>%1 解析为 %2，位于记录的范围（%3）之外，且与其连接失败：针对这些范围编写的防火墙规则未涵盖此地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation>Entra ID 的登录名称在此处未能解析（请参阅名称查找检查），因此没有可比较的地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation>请让网络团队按名称（*.microsoftonline.com）或按 AzureActiveDirectory 服务标记（会随 Microsoft 的更改而更新）允许到 Entra ID 的出站 HTTPS（TCP 443）连接；如果规则必须按 IP 范围设置，请允许 %1 以及该服务标记的当前地址。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation>此服务器能够访问 Entra ID 的登录地址；防火墙允许这些连接通过。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation>此云记录的范围：%1。 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation>查找到的每个 IPv4 地址都在这些范围内。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation>在这些范围之外：%1；仅针对这些范围放行的防火墙会阻止这些地址。</translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation>已安装的代理版本和服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation>旧版代理无法读取当前的保管库凭据，也无法与 Azure Backup 通信；代理服务停止时无法注册或备份。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>无法确定是否已安装代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation>未安装代理，因此此服务器暂时无法注册：请先安装代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>请从 %1 下载代理并安装，然后重新运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation>尚未安装代理，因此这将是全新安装。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation>代理已安装</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation>HKLM\%1 下没有 InstallPath 值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>请重新安装代理：从 %1 下载并运行安装程序。如果安装程序拒绝安装，请先在“程序和功能”中卸载“Microsoft Azure Recovery Services Agent”，然后重新安装；请准备好加密通行短语，以备需要重新注册服务器时使用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation>请从 %1 下载最新版本的代理并在此服务器上运行；它会就地升级已安装的代理并保留其注册。当前版本的代理需要 .NET Framework 4.8：如果此服务器上的版本较旧，请先安装 4.8。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation>代理版本 %1 低于 %2（此工具已知的最新版本，来源：%3）：请升级代理。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation>向导中的修复会启动该服务；也可以以管理员身份运行“net start %1”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation>已安装代理版本 %1，其服务正在运行；此工具已知的最新版本为 %2（来源：%3）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation>此工具已知的最新版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation>版本读取自 %1（文件版本）。重要节点：低于 %2 的代理使用已停用的 ACS（错误 0x1FBD3；%3）；低于 %4 的代理无法解析当前的保管库凭据（%5）。自 %7 以来可能已发布了比 %6 更新的代理。已通过服务管理器查询服务 %8。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation>%1 中缺少代理的程序文件 cbengine.exe，因此安装已损坏。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>无法读取 %1 的版本：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation>%1 的版本为“%2”，这不是版本号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation>代理版本 %1 低于 %2，已无法与 Azure Backup 通信：请升级代理并重新注册服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation>然后使用新下载的保管库凭据文件重新注册服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation>代理版本 %1 低于 %2，无法读取当前的保管库凭据文件，因此注册会失败：请升级代理。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation>未安装代理的服务（%1），因此安装已损坏。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation>无法读取服务 %1 的状态：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation>代理的服务（%1）已停止，因此无法注册服务器或运行备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>该服务已被禁用。请以管理员身份运行：sc config %1 start= auto，然后运行 net start %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>代理的服务（%1）处于“%2”状态，而不是正在运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation>请以管理员身份重启该服务：先运行 net stop %1，再运行 net start %1。如果服务仍然卡住，请重启服务器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation>无法完整检查已安装的代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>安装文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation>引擎文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>代理版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation>服务启动类型</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation>确定“%1”时失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation>确定“%1”时出现未知错误，操作失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation>确定“%1”的操作在完成前已被取消。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation>已停止等待“%1”：此检查已被取消。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation>“%1”被作为两种不同类型的事实请求（检查程序存在缺陷）。</translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 需要管理员权限。请先使用“以管理员身份重新启动”，然后再次运行此修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation>即使具有管理员权限，此程序也可能无法执行此操作：%1（%2）。请让客户的 IT 团队检查权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation>拒绝访问</translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation>清除安装文件夹的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation>解压缩并解密缓存文件夹</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation>撤消操作会在同一文件夹上重新设置相同的属性（仅限该文件夹本身）。</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation>无法确定要更改哪个文件夹。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation>未指定文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation>%1 不是代理专用的文件夹。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation>文件夹 %1 不存在，因此没有需要清除的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation>此修复仅更改现有文件夹，绝不会更改其上级文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation>无法读取 %1 的属性。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation>此修复仅更改文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation>%1 是指向另一个文件夹的链接（重分析点）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation>更改链接的属性会更改其指向的文件夹；请改为选择或移到普通文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation>无法读取 %1 实际指向的位置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation>其最终路径 %1 中仍包含短名称（8.3）；请键入文件夹的完整名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation>%1 不属于代理；其属性保持不变。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation>它是代理注册的安装文件夹（InstallPath）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation>它是代理注册的缓存文件夹（ScratchLocation）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation>它包含代理的程序 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation>无法读取 %1 中是否有内容（%2），因此无法确定它是否属于代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation>它是空的，与此修复更改它时一样。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation>它是空的，并且是代理将要使用的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation>代理注册的安装文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation>代理注册的缓存文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation>%1 不是 %2，也不包含代理的程序；此修复仅更改属于代理的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation>%1 包含其他文件或文件夹（例如“%2”），不是 %3，也不包含代理的程序 %4；包含其他内容的文件夹会保留其属性。请为代理选择一个空文件夹；如果该文件夹确实是供代理使用的，请自行清除其属性。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation>该文件夹可能仍具有其中某些属性：请重新运行检查；中断的更改无法通过日志撤消，因此如有需要，请手动恢复属性。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation>文件夹 %1 不具有 %2 中的任何属性，因此没有需要清除的内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation>没有需要清除的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation>已清除</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation>清除文件夹 %2 本身的属性 %1；其上级文件夹均不会更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation>（%1 指向此文件夹。）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation>%1 中已有的文件和文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation>其中已有的文件保持不变（%1）；如果也要更改这些文件，请以管理员身份运行：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation>正在更改 %1 的属性</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>自预览以来，该文件夹已发生更改；未做任何更改。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation>%2 的属性“%1”</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation>%1 未做任何更改：%2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation>%1 的属性已被清除。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation>已清除 %2 的属性 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation>无法清除 %2 的属性 %1：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation>该属性仍处于设置状态</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>该文件夹可能只恢复了部分属性：请重新运行检查，并与日志中记录的修复前状态进行比较。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation>再次运行此修复会重新清除这些属性。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation>文件夹 %1 无法恢复其属性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation>重新设置文件夹 %2 的属性 %1（仅限该文件夹本身，与修复时的更改范围相同）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation>%1 已具有这些属性。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation>日志条目未指明要重新设置哪些属性。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation>它现在指向 %1。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation>%1 现在指向 %2；未做任何更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation>%1 已具有属性 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation>已重新设置 %2 的属性 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation>无法重新设置 %2 的属性 %1：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation>该属性仍处于清除状态</translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation>计算机名和域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>保管库通过服务器注册时使用的名称来识别服务器：服务器重命名后，其备份会停止并显示“Resource not provisioned in service stamp”（ID: 230006）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation>未提供此计算机的名称信息，因此无法显示。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation>无法读取计算机的名称和域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation>请在“系统属性”（sysdm.cpl 的“计算机名”选项卡）中查看这些信息，并将其与保管库中“备份基础结构 &gt; 受保护的服务器”下显示的名称进行比较。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation>，是域 %1 的成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation>，位于工作组 %1 中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation>，未加入域或工作组</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation>此服务器为 %1（%2）%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>；请使用保管库中显示的该服务器名称重新注册，因为重命名后的服务器会出现“Resource not provisioned in service stamp”（ID: 230006）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>；保管库通过服务器注册时使用的名称来识别它，因此如果此后重命名过，其备份会停止并显示“Resource not provisioned in service stamp”（ID: 230006）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation>计算机名（NetBIOS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation>DNS 主机名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation>完整 DNS 名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation>已加入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation>域或工作组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation>此处无法读取保管库中记录的此服务器名称：请将其与保管库的“备份基础结构 &gt; 受保护的服务器”列表进行比较。重命名后的服务器需要使用新名称重新注册，之后的第一次备份将是完整备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation>NetBIOS 名称 %1 与 DNS 主机名 %2 不同（NetBIOS 名称最多保留 15 个字符）。</translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation>与 Azure 的连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation>注册时会登录 Microsoft Entra ID，并通过 HTTPS（端口 443）与 Azure Backup 服务通信。如果防火墙、代理服务器或 DNS 阻止了其中任何一项，就会出现“Invalid vault credentials provided”（ID: 34513）或“Unable to connect to Microsoft Azure Backup”（ID: 100050）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation>无法测试与 Azure 的连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation>本次运行的某个实验室输入无法使用，因此未按要求尝试连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation>请更正命令行中指定的文件或地址，然后重新运行。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation>%1 可以访问（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation>此服务器没有可用的网络连接：所有名称均无法查找，因此无法访问 Azure。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation>请将服务器连接到网络（或修复其 DNS 设置：ipconfig /all 会显示 DNS 服务器），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation>无法访问代理所用帐户配置的代理服务器 %1:%2：如果该代理服务器已不存在，请更正或删除该代理服务器设置（SYSTEM 帐户的 Internet 设置，请参阅 proxy_config_system_context，以及 netsh winhttp show proxy），或者询问网络团队该代理服务器是否已迁移。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation>其他路由可用：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation>请让网络团队允许此服务器（%1）访问“供网络团队参考”中的地址（可使用该处的按钮复制）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation>请将“供网络团队参考”中的内容提供给网络团队：该地址可以访问，但途中有其他设备代替它作出了响应。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation>已通过每条路由逐层（名称查找、TCP、代理服务器、TLS、HTTP）尝试每个地址，每次最多 %1 秒；代理的服务（LocalSystem）使用的路由：%2。终结点：%3。
%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation>其他路由可用（%1）：需要修复的是代理自身的路由，或者可以将代理设置为使用可用的代理服务器（Set-OBMachineSetting -ProxyServer）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation>列表中没有要尝试的 Azure 地址，因此无法检查连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation>此服务器可以通过 HTTPS 访问 Microsoft Entra ID（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation>允许（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation>IP 范围：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation>Azure 服务标记：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation>未尝试：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation>MARS 代理使用的路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation>安装文件夹属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation>无法将代理安装到隐藏、系统、压缩或加密的文件夹中。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation>无法确定代理的安装文件夹，因此无法检查其属性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation>无法读取安装文件夹 %1 的属性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation>安装文件夹</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation>安装文件夹 %1 被标记为%2，因此代理的安装程序拒绝使用该文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation>向导中的修复会清除这些属性（会先向你显示具体更改）；或者以管理员身份运行：%1。也可以使用安装程序的 /p: 开关安装到其他文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation>安装文件夹 %1 不是隐藏、系统、压缩或加密文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation>安装文件夹 %1 尚不存在，而将在其中创建该文件夹的 %2 具有%3属性，新文件夹会继承这些属性。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation>此疑难解答工具从不自动更改父文件夹。如果可以更改 %1，请以管理员身份运行：%2（这只会更改该文件夹针对新文件的设置）。否则，请使用安装程序的 /p: 开关选择其他安装文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation>安装文件夹 %1 尚不存在，将在其中创建该文件夹的父文件夹既未压缩也未加密。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation>文件夹属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation>文件夹存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation>最近的现有父文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation>父文件夹属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation>对 %1 调用 GetFileAttributesW：%2。安装程序拒绝带有 FILE_ATTRIBUTE_SYSTEM（0x4）、HIDDEN（0x2）、COMPRESSED（0x800）和 ENCRYPTED（0x4000）属性的文件夹；新文件夹会从父文件夹继承 NTFS 压缩和 EFS 加密，但不会继承隐藏或系统属性。</translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation>OBPatch.log 中“Local cached package”行中的名称</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation>以前失败的安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation>代理的安装和更新日志会说明以前的安装或更新失败的原因，某些失败需要先手动修复，安装程序才能成功。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation>找不到 Windows Temp 文件夹，因此无法读取代理的安装日志。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation>拒绝访问（管理员也无法访问）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation>即使具有管理员权限也无法读取代理的安装日志 %1，因此无法查找以前的失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation>请检查该文件的权限（icacls &quot;%1&quot;），或询问客户的 IT 团队是谁锁定了该文件，然后重新运行此检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation>没有管理员权限时无法读取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation>没有管理员权限时无法读取代理的安装日志 %1，因此无法查找以前的失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>请以管理员身份重新启动疑难解答工具，然后重新运行此检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation>%1 记录了一次失败（“%2”），但同一日志中之后的一次运行已成功。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation>其后在 %1 中记录了一次成功运行（%2 UTC）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation>已安装的代理（cbengine.exe %1）比失败的版本（%2）更新</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation>%1 记录了一次失败（“%2”），但%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation>%1 中以前的失败，现已解决</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation> （记录于 %1 UTC）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation>以前的一次代理更新失败，错误为 1612，原因是 C:\Windows\Installer 中缺少代理的缓存安装程序包（OBSAGENT.msi）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>请按照 KB4020490（%1）操作：从 %2 启动代理安装程序，并使其向导保持打开状态；在 OBInstaller0Curr.errlog 中找到最新的“Directory Path for SetupLaunchScreen”，将该文件夹的 Installers 子文件夹中的 OBSAGENT.msi 复制到 C:\Windows\Installer，并命名为 %3；关闭向导，然后重新运行安装程序。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation>以前的一次代理安装因缺少某个必备组件或无法安装该组件而停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation>请修复此疑难解答工具的必备组件检查所报告的问题（.NET Framework、Windows PowerShell、Visual C++ 运行时；记录的日志行会随此发现一起显示），然后以管理员身份重新运行代理的安装程序。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation>以前的一次代理安装失败，其所有更改均已回滚（ID: 4024）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation>请修复此疑难解答工具报告的其他问题，然后手动重新安装代理：从 %1 下载，并以管理员身份运行。如果仍然失败，请将 %2 发送给 Microsoft 支持部门（请参阅 %3）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation>以前的一次代理安装失败，错误为 1603（0x80070643，安装过程中出现严重错误），并且之后没有成功的安装。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation>请修复此疑难解答工具报告的其他问题（管理员权限、必备组件、安装文件夹、挂起的重启），然后以管理员身份从 %1 重新运行代理的安装程序。如果仍然失败，请将 %2 发送给 Microsoft 支持部门。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation>以前的一次代理安装无法启动，因为另一个安装正在进行（错误 1618）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation>请等待其他安装和 Windows 更新完成（或重启服务器），然后重新运行代理的安装程序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation>代理的安装日志 %1 记录其上次运行失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation>请阅读随此发现显示的日志行，修复此处报告的其他问题，然后重新运行安装程序；如果仍然失败，请将 %1 发送给 Microsoft 支持部门。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation>代理的安装日志记录了以前的一次失败，但之后的安装或更新已成功。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation>已读取 %2 中 OBInstaller0Curr.errlog（安装）和 OBPatch.log（更新）的最后 %1 KiB，并查找了 Windows Installer 错误代码 1612 /“Local cached package”（KB4020490）、1603 / 0x80070643、1618 / 0x80070652、失败的必备组件、“rolled back”/ ID 4024（MABS 故障排除指南）以及声明失败的运行；如果失败之后有成功的运行或安装了更新版本的代理，则不报告该失败。仅包含“error”或“failed”字样的行本身不算失败。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation>%1 中的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation>代理的安装日志中未记录任何失败的代理安装或更新。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation>无法完整读取代理的安装日志。</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation>代理无法使用保管库凭据文件：该文件已过期、不是最新的文件、已被重命名或位于网络共享上；或者服务器无法访问 Azure 来验证该文件（代理服务器、防火墙、防病毒软件、TLS 1.2、时钟）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation>代理根本无法读取该文件：文件不在所示位置、不可读，或者不是保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation>该文件的证书已超过截止日期，或者此服务器的时钟有误。请下载新文件并立即注册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation>Azure 门户拒绝了下载：原因可能是浏览器缓存、订阅已禁用、防火墙、保管库的 50 个代理上限或缺少 Azure Backup 权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation>代理无法访问 Azure Backup：代理服务器、防火墙或防病毒软件造成了阻碍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation>代理服务器要求提供用户名和密码，但代理（以 SYSTEM 身份运行）未提供。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation>代理无法向 Azure 查询此服务器是否已注册：原因可能是没有连接、代理版本过旧或 TLS 1.2 已关闭。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation>此服务器已注册到另一个保管库；该文件属于另一个保管库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation>服务器已注册到另一个保管库，或者通行短语在设置时已损坏：请取消注册后重新注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation>代理的缓存（暂存）文件夹所在的卷没有可用空间，或者该文件夹的移动方式不正确；或者保管库已达到已注册服务器的数量上限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation>代理的缓存（暂存）文件夹与其两个注册表值不一致，通常发生在移动缓存之后。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation>代理所需的缓存（暂存）文件夹缺失；请使用原始通行短语重新注册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation>代理的服务（obengine）未运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation>服务器在注册后被重命名：请将其改回原名，或使用新名称重新注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation>安装本身失败；安装程序的某个必备组件缺失或被阻止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation>Windows Installer 缓存中缺少代理的安装程序包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation>缺少安装程序所需的 Visual C++ 2008 运行时（Windows Server 2008 R2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation>已安装的代理版本过旧，服务已不再支持：请更新代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation>Azure 关闭了连接，因为此服务器提供的 TLS 版本低于 1.2，或者途中的某个设备中断了 TLS 连接。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation>代理会要求你确认一次加密通行短语；请将其保存在此服务器之外的位置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation>缓存（暂存）文件夹空间不足、所在卷的类型不正确、已压缩或加密，或者防病毒软件锁定了其中的文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation>备份与 Azure 存储的连接已断开：原因可能是代理服务器、防火墙或防病毒软件。</translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation>管理代理服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation>管理代理将代理的作业和警报报告给 Azure 门户；管理代理停止时，备份可能仍会运行，但门户中不会显示这些备份。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation>代理已安装，但找不到其管理代理服务（%1），因此作业和警报可能无法传达到 Azure 门户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation>请打开 services.msc，查找“Microsoft Azure Recovery Services Management Agent”。如果找不到，请重新安装代理（从 %1 下载，并以管理员身份运行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation>服务名称 %1 是社区工具使用的名称；Microsoft 仅记录了显示名称，因此此处无法找到名称不同的服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation>无法读取管理代理服务（%1）的状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation>因此作业和警报无法传达到 Azure 门户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation>管理代理服务（%1）处于“%2”状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation>管理代理服务（%1）已禁用，%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>请以管理员身份运行：sc config %1 start= auto，然后运行 net start %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation>管理代理服务（%1）已停止，%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation>请使用向导中的修复启动该服务（或以管理员身份运行“net start %1”）。如果服务无法启动，其日志为 %2\Temp\GatewayProvider*.errlog。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation>管理代理服务（%1）处于“%2”状态而不是正在运行，%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>请以管理员身份运行 net stop %1，然后运行 net start %1；如果服务仍然卡住，请重启服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation>启动类型</translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation>代理日志中的错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation>代理会将注册或备份失败的真正原因写入其自身的日志；它最后记录的错误会指向能够找出原因的检查。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation>无法列出代理的日志文件夹 %1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation>无法读取代理的日志 %1，因此无法查找其中记录的错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation>请以管理员身份重新启动此疑难解答工具；如果仍然无法读取日志，请检查其权限（icacls），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation>代理尚未在 %1 中写入日志，因此没有可查看的代理自身错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation>代理日志的末尾（%1）未记录任何此疑难解答工具已知原因的错误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation> （记录时间：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation>代理的日志 %1 记录了 %2%3：“%4”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation>日志中指明了地址 %1：请从此服务器测试到该地址的 TCP 443 连接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation>%2 中的 %1（相关检查：%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n 次，最近一次：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation>已读取 %2 中 CBEngineCurr.errlog 和最新的 GatewayProvider*.errlog 的最后 %1 KiB，并查找了代理的错误 ID 34513、34528、34506、100050、100110、230006、0x1FC07、0x1FBD3，代理服务器 407、10054，无法解析的名称、失败的连接、TLS/SSL 错误和过期。引用的行中的密码、密钥和证书均已屏蔽。</translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation>代理 PowerShell 模块文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation>代理的计划备份及其注册 cmdlet 来自其 PowerShell 模块 MSOnlineBackup；如果缺少该模块的文件，这些功能就会失败。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation>代理的 PowerShell 模块 MSOnlineBackup 已就位。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation>无法读取代理的 PowerShell 模块文件夹 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation>%1 中缺少代理的 PowerShell 模块清单 MSOnlineBackup.psd1，因此无法加载其备份和注册 cmdlet。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation>缺少代理的 PowerShell 模块文件夹 %1，因此无法加载其备份和注册 cmdlet。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation>请重新安装代理（从 %1 下载，并以管理员身份运行）；重新安装会恢复该模块。从安装了相同代理版本的服务器复制 MSOnlineBackup 文件夹也可以，但重新安装更安全。然后重启服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation>无法读取代理的 PowerShell 模块文件 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation>模块清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation>已查找 %1。此处不尝试导入该模块（Import-Module MSOnlineBackup）。</translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation>Windows 连接测试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation>Windows 通过从 Microsoft 下载两个小文件来检查其 Internet 访问。如果有登录页或代理服务器代替 Microsoft 作出响应，会先在此处显示出来，而不必等到注册失败时才发现。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation>无法获取 Windows 的连接测试文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation>%1 的响应内容不是 Microsoft 的文本“%2”（其开头为“%3”）：有登录页（强制门户）或代理服务器代替 Microsoft 作出了响应。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation>HTTP %1，“%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation>地址列表中没有要获取的 Windows 连接测试文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation>Windows 的连接测试文件与 Microsoft 编写的内容一致：没有其他设备代替 Microsoft 作出响应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation>如果有登录页造成阻碍，请登录该页面，或请网络团队将此服务器设为例外；如果是代理服务器作出响应，请让网络团队允许 www.msftncsi.com 和 www.msftconnecttest.com 的流量原样通过。</translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation>代理服务（obengine）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation>代理通过其服务 obengine 注册服务器并运行每个备份；该服务停止时，注册会失败并显示“can&apos;t connect to the OBEngine service”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>无法确定是否已安装代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation>尚未安装代理，因此其服务尚不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation>代理的服务（%1）不存在，因为未安装代理：请先安装代理。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>请从 %1 下载代理并安装，然后重新运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation>代理已安装在 %1 中，但缺少其服务（%2），因此安装已损坏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>请重新安装代理：从 %1 下载，并以管理员身份运行；请准备好加密通行短语，以备需要重新注册服务器时使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation>无法读取代理的服务（%1）的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation>如果该服务再次停止或无法启动，请查看此疑难解答工具的 TLS 1.2 检查（当 TLS 1.0 已关闭且 .NET 未设置为使用 TLS 1.2 时，代理的服务无法启动，%1）以及系统事件日志。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation>代理的服务（%1）正在运行，并且会自动启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation>代理的服务（%1）正在运行，但其启动方式设置为“%2”，因此下次重启后它将不会运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation>请以管理员身份运行：sc config %1 start= auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation>代理的服务（%1）仍在启动中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation>请等待一分钟，然后重新运行此检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation>代理的服务（%1）已停止并被禁用，因此无法注册服务器，也不会运行任何备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>请以管理员身份运行：sc config %1 start= auto，然后运行 net start %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation>代理的服务（%1）已停止，因此无法注册服务器，也不会运行任何备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation>请使用向导中的修复启动该服务（或以管理员身份运行“net start %1”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>代理的服务（%1）处于“%2”状态，而不是正在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>请以管理员身份运行 net stop %1，然后运行 net start %1；如果服务仍然卡住，请重启服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>运行身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation>已向服务管理器查询 %1（%2）。代理的服务通常以 LocalSystem 身份运行；此处仅显示该信息，不作判断（没有 Microsoft 文档对此作出说明）。</translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation>64 位 Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation>代理仅针对 64 位（x64）Windows 构建；其安装程序无法在 32 位 Windows 上运行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation>Windows 未报告其处理器体系结构，因此无法确定它是否为 64 位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation>本机体系结构（GetNativeSystemInfo）返回为空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation>Windows 为 64 位（x64），符合代理的要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation>Windows 在 ARM64 处理器上运行，而代理的支持矩阵中未列出该处理器，因此 x64 代理可能无法安装或正常工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation>请在使用 x64（Intel 或 AMD 64 位）处理器的服务器上安装代理。如果必须使用此计算机，请先向 Microsoft 支持部门确认是否支持 ARM64，然后再依赖其备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation>Windows 为 32 位（x86），而代理只能安装在 64 位 Windows 上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation>请在运行 64 位 Windows 的服务器上安装代理。32 位 Windows 无法就地更改为 64 位：必须使用 x64 版本重新安装。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation>Windows 在 %1 处理器上运行，而代理只能安装在 64 位 x64 Windows 上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation>请在运行 64 位（x64）Windows 的服务器上安装代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation>本机体系结构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation>Windows 报告的本机处理器体系结构（IsWow64Process2 / GetNativeSystemInfo，因此 64 位 Windows 上的 32 位疑难解答工具仍会看到 amd64）：%1。支持矩阵要求使用 64 位操作系统，并且未列出对 ARM64 的支持。</translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation>受支持的 Windows 版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation>代理只能安装在 Microsoft 支持矩阵中列出的 Windows 版本上，并且仅在这些版本上受支持。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation>%1 是代理支持的 Windows 版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation>%1 是代理支持的 Windows 版本，但仅支持备份文件和文件夹。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation>%1 已终止支持，因此只有在安装了扩展安全更新的情况下，代理才在其上受支持。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation>%1 不是代理支持的 Windows 版本，因此无法在此安装代理。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation>请为此 Windows 版本安装 Service Pack 1，然后安装 .NET Framework 4.8，最后安装代理。此 Windows 版本已终止支持：只有在安装了扩展安全更新的情况下，代理才在其上受支持（请参阅 %1）；请计划迁移到 Windows Server 2022 或 2025。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation>请将此服务器升级或迁移到 Windows Server 2016 或更高版本（2019、2022 或 2025）并在其上安装代理，或者将服务器迁移到 Azure 虚拟机并使用 Azure VM 备份进行保护，这是支持矩阵针对已终止支持的服务器给出的建议（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation>请将此计算机升级到 Windows 10 或 11（至少为 Windows 8.1），如果 Windows 更新尚未安装 .NET Framework 4.8，请安装它，然后安装代理。受支持的版本列于 %1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation>%1 尚未列入支持矩阵（它比 Windows Server 2025 更新），因此无法确认代理是否支持它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation>请查看 %1 上的最新支持矩阵。如果其中列出了 %2，请继续安装；否则请在 Windows Server 2025 或 2022 上安装代理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation>请确保服务器已获得扩展安全更新 (ESU) 并已全部安装，同时计划迁移到 Windows Server 2022 或 2025。在此版本上，当前代理还需要 .NET Framework 4.8。代理对此版本的支持可能随时终止；请参阅 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation>%1 无法运行当前代理所需的 .NET Framework 4.8，因此无法在此安装代理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation>请在受支持的 Windows 上安装代理：Windows Server 2025、2022、2019、2016、2012 R2 或 2012，或者 Windows 11、10 或 8.1（用于文件和文件夹备份）。完整列表见 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation>Windows 发行版</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation>RtlGetVersion 报告 %1，产品类型为 %2。支持矩阵列出了 Windows Server 2025、2022、2019、2016、2012 R2 和 2012（Standard、Datacenter、Essentials、Foundation、Server IoT 和 Storage Server）以及 Windows 11、10、8.1 和 8（仅限文件和文件夹）；Windows 7、Server 2008 R2 和 Server 2008 SP2 被列为已终止支持。当前代理的安装程序需要 .NET Framework 4.8，而它无法在 Windows 8、Server 2008 SP2 以及未安装 Service Pack 1 的 Windows 7 和 Server 2008 R2 上运行。Windows 11 通过其内部版本号（22000 及更高）与 Windows 10 区分，因为其 ProductName 仍显示为“Windows 10”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation>Windows Server 2012 和 2012 R2 已于 2023 年 10 月结束扩展支持；支持矩阵仍列出它们，但 Windows 本身只能通过扩展安全更新获得安全更新。</translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation>Windows 更新和挂起的重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation>由更新导致的挂起重启可能会阻碍代理的安装，而旧的 Windows 内部版本缺少注册所需的 TLS 更新。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation>无法确定 Windows 是否正在等待重启，因此无法检查更新状态。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation>Windows 更新历史记录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation>HKLM\%1 LastSuccessTime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation>LastSuccessTime 的值为“%1”，此检查无法将其识别为日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation>此版本的 Windows 不会在注册表中记录上次安装更新的日期（较新的 Windows 版本不再写入 LastSuccessTime）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation>无法从注册表读取上次安装更新的日期：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation>Windows 更新历史记录中有 %1 个条目；已读取最新的 %2 个（不含定义更新）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation>无法读取 Windows 更新历史记录：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation>请运行 Windows 更新（或通过所用的更新服务器进行部署），安装所有可用的更新，然后重启服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation>有文件正在等待在下次重启时被替换（通常由防病毒软件造成）；这并不是挂起的 Windows 更新，但为保证代理安装顺利，最好先重启。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation>请在方便时重启服务器，然后再次运行此疑难解答工具。如果重启后这些文件立即又处于等待状态，则是防病毒软件使其保持该状态；仅此一点不会阻止代理的安装。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation>Windows 正在等待重启以完成更新安装，这可能导致代理安装失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation>请重启服务器，然后在安装代理之前再次运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows 上次安装更新是在 %1 天前，因此可能缺少代理所需的修补程序（例如 TLS 1.2 支持）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation>Windows 在 %1 天前安装过更新，并且没有挂起的重启。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation>没有挂起的重启，但无法读取 Windows 更新历史记录，因此不知道 Windows 上次安装更新的时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation>请在服务器上打开 Windows 更新并查看其更新历史记录；如果 Windows 更新服务 (wuauserv) 已禁用，请询问客户的 IT 团队此服务器如何获取更新。然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows 更新历史记录中没有成功安装更新的记录，因此此服务器可能缺少代理所需的修补程序（例如 TLS 1.2 支持）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation>没有因 Windows 更新而挂起的重启。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation>挂起的重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation>上次成功安装更新的时间（UTC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation>上次安装更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation>距上次安装更新的天数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation>警告阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation>%1 天未更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation>挂起重启标记：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation>上次安装更新的时间读取自 %1。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation>均未设置</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>有 %n 个字符不是纯 ASCII 字符（例如 ä、é 等字母或 €、“ 等符号）：代理只接受编码不超过 127 的字符。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation>它只有 %1 个字符；代理的安装程序要求至少 %2 个字符。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation>它以空格开头或结尾，再次键入时很容易遗漏。</translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation>Windows PowerShell 版本</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation>请从 %1 安装适用于此 Windows 版本的 Windows Management Framework 5.1（其中包含 Windows PowerShell 5.1），重启服务器，然后再次运行代理的安装程序。WMF 5.1 需要先安装 .NET Framework 4.5 或更高版本。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation>无法读取已安装的 Windows PowerShell 版本。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation>当前代理的安装程序需要 Windows PowerShell 5.0 或更高版本（实际上为 5.1），并且代理的计划备份通过 Windows PowerShell 运行。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation>已安装 Windows PowerShell 3.0 或更高版本，但无法读取其版本；代理的安装程序需要 5.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation>请在 Windows PowerShell 中运行“$PSVersionTable.PSVersion”。如果显示的版本低于 5.0，请从 %1 安装 Windows Management Framework 5.1 并重启服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>已安装 Windows PowerShell %1，但代理的安装程序需要 Windows PowerShell 5.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation>已安装 Windows PowerShell %1，满足代理的要求（5.0 或更高版本）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>仅安装了 Windows PowerShell %1，但代理的安装程序需要 Windows PowerShell 5.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>未安装 Windows PowerShell，但代理的安装程序需要 Windows PowerShell 5.0 或更高版本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation>Windows 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation>PowerShellVersion 读取自 HKLM\%1（PowerShell 3.0 及更高版本存在此项），否则读取自 HKLM\%2（PowerShell 1.0 和 2.0）。Microsoft 的安装指南（2025 年 8 月）指出代理的安装程序需要 Windows PowerShell 5.0；疑难解答指南中的“3.0 或更高版本”针对的是计划备份。PowerShell 7 (pwsh.exe) 是单独的产品，不计算在内。</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation>专用终结点和 DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation>具有专用终结点的保管库需通过专用地址访问，而只有正确的 DNS 区域才会提供这些地址；Entra ID 登录则始终通过公共 Internet 进行。如果 DNS 将两者混淆，注册就会失败。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation>无法查找保管库名称的地址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation>专用：%1；公共：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation>此处无法解析任何 Azure 名称（请参阅名称查找检查），因此没有可比较的内容。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation>%1 在此处解析为专用地址 %2，但 Entra ID 没有专用终结点：注册期间的登录只能通过其公共地址访问它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation>请让 DNS 管理员删除为 %1 提供应答的专用区域或记录（即使保管库使用专用终结点，Entra ID 名称也必须解析为公共地址）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation>保管库使用专用终结点（%1 解析为专用地址），但 %2 解析为公共地址：缺少其 privatelink DNS 记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation>请让 DNS 管理员为 %1 添加专用终结点的记录（区域 privatelink.&lt;region&gt;.backup.windowsazure.com、privatelink.blob.core.windows.net 和 privatelink.queue.core.windows.net，或在虚拟网络内部设置指向 Azure DNS 168.63.129.16 的条件转发器）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation>保管库的名称解析为专用地址（专用终结点），而 Entra ID 按要求保持解析为公共地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation>保管库的名称解析为公共地址：此服务器通过 Internet 访问保管库，而不是通过专用终结点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation>如果保管库有专用终结点，则此服务器的 DNS 尚不知道其 privatelink 区域，备份流量将不会使用这些终结点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation>Entra ID 解析为公共地址，对于使用专用终结点的保管库也必须如此。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation>提供保管库凭据文件后即可知道保管库的 Backup 服务地址；届时此检查还会说明是否在使用专用终结点。</translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation>以管理员身份运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation>没有完整的管理员令牌时，多项检查能看到的信息会减少，并且无法运行会更改系统的修复。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation>无法确定疑难解答工具是否以管理员身份运行。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation>疑难解答工具正在以管理员权限运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation>疑难解答工具未以管理员身份运行，因此部分检查和修复无法正常工作：请以管理员身份重新启动它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation>请以管理员身份重新启动疑难解答工具：使用向导中的“以管理员身份重新启动”，然后在 Windows 提示中确认；或者右键单击该程序并选择“以管理员身份运行”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation>疑难解答工具无法获得管理员权限，因为此帐户不是管理员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation>请使用本地 Administrators 组中的帐户登录，然后重新启动疑难解答工具。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation>进程令牌提升：%1；管理员成员身份：%2。</translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation>代理服务器登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation>如果代理服务器要求提供用户名和密码，MARS 代理就会因“(407) Proxy Authentication Required”而停止，除非为 MARS 代理提供凭据或将此服务器设为例外。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation>无法测试代理服务器。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation>代理的帐户和 WinHTTP 都未设置代理服务器，因此不会有代理服务器要求提供密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation>未指明身份验证方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation>此服务器连接到 %4 时，代理服务器 %1:%2 要求提供凭据（407 Proxy Authentication Required；它提供的方案：%3）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation>请让此服务器免于代理服务器身份验证（请询问代理服务器的管理员），或者将代理服务器凭据提供给 MARS 代理：在代理控制台中选择“更改属性”&gt;“代理配置”，或者以管理员身份在 PowerShell 中运行 Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;。切勿在此疑难解答工具中键入密码。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation>MARS 代理自身的路由（%1）不受影响。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Proxy</source>
        <translation>代理服务器</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Schemes offered</source>
        <translation>提供的身份验证方案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation>此服务器各路由上的代理服务器无需密码即可放行请求。</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation>%1（绕过：%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation>未设置：每个帐户使用各自的代理服务器设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation>0：计算机范围的设置 (HKLM) 适用于所有帐户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation>%1：每个帐户使用各自的代理服务器设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation>MARS 代理服务使用的代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation>MARS 代理服务以 SYSTEM 帐户运行并使用该帐户的代理服务器设置，而不是已登录管理员的设置；如果该帐户的代理服务器设置已过时或与之不同，注册会失败，而浏览器却能正常工作。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation>无法读取代理服务器设置，因此不知道 MARS 代理使用哪个代理服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation>无法读取注册表，因此不知道 MARS 代理使用哪个代理服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation>计算机范围的代理服务器设置（策略）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation>SYSTEM 帐户的代理服务器设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation>无法读取 %1 的代理服务器设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation>请以管理员身份运行疑难解答工具，然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation>无法读取计算机范围的代理服务器策略 (ProxySettingsPerUser)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation>无法读取 WinHTTP 代理服务器设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation>请在 MARS 代理本身中设置它必须使用的代理服务器（代理控制台：“更改属性”&gt;“代理配置”，或在 PowerShell 中使用 Set-OBMachineSetting）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation>MARS 代理服务无法使用%1“%2”：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>请更正或删除 SYSTEM 帐户的代理服务器设置（Microsoft 的指南使用 psexec -i -s 以 SYSTEM 身份打开“Internet 选项”，并删除过时的代理服务器详细信息）。 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation>MARS 代理服务从配置脚本获取代理服务器（%1 指定了 %2）；此处无法检查该脚本会选择哪个代理服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation>请确保 SYSTEM 帐户能够获取该脚本，并且脚本返回的代理服务器能够访问 Azure；网络检查会探测列出的其他路由。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation>MARS 代理服务从%1中读取到用户名和密码（此处已隐藏）；文档所述的格式不包含凭据，因此该设置可能无效，而且任何能读取注册表的人都能读取它们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>请从代理服务器设置中删除凭据，改为将其提供给 MARS 代理（在其代理服务器设置页面或使用 Set-OBMachineSetting）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation>MARS 代理服务以 SYSTEM 帐户运行，该帐户的代理服务器设置为“%1”，而已登录用户的设置为“%2”：在你的浏览器中正常的连接，对 MARS 代理可能会失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>MARS 代理使用的是 SYSTEM 帐户的设置，而不是你的设置。请确定服务器必须使用哪个代理服务器，然后更正 SYSTEM 帐户的设置（Microsoft 的指南使用 psexec -i -s 以 SYSTEM 身份打开“Internet 选项”，并删除过时的代理服务器详细信息）。 </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation>MARS 代理服务看到两个不同的代理服务器：%1 为“%2”，而 WinHTTP 为“%3”，因此 MARS 代理的不同部分可能会走不同的路由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation>请使 WinHTTP 与 SYSTEM 帐户的设置保持一致。以管理员身份运行时，netsh winhttp show proxy 显示 WinHTTP 的设置，netsh winhttp reset proxy 清除该设置，netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; 设置该设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation>WinHTTP 代理服务器设置包含用户名和密码（此处已隐藏）；文档所述的格式不包含凭据，因此该设置可能无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>请以管理员身份使用 netsh winhttp set proxy 删除凭据，改为将其提供给 MARS 代理（在其代理服务器设置页面或使用 Set-OBMachineSetting）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation>所有帐户都使用计算机范围的代理服务器设置“%1”，并且 WinHTTP 与之一致（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation>MARS 代理服务（SYSTEM 帐户：%1）、WinHTTP（%2）和已登录用户（%3）使用相同的路由。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation>无法读取多项代理服务器设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation>WinHTTP：%1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation>计算机范围的代理服务器策略（ProxySettingsPerUser）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation>未读取 MARS 代理自身的代理服务器设置：Microsoft 未记录其存储位置。若要查看该设置，请在此服务器上已提升的 PowerShell 中运行 Get-OBMachineSetting。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation>网络检查探测的路由：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: ProxyServer (ProxyEnable = %2)</source>
        <translation>%1：ProxyServer (ProxyEnable = %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: DefaultConnectionSettings</source>
        <translation>%1：DefaultConnectionSettings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WinHTTP</source>
        <translation>WinHTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser)</source>
        <translation>计算机范围的代理服务器策略（ProxySettingsPerUser）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation>MARS 代理自身的代理服务器设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation>未读取（没有文档记录的存储位置；请参阅 Get-OBMachineSetting）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation>网络检查探测的路由</translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation>PowerShell 模块路径和执行策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation>代理的计划备份会运行其 PowerShell cmdlet；PowerShell 必须能找到其模块，并且必须允许加载该模块。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation>然后重启服务器，以便代理的服务和任务能识别此更改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation>无法读取计算机的 PSModulePath：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation>计算机的 PSModulePath 未包含代理的模块文件夹 %1，因此 PowerShell 可能找不到代理的 cmdlet，计划备份可能会失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation>请以管理员身份将 %1 添加到系统环境变量 PSModulePath 中（“系统属性”&gt;“高级”&gt;“环境变量”；保留已有的条目）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation>无法读取 PowerShell 执行策略：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation>组策略“启用脚本执行”（MachinePolicy）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation>计算机的设置（LocalMachine）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation>Windows 默认值，因为没有任何作用域设置该策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation>该策略来自组策略：请让客户的管理员为此服务器将“启用脚本执行”设置为“允许本地脚本和远程签名的脚本”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation>请以管理员身份运行：Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation>此服务器上的 PowerShell 执行策略为 Restricted（%1），因此代理的模块无法加载，其计划备份会失败。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation>PowerShell 执行策略为 AllSigned（%1）；Microsoft 的疑难解答指南要求代理的备份任务使用 RemoteSigned 或 Unrestricted。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation>PowerShell 执行策略为“%1”（%2），这不是 PowerShell 能识别的策略。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation>PowerShell 能找到代理的模块 (PSModulePath) 并可以加载它：执行策略为 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation>无法完整读取代理所需的 PowerShell 设置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation>PSModulePath（计算机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation>代理模块文件夹已列入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation>执行策略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>设置来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation>模块路径包含 %1 或 %2 时即为通过：Microsoft 的疑难解答指南指定的是模块文件夹，其 PowerShell 自动化页面指定的是上一级文件夹，而代理究竟需要哪一个并无文档说明。不读取按用户设置的执行策略：代理的任务以 SYSTEM 身份运行。</translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation>更改后重启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation>Windows 和代理仅在启动时读取 TLS 设置和 PowerShell 模块路径：此疑难解答工具所做的更改要在服务器重启后才会生效。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation>此次运行不保留修复日志，因此没有需要跟进的此疑难解答工具所做的更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation>此疑难解答工具未在此处进行任何需要重启的更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation>此疑难解答工具更改了需要重启的设置，但无法读取服务器上次启动的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation>运行时间未知。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation>自此疑难解答工具上次更改需要重启的设置（%2）以来，服务器已经重启（%1）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>自此疑难解答工具更改了需重启后才生效的设置（%n 项更改，最后一次在 %1）以来，服务器尚未重启：请在注册前重启一次。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation>请在客户允许时重启服务器（一次重启即可涵盖所有更改），然后再次运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation>服务器上次启动时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation>等待重启的更改</translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation>此服务器的注册状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation>已注册到某个保管库的服务器只接受该保管库的凭据（ID：100110）；重新注册有其自身的规则，而未安装的代理根本无法注册。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation>无法确定此服务器是否已注册到保管库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation>请以管理员身份运行疑难解答工具，然后重新运行检查；或者在注册表编辑器 (regedit) 中查看 HKLM\%1 下的值。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation>代理未记录其名称的保管库（资源 ID %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>保管库“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation>尚未安装代理，因此此服务器没有注册。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation>未安装代理，因此无法注册此服务器：请先安装代理（之前注册到 %1 的记录仍然存在）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation>未安装代理，因此无法注册此服务器：请先安装代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>请从 %1 下载并安装代理，然后再次运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation>你选择了重新注册此服务器，但此服务器上没有之前注册的记录，因此这将是首次注册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation>如果此服务器以前注册过，并且之后重新安装了代理，请使用那次注册的通行短语并以相同的计算机名称进行注册。否则，请选择“注册此服务器”，并将新的通行短语妥善保存在此服务器之外的位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation>代理已安装，且此服务器尚未注册到保管库，因此可以注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation>此服务器已注册到 %1，因此再次注册需遵循重新注册规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation>若要继续备份到同一保管库，请使用从该保管库下载的保管库凭据文件和首次注册时的通行短语进行注册。若要将服务器迁移到另一个保管库，请谨慎操作：在 Azure 门户中从旧保管库删除此服务器（“备份基础结构”&gt;“受保护的服务器”），卸载代理，重新安装，然后使用新保管库的凭据文件进行注册；旧保管库中已有的备份会保留在那里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation>此服务器已注册到 %1；重新注册清单说明了再次注册前需要做什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation>此服务器已注册到 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation>注册状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation>安装文件夹（Setup\InstallPath）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>已注册到（ServiceResourceName）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation>保管库资源 ID（ResourceId）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation>计算机 ID（MachineId）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation>读取自 HKLM\%1（ServiceResourceName、ResourceId、MachineId）和 HKLM\%2（InstallPath）。Microsoft 将 ServiceResourceName 记录为代理所注册到的保管库；哪个值能证明已注册并无文档说明，因此这是代理注册表中的记录，而不是保管库本身的答复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation>从此服务器无法看到保管库的决定：一个保管库最多接受 50 个 MARS 代理，而“Failed to download the vault credential file (ID: 403)”可能由浏览器缓存、已禁用或已过期的订阅、防火墙、保管库的上限，或者对保管库没有 Azure Backup 权限的帐户导致。</translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation>你输入的错误不是此工具已知的错误，因此所有检查均按常规顺序运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation>你输入的错误：“%1”。含义：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation>能够解释此错误的检查均未在此阶段运行；此错误属于另一个步骤（请参阅上面的含义）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation>原因在于：%1。请先处理此问题，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation>针对此错误的 %1 项检查均未发现问题，但以下检查未能完成：%2。请先重新运行这些检查，再排查其他方面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation>针对此错误的 %1 项检查均未在此服务器上发现问题。请将报告和代理的日志（位于代理的 Temp 文件夹）提供给支持人员。</translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation>重新注册此服务器的清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation>使用其他通行短语重新注册服务器会丢失较早的备份，而以其他名称注册的服务器或仍在保管库中列出的服务器无法顺利完成注册。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation>无法确定此服务器之前是否注册过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation>请以管理员身份运行疑难解答工具，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation>此服务器上没有以前注册的记录，因此重新注册清单不适用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation>保管库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>保管库“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation>此服务器之前已注册到 %1：再次注册前需要完成以下四项核对，这些无法从此服务器上确认。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation>重新注册此服务器前需要完成以下四项核对，这些无法从此服务器上确认。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation>1. 已从保管库中删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation>在 Azure 门户中，转到 %1 &gt;“备份基础结构”&gt;“受保护的服务器”：在重新注册之前，请在那里删除此服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation>2. 更换保管库时已重新安装代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation>若要注册到另一个保管库，请卸载代理，重新安装，然后再注册。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation>3. 相同的通行短语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation>请使用首次注册时的通行短语：如果使用其他通行短语，将无法再还原较早的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation>4. 相同的计算机名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>请使用保管库中为此服务器显示的名称进行注册；重命名过的服务器会收到“Resource not provisioned in service stamp (ID: 230006)”错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>请使用保管库中为此服务器显示的名称进行注册（此服务器当前名为 %1）；重命名过的服务器会收到“Resource not provisioned in service stamp (ID: 230006)”错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation>再次注册前，请逐一核对证据中的四项内容；请将通行短语妥善保存在此服务器之外的位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation>之所以显示此项，是因为你选择了重新注册此服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation>之所以显示此项，是因为代理的注册表中仍记录着一次注册（HKLM\%1）。</translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation>以管理员身份重新启动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation>计算机上未做任何更改；可能已经启动了一个以管理员身份运行的副本：请关闭多余的疑难解答工具窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation>计算机上不会做任何更改；关闭新窗口即可返回。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation>无法读取此程序的权限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation>此疑难解答工具窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation>疑难解答工具将关闭，并以管理员权限重新启动。Windows 会要求你确认。你在第一页上填写的内容会保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation>疑难解答工具已经以管理员身份运行。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation>此帐户不是管理员，因此 Windows 无法以管理员权限启动该程序。请使用管理员帐户登录。</translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation>未安装 Windows 时间服务 (W32Time)，因此 w32tm 无法设置时钟。Windows 时间检查说明了如何注册该服务；然后请再次运行此修复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation>无法读取 Windows 时间服务的状态：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation>Windows 时间服务已禁用，因此 w32tm 无法设置时钟。Windows 时间检查说明了如何启用它；然后请再次运行此修复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation>Windows 时间服务当前为 %1 状态，而 w32tm 需要该服务处于运行状态（否则会返回 0x80070426）。请先启动它：使用 Windows 时间检查中的“%2”(start_time_service)，或以管理员身份运行 net start w32time；然后再次运行此修复。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation>时钟可能已重新同步，也可能没有：请重新运行时钟检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation>此操作无法撤消：旧时间是错误的，不值得恢复。从现在起，Windows 时间服务会保持时钟准确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation>此修复使用 Windows 时间服务设置时钟，而该服务仅存在于 Windows 上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation>此计算机未运行 Windows；其时钟由其自身的时间服务维护。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation>无法读取 Windows 版本：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation>尚未与 Azure 时间比较（请先运行时钟检查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation>其时间源的时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation>比 Azure 时间快 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation>比 Azure 时间慢 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation>将回拨约 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation>将向前调约 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation>其时间源的时间（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation>此服务器的时钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation>请以管理员身份运行 %1：Windows 时间服务会向其时间源查询时间，并将此服务器的时钟设置为该时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation>时钟%1，因此%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation>在域成员上，时间源是域控制器：如果域控制器的时间不正确，请在域控制器上更正，否则此服务器会跟随它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation>此操作需要管理员权限，并且无法撤消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation>与 Azure 时间的差值接近整数小时（%1 小时）：很可能是时区设置错误，而不是时钟错误，设置时钟无济于事。请参阅时区检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation>此服务器的时钟已与 Azure 时间一致；无需设置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation>正在设置时钟（w32tm /resync）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation>Windows 时间服务已根据其时间源设置了时钟。时钟检查将重新运行，以便将其与 Azure 时间进行比较。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation>未设置时钟：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation>请先启动 Windows 时间服务（Windows 时间检查中的“%1”），然后再次运行此修复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>请先使用“以管理员身份重新启动”，然后再次运行此修复。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation>根据时间源设置时钟</translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>Windows 中的 TLS 1.2（SCHANNEL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation>Azure 只接受 TLS 1.2 连接。如果 Windows 不为此服务器发起的连接提供 TLS 1.2，代理的注册、备份和还原都会失败，通常会出现错误 10054“An existing connection was forcibly closed by the remote host”。Microsoft 的安装指南将 TLS 1.2 列在“开始之前”部分。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation>无法读取 Windows 的 TLS 1.2 设置 (SCHANNEL)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation>%1 无法使用 Azure 要求的 TLS 1.2，因此代理无法从此服务器连接到 Azure。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation>请将备份转移到运行代理所支持的 Windows 版本（Windows Server 2012 或更高版本）的服务器上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation>已为此服务器发起的连接启用 TLS 1.2（SCHANNEL TLS 1.2 Client 设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation>此服务器发起的连接已启用 TLS 1.2：未设置 SCHANNEL 设置，而 %1 默认启用 TLS 1.2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation>此服务器发起的连接已关闭 TLS 1.2（SCHANNEL TLS 1.2 Client Enabled = 0），因此代理无法连接到 Azure。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation>此服务器发起的连接默认关闭 TLS 1.2（SCHANNEL TLS 1.2 Client DisabledByDefault = %1），因此代理无法连接到 Azure。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>SCHANNEL TLS 1.2 Client 设置 Enabled 的值为 %1，而不是数字 1，因此此服务器发起的连接可能未启用 TLS 1.2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>SCHANNEL TLS 1.2 Client 设置 DisabledByDefault 的值为 %1，而不是数字 0，因此此服务器发起的连接可能未启用 TLS 1.2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation>此服务器发起的连接未启用 TLS 1.2：在 %1 上，必须在安装更新 %2 之后创建 SCHANNEL TLS 1.2 Client 设置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation>请使用“%1”设置这些值（需要管理员权限），然后重启服务器：Windows 在启动时读取这些设置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation>请确保已安装更新 %1（通过 Windows 更新或 Microsoft 更新目录）。然后使用“%2”创建这些值（需要管理员权限），并重启服务器：Windows 在启动时读取这些设置。</translation>
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
        <translation>未设置这些值时的 Windows 默认值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation>TLS 1.2 启用（Windows Server 2012 R2 / 8.1 及更高版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation>客户端 TLS 1.2 关闭（Windows Server 2012 R2 之前的版本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation>读取 HKLM\%1 的 Enabled 和 DisabledByDefault (REG_DWORD)。Microsoft 的“Azure 备份中的传输层安全性”（2022 年 9 月）要求 Enabled = 1 且 DisabledByDefault = 0；从 Windows Server 2012 R2 起，这两者都是 Windows 的默认值，因此在这些版本上缺少这些值也没有问题。在 Windows Server 2008 SP2 上请安装 KB4019276，在 2008 R2 / Windows 7 / 2012 上请安装 KB3140245，然后创建这些值。</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation>%1（组 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation>组 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation>%1；%2（%3，%4）；已启用 %5 个触发器（共 %6 个）；%7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation>上次运行时间 %1 UTC，结果 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation>并行运行新实例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation>对新实例排队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation>停止现有实例</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation>请勿启动新实例</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation>备份计划任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation>代理的计划备份由任务计划程序中的任务启动；如果该任务或其触发器被禁用，备份就不会按计划运行；如果该任务可能启动自身的第二个副本，备份会失败并显示“another job was in progress”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation>无法在此计算机上查询任务计划程序，因此不检查备份计划。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation>无法从任务计划程序读取代理的计划任务（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation>请以管理员身份打开任务计划程序 (taskschd.msc)，查看“任务计划程序库”&gt;“Microsoft”&gt;“OnlineBackup”。如果任务计划程序也无法打开它，请确保 Task Scheduler 服务正在运行（或重启服务器），然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation>此服务器已注册，但未计划任何备份：任务计划程序中的 %1 下没有任务，因此不会自动启动任何备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation>请打开 Microsoft Azure Backup（代理的控制台）并选择“计划备份”；保存计划时会创建该任务。如果其中已显示计划，请更改计划并重新保存，使代理重新创建其任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation>尚未计划任何备份（任务计划程序中的 %1 下没有任务），这在服务器注册之前是正常的：注册后计划备份时，代理会创建其任务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation>无法读取服务器是否已注册：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation>任务计划程序文件夹 %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation>注册状态</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation>在任务计划程序中打开“任务计划程序库”&gt;“Microsoft”&gt;“OnlineBackup”&gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation>计划任务 %1 已禁用，因此备份不会按计划运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation>向导中的“%1”会启用它；或者：%2，右键单击它并选择“启用”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation>向导中的“%1”会完成此设置；或者：%2 &gt;“属性”&gt;“触发器”，选择每个已禁用的触发器，选择“编辑”并勾选“已启用”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation>向导中的“%1”会完成此设置；或者：%2 &gt;“属性”&gt;“设置”，将“如果此任务已经运行，以下规则适用”设置为“%3”。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation>计划任务 %1 没有触发器，因此永远不会启动备份。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation>请打开 Microsoft Azure Backup（代理的控制台），选择“计划备份”，更改计划并保存，使代理重新写入其触发器。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>计划任务 %1 有 %n 个触发器已禁用，因此备份不会在这些时间启动。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation>计划任务 %1 在任务仍在运行时的规则设置为“%2”，因此备份可能会失败并显示“Job could not be started as another job was in progress”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation>计划任务 %1 以 %2 身份运行，而不是以 SYSTEM 或 Administrators 组身份运行，因此当该帐户的密码更改或其失去权限时，备份将会停止。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation>%1 &gt;“属性”&gt;“常规”，选择“更改用户或组”并输入 SYSTEM（此工具不会更改运行任务的帐户）。在代理的控制台中更改并保存计划也会重新注册该任务。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>%1 中代理的 %n 个计划任务均已启用，以 SYSTEM 或 Administrators 身份运行，其触发器均已启用，并且不会启动第二个实例。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation>更改任务后，请按照疑难解答指南的建议重启服务器。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation>任务 %1</translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation>缓存文件夹属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation>代理无法使用已压缩、已加密、稀疏、属于链接或位于重复数据删除驱动器上的缓存；其缓存文件将无法装载。</translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation>缓存文件夹的可用空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation>代理将其缓存和元数据保存在此驱动器上；空间不足时备份会失败。</translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation>缓存文件夹位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation>缓存文件夹位于不合适的驱动器上时，代理有文档记录的解决办法是移动它；如果操作不当，代理会丢失其缓存。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation>应移动缓存文件夹 %1，因为%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>； </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation>代理已安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation>无法确定缓存文件夹 %1 是否应移动，因为无法读取其部分信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation>缓存文件夹 %1 可以保留在当前位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryCheck.cpp" line="+22"/>
        <source>exists</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>是文件，而不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation>未检查（无值）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation>注册表中的缓存文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation>代理从两个注册表值读取其缓存文件夹；如果两者不一致或该文件夹已不存在，注册和备份都会失败。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation>此计算机未运行 Windows，因此此处不存在代理的缓存注册表值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation>尚未安装代理，因此尚未设置其缓存位置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation>HKLM\%1\%2：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation>无法确定是否已安装代理，因此未检查其缓存位置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>无法从注册表读取代理的缓存位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>请以管理员身份重新启动疑难解答工具，然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation>如果缓存文件夹已被移动，请以管理员身份将两个值都设置为其新位置（%1 和 %2，填入该文件夹），然后运行 net stop obengine 和 net start obengine。如果该文件夹已被删除，则代理的缓存和密钥文件已丢失：请联系 Microsoft 支持部门；可能需要使用原始通行短语重新注册此服务器。</translation>
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
        <translation>两个注册表值都指向缓存文件夹 %1，且该文件夹存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation>无法检查注册表中指定的缓存文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation>注册表中指定的缓存文件夹 %1 是文件而不是文件夹，因此代理无法使用其缓存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation>注册表中指定的缓存文件夹 %1 不存在，因此代理无法使用其缓存。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation>代理已安装，但指示其缓存文件夹位置的两个注册表值均缺失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation>缺少注册表值 %1，因此代理的两个缓存位置值不匹配。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation>代理的两个缓存位置注册表值不一致（%1 和 %2），因此代理可能找不到其缓存。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>请使 %1 所在的驱动器重新联机，然后再次运行此检查；在其缓存可能只是暂时无法访问时，请勿将代理指向其他文件夹。如果该驱动器已永久丢失，请按文档移动缓存（“缓存文件夹位置”项列出了步骤）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation>向导中的“修复注册表中的缓存位置”会将 %1 设置为存在的文件夹 %2（会重新启动代理服务），或者以管理员身份运行 %3，然后运行 net stop obengine 和 net start obengine。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation>两个文件夹都存在，因此疑难解答工具无法判断代理使用的是哪一个。请找到包含代理当前缓存的文件夹（其中的文件最近有更改），然后以管理员身份使用该文件夹运行 %1 和 %2，再运行 net stop obengine 和 net start obengine。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation>代理安装文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation>Config 值指定的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation>CloudBackupProvider 值指定的文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation>两个值必须指定同一个存在的文件夹（FAQ“How to check if scratch folder is valid and accessible”）。按 Windows 比较路径的方式进行比较：不区分大小写，忽略末尾的反斜杠。</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation>更改前停止，更改后重新启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation>如果正在运行，则重新启动</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation>未知（文件系统未提供）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation>上次写入时间 %1 UTC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation>无法停止代理服务 obengine（%1）；未做任何更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation>等待之后代理服务 obengine 仍为 %1 状态；未做任何更改。待其停止后，请运行 net start obengine，然后重试此修复。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 回读的值为 %2，而不是 %3。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation>代理服务 obengine 未能重新启动（%1）：请以管理员身份运行 net start obengine。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation>修复注册表中的缓存位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation>代理服务 obengine 可能仍处于停止状态：请以管理员身份运行 net start obengine。ScratchLocation 可能为旧值，也可能为新值：请重新运行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>无法从注册表读取代理的缓存位置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation>两个值均已指向现有文件夹 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation>两个注册表值都没有指定可以复制到另一个值的文件夹。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation>没有需要修复的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation>仅当一个值指定了存在的文件夹，而另一个值缺失或指定了不存在的文件夹时，此修复才会复制该值；它绝不会自行编造路径。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation>%1 指定了 %2，该文件夹看似不存在，但其驱动器不存在或没有响应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>现在将代理指向 %1 可能会使其回到旧的缓存副本。请使该驱动器重新联机（磁盘管理），然后重新运行检查；如果该驱动器已永久丢失，请按文档移动缓存（“缓存文件夹位置”项列出了步骤）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation>两个 ScratchLocation 值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation>先在修复日志中备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation>文件夹 %1（由 %2 指定）</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation>将 %1 设置为 %2，即另一个值所指定且存在的文件夹。两个值都会先在修复日志中备份。代理在启动时读取该值，因此如果其服务 obengine 正在运行，将会重新启动该服务。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation>撤消操作会将旧值 %1 写回 %2，并再次重新启动 obengine。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation>无法从此处撤消：%1 之前并不存在，而此疑难解答工具可以写入注册表值，但从不删除注册表值。若要还原，请以管理员身份运行：reg delete &quot;HKLM\%2&quot; /v %3 /f</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation>正在更改注册表值 %1</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation>计划中未指明要更改哪个值；未做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation>无法再次读取注册表值；未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>自预览以来注册表值已发生变化；未做任何更改。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation>文件夹 %1 已不存在；未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 未做任何更改。</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation>自预览以来缓存文件夹已发生变化，因此无法再确定 %1 是错误的；未做任何更改。请重新运行检查。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation>已将 %1 设置为 %2。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation>已将 %1 设置为 %2；两个值现在指定同一个文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation>代理服务 obengine 可能仍处于停止状态：请以管理员身份运行 net start obengine。ScratchLocation 可能为两个值中的任意一个：请重新运行检查。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>日志条目中未指明要还原哪个值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation>不会将 %1 还原为 %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation>将 %1 还原为 %2。如果代理服务 obengine 正在运行，将会重新启动该服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation>再次运行此修复会重新修复该值。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>修复之后 %1 又被更改过（现在为 %2）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation>日志条目中未指明要还原哪个值；未做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation>修复之后 %1 又被更改过（现在为 %2）；未做任何更改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation>已将 %1 还原为 %2。</translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation>无法判定有关缓存文件夹的此项规则。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation>无法读取 Windows 版本：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation>此计算机未运行 Windows，因此没有 MARS 代理缓存文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation>注册表和安装文件夹都未说明缓存文件夹的位置。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation>无法确定代理的缓存文件夹现在或将来所在的位置。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation>缓存文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation>稀疏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation>链接（重分析点）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation>技术详细信息说明了无法读取的内容。如果缓存文件夹所在的驱动器处于脱机状态或不可用，请将其恢复；否则，请以管理员身份重新启动疑难解答工具，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation>缓存必须位于具有足够可用空间的本地固定 NTFS 驱动器上；“缓存文件夹位置”项列出了移动缓存的具体步骤。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation>请使用安装程序的 /s: 开关安装代理，使其缓存位于具有足够可用空间的本地固定 NTFS 驱动器上，例如：MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot;（添加 /p:&quot;&lt;install folder&gt;&quot; 还可以选择安装文件夹）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation>请在已提升的命令提示符中，将缓存移动到具有足够可用空间的本地固定 NTFS 驱动器上的文件夹（将下面的 &lt;new folder&gt; 替换为实际文件夹，例如 D:\MARS\Scratch）：1. net stop obengine 2. 如果配置了系统状态备份，请打开磁盘管理并分离名为 CBSSBVol_&lt;ID&gt; 的磁盘。3. 复制（不要移动）整个文件夹：robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. 运行一次按需备份（“立即备份”）；成功后，删除旧文件夹 %1。在脱机种子设定的初始复制正在进行时，请勿更改缓存位置。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation>缓存文件夹 %1 所在的驱动器当前不在此计算机上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation>请恢复该驱动器（重新连接或重新提供该磁盘，并在磁盘管理中为其分配驱动器号），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation>无法识别缓存文件夹 %1 所在的驱动器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+330"/>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The drive %1 of the cache folder %2 is offline or not ready.</source>
        <translation>缓存文件夹 %2 所在的驱动器 %1 处于脱机状态或未就绪。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation>GetVolumeInformationW：设备未就绪。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation>请使磁盘联机（磁盘管理：右键单击该磁盘，选择“联机”），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation>驱动器类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>文件系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation>（未报告）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation>GetDriveTypeW：%1；文件系统：%2；UNC 路径：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation>它位于网络共享上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation>缓存文件夹 %1 位于网络共享上；代理要求它位于此服务器的本地驱动器上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation>它位于可移动驱动器上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation>缓存文件夹 %1 位于可移动驱动器上；代理要求它位于固定的本地驱动器上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation>其驱动器不是固定磁盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation>缓存文件夹 %1 所在的驱动器被 Windows 报告为 %2，而不是代理所要求的固定本地磁盘。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation>其驱动器不是 NTFS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation>缓存文件夹 %1 位于 %2 驱动器上，而不是 NTFS 驱动器；NTFS 是 Microsoft 为代理记录的唯一文件系统。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation>未确认 (catalog B2)：ReFS 或其他文件系统能否用于缓存并无文档说明；FAQ 将 NTFS 列为备份源唯一受支持的文件系统。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation>缓存文件夹 %1 位于本地固定 NTFS 驱动器上。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation>无法读取缓存文件夹 %1 的属性。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation>检查的文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation>其驱动器上的重复数据删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation>重复数据删除：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation>其驱动器已启用重复数据删除，代理不支持将此类驱动器用于其缓存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation>缓存不能保留在启用了重复数据删除的卷上：请将其移到未启用重复数据删除的驱动器。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation>无法检查其驱动器是否启用了重复数据删除。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation>其驱动器使用重复数据删除</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation>缓存文件夹 %1 尚不存在，并且将在启用了重复数据删除的驱动器上创建，代理不支持将此类驱动器用于其缓存。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation>检查在查看缓存文件夹 %1 中的文件时被取消。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation>其中已检查的文件和文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation>其中已压缩的项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation>其中已加密的项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation>例如：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation>仅查看了前 %1 个文件和文件夹（最多 %2 层文件夹）；缓存文件夹中还有更多内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation>无法列出：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation>带有%1属性</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>其中有 %n 个文件或文件夹已压缩</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>其中有 %n 个文件或文件夹已加密</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> 并且 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation>缓存文件夹 %1 不是压缩、加密、稀疏或链接文件夹，但无法检查其中的所有文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation>缓存文件夹 %1 及其文件均不是压缩、加密、稀疏或链接形式。%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation>缓存文件夹 %1 不是压缩、加密、稀疏或链接文件夹，其中已查看的 %2 个文件和文件夹也都不是；其余内容未查看。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation>请以管理员身份检查其余内容：compact /s:&quot;%1&quot; 和 cipher /s:&quot;%1&quot; 会列出已压缩或已加密的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation>缓存文件夹 %1 及其中的文件均不是压缩、加密、稀疏或链接形式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation>缓存文件夹 %1 本身没有问题，但%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation>缓存文件夹 %1 %2，代理不支持将此类文件夹用作缓存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>； </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation>其中的文件带有%1属性</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation>创建时会带有%1属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation>缓存文件夹 %1 尚不存在，创建时会带有%2属性，因为 %3 带有%2属性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation>请以管理员身份清除 %1 上的属性（compact /u &quot;%1&quot;、cipher /d &quot;%1&quot;），或者使用安装程序的 /s: 开关选择其他缓存文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation>缓存文件夹 %1 尚不存在；将在其中创建该文件夹的 %2 既未压缩也未加密。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation>缓存文件夹 %1 尚不存在；将在其中创建该文件夹的 %2 既未压缩也未加密。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>它是文件，而不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation>缓存文件夹 %1 是文件，而不是文件夹。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation>文件夹中的内容均未压缩或加密，因此只需清除文件夹本身的标志即可：使用向导中的“%1”，或者以管理员身份运行 compact /u &quot;%2&quot; 和 cipher /d &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation>它带有%1属性</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation>清除文件夹的标志不会改变缓存中已有的文件。请按文档将缓存移动到既未压缩也未加密的新文件夹；%1 然后再次运行此检查：它也会检查其中的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation>链接或稀疏文件夹无法就地修复：请将缓存移动到普通文件夹。%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation>无法读取缓存文件夹 %1 所在驱动器的可用空间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>卷大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation>卷的可用空间比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation>低于 %1 为失败，低于卷的 %2 % 为警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation>对 %1 调用 GetDiskFreeSpaceExW：可用 %2 字节，共 %3 字节。Microsoft 要求可用空间为备份数据的 5-10 %（至少 2.5 GB；系统状态另需 30-35 GB）。此处不知道数据的大小，因此警告改为使用卷的 5 %（向导启发式规则，catalog B4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation>请释放该驱动器上的空间或扩展卷，或者将缓存移动到空间更大的驱动器。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation>其驱动器的可用空间仅剩 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation>缓存文件夹 %1 所在的驱动器仅剩 %2 可用空间，低于代理所需的最低 2.5 GB。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation>其驱动器的可用空间比例为 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation>缓存文件夹 %1 所在的驱动器可用空间比例仅为 %2（%3），低于 Microsoft 要求的 5 %。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation>缓存文件夹 %1 所在的驱动器有 %2 可用空间（%3），足以容纳缓存。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation>（缺失）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation>%1 所在的驱动器当前不在此计算机上（%2）；该文件夹可能只是暂时无法访问，而不是已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation>无法检查 %1 所在的驱动器是否存在：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation>存放 %2 的驱动器 %1 处于脱机状态或未就绪；该文件夹可能只是暂时无法访问，而不是已不存在。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation>该值不是字符串（REG_SZ）。</translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation>缓存文件夹所在驱动器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation>代理的缓存必须位于本地固定驱动器上；如果位于网络共享或可移动驱动器上，备份和注册都会失败。</translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation>非服务器核心安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation>代理不支持 Windows Server 的服务器核心安装（无桌面）；其控制台需要完整的 Windows 桌面。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation>此服务器运行的是 Nano Server，代理不支持此系统。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation>此服务器是服务器核心安装（无桌面），代理不支持此类安装。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation>请在安装了桌面体验的 Windows Server 上安装代理。Windows Server 2016 及更高版本无法为服务器核心安装添加桌面：请使用其他服务器，或者选择“桌面体验”重新安装。在 Windows Server 2012 R2 上，可以使用 PowerShell 命令 Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart 添加桌面。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation>这是 Windows 的桌面版本，不涉及服务器核心安装的问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation>此服务器安装了完整桌面，而不是服务器核心安装。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation>安装类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>产品类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation>从 HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion 读取 InstallationType 和 EditionID。安装类型“Server Core”和“Nano Server”以及以“Core”结尾的版本都没有桌面；支持矩阵排除了服务器核心 SKU。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation>此服务器上未记录这两个值，因此无法通过注册表排除服务器核心安装；服务器核心没有资源管理器，所以如果你眼前有桌面，就可以确定不是服务器核心。</translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation>启动代理服务</translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation>启动管理代理</translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation>启动代理服务（obengine）</translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation>服务可能正在启动或仍处于停止状态：请在 services.msc 中查看，如果已停止则启动它，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation>启动服务不会更改任何设置。若要再次停止它，请以管理员身份运行“net stop %1”。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation>此服务器上未安装服务 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation>无法读取服务 %1 的状态。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation>启动服务 %1（当前状态：%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation>服务 %1 已处于 %2 状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation>服务 %1 已禁用，因此无法启动。请以管理员身份运行“sc config %1 start= auto”，然后再次运行此修复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation>正在启动服务 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation>无法读取服务 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation>服务 %1 已在运行。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation>无法启动服务 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation>服务 %1 的状态为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation>服务 %1 已启动，但现在的状态为 %2；请在系统事件日志中查看原因。</translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation>启动 Windows 时间服务</translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation>仅删除上次修改时间早于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h ago</source>
        <comment>the unit symbol of hours</comment>
        <translation> 小时前的文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 h: every .tmp file, whatever its age</source>
        <translation>0 小时：所有 .tmp 文件，无论其存在多久</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation>删除 .tmp 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation>计划删除的 .tmp 文件可能只删除了一部分，其余的仍然存在；其他内容均未改动。审核日志列出了删除的每个文件。请重新运行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation>已删除的文件无法还原。它们是安装程序和其他程序未自行清理而留下的残留文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation>找不到 Temp 文件夹。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation>无法读取 Temp 文件夹 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation>... 以及另外 %1 个 .tmp 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation>%1 个只读文件，%2 个名为 *.tmp 的文件夹或链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation>保留不动</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation>%1 个未超过 %2 小时的 .tmp 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation>删除直接位于 %4 中、超过 %3 小时的 %1 个 .tmp 文件（%2）；%5 个较新的 .tmp 文件保留不动。文件夹、链接、只读文件、正在使用的文件以及在此预览之后写入的文件也会保留不动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation>删除直接位于 %3 中的 %1 个 .tmp 文件（%2）。文件夹、链接、只读文件、正在使用的文件以及在此预览之后写入的文件会保留不动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation>没有超过 %1 小时、需要删除的 .tmp 文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation>没有需要删除的 .tmp 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>删除 %1 中的文件需要管理员权限。请先使用“以管理员身份重新启动”，然后再次运行此修复。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation>即使具有管理员权限，此程序也可能无法更改 %1（%2）。请让客户的 IT 团队检查该文件夹的权限。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation>自预览以来 Temp 文件夹已发生变化；未删除任何内容。请重新预览此修复。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation>已处理 %1 个文件（共 %2 个）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation>已删除 %1 个文件，之后无法再读取该文件夹：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation>删除了 %1 个 .tmp 文件（共 %2 个）后已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation>已没有剩余的 .tmp 文件需要删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation>已删除 %1 个 .tmp 文件（释放了 %2）；%3 个保留不动（%4 个正在使用，%5 个被拒绝访问或删除失败）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation>%1 个不在预览中的 .tmp 文件保留不动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation>%1 个未超过 %2 小时的 .tmp 文件不在计划之内。</translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation>Windows Temp 文件夹中的 .tmp 文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation>Windows 在每个文件夹中最多只能创建 65,535 个临时文件名；当 C:\Windows\Temp 中充满 .tmp 文件时，代理的安装和注册会失败。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation>找不到 Temp 文件夹，因此无法统计 .tmp 文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation>已读取 %1 个条目</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation>计数已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation>无法读取 Temp 文件夹 %1，因此无法统计 .tmp 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>请以管理员身份重新启动疑难解答工具，然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation>Temp 文件夹 %1 中有 %2 个 .tmp 文件，因此 Windows 无法再为代理创建临时文件：请在安装或注册之前删除这些文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation>Temp 文件夹 %1 中有 %2 个 .tmp 文件，接近会导致代理安装和注册失败的 65,535 上限：请删除这些文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation>Temp 文件夹 %1 中有 %2 个 .tmp 文件，远低于会导致安装和注册失败的上限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation>向导中的“删除 .tmp 文件”会删除这些文件（你可以事先准确看到将删除哪些内容）；或者以管理员身份手动删除 %1\*.tmp。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation>.tmp 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation>.tmp 文件大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation>只读 .tmp 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation>名为 *.tmp 的文件夹或链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation>文件夹中的所有条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation>达到 %1 时警告，达到 %2 时失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation>GetTempFileName 仅使用其唯一编号的低 16 位，因此一个文件夹和前缀最多允许 65,535 个名称；超过此数量后，创建临时文件就会失败。统计的是直接位于该文件夹中、与 *.tmp 匹配的常规文件。</translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation>可以写入 Windows Temp 文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation>代理在安装和注册时会将文件下载到 C:\Windows\Temp；如果无法写入该位置，注册会失败。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation>找不到 Windows Temp 文件夹，因此无法进行检查。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation>无法确定能否在 Windows Temp 文件夹 %1 中创建文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation>Windows Temp 文件夹 %1 不存在，因此代理无法将其文件下载到该位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation>请让 IT 团队使用默认权限（SYSTEM 和 Administrators：完全控制）重新创建 %1，然后重启 Windows。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation>即使以管理员身份，也无法在 Windows Temp 文件夹 %1 中创建任何文件，因此代理无法将其文件下载到该位置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation>请让 IT 团队修复该文件夹的权限：SYSTEM 和 Administrators 需要完全控制，例如以管理员身份运行：icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F（icacls &quot;%1&quot; 会显示当前权限）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation>请让 IT 团队修复该文件夹的权限（ls -ld &quot;%1&quot; 会显示这些权限）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation>没有管理员权限时，疑难解答工具无法在 Windows Temp 文件夹 %1 中创建文件，因此无法判断代理能否创建文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation>请以管理员身份重新启动疑难解答工具（向导中的“以管理员身份重新启动”），然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation>请使用本地 Administrators 组中的帐户登录，然后再次运行此检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation>可以在 Windows Temp 文件夹 %1 中创建文件，因此代理可以将其文件下载到该位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation>可以创建文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation>未知：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation>以此进程的权限执行 canModifyFolder；代理以 SYSTEM 身份运行，此处以管理员的完整令牌代替 SYSTEM。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation>可用空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>卷大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation>可以在 Windows Temp 文件夹 %1 中创建文件，但其所在驱动器只有 %2 可用空间，不足以存放代理下载的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation>请在 %2 所在的驱动器上至少释放 %1 空间（使用磁盘清理，或将数据移到其他驱动器）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation>无法读取可用空间：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation>已压缩或已加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>均不是</translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>如果时区错误，时钟可能看起来正确，但其 UTC 时间却相差数小时，注册随后会失败并显示“Invalid vault credentials provided”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation>无法读取时区。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation>时区为 %1（%2），但此服务器设置的国家或地区 %3 并不使用该时区。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation>请询问客户服务器位于何处。如果时区错误，请以管理员身份使用 tzutil /s &quot;&lt;zone&gt;&quot; 进行设置，然后重新运行检查。更改时区会改变本地时间，而不会改变时钟的 UTC 时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation>%1 使用的时区：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation>时区为 %1（%2）。请与客户确认服务器确实位于此时区。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation>时区为 UTC，这是服务器的常见选择。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation>时区为 %1（%2），此服务器设置的国家或地区 %3 使用该时区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation>当前与 UTC 的偏移量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation>UTC 时间（此服务器的时钟）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation>国家或地区设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation>某个时区是否在某个国家或地区使用，依据的是 Unicode CLDR 时区表。时钟本身与 Azure 时间的比较由时钟检查完成。</translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation>与 Azure 连接的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation>注册时会通过 TLS 使用证书登录 Azure。如果有设备打开连接并重新签名（TLS 检查），或者出现此服务器不信任的证书，注册就会失败。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation>无法读取与 Azure 连接的证书。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation>一个未命名的证书颁发机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation>%1 %2 的根证书</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation>%1 为 %2 出示的证书已过期，因此连接被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation>%1 出示的证书与该名称不符（它属于其他主机），因此连接被拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation>%1 出示的证书 %2 由“%3”颁发，而此服务器不信任该颁发机构，因此连接被拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation>与 %1 %2 的连接受到“%3”的检查：其证书链终止于该颁发机构，而不是 Azure 使用的某个根证书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation>没有任何到 Azure 的 HTTPS 连接进行到 TLS 阶段，因此没有可查看的证书（请参阅连接检查）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation>与 Azure 的连接使用的是 Azure 自己的证书：中间没有任何设备打开这些连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation>请让网络团队将 Azure 地址（*.microsoftonline.com、*.windows.net、*.backup.windowsazure.com、*.blob.core.windows.net、*.queue.core.windows.net）排除在 TLS 检查之外；如果必须保留检查，则让此服务器信任执行检查的颁发机构（放入 LocalMachine\Root）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation>Azure 的 TLS 终结点所链接到的根证书（SHA-1）：DigiCert Global Root G2、DigiCert Global Root CA、Baltimore CyberTrust Root、D-TRUST Root Class 3 CA 2 2009、Microsoft RSA Root CA 2017、Microsoft ECC Root CA 2017。</translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation>保管库凭据文件：代理版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation>如今下载的保管库凭据文件包含一个早于 2.0.9249.0 的代理无法读取的字段，因此这些代理会将正常的文件判定为无效。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation>代理尚未安装；最新版本的代理可以读取所有保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>无法确定是否已安装代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation>无法读取已安装代理的版本，因此无法确定它能否读取此文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>“%1”不是版本号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation>已安装的代理 %1 早于 %2，无法读取当前的保管库凭据文件：它会将此文件判定为无效（ID: 34513）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation>请从 %1 下载最新的代理并在此服务器上运行：它会就地升级并保留原有设置。然后使用此文件进行注册。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation>已安装的代理 %1 可以读取当前的保管库凭据文件（需要 %2 或更高版本）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation>代理版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation>最低版本：%1（%2）。</translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation>保管库凭据文件：证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation>注册时使用文件中的证书登录。该证书必须带有私钥，并且必须在过期之前（下载后不久即会过期）使用，否则代理会提示文件无效或已过期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation>请在 Azure 门户中下载新的保管库凭据文件（保管库 &gt; 属性 &gt; 备份凭据），并立即使用它进行注册。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation>该文件只包含其证书的公钥部分，缺少注册登录时所需的私钥：此文件是手动生成的（一种已知的 PowerShell 错误做法），代理会将其判定为已过期或无效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation>如果该文件由脚本生成，请将证书的 PFX 导出内容（含私钥）写入 ManagementCert，而不是写入其 RawData。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation>文件中的证书（ManagementCert）既不是证书也不是 PFX：文件已损坏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation>文件中的证书受密码保护；代理会使用空密码打开它，因此无法使用该证书。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation>无法打开文件中的证书：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation>其中不包含证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation>文件中的证书不带私钥，因此注册时无法使用它登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation>证书使用者</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>指纹（SHA-1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation>包含私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation>无法将证书的日期与当前时间进行比较：无法读取任何时钟。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation>文件中的证书已于 %1 过期（已过期 %2），因此代理会提示“Vault credentials file provided has expired”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation>如果该文件是刚下载的，则说明此服务器的时钟有误：请先校正时钟（请参阅时钟检查）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation>文件中的证书自 %1 起才有效，按 %3 计算仍比当前时间晚 %2 分钟：此服务器的时钟慢了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation>请校正此服务器的时钟（请参阅时钟检查），然后使用同一个文件进行注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation>文件中的证书将于 %1 过期，即 %2 分钟后：请立即注册；如果可能需要重试，请下载新文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation>文件中的证书带有私钥，有效期至 %1（剩余 %2 小时）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation>比较对象</translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation>无法读取保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation>未选择保管库凭据文件：请在第一页上选择该文件（或使用 --vault-credentials），以便在注册前对其进行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation>无法将该文件作为保管库凭据文件读取（请参阅“保管库凭据文件”），因此此项不适用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation>保管库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation>租户（Entra ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation>Entra ID 颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation>备份服务地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation>文件格式版本</translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation>保管库凭据文件：名称和位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>代理只会从此服务器自己的磁盘读取保管库凭据文件，并且文件必须保留原始的 .VaultCredentials 文件名；否则注册会失败并显示“Invalid vault credentials provided”（ID: 34513）或“Unable to read the vault credentials file provided”（ID: 34528）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation>请在 Azure 门户中下载新文件（保管库 &gt; 属性 &gt; 备份凭据 &gt; 下载），并在此处选择该文件，不要重命名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation>无法读取保管库凭据文件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>请检查路径，以及当前帐户是否有权读取该文件；或者重新下载该文件。代理会提示“Unable to read the vault credentials file provided”（ID: 34528）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation>该文件名为“%1”，但代理只接受以 .VaultCredentials 结尾的文件（重命名过的文件会被视为无效而遭拒绝）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation>如果文件被重命名过，请恢复其 .VaultCredentials 扩展名（浏览器有时会添加 .xml 或 .txt），或者：%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation>该文件位于网络位置（%1）；代理要求它位于此服务器自己的磁盘上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation>请将该文件复制到此服务器上的某个文件夹中（例如“下载”文件夹），保留其文件名，然后选择该副本。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation>保管库凭据文件位于此服务器的磁盘上，并且使用原始形式的文件名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolves to</source>
        <translation>解析为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation>Start-OBRegistration 同样需要文件的绝对路径（相对路径会被拒绝）。</translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation>保管库凭据文件：内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation>该文件告诉代理要注册到哪个保管库、订阅和租户。如果文件已损坏、被编辑过或类型不对，就会出现“Invalid vault credentials provided. The file is either corrupted…”（ID: 34513）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation>根本无法读取该文件（请参阅“保管库凭据文件：名称和位置”），因此未检查其内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation>请在 Azure 门户中下载新的保管库凭据文件（恢复服务保管库 &gt; 属性 &gt; 备份凭据 &gt; 下载，需从主要区域下载），选择该文件时不要打开或编辑它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation>该文件是保管库“%1”（资源组 %2，区域 %3）的备份保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation>代理服务器上的租户限制必须允许租户 %1，注册才能登录。</translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation>保管库凭据文件：最新文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>每次下载保管库凭据都会使该保管库之前的文件失效，因此使用较旧的副本进行注册会失败并显示“Invalid vault credentials provided”（ID: 34513）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation>无法读取文件中的证书，因此无法判断哪个文件较新（请参阅“保管库凭据文件：证书”）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation>保管库“%1”有一个较新的文件位于 %2（生成于 %3）：只有最新下载的文件有效，因此所选文件会被拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation>请选择较新的文件（“浏览…”），或者下载一个新文件并立即使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation>较新的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation>在所选文件旁边或“下载”文件夹中没有其他保管库凭据文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>在为此保管库查看的 %n 个保管库凭据文件（所选文件及其旁边的文件）中，所选文件是最新的。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation>已查找的文件夹</translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation>保管库凭据文件：与服务器的保管库一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation>已注册到某个保管库的服务器会拒绝来自其他保管库的文件：“The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server”（ID: 100110）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation>此服务器尚未注册到任何保管库，因此可以使用“%1”的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation>无法读取此服务器所注册到的保管库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation>该文件属于“%1”，即此服务器已注册到的保管库。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation>此服务器已注册到保管库“%1”，但该文件属于“%2”：代理会拒绝该文件（ID: 100110）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation>请下载“%1”的保管库凭据并使用该文件；或者有意迁移服务器：在 Azure 门户中将其从“%1”中删除（备份基础结构 &gt; 受保护的服务器），卸载代理，重新安装，然后使用“%2”的文件进行注册（“%1”中的备份不会随之迁移）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>已注册到（ServiceResourceName）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation>文件所属的保管库</translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation>保管库凭据文件：租户限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation>强制执行租户限制的代理服务器只允许 Entra ID 登录访问其允许的租户；保管库的租户必须是其中之一，否则注册无法登录。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation>网络探测未运行，因此无法查找租户限制；执行租户限制的代理服务器必须允许的租户为 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation>Entra ID 对 %1 %2 返回了租户限制拒绝：代理服务器必须允许保管库的租户 %3，否则注册无法登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation>请让网络团队将租户 ID %1 添加到租户限制允许列表中（代理服务器的 Restrict-Access-To-Tenants 标头，或 Entra 租户限制 v2 策略），然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation>租户限制阻止了租户 %1（%2）的 Entra ID 登录。请允许此租户 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation>未发现来自 Entra ID 的租户限制拒绝；如果有代理服务器强制执行租户限制，它必须允许保管库的租户 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation>要允许的租户（AadTenantId）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation>Entra ID 颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation>识别租户限制页面（AADSTS500021、AADSTS500022、AADSTS5000211）是一种启发式方法，依据的是每个 Entra ID 响应的前 4 KB 内容。</translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation>MMC、DISM 和 Visual C++ 运行时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation>代理的控制台是一个 MMC 管理单元；其安装程序需要 DISM，在 Windows Server 2008 R2 上还需要 Visual C++ 2008 运行时；此外，支持矩阵将最新的 Visual C++ 2015-2022 运行时（x64）列为先决条件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation>找不到 Windows 系统文件夹，因此无法检查 MMC 和 DISM。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation>请还原 Windows 系统文件：以管理员身份在命令提示符中运行“sfc /scannow”并重启，或者使用 Windows 安装介质修复 Windows。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation>无法识别 %1 的版本（“%2”）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation>Microsoft 管理控制台的版本为 %1，低于代理控制台所需的 MMC 3.0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation>请通过 Windows 更新安装 Microsoft 管理控制台 3.0（所有受支持的 Windows 版本均已包含）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation>Microsoft 管理控制台（mmc.exe）缺失，而代理的控制台需要 MMC 3.0。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>无法读取 %1 的版本：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation>mmc.exe 版本</translation>
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
        <translation>存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation>%1 中缺少 DISM.exe，而在此 Windows 版本上，代理的安装程序需要它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation>%1 中缺少 DISM.exe，而代理的支持矩阵将其列为先决条件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation>Visual C++ 2008 运行时（x64）</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation>找不到 Windows 文件夹，因此无法检查 Visual C++ 2008 运行时：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation>读取 %1 时检查被取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation>请从 Microsoft 下载中心安装“Microsoft Visual C++ 2008 Redistributable Package (x64)”（运行时 9.0.21022.8），然后重新运行代理的安装程序。较新的 Visual C++ 运行时无法解决此问题（KB2934202：%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation>缺少 Microsoft Visual C++ 2008 Redistributable (x64)，因此代理的安装程序会失败并显示“Unable to execute the embedded application”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation>无法列出 %1 的内容：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation>代理所需的 MMC 3.0、DISM、Visual C++ 2008 运行时（x64）和 Visual C++ 2015-2022 运行时（x64）均已安装。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation>代理所需的 MMC 3.0、DISM 和 Visual C++ 2015-2022 运行时（x64）均已安装。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation>无法完整检查代理的次要先决条件（MMC、DISM、Visual C++ 运行时）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation>已检查：%1（文件版本 6.x 或更高即为 MMC 3.0）；%2；在 Windows 7 / Server 2008 R2 上，检查以 %4 开头的 %3\WinSxS 文件夹（VC++ 2008 x64 运行时，KB2934202）；以及 64 位和 32 位注册表视图中 HKLM\%5 的 Installed 和 Version 值（2025 年 11 月版支持矩阵所列的 VC++ 2015-2022 x64 运行时）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation>%1 注册表视图：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation>Visual C++ 2015-2022 运行时（x64）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation>无法检查 Visual C++ 2015-2022 运行时（x64）：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation>已安装（未记录版本）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation>请从 %1 安装最新的受支持 Microsoft Visual C++ Redistributable (x64)，然后重新运行代理的安装程序。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation>最新的程序包只能安装在 Windows 10 和 11 以及 Windows Server 2016 及更高版本上；在此 Windows 版本上，请安装 Visual Studio 2022 版本的 Visual C++ Redistributable (x64)，可从 my.visualstudio.com 获取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation>未安装 Microsoft Visual C++ 2015-2022 Redistributable (x64)，而支持矩阵将其列为代理的先决条件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation>仅安装了 Visual C++ 2015 Redistributable (x64) %1，其支持已于 2025 年 10 月结束；支持矩阵要求安装最新的受支持版本。</translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation>Windows 时间服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Windows 时间服务使时钟与时间源保持同步；没有该服务，时钟会不断漂移，直到注册失败并显示“Invalid vault credentials provided”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation>无法读取 Windows 时间服务的状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation>域层次结构（域控制器）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation>NTP 服务器（未列出任何服务器）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation>NTP 服务器 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation>域层次结构或 NTP 服务器 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation>其默认时间源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation>未安装 Windows 时间服务（W32Time），因此没有任何机制能使此服务器的时钟保持准确。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation>请以管理员身份运行 w32tm /register 和 net start w32time。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation>Windows 时间服务已禁用，因此没有任何机制能使此服务器的时钟保持准确。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation>请询问客户的管理员为何禁用该服务；要启用它，请以管理员身份运行 sc config w32time start= auto 和 net start w32time。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation>Windows 时间服务已停止，尽管其启动类型设置为自动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation>请启动该服务（使用向导中的修复，或以管理员身份运行 net start w32time）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation>Windows 时间服务被设置为不与任何时间源同步（Type = NoSync）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation>在域成员上，请以管理员身份运行 w32tm /config /syncfromflags:domhier /update；否则请运行 w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation>Windows 时间服务正在运行，并从 %1 获取时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation>Windows 时间服务的状态为 %1；Windows 会在需要时启动它，它从 %2 获取时间。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation>然后以管理员身份运行 w32tm /resync，并重新运行检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation>服务状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>启动类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation>同步来源（Parameters\Type）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation>未设置（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation>NTP 服务器（Parameters\NtpServer）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation>此处不读取上次同步是否成功（可使用 w32tm /query /status 查看）；时钟与 Azure 时间的比较由时钟检查完成。</translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation>Windows Installer 已就绪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation>代理通过 Windows Installer 进行安装和更新：如果该服务被禁用、有其他安装正在进行，或者代理缓存的安装程序包已丢失，安装程序就会在做出任何更改之前失败（错误 1618 和 1612）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation>Windows Installer 服务</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation>Windows Installer 服务（%1）缺失，因此无法运行代理的安装程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation>此服务器上的 Windows 本身已损坏：请以管理员身份运行“sfc /scannow”，重启服务器，然后重新运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation>无法读取 Windows Installer 服务（%1）的状态：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation>Windows Installer 服务（%1）已禁用，因此代理的安装程序无法安装或更新任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation>请以管理员身份运行：sc config %1 start= demand（即其通常的启动类型“手动”），然后重新运行代理的安装程序。如果该服务是被策略禁用的，请先询问服务器的管理员。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation>有其他安装正在进行</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation>是（HKLM\%1 存在）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation>此服务器上正在运行另一个安装，或者之前的安装被中断，因此代理的安装程序会因错误 1618 而停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation>请等待另一个安装完成（Windows 更新、软件部署）；如果没有任何安装正在运行，请重启服务器。然后在安装代理之前重新运行此疑难解答工具。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation>无法读取是否有其他安装正在运行：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation>无法读取是否已安装代理：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation>代理缓存的安装程序包</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation>不需要（未安装代理）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation>无法读取 Windows Installer 已知的产品列表：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation>未记录（产品 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation>Windows Installer 没有为代理记录缓存的安装程序包，因此更新可能会因错误 1612 而失败。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation>如果代理更新失败，请按照 KB4020490（%1）进行操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation>无法读取代理缓存的安装程序包所在的位置：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation>代理缓存的安装程序包 %1 缺失，因此更新代理会因错误 1612 而失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>更新前请按照 KB4020490（%1）进行操作：从 %2 启动代理安装程序并保持其向导处于打开状态；在 C:\Windows\Temp\OBInstaller0Curr.errlog 中找到最新的“Directory Path for SetupLaunchScreen”，将该文件夹的 Installers 子文件夹中的 OBSAGENT.msi 复制到 C:\Windows\Installer，并命名为 %3；关闭向导，然后重新运行安装程序。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation>%1（无法读取）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation>无法读取代理缓存的安装程序包 %1 是否存在：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation>%1（存在）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation>未检查（没有名为“%1”的 Windows Installer 产品）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation>Windows Installer 中没有名为“%1”的产品，因此未检查代理缓存的安装程序包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation>Windows Installer 已就绪：其服务未被禁用，没有其他安装正在运行，并且代理缓存的安装程序包就位（或不需要）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation>Windows Installer 已就绪：其服务未被禁用，并且没有其他安装正在运行。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation>无法完整检查 Windows Installer。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation>已读取：服务 %1 的启动类型；HKLM\%2 是否存在（安装运行期间或安装中断后该项存在，此时第二个安装会因错误 1618 而失败）；对于已安装的代理，读取 HKLM\%4\&lt;product&gt;\InstallProperties 下名为“%3”的产品的 LocalPackage 值，以及该文件是否存在（KB4020490：缺少缓存的 OBSAGENT.msi 会导致更新因错误 1612 而失败）。</translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation>无法读取 Windows 版本，因此无法运行此检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation>此计算机未运行 Windows，而代理只能在 Windows 上运行，因此此检查不适用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation>请将代理安装到专用的文件夹中（使用安装程序的 /p: 开关）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation>%1 是驱动器的根目录，Windows 有意为其设置了隐藏和系统属性。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation>%1 是 Windows 自身的文件夹之一；此修复绝不会更改它。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation>%1 是用户配置文件文件夹（或存放配置文件的文件夹）；此修复绝不会更改它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation>“%1”不是本地驱动器上的文件夹：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation>%1 不在固定的本地驱动器上（它位于 %2 驱动器上）；代理的缓存必须位于固定驱动器上。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation>%1 不能用作代理的缓存文件夹：%2</translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation>在控制台中运行，输出结果后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation>与 --cli 一起使用时要运行哪些检查：install、register 或 all（默认）。</translation>
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
        <translation>模拟 &lt;file&gt; 中描述的计算机（培训和演示模式）。显示的所有内容都会标记为“模拟”。</translation>
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
        <translation>要检查的代理安装文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation>用于注册的 .VaultCredentials 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation>客户看到的错误：ID（如 34513）、代码（如 0x1FC07）或消息文本。能够解释该错误的检查会最先运行，摘要会说明是其中哪一项解释了该错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation>Azure 云：public（默认）、usgov 或 china。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation>技术人员要执行的操作：install（默认）、register 或 reregister。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation>文本和供人阅读的报告所用的语言：en、de、fr、es、ja 或 zh_CN（默认：系统语言；向导以其菜单中最后选择的语言启动）。</translation>
    </message>
    <message>
        <location line="-152"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--temp-dir cannot be combined with --scenario: the scenario file describes the simulated machine&apos;s temp folder. Leave one of them out.</source>
        <translation>--temp-dir 不能与 --scenario 同时使用：场景文件描述了模拟计算机的 Temp 文件夹。请省略其中一个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation>--install-dir 需要文件夹名称：省略此选项即可使用代理注册表项中指定的文件夹。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation>查找 Microsoft Azure Recovery Services (MARS) 备份代理无法在此计算机上安装或注册的原因，并修复可以安全修复的问题。

不带选项时会打开向导。使用 --cli 时会在控制台中运行检查并输出表格。
退出代码：0 全部通过，1 有警告，2 有失败（或某项检查无法运行），3 用法错误（包括路径选项指定的内容不可用：所有路径都会在运行前检查），4 内部错误。如果运行后无法写入 --json 报告，会在 stderr 中报告，退出代码仍为本次运行的代码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation>与 --cli 一起使用：将报告以 JSON 格式（包含所有值，供二线支持人员使用）写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation>与 --cli 一起使用：将报告写为一个可在任何浏览器中打开和打印的 HTML 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation>与 --cli 一起使用：将 Markdown 格式的工单摘要写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation>与 --cli 一起使用：将报告写入 &lt;file&gt;，格式由文件名的结尾决定：.html（一个可在任何浏览器中打开和打印的文件）、.md（Markdown 格式的工单摘要）、.txt（表格），其他则为 JSON。可多次指定。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation>与 --cli 一起使用：运行结束后，将支持包写入 &lt;file&gt;（zip 文件）：其中包含 HTML、JSON 和 Markdown 格式的报告、此工具的日志和修复日志，以及代理自身日志的末尾部分，机密信息均已删除；包内的 manifest.txt 列出了每个文件以及缺少的内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation>Temp 文件夹检查及其清理所作用的文件夹（默认：Windows 上为 %SystemRoot%\Temp，Linux 上为系统临时文件夹）。不得是驱动器根目录或系统文件夹；不能与 --scenario 一起使用，因为场景文件描述了 Temp 文件夹。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation>日志（logs/mars-troubleshooter.log，记录会话经过；logs/mars-audit.log，记录修复所做的更改）和修复日志（fix-journal.jsonl）的写入位置。只有在该位置能够写入修复日志时才会运行修复（默认：%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation>同时将日志写入控制台（stderr）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation>实验环境：探测 &lt;file&gt;（JSON，参见 docs/endpoints.md）中列出的终结点，而不是该云的列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation>实验环境：本次运行的连接还会信任 &lt;file&gt;（PEM）中的 CA 证书；不会安装任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation>实验环境：还通过此代理服务器进行探测，格式为 http://host:port（地址中的凭据会被忽略）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation>以演示者模式启动向导，用于屏幕共享：文字更大，并在屏幕上遮盖客户的用户名、计算机名、电子邮件地址和 ID（报告中保留这些信息）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation>--phase 必须为 install、register 或 all，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud 必须为 public、usgov 或 china，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation>--goal 必须为 install、register 或 reregister，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation>--language 必须为语言代码（例如 de 或 en），而不是“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation>--error 超过了 %1 个字符：请提供错误的 ID 或其消息的第一行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation>此检查目录未说明代理将日志保存在何处。</translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation>在列表中选择一项检查，以查看其发现以及相应的处理方法。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation>处理方法</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation>供网络团队参考</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation>复制给网络团队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation>复制失败的地址、其路由和允许列表，以便粘贴到邮件或工单中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation>技术详细信息（供支持人员参考）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation>此检查正在运行。其结果将显示在此处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation>此检查尚未运行。%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;此检查的 Microsoft 文档&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation>在进行任何更改之前，准确显示将要更改的内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>撤消：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation>撤消此修复在 %1 所做的更改。会先准确显示将要更改的内容。</translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation>没有可查询的计算机。</translation>
    </message>
</context>
<context>
    <name>mars::CheckItemDelegate</name>
    <message>
        <location filename="../wizard_pages/CheckItemDelegate.cpp" line="+42"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s of %2 s</source>
        <translation>%1 秒 / %2 秒</translation>
    </message>
</context>
<context>
    <name>mars::CheckListModel</name>
    <message>
        <location filename="../wizard_pages/CheckListModel.cpp" line="+28"/>
        <source>%1 — running</source>
        <translation>%1 — 正在运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation>%1 — 尚未运行</translation>
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
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation>等待运行。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation>已完成 %1/%2…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation>已完成 %1…</translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation>此检查无法运行，因此对其测试的内容一无所知。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation>检查因内部错误而停止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation>检查因未知的内部错误而停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation>检查已结束，但没有给出结论（检查本身存在缺陷）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation>此检查完成之前，整个阶段已达到 %1 秒的时间限制。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation>在完成之前被用户取消。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation>未能在 %1 秒的时间限制内完成。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation>此检查耗时过长，因此其结果未知。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation>请重新运行。如果仍然超时，说明计算机非常慢或某个系统调用挂起；请记下此情况，供二线支持人员参考。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation>此检查已取消，因此其结果未知。</translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation>能否安装代理？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation>这些检查只读取此服务器的信息。选择一项检查可查看其发现和处理方法。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation>能否将此服务器注册到保管库？</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation>此页面上的所有检查及其结论。选择一项检查可查看其发现和处理方法。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation>仅显示问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation>隐藏已通过或不适用的检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation>重新运行所选检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation>全部重新运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation>重新运行所选检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation>重新运行此页面上的所有检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation>停止仍在运行的检查。其结果将保持未知。</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation>打开此页面时将开始检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation>此步骤没有检查。请单击“下一步”继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>正在检查…检查完成后即可单击“下一步”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation>全部 %1 项检查完成后即可单击“下一步”——仍有 %2 项正在运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation>正在等待检查开始…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation>已完成：%1。选择标记为“失败”或“警告”的检查可查看处理方法。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation>已完成：%1。请单击“下一步”继续。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation>修复功能已关闭：本次运行不保留修复日志。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation>修复功能已关闭：无法写入修复日志（%1），该日志会在每次更改之前记录该更改。要使用修复，请关闭疑难解答工具，然后使用 --data-dir 指定一个当前帐户可写入的文件夹重新启动。</translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation>数据文件夹 %1 是文件，而不是文件夹：请使用 --data-dir 指定其他文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation>无法创建数据文件夹 %1（日志和修复日志存放在其中）：请使用 --data-dir 指定此帐户有权写入的文件夹。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation>无法使用场景文件：%1
请更正该文件（参见 docs/scenario-schema.md），或省略 --scenario 以检查此计算机。</translation>
    </message>
</context>
<context>
    <name>mars::EndpointList</name>
    <message>
        <location filename="../checks/catalog/common/EndpointList.cpp" line="+61"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has an unknown field &quot;%1&quot;; the known fields are %2.</source>
        <translation>包含未知字段“%1”；已知字段为 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation>字段“%1”必须是文本。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation>字段“%1”必须是文本列表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation>字段“%1”的第 %2 项必须是非空文本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation>必须是对象，例如 {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation>缺少 id；每个终结点都需要一个 id，例如 &quot;entra_login&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation>id 不是 snake_case 格式：请使用小写字母、数字和 _，以字母开头，最多 64 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation>重复了 id“%1”；每个 id 只能出现一次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation>缺少 url；请提供一个，例如 &quot;https://host:443/path&quot;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation>url“%1”不是有效地址（有效地址例如 &quot;https://host:443/path&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation>url 为“%1”；只能探测 http:// 和 https:// 地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation>url 中包含用户名或密码；终结点文件不得包含凭据。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation>url 中的端口为 0；请使用 1 到 65535 之间的端口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation>缺少 role；请使用 entra、backup、storage、ncsi、other 之一。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation>role“%1”未知；请使用 entra、backup、storage、ncsi、other 之一。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation>必须是包含 fqdns、ipRanges、serviceTags 和 ports 的对象。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation>IP 范围“%1”不是地址范围（例如 20.190.128.0/18）。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation>%1：终结点文件不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation>%1：终结点文件大于 1 MB；终结点列表只是几行 JSON。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation>未能读取终结点文件：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>文件为空；终结点列表应为 JSON，例如 {&quot;endpoints&quot;: [...]}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>文件不是有效的 JSON（在第 %1 个字符处：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>顶层必须是 JSON 对象，例如 {&quot;endpoints&quot;: [...]}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation>必须是 public、usgov、china 之一。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation>文件中没有 &quot;endpoints&quot; 列表；请提供一个，例如 &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation>终结点列表为空；没有可探测的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation>文件列出了 %1 个终结点；最多探测 %2 个。</translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation>撤消“%1”在 %2 所做的更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation>此修复无法撤消。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation>此更改已撤消。</translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>撤消：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation>修复将进行的每项更改各占一行：更改的内容、其当前状态以及修复后的状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation>撤消将更改的内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation>修复将更改的内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation>修复后</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation>撤消后</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation>此操作无法撤消。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation>撤消更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation>按上面所列，恢复此修复所更改的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation>执行上面列出的更改，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation>关闭此窗口，或停止正在运行的修复。此按钮本身不会更改任何内容。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation>停止修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation>正在确定具体将更改的内容…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation>管理员权限：不需要。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation>管理员权限：需要。Windows 会请求确认；不会在无提示的情况下提升权限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation>管理员权限：需要，但此窗口不具备该权限。请先以管理员身份重新启动此工具；它绝不会自行提升权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation>管理员权限：需要，此窗口已具备该权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation>可以撤消：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation>此更改无法撤消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation>无法撤消：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation>要更改的项目：%1（共 %2 个）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation>要更改的项目：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>列表中显示前 %n 个项目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>列表中每项更改各占一行：共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation>已完成 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation>检查现在会重新运行以确认结果；完成后，列表中对应的行会随之更新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation>此窗口现在将关闭，以便由以管理员身份运行的副本接管。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>部分完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>无需执行任何操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>未应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation>当前项目完成后即停止…</translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation>本次运行没有日志密钥。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation>没有记录显示它进行到了哪一步：请重新运行其检查，以查看计算机的当前状态。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation>另一个疑难解答工具副本正在更改此计算机。请等待其完成后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation>无法写入锁文件 %1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation>修复日志 %1 大于 %2 MB；只读取了其中最新的 %2 MB，因此较早的修复无法撤消（新的修复仍会被记录）。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation>已中断：此修复开始于 %1，但从未完成。它原本要执行的操作：%2</translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation>%1（默认：%2）</translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation>%1 到 %2 之间的数字；预览会随该值更新。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation>预览会随输入的内容更新。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation>预览会随所做的选择更新。</translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation>修复尚未停止。它会在后台继续运行：结束时，其结果会写入修复日志，并重新运行其检查。可以关闭此窗口；在它结束之前，无法启动其他修复。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation>此更改是在%1计算机上进行的；无法在此处撤消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation>无法确定此修复将更改的内容。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation>此修复无法在此处应用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation>对此计算机的另一项更改仍在进行中。请等待其完成后重试。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation>本次运行不保留修复日志。</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation>未做任何更改：无法写入修复日志（%1），该日志会在每次更改之前记录该更改。请使用 --data-dir 指定一个当前帐户可写入的文件夹来启动疑难解答工具。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation>修复因内部错误而停止：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation>无法将其结果添加到修复日志中（%1）：日志中仅显示其已启动。</translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation>向导提供的修复（每项更改在进行之前都会先预览）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation>针对“%1”</translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation>MARS 代理疑难解答工具报告，会话 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation>MARS 代理疑难解答工具报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation>模拟：来自场景文件，而非真实服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>帐户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>开始时间（UTC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation>工具版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation>实验环境输入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation>客户看到的错误</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation>供网络团队参考：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>文档：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation>自首次运行以来</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation>本次会话中的修复</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>请重启服务器一次：本次会话中有 %n 项更改需要重启后才能生效。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation>会话 %1。此报告中的机密信息已被遮盖。同一会话的 JSON 报告包含所有值，供二线支持人员使用。</translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation>将此字段留空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation>省略 --install-dir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 是文件，而不是文件夹：请键入代理的安装文件夹，或者%2，以使用代理注册表项中指定的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation>%1 不是完整路径：请键入包含驱动器的路径，例如 C:\Program Files\Microsoft Azure Recovery Services Agent，或者%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 及其所有上级文件夹均不存在：请检查驱动器号，或者%2，以使用代理注册表项中指定的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation>%1 尚不存在：代理的安装程序会创建它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>键入的安装文件夹 %1 不存在：请更正，或者%2，以使用代理注册表项中指定的文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation>无法读取 %1（%2）：检查结果会提供更多信息。</translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>修复日志中列出了 %n 项本次运行不会撤消的早期更改：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation>由未知修复进行的更改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: %2</source>
        <translation>• %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>…and %n more.</source>
        <translation>
            <numerusform>…以及另外 %n 项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>上次在此计算机上运行疑难解答工具时，有 %n 项修复未完成（工具被强制关闭，或服务器停止运行）。请先检查此情况，再进行其他操作：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation>• %1（开始于 %2）：%3</translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation>无法打开日志密钥文件夹 %1：%2。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation>无法读取日志密钥 %1：%2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation>日志密钥 %1 不是 %2 字节的文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation>无法创建日志密钥文件夹 %1：%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation>无法创建日志密钥 %1：%2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation>无法检查 %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation>%1 并非仅归管理员所有（所有者 %2，模式 %3），因此不会使用它。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation>无法检查 %1：%2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation>%1 是链接，或者不是此工具在该位置创建的内容，因此不会使用它。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation>%1 的所有者不是管理员，因此不会使用它。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation>无法打开日志密钥文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation>无法读取日志密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation>无法准备 %1 的权限：%2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation>无法创建日志密钥文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation>%1 是链接或不是文件夹，因此不会在其中创建日志密钥。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation>无法设置日志密钥文件夹 %1 的权限：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation>无法创建日志密钥 %1：%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation>无法写入日志密钥 %1：%2</translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation>此更改是在另一个会话中的模拟计算机上进行的；模拟计算机仅在其会话期间存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation>此日志行在写入后被修改过（其签名不匹配），因此不会撤消。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation>此更改是针对计算机“%1”记录的，而不是针对本计算机（“%2”），因此不会在此处撤消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation>此更改是由帐户“%1”进行的，而不是“%2”；只有该帐户才能撤消它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation>此日志行未使用本计算机的日志密钥签名，而以管理员身份运行时只会撤消已签名的行（任何人都可以向日志文件中添加行）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation>无法验证此日志行的签名：%1</translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation>关闭前是否保存报告？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation>此会话更改了服务器，但记录所做更改的报告尚未保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation>此会话发现了问题，但其报告尚未保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation>二线支持人员需要此报告才能接手后续处理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation>无法将报告保存到 %1。窗口将保持打开状态。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation>无法保存报告。</translation>
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
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation>%1 大于 %2（其大小为 %3），超出了此类文件正常所需的大小。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation>%1 大于 %2，超出了此类文件正常所需的大小。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation>%1 是网络路径或设备路径；请将文件复制到本地文件夹，并在那里指定它。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation>未指定文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation>%1 处没有文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation>%1 是设备、管道或套接字，而不是普通文件；只能读取普通文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation>%1 在打开过程中被替换；未读取该文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation>无法在 %2 秒内读取 %1。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation>%1 位于网络驱动器上；请将文件复制到本地文件夹，并在那里指定它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation>此计算机上没有驱动器 %1。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation>%1 是链接或设备，而不是普通文件；请指定文件本身。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation>%1 是设备或管道，而不是普通文件。</translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation>此会话的日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation>日志仅保存在内存中（没有日志文件）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation>（尚无日志行。）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation>无法尝试连接 %1（%2）：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>名称查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>代理服务器</translation>
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
        <translation>%2 %3 的%1在 %4 秒后失败：%5。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation>%1 | 路由 %2 | 层 %3 | %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation>未命名的服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation>%1（%2）响应了 %3 %4（来自 %5）：途中的某个环节或该服务本身出现了故障。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation>%1（%2）被阻止：%3 %4，来自 %5（代理服务器的阻止页面）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation>%1（%2）已响应（HTTP %3）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation>%1 大于 1 MB：不是 CA 证书文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 不包含 PEM 证书（-----BEGIN CERTIFICATE-----）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation>来自保管库凭据文件的 %1，它不是此云允许列表中的 HTTPS 地址</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation>由保管库凭据文件指定</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation>实验环境列表 %1（--endpoints）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation>%1 云的内置列表（%2，来源审核日期 %3）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation>%1（%2）是配置脚本，此工具不会对其求值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation>直接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation>通过 %1 %2</translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation>%1 需要文件名。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation>%1：%2 是网络路径或设备路径：请将文件复制到此计算机上的文件夹中，并在那里指定它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation>%1：文件 %2 不存在：请检查名称和文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation>%1：%2 是文件夹，而不是文件：请指定其中的文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation>%1：%2 是设备、管道或套接字，而不是普通文件：请指定一个文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation>%1：无法使用此帐户的权限读取文件 %2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation>%1：%2 是文件夹，而不是文件：请指定其中的某个文件，例如 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation>%1：文件夹 %2 不存在：请先创建该文件夹，或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation>%1：%2 是文件，而不是文件夹：请选择某个文件夹中的文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation>%1：无法写入 %2（%3）：请选择此帐户有权写入的文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation>%1 需要文件夹名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation>%1：%2 是文件，而不是文件夹：请指定一个文件夹（如果不存在，将会创建）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation>%1 需要文件夹名称：省略此选项即可使用默认的 Temp 文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation>%1：文件夹 %2 不存在：请检查名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation>%1：%2 是文件，而不是文件夹：请指定要检查的 Temp 文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation>%1：%2 是驱动器根目录或系统文件夹，而 Temp 清理会删除所检查文件夹中的文件：请指定 Temp 文件夹本身（例如 %3）。</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation>可选：在此处测试通行短语；它不会被存储或发送</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation>此通行短语符合代理的规则。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation>代理将拒绝此通行短语：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation>代理会接受它，但是：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation>请将其保存在此服务器之外（例如 Azure Key Vault 中）：没有它就无法还原任何备份，并且重新注册此服务器也需要相同的通行短语。</translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation>该文件要求 %1 轮密钥派生（超过 %2 轮）</translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation>无法确定包含 %1 的卷：%2。</translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation>以 root 身份运行（uid 0）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation>无法读取此进程所属的组</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation>组 %1 的成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation>不是 root，也不在 sudo、wheel 或 admin 组中</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation>无法打开 Temp 文件夹 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation>%1 既不是文件也不是文件夹；将保持不变。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation>%1 在更改过程中被替换；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation>Linux 没有 Windows 注册表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation>Linux 上不存在 Windows 服务。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation>Linux 没有 Windows 任务计划程序（其计划作业为 cron 条目和 systemd 计时器）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation>Linux 没有 Windows 任务计划程序。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation>Linux 没有 Windows 更新历史记录（其软件包由 apt 更新）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation>WinHTTP 仅存在于 Windows 上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation>Linux 没有 LocalMachine 证书存储（其受信任的根证书是文件，例如 /etc/ssl/certs 中的文件）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation>Linux 没有 Windows“个人”证书存储。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation>Linux 上只有只读属性（表现为写入权限）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 是符号链接；不会跟随该链接。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation>在 Linux 上，疑难解答工具绝不会自行请求 root 权限。请关闭它，然后以 root 身份重新启动，例如：sudo %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation>Linux 没有 Windows 时间服务（w32tm）；其时钟由自身的时间服务（systemd-timesyncd、chrony 或 ntpd）维护。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>无法打开文件 %1 进行读取</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 是文件夹，而不是文本文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation>Linux 没有 Windows 重复数据删除；代理的缓存仅存在于 Windows 上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation>未指定路径。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation>Linux 没有 Windows 已知文件夹（例如 %1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation>Linux 上的程序文件中没有 Windows 版本资源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation>Linux 没有可停止的 Windows 服务。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation>Linux 没有可写入的 Windows 注册表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation>Linux 没有可从中删除内容的 Windows 注册表。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation>无法读取主机名（gethostname）：%1</translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation>SYSTEM 帐户的 WinINet 代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation>SYSTEM 帐户的配置脚本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation>.DEFAULT 配置文件的 WinINet 代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation>.DEFAULT 配置文件的配置脚本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation>已登录用户的 WinINet 代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation>已登录用户的配置脚本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation>计算机范围的 WinINet 代理服务器（策略）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation>计算机范围的配置脚本（策略）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation>无代理服务器（直接连接）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation>WinHTTP（netsh winhttp show proxy）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation>WinHTTP 代理服务器</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation>没有任何设置使用它；仅为比较而探测</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation>--proxy 必须是一个代理服务器地址，例如 http://proxy.contoso.com:8080。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation>无法使用 --proxy %1：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation>--proxy 必须是 http:// 代理服务器地址（HTTPS 通过 CONNECT 经由该代理服务器传输）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation>通过 --proxy 指定的代理服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation>命令行（--proxy %1）</translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation>“=” 前面没有协议方案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation>代理服务器地址后面带有路径</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation>IPv6 地址缺少右方括号“]”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation>IPv6 地址后面有多余的文本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation>IPv6 地址必须写在方括号内，格式为 [地址]:端口</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation>没有服务器名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation>服务器名称中不允许的字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation>无法读取 %1\%2。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation>SYSTEM 帐户（WinINet）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation>.DEFAULT 配置文件（WinINet）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation>已登录的用户（WinINet）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation>计算机范围的策略（WinINet）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation>已启用代理（ProxyEnable = 1），但未设置代理服务器</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation>直接连接</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>proxy %1</source>
        <translation>代理服务器 %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>configuration script %1</source>
        <translation>配置脚本 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation>无法使用的代理服务器设置“%1”（%2）</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation>%1 个字节，太短，无法包含标志字节（格式未公开）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation>手动代理服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation>配置脚本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation>自动检测设置（WPAD）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation>标志 0x%1：%2（%3 个字节）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation>无法使用的代理服务器设置（未指定代理服务器）</translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
检查已运行，上表内容完整；仅缺少此报告。退出代码 %2 是本次运行自身的结果。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
检查已运行，上表内容完整；仅缺少支持包。退出代码 %2 是本次运行自身的结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation>支持包已写入 %1：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation>  未包含：%1</translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation>HTML 报告，可在任何浏览器中打开 (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation>JSON 报告，供二线支持人员使用 (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation>工单摘要，Markdown 格式 (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>纯文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation>自首次运行以来：没有变化，也没有问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>已修复 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>仍失败 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>新出现 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation>自首次运行以来：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation>%1（之前：%2，现在：%3）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation>仍失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation>首次运行后新出现</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation>没有运行任何检查，因此本工具无法判断此服务器是否已就绪。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation>此服务器通过了所有检查：可以继续进行代理的部署。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>此服务器很可能可以继续，但有 %n 个警告；请先查看“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>此服务器尚未就绪：有 %n 个问题需要处理；请先修复“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>本工具未能完成：有 %n 项检查没有结果；请从“%1”开始。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation>此版本已不再提供的修复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>已撤消：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation>已中断：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation>部分完成：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation>在完成前已停止：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation>无需执行任何操作：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>%n 个无法运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>%n 个已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n 个已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n 个不适用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n 个通过</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>mars::ReportedErrorField</name>
    <message>
        <location filename="../wizard_pages/ReportedErrorField.cpp" line="+18"/>
        <source>The error the customer saw, e.g. 34513, 0x1FC07 or the message&apos;s text</source>
        <translation>客户看到的错误，例如 34513、0x1FC07 或消息文本</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation>本工具无法识别该错误，因此所有检查将按常规顺序运行。请核对 ID，或粘贴消息的第一行。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>可以解释该错误的 %n 项检查将最先运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation>该错误在安装代理时出现：请在上方选择“在此服务器上安装代理”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation>该错误在注册时出现：请在上方选择一个“注册”目标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation>本工具的任何检查都无法确认此错误；请按照上方的建议进行操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation>“%1”
含义：%2
%3</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation>%2\%3 的值“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation>%1（已与其基础文件 %2 合并）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation>base 必须是指明另一个场景文件的字符串，例如 &quot;../healthy-server.json&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation>base 形成了循环：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation>base 的嵌套超过了 %1 层：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation>base 指定的 %1 不是内置场景之一（:/scenarios/...）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation>base 指定了 %1，但内置场景只能基于另一个内置场景（:/scenarios/...）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation>base 指定的 %1 不存在</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation>base 指定的 %1 位于场景文件所在的文件夹（%2）之外；请将其复制到该文件夹，或使用内置场景（:/scenarios/...）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation>base 指定的 %1 不是文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation>base 指定的 %1 大于 16 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation>base 指定的 %1 无法读取（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>缺少 schema；本程序读取的场景文件应包含 &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation>schema 必须是数字 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation>schema 为 %1，但本程序只能读取 schema %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation>%1[%2] 包含 &quot;remove&quot;，但该文件没有可供删除条目的 base</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation>%1 删除了 %2，但其中仍包含 %3；请将其一并删除，或保留该文件夹</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation>%1 必须是对象（{ ... }）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation>%1.%2 必须以字符串形式给出：在带有 base 的文件中，条目按 %3 与 base 中的条目进行匹配</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation>%1 再次指定了 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation>%1.remove 必须为 true；如需保留或更改该条目，请省略此字段</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation>%1 删除了 %2，因此只能包含 %3 和 remove，不能包含 &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation>%1 删除了 %2，但其 base 中没有该项</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation>必须是以点分隔的四个 0 到 65535 之间的数字，例如 &quot;2.0.9262.0&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation>必须是 readonly、hidden、system、archive、sparse、reparse_point、compressed、encrypted 之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation>为 directory，但文件不是文件夹；请在 &quot;folders&quot; 下列出文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation>是驱动器或共享的根目录，属于文件夹而不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation>重复列出了文件 %1（比较路径时不区分大小写）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation>位于 %1 中，但 tempFolder.exists 为 false</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>会使 Temp 文件夹包含超过 %1 个条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation>指定了“%1”，但 tempFolder 已列出该文件；请只在一个位置描述该文件（如果需要文本内容，请在 files 中使用 ageHours 描述）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation>指定的 %1 是文件夹（已在 folders 中列出、是磁盘根目录、Temp 文件夹或其他文件的父文件夹）</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioJsonReader</name>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.cpp" line="+19"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 %3.</source>
        <translation>%1：%2 %3。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation>%1 包含未知字段 &quot;%2&quot;；已知字段为 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation>必须是对象（{ ... }）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation>必须是列表（[ ... ]）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation>必须是字符串（&quot;...&quot;）</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的数字</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation>必须是不含 * ? &lt; &gt; | &quot; 字符的 Windows 绝对路径，例如 C:\Windows\Temp</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation>必须是以下值之一：%1</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation>必须包含 &quot;host&quot;（主机名，或用 * 表示所有主机）和 &quot;proxy&quot;（host:port）二者之一，且只能包含一个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation>必须为 host:port 格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation>必须是 dns、tcp、proxy、tls、http 之一</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation>指定了失败，但未指定 failedLayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation>同时包含 failedLayer 和 httpStatus；失败的交互不会收到响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation>为 proxy，只有 &quot;proxy&quot; 规则才会在该层失败</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation>必须是 40 个十六进制数字</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation>%1：文件为空；场景是一个 JSON 对象，例如 {&quot;schema&quot;: 1, ...}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation>%1：文件大于 16 MB；请使用生成器（{&quot;pattern&quot;: ..., &quot;count&quot;: ...}）描述大量临时文件，而不要逐一列出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation>%1：文件在 %2 处不是有效的 JSON：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation>%1：顶层必须是 JSON 对象（{ ... }）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>缺失；本程序读取的场景文件应包含 &quot;schema&quot;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation>为 %1，但本程序只能读取 schema %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation>缺失；每个场景都必须说明由谁运行本工具</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation>缺失；每个场景都必须说明所模拟的 Windows 版本</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation>为 false，但 folders 中列出了 %1 或其中的文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation>由场景文件声明</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation>为 not_admin，但 account.adminMember 为 true；管理员只能以已提升或受限的方式运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation>当 account.adminMember 为 false 时必须为 not_admin；只有管理员才有已提升或受限的令牌</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation>同时指定了 identityError 和计算机名称；请只指定其中之一</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation>必须为 1 到 15 个字符，且不含点或空格（NetBIOS 名称）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation>必须为 1 到 63 个字符，且不含点或空格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation>必须是 DNS 后缀（例如 contoso.com），开头和结尾不能有点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation>当 joinStatus 为 workgroup 或 domain 时为必填项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation>仅当 joinStatus 为 workgroup 或 domain 时才允许使用</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation>必须是由两个大写字母组成的 ISO 3166 国家/地区代码，例如 NL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation>同时指定了 utc 和 skewSeconds；如需固定的时钟，请指定 utc；如需将主机时钟偏移相应的秒数，请指定 skewSeconds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>必须是带有 Z 或时区偏移量的 ISO 8601 日期和时间，例如 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation>必须是以下值之一：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation>重复列出了文件夹 %1（比较路径时不区分大小写）</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation>必须指定一个项，例如 SOFTWARE\Microsoft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation>重复列出了 %2\%3 的值“%1”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation>对于 REG_SZ 和 REG_EXPAND_SZ，必须是字符串</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation>必须是 0 到 4294967295 之间的数字，或 &quot;0x1F&quot; 之类的字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation>必须是 0 到 9007199254740992 之间的数字；对于更大的值，请使用十进制字符串或 &quot;0x&quot; 十六进制字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation>必须是由十六进制字节组成的字符串，例如 &quot;01 ff 3a&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation>包含本程序无法识别的类型</translation>
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
        <translation>不能为空</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation>重复列出了服务 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation>同时指定了 error 和其他字段；无法查询的任务计划程序不会显示任何文件夹或任务</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation>必须是以反斜杠开头的任务计划程序路径，例如 \Microsoft\OnlineBackup</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation>必须是以反斜杠开头的任务完整路径，例如 \Microsoft\OnlineBackup\Microsoft-OnlineBackup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation>重复列出了任务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation>需要 userId 或 groupId：每个任务都以某个用户或组的身份运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation>需要 lastRunAgeHours</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation>大于 totalBytes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation>对于共享 %1 必须为 remote；\\server\share 路径始终是远程路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation>重复列出了磁盘 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation>当 direct 为 false 时必须指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation>为 true，但设置了 proxyServer；WinHTTP 只会使用其中之一</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation>同时指定了 present 和 absent；请列出存储中包含的证书，或列出其缺少的证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation>同时指定了 error 和其他字段；无法打开的存储不会显示任何证书</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>必须是 SHA-1 指纹：40 个十六进制数字</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation>重复列出了指纹 %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>必须是带有 Z 或时区偏移量的 ISO 8601 日期和时间，例如 2024-05-01T09:30:00Z</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation>结束时间（notAfter）早于开始时间（notBefore）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation>同时指定了 error 和其他字段；无法读取的历史记录不包含任何条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation>需要 lastInstallAgeDays</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation>为 0，但 lastInstallAgeDays 指明了一次安装</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation>包含键 &quot;%1&quot;，但它不是检查 ID；检查 ID 采用 snake_case 格式，例如 install_dir_attributes</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation>模拟的计算机上不存在 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation>无法读取 %1：设备未就绪（模拟的驱动器处于脱机状态）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>%1 需要管理员权限，而此（模拟的）进程未以提升的权限运行。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation>%1：场景文件不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation>%1：这不是文件；请指定场景 .json 文件的路径。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation>%1：文件大于 16 MB；场景文件使用生成器描述大量临时文件，应保持较小。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation>未能读取场景文件：%1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation>%1 是一个链接，但模拟的计算机未描述其目标。</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation>模拟：%1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，而不是文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation>读取 %1 被拒绝（模拟的计算机上拒绝访问）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation>模拟的计算机上没有任何磁盘包含 %1。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation>%1 位于网络共享上；是否对其进行重复数据删除取决于文件服务器。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation>模拟的计算机中没有此文件夹的描述。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation>%1 没有版本资源。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation> （32 位视图）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation>%2 中不存在注册表值“%1”。</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation>读取 %2 的注册表值“%1”被拒绝（拒绝访问）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation>列出 %1 的值被拒绝（拒绝访问）。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation>模拟的计算机上未安装 Windows 时间服务（W32Time）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation>Windows 时间服务未运行，因此 w32tm 无法重新同步时钟（0x80070426）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>设置时钟（w32tm /resync）需要管理员权限，而此（模拟的）进程未以提升的权限运行。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation>此模拟的计算机未描述任务计划程序。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation>模拟的计算机上不存在任务计划程序文件夹 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation>模拟的计算机上不存在计划任务 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation>正在更改计划任务 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>计划任务 %1 有 %n 个触发器，但更改指定的是 %2；未进行任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation>此模拟的计算机未描述 Windows 更新的历史记录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation>此模拟的计算机未描述计算机名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>“%1”不是 SHA-1 指纹（40 个十六进制数字）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation>正在停止服务 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation>正在更改 %2 中的注册表值“%1”</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation>注册表值必须位于配置单元下的某个项中。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation>正在删除 %2 中的注册表值“%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>无法删除注册表配置单元的根。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation>正在删除注册表项 %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation>模拟的计算机上未安装服务 %1。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation>正在更改 %1 的属性</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation>此帐户不是管理员，因此没有可切换到的已提升令牌。请使用管理员帐户登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation>模拟：场景现在以管理员的完整令牌运行。未启动任何程序。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation>正在启动服务 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation>服务 %1 已禁用；请先设置其启动类型。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation>无法解析名称 %1（DNS 服务器没有响应）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>名称 %1 不存在（DNS 服务器中没有此名称）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation>TCP 连接未能完成（没有任何响应：通常是防火墙丢弃了流量）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation>TCP 连接被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation>代理服务器拒绝了请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation>TLS 握手未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation>请求没有收到响应（连接保持打开状态，但没有任何数据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation>在收到任何响应之前，连接已被关闭或重置</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 不是包含主机名的 http 或 https 地址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation>无法解析名称 %1：模拟的计算机没有网络连接</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation>为 false，因此该文件夹不能包含文件、目录或符号链接（在带有 base 的文件中，请使用 &quot;files&quot;: null 去掉 base 中的这些条目）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation>同时包含 name 和 pattern；文件使用 name，生成器使用 pattern</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation>必须恰好包含一次 {n}，例如 &quot;tmp{n}.tmp&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>会使 Temp 文件夹包含超过 %1 个条目</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation>多出了一个模式：描述 Temp 文件夹最多只能使用 %1 个模式</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation>生成的名称也可能由其他模式生成，且数量超出了可检查的范围；请使用更少的模式描述该文件夹</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation>必须是单纯的文件名（不含文件夹，且不含 \ / : * ? &quot; &lt; &gt; | 中的任何字符）</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation>在 Temp 文件夹中再次指定了“%1”（比较名称时不区分大小写）</translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation>处于过渡状态</translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation>模拟的计算机（%1）。这些页面上的任何内容都不反映这台计算机的情况，修复也只会更改模拟环境。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation>模拟的计算机</translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation>在完成前已停止</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation>到 %1 端口 %2 的 TCP 连接未在 %3 秒内完成（没有任何响应：通常是防火墙丢弃了流量）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation>到 %1 端口 %2 的 TCP 连接被拒绝（该端口上没有程序在侦听，或被防火墙拒绝）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation>到 %1 端口 %2 的 TCP 连接失败：%3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>名称 %1 不存在（DNS 服务器中没有此名称）</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation>无法解析名称 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation>无法在 %2 秒内解析名称 %1（DNS 服务器没有响应）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation>代理服务器 %1 未响应隧道请求（CONNECT）就关闭了连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation>代理服务器 %1 未在 %2 秒内响应隧道请求（CONNECT）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation>代理服务器 %1 要求提供凭据（407 Proxy Authentication Required%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation>；支持的身份验证方式：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation>代理服务器 %1 拒绝建立隧道：%2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>服务器的证书不受信任：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation>TLS 握手未在 %1 秒内完成（对方停止了响应）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation>TLS 握手期间连接被关闭（某一方关闭了 TLS 1.2，或中间的设备阻止了它）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS 握手失败：%1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation>在收到任何响应之前，连接已被关闭或重置（由服务器或中间的设备执行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation>响应不是 HTTP</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation>请求未在 %1 秒内收到响应（连接保持打开状态，但没有任何数据）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation>代理服务器 %1:%2 要求提供凭据（407 Proxy Authentication Required）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 不是包含主机名的 http 或 https 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation>此版本不支持 TLS（Qt 未找到 TLS 后端），因此无法尝试 HTTPS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation>代理服务器 %1 没有端口。</translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS 代理疑难解答工具</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation>%1
请运行 mars-troubleshooter --help 查看选项。</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation>发现了哪些问题、接下来该做什么，以及如何将其提交给技术支持。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation>需要注意的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation>发现的问题，按严重程度从高到低排列，每项都附有处理方法。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation>将报告写入文件：HTML 格式便于阅读，JSON 格式供二线支持人员使用，也可以保存为 Markdown 或文本格式。机密信息已删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation>复制工单摘要</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation>复制一份用于工单的纯文本摘要。机密信息已删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation>支持包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation>供二线支持人员使用的单个 zip 文件：包含报告、本工具的日志和修复日志，以及代理自身的日志，机密信息已删除。写入之前会显示文件列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation>显示日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation>显示此会话的日志，其中的机密信息已被遮盖。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation>日志文件：无（此会话仅将日志记录在内存中）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation>尚未运行任何检查，因此还没有任何结果。请返回上一步运行检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation>有问题正在阻止代理。请处理下面失败的项目，然后重新运行检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation>部分检查无法运行，因此结果不完整。请参阅下文。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation>部分检查已取消，因此结果不完整。请返回上一步重新运行这些检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation>没有问题阻止代理，但有些项目值得查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation>未发现任何会阻止代理的问题。可以继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation>通过：%1 · 警告：%2 · 失败：%3 · 无法运行：%4 · 不适用：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation> · 已取消：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>注册之前请重启一次服务器：本次会话中进行的 %n 项更改需要重启后才能生效。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation>处理方法：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation>没有需要注意的检查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation>本次会话中应用的修复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation>现在需要检查的内容：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation>正在读取本次会话的修复记录…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>正在保存报告…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation>无法保存报告。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation>无法将报告保存到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
请选择其他文件夹（此帐户有写入权限的文件夹），然后重新保存。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation>摘要已复制到剪贴板（机密信息已删除）。请将其粘贴到工单中。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>支持包已保存到 %1（%n 个文件）。请将其发送给二线支持人员。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation>%1 未包含在内：%2 处尚无文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation>%1 未包含在内：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation>代理的日志未包含在内：此会话没有可从中读取日志的计算机。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation>%1（%2）未包含在内：此计算机上没有该日志（%3）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation>%1（%2）未包含在内：%3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation>报告：请在浏览器中打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation>包含所有值的报告，供工具使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation>用于粘贴到工单中的摘要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation>本工具的日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation>本工具的修复所做的更改（按文件列出）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation>本工具的修复日志（每个修复更改了什么，以及如何撤消）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation>本工具的日志未包含在内：此会话仅将日志记录在内存中。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation>MARS 代理疑难解答工具：支持包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation>会话：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation>创建时间（UTC）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation>计算机：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation>模拟：报告和日志描述的是场景文件，而不是真实的计算机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation>所有文件中的密码、密钥、证书和令牌都已替换为 %1。名称和路径保持不变，与保存的报告相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>%2 中的最后 %1（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation>由本工具生成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation>无法将支持包写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation>支持包</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation>供二线支持人员使用的单个 zip 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation>以下文件将放入 zip 文件。密码、密钥、证书和令牌会替换为 [REDACTED]；名称和路径保持不变，与保存的报告相同，因此请仅将支持包发送给你的支持团队或 Microsoft。在你选择保存位置之前，不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation>正在收集文件…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation>内容说明及来源</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation>保存支持包…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>%n 个文件（压缩前为 %1），以及列出这些文件的 manifest.txt。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation>由本工具为本次会话生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>%2 中的最后 %1（%3）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation>未包含：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation>保存支持包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 存档 (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation>正在写入支持包…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation>支持包未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation>无法将支持包保存到 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
请选择其他文件夹（此帐户有写入权限的文件夹），然后重新保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation>无法保存支持包。</translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation> （32 位视图）</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation>“%1”（%2，不是数字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation>%1 数据，不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation>演示者模式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation>用于屏幕共享：放大文字，并在屏幕上隐藏客户的用户名、计算机名、电子邮件地址和 ID。保存的报告中仍保留这些信息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation>返回上一页。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation>转到下一页，该页上的检查会立即开始。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation>关闭疑难解答工具。如果有值得保存的报告，会先询问你。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation>关闭疑难解答工具。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS 代理疑难解答工具</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation>%1 — 模拟：%2</translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation>Azure 的时钟（%1 响应中的 Date 标头）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation>此服务器的时钟（没有可用于比较的 Azure 地址响应）</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation>该文件不是 UTF-8 或 UTF-16 文本：它已损坏，或者不是保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation>该文件包含的 XML 远多于保管库凭据文件：它不是保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation>该文件包含文档类型声明（DTD），而保管库凭据文件从不包含 DTD：该文件已被修改，或者不是保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation>这是 Azure Site Recovery 凭据文件，而不是备份凭据文件：请从保管库的备份设置（“属性”&gt;“备份凭据”）下载保管库凭据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>该文件是 XML，但不是保管库凭据文件：它以 &lt;%1&gt; 开头，而不是 &lt;RSBackupVaultAADCreds&gt;。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation>该文件的 &lt;RSBackupVaultAADCreds&gt; 不在代理读取的命名空间（%1）中：该文件已被编辑或是手动创建的。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation>该文件不是有效的 XML（第 %2 行出现 %1）：它已损坏、被截断，或者不是保管库凭据文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation>没有元素</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation>该文件缺少注册所需的 %1：文件不完整或已被编辑。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation>该文件中的证书（ManagementCert）不是有效的 Base64：文件已损坏。</translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation>该文件位于网络位置；只能从此服务器自身的磁盘读取该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation>该文件大小为 %1 KB，远大于保管库凭据文件（几 KB）：它不是保管库凭据文件，或者已损坏。</translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation>保管库：%1 · 资源组：%2 · 区域：%3
订阅：%4 · 租户：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation>无法检查该文件。</translation>
    </message>
</context>
<context>
    <name>mars::Verdict</name>
    <message>
        <location filename="../checks/engine/Verdict.cpp" line="+47"/>
        <source>PASS</source>
        <extracomment>Verdict labels of the console table: short, upper case.</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <extracomment>The check itself could not run (the probe failed), as opposed to FAIL.</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation>无法运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>尚未运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation>为什么 Azure Backup（MARS）代理无法安装或注册？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation>请说明你要执行的操作，然后本工具会检查此服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation>本工具首先运行一组检查，这些检查只读取此服务器的设置，不会更改任何内容。如果检查发现了可以修复的问题，会准确显示将要更改的内容；在你确认修复之前，不会进行任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation>疑难解答工具及其报告所用的语言。更改后，此页面将以该语言重新显示：已输入的内容会保留（通行短语需要重新输入），并且会重新运行检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation>联系技术支持时请提供此 ID：每行日志、每份报告和每条修复记录中都包含此 ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>会话：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation>权限：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation>你要执行什么操作？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation>在此服务器上安装代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation>将此服务器注册到恢复服务保管库（已安装代理）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation>重新注册此服务器（之前已注册过）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation>先运行安装检查，然后运行注册检查。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation>运行注册检查：与 Azure 的连接、保管库凭据文件、时钟以及代理的运行状况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation>运行注册检查，并检查再次注册所需的条件：相同的通行短语，以及保管库中记录的此服务器名称。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation>详细信息（可选 — 如果还不知道，请留空）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation>浏览代理安装文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation>在文件夹对话框中选择代理的安装文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation>代理安装文件夹：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation>从 Azure 门户下载的 .VaultCredentials 文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation>浏览保管库凭据文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation>在文件对话框中选择 .VaultCredentials 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation>保管库凭据文件：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation>客户看到的错误：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation>加密通行短语：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation>Azure（公有云）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure US Government</source>
        <translation>Azure 美国政府</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure China (21Vianet)</source>
        <translation>Azure 中国（世纪互联）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud:</source>
        <translation>Azure 云：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation>Azure 云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation>保管库所在的 Azure 云。它决定连接检查会尝试哪些地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation>实验和培训用输入（不适用于客户的服务器）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation>用于替换该云默认终结点的 JSON 终结点列表（docs/endpoints.md）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation>仅在本次运行中受信任的 CA 证书 PEM 文件（不会安装）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation>http://host:port，作为一条额外路由进行探测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation>终结点文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation>额外的受信任根证书：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation>额外的代理服务器：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation>终结点文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation>额外的受信任根证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation>额外的代理服务器</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation>帐户：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation>无法读取此帐户的权限：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation>正在以管理员身份运行（已提升）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation>是管理员，但未提升 — 某些检查和修复需要你以管理员身份重新启动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation>不是管理员</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation>选择代理的安装文件夹</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation>选择保管库凭据文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation>保管库凭据 (*.VaultCredentials)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation>无法打开 %1 以查看其指向的位置：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的完整路径：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation>只能更改只读、隐藏、系统、压缩和加密属性。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation>不能同时设置和清除同一属性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation>NTFS 不能同时压缩和加密同一文件或文件夹。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation>无法读取 %1 的属性</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation>%1 是链接或连接点（重分析点）。不会更改其属性，也不会跟踪它所指向的位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation>无法更改 %1 的属性</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation>无法打开 %1 以更改其压缩状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation>在更改 %1 的属性期间，它被替换了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation>无法压缩 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation>无法解压缩 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation>在更改 %1 的属性期间，它被替换了；未更改其加密状态。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation>在更改 %1 的加密状态后，它随即被替换了；请先检查该文件夹，然后再继续。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation>无法加密 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation>无法解密 %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation>无法打开文件夹 %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation>无法读取文件夹 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation>无法读取文件夹 %1 的完整路径</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation>找不到 Windows 文件夹</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation>无法列出文件夹 %1 的内容</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation>列出文件夹 %1 的内容时已停止</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation>无法在 %1 中创建测试文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation>找不到 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation>找不到 %1 所在的卷</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation>无法读取 %1 所在卷的可用空间</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation>Windows 未报告其版本（RtlGetVersion）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation>无法读取时区</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation>找不到 Windows 系统文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation>此计算机上没有 Windows 时间工具 %1，因此无法根据时间源设置时钟。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation>w32tm /resync 未在 %1 秒内完成（时间源没有响应？），已将其停止。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation>w32tm /resync 在完成前已停止（已取消）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation>w32tm /resync 异常结束。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation>Windows 时间服务未运行，因此 w32tm 无法重新同步时钟（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation>w32tm /resync 失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation>w32tm /resync 失败，错误为 %1；其输出已保留作为证据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation>w32tm /resync 已结束，退出代码为 %1；其输出已保留作为证据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation>无法读取 WinHTTP 代理服务器设置</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation>%2 中的注册表值 %1 对其类型而言太短（%3 个字节）。</translation>
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
        <translation>注册表项 %1 不存在。</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation>无法打开注册表项 %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation>%2 中不存在注册表值 %1。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation>无法读取 %2 中的注册表值 %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation>无法统计注册表项 %1 的子项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation>无法统计注册表项 %1 的值数</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation>无法列出注册表项 %1 的子项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation>无法列出注册表项 %1 的值</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation>注册表值 %1 的文本包含 NUL 字符，而注册表字符串不能包含该字符。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation>无法打开注册表项 %1 进行写入</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation>无法写入 %2 中的注册表值 %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation>无法打开或创建注册表项 %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation>无法删除 %2 中的注册表值 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>无法删除注册表配置单元的根。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation>无法统计注册表项 %1 的内容</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation>无法删除注册表项 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation>Windows 更新正在等待重启（注册表项 ...\WindowsUpdate\Auto Update\RebootRequired）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation>已安装的 Windows 组件或更新正在等待重启（注册表项 ...\Component Based Servicing\RebootPending）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation>无法读取重启标记 HKLM\%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation>有文件正在等待在下次重启时被替换或删除（...\Control\Session Manager 中的注册表值 PendingFileRenameOperations）。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation>无法连接到服务控制管理器</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation>无法打开服务 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation>无法读取服务 %1 的状态</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation>无法读取服务 %1 的配置</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation>无法打开服务 %1 以启动它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation>无法启动服务 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation>服务 %1 启动后随即又停止了（退出代码 %2）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation>无法打开服务 %1 以停止它</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation>未停止服务 %1，因为有其他正在运行的服务依赖于它。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation>无法停止服务 %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation>无法读取此程序的访问令牌</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation>无法构建 Administrators 组的 SID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation>无法读取此程序是否以提升的权限运行</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation>无法检查 Administrators 组成员身份</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation>与此筛选令牌（UAC）链接的完整令牌中的 Administrators 组</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation>此筛选令牌（UAC）中列为仅拒绝的 Administrators 组</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation>此已提升令牌中已启用的 Administrators 组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation>此进程令牌中的 Administrators 组（无 UAC 拆分令牌）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation>找不到此程序的文件：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation>找不到此程序的文件：路径太长。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation>疑难解答工具正在以管理员权限重新启动；此窗口将关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation>Windows 未以管理员身份启动疑难解答工具，因为提示被拒绝。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation>Windows 无法以管理员身份启动疑难解答工具：%1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation>找不到文件 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation>%1 是文件夹，而不是程序文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation>文件 %1 没有版本信息（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation>无法读取 %1 的版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation>文件 %1 有版本信息，但没有版本号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 是文件夹，而不是文本文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>无法打开文件 %1 进行读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation>无法读取 %1 的大小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation>%1 是没有共享名称的网络路径（\\server\share）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation>此计算机上没有驱动器 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation>%1 及其上级文件夹均不存在</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation>%1 位于网络驱动器上；是否对其进行重复数据删除取决于文件服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation>驱动器 %1 没有响应（未就绪或脱机），因此无法检查其重复数据删除。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation>此系统（Wine）没有筛选器管理器，因此无法检查 %1 是否启用了重复数据删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation>筛选器管理器库（fltlib.dll）不可用</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation>此 Windows 版本不提供筛选器管理器的卷列表功能（fltlib.dll），因此无法检查重复数据删除。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation>无法列出附加到 %1 的筛选器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation>%1：只有管理员才能查询筛选器管理器（请以管理员身份重新启动）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation>Windows 未提供 %1 文件夹的位置：%2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation>正在为 Windows 更新启动 COM（CoInitializeEx）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation>无法启动用于查询 Windows 更新的线程：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation>Windows 更新未在 %1 秒内报告其历史记录（其服务可能正在启动或已挂起）。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>“%1”不是 SHA-1 指纹（40 个十六进制数字）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>无法打开计算机的受信任根证书存储（LocalMachine\Root）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>无法搜索计算机的受信任根证书存储（LocalMachine\Root）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation>无法打开证书存储 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation>无法列出证书存储 %1 的内容</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation>无法读取计算机名称（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation>无法读取域或工作组（NetGetJoinInformation）</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation>正在读取任务 %1 的路径（get_Path）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation>正在读取任务 %1 是否已启用（get_Enabled）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation>正在读取任务 %1 的定义（get_Definition）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation>正在读取任务 %1 的设置（get_Settings、get_MultipleInstances）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation>正在读取运行任务 %1 的身份（get_Principal：用户、组、登录类型、运行级别）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation>正在读取任务 %1 的触发器（get_Triggers）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation>正在读取任务 %1 的触发器是否已启用</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation>正在为任务计划程序启动 COM（CoInitializeEx）</translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation>代理的 InstallPath 注册表值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation>在第一页中输入的文件夹</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation>安装程序的默认文件夹</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation>代理的 Config\ScratchLocation 注册表值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation>代理的 CloudBackupProvider\ScratchLocation 注册表值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation>安装程序的默认值，即安装文件夹中的 Scratch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation>%1 及其上级文件夹均不存在。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation>无法读取 HKLM\%1\%2：%3</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation>未指定路径。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation>%1 是网络路径；只接受本地驱动器上的文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation>%1 不是驱动器上的完整路径（例如 C:\Folder）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation>%1 是相对于驱动器当前文件夹的路径，而不是完整路径（例如 C:\Folder）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation>%1 指定的是文件或文件夹的流（“:”），而不是文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation>%1 包含文件夹名称中不允许使用的字符。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation>此计算机运行的不是 Windows，因此没有可收集的代理日志。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation>代理的上次安装（安装日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation>代理的更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation>找不到系统 Temp 文件夹，因此缺少安装程序的日志：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation>无法读取代理的安装位置，因此缺少代理自身的日志：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation>代理未安装，因此还没有自身的日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation>代理的备份引擎</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation>代理与保管库的连接（最新）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation>无法列出代理的日志文件夹 %1 的内容：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation>%1 中没有 GatewayProvider*.errlog。</translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation>Microsoft 关于错误 0x1FBD3 的支持文章</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation>Microsoft 的 MARS 代理常见问题解答</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation>Microsoft 的 MARS 代理支持矩阵</translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation>保管库凭据无效（ID: 34513）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation>请下载新的保管库凭据文件并立即注册；本疑难解答工具的保管库凭据、网络、TLS、时钟和 Temp 文件夹检查会指出原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation>无法读取的保管库凭据文件（ID: 34528）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation>请将保管库凭据文件重新下载到本地文件夹，然后选择该文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation>已过期的保管库凭据文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation>请下载新的保管库凭据文件并立即注册；如果时钟检查报告时钟不正确，请先修复时钟。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation>来自其他保管库（而非此服务器所在保管库）的保管库凭据文件（ID: 100110）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation>请使用此服务器已注册到的保管库的凭据，或者有计划地将服务器移到其他保管库（请参阅已注册保管库检查）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation>要求登录的代理服务器（(407) Proxy Authentication Required）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation>请在 MARS 控制台中依次选择“更改属性”&gt;“代理配置”（Change Properties &gt; Proxy configuration），为代理提供代理服务器的用户名和密码；或者请网络团队允许该服务器无需登录即可通过。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation>无法连接到 Azure Backup（ID: 100050）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation>请查看本疑难解答工具的代理服务器和连接检查：可能是代理服务器或防火墙阻止了代理，或者防病毒软件造成了干扰。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation>未完成的激活（内部服务错误 0x1FC07）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation>请查看缓存文件夹检查（空间、位置、未完成的移动）；如果这些检查都通过，则保管库可能已达到已注册服务器数量的上限。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation>未正确配置的加密通行短语（ID: 34506）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation>请查看缓存文件夹检查：两个 ScratchLocation 值必须指向同一个现有文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation>已重命名的服务器（Resource not provisioned in service stamp，ID: 230006）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation>请将服务器重命名回注册时使用的名称，或以新名称重新注册（这样其第一次备份将是完整备份）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation>版本过旧、不再适用于 Azure Backup 的代理（0x1FBD3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation>请升级代理，然后重新注册服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation>被远程主机关闭的连接（10054），通常是由于未提供 TLS 1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation>请查看本疑难解答工具的 TLS 1.2 检查（SCHANNEL 和 .NET 设置）并应用其修复，然后重启服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation>无法解析的名称（DNS）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation>请查看本疑难解答工具的 DNS 和代理服务器检查：服务器无法解析 Azure 的名称，或者其使用的代理服务器已不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation>失败的连接尝试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation>请让网络团队允许通过 TCP 443 访问所引用行中的地址，并查看本疑难解答工具的连接检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation>TLS/SSL 错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation>请查看本疑难解答工具中有关 TLS 1.2、TLS 检查（TLS inspection）和根证书的检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation>已过期的内容（证书或凭据）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation>请查看本疑难解答工具的时钟检查和保管库凭据检查。</translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server（内部版本 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation>Windows Server 半年频道版本（内部版本 %1）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation>Windows %1（%2）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
</context>
</TS>
