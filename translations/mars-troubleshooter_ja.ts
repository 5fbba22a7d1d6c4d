<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddModulePathFix</name>
    <message>
        <location filename="../checks/catalog/health/AddModulePathFix.cpp" line="+72"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of the text written.</source>
        <translation>%1 を読み戻すと、書き込んだテキストではなく %2 になっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 came back as %2 instead of %3; the old text was written back.</source>
        <translation>%1 を読み戻すと、%3 ではなく %2 になっていました。元のテキストを書き戻しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add the agent&apos;s module folder to PSModulePath</source>
        <translation>PSModulePath にエージェントのモジュール フォルダーを追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath may or may not name the agent&apos;s module folder yet: run the check again before anything else.</source>
        <translation>システムの PSModulePath にエージェントのモジュール フォルダーが既に含まれているかどうかは不明です。ほかの操作を行う前に、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder is not known, so its module folder cannot be added.</source>
        <translation>エージェントのインストール フォルダーが不明なため、モジュール フォルダーを追加できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath cannot be extended by this fix.</source>
        <translation>この修正では、システムの PSModulePath に追加することはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server has no machine PSModulePath value; this fix only adds to an existing one. Add it in System Properties &gt; Advanced &gt; Environment Variables.</source>
        <translation>このサーバーにはシステムの PSModulePath 値がありません。この修正は既存の値に追加するだけです。[システムのプロパティ] &gt; [詳細設定] &gt; [環境変数] で追加してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a text value.</source>
        <translation>%1 は文字列値ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The machine&apos;s PSModulePath already names the agent&apos;s module folder.</source>
        <translation>システムの PSModulePath には、エージェントのモジュール フォルダーが既に含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to add.</source>
        <translation>追加するものはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needs one restart: the agent&apos;s service and tasks read PSModulePath when they start</source>
        <translation>再起動が 1 回必要です: エージェントのサービスとタスクは起動時に PSModulePath を読み取ります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add %1 to the end of the machine&apos;s PSModulePath (%2 kept as it is, every entry there stays). The old value is recorded in the fix journal first. It takes effect after the server restarts.</source>
        <translation>システムの PSModulePath の末尾に %1 を追加します (%2 はそのまま維持され、既存のエントリもすべて残ります)。変更前の値は、先に修正ジャーナルに記録されます。変更はサーバーの再起動後に有効になります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo writes the old value back, as long as nobody changed PSModulePath since. It also needs a restart to take effect.</source>
        <translation>元に戻すと、その後 PSModulePath が変更されていない限り、変更前の値が書き戻されます。元に戻した場合も、有効にするには再起動が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+80"/>
        <source>Changing the registry value %1</source>
        <translation>レジストリ値 %1 の変更</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The plan does not match the agent&apos;s module folder; nothing was changed.</source>
        <translation>計画された変更がエージェントのモジュール フォルダーと一致しません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>プレビューの後にシステムの PSModulePath が変更されました。何も変更されていません。修正をもう一度プレビューしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added the agent&apos;s module folder to the machine&apos;s PSModulePath; restart the server so the agent&apos;s service and tasks see it.</source>
        <translation>エージェントのモジュール フォルダーをシステムの PSModulePath に追加しました。エージェントのサービスとタスクに反映させるため、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The machine&apos;s PSModulePath may or may not be back as it was: compare it with the journal&apos;s before-state.</source>
        <translation>システムの PSModulePath が元に戻ったかどうかは不明です。修正ジャーナルに記録された変更前の状態と比較してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>ジャーナル エントリに、どの値を元に戻すかが記録されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine&apos;s PSModulePath is not put back.</source>
        <translation>システムの PSModulePath は元に戻されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added.</source>
        <translation>ジャーナル エントリの変更前の値には、現在の値に見つからないエントリが含まれています。元に戻す操作では、修正で追加したフォルダーだけを取り除きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the machine&apos;s PSModulePath back as it was before the fix. It takes effect after the server restarts.</source>
        <translation>システムの PSModulePath を修正前の状態に戻します。変更はサーバーの再起動後に有効になります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again adds the folder again.</source>
        <translation>修正をもう一度実行すると、フォルダーが再び追加されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 は修正後に再び変更されています (現在の値: %2)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry&apos;s old value holds entries the fix did not find there; undo only takes out the folder the fix added. Nothing was changed.</source>
        <translation>ジャーナル エントリの変更前の値には、現在の値に見つからないエントリが含まれています。元に戻す操作では、修正で追加したフォルダーだけを取り除きます。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed again after the fix; nothing was changed.</source>
        <translation>%1 は修正後に再び変更されています。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Put the machine&apos;s PSModulePath back as it was; restart the server so the agent sees it.</source>
        <translation>システムの PSModulePath を元に戻しました。エージェントに反映させるため、サーバーを再起動してください。</translation>
    </message>
</context>
<context>
    <name>AdminMembershipCheck</name>
    <message>
        <location filename="../checks/catalog/install/AdminMembershipCheck.cpp" line="+15"/>
        <source>Administrator account</source>
        <translation>管理者アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installing and registering the agent need an account in the local Administrators group.</source>
        <translation>エージェントのインストールと登録には、ローカルの Administrators グループに属するアカウントが必要です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether this account is an administrator.</source>
        <translation>このアカウントが管理者かどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the account in Computer Management &gt; Local Users and Groups &gt; Administrators.</source>
        <translation>[コンピューターの管理] &gt; [ローカル ユーザーとグループ] &gt; [Administrators] でアカウントを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account %1 is an administrator on this machine.</source>
        <translation>アカウント %1 は、このコンピューターの管理者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account %1 is not an administrator, so it cannot install or register the backup agent.</source>
        <translation>アカウント %1 は管理者ではないため、バックアップ エージェントをインストールまたは登録できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group</source>
        <translation>Administrators グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation>メンバー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not a member</source>
        <translation>メンバーではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it was determined</source>
        <translation>判定方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token membership in BUILTIN\Administrators: %1 (%2).</source>
        <translation>BUILTIN\Administrators のトークン メンバーシップ: %1 (%2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with an account that is a member of the local Administrators group (or ask the customer&apos;s IT team to add this account), then start the troubleshooter again.</source>
        <translation>ローカルの Administrators グループのメンバーであるアカウントでサインインし (または、お客様の IT チームにこのアカウントを追加するよう依頼し)、トラブルシューティング ツールをもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>AgentHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/AgentHealthCheck.cpp" line="+18"/>
        <source>Could not find out where the agent is installed.</source>
        <translation>エージェントのインストール場所を確認できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is not installed, so there is nothing of it to check here yet.</source>
        <translation>エージェントがインストールされていないため、ここではまだチェックする対象がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent installed</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>AntivirusExclusionsCheck</name>
    <message>
        <location filename="../checks/catalog/security/AntivirusExclusionsCheck.cpp" line="+83"/>
        <source>Antivirus exclusions for the agent</source>
        <translation>エージェントのウイルス対策除外</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antivirus that scans the agent&apos;s engine and cache folder can lock its files and make registration fail with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;unable to connect&quot; (ID: 100050).</source>
        <translation>エージェントのエンジンとキャッシュ フォルダーをスキャンするウイルス対策ソフトウェアは、ファイルをロックし、登録を「Invalid vault credentials provided」(ID: 34513) や「unable to connect」(ID: 100050) で失敗させることがあります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Whether Microsoft Defender is running could not be read.</source>
        <translation>Microsoft Defender が実行されているかどうかを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Microsoft Defender is installed but not running, so it does not scan the agent&apos;s files.</source>
        <translation>Microsoft Defender はインストールされていますが実行されていないため、エージェントのファイルをスキャンしません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender is not installed on this server.</source>
        <translation>このサーバーには Microsoft Defender がインストールされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender&apos;s real-time protection is off, so it does not scan the agent&apos;s files as they are used.</source>
        <translation>Microsoft Defender のリアルタイム保護がオフのため、使用中のエージェントのファイルはスキャンされません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s install folder could not be worked out, so its exclusions cannot be checked.</source>
        <translation>エージェントのインストール フォルダーを特定できなかったため、除外をチェックできません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Microsoft Defender&apos;s exclusions could not be read.</source>
        <translation>Microsoft Defender の除外を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Microsoft Defender scans in real time, but its exclusions could not be read without elevation, so whether it leaves the agent&apos;s files alone is unknown.</source>
        <translation>Microsoft Defender はリアルタイムでスキャンしていますが、昇格なしでは除外を読み取れなかったため、エージェントのファイルがスキャン対象から外されているかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the troubleshooter as administrator (Restart as administrator) to read them.</source>
        <translation>読み取るには、トラブルシューティング ツールを管理者として実行してください ([管理者として再起動])。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the process %1</source>
        <translation>プロセス %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the folder %1</source>
        <translation>フォルダー %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Microsoft Defender excludes the agent&apos;s engine (cbengine.exe), its bin folder and its cache folder.</source>
        <translation>Microsoft Defender は、エージェントのエンジン (cbengine.exe)、bin フォルダー、キャッシュ フォルダーを除外しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Defender scans in real time but does not exclude %1.</source>
        <translation>Microsoft Defender はリアルタイムでスキャンしていますが、%1 を除外していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group Policy decides Defender&apos;s exclusions here (DisableLocalAdminMerge): ask the administrator to add them there (the PowerShell equivalent is: %1).</source>
        <translation>このサーバーでは、Defender の除外はグループ ポリシーで決まります (DisableLocalAdminMerge)。グループ ポリシーで除外を追加するよう管理者に依頼してください (PowerShell で同等のコマンド: %1)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In PowerShell run as administrator: %1 (Tamper Protection or Group Policy may refuse it; then ask the administrator).</source>
        <translation>管理者として実行した PowerShell で %1 を実行してください (改ざん防止またはグループ ポリシーによって拒否される場合があります。その場合は管理者に依頼してください)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The cache folder could not be worked out (%1), so its exclusion was not checked.</source>
        <translation>キャッシュ フォルダーを特定できなかったため (%1)、その除外はチェックされていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other antivirus is running on this server (%1); whether it excludes the agent is not known here.</source>
        <translation>このサーバーでは他のウイルス対策ソフトウェア (%1) が実行されています。それがエージェントを除外しているかどうかは、ここではわかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the same exclusions in %1: the process cbengine.exe, the agent&apos;s bin folder and its cache folder.</source>
        <translation>%1 にも同じ除外 (プロセス cbengine.exe、エージェントの bin フォルダー、キャッシュ フォルダー) を追加してください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Older Microsoft advice also excludes csc.exe of each .NET Framework (for example %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe); it is not checked here.</source>
        <translation>以前の Microsoft のガイダンスでは、各 .NET Framework の csc.exe (例: %windir%\Microsoft.NET\Framework64\v4.0.30319\csc.exe) も除外するよう推奨されていますが、これはここではチェックされません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Defender (WinDefend)</source>
        <translation>Microsoft Defender (WinDefend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Real-time protection</source>
        <translation>リアルタイム保護</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown (unreadable)</source>
        <translation>不明 (読み取り不可)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excluded paths</source>
        <translation>除外されたパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Excluded processes</source>
        <translation>除外されたプロセス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other antivirus running</source>
        <translation>実行中の他のウイルス対策ソフトウェア</translation>
    </message>
</context>
<context>
    <name>AzureRootsCheck</name>
    <message>
        <location filename="../checks/catalog/tls/AzureRootsCheck.cpp" line="+61"/>
        <source>Azure&apos;s root certificates on this server</source>
        <translation>このサーバー上の Azure のルート証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s addresses prove who they are with certificates that lead up to a few root certificate authorities. Windows accepts such a connection only when it trusts the root. A server that lacks the roots and may not download them refuses the connection, and registration fails.</source>
        <translation>Azure のアドレスは、少数のルート証明機関につながる証明書によって身元を証明します。Windows は、そのルートを信頼している場合にのみ接続を受け入れます。ルート証明書がなく、そのダウンロードも許可されていないサーバーは接続を拒否するため、登録が失敗します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This server&apos;s trusted root certificates (LocalMachine\Root) could not be read.</source>
        <translation>このサーバーの信頼されたルート証明書 (LocalMachine\Root) を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The policy that allows or forbids Windows to download root certificates could not be read, and %1 and %2 are not in this server&apos;s trusted root store.</source>
        <translation>Windows によるルート証明書のダウンロードを許可または禁止するポリシーを読み取れませんでした。また、%1 と %2 はこのサーバーの信頼されたルート ストアにありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither %1 nor %2 is in this server&apos;s trusted root store, and automatic root certificate updates are turned off by policy, so Windows cannot fetch them when Azure&apos;s certificates need them: registration may fail with a certificate error.</source>
        <translation>%1 も %2 もこのサーバーの信頼されたルート ストアになく、ポリシーでルート証明書の自動更新がオフになっているため、Azure の証明書で必要になっても Windows はそれらを取得できません。登録が証明書エラーで失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask your security team to decide, then either import the two roots into this server&apos;s Local Computer store &quot;Trusted Root Certification Authorities&quot; (certlm.msc, or certutil -addstore Root &lt;file&gt;), as Microsoft&apos;s &quot;Azure TLS certificate changes&quot; asks for servers without internet access: %1 and %2. Or let Windows fetch roots again: set the policy &quot;Turn off Automatic Root Certificates Update&quot; (Computer Configuration &gt; Administrative Templates &gt; System &gt; Internet Communication Management &gt; Internet Communication settings) to Not configured, and allow this server HTTP access to ctldl.windowsupdate.com.</source>
        <translation>セキュリティ チームに判断を依頼したうえで、次のいずれかを行ってください。1 つは、インターネットにアクセスできないサーバーについて Microsoft の「Azure TLS 証明書の変更」が求めているとおり、2 つのルート証明書 %1 と %2 を、このサーバーのローカル コンピューターの [信頼されたルート証明機関] ストアにインポートする方法です (certlm.msc、または certutil -addstore Root &lt;file&gt;)。もう 1 つは、Windows が再びルート証明書を取得できるようにする方法です。ポリシー [ルート証明書の自動更新をオフにする] (Turn off Automatic Root Certificates Update) ([コンピューターの構成] &gt; [管理用テンプレート] &gt; [システム] &gt; [インターネット通信の管理] &gt; [インターネット通信の設定]) を [未構成] に設定し、このサーバーから ctldl.windowsupdate.com への HTTP アクセスを許可します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 and %2 are not in this server&apos;s trusted root store yet, which is fine while automatic root certificate updates are on: Windows fetches a root the first time a connection needs it (from ctldl.windowsupdate.com, which must be reachable).</source>
        <translation>%1 と %2 はまだこのサーバーの信頼されたルート ストアにありませんが、ルート証明書の自動更新がオンになっている間は問題ありません。Windows は、接続で最初に必要になったときにルート証明書を取得します (取得元の ctldl.windowsupdate.com に到達できる必要があります)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All six root certificates Azure&apos;s TLS certificates lead up to are in this server&apos;s trusted root store: %1.</source>
        <translation>Azure の TLS 証明書がつながる 6 つのルート証明書はすべて、このサーバーの信頼されたルート ストアにあります: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s trusted root store holds %1, which Azure&apos;s TLS certificates lead up to (not there: %2).</source>
        <translation>このサーバーの信頼されたルート ストアには、Azure の TLS 証明書がつながる %1 があります (ないもの: %2)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>present</source>
        <translation>あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not in the store</source>
        <translation>ストアにない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (automatic root certificate updates off)</source>
        <translation> (ルート証明書の自動更新: オフ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (automatic root certificate updates on)</source>
        <translation> (ルート証明書の自動更新: オン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy DisableRootAutoUpdate</source>
        <translation>ポリシー DisableRootAutoUpdate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Looked up by SHA-1 thumbprint in LocalMachine\Root: %1. Read HKLM\%2 %3 (REG_DWORD), set by the policy &quot;Turn off Automatic Root Certificates Update&quot;: 1 means Windows does not download root certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update (ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.</source>
        <translation>LocalMachine\Root で SHA-1 拇印によって検索しました: %1。ポリシー [ルート証明書の自動更新をオフにする] によって設定される HKLM\%2 %3 (REG_DWORD) を読み取りました。1 は、Windows がルート証明書をダウンロードしないことを意味します。この値がオフまたは未設定の間、Windows は証明書チェーンで最初に必要になったときに、持っていないルート証明書を Windows Update (ctldl.windowsupdate.com、HTTP) からダウンロードします。</translation>
    </message>
</context>
<context>
    <name>AzureToolsCertsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/AzureToolsCertsCheck.cpp" line="+18"/>
        <location line="+61"/>
        <source>&quot;Windows Azure Tools&quot; certificates</source>
        <translation>「Windows Azure Tools」証明書</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Every vault credentials file brings a &quot;Windows Azure Tools&quot; certificate; many old or expired ones in the Personal store are a known cause of &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>コンテナー資格情報ファイルごとに「Windows Azure Tools」証明書が 1 つ追加されます。[個人] ストアに古い証明書や期限切れの証明書が多数あることは、「Invalid vault credentials provided」(ID: 34513) の既知の原因です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The certificate store %1 could not be read.</source>
        <translation>証明書ストア %1 を読み取れませんでした。</translation>
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
            <numerusform>[個人] 証明書ストアに、以前のコンテナー資格情報ファイルによって残された「Windows Azure Tools」証明書が %n 個あり、そのうち %1 個が期限切れです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The Personal certificate stores hold %n &quot;Windows Azure Tools&quot; certificates, left by earlier vault credentials files.</source>
        <translation>
            <numerusform>[個人] 証明書ストアに、以前のコンテナー資格情報ファイルによって残された「Windows Azure Tools」証明書が %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If registration fails with &quot;Invalid vault credentials provided&quot;, open certlm.msc (and certmgr.msc), Personal &gt; Certificates, remove the expired and old &quot;Windows Azure Tools&quot; certificates and try again with a freshly downloaded file. Do not remove one a registered agent may still use (this tool never deletes them).</source>
        <translation>登録が「Invalid vault credentials provided」で失敗する場合は、certlm.msc (および certmgr.msc) を開き、[個人] &gt; [証明書] で期限切れの証明書や古い「Windows Azure Tools」証明書を削除してから、新しくダウンロードしたファイルで再試行してください。登録済みのエージェントがまだ使用している可能性のある証明書は削除しないでください (このツールが証明書を削除することはありません)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No &quot;Windows Azure Tools&quot; certificates are in the Personal certificate stores.</source>
        <translation>[個人] 証明書ストアに「Windows Azure Tools」証明書はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The Personal certificate stores hold %n valid &quot;Windows Azure Tools&quot; certificate(s), which is not too many.</source>
        <translation>
            <numerusform>[個人] 証明書ストアにある有効な「Windows Azure Tools」証明書は %n 個で、多すぎることはありません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Per store</source>
        <translation>ストアごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a private key</source>
        <translation>秘密キーあり</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest expiry (NotAfter)</source>
        <translation>最も遅い有効期限 (NotAfter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CurrentUser\My is the store of the account running this tool; the agent&apos;s own service runs as SYSTEM.</source>
        <translation>CurrentUser\My は、このツールを実行しているアカウントのストアです。エージェント自身のサービスは SYSTEM として実行されます。</translation>
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
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Clock compared with Azure</source>
        <translation>Azure との時刻の比較</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in to Microsoft Entra ID and the vault credentials&apos; certificate depend on the time: a clock that is minutes off makes registration fail with &quot;Invalid vault credentials provided&quot; although the file is fine.</source>
        <translation>Microsoft Entra ID へのサインインとコンテナー資格情報の証明書は時刻に依存します。時計が数分ずれていると、ファイルに問題がなくても、登録が「Invalid vault credentials provided」で失敗します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The clock could not be compared with Azure&apos;s: the connections to Azure could not be tried.</source>
        <translation>Azure への接続を試行できなかったため、時計を Azure の時刻と比較できませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clock could not be compared with Azure&apos;s, because no Azure address answered (see the connection check).</source>
        <translation>Azure のアドレスが 1 つも応答しなかったため、時計を Azure の時刻と比較できませんでした (接続のチェックを参照してください)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTPS answer with a Date header came back from an Azure address.</source>
        <translation>Azure のアドレスから、Date ヘッダー付きの HTTPS 応答が返されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix what the connection check reports, then run the checks again.</source>
        <translation>接続のチェックで報告された問題を修正してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This server&apos;s clock is %1 ahead of Azure&apos;s time (compared with %2).</source>
        <translation>このサーバーの時計は Azure の時刻より %1 進んでいます (%2 と比較)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s clock is %1 behind Azure&apos;s time (compared with %2).</source>
        <translation>このサーバーの時計は Azure の時刻より %1 遅れています (%2 と比較)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is close to a whole number of hours: the time zone is probably wrong.</source>
        <translation>差がほぼ整数時間です。タイム ゾーンが間違っている可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server&apos;s clock matches Azure&apos;s time (compared with %1).</source>
        <translation>このサーバーの時計は Azure の時刻と一致しています (比較対象: %1)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The difference is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock. Check the time zone with the customer (tzutil /g shows it; tzutil /s &quot;&lt;zone&gt;&quot; sets it), then run the checks again.</source>
        <translation>差がほぼ整数時間 (%1 時間) です。時計ではなく、タイム ゾーンが間違っている可能性があります。お客様と一緒にタイム ゾーンを確認し (tzutil /g で表示、tzutil /s &quot;&lt;zone&gt;&quot; で設定)、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the clock right: the wizard&apos;s &quot;%1&quot; (as administrator: w32tm /resync /force). A domain member takes its time from the domain controller: if that one is wrong, fix it there. Then run the checks again.</source>
        <translation>時計を正しく合わせてください: ウィザードの「%1」を使用します (管理者として実行する場合: w32tm /resync /force)。ドメイン メンバーはドメイン コントローラーから時刻を取得します。ドメイン コントローラーの時刻が間違っている場合は、そちらで修正してください。その後、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Difference (this server minus Azure)</source>
        <translation>差 (このサーバーの時刻 - Azure の時刻)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the Date header of %1 %2</source>
        <translation>%1 の Date ヘッダー (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure&apos;s time (UTC)</source>
        <translation>Azure の時刻 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server&apos;s time (UTC)</source>
        <translation>このサーバーの時刻 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure&apos;s time is the Date header of an HTTPS answer (one-second resolution); this server&apos;s time was read when that answer arrived. Pass within %1 s, warning within %2 min, failure beyond.</source>
        <translation>Azure の時刻は HTTPS 応答の Date ヘッダー (1 秒単位) です。このサーバーの時刻は、その応答を受信した時点で読み取りました。差が %1 秒以内なら合格、%2 分以内なら警告、それを超えると不合格です。</translation>
    </message>
</context>
<context>
    <name>CoexistingProductsCheck</name>
    <message>
        <location filename="../checks/catalog/install/CoexistingProductsCheck.cpp" line="+59"/>
        <source>Other backup and sync products</source>
        <translation>他のバックアップ製品と同期製品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure File Sync agent is a documented cause of crashes of the agent&apos;s engine, and on a DPM or Azure Backup Server (MABS) server the agent belongs to that product: it is registered and updated through it, not on its own.</source>
        <translation>Azure File Sync エージェントは、エージェントのエンジンがクラッシュする原因として文書化されています。また、DPM サーバーまたは Azure Backup Server (MABS) サーバーでは、エージェントはその製品に属しており、単独ではなくその製品を通じて登録および更新されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whether the Azure File Sync agent is installed could not be read: %1</source>
        <translation>Azure File Sync エージェントがインストールされているかどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure File Sync agent&apos;s version could not be read: %1</source>
        <translation>Azure File Sync エージェントのバージョンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+14"/>
        <source>Azure File Sync agent</source>
        <translation>Azure File Sync エージェント</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>installed, version %1</source>
        <translation>インストール済み (バージョン %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure File Sync agent is installed on this server; Microsoft&apos;s troubleshooting guide names it as a cause of crashes of the backup agent&apos;s engine (cbengine.exe).</source>
        <translation>このサーバーには Azure File Sync エージェントがインストールされています。Microsoft のトラブルシューティング ガイドでは、これがバックアップ エージェントのエンジン (cbengine.exe) がクラッシュする原因の 1 つとして挙げられています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both agents up to date. Do not back up folders that Azure File Sync tiers to the cloud with this agent: reading a tiered file recalls it from Azure, and the File Sync planning guide (%1) recommends backing up the Azure file share in Azure instead. If the backup agent&apos;s service stops or cbengine.exe crashes, tell Microsoft Support that the Azure File Sync agent is installed.</source>
        <translation>両方のエージェントを最新の状態に保ってください。Azure File Sync によってクラウドに階層化されるフォルダーを、このエージェントでバックアップしないでください。階層化されたファイルを読み取ると Azure から呼び戻されます。File Sync の計画ガイド (%1) では、代わりに Azure 側で Azure ファイル共有をバックアップすることが推奨されています。バックアップ エージェントのサービスが停止する場合や cbengine.exe がクラッシュする場合は、Azure File Sync エージェントがインストールされていることを Microsoft サポートに伝えてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Whether System Center DPM or Azure Backup Server is installed could not be read: %1</source>
        <translation>System Center DPM または Azure Backup Server がインストールされているかどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Microsoft Azure Backup Server (MABS)</source>
        <translation>Microsoft Azure Backup Server (MABS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Center Data Protection Manager (DPM) or Azure Backup Server</source>
        <translation>System Center Data Protection Manager (DPM) または Azure Backup Server</translation>
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
        <translation>インストール済み (サービス %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>installed in %1</source>
        <translation>インストール済み (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server runs %1: the agent here belongs to it and is registered and updated through it, not on its own.</source>
        <translation>このサーバーでは %1 が実行されています。このサーバーのエージェントはその製品に属しており、単独ではなくその製品を通じて登録および更新されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register the server with a vault and change the agent&apos;s settings from the DPM/MABS console (Management, Online). Before updating the agent, check the DPM/MABS release notes for the agent version it supports; do not uninstall the agent on its own.</source>
        <translation>サーバーのコンテナーへの登録とエージェントの設定変更は、DPM/MABS コンソール ([管理]、[オンライン]) から行ってください。エージェントを更新する前に、DPM/MABS のリリース ノートで、サポートされるエージェントのバージョンを確認してください。エージェントだけを単独でアンインストールしないでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HKLM\%1 names %2, but the %3 service is not installed: this is a server protected by DPM (its protection agent), not a DPM server, and the agent is handled on its own.</source>
        <translation>HKLM\%1 には %2 が記録されていますが、%3 サービスはインストールされていません。このサーバーは DPM サーバーではなく DPM によって保護されているサーバー (DPM の保護エージェント) であり、エージェントは単独で扱われます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither the Azure File Sync agent nor System Center DPM or Azure Backup Server is installed on this server.</source>
        <translation>このサーバーには、Azure File Sync エージェントも、System Center DPM または Azure Backup Server もインストールされていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other backup and sync products could not be checked completely.</source>
        <translation>他のバックアップ製品と同期製品を完全にはチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read: the services %1 (Azure File Sync) and %2 (DPM/MABS), and the values HKLM\%3 Version and HKLM\%4 InstallPath.</source>
        <translation>読み取った項目: サービス %1 (Azure File Sync) と %2 (DPM/MABS)、および値 HKLM\%3 Version と HKLM\%4 InstallPath。</translation>
    </message>
</context>
<context>
    <name>DnsResolutionCheck</name>
    <message>
        <location filename="../checks/catalog/network/DnsResolutionCheck.cpp" line="+14"/>
        <source>Name lookup (DNS) of Azure&apos;s addresses</source>
        <translation>Azure のアドレスの名前解決 (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before anything else, the server must turn Azure&apos;s names (login.microsoftonline.com and the vault&apos;s Backup address) into addresses. A DNS server that does not know them stops registration before a single packet leaves.</source>
        <translation>サーバーは何よりも先に、Azure の名前 (login.microsoftonline.com とコンテナーの Backup アドレス) をアドレスに変換する必要があります。DNS サーバーがこれらの名前を認識していないと、パケットが 1 つも送信されないうちに登録が止まります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The names of Azure&apos;s addresses could not be looked up.</source>
        <translation>Azure のアドレスの名前を解決できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list has no name to look up.</source>
        <translation>アドレス リストに、解決する名前がありません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No name could be looked up at all: this server has no working network connection or no working DNS server.</source>
        <translation>どの名前も解決できませんでした。このサーバーには、機能しているネットワーク接続または DNS サーバーがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the network connection and the DNS servers this server uses (ipconfig /all), then run the checks again.</source>
        <translation>ネットワーク接続と、このサーバーが使用している DNS サーバー (ipconfig /all) を確認してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This server&apos;s own DNS does not resolve %1, but the agent&apos;s service goes through a proxy, which looks the names up itself.</source>
        <translation>このサーバー自身の DNS では %1 を解決できませんが、エージェントのサービスはプロキシを経由しており、名前はプロキシ自身が解決します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to make this server&apos;s DNS servers (ipconfig /all shows them) resolve %1, for example through a forwarder to the internet, then run the checks again.</source>
        <translation>このサーバーの DNS サーバー (ipconfig /all で表示されます) が %1 を解決できるようにする (たとえばインターネットへのフォワーダーを使用する) よう、ネットワーク チームに依頼してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent does not need %1, but Windows&apos; connectivity test does: without it Windows may show &quot;No internet access&quot;. Ask the network team to let this server resolve it.</source>
        <translation>エージェントには %1 は必要ありませんが、Windows の接続テストには必要です。これがないと、Windows に「インターネット アクセスなし」と表示されることがあります。このサーバーでこの名前を解決できるようにするよう、ネットワーク チームに依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server&apos;s DNS resolves every name the registration needs: %1.</source>
        <translation>このサーバーの DNS は、登録に必要なすべての名前を解決できます: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each name was looked up with this server&apos;s own DNS servers (the direct route); through a proxy, the proxy looks names up itself. Endpoints: %1.</source>
        <translation>各名前は、このサーバー自身の DNS サーバー (直接の経路) で解決しました。プロキシを経由する場合は、プロキシ自身が名前を解決します。エンドポイント: %1。</translation>
    </message>
</context>
<context>
    <name>DotNetStrongCryptoCheck</name>
    <message>
        <location filename="../checks/catalog/tls/DotNetStrongCryptoCheck.cpp" line="+14"/>
        <source>%1 (32-bit view)</source>
        <translation>%1 (32 ビット ビュー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (64-bit view)</source>
        <translation>%1 (64 ビット ビュー)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS 1.2 for .NET programs</source>
        <translation>.NET プログラムの TLS 1.2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is a .NET program. Unless .NET is told to use strong cryptography and the TLS versions Windows offers, it may still try TLS 1.0, which Azure refuses: registration, backups and restores then fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;, and with TLS 1.0 turned off the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>エージェントは .NET プログラムです。強力な暗号化と Windows が提供する TLS バージョンを使用するよう .NET に指示しないと、Azure が拒否する TLS 1.0 を使おうとすることがあります。その場合、登録、バックアップ、復元が失敗し、多くの場合エラー 10054「既存の接続はリモート ホストに強制的に切断されました。」が発生します。また、TLS 1.0 がオフの場合、エージェントのコンソールとサービスが起動しないことがあります (KB4022913)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .NET Framework&apos;s TLS settings could not be read.</source>
        <translation>.NET Framework の TLS 設定を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Whether TLS 1.0 is turned off (SCHANNEL) could not be read, so the missing .NET TLS settings cannot be judged.</source>
        <translation>TLS 1.0 がオフになっているかどうか (SCHANNEL) を読み取れなかったため、不足している .NET の TLS 設定の影響を判断できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>all four: SystemDefaultTlsVersions and SchUseStrongCrypto in the 64-bit and the 32-bit view</source>
        <translation>4 つすべて: 64 ビット ビューと 32 ビット ビューの SystemDefaultTlsVersions と SchUseStrongCrypto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use &quot;%1&quot; to set all four values to 1 (it needs administrator rights), then restart the server so that the agent&apos;s services start with them.</source>
        <translation>「%1」を使用して 4 つの値すべてを 1 に設定し (管理者権限が必要です)、エージェントのサービスがその設定で起動するよう、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The .NET settings that let the agent use TLS 1.2 are set wrong (%1), so its connections to Azure can fail with error 10054.</source>
        <translation>エージェントが TLS 1.2 を使用するための .NET の設定が正しくない (%1) ため、Azure への接続がエラー 10054 で失敗することがあります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.0 is turned off on this server and the .NET settings that make the agent use TLS 1.2 instead are missing (%1), so backups fail and the agent&apos;s console and services may not start (KB4022913).</source>
        <translation>このサーバーでは TLS 1.0 がオフになっており、代わりにエージェントに TLS 1.2 を使用させる .NET の設定がない (%1) ため、バックアップが失敗し、エージェントのコンソールとサービスが起動しないことがあります (KB4022913)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The .NET settings Microsoft asks for with TLS 1.2 are missing (%1). .NET Framework 4.7 and later usually use TLS 1.2 without them, but Azure Backup&apos;s TLS page asks for all four.</source>
        <translation>Microsoft が TLS 1.2 について求めている .NET の設定がありません (%1)。.NET Framework 4.7 以降では通常これらの設定がなくても TLS 1.2 が使用されますが、Azure Backup の TLS に関するページでは 4 つすべてが求められています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The .NET settings for TLS 1.2 (SystemDefaultTlsVersions and SchUseStrongCrypto) are set to 1 in both registry views.</source>
        <translation>TLS 1.2 用の .NET の設定 (SystemDefaultTlsVersions と SchUseStrongCrypto) は、両方のレジストリ ビューで 1 に設定されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>TLS 1.0 Client Enabled (SCHANNEL)</source>
        <translation>TLS 1.0 Client Enabled (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (TLS 1.0 on)</source>
        <translation>未設定 (TLS 1.0 はオン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 SystemDefaultTlsVersions and SchUseStrongCrypto (REG_DWORD) in the 64-bit and the 32-bit (WOW6432Node) registry view. Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for all four set to 1. KB4022913: with TLS 1.0 turned off (HKLM\%2 Enabled = 0), .NET Framework 4.5 still prefers TLS 1.0 unless SchUseStrongCrypto is set, and backups, the agent&apos;s console and its services fail.</source>
        <translation>64 ビットと 32 ビット (WOW6432Node) のレジストリ ビューで、HKLM\%1 の SystemDefaultTlsVersions と SchUseStrongCrypto (REG_DWORD) を読み取りました。Microsoft の「Azure Backup のトランスポート層セキュリティ」(2022 年 9 月) では、4 つすべてを 1 に設定するよう求めています。KB4022913: TLS 1.0 がオフ (HKLM\%2 Enabled = 0) の場合、SchUseStrongCrypto が設定されていない限り .NET Framework 4.5 は TLS 1.0 を優先し続けるため、バックアップ、エージェントのコンソール、およびそのサービスが失敗します。</translation>
    </message>
</context>
<context>
    <name>DotNetVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/DotNetVersionCheck.cpp" line="+54"/>
        <location line="+73"/>
        <source>.NET Framework version</source>
        <translation>.NET Framework のバージョン</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 holds &quot;%2&quot;, not a number</source>
        <translation>%1 の値は「%2」で、数値ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The installed .NET Framework version could not be read.</source>
        <translation>インストールされている .NET Framework のバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>older than 4.5</source>
        <translation>4.5 より前</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The current agent&apos;s setup installs only when .NET Framework 4.8 or later is installed (earlier agents needed 4.5), and the agent runs on it.</source>
        <translation>現在のエージェントのセットアップは、.NET Framework 4.8 以降がインストールされている場合にのみインストールを行います (以前のエージェントでは 4.5 が必要でした)。エージェントはその .NET Framework 上で動作します。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Install .NET Framework 4.8 with the offline installer from %1 (it needs administrator rights), restart the server when its setup asks for it, then run the agent&apos;s setup again.</source>
        <translation>%1 からオフライン インストーラーを使用して .NET Framework 4.8 をインストールし (管理者権限が必要です)、セットアップで求められたらサーバーを再起動してから、エージェントのセットアップをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run .NET Framework 4.8, so the current agent cannot be installed on it; see the Windows version check for what to do.</source>
        <translation>%1 では .NET Framework 4.8 を実行できないため、現在のエージェントをインストールできません。対処方法については、Windows のバージョンのチェックを参照してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>.NET Framework 4.8 is not installed, and the agent&apos;s setup needs it.</source>
        <translation>.NET Framework 4.8 がインストールされていません。エージェントのセットアップにはこれが必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.NET Framework %1 is installed, but the agent&apos;s setup needs .NET Framework 4.8 or later.</source>
        <translation>.NET Framework %1 がインストールされていますが、エージェントのセットアップには .NET Framework 4.8 以降が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>.NET Framework %1 is installed, as the agent needs (4.8 or later).</source>
        <translation>.NET Framework %1 がインストールされています。エージェントの要件 (4.8 以降) を満たしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Release (64-bit registry)</source>
        <translation>Release (64 ビット レジストリ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release (32-bit registry)</source>
        <translation>Release (32 ビット レジストリ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none 4.5 or later</source>
        <translation>4.5 以降なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failure below %1 (4.8)</source>
        <translation>%1 (4.8) 未満で不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Release (REG_DWORD) in the 64-bit and the 32-bit registry view; the lower value counts. Microsoft&apos;s install guide (08/2025) and support matrix (11/2025) say the current agent requires .NET Framework 4.8 (Release %2 or higher); older agents needed 4.5.</source>
        <translation>64 ビットと 32 ビットのレジストリ ビューで HKLM\%1 Release (REG_DWORD) を読み取りました。低い方の値が採用されます。Microsoft のインストール ガイド (2025 年 8 月) とサポート マトリックス (2025 年 11 月) によると、現在のエージェントには .NET Framework 4.8 (Release %2 以上) が必要です。以前のエージェントでは 4.5 が必要でした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not readable: %1.</source>
        <translation>読み取り不可: %1。</translation>
    </message>
</context>
<context>
    <name>EnableScheduledTasksFix</name>
    <message>
        <location filename="../checks/catalog/health/EnableScheduledTasksFix.cpp" line="+78"/>
        <source>%1; triggers %2 of %3 enabled; %4</source>
        <translation>%1、有効なトリガー: %3 個中 %2 個、%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Scheduled task %1</source>
        <translation>スケジュールされたタスク %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Task Scheduler has no folder %1: there is no task to change.</source>
        <translation>タスク スケジューラにフォルダー %1 がありません。変更するタスクはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tasks in %1 could not be read: %2</source>
        <translation>%1 のタスクを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The troubleshooting guide advises restarting the server after changing the agent&apos;s scheduled task.</source>
        <translation>トラブルシューティング ガイドでは、エージェントのスケジュールされたタスクを変更した後にサーバーを再起動するよう推奨しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enable the backup schedule task</source>
        <translation>バックアップ スケジュールのタスクを有効化</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be enabled and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>エージェントのスケジュールされたタスクの一部だけが有効になっている可能性があります。チェックを再実行し、まだ失敗する場合は修正をもう一度適用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks cannot be changed by this fix.</source>
        <translation>この修正では、エージェントのスケジュールされたタスクを変更できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks are already enabled and do not start a second instance.</source>
        <translation>エージェントのスケジュールされたタスクは既に有効で、2 つ目のインスタンスを開始しない設定になっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>変更するものはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enable %n scheduled task(s) of the agent and their triggers, and set them not to start a new instance while one is running.</source>
        <translation>
            <numerusform>エージェントのスケジュールされたタスク %n 個とそのトリガーを有効にし、実行中に新しいインスタンスを開始しないように設定します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who runs each task is not changed.</source>
        <translation>各タスクを実行するアカウントは変更されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>これには管理者権限が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo puts each task&apos;s Enabled flags and instance setting back as they were; a task changed since the fix is left as it is.</source>
        <translation>元に戻すと、各タスクの有効フラグとインスタンスの設定が元の状態に戻ります。修正後に変更されたタスクはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Changing the agent&apos;s scheduled tasks</source>
        <translation>エージェントのスケジュールされたタスクの変更</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s scheduled tasks changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>プレビューの後にエージェントのスケジュールされたタスクが変更されました。何も変更されていません。修正をもう一度プレビューしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s scheduled tasks are already as they should be; nothing was changed.</source>
        <translation>エージェントのスケジュールされたタスクは既にあるべき状態になっています。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changing %1 failed: %2</source>
        <translation>%1 の変更に失敗しました: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 reads back as &quot;%2&quot; after the change.</source>
        <translation>変更後に %1 を読み戻すと「%2」になっています。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Enabled %n scheduled task(s) of the agent with their triggers, set not to start a new instance.</source>
        <translation>
            <numerusform>エージェントのスケジュールされたタスク %n 個とそのトリガーを有効にし、新しいインスタンスを開始しないように設定しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancelled before any task was changed.</source>
        <translation>タスクを変更する前にキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cancelled after %n task(s); what was changed can be undone.</source>
        <translation>
            <numerusform>%n 個のタスクを変更した後にキャンセルされました。変更した内容は元に戻すことができます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tasks already changed can be undone.</source>
        <translation>既に変更されたタスクは元に戻すことができます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the agent&apos;s scheduled tasks may be back as they were and others not: compare them in Task Scheduler with the journal&apos;s before-state.</source>
        <translation>エージェントのスケジュールされたタスクの一部だけが元に戻っている可能性があります。タスク スケジューラでタスクを、修正ジャーナルに記録された変更前の状態と比較してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which scheduled tasks to put back.</source>
        <translation>ジャーナル エントリに、どのスケジュールされたタスクを元に戻すかが記録されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1</source>
        <translation>エージェントのスケジュールされたタスクを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>does not exist any more</source>
        <translation>既に存在しません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as it is</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>left as it is: changed since the fix</source>
        <translation>そのまま (修正後に変更されたため)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again enables the tasks again.</source>
        <translation>修正をもう一度実行すると、タスクが再び有効になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every task this fix changed was changed again since (or removed); the undo would change nothing.</source>
        <translation>この修正で変更したタスクはすべて、その後再び変更された (または削除された) ため、元に戻しても何も変わりません。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <location line="+56"/>
        <source>Put %n scheduled task(s) back as they were before the fix.</source>
        <translation>
            <numerusform>%n 個のスケジュールされたタスクを修正前の状態に戻します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Tasks changed by someone else since the fix are left as they are.</source>
        <translation>修正後に他のユーザーが変更したタスクは、そのまま残ります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which scheduled tasks to put back; nothing was changed.</source>
        <translation>ジャーナル エントリに、どのスケジュールされたタスクを元に戻すかが記録されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s scheduled tasks could not be read: %1 Nothing was changed.</source>
        <translation>エージェントのスケジュールされたタスクを読み取れませんでした: %1 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist any more.</source>
        <translation>%1 は既に存在しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed since the fix (it is now &quot;%2&quot;) and is left as it is.</source>
        <translation>%1 は修正後に変更されているため (現在は「%2」)、そのまま残されています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be put back: %2</source>
        <translation>%1 を元に戻せませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 reads back as &quot;%2&quot; after the undo.</source>
        <translation>元に戻した後に %1 を読み戻すと「%2」になっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was put back.</source>
        <translation>何も元に戻されていません。</translation>
    </message>
</context>
<context>
    <name>EnableTls12Fix</name>
    <message>
        <location filename="../checks/catalog/tls/EnableTls12Fix.cpp" line="+105"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Windows のバージョンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows.</source>
        <translation>このコンピューターでは Windows が実行されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot use TLS 1.2; no registry setting changes that.</source>
        <translation>%1 では TLS 1.2 を使用できません。これはレジストリ設定では変えられません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds %2, which this fix could not put back exactly if it were undone. Change it by hand with Registry Editor (as administrator) to a REG_DWORD of %3.</source>
        <translation>%1 の値は %2 ですが、この修正を元に戻した場合に、この修正ではこの値を正確に復元できません。レジストリ エディターを (管理者として) 使用して、手動で REG_DWORD の %3 に変更してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Whether the registry key %1 exists could not be read: %2</source>
        <translation>レジストリ キー %1 が存在するかどうかを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&quot;%1&quot; (REG_SZ)</source>
        <translation>&quot;%1&quot; (REG_SZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (the value is deleted)</source>
        <translation>未設定 (値は削除されます)</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>%1 reads back differently after the write.</source>
        <translation>書き込み後に %1 を読み戻すと、異なる値になっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restart the server for the change to take effect: Windows and the agent read these settings when they start.</source>
        <translation>変更を有効にするには、サーバーを再起動してください。Windows とエージェントは、起動時にこれらの設定を読み取ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>Windows で TLS 1.2 を有効化 (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on TLS 1.2 for .NET</source>
        <translation>.NET で TLS 1.2 を有効化</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some of the TLS 1.2 registry values may be set and others not: run the check again and apply the fix again if it still fails.</source>
        <translation>TLS 1.2 のレジストリ値の一部だけが設定されている可能性があります。チェックを再実行し、まだ失敗する場合は修正をもう一度適用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS 1.2 settings cannot be changed by this fix.</source>
        <translation>この修正では、TLS 1.2 の設定を変更できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks.</source>
        <translation>TLS 1.2 の設定は既に Microsoft が求めているとおりになっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to change.</source>
        <translation>変更するものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>created</source>
        <translation>作成</translation>
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
        <translation>サーバーの再起動</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>not needed yet</source>
        <translation>まだ不要</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+134"/>
        <source>needed for the change to take effect</source>
        <translation>変更を有効にするために必要</translation>
    </message>
    <message numerus="yes">
        <location line="-131"/>
        <source>Set %n SCHANNEL value(s) so that Windows offers TLS 1.2 for the connections this server makes.</source>
        <translation>
            <numerusform>このサーバーからの接続で Windows が TLS 1.2 を提示するよう、SCHANNEL の値を %n 個設定します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Set %n .NET value(s) so that .NET programs such as the agent use TLS 1.2.</source>
        <translation>
            <numerusform>エージェントなどの .NET プログラムが TLS 1.2 を使用するよう、.NET の値を %n 個設定します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n missing registry key(s) are created for them.</source>
        <translation>
            <numerusform>そのために、不足しているレジストリ キーを %n 個作成します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs administrator rights.</source>
        <translation>これには管理者権限が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On this Windows version the values work only once update %1 is installed: install it first if it is not.</source>
        <translation>この Windows バージョンでは、更新プログラム %1 がインストールされている場合にのみ、これらの値が有効になります。インストールされていない場合は、先にインストールしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo puts back each value the fix changed (deleting the ones it created) and deletes the keys it created when they are empty again; a value someone changed since is left as it is. The undo also needs a restart to take effect.</source>
        <translation>元に戻すと、修正で変更した各値が元に戻り (修正で作成した値は削除されます)、修正で作成したキーは再び空になっていれば削除されます。その後に他のユーザーが変更した値はそのまま残ります。元に戻した場合も、有効にするには再起動が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+123"/>
        <source>Changing the TLS settings in HKLM</source>
        <translation>HKLM の TLS 設定の変更</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 何も変更されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The TLS settings changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>プレビューの後に TLS 設定が変更されました。何も変更されていません。修正をもう一度プレビューしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The TLS 1.2 settings are already as Microsoft asks; nothing was changed.</source>
        <translation>TLS 1.2 の設定は既に Microsoft が求めているとおりになっています。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 を読み戻すと、%3 ではなく %2 になっています。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Set %n registry value(s) for TLS 1.2.</source>
        <translation>
            <numerusform>TLS 1.2 用のレジストリ値を %n 個設定しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The values already written can be undone.</source>
        <translation>既に書き込まれた値は元に戻すことができます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Some of the TLS 1.2 registry values may be back as they were and others not: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>TLS 1.2 のレジストリ値の一部だけが元に戻っている可能性があります。チェックを再実行し、修正ジャーナルに記録された変更前の状態と比較してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal entry does not say which TLS settings to put back.</source>
        <translation>ジャーナル エントリに、どの TLS 設定を元に戻すかが記録されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>left as it is: changed since the fix (it wrote %1)</source>
        <translation>そのまま (修正後に変更されたため。修正で書き込んだ値: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by the fix</source>
        <translation>修正で作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted if it is empty again</source>
        <translation>再び空になっていれば削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running the fix again sets the values again.</source>
        <translation>修正をもう一度実行すると、値が再び設定されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every value this fix wrote was changed again since; the undo would change nothing.</source>
        <translation>この修正で書き込んだ値はすべて、その後再び変更されているため、元に戻しても何も変わりません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+62"/>
        <source>Put %n TLS setting(s) back as they were before the fix.</source>
        <translation>
            <numerusform>%n 個の TLS 設定を修正前の状態に戻します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Values changed by someone else since the fix are left as they are.</source>
        <translation>修正後に他のユーザーが変更した値は、そのまま残ります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The journal entry does not say which TLS settings to put back; nothing was changed.</source>
        <translation>ジャーナル エントリに、どの TLS 設定を元に戻すかが記録されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed since the fix (it is now %2) and is left as it is.</source>
        <translation>%1 は修正後に変更されているため (現在の値: %2)、そのまま残されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was put back.</source>
        <translation>何も元に戻されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 could not be put back: %2</source>
        <translation>%1 を元に戻せませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The key %1 holds values or keys added since the fix and is left.</source>
        <translation>キー %1 には修正後に追加された値またはキーがあるため、残されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key %1 could not be deleted: %2</source>
        <translation>キー %1 を削除できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>EntraIpRangesCheck</name>
    <message>
        <location filename="../checks/catalog/network/EntraIpRangesCheck.cpp" line="+15"/>
        <source>Entra ID addresses and the firewall&apos;s IP ranges</source>
        <translation>Entra ID のアドレスとファイアウォールの IP 範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firewalls are often opened for the IP ranges Microsoft documents for Entra ID sign-in. If the name resolves to an address outside them, or the ranges themselves are blocked, sign-in during registration fails.</source>
        <translation>ファイアウォールは多くの場合、Microsoft が Entra ID のサインイン用に文書化している IP 範囲に対して開放されています。名前がその範囲外のアドレスに解決される場合や、範囲自体がブロックされている場合は、登録時のサインインが失敗します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entra ID&apos;s addresses could not be looked up.</source>
        <translation>Entra ID のアドレスを解決できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service goes through a proxy, so the firewall rules for Entra ID&apos;s addresses apply to the proxy, not to this server.</source>
        <translation>エージェントのサービスはプロキシを経由するため、Entra ID のアドレスに関するファイアウォール規則は、このサーバーではなくプロキシに適用されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address list names no IP ranges for Entra ID, so there is nothing to compare.</source>
        <translation>アドレス リストに Entra ID の IP 範囲が記載されていないため、比較する対象がありません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (IPv6: see Microsoft&apos;s IPv6 ranges)</source>
        <translation>%1 (IPv6: Microsoft の IPv6 範囲を参照)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (outside the documented ranges)</source>
        <translation>%1 (文書化された範囲外)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2)</source>
        <translation>%1 (%2 内)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 resolves to %2, inside the documented range %3, and the connection to it failed: that range is blocked.</source>
        <translation>%1 は %2 に解決されます。これは文書化された範囲 %3 内ですが、接続に失敗しました。この範囲はブロックされています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 resolves to %2, outside the documented ranges (%3), and the connection to it failed: firewall rules written for those ranges miss this address.</source>
        <translation>%1 は %2 に解決されます。これは文書化された範囲 (%3) 外で、接続に失敗しました。これらの範囲を対象に作成されたファイアウォール規則では、このアドレスが漏れています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entra ID&apos;s sign-in names did not resolve here (see the name lookup check), so there are no addresses to compare.</source>
        <translation>Entra ID のサインイン用の名前をここで解決できなかったため (名前解決のチェックを参照)、比較するアドレスがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ask the network team to allow outbound HTTPS (TCP 443) to Entra ID by name (*.microsoftonline.com) or by the AzureActiveDirectory service tag, which follows Microsoft&apos;s changes; if rules must be by IP range, allow %1 and the current addresses of the service tag.</source>
        <translation>Entra ID への送信 HTTPS (TCP 443) を、名前 (*.microsoftonline.com) または Microsoft の変更に追従する AzureActiveDirectory サービス タグで許可するよう、ネットワーク チームに依頼してください。IP 範囲で規則を作成する必要がある場合は、%1 とサービス タグの現在のアドレスを許可してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server reaches Entra ID&apos;s sign-in addresses; the firewall lets them through.</source>
        <translation>このサーバーは Entra ID のサインイン用アドレスに到達できます。ファイアウォールはこれらを通過させています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documented ranges for this cloud: %1. </source>
        <translation>このクラウドについて文書化されている範囲: %1。 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every IPv4 address looked up is inside them.</source>
        <translation>解決された IPv4 アドレスはすべてこの範囲内です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside them: %1; a firewall opened only for the ranges would block these.</source>
        <translation>範囲外: %1。範囲に対してだけ開放されたファイアウォールでは、これらはブロックされます。</translation>
    </message>
</context>
<context>
    <name>ExistingAgentCheck</name>
    <message>
        <location filename="../checks/catalog/install/ExistingAgentCheck.cpp" line="+23"/>
        <source>Installed agent version and service</source>
        <translation>インストール済みエージェントのバージョンとサービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old agents cannot read current vault credentials or talk to Azure Backup, and a stopped agent service cannot register or back up.</source>
        <translation>古いエージェントは現在のコンテナー資格情報を読み取れず、Azure Backup と通信できません。また、エージェントのサービスが停止していると、登録もバックアップもできません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>エージェントがインストールされているかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed, so this server cannot be registered yet: install the agent first.</source>
        <translation>エージェントがインストールされていないため、このサーバーはまだ登録できません。先にエージェントをインストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>%1 からエージェントをダウンロードしてインストールし、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent is not installed yet, so this will be a fresh installation.</source>
        <translation>エージェントはまだインストールされていないため、新規インストールになります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Agent installed</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No InstallPath value under HKLM\%1.</source>
        <translation>HKLM\%1 に InstallPath 値がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reinstall the agent: download it from %1 and run it. If setup refuses, uninstall &quot;Microsoft Azure Recovery Services Agent&quot; in Programs and Features first, then install it again; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>エージェントを再インストールしてください: %1 からダウンロードして実行します。セットアップが拒否する場合は、先に [プログラムと機能] で「Microsoft Azure Recovery Services Agent」をアンインストールしてから、もう一度インストールしてください。サーバーの再登録が必要になる場合に備えて、暗号化パスフレーズを手元に用意しておいてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download the latest agent from %1 and run it on this server; it upgrades the installed agent in place and keeps its registration. Current agents need .NET Framework 4.8: install it first if this server has an older one.</source>
        <translation>%1 から最新のエージェントをダウンロードし、このサーバーで実行してください。インストール済みのエージェントがその場でアップグレードされ、登録は維持されます。現在のエージェントには .NET Framework 4.8 が必要です。このサーバーの .NET Framework がそれより古い場合は、先にインストールしてください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Agent version %1 is older than %2, the newest version known to this tool (from %3): upgrade it.</source>
        <translation>エージェントのバージョン %1 は、このツールが認識している最新バージョン %2 (%3 の情報) より古いため、アップグレードしてください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The wizard&apos;s fix starts the service; or run &quot;net start %1&quot; as administrator.</source>
        <translation>ウィザードの修正でサービスを開始できます。または、管理者として「net start %1」を実行してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agent version %1 is installed and its service is running; the newest version known to this tool is %2 (from %3).</source>
        <translation>エージェントのバージョン %1 がインストールされており、サービスは実行中です。このツールが認識している最新バージョンは %2 (%3 の情報) です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Newest version known to this tool</source>
        <translation>このツールが認識している最新バージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Known from</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Version read from %1 (file version). Milestones: below %2 the agent used the retired ACS (error 0x1FBD3; %3); below %4 it cannot parse current vault credentials (%5). A newer agent than %6 may have been published since %7. Service %8 queried through the service manager.</source>
        <translation>バージョンは %1 (ファイル バージョン) から読み取りました。目安: %2 未満のエージェントは廃止された ACS を使用していました (エラー 0x1FBD3、%3)。%4 未満のエージェントは現在のコンテナー資格情報を解析できません (%5)。%7 以降に %6 より新しいエージェントが公開されている可能性があります。サービス %8 はサービス マネージャーを通じて照会しました。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>The agent&apos;s program file cbengine.exe is missing from %1, so the installation is broken.</source>
        <translation>エージェントのプログラム ファイル cbengine.exe が %1 にないため、インストールが壊れています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>%1 のバージョンを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The version of %1 is &quot;%2&quot;, which is not a version number.</source>
        <translation>%1 のバージョンは「%2」で、バージョン番号ではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and can no longer talk to Azure Backup: upgrade it and register the server again.</source>
        <translation>エージェントのバージョン %1 は %2 より古く、Azure Backup と通信できなくなっています。アップグレードしてから、サーバーを再登録してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then register the server again with a freshly downloaded vault credentials file.</source>
        <translation>その後、新しくダウンロードしたコンテナー資格情報ファイルを使用して、サーバーを再登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent version %1 is older than %2 and cannot read current vault credentials files, so registration fails: upgrade it.</source>
        <translation>エージェントのバージョン %1 は %2 より古く、現在のコンテナー資格情報ファイルを読み取れないため、登録が失敗します。アップグレードしてください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The agent&apos;s service (%1) is not installed, so the installation is broken.</source>
        <translation>エージェントのサービス (%1) がインストールされていないため、インストールが壊れています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The state of the service %1 could not be read: %2</source>
        <translation>サービス %1 の状態を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agent&apos;s service (%1) is stopped, so it cannot register the server or run backups.</source>
        <translation>エージェントのサービス (%1) が停止しているため、サーバーの登録もバックアップの実行もできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is disabled. As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>サービスが無効になっています。管理者として sc config %1 start= auto を実行し、続いて net start %1 を実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>エージェントのサービス (%1) の状態が、実行中ではなく %2 です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart it as administrator: net stop %1, then net start %1. If it stays stuck, restart the server.</source>
        <translation>管理者として net stop %1 を実行し、続いて net start %1 を実行して、サービスを再起動してください。それでも状態が変わらない場合は、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The installed agent could not be checked completely.</source>
        <translation>インストール済みのエージェントを完全にはチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder</source>
        <translation>インストール フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine file</source>
        <translation>エンジン ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service start type</source>
        <translation>サービスのスタートアップの種類</translation>
    </message>
</context>
<context>
    <name>FactsCache</name>
    <message>
        <location filename="../checks/engine/FactsCache.cpp" line="+49"/>
        <source>Working out &quot;%1&quot; failed: %2</source>
        <translation>「%1」の特定に失敗しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working out &quot;%1&quot; failed with an unknown error.</source>
        <translation>「%1」の特定が不明なエラーで失敗しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working out &quot;%1&quot; was cancelled before it finished.</source>
        <translation>「%1」の特定は、完了する前にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped waiting for &quot;%1&quot;: this check was cancelled.</source>
        <translation>「%1」の待機を中止しました: このチェックはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; was asked for as two different kinds of fact (a defect in the checks).</source>
        <translation>「%1」が 2 つの異なる種類の情報として要求されました (チェックの不具合)。</translation>
    </message>
</context>
<context>
    <name>FixRights</name>
    <message>
        <location filename="../checks/catalog/common/FixRights.cpp" line="+18"/>
        <source>%1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 には管理者権限が必要です。先に [管理者として再起動] を使用してから、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Even with administrator rights this program may not do this: %1 (%2). Ask the customer&apos;s IT team to check the permissions.</source>
        <translation>管理者権限があっても、このプログラムではこの操作を実行できない可能性があります: %1 (%2)。お客様の IT チームにアクセス許可の確認を依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access denied</source>
        <translation>アクセス拒否</translation>
    </message>
</context>
<context>
    <name>FolderAttributesFix</name>
    <message>
        <location filename="../checks/catalog/common/FolderAttributesFix.cpp" line="+49"/>
        <source>Clear the install folder&apos;s attributes</source>
        <translation>インストール フォルダーの属性をクリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncompress and decrypt the cache folder</source>
        <translation>キャッシュ フォルダーの圧縮と暗号化を解除</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Undo sets the same attributes on the same folder again (the folder only).</source>
        <translation>元に戻すと、同じフォルダーに同じ属性が再び設定されます (フォルダーのみ)。</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+110"/>
        <source>Could not work out which folder to change.</source>
        <translation>変更するフォルダーを特定できませんでした。</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>No folder was given.</source>
        <translation>フォルダーが指定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>%1 is not a folder of its own for the agent.</source>
        <translation>%1 は、エージェント専用のフォルダーではありません。</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The folder %1 does not exist, so there is nothing to clear.</source>
        <translation>フォルダー %1 が存在しないため、クリアするものはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix changes only an existing folder, never the folders above it.</source>
        <translation>この修正は既存のフォルダーだけを変更し、その上位のフォルダーを変更することはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The attributes of %1 could not be read.</source>
        <translation>%1 の属性を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This fix changes folders only.</source>
        <translation>この修正はフォルダーだけを変更します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a link (reparse point) to another folder.</source>
        <translation>%1 は、別のフォルダーへのリンク (再解析ポイント) です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changing a link&apos;s attributes would change the folder it points to; choose or move to a plain folder instead.</source>
        <translation>リンクの属性を変更すると、リンク先のフォルダーが変更されてしまいます。代わりに通常のフォルダーを選択するか、通常のフォルダーに移動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Where %1 really leads could not be read.</source>
        <translation>%1 の実際のリンク先を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its final path %1 still holds a short (8.3) name; type the folder&apos;s full name.</source>
        <translation>その最終パス %1 には、まだ短い (8.3 形式の) 名前が含まれています。フォルダーの完全な名前を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not belong to the agent; its attributes stay as they are.</source>
        <translation>%1 はエージェントのものではないため、属性はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It is the agent&apos;s registered install folder (InstallPath).</source>
        <translation>これはエージェントの登録済みインストール フォルダー (InstallPath) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the agent&apos;s registered cache folder (ScratchLocation).</source>
        <translation>これはエージェントの登録済みキャッシュ フォルダー (ScratchLocation) です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It holds the agent&apos;s program %1.</source>
        <translation>エージェントのプログラム %1 が含まれています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whether %1 holds anything could not be read (%2), so it is not known to be the agent&apos;s.</source>
        <translation>%1 に何か含まれているかどうかを読み取れなかったため (%2)、エージェントのものかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is empty, as when this fix changed it.</source>
        <translation>この修正で変更したときと同じく、空です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is empty and is the folder the agent is to use.</source>
        <translation>空で、エージェントが使用する予定のフォルダーです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered install folder</source>
        <translation>エージェントの登録済みインストール フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s registered cache folder</source>
        <translation>エージェントの登録済みキャッシュ フォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not %2 and does not hold the agent&apos;s program; this fix changes only a folder that belongs to the agent.</source>
        <translation>%1 は %2 ではなく、エージェントのプログラムも含まれていません。この修正は、エージェントに属するフォルダーだけを変更します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds other files or folders (such as &quot;%2&quot;), is not %3 and does not hold the agent&apos;s program %4; a folder with other content keeps its attributes. Choose an empty folder for the agent, or clear the attributes yourself if the folder really is meant for it.</source>
        <translation>%1 には他のファイルまたはフォルダー (「%2」など) が含まれており、%3 ではなく、エージェントのプログラム %4 も含まれていません。他の内容を含むフォルダーの属性は変更されません。エージェント用に空のフォルダーを選択するか、そのフォルダーが本当にエージェント用であれば、ご自身で属性をクリアしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder may still have some of these attributes: run the check again; an interrupted change cannot be undone from the journal, so set any attribute back by hand if needed.</source>
        <translation>フォルダーには、まだこれらの属性の一部が残っている可能性があります。チェックを再実行してください。中断された変更は修正ジャーナルから元に戻すことができないため、必要に応じて属性を手動で設定し直してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The folder %1 has none of the attributes %2, so there is nothing to clear.</source>
        <translation>フォルダー %1 には属性 %2 のいずれも設定されていないため、クリアするものはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is nothing to clear.</source>
        <translation>クリアするものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+115"/>
        <source>set</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="-115"/>
        <location line="+115"/>
        <source>cleared</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Clear the attributes %1 of the folder %2 itself; none of the folders above it change.</source>
        <translation>フォルダー %2 自体の属性 %1 をクリアします。上位のフォルダーは変更されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(%1 leads to this folder.)</source>
        <translation>(%1 のリンク先はこのフォルダーです。)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files and folders already inside %1</source>
        <translation>%1 内に既にあるファイルとフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left as they are</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files already inside stay as they are (%1); to change them too, run as administrator: %2</source>
        <translation>既に中にあるファイルはそのまま残ります (%1)。それらも変更するには、管理者として次を実行してください: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+100"/>
        <source>Changing the attributes of %1</source>
        <translation>%1 の属性の変更</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>The folder changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>プレビューの後にフォルダーが変更されました。何も変更されていません。修正をもう一度プレビューしてください。</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+115"/>
        <source>Attribute &quot;%1&quot; of %2</source>
        <translation>%2 の属性「%1」</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+97"/>
        <source>%1 Nothing was changed: %2</source>
        <translation>%1 何も変更されていません: %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The attributes of %1 were already cleared.</source>
        <translation>%1 の属性は既にクリアされていました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cleared the attributes %1 of %2.</source>
        <translation>%2 の属性 %1 をクリアしました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not clear the attributes %1 of %2: %3</source>
        <translation>%2 の属性 %1 をクリアできませんでした: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still set</source>
        <translation>まだ設定されています</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The folder may have got only some of its attributes back: run the check again and compare with the journal&apos;s before-state.</source>
        <translation>フォルダーの属性は一部しか元に戻っていない可能性があります。チェックを再実行し、修正ジャーナルに記録された変更前の状態と比較してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Running the fix again clears the attributes again.</source>
        <translation>修正をもう一度実行すると、属性が再びクリアされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>The folder %1 cannot get its attributes back.</source>
        <translation>フォルダー %1 の属性を元に戻すことはできません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set the attributes %1 of the folder %2 again (the folder only, as the fix changed it).</source>
        <translation>フォルダー %2 の属性 %1 を再び設定します (修正で変更したときと同じく、フォルダーのみ)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already has these attributes.</source>
        <translation>%1 には既にこれらの属性が設定されています。</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+34"/>
        <source>The journal entry does not say which attributes to set again.</source>
        <translation>ジャーナル エントリに、どの属性を再び設定するかが記録されていません。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>It now leads to %1.</source>
        <translation>現在のリンク先は %1 です。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 now leads to %2; nothing was changed.</source>
        <translation>%1 のリンク先が %2 に変わっています。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 already has the attributes %2.</source>
        <translation>%1 には既に属性 %2 が設定されています。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Set the attributes %1 of %2 again.</source>
        <translation>%2 の属性 %1 を再び設定しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not set the attributes %1 of %2 again: %3</source>
        <translation>%2 の属性 %1 を再び設定できませんでした: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is still cleared</source>
        <translation>まだクリアされています</translation>
    </message>
</context>
<context>
    <name>HostnameIdentityCheck</name>
    <message>
        <location filename="../checks/catalog/registration/HostnameIdentityCheck.cpp" line="+15"/>
        <source>Computer name and domain</source>
        <translation>コンピューター名とドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault knows a server by the name it registered under: after a rename its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>コンテナーは、サーバーを登録時の名前で識別します。名前を変更すると、そのサーバーのバックアップは「Resource not provisioned in service stamp」(ID: 230006) で停止します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This machine&apos;s names are not described, so they cannot be shown.</source>
        <translation>このコンピューターの名前の情報がないため、表示できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The computer&apos;s name and domain could not be read.</source>
        <translation>コンピューターの名前とドメインを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read them in System Properties (sysdm.cpl, &quot;Computer Name&quot; tab) and compare them with the name the vault shows under Backup Infrastructure &gt; Protected Servers.</source>
        <translation>[システムのプロパティ] (sysdm.cpl、[コンピューター名] タブ) で名前を確認し、コンテナーの [バックアップ インフラストラクチャ] &gt; [保護されたサーバー] に表示される名前と比較してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, a member of the domain %1</source>
        <translation> で、ドメイン %1 のメンバーです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, in the workgroup %1</source>
        <translation> で、ワークグループ %1 に属しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, not joined to a domain or workgroup</source>
        <translation> で、ドメインにもワークグループにも参加していません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is %1 (%2)%3</source>
        <translation>このサーバーは %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; register it again under the name the vault shows for it, because a renamed server gets &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>。コンテナーに表示されている名前で再登録してください。名前を変更したサーバーでは「Resource not provisioned in service stamp」(ID: 230006) が発生するためです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; the vault knows it by the name it registered under, so if it was renamed since, its backups stop with &quot;Resource not provisioned in service stamp&quot; (ID: 230006).</source>
        <translation>。コンテナーは登録時の名前でこのサーバーを識別するため、その後名前を変更した場合は、バックアップが「Resource not provisioned in service stamp」(ID: 230006) で停止します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Computer name (NetBIOS)</source>
        <translation>コンピューター名 (NetBIOS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host name</source>
        <translation>DNS ホスト名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full DNS name</source>
        <translation>完全な DNS 名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined to</source>
        <translation>参加先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain or workgroup</source>
        <translation>ドメインまたはワークグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the vault knows for this server cannot be read here: compare it with the vault&apos;s Backup Infrastructure &gt; Protected Servers list. A renamed server is registered again under its new name, and its first backup is then a full one.</source>
        <translation>コンテナーがこのサーバーを識別している名前は、ここでは読み取れません。コンテナーの [バックアップ インフラストラクチャ] &gt; [保護されたサーバー] の一覧と比較してください。名前を変更したサーバーは新しい名前で再登録され、その後の最初のバックアップは完全バックアップになります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NetBIOS name %1 differs from the DNS host name %2 (NetBIOS keeps at most 15 characters).</source>
        <translation>NetBIOS 名 %1 は DNS ホスト名 %2 と異なります (NetBIOS 名は最大 15 文字です)。</translation>
    </message>
</context>
<context>
    <name>HttpsReachabilityCheck</name>
    <message>
        <location filename="../checks/catalog/network/HttpsReachabilityCheck.cpp" line="+14"/>
        <source>Connection to Azure</source>
        <translation>Azure への接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Microsoft Entra ID and talks to the Azure Backup service over HTTPS (port 443). A firewall, a proxy or DNS that blocks either gives &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to connect to Microsoft Azure Backup&quot; (ID: 100050).</source>
        <translation>登録では、Microsoft Entra ID にサインインし、HTTPS (ポート 443) で Azure Backup サービスと通信します。ファイアウォール、プロキシ、または DNS がどちらかをブロックすると、「Invalid vault credentials provided」(ID: 34513) または「Unable to connect to Microsoft Azure Backup」(ID: 100050) が発生します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The connections to Azure could not be tried.</source>
        <translation>Azure への接続を試行できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A lab input of this run could not be used, so the connections were not tried as asked.</source>
        <translation>この実行のラボ用入力を使用できなかったため、指定どおりに接続を試行できませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file or address given on the command line and run again.</source>
        <translation>コマンド ラインで指定したファイルまたはアドレスを修正して、もう一度実行してください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is reachable %2</source>
        <translation>%1 に到達できます (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This server has no working network connection: no name could be looked up, so it cannot reach Azure.</source>
        <translation>このサーバーには機能しているネットワーク接続がありません。名前を 1 つも解決できなかったため、Azure に到達できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect the server to the network (or fix its DNS settings: ipconfig /all shows the DNS servers) and run the checks again.</source>
        <translation>サーバーをネットワークに接続するか、DNS 設定を修正して (DNS サーバーは ipconfig /all で表示されます)、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The proxy %1:%2 that the agent&apos;s account is set to use cannot be reached: if it no longer exists, correct or remove that proxy setting (the SYSTEM account&apos;s Internet settings, see proxy_config_system_context, and netsh winhttp show proxy), or ask the network team whether it moved.</source>
        <translation>エージェントのアカウントに設定されているプロキシ %1:%2 に到達できません。このプロキシがもう存在しない場合は、そのプロキシ設定を修正または削除してください (SYSTEM アカウントのインターネット設定。proxy_config_system_context と netsh winhttp show proxy を参照)。または、プロキシが移動したかどうかをネットワーク チームに確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another route works: %1.</source>
        <translation>別の経路は機能しています: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the network team to allow this server %1 to reach the addresses in &quot;For the network team&quot; (copy it with the button there).</source>
        <translation>このサーバーが「ネットワーク チーム向け」にあるアドレスに到達できるよう (%1)、ネットワーク チームに許可を依頼してください (そこにあるボタンでコピーできます)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give &quot;For the network team&quot; to the network team: the address is reached, but something on the way answers in its place.</source>
        <translation>「ネットワーク チーム向け」の内容をネットワーク チームに渡してください。アドレスには到達していますが、途中にある何かが代わりに応答しています。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Each address was tried through each route, layer by layer (name lookup, TCP, proxy, TLS, HTTP), %1 s at most each; the agent&apos;s service (LocalSystem) goes %2. Endpoints: %3.
%4</source>
        <translation>各アドレスに対して各経路で、レイヤーごと (名前解決、TCP、プロキシ、TLS、HTTP) に、それぞれ最大 %1 秒で試行しました。エージェントのサービス (LocalSystem) の経路: %2。エンドポイント: %3。
%4</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Another route works (%1): the agent&apos;s own route is the one to fix, or the agent can be set to use the working proxy (Set-OBMachineSetting -ProxyServer).</source>
        <translation>別の経路は機能しています (%1)。修正すべきなのはエージェント自身の経路です。または、機能しているプロキシを使用するようエージェントを設定することもできます (Set-OBMachineSetting -ProxyServer)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Azure address was in the list to try, so the connection could not be checked.</source>
        <translation>試行するリストに Azure のアドレスがなかったため、接続をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server reaches Microsoft Entra ID over HTTPS %1.</source>
        <translation>このサーバーは HTTPS で Microsoft Entra ID に到達できます (%1)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Allow (%1): %2</source>
        <translation>許可 (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IP ranges: %1</source>
        <translation>IP 範囲: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Azure service tags: %1</source>
        <translation>Azure サービス タグ: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tried: %1.</source>
        <translation>未試行: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Route the agent uses</source>
        <translation>エージェントが使用する経路</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Route</source>
        <translation>経路</translation>
    </message>
</context>
<context>
    <name>InstallDirAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallDirAttributesCheck.cpp" line="+21"/>
        <source>Install folder attributes</source>
        <translation>インストール フォルダーの属性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent cannot be installed into a folder that is hidden, a system folder, compressed or encrypted.</source>
        <translation>隠し、システム、圧縮、または暗号化の属性が設定されたフォルダーには、エージェントをインストールできません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The agent&apos;s install folder could not be worked out, so its attributes could not be checked.</source>
        <translation>エージェントのインストール フォルダーを特定できなかったため、その属性をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The attributes of the install folder %1 could not be read.</source>
        <translation>インストール フォルダー %1 の属性を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+65"/>
        <source>Install folder</source>
        <translation>インストール フォルダー</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>hidden</source>
        <translation>隠し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The install folder %1 is marked %2, so the agent&apos;s setup refuses it.</source>
        <translation>インストール フォルダー %1 には %2 の属性が設定されているため、エージェントのセットアップで拒否されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The wizard&apos;s fix clears these attributes (you see the exact change first); or run as administrator: %1. Or install into another folder with the installer&apos;s /p: switch.</source>
        <translation>ウィザードの修正でこれらの属性をクリアできます (正確な変更内容が先に表示されます)。または、管理者として次を実行してください: %1。あるいは、インストーラーの /p: スイッチを使用して別のフォルダーにインストールしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 is not hidden, system, compressed or encrypted.</source>
        <translation>インストール フォルダー %1 には、隠し、システム、圧縮、暗号化のいずれの属性も設定されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in, %2, is %3, which the new folder would inherit.</source>
        <translation>インストール フォルダー %1 はまだ存在しません。作成先のフォルダー %2 には %3 の属性が設定されており、新しいフォルダーはこれを継承します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This troubleshooter never changes parent folders automatically. If %1 may be changed, run as administrator: %2 (this changes only that folder&apos;s setting for new files). Otherwise choose another install folder with the installer&apos;s /p: switch.</source>
        <translation>このトラブルシューティング ツールが親フォルダーを自動的に変更することはありません。%1 を変更してもよい場合は、管理者として次を実行してください: %2 (このフォルダーの、新しいファイルに対する設定だけが変更されます)。そうでない場合は、インストーラーの /p: スイッチで別のインストール フォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The install folder %1 does not exist yet, and the folder it would be created in is neither compressed nor encrypted.</source>
        <translation>インストール フォルダー %1 はまだ存在しません。作成先のフォルダーは圧縮も暗号化もされていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Taken from</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder attributes</source>
        <translation>フォルダーの属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder exists</source>
        <translation>フォルダーの存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nearest existing parent</source>
        <translation>存在する最も近い親フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent attributes</source>
        <translation>親フォルダーの属性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GetFileAttributesW on %1: %2. The installer refuses FILE_ATTRIBUTE_SYSTEM (0x4), HIDDEN (0x2), COMPRESSED (0x800) and ENCRYPTED (0x4000) on its folder; new folders inherit NTFS compression and EFS encryption from their parent, not hidden or system.</source>
        <translation>%1 に対する GetFileAttributesW: %2。インストーラーは、フォルダーに FILE_ATTRIBUTE_SYSTEM (0x4)、HIDDEN (0x2)、COMPRESSED (0x800)、ENCRYPTED (0x4000) が設定されていると拒否します。新しいフォルダーは NTFS 圧縮と EFS 暗号化を親から継承しますが、隠し属性とシステム属性は継承しません。</translation>
    </message>
</context>
<context>
    <name>InstallerLogsCheck</name>
    <message>
        <location filename="../checks/catalog/install/InstallerLogsCheck.cpp" line="+208"/>
        <source>the name in the &quot;Local cached package&quot; line of OBPatch.log</source>
        <translation>OBPatch.log の「Local cached package」行にある名前</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Earlier failed installations</source>
        <translation>以前に失敗したインストール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup and update logs tell why an earlier installation or update failed, and some failures need a manual repair before setup can succeed.</source>
        <translation>エージェントのセットアップ ログと更新ログには、以前のインストールや更新が失敗した理由が記録されています。失敗によっては、セットアップを成功させる前に手動での修復が必要です。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows temp folder could not be found, so the agent&apos;s setup logs could not be read.</source>
        <translation>Windows の Temp フォルダーが見つからなかったため、エージェントのセットアップ ログを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not present</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>access denied, also to an administrator</source>
        <translation>アクセス拒否 (管理者でも同様)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read even with administrator rights, so earlier failures could not be looked for.</source>
        <translation>管理者権限でもエージェントのセットアップ ログ %1 を読み取れなかったため、以前の失敗を調べることができませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the file&apos;s permissions (icacls &quot;%1&quot;) or ask the customer&apos;s IT team who locked it, then run this check again.</source>
        <translation>ファイルのアクセス許可を確認するか (icacls &quot;%1&quot;)、誰がファイルをロックしたかをお客様の IT チームに確認してから、このチェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not readable without administrator rights</source>
        <translation>管理者権限なしでは読み取り不可</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s setup log %1 could not be read without administrator rights, so earlier failures could not be looked for.</source>
        <translation>管理者権限なしではエージェントのセットアップ ログ %1 を読み取れなかったため、以前の失敗を調べることができませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>トラブルシューティング ツールを管理者として再起動し、このチェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but a later run in the same log succeeded.</source>
        <translation>%1 には失敗 (「%2」) が記録されていますが、同じログ内のその後の実行は成功しています。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 records a successful run after it (%2 UTC)</source>
        <translation>%1 には、その後に成功した実行 (%2 UTC) が記録されています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installed agent (cbengine.exe %1) is newer than the version that failed (%2)</source>
        <translation>インストール済みのエージェント (cbengine.exe %1) は、失敗したバージョン (%2) より新しくなっています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded a failure (&quot;%2&quot;), but %3.</source>
        <translation>%1 には失敗 (「%2」) が記録されていますが、%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier failure in %1, since resolved</source>
        <translation>%1 での以前の失敗 (解決済み)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (logged %1 UTC)</source>
        <translation> (%1 UTC に記録)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier agent update failed with error 1612 because the agent&apos;s cached installer package (OBSAGENT.msi) is missing from C:\Windows\Installer.</source>
        <translation>エージェントのキャッシュされたインストーラー パッケージ (OBSAGENT.msi) が C:\Windows\Installer にないため、以前のエージェントの更新がエラー 1612 で失敗しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow KB4020490 (%1): start the agent installer from %2 and leave its wizard open; in OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>KB4020490 (%1) の手順に従ってください: %2 からエージェントのインストーラーを起動し、ウィザードを開いたままにします。OBInstaller0Curr.errlog で最新の「Directory Path for SetupLaunchScreen」を見つけ、そのフォルダーの Installers サブフォルダーにある OBSAGENT.msi を、C:\Windows\Installer に %3 としてコピーします。ウィザードを閉じて、インストーラーをもう一度実行します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent setup stopped because one of its prerequisites was missing or could not be installed.</source>
        <translation>前提条件の 1 つが見つからないか、インストールできなかったため、以前のエージェントのセットアップが停止しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix what this troubleshooter&apos;s prerequisite checks report (.NET Framework, Windows PowerShell, the Visual C++ runtimes; the logged line is shown with this finding), then run the agent&apos;s installer again as administrator.</source>
        <translation>このトラブルシューティング ツールの前提条件チェックで報告された問題 (.NET Framework、Windows PowerShell、Visual C++ ランタイム。ログの該当行はこの検出結果と一緒に表示されます) を修正してから、エージェントのインストーラーを管理者としてもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An earlier agent installation failed and all its changes were rolled back (ID: 4024).</source>
        <translation>以前のエージェントのインストールが失敗し、すべての変更がロールバックされました (ID: 4024)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports, then install the agent again by hand: download it from %1 and run it as administrator. If it fails again, send %2 to Microsoft Support (see %3).</source>
        <translation>このトラブルシューティング ツールで報告された他の問題を修正してから、エージェントを手動でもう一度インストールしてください: %1 からダウンロードし、管理者として実行します。再び失敗する場合は、%2 を Microsoft サポートに送ってください (%3 を参照)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An earlier agent installation failed with error 1603 (0x80070643, a fatal error during installation), and no successful installation followed.</source>
        <translation>以前のエージェントのインストールがエラー 1603 (0x80070643、インストール中の致命的なエラー) で失敗し、その後インストールは成功していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the other problems this troubleshooter reports (administrator rights, prerequisites, the install folder, a pending restart), then run the agent&apos;s installer from %1 again as administrator. If it fails again, send %2 to Microsoft Support.</source>
        <translation>このトラブルシューティング ツールで報告された他の問題 (管理者権限、前提条件、インストール フォルダー、保留中の再起動) を修正してから、%1 から入手したエージェントのインストーラーを管理者としてもう一度実行してください。再び失敗する場合は、%2 を Microsoft サポートに送ってください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An earlier agent installation could not start because another installation was running (error 1618).</source>
        <translation>別のインストールが実行中だったため、以前のエージェントのインストールを開始できませんでした (エラー 1618)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wait until other installations and Windows updates have finished (or restart the server), then run the agent&apos;s installer again.</source>
        <translation>他のインストールと Windows Update が完了するまで待ってから (またはサーバーを再起動してから)、エージェントのインストーラーをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s setup log %1 records that its last run failed.</source>
        <translation>エージェントのセットアップ ログ %1 には、最後の実行が失敗したことが記録されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the logged line shown with this finding, fix the other problems reported here and run setup again; if it keeps failing, send %1 to Microsoft Support.</source>
        <translation>この検出結果と一緒に表示されるログの該当行を確認し、ここで報告された他の問題を修正してから、セットアップをもう一度実行してください。失敗が続く場合は、%1 を Microsoft サポートに送ってください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The agent&apos;s setup logs record an earlier failure, but a later installation or update succeeded.</source>
        <translation>エージェントのセットアップ ログには以前の失敗が記録されていますが、その後のインストールまたは更新は成功しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read the last %1 KiB of OBInstaller0Curr.errlog (setup) and OBPatch.log (updates) in %2 and looked for Windows Installer&apos;s error codes 1612 / &quot;Local cached package&quot; (KB4020490), 1603 / 0x80070643, 1618 / 0x80070652, failed prerequisites, &quot;rolled back&quot; / ID 4024 (MABS troubleshooting guide) and runs that say they failed; a failure followed by a successful run or a newer installed agent is not reported. Lines that only contain the word &quot;error&quot; or &quot;failed&quot; are not failures by themselves.</source>
        <translation>%2 にある OBInstaller0Curr.errlog (セットアップ) と OBPatch.log (更新) の末尾 %1 KiB を読み取り、Windows インストーラーのエラー コード 1612 /「Local cached package」(KB4020490)、1603 / 0x80070643、1618 / 0x80070652、失敗した前提条件、「rolled back」/ ID 4024 (MABS のトラブルシューティング ガイド)、および失敗したと記録している実行を探しました。失敗の後に成功した実行がある場合や、より新しいエージェントがインストールされている場合は報告されません。「error」や「failed」という単語を含むだけの行は、それだけでは失敗とみなされません。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Line in %1</source>
        <translation>%1 の該当行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed installation or update of the agent was recorded in its setup logs.</source>
        <translation>エージェントのセットアップ ログには、エージェントのインストールまたは更新の失敗は記録されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s setup logs could not be read completely.</source>
        <translation>エージェントのセットアップ ログを完全には読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>KnownErrors</name>
    <message>
        <location filename="../checks/catalog/KnownErrors.cpp" line="+55"/>
        <source>The agent could not use the vault credentials file: it is expired, not the newest one, renamed or on a network share — or the server could not reach Azure to check it (proxy, firewall, antivirus, TLS 1.2, clock).</source>
        <translation>エージェントがコンテナー資格情報ファイルを使用できませんでした。ファイルの有効期限が切れている、最新のファイルではない、名前が変更されている、またはネットワーク共有上にあります。あるいは、サーバーが確認のために Azure に到達できませんでした (プロキシ、ファイアウォール、ウイルス対策、TLS 1.2、時計)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not read the file at all: it is not where it says, not readable, or not a vault credentials file.</source>
        <translation>エージェントがファイルをまったく読み取れませんでした。ファイルが指定された場所にない、読み取れない、またはコンテナー資格情報ファイルではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file&apos;s certificate is past its end date — or this server&apos;s clock is wrong. Download a new file and register straight away.</source>
        <translation>ファイルの証明書が有効期限を過ぎています。または、このサーバーの時計が間違っています。新しいファイルをダウンロードして、すぐに登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Azure portal refused the download: the browser&apos;s cache, a disabled subscription, a firewall, the vault&apos;s limit of 50 agents or missing Azure Backup rights.</source>
        <translation>Azure portal がダウンロードを拒否しました。原因として、ブラウザーのキャッシュ、無効化されたサブスクリプション、ファイアウォール、コンテナーのエージェント数の上限 (50)、または Azure Backup の権限不足が考えられます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent could not reach Azure Backup: a proxy, a firewall or antivirus is in the way.</source>
        <translation>エージェントが Azure Backup に到達できませんでした。プロキシ、ファイアウォール、またはウイルス対策ソフトウェアが妨げています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy wants a user name and password that the agent (running as SYSTEM) does not give.</source>
        <translation>プロキシがユーザー名とパスワードを要求していますが、エージェント (SYSTEM として実行) はそれを提供しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent could not ask Azure whether this server is registered: no connection, an old agent or TLS 1.2 turned off.</source>
        <translation>このサーバーが登録済みかどうかを、エージェントが Azure に問い合わせられませんでした。接続がない、エージェントが古い、または TLS 1.2 がオフになっています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to another vault; the file is for a different one.</source>
        <translation>このサーバーは既に別のコンテナーに登録されています。このファイルは別のコンテナー用です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is registered with another vault, or the passphrase was damaged while it was set: unregister and register again.</source>
        <translation>サーバーが別のコンテナーに登録されているか、パスフレーズの設定時にパスフレーズが破損しました。登録を解除してから、もう一度登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache (scratch) folder is on a volume without space or was moved the wrong way — or the vault has reached its limit of registered servers.</source>
        <translation>エージェントのキャッシュ (スクラッチ) フォルダーが空き領域のないボリューム上にあるか、誤った方法で移動されました。または、コンテナーが登録済みサーバー数の上限に達しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s cache (scratch) folder and its two registry values do not agree, usually after the cache was moved.</source>
        <translation>エージェントのキャッシュ (スクラッチ) フォルダーと、それに関する 2 つのレジストリ値が一致していません。通常、キャッシュを移動した後に発生します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder the agent expects is missing; register again with the original passphrase.</source>
        <translation>エージェントが想定しているキャッシュ (スクラッチ) フォルダーがありません。元のパスフレーズを使用して再登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (obengine) is not running.</source>
        <translation>エージェントのサービス (obengine) が実行されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server was renamed after it was registered: rename it back, or register it again under the new name.</source>
        <translation>登録後にサーバーの名前が変更されました。名前を元に戻すか、新しい名前で再登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installation itself failed; a prerequisite of the installer is missing or blocked.</source>
        <translation>インストール自体が失敗しました。インストーラーの前提条件が見つからないか、ブロックされています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s installer package is missing from the Windows Installer cache.</source>
        <translation>エージェントのインストーラー パッケージが Windows インストーラーのキャッシュにありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Visual C++ 2008 runtime the installer needs is missing (Windows Server 2008 R2).</source>
        <translation>インストーラーに必要な Visual C++ 2008 ランタイムがありません (Windows Server 2008 R2)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The installed agent is too old for the service: update it.</source>
        <translation>インストールされているエージェントが古すぎて、サービスを利用できません。更新してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure closed the connection because this server offered TLS older than 1.2, or something on the way broke the TLS connection.</source>
        <translation>このサーバーが 1.2 より前の TLS を提示したため、Azure が接続を閉じました。または、途中にある何かが TLS 接続を切断しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent asks you to confirm the encryption passphrase once; keep it outside this server.</source>
        <translation>エージェントは、暗号化パスフレーズの確認を 1 回求めます。パスフレーズはこのサーバー以外の場所に保管してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache (scratch) folder lacks space, sits on the wrong kind of volume, is compressed or encrypted, or antivirus locks its files.</source>
        <translation>キャッシュ (スクラッチ) フォルダーの空き領域が不足している、適切でない種類のボリューム上にある、圧縮または暗号化されている、あるいはウイルス対策ソフトウェアがそのファイルをロックしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup lost its connection to Azure storage: proxy, firewall or antivirus.</source>
        <translation>バックアップで Azure Storage への接続が失われました。原因として、プロキシ、ファイアウォール、またはウイルス対策ソフトウェアが考えられます。</translation>
    </message>
</context>
<context>
    <name>ManagementAgentServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ManagementAgentServiceCheck.cpp" line="+17"/>
        <source>Management agent service</source>
        <translation>管理エージェント サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The management agent reports the agent&apos;s jobs and alerts to the Azure portal; while it is stopped, backups may run but the portal does not show them.</source>
        <translation>管理エージェントは、エージェントのジョブとアラートを Azure portal に報告します。このサービスが停止していると、バックアップは実行されても Azure portal には表示されません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The agent is installed, but its management agent service (%1) was not found, so jobs and alerts may not reach the Azure portal.</source>
        <translation>エージェントはインストールされていますが、その管理エージェント サービス (%1) が見つからないため、ジョブとアラートが Azure portal に届かない可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open services.msc and look for &quot;Microsoft Azure Recovery Services Management Agent&quot;. If it is not there, reinstall the agent (download it from %1 and run it as administrator).</source>
        <translation>services.msc を開き、「Microsoft Azure Recovery Services Management Agent」を探してください。見つからない場合は、エージェントを再インストールしてください (%1 からダウンロードし、管理者として実行します)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service name %1 is the one community tools use; Microsoft documents only the display name, so a differently named service would not be found here.</source>
        <translation>サービス名 %1 は、コミュニティのツールで使用されている名前です。Microsoft が文書化しているのは表示名だけのため、異なる名前のサービスはここでは見つかりません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the management agent service (%1) could not be read.</source>
        <translation>管理エージェント サービス (%1) の状態を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so jobs and alerts do not reach the Azure portal</source>
        <translation>ジョブとアラートが Azure portal に届きません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is %2.</source>
        <translation>管理エージェント サービス (%1) は %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is disabled, %2.</source>
        <translation>管理エージェント サービス (%1) が無効になっているため、%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>管理者として sc config %1 start= auto を実行し、続いて net start %1 を実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The management agent service (%1) is stopped, %2.</source>
        <translation>管理エージェント サービス (%1) が停止しているため、%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator). If it will not start, its log is %2\Temp\GatewayProvider*.errlog.</source>
        <translation>ウィザードの修正でサービスを開始してください (または、管理者として「net start %1」を実行してください)。開始しない場合、そのログは %2\Temp\GatewayProvider*.errlog です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The management agent service (%1) is %2 instead of running, %3.</source>
        <translation>管理エージェント サービス (%1) の状態が、実行中ではなく %2 であるため、%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>管理者として net stop %1 を実行し、続いて net start %1 を実行してください。それでも状態が変わらない場合は、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start type</source>
        <translation>スタートアップの種類</translation>
    </message>
</context>
<context>
    <name>MarsLogScanCheck</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogScanCheck.cpp" line="+71"/>
        <source>Errors in the agent&apos;s logs</source>
        <translation>エージェントのログ内のエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent writes the real reason for a failed registration or backup to its own logs; the error it last logged points at the check that finds the cause.</source>
        <translation>エージェントは、登録やバックアップが失敗した本当の理由を自身のログに書き込みます。最後に記録されたエラーから、原因を突き止めるべきチェックがわかります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent&apos;s log folder %1 could not be listed.</source>
        <translation>エージェントのログ フォルダー %1 の内容を一覧表示できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not present</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s log %1 could not be read, so the errors it recorded could not be looked for.</source>
        <translation>エージェントのログ %1 を読み取れなかったため、記録されたエラーを調べることができませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart this troubleshooter as administrator; if the log still cannot be read, check its permissions (icacls) and run the check again.</source>
        <translation>このトラブルシューティング ツールを管理者として再起動してください。それでもログを読み取れない場合は、ログのアクセス許可を確認して (icacls)、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent has not written a log in %1 yet, so there is no error of its own to look at.</source>
        <translation>エージェントはまだ %1 にログを書き込んでいないため、エージェント自身のエラーとして確認できるものはありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The end of the agent&apos;s logs (%1) records none of the errors this troubleshooter knows a cause for.</source>
        <translation>エージェントのログ (%1) の末尾には、このトラブルシューティング ツールが原因を把握しているエラーは記録されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> at %1</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log %1 recorded %2%3: &quot;%4&quot;</source>
        <translation>エージェントのログ %1 に %2 が記録されています%3: 「%4」</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The log names the address %1: test TCP 443 to it from this server.</source>
        <translation>ログにアドレス %1 が記載されています。このサーバーから、そのアドレスへの TCP 443 接続をテストしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 in %2 (checks %3)</source>
        <translation>%2 の %1 (チェック: %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n time(s), last: %1</source>
        <translation>
            <numerusform>%n 回、最終: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the last %1 KiB of CBEngineCurr.errlog and of the newest GatewayProvider*.errlog in %2 and looked for the agent&apos;s error ids 34513, 34528, 34506, 100050, 100110, 230006, 0x1FC07, 0x1FBD3, proxy 407, 10054, unresolved names, failed connections, TLS/SSL errors and expiry. Quoted lines have passwords, keys and certificates masked.</source>
        <translation>%2 にある CBEngineCurr.errlog と最新の GatewayProvider*.errlog の末尾 %1 KiB を読み取り、エージェントのエラー ID 34513、34528、34506、100050、100110、230006、0x1FC07、0x1FBD3、プロキシの 407、10054、解決できない名前、失敗した接続、TLS/SSL エラー、および有効期限切れを探しました。引用した行では、パスワード、キー、証明書がマスクされています。</translation>
    </message>
</context>
<context>
    <name>MsOnlineBackupModuleCheck</name>
    <message>
        <location filename="../checks/catalog/health/MsOnlineBackupModuleCheck.cpp" line="+25"/>
        <source>Agent PowerShell module files</source>
        <translation>エージェントの PowerShell モジュール ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups and its registration cmdlets come from its PowerShell module MSOnlineBackup; with its files missing they fail.</source>
        <translation>エージェントのスケジュールされたバックアップと登録用のコマンドレットは、PowerShell モジュール MSOnlineBackup によって提供されます。そのファイルがないと、これらは失敗します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The agent&apos;s PowerShell module MSOnlineBackup is in place.</source>
        <translation>エージェントの PowerShell モジュール MSOnlineBackup は正しく配置されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s PowerShell module folder %1 could not be read.</source>
        <translation>エージェントの PowerShell モジュール フォルダー %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s PowerShell module manifest MSOnlineBackup.psd1 is missing from %1, so its backup and registration cmdlets cannot load.</source>
        <translation>エージェントの PowerShell モジュール マニフェスト MSOnlineBackup.psd1 が %1 にないため、バックアップと登録用のコマンドレットを読み込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s PowerShell module folder %1 is missing, so its backup and registration cmdlets cannot load.</source>
        <translation>エージェントの PowerShell モジュール フォルダー %1 がないため、バックアップと登録用のコマンドレットを読み込めません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent (download it from %1 and run it as administrator); it puts the module back. Copying the MSOnlineBackup folder from a server with the same agent version also works, but a reinstall is safer. Then restart the server.</source>
        <translation>エージェントを再インストールしてください (%1 からダウンロードし、管理者として実行します)。再インストールでモジュールが元に戻ります。同じバージョンのエージェントがインストールされたサーバーから MSOnlineBackup フォルダーをコピーする方法もありますが、再インストールの方が安全です。その後、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s PowerShell module file %1 could not be read.</source>
        <translation>エージェントの PowerShell モジュール ファイル %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module manifest</source>
        <translation>モジュール マニフェスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looked for %1. Whether the module imports (Import-Module MSOnlineBackup) is not tried here.</source>
        <translation>%1 を探しました。モジュールをインポートできるかどうか (Import-Module MSOnlineBackup) は、ここでは試行していません。</translation>
    </message>
</context>
<context>
    <name>NcsiProbeCheck</name>
    <message>
        <location filename="../checks/catalog/network/NcsiProbeCheck.cpp" line="+14"/>
        <source>Windows connectivity test</source>
        <translation>Windows の接続テスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows checks its internet access by downloading two small files from Microsoft. A login page or a proxy answering in Microsoft&apos;s place shows here before it breaks registration.</source>
        <translation>Windows は、Microsoft から 2 つの小さなファイルをダウンロードしてインターネット アクセスを確認します。ログイン ページや、Microsoft の代わりに応答するプロキシがある場合は、登録を妨げる前にここで判明します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows&apos; connectivity test files could not be fetched.</source>
        <translation>Windows の接続テスト用ファイルを取得できませんでした。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 answered with something else than Microsoft&apos;s text &quot;%2&quot; (it began with &quot;%3&quot;): a login page (captive portal) or a proxy answers in Microsoft&apos;s place.</source>
        <translation>%1 は、Microsoft のテキスト「%2」とは異なる内容を返しました (先頭: 「%3」)。ログイン ページ (キャプティブ ポータル) またはプロキシが Microsoft の代わりに応答しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP %1, &quot;%2&quot;</source>
        <translation>HTTP %1、「%2」</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The address list has no Windows connectivity test file to fetch.</source>
        <translation>アドレス リストに、取得する Windows の接続テスト用ファイルがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows&apos; connectivity test files came back as Microsoft wrote them: nothing answers in Microsoft&apos;s place.</source>
        <translation>Windows の接続テスト用ファイルは、Microsoft が書き込んだとおりの内容で返されました。Microsoft の代わりに応答しているものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a login page is in the way, sign in to it or ask the network team to exempt this server; if a proxy answers, ask them to let www.msftncsi.com and www.msftconnecttest.com through unchanged.</source>
        <translation>ログイン ページが妨げている場合は、そのページでサインインするか、このサーバーを対象外にするようネットワーク チームに依頼してください。プロキシが応答している場合は、www.msftncsi.com と www.msftconnecttest.com を変更せずに通過させるよう、ネットワーク チームに依頼してください。</translation>
    </message>
</context>
<context>
    <name>ObEngineServiceCheck</name>
    <message>
        <location filename="../checks/catalog/health/ObEngineServiceCheck.cpp" line="+21"/>
        <source>Agent service (obengine)</source>
        <translation>エージェントのサービス (obengine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent registers the server and runs every backup through its service obengine; while it is stopped, registration fails with &quot;can&apos;t connect to the OBEngine service&quot;.</source>
        <translation>エージェントは、サービス obengine を通じてサーバーを登録し、すべてのバックアップを実行します。このサービスが停止していると、登録は「OBEngine サービスに接続できません」で失敗します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>エージェントがインストールされているかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is not installed yet, so its service does not exist yet.</source>
        <translation>エージェントはまだインストールされていないため、そのサービスもまだ存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) does not exist because the agent is not installed: install the agent first.</source>
        <translation>エージェントがインストールされていないため、エージェントのサービス (%1) は存在しません。先にエージェントをインストールしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>%1 からエージェントをダウンロードしてインストールし、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent is installed in %1, but its service (%2) is missing, so the installation is broken.</source>
        <translation>エージェントは %1 にインストールされていますが、そのサービス (%2) がないため、インストールが壊れています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reinstall the agent: download it from %1 and run it as administrator; keep the encryption passphrase at hand in case the server has to be registered again.</source>
        <translation>エージェントを再インストールしてください: %1 からダウンロードし、管理者として実行します。サーバーの再登録が必要になる場合に備えて、暗号化パスフレーズを手元に用意しておいてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+45"/>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The state of the agent&apos;s service (%1) could not be read.</source>
        <translation>エージェントのサービス (%1) の状態を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If it stops again or will not start, look at the TLS 1.2 checks of this troubleshooter (the agent&apos;s services fail to start when TLS 1.0 is off and .NET is not set to TLS 1.2, %1) and at the System event log.</source>
        <translation>再び停止する場合や開始しない場合は、このトラブルシューティング ツールの TLS 1.2 のチェック (TLS 1.0 がオフで、.NET が TLS 1.2 を使用するよう設定されていないと、エージェントのサービスは開始に失敗します。%1) と、システム イベント ログを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service (%1) is running and starts automatically.</source>
        <translation>エージェントのサービス (%1) は実行中で、自動的に開始されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is running, but it is set to start %2, so it will not be running after the next restart.</source>
        <translation>エージェントのサービス (%1) は実行中ですが、スタートアップの種類が %2 に設定されているため、次回の再起動後は実行されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto</source>
        <translation>管理者として次のコマンドを実行してください: sc config %1 start= auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is still starting.</source>
        <translation>エージェントのサービス (%1) はまだ開始中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a minute and run this check again.</source>
        <translation>1 分ほど待ってから、このチェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (%1) is stopped and disabled, so the server cannot be registered and no backup runs.</source>
        <translation>エージェントのサービス (%1) が停止しており、無効になっているため、サーバーを登録できず、バックアップも実行されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= auto, then net start %1.</source>
        <translation>管理者として sc config %1 start= auto を実行し、続いて net start %1 を実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent&apos;s service (%1) is stopped, so the server cannot be registered and no backup runs.</source>
        <translation>エージェントのサービス (%1) が停止しているため、サーバーを登録できず、バックアップも実行されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start it with the wizard&apos;s fix (or run &quot;net start %1&quot; as administrator).</source>
        <translation>ウィザードの修正でサービスを開始してください (または、管理者として「net start %1」を実行してください)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service (%1) is %2 instead of running.</source>
        <translation>エージェントのサービス (%1) の状態が、実行中ではなく %2 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As administrator run net stop %1, then net start %1; if it stays stuck, restart the server.</source>
        <translation>管理者として net stop %1 を実行し、続いて net start %1 を実行してください。それでも状態が変わらない場合は、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start type</source>
        <translation>スタートアップの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as</source>
        <translation>実行アカウント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queried the service manager for %1 (%2). The agent&apos;s service normally runs as LocalSystem; this is shown, not judged (no Microsoft document states it).</source>
        <translation>サービス マネージャーに %1 (%2) を照会しました。エージェントのサービスは通常 LocalSystem として実行されます。これは表示のみで、判定には使用していません (これを明記した Microsoft のドキュメントはありません)。</translation>
    </message>
</context>
<context>
    <name>Os64BitCheck</name>
    <message>
        <location filename="../checks/catalog/install/Os64BitCheck.cpp" line="+14"/>
        <source>64-bit Windows</source>
        <translation>64 ビット版 Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is built for 64-bit (x64) Windows only; its installer does not run on 32-bit Windows.</source>
        <translation>エージェントは 64 ビット (x64) 版 Windows 専用に作られており、そのインストーラーは 32 ビット版 Windows では実行できません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Windows did not report its processor architecture, so it is not known whether it is 64-bit.</source>
        <translation>Windows がプロセッサ アーキテクチャを報告しなかったため、64 ビットかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The native architecture (GetNativeSystemInfo) came back empty.</source>
        <translation>ネイティブ アーキテクチャ (GetNativeSystemInfo) の結果が空でした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows is 64-bit (x64), as the agent needs.</source>
        <translation>Windows は 64 ビット (x64) で、エージェントの要件を満たしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows runs on an ARM64 processor, which the agent&apos;s support matrix does not list, so the x64 agent may not install or work.</source>
        <translation>Windows は ARM64 プロセッサで実行されていますが、ARM64 はエージェントのサポート マトリックスに記載されていないため、x64 版のエージェントはインストールできないか、正しく動作しない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server with an x64 (Intel or AMD 64-bit) processor. If it has to be this machine, ask Microsoft Support whether ARM64 is supported before relying on its backups.</source>
        <translation>x64 (Intel または AMD の 64 ビット) プロセッサを搭載したサーバーにエージェントをインストールしてください。どうしてもこのコンピューターを使用する必要がある場合は、そのバックアップに頼る前に、ARM64 がサポートされているかどうかを Microsoft サポートに確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows is 32-bit (x86), and the agent installs only on 64-bit Windows.</source>
        <translation>Windows は 32 ビット (x86) ですが、エージェントは 64 ビット版 Windows にのみインストールできます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the agent on a server running 64-bit Windows. A 32-bit Windows cannot be changed to 64-bit in place: it has to be reinstalled with the x64 edition.</source>
        <translation>64 ビット版 Windows を実行しているサーバーにエージェントをインストールしてください。32 ビット版 Windows をその場で 64 ビット版に変更することはできません。x64 エディションで再インストールする必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows runs on a %1 processor, and the agent installs only on 64-bit x64 Windows.</source>
        <translation>Windows は %1 プロセッサで実行されていますが、エージェントは 64 ビット (x64) 版 Windows にのみインストールできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a server running 64-bit (x64) Windows.</source>
        <translation>64 ビット (x64) 版 Windows を実行しているサーバーにエージェントをインストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Native architecture</source>
        <translation>ネイティブ アーキテクチャ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Native processor architecture as Windows reports it (IsWow64Process2 / GetNativeSystemInfo, so a 32-bit troubleshooter on 64-bit Windows still sees amd64): %1. The support matrix requires 64-bit operating systems and lists no ARM64 support.</source>
        <translation>Windows が報告するネイティブ プロセッサ アーキテクチャ (IsWow64Process2 / GetNativeSystemInfo を使用するため、64 ビット版 Windows 上の 32 ビット版トラブルシューティング ツールでも amd64 と認識されます): %1。サポート マトリックスでは 64 ビット オペレーティング システムが必要とされており、ARM64 のサポートは記載されていません。</translation>
    </message>
</context>
<context>
    <name>OsSupportedCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsSupportedCheck.cpp" line="+33"/>
        <source>Supported Windows version</source>
        <translation>サポートされている Windows バージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent installs and is supported only on the Windows versions in Microsoft&apos;s support matrix.</source>
        <translation>エージェントは、Microsoft のサポート マトリックスに記載されている Windows バージョンにのみインストールでき、サポートされます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a Windows version the agent supports.</source>
        <translation>%1 は、エージェントがサポートしている Windows バージョンです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a Windows version the agent supports, for backing up files and folders only.</source>
        <translation>%1 は、エージェントがサポートしている Windows バージョンですが、ファイルとフォルダーのバックアップのみが対象です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has reached the end of support, so the agent is supported on it only while Extended Security Updates are installed.</source>
        <translation>%1 はサポートが終了しているため、エージェントは拡張セキュリティ更新プログラムがインストールされている場合にのみサポートされます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a Windows version the agent supports, so it cannot be installed here.</source>
        <translation>%1 はエージェントがサポートしている Windows バージョンではないため、ここにはインストールできません。</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Install Service Pack 1 for this Windows version, then .NET Framework 4.8, then the agent. This Windows version is at the end of support: the agent is supported on it only with Extended Security Updates (see %1); plan the move to Windows Server 2022 or 2025.</source>
        <translation>この Windows バージョンに Service Pack 1 をインストールし、次に .NET Framework 4.8、最後にエージェントをインストールしてください。この Windows バージョンはサポートが終了しています。エージェントは拡張セキュリティ更新プログラムがある場合にのみサポートされます (%1 を参照)。Windows Server 2022 または 2025 への移行を計画してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrade or migrate this server to Windows Server 2016 or later (2019, 2022 or 2025) and install the agent there, or move the server to an Azure virtual machine and protect it with Azure VM backup, as the support matrix advises for servers at the end of support (%1).</source>
        <translation>このサーバーを Windows Server 2016 以降 (2019、2022、または 2025) にアップグレードまたは移行してそこにエージェントをインストールするか、サポートが終了したサーバーについてサポート マトリックス (%1) が推奨しているとおり、サーバーを Azure 仮想マシンに移行して Azure VM バックアップで保護してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade this computer to Windows 10 or 11 (or at least Windows 8.1), install .NET Framework 4.8 if Windows Update has not, then install the agent. The supported versions are listed at %1.</source>
        <translation>このコンピューターを Windows 10 または 11 (少なくとも Windows 8.1) にアップグレードし、Windows Update でインストールされていない場合は .NET Framework 4.8 をインストールしてから、エージェントをインストールしてください。サポートされているバージョンは %1 に記載されています。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is not yet listed in the support matrix (it is newer than Windows Server 2025), so it is not confirmed that the agent supports it.</source>
        <translation>%1 はまだサポート マトリックスに記載されていない (Windows Server 2025 より新しい) ため、エージェントがこのバージョンをサポートしているかどうかは確認されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the current support matrix at %1. If it lists %2, go ahead with the installation; otherwise install the agent on Windows Server 2025 or 2022.</source>
        <translation>%1 で最新のサポート マトリックスを確認してください。%2 が記載されている場合は、インストールを進めてください。記載されていない場合は、Windows Server 2025 または 2022 にエージェントをインストールしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make sure the server receives Extended Security Updates (ESU) and has all of them installed, and plan the move to Windows Server 2022 or 2025. The current agent also needs .NET Framework 4.8 here. Support for the agent on this version can end at any time; see %1.</source>
        <translation>サーバーが拡張セキュリティ更新プログラム (ESU) を受け取り、そのすべてがインストールされていることを確認したうえで、Windows Server 2022 または 2025 への移行を計画してください。このバージョンでも、現在のエージェントには .NET Framework 4.8 が必要です。このバージョンでのエージェントのサポートはいつでも終了する可能性があります。%1 を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot run .NET Framework 4.8, which the current agent needs, so the agent cannot be installed here.</source>
        <translation>%1 では、現在のエージェントに必要な .NET Framework 4.8 を実行できないため、ここにはエージェントをインストールできません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install the agent on a supported Windows: Windows Server 2025, 2022, 2019, 2016, 2012 R2 or 2012, or Windows 11, 10 or 8.1 for files and folders. The full list is at %1.</source>
        <translation>サポートされている Windows (Windows Server 2025、2022、2019、2016、2012 R2、2012、またはファイルとフォルダーのみの場合は Windows 11、10、8.1) にエージェントをインストールしてください。完全な一覧は %1 にあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows release</source>
        <translation>Windows リリース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product name</source>
        <translation>製品名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>エディション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>製品の種類</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RtlGetVersion reported %1, product type %2. The support matrix lists Windows Server 2025, 2022, 2019, 2016, 2012 R2 and 2012 (Standard, Datacenter, Essentials, Foundation, Server IoT, and Storage Server) and Windows 11, 10, 8.1 and 8 (files and folders only); Windows 7, Server 2008 R2 and Server 2008 SP2 are listed as end of support. The current agent&apos;s setup requires .NET Framework 4.8, which does not run on Windows 8, Server 2008 SP2, or Windows 7 and Server 2008 R2 without Service Pack 1. Windows 11 is told from Windows 10 by its build (22000 and later), since its ProductName still reads &quot;Windows 10&quot;.</source>
        <translation>RtlGetVersion の報告値は %1、製品の種類は %2 です。サポート マトリックスには Windows Server 2025、2022、2019、2016、2012 R2、2012 (Standard、Datacenter、Essentials、Foundation、Server IoT、Storage Server) と Windows 11、10、8.1、8 (ファイルとフォルダーのみ) が記載されており、Windows 7、Server 2008 R2、Server 2008 SP2 はサポート終了として記載されています。現在のエージェントのセットアップには .NET Framework 4.8 が必要ですが、これは Windows 8、Server 2008 SP2、および Service Pack 1 が適用されていない Windows 7 と Server 2008 R2 では動作しません。Windows 11 は ProductName が依然として &quot;Windows 10&quot; となっているため、ビルド番号 (22000 以降) によって Windows 10 と区別しています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Windows Server 2012 and 2012 R2 left extended support in October 2023; the support matrix still lists them, but Windows itself gets security updates only through Extended Security Updates.</source>
        <translation>Windows Server 2012 および 2012 R2 は 2023 年 10 月に延長サポートが終了しました。サポート マトリックスにはまだ記載されていますが、Windows 自体のセキュリティ更新プログラムは拡張セキュリティ更新プログラム (ESU) を通じてのみ提供されます。</translation>
    </message>
</context>
<context>
    <name>OsUpdatesCheck</name>
    <message>
        <location filename="../checks/catalog/install/OsUpdatesCheck.cpp" line="+20"/>
        <source>Windows updates and pending restart</source>
        <translation>Windows 更新プログラムと保留中の再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A restart left pending by updates can block the agent&apos;s setup, and old Windows builds lack the TLS updates registration needs.</source>
        <translation>更新プログラムによって保留されている再起動はエージェントのセットアップを妨げる可能性があります。また、古い Windows ビルドには登録に必要な TLS の更新プログラムがありません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Could not find out whether Windows is waiting for a restart, so the update state could not be checked.</source>
        <translation>Windows が再起動を待機しているかどうかを確認できなかったため、更新プログラムの状態をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update&apos;s history</source>
        <translation>Windows Update の履歴</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HKLM\%1 LastSuccessTime</source>
        <translation>HKLM\%1 LastSuccessTime</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LastSuccessTime holds &quot;%1&quot;, which is not a date this check can read.</source>
        <translation>LastSuccessTime には &quot;%1&quot; が格納されていますが、これはこのチェックで読み取れる日付ではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This Windows does not record the date of the last update install in the registry (newer Windows versions no longer write LastSuccessTime).</source>
        <translation>この Windows では、最後に更新プログラムをインストールした日付がレジストリに記録されません (新しいバージョンの Windows では LastSuccessTime が書き込まれなくなりました)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date of the last update install could not be read from the registry: %1</source>
        <translation>最後に更新プログラムをインストールした日付をレジストリから読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history has %1 entries; the newest %2 were read (definition updates left out).</source>
        <translation>Windows Update の履歴には %1 件のエントリがあり、最新の %2 件を読み取りました (定義更新プログラムは除外)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Update&apos;s history could not be read: %1</source>
        <translation>Windows Update の履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run Windows Update (or your update server&apos;s deployment), install every available update, and restart the server.</source>
        <translation>Windows Update (または更新サーバーによる展開) を実行して利用可能なすべての更新プログラムをインストールし、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files are waiting to be replaced at the next restart (often by antivirus software); this is not a pending Windows update, but a restart first is safer for the agent&apos;s setup.</source>
        <translation>次回の再起動時に置き換えられるのを待っているファイルがあります (多くの場合、ウイルス対策ソフトウェアによるもの)。これは保留中の Windows 更新プログラムではありませんが、エージェントのセットアップ前に再起動しておくほうが安全です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart the server when you can, then run this troubleshooter again. If the files are waiting again right after the restart, antivirus software keeps them there; that alone does not stop the agent&apos;s setup.</source>
        <translation>可能なときにサーバーを再起動してから、このトラブルシューティング ツールをもう一度実行してください。再起動の直後にまたファイルが置き換え待ちになっている場合は、ウイルス対策ソフトウェアがそれらを保持しています。それだけではエージェントのセットアップは妨げられません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows is waiting for a restart to finish installing updates, which can make the agent&apos;s setup fail.</source>
        <translation>Windows は更新プログラムのインストールを完了するために再起動を待機しています。このため、エージェントのセットアップが失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the server, then run this troubleshooter again before installing the agent.</source>
        <translation>サーバーを再起動し、エージェントをインストールする前にこのトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows last installed updates %1 days ago, so it may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows が最後に更新プログラムをインストールしたのは %1 日前のため、エージェントに必要な修正プログラム (TLS 1.2 のサポートなど) が不足している可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows installed updates %1 days ago and no restart is pending.</source>
        <translation>Windows は %1 日前に更新プログラムをインストールしており、保留中の再起動はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No restart is pending, but Windows Update&apos;s history could not be read, so it is unknown when Windows last installed updates.</source>
        <translation>保留中の再起動はありませんが、Windows Update の履歴を読み取れなかったため、Windows が最後に更新プログラムをインストールした時期は不明です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Windows Update on the server and look at its update history; if the Windows Update service (wuauserv) is disabled, ask the customer&apos;s IT team how this server gets its updates. Then run this check again.</source>
        <translation>サーバーで Windows Update を開き、更新の履歴を確認してください。Windows Update サービス (wuauserv) が無効になっている場合は、このサーバーが更新プログラムをどのように取得しているかをお客様の IT チームに確認してください。その後、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows Update&apos;s history records no successful installation of updates, so this server may lack fixes the agent needs (such as TLS 1.2 support).</source>
        <translation>Windows Update の履歴に更新プログラムのインストール成功の記録がないため、このサーバーにはエージェントに必要な修正プログラム (TLS 1.2 のサポートなど) が不足している可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No restart is pending for Windows updates.</source>
        <translation>Windows 更新プログラムによる保留中の再起動はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending restart</source>
        <translation>保留中の再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful update install (UTC)</source>
        <translation>最後に成功した更新プログラムのインストール (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last update installed</source>
        <translation>最後にインストールされた更新プログラム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the last update install</source>
        <translation>最後の更新プログラムのインストールからの日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning after</source>
        <translation>警告の条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days without updates</source>
        <translation>%1 日間更新なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending-restart markers: %1.</source>
        <translation>再起動の保留を示すマーカー: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update install read from %1.</source>
        <translation>最後の更新プログラムのインストール日時は %1 から読み取りました。</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none set</source>
        <translation>設定なし</translation>
    </message>
</context>
<context>
    <name>PassphraseRules</name>
    <message numerus="yes">
        <location filename="../checks/engine/PassphraseRules.cpp" line="+16"/>
        <source>%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent accepts only characters with codes up to 127.</source>
        <translation>
            <numerusform>%n 文字がプレーンな ASCII ではありません (ä や é などの文字、€ や “ などの記号)。エージェントが受け付けるのは文字コード 127 までの文字のみです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It has %1 characters; the agent&apos;s setup asks for at least %2.</source>
        <translation>パスフレーズは %1 文字ですが、エージェントのセットアップでは %2 文字以上が求められます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It starts or ends with a blank, which is easy to lose when it is typed again.</source>
        <translation>先頭または末尾に空白があります。再入力するときに失われやすいので注意が必要です。</translation>
    </message>
</context>
<context>
    <name>PowerShellVersionCheck</name>
    <message>
        <location filename="../checks/catalog/install/PowerShellVersionCheck.cpp" line="+26"/>
        <location line="+63"/>
        <source>Windows PowerShell version</source>
        <translation>Windows PowerShell のバージョン</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Install Windows Management Framework 5.1 (it brings Windows PowerShell 5.1) from %1 for this Windows version, restart the server, then run the agent&apos;s setup again. WMF 5.1 needs .NET Framework 4.5 or later first.</source>
        <translation>このバージョンの Windows 用の Windows Management Framework 5.1 (Windows PowerShell 5.1 が含まれます) を %1 からインストールし、サーバーを再起動してから、エージェントのセットアップをもう一度実行してください。WMF 5.1 には、事前に .NET Framework 4.5 以降が必要です。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+12"/>
        <source>The installed Windows PowerShell version could not be read.</source>
        <translation>インストールされている Windows PowerShell のバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The current agent&apos;s setup needs Windows PowerShell 5.0 or later (5.1 in practice), and the agent&apos;s scheduled backups run through Windows PowerShell.</source>
        <translation>現在のエージェントのセットアップには Windows PowerShell 5.0 以降 (実際には 5.1) が必要です。また、エージェントのスケジュールされたバックアップは Windows PowerShell を介して実行されます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Windows PowerShell 3.0 or later is installed, but its version could not be read; the agent&apos;s setup needs 5.0 or later.</source>
        <translation>Windows PowerShell 3.0 以降がインストールされていますが、そのバージョンを読み取れませんでした。エージェントのセットアップには 5.0 以降が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &quot;$PSVersionTable.PSVersion&quot; in Windows PowerShell. If it shows a version below 5.0, install Windows Management Framework 5.1 from %1 and restart the server.</source>
        <translation>Windows PowerShell で &quot;$PSVersionTable.PSVersion&quot; を実行してください。表示されたバージョンが 5.0 未満の場合は、%1 から Windows Management Framework 5.1 をインストールし、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell %1 がインストールされていますが、エージェントのセットアップには Windows PowerShell 5.0 以降が必要です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows PowerShell %1 is installed, as the agent needs (5.0 or later).</source>
        <translation>エージェントの要件 (5.0 以降) を満たす Windows PowerShell %1 がインストールされています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only Windows PowerShell %1 is installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell %1 しかインストールされていませんが、エージェントのセットアップには Windows PowerShell 5.0 以降が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Windows PowerShell is not installed, but the agent&apos;s setup needs Windows PowerShell 5.0 or later.</source>
        <translation>Windows PowerShell がインストールされていませんが、エージェントのセットアップには Windows PowerShell 5.0 以降が必要です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows version</source>
        <translation>Windows のバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerShellVersion read from HKLM\%1 (present for PowerShell 3.0 and later), else from HKLM\%2 (PowerShell 1.0 and 2.0). Microsoft&apos;s install guide (08/2025) says the agent&apos;s setup requires Windows PowerShell 5.0; the troubleshooting guide&apos;s &quot;3.0 or later&quot; is for scheduled backups. PowerShell 7 (pwsh.exe) is a separate product and does not count.</source>
        <translation>PowerShellVersion は HKLM\%1 (PowerShell 3.0 以降で存在) から読み取り、ない場合は HKLM\%2 (PowerShell 1.0 および 2.0) から読み取ります。Microsoft のインストール ガイド (2025 年 8 月) では、エージェントのセットアップに Windows PowerShell 5.0 が必要とされています。トラブルシューティング ガイドにある &quot;3.0 以降&quot; はスケジュールされたバックアップに関するものです。PowerShell 7 (pwsh.exe) は別の製品であり、対象外です。</translation>
    </message>
</context>
<context>
    <name>PrivateEndpointDnsCheck</name>
    <message>
        <location filename="../checks/catalog/network/PrivateEndpointDnsCheck.cpp" line="+26"/>
        <source>Private endpoints and DNS</source>
        <translation>プライベート エンドポイントと DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault with private endpoints is reached through private addresses that only the right DNS zones give out, while Entra ID sign-in always stays on the public internet. DNS that mixes the two up breaks registration.</source>
        <translation>プライベート エンドポイントを使用するコンテナーには、適切な DNS ゾーンだけが返すプライベート アドレスを介して接続しますが、Entra ID のサインインは常にパブリック インターネット上で行われます。この 2 つを混同する DNS があると、登録が失敗します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The addresses of the vault&apos;s names could not be looked up.</source>
        <translation>コンテナーの名前のアドレスを検索できませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>private: %1; public: %2</source>
        <translation>プライベート: %1、パブリック: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None of Azure&apos;s names resolved here (see the name lookup check), so there is nothing to compare.</source>
        <translation>ここでは Azure の名前が 1 つも解決されなかったため (名前解決のチェックを参照)、比較する対象がありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 resolves to the private address %2 here, but Entra ID has no private endpoint: sign-in during registration can only reach it on its public addresses.</source>
        <translation>ここでは %1 がプライベート アドレス %2 に解決されますが、Entra ID にはプライベート エンドポイントがありません。登録中のサインインは、Entra ID のパブリック アドレスにしか接続できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to remove the private zone or record that answers for %1 (Entra ID names must resolve publicly, also for vaults with private endpoints).</source>
        <translation>%1 に応答しているプライベート ゾーンまたはレコードを削除するよう DNS 管理者に依頼してください (プライベート エンドポイントを使用するコンテナーでも、Entra ID の名前はパブリックに解決される必要があります)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault uses private endpoints (%1 resolves privately), but %2 resolves to public addresses: its privatelink DNS record is missing.</source>
        <translation>コンテナーはプライベート エンドポイントを使用していますが (%1 がプライベートに解決されます)、%2 はパブリック アドレスに解決されます。その privatelink DNS レコードがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the DNS administrator to add the private endpoint&apos;s records for %1 (the zones privatelink.&lt;region&gt;.backup.windowsazure.com, privatelink.blob.core.windows.net and privatelink.queue.core.windows.net, or conditional forwarders to Azure DNS 168.63.129.16 from inside the virtual network).</source>
        <translation>%1 のプライベート エンドポイントのレコード (ゾーン privatelink.&lt;region&gt;.backup.windowsazure.com、privatelink.blob.core.windows.net、privatelink.queue.core.windows.net、または仮想ネットワーク内からの Azure DNS 168.63.129.16 への条件付きフォワーダー) を追加するよう DNS 管理者に依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The vault&apos;s names resolve to private addresses (private endpoints) and Entra ID stays public, as it must.</source>
        <translation>コンテナーの名前はプライベート アドレス (プライベート エンドポイント) に解決され、Entra ID は必要どおりパブリックのままです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault&apos;s names resolve to public addresses: this server reaches the vault over the internet, not through a private endpoint.</source>
        <translation>コンテナーの名前はパブリック アドレスに解決されます。このサーバーはプライベート エンドポイントではなく、インターネット経由でコンテナーに接続しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the vault has private endpoints, this server&apos;s DNS does not know their privatelink zones yet, and backup traffic would not use them.</source>
        <translation>コンテナーにプライベート エンドポイントがある場合、このサーバーの DNS はまだその privatelink ゾーンを認識していないため、バックアップ トラフィックはプライベート エンドポイントを使用しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entra ID resolves to public addresses, as it must also for a vault with private endpoints.</source>
        <translation>Entra ID はパブリック アドレスに解決されます。これはプライベート エンドポイントを使用するコンテナーの場合にも必要なことです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The vault&apos;s Backup address is known once the vault credentials file is given; then this check also tells whether private endpoints are in use.</source>
        <translation>コンテナーの Backup アドレスは、コンテナー資格情報ファイルが指定されると判明します。その後、このチェックでプライベート エンドポイントが使用されているかどうかもわかります。</translation>
    </message>
</context>
<context>
    <name>ProcessElevatedCheck</name>
    <message>
        <location filename="../checks/catalog/install/ProcessElevatedCheck.cpp" line="+16"/>
        <source>Running as administrator</source>
        <translation>管理者権限での実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without the full administrator token, several checks see less and fixes that change the system cannot run.</source>
        <translation>完全な管理者トークンがないと、一部のチェックで確認できる範囲が狭くなり、システムを変更する修正を実行できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not find out whether the troubleshooter runs as administrator.</source>
        <translation>トラブルシューティング ツールが管理者として実行されているかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The troubleshooter is running with administrator rights.</source>
        <translation>トラブルシューティング ツールは管理者権限で実行されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter is not running as administrator, so some checks and fixes cannot work: restart it as administrator.</source>
        <translation>トラブルシューティング ツールが管理者として実行されていないため、一部のチェックと修正が機能しません。管理者として再起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the troubleshooter again as administrator: the wizard&apos;s &quot;Restart as administrator&quot;, then accept the Windows prompt; or right-click the program and choose &quot;Run as administrator&quot;.</source>
        <translation>トラブルシューティング ツールを管理者としてもう一度起動してください。ウィザードの [管理者として再起動] を選択して Windows のプロンプトを承認するか、プログラムを右クリックして [管理者として実行] (Run as administrator) を選択します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The troubleshooter cannot get administrator rights, because this account is not an administrator.</source>
        <translation>このアカウントは管理者ではないため、トラブルシューティング ツールは管理者権限を取得できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with an account in the local Administrators group, then start the troubleshooter again.</source>
        <translation>ローカルの Administrators グループに属するアカウントでサインインしてから、トラブルシューティング ツールをもう一度起動してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process token elevation: %1; administrator membership: %2.</source>
        <translation>プロセス トークンの昇格: %1、管理者グループのメンバーシップ: %2。</translation>
    </message>
</context>
<context>
    <name>ProxyAuthCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyAuthCheck.cpp" line="+14"/>
        <source>Proxy sign-in</source>
        <translation>プロキシ認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that asks for a user name and password stops the agent with &quot;(407) Proxy Authentication Required&quot; unless the agent is given credentials or the server is exempted.</source>
        <translation>ユーザー名とパスワードを要求するプロキシがあると、エージェントに資格情報が指定されているか、サーバーが認証の対象外になっていない限り、エージェントは &quot;(407) Proxy Authentication Required&quot; で停止します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxies could not be tried.</source>
        <translation>プロキシを試行できませんでした。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proxy is set for the agent&apos;s account or for WinHTTP, so none can ask for a password.</source>
        <translation>エージェントのアカウントにも WinHTTP にもプロキシが設定されていないため、パスワードを要求するプロキシはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no scheme named</source>
        <translation>スキームの指定なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1:%2 asks for credentials (407 Proxy Authentication Required; it offers %3) when this server connects to %4.</source>
        <translation>このサーバーが %4 に接続すると、プロキシ %1:%2 が資格情報を要求します (407 Proxy Authentication Required、提示されたスキーム: %3)。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Either exempt this server from proxy authentication (ask the proxy&apos;s administrators), or give the agent the proxy credentials: in the agent&apos;s console, Change Properties &gt; Proxy Configuration, or as administrator in PowerShell Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt;. Never type the password into this troubleshooter.</source>
        <translation>このサーバーをプロキシ認証の対象外にする (プロキシの管理者に依頼してください) か、エージェントにプロキシの資格情報を指定してください。指定するには、エージェントのコンソールで [プロパティの変更] &gt; [プロキシの構成] を使用するか、管理者として PowerShell で Set-OBMachineSetting -ProxyServer http://%1 -ProxyPort %2 -ProxyUsername &lt;user&gt; -ProxyPassword &lt;password&gt; を実行します。パスワードは決してこのトラブルシューティング ツールに入力しないでください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent&apos;s own route (%1) is not affected.</source>
        <translation>エージェント自身の経路 (%1) は影響を受けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Schemes offered</source>
        <translation>提示されたスキーム</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxies on this server&apos;s routes let the requests through without asking for a password.</source>
        <translation>このサーバーの経路上のプロキシは、パスワードを要求せずに要求を通過させています。</translation>
    </message>
</context>
<context>
    <name>ProxyConfigCheck</name>
    <message>
        <location filename="../checks/catalog/network/ProxyConfigCheck.cpp" line="+23"/>
        <source>%1 (bypass: %2)</source>
        <translation>%1 (バイパス: %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not set: every account has its own proxy settings</source>
        <translation>未設定: アカウントごとに独自のプロキシ設定があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0: the machine-wide settings (HKLM) apply to every account</source>
        <translation>0: コンピューター全体の設定 (HKLM) がすべてのアカウントに適用されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: every account has its own proxy settings</source>
        <translation>%1: アカウントごとに独自のプロキシ設定があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Proxy used by the agent&apos;s service</source>
        <translation>エージェントのサービスが使用するプロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s service runs as the SYSTEM account and uses its proxy settings, not those of the administrator who is signed in; a stale or different proxy there makes registration fail while the browser works.</source>
        <translation>エージェントのサービスは SYSTEM アカウントで実行され、サインインしている管理者のプロキシ設定ではなく、SYSTEM アカウントのプロキシ設定を使用します。そこに古いプロキシや異なるプロキシが設定されていると、ブラウザーでは接続できても登録は失敗します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The proxy settings could not be read, so the proxy the agent uses is unknown.</source>
        <translation>プロキシ設定を読み取れなかったため、エージェントが使用するプロキシは不明です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry could not be read, so the proxy the agent uses is unknown.</source>
        <translation>レジストリを読み取れなかったため、エージェントが使用するプロキシは不明です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the machine-wide proxy setting (policy)</source>
        <translation>コンピューター全体のプロキシ設定 (ポリシー)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the SYSTEM account&apos;s proxy setting</source>
        <translation>SYSTEM アカウントのプロキシ設定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The proxy settings of the %1 could not be read.</source>
        <translation>%1 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <location line="+5"/>
        <source>Run the troubleshooter as administrator and run this check again.</source>
        <translation>トラブルシューティング ツールを管理者として実行し、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The machine-wide proxy policy (ProxySettingsPerUser) could not be read.</source>
        <translation>コンピューター全体のプロキシ ポリシー (ProxySettingsPerUser) を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WinHTTP proxy setting could not be read.</source>
        <translation>WinHTTP のプロキシ設定を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the proxy the agent must use in the agent itself (agent console: Change Properties &gt; Proxy Configuration, or Set-OBMachineSetting in PowerShell).</source>
        <translation>エージェントが使用する必要があるプロキシを、エージェント自体で設定してください (エージェントのコンソールの [プロパティの変更] &gt; [プロキシの構成]、または PowerShell の Set-OBMachineSetting)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service cannot use %1 &quot;%2&quot;: %3.</source>
        <translation>エージェントのサービスは %1 &quot;%2&quot; を使用できません: %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct or remove the SYSTEM account&apos;s proxy setting (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>SYSTEM アカウントのプロキシ設定を修正または削除してください (Microsoft のガイドでは、psexec -i -s を使用して SYSTEM として [インターネット オプション] を開き、古いプロキシの詳細を削除します)。 </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service takes its proxy from a configuration script (%1 names %2); which proxy the script picks cannot be checked here.</source>
        <translation>エージェントのサービスはプロキシを構成スクリプトから取得します (%1 に %2 が指定されています)。スクリプトがどのプロキシを選択するかは、ここではチェックできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure the SYSTEM account can fetch the script and that the proxy it returns reaches Azure; the network checks probe the other routes listed.</source>
        <translation>SYSTEM アカウントがスクリプトを取得でき、スクリプトが返すプロキシが Azure に到達できることを確認してください。一覧にあるその他の経路は、ネットワークのチェックで調べます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s service reads a user name and password (hidden here) in %1; the documented format has no place for them, so the setting may not work, and anyone who can read the registry can read them.</source>
        <translation>エージェントのサービスは %1 にあるユーザー名とパスワード (ここでは非表示) を読み取ります。文書化された形式にはそれらを指定する場所がないため、この設定は機能しない可能性があり、レジストリを読み取れるユーザーなら誰でもそれらを読み取れます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the credentials from the proxy setting and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>プロキシ設定から資格情報を削除し、代わりにエージェントに指定してください (エージェントのプロキシ ページまたは Set-OBMachineSetting)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service runs as the SYSTEM account, whose proxy setting is &quot;%1&quot;, but the signed-in user&apos;s is &quot;%2&quot;: what works in your browser may fail for the agent.</source>
        <translation>エージェントのサービスは SYSTEM アカウントで実行され、そのプロキシ設定は &quot;%1&quot; ですが、サインインしているユーザーの設定は &quot;%2&quot; です。ブラウザーで機能しても、エージェントでは失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent uses the SYSTEM account&apos;s settings, not yours. Decide which proxy the server must use, then correct the SYSTEM account&apos;s settings (Microsoft&apos;s guide opens Internet Options as SYSTEM with psexec -i -s and removes stale proxy details). </source>
        <translation>エージェントが使用するのは、あなたの設定ではなく SYSTEM アカウントの設定です。サーバーが使用する必要があるプロキシを決めてから、SYSTEM アカウントの設定を修正してください (Microsoft のガイドでは、psexec -i -s を使用して SYSTEM として [インターネット オプション] を開き、古いプロキシの詳細を削除します)。 </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s service sees two different proxies: %1 says &quot;%2&quot; and WinHTTP says &quot;%3&quot;, so parts of the agent may take different routes.</source>
        <translation>エージェントのサービスから 2 つの異なるプロキシが見えています。%1 では &quot;%2&quot;、WinHTTP では &quot;%3&quot; となっているため、エージェントの各部分が異なる経路を使用する可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make WinHTTP and the SYSTEM account agree. As administrator, netsh winhttp show proxy shows WinHTTP&apos;s setting, netsh winhttp reset proxy clears it, and netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; sets it.</source>
        <translation>WinHTTP と SYSTEM アカウントの設定を一致させてください。管理者として netsh winhttp show proxy を実行すると WinHTTP の設定が表示され、netsh winhttp reset proxy でクリアでき、netsh winhttp set proxy proxy-server=&quot;host:port&quot; bypass-list=&quot;&lt;local&gt;&quot; で設定できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The WinHTTP proxy setting contains a user name and password (hidden here); the documented format has no place for them, so the setting may not work.</source>
        <translation>WinHTTP のプロキシ設定にユーザー名とパスワード (ここでは非表示) が含まれています。文書化された形式にはそれらを指定する場所がないため、この設定は機能しない可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the credentials with netsh winhttp set proxy (as administrator) and give them to the agent instead (its proxy page or Set-OBMachineSetting).</source>
        <translation>netsh winhttp set proxy で (管理者として) 資格情報を削除し、代わりにエージェントに指定してください (エージェントのプロキシ ページまたは Set-OBMachineSetting)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every account uses the machine-wide proxy setting &quot;%1&quot; and WinHTTP agrees (%2).</source>
        <translation>すべてのアカウントがコンピューター全体のプロキシ設定 &quot;%1&quot; を使用しており、WinHTTP の設定も一致しています (%2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s service (SYSTEM account: %1), WinHTTP (%2) and the signed-in user (%3) use the same route.</source>
        <translation>エージェントのサービス (SYSTEM アカウント: %1)、WinHTTP (%2)、サインインしているユーザー (%3) は同じ経路を使用しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several proxy settings could not be read.</source>
        <translation>複数のプロキシ設定を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: could not be read: %2</source>
        <translation>%1: 読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WinHTTP: %1%2</source>
        <translation>WinHTTP: %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine-wide proxy policy (ProxySettingsPerUser): %1</source>
        <translation>コンピューター全体のプロキシ ポリシー (ProxySettingsPerUser): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s own proxy setting was not read: Microsoft documents no place where it is stored. To see it, run Get-OBMachineSetting in an elevated PowerShell on this server.</source>
        <translation>エージェント自身のプロキシ設定は読み取っていません。保存場所が Microsoft によって文書化されていないためです。確認するには、このサーバーの管理者特権の PowerShell で Get-OBMachineSetting を実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Routes the network checks probe: %1</source>
        <translation>ネットワークのチェックで調べる経路: %1</translation>
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
        <translation>コンピューター全体のプロキシ ポリシー (ProxySettingsPerUser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s own proxy setting</source>
        <translation>エージェント自身のプロキシ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not read (no documented location; see Get-OBMachineSetting)</source>
        <translation>読み取っていません (文書化された場所がありません。Get-OBMachineSetting を参照)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routes the network checks probe</source>
        <translation>ネットワークのチェックで調べる経路</translation>
    </message>
</context>
<context>
    <name>PsModulePathCheck</name>
    <message>
        <location filename="../checks/catalog/health/PsModulePathCheck.cpp" line="+87"/>
        <source>PowerShell module path and execution policy</source>
        <translation>PowerShell モジュールのパスと実行ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups run its PowerShell cmdlets; PowerShell must find its module and be allowed to load it.</source>
        <translation>エージェントのスケジュールされたバックアップでは、エージェントの PowerShell コマンドレットが実行されます。PowerShell がそのモジュールを見つけられ、かつ読み込みを許可されている必要があります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Then restart the server, so the agent&apos;s service and tasks see the change.</source>
        <translation>その後、エージェントのサービスとタスクが変更を認識できるように、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath could not be read: %1</source>
        <translation>コンピューターの PSModulePath を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The machine&apos;s PSModulePath does not name the agent&apos;s module folder %1, so PowerShell may not find the agent&apos;s cmdlets and scheduled backups can fail.</source>
        <translation>コンピューターの PSModulePath にエージェントのモジュール フォルダー %1 が含まれていないため、PowerShell がエージェントのコマンドレットを見つけられず、スケジュールされたバックアップが失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator add %1 to the system environment variable PSModulePath (System Properties &gt; Advanced &gt; Environment Variables; keep the entries already there).</source>
        <translation>管理者として、システム環境変数 PSModulePath に %1 を追加してください ([システムのプロパティ] &gt; [詳細設定] &gt; [環境変数]。既存のエントリはそのまま残してください)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PowerShell execution policy could not be read: %1</source>
        <translation>PowerShell の実行ポリシーを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group Policy &quot;Turn on Script Execution&quot; (MachinePolicy)</source>
        <translation>グループ ポリシー [スクリプトの実行を有効にする] (MachinePolicy)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the computer&apos;s setting (LocalMachine)</source>
        <translation>コンピューターの設定 (LocalMachine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Windows&apos; default, as no scope sets one</source>
        <translation>どのスコープにも設定されていないため、Windows の既定値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The policy comes from Group Policy: ask the customer&apos;s administrator to set &quot;Turn on Script Execution&quot; to &quot;Allow local scripts and remote signed scripts&quot; for this server.</source>
        <translation>このポリシーはグループ ポリシーによって設定されています。このサーバーで [スクリプトの実行を有効にする] を [ローカル スクリプトおよびリモートの署名済みスクリプトを許可する] に設定するよう、お客様の管理者に依頼してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</source>
        <translation>管理者として次のコマンドを実行してください: Set-ExecutionPolicy RemoteSigned -Scope LocalMachine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy on this server is Restricted (%1), so the agent&apos;s module cannot load and its scheduled backups fail.</source>
        <translation>このサーバーの PowerShell の実行ポリシーは Restricted (%1) であるため、エージェントのモジュールを読み込めず、スケジュールされたバックアップが失敗します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell&apos;s execution policy is AllSigned (%1); Microsoft&apos;s troubleshooting guide asks for RemoteSigned or Unrestricted for the agent&apos;s backup tasks.</source>
        <translation>PowerShell の実行ポリシーは AllSigned (%1) です。Microsoft のトラブルシューティング ガイドでは、エージェントのバックアップ タスクには RemoteSigned または Unrestricted が求められています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PowerShell&apos;s execution policy is &quot;%1&quot; (%2), which is not a policy PowerShell knows.</source>
        <translation>PowerShell の実行ポリシーは &quot;%1&quot; (%2) ですが、これは PowerShell が認識しないポリシーです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PowerShell finds the agent&apos;s module (PSModulePath) and may load it: the execution policy is %1 (%2).</source>
        <translation>PowerShell はエージェントのモジュールを見つけることができ (PSModulePath)、読み込むこともできます。実行ポリシーは %1 (%2) です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PowerShell settings the agent needs could not be read completely.</source>
        <translation>エージェントに必要な PowerShell の設定をすべて読み取ることはできませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PSModulePath (machine)</source>
        <translation>PSModulePath (コンピューター)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent module folder listed</source>
        <translation>エージェントのモジュール フォルダーを含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution policy</source>
        <translation>実行ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by</source>
        <translation>設定元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The module path passes with %1 or %2: Microsoft&apos;s troubleshooting guide names the module folder, its PowerShell automation page the folder above it, and which one the agent needs is not documented. Per-user execution policies are not read: the agent&apos;s tasks run as SYSTEM.</source>
        <translation>モジュール パスは %1 と %2 のどちらでも合格となります。Microsoft のトラブルシューティング ガイドではモジュール フォルダーが、PowerShell による自動化のページではその 1 つ上のフォルダーが示されており、エージェントにどちらが必要かは文書化されていません。ユーザーごとの実行ポリシーは読み取りません。エージェントのタスクは SYSTEM として実行されるためです。</translation>
    </message>
</context>
<context>
    <name>RebootAfterChangesCheck</name>
    <message>
        <location filename="../checks/catalog/health/RebootAfterChangesCheck.cpp" line="+29"/>
        <source>Restart after changes</source>
        <translation>変更後の再起動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows and the agent read the TLS settings and the PowerShell module path only when they start: a change this troubleshooter made works only after the server restarts.</source>
        <translation>Windows とエージェントは、TLS の設定と PowerShell モジュールのパスを起動時にしか読み取りません。このトラブルシューティング ツールによる変更は、サーバーを再起動して初めて有効になります。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>This run keeps no fix journal, so there are no changes of this troubleshooter to follow up.</source>
        <translation>この実行では修正ジャーナルを記録していないため、フォローアップが必要なこのトラブルシューティング ツールによる変更はありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter has made no change here that needs a restart.</source>
        <translation>このトラブルシューティング ツールは、ここで再起動が必要な変更を行っていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This troubleshooter changed settings that need a restart, but when the server last started could not be read.</source>
        <translation>このトラブルシューティング ツールは再起動が必要な設定を変更しましたが、サーバーが最後に起動した日時を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The uptime is not known.</source>
        <translation>稼働時間は不明です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server has restarted (%1) since this troubleshooter last changed a setting that needs a restart (%2).</source>
        <translation>このトラブルシューティング ツールが再起動の必要な設定を最後に変更して (%2) から、サーバーは再起動されています (%1)。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server has not restarted since this troubleshooter changed settings that work only after a restart (%n change(s), the last at %1): restart it once before registering.</source>
        <translation>
            <numerusform>このトラブルシューティング ツールが再起動後にのみ有効になる設定を変更してから (%n 件の変更、最後の変更は %1)、サーバーは再起動されていません。登録する前に一度再起動してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the server when the customer allows it (one restart covers every change), then run this troubleshooter again.</source>
        <translation>お客様の許可が得られたらサーバーを再起動し (1 回の再起動ですべての変更が有効になります)、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server last started</source>
        <translation>サーバーの最終起動日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting for a restart</source>
        <translation>再起動待ちの変更</translation>
    </message>
</context>
<context>
    <name>RegistrationStateCheck</name>
    <message>
        <location filename="../checks/catalog/registration/RegistrationStateCheck.cpp" line="+20"/>
        <source>Registration state of this server</source>
        <translation>このサーバーの登録状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server already registered to a vault accepts only that vault&apos;s credentials (ID: 100110); registering again has rules of its own, and an agent that is not installed cannot register at all.</source>
        <translation>既にコンテナーに登録されているサーバーは、そのコンテナーの資格情報しか受け付けません (ID: 100110)。再登録には独自のルールがあり、エージェントがインストールされていない場合は登録自体ができません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not find out whether this server is registered to a vault.</source>
        <translation>このサーバーがコンテナーに登録されているかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again; otherwise look at the values under HKLM\%1 in regedit.</source>
        <translation>トラブルシューティング ツールを管理者として実行し、チェックを再実行してください。それができない場合は、regedit で HKLM\%1 の下の値を確認してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a vault whose name the agent did not record (resource id %1)</source>
        <translation>エージェントが名前を記録していないコンテナー (リソース ID %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>コンテナー「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed yet, so this server has no registration.</source>
        <translation>エージェントがまだインストールされていないため、このサーバーは登録されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first (an earlier registration to %1 is still recorded).</source>
        <translation>エージェントがインストールされていないため、このサーバーは登録できません。まずエージェントをインストールしてください (%1 への以前の登録がまだ記録されています)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is not installed, so this server cannot be registered: install the agent first.</source>
        <translation>エージェントがインストールされていないため、このサーバーは登録できません。まずエージェントをインストールしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download the agent from %1, install it, then run this troubleshooter again.</source>
        <translation>%1 からエージェントをダウンロードしてインストールし、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You chose to register this server again, but no earlier registration is recorded on it, so this will be a first registration.</source>
        <translation>このサーバーの再登録が選択されましたが、このサーバーには以前の登録が記録されていないため、初回の登録になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the server was registered before and the agent was reinstalled since, register it with the passphrase of that registration and under the same machine name. Otherwise choose &quot;Register this server&quot; and keep the new passphrase somewhere safe outside this server.</source>
        <translation>サーバーが以前に登録されていて、その後エージェントが再インストールされた場合は、その登録時のパスフレーズを使用し、同じコンピューター名で登録してください。それ以外の場合は [このサーバーを登録] を選択し、新しいパスフレーズをこのサーバー以外の安全な場所に保管してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent is installed and this server is not registered to a vault yet, so it can be registered.</source>
        <translation>エージェントはインストールされており、このサーバーはまだコンテナーに登録されていないため、登録できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is already registered to %1, so registering it again follows the re-registration rules.</source>
        <translation>このサーバーは既に %1 に登録されているため、再登録する場合は再登録のルールに従います。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To keep backing up to the same vault, register with a vault credentials file downloaded from that vault and the passphrase of the first registration. To move the server to another vault, do it deliberately: delete it from the old vault in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the new vault&apos;s file; backups already in the old vault stay there.</source>
        <translation>同じコンテナーへのバックアップを続ける場合は、そのコンテナーからダウンロードしたコンテナー資格情報ファイルと、初回の登録時のパスフレーズを使用して登録してください。サーバーを別のコンテナーに移動する場合は、意図的に行ってください。Azure portal で古いコンテナーからサーバーを削除し ([バックアップ インフラストラクチャ] &gt; [保護されたサーバー])、エージェントをアンインストールして再インストールしてから、新しいコンテナーのファイルで登録します。古いコンテナーにある既存のバックアップはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server is registered to %1; the re-registration checklist says what to do before registering it again.</source>
        <translation>このサーバーは %1 に登録されています。再登録する前に行うべきことは、再登録のチェックリストに示されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server is registered to %1.</source>
        <translation>このサーバーは %1 に登録されています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Registration state</source>
        <translation>登録状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install folder (Setup\InstallPath)</source>
        <translation>インストール フォルダー (Setup\InstallPath)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>登録先 (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault resource id (ResourceId)</source>
        <translation>コンテナーのリソース ID (ResourceId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine id (MachineId)</source>
        <translation>マシン ID (MachineId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read from HKLM\%1 (ServiceResourceName, ResourceId, MachineId) and HKLM\%2 (InstallPath). Microsoft documents ServiceResourceName as the vault the agent is registered to; which value proves a registration is not documented, so this is how the agent&apos;s registry reads, not the vault&apos;s own answer.</source>
        <translation>HKLM\%1 (ServiceResourceName、ResourceId、MachineId) および HKLM\%2 (InstallPath) から読み取りました。Microsoft は ServiceResourceName を、エージェントが登録されているコンテナーとして文書化しています。登録を証明する値がどれかは文書化されていないため、これはエージェントのレジストリの読み取り結果であり、コンテナー自体の回答ではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the vault decides cannot be seen from this server: a vault takes at most 50 MARS agents, and &quot;Failed to download the vault credential file (ID: 403)&quot; comes from the browser&apos;s cache, a disabled or expired subscription, a firewall, the vault&apos;s limit, or an account without Azure Backup rights on the vault.</source>
        <translation>コンテナー側の判断は、このサーバーからは確認できません。1 つのコンテナーに登録できる MARS エージェントは最大 50 個です。また、&quot;Failed to download the vault credential file (ID: 403)&quot; は、ブラウザーのキャッシュ、無効化または期限切れのサブスクリプション、ファイアウォール、コンテナーの上限、またはコンテナーに対する Azure Backup の権限がないアカウントが原因で発生します。</translation>
    </message>
</context>
<context>
    <name>ReportedErrorText</name>
    <message>
        <location filename="../checks/report/ReportedError.cpp" line="+39"/>
        <source>The error you entered is not one this tool knows, so every check ran in the usual order.</source>
        <translation>入力されたエラーはこのツールで認識できないものであるため、すべてのチェックを通常の順序で実行しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The error you entered: &quot;%1&quot;. What it means: %2</source>
        <translation>入力されたエラー: &quot;%1&quot;。意味: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None of the checks that can explain this error ran in this phase; the error belongs to another step (see its meaning above).</source>
        <translation>このエラーを説明できるチェックは、このフェーズでは 1 つも実行されませんでした。このエラーは別のステップに属しています (上記の意味を参照してください)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is what explains it: %1. Deal with that first, then try again.</source>
        <translation>原因は次のとおりです: %1。まずこれに対処してから、もう一度試してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None of the %1 checks for this error found a problem, but these could not finish: %2. Run them again before you look elsewhere.</source>
        <translation>このエラーに関する %1 件のチェックではいずれも問題は見つかりませんでしたが、次のチェックは完了できませんでした: %2。他の原因を調べる前に、これらをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None of the %1 checks for this error found a problem on this server. Give the report and the agent&apos;s logs (the agent&apos;s Temp folder) to support.</source>
        <translation>このエラーに関する %1 件のチェックでは、このサーバーに問題は見つかりませんでした。レポートとエージェントのログ (エージェントの Temp フォルダー) をサポートに提供してください。</translation>
    </message>
</context>
<context>
    <name>ReregistrationChecklistCheck</name>
    <message>
        <location filename="../checks/catalog/registration/ReregistrationChecklistCheck.cpp" line="+16"/>
        <source>Checklist for registering this server again</source>
        <translation>このサーバーの再登録のチェックリスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registering a server again with another passphrase loses the older backups, and a server registered under another name or still listed in the vault does not register cleanly.</source>
        <translation>異なるパスフレーズでサーバーを再登録すると以前のバックアップが失われます。また、別の名前で登録されたサーバーや、コンテナーにまだ表示されているサーバーは、正しく登録できません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not find out whether this server was registered before.</source>
        <translation>このサーバーが以前に登録されていたかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the troubleshooter as administrator and run the checks again.</source>
        <translation>トラブルシューティング ツールを管理者として実行し、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No earlier registration is recorded on this server, so the re-registration checklist does not apply.</source>
        <translation>このサーバーには以前の登録が記録されていないため、再登録のチェックリストは該当しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the vault &quot;%1&quot;</source>
        <translation>コンテナー「%1」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server was registered to %1 before: registering it again needs the four checks below, which cannot be seen from this server.</source>
        <translation>このサーバーは以前 %1 に登録されていました。再登録するには、以下の 4 つの確認が必要です。これらはこのサーバーからは確認できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registering this server again needs the four checks below, which cannot be seen from this server.</source>
        <translation>このサーバーを再登録するには、以下の 4 つの確認が必要です。これらはこのサーバーからは確認できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Removed from the vault</source>
        <translation>1. コンテナーからの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Azure portal, %1 &gt; Backup Infrastructure &gt; Protected Servers: delete this server there before registering it again.</source>
        <translation>Azure portal の %1 &gt; [バックアップ インフラストラクチャ] &gt; [保護されたサーバー] で、再登録する前にこのサーバーを削除してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2. Agent reinstalled when moving vaults</source>
        <translation>2. コンテナーの移動時のエージェントの再インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To register to another vault, uninstall the agent, install it again, then register.</source>
        <translation>別のコンテナーに登録するには、エージェントをアンインストールして再インストールしてから登録してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Same passphrase</source>
        <translation>3. 同じパスフレーズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the passphrase of the first registration: with a different one the older backups can no longer be restored.</source>
        <translation>初回の登録時のパスフレーズを使用してください。異なるパスフレーズを使用すると、以前のバックアップを復元できなくなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Same machine name</source>
        <translation>4. 同じコンピューター名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register under the name the vault shows for this server; a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>コンテナーに表示されているこのサーバーの名前で登録してください。名前が変更されたサーバーでは &quot;Resource not provisioned in service stamp (ID: 230006)&quot; が発生します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register under the name the vault shows for this server (this server is now called %1); a renamed server gets &quot;Resource not provisioned in service stamp (ID: 230006)&quot;.</source>
        <translation>コンテナーに表示されているこのサーバーの名前で登録してください (このサーバーの現在の名前は %1 です)。名前が変更されたサーバーでは &quot;Resource not provisioned in service stamp (ID: 230006)&quot; が発生します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Go through the four items in the evidence before registering again; keep the passphrase somewhere safe outside this server.</source>
        <translation>再登録する前に、エビデンスにある 4 つの項目を確認してください。パスフレーズはこのサーバー以外の安全な場所に保管してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown because you chose to register this server again.</source>
        <translation>このサーバーの再登録が選択されたため表示しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown because the agent&apos;s registry still records a registration (HKLM\%1).</source>
        <translation>エージェントのレジストリに登録がまだ記録されているため表示しています (HKLM\%1)。</translation>
    </message>
</context>
<context>
    <name>RestartElevatedFix</name>
    <message>
        <location filename="../checks/catalog/common/RestartElevatedFix.cpp" line="+20"/>
        <source>Restart as administrator</source>
        <translation>管理者として再起動</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changed; a copy running as administrator may have started: close any extra troubleshooter windows.</source>
        <translation>コンピューター上では何も変更されていません。管理者として実行されているコピーが起動している可能性があります。余分なトラブルシューティング ツールのウィンドウを閉じてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing on the machine changes; close the new window to go back.</source>
        <translation>コンピューター上では何も変更されません。元に戻るには、新しいウィンドウを閉じてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not read this program&apos;s rights.</source>
        <translation>このプログラムの権限を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This troubleshooter window</source>
        <translation>このトラブルシューティング ツールのウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The troubleshooter closes and starts again with administrator rights. Windows asks you to confirm. Your answers on the first page are kept.</source>
        <translation>トラブルシューティング ツールが終了し、管理者権限で再起動します。Windows から確認を求められます。最初のページで入力した内容は保持されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The troubleshooter already runs as administrator.</source>
        <translation>トラブルシューティング ツールは既に管理者として実行されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account is not an administrator, so Windows cannot start the program with administrator rights. Sign in with an administrator account.</source>
        <translation>このアカウントは管理者ではないため、Windows はプログラムを管理者権限で起動できません。管理者アカウントでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>ResyncClockFix</name>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.cpp" line="+35"/>
        <source>The Windows Time service (W32Time) is not installed, so w32tm cannot set the clock. The Windows Time check says how to register it; then run this fix again.</source>
        <translation>Windows Time サービス (W32Time) がインストールされていないため、w32tm で時計を設定できません。登録方法は Windows Time のチェックに示されています。登録した後、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The state of the Windows Time service could not be read: %1</source>
        <translation>Windows Time サービスの状態を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so w32tm cannot set the clock. The Windows Time check says how to turn it on; then run this fix again.</source>
        <translation>Windows Time サービスが無効になっているため、w32tm で時計を設定できません。有効にする方法は Windows Time のチェックに示されています。有効にした後、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1, and w32tm needs it running (it would answer 0x80070426). Start it first: &quot;%2&quot; (start_time_service) on the Windows Time check, or as administrator run net start w32time; then run this fix again.</source>
        <translation>Windows Time サービスは %1 ですが、w32tm にはこのサービスが実行されている必要があります (実行されていないと 0x80070426 が返されます)。まず、Windows Time のチェックの [%2] (start_time_service) を使用するか、管理者として net start w32time を実行してサービスを開始してから、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The clock may or may not have been resynchronised: run the clock check again.</source>
        <translation>時計が再同期されたかどうかは不明です。時計のチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This cannot be undone: the old time was wrong and is not worth restoring. Windows Time keeps the clock right from now on.</source>
        <translation>これは元に戻せません。以前の時刻は誤っていたため、復元する意味がありません。今後は Windows Time によって時計が正しく保たれます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This fix sets the clock with Windows Time, which exists only on Windows.</source>
        <translation>この修正では、Windows にのみ存在する Windows Time を使用して時計を設定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer does not run Windows; its clock is kept by its own time service.</source>
        <translation>このコンピューターは Windows を実行していません。時計はこのコンピューター独自のタイム サービスによって管理されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Windows のバージョンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not compared with Azure&apos;s time yet (run the clock check first)</source>
        <translation>まだ Azure の時刻と比較されていません (先に時計のチェックを実行してください)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source</source>
        <translation>タイム ソースの時刻</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ahead of Azure&apos;s time</source>
        <translation>Azure の時刻より %1 進んでいる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 behind Azure&apos;s time</source>
        <translation>Azure の時刻より %1 遅れている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps back by about %1</source>
        <translation>約 %1 戻ります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it jumps forward by about %1</source>
        <translation>約 %1 進みます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the time of its time source (%1)</source>
        <translation>タイム ソースの時刻 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server&apos;s clock</source>
        <translation>このサーバーの時計</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 as administrator: Windows Time asks its time source for the time and sets this server&apos;s clock to it.</source>
        <translation>%1 を管理者として実行します。Windows Time がタイム ソースに時刻を問い合わせ、このサーバーの時計をその時刻に設定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clock is %1, so %2.</source>
        <translation>時計は %1ため、%2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On a domain member the time source is the domain controller: if the domain controller&apos;s time is wrong, set it right there, or this server follows it.</source>
        <translation>ドメイン メンバーの場合、タイム ソースはドメイン コントローラーです。ドメイン コントローラーの時刻が誤っている場合は、ドメイン コントローラー側で修正してください。そうしないと、このサーバーはその時刻に従います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This needs administrator rights and cannot be undone.</source>
        <translation>この操作には管理者権限が必要で、元に戻すことはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The difference from Azure&apos;s time is close to a whole number of hours (%1 h): the time zone is probably wrong, not the clock, and setting the clock would not help. See the time zone check.</source>
        <translation>Azure の時刻との差がほぼ整数時間 (%1 時間) です。時計ではなくタイム ゾーンが誤っている可能性が高く、時計を設定しても解決しません。タイム ゾーンのチェックを参照してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server&apos;s clock already matches Azure&apos;s time; there is nothing to set.</source>
        <translation>このサーバーの時計は既に Azure の時刻と一致しています。設定する必要はありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Setting the clock (w32tm /resync)</source>
        <translation>時計の設定 (w32tm /resync)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows Time set the clock from its time source. The clock check runs again to compare it with Azure&apos;s time.</source>
        <translation>Windows Time がタイム ソースから時計を設定しました。時計のチェックを再実行して、Azure の時刻と比較します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The clock was not set: %1</source>
        <translation>時計は設定されませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start Windows Time first (&quot;%1&quot; on the Windows Time check), then run this fix again.</source>
        <translation>まず Windows Time を開始してから (Windows Time のチェックの [%1])、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>まず [管理者として再起動] を使用してから、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/time/ResyncClockFix.h" line="+34"/>
        <source>Set the clock from its time source</source>
        <translation>タイム ソースから時計を設定</translation>
    </message>
</context>
<context>
    <name>SchannelTls12Check</name>
    <message>
        <location filename="../checks/catalog/tls/SchannelTls12Check.cpp" line="+15"/>
        <source>TLS 1.2 in Windows (SCHANNEL)</source>
        <translation>Windows の TLS 1.2 (SCHANNEL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure accepts only TLS 1.2 connections. When Windows does not offer TLS 1.2 for the connections this server makes, the agent&apos;s registration, backups and restores fail, often with error 10054 &quot;An existing connection was forcibly closed by the remote host&quot;. Microsoft&apos;s install guide lists TLS 1.2 under &quot;before you start&quot;.</source>
        <translation>Azure は TLS 1.2 の接続のみを受け付けます。このサーバーからの接続で Windows が TLS 1.2 を提示しない場合、エージェントの登録、バックアップ、復元が失敗し、多くの場合エラー 10054 &quot;An existing connection was forcibly closed by the remote host&quot; が発生します。Microsoft のインストール ガイドでは、TLS 1.2 が &quot;開始する前に&quot; の項目に記載されています。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Windows&apos; TLS 1.2 settings (SCHANNEL) could not be read.</source>
        <translation>Windows の TLS 1.2 の設定 (SCHANNEL) を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot use TLS 1.2, which Azure requires, so the agent cannot connect to Azure from this server.</source>
        <translation>%1 では Azure に必要な TLS 1.2 を使用できないため、このサーバーからエージェントが Azure に接続できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the backup to a server running a Windows version the agent supports (Windows Server 2012 or later).</source>
        <translation>エージェントがサポートする Windows バージョン (Windows Server 2012 以降) を実行しているサーバーにバックアップを移行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned on for the connections this server makes (SCHANNEL TLS 1.2 Client settings).</source>
        <translation>このサーバーからの接続で TLS 1.2 が有効になっています (SCHANNEL の TLS 1.2 Client の設定)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS 1.2 is on for the connections this server makes: the SCHANNEL settings are not set, and %1 turns TLS 1.2 on by default.</source>
        <translation>このサーバーからの接続で TLS 1.2 が有効になっています。SCHANNEL の設定は構成されておらず、%1 では既定で TLS 1.2 が有効です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS 1.2 is turned off for the connections this server makes (SCHANNEL TLS 1.2 Client Enabled = 0), so the agent cannot connect to Azure.</source>
        <translation>このサーバーからの接続で TLS 1.2 が無効になっている (SCHANNEL の TLS 1.2 Client の Enabled = 0) ため、エージェントは Azure に接続できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS 1.2 is off by default for the connections this server makes (SCHANNEL TLS 1.2 Client DisabledByDefault = %1), so the agent cannot connect to Azure.</source>
        <translation>このサーバーからの接続で TLS 1.2 が既定で無効になっている (SCHANNEL の TLS 1.2 Client の DisabledByDefault = %1) ため、エージェントは Azure に接続できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting Enabled holds %1 instead of the number 1, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>SCHANNEL の TLS 1.2 Client の設定 Enabled の値が数値 1 ではなく %1 になっているため、このサーバーからの接続で TLS 1.2 が無効になっている可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCHANNEL TLS 1.2 Client setting DisabledByDefault holds %1 instead of the number 0, so TLS 1.2 may be off for the connections this server makes.</source>
        <translation>SCHANNEL の TLS 1.2 Client の設定 DisabledByDefault の値が数値 0 ではなく %1 になっているため、このサーバーからの接続で TLS 1.2 が無効になっている可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS 1.2 is not turned on for the connections this server makes: on %1 the SCHANNEL TLS 1.2 Client settings must be created after update %2 is installed.</source>
        <translation>このサーバーからの接続で TLS 1.2 が有効になっていません。%1 では、更新プログラム %2 をインストールした後に SCHANNEL の TLS 1.2 Client の設定を作成する必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use &quot;%1&quot; to set the values (it needs administrator rights), then restart the server: Windows reads these settings when it starts.</source>
        <translation>[%1] を使用して値を設定し (管理者権限が必要です)、サーバーを再起動してください。Windows はこれらの設定を起動時に読み取ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make sure update %1 is installed (Windows Update or the Microsoft Update Catalog). Then use &quot;%2&quot; to create the values (it needs administrator rights) and restart the server: Windows reads these settings when it starts.</source>
        <translation>更新プログラム %1 がインストールされていることを確認してください (Windows Update または Microsoft Update カタログ)。その後、[%2] を使用して値を作成し (管理者権限が必要です)、サーバーを再起動してください。Windows はこれらの設定を起動時に読み取ります。</translation>
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
        <translation>設定がない場合の Windows の既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 on (Windows Server 2012 R2 / 8.1 and later)</source>
        <translation>TLS 1.2 有効 (Windows Server 2012 R2 / 8.1 以降)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS 1.2 off for clients (before Windows Server 2012 R2)</source>
        <translation>クライアントの TLS 1.2 無効 (Windows Server 2012 R2 より前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read HKLM\%1 Enabled and DisabledByDefault (REG_DWORD). Microsoft&apos;s &quot;Transport Layer Security in Azure Backup&quot; (09/2022) asks for Enabled = 1 and DisabledByDefault = 0; both are Windows&apos; default from Windows Server 2012 R2 on, so absent values are fine there. On Windows Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create the values.</source>
        <translation>HKLM\%1 の Enabled と DisabledByDefault (REG_DWORD) を読み取りました。Microsoft の &quot;Transport Layer Security in Azure Backup&quot; (2022 年 9 月) では Enabled = 1 と DisabledByDefault = 0 が求められています。どちらも Windows Server 2012 R2 以降では Windows の既定値であるため、これらのバージョンでは値がなくても問題ありません。Windows Server 2008 SP2 には KB4019276 を、2008 R2 / Windows 7 / 2012 には KB3140245 をインストールしてから、値を作成してください。</translation>
    </message>
</context>
<context>
    <name>ScheduledTaskHealthCheck</name>
    <message>
        <location filename="../checks/catalog/health/ScheduledTaskHealthCheck.cpp" line="+38"/>
        <source>%1 (group %2)</source>
        <translation>%1 (グループ %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the group %1</source>
        <translation>グループ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; %2 (%3, %4); triggers %5 of %6 enabled; %7</source>
        <translation>%1、%2 (%3、%4)、有効なトリガー: %6 個中 %5 個、%7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>last run %1 UTC, result 0x%2</source>
        <translation>前回の実行: %1 UTC、結果: 0x%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run a new instance in parallel</source>
        <translation>新しいインスタンスを並列で実行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue a new instance</source>
        <translation>新しいインスタンスをキューに追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the existing instance</source>
        <translation>既存のインスタンスの停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start a new instance</source>
        <translation>新しいインスタンスを開始しない</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup schedule task</source>
        <translation>バックアップ スケジュールのタスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s scheduled backups are started by a task in Task Scheduler; when that task or its trigger is disabled, backups do not run on schedule, and when it may start a second copy of itself, a backup fails with &quot;another job was in progress&quot;.</source>
        <translation>エージェントのスケジュールされたバックアップは、タスク スケジューラのタスクによって開始されます。このタスクまたはそのトリガーが無効になっていると、バックアップはスケジュールどおりに実行されません。また、このタスクが自身の 2 つ目のコピーを開始できる設定になっていると、バックアップは &quot;another job was in progress&quot; で失敗します。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Task Scheduler cannot be asked on this machine, so the backup schedule is not checked.</source>
        <translation>このコンピューターではタスク スケジューラに問い合わせることができないため、バックアップ スケジュールはチェックされません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent&apos;s scheduled tasks could not be read from Task Scheduler (%1).</source>
        <translation>エージェントのスケジュールされたタスクをタスク スケジューラから読み取れませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Task Scheduler (taskschd.msc) as administrator and look at Task Scheduler Library &gt; Microsoft &gt; OnlineBackup. If Task Scheduler cannot open it either, make sure the Task Scheduler service is running (or restart the server), then run this check again.</source>
        <translation>タスク スケジューラ (taskschd.msc) を管理者として開き、[タスク スケジューラ ライブラリ] &gt; [Microsoft] &gt; [OnlineBackup] を確認してください。タスク スケジューラでも開けない場合は、Task Scheduler サービスが実行されていることを確認して (またはサーバーを再起動して)、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is registered, but no backup is scheduled: Task Scheduler has no task in %1, so no backup starts on its own.</source>
        <translation>このサーバーは登録されていますが、バックアップがスケジュールされていません。タスク スケジューラの %1 にタスクがないため、バックアップは自動的に開始されません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console) and choose Schedule Backup; saving the schedule creates the task. If a schedule is already shown there, change it and save it again so that the agent creates its task again.</source>
        <translation>Microsoft Azure Backup (エージェントのコンソール) を開き、[バックアップのスケジュール] を選択してください。スケジュールを保存するとタスクが作成されます。既にスケジュールが表示されている場合は、スケジュールを変更して再度保存し、エージェントにタスクを作成し直させてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No backup is scheduled yet (Task Scheduler has no task in %1), which is normal before the server is registered: the agent creates its task when a backup is scheduled after registration.</source>
        <translation>まだバックアップがスケジュールされていません (タスク スケジューラの %1 にタスクがありません)。これはサーバーの登録前であれば正常です。エージェントは、登録後にバックアップがスケジュールされたときにタスクを作成します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the server is registered could not be read: %1</source>
        <translation>サーバーが登録されているかどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+73"/>
        <source>Task Scheduler folder %1</source>
        <translation>タスク スケジューラのフォルダー %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Registration state</source>
        <translation>登録状態</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In Task Scheduler open Task Scheduler Library &gt; Microsoft &gt; OnlineBackup &gt; %1</source>
        <translation>タスク スケジューラの [タスク スケジューラ ライブラリ] &gt; [Microsoft] &gt; [OnlineBackup] &gt; %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The scheduled task %1 is disabled, so backups do not run on schedule.</source>
        <translation>スケジュールされたタスク %1 が無効になっているため、バックアップがスケジュールどおりに実行されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The wizard&apos;s &quot;%1&quot; enables it; or: %2, right-click it and choose Enable.</source>
        <translation>ウィザードの [%1] で有効にできます。または、%2 を右クリックして [有効] を選択してください。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Triggers, select each disabled trigger, choose Edit and tick Enabled.</source>
        <translation>ウィザードの [%1] で設定できます。または、%2 &gt; [プロパティ] &gt; [トリガー] で無効になっている各トリガーを選択し、[編集] を選択して [有効] をオンにしてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The wizard&apos;s &quot;%1&quot; sets this; or: %2 &gt; Properties &gt; Settings and set &quot;If the task is already running&quot; to &quot;%3&quot;.</source>
        <translation>ウィザードの [%1] で設定できます。または、%2 &gt; [プロパティ] &gt; [設定] で [タスクが既に実行中の場合に適用される規則] を [%3] に設定してください。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The scheduled task %1 has no trigger, so it never starts a backup.</source>
        <translation>スケジュールされたタスク %1 にはトリガーがないため、バックアップが開始されることはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Microsoft Azure Backup (the agent&apos;s console), choose Schedule Backup, change the schedule and save it so that the agent writes its triggers again.</source>
        <translation>Microsoft Azure Backup (エージェントのコンソール) を開いて [バックアップのスケジュール] を選択し、スケジュールを変更して保存して、エージェントにトリガーを書き込み直させてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n of the triggers of the scheduled task %1 are disabled, so backups do not start at those times.</source>
        <translation>
            <numerusform>スケジュールされたタスク %1 のトリガーのうち %n 個が無効になっているため、その時刻にはバックアップが開始されません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 is set to &quot;%2&quot; when it is still running, so a backup can fail with &quot;Job could not be started as another job was in progress&quot;.</source>
        <translation>スケジュールされたタスク %1 は、タスクが実行中の場合の動作が [%2] に設定されているため、バックアップが &quot;Job could not be started as another job was in progress&quot; で失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The scheduled task %1 runs as %2 instead of SYSTEM or the Administrators group, so backups stop when that account&apos;s password changes or it loses its rights.</source>
        <translation>スケジュールされたタスク %1 は SYSTEM や Administrators グループではなく %2 として実行されるため、そのアカウントのパスワードが変更されたり、アカウントが権限を失ったりすると、バックアップが停止します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &gt; Properties &gt; General, choose &quot;Change User or Group&quot; and enter SYSTEM (this tool does not change who runs a task). Changing and saving the schedule in the agent&apos;s console also registers the task again.</source>
        <translation>%1 &gt; [プロパティ] &gt; [全般] で [ユーザーまたはグループの変更] を選択し、SYSTEM と入力してください (このツールではタスクの実行ユーザーを変更しません)。エージェントのコンソールでスケジュールを変更して保存した場合も、タスクが再登録されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The agent&apos;s %n scheduled task(s) in %1 are enabled, run as SYSTEM or Administrators, have their triggers enabled and do not start a second instance.</source>
        <translation>
            <numerusform>%1 にあるエージェントの %n 個のスケジュールされたタスクは、すべて有効で、SYSTEM または Administrators として実行され、トリガーが有効になっており、2 つ目のインスタンスを開始しません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restart the server after changing the task, as the troubleshooting guide advises.</source>
        <translation>トラブルシューティング ガイドの推奨どおり、タスクを変更した後はサーバーを再起動してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n 個のタスク</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Task %1</source>
        <translation>タスク %1</translation>
    </message>
</context>
<context>
    <name>ScratchAttributesCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchAttributesCheck.cpp" line="+14"/>
        <source>Cache folder attributes</source>
        <translation>キャッシュ フォルダーの属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent cannot use a cache that is compressed, encrypted, sparse, a link or on a deduplicated drive; its cache files fail to mount.</source>
        <translation>圧縮、暗号化、スパース、リンクのいずれかであるキャッシュや、重複除去されたドライブ上にあるキャッシュは、エージェントで使用できません。キャッシュ ファイルのマウントに失敗します。</translation>
    </message>
</context>
<context>
    <name>ScratchFreeSpaceCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchFreeSpaceCheck.cpp" line="+14"/>
        <source>Free space for the cache folder</source>
        <translation>キャッシュ フォルダーの空き領域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent keeps its cache and metadata on this drive; when it runs out of space backups fail.</source>
        <translation>エージェントはこのドライブにキャッシュとメタデータを保存します。空き領域がなくなると、バックアップが失敗します。</translation>
    </message>
</context>
<context>
    <name>ScratchMoveCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchMoveCheck.cpp" line="+15"/>
        <source>Cache folder location</source>
        <translation>キャッシュ フォルダーの場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the cache folder is on the wrong drive, the agent&apos;s documented way out is to move it; done wrongly, the agent loses its cache.</source>
        <translation>キャッシュ フォルダーが適切でないドライブにある場合、エージェントで文書化されている対処方法はキャッシュ フォルダーの移動です。移動の手順を誤ると、エージェントのキャッシュが失われます。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The cache folder %1 should be moved, because %2.</source>
        <translation>キャッシュ フォルダー %1 は移動する必要があります。理由: %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent installed</source>
        <translation>エージェントのインストール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not work out whether the cache folder %1 should move, because some of its facts could not be read.</source>
        <translation>一部の情報を読み取れなかったため、キャッシュ フォルダー %1 を移動する必要があるかどうかを判断できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 can stay where it is.</source>
        <translation>キャッシュ フォルダー %1 は現在の場所のままで問題ありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache folder</source>
        <translation>キャッシュ フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>取得元</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryCheck.cpp" line="+22"/>
        <source>exists</source>
        <translation>存在します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a file, not a folder</source>
        <translation>フォルダーではなくファイルです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be read: %1</source>
        <translation>読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not checked (no value)</source>
        <translation>チェックされていません (値がありません)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cache folder in the registry</source>
        <translation>レジストリ内のキャッシュ フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads its cache folder from two registry values; when they disagree or the folder is gone, registration and backups fail.</source>
        <translation>エージェントは 2 つのレジストリ値からキャッシュ フォルダーを読み取ります。値が一致しない場合やフォルダーが存在しない場合は、登録とバックアップが失敗します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer is not running Windows, so the agent&apos;s cache registry values do not exist here.</source>
        <translation>このコンピューターは Windows を実行していないため、エージェントのキャッシュに関するレジストリ値はここには存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent is not installed yet, so its cache location is not set.</source>
        <translation>エージェントがまだインストールされていないため、キャッシュの場所は設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKLM\%1\%2: %3</source>
        <translation>HKLM\%1\%2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not find out whether the agent is installed, so its cache location was not checked.</source>
        <translation>エージェントがインストールされているかどうかを確認できなかったため、キャッシュの場所はチェックされていません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>エージェントのキャッシュの場所をレジストリから読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>トラブルシューティング ツールを管理者として再起動し、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>If the cache folder was moved, set both values to its new place as administrator (%1 and %2, with the folder), then run net stop obengine and net start obengine. If it was deleted, the agent&apos;s cache and key file are gone: contact Microsoft support; the server may have to be registered again with its original passphrase.</source>
        <translation>キャッシュ フォルダーが移動された場合は、管理者として両方の値を新しい場所に設定し (%1 と %2 にそのフォルダーを指定)、net stop obengine と net start obengine を実行してください。削除された場合は、エージェントのキャッシュとキー ファイルが失われています。Microsoft サポートに問い合わせてください。元のパスフレーズでサーバーを再登録する必要がある場合があります。</translation>
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
        <translation>両方のレジストリ値がキャッシュ フォルダー %1 を指しており、そのフォルダーは存在します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry could not be checked.</source>
        <translation>レジストリに指定されているキャッシュ フォルダー %1 をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 named in the registry is a file, not a folder, so the agent cannot use its cache.</source>
        <translation>レジストリに指定されているキャッシュ フォルダー %1 はフォルダーではなくファイルであるため、エージェントはキャッシュを使用できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 named in the registry does not exist, so the agent cannot use its cache.</source>
        <translation>レジストリに指定されているキャッシュ フォルダー %1 が存在しないため、エージェントはキャッシュを使用できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agent is installed, but both registry values that say where its cache folder is are missing.</source>
        <translation>エージェントはインストールされていますが、キャッシュ フォルダーの場所を示す 2 つのレジストリ値がどちらもありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry value %1 is missing, so the agent&apos;s two cache-location values do not match.</source>
        <translation>レジストリ値 %1 がないため、エージェントのキャッシュの場所を示す 2 つの値が一致しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s two cache-location registry values disagree (%1 and %2), so the agent may not find its cache.</source>
        <translation>エージェントのキャッシュの場所を示す 2 つのレジストリ値が一致していない (%1 と %2) ため、エージェントがキャッシュを見つけられない可能性があります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bring the drive of %1 back online and run this check again; do not point the agent at another folder while its cache may only be out of reach. If the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>%1 のドライブをオンラインに戻し、このチェックをもう一度実行してください。キャッシュに一時的にアクセスできないだけかもしれない間は、エージェントに別のフォルダーを指定しないでください。ドライブが完全に失われた場合は、文書化された手順でキャッシュを移動してください (手順は「キャッシュ フォルダーの場所」の項目に記載されています)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Repair the cache location in the registry&quot; sets %1 to %2, the folder that exists (the agent service is restarted), or as administrator run %3, then net stop obengine and net start obengine.</source>
        <translation>ウィザードの [レジストリのキャッシュの場所を修復] で、%1 を存在するフォルダー %2 に設定できます (エージェント サービスは再起動されます)。または、管理者として %3 を実行してから、net stop obengine と net start obengine を実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both folders exist, so the troubleshooter cannot tell which one the agent uses. Find the one with the agent&apos;s current cache (recently changed files), then as administrator run %1 and %2 with that folder, then net stop obengine and net start obengine.</source>
        <translation>両方のフォルダーが存在するため、エージェントがどちらを使用しているかをトラブルシューティング ツールで判断できません。エージェントの現在のキャッシュがある方 (最近変更されたファイルがある方) を見つけてから、管理者としてそのフォルダーを指定して %1 と %2 を実行し、net stop obengine と net start obengine を実行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agent install folder</source>
        <translation>エージェントのインストール フォルダー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder of the Config value</source>
        <translation>Config 値のフォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder of the CloudBackupProvider value</source>
        <translation>CloudBackupProvider 値のフォルダー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Both values must name the same existing folder (FAQ &quot;How to check if scratch folder is valid and accessible&quot;). Compared as Windows compares paths: case-insensitively, trailing backslash ignored.</source>
        <translation>両方の値が、存在する同じフォルダーを指している必要があります (FAQ &quot;How to check if scratch folder is valid and accessible&quot;)。比較は Windows のパス比較と同じ方法 (大文字と小文字を区別せず、末尾の円記号 (\) は無視) で行います。</translation>
    </message>
</context>
<context>
    <name>ScratchRegistryFix</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRegistryFix.cpp" line="+56"/>
        <source>Service %1</source>
        <translation>サービス %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped before the change, started again after it</source>
        <translation>変更前に停止し、変更後に再開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left as it is</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>unknown (%1)</source>
        <translation>不明 (%1)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>restarted if it is running</source>
        <translation>実行中の場合は再起動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (the file system did not say)</source>
        <translation>不明 (ファイル システムから情報が返されませんでした)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last written %1 UTC</source>
        <translation>最終書き込み %1 UTC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The agent service obengine could not be stopped (%1); nothing was changed.</source>
        <translation>エージェント サービス obengine を停止できませんでした (%1)。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent service obengine is still %1 after the wait; nothing was changed. Once it has stopped, run net start obengine and try the fix again.</source>
        <translation>待機後もエージェント サービス obengine は %1 のままです。何も変更されていません。停止したら、net start obengine を実行し、修正をもう一度試してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing %1 failed: %2</source>
        <translation>%1 の書き込みに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reads back as %2 instead of %3.</source>
        <translation>%1 を読み戻すと、%3 ではなく %2 になっています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agent service obengine did not start again (%1): run net start obengine as administrator.</source>
        <translation>エージェント サービス obengine が再開されませんでした (%1)。管理者として net start obengine を実行してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Repair the cache location in the registry</source>
        <translation>レジストリのキャッシュの場所を修復</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold the old or the new value: run the check again.</source>
        <translation>エージェントのサービス obengine が停止したままになっている可能性があります。管理者として net start obengine を実行してください。ScratchLocation には古い値と新しい値のどちらかが入っている可能性があります。チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent&apos;s cache location could not be read from the registry.</source>
        <translation>エージェントのキャッシュの場所をレジストリから読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both values already name the existing folder %1.</source>
        <translation>両方の値は既に、存在するフォルダー %1 を指しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither registry value names a folder that can be copied to the other.</source>
        <translation>どちらのレジストリ値も、もう一方にコピーできるフォルダーを指していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to repair.</source>
        <translation>修復するものはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This fix copies a value only when it names an existing folder and the other value is missing or names a missing folder; it never invents a path.</source>
        <translation>この修正では、一方の値が存在するフォルダーを指し、もう一方の値がないか存在しないフォルダーを指している場合にのみ値をコピーします。パスを推測して作成することはありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 names %2, which looks missing, but its drive is not there or does not answer.</source>
        <translation>%1 が指している %2 は存在しないように見えますが、そのドライブが存在しないか、応答しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pointing the agent at %1 now could send it back to an old copy of its cache. Bring the drive back online (Disk Management) and run the check again; if the drive is gone for good, move the cache as documented (the &quot;Cache folder location&quot; item lists the steps).</source>
        <translation>今 %1 をエージェントに指定すると、キャッシュの古いコピーに戻ってしまう可能性があります。ドライブをオンラインに戻し ([ディスクの管理])、チェックをもう一度実行してください。ドライブが完全に失われた場合は、文書化された手順でキャッシュを移動してください (手順は「キャッシュ フォルダーの場所」の項目に記載されています)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Both ScratchLocation values</source>
        <translation>両方の ScratchLocation 値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>backed up in the fix journal first</source>
        <translation>事前に修正ジャーナルにバックアップ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Folder %1 (named by %2)</source>
        <translation>フォルダー %1 (%2 で指定)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>not changed</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 to %2, the folder the other value names and that exists. Both values are backed up in the fix journal first. The agent reads the value when it starts, so its service obengine is restarted if it is running.</source>
        <translation>%1 を、もう一方の値が指している存在するフォルダー %2 に設定します。両方の値は事前に修正ジャーナルにバックアップされます。エージェントは起動時にこの値を読み取るため、サービス obengine が実行中の場合は再起動されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Undo writes the old value %1 back into %2 and restarts obengine again.</source>
        <translation>元に戻すと、古い値 %1 が %2 に書き戻され、obengine が再度再起動されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be undone from here: %1 did not exist before, and this troubleshooter can write registry values but never deletes one. To go back, run as administrator: reg delete &quot;HKLM\%2&quot; /v %3 /f</source>
        <translation>ここからは元に戻せません。%1 は以前存在しておらず、このトラブルシューティング ツールはレジストリ値を書き込むことはあっても削除することはありません。元に戻すには、管理者として次のコマンドを実行してください: reg delete &quot;HKLM\%2&quot; /v %3 /f</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+119"/>
        <source>Changing the registry value %1</source>
        <translation>レジストリ値 %1 の変更</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>The plan does not say which value to change; nothing was changed.</source>
        <translation>計画に変更する値が示されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry values could not be read again; nothing was changed: %1</source>
        <translation>レジストリ値をもう一度読み取れませんでした。何も変更されていません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry values changed since the preview; nothing was changed. Preview the fix again.</source>
        <translation>プレビューの後にレジストリ値が変更されました。何も変更されていません。もう一度修正をプレビューしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder %1 no longer exists; nothing was changed.</source>
        <translation>フォルダー %1 はもう存在しません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+98"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 何も変更されていません。</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>The cache folders changed since the preview, so %1 is no longer known to be wrong; nothing was changed. Run the check again.</source>
        <translation>プレビューの後にキャッシュ フォルダーが変更されたため、%1 が誤っているとは言えなくなりました。何も変更されていません。チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set %1 to %2. %3</source>
        <translation>%1 を %2 に設定しました。%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set %1 to %2; both values now name the same folder.</source>
        <translation>%1 を %2 に設定しました。両方の値が同じフォルダーを指すようになりました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The agent&apos;s service obengine may still be stopped: run net start obengine as administrator. ScratchLocation may hold either value: run the check again.</source>
        <translation>エージェントのサービス obengine が停止したままになっている可能性があります。管理者として net start obengine を実行してください。ScratchLocation にはどちらの値が入っている可能性もあります。チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The journal entry does not say which value to put back.</source>
        <translation>ジャーナルのエントリに、どの値を元に戻すかが示されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not put back to %2.</source>
        <translation>%1 は %2 に戻されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back to %2. The agent&apos;s service obengine is restarted if it is running.</source>
        <translation>%1 を %2 に戻します。エージェントのサービス obengine が実行中の場合は再起動されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running the fix again repairs the value again.</source>
        <translation>修正をもう一度実行すると、値が再び修復されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was changed again after the fix (it is now %2).</source>
        <translation>%1 は修正の後に再度変更されています (現在の値は %2)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal entry does not say which value to put back; nothing was changed.</source>
        <translation>ジャーナルのエントリに、どの値を元に戻すかが示されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 was changed again after the fix (it is now %2); nothing was changed.</source>
        <translation>%1 は修正の後に再度変更されています (現在の値は %2)。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Put %1 back to %2.</source>
        <translation>%1 を %2 に戻しました。</translation>
    </message>
</context>
<context>
    <name>ScratchRules</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchRules.cpp" line="+39"/>
        <source>This rule about the cache folder could not be worked out.</source>
        <translation>キャッシュ フォルダーに関するこのルールを判定できませんでした。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Windows version could not be read: %1</source>
        <translation>Windows のバージョンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer is not running Windows, so it has no MARS agent cache folder.</source>
        <translation>このコンピューターは Windows を実行していないため、MARS エージェントのキャッシュ フォルダーはありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither the registry nor the install folder says where the cache folder is.</source>
        <translation>レジストリにもインストール フォルダーにも、キャッシュ フォルダーの場所が示されていません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not work out where the agent&apos;s cache folder is or will be.</source>
        <translation>エージェントのキャッシュ フォルダーの現在の場所または今後の場所を特定できませんでした。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cache folder</source>
        <translation>キャッシュ フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken from</source>
        <translation>取得元</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>system</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden</source>
        <translation>隠し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compressed</source>
        <translation>圧縮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sparse</source>
        <translation>スパース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a link (reparse point)</source>
        <translation>リンク (再解析ポイント)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 および %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The technical details say what could not be read. If the drive of the cache folder is offline or away, bring it back; otherwise restart the troubleshooter as administrator and run the checks again.</source>
        <translation>読み取れなかった内容は技術的な詳細に示されています。キャッシュ フォルダーのドライブがオフラインになっているか取り外されている場合は、元に戻してください。それ以外の場合は、トラブルシューティング ツールを管理者として再起動し、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache must be on a local, fixed NTFS drive with enough free space; the &quot;Cache folder location&quot; item lists the exact steps to move it.</source>
        <translation>キャッシュは、空き領域が十分にあるローカルの固定 NTFS ドライブ上にある必要があります。移動する正確な手順は「キャッシュ フォルダーの場所」の項目に記載されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install the agent with its cache on a local, fixed NTFS drive with enough free space, using the installer&apos;s /s: switch, for example: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (add /p:&quot;&lt;install folder&gt;&quot; to choose the install folder too).</source>
        <translation>インストーラーの /s: スイッチを使用して、空き領域が十分にあるローカルの固定 NTFS ドライブ上にキャッシュを置くようにエージェントをインストールしてください。例: MARSAgentInstaller.exe /s:&quot;D:\MARS\Scratch&quot; (インストール フォルダーも選択するには /p:&quot;&lt;install folder&gt;&quot; を追加します)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move the cache to a folder on a local, fixed NTFS drive with enough free space (replace &lt;new folder&gt; below, e.g. D:\MARS\Scratch), in an elevated command prompt: 1. net stop obengine 2. If System State backup is configured, open Disk Management and detach the disks named CBSSBVol_&lt;ID&gt;. 3. Copy (do not move) the whole folder: robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. Run an on-demand backup (Back Up Now); once it succeeds, delete the old folder %1. Do not change the cache location while an offline-seeding initial replication is running.</source>
        <translation>空き領域が十分にあるローカルの固定 NTFS ドライブ上のフォルダーに、管理者特権のコマンド プロンプトでキャッシュを移動してください (以下の &lt;new folder&gt; を D:\MARS\Scratch などに置き換えます)。1. net stop obengine 2. システム状態のバックアップが構成されている場合は、[ディスクの管理] を開き、CBSSBVol_&lt;ID&gt; という名前のディスクをデタッチします。3. フォルダー全体をコピーします (移動はしないでください): robocopy &quot;%1&quot; &quot;&lt;new folder&gt;&quot; /E /COPYALL /DCOPY:T 4. reg add &quot;%2&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 5. reg add &quot;%3&quot; /v ScratchLocation /t REG_SZ /d &quot;&lt;new folder&gt;&quot; /f 6. net start obengine 7. オンデマンド バックアップ ([今すぐバックアップ]) を実行し、成功したら古いフォルダー %1 を削除します。オフライン シード処理の初期レプリケーションの実行中は、キャッシュの場所を変更しないでください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The cache folder %1 is on a drive that is not on this computer now.</source>
        <translation>キャッシュ フォルダー %1 は、現在このコンピューターに存在しないドライブ上にあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the drive back (reconnect or present the disk, give it its drive letter in Disk Management), then run the checks again.</source>
        <translation>ドライブを元に戻し (ディスクを再接続または提示し、[ディスクの管理] でドライブ文字を割り当てます)、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 could not be identified.</source>
        <translation>キャッシュ フォルダー %1 のドライブを特定できませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+330"/>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The drive %1 of the cache folder %2 is offline or not ready.</source>
        <translation>キャッシュ フォルダー %2 のドライブ %1 がオフラインであるか、準備ができていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetVolumeInformationW: the device is not ready.</source>
        <translation>GetVolumeInformationW: デバイスの準備ができていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring the disk online (Disk Management: right-click the disk, Online), then run the checks again.</source>
        <translation>ディスクをオンラインにしてから ([ディスクの管理] でディスクを右クリックし、[オンライン] を選択)、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drive type</source>
        <translation>ドライブの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system</source>
        <translation>ファイル システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>(not reported)</source>
        <translation>(報告なし)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>GetDriveTypeW: %1; file system: %2; UNC path: %3.</source>
        <translation>GetDriveTypeW: %1、ファイル システム: %2、UNC パス: %3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is on a network share</source>
        <translation>ネットワーク共有上にある</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a network share; the agent needs it on a local drive of this server.</source>
        <translation>キャッシュ フォルダー %1 はネットワーク共有上にあります。エージェントでは、このサーバーのローカル ドライブ上にある必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is on a removable drive</source>
        <translation>リムーバブル ドライブ上にある</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a removable drive; the agent needs it on a fixed local drive.</source>
        <translation>キャッシュ フォルダー %1 はリムーバブル ドライブ上にあります。エージェントでは、ローカルの固定ドライブ上にある必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its drive is not a fixed disk</source>
        <translation>ドライブが固定ディスクではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a drive Windows reports as %2, not as a fixed local disk, which the agent expects.</source>
        <translation>キャッシュ フォルダー %1 は、Windows が %2 と報告するドライブ上にあります。エージェントが想定しているローカルの固定ディスクではありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its drive is not NTFS</source>
        <translation>ドライブが NTFS ではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is on a %2 drive, not NTFS, the only file system Microsoft documents for the agent.</source>
        <translation>キャッシュ フォルダー %1 は %2 ドライブ上にあります。Microsoft がエージェント用に文書化している唯一のファイル システムである NTFS ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNCONFIRMED (catalog B2): whether ReFS or other file systems work for the cache is not documented; the FAQ names NTFS as the only supported file system for backup sources.</source>
        <translation>未確認 (catalog B2): ReFS などのファイル システムをキャッシュに使用できるかどうかは文書化されていません。FAQ では、バックアップ ソースでサポートされている唯一のファイル システムとして NTFS が挙げられています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 is on a local, fixed NTFS drive.</source>
        <translation>キャッシュ フォルダー %1 はローカルの固定 NTFS ドライブ上にあります。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attributes of the cache folder %1 could not be read.</source>
        <translation>キャッシュ フォルダー %1 の属性を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder checked</source>
        <translation>チェックしたフォルダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data Deduplication on its drive</source>
        <translation>ドライブのデータ重複除去</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not apply</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not be checked</source>
        <translation>チェックできませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data Deduplication: %1</source>
        <translation>データ重複除去: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Deduplication is on for its drive, which the agent does not support for its cache.</source>
        <translation>そのドライブでデータ重複除去が有効になっています。エージェントはキャッシュでのデータ重複除去をサポートしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache cannot stay on a deduplicated volume: move it to a drive without Data Deduplication. %1</source>
        <translation>キャッシュを重複除去されたボリューム上に置いたままにすることはできません。データ重複除去が有効になっていないドライブに移動してください。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether Data Deduplication is on for its drive could not be checked.</source>
        <translation>そのドライブでデータ重複除去が有効になっているかどうかをチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+155"/>
        <source>its drive uses Data Deduplication</source>
        <translation>ドライブでデータ重複除去が使用されている</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>The cache folder %1 does not exist yet and would be created on a drive where Data Deduplication is on, which the agent does not support for its cache.</source>
        <translation>キャッシュ フォルダー %1 はまだ存在せず、データ重複除去が有効になっているドライブ上に作成されることになります。エージェントはキャッシュでのデータ重複除去をサポートしていません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check was cancelled while it looked at the files in the cache folder %1.</source>
        <translation>キャッシュ フォルダー %1 内のファイルを確認している間に、チェックがキャンセルされました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Files and folders looked at inside</source>
        <translation>フォルダー内で確認したファイルとフォルダー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compressed inside</source>
        <translation>フォルダー内の圧縮された項目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted inside</source>
        <translation>フォルダー内の暗号化された項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: %1.</source>
        <translation>例: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the first %1 files and folders, down to %2 folder levels, were looked at; the cache folder holds more.</source>
        <translation>確認したのは、%2 階層までのフォルダーにある最初の %1 個のファイルとフォルダーのみです。キャッシュ フォルダーにはさらに多くの項目があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be listed: %1</source>
        <translation>一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is %1</source>
        <translation>%1 属性</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) or folder(s) inside it are compressed</source>
        <translation>
            <numerusform>フォルダー内の圧縮されたファイルまたはフォルダー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) or folder(s) inside it are encrypted</source>
        <translation>
            <numerusform>フォルダー内の暗号化されたファイルまたはフォルダー %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> および </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, but the files inside it could not all be checked.</source>
        <translation>キャッシュ フォルダー %1 は圧縮、暗号化、スパース、リンクのいずれでもありませんが、フォルダー内のファイルをすべてチェックすることはできませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cache folder %1 and its files are not compressed, encrypted, sparse or a link. %2</source>
        <translation>キャッシュ フォルダー %1 とそのファイルは、圧縮、暗号化、スパース、リンクのいずれでもありません。%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 is not compressed, encrypted, sparse or a link, and none of the %2 files and folders looked at inside it is; the rest was not looked at.</source>
        <translation>キャッシュ フォルダー %1 は圧縮、暗号化、スパース、リンクのいずれでもなく、フォルダー内で確認した %2 個のファイルとフォルダーもいずれにも該当しません。残りは確認していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the rest as administrator: compact /s:&quot;%1&quot; and cipher /s:&quot;%1&quot; list what is compressed or encrypted.</source>
        <translation>残りは管理者として確認してください。compact /s:&quot;%1&quot; と cipher /s:&quot;%1&quot; で、圧縮または暗号化されている項目の一覧が表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 and the files in it are not compressed, encrypted, sparse or a link.</source>
        <translation>キャッシュ フォルダー %1 とその中のファイルは、圧縮、暗号化、スパース、リンクのいずれでもありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cache folder %1 is fine itself, but %2</source>
        <translation>キャッシュ フォルダー %1 自体は問題ありませんが、%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cache folder %1 %2, which the agent does not support for its cache.</source>
        <translation>キャッシュ フォルダー %1 で、エージェントがキャッシュとしてサポートしていない状態が見つかりました: %2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>files in it are %1</source>
        <translation>フォルダー内のファイルに %1 属性がある</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>it would be created %1</source>
        <translation>%1 属性付きで作成される</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 does not exist yet and would be created %2, because %3 is %2.</source>
        <translation>キャッシュ フォルダー %1 はまだ存在しません。%3 に %2 属性が設定されているため、キャッシュ フォルダーも %2 属性付きで作成されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the attribute on %1 (compact /u &quot;%1&quot;, cipher /d &quot;%1&quot; as administrator), or choose another cache folder with the installer&apos;s /s: switch.</source>
        <translation>%1 の属性を解除するか (管理者として compact /u &quot;%1&quot;、cipher /d &quot;%1&quot; を実行)、インストーラーの /s: スイッチで別のキャッシュ フォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted. %3</source>
        <translation>キャッシュ フォルダー %1 はまだ存在しません。作成先の %2 は、圧縮も暗号化もされていません。%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cache folder %1 does not exist yet; %2, where it would be created, is neither compressed nor encrypted.</source>
        <translation>キャッシュ フォルダー %1 はまだ存在しません。作成先の %2 は、圧縮も暗号化もされていません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a file, not a folder</source>
        <translation>フォルダーではなくファイルである</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cache folder %1 is a file, not a folder.</source>
        <translation>キャッシュ フォルダー %1 はフォルダーではなくファイルです。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Nothing inside the folder is compressed or encrypted, so clearing the folder&apos;s own flag is all it takes: the wizard&apos;s &quot;%1&quot;, or as administrator run compact /u &quot;%2&quot; and cipher /d &quot;%2&quot;.</source>
        <translation>フォルダー内に圧縮または暗号化されている項目はないため、フォルダー自体のフラグを解除するだけで済みます。ウィザードの [%1] を使用するか、管理者として compact /u &quot;%2&quot; と cipher /d &quot;%2&quot; を実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>it is %1</source>
        <translation>%1 属性がある</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Clearing the folder&apos;s flag would leave the files already in the cache as they are. Move the cache to a new folder that is neither compressed nor encrypted, as documented; %1 Then run this check again: it looks at the files too.</source>
        <translation>フォルダーのフラグを解除しても、既にキャッシュ内にあるファイルはそのままです。文書化された手順に従って、圧縮も暗号化もされていない新しいフォルダーにキャッシュを移動してください。%1 その後、このチェックをもう一度実行してください。このチェックではファイルも確認します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A link or sparse folder cannot be repaired in place: move the cache to a plain folder. %1</source>
        <translation>リンクやスパースのフォルダーはその場で修復できません。キャッシュを通常のフォルダーに移動してください。%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The free space on the drive of the cache folder %1 could not be read.</source>
        <translation>キャッシュ フォルダー %1 のドライブの空き領域を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Free space</source>
        <translation>空き領域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>ボリューム サイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free share of the volume</source>
        <translation>ボリュームの空き領域の割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure below %1, warning below %2 % of the volume</source>
        <translation>%1 未満で不合格、ボリュームの %2 % 未満で警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GetDiskFreeSpaceExW on %1: %2 bytes free of %3. Microsoft asks for free space of 5-10 % of the backed-up data (at least 2.5 GB; 30-35 GB more for System State). The size of the data is not known here, so the warning uses 5 % of the volume instead (wizard heuristic, catalog B4).</source>
        <translation>%1 の GetDiskFreeSpaceExW: %3 バイト中 %2 バイトが空き。Microsoft は、バックアップ対象データの 5 ～ 10 % の空き領域 (最低 2.5 GB、システム状態の場合はさらに 30 ～ 35 GB) を求めています。ここではデータのサイズがわからないため、代わりにボリュームの 5 % を警告の基準にしています (ウィザードの経験則、catalog B4)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space on that drive or extend the volume, or move the cache to a drive with more room. %1</source>
        <translation>そのドライブの空き領域を増やすかボリュームを拡張するか、空き領域の多いドライブにキャッシュを移動してください。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its drive has only %1 free</source>
        <translation>ドライブの空き領域が %1 しかない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free, less than the 2.5 GB the agent needs at least.</source>
        <translation>キャッシュ フォルダー %1 のドライブの空き領域は %2 しかなく、エージェントに最低限必要な 2.5 GB を下回っています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its drive is %1 free</source>
        <translation>ドライブの空き領域が %1 である</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The drive of the cache folder %1 has only %2 free space (%3), less than the 5 % Microsoft asks for.</source>
        <translation>キャッシュ フォルダー %1 のドライブの空き領域は %2 (%3) しかなく、Microsoft が求める 5 % を下回っています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The drive of the cache folder %1 has %2 free (%3), enough for the cache.</source>
        <translation>キャッシュ フォルダー %1 のドライブには %2 (%3) の空き領域があり、キャッシュには十分です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(missing)</source>
        <translation>(見つかりません)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The drive of %1 is not on this computer now (%2); the folder may only be out of reach, not gone.</source>
        <translation>%1 のドライブは現在このコンピューターにありません (%2)。フォルダーは失われたのではなく、一時的にアクセスできないだけの可能性があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive of %1 is there could not be checked: %2</source>
        <translation>%1 のドライブが存在するかどうかをチェックできませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The drive %1 holding %2 is offline or not ready; the folder may only be out of reach, not gone.</source>
        <translation>%2 を保持しているドライブ %1 がオフラインであるか、準備ができていません。フォルダーは失われたのではなく、一時的にアクセスできないだけの可能性があります。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The value is not a string (REG_SZ).</source>
        <translation>値が文字列 (REG_SZ) ではありません。</translation>
    </message>
</context>
<context>
    <name>ScratchVolumeCheck</name>
    <message>
        <location filename="../checks/catalog/scratch/ScratchVolumeCheck.cpp" line="+14"/>
        <source>Cache folder drive</source>
        <translation>キャッシュ フォルダーのドライブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s cache must be on a local, fixed drive; on a network share or removable drive backups and registration fail.</source>
        <translation>エージェントのキャッシュはローカルの固定ドライブ上にある必要があります。ネットワーク共有やリムーバブル ドライブ上にあると、バックアップと登録が失敗します。</translation>
    </message>
</context>
<context>
    <name>ServerCoreCheck</name>
    <message>
        <location filename="../checks/catalog/install/ServerCoreCheck.cpp" line="+14"/>
        <source>Not Server Core</source>
        <translation>Server Core ではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent does not support Windows Server Core installations (no desktop); its console needs the full Windows desktop.</source>
        <translation>エージェントは Windows Server の Server Core インストール (デスクトップなし) をサポートしていません。エージェントのコンソールには完全な Windows デスクトップが必要です。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This server runs Nano Server, which the agent does not support.</source>
        <translation>このサーバーは Nano Server で実行されています。エージェントは Nano Server をサポートしていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This server is a Server Core installation (no desktop), which the agent does not support.</source>
        <translation>このサーバーは Server Core インストール (デスクトップなし) です。エージェントは Server Core をサポートしていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the agent on a Windows Server installed with the Desktop Experience. Windows Server 2016 and later cannot add the desktop to Server Core: use another server or reinstall with &quot;Desktop Experience&quot;. On Windows Server 2012 R2 the desktop can be added with the PowerShell command Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart.</source>
        <translation>デスクトップ エクスペリエンス付きでインストールされた Windows Server にエージェントをインストールしてください。Windows Server 2016 以降では Server Core にデスクトップを追加できないため、別のサーバーを使用するか、[デスクトップ エクスペリエンス] を選択して再インストールしてください。Windows Server 2012 R2 では、PowerShell コマンド Install-WindowsFeature Server-Gui-Mgmt-Infra,Server-Gui-Shell -Restart でデスクトップを追加できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a desktop edition of Windows, which has no Server Core installations to worry about.</source>
        <translation>これはデスクトップ エディションの Windows であり、Server Core インストールについて考慮する必要はありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This server is installed with the full desktop, not as Server Core.</source>
        <translation>このサーバーは Server Core ではなく、完全なデスクトップ付きでインストールされています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation type</source>
        <translation>インストールの種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>エディション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product type</source>
        <translation>製品の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read InstallationType and EditionID from HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion. &quot;Server Core&quot; and &quot;Nano Server&quot; installation types, and editions ending in &quot;Core&quot;, have no desktop; the support matrix excludes Server Core SKUs.</source>
        <translation>HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion から InstallationType と EditionID を読み取りました。インストールの種類 &quot;Server Core&quot; と &quot;Nano Server&quot;、および &quot;Core&quot; で終わるエディションにはデスクトップがありません。サポート マトリックスでは Server Core の SKU は除外されています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither value is recorded on this server, so Server Core could not be ruled out from the registry; Server Core has no Explorer, so a desktop in front of you settles it.</source>
        <translation>このサーバーにはどちらの値も記録されていないため、レジストリからは Server Core である可能性を排除できませんでした。Server Core にはエクスプローラーがないため、目の前にデスクトップが表示されていれば Server Core ではありません。</translation>
    </message>
</context>
<context>
    <name>StartAgentServiceFix</name>
    <message>
        <location filename="../checks/catalog/install/StartAgentServiceFix.cpp" line="+13"/>
        <source>Start the agent service</source>
        <translation>エージェント サービスを開始</translation>
    </message>
</context>
<context>
    <name>StartManagementAgentFix</name>
    <message>
        <location filename="../checks/catalog/health/StartManagementAgentFix.cpp" line="+12"/>
        <source>Start the management agent</source>
        <translation>管理エージェントを開始</translation>
    </message>
</context>
<context>
    <name>StartObEngineServiceFix</name>
    <message>
        <location filename="../checks/catalog/health/StartObEngineServiceFix.cpp" line="+13"/>
        <source>Start the agent service (obengine)</source>
        <translation>エージェント サービス (obengine) を開始</translation>
    </message>
</context>
<context>
    <name>StartServiceFix</name>
    <message>
        <location filename="../checks/catalog/common/StartServiceFix.cpp" line="+28"/>
        <source>The service may be starting or still stopped: look at it in services.msc, start it if it is stopped, then run the check again.</source>
        <translation>サービスが起動中か、まだ停止している可能性があります。services.msc でサービスを確認し、停止している場合は開始してから、チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service changes no setting. To stop it again, run &quot;net stop %1&quot; as administrator.</source>
        <translation>サービスを開始しても設定は変更されません。再度停止するには、管理者として &quot;net stop %1&quot; を実行してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 is not installed on this server.</source>
        <translation>サービス %1 はこのサーバーにインストールされていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The state of the service %1 could not be read.</source>
        <translation>サービス %1 の状態を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start the service %1, which is %2 now.</source>
        <translation>サービス %1 (現在の状態: %2) を開始します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service %1 is already %2.</source>
        <translation>サービス %1 は既に %2 です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 is disabled, so it cannot be started. As administrator run &quot;sc config %1 start= auto&quot;, then run this fix again.</source>
        <translation>サービス %1 は無効になっているため、開始できません。管理者として &quot;sc config %1 start= auto&quot; を実行してから、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting the service %1</source>
        <translation>サービス %1 の開始</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be read: %2</source>
        <translation>サービス %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The service %1 was already running.</source>
        <translation>サービス %1 は既に実行されていました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The service %1 could not be started: %2</source>
        <translation>サービス %1 を開始できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is %2.</source>
        <translation>サービス %1 は %2 です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 was started but is %2 now; look at the System event log for the reason.</source>
        <translation>サービス %1 は開始されましたが、現在は %2 です。原因についてはシステム イベント ログを確認してください。</translation>
    </message>
</context>
<context>
    <name>StartTimeServiceFix</name>
    <message>
        <location filename="../checks/catalog/time/StartTimeServiceFix.cpp" line="+12"/>
        <source>Start Windows Time</source>
        <translation>Windows Time を開始</translation>
    </message>
</context>
<context>
    <name>TempCleanupFix</name>
    <message>
        <location filename="../checks/catalog/temp/TempCleanupFix.cpp" line="+94"/>
        <source>Delete only files last changed more than</source>
        <translation>最終変更日時が次より古いファイルのみを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h ago</source>
        <comment>the unit symbol of hours</comment>
        <translation> 時間前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 h: every .tmp file, whatever its age</source>
        <translation>0 時間: 経過時間に関係なく、すべての .tmp ファイル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the .tmp files</source>
        <translation>.tmp ファイルを削除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Part of the planned .tmp files may be deleted and the rest still there; nothing else was touched. The audit log lists every file deleted. Run the check again.</source>
        <translation>予定していた .tmp ファイルの一部が削除され、残りはまだ残っている可能性があります。それ以外には何も変更されていません。削除されたすべてのファイルは監査ログに記載されています。チェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted files cannot be restored. They are leftovers of installers and programs that did not clean up after themselves.</source>
        <translation>削除したファイルは復元できません。これらは、インストーラーやプログラムが後片付けをせずに残したファイルです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The temp folder could not be found.</source>
        <translation>Temp フォルダーが見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+18"/>
        <source>deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The temp folder %1 could not be read.</source>
        <translation>Temp フォルダー %1 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>... and %1 more .tmp files</source>
        <translation>...ほか %1 個の .tmp ファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 read-only files, %2 folders or links named *.tmp</source>
        <translation>読み取り専用ファイル %1 個、*.tmp という名前のフォルダーまたはリンク %2 個</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>left alone</source>
        <translation>そのまま</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1 .tmp files not older than %2 hours</source>
        <translation>%2 時間以内の .tmp ファイル %1 個</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete %1 .tmp files (%2) older than %3 hours directly inside %4; %5 younger .tmp files are left alone. Folders, links, read-only files, files that are in use and files written after this preview are left alone too.</source>
        <translation>%4 の直下にある、%3 時間より古い .tmp ファイル %1 個 (%2) を削除します。それより新しい .tmp ファイル %5 個はそのまま残します。フォルダー、リンク、読み取り専用ファイル、使用中のファイル、このプレビューの後に書き込まれたファイルもそのまま残します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete %1 .tmp files (%2) directly inside %3. Folders, links, read-only files, files that are in use and files written after this preview are left alone.</source>
        <translation>%3 の直下にある .tmp ファイル %1 個 (%2) を削除します。フォルダー、リンク、読み取り専用ファイル、使用中のファイル、このプレビューの後に書き込まれたファイルはそのまま残します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There are no .tmp files older than %1 hours to delete.</source>
        <translation>削除対象となる %1 時間より古い .tmp ファイルはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no .tmp files to delete.</source>
        <translation>削除対象の .tmp ファイルはありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deleting files in %1 needs administrator rights. Use &quot;Restart as administrator&quot; first, then run this fix again.</source>
        <translation>%1 内のファイルを削除するには管理者権限が必要です。まず [管理者として再起動] を使用してから、この修正をもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Even with administrator rights this program may not change %1 (%2). Ask the customer&apos;s IT team to check the folder&apos;s permissions.</source>
        <translation>管理者権限があっても、このプログラムは %1 を変更できない可能性があります (%2)。フォルダーのアクセス許可を確認するよう、お客様の IT チームに依頼してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The temp folder changed since the preview; nothing was deleted. Preview the fix again.</source>
        <translation>プレビューの後に Temp フォルダーが変更されました。何も削除されていません。もう一度修正をプレビューしてください。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+3"/>
        <source>%1 of %2 files handled</source>
        <translation>%2 個中 %1 個のファイルを処理済み</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deleted %1 files, then the folder could not be read any more: %2</source>
        <translation>%1 個のファイルを削除した後、フォルダーを読み取れなくなりました: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled after deleting %1 of %2 .tmp files.</source>
        <translation>%2 個中 %1 個の .tmp ファイルを削除した後にキャンセルされました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There were no .tmp files left to delete.</source>
        <translation>削除する .tmp ファイルは残っていませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 .tmp files (%2 freed); %3 were left alone (%4 in use, %5 denied or failed).</source>
        <translation>.tmp ファイルを %1 個削除しました (%2 を解放)。%3 個はそのまま残しました (使用中 %4 個、アクセス拒否または失敗 %5 個)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 .tmp files that were not in the preview were left alone.</source>
        <translation>プレビューに含まれていなかった .tmp ファイル %1 個はそのまま残しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 .tmp files not older than %2 hours were not part of the plan.</source>
        <translation>%2 時間以内の .tmp ファイル %1 個は計画の対象外でした。</translation>
    </message>
</context>
<context>
    <name>TempTmpCountCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempTmpCountCheck.cpp" line="+17"/>
        <source>.tmp files in the Windows temp folder</source>
        <translation>Windows の Temp フォルダー内の .tmp ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows can create at most 65,535 temp file names per folder; when C:\Windows\Temp is full of .tmp files the agent&apos;s setup and registration fail.</source>
        <translation>Windows で作成できる一時ファイル名はフォルダーごとに最大 65,535 個です。C:\Windows\Temp が .tmp ファイルでいっぱいになると、エージェントのセットアップと登録が失敗します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The temp folder could not be found, so the .tmp files could not be counted.</source>
        <translation>Temp フォルダーが見つからなかったため、.tmp ファイルを数えることができませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 entries read</source>
        <translation>%1 個のエントリを読み取りました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Counting was cancelled.</source>
        <translation>カウントはキャンセルされました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temp folder %1 could not be read, so the .tmp files could not be counted.</source>
        <translation>Temp フォルダー %1 を読み取れなかったため、.tmp ファイルを数えることができませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Restart the troubleshooter as administrator and run this check again.</source>
        <translation>トラブルシューティング ツールを管理者として再起動し、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The temp folder %1 holds %2 .tmp files, so Windows can no longer create temp files for the agent: delete them before installing or registering.</source>
        <translation>Temp フォルダー %1 には .tmp ファイルが %2 個あるため、Windows はエージェント用の一時ファイルを作成できなくなっています。インストールまたは登録の前に削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, close to the 65,535 limit at which the agent&apos;s setup and registration fail: delete them.</source>
        <translation>Temp フォルダー %1 には .tmp ファイルが %2 個あり、エージェントのセットアップと登録が失敗する上限の 65,535 個に近づいています。削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temp folder %1 holds %2 .tmp files, well below the limit that breaks setup and registration.</source>
        <translation>Temp フォルダー %1 には .tmp ファイルが %2 個あり、セットアップと登録が失敗する上限を十分に下回っています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The wizard&apos;s &quot;Delete the .tmp files&quot; removes them (you see exactly what goes first); or delete %1\*.tmp by hand as administrator.</source>
        <translation>ウィザードの [.tmp ファイルを削除] で削除できます (削除される内容を事前に正確に確認できます)。または、管理者として %1\*.tmp を手動で削除してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>.tmp files</source>
        <translation>.tmp ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of .tmp files</source>
        <translation>.tmp ファイルのサイズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only .tmp files</source>
        <translation>読み取り専用の .tmp ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folders or links named *.tmp</source>
        <translation>*.tmp という名前のフォルダーまたはリンク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All entries in the folder</source>
        <translation>フォルダー内のすべてのエントリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning from %1, failure from %2</source>
        <translation>%1 個以上で警告、%2 個以上で不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GetTempFileName uses only the low 16 bits of its unique number, so one folder and prefix allow at most 65,535 names; past that, creating a temp file fails. Counted regular files matching *.tmp directly inside the folder.</source>
        <translation>GetTempFileName は一意の番号の下位 16 ビットしか使用しないため、1 つのフォルダーとプレフィックスで使用できる名前は最大 65,535 個です。それを超えると、一時ファイルの作成に失敗します。フォルダー直下にある *.tmp に一致する通常のファイルを数えました。</translation>
    </message>
</context>
<context>
    <name>TempWritableCheck</name>
    <message>
        <location filename="../checks/catalog/temp/TempWritableCheck.cpp" line="+25"/>
        <source>Windows temp folder can be written</source>
        <translation>Windows の Temp フォルダーへの書き込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent downloads files to C:\Windows\Temp while it installs and registers; when it cannot write there, registration fails.</source>
        <translation>エージェントはインストールと登録の間に C:\Windows\Temp にファイルをダウンロードします。そこに書き込めないと、登録が失敗します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Windows temp folder could not be found, so it could not be checked.</source>
        <translation>Windows の Temp フォルダーが見つからなかったため、チェックできませんでした。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not find out whether files can be created in the Windows temp folder %1.</source>
        <translation>Windows の Temp フォルダー %1 にファイルを作成できるかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The Windows temp folder %1 does not exist, so the agent cannot download its files there.</source>
        <translation>Windows の Temp フォルダー %1 が存在しないため、エージェントはそこにファイルをダウンロードできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to create %1 again with its default permissions (SYSTEM and Administrators: full control), then restart Windows.</source>
        <translation>既定のアクセス許可 (SYSTEM と Administrators: フル コントロール) で %1 を作成し直すよう IT チームに依頼してから、Windows を再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Even as administrator, no file can be created in the Windows temp folder %1, so the agent cannot download its files there.</source>
        <translation>管理者であっても Windows の Temp フォルダー %1 にファイルを作成できないため、エージェントはそこにファイルをダウンロードできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the IT team to repair the folder&apos;s permissions: SYSTEM and Administrators need full control, for example as administrator: icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F (icacls &quot;%1&quot; shows the current ones).</source>
        <translation>フォルダーのアクセス許可を修復するよう IT チームに依頼してください。SYSTEM と Administrators にはフル コントロールが必要です。たとえば、管理者として icacls &quot;%1&quot; /grant *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F を実行します (現在のアクセス許可は icacls &quot;%1&quot; で表示されます)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ask the IT team to repair the folder&apos;s permissions (ls -ld &quot;%1&quot; shows them).</source>
        <translation>フォルダーのアクセス許可を修復するよう IT チームに依頼してください (アクセス許可は ls -ld &quot;%1&quot; で表示されます)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The troubleshooter cannot create files in the Windows temp folder %1 without administrator rights, so it cannot tell whether the agent can.</source>
        <translation>トラブルシューティング ツールは管理者権限がないと Windows の Temp フォルダー %1 にファイルを作成できないため、エージェントが作成できるかどうかを判断できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the troubleshooter again as administrator (the wizard&apos;s &quot;Restart as administrator&quot;) and run this check again.</source>
        <translation>トラブルシューティング ツールを管理者としてもう一度起動し (ウィザードの [管理者として再起動])、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with an account in the local Administrators group and run this check again.</source>
        <translation>ローカルの Administrators グループに属するアカウントでサインインし、このチェックをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files can be created in the Windows temp folder %1, so the agent can download its files there.</source>
        <translation>Windows の Temp フォルダー %1 にファイルを作成できるため、エージェントはそこにファイルをダウンロードできます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Can create files</source>
        <translation>ファイルを作成できる</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown: %1</source>
        <translation>不明: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>canModifyFolder with this process&apos;s rights; the agent runs as SYSTEM, for which an administrator&apos;s full token stands in.</source>
        <translation>このプロセスの権限での canModifyFolder。エージェントは SYSTEM として実行されるため、管理者の完全なトークンでその代わりとしています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space</source>
        <translation>空き領域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume size</source>
        <translation>ボリューム サイズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files can be created in the Windows temp folder %1, but its drive has only %2 free, too little for the agent&apos;s downloads.</source>
        <translation>Windows の Temp フォルダー %1 にはファイルを作成できますが、そのドライブの空き領域は %2 しかなく、エージェントのダウンロードには不足しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free at least %1 on the drive of %2 (Disk Cleanup, or move data to another drive).</source>
        <translation>%2 のドライブに少なくとも %1 の空き領域を確保してください (ディスク クリーンアップを実行するか、データを別のドライブに移動します)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space could not be read: %1</source>
        <translation>空き領域を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compressed or encrypted</source>
        <translation>圧縮または暗号化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>neither</source>
        <translation>どちらでもない</translation>
    </message>
</context>
<context>
    <name>TimeZoneSanityCheck</name>
    <message>
        <location filename="../checks/catalog/time/TimeZoneSanityCheck.cpp" line="+53"/>
        <location line="+49"/>
        <source>Time zone</source>
        <translation>タイム ゾーン</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>With the wrong time zone the clock can look right while its UTC time is hours off, and registration then fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>タイム ゾーンが正しくないと、時計の表示は正しく見えても UTC 時刻が数時間ずれていることがあり、その場合、登録は「Invalid vault credentials provided」で失敗します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The time zone could not be read.</source>
        <translation>タイム ゾーンを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The time zone is %1 (%2), which is not used in %3, the country or region this server is set to.</source>
        <translation>タイム ゾーンは %1 (%2) ですが、これはこのサーバーに設定されている国または地域 (%3) では使用されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the customer where the server is. If the zone is wrong, set it as administrator with tzutil /s &quot;&lt;zone&gt;&quot;, then run the checks again. Changing the zone moves the local time, not the clock&apos;s UTC time.</source>
        <translation>サーバーの所在地をお客様に確認してください。タイム ゾーンが正しくない場合は、管理者として tzutil /s &quot;&lt;zone&gt;&quot; で設定してから、チェックを再実行してください。タイム ゾーンを変更すると現地時刻が変わりますが、時計の UTC 時刻は変わりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zones used in %1: %2.</source>
        <translation>%1 で使用されているタイム ゾーン: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time zone is %1 (%2). Confirm with the customer that this is where the server is.</source>
        <translation>タイム ゾーンは %1 (%2) です。これがサーバーの所在地と一致していることをお客様に確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time zone is UTC, a common choice for servers.</source>
        <translation>タイム ゾーンは UTC です。サーバーでは一般的な設定です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone is %1 (%2), used in %3, the country or region this server is set to.</source>
        <translation>タイム ゾーンは %1 (%2) で、このサーバーに設定されている国または地域 (%3) で使用されています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Offset from UTC now</source>
        <translation>UTC からの現在のオフセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>現地時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC time (this server&apos;s clock)</source>
        <translation>UTC 時刻 (このサーバーの時計)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country or region setting</source>
        <translation>国または地域の設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether a zone is used in a country comes from the Unicode CLDR zone table. The clock itself is compared with Azure&apos;s by the clock check.</source>
        <translation>タイム ゾーンがその国で使用されているかどうかは、Unicode CLDR のタイム ゾーン テーブルに基づいています。時計そのものは、時計のチェックで Azure の時刻と比較されます。</translation>
    </message>
</context>
<context>
    <name>TlsInterceptionCheck</name>
    <message>
        <location filename="../checks/catalog/tls/TlsInterceptionCheck.cpp" line="+28"/>
        <source>Certificates of the connection to Azure</source>
        <translation>Azure への接続の証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in to Azure with a certificate over TLS. A device that opens and re-signs the connection (TLS inspection), or a certificate this server does not trust, breaks it.</source>
        <translation>登録では、TLS 経由で証明書を使用して Azure にサインインします。接続を開いて再署名するデバイス (TLS 検査) や、このサーバーが信頼していない証明書があると、登録は失敗します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The certificates of the connections to Azure could not be read.</source>
        <translation>Azure への接続の証明書を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an unnamed certificate authority</source>
        <translation>名前のない証明機関</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root of %1 %2</source>
        <translation>%1 のルート (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate %1 shows for %2 has expired, so the connection is refused.</source>
        <translation>%1 が提示した証明書 (%2) は有効期限が切れているため、接続は拒否されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate %1 shows is not for that name (it is for another host), so the connection is refused.</source>
        <translation>%1 が提示した証明書はその名前用ではない (別のホスト用である) ため、接続は拒否されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate %1 shows %2 is issued by &apos;%3&apos;, which this server does not trust, so the connection is refused.</source>
        <translation>%1 が提示した証明書 (%2) は、このサーバーが信頼していない &apos;%3&apos; によって発行されているため、接続は拒否されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 %2 is inspected by &apos;%3&apos;: its certificate chain ends in that authority, not in one of the roots Azure uses.</source>
        <translation>%1 への接続 (%2) は &apos;%3&apos; によって検査されています。証明書チェーンが Azure の使用するルートのいずれでもなく、この証明機関で終わっています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at (see the connection check).</source>
        <translation>Azure への HTTPS 接続がいずれも TLS の段階まで到達しなかったため、確認できる証明書がありません (接続のチェックを参照してください)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connections to Azure carry Azure&apos;s own certificates: nothing in between opens them.</source>
        <translation>Azure への接続には Azure 自身の証明書が使用されています。途中で接続を開いているものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to exempt the Azure addresses (*.microsoftonline.com, *.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, *.queue.core.windows.net) from TLS inspection, or to make this server trust the inspecting authority (in LocalMachine\Root) if inspection must stay.</source>
        <translation>Azure のアドレス (*.microsoftonline.com、*.windows.net、*.backup.windowsazure.com、*.blob.core.windows.net、*.queue.core.windows.net) を TLS 検査の対象から除外するか、検査を続ける必要がある場合は、検査を行っている証明機関をこのサーバーが (LocalMachine\Root で) 信頼するように設定することを、ネットワーク チームに依頼してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The roots Azure&apos;s TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA 2017, Microsoft ECC Root CA 2017.</source>
        <translation>Azure の TLS エンドポイントのチェーン先となるルート (SHA-1): DigiCert Global Root G2、DigiCert Global Root CA、Baltimore CyberTrust Root、D-TRUST Root Class 3 CA 2 2009、Microsoft RSA Root CA 2017、Microsoft ECC Root CA 2017。</translation>
    </message>
</context>
<context>
    <name>VaultAgentCompatCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultAgentCompatCheck.cpp" line="+16"/>
        <source>Vault credentials file: agent version</source>
        <translation>コンテナー資格情報ファイル: エージェントのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vault credentials files downloaded today carry a field that agents older than 2.0.9249.0 cannot read, so they call a good file invalid.</source>
        <translation>現在ダウンロードされるコンテナー資格情報ファイルには、2.0.9249.0 より前のエージェントが読み取れないフィールドが含まれているため、そのようなエージェントは正常なファイルを無効と判断します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The agent is not installed yet; the newest agent reads every vault credentials file.</source>
        <translation>エージェントはまだインストールされていません。最新のエージェントはすべてのコンテナー資格情報ファイルを読み取ることができます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not find out whether the agent is installed.</source>
        <translation>エージェントがインストールされているかどうかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent&apos;s version could not be read, so it is not known whether it reads this file.</source>
        <translation>インストールされているエージェントのバージョンを読み取れなかったため、このファイルを読み取れるかどうかは不明です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a version number.</source>
        <translation>「%1」はバージョン番号ではありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The installed agent %1 is older than %2 and cannot read current vault credentials files: it would call this file invalid (ID: 34513).</source>
        <translation>インストールされているエージェント %1 は %2 より古いため、現在のコンテナー資格情報ファイルを読み取れず、このファイルを無効と判断します (ID: 34513)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download the latest agent from %1 and run it on this server: it upgrades in place and keeps its settings. Then register with this file.</source>
        <translation>最新のエージェントを %1 からダウンロードし、このサーバーで実行してください。設定を維持したままインプレース アップグレードされます。その後、このファイルで登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The installed agent %1 reads current vault credentials files (%2 or later needed).</source>
        <translation>インストールされているエージェント %1 は、現在のコンテナー資格情報ファイルを読み取ることができます (%2 以降が必要)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum: %1 (%2).</source>
        <translation>最小バージョン: %1 (%2)。</translation>
    </message>
</context>
<context>
    <name>VaultCertValidityCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultCertValidityCheck.cpp" line="+22"/>
        <source>Vault credentials file: certificate</source>
        <translation>コンテナー資格情報ファイル: 証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration signs in with the certificate inside the file. It must carry its private key and be used before it expires (a short time after the download), or the agent says the file is invalid or has expired.</source>
        <translation>登録では、ファイル内の証明書を使用してサインインします。この証明書には秘密キーが含まれている必要があり、有効期限 (ダウンロードから短時間) が切れる前に使用する必要があります。そうでない場合、エージェントはファイルが無効または期限切れであると表示します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download a new vault credentials file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials) and register with it right away.</source>
        <translation>Azure portal で新しいコンテナー資格情報ファイルをダウンロードし (コンテナー &gt; [プロパティ] &gt; [バックアップ資格情報])、すぐにそのファイルで登録してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds only the public part of its certificate, without the private key registration signs in with: it was made by hand (a known PowerShell mistake) and the agent calls it expired or invalid.</source>
        <translation>このファイルには証明書の公開部分しか含まれておらず、登録時のサインインに使う秘密キーがありません。手作業で作成されたファイルであり (PowerShell でよくある誤り)、エージェントは期限切れまたは無効と判断します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If it comes from a script, write the certificate&apos;s PFX export (with its private key) into ManagementCert, not its RawData.</source>
        <translation>スクリプトで作成している場合は、ManagementCert に証明書の RawData ではなく、証明書の PFX エクスポート (秘密キーを含む) を書き込んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file&apos;s certificate (ManagementCert) is neither a certificate nor a PFX: the file is damaged.</source>
        <translation>ファイルの証明書 (ManagementCert) は証明書でも PFX でもありません。ファイルが破損しています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate is protected by a password; the agent opens it with an empty one, so it cannot use it.</source>
        <translation>ファイルの証明書はパスワードで保護されています。エージェントは空のパスワードで開こうとするため、この証明書を使用できません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file&apos;s certificate could not be opened: %1</source>
        <translation>ファイルの証明書を開けませんでした: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no certificate</source>
        <translation>証明書が含まれていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate comes without its private key, so registration cannot sign in with it.</source>
        <translation>ファイルの証明書に秘密キーが含まれていないため、登録時にこの証明書でサインインできません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate subject</source>
        <translation>証明書のサブジェクト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbprint (SHA-1)</source>
        <translation>拇印 (SHA-1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key included</source>
        <translation>秘密キーを含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate&apos;s dates could not be compared with the time: no clock could be read.</source>
        <translation>時計を読み取れなかったため、証明書の日付を現在時刻と比較できませんでした。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file&apos;s certificate expired on %1 (by %2), so the agent says &quot;Vault credentials file provided has expired&quot;.</source>
        <translation>ファイルの証明書は %1 に有効期限が切れているため (%2 による)、エージェントは「Vault credentials file provided has expired」と表示します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the file is fresh, this server&apos;s clock is wrong: correct it first (see the clock check).</source>
        <translation>ファイルが新しい場合は、このサーバーの時計が正しくありません。まず時計を修正してください (時計のチェックを参照)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s certificate is valid only from %1, which is still %2 minute(s) ahead by %3: this server&apos;s clock is behind.</source>
        <translation>ファイルの証明書は %1 以降でのみ有効ですが、%3 によるとそれはまだ %2 分先です。このサーバーの時計が遅れています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Correct this server&apos;s clock (see the clock check), then register with the same file.</source>
        <translation>このサーバーの時計を修正してから (時計のチェックを参照)、同じファイルで登録してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file&apos;s certificate expires at %1, in %2 minute(s): register now, or download a new file if there may be a retry.</source>
        <translation>ファイルの証明書は %1 (%2 分後) に有効期限が切れます。今すぐ登録するか、再試行する可能性がある場合は新しいファイルをダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file&apos;s certificate carries its private key and is valid until %1 (%2 hour(s) left).</source>
        <translation>ファイルの証明書には秘密キーが含まれており、%1 まで有効です (残り %2 時間)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compared with</source>
        <translation>比較対象</translation>
    </message>
</context>
<context>
    <name>VaultFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileCheck.cpp" line="+10"/>
        <source>The vault credentials file could not be read.</source>
        <translation>コンテナー資格情報ファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No vault credentials file was chosen: choose it on the first page (or with --vault-credentials) to have it checked before registering.</source>
        <translation>コンテナー資格情報ファイルが選択されていません。登録前にチェックするには、最初のページで (または --vault-credentials で) ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The vault credentials file could not be read as one (see &quot;Vault credentials file&quot;), so this does not apply.</source>
        <translation>コンテナー資格情報ファイルとして読み取れなかったため (「コンテナー資格情報ファイル」を参照)、このチェックは該当しません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vault</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenant (Entra ID)</source>
        <translation>テナント (Entra ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entra ID authority</source>
        <translation>Entra ID 機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup service address</source>
        <translation>バックアップ サービスのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File format version</source>
        <translation>ファイル形式のバージョン</translation>
    </message>
</context>
<context>
    <name>VaultFileLocationCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileLocationCheck.cpp" line="+16"/>
        <source>Vault credentials file: name and place</source>
        <translation>コンテナー資格情報ファイル: 名前と場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent reads the vault credentials file only from this server&apos;s own disks and only under its original .VaultCredentials name; otherwise registration fails with &quot;Invalid vault credentials provided&quot; (ID: 34513) or &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>エージェントがコンテナー資格情報ファイルを読み取るのは、このサーバー自身のディスク上にあり、元の .VaultCredentials の名前のままの場合に限られます。そうでない場合、登録は「Invalid vault credentials provided」(ID: 34513) または「Unable to read the vault credentials file provided」(ID: 34528) で失敗します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Download a new file in the Azure portal (the vault &gt; Properties &gt; Backup Credentials &gt; Download) and choose it here without renaming it.</source>
        <translation>Azure portal で新しいファイルをダウンロードし (コンテナー &gt; [プロパティ] &gt; [バックアップ資格情報] &gt; [ダウンロード])、名前を変更せずにここで選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The vault credentials file cannot be read: %1</source>
        <translation>コンテナー資格情報ファイルを読み取れません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the path and that your account may read the file; or download it again. The agent would say &quot;Unable to read the vault credentials file provided&quot; (ID: 34528).</source>
        <translation>パスと、お使いのアカウントにファイルの読み取りが許可されていることを確認するか、ファイルをもう一度ダウンロードしてください。エージェントでは「Unable to read the vault credentials file provided」(ID: 34528) と表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is called &quot;%1&quot;, but the agent only accepts files ending in .VaultCredentials (a renamed file is refused as invalid).</source>
        <translation>ファイル名は「%1」ですが、エージェントは .VaultCredentials で終わるファイルのみを受け付けます (名前を変更したファイルは無効として拒否されます)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the file back its .VaultCredentials ending if it was renamed (a browser sometimes adds .xml or .txt), or: %1</source>
        <translation>名前が変更されている場合は、ファイル名の末尾を .VaultCredentials に戻してください (ブラウザーによって .xml や .txt が付加されることがあります)。または: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The file is on a network location (%1); the agent needs it on this server&apos;s own disk.</source>
        <translation>ファイルはネットワーク上の場所 (%1) にあります。エージェントでは、このサーバー自身のディスク上にある必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file to a folder on this server (for example your Downloads folder), keep its name, and choose the copy.</source>
        <translation>ファイルをこのサーバー上のフォルダー (たとえば、ダウンロード フォルダー) に名前を変えずにコピーし、そのコピーを選択してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The vault credentials file is on this server&apos;s disk under its original kind of name.</source>
        <translation>コンテナー資格情報ファイルは、元の形式の名前でこのサーバーのディスク上にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolves to</source>
        <translation>解決先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start-OBRegistration also needs the file&apos;s absolute path (relative paths are refused).</source>
        <translation>Start-OBRegistration にはファイルの絶対パスも必要です (相対パスは拒否されます)。</translation>
    </message>
</context>
<context>
    <name>VaultFileParseCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultFileParseCheck.cpp" line="+13"/>
        <source>Vault credentials file: contents</source>
        <translation>コンテナー資格情報ファイル: 内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file tells the agent which vault, subscription and tenant to register with. A damaged, edited or wrong kind of file gives &quot;Invalid vault credentials provided. The file is either corrupted…&quot; (ID: 34513).</source>
        <translation>このファイルは、登録先のコンテナー、サブスクリプション、テナントをエージェントに伝えます。破損したファイル、編集されたファイル、または種類の異なるファイルでは「Invalid vault credentials provided. The file is either corrupted…」(ID: 34513) となります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file could not be read at all (see &quot;Vault credentials file: name and place&quot;), so its contents were not checked.</source>
        <translation>ファイルをまったく読み取れなかったため (「コンテナー資格情報ファイル: 名前と場所」を参照)、内容はチェックされていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download a new vault credentials file in the Azure portal (the Recovery Services vault &gt; Properties &gt; Backup Credentials &gt; Download, from the primary region) and choose it without opening or editing it.</source>
        <translation>Azure portal で新しいコンテナー資格情報ファイルをダウンロードし (Recovery Services コンテナー &gt; [プロパティ] &gt; [バックアップ資格情報] &gt; [ダウンロード]、プライマリ リージョンから)、開いたり編集したりせずに選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is a Backup vault credentials file for the vault &quot;%1&quot; (resource group %2, region %3).</source>
        <translation>このファイルは、コンテナー「%1」(リソース グループ %2、リージョン %3) のバックアップ用コンテナー資格情報ファイルです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not named</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant restrictions on a proxy must allow the tenant %1 for registration to sign in.</source>
        <translation>登録時にサインインできるように、プロキシのテナント制限でテナント %1 を許可する必要があります。</translation>
    </message>
</context>
<context>
    <name>VaultNewerFileCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultNewerFileCheck.cpp" line="+18"/>
        <source>Vault credentials file: the newest one</source>
        <translation>コンテナー資格情報ファイル: 最新のファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each download of vault credentials makes the earlier files of that vault invalid, so registering with an older copy fails as &quot;Invalid vault credentials provided&quot; (ID: 34513).</source>
        <translation>コンテナー資格情報をダウンロードするたびに、そのコンテナーの以前のファイルは無効になります。そのため、古いコピーで登録すると「Invalid vault credentials provided」(ID: 34513) で失敗します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file&apos;s certificate could not be read, so it cannot be told which file is newer (see &quot;Vault credentials file: certificate&quot;).</source>
        <translation>ファイルの証明書を読み取れなかったため、どのファイルが新しいかを判断できません (「コンテナー資格情報ファイル: 証明書」を参照)。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A newer file for the vault &quot;%1&quot; is at %2 (made %3): only the newest download is valid, so the chosen file will be refused.</source>
        <translation>コンテナー「%1」の新しいファイルが %2 にあります (作成日時 %3)。有効なのは最新のダウンロードのみのため、選択したファイルは拒否されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the newer file (Browse…), or download a fresh one and use it right away.</source>
        <translation>新しいほうのファイルを選択する ([参照…]) か、新しいファイルをダウンロードしてすぐに使用してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer file</source>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No other vault credentials file lies beside the chosen one or in Downloads.</source>
        <translation>選択したファイルと同じ場所にも、ダウンロード フォルダーにも、ほかのコンテナー資格情報ファイルはありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The chosen file is the newest of %n vault credentials file(s) looked at for this vault and its neighbours.</source>
        <translation>
            <numerusform>選択したファイルは、このコンテナーについて確認したコンテナー資格情報ファイル %n 個 (同じ場所にあるものを含む) の中で最新です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders looked in</source>
        <translation>確認したフォルダー</translation>
    </message>
</context>
<context>
    <name>VaultRegisteredVaultCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultRegisteredVaultCheck.cpp" line="+15"/>
        <source>Vault credentials file: same vault as the server&apos;s</source>
        <translation>コンテナー資格情報ファイル: サーバーと同じコンテナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A server registered to one vault refuses a file from another: &quot;The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server&quot; (ID: 100110).</source>
        <translation>あるコンテナーに登録されているサーバーは、別のコンテナーのファイルを拒否します: 「The specified vault credential file cannot be used as it is not downloaded from the vault associated with this server」(ID: 100110)。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This server is not registered to a vault yet, so the file for &quot;%1&quot; can be used.</source>
        <translation>このサーバーはまだどのコンテナーにも登録されていないため、「%1」のファイルを使用できます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vault this server is registered to could not be read.</source>
        <translation>このサーバーが登録されているコンテナーを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is for &quot;%1&quot;, the vault this server is already registered to.</source>
        <translation>このファイルは、このサーバーが既に登録されているコンテナー「%1」のものです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server is registered to the vault &quot;%1&quot;, but the file is for &quot;%2&quot;: the agent will refuse it (ID: 100110).</source>
        <translation>このサーバーはコンテナー「%1」に登録されていますが、ファイルは「%2」のものです。エージェントはこのファイルを拒否します (ID: 100110)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Either download the vault credentials of &quot;%1&quot; and use that file, or move the server deliberately: delete it from &quot;%1&quot; in the Azure portal (Backup Infrastructure &gt; Protected Servers), uninstall the agent, install it again and register with the file for &quot;%2&quot; (backups in &quot;%1&quot; are not moved).</source>
        <translation>「%1」のコンテナー資格情報をダウンロードしてそのファイルを使用するか、意図的にサーバーを移動してください。移動するには、Azure portal で「%1」からサーバーを削除し ([バックアップ インフラストラクチャ] &gt; [保護されたサーバー])、エージェントをアンインストールして再インストールしてから、「%2」のファイルで登録します (「%1」内のバックアップは移動されません)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registered to (ServiceResourceName)</source>
        <translation>登録先 (ServiceResourceName)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault of the file</source>
        <translation>ファイルのコンテナー</translation>
    </message>
</context>
<context>
    <name>VaultTenantRestrictionsCheck</name>
    <message>
        <location filename="../checks/catalog/vault/VaultTenantRestrictionsCheck.cpp" line="+14"/>
        <source>Vault credentials file: tenant restrictions</source>
        <translation>コンテナー資格情報ファイル: テナント制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy that enforces tenant restrictions lets Entra ID sign-in reach only the tenants it allows; the vault&apos;s tenant must be one of them, or registration cannot sign in.</source>
        <translation>テナント制限を適用するプロキシは、Entra ID のサインインを許可されたテナントにのみ通します。コンテナーのテナントがその中に含まれていないと、登録時にサインインできません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The network survey did not run, so tenant restrictions could not be looked for; the tenant a tenant-restrictions proxy must allow is %1.</source>
        <translation>ネットワーク調査が実行されなかったため、テナント制限を確認できませんでした。テナント制限プロキシで許可する必要があるテナントは %1 です。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entra ID answered %1 %2 with a tenant-restrictions refusal: the proxy must allow the vault&apos;s tenant %3 or registration cannot sign in.</source>
        <translation>Entra ID が %1 %2 に対してテナント制限による拒否を返しました。プロキシでコンテナーのテナント %3 を許可しないと、登録時にサインインできません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask the network team to add the tenant id %1 to the tenant-restrictions allow list (the proxy&apos;s Restrict-Access-To-Tenants header, or the Entra tenant restrictions v2 policy), then run the checks again.</source>
        <translation>テナント ID %1 をテナント制限の許可リスト (プロキシの Restrict-Access-To-Tenants ヘッダー、または Entra のテナント制限 v2 ポリシー) に追加するようネットワーク チームに依頼してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tenant restrictions block Entra ID sign-in for tenant %1 (%2). Allow this tenant id.</source>
        <translation>テナント制限により、テナント %1 (%2) の Entra ID サインインがブロックされています。このテナント ID を許可してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No tenant-restrictions refusal was seen from Entra ID; if a proxy enforces tenant restrictions, it must allow the vault&apos;s tenant %1.</source>
        <translation>Entra ID からテナント制限による拒否は確認されませんでした。プロキシでテナント制限を適用している場合は、コンテナーのテナント %1 を許可する必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tenant to allow (AadTenantId)</source>
        <translation>許可するテナント (AadTenantId)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entra ID authority</source>
        <translation>Entra ID 機関</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognising a tenant-restrictions page (AADSTS500021, AADSTS500022, AADSTS5000211) is a heuristic on the first 4 KB of each Entra ID answer.</source>
        <translation>テナント制限ページ (AADSTS500021、AADSTS500022、AADSTS5000211) の認識は、各 Entra ID 応答の先頭 4 KB に基づくヒューリスティックです。</translation>
    </message>
</context>
<context>
    <name>VcRedistMmcCheck</name>
    <message>
        <location filename="../checks/catalog/install/VcRedistMmcCheck.cpp" line="+55"/>
        <source>MMC, DISM and Visual C++ runtimes</source>
        <translation>MMC、DISM、Visual C++ ランタイム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s console is an MMC snap-in; its setup needs DISM and, on Windows Server 2008 R2, the Visual C++ 2008 runtime; and the support matrix lists the latest Visual C++ 2015-2022 runtime (x64) as a prerequisite.</source>
        <translation>エージェントのコンソールは MMC スナップインです。そのセットアップには DISM が必要で、Windows Server 2008 R2 では Visual C++ 2008 ランタイムも必要です。また、サポート マトリックスでは最新の Visual C++ 2015-2022 ランタイム (x64) が前提条件として記載されています。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Windows system folder could not be found, so MMC and DISM could not be checked.</source>
        <translation>Windows のシステム フォルダーが見つからなかったため、MMC と DISM をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore the Windows system files: run &quot;sfc /scannow&quot; in a command prompt as administrator and restart, or repair Windows from its installation media.</source>
        <translation>Windows のシステム ファイルを復元してください。管理者としてコマンド プロンプトで &quot;sfc /scannow&quot; を実行して再起動するか、インストール メディアから Windows を修復してください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The version of %1 (&quot;%2&quot;) could not be understood.</source>
        <translation>%1 のバージョン (&quot;%2&quot;) を解釈できませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Management Console is version %1, older than the MMC 3.0 the agent&apos;s console needs.</source>
        <translation>Microsoft 管理コンソールのバージョンは %1 で、エージェントのコンソールに必要な MMC 3.0 より古いバージョンです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install Microsoft Management Console 3.0 (included in every supported Windows) through Windows Update.</source>
        <translation>Windows Update を使用して Microsoft 管理コンソール 3.0 (サポートされているすべての Windows に含まれています) をインストールしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The Microsoft Management Console (mmc.exe) is missing, and the agent&apos;s console needs MMC 3.0.</source>
        <translation>Microsoft 管理コンソール (mmc.exe) が見つかりません。エージェントのコンソールには MMC 3.0 が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+8"/>
        <location line="+48"/>
        <location line="+66"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The version of %1 could not be read: %2</source>
        <translation>%1 のバージョンを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mmc.exe version</source>
        <translation>mmc.exe のバージョン</translation>
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
        <translation>あり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s setup needs it on this Windows version.</source>
        <translation>%1 に DISM.exe がありません。この Windows バージョンでは、エージェントのセットアップに DISM.exe が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DISM.exe is missing from %1, and the agent&apos;s support matrix lists it as a prerequisite.</source>
        <translation>%1 に DISM.exe がありません。エージェントのサポート マトリックスでは、DISM.exe が前提条件として記載されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be checked: %2</source>
        <translation>%1 をチェックできませんでした: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+38"/>
        <location line="+10"/>
        <source>Visual C++ 2008 runtime (x64)</source>
        <translation>Visual C++ 2008 ランタイム (x64)</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The Windows folder could not be found, so the Visual C++ 2008 runtime could not be checked: %1</source>
        <translation>Windows フォルダーが見つからなかったため、Visual C++ 2008 ランタイムをチェックできませんでした: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check was cancelled while reading %1.</source>
        <translation>%1 の読み取り中にチェックがキャンセルされました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the &quot;Microsoft Visual C++ 2008 Redistributable Package (x64)&quot; (runtime 9.0.21022.8) from the Microsoft Download Center, then run the agent&apos;s setup again. A newer Visual C++ runtime does not fix this (KB2934202: %1).</source>
        <translation>Microsoft ダウンロード センターから「Microsoft Visual C++ 2008 Redistributable Package (x64)」(ランタイム 9.0.21022.8) をインストールしてから、エージェントのセットアップをもう一度実行してください。新しい Visual C++ ランタイムでは解決しません (KB2934202: %1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+84"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The Microsoft Visual C++ 2008 Redistributable (x64) is missing, so the agent&apos;s setup fails with &quot;Unable to execute the embedded application&quot;.</source>
        <translation>Microsoft Visual C++ 2008 Redistributable (x64) がないため、エージェントのセットアップが「Unable to execute the embedded application」で失敗します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be listed: %2</source>
        <translation>%1 を一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>MMC 3.0, DISM, the Visual C++ 2008 runtime (x64) and the Visual C++ 2015-2022 runtime (x64) that the agent needs are all installed.</source>
        <translation>エージェントに必要な MMC 3.0、DISM、Visual C++ 2008 ランタイム (x64)、Visual C++ 2015-2022 ランタイム (x64) はすべてインストールされています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMC 3.0, DISM and the Visual C++ 2015-2022 runtime (x64), which the agent needs, are installed.</source>
        <translation>エージェントに必要な MMC 3.0、DISM、Visual C++ 2015-2022 ランタイム (x64) はインストールされています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s smaller prerequisites (MMC, DISM, Visual C++ runtimes) could not all be checked.</source>
        <translation>エージェントの小規模な前提条件 (MMC、DISM、Visual C++ ランタイム) の一部をチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked %1 (file version 6.x or later is MMC 3.0), %2, on Windows 7 / Server 2008 R2 a %3\WinSxS folder starting with %4 (the VC++ 2008 x64 runtime, KB2934202), and HKLM\%5 Installed and Version in the 64-bit and the 32-bit registry view (the VC++ 2015-2022 x64 runtime the support matrix of 11/2025 lists).</source>
        <translation>%1 (ファイル バージョン 6.x 以降が MMC 3.0)、%2、Windows 7 / Server 2008 R2 では %4 で始まる %3\WinSxS フォルダー (VC++ 2008 x64 ランタイム、KB2934202)、および 64 ビットと 32 ビットのレジストリ ビューの HKLM\%5 の Installed と Version (2025 年 11 月のサポート マトリックスに記載されている VC++ 2015-2022 x64 ランタイム) をチェックしました。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 registry view: %2</source>
        <translation>%1 レジストリ ビュー: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Visual C++ 2015-2022 runtime (x64)</source>
        <translation>Visual C++ 2015-2022 ランタイム (x64)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Visual C++ 2015-2022 runtime (x64) could not be checked: %1</source>
        <translation>Visual C++ 2015-2022 ランタイム (x64) をチェックできませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>installed (version not recorded)</source>
        <translation>インストール済み (バージョンの記録なし)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest supported Microsoft Visual C++ Redistributable (x64) from %1, then run the agent&apos;s setup again.</source>
        <translation>%1 から最新のサポートされている Microsoft Visual C++ 再頒布可能パッケージ (x64) をインストールしてから、エージェントのセットアップをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest package installs only on Windows 10 and 11 and Windows Server 2016 and later; on this Windows version, install the Visual Studio 2022 version of the Visual C++ Redistributable (x64), which my.visualstudio.com offers.</source>
        <translation>最新のパッケージは Windows 10、Windows 11、および Windows Server 2016 以降にのみインストールできます。この Windows バージョンでは、my.visualstudio.com で提供されている Visual Studio 2022 バージョンの Visual C++ 再頒布可能パッケージ (x64) をインストールしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Microsoft Visual C++ 2015-2022 Redistributable (x64) is not installed, and the support matrix lists it as a prerequisite of the agent.</source>
        <translation>Microsoft Visual C++ 2015-2022 再頒布可能パッケージ (x64) がインストールされていません。サポート マトリックスでは、エージェントの前提条件として記載されています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the Visual C++ 2015 Redistributable (x64) %1 is installed, whose support ended in October 2025; the support matrix asks for the latest supported one.</source>
        <translation>Visual C++ 2015 再頒布可能パッケージ (x64) %1 しかインストールされておらず、そのサポートは 2025 年 10 月に終了しています。サポート マトリックスでは、サポートされている最新のものが求められています。</translation>
    </message>
</context>
<context>
    <name>W32TimeServiceCheck</name>
    <message>
        <location filename="../checks/catalog/time/W32TimeServiceCheck.cpp" line="+38"/>
        <source>Windows Time service</source>
        <translation>Windows Time サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Time keeps the clock in step with a time source; without it the clock drifts until registration fails with &quot;Invalid vault credentials provided&quot;.</source>
        <translation>Windows Time サービスは、時計をタイム ソースと同期させます。このサービスがないと時計がずれていき、やがて登録が「Invalid vault credentials provided」で失敗します。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The state of the Windows Time service could not be read.</source>
        <translation>Windows Time サービスの状態を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the domain hierarchy (a domain controller)</source>
        <translation>ドメイン階層 (ドメイン コントローラー)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTP servers (none listed)</source>
        <translation>NTP サーバー (指定なし)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the NTP servers %1</source>
        <translation>NTP サーバー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the domain hierarchy or the NTP servers %1</source>
        <translation>ドメイン階層または NTP サーバー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its default source</source>
        <translation>既定のソース</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service (W32Time) is not installed, so nothing keeps this server&apos;s clock right.</source>
        <translation>Windows Time サービス (W32Time) がインストールされていないため、このサーバーの時計を正確に保つものがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As administrator run w32tm /register and net start w32time.</source>
        <translation>管理者として w32tm /register と net start w32time を実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows Time service is disabled, so nothing keeps this server&apos;s clock right.</source>
        <translation>Windows Time サービスが無効になっているため、このサーバーの時計を正確に保つものがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the customer&apos;s administrator why it was disabled; to turn it on, as administrator run sc config w32time start= auto and net start w32time.</source>
        <translation>無効にされた理由をお客様の管理者に確認してください。有効にするには、管理者として sc config w32time start= auto と net start w32time を実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Windows Time service is stopped although it is set to start automatically.</source>
        <translation>Windows Time サービスは自動的に開始するように設定されていますが、停止しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it (the wizard&apos;s fix, or net start w32time as administrator).</source>
        <translation>サービスを開始してください (ウィザードの修正を使用するか、管理者として net start w32time を実行します)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Windows Time is set not to synchronise with any source (Type = NoSync).</source>
        <translation>Windows Time は、どのソースとも同期しないように設定されています (Type = NoSync)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On a domain member, as administrator run w32tm /config /syncfromflags:domhier /update; otherwise w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update.</source>
        <translation>ドメイン メンバーの場合は、管理者として w32tm /config /syncfromflags:domhier /update を実行してください。それ以外の場合は、w32tm /config /manualpeerlist:time.windows.com /syncfromflags:manual /update を実行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Windows Time service is running and takes the time from %1.</source>
        <translation>Windows Time サービスは実行中で、%1 から時刻を取得しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Windows Time service is %1; Windows starts it when needed, and it takes the time from %2.</source>
        <translation>Windows Time サービスの状態は %1 です。Windows は必要に応じてこのサービスを開始し、%2 から時刻を取得します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Then, as administrator, run w32tm /resync and run the checks again.</source>
        <translation>その後、管理者として w32tm /resync を実行し、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service state</source>
        <translation>サービスの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start type</source>
        <translation>スタートアップの種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synchronises with (Parameters\Type)</source>
        <translation>同期元 (Parameters\Type)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set (default)</source>
        <translation>未設定 (既定)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NTP servers (Parameters\NtpServer)</source>
        <translation>NTP サーバー (Parameters\NtpServer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the last synchronisation worked is not read here (w32tm /query /status shows it); the clock check compares the clock with Azure&apos;s.</source>
        <translation>前回の同期が成功したかどうかは、ここでは読み取っていません (w32tm /query /status で確認できます)。時計のチェックで、時計を Azure の時刻と比較します。</translation>
    </message>
</context>
<context>
    <name>WindowsInstallerReadyCheck</name>
    <message>
        <location filename="../checks/catalog/install/WindowsInstallerReadyCheck.cpp" line="+60"/>
        <source>Windows Installer ready</source>
        <translation>Windows インストーラーの準備</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent is installed and updated by Windows Installer: when its service is disabled, another installation is running, or the agent&apos;s cached installer package is gone, setup fails (errors 1618 and 1612) before it changes anything.</source>
        <translation>エージェントは Windows インストーラーによってインストールおよび更新されます。Windows インストーラーのサービスが無効になっている場合、別のインストールが実行中の場合、またはエージェントのキャッシュされたインストーラー パッケージが失われている場合、セットアップは何も変更する前に失敗します (エラー 1618 および 1612)。</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Windows Installer service</source>
        <translation>Windows Installer サービス</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Installer service (%1) is missing, so the agent&apos;s setup cannot run.</source>
        <translation>Windows Installer サービス (%1) が見つからないため、エージェントのセットアップを実行できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows itself is damaged here: run &quot;sfc /scannow&quot; as administrator, restart the server, and run this troubleshooter again.</source>
        <translation>このサーバーの Windows 自体が破損しています。管理者として &quot;sfc /scannow&quot; を実行し、サーバーを再起動してから、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The state of the Windows Installer service (%1) could not be read: %2</source>
        <translation>Windows Installer サービス (%1) の状態を読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Windows Installer service (%1) is disabled, so the agent&apos;s setup cannot install or update anything.</source>
        <translation>Windows Installer サービス (%1) が無効になっているため、エージェントのセットアップでは何もインストールまたは更新できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As administrator run: sc config %1 start= demand (its usual start type, &quot;Manual&quot;), then run the agent&apos;s setup again. If a policy disabled it, ask the server&apos;s administrators first.</source>
        <translation>管理者として sc config %1 start= demand (通常のスタートアップの種類である「手動」) を実行してから、エージェントのセットアップをもう一度実行してください。ポリシーによって無効にされている場合は、先にサーバーの管理者に確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+2"/>
        <source>Another installation in progress</source>
        <translation>別のインストールが進行中</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>yes (HKLM\%1 exists)</source>
        <translation>はい (HKLM\%1 が存在します)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another installation is running on this server, or one was interrupted, so the agent&apos;s setup would stop with error 1618.</source>
        <translation>このサーバーで別のインストールが実行中であるか、中断されたインストールがあるため、エージェントのセットアップはエラー 1618 で停止します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Let the other installation finish (Windows Update, software deployment), or restart the server if none is running, then run this troubleshooter again before installing the agent.</source>
        <translation>別のインストール (Windows Update、ソフトウェアの展開) が完了するのを待つか、実行中のものがない場合はサーバーを再起動してください。その後、エージェントをインストールする前に、このトラブルシューティング ツールをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether another installation is running could not be read: %1</source>
        <translation>別のインストールが実行中かどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Whether the agent is installed could not be read: %1</source>
        <translation>エージェントがインストールされているかどうかを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+8"/>
        <location line="+5"/>
        <source>Agent&apos;s cached installer package</source>
        <translation>エージェントのキャッシュされたインストーラー パッケージ</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>not needed (agent not installed)</source>
        <translation>不要 (エージェントは未インストール)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of products Windows Installer knows could not be read: %1</source>
        <translation>Windows インストーラーが認識している製品の一覧を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check was cancelled.</source>
        <translation>チェックがキャンセルされました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none recorded (product %1)</source>
        <translation>記録なし (製品 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer has no cached installer package recorded for the agent, so an update may fail with error 1612.</source>
        <translation>Windows インストーラーには、エージェントのキャッシュされたインストーラー パッケージが記録されていないため、更新がエラー 1612 で失敗する可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the agent&apos;s update fails, follow KB4020490 (%1).</source>
        <translation>エージェントの更新が失敗した場合は、KB4020490 (%1) の手順に従ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where the agent&apos;s cached installer package is could not be read: %1</source>
        <translation>エージェントのキャッシュされたインストーラー パッケージの場所を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (missing)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent&apos;s cached installer package %1 is missing, so updating the agent would fail with error 1612.</source>
        <translation>エージェントのキャッシュされたインストーラー パッケージ %1 が見つからないため、エージェントの更新はエラー 1612 で失敗します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow KB4020490 (%1) before updating: start the agent installer from %2 and leave its wizard open; in C:\Windows\Temp\OBInstaller0Curr.errlog find the newest &quot;Directory Path for SetupLaunchScreen&quot; and copy OBSAGENT.msi from that folder&apos;s Installers subfolder to C:\Windows\Installer as %3; close the wizard and run the installer again.</source>
        <translation>更新する前に KB4020490 (%1) の手順に従ってください。%2 からエージェントのインストーラーを起動し、ウィザードを開いたままにします。C:\Windows\Temp\OBInstaller0Curr.errlog で最新の &quot;Directory Path for SetupLaunchScreen&quot; を探し、そのフォルダーの Installers サブフォルダーにある OBSAGENT.msi を C:\Windows\Installer に %3 としてコピーします。ウィザードを閉じてから、インストーラーをもう一度実行します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (not readable)</source>
        <translation>%1 (読み取り不可)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the agent&apos;s cached installer package %1 exists could not be read: %2</source>
        <translation>エージェントのキャッシュされたインストーラー パッケージ %1 が存在するかどうかを読み取れませんでした: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (present)</source>
        <translation>%1 (あり)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not checked (no Windows Installer product named &quot;%1&quot;)</source>
        <translation>未チェック (「%1」という名前の Windows インストーラー製品はありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Installer lists no product named &quot;%1&quot;, so the agent&apos;s cached installer package was not checked.</source>
        <translation>Windows インストーラーには「%1」という名前の製品が登録されていないため、エージェントのキャッシュされたインストーラー パッケージはチェックされませんでした。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Installer is ready: its service is not disabled, no other installation is running, and the agent&apos;s cached installer package is in place (or not needed).</source>
        <translation>Windows インストーラーの準備ができています。サービスは無効になっておらず、ほかのインストールは実行されておらず、エージェントのキャッシュされたインストーラー パッケージも存在します (または不要です)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer is ready: its service is not disabled and no other installation is running. %1</source>
        <translation>Windows インストーラーの準備ができています。サービスは無効になっておらず、ほかのインストールは実行されていません。%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows Installer could not be checked completely.</source>
        <translation>Windows インストーラーを完全にはチェックできませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read: the start type of the service %1; whether HKLM\%2 exists (it exists while an installation runs or after one was interrupted; a second installation then fails with error 1618); for an installed agent, the LocalPackage value of the product named &quot;%3&quot; under HKLM\%4\&lt;product&gt;\InstallProperties and whether that file exists (KB4020490: a missing cached OBSAGENT.msi makes the update fail with error 1612).</source>
        <translation>読み取った項目: サービス %1 のスタートアップの種類、HKLM\%2 が存在するかどうか (インストールの実行中またはインストールが中断された後に存在し、その間に 2 つ目のインストールを行うとエラー 1618 で失敗します)、インストール済みのエージェントについては HKLM\%4\&lt;product&gt;\InstallProperties の下にある「%3」という名前の製品の LocalPackage 値と、そのファイルが存在するかどうか (KB4020490: キャッシュされた OBSAGENT.msi がないと、更新がエラー 1612 で失敗します)。</translation>
    </message>
</context>
<context>
    <name>WindowsOnlyCheck</name>
    <message>
        <location filename="../checks/catalog/common/WindowsOnlyCheck.cpp" line="+13"/>
        <source>The Windows version could not be read, so this check could not run.</source>
        <translation>Windows のバージョンを読み取れなかったため、このチェックを実行できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer does not run Windows, and the agent runs only on Windows, so this check does not apply.</source>
        <translation>このコンピューターでは Windows が実行されておらず、エージェントは Windows でのみ動作するため、このチェックは該当しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
</context>
<context>
    <name>WindowsPathRules</name>
    <message>
        <location filename="../checks/catalog/common/WindowsPathRules.cpp" line="+31"/>
        <source>Install the agent into a folder of its own (the installer&apos;s /p: switch).</source>
        <translation>エージェントは専用のフォルダーにインストールしてください (インストーラーの /p: スイッチ)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is the root of a drive, which Windows keeps hidden and system on purpose.</source>
        <translation>%1 はドライブのルートです。Windows はこれを意図的に隠しフォルダーおよびシステム フォルダーとして扱っています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>%1 is one of Windows&apos; own folders; this fix never changes it.</source>
        <translation>%1 は Windows 自体のフォルダーの 1 つです。この修正では変更しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a user profile folder (or the folder holding the profiles); this fix never changes it.</source>
        <translation>%1 はユーザー プロファイル フォルダー (またはプロファイルを格納しているフォルダー) です。この修正では変更しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a folder on a local drive: %2</source>
        <translation>「%1」はローカル ドライブ上のフォルダーではありません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not on a fixed local drive (it is on a %2 drive); the agent&apos;s cache must be on a fixed drive.</source>
        <translation>%1 は固定ローカル ドライブ上にありません (%2 ドライブ上にあります)。エージェントのキャッシュは固定ドライブ上にある必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be the agent&apos;s cache folder: %2</source>
        <translation>%1 はエージェントのキャッシュ フォルダーにできません: %2</translation>
    </message>
</context>
<context>
    <name>mars::AppOptions</name>
    <message>
        <location filename="../app/AppOptions.cpp" line="+155"/>
        <source>Run in the console, print the results and exit.</source>
        <translation>コンソールで実行し、結果を出力して終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which checks to run with --cli: install, register or all (default).</source>
        <translation>--cli で実行するチェック: install、register、または all (既定)。</translation>
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
        <translation>&lt;file&gt; に記述されたマシンをシミュレートします (トレーニングおよびデモ モード)。表示されるすべての内容に SIMULATED のラベルが付きます。</translation>
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
        <translation>チェックするエージェントのインストール フォルダー。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .VaultCredentials file to register with.</source>
        <translation>登録に使用する .VaultCredentials ファイル。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The error the customer saw: an ID such as 34513, a code such as 0x1FC07, or the message&apos;s text. The checks that can explain it run first and the summary says which of them does.</source>
        <translation>お客様に表示されたエラー: 34513 などの ID、0x1FC07 などのコード、またはメッセージのテキスト。そのエラーを説明できるチェックが最初に実行され、概要にはどのチェックが該当するかが示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure cloud: public (default), usgov or china.</source>
        <translation>Azure クラウド: public (既定)、usgov、または china。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cloud</source>
        <translation>cloud</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the technician wants to do: install (default), register or reregister.</source>
        <translation>技術者が行いたいこと: install (既定)、register、または reregister。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>goal</source>
        <translation>goal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The language of the texts and human reports: en, de, fr, es, ja or zh_CN (default: the system&apos;s; the wizard starts in the language its menu chose last).</source>
        <translation>テキストと人が読むレポートの言語: en、de、fr、es、ja、zh_CN (既定: システムの言語。ウィザードは、そのメニューで最後に選択された言語で起動します)。</translation>
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
        <translation>--temp-dir は --scenario と組み合わせることはできません。シナリオ ファイルにシミュレートされたマシンの Temp フォルダーが記述されているためです。どちらか一方を省略してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--install-dir needs a folder name: leave the option out to use the one the agent&apos;s registry entry names.</source>
        <translation>--install-dir にはフォルダー名が必要です。エージェントのレジストリ エントリに記載されているフォルダーを使用する場合は、このオプションを省略してください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Finds out why the Microsoft Azure Recovery Services (MARS) backup agent will not install or register on this machine, and fixes what can be fixed safely.

Without options it opens the wizard. With --cli it runs the checks in the console and prints a table.
Exit codes: 0 all passed, 1 warnings, 2 failures (or a check could not run), 3 usage error (also a path option that names nothing usable: every path is checked before the run), 4 internal error. A --json report that cannot be written after the run is reported on stderr and keeps the run&apos;s code.</source>
        <translation>このマシンで Microsoft Azure Recovery Services (MARS) バックアップ エージェントをインストールまたは登録できない原因を調べ、安全に修正できるものを修正します。

オプションを指定しない場合はウィザードが開きます。--cli を指定すると、コンソールでチェックを実行して表を出力します。
終了コード: 0 すべて合格、1 警告あり、2 不合格あり (またはチェックを実行できなかった)、3 使用法のエラー (使用できるものを指定していないパス オプションも含みます。すべてのパスは実行前にチェックされます)、4 内部エラー。実行後に --json レポートを書き込めなかった場合は stderr に報告され、終了コードは実行時のコードのままです。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>With --cli: write the report as JSON (every value, for second-line support) to &lt;file&gt;.</source>
        <translation>--cli と共に使用: レポートを JSON (2 次サポート用にすべての値を含む) で &lt;file&gt; に書き込みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write the report as one HTML file that opens in any browser and prints.</source>
        <translation>--cli と共に使用: 任意のブラウザーで開いて印刷できる 1 つの HTML ファイルとしてレポートを書き込みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a ticket summary in Markdown to &lt;file&gt;.</source>
        <translation>--cli と共に使用: Markdown 形式のチケットの概要を &lt;file&gt; に書き込みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With --cli: write a report to &lt;file&gt;, in the format its name ends with: .html (one file that opens in any browser and prints), .md (a ticket summary in Markdown), .txt (the table), else JSON. May be given more than once.</source>
        <translation>--cli と共に使用: 名前の末尾に応じた形式でレポートを &lt;file&gt; に書き込みます: .html (任意のブラウザーで開いて印刷できる 1 つのファイル)、.md (Markdown 形式のチケットの概要)、.txt (表)、それ以外は JSON。複数回指定できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>With --cli: after the run, write a support bundle to &lt;file&gt; (a zip): the report as HTML, JSON and Markdown, this tool&apos;s log and fix journal, and the end of the agent&apos;s own logs, with secrets removed; manifest.txt inside lists every file and what is missing.</source>
        <translation>--cli と共に使用: 実行後にサポート バンドルを &lt;file&gt; (zip) に書き込みます。内容は HTML、JSON、Markdown 形式のレポート、このツールのログと修正ジャーナル、およびエージェント自身のログの末尾で、シークレットは削除されます。内部の manifest.txt に、すべてのファイルと欠落しているものが一覧表示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder the temp-folder check and its cleanup work on (default: %SystemRoot%\Temp on Windows, the system temp folder on Linux). Never a drive root or a system folder; not with --scenario, whose file describes the temp folder.</source>
        <translation>Temp フォルダーのチェックとそのクリーンアップの対象となるフォルダー (既定: Windows では %SystemRoot%\Temp、Linux ではシステムの Temp フォルダー)。ドライブのルートやシステム フォルダーは指定できません。--scenario とは併用できません (シナリオ ファイルに Temp フォルダーが記述されているため)。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Where the logs (logs/mars-troubleshooter.log, the session&apos;s story; logs/mars-audit.log, what fixes changed) and the fix journal (fix-journal.jsonl) are written. Fixes run only when the journal can be written there (default: %1).</source>
        <translation>ログ (logs/mars-troubleshooter.log: セッションの経過、logs/mars-audit.log: 修正による変更内容) と修正ジャーナル (fix-journal.jsonl) の書き込み先。修正は、そこにジャーナルを書き込める場合にのみ実行されます (既定: %1)。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Also write the log to the console (stderr).</source>
        <translation>ログをコンソール (stderr) にも書き込みます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lab: probe the endpoints listed in &lt;file&gt; (JSON, docs/endpoints.md) instead of the cloud&apos;s list.</source>
        <translation>ラボ用: クラウドの一覧の代わりに、&lt;file&gt; (JSON、docs/endpoints.md) に記載されたエンドポイントを調べます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also trust the CA certificates in &lt;file&gt; (PEM) for this run&apos;s connections; nothing is installed.</source>
        <translation>ラボ用: この実行の接続では、&lt;file&gt; (PEM) 内の CA 証明書も信頼します。何もインストールされません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab: also probe through this proxy, http://host:port (credentials in the address are ignored).</source>
        <translation>ラボ用: このプロキシ (http://host:port) 経由でも調べます (アドレス内の資格情報は無視されます)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the wizard in presenter mode, for a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids masked on screen (the reports keep them).</source>
        <translation>画面共有用にプレゼンター モードでウィザードを開始します: 文字を大きくし、お客様のユーザー名、マシン名、メール アドレス、ID を画面上でマスクします (レポートには残ります)。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--phase must be install, register or all, not &quot;%1&quot;.</source>
        <translation>--phase には install、register、または all を指定する必要があります (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--cloud must be public, usgov or china, not &quot;%1&quot;.</source>
        <translation>--cloud には public、usgov、または china を指定する必要があります (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--goal must be install, register or reregister, not &quot;%1&quot;.</source>
        <translation>--goal には install、register、または reregister を指定する必要があります (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--language must be a language code such as de or en, not &quot;%1&quot;.</source>
        <translation>--language には de や en などの言語コードを指定する必要があります (&quot;%1&quot; は指定できません)。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--error is longer than %1 characters: give the error&apos;s ID or the first line of its message.</source>
        <translation>--error が %1 文字を超えています。エラーの ID またはメッセージの 1 行目を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--%1 needs a value.</source>
        <translation>--%1 には値が必要です。</translation>
    </message>
</context>
<context>
    <name>mars::CheckCatalog</name>
    <message>
        <location filename="../checks/engine/CheckCatalog.cpp" line="+69"/>
        <source>This catalog does not say where the agent keeps its logs.</source>
        <translation>このカタログには、エージェントがログを保存する場所が記載されていません。</translation>
    </message>
</context>
<context>
    <name>mars::CheckDetailPanel</name>
    <message>
        <location filename="../wizard_pages/CheckDetailPanel.cpp" line="+54"/>
        <source>Select a check in the list to see what it found and what to do about it.</source>
        <translation>一覧でチェックを選択すると、検出結果と対処方法が表示されます。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the network team</source>
        <translation>ネットワーク チーム向け</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the network team</source>
        <translation>ネットワーク チーム向けにコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the failing addresses, their routes and the allow-list, to paste into a mail or ticket.</source>
        <translation>失敗したアドレス、そのルート、および許可リストをコピーします。メールやチケットに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Technical detail (for support)</source>
        <translation>技術的な詳細 (サポート用)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fact</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check is running. Its result will appear here.</source>
        <translation>このチェックは実行中です。結果はここに表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check has not run yet. %1</source>
        <translation>このチェックはまだ実行されていません。%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&lt;a href=&quot;%1&quot;&gt;Microsoft documentation for this check&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;このチェックに関する Microsoft のドキュメント&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Shows exactly what would change before anything is changed.</source>
        <translation>変更を行う前に、何が変更されるかを正確に表示します。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Puts back what this fix changed at %1. Shows exactly what would change first.</source>
        <translation>この修正が %1 に行った変更を元に戻します。最初に、何が変更されるかを正確に表示します。</translation>
    </message>
</context>
<context>
    <name>mars::CheckEnvironment</name>
    <message>
        <location filename="../checks/engine/CheckEnvironment.cpp" line="+26"/>
        <location filename="../checks/engine/PathQuery.cpp" line="+16"/>
        <source>No machine to ask.</source>
        <translation>問い合わせ先のマシンがありません。</translation>
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
        <translation>%1 — 実行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — not run yet</source>
        <translation>%1 — 未実行</translation>
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
        <translation>%1: %2。%3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to run.</source>
        <translation>実行待ちです。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1 of %2 done…</source>
        <translation>%1 / %2 完了…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 done…</source>
        <translation>%1 完了…</translation>
    </message>
</context>
<context>
    <name>mars::CheckRunner</name>
    <message>
        <location filename="../checks/engine/CheckRunner.cpp" line="+31"/>
        <source>This check could not run, so nothing is known about what it tests.</source>
        <translation>このチェックを実行できなかったため、テスト対象については何もわかっていません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The check stopped with an internal error: %1</source>
        <translation>内部エラーのため、チェックが停止しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check stopped with an unknown internal error.</source>
        <translation>不明な内部エラーのため、チェックが停止しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check finished without a verdict (a defect in the check).</source>
        <translation>チェックは判定なしで終了しました (チェックの不具合です)。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The whole phase reached its time limit of %1 s before this check finished.</source>
        <translation>このチェックが終了する前に、フェーズ全体が制限時間の %1 秒に達しました。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cancelled by the user before it finished.</source>
        <translation>完了前にユーザーによってキャンセルされました。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>It did not finish within its time limit of %1 s.</source>
        <translation>制限時間の %1 秒以内に終了しませんでした。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This check took too long, so its result is unknown.</source>
        <translation>このチェックに時間がかかりすぎたため、結果は不明です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run it again. If it keeps timing out, the machine is very slow or a system call is hanging; note it for second-line support.</source>
        <translation>もう一度実行してください。タイムアウトが続く場合は、マシンの動作が非常に遅いか、システム コールが応答していません。2 次サポートのために記録しておいてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This check was cancelled, so its result is unknown.</source>
        <translation>このチェックはキャンセルされたため、結果は不明です。</translation>
    </message>
</context>
<context>
    <name>mars::ChecksPage</name>
    <message>
        <location filename="../wizard_pages/ChecksPage.cpp" line="+44"/>
        <source>Can the agent be installed?</source>
        <translation>エージェントをインストールできますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These checks only read this server. Select a check to see what it found and what to do.</source>
        <translation>これらのチェックは、このサーバーの情報を読み取るだけです。チェックを選択すると、検出結果と対処方法が表示されます。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Can this server be registered with the vault?</source>
        <translation>このサーバーをコンテナーに登録できますか?</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Every check of this page with its verdict. Select one to see what it found and what to do.</source>
        <translation>このページのすべてのチェックとその判定です。チェックを選択すると、検出結果と対処方法が表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems only</source>
        <translation>問題のみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the checks that passed or do not apply.</source>
        <translation>合格したチェックと該当しないチェックを非表示にします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-run selected</source>
        <translation>選択したチェックを再実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-run all</source>
        <translation>すべて再実行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs the selected check again.</source>
        <translation>選択したチェックを再実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs every check of this page again.</source>
        <translation>このページのすべてのチェックを再実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel checks</source>
        <translation>チェックをキャンセル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stops the checks that are still running. Their result stays unknown.</source>
        <translation>まだ実行中のチェックを停止します。その結果は不明のままになります。</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>The checks start when you open this page.</source>
        <translation>このページを開くと、チェックが開始されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no checks for this step. Click Next to continue.</source>
        <translation>この手順にはチェックがありません。[次へ] をクリックして続行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking… Next is available when the check has finished.</source>
        <translation>チェックしています… チェックが終了すると [次へ] を使用できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next is available when all %1 checks have finished — %2 still running.</source>
        <translation>%1 個のチェックがすべて終了すると [次へ] を使用できます。%2 個がまだ実行中です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for the checks to start…</source>
        <translation>チェックの開始を待っています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Finished: %1. Select a check marked Failed or Warning to see what to do.</source>
        <translation>終了しました: %1。[不合格] または [警告] のチェックを選択すると、対処方法が表示されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished: %1. Click Next to continue.</source>
        <translation>終了しました: %1。[次へ] をクリックして続行してください。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Fixes are off: this run keeps no fix journal.</source>
        <translation>修正はオフです: この実行では修正ジャーナルを保持しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixes are off: the fix journal, which records every change before it is made, cannot be written (%1). To use fixes, close the troubleshooter and start it again with --data-dir naming a folder you can write to.</source>
        <translation>修正はオフです: すべての変更を実行前に記録する修正ジャーナルを書き込めません (%1)。修正を使用するには、トラブルシューティング ツールを閉じ、書き込み可能なフォルダーを --data-dir で指定してもう一度起動してください。</translation>
    </message>
</context>
<context>
    <name>mars::Composition</name>
    <message>
        <location filename="../app/Composition.cpp" line="+68"/>
        <source>The data folder %1 is a file, not a folder: name another folder with --data-dir.</source>
        <translation>データ フォルダー %1 はフォルダーではなくファイルです。--data-dir で別のフォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the data folder %1 (the log and the fix journal go there): name a folder this account may write to with --data-dir.</source>
        <translation>データ フォルダー %1 (ログと修正ジャーナルの保存先) を作成できません。このアカウントが書き込み可能なフォルダーを --data-dir で指定してください。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The scenario file cannot be used: %1
Correct it (docs/scenario-schema.md) or leave --scenario out to check this machine.</source>
        <translation>シナリオ ファイルを使用できません: %1
ファイルを修正する (docs/scenario-schema.md) か、このマシンをチェックする場合は --scenario を省略してください。</translation>
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
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has an unknown field &quot;%1&quot;; the known fields are %2.</source>
        <translation>不明なフィールド &quot;%1&quot; があります。既知のフィールドは %2 です。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>has &quot;%1&quot;, which must be text.</source>
        <translation>&quot;%1&quot; がありますが、これはテキストである必要があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>has &quot;%1&quot;, which must be a list of texts.</source>
        <translation>&quot;%1&quot; がありますが、これはテキストのリストである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has &quot;%1&quot; item %2, which must be a text that is not empty.</source>
        <translation>&quot;%1&quot; の項目 %2 がありますが、これは空でないテキストである必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object such as {&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}.</source>
        <translation>{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;} のようなオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no id; every endpoint needs one, such as &quot;entra_login&quot;.</source>
        <translation>id がありません。すべてのエンドポイントには &quot;entra_login&quot; のような id が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has an id that is not snake_case: use lower-case letters, digits and _, starting with a letter, at most 64 characters.</source>
        <translation>id が snake_case ではありません。英小文字、数字、_ を使用し、英字で始まる 64 文字以内にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the id &quot;%1&quot;; every id may appear once.</source>
        <translation>id &quot;%1&quot; が重複しています。各 id は 1 回しか使用できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no url; give one such as &quot;https://host:443/path&quot;.</source>
        <translation>url がありません。&quot;https://host:443/path&quot; のような url を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has the url &quot;%1&quot;, which is not a valid address such as &quot;https://host:443/path&quot;.</source>
        <translation>url &quot;%1&quot; は、&quot;https://host:443/path&quot; のような有効なアドレスではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has the url &quot;%1&quot;; only http:// and https:// addresses can be probed.</source>
        <translation>url &quot;%1&quot; は調べることができません。調べることができるのは http:// と https:// のアドレスのみです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a user name or password in its url; endpoint files must not carry credentials.</source>
        <translation>url にユーザー名またはパスワードが含まれています。エンドポイント ファイルに資格情報を含めることはできません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has port 0 in its url; use a port from 1 to 65535.</source>
        <translation>url のポートが 0 です。1 から 65535 のポートを使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has no role; use one of entra, backup, storage, ncsi, other.</source>
        <translation>role がありません。entra、backup、storage、ncsi、other のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has the role &quot;%1&quot;, which is not known; use one of entra, backup, storage, ncsi, other.</source>
        <translation>role &quot;%1&quot; は不明です。entra、backup、storage、ncsi、other のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be an object with fqdns, ipRanges, serviceTags and ports.</source>
        <translation>fqdns、ipRanges、serviceTags、ports を持つオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>has the IP range &quot;%1&quot;, which is not an address range such as 20.190.128.0/18.</source>
        <translation>IP 範囲 &quot;%1&quot; は、20.190.128.0/18 のようなアドレス範囲ではありません。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1: the endpoint file does not exist.</source>
        <translation>%1: エンドポイント ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.</source>
        <translation>%1: エンドポイント ファイルが 1 MB を超えています。エンドポイントの一覧は数行の JSON です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint file was not read: %1</source>
        <translation>エンドポイント ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is empty; an endpoint list is JSON such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>ファイルが空です。エンドポイントの一覧は {&quot;endpoints&quot;: [...]} のような JSON です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON (at character %1: %2).</source>
        <translation>ファイルが有効な JSON ではありません (%1 文字目: %2)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level must be a JSON object such as {&quot;endpoints&quot;: [...]}.</source>
        <translation>最上位は {&quot;endpoints&quot;: [...]} のような JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be one of public, usgov, china.</source>
        <translation>public、usgov、china のいずれかである必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no &quot;endpoints&quot; list; give one such as &quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}].</source>
        <translation>ファイルに &quot;endpoints&quot; リストがありません。&quot;endpoints&quot;: [{&quot;id&quot;: &quot;entra_login&quot;, &quot;url&quot;: &quot;https://login.microsoftonline.com/&quot;, &quot;role&quot;: &quot;entra&quot;}] のように指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the endpoint list is empty; there would be nothing to probe.</source>
        <translation>エンドポイントの一覧が空です。調べる対象がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file lists %1 endpoints; at most %2 are probed.</source>
        <translation>ファイルには %1 個のエンドポイントが記載されていますが、調べるのは最大 %2 個です。</translation>
    </message>
</context>
<context>
    <name>mars::Fix</name>
    <message>
        <location filename="../checks/engine/Fix.cpp" line="+16"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Put back what &quot;%1&quot; changed at %2.</source>
        <translation>「%1」が %2 に行った変更を元に戻します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>This fix cannot be undone.</source>
        <translation>この修正は元に戻せません。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>This change was already undone.</source>
        <translation>この変更は既に元に戻されています。</translation>
    </message>
</context>
<context>
    <name>mars::FixDialog</name>
    <message>
        <location filename="../wizard_pages/FixDialog.cpp" line="+49"/>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Each change the fix makes, one to a row: what changes, its state now and after the fix.</source>
        <translation>修正によるそれぞれの変更を 1 行に 1 つずつ表示します: 変更される対象、現在の状態、修正後の状態。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the undo will change</source>
        <translation>元に戻す操作で変更される内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the fix will change</source>
        <translation>修正で変更される内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After the fix</source>
        <translation>修正後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After undo</source>
        <translation>元に戻した後</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This cannot be undone.</source>
        <translation>この操作は元に戻せません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo the change</source>
        <translation>変更を元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Puts back what the fix changed, as listed above.</source>
        <translation>上の一覧のとおり、修正で変更された内容を元に戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the changes listed above; then the check runs again.</source>
        <translation>上の一覧の変更を実行します。その後、チェックが再実行されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes this window, or stops a fix that is running. It changes nothing itself.</source>
        <translation>このウィンドウを閉じるか、実行中の修正を停止します。このボタン自体は何も変更しません。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Stop the fix</source>
        <translation>修正を停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+147"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Working out exactly what would change…</source>
        <translation>変更される内容を正確に確認しています…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Administrator rights: not needed.</source>
        <translation>管理者権限: 不要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed. Windows asks you to confirm; nothing is elevated silently.</source>
        <translation>管理者権限: 必要です。Windows から確認を求められます。通知なしに昇格されることはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator rights: needed, and this window does not have them. Restart the tool as administrator first; it never elevates by itself.</source>
        <translation>管理者権限: 必要ですが、このウィンドウには管理者権限がありません。先に管理者としてツールを再起動してください。ツールが自動的に昇格することはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator rights: needed, and this window has them.</source>
        <translation>管理者権限: 必要です。このウィンドウには管理者権限があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be undone: %1</source>
        <translation>元に戻せます: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change cannot be undone.</source>
        <translation>この変更は元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot be undone: %1</source>
        <translation>元に戻せません: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Items to change: %1 (%2 in total).</source>
        <translation>変更する項目: %1 (合計 %2)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items to change: %1.</source>
        <translation>変更する項目: %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The list shows the first %n item(s).</source>
        <translation>
            <numerusform>一覧には最初の %n 個の項目が表示されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The list shows each change on a row of its own: %n row(s).</source>
        <translation>
            <numerusform>一覧には変更が 1 行に 1 つずつ表示されています: %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 of %2 done</source>
        <translation>%1 / %2 完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done</source>
        <translation>%1 完了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check runs again now to confirm the result; its row in the list updates when it is done.</source>
        <translation>結果を確認するため、チェックが今から再実行されます。完了すると、一覧のその行が更新されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This window closes now so the copy running as administrator can take over.</source>
        <translation>管理者として実行されているコピーに処理を引き継ぐため、このウィンドウは今から閉じます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly done</source>
        <translation>一部完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to do</source>
        <translation>対処不要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before it finished</source>
        <translation>完了前に停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applied</source>
        <translation>未適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown result</source>
        <translation>結果不明</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stopping after the current item…</source>
        <translation>現在の項目が完了したら停止します…</translation>
    </message>
</context>
<context>
    <name>mars::FixJournal</name>
    <message>
        <location filename="../checks/engine/FixJournal.cpp" line="+40"/>
        <source>This run has no journal key.</source>
        <translation>この実行にはジャーナル キーがありません。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Nothing records how far it got: run its check again to see the machine as it is now.</source>
        <translation>どこまで進んだかは記録されていません。チェックを再実行して、マシンの現在の状態を確認してください。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Another copy of the troubleshooter is changing this machine right now. Wait until it has finished, then try again.</source>
        <translation>トラブルシューティング ツールの別のコピーが現在このマシンを変更しています。完了するまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lock file %1 cannot be written.</source>
        <translation>ロック ファイル %1 を書き込めません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The fix journal %1 is larger than %2 MB; only its newest %2 MB were read, so older fixes are not offered for undo (new fixes are still recorded).</source>
        <translation>修正ジャーナル %1 が %2 MB を超えています。最新の %2 MB のみを読み取ったため、それより古い修正は元に戻す対象として表示されません (新しい修正は引き続き記録されます)。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Interrupted: this fix started at %1 and never finished. It was to do this: %2</source>
        <translation>中断: この修正は %1 に開始され、完了しませんでした。実行しようとしていた内容: %2</translation>
    </message>
</context>
<context>
    <name>mars::FixOption</name>
    <message>
        <location filename="../checks/engine/FixOption.cpp" line="+45"/>
        <source>%1 (default: %2)</source>
        <translation>%1 (既定: %2)</translation>
    </message>
</context>
<context>
    <name>mars::FixOptionsForm</name>
    <message>
        <location filename="../wizard_pages/FixOptionsForm.cpp" line="+34"/>
        <source>A number from %1 to %2; the preview follows the value.</source>
        <translation>%1 から %2 までの数値です。プレビューは値に合わせて更新されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The preview follows what you type.</source>
        <translation>プレビューは入力内容に合わせて更新されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The preview follows the choice.</source>
        <translation>プレビューは選択内容に合わせて更新されます。</translation>
    </message>
</context>
<context>
    <name>mars::FixRunner</name>
    <message>
        <location filename="../checks/engine/FixRunner.cpp" line="+33"/>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The fix has not stopped yet. It keeps running in the background: when it ends, its result is written to the fix journal and its check runs again. You can close this window; no other fix can start until it has ended.</source>
        <translation>修正はまだ停止していません。バックグラウンドで実行を続けています。終了すると、結果が修正ジャーナルに書き込まれ、そのチェックが再実行されます。このウィンドウは閉じてもかまいません。この修正が終了するまで、ほかの修正は開始できません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>This change was made on a %1 machine; it cannot be undone here.</source>
        <translation>この変更は%1マシンで行われたため、ここでは元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>simulated</source>
        <translation>シミュレートされた</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>real</source>
        <translation>実際の</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not work out what this fix would change.</source>
        <translation>この修正で何が変更されるかを確認できませんでした。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This fix cannot be applied here.</source>
        <translation>この修正はここでは適用できません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another change to this machine is still being made. Wait until it has finished, then try again.</source>
        <translation>このマシンに対する別の変更がまだ実行中です。完了するまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This run keeps no fix journal.</source>
        <translation>この実行では修正ジャーナルを保持しません。</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+86"/>
        <source>Nothing was changed: %1</source>
        <translation>何も変更されませんでした: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: the fix journal, which records every change before it is made, cannot be written (%1). Start the troubleshooter with --data-dir naming a folder you can write to.</source>
        <translation>何も変更されませんでした: すべての変更を実行前に記録する修正ジャーナルを書き込めません (%1)。書き込み可能なフォルダーを --data-dir で指定して、トラブルシューティング ツールを起動してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The fix stopped with an internal error: %1</source>
        <translation>内部エラーのため、修正が停止しました: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Its result could not be added to the fix journal (%1): the journal shows it as started only.</source>
        <translation>結果を修正ジャーナルに追加できませんでした (%1)。ジャーナルには開始済みとしてのみ記録されています。</translation>
    </message>
</context>
<context>
    <name>mars::FixesOffered</name>
    <message>
        <location filename="../checks/report/FixesOffered.cpp" line="+27"/>
        <source>Fixes the wizard offers (each change is previewed before it is made):</source>
        <translation>ウィザードで提供される修正 (各変更は実行前にプレビューされます):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for &quot;%1&quot;</source>
        <translation>「%1」用</translation>
    </message>
</context>
<context>
    <name>mars::HtmlExporter</name>
    <message>
        <location filename="../checks/report/HtmlExporter.cpp" line="+76"/>
        <source>MARS agent troubleshooter report, session %1</source>
        <translation>MARS エージェント トラブルシューティング ツールのレポート、セッション %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MARS agent troubleshooter report</source>
        <translation>MARS エージェント トラブルシューティング ツールのレポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SIMULATED: a scenario file, not a real server.</source>
        <translation>シミュレーション: 実際のサーバーではなく、シナリオ ファイルです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started (UTC)</source>
        <translation>開始日時 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool version</source>
        <translation>ツールのバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lab inputs</source>
        <translation>ラボ用の入力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error the customer saw</source>
        <translation>お客様に表示されたエラー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs attention</source>
        <translation>要対応</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the network team:</source>
        <translation>ネットワーク チーム向け:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation:</source>
        <translation>ドキュメント:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the first run</source>
        <translation>初回の実行以降</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fixes in this session</source>
        <translation>このセッションでの修正</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Restart the server once: %n change(s) of this session take effect only after a restart.</source>
        <translation>
            <numerusform>サーバーを 1 回再起動してください。このセッションでの %n 件の変更は、再起動後に有効になります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session %1. Secrets are masked in this report. The JSON report of the same session has every value for second-line support.</source>
        <translation>セッション %1。このレポートではシークレットがマスクされています。同じセッションの JSON レポートには、2 次サポート用にすべての値が含まれています。</translation>
    </message>
</context>
<context>
    <name>mars::InputFiles</name>
    <message>
        <location filename="../checks/system/InputFile.cpp" line="+27"/>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
</context>
<context>
    <name>mars::InstallDirInput</name>
    <message>
        <location filename="../wizard_pages/InstallDirInput.cpp" line="+67"/>
        <source>leave the field empty</source>
        <translation>フィールドを空のままに</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave --install-dir out</source>
        <translation>--install-dir を省略</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a file, not a folder: type the agent&apos;s install folder, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 はフォルダーではなくファイルです。エージェントのインストール フォルダーを入力するか、エージェントのレジストリ エントリに記載されているフォルダーを使用する場合は%2してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a full path: type it with its drive, e.g. C:\Program Files\Microsoft Azure Recovery Services Agent, or %2.</source>
        <translation>%1 は完全パスではありません。C:\Program Files\Microsoft Azure Recovery Services Agent のようにドライブを含めて入力するか、%2してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Neither %1 nor any folder above it exists: check the drive letter, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>%1 も、その上位のフォルダーも存在しません。ドライブ文字を確認するか、エージェントのレジストリ エントリに記載されているフォルダーを使用する場合は%2してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not exist yet: the agent&apos;s setup creates it.</source>
        <translation>%1 はまだ存在しません。エージェントのセットアップによって作成されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The install folder you typed, %1, does not exist: correct it, or %2 to use the one the agent&apos;s registry entry names.</source>
        <translation>入力したインストール フォルダー %1 は存在しません。修正するか、エージェントのレジストリ エントリに記載されているフォルダーを使用する場合は%2してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not be read (%2): the checks will say more.</source>
        <translation>%1 を読み取れませんでした (%2)。詳しくはチェックの結果で示されます。</translation>
    </message>
</context>
<context>
    <name>mars::InterruptedFixesNotice</name>
    <message numerus="yes">
        <location filename="../wizard_pages/InterruptedFixesNotice.cpp" line="+76"/>
        <source>The fix journal lists %n earlier change(s) that this run will not undo:</source>
        <translation>
            <numerusform>修正ジャーナルには、この実行では元に戻さない以前の変更が %n 件記録されています:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change by an unknown fix</source>
        <translation>不明な修正による変更</translation>
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
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n fix(es) did not finish the last time the troubleshooter ran on this machine (it was closed by force, or the server stopped). Check this before anything else:</source>
        <translation>
            <numerusform>前回このマシンでトラブルシューティング ツールを実行したときに、%n 件の修正が完了しませんでした (ツールが強制終了されたか、サーバーが停止しました)。何よりも先に次の点を確認してください:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>• %1 (started %2): %3</source>
        <translation>• %1 (開始 %2): %3</translation>
    </message>
</context>
<context>
    <name>mars::JournalKeyStore</name>
    <message>
        <location filename="../checks/system/PosixJournalKeyStore.cpp" line="+47"/>
        <location line="+42"/>
        <source>The journal key folder %1 cannot be opened: %2.</source>
        <translation>ジャーナル キーのフォルダー %1 を開けません: %2。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>The journal key %1 cannot be read: %2.</source>
        <translation>ジャーナル キー %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="+145"/>
        <source>The journal key %1 is not a file of %2 bytes.</source>
        <translation>ジャーナル キー %1 は %2 バイトのファイルではありません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal key folder %1 cannot be created: %2.</source>
        <translation>ジャーナル キーのフォルダー %1 を作成できません: %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The journal key %1 cannot be created: %2.</source>
        <translation>ジャーナル キー %1 を作成できません: %2。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be examined: %2.</source>
        <translation>%1 を調べることができません: %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not belong to the administrator alone (owner %2, mode %3), so it is not used.</source>
        <translation>%1 は管理者だけのものではない (所有者 %2、モード %3) ため、使用しません。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsJournalKeyStore.cpp" line="-55"/>
        <location line="+10"/>
        <location line="+79"/>
        <source>%1 cannot be examined: %2</source>
        <translation>%1 を調べることができません: %2</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>%1 is a link or not what this tool creates there, so it is not used.</source>
        <translation>%1 はリンクであるか、このツールがそこに作成するものではないため、使用しません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not owned by the administrators, so it is not used.</source>
        <translation>%1 の所有者が Administrators ではないため、使用しません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+47"/>
        <source>The journal key folder %1 cannot be opened: %2</source>
        <translation>ジャーナル キーのフォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+7"/>
        <source>The journal key %1 cannot be read: %2</source>
        <translation>ジャーナル キー %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+30"/>
        <source>The rights for %1 cannot be prepared: %2</source>
        <translation>%1 の権限を準備できません: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The journal key folder %1 cannot be created: %2</source>
        <translation>ジャーナル キーのフォルダー %1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a link or not a folder, so no journal key is created there.</source>
        <translation>%1 はリンクであるか、フォルダーではないため、そこにジャーナル キーは作成されません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The rights of the journal key folder %1 cannot be set: %2</source>
        <translation>ジャーナル キーのフォルダー %1 の権限を設定できません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The journal key %1 cannot be created: %2</source>
        <translation>ジャーナル キー %1 を作成できません: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal key %1 cannot be written: %2</source>
        <translation>ジャーナル キー %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mars::JournalTrust</name>
    <message>
        <location filename="../checks/engine/JournalTrust.cpp" line="+45"/>
        <source>This change was made on a simulated machine in another session; a simulated machine lasts only as long as its session.</source>
        <translation>この変更は、別のセッションのシミュレートされたマシンで行われました。シミュレートされたマシンは、そのセッションの間しか存在しません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This journal line was changed after it was written (its signature does not match), so it is not undone.</source>
        <translation>このジャーナル行は書き込み後に変更されている (署名が一致しない) ため、元に戻しません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change was recorded for the machine &quot;%1&quot;, not for this one (&quot;%2&quot;), so it is not undone here.</source>
        <translation>この変更はこのマシン (「%2」) ではなく、マシン「%1」について記録されたものであるため、ここでは元に戻しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change was made by the account &quot;%1&quot;, not by &quot;%2&quot;; only that account can undo it.</source>
        <translation>この変更はアカウント「%2」ではなく、アカウント「%1」によって行われました。元に戻せるのはそのアカウントだけです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This journal line is not signed with this machine&apos;s journal key, and a run as administrator undoes only signed lines (anyone can add a line to the journal file).</source>
        <translation>このジャーナル行はこのマシンのジャーナル キーで署名されていません。管理者として実行した場合、元に戻すのは署名された行だけです (ジャーナル ファイルには誰でも行を追加できるため)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This journal line&apos;s signature cannot be checked: %1</source>
        <translation>このジャーナル行の署名を検証できません: %1</translation>
    </message>
</context>
<context>
    <name>mars::LeaveReportPrompt</name>
    <message>
        <location filename="../wizard_pages/LeaveReportPrompt.cpp" line="+53"/>
        <source>Save the report before closing?</source>
        <translation>閉じる前にレポートを保存しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session changed the server, and the report of what it changed is not saved yet.</source>
        <translation>このセッションではサーバーに変更が加えられましたが、その変更内容のレポートはまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This session found problems, and its report is not saved yet.</source>
        <translation>このセッションでは問題が見つかりましたが、そのレポートはまだ保存されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second-line support needs the report to carry on from here.</source>
        <translation>2 次サポートがここから作業を引き継ぐには、レポートが必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep working</source>
        <translation>作業を続ける</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The report was not saved</source>
        <translation>レポートは保存されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1. The window stays open.</source>
        <translation>レポートを %1 に保存できませんでした。ウィンドウは開いたままになります。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not save the report.</source>
        <translation>レポートを保存できませんでした。</translation>
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
        <translation>%1 バイト</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is larger than %2 (it has %3), which is more than a file of this kind ever needs.</source>
        <translation>%1 は %2 を超えています (%3 あります)。この種類のファイルに必要なサイズを大きく超えています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than %2, which is more than a file of this kind ever needs.</source>
        <translation>%1 は %2 を超えています。この種類のファイルに必要なサイズを大きく超えています。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 is a network or device path; copy the file to a local folder and name it there.</source>
        <translation>%1 はネットワークまたはデバイスのパスです。ファイルをローカル フォルダーにコピーし、そこでファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No file was named.</source>
        <translation>ファイルが指定されていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixLocalFile.cpp" line="+69"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+48"/>
        <location line="+20"/>
        <source>There is no file at %1.</source>
        <translation>%1 にファイルがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+12"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a device, pipe or socket, not an ordinary file; only ordinary files are read.</source>
        <translation>%1 はデバイス、パイプ、またはソケットであり、通常のファイルではありません。読み取るのは通常のファイルのみです。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 was replaced while it was being opened; it was not read.</source>
        <translation>%1 は開いている間に置き換えられたため、読み取られませんでした。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="+19"/>
        <source>%1 could not be read within %2 seconds.</source>
        <translation>%1 を %2 秒以内に読み取れませんでした。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsLocalFile.cpp" line="-69"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is on a network drive; copy the file to a local folder and name it there.</source>
        <translation>%1 はネットワーク ドライブ上にあります。ファイルをローカル フォルダーにコピーし、そこでファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no drive %1 on this machine.</source>
        <translation>このマシンにはドライブ %1 がありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is a link or a device, not an ordinary file; name the file itself.</source>
        <translation>%1 はリンクまたはデバイスであり、通常のファイルではありません。ファイル自体を指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a device or pipe, not an ordinary file.</source>
        <translation>%1 はデバイスまたはパイプであり、通常のファイルではありません。</translation>
    </message>
</context>
<context>
    <name>mars::LogViewDialog</name>
    <message>
        <location filename="../wizard_pages/LogViewDialog.cpp" line="+20"/>
        <source>Log of this session</source>
        <translation>このセッションのログ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The log is kept in memory only (no log file).</source>
        <translation>ログはメモリ内にのみ保持されています (ログ ファイルなし)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>ログ ファイル: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(No log lines yet.)</source>
        <translation>(ログ行はまだありません。)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy all</source>
        <translation>すべてコピー</translation>
    </message>
</context>
<context>
    <name>mars::NetworkPaths</name>
    <message>
        <location filename="../checks/catalog/common/NetworkPaths.cpp" line="+76"/>
        <source>%1 could not be tried %2: %3</source>
        <translation>%1 (%2) を試行できませんでした: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name lookup</source>
        <translation>名前解決</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP connection</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy</source>
        <translation>プロキシ</translation>
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
        <translation>%2 (%3) の %1 が %4 秒後に失敗しました: %5。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 | route %2 | layer %3 | %4</source>
        <translation>%1 | ルート %2 | レイヤー %3 | %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an unnamed server</source>
        <translation>名前のないサーバー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2 with %3 %4 (from %5): something on the way, or the service, is failing.</source>
        <translation>%1 (%2) が %3 %4 で応答しました (送信元: %5)。途中の何か、またはサービス自体で障害が発生しています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was blocked %2: %3 %4 from %5 (a proxy&apos;s block page).</source>
        <translation>%1 (%2) はブロックされました: %5 からの %3 %4 (プロキシのブロック ページ)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 (HTTP %3).</source>
        <translation>%1 (%2) が応答しました (HTTP %3)。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is larger than 1 MB: not a file of CA certificates</source>
        <translation>%1 は 1 MB を超えています。CA 証明書のファイルではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----)</source>
        <translation>%1 に PEM 証明書 (-----BEGIN CERTIFICATE-----) が含まれていません</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 from the vault credentials file, which is not an HTTPS address of this cloud&apos;s allow-list</source>
        <translation>%1 (コンテナー資格情報ファイルから取得。このクラウドの許可リストにある HTTPS アドレスではありません)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>named by the vault credentials file</source>
        <translation>コンテナー資格情報ファイルで指定</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the lab&apos;s list %1 (--endpoints)</source>
        <translation>ラボ用の一覧 %1 (--endpoints)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the built-in list for the %1 cloud (%2, sources reviewed %3)</source>
        <translation>%1 クラウドの組み込みの一覧 (%2、ソースの確認日 %3)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (%2) is a configuration script, which this tool does not evaluate</source>
        <translation>%1 (%2) は構成スクリプトです。このツールでは評価しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>directly</source>
        <translation>直接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>through %1 %2</source>
        <translation>%1 %2 経由</translation>
    </message>
</context>
<context>
    <name>mars::OptionPaths</name>
    <message>
        <location filename="../app/OptionPaths.cpp" line="+41"/>
        <location line="+26"/>
        <source>%1 needs a file name.</source>
        <translation>%1 にはファイル名が必要です。</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1: %2 is a network or device path: copy the file to a folder on this machine and name it there.</source>
        <translation>%1: %2 はネットワークまたはデバイスのパスです。ファイルをこのマシン上のフォルダーにコピーし、そこでファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file %2 does not exist: check the name and the folder.</source>
        <translation>%1: ファイル %2 が存在しません。名前とフォルダーを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a folder, not a file: name the file in it.</source>
        <translation>%1: %2 はファイルではなくフォルダーです。その中のファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a device, pipe or socket, not an ordinary file: name a file.</source>
        <translation>%1: %2 はデバイス、パイプ、またはソケットであり、通常のファイルではありません。ファイルを指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file %2 cannot be read with this account&apos;s rights.</source>
        <translation>%1: このアカウントの権限ではファイル %2 を読み取れません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 is a folder, not a file: name a file in it, e.g. %3.</source>
        <translation>%1: %2 はファイルではなくフォルダーです。その中のファイルを指定してください (例: %3)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder %2 does not exist: create it first or choose another folder.</source>
        <translation>%1: フォルダー %2 が存在しません。先に作成するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: choose a file in a folder.</source>
        <translation>%1: %2 はフォルダーではなくファイルです。フォルダー内のファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 cannot be written (%3): choose a folder this account may write to.</source>
        <translation>%1: %2 に書き込めません (%3)。このアカウントが書き込み可能なフォルダーを選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 needs a folder name.</source>
        <translation>%1 にはフォルダー名が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is a file, not a folder: name a folder (it is created when missing).</source>
        <translation>%1: %2 はフォルダーではなくファイルです。フォルダーを指定してください (存在しない場合は作成されます)。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 needs a folder name: leave the option out to use the default temp folder.</source>
        <translation>%1 にはフォルダー名が必要です。既定の Temp フォルダーを使用する場合は、このオプションを省略してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the folder %2 does not exist: check the name.</source>
        <translation>%1: フォルダー %2 が存在しません。名前を確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is a file, not a folder: name the temp folder to check.</source>
        <translation>%1: %2 はフォルダーではなくファイルです。チェックする Temp フォルダーを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a drive root or a system folder, and the temp cleanup deletes files in the folder it checks: name the temp folder itself (e.g. %3).</source>
        <translation>%1: %2 はドライブのルートまたはシステム フォルダーです。Temp のクリーンアップでは、チェック対象のフォルダー内のファイルが削除されます。Temp フォルダー自体を指定してください (例: %3)。</translation>
    </message>
</context>
<context>
    <name>mars::PassphraseCheckField</name>
    <message>
        <location filename="../wizard_pages/PassphraseCheckField.cpp" line="+22"/>
        <source>Optional: try the passphrase here; it is never stored or sent</source>
        <translation>省略可能: ここでパスフレーズを試せます。パスフレーズが保存または送信されることはありません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This passphrase follows the agent&apos;s rules.</source>
        <translation>このパスフレーズはエージェントの規則を満たしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent will refuse this passphrase:</source>
        <translation>エージェントはこのパスフレーズを拒否します:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The agent accepts it, but:</source>
        <translation>エージェントは受け付けますが、次の点に注意してください:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep it outside this server (for example in Azure Key Vault): without it no backup can be restored, and registering this server again needs the same passphrase.</source>
        <translation>パスフレーズはこのサーバーの外部 (たとえば Azure Key Vault) に保管してください。パスフレーズがないとバックアップを復元できず、このサーバーを再登録するときにも同じパスフレーズが必要です。</translation>
    </message>
</context>
<context>
    <name>mars::PfxReader</name>
    <message>
        <location filename="../checks/system/PosixPfxReader.cpp" line="+74"/>
        <source>the file asks for %1 key-derivation rounds (more than %2)</source>
        <translation>ファイルで要求されているキー導出のラウンド数は %1 回です (上限の %2 回を超えています)</translation>
    </message>
</context>
<context>
    <name>mars::PosixStatfsVolume</name>
    <message>
        <location filename="../checks/system/PosixStatfsVolume.cpp" line="+90"/>
        <source>The volume holding %1 could not be determined: %2.</source>
        <translation>%1 を保持するボリュームを特定できませんでした: %2。</translation>
    </message>
</context>
<context>
    <name>mars::PosixSystem</name>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+131"/>
        <source>running as root (uid 0)</source>
        <translation>root として実行中 (uid 0)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Cannot read the groups of this process</source>
        <translation>このプロセスのグループを読み取れません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>member of the group %1</source>
        <translation>グループ %1 のメンバー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not root and not in the sudo, wheel or admin group</source>
        <translation>root ではなく、sudo、wheel、admin のいずれのグループにも属していません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 cannot be resolved: %2</source>
        <translation>%1 を解決できません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+10"/>
        <source>The temp folder %1 cannot be opened: %2</source>
        <translation>Temp フォルダー %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 is not a file or a folder; it is left alone.</source>
        <translation>%1 はファイルでもフォルダーでもないため、変更しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was replaced while it was being changed; nothing was changed.</source>
        <translation>%1 は変更中に置き換えられたため、何も変更されませんでした。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+13"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry.</source>
        <translation>Linux には Windows のレジストリがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+58"/>
        <source>Windows services do not exist on Linux.</source>
        <translation>Linux には Windows のサービスは存在しません。</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Linux has no Windows Task Scheduler (its scheduled jobs are cron entries and systemd timers).</source>
        <translation>Linux には Windows のタスク スケジューラがありません (スケジュールされたジョブは cron エントリと systemd タイマーです)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Task Scheduler.</source>
        <translation>Linux には Windows のタスク スケジューラがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows Update history (its packages are updated by apt).</source>
        <translation>Linux には Windows Update の履歴がありません (パッケージは apt で更新されます)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WinHTTP exists only on Windows.</source>
        <translation>WinHTTP は Windows にのみ存在します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no LocalMachine certificate store (its trusted roots are files such as those in /etc/ssl/certs).</source>
        <translation>Linux には LocalMachine 証明書ストアがありません (信頼されたルートは /etc/ssl/certs 内などのファイルです)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Linux has no Windows Personal certificate store.</source>
        <translation>Linux には Windows の個人証明書ストアがありません。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="-28"/>
        <source>Only the read-only attribute exists on Linux (as write permission).</source>
        <translation>Linux に存在するのは読み取り専用属性のみです (書き込みアクセス許可として)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a symbolic link; it is not followed.</source>
        <translation>%1 はシンボリック リンクです。リンク先はたどりません。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixAbsentFacts.cpp" line="+7"/>
        <source>On Linux the troubleshooter never asks for root by itself. Close it and start it again as root, for example: sudo %1 %2</source>
        <translation>Linux では、トラブルシューティング ツールが自分から root 権限を要求することはありません。ツールを閉じて、root としてもう一度起動してください。例: sudo %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Linux has no Windows Time service (w32tm); its clock is kept by its own time service (systemd-timesyncd, chrony or ntpd).</source>
        <translation>Linux には Windows Time サービス (w32tm) がありません。時計は Linux 自身のタイム サービス (systemd-timesyncd、chrony、または ntpd) によって維持されます。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixSystem.cpp" line="+23"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>ファイル %1 を読み取り用に開けません</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>The file %1 cannot be read</source>
        <translation>ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 はテキスト ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 は通常のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixVolumes.cpp" line="+37"/>
        <source>Linux has no Windows Data Deduplication; the agent&apos;s cache exists on Windows only.</source>
        <translation>Linux には Windows のデータ重複除去がありません。エージェントのキャッシュは Windows にのみ存在します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No path was given.</source>
        <translation>パスが指定されていません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Linux has no Windows known folders (such as %1).</source>
        <translation>Linux には Windows の既知のフォルダー (%1 など) がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Linux has no Windows version resources in program files.</source>
        <translation>Linux のプログラム ファイルには Windows のバージョン リソースがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Linux has no Windows services to stop.</source>
        <translation>Linux には停止する Windows サービスがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Linux has no Windows registry to write to.</source>
        <translation>Linux には書き込み先の Windows レジストリがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>Linux has no Windows registry to delete from.</source>
        <translation>Linux には削除対象の Windows レジストリがありません。</translation>
    </message>
    <message>
        <location filename="../checks/system/PosixIdentity.cpp" line="+24"/>
        <source>The host name could not be read (gethostname): %1</source>
        <translation>ホスト名を読み取れませんでした (gethostname): %1</translation>
    </message>
</context>
<context>
    <name>mars::ProxyRoutes</name>
    <message>
        <location filename="../checks/catalog/common/ProxyRoutes.cpp" line="+22"/>
        <source>the SYSTEM account&apos;s WinINet proxy</source>
        <translation>SYSTEM アカウントの WinINet プロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the SYSTEM account&apos;s configuration script</source>
        <translation>SYSTEM アカウントの構成スクリプト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the .DEFAULT profile&apos;s WinINet proxy</source>
        <translation>.DEFAULT プロファイルの WinINet プロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the .DEFAULT profile&apos;s configuration script</source>
        <translation>.DEFAULT プロファイルの構成スクリプト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the signed-in user&apos;s WinINet proxy</source>
        <translation>サインインしているユーザーの WinINet プロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the signed-in user&apos;s configuration script</source>
        <translation>サインインしているユーザーの構成スクリプト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the machine-wide WinINet proxy (policy)</source>
        <translation>コンピューター全体の WinINet プロキシ (ポリシー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the machine-wide configuration script (policy)</source>
        <translation>コンピューター全体の構成スクリプト (ポリシー)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 and %2</source>
        <translation>%1 と %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no proxy (direct)</source>
        <translation>プロキシなし (直接)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>WinHTTP (netsh winhttp show proxy)</source>
        <translation>WinHTTP (netsh winhttp show proxy)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the WinHTTP proxy</source>
        <translation>WinHTTP プロキシ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no setting uses it; probed for comparison</source>
        <translation>どの設定でも使用されていません。比較のために調べました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--proxy must be one proxy address such as http://proxy.contoso.com:8080.</source>
        <translation>--proxy には、http://proxy.contoso.com:8080 のようなプロキシ アドレスを 1 つ指定する必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--proxy %1 cannot be used: %2.</source>
        <translation>--proxy %1 は使用できません: %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--proxy must be an http:// proxy address (HTTPS goes through it with CONNECT).</source>
        <translation>--proxy には http:// のプロキシ アドレスを指定する必要があります (HTTPS はそのプロキシを CONNECT で通過します)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy given with --proxy</source>
        <translation>--proxy で指定されたプロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command line (--proxy %1)</source>
        <translation>コマンド ライン (--proxy %1)</translation>
    </message>
</context>
<context>
    <name>mars::ProxyServerString</name>
    <message>
        <location filename="../checks/catalog/common/ProxyServerString.cpp" line="+26"/>
        <source>&quot;=&quot; without a scheme in front of it</source>
        <translation>スキームが前に付いていない &quot;=&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a path after the proxy address</source>
        <translation>プロキシ アドレスの後ろにあるパス</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an IPv6 address without its closing &quot;]&quot;</source>
        <translation>閉じる &quot;]&quot; がない IPv6 アドレス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text after the IPv6 address</source>
        <translation>IPv6 アドレスの後ろにある文字列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an IPv6 address must be written in brackets, [address]:port</source>
        <translation>IPv6 アドレスは [address]:port のように角かっこで囲んで記述する必要があります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no server name</source>
        <translation>サーバー名なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters a server name cannot contain</source>
        <translation>サーバー名に使用できない文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation>ポート &quot;%1&quot; は 1 ～ 65535 の数値ではありません</translation>
    </message>
</context>
<context>
    <name>mars::ProxySettingsText</name>
    <message>
        <location filename="../checks/catalog/common/ProxySettings.cpp" line="+33"/>
        <source>%1\%2 could not be read.</source>
        <translation>%1\%2 を読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SYSTEM account (WinINet)</source>
        <translation>SYSTEM アカウント (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>.DEFAULT profile (WinINet)</source>
        <translation>.DEFAULT プロファイル (WinINet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed-in user (WinINet)</source>
        <translation>サインインしているユーザー (WinINet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machine-wide policy (WinINet)</source>
        <translation>コンピューター全体のポリシー (WinINet)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the proxy is switched on (ProxyEnable = 1) but no proxy server is set</source>
        <translation>プロキシが有効 (ProxyEnable = 1) になっていますが、プロキシ サーバーが設定されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <location line="+14"/>
        <location line="+5"/>
        <source>direct</source>
        <translation>直接接続</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <source>proxy %1</source>
        <translation>プロキシ %1</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>configuration script %1</source>
        <translation>構成スクリプト %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+57"/>
        <source>unusable proxy setting &quot;%1&quot; (%2)</source>
        <translation>使用できないプロキシ設定 &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes, too short to hold the flags byte (format not documented)</source>
        <translation>%1 バイト。フラグ バイトを格納するには短すぎます (形式は文書化されていません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manual proxy</source>
        <translation>手動プロキシ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>configuration script</source>
        <translation>構成スクリプト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>automatically detect settings (WPAD)</source>
        <translation>設定を自動的に検出する (WPAD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>flags 0x%1: %2 (%3 bytes)</source>
        <translation>フラグ 0x%1: %2 (%3 バイト)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not be read</source>
        <translation>読み取れませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unusable proxy setting (no proxy server)</source>
        <translation>使用できないプロキシ設定 (プロキシ サーバーなし)</translation>
    </message>
</context>
<context>
    <name>mars::ReportOutput</name>
    <message>
        <location filename="../app/ReportOutput.cpp" line="+18"/>
        <source>%1
The checks ran and the table above is complete; only this report is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
チェックは実行され、上の表はすべて揃っています。欠けているのはこのレポートだけです。終了コード %2 は、チェックの実行そのものの結果を示しています。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
The checks ran and the table above is complete; only the support bundle is missing. The exit code, %2, is the run&apos;s own.</source>
        <translation>%1
チェックは実行され、上の表はすべて揃っています。欠けているのはサポート バンドルだけです。終了コード %2 は、チェックの実行そのものの結果を示しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Support bundle written to %1:</source>
        <translation>サポート バンドルを %1 に書き込みました:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  Not included: %1</source>
        <translation>  含まれていないもの: %1</translation>
    </message>
</context>
<context>
    <name>mars::ReportSaveDialog</name>
    <message>
        <location filename="../wizard_pages/ReportSaveDialog.cpp" line="+20"/>
        <source>Save the report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML report, opens in any browser (*.html)</source>
        <translation>HTML レポート、任意のブラウザーで開けます (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON report, for second-line support (*.json)</source>
        <translation>JSON レポート、2 次サポート用 (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticket summary, Markdown (*.md)</source>
        <translation>チケットの概要、Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plain text (*.txt)</source>
        <translation>プレーン テキスト (*.txt)</translation>
    </message>
</context>
<context>
    <name>mars::ReportWords</name>
    <message>
        <location filename="../checks/report/ReportWords.cpp" line="+36"/>
        <source>Since the first run: no change, and no problem.</source>
        <translation>初回の実行以降: 変化はなく、問題もありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n fixed</source>
        <translation>
            <numerusform>修正済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n still failing</source>
        <translation>
            <numerusform>引き続き不合格 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new</source>
        <translation>
            <numerusform>新規 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the first run: %1.</source>
        <translation>初回の実行以降: %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not run</source>
        <translation>実行不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (before: %2, now: %3)</source>
        <translation>%1 (以前: %2、現在: %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Still failing</source>
        <translation>引き続き不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New since the first run</source>
        <translation>初回の実行以降に新たに発生</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No check ran, so the tool cannot say whether this server is ready.</source>
        <translation>実行されたチェックがないため、このサーバーの準備ができているかどうかを判断できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server passed every check: go ahead with the agent.</source>
        <translation>このサーバーはすべてのチェックに合格しました。エージェントの作業を進めてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The server can probably go ahead, with %n warning(s); look first at &quot;%1&quot;.</source>
        <translation>
            <numerusform>警告が %n 件ありますが、このサーバーはおそらく作業を進めても問題ありません。まず「%1」を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The server is not ready: %n problem(s) to deal with; fix &quot;%1&quot; first.</source>
        <translation>
            <numerusform>このサーバーは準備ができていません。対処が必要な問題が %n 件あります。まず「%1」を修正してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The tool could not finish: %n check(s) without an answer; start with &quot;%1&quot;.</source>
        <translation>
            <numerusform>ツールは処理を完了できませんでした。結果が得られなかったチェックが %n 件あります。「%1」から確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A fix this version no longer has</source>
        <translation>このバージョンには存在しなくなった修正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: %1</source>
        <translation>元に戻し済み: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interrupted: %1</source>
        <translation>中断: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partly done: %1</source>
        <translation>一部完了: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped before it finished: %1</source>
        <translation>完了前に停止: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to do: %1</source>
        <translation>対処不要: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: %1</source>
        <translation>未適用: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>不合格 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n could not run</source>
        <translation>
            <numerusform>実行不可 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n timed out</source>
        <translation>
            <numerusform>タイムアウト %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled</source>
        <translation>
            <numerusform>キャンセル済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>該当なし %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n passed</source>
        <translation>
            <numerusform>合格 %n 件</numerusform>
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
        <translation>お客様に表示されたエラー (例: 34513、0x1FC07、またはメッセージのテキスト)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This tool does not know that error, so every check runs in the usual order. Check the ID or paste the message&apos;s first line.</source>
        <translation>このツールはそのエラーを認識していないため、すべてのチェックを通常の順序で実行します。ID を確認するか、メッセージの 1 行目を貼り付けてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The %n check(s) that can explain it run first.</source>
        <translation>
            <numerusform>このエラーの原因を説明できる %n 件のチェックを最初に実行します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It happens while installing the agent: choose &quot;Install the agent&quot; above.</source>
        <translation>このエラーはエージェントのインストール中に発生します。上で「このサーバーにエージェントをインストールする」を選択してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It happens while registering: choose one of the &quot;Register&quot; goals above.</source>
        <translation>このエラーは登録中に発生します。上で、登録に関する目的のいずれかを選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No check of this tool can confirm it; the advice above is what to do.</source>
        <translation>このツールのチェックでは、これを確認できません。上記のアドバイスに従って対処してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot;
What it means: %2
%3</source>
        <translation>「%1」
意味: %2
%3</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioBase</name>
    <message>
        <location filename="../checks/system/ScenarioBase.cpp" line="+95"/>
        <source>the value &quot;%1&quot; of %2\%3</source>
        <translation>%2\%3 の値 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (merged with its base %2)</source>
        <translation>%1 (ベース %2 とマージ済み)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>base must be a string naming another scenario file, such as &quot;../healthy-server.json&quot;</source>
        <translation>base には、&quot;../healthy-server.json&quot; のように別のシナリオ ファイルを指定する文字列を指定する必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>base makes a cycle: %1</source>
        <translation>base が循環しています: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>base goes deeper than %1 levels: %2</source>
        <translation>base の階層が %1 レベルを超えています: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>base names %1, which is not one of the built-in scenarios (:/scenarios/...)</source>
        <translation>base に指定された %1 は、組み込みシナリオ (:/scenarios/...) ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>base names %1, but a built-in scenario can only be based on another built-in one (:/scenarios/...)</source>
        <translation>base に %1 が指定されていますが、組み込みシナリオのベースにできるのは別の組み込みシナリオ (:/scenarios/...) だけです</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+18"/>
        <source>base names %1, which does not exist</source>
        <translation>base に指定された %1 は存在しません</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>base names %1, which is outside the folder of the scenario file (%2); copy it there or use a built-in scenario (:/scenarios/...)</source>
        <translation>base に指定された %1 は、シナリオ ファイルのフォルダー (%2) の外にあります。そのフォルダーにコピーするか、組み込みシナリオ (:/scenarios/...) を使用してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>base names %1, which is not a file</source>
        <translation>base に指定された %1 はファイルではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which is larger than 16 MB</source>
        <translation>base に指定された %1 は 16 MB を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>base names %1, which cannot be read (%2)</source>
        <translation>base に指定された %1 を読み取れません (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>schema is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>schema が指定されていません。このプログラムが読み取るのは &quot;schema&quot;: %1 のシナリオ ファイルです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>schema must be the number %1</source>
        <translation>schema は数値 %1 である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema is %1, but this program reads only schema %2</source>
        <translation>schema は %1 ですが、このプログラムが読み取れるのは schema %2 だけです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1[%2] has &quot;remove&quot;, but the file has no base to remove it from</source>
        <translation>%1[%2] に &quot;remove&quot; がありますが、このファイルには削除元となる base がありません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 removes %2, but %3 is still inside it; remove that too, or keep the folder</source>
        <translation>%1 は %2 を削除しますが、その中にまだ %3 があります。それも削除するか、フォルダーを残してください</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 must be an object ({ ... })</source>
        <translation>%1 はオブジェクト ({ ... }) である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.%2 must be given as a string: in a file with a base, entries are matched to the base&apos;s entries by %3</source>
        <translation>%1.%2 は文字列で指定する必要があります。base を持つファイルでは、エントリは %3 によって base のエントリと照合されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 names %2 a second time</source>
        <translation>%1 で %2 が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1.remove must be true; leave it out to keep or change the entry</source>
        <translation>%1.remove は true である必要があります。エントリを残す場合や変更する場合は、remove を省略してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removes %2, so it takes only %3 and remove, not &quot;%4&quot;</source>
        <translation>%1 は %2 を削除するため、指定できるのは %3 と remove だけです (&quot;%4&quot; は指定できません)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removes %2, which its base does not have</source>
        <translation>%1 は %2 を削除しますが、その base に %2 はありません</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioFilesParser</name>
    <message>
        <location filename="../checks/system/ScenarioFilesParser.cpp" line="+81"/>
        <source>must be four numbers from 0 to 65535 separated by dots, such as &quot;2.0.9262.0&quot;</source>
        <translation>&quot;2.0.9262.0&quot; のように、0 ～ 65535 の 4 つの数値をドットで区切って指定する必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be one of readonly, hidden, system, archive, sparse, reparse_point, compressed, encrypted</source>
        <translation>readonly、hidden、system、archive、sparse、reparse_point、compressed、encrypted のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is directory, but a file is not a folder; list folders under &quot;folders&quot;</source>
        <translation>directory が指定されていますが、ファイルはフォルダーではありません。フォルダーは &quot;folders&quot; に記述してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is the root of a drive or share, which is a folder, not a file</source>
        <translation>ドライブまたは共有のルートです。これはファイルではなくフォルダーです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeats the file %1 (paths are compared without regard to case)</source>
        <translation>ファイル %1 が重複しています (パスの比較では大文字と小文字は区別されません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is inside %1, but tempFolder.exists is false</source>
        <translation>%1 の中にありますが、tempFolder.exists が false です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>Temp フォルダーのエントリが %1 個を超えてしまいます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names &quot;%1&quot;, which tempFolder already lists; describe the file in one place only (in files, with ageHours, when it needs text)</source>
        <translation>tempFolder に既に記述されている &quot;%1&quot; を指定しています。ファイルは 1 か所だけで記述してください (テキストが必要な場合は、files で ageHours と一緒に記述します)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>names %1, which is a folder (listed in folders, a disk root, the temp folder, or the parent of another file)</source>
        <translation>フォルダーである %1 を指定しています (folders に記述されたフォルダー、ディスクのルート、Temp フォルダー、または別のファイルの親フォルダー)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioJsonReader</name>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.cpp" line="+19"/>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2 %3.</source>
        <translation>%1: %2: %3。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has an unknown field &quot;%2&quot;; the known fields are %3</source>
        <translation>%1 に不明なフィールド &quot;%2&quot; があります。既知のフィールドは %3 です</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be an object ({ ... })</source>
        <translation>オブジェクト ({ ... }) である必要があります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>must be a list ([ ... ])</source>
        <translation>リスト ([ ... ]) である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+61"/>
        <source>must be a string (&quot;...&quot;)</source>
        <translation>文字列 (&quot;...&quot;) である必要があります</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>must be true or false</source>
        <translation>true または false である必要があります</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a whole number from %1 to %2</source>
        <translation>%1 ～ %2 の整数である必要があります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a number from %1 to %2</source>
        <translation>%1 ～ %2 の数値である必要があります</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be an absolute Windows path without * ? &lt; &gt; | &quot; characters, such as C:\Windows\Temp</source>
        <translation>* ? &lt; &gt; | &quot; の文字を含まない Windows の絶対パス (例: C:\Windows\Temp) である必要があります</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioJsonReader.h" line="+79"/>
        <source>must be one of %1</source>
        <translation>%1 のいずれかである必要があります</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioNetworkParser</name>
    <message>
        <location filename="../checks/system/ScenarioNetworkParser.cpp" line="+78"/>
        <source>needs exactly one of &quot;host&quot; (a host name, or * for every host) and &quot;proxy&quot; (host:port)</source>
        <translation>&quot;host&quot; (ホスト名、またはすべてのホストを表す *) と &quot;proxy&quot; (host:port) のどちらか一方だけを指定する必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be host:port</source>
        <translation>host:port の形式である必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be one of dns, tcp, proxy, tls, http</source>
        <translation>dns、tcp、proxy、tls、http のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gives a failure but no failedLayer</source>
        <translation>失敗が指定されていますが、failedLayer がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>has both a failedLayer and an httpStatus; an exchange that failed got no answer</source>
        <translation>failedLayer と httpStatus の両方が指定されています。失敗した通信には応答がありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is proxy, which only a &quot;proxy&quot; rule can fail at</source>
        <translation>proxy が指定されていますが、proxy の段階で失敗できるのは &quot;proxy&quot; ルールだけです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 40 hexadecimal digits</source>
        <translation>40 桁の 16 進数である必要があります</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioParser</name>
    <message>
        <location filename="../checks/system/ScenarioParser.cpp" line="+34"/>
        <source>line %1, column %2</source>
        <translation>%1 行目、%2 列目</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: the file is empty; a scenario is a JSON object such as {&quot;schema&quot;: 1, ...}.</source>
        <translation>%1: ファイルが空です。シナリオは {&quot;schema&quot;: 1, ...} のような JSON オブジェクトです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; describe many temp files with a generator ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) instead of listing them.</source>
        <translation>%1: ファイルが 16 MB を超えています。多数の一時ファイルは列挙せずに、ジェネレーター ({&quot;pattern&quot;: ..., &quot;count&quot;: ...}) で記述してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the file is not valid JSON at %2: %3.</source>
        <translation>%1: ファイルは %2 で有効な JSON ではありません: %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the top level must be a JSON object ({ ... }).</source>
        <translation>%1: 最上位は JSON オブジェクト ({ ... }) である必要があります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>is missing; this program reads scenario files with &quot;schema&quot;: %1</source>
        <translation>指定されていません。このプログラムが読み取るのは &quot;schema&quot;: %1 のシナリオ ファイルです</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is %1, but this program reads only schema %2</source>
        <translation>%1 ですが、このプログラムが読み取れるのは schema %2 だけです</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+60"/>
        <location line="+59"/>
        <source>must not be empty</source>
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>is missing; every scenario says who runs the tool</source>
        <translation>指定されていません。シナリオには、ツールを実行するユーザーを必ず記述します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is missing; every scenario says which Windows it simulates</source>
        <translation>指定されていません。シナリオには、シミュレートする Windows を必ず記述します</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>is false, but folders lists %1 or a folder inside it</source>
        <translation>false ですが、folders に %1 またはその中のフォルダーが記述されています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>declared by the scenario file</source>
        <translation>シナリオ ファイルでの宣言</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not_admin, but account.adminMember is true; an administrator runs either elevated or limited</source>
        <translation>not_admin ですが、account.adminMember が true です。管理者は、昇格された状態か制限された状態のどちらかで実行されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be not_admin when account.adminMember is false; only administrators have an elevated or limited token</source>
        <translation>account.adminMember が false の場合は not_admin である必要があります。昇格されたトークンや制限されたトークンを持つのは管理者だけです</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>gives identityError together with the computer&apos;s names; give one or the other</source>
        <translation>identityError とコンピューター名が一緒に指定されています。どちらか一方を指定してください</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>must be 1 to 15 characters without dots or blanks (a NetBIOS name)</source>
        <translation>ドットや空白を含まない 1 ～ 15 文字 (NetBIOS 名) である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be 1 to 63 characters without dots or blanks</source>
        <translation>ドットや空白を含まない 1 ～ 63 文字である必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a DNS suffix such as contoso.com, without a leading or trailing dot</source>
        <translation>contoso.com のような、先頭と末尾にドットのない DNS サフィックスである必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is required when joinStatus is workgroup or domain</source>
        <translation>joinStatus が workgroup または domain の場合は必須です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is only allowed when joinStatus is workgroup or domain</source>
        <translation>joinStatus が workgroup または domain の場合にのみ指定できます</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>must be a two-letter ISO 3166 country code in capitals, such as NL</source>
        <translation>NL のような、大文字 2 文字の ISO 3166 国コードである必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds for the host&apos;s clock shifted by that much</source>
        <translation>utc と skewSeconds の両方が指定されています。時計を固定する場合は utc を、ホストの時計をその分だけずらす場合は skewSeconds を指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>2024-05-01T09:30:00Z のように、Z またはオフセットを付けた ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>must be one of %1</source>
        <translation>%1 のいずれかである必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>repeats the folder %1 (paths are compared without regard to case)</source>
        <translation>フォルダー %1 が重複しています (パスの比較では大文字と小文字は区別されません)</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioRegistryParser</name>
    <message>
        <location filename="../checks/system/ScenarioRegistryParser.cpp" line="+102"/>
        <source>must name a key, such as SOFTWARE\Microsoft</source>
        <translation>SOFTWARE\Microsoft のように、キーを指定する必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repeats the value &quot;%1&quot; of %2\%3</source>
        <translation>%2\%3 の値 &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>is missing</source>
        <translation>指定されていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string for REG_SZ and REG_EXPAND_SZ</source>
        <translation>REG_SZ と REG_EXPAND_SZ では文字列である必要があります</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be a number from 0 to 4294967295, or a string such as &quot;0x1F&quot;</source>
        <translation>0 ～ 4294967295 の数値、または &quot;0x1F&quot; のような文字列である必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a number from 0 to 9007199254740992, or a decimal or &quot;0x&quot; hex string for larger values</source>
        <translation>0 ～ 9007199254740992 の数値、またはそれより大きい値の場合は 10 進数か &quot;0x&quot; 付きの 16 進数の文字列である必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be a string of hex bytes, such as &quot;01 ff 3a&quot;</source>
        <translation>&quot;01 ff 3a&quot; のような、16 進数のバイトを並べた文字列である必要があります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>has a type this program does not know</source>
        <translation>このプログラムが認識しない型です</translation>
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
        <translation>空にすることはできません</translation>
    </message>
    <message>
        <location line="-388"/>
        <source>repeats the service %1</source>
        <translation>サービス %1 が重複しています</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>gives error together with other fields; a Task Scheduler that cannot be asked shows no folders or tasks</source>
        <translation>error が他のフィールドと一緒に指定されています。照会できないタスク スケジューラには、フォルダーもタスクも表示されません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>must be a Task Scheduler path starting with a backslash, such as \Microsoft\OnlineBackup</source>
        <translation>\Microsoft\OnlineBackup のように、\ で始まるタスク スケジューラのパスである必要があります</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>must be a task&apos;s full path starting with a backslash, such as \Microsoft\OnlineBackup\Microsoft-OnlineBackup</source>
        <translation>\Microsoft\OnlineBackup\Microsoft-OnlineBackup のように、\ で始まるタスクの完全パスである必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>repeats the task %1</source>
        <translation>タスク %1 が重複しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>needs userId or groupId: every task runs as a user or a group</source>
        <translation>userId または groupId が必要です。すべてのタスクは、ユーザーまたはグループとして実行されます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastRunAgeHours</source>
        <translation>lastRunAgeHours が必要です</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>is larger than totalBytes</source>
        <translation>totalBytes より大きい値です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be remote for the share %1; a \\server\share path is always remote</source>
        <translation>共有 %1 では remote である必要があります。\\server\share 形式のパスは常にリモートです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repeats the disk %1</source>
        <translation>ディスク %1 が重複しています</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>must be given when direct is false</source>
        <translation>direct が false の場合は指定する必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is true, but proxyServer is set; WinHTTP uses one or the other</source>
        <translation>true ですが、proxyServer が設定されています。WinHTTP で使用されるのはどちらか一方です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>gives both present and absent; list what the store holds, or what it lacks</source>
        <translation>present と absent の両方が指定されています。ストアにあるもの、またはストアにないもののどちらかを記述してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>gives error together with other fields; a store that cannot be opened shows no certificates</source>
        <translation>error が他のフィールドと一緒に指定されています。開けないストアには証明書が表示されません</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+33"/>
        <source>must be a SHA-1 thumbprint: 40 hexadecimal digits</source>
        <translation>SHA-1 拇印 (40 桁の 16 進数) である必要があります</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <source>repeats the thumbprint %1</source>
        <translation>拇印 %1 が重複しています</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>must be an ISO 8601 date and time with Z or an offset, such as 2024-05-01T09:30:00Z</source>
        <translation>2024-05-01T09:30:00Z のように、Z またはオフセットを付けた ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ends (notAfter) before it begins (notBefore)</source>
        <translation>終了日時 (notAfter) が開始日時 (notBefore) より前です</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>gives error together with other fields; a history that cannot be read has no entries</source>
        <translation>error が他のフィールドと一緒に指定されています。読み取れない履歴にはエントリがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>needs lastInstallAgeDays</source>
        <translation>lastInstallAgeDays が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is 0, but lastInstallAgeDays names an installation</source>
        <translation>0 ですが、lastInstallAgeDays でインストールが指定されています</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>has the key &quot;%1&quot;, which is not a check id; check ids are snake_case, such as install_dir_attributes</source>
        <translation>キー &quot;%1&quot; がありますが、これはチェック ID ではありません。チェック ID は install_dir_attributes のようなスネーク ケース (snake_case) です</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioSystem</name>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+29"/>
        <source>%1 does not exist on the simulated machine.</source>
        <translation>%1 は、シミュレートされたマシン上に存在しません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: the device is not ready (the simulated drive is offline).</source>
        <translation>%1 を読み取れません。デバイスの準備ができていません (シミュレートされたドライブはオフラインです)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>%1 には管理者権限が必要ですが、この (シミュレートされた) プロセスは昇格されていません。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+87"/>
        <source>%1: the scenario file does not exist.</source>
        <translation>%1: シナリオ ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is not a file; give the path of a scenario .json file.</source>
        <translation>%1: これはファイルではありません。シナリオの .json ファイルのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is larger than 16 MB; scenario files describe many temp files with generators and stay small.</source>
        <translation>%1: ファイルが 16 MB を超えています。シナリオ ファイルでは多数の一時ファイルをジェネレーターで記述するため、サイズは小さく収まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The scenario file was not read: %1</source>
        <translation>シナリオ ファイルを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 is a link whose target the simulated machine does not describe.</source>
        <translation>%1 は、シミュレートされたマシンに記述されていないターゲットを指すリンクです。</translation>
    </message>
    <message>
        <location line="-120"/>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="+30"/>
        <source>SIMULATED: %1</source>
        <translation>シミュレーション: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemVolumes.cpp" line="+57"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading %1 was refused (access denied on the simulated machine).</source>
        <translation>%1 の読み取りが拒否されました (シミュレートされたマシンでのアクセス拒否)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <location line="+19"/>
        <source>No disk of the simulated machine holds %1.</source>
        <translation>シミュレートされたマシンには、%1 を含むディスクがありません。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 is on a network share; whether it is deduplicated is up to the file server.</source>
        <translation>%1 はネットワーク共有上にあります。重複除去されているかどうかは、ファイル サーバー側によって決まります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The simulated machine does not know this folder.</source>
        <translation>シミュレートされたマシンは、このフォルダーを認識していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no version resource.</source>
        <translation>%1 にはバージョン リソースがありません。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="+19"/>
        <source> (32-bit view)</source>
        <translation> (32 ビット ビュー)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+62"/>
        <source>The registry key %1 does not exist.</source>
        <translation>レジストリ キー %1 は存在しません。</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+346"/>
        <source>The registry value &quot;%1&quot; does not exist in %2.</source>
        <translation>レジストリ値 &quot;%1&quot; は %2 に存在しません。</translation>
    </message>
    <message>
        <location line="-341"/>
        <source>Reading the registry value &quot;%1&quot; of %2 was refused (access denied).</source>
        <translation>%2 のレジストリ値 &quot;%1&quot; の読み取りが拒否されました (アクセス拒否)。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Listing the values of %1 was refused (access denied).</source>
        <translation>%1 の値の一覧表示が拒否されました (アクセス拒否)。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The Windows Time service (W32Time) is not installed on the simulated machine.</source>
        <translation>Windows Time サービス (W32Time) は、シミュレートされたマシンにインストールされていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (0x80070426).</source>
        <translation>Windows Time サービスが実行されていないため、w32tm で時計を再同期できません (0x80070426)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Setting the clock (w32tm /resync) needs administrator rights, and this (simulated) process is not elevated.</source>
        <translation>時計の設定 (w32tm /resync) には管理者権限が必要ですが、この (シミュレートされた) プロセスは昇格されていません。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+27"/>
        <source>This simulated machine does not describe Task Scheduler.</source>
        <translation>このシミュレートされたマシンには、タスク スケジューラが記述されていません。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Task Scheduler folder %1 does not exist on the simulated machine.</source>
        <translation>タスク スケジューラのフォルダー %1 は、シミュレートされたマシン上に存在しません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The scheduled task %1 does not exist on the simulated machine.</source>
        <translation>スケジュールされたタスク %1 は、シミュレートされたマシン上に存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changing the scheduled task %1</source>
        <translation>スケジュールされたタスク %1 の変更</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The scheduled task %1 has %n trigger(s), but the change names %2; nothing was changed.</source>
        <translation>
            <numerusform>スケジュールされたタスク %1 にはトリガーが %n 個ありますが、変更では %2 が指定されています。何も変更されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This simulated machine does not describe Windows Update&apos;s history.</source>
        <translation>このシミュレートされたマシンには、Windows Update の履歴が記述されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This simulated machine does not describe the computer&apos;s names.</source>
        <translation>このシミュレートされたマシンには、コンピューター名が記述されていません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>&quot;%1&quot; は SHA-1 拇印 (40 桁の 16 進数) ではありません。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Stopping the service %1</source>
        <translation>サービス %1 の停止</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+29"/>
        <source>Changing the registry value &quot;%1&quot; in %2</source>
        <translation>%2 のレジストリ値 &quot;%1&quot; の変更</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A registry value needs a key below the hive.</source>
        <translation>レジストリ値には、ハイブの下にあるキーが必要です。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Deleting the registry value &quot;%1&quot; in %2</source>
        <translation>%2 のレジストリ値 &quot;%1&quot; の削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>レジストリ ハイブのルートは削除できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting the registry key %1</source>
        <translation>レジストリ キー %1 の削除</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemState.h" line="+9"/>
        <source>The service %1 is not installed on the simulated machine.</source>
        <translation>サービス %1 は、シミュレートされたマシンにインストールされていません。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystem.cpp" line="+236"/>
        <source>Changing the attributes of %1</source>
        <translation>%1 の属性の変更</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This account is not an administrator, so there is no elevated token to switch to. Log on with an administrator account.</source>
        <translation>このアカウントは管理者ではないため、切り替え先の昇格されたトークンがありません。管理者アカウントでログオンしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SIMULATED: the scenario now runs with the administrator&apos;s full token. No program was started.</source>
        <translation>シミュレーション: シナリオは管理者の完全なトークンで実行されるようになりました。プログラムは起動されていません。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioSystemMachine.cpp" line="-102"/>
        <source>Starting the service %1</source>
        <translation>サービス %1 の開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service %1 is disabled; set its start type first.</source>
        <translation>サービス %1 は無効になっています。先にスタートアップの種類を設定してください。</translation>
    </message>
    <message>
        <location filename="../checks/system/ScenarioConnectivity.cpp" line="+37"/>
        <source>the name %1 could not be looked up (the DNS server did not answer)</source>
        <translation>名前 %1 を解決できませんでした (DNS サーバーが応答しませんでした)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>名前 %1 は存在しません (DNS サーバーにその名前がありません)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the TCP connection did not complete (nothing answered: often a firewall that drops the traffic)</source>
        <translation>TCP 接続が完了しませんでした (応答なし: 多くの場合、トラフィックを破棄するファイアウォールが原因です)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TCP connection was refused</source>
        <translation>TCP 接続が拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy refused the request</source>
        <translation>プロキシが要求を拒否しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake did not finish</source>
        <translation>TLS ハンドシェイクが完了しませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no answer to the request (the connection stayed open, silent)</source>
        <translation>要求に対する応答がありません (接続は開いたままで、何も返されません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection was closed or reset before any answer came</source>
        <translation>応答が返る前に、接続が閉じられたかリセットされました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 は、ホスト名を含む http または https のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name %1 could not be looked up: the simulated machine has no network connection</source>
        <translation>名前 %1 を解決できませんでした: シミュレートされたマシンにはネットワーク接続がありません</translation>
    </message>
</context>
<context>
    <name>mars::ScenarioTempParser</name>
    <message>
        <location filename="../checks/system/ScenarioTempParser.cpp" line="+47"/>
        <source>is false, so the folder cannot hold files, directories or symlinks (in a file with a base, drop the base&apos;s with &quot;files&quot;: null)</source>
        <translation>false であるため、このフォルダーにはファイル、ディレクトリ、シンボリック リンクを置けません (base を持つファイルでは、&quot;files&quot;: null で base のファイルを除外してください)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>has both name and pattern; a file has a name, a generator a pattern</source>
        <translation>name と pattern の両方があります。ファイルには name を、ジェネレーターには pattern を指定します</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>must contain {n} exactly once, such as &quot;tmp{n}.tmp&quot;</source>
        <translation>&quot;tmp{n}.tmp&quot; のように、{n} をちょうど 1 回含む必要があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+33"/>
        <source>would make the temp folder hold more than %1 entries</source>
        <translation>Temp フォルダーのエントリが %1 個を超えてしまいます</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>is one pattern too many: a temp folder is described with at most %1</source>
        <translation>パターンが 1 つ多すぎます。Temp フォルダーの記述に使用できるパターンは最大 %1 個です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>makes names that other patterns could make too, more than can be checked; describe the folder with fewer patterns</source>
        <translation>他のパターンでも生成されうる名前を生成し、その数が確認できる上限を超えています。より少ないパターンでフォルダーを記述してください</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>must be a plain file name (no folder, none of \ / : * ? &quot; &lt; &gt; |)</source>
        <translation>単純なファイル名である必要があります (フォルダーや \ / : * ? &quot; &lt; &gt; | は使用できません)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+40"/>
        <source>names &quot;%1&quot; a second time in the temp folder (names are compared without regard to case)</source>
        <translation>Temp フォルダー内で &quot;%1&quot; が 2 回指定されています (名前の比較では大文字と小文字は区別されません)</translation>
    </message>
</context>
<context>
    <name>mars::ServiceText</name>
    <message>
        <location filename="../checks/catalog/agent/ServiceText.cpp" line="+35"/>
        <source>stopped</source>
        <translation>停止中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopping</source>
        <translation>停止処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in a transitional state</source>
        <translation>状態の切り替え中</translation>
    </message>
</context>
<context>
    <name>mars::SimulatedBanner</name>
    <message>
        <location filename="../wizard_pages/SimulatedBanner.cpp" line="-14"/>
        <source>SIMULATED MACHINE (%1). Nothing on these pages describes this computer, and fixes change only the simulation.</source>
        <translation>シミュレートされたマシン (%1)。これらのページの内容はこのコンピューターを表すものではなく、修正で変更されるのはシミュレーションだけです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simulated machine</source>
        <translation>シミュレートされたマシン</translation>
    </message>
</context>
<context>
    <name>mars::SocketConnectivity</name>
    <message>
        <location filename="../checks/system/SocketConnectivity.cpp" line="+86"/>
        <source>stopped before it finished</source>
        <translation>完了前に停止しました</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the TCP connection to %1 port %2 did not complete within %3 s (nothing answered: often a firewall that drops the traffic)</source>
        <translation>%1 のポート %2 への TCP 接続が %3 秒以内に完了しませんでした (応答なし: 多くの場合、トラフィックを破棄するファイアウォールが原因です)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the TCP connection to %1 port %2 was refused (nothing listens there, or a firewall rejects it)</source>
        <translation>%1 のポート %2 への TCP 接続が拒否されました (そのポートで待ち受けているものがないか、ファイアウォールが拒否しています)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the TCP connection to %1 port %2 failed: %3</source>
        <translation>%1 のポート %2 への TCP 接続に失敗しました: %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <source>the name %1 does not exist (the DNS server knows no such name)</source>
        <translation>名前 %1 は存在しません (DNS サーバーにその名前がありません)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the name %1 could not be looked up: %2</source>
        <translation>名前 %1 を解決できませんでした: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the name %1 could not be looked up within %2 s (the DNS server did not answer)</source>
        <translation>名前 %1 を %2 秒以内に解決できませんでした (DNS サーバーが応答しませんでした)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the proxy %1 closed the connection without answering the tunnel request (CONNECT)</source>
        <translation>プロキシ %1 は、トンネル要求 (CONNECT) に応答せずに接続を閉じました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the proxy %1 did not answer the tunnel request (CONNECT) within %2 s</source>
        <translation>プロキシ %1 は、%2 秒以内にトンネル要求 (CONNECT) に応答しませんでした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the proxy %1 asks for credentials (407 Proxy Authentication Required%2)</source>
        <translation>プロキシ %1 が資格情報を要求しています (407 Proxy Authentication Required%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; it offers %1</source>
        <translation>、提示された認証方式: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the proxy %1 refused the tunnel: %2 %3</source>
        <translation>プロキシ %1 がトンネルを拒否しました: %2 %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the server&apos;s certificate is not trusted: %1</source>
        <translation>サーバーの証明書が信頼されていません: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the TLS handshake did not finish within %1 s (the other side stopped answering)</source>
        <translation>TLS ハンドシェイクが %1 秒以内に完了しませんでした (相手側が応答しなくなりました)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed during the TLS handshake (TLS 1.2 turned off on one side, or a device in between that blocks it)</source>
        <translation>TLS ハンドシェイク中に接続が閉じられました (一方の側で TLS 1.2 が無効になっているか、途中のデバイスがブロックしています)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>the connection was closed or reset before any answer came (by the server or by a device in between)</source>
        <translation>応答が返る前に、接続が閉じられたかリセットされました (サーバーまたは途中のデバイスによる)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>the answer was not HTTP</source>
        <translation>応答が HTTP ではありませんでした</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>no answer to the request within %1 s (the connection stayed open, silent)</source>
        <translation>%1 秒以内に要求への応答がありませんでした (接続は開いたままで、何も返されません)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the proxy %1:%2 asks for credentials (407 Proxy Authentication Required)</source>
        <translation>プロキシ %1:%2 が資格情報を要求しています (407 Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is not an http or https address with a host name.</source>
        <translation>%1 は、ホスト名を含む http または https のアドレスではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This build has no TLS support (Qt found no TLS backend), so HTTPS could not be tried.</source>
        <translation>このビルドは TLS をサポートしていないため (Qt で TLS バックエンドが見つかりません)、HTTPS を試行できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy %1 has no port.</source>
        <translation>プロキシ %1 にポートがありません。</translation>
    </message>
</context>
<context>
    <name>mars::StartupError</name>
    <message>
        <location filename="../app/StartupError.cpp" line="+16"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS エージェント トラブルシューティング ツール</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+54"/>
        <source>%1
Run mars-troubleshooter --help for the options.</source>
        <translation>%1
オプションについては、mars-troubleshooter --help を実行してください。</translation>
    </message>
</context>
<context>
    <name>mars::SummaryPage</name>
    <message>
        <location filename="../wizard_pages/SummaryPage.cpp" line="+45"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found, what to do next, and how to hand it to support.</source>
        <translation>検出結果、次に行うこと、サポートへの引き継ぎ方法。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What needs attention</source>
        <translation>対処が必要な項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The problems found, worst first, each with what to do.</source>
        <translation>見つかった問題を重大なものから順に、それぞれの対処方法と共に表示します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the report to a file: HTML to read, JSON for second-line support, Markdown or text. Secrets are removed.</source>
        <translation>レポートをファイルに書き込みます: 閲覧用の HTML、2 次サポート用の JSON、Markdown またはテキスト。シークレットは削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy for ticket</source>
        <translation>チケット用にコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies a plain-text summary for a ticket. Secrets are removed.</source>
        <translation>チケット用のプレーン テキストの概要をコピーします。シークレットは削除されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support bundle…</source>
        <translation>サポート バンドル…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One zip file for second-line support: the report, this tool&apos;s log and fix journal, and the agent&apos;s own logs, with secrets removed. You see the list before it is written.</source>
        <translation>2 次サポート向けの 1 つの zip ファイルです。レポート、このツールのログと修正ジャーナル、エージェント自体のログを、シークレットを削除したうえでまとめます。書き込む前に一覧が表示されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show log</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows this session&apos;s log, with secrets masked.</source>
        <translation>このセッションのログを、シークレットをマスクして表示します。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Log file: none (this session logs to memory only).</source>
        <translation>ログ ファイル: なし (このセッションはメモリにのみログを記録します)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>ログ ファイル: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checks ran, so nothing is known yet. Go Back to run them.</source>
        <translation>チェックが実行されていないため、まだ何もわかっていません。[戻る] をクリックしてチェックを実行してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something is blocking the agent. Deal with the failed items below, then run the checks again.</source>
        <translation>エージェントを妨げている問題があります。下の不合格の項目に対処してから、チェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks could not run, so the picture is incomplete. See below.</source>
        <translation>実行できなかったチェックがあるため、状況を完全には把握できていません。以下を参照してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some checks were cancelled, so the picture is incomplete. Go Back to run them again.</source>
        <translation>キャンセルされたチェックがあるため、状況を完全には把握できていません。[戻る] をクリックしてチェックを再実行してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is blocking the agent, but some items deserve a look.</source>
        <translation>エージェントを妨げる問題はありませんが、確認しておくべき項目があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was found that would stop the agent. Go ahead.</source>
        <translation>エージェントを妨げる問題は見つかりませんでした。作業を進めてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed: %1 · Warnings: %2 · Failed: %3 · Could not run: %4 · Not applicable: %5</source>
        <translation>合格: %1 · 警告: %2 · 不合格: %3 · 実行不可: %4 · 該当なし: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · Cancelled: %1</source>
        <translation> · キャンセル済み: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Restart the server once before registering: %n change(s) made in this session take effect only after a restart.</source>
        <translation>
            <numerusform>登録の前にサーバーを 1 回再起動してください。このセッションで行った %n 件の変更は、再起動後に有効になります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>What to do:</source>
        <translation>対処方法:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documentation</source>
        <translation>ドキュメント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check needs attention.</source>
        <translation>対処が必要なチェックはありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fixes applied in this session</source>
        <translation>このセッションで適用した修正</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to check now:</source>
        <translation>次に確認すること:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading this session&apos;s fix records…</source>
        <translation>このセッションの修正記録を読み取っています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saving the report…</source>
        <translation>レポートを保存しています…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not save the report.</source>
        <translation>レポートを保存できませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report was not saved</source>
        <translation>レポートは保存されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1.</source>
        <translation>レポートを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
別のフォルダー (このアカウントで書き込めるフォルダー) を選択して、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summary copied to the clipboard (secrets removed). Paste it into the ticket.</source>
        <translation>概要をクリップボードにコピーしました (シークレットは削除済み)。チケットに貼り付けてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Support bundle saved to %1 (%n file(s)). Send it to second-line support.</source>
        <translation>
            <numerusform>サポート バンドルを %1 に保存しました (ファイル %n 個)。2 次サポートに送付してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mars::SupportBundle</name>
    <message>
        <location filename="../checks/report/SupportBundle.cpp" line="+59"/>
        <source>%1 is not included: there is no file at %2 yet.</source>
        <translation>%1 は含まれていません: %2 にまだファイルがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not included: %2</source>
        <translation>%1 は含まれていません: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The agent&apos;s logs are not included: this session has no machine to read them from.</source>
        <translation>エージェントのログは含まれていません: このセッションには、ログの読み取り元となるマシンがありません。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2) is not included: there is no such log on this machine (%3).</source>
        <translation>%1 (%2) は含まれていません: このマシンにはそのログがありません (%3)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2) is not included: %3</source>
        <translation>%1 (%2) は含まれていません: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the report: open it in a browser</source>
        <translation>レポート: ブラウザーで開いてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the report with every value, for tools</source>
        <translation>すべての値を含むレポート (ツール用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary to paste into a ticket</source>
        <translation>チケットに貼り付けるための概要</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this tool&apos;s log</source>
        <translation>このツールのログ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>what this tool&apos;s fixes changed, file by file</source>
        <translation>このツールの修正による変更内容 (ファイルごと)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this tool&apos;s fix journal (what each fix changed and how to undo it)</source>
        <translation>このツールの修正ジャーナル (各修正による変更内容と、その元に戻し方)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This tool&apos;s log is not included: this session logs to memory only.</source>
        <translation>このツールのログは含まれていません: このセッションはメモリにのみログを記録します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>MARS Agent Troubleshooter: support bundle</source>
        <translation>MARS エージェント トラブルシューティング ツール: サポート バンドル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session: %1</source>
        <translation>セッション: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created (UTC): %1</source>
        <translation>作成日時 (UTC): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine: %1</source>
        <translation>マシン: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIMULATED: the reports and logs describe a scenario file, not a real machine.</source>
        <translation>シミュレーション: レポートとログの内容は、実際のマシンではなくシナリオ ファイルを表しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passwords, keys, certificates and tokens are replaced by %1 in every file. Names and paths stay, as in the saved report.</source>
        <translation>すべてのファイルで、パスワード、キー、証明書、トークンは %1 に置き換えられています。名前とパスは、保存されたレポートと同様にそのまま残ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Files:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>%2 の末尾 %1 (全体 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>made by this tool</source>
        <translation>このツールで作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not included:</source>
        <translation>含まれていないもの:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The support bundle could not be written to %1: %2</source>
        <translation>サポート バンドルを %1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mars::SupportBundleDialog</name>
    <message>
        <location filename="../wizard_pages/SupportBundleDialog.cpp" line="+34"/>
        <source>Support bundle</source>
        <translation>サポート バンドル</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>One zip file for second-line support</source>
        <translation>2 次サポート向けの 1 つの zip ファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These files go into the zip. Passwords, keys, certificates and tokens are replaced by [REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your support team or to Microsoft. Nothing is written until you choose where.</source>
        <translation>これらのファイルが zip に含まれます。パスワード、キー、証明書、トークンは [REDACTED] に置き換えられますが、名前とパスは保存されたレポートと同様にそのまま残るため、バンドルは自社のサポート チームまたは Microsoft にのみ送付してください。保存先を選択するまで、何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collecting the files…</source>
        <translation>ファイルを収集しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, and where it comes from</source>
        <translation>内容と取得元</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save bundle…</source>
        <translation>バンドルを保存…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n file(s), %1 before compression, and manifest.txt, which lists them.</source>
        <translation>
            <numerusform>ファイル %n 個 (圧縮前 %1) と、それらの一覧を記載した manifest.txt。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>made by this tool for this session</source>
        <translation>このセッション用にこのツールで作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 of %2 (%3)</source>
        <translation>%2 の末尾 %1 (全体 %3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not included:</source>
        <translation>含まれていないもの:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the support bundle</source>
        <translation>サポート バンドルの保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip アーカイブ (*.zip)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the support bundle…</source>
        <translation>サポート バンドルを書き込んでいます…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The support bundle was not saved</source>
        <translation>サポート バンドルは保存されませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support bundle could not be saved to %1.</source>
        <translation>サポート バンドルを %1 に保存できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1
Choose another folder (one this account may write to) and save again.</source>
        <translation>%1
別のフォルダー (このアカウントで書き込めるフォルダー) を選択して、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the support bundle.</source>
        <translation>サポート バンドルを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>mars::TlsRegistry</name>
    <message>
        <location filename="../checks/catalog/tls/TlsRegistry.cpp" line="+20"/>
        <source> (32-bit view)</source>
        <translation> (32 ビット ビュー)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; (%2, not a number)</source>
        <translation>&quot;%1&quot; (%2、数値ではありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 data, not a number</source>
        <translation>%1 データ (数値ではありません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unreadable (%1)</source>
        <translation>読み取り不可 (%1)</translation>
    </message>
</context>
<context>
    <name>mars::TroubleshooterWizard</name>
    <message>
        <location filename="../wizard_pages/TroubleshooterWizard.cpp" line="+65"/>
        <source>Presenter mode</source>
        <translation>プレゼンター モード</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a screen-share: larger text, and the customer&apos;s user names, machine names, e-mail addresses and ids hidden on screen. Saved reports keep them.</source>
        <translation>画面共有用: 文字を大きくし、お客様のユーザー名、マシン名、メール アドレス、ID を画面上で非表示にします。保存したレポートにはそのまま残ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Goes back to the previous page.</source>
        <translation>前のページに戻ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes on to the next page, whose checks start at once.</source>
        <translation>次のページに進みます。そのページのチェックはすぐに開始されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the troubleshooter. If a report is worth keeping, it asks first.</source>
        <translation>トラブルシューティング ツールを閉じます。保存しておくべきレポートがある場合は、先に確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the troubleshooter.</source>
        <translation>トラブルシューティング ツールを閉じます。</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>MARS Agent Troubleshooter</source>
        <translation>MARS エージェント トラブルシューティング ツール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SIMULATED: %2</source>
        <translation>%1 — シミュレーション: %2</translation>
    </message>
</context>
<context>
    <name>mars::TrustedTime</name>
    <message>
        <location filename="../checks/catalog/common/TrustedTime.cpp" line="+33"/>
        <source>Azure&apos;s clock (the Date of %1&apos;s answer)</source>
        <translation>Azure の時計 (%1 の応答の Date ヘッダー)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this server&apos;s clock (no Azure address answered to compare with)</source>
        <translation>このサーバーの時計 (比較対象となる Azure のアドレスが応答しませんでした)</translation>
    </message>
</context>
<context>
    <name>mars::VaultCredentialsParser</name>
    <message>
        <location filename="../checks/catalog/common/VaultCredentials.cpp" line="+63"/>
        <source>The file is not text in UTF-8 or UTF-16: it is damaged or not a vault credentials file.</source>
        <translation>ファイルが UTF-8 または UTF-16 のテキストではありません。破損しているか、コンテナー資格情報ファイルではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file holds far more XML than a vault credentials file does: it is not one.</source>
        <translation>ファイルには、コンテナー資格情報ファイルよりもはるかに多くの XML が含まれています。コンテナー資格情報ファイルではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file carries a document type declaration (DTD), which a vault credentials file never has: it was altered or is not one.</source>
        <translation>ファイルに文書型宣言 (DTD) が含まれていますが、コンテナー資格情報ファイルに DTD が含まれることはありません。改変されているか、コンテナー資格情報ファイルではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This is an Azure Site Recovery credentials file, not a Backup one: download the vault credentials from the vault&apos;s Backup settings (Properties &gt; Backup Credentials).</source>
        <translation>これは Backup 用ではなく、Azure Site Recovery の資格情報ファイルです。コンテナーの Backup の設定 ([プロパティ] &gt; [バックアップ資格情報]) からコンテナー資格情報をダウンロードしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is XML, but not a vault credentials file: it starts with &lt;%1&gt; instead of &lt;RSBackupVaultAADCreds&gt;.</source>
        <translation>ファイルは XML ですが、コンテナー資格情報ファイルではありません。&lt;RSBackupVaultAADCreds&gt; ではなく &lt;%1&gt; で始まっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file&apos;s &lt;RSBackupVaultAADCreds&gt; is not in the namespace the agent reads (%1): it was edited or made by hand.</source>
        <translation>ファイルの &lt;RSBackupVaultAADCreds&gt; が、エージェントが読み取る名前空間 (%1) にありません。編集されたか、手作業で作成されています。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file is not valid XML (%1 at line %2): it is damaged, cut short or not a vault credentials file.</source>
        <translation>ファイルが有効な XML ではありません (%2 行目: %1)。破損しているか、途中で切れているか、コンテナー資格情報ファイルではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no element</source>
        <translation>要素なし</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file lacks %1, which registration needs: it is incomplete or was edited.</source>
        <translation>ファイルに、登録に必要な %1 がありません。不完全であるか、編集されています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s certificate (ManagementCert) is not valid base-64: the file is damaged.</source>
        <translation>ファイルの証明書 (ManagementCert) が有効な Base64 ではありません。ファイルが破損しています。</translation>
    </message>
</context>
<context>
    <name>mars::VaultFile</name>
    <message>
        <location filename="../checks/catalog/common/VaultFile.cpp" line="+65"/>
        <source>The file is on a network location; it is read only from this server&apos;s own disk.</source>
        <translation>ファイルはネットワーク上の場所にあります。ファイルは、このサーバー自体のディスクからのみ読み取ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is %1 KB, far larger than a vault credentials file (a few KB): it is not one, or it was damaged.</source>
        <translation>ファイルのサイズは %1 KB で、コンテナー資格情報ファイル (数 KB) よりはるかに大きくなっています。コンテナー資格情報ファイルではないか、破損しています。</translation>
    </message>
</context>
<context>
    <name>mars::VaultFilePreview</name>
    <message>
        <location filename="../wizard_pages/VaultFilePreview.cpp" line="+46"/>
        <source>Checking the file…</source>
        <translation>ファイルを確認しています…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>not named</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vault: %1 · Resource group: %2 · Region: %3
Subscription: %4 · Tenant: %5</source>
        <translation>コンテナー: %1 · リソース グループ: %2 · リージョン: %3
サブスクリプション: %4 · テナント: %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be checked.</source>
        <translation>ファイルを確認できませんでした。</translation>
    </message>
</context>
<context>
    <name>mars::Verdict</name>
    <message>
        <location filename="../checks/engine/Verdict.cpp" line="+47"/>
        <source>PASS</source>
        <extracomment>Verdict labels of the console table: short, upper case.</extracomment>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FAIL</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N/A</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERROR</source>
        <extracomment>The check itself could not run (the probe failed), as opposed to FAIL.</extracomment>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIMEOUT</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CANCEL</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NOT RUN</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>INVALID</source>
        <translation>無効</translation>
    </message>
</context>
<context>
    <name>mars::VerdictAppearance</name>
    <message>
        <location filename="../wizard_pages/VerdictAppearance.cpp" line="+31"/>
        <source>Running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not run</source>
        <translation>実行不可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet</source>
        <translation>未実行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>mars::WelcomePage</name>
    <message>
        <location filename="../wizard_pages/WelcomePage.cpp" line="+57"/>
        <source>Why won&apos;t the Azure Backup (MARS) agent install or register?</source>
        <translation>Azure Backup (MARS) エージェントをインストールまたは登録できないのはなぜですか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what you are trying to do, then the tool checks this server.</source>
        <translation>何をしようとしているかを選択すると、ツールがこのサーバーをチェックします。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the tool runs a set of checks that only read this server&apos;s settings — nothing is changed. If a check finds a problem it can fix, it shows you exactly what would change, and nothing changes until you confirm the fix.</source>
        <translation>ツールは最初に、このサーバーの設定を読み取るだけの一連のチェックを実行します。何も変更されません。修正できる問題がチェックで見つかった場合は、何が変更されるかが正確に表示され、修正を確定するまでは何も変更されません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The language of the troubleshooter and of its reports. Changing it shows this page again in that language: what you entered is kept (a passphrase must be typed again), and the checks run again.</source>
        <translation>トラブルシューティング ツールとそのレポートの言語です。変更すると、このページがその言語で再表示されます。入力した内容は保持されます (パスフレーズは再入力が必要です)。チェックは再実行されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote this id to support: it is on every log line, report and fix record.</source>
        <translation>サポートにはこの ID をお伝えください。すべてのログ行、レポート、修正記録に記載されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rights:</source>
        <translation>権限:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What are you trying to do?</source>
        <translation>何をしようとしていますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the agent on this server</source>
        <translation>このサーバーにエージェントをインストールする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register this server with a Recovery Services vault (agent already installed)</source>
        <translation>このサーバーを Recovery Services コンテナーに登録する (エージェントはインストール済み)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register this server again (it was registered before)</source>
        <translation>このサーバーを再登録する (以前に登録済み)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installation checks run first, then the registration checks.</source>
        <translation>最初にインストールのチェックが実行され、次に登録のチェックが実行されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registration checks run: the connection to Azure, the vault credentials file, the clock and the agent&apos;s health.</source>
        <translation>登録のチェックが実行されます: Azure への接続、コンテナー資格情報ファイル、時計、エージェントの正常性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registration checks, and what registering a second time needs: the same passphrase and the name the vault knows this server by.</source>
        <translation>登録のチェックと、再登録に必要なもの (同じパスフレーズと、コンテナーがこのサーバーを識別している名前) のチェックが実行されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details (optional — leave empty if you don&apos;t know yet)</source>
        <translation>詳細 (省略可能 — まだわからない場合は空欄のままにしてください)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Browse for the agent install folder</source>
        <translation>エージェントのインストール フォルダーを参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the agent&apos;s install folder in a folder dialog.</source>
        <translation>フォルダーの選択ダイアログで、エージェントのインストール フォルダーを選択します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent install folder:</source>
        <translation>エージェントのインストール フォルダー:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The .VaultCredentials file downloaded from the Azure portal</source>
        <translation>Azure portal からダウンロードした .VaultCredentials ファイル</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse for the vault credentials file</source>
        <translation>コンテナー資格情報ファイルを参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the .VaultCredentials file in a file dialog.</source>
        <translation>ファイルの選択ダイアログで、.VaultCredentials ファイルを選択します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials file:</source>
        <translation>コンテナー資格情報ファイル:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error the customer saw:</source>
        <translation>お客様に表示されたエラー:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encryption passphrase:</source>
        <translation>暗号化パスフレーズ:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Azure (public)</source>
        <translation>Azure (パブリック)</translation>
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
        <translation>Azure クラウド:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure cloud</source>
        <translation>Azure クラウド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Azure the vault is in. It decides which addresses the connection checks try.</source>
        <translation>コンテナーがある Azure クラウドです。接続のチェックでどのアドレスを試行するかは、この設定で決まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lab and training inputs (not for a customer&apos;s server)</source>
        <translation>ラボおよびトレーニング用の入力 (お客様のサーバーでは使用しないでください)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A JSON list of endpoints that replaces the cloud&apos;s (docs/endpoints.md)</source>
        <translation>クラウドのエンドポイントを置き換える、エンドポイントの JSON リスト (docs/endpoints.md)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PEM file of CA certificates trusted for this run only (never installed)</source>
        <translation>この実行でのみ信頼される CA 証明書の PEM ファイル (インストールはされません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http://host:port, probed as one more route</source>
        <translation>http://host:port (追加のルートとしてテストされます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoints file:</source>
        <translation>エンドポイント ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra trusted roots:</source>
        <translation>追加の信頼されたルート:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra proxy:</source>
        <translation>追加のプロキシ:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Endpoints file</source>
        <translation>エンドポイント ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra trusted roots</source>
        <translation>追加の信頼されたルート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extra proxy</source>
        <translation>追加のプロキシ</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Account: %1</source>
        <translation>アカウント: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not read this account&apos;s rights: %1</source>
        <translation>このアカウントの権限を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running as administrator (elevated)</source>
        <translation>管理者として実行中 (昇格済み)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator, but not elevated — some checks and fixes need you to restart as administrator</source>
        <translation>管理者ですが、昇格されていません — 一部のチェックと修正では、管理者として再起動する必要があります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not an administrator</source>
        <translation>管理者ではありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the agent&apos;s install folder</source>
        <translation>エージェントのインストール フォルダーを選択</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the vault credentials file</source>
        <translation>コンテナー資格情報ファイルを選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault credentials (*.VaultCredentials)</source>
        <translation>コンテナー資格情報 (*.VaultCredentials)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>mars::WindowsSystem</name>
    <message>
        <location filename="../checks/system/WindowsAttributes.cpp" line="+84"/>
        <source>%1 cannot be opened to see where it leads: %2</source>
        <translation>%1 を開いてリンク先を確認することができません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The full path of %1 cannot be read: %2</source>
        <translation>%1 の完全パスを読み取れません: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only the read-only, hidden, system, compressed and encrypted attributes can be changed.</source>
        <translation>変更できるのは、読み取り専用、隠しファイル、システム、圧縮、暗号化の各属性だけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An attribute cannot be set and cleared at the same time.</source>
        <translation>同じ属性を同時に設定および解除することはできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NTFS cannot compress and encrypt the same file or folder.</source>
        <translation>NTFS では、同じファイルまたはフォルダーを圧縮と暗号化の両方にすることはできません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be opened</source>
        <translation>%1 を開けません</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+98"/>
        <source>The attributes of %1 cannot be read</source>
        <translation>%1 の属性を読み取れません</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>%1 is a link or junction (a reparse point). Its attributes are left alone, and the place it points to is not followed.</source>
        <translation>%1 はリンクまたはジャンクション (再解析ポイント) です。その属性は変更せず、リンク先もたどりません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+92"/>
        <source>The attributes of %1 cannot be changed</source>
        <translation>%1 の属性を変更できません</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>%1 cannot be opened to change its compression</source>
        <translation>圧縮を変更するために %1 を開くことができません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was replaced while its attributes were being changed.</source>
        <translation>属性の変更中に %1 が置き換えられました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be compressed</source>
        <translation>%1 を圧縮できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be uncompressed</source>
        <translation>%1 の圧縮を解除できません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was replaced while its attributes were being changed; its encryption was not changed.</source>
        <translation>属性の変更中に %1 が置き換えられました。暗号化は変更されていません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 was replaced right after its encryption was changed; check the folder before going on.</source>
        <translation>暗号化の変更直後に %1 が置き換えられました。先に進む前に、フォルダーを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be encrypted</source>
        <translation>%1 を暗号化できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted</source>
        <translation>%1 の暗号化を解除できません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFiles.cpp" line="+44"/>
        <location line="+81"/>
        <source>The folder %1 cannot be opened</source>
        <translation>フォルダー %1 を開けません</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The folder %1 cannot be read</source>
        <translation>フォルダー %1 を読み取れません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full path of the folder %1 cannot be read</source>
        <translation>フォルダー %1 の完全パスを読み取れません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot find the Windows folder</source>
        <translation>Windows フォルダーが見つかりません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The folder %1 cannot be listed</source>
        <translation>フォルダー %1 の内容を一覧表示できません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Listing the folder %1 stopped</source>
        <translation>フォルダー %1 の一覧表示が停止しました</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A test file cannot be created in %1</source>
        <translation>%1 にテスト ファイルを作成できません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be found</source>
        <translation>%1 が見つかりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../checks/system/WindowsVolumes.cpp" line="+152"/>
        <source>Cannot find the volume of %1</source>
        <translation>%1 のボリュームが見つかりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read the free space of the volume of %1</source>
        <translation>%1 のボリュームの空き領域を読み取れません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsMachine.cpp" line="+119"/>
        <source>Windows did not tell its version (RtlGetVersion).</source>
        <translation>Windows がバージョンを返しませんでした (RtlGetVersion)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the time zone</source>
        <translation>タイム ゾーンを読み取れません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cannot find the Windows system folder</source>
        <translation>Windows のシステム フォルダーが見つかりません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Windows Time tool %1 is not on this computer, so the clock cannot be set from its time source.</source>
        <translation>Windows Time ツール %1 がこのコンピューターにないため、タイム ソースから時計を設定できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync did not finish within %1 seconds (no answer from the time source?); it was stopped.</source>
        <translation>w32tm /resync が %1 秒以内に完了しなかったため (タイム ソースから応答がない可能性があります)、停止しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>w32tm /resync was stopped before it finished (cancelled).</source>
        <translation>w32tm /resync は完了前に停止されました (キャンセル)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>w32tm /resync ended abnormally.</source>
        <translation>w32tm /resync が異常終了しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Windows Time service is not running, so w32tm cannot resynchronise the clock (%1).</source>
        <translation>Windows Time サービスが実行されていないため、w32tm で時計を再同期できません (%1)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>w32tm /resync failed: %1</source>
        <translation>w32tm /resync に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>w32tm /resync failed with %1; its output is kept as evidence.</source>
        <translation>w32tm /resync が %1 で失敗しました。出力は証拠として保存されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>w32tm /resync ended with exit code %1; its output is kept as evidence.</source>
        <translation>w32tm /resync が終了コード %1 で終了しました。出力は証拠として保存されています。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the WinHTTP proxy setting</source>
        <translation>WinHTTP のプロキシ設定を読み取れません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+79"/>
        <source>The registry value %1 in %2 is too short for its type (%3 bytes).</source>
        <translation>%2 のレジストリ値 %1 は、その型に対して短すぎます (%3 バイト)。</translation>
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
        <translation>レジストリ キー %1 は存在しません。</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+181"/>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+1"/>
        <source>The registry key %1 cannot be opened</source>
        <translation>レジストリ キー %1 を開けません</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+142"/>
        <source>The registry value %1 does not exist in %2.</source>
        <translation>レジストリ値 %1 は %2 に存在しません。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>The registry value %1 in %2 cannot be read</source>
        <translation>%2 のレジストリ値 %1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistryListing.cpp" line="+15"/>
        <source>The subkeys of the registry key %1 cannot be counted</source>
        <translation>レジストリ キー %1 のサブキーの数を取得できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be counted</source>
        <translation>レジストリ キー %1 の値の数を取得できません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The subkeys of the registry key %1 cannot be listed</source>
        <translation>レジストリ キー %1 のサブキーを一覧表示できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The values of the registry key %1 cannot be listed</source>
        <translation>レジストリ キー %1 の値を一覧表示できません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRegistry.cpp" line="+44"/>
        <source>The text for the registry value %1 contains a NUL character, which a registry string cannot hold.</source>
        <translation>レジストリ値 %1 のテキストに NUL 文字が含まれていますが、レジストリの文字列に NUL 文字は格納できません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+49"/>
        <location line="+30"/>
        <source>The registry key %1 cannot be opened for writing</source>
        <translation>レジストリ キー %1 を書き込み用に開けません</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+42"/>
        <source>The registry value %1 in %2 cannot be written</source>
        <translation>%2 のレジストリ値 %1 を書き込めません</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The registry key %1 cannot be opened or created</source>
        <translation>レジストリ キー %1 を開くことも作成することもできません</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The registry value %1 in %2 cannot be deleted</source>
        <translation>%2 のレジストリ値 %1 を削除できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The root of a registry hive cannot be deleted.</source>
        <translation>レジストリ ハイブのルートは削除できません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The content of the registry key %1 cannot be counted</source>
        <translation>レジストリ キー %1 の内容の数を取得できません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry key %1 cannot be deleted</source>
        <translation>レジストリ キー %1 を削除できません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Windows Update is waiting for a restart (registry key ...\WindowsUpdate\Auto Update\RebootRequired).</source>
        <translation>Windows Update が再起動を待機しています (レジストリ キー ...\WindowsUpdate\Auto Update\RebootRequired)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed Windows components or updates are waiting for a restart (registry key ...\Component Based Servicing\RebootPending).</source>
        <translation>インストールされた Windows コンポーネントまたは更新プログラムが再起動を待機しています (レジストリ キー ...\Component Based Servicing\RebootPending)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The restart marker HKLM\%1 cannot be read</source>
        <translation>再起動マーカー HKLM\%1 を読み取れません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Files are waiting to be replaced or deleted at the next restart (registry value PendingFileRenameOperations in ...\Control\Session Manager).</source>
        <translation>次回の再起動時に置き換えまたは削除を待機しているファイルがあります (...\Control\Session Manager のレジストリ値 PendingFileRenameOperations)。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsServices.cpp" line="+82"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>Cannot connect to the service manager</source>
        <translation>サービス コントロール マネージャーに接続できません</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>The service %1 cannot be opened</source>
        <translation>サービス %1 を開けません</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+49"/>
        <location line="+41"/>
        <source>The state of the service %1 cannot be read</source>
        <translation>サービス %1 の状態を読み取れません</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The configuration of the service %1 cannot be read</source>
        <translation>サービス %1 の構成を読み取れません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The service %1 cannot be opened to start it</source>
        <translation>サービス %1 を開始するために開くことができません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service %1 cannot be started</source>
        <translation>サービス %1 を開始できません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The service %1 stopped again right after it was started (exit code %2).</source>
        <translation>サービス %1 は開始直後に再び停止しました (終了コード %2)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service %1 cannot be opened to stop it</source>
        <translation>サービス %1 を停止するために開くことができません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service %1 was not stopped because other running services depend on it.</source>
        <translation>実行中の他のサービスがサービス %1 に依存しているため、停止しませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The service %1 cannot be stopped</source>
        <translation>サービス %1 を停止できません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsSystem.cpp" line="+108"/>
        <source>Cannot read this program&apos;s access token</source>
        <translation>このプログラムのアクセス トークンを読み取れません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot build the Administrators group&apos;s SID</source>
        <translation>Administrators グループの SID を作成できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read whether this program runs elevated</source>
        <translation>このプログラムが昇格された状態で実行されているかどうかを読み取れません</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Cannot check the Administrators group membership</source>
        <translation>Administrators グループのメンバーシップを確認できません</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Administrators group in the full token linked to this filtered (UAC) token</source>
        <translation>このフィルター処理された (UAC) トークンにリンクされた完全なトークン内の Administrators グループ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrators group listed as deny-only in this filtered (UAC) token</source>
        <translation>このフィルター処理された (UAC) トークンで拒否専用として記載されている Administrators グループ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrators group enabled in this elevated token</source>
        <translation>この昇格されたトークンで有効になっている Administrators グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrators group in this process&apos;s token (no UAC split token)</source>
        <translation>このプロセスのトークン内の Administrators グループ (UAC の分割トークンなし)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot find this program&apos;s file: %1</source>
        <translation>このプログラムのファイルが見つかりません: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot find this program&apos;s file: the path is too long.</source>
        <translation>このプログラムのファイルが見つかりません: パスが長すぎます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The troubleshooter is starting again with administrator rights; this window closes.</source>
        <translation>トラブルシューティング ツールを管理者権限で再起動しています。このウィンドウは閉じます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Windows did not start the troubleshooter as administrator because the prompt was declined.</source>
        <translation>プロンプトが拒否されたため、Windows はトラブルシューティング ツールを管理者として起動しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows could not start the troubleshooter as administrator: %1</source>
        <translation>Windows はトラブルシューティング ツールを管理者として起動できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsFileContents.cpp" line="+64"/>
        <source>The file %1 cannot be found</source>
        <translation>ファイル %1 が見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a program file.</source>
        <translation>%1 はプログラム ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file %1 has no version information (%2).</source>
        <translation>ファイル %1 にはバージョン情報がありません (%2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>The version of %1 cannot be read</source>
        <translation>%1 のバージョンを読み取れません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file %1 has version information without a version number.</source>
        <translation>ファイル %1 のバージョン情報にバージョン番号がありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is a folder, not a text file.</source>
        <translation>%1 はテキスト ファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file %1 cannot be opened for reading</source>
        <translation>ファイル %1 を読み取り用に開けません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of %1 cannot be read</source>
        <translation>%1 のサイズを読み取れません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file %1 cannot be read</source>
        <translation>ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsVolumes.cpp" line="-32"/>
        <source>%1 is a network path without a share name (\\server\share).</source>
        <translation>%1 は共有名のないネットワーク パスです (\\server\share)。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no drive %1 on this computer.</source>
        <translation>このコンピューターにドライブ %1 はありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Neither %1 nor any folder above it exists</source>
        <translation>%1 も、その上位のフォルダーも存在しません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 is on a network drive; whether it is deduplicated is up to the file server.</source>
        <translation>%1 はネットワーク ドライブ上にあります。重複除去されているかどうかは、ファイル サーバー側によって決まります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The drive %1 does not answer (not ready or offline), so its deduplication cannot be checked.</source>
        <translation>ドライブ %1 が応答しない (準備ができていないか、オフラインである) ため、重複除去を確認できません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This system (Wine) has no filter manager, so whether Data Deduplication is on for %1 cannot be checked.</source>
        <translation>このシステム (Wine) にはフィルター マネージャーがないため、%1 でデータ重複除去が有効かどうかを確認できません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The filter manager library (fltlib.dll) is not available</source>
        <translation>フィルター マネージャー ライブラリ (fltlib.dll) を使用できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Windows does not offer the filter manager&apos;s volume listing (fltlib.dll), so deduplication cannot be checked.</source>
        <translation>この Windows では、フィルター マネージャーのボリューム一覧機能 (fltlib.dll) が提供されていないため、重複除去を確認できません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The filters attached to %1 cannot be listed</source>
        <translation>%1 にアタッチされているフィルターを一覧表示できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: only an administrator may ask the filter manager (restart as administrator).</source>
        <translation>%1: フィルター マネージャーに照会できるのは管理者だけです (管理者として再起動してください)。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Windows does not say where the %1 folder is: %2</source>
        <translation>Windows から %1 フォルダーの場所を取得できません: %2</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsUpdateHistory.cpp" line="+215"/>
        <source>Starting COM for Windows Update (CoInitializeEx)</source>
        <translation>Windows Update 用の COM の開始 (CoInitializeEx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A thread to ask Windows Update could not be started: %1</source>
        <translation>Windows Update に照会するスレッドを開始できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows Update did not report its history within %1 seconds (its service may be starting or hung).</source>
        <translation>Windows Update が %1 秒以内に履歴を返しませんでした (サービスが起動中であるか、応答していない可能性があります)。</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsRootStore.cpp" line="+62"/>
        <source>&quot;%1&quot; is not a SHA-1 thumbprint (40 hexadecimal digits).</source>
        <translation>&quot;%1&quot; は SHA-1 拇印 (40 桁の 16 進数) ではありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>コンピューターの信頼されたルート証明書ストア (LocalMachine\Root) を開けません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot search the machine&apos;s trusted root certificate store (LocalMachine\Root)</source>
        <translation>コンピューターの信頼されたルート証明書ストア (LocalMachine\Root) を検索できません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open the certificate store %1</source>
        <translation>証明書ストア %1 を開けません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot list the certificate store %1</source>
        <translation>証明書ストア %1 の内容を一覧表示できません</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsIdentity.cpp" line="+71"/>
        <source>Cannot read the computer&apos;s name (%1)</source>
        <translation>コンピューター名を読み取れません (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the domain or workgroup (NetGetJoinInformation)</source>
        <translation>ドメインまたはワークグループを読み取れません (NetGetJoinInformation)</translation>
    </message>
    <message>
        <location filename="../checks/system/WindowsScheduledTasks.cpp" line="+159"/>
        <source>Reading the path of the task %1 (get_Path)</source>
        <translation>タスク %1 のパスの読み取り (get_Path)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading whether the task %1 is enabled (get_Enabled)</source>
        <translation>タスク %1 が有効かどうかの読み取り (get_Enabled)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the definition of the task %1 (get_Definition)</source>
        <translation>タスク %1 の定義の読み取り (get_Definition)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the settings of the task %1 (get_Settings, get_MultipleInstances)</source>
        <translation>タスク %1 の設定の読み取り (get_Settings、get_MultipleInstances)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading who runs the task %1 (get_Principal: user, group, logon type, run level)</source>
        <translation>タスク %1 を実行するユーザーの読み取り (get_Principal: ユーザー、グループ、ログオンの種類、実行レベル)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the triggers of the task %1 (get_Triggers)</source>
        <translation>タスク %1 のトリガーの読み取り (get_Triggers)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading whether the triggers of the task %1 are enabled</source>
        <translation>タスク %1 のトリガーが有効かどうかの読み取り</translation>
    </message>
    <message>
        <location line="+128"/>
        <location line="+10"/>
        <source>Starting COM for Task Scheduler (CoInitializeEx)</source>
        <translation>タスク スケジューラ用の COM の開始 (CoInitializeEx)</translation>
    </message>
</context>
<context>
    <name>mars::agent</name>
    <message>
        <location filename="../checks/catalog/agent/AgentFootprint.cpp" line="+160"/>
        <source>the agent&apos;s InstallPath registry value</source>
        <translation>エージェントの InstallPath レジストリ値</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the folder typed on the first page</source>
        <translation>最初のページで入力されたフォルダー</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the installer&apos;s default folder</source>
        <translation>インストーラーの既定のフォルダー</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the agent&apos;s Config\ScratchLocation registry value</source>
        <translation>エージェントの Config\ScratchLocation レジストリ値</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the agent&apos;s CloudBackupProvider\ScratchLocation registry value</source>
        <translation>エージェントの CloudBackupProvider\ScratchLocation レジストリ値</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the installer&apos;s default, Scratch inside the install folder</source>
        <translation>インストーラーの既定値 (インストール フォルダー内の Scratch)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Neither %1 nor any folder above it exists.</source>
        <translation>%1 も、その上位のフォルダーも存在しません。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentRegistration.cpp" line="+32"/>
        <source>HKLM\%1\%2 could not be read: %3</source>
        <translation>HKLM\%1\%2 を読み取れませんでした: %3</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/WindowsPath.cpp" line="+33"/>
        <source>No path was given.</source>
        <translation>パスが指定されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 is a network path; only a folder on a local drive is accepted.</source>
        <translation>%1 はネットワーク パスです。使用できるのはローカル ドライブ上のフォルダーだけです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a full path on a drive (such as C:\Folder).</source>
        <translation>%1 はドライブ上の完全パス (C:\Folder など) ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is relative to the drive&apos;s current folder, not a full path (such as C:\Folder).</source>
        <translation>%1 はドライブの現在のフォルダーからの相対パスであり、完全パス (C:\Folder など) ではありません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 names a stream of a file or folder (&quot;:&quot;), not a folder.</source>
        <translation>%1 はフォルダーではなく、ファイルまたはフォルダーのストリーム (&quot;:&quot;) を指定しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a character a folder name cannot have.</source>
        <translation>%1 には、フォルダー名に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../checks/catalog/agent/AgentLogFiles.cpp" line="+51"/>
        <source>This computer does not run Windows, so there are no agent logs to collect.</source>
        <translation>このコンピューターでは Windows が実行されていないため、収集するエージェントのログはありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the agent&apos;s last installation (setup log)</source>
        <translation>エージェントの最後のインストール (セットアップ ログ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the agent&apos;s updates</source>
        <translation>エージェントの更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system temp folder could not be found, so setup&apos;s logs are missing: %1</source>
        <translation>システムの Temp フォルダーが見つからなかったため、セットアップのログがありません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where the agent is installed could not be read, so its own logs are missing: %1</source>
        <translation>エージェントのインストール場所を読み取れなかったため、エージェント自体のログがありません: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent is not installed, so it has no logs of its own yet.</source>
        <translation>エージェントがインストールされていないため、エージェント自体のログはまだありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s backup engine</source>
        <translation>エージェントのバックアップ エンジン</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the agent&apos;s connection to the vault (newest)</source>
        <translation>エージェントのコンテナーへの接続 (最新)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent&apos;s log folder %1 could not be listed: %2</source>
        <translation>エージェントのログ フォルダー %1 を一覧表示できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no GatewayProvider*.errlog in %1.</source>
        <translation>%1 に GatewayProvider*.errlog がありません。</translation>
    </message>
</context>
<context>
    <name>mars::agent::AgentVersions</name>
    <message>
        <location filename="../checks/catalog/agent/AgentVersions.cpp" line="+21"/>
        <source>%1 of %2</source>
        <translation>%1 (%2 時点)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Microsoft&apos;s support article on error 0x1FBD3</source>
        <translation>エラー 0x1FBD3 に関する Microsoft のサポート記事</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft&apos;s MARS agent FAQ</source>
        <translation>Microsoft の MARS エージェントに関する FAQ</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Microsoft&apos;s support matrix for the MARS agent</source>
        <translation>Microsoft の MARS エージェントのサポート マトリックス</translation>
    </message>
</context>
<context>
    <name>mars::health::LogPattern</name>
    <message>
        <location filename="../checks/catalog/health/MarsLogPatterns.cpp" line="+20"/>
        <source>invalid vault credentials (ID: 34513)</source>
        <translation>無効なコンテナー資格情報 (ID: 34513)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; the vault credentials, network, TLS, clock and temp folder checks of this troubleshooter name the cause.</source>
        <translation>新しいコンテナー資格情報ファイルをダウンロードし、すぐに登録してください。このトラブルシューティング ツールのコンテナー資格情報、ネットワーク、TLS、時計、Temp フォルダーの各チェックで原因を特定できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file it could not read (ID: 34528)</source>
        <translation>読み取れなかったコンテナー資格情報ファイル (ID: 34528)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the vault credentials file again to a local folder and choose that file.</source>
        <translation>コンテナー資格情報ファイルをローカル フォルダーにもう一度ダウンロードし、そのファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an expired vault credentials file</source>
        <translation>期限切れのコンテナー資格情報ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a new vault credentials file and register at once; if the clock check reports a wrong clock, fix that first.</source>
        <translation>新しいコンテナー資格情報ファイルをダウンロードし、すぐに登録してください。時計のチェックで時計のずれが報告された場合は、先にそれを修正してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vault credentials file from another vault than the server&apos;s (ID: 100110)</source>
        <translation>サーバーの登録先とは別のコンテナーのコンテナー資格情報ファイル (ID: 100110)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the vault credentials of the vault this server is registered to, or move the server deliberately (see the registered-vault check).</source>
        <translation>このサーバーが登録されているコンテナーのコンテナー資格情報を使用するか、意図してサーバーを別のコンテナーに移動してください (登録済みコンテナーのチェックを参照)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a proxy that asks for a sign-in ((407) Proxy Authentication Required)</source>
        <translation>サインインを要求するプロキシ ((407) Proxy Authentication Required)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the agent the proxy&apos;s user name and password (MARS console &gt; Change Properties &gt; Proxy configuration), or have the network team let the server through without sign-in.</source>
        <translation>エージェントにプロキシのユーザー名とパスワードを設定する (MARS コンソール &gt; [プロパティの変更] &gt; [プロキシの構成]) か、サインインなしでサーバーを通過させるようネットワーク チームに依頼してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no connection to Azure Backup (ID: 100050)</source>
        <translation>Azure Backup への接続なし (ID: 100050)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the proxy and connection checks of this troubleshooter: a proxy or firewall blocks the agent, or antivirus software interferes.</source>
        <translation>このトラブルシューティング ツールのプロキシと接続のチェックを確認してください。プロキシまたはファイアウォールがエージェントをブロックしているか、ウイルス対策ソフトウェアが干渉しています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an activation that did not complete (internal service error 0x1FC07)</source>
        <translation>完了しなかったアクティブ化 (内部サービス エラー 0x1FC07)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks (space, location, a half-finished move); if they pass, the vault may have reached its limit of registered servers.</source>
        <translation>キャッシュ フォルダーのチェック (空き領域、場所、途中で終わった移動) を確認してください。これらに合格している場合は、コンテナーの登録済みサーバー数が上限に達している可能性があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an encryption passphrase that is not correctly configured (ID: 34506)</source>
        <translation>正しく構成されていない暗号化パスフレーズ (ID: 34506)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the cache folder checks: both ScratchLocation values must name the same existing folder.</source>
        <translation>キャッシュ フォルダーのチェックを確認してください。両方の ScratchLocation 値が、同じ既存のフォルダーを指している必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a renamed server (Resource not provisioned in service stamp, ID: 230006)</source>
        <translation>名前が変更されたサーバー (Resource not provisioned in service stamp、ID: 230006)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rename the server back to the name it was registered with, or register it again under its new name (its first backup is then a full one).</source>
        <translation>サーバー名を登録時の名前に戻すか、新しい名前でサーバーを再登録してください (その場合、最初のバックアップは完全バックアップになります)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agent too old for Azure Backup (0x1FBD3)</source>
        <translation>Azure Backup に対して古すぎるエージェント (0x1FBD3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade the agent, then register the server again.</source>
        <translation>エージェントをアップグレードしてから、サーバーを再登録してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a connection closed by the remote host (10054), usually TLS 1.2 not offered</source>
        <translation>リモート ホストによって閉じられた接続 (10054)。通常は、TLS 1.2 が提供されていないことが原因です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look at the TLS 1.2 checks of this troubleshooter (SCHANNEL and .NET settings) and apply their fixes, then restart the server.</source>
        <translation>このトラブルシューティング ツールの TLS 1.2 のチェック (SCHANNEL と .NET の設定) を確認してその修正を適用し、サーバーを再起動してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a name that could not be resolved (DNS)</source>
        <translation>解決できなかった名前 (DNS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the DNS and proxy checks of this troubleshooter: the server cannot look up Azure&apos;s names, or the proxy it uses no longer exists.</source>
        <translation>このトラブルシューティング ツールの DNS とプロキシのチェックを確認してください。サーバーが Azure の名前を解決できないか、使用しているプロキシがもう存在しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a connection attempt that failed</source>
        <translation>失敗した接続試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the network team to allow TCP 443 to the address in the quoted line, and look at the connection checks of this troubleshooter.</source>
        <translation>引用された行にあるアドレスへの TCP 443 を許可するようネットワーク チームに依頼し、このトラブルシューティング ツールの接続のチェックを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a TLS/SSL error</source>
        <translation>TLS/SSL エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the TLS 1.2, TLS inspection and root certificate checks of this troubleshooter.</source>
        <translation>このトラブルシューティング ツールの TLS 1.2、TLS 検査、ルート証明書の各チェックを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>something that has expired (a certificate or credentials)</source>
        <translation>期限切れになったもの (証明書または資格情報)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the clock and vault credentials checks of this troubleshooter.</source>
        <translation>このトラブルシューティング ツールの時計とコンテナー資格情報のチェックを確認してください。</translation>
    </message>
</context>
<context>
    <name>mars::windows</name>
    <message>
        <location filename="../checks/catalog/install/WindowsRelease.cpp" line="+48"/>
        <source>Windows Server (build %1)</source>
        <translation>Windows Server (ビルド %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Windows Server, semi-annual release (build %1)</source>
        <translation>Windows Server 半期チャネル (ビルド %1)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Windows %1 (%2)</source>
        <translation>Windows %1 (%2)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(not recorded)</source>
        <translation>(記録なし)</translation>
    </message>
</context>
</TS>
