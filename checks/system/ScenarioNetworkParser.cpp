// SPDX-License-Identifier: MIT
#include "ScenarioNetworkParser.h"

#include <QJsonArray>

#include <algorithm>
#include <cctype>

namespace mars {

namespace {
using Reader = ScenarioJsonReader;
using Need = ScenarioJsonReader::Need;
QString s(const char* latin1)
{
    return QString::fromLatin1(latin1);
}
} // namespace

ScenarioNetworkParser::ScenarioNetworkParser(ScenarioJsonReader& in, ScenarioModel& model)
    : m_in(in)
    , m_model(model)
{
}

bool ScenarioNetworkParser::parse(const QJsonValue& value)
{
    const QString field = s("network");
    QJsonObject o;
    if (!m_in.object(value, field, &o) || !m_in.onlyKnownKeys(o, field, Reader::keyList({"offline", "exchanges"}))
        || !m_in.boolean(o, field, s("offline"), Need::Optional, &m_model.network.offline))
        return false;
    if (!o.contains(s("exchanges")))
        return true;
    QJsonArray list;
    const QString listField = Reader::join(field, s("exchanges"));
    if (!m_in.array(o.value(s("exchanges")), listField, &list))
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!parseExchange(list.at(i), Reader::at(listField, i)))
            return false;
    }
    return true;
}

bool ScenarioNetworkParser::parseExchange(const QJsonValue& value, const QString& field)
{
    QJsonObject o;
    ScenarioExchange rule;
    ExchangeResult& r = rule.result;
    QString host, proxy, layer, server, via, body, date, rootSha1;
    qint64 status = 0, proxyStatus = 0, elapsed = -1;
    if (!m_in.object(value, field, &o)
        || !m_in.onlyKnownKeys(
                o, field,
                Reader::keyList({"host", "proxy", "failedLayer", "failure", "timedOut", "addresses", "proxyStatus",
                                 "proxyAuthSchemes", "tlsProtocol", "rootName", "rootSha1", "tlsErrors", "httpStatus",
                                 "server", "via", "body", "elapsedMs"}))
        || !m_in.string(o, field, s("host"), Need::Optional, &host)
        || !m_in.string(o, field, s("proxy"), Need::Optional, &proxy)
        || !m_in.string(o, field, s("failedLayer"), Need::Optional, &layer)
        || !m_in.string(o, field, s("failure"), Need::Optional, &r.failure)
        || !m_in.boolean(o, field, s("timedOut"), Need::Optional, &r.timedOut)
        || !m_in.strings(o, field, s("addresses"), Need::Optional, &r.addresses)
        || !m_in.integer(o, field, s("proxyStatus"), Need::Optional, 100, 599, &proxyStatus)
        || !m_in.strings(o, field, s("proxyAuthSchemes"), Need::Optional, &r.proxyAuthSchemes)
        || !m_in.string(o, field, s("tlsProtocol"), Need::Optional, &r.tlsProtocol)
        || !m_in.string(o, field, s("rootName"), Need::Optional, &r.rootName)
        || !m_in.string(o, field, s("rootSha1"), Need::Optional, &rootSha1)
        || !m_in.strings(o, field, s("tlsErrors"), Need::Optional, &r.tlsErrors)
        || !m_in.integer(o, field, s("httpStatus"), Need::Optional, 100, 599, &status)
        || !m_in.string(o, field, s("server"), Need::Optional, &server)
        || !m_in.string(o, field, s("via"), Need::Optional, &via)
        || !m_in.string(o, field, s("body"), Need::Optional, &body)
        || !m_in.integer(o, field, s("elapsedMs"), Need::Optional, 0, 3600000, &elapsed))
        return false;
    if (host.isEmpty() == proxy.isEmpty())
        return m_in.fail(field, tr("needs exactly one of \"host\" (a host name, or * for every host) and \"proxy\" "
                                   "(host:port)"));
    if (!proxy.isEmpty()) {
        const qsizetype colon = proxy.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const uint port = colon > 0 ? proxy.mid(colon + 1).toUInt(&portOk) : 0;
        if (!portOk || port == 0 || port > 65535)
            return m_in.fail(Reader::join(field, s("proxy")), tr("must be host:port"));
    }
    if (!layer.isEmpty() && (!networkLayerFromId(layer, &r.failedLayer) || r.failedLayer == NetworkLayer::None))
        return m_in.fail(Reader::join(field, s("failedLayer")), tr("must be one of dns, tcp, proxy, tls, http"));
    if (r.failedLayer == NetworkLayer::None && (!r.failure.isEmpty() || r.timedOut))
        return m_in.fail(field, tr("gives a failure but no failedLayer"));
    if (r.failedLayer != NetworkLayer::None && status != 0)
        return m_in.fail(field, tr("has both a failedLayer and an httpStatus; an exchange that failed got no answer"));
    if (r.failedLayer == NetworkLayer::Proxy && proxy.isEmpty())
        return m_in.fail(Reader::join(field, s("failedLayer")),
                         tr("is proxy, which only a \"proxy\" rule can fail at"));
    const bool hex =
            std::all_of(rootSha1.cbegin(), rootSha1.cend(), [](QChar c) { return isxdigit(c.toLatin1()) != 0; });
    if (!rootSha1.isEmpty() && (rootSha1.size() != 40 || !hex))
        return m_in.fail(Reader::join(field, s("rootSha1")), tr("must be 40 hexadecimal digits"));
    rule.hostKey = host.toCaseFolded();
    rule.proxyKey = proxy.toCaseFolded();
    r.proxyStatus = int(proxyStatus);
    r.httpStatus = r.failedLayer == NetworkLayer::None ? int(status == 0 ? 200 : status) : 0;
    r.server = server.toUtf8();
    r.via = via.toUtf8();
    r.body = body.toUtf8();
    r.rootSha1 = rootSha1.toLower().toLatin1();
    r.elapsed_ms = elapsed;
    m_model.network.exchanges.append(rule);
    return true;
}

} // namespace mars
