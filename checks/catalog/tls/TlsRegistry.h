// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckContext.h"
#include "system/SystemTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// The registry values behind TLS 1.2 on a Windows server (catalog section D), read the same way by
// the checks D1/D2 and by their fix. Source: "Transport Layer Security in Azure Backup"
// (learn.microsoft.com/azure/backup/transport-layer-security, azure-docs
// articles/backup/transport-layer-security.md, ms.date 09/20/2022, read 12/2026): the SCHANNEL
// TLS 1.2 Client values Enabled=1 and DisabledByDefault=0 ("set by default in Windows Server 2012
// R2 and newer versions ... if the registry keys are absent, they don't need to be created"; on
// Server 2008 SP2 install KB4019276, on 2008 R2 / Windows 7 / 2012 KB3140245, then create them),
// and SystemDefaultTlsVersions=1 and SchUseStrongCrypto=1 under .NETFramework\v4.0.30319 in the
// 64-bit and the WOW6432Node view. KB4022913 ("How to resolve Azure backup agent issues when
// disabling TLS 1.0", support.microsoft.com/help/4022913): with TLS 1.0 disabled, .NET 4.5's
// default preference for TLS 1.0 makes backups fail and the agent's console and services stop
// working until SchUseStrongCrypto is set in both views.
namespace mars::tls {

QString schannelClientKey(const QString& protocol); // "...\SCHANNEL\Protocols\<protocol>\Client"
QString tls12ClientKey();
QString tls10ClientKey();
QString dotNetKey(); // SOFTWARE\Microsoft\.NETFramework\v4.0.30319

// One REG_DWORD the TLS 1.2 settings are about, and the number it should hold.
struct Setting
{
    QString key; // below HKLM
    QString name;
    RegistryView view = RegistryView::Native64;
    quint32 wanted = 1;

    QString where() const; // "HKLM\...\TLS 1.2\Client\Enabled", "... (32-bit view)"
    QString keyWhere() const; // "HKLM\...\TLS 1.2\Client", "... (32-bit view)"
    QString evidenceId() const; // "enabled", "sch_use_strong_crypto_32bit"
};
QList<Setting> schannelSettings(); // Enabled=1, DisabledByDefault=0
QList<Setting> dotNetSettings(); // SystemDefaultTlsVersions and SchUseStrongCrypto = 1, both views

// What one value holds.
struct DwordRead
{
    enum class State : quint8 { Missing = 1, Number, OtherType, Unreadable };
    State state = State::Unreadable;
    quint32 number = 0; // State::Number
    RegistryValue raw; // State::OtherType
    QString reason; // State::Unreadable: why

    bool is(quint32 value) const { return state == State::Number && number == value; }
    QString text() const; // "1", "not set", "\"yes\" (REG_SZ, not a number)", "unreadable"
    // The value as the journal keeps it: {"state": "missing"} / {"state": "dword", "data": 1} /
    // {"state": "string", "data": "..."} / {"state": "other"} / {"state": "unreadable"}.
    QJsonObject toJson() const;
};
DwordRead readDword(const CheckContext& context, const QString& key, const QString& name, RegistryView view);
inline DwordRead readDword(const CheckContext& context, const Setting& setting)
{
    return readDword(context, setting.key, setting.name, setting.view);
}

// Windows Server 2012 R2 / Windows 8.1 (6.3) and later turn TLS 1.2 on for clients when the
// SCHANNEL values are absent; earlier versions need them written.
bool schannelDefaultsOn(const OsInfo& os);
// The update that brings TLS 1.2 to an older Windows ("KB4019276" on 6.0, "KB3140245" on 6.1 and
// 6.2), "" from 6.3 on.
QString tls12Update(const OsInfo& os);
// "Windows Server 2008 R2 Standard", or "Windows 6.1" when the product name is not known.
QString windowsName(const OsInfo& os);

// Whether a SCHANNEL value lets TLS 1.2 be used: Enabled any number but 0, DisabledByDefault 0,
// or absent where Windows' default is on. A value that is not a number does not count.
bool schannelValueOk(const Setting& setting, const DwordRead& read, bool defaultsOn);
// Whether a .NET value is as Microsoft's TLS page asks: exactly 1.
bool dotNetValueOk(const DwordRead& read);

} // namespace mars::tls
