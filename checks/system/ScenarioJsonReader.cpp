// SPDX-License-Identifier: MIT
#include "ScenarioJsonReader.h"

#include "ScenarioKeys.h"

#include <cmath>

namespace mars {

ScenarioJsonReader::ScenarioJsonReader(QString sourceName)
    : m_source(std::move(sourceName))
{
}

bool ScenarioJsonReader::fail(const QString& field, const QString& problem)
{
    if (m_error.isEmpty()) {
        m_error =
                field.isEmpty() ? tr("%1: %2.").arg(m_source, problem) : tr("%1: %2 %3.").arg(m_source, field, problem);
    }
    return false;
}

QString ScenarioJsonReader::join(const QString& field, const QString& key)
{
    return field.isEmpty() ? key : field + QLatin1Char('.') + key;
}

QString ScenarioJsonReader::at(const QString& field, qsizetype index)
{
    return field + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QStringList ScenarioJsonReader::keyList(std::initializer_list<const char*> keys)
{
    QStringList result;
    result.reserve(qsizetype(keys.size()));
    for (const char* key : keys)
        result.append(QString::fromLatin1(key));
    return result;
}

bool ScenarioJsonReader::onlyKnownKeys(const QJsonObject& object, const QString& field, const QStringList& known)
{
    if (failed())
        return false;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString where = field.isEmpty() ? tr("the file") : field;
            return fail({}, tr("%1 has an unknown field \"%2\"; the known fields are %3")
                                    .arg(where, it.key(), known.join(QStringLiteral(", "))));
        }
    }
    return true;
}

bool ScenarioJsonReader::object(const QJsonValue& value, const QString& field, QJsonObject* out)
{
    if (failed())
        return false;
    if (!value.isObject())
        return fail(field, tr("must be an object ({ ... })"));
    *out = value.toObject();
    return true;
}

bool ScenarioJsonReader::array(const QJsonValue& value, const QString& field, QJsonArray* out)
{
    if (failed())
        return false;
    if (!value.isArray())
        return fail(field, tr("must be a list ([ ... ])"));
    *out = value.toArray();
    return true;
}

bool ScenarioJsonReader::present(const QJsonObject& object, const QString& field, const QString& key, Need need)
{
    if (failed())
        return false;
    if (object.contains(key))
        return true;
    if (need == Need::Required)
        return fail(join(field, key), tr("is missing"));
    return false;
}

bool ScenarioJsonReader::string(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                QString* out)
{
    if (!present(object, field, key, need))
        return !failed();
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return fail(join(field, key), tr("must be a string (\"...\")"));
    *out = value.toString();
    return true;
}

bool ScenarioJsonReader::boolean(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                 bool* out)
{
    if (!present(object, field, key, need))
        return !failed();
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        return fail(join(field, key), tr("must be true or false"));
    *out = value.toBool();
    return true;
}

bool ScenarioJsonReader::integer(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                 qint64 min, qint64 max, qint64* out)
{
    if (!present(object, field, key, need))
        return !failed();
    const QJsonValue value = object.value(key);
    // JSON numbers are doubles: 1.5, 1e300 and NaN-like inputs must not be truncated silently.
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number != std::trunc(number) || number < double(min)
        || number > double(max)) {
        return fail(join(field, key),
                    tr("must be a whole number from %1 to %2").arg(QString::number(min), QString::number(max)));
    }
    *out = qint64(number);
    return true;
}

bool ScenarioJsonReader::number(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                double min, double max, double* out)
{
    if (!present(object, field, key, need))
        return !failed();
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || number < min || number > max) {
        return fail(join(field, key),
                    tr("must be a number from %1 to %2").arg(QString::number(min), QString::number(max)));
    }
    *out = number;
    return true;
}

bool ScenarioJsonReader::strings(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                 QStringList* out)
{
    if (!present(object, field, key, need))
        return !failed();
    QJsonArray items;
    if (!array(object.value(key), join(field, key), &items))
        return false;
    QStringList result;
    result.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return fail(at(join(field, key), i), tr("must be a string (\"...\")"));
        result.append(items.at(i).toString());
    }
    *out = result;
    return true;
}

bool ScenarioJsonReader::windowsPath(const QJsonObject& object, const QString& field, const QString& key, Need need,
                                     QString* out)
{
    QString path;
    if (!string(object, field, key, need, &path))
        return false;
    if (!object.contains(key))
        return true;
    if (!ScenarioKeys::isValidAbsolutePath(path))
        return fail(join(field, key), tr("must be an absolute Windows path without * ? < > | \" characters, such as "
                                         "C:\\Windows\\Temp"));
    *out = ScenarioKeys::canonicalPath(path);
    return true;
}

} // namespace mars
