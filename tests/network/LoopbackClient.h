// SPDX-License-Identifier: MIT
#pragma once

// What TestLoopbackServer and TestLoopbackProxy share: real Qt clients for the loopback
// servers of mars_test_support (a QNetworkAccessManager that never uses the machine's proxy,
// the throw-away CAs and a leaf certificate), bounded waits and raw exchanges.
#include "network/LoopbackHttpProxy.h"
#include "network/LoopbackTlsServer.h"
#ifdef MARS_HAVE_THROWAWAY_CA
#include "network/ThrowawayCa.h"
#endif

#include <QElapsedTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>

#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

Q_DECLARE_METATYPE(mars::test::LoopbackTlsServer::Transport)
Q_DECLARE_METATYPE(mars::test::ServerBehaviour)
Q_DECLARE_METATYPE(mars::test::ProxyBehaviour)
Q_DECLARE_METATYPE(mars::test::ProxyBehaviour::Scheme)

namespace mars::test {

// The longest any single exchange may take before the test calls it hung (a bound, not a sleep).
inline constexpr int exchange_ms = 3000;
// What the tests give a stalled peer before giving up.
inline constexpr int stall_ms = 300;

// A TLS row skips itself where the build has no ThrowawayCa.
#ifdef MARS_HAVE_THROWAWAY_CA
#define MARS_REQUIRE_TLS_FOR(transport) static_cast<void>(transport)
#else
#define MARS_REQUIRE_TLS_FOR(transport)                                                                                \
    do {                                                                                                               \
        if ((transport) == LoopbackTlsServer::Transport::Tls)                                                          \
            QSKIP("No ThrowawayCa in this build: it needs OpenSSL's libcrypto, which the Windows (MinGW) build "       \
                  "does not have");                                                                                    \
    } while (false)
#endif

#ifdef MARS_HAVE_THROWAWAY_CA
// Only `root` is trusted: the system's CAs play no part.
inline QSslConfiguration trusting(const QSslCertificate& root)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({root});
    return config;
}
#endif

// True under Wine (which exports wine_get_version from ntdll), false on real Windows and Linux.
inline bool runsUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version");
#else
    return false;
#endif
}

// Seen with Wine 8 in this project's CI image; real Windows not verified.
inline constexpr char wineResetGap[] = "Wine does not reliably report a TCP reset to the client: the reply hangs until "
                                       "its time-out instead of failing with RemoteHostClosedError";

inline bool waitFinished(QNetworkReply* reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(exchange_ms);
}

// Sends raw bytes to 127.0.0.1:port and returns everything read until the peer closes or
// answers a complete head (bounded).
inline QByteArray rawExchange(quint16 port, const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(exchange_ms))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (!answer.contains("\r\n\r\n") && timer.elapsed() < exchange_ms) {
        if (!socket.waitForReadyRead(static_cast<int>(exchange_ms - timer.elapsed())))
            break;
        answer += socket.readAll();
    }
    return answer;
}

inline QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime time =
            QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

inline QString describe(QNetworkReply* reply)
{
    return QStringLiteral("error %1 (%2), status %3")
            .arg(int(reply->error()))
            .arg(reply->errorString())
            .arg(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
}

// The client side of a test: call setUpCertificates() from initTestCase(), startManager()
// from init() and stopManager() from cleanup().
struct LoopbackClient
{
    std::unique_ptr<QNetworkAccessManager> manager;
#ifdef MARS_HAVE_THROWAWAY_CA
    std::unique_ptr<ThrowawayCa> ca;
    std::unique_ptr<ThrowawayCa> otherCa;
    TlsIdentity leaf;
#endif

    // QVERIFY inside: the caller checks QTest::currentTestFailed().
    void setUpCertificates()
    {
#ifdef MARS_HAVE_THROWAWAY_CA
        // Qt loads its TLS backend (OpenSSL's libssl3 on Linux) at run time: without it every
        // TLS row would fail for a reason that has nothing to do with the servers.
        QVERIFY2(QSslSocket::supportsSsl(),
                 qPrintable(QStringLiteral("no TLS backend: %1, built against %2")
                                    .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryBuildVersionString())));
        ca = std::make_unique<ThrowawayCa>(QStringLiteral("MARS Loopback"));
        QVERIFY2(ca->isValid(), qPrintable(ca->errorString()));
        otherCa = std::make_unique<ThrowawayCa>(QStringLiteral("Somebody Else"));
        QVERIFY2(otherCa->isValid(), qPrintable(otherCa->errorString()));
        leaf = ca->issueLeaf();
        QVERIFY(!leaf.isNull());
        QVERIFY(ca->root().isSelfSigned());
        QCOMPARE(ca->root().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("MARS Loopback Root CA")});
        QCOMPARE(leaf.certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry),
                 QStringList{QStringLiteral("127.0.0.1")});
#endif
    }

    void startManager()
    {
        manager = std::make_unique<QNetworkAccessManager>();
        // Never the machine's proxy settings: only what a test sets.
        manager->setProxy(QNetworkProxy::NoProxy);
    }
    void stopManager()
    {
        manager.reset();
    }

    // A server of the given transport; for Tls, with a leaf signed by ca's root.
    std::unique_ptr<LoopbackTlsServer> makeServer(LoopbackTlsServer::Transport transport,
                                                  const ServerBehaviour& behaviour = ServerBehaviour::ok200()) const
    {
        if (transport == LoopbackTlsServer::Transport::PlainHttp)
            return std::make_unique<LoopbackTlsServer>(behaviour);
#ifdef MARS_HAVE_THROWAWAY_CA
        return std::make_unique<LoopbackTlsServer>(leaf, behaviour);
#else
        return nullptr;
#endif
    }

    QNetworkReply* get(const QUrl& url, int timeout_ms = exchange_ms) const
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(timeout_ms);
#ifdef MARS_HAVE_THROWAWAY_CA
        if (url.scheme() == u"https")
            request.setSslConfiguration(trusting(ca->root()));
#endif
        QNetworkReply* reply = manager->get(request);
        reply->setParent(manager.get());
        return reply;
    }
};

} // namespace mars::test

// QTEST_GUILESS_MAIN, except that under Wine the process ends as soon as the results are written.
// Why: in this project's CI (Wine 8, a fresh prefix, twice in a row) both loopback tests printed
// every result and "Finished testing", and then the process never ended, not even with its output
// going to a file; it did not happen on this machine, with a fresh prefix, in parallel or in an
// empty network namespace. Only these two executables load Qt Network, so the suspect is its
// teardown after Windows has ended the other threads (ExitProcess runs DLL detach last). The
// results and the exit code are those of QTest::qExec; what is skipped is only the teardown, and
// only under Wine. If a hang comes back, wine-run prints every thread's backtrace before it stops
// the process (cmake/wine-run.sh.in).
#ifdef Q_OS_WIN
#define MARS_END_UNDER_WINE(rc)                                                                                        \
    do {                                                                                                               \
        if (mars::test::runsUnderWine()) {                                                                             \
            std::fflush(stdout);                                                                                       \
            std::fflush(stderr);                                                                                       \
            TerminateProcess(GetCurrentProcess(), static_cast<UINT>(rc));                                              \
        }                                                                                                              \
    } while (false)
#else
#define MARS_END_UNDER_WINE(rc) static_cast<void>(rc)
#endif

#define MARS_LOOPBACK_TEST_MAIN(TestObject)                                                                            \
    int main(int argc, char* argv[])                                                                                   \
    {                                                                                                                  \
        QCoreApplication app(argc, argv);                                                                              \
        TestObject tc;                                                                                                 \
        QTEST_SET_MAIN_SOURCE_PATH                                                                                     \
        const int rc = QTest::qExec(&tc, argc, argv);                                                                  \
        MARS_END_UNDER_WINE(rc);                                                                                       \
        return rc;                                                                                                     \
    }
