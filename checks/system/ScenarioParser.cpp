// SPDX-License-Identifier: MIT
#include "ScenarioParser.h"

#include "ScenarioBase.h"
#include "ScenarioFilesParser.h"
#include "ScenarioKeys.h"
#include "ScenarioNetworkParser.h"
#include "ScenarioRegistryParser.h"
#include "ScenarioSectionParser.h"
#include "ScenarioTempParser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = Reader::Need;
constexpr auto s = &Reader::s;

// "line 3, column 7" for a byte offset; columns count characters, as editors show them.
QString position(const QByteArray& json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    const QByteArray head = json.left(offset);
    const qsizetype lineStart = head.lastIndexOf('\n') + 1;
    const qsizetype line = head.count('\n') + 1;
    const qsizetype column = QString::fromUtf8(head.mid(lineStart)).size() + 1;
    return ScenarioParser::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

ScenarioParser::ScenarioParser(const QString& sourceName)
    : m_in(sourceName)
{
}

std::optional<ScenarioModel> ScenarioParser::parse(const QByteArray& json, const QString& sourceName, QString* error)
{
    QJsonObject root;
    QString label = sourceName;
    if (!decode(json, sourceName, &root, error) || !ScenarioBase::resolve(&root, sourceName, &label, error))
        return std::nullopt;
    ScenarioParser parser(label);
    if (!parser.parseRoot(root)) {
        if (error)
            *error = parser.m_in.error();
        return std::nullopt;
    }
    return std::move(parser.m_model);
}

bool ScenarioParser::decode(const QByteArray& json, const QString& sourceName, QJsonObject* out, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QByteArray data = json;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3); // Notepad's UTF-8 byte-order mark
    if (data.trimmed().isEmpty())
        return failWith(
                tr("%1: the file is empty; a scenario is a JSON object such as {\"schema\": 1, ...}.").arg(sourceName));
    if (data.size() > kMaxFileBytes)
        return failWith(tr("%1: the file is larger than 16 MB; describe many temp files with a generator "
                           "({\"pattern\": ..., \"count\": ...}) instead of listing them.")
                                .arg(sourceName));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return failWith(tr("%1: the file is not valid JSON at %2: %3.")
                                .arg(sourceName, position(data, parseError.offset), parseError.errorString()));
    }
    if (!document.isObject())
        return failWith(tr("%1: the top level must be a JSON object ({ ... }).").arg(sourceName));
    *out = document.object();
    return true;
}

bool ScenarioParser::parseRoot(const QJsonObject& root)
{
    static const QStringList known =
            Reader::keyList({"schema",  "name",          "description",   "account",      "os",        "clock",
                             "folders", "tempFolder",    "files",         "registry",     "services",  "scheduledTasks",
                             "disks",   "pendingReboot", "updateHistory", "winHttpProxy", "rootStore", "certificates",
                             "network", "knownFolders",  "expected"});
    // The version first: a newer file's new fields deserve "schema 2 is not supported", not
    // "unknown field".
    if (!root.contains(s("schema")))
        return m_in.fail(s("schema"),
                         tr("is missing; this program reads scenario files with \"schema\": %1").arg(kSchemaVersion));
    qint64 schema = 0;
    if (!m_in.integer(root, {}, s("schema"), Need::Required, 0, 1000000, &schema))
        return false;
    if (schema != kSchemaVersion)
        return m_in.fail(s("schema"),
                         tr("is %1, but this program reads only schema %2").arg(schema).arg(kSchemaVersion));
    if (!m_in.onlyKnownKeys(root, {}, known) || !m_in.string(root, {}, s("name"), Need::Required, &m_model.name)
        || !m_in.string(root, {}, s("description"), Need::Optional, &m_model.summary))
        return false;
    if (m_model.name.trimmed().isEmpty())
        return m_in.fail(s("name"), tr("must not be empty"));

    const auto section = [&root](const char* key) { return root.value(s(key)); };
    const auto has = [&root](const char* key) { return root.contains(s(key)); };
    if (!has("account"))
        return m_in.fail(s("account"), tr("is missing; every scenario says who runs the tool"));
    if (!has("os"))
        return m_in.fail(s("os"), tr("is missing; every scenario says which Windows it simulates"));
    // Order matters: the clock gives file ages their "now", folders come before the temp
    // folder (which may be one of them), the temp folder before files (which may be in it),
    // and all of them before disks (whose roots become folders).
    const QJsonValue emptyObject{QJsonObject()};
    ScenarioSectionParser sections(m_in, m_model);
    ScenarioFilesParser files(m_in, m_model, m_now);
    const bool ok =
            parseAccount(section("account")) && parseOs(section("os"))
            && parseClock(has("clock") ? section("clock") : emptyObject)
            && (!has("folders") || parseFolders(section("folders")))
            && ScenarioTempParser(m_in, m_model, m_now).parse(has("tempFolder") ? section("tempFolder") : emptyObject)
            && (!has("files") || files.parse(section("files")))
            && (!has("registry") || ScenarioRegistryParser(m_in, m_model).parse(section("registry")))
            && (!has("services") || sections.parseServices(section("services")))
            && (!has("scheduledTasks") || sections.parseScheduledTasks(section("scheduledTasks"), m_now))
            && (!has("disks") || sections.parseDisks(section("disks")))
            && m_in.strings(root, {}, s("pendingReboot"), Need::Optional, &m_model.pendingReboot)
            && (!has("updateHistory") || sections.parseUpdateHistory(section("updateHistory"), m_now))
            && (!has("winHttpProxy") || sections.parseProxy(section("winHttpProxy")))
            && (!has("rootStore") || sections.parseRootStore(section("rootStore")))
            && (!has("certificates") || sections.parseCertificates(section("certificates")))
            && (!has("network") || ScenarioNetworkParser(m_in, m_model).parse(section("network")))
            && (!has("knownFolders") || sections.parseKnownFolders(section("knownFolders")))
            && (!has("expected") || sections.parseExpected(section("expected")));
    if (!ok)
        return false;
    addImpliedFolders();
    if (!files.checkNoFileIsAFolder())
        return false;
    if (!m_model.tempExists && m_model.folders.contains(m_model.tempKey))
        return m_in.fail(s("tempFolder.exists"),
                         tr("is false, but folders lists %1 or a folder inside it").arg(m_model.tempPath));
    return true;
}

bool ScenarioParser::parseAccount(const QJsonValue& value)
{
    const QString field = s("account");
    QJsonObject o;
    const Reader::Choices<TokenElevation> elevations{{s("elevated"), TokenElevation::Elevated},
                                                     {s("limited"), TokenElevation::Limited},
                                                     {s("not_admin"), TokenElevation::NotAdmin}};
    AccountInfo& account = m_model.account;
    account.adminSource = tr("declared by the scenario file");
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(o, field, Reader::keyList({"user", "adminMember", "adminSource", "elevation"}))
        || !m_in.string(o, field, s("user"), Need::Required, &account.userName)
        || !m_in.boolean(o, field, s("adminMember"), Need::Required, &account.adminMember)
        || !m_in.string(o, field, s("adminSource"), Need::Optional, &account.adminSource)
        || !m_in.choice(o, field, s("elevation"), Need::Required, elevations, &account.elevation))
        return false;
    if (account.userName.trimmed().isEmpty())
        return m_in.fail(s("account.user"), tr("must not be empty"));
    if (account.adminMember && account.elevation == TokenElevation::NotAdmin)
        return m_in.fail(s("account.elevation"), tr("is not_admin, but account.adminMember is true; an "
                                                    "administrator runs either elevated or limited"));
    if (!account.adminMember && account.elevation != TokenElevation::NotAdmin)
        return m_in.fail(s("account.elevation"), tr("must be not_admin when account.adminMember is false; only "
                                                    "administrators have an elevated or limited token"));
    return true;
}

bool ScenarioParser::parseOs(const QJsonValue& value)
{
    const QString field = s("os");
    QJsonObject o;
    OsInfo& os = m_model.os;
    os.isWindows = true;
    os.architecture = s("amd64");
    const Reader::Choices<OsInfo::ProductType> types{{s("workstation"), OsInfo::ProductType::Workstation},
                                                     {s("domain_controller"), OsInfo::ProductType::DomainController},
                                                     {s("server"), OsInfo::ProductType::Server}};
    const Reader::Choices<QString> architectures{
            {s("amd64"), s("amd64")}, {s("x86"), s("x86")}, {s("arm64"), s("arm64")}};
    qint64 major = 0, minor = 0, build = 0;
    const bool ok = m_in.object(value, field, &o)
                    && m_in.onlyKnownKeys(
                            o, field,
                            Reader::keyList({"productName", "editionId", "installationType", "major", "minor", "build",
                                             "productType", "architecture", "computerName", "dnsHostName", "dnsDomain",
                                             "joinStatus", "joinName", "identityError"}))
                    && m_in.string(o, field, s("productName"), Need::Required, &os.productName)
                    && m_in.string(o, field, s("editionId"), Need::Optional, &os.editionId)
                    && m_in.string(o, field, s("installationType"), Need::Optional, &os.installationType)
                    && m_in.integer(o, field, s("major"), Need::Required, 0, 1000, &major)
                    && m_in.integer(o, field, s("minor"), Need::Required, 0, 1000, &minor)
                    && m_in.integer(o, field, s("build"), Need::Required, 0, 10000000, &build)
                    && m_in.choice(o, field, s("productType"), Need::Required, types, &os.productType)
                    && m_in.choice(o, field, s("architecture"), Need::Optional, architectures, &os.architecture)
                    && parseIdentity(o);
    os.major = int(major);
    os.minor = int(minor);
    os.build = int(build);
    return ok;
}

bool ScenarioParser::parseIdentity(const QJsonObject& o)
{
    // The names as Windows keeps them: a NetBIOS name of at most 15 characters, DNS labels
    // without dots or blanks (docs/scenario-schema.md, "os").
    const QString field = s("os");
    MachineIdentity& identity = m_model.identity;
    const QStringList names{s("computerName"), s("dnsHostName"), s("dnsDomain"), s("joinStatus"), s("joinName")};
    const bool described = std::any_of(names.cbegin(), names.cend(), [&o](const QString& k) { return o.contains(k); });
    if (o.contains(s("identityError"))) {
        if (described)
            return m_in.fail(field,
                             tr("gives identityError together with the computer's names; give one or the other"));
        if (!m_in.string(o, field, s("identityError"), Need::Required, &m_model.identityError))
            return false;
        if (m_model.identityError.trimmed().isEmpty())
            return m_in.fail(s("os.identityError"), tr("must not be empty"));
        m_model.identityGiven = true;
        return true;
    }
    if (!described)
        return true;
    const Reader::Choices<JoinStatus> statuses{{s("unknown"), JoinStatus::Unknown},
                                               {s("unjoined"), JoinStatus::Unjoined},
                                               {s("workgroup"), JoinStatus::Workgroup},
                                               {s("domain"), JoinStatus::Domain}};
    if (!m_in.string(o, field, s("computerName"), Need::Required, &identity.netbiosName)
        || !m_in.string(o, field, s("dnsHostName"), Need::Optional, &identity.dnsHostName)
        || !m_in.string(o, field, s("dnsDomain"), Need::Optional, &identity.dnsDomain)
        || !m_in.choice(o, field, s("joinStatus"), Need::Required, statuses, &identity.joinStatus)
        || !m_in.string(o, field, s("joinName"), Need::Optional, &identity.joinName))
        return false;
    const auto plainLabel = [](const QString& name, int most) {
        return !name.isEmpty() && name.size() <= most && !name.contains(u'.') && !name.contains(u' ');
    };
    if (!plainLabel(identity.netbiosName, 15))
        return m_in.fail(s("os.computerName"),
                         tr("must be 1 to 15 characters without dots or blanks (a NetBIOS name)"));
    if (identity.dnsHostName.isEmpty())
        identity.dnsHostName = identity.netbiosName.toLower();
    if (!plainLabel(identity.dnsHostName, 63))
        return m_in.fail(s("os.dnsHostName"), tr("must be 1 to 63 characters without dots or blanks"));
    if (identity.dnsDomain.startsWith(u'.') || identity.dnsDomain.endsWith(u'.') || identity.dnsDomain.contains(u' '))
        return m_in.fail(s("os.dnsDomain"), tr("must be a DNS suffix such as contoso.com, without a leading or "
                                               "trailing dot"));
    const bool named = identity.joinStatus == JoinStatus::Workgroup || identity.joinStatus == JoinStatus::Domain;
    if (named && identity.joinName.trimmed().isEmpty())
        return m_in.fail(s("os.joinName"), tr("is required when joinStatus is workgroup or domain"));
    if (!named && o.contains(s("joinName")))
        return m_in.fail(s("os.joinName"), tr("is only allowed when joinStatus is workgroup or domain"));
    identity.fqdn =
            identity.dnsDomain.isEmpty() ? identity.dnsHostName : identity.dnsHostName + u'.' + identity.dnsDomain;
    m_model.identityGiven = true;
    return true;
}

bool ScenarioParser::parseClock(const QJsonValue& value)
{
    const QString field = s("clock");
    QJsonObject o;
    QString utc;
    qint64 offset_min = 0;
    double uptime_h = 0;
    m_model.timeZoneId = s("UTC");
    constexpr qint64 kCentury_s = qint64(100) * 365 * 24 * 3600;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(
                o, field,
                Reader::keyList({"utc", "skewSeconds", "timeZoneId", "utcOffsetMinutes", "region", "uptimeHours"}))
        || !m_in.string(o, field, s("utc"), Need::Optional, &utc)
        || !m_in.integer(o, field, s("skewSeconds"), Need::Optional, -kCentury_s, kCentury_s, &m_model.skew_s)
        || !m_in.string(o, field, s("timeZoneId"), Need::Optional, &m_model.timeZoneId)
        || !m_in.integer(o, field, s("utcOffsetMinutes"), Need::Optional, -14LL * 60, 14LL * 60, &offset_min)
        || !m_in.string(o, field, s("region"), Need::Optional, &m_model.region)
        || !m_in.number(o, field, s("uptimeHours"), Need::Optional, 0, 100.0 * 365 * 24, &uptime_h))
        return false;
    if (o.contains(s("uptimeHours")))
        m_model.uptime_s = qint64(uptime_h * 3600);
    // Two letters Qt knows as a territory ("NL"), so a typo is an error here rather than an
    // unknown region in the time zone check.
    if (o.contains(s("region"))
        && (m_model.region.size() != 2 || m_model.region != m_model.region.toUpper()
            || QLocale::codeToTerritory(m_model.region) == QLocale::AnyTerritory))
        return m_in.fail(s("clock.region"), tr("must be a two-letter ISO 3166 country code in capitals, such as NL"));
    m_model.utcOffset_s = int(offset_min * 60);
    if (o.contains(s("utc")) && o.contains(s("skewSeconds")))
        return m_in.fail(field, tr("gives both utc and skewSeconds; give utc for a fixed clock, or skewSeconds "
                                   "for the host's clock shifted by that much"));
    if (o.contains(s("utc"))) {
        const QDateTime parsed = QDateTime::fromString(utc, Qt::ISODateWithMs);
        // Without "Z" or an offset Qt would read the host's local time: the same file would
        // describe a different machine on every host.
        if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
            return m_in.fail(s("clock.utc"), tr("must be an ISO 8601 date and time with Z or an offset, such as "
                                                "2024-05-01T09:30:00Z"));
        m_model.fixedUtc = parsed.toUTC();
    }
    m_now = m_model.fixedUtc.isValid() ? m_model.fixedUtc : QDateTime::currentDateTimeUtc().addSecs(m_model.skew_s);
    return true;
}

bool ScenarioParser::parseFolders(const QJsonValue& value)
{
    QJsonArray items;
    if (!m_in.array(value, s("folders"), &items))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString field = Reader::at(s("folders"), i);
        QJsonObject o;
        ScenarioFolder folder;
        QStringList attributeNames;
        double age_h = 0;
        if (!m_in.object(items.at(i), field, &o)
            || !m_in.onlyKnownKeys(o, field,
                                   Reader::keyList({"path", "attributes", "writableWithoutElevation", "ageHours"}))
            || !m_in.windowsPath(o, field, s("path"), Need::Required, &folder.path)
            || !m_in.strings(o, field, s("attributes"), Need::Optional, &attributeNames)
            || !m_in.boolean(o, field, s("writableWithoutElevation"), Need::Optional, &folder.writableWithoutElevation)
            || !m_in.number(o, field, s("ageHours"), Need::Optional, 0, 1e6, &age_h))
            return false;
        if (o.contains(s("ageHours")))
            folder.lastWriteUtc = m_now.addMSecs(-qint64(age_h * 3600.0 * 1000.0));
        folder.attributes = FileAttribute::Directory;
        for (qsizetype a = 0; a < attributeNames.size(); ++a) {
            FileAttribute attribute{};
            if (!fileAttributeFromName(attributeNames.at(a), &attribute)) {
                const QString known = s("readonly, hidden, system, directory, archive, sparse, reparse_point, "
                                        "compressed, encrypted");
                return m_in.fail(Reader::at(Reader::join(field, s("attributes")), a),
                                 tr("must be one of %1").arg(known));
            }
            folder.attributes |= attribute;
        }
        const QString key = ScenarioKeys::pathKey(folder.path);
        if (m_model.folders.contains(key))
            return m_in.fail(Reader::join(field, s("path")),
                             tr("repeats the folder %1 (paths are compared without regard to case)").arg(folder.path));
        m_model.folders.insert(key, folder);
    }
    return true;
}

void ScenarioParser::addImpliedFolders()
{
    // Every parent of a listed folder exists, or fileAttributes() of "C:\Program Files" would
    // answer NotFound on a machine whose "C:\Program Files\Agent" exists.
    const QList<ScenarioFolder> declared = m_model.folders.values();
    for (const ScenarioFolder& folder : declared) {
        QString display = folder.path;
        while (!ScenarioKeys::parentKey(ScenarioKeys::pathKey(display)).isEmpty()) {
            display = ScenarioKeys::canonicalPath(display.left(display.lastIndexOf(QLatin1Char('\\'))));
            const QString key = ScenarioKeys::pathKey(display);
            if (!m_model.folders.contains(key))
                m_model.folders.insert(key, ScenarioFolder{display, FileAttribute::Directory, false, {}});
        }
    }
}

} // namespace mars
