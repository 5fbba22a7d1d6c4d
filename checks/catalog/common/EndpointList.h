// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckInputs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mars {

// What an endpoint is for: the layer a network team must open for it.
enum class EndpointRole : quint8 { Entra = 1, Backup, Storage, Ncsi, Other };
QString endpointRoleId(EndpointRole role); // "entra" / "backup" / "storage" / "ncsi" / "other"
bool endpointRoleFromId(const QString& id, EndpointRole* role);

// One address the registration needs to reach (the --endpoints format of issue #11):
// {"id": "entra_login", "url": "https://host:port/path", "role": "entra", "expect_body": "..."}.
struct Endpoint
{
    QString id; // snake_case, unique in its list
    QUrl url; // http or https, a host, no user name or password
    EndpointRole role = EndpointRole::Other;
    QString expectBody; // empty: any HTTP answer will do; else the body must contain it
    QString note; // optional, for people

    QString host() const { return url.host(); }
    quint16 port() const; // the URL's port, else 443 for https and 80 for http
};

// What a firewall admin allows for this cloud (the network-team block): wildcards, the Entra ID
// IP ranges and the Azure service tags, as Microsoft documents them.
struct AllowList
{
    QStringList fqdns;
    QStringList ipRanges; // CIDR
    QStringList serviceTags;
    QString ports; // one sentence: which protocol and port
};

// An endpoint list: the cloud's built-in one (resources/endpoints/<cloud>.json, embedded as
// :/endpoints/<cloud>.json) or the lab's --endpoints FILE, which replaces it. Each built-in file
// names its sources and the date they were reviewed (docs/endpoints.md). A file that cannot be
// used is refused whole with one plain sentence naming the file and the entry; nothing in it
// can crash the loader (size capped, every field type-checked).
class EndpointList
{
    Q_DECLARE_TR_FUNCTIONS(mars::EndpointList)

public:
    QString origin; // the file it came from (":/endpoints/public.json" or the lab's path)
    QString cloud; // "public" / "usgov" / "china"; empty for a lab file that does not say
    QString reviewed; // date the sources were read (YYYY-MM-DD); empty for a lab file
    QStringList sources;
    QString note;
    QList<Endpoint> endpoints;
    AllowList allowList;

    // The built-in list of `cloud`. The embedded files are checked by the tests, so an error
    // here means a broken build; it is still answered (empty list, *error set), never thrown.
    static EndpointList forCloud(Cloud cloud, QString* error = nullptr);
    // The lab's --endpoints FILE. False with *error set when it cannot be used.
    static bool fromFile(const QString& path, EndpointList* out, QString* error);
    // The same rules for text already read; `origin` names it in errors.
    static bool fromJson(const QByteArray& json, const QString& origin, EndpointList* out, QString* error);

    // The built-in file's resource path for `cloud`.
    static QString resourcePath(Cloud cloud);
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
};

} // namespace mars
