// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>
#include <vector>

namespace mars {

// Typed access to the fields of a scenario file, with error messages that name the file and
// the field path: "broken.json: account.elevation must be one of elevated, limited, not_admin."
// The first error wins and every reader returns false from then on, so ScenarioParser chains
// calls with && and stops at the first problem without exceptions.
class ScenarioJsonReader
{
    Q_DECLARE_TR_FUNCTIONS(mars::ScenarioJsonReader)
public:
    enum class Need : quint8 { Optional = 1, Required };
    // The spellings an enumerated field accepts, in the order the error message lists them.
    template<typename E>
    using Choices = std::vector<std::pair<QString, E>>;

    explicit ScenarioJsonReader(QString sourceName);

    QString sourceName() const { return m_source; }
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    // Records "<file>: <field> <problem>." (or "<file>: <problem>." without a field) unless an
    // earlier error is recorded. Always returns false.
    bool fail(const QString& field, const QString& problem);

    static QString join(const QString& field, const QString& key); // "account", "user" -> "account.user"
    static QString at(const QString& field, qsizetype index); // "folders", 2 -> "folders[2]"
    static QStringList keyList(std::initializer_list<const char*> keys);
    static QString s(const char* latin1) { return QString::fromLatin1(latin1); } // field names

    // Typos must not pass silently: a scenario with "servics" would describe a healthy machine.
    bool onlyKnownKeys(const QJsonObject& object, const QString& field, const QStringList& known);
    bool object(const QJsonValue& value, const QString& field, QJsonObject* out);
    bool array(const QJsonValue& value, const QString& field, QJsonArray* out);

    // Field readers. A missing Optional field succeeds and leaves *out untouched, so callers
    // put the default into *out first.
    bool string(const QJsonObject& object, const QString& field, const QString& key, Need need, QString* out);
    bool boolean(const QJsonObject& object, const QString& field, const QString& key, Need need, bool* out);
    bool integer(const QJsonObject& object, const QString& field, const QString& key, Need need, qint64 min, qint64 max,
                 qint64* out);
    bool number(const QJsonObject& object, const QString& field, const QString& key, Need need, double min, double max,
                double* out);
    bool strings(const QJsonObject& object, const QString& field, const QString& key, Need need, QStringList* out);
    // An absolute Windows path, returned in ScenarioKeys::canonicalPath() form.
    bool windowsPath(const QJsonObject& object, const QString& field, const QString& key, Need need, QString* out);

    template<typename E>
    bool choice(const QJsonObject& object, const QString& field, const QString& key, Need need,
                const Choices<E>& choices, E* out)
    {
        QString text;
        if (!string(object, field, key, need, &text))
            return false;
        if (!object.contains(key))
            return true;
        QStringList names;
        for (const auto& [name, value] : choices) {
            if (name == text) {
                *out = value;
                return true;
            }
            names.append(name);
        }
        return fail(join(field, key), tr("must be one of %1").arg(names.join(QStringLiteral(", "))));
    }

private:
    bool present(const QJsonObject& object, const QString& field, const QString& key, Need need);

    QString m_source;
    QString m_error;
};

} // namespace mars
