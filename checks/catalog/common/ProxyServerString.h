// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mars {

// A proxy server list as WinINet (ProxyServer) and WinHTTP (netsh winhttp show proxy) store it.
// Format, per Microsoft's WINHTTP_PROXY_INFO documentation (learn.microsoft.com, winhttp.h,
// read 2026-12): one or more entries separated by semicolons or whitespace, each
//     ([<scheme>=][<scheme>"://"]<server>[":"<port>])
// e.g. "proxy:8080", "http=proxy:80;https=proxy:443", "https=http://proxy:8080". The bypass list
// (ProxyOverride) is names separated by semicolons or whitespace, "<local>" for names without a
// dot. Credentials are not part of the format, but people type "user:password@host:port"; they
// are split off here so they never reach a host name, a sentence or the evidence.
struct ProxyServerEntry
{
    QString forScheme; // the "<scheme>=" prefix, lower case ("https"); empty: every scheme
    QString proxyScheme; // the "<scheme>://" part, lower case; empty when not written
    QString host; // without brackets for an IPv6 literal
    // When not written: 80 (443 for "https://"), as for a URL without a port. Microsoft's format
    // page does not say which port WinINet/WinHTTP assume; the route names the port it used.
    quint16 port = 0;
    bool portGiven = false;
    bool hasCredentials = false; // "user:password@" was written (and is dropped here)
    QString problem; // why the entry cannot be used; empty when it can
    bool valid() const { return problem.isEmpty(); }
    QString hostPort() const; // "host:port", "[::1]:8080"
};

class ProxyServerString
{
    Q_DECLARE_TR_FUNCTIONS(mars::ProxyServerString)

public:
    static QList<ProxyServerEntry> parse(const QString& text);
    // The entry a request with `urlScheme` ("https", "http") goes through: the "<urlScheme>="
    // entry, else the one without a prefix; nullptr when the list has neither (WinINet then
    // connects directly for that scheme). SOCKS entries ("socks=") are never picked.
    static const ProxyServerEntry* pick(const QList<ProxyServerEntry>& entries, const QString& urlScheme);
    // `text` with the password (or a user name without a password) of every "…@" replaced by
    // Redactor::marker(): "alice:[REDACTED]@proxy:8080". Text without "@" is returned as is.
    static QString redacted(const QString& text);
    // The bypass list split into its names ("<local>" kept as written).
    static QStringList bypassList(const QString& text);
};

} // namespace mars
