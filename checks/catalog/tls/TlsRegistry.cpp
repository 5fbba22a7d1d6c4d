// SPDX-License-Identifier: MIT
#include "TlsRegistry.h"

#include "system/SystemProbe.h"

#include <QCoreApplication>

namespace mars::tls {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::TlsRegistry)
};

QString viewSuffix(RegistryView view)
{
    return view == RegistryView::Wow32 ? Texts::tr(" (32-bit view)") : QString();
}

QString typeName(RegistryValue::Type type)
{
    switch (type) {
    case RegistryValue::Type::String: return QStringLiteral("REG_SZ");
    case RegistryValue::Type::ExpandString: return QStringLiteral("REG_EXPAND_SZ");
    case RegistryValue::Type::MultiString: return QStringLiteral("REG_MULTI_SZ");
    case RegistryValue::Type::Dword: return QStringLiteral("REG_DWORD");
    case RegistryValue::Type::Qword: return QStringLiteral("REG_QWORD");
    case RegistryValue::Type::Binary: return QStringLiteral("REG_BINARY");
    }
    return QStringLiteral("?");
}

// snake_case of a value name: "SchUseStrongCrypto" -> "sch_use_strong_crypto".
QString snake(const QString& name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper() && i > 0)
            out += QLatin1Char('_');
        out += c.toLower();
    }
    return out;
}
} // namespace

QString schannelClientKey(const QString& protocol)
{
    return QStringLiteral("SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\%1\\Client")
            .arg(protocol);
}

QString tls12ClientKey()
{
    return schannelClientKey(QStringLiteral("TLS 1.2"));
}

QString tls10ClientKey()
{
    return schannelClientKey(QStringLiteral("TLS 1.0"));
}

QString dotNetKey()
{
    return QStringLiteral("SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319");
}

QString Setting::where() const
{
    return QStringLiteral("HKLM\\%1\\%2").arg(key, name) + viewSuffix(view);
}

QString Setting::keyWhere() const
{
    return QStringLiteral("HKLM\\%1").arg(key) + viewSuffix(view);
}

QString Setting::evidenceId() const
{
    // SYSTEM is not redirected: the SCHANNEL values have one view and no suffix.
    if (key.startsWith(QLatin1String("SYSTEM\\")))
        return snake(name);
    return snake(name) + (view == RegistryView::Wow32 ? QStringLiteral("_32bit") : QStringLiteral("_64bit"));
}

QList<Setting> schannelSettings()
{
    return {{tls12ClientKey(), QStringLiteral("Enabled"), RegistryView::Native64, 1},
            {tls12ClientKey(), QStringLiteral("DisabledByDefault"), RegistryView::Native64, 0}};
}

QList<Setting> dotNetSettings()
{
    QList<Setting> settings;
    for (const RegistryView view : {RegistryView::Native64, RegistryView::Wow32}) {
        settings.append({dotNetKey(), QStringLiteral("SystemDefaultTlsVersions"), view, 1});
        settings.append({dotNetKey(), QStringLiteral("SchUseStrongCrypto"), view, 1});
    }
    return settings;
}

QString DwordRead::text() const
{
    switch (state) {
    case State::Missing: return Texts::tr("not set");
    case State::Number: return QString::number(number);
    case State::OtherType:
        if (raw.type == RegistryValue::Type::String || raw.type == RegistryValue::Type::ExpandString)
            return Texts::tr("\"%1\" (%2, not a number)").arg(raw.data.toString(), typeName(raw.type));
        return Texts::tr("%1 data, not a number").arg(typeName(raw.type));
    case State::Unreadable: return Texts::tr("unreadable (%1)").arg(reason);
    }
    return {};
}

QJsonObject DwordRead::toJson() const
{
    QJsonObject o;
    switch (state) {
    case State::Missing: o.insert(QLatin1String("state"), QStringLiteral("missing")); break;
    case State::Number:
        o.insert(QLatin1String("state"), QStringLiteral("dword"));
        o.insert(QLatin1String("data"), qint64(number));
        break;
    case State::OtherType:
        if (raw.type == RegistryValue::Type::String) {
            o.insert(QLatin1String("state"), QStringLiteral("string"));
            o.insert(QLatin1String("data"), raw.data.toString());
        } else {
            o.insert(QLatin1String("state"), QStringLiteral("other"));
        }
        break;
    case State::Unreadable: o.insert(QLatin1String("state"), QStringLiteral("unreadable")); break;
    }
    return o;
}

DwordRead readDword(const CheckContext& context, const QString& key, const QString& name, RegistryView view)
{
    DwordRead read;
    const Probed<RegistryValue> value =
            context.system().registry().readRegistry(RegistryHive::LocalMachine, key, name, view);
    if (value.status == ProbeStatus::NotFound) {
        read.state = DwordRead::State::Missing; // the value, or its whole key
    } else if (!value.ok()) {
        read.state = DwordRead::State::Unreadable;
        read.reason = value.reason;
    } else if (value.value.type == RegistryValue::Type::Dword) {
        read.state = DwordRead::State::Number;
        read.number = value.value.data.toUInt();
    } else {
        read.state = DwordRead::State::OtherType;
        read.raw = value.value;
    }
    return read;
}

bool schannelDefaultsOn(const OsInfo& os)
{
    return os.major > 6 || (os.major == 6 && os.minor >= 3);
}

QString tls12Update(const OsInfo& os)
{
    if (os.major == 6 && os.minor == 0)
        return QStringLiteral("KB4019276");
    if (os.major == 6 && (os.minor == 1 || os.minor == 2))
        return QStringLiteral("KB3140245");
    return {};
}

QString windowsName(const OsInfo& os)
{
    if (!os.productName.isEmpty())
        return os.productName;
    return QStringLiteral("Windows %1.%2").arg(os.major).arg(os.minor);
}

bool schannelValueOk(const Setting& setting, const DwordRead& read, bool defaultsOn)
{
    if (read.state == DwordRead::State::Missing)
        return defaultsOn;
    if (read.state != DwordRead::State::Number)
        return false;
    // SCHANNEL reads Enabled as "0 = off, anything else = on" (older guidance wrote 0xFFFFFFFF).
    return setting.wanted == 0 ? read.number == 0 : read.number != 0;
}

bool dotNetValueOk(const DwordRead& read)
{
    return read.is(1);
}

} // namespace mars::tls
