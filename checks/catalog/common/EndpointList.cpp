// SPDX-License-Identifier: MIT
#include "EndpointList.h"

#include "system/LocalFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <utility>

namespace mars {

namespace {
constexpr int kMaxEndpoints = 500;

const QList<EndpointRole>& allRoles()
{
    static const QList<EndpointRole> roles{EndpointRole::Entra, EndpointRole::Backup, EndpointRole::Storage,
                                           EndpointRole::Ncsi, EndpointRole::Other};
    return roles;
}

QString knownList(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}

// 20.190.128.0/18 or an IPv6 prefix (2603:1006::/40): shape only, enough to catch a typo.
bool looksLikeCidr(const QString& text)
{
    static const QRegularExpression v4(QStringLiteral(R"(^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})/(\d{1,2})$)"));
    static const QRegularExpression v6(QStringLiteral(R"(^[0-9A-Fa-f:]*:[0-9A-Fa-f:]*/(\d{1,3})$)"));
    const QRegularExpressionMatch m4 = v4.match(text);
    if (m4.hasMatch()) {
        for (int i = 1; i <= 4; ++i) {
            if (m4.captured(i).toInt() > 255)
                return false;
        }
        return m4.captured(5).toInt() <= 32;
    }
    const QRegularExpressionMatch m6 = v6.match(text);
    return m6.hasMatch() && m6.captured(1).toInt() <= 128;
}

// Reads one file's fields, stopping at the first problem (kept in `error`).
class Reader
{
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin))
    {
    }
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        error = where.isEmpty() ? EndpointList::tr("%1: %2").arg(m_origin, what)
                                : EndpointList::tr("%1: %2 %3").arg(m_origin, where, what);
        return false;
    }

    bool onlyKnown(const QJsonObject& o, const QString& where, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(where, EndpointList::tr("has an unknown field \"%1\"; the known fields are %2.")
                                           .arg(it.key(), knownList(known)));
        }
        return true;
    }

    bool optionalString(const QJsonObject& o, const QString& where, const QString& key, QString* out)
    {
        if (!o.contains(key))
            return true;
        if (!o.value(key).isString())
            return fail(where, EndpointList::tr("has \"%1\", which must be text.").arg(key));
        *out = o.value(key).toString();
        return true;
    }

    bool stringList(const QJsonObject& o, const QString& where, const QString& key, QStringList* out)
    {
        if (!o.contains(key))
            return true;
        if (!o.value(key).isArray())
            return fail(where, EndpointList::tr("has \"%1\", which must be a list of texts.").arg(key));
        const QJsonArray items = o.value(key).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
                return fail(where, EndpointList::tr("has \"%1\" item %2, which must be a text that is not empty.")
                                           .arg(key)
                                           .arg(i));
            out->append(items.at(i).toString().trimmed());
        }
        return true;
    }

    bool endpoint(const QJsonValue& value, qsizetype index, QSet<QString>* ids, Endpoint* out)
    {
        QString where = QStringLiteral("endpoints[%1]").arg(index);
        if (!value.isObject())
            return fail(where, EndpointList::tr("must be an object such as {\"id\": \"entra_login\", \"url\": "
                                                "\"https://login.microsoftonline.com/\", \"role\": \"entra\"}."));
        const QJsonObject o = value.toObject();
        if (!o.value(QStringLiteral("id")).isString() || o.value(QStringLiteral("id")).toString().isEmpty())
            return fail(where, EndpointList::tr("has no id; every endpoint needs one, such as \"entra_login\"."));
        out->id = o.value(QStringLiteral("id")).toString();
        where += QStringLiteral(" (\"%1\")").arg(out->id);
        static const QRegularExpression idShape(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
        if (!idShape.match(out->id).hasMatch())
            return fail(where, EndpointList::tr("has an id that is not snake_case: use lower-case letters, digits "
                                                "and _, starting with a letter, at most 64 characters."));
        if (ids->contains(out->id))
            return fail(where, EndpointList::tr("repeats the id \"%1\"; every id may appear once.").arg(out->id));
        ids->insert(out->id);
        if (!onlyKnown(o, where,
                       {QStringLiteral("id"), QStringLiteral("url"), QStringLiteral("role"),
                        QStringLiteral("expect_body"), QStringLiteral("note")}))
            return false;

        if (!o.value(QStringLiteral("url")).isString())
            return fail(where, EndpointList::tr("has no url; give one such as \"https://host:443/path\"."));
        const QString text = o.value(QStringLiteral("url")).toString().trimmed();
        const QUrl url(text, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty())
            return fail(where, EndpointList::tr("has the url \"%1\", which is not a valid address such as "
                                                "\"https://host:443/path\".")
                                       .arg(text));
        if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
            return fail(where, EndpointList::tr("has the url \"%1\"; only http:// and https:// addresses can be "
                                                "probed.")
                                       .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        if (!url.userInfo().isEmpty())
            return fail(where, EndpointList::tr("has a user name or password in its url; endpoint files must not "
                                                "carry credentials."));
        if (url.port() == 0)
            return fail(where, EndpointList::tr("has port 0 in its url; use a port from 1 to 65535."));
        out->url = url;

        if (!o.value(QStringLiteral("role")).isString())
            return fail(where, EndpointList::tr("has no role; use one of entra, backup, storage, ncsi, other."));
        const QString role = o.value(QStringLiteral("role")).toString();
        if (!endpointRoleFromId(role, &out->role))
            return fail(where, EndpointList::tr("has the role \"%1\", which is not known; use one of entra, backup, "
                                                "storage, ncsi, other.")
                                       .arg(role));
        return optionalString(o, where, QStringLiteral("expect_body"), &out->expectBody)
               && optionalString(o, where, QStringLiteral("note"), &out->note);
    }

    bool allowList(const QJsonObject& top, AllowList* out)
    {
        const QString key = QStringLiteral("allowList");
        if (!top.contains(key))
            return true;
        if (!top.value(key).isObject())
            return fail(key, EndpointList::tr("must be an object with fqdns, ipRanges, serviceTags and ports."));
        const QJsonObject o = top.value(key).toObject();
        if (!onlyKnown(o, key,
                       {QStringLiteral("fqdns"), QStringLiteral("ipRanges"), QStringLiteral("serviceTags"),
                        QStringLiteral("ports")})
            || !stringList(o, key, QStringLiteral("fqdns"), &out->fqdns)
            || !stringList(o, key, QStringLiteral("ipRanges"), &out->ipRanges)
            || !stringList(o, key, QStringLiteral("serviceTags"), &out->serviceTags)
            || !optionalString(o, key, QStringLiteral("ports"), &out->ports))
            return false;
        for (const QString& range : std::as_const(out->ipRanges)) {
            if (!looksLikeCidr(range))
                return fail(key, EndpointList::tr("has the IP range \"%1\", which is not an address range such as "
                                                  "20.190.128.0/18.")
                                         .arg(range));
        }
        return true;
    }

private:
    QString m_origin;
};
} // namespace

QString endpointRoleId(EndpointRole role)
{
    switch (role) {
    case EndpointRole::Entra: return QStringLiteral("entra");
    case EndpointRole::Backup: return QStringLiteral("backup");
    case EndpointRole::Storage: return QStringLiteral("storage");
    case EndpointRole::Ncsi: return QStringLiteral("ncsi");
    case EndpointRole::Other: break;
    }
    return QStringLiteral("other");
}

bool endpointRoleFromId(const QString& id, EndpointRole* role)
{
    for (EndpointRole r : allRoles()) {
        if (endpointRoleId(r) == id) {
            *role = r;
            return true;
        }
    }
    return false;
}

quint16 Endpoint::port() const
{
    const int defaultPort = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0 ? 443 : 80;
    return quint16(url.port(defaultPort));
}

QString EndpointList::resourcePath(Cloud cloud)
{
    return QStringLiteral(":/endpoints/%1.json").arg(cloudId(cloud));
}

EndpointList EndpointList::forCloud(Cloud cloud, QString* error)
{
    EndpointList list;
    QString why;
    if (!fromFile(resourcePath(cloud), &list, &why)) {
        if (error)
            *error = why;
        return {};
    }
    return list;
}

bool EndpointList::fromFile(const QString& path, EndpointList* out, QString* error)
{
    // Only an ordinary local file, size-capped, time-bounded (issue #14: a device blocked forever).
    const LocalFileRead::Result file = LocalFileRead::read(path, kMaxFileBytes);
    if (file.status == LocalFileRead::Status::Missing) {
        *error = tr("%1: the endpoint file does not exist.").arg(path);
        return false;
    }
    if (file.status == LocalFileRead::Status::TooLarge) {
        *error = tr("%1: the endpoint file is larger than 1 MB; an endpoint list is a few lines of JSON.").arg(path);
        return false;
    }
    if (!file.ok()) {
        *error = tr("The endpoint file was not read: %1").arg(file.problem);
        return false;
    }
    const QByteArray& bytes = file.bytes;
    return fromJson(bytes, path, out, error);
}

bool EndpointList::fromJson(const QByteArray& json, const QString& origin, EndpointList* out, QString* error)
{
    Reader in(origin);
    const auto done = [&](bool ok) {
        if (!ok)
            *error = in.error;
        return ok;
    };
    if (json.trimmed().isEmpty())
        return done(in.fail({}, tr("the file is empty; an endpoint list is JSON such as {\"endpoints\": [...]}.")));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return done(in.fail({}, tr("the file is not valid JSON (at character %1: %2).")
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString())));
    if (!document.isObject())
        return done(in.fail({}, tr("the top level must be a JSON object such as {\"endpoints\": [...]}.")));
    const QJsonObject top = document.object();

    EndpointList list;
    list.origin = origin;
    if (!in.onlyKnown(top, tr("the file"),
                      {QStringLiteral("endpoints"), QStringLiteral("cloud"), QStringLiteral("reviewed"),
                       QStringLiteral("sources"), QStringLiteral("note"), QStringLiteral("allowList")})
        || !in.optionalString(top, tr("the file"), QStringLiteral("cloud"), &list.cloud)
        || !in.optionalString(top, tr("the file"), QStringLiteral("reviewed"), &list.reviewed)
        || !in.optionalString(top, tr("the file"), QStringLiteral("note"), &list.note)
        || !in.stringList(top, tr("the file"), QStringLiteral("sources"), &list.sources)
        || !in.allowList(top, &list.allowList))
        return done(false);
    Cloud cloud = Cloud::Public;
    if (!list.cloud.isEmpty() && !cloudFromId(list.cloud, &cloud))
        return done(in.fail(QStringLiteral("cloud"), tr("must be one of public, usgov, china.")));

    if (!top.value(QStringLiteral("endpoints")).isArray())
        return done(in.fail({}, tr("the file has no \"endpoints\" list; give one such as \"endpoints\": [{\"id\": "
                                   "\"entra_login\", \"url\": \"https://login.microsoftonline.com/\", \"role\": "
                                   "\"entra\"}].")));
    const QJsonArray items = top.value(QStringLiteral("endpoints")).toArray();
    if (items.isEmpty())
        return done(in.fail({}, tr("the endpoint list is empty; there would be nothing to probe.")));
    if (items.size() > kMaxEndpoints)
        return done(in.fail(
                {}, tr("the file lists %1 endpoints; at most %2 are probed.").arg(items.size()).arg(kMaxEndpoints)));
    QSet<QString> ids;
    for (qsizetype i = 0; i < items.size(); ++i) {
        Endpoint endpoint;
        if (!in.endpoint(items.at(i), i, &ids, &endpoint))
            return done(false);
        list.endpoints.append(endpoint);
    }
    *out = list;
    return true;
}

} // namespace mars
