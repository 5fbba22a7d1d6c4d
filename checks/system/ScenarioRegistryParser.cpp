// SPDX-License-Identifier: MIT
#include "ScenarioRegistryParser.h"

#include "ScenarioKeys.h"

#include <QJsonArray>

#include <limits>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = Reader::Need;
constexpr auto s = &Reader::s;

constexpr qint64 kMaxExactJsonInteger = qint64(1) << 53; // larger JSON numbers lose digits

// A JSON number (exact up to 2^53) or a decimal / "0x" hex string, as `reg query` shows it.
bool unsignedValue(const QJsonValue& value, quint64 max, quint64* out)
{
    bool ok = false;
    quint64 result = 0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        ok = number >= 0 && number <= double(kMaxExactJsonInteger) && number == double(quint64(number));
        result = ok ? quint64(number) : 0;
    } else if (value.isString()) {
        const QString text = value.toString().trimmed();
        const bool hex = text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive);
        result = hex ? text.mid(2).toULongLong(&ok, 16) : text.toULongLong(&ok, 10);
    }
    if (!ok || result > max)
        return false;
    *out = result;
    return true;
}

bool hexBytes(const QString& text, QByteArray* out)
{
    QByteArray digits;
    digits.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u' ' || u == u',' || u == u'\t')
            continue; // `reg export` writes "01,ff,3a"; people write "01 ff 3a"
        const bool hex = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hex)
            return false;
        digits.append(char(u));
    }
    if (digits.size() % 2 != 0)
        return false;
    *out = QByteArray::fromHex(digits);
    return true;
}

} // namespace

ScenarioRegistryParser::ScenarioRegistryParser(ScenarioJsonReader& in, ScenarioModel& model)
    : m_in(in)
    , m_model(model)
{
}

bool ScenarioRegistryParser::parse(const QJsonValue& value)
{
    const Reader::Choices<RegistryHive> hives{{s("HKLM"), RegistryHive::LocalMachine},
                                              {s("HKU"), RegistryHive::Users},
                                              {s("HKCU"), RegistryHive::CurrentUser}};
    const Reader::Choices<RegistryView> views{{s("64"), RegistryView::Native64}, {s("32"), RegistryView::Wow32}};
    const Reader::Choices<RegistryValue::Type> types{{s("REG_SZ"), RegistryValue::Type::String},
                                                     {s("REG_EXPAND_SZ"), RegistryValue::Type::ExpandString},
                                                     {s("REG_MULTI_SZ"), RegistryValue::Type::MultiString},
                                                     {s("REG_DWORD"), RegistryValue::Type::Dword},
                                                     {s("REG_QWORD"), RegistryValue::Type::Qword},
                                                     {s("REG_BINARY"), RegistryValue::Type::Binary}};
    QJsonArray items;
    if (!m_in.array(value, s("registry"), &items))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(s("registry"), i);
        QJsonObject o;
        RegistryHive hive = RegistryHive::LocalMachine;
        RegistryView view = RegistryView::Native64;
        QString key, name;
        RegistryValue registryValue;
        bool readDenied = false;
        if (!m_in.object(items.at(i), field, &o)
            || !m_in.onlyKnownKeys(o, field,
                                   Reader::keyList({"hive", "view", "key", "name", "type", "data", "readDenied"}))
            || !m_in.choice(o, field, s("hive"), Need::Required, hives, &hive)
            || !m_in.choice(o, field, s("view"), Need::Optional, views, &view)
            || !m_in.string(o, field, s("key"), Need::Required, &key)
            || !m_in.string(o, field, s("name"), Need::Required, &name)
            || !m_in.choice(o, field, s("type"), Need::Required, types, &registryValue.type)
            || !parseData(o, field, &registryValue)
            || !m_in.boolean(o, field, s("readDenied"), Need::Optional, &readDenied))
            return false;
        const QString normalKey = ScenarioKeys::normalRegistryKey(key);
        if (normalKey.isEmpty())
            return m_in.fail(Reader::join(field, s("key")), tr("must name a key, such as SOFTWARE\\Microsoft"));
        const QString keyId = ScenarioKeys::registryKeyId(hive, view, normalKey);
        const QString valueId = ScenarioKeys::registryValueId(keyId, name);
        if (m_model.registryValues.contains(valueId))
            return m_in.fail(
                    field, tr("repeats the value \"%1\" of %2\\%3").arg(name, ScenarioKeys::hiveName(hive), normalKey));
        m_model.registryValues.insert(valueId, registryValue);
        m_model.registryValueNames.insert(valueId, name);
        if (readDenied)
            m_model.registryReadDenied.insert(valueId);
        // A value makes its key and every parent key exist, as in regedit.
        const QStringList parts = normalKey.split(QLatin1Char('\\'));
        for (qsizetype depth = 1; depth <= parts.size(); ++depth) {
            const QString ancestorId =
                    ScenarioKeys::registryKeyId(hive, view, parts.first(depth).join(QLatin1Char('\\')));
            m_model.registryKeys.insert(ancestorId);
            // Listing subkeys answers the name as the file first spelled it, as regedit shows it.
            if (!m_model.registryKeyNames.contains(ancestorId))
                m_model.registryKeyNames.insert(ancestorId, parts.at(depth - 1));
        }
    }
    return true;
}

bool ScenarioRegistryParser::parseData(const QJsonObject& item, const QString& field, RegistryValue* out)
{
    const QString dataField = Reader::join(field, s("data"));
    if (!item.contains(s("data")))
        return m_in.fail(dataField, tr("is missing"));
    const QJsonValue data = item.value(s("data"));
    quint64 number = 0;
    QByteArray bytes;
    switch (out->type) {
    case RegistryValue::Type::String:
    case RegistryValue::Type::ExpandString:
        if (!data.isString())
            return m_in.fail(dataField, tr("must be a string for REG_SZ and REG_EXPAND_SZ"));
        out->data = data.toString();
        return true;
    case RegistryValue::Type::MultiString: {
        QStringList list;
        if (!m_in.strings(item, field, s("data"), Need::Required, &list))
            return false;
        out->data = list;
        return true;
    }
    case RegistryValue::Type::Dword:
        if (!unsignedValue(data, 0xFFFFFFFFu, &number))
            return m_in.fail(dataField, tr("must be a number from 0 to 4294967295, or a string such as \"0x1F\""));
        out->data = QVariant::fromValue(quint32(number));
        return true;
    case RegistryValue::Type::Qword:
        if (!unsignedValue(data, std::numeric_limits<quint64>::max(), &number))
            return m_in.fail(dataField, tr("must be a number from 0 to 9007199254740992, or a decimal or \"0x\" hex "
                                           "string for larger values"));
        out->data = QVariant::fromValue(quint64(number));
        return true;
    case RegistryValue::Type::Binary:
        if (!data.isString() || !hexBytes(data.toString(), &bytes))
            return m_in.fail(dataField, tr("must be a string of hex bytes, such as \"01 ff 3a\""));
        out->data = bytes;
        return true;
    }
    return m_in.fail(dataField, tr("has a type this program does not know"));
}

} // namespace mars
