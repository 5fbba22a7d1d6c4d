// SPDX-License-Identifier: MIT
// The endpoint lists per cloud (resources/endpoints, embedded as :/endpoints/<cloud>.json) and
// the lab's --endpoints FILE: every built-in list loads and names its sources; a lab file in the
// issue's format loads; each kind of bad file is refused with one sentence that names the file
// and the entry, never a crash.
#include "catalog/common/EndpointList.h"

#include <QDate>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mars;

Q_DECLARE_METATYPE(mars::Cloud)

class TestEndpointList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLists_data();
    void builtInLists();
    void labFileLoads();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void fileProblems();
    void neverCrashesOnMangledInput();
};

void TestEndpointList::builtInLists_data()
{
    QTest::addColumn<Cloud>("cloud");
    QTest::addColumn<QString>("entraHost");
    QTest::newRow("public") << Cloud::Public << "login.microsoftonline.com";
    QTest::newRow("usgov") << Cloud::UsGovernment << "login.microsoftonline.us";
    QTest::newRow("china") << Cloud::China << "login.partner.microsoftonline.cn";
}

void TestEndpointList::builtInLists()
{
    QFETCH(Cloud, cloud);
    QFETCH(QString, entraHost);
    QString error;
    const EndpointList list = EndpointList::forCloud(cloud, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(list.cloud, cloudId(cloud));
    QCOMPARE(list.origin, EndpointList::resourcePath(cloud));
    QVERIFY(!list.sources.isEmpty());
    QVERIFY(QDate::fromString(list.reviewed, Qt::ISODate).isValid());
    QVERIFY(!list.allowList.fqdns.isEmpty());
    QVERIFY(!list.allowList.ports.isEmpty());
    QCOMPARE(list.endpoints.first().id, QStringLiteral("entra_login"));
    QCOMPARE(list.endpoints.first().host(), entraHost);
    QCOMPARE(list.endpoints.first().role, EndpointRole::Entra);
    QCOMPARE(list.endpoints.first().port(), quint16(443));
    // The two Windows connectivity probes, plain HTTP with their documented bodies.
    int ncsi = 0;
    for (const Endpoint& e : list.endpoints) {
        if (e.role != EndpointRole::Ncsi)
            continue;
        ++ncsi;
        QCOMPARE(e.url.scheme(), QStringLiteral("http"));
        QCOMPARE(e.port(), quint16(80));
        QVERIFY(e.expectBody == QLatin1String("Microsoft NCSI")
                || e.expectBody == QLatin1String("Microsoft Connect Test"));
    }
    QCOMPARE(ncsi, 2);
    if (cloud == Cloud::Public) {
        QCOMPARE(list.allowList.ipRanges,
                 (QStringList{QStringLiteral("20.190.128.0/18"), QStringLiteral("40.126.0.0/18")}));
        QCOMPARE(list.allowList.serviceTags, (QStringList{QStringLiteral("AzureBackup"), QStringLiteral("Storage"),
                                                          QStringLiteral("AzureActiveDirectory")}));
    }
}

void TestEndpointList::labFileLoads()
{
    // The --endpoints format of issue #11, nothing else.
    const QByteArray json = R"({"endpoints": [
        {"id": "entra_login", "url": "https://login.microsoftonline.com:443/common", "role": "entra"},
        {"id": "lab_backup", "url": "https://127.0.0.1:8443/", "role": "backup"},
        {"id": "lab_ncsi", "url": "http://localhost/ncsi.txt", "role": "ncsi", "expect_body": "Microsoft NCSI"},
        {"id": "v6", "url": "https://[::1]:9443/x", "role": "other"}]})";
    EndpointList list;
    QString error;
    QVERIFY2(EndpointList::fromJson(json, QStringLiteral("lab.json"), &list, &error), qPrintable(error));
    QCOMPARE(list.endpoints.size(), 4);
    QVERIFY(list.cloud.isEmpty());
    QCOMPARE(list.endpoints.at(1).port(), quint16(8443));
    QCOMPARE(list.endpoints.at(1).role, EndpointRole::Backup);
    QCOMPARE(list.endpoints.at(2).port(), quint16(80));
    QCOMPARE(list.endpoints.at(2).expectBody, QStringLiteral("Microsoft NCSI"));
    QCOMPARE(list.endpoints.at(3).host(), QStringLiteral("::1"));
    QCOMPARE(list.endpoints.at(3).port(), quint16(9443));
}

void TestEndpointList::badFilesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char* name, const char* json, const char* expected) {
        QTest::newRow(name) << QByteArray(json) << QString::fromUtf8(expected);
    };
    row("empty", "", "lab.json: the file is empty");
    row("not JSON", "{\"endpoints\": [", "lab.json: the file is not valid JSON");
    row("a list at top", "[]", "lab.json: the top level must be a JSON object");
    row("no endpoints", R"({"endpoint": []})", "lab.json: the file has an unknown field \"endpoint\"");
    row("endpoints missing", R"({"note": "x"})", "lab.json: the file has no \"endpoints\" list");
    row("empty list", R"({"endpoints": []})", "lab.json: the endpoint list is empty");
    row("entry not an object", R"({"endpoints": ["https://x/"]})", "lab.json: endpoints[0] must be an object");
    row("missing id", R"({"endpoints": [{"url": "https://x/", "role": "entra"}]})", "lab.json: endpoints[0] has no id");
    row("id not snake_case", R"({"endpoints": [{"id": "Entra-Login", "url": "https://x/", "role": "entra"}]})",
        "endpoints[0] (\"Entra-Login\") has an id that is not snake_case");
    row("duplicate id",
        R"({"endpoints": [{"id": "a", "url": "https://x/", "role": "entra"}, {"id": "a", "url": "https://y/", "role": "entra"}]})",
        "lab.json: endpoints[1] (\"a\") repeats the id \"a\"");
    row("unknown role", R"({"endpoints": [{"id": "a", "url": "https://x/", "role": "entras"}]})",
        "endpoints[0] (\"a\") has the role \"entras\", which is not known");
    row("role missing", R"({"endpoints": [{"id": "a", "url": "https://x/"}]})", "endpoints[0] (\"a\") has no role");
    row("bad url", R"({"endpoints": [{"id": "a", "url": "https://exa mple/", "role": "entra"}]})",
        "endpoints[0] (\"a\") has the url \"https://exa mple/\", which is not a valid address");
    row("no host", R"({"endpoints": [{"id": "a", "url": "login.microsoftonline.com", "role": "entra"}]})",
        "endpoints[0] (\"a\") has the url \"login.microsoftonline.com\", which is not a valid address");
    row("ftp", R"({"endpoints": [{"id": "a", "url": "ftp://x/", "role": "other"}]})",
        "endpoints[0] (\"a\") has the url \"ftp://x/\"; only http:// and https://");
    row("port out of range", R"({"endpoints": [{"id": "a", "url": "https://x:70000/", "role": "other"}]})",
        "which is not a valid address");
    row("credentials", R"({"endpoints": [{"id": "a", "url": "https://u:pw@x/", "role": "other"}]})",
        "endpoints[0] (\"a\") has a user name or password in its url");
    row("url missing", R"({"endpoints": [{"id": "a", "role": "other"}]})", "endpoints[0] (\"a\") has no url");
    row("typo in an entry", R"({"endpoints": [{"id": "a", "url": "https://x/", "role": "other", "expectBody": "x"}]})",
        "endpoints[0] (\"a\") has an unknown field \"expectBody\"");
    row("body not text", R"({"endpoints": [{"id": "a", "url": "https://x/", "role": "other", "expect_body": 1}]})",
        "has \"expect_body\", which must be text");
    row("unknown cloud", R"({"cloud": "germany", "endpoints": [{"id": "a", "url": "https://x/", "role": "other"}]})",
        "lab.json: cloud must be one of public, usgov, china");
    row("bad ip range",
        R"({"allowList": {"ipRanges": ["20.190.128.0/33"]}, "endpoints": [{"id": "a", "url": "https://x/", "role": "other"}]})",
        "allowList has the IP range \"20.190.128.0/33\"");
    row("allow-list typo",
        R"({"allowList": {"fqdn": []}, "endpoints": [{"id": "a", "url": "https://x/", "role": "other"}]})",
        "allowList has an unknown field \"fqdn\"");
}

void TestEndpointList::badFilesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    EndpointList list;
    list.note = QStringLiteral("untouched");
    QString error;
    QVERIFY(!EndpointList::fromJson(json, QStringLiteral("lab.json"), &list, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("lab.json: ")), qPrintable(error));
    QCOMPARE(list.note, QStringLiteral("untouched")); // refused whole
}

void TestEndpointList::fileProblems()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EndpointList list;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    QVERIFY(!EndpointList::fromFile(missing, &list, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")) && error.startsWith(missing), qPrintable(error));

    const QString big = dir.filePath(QStringLiteral("big.json"));
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(EndpointList::kMaxFileBytes + 10, ' '));
    file.close();
    QVERIFY(!EndpointList::fromFile(big, &list, &error));
    QVERIFY2(error.contains(QLatin1String("larger than 1 MB")), qPrintable(error));

    const QString good = dir.filePath(QStringLiteral("good.json"));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(R"({"endpoints": [{"id": "a", "url": "https://x/", "role": "other"}]})");
    goodFile.close();
    QVERIFY2(EndpointList::fromFile(good, &list, &error), qPrintable(error));
    QCOMPARE(list.origin, good);
    QCOMPARE(list.endpoints.size(), 1);
}

void TestEndpointList::neverCrashesOnMangledInput()
{
    // Every prefix of a valid file and a few byte flips: refused or loaded, never a crash.
    QFile builtIn(EndpointList::resourcePath(Cloud::Public));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    const QByteArray json = builtIn.readAll();
    for (qsizetype cut = 0; cut < json.size(); cut += 7) {
        EndpointList list;
        QString error;
        if (!EndpointList::fromJson(json.left(cut), QStringLiteral("cut.json"), &list, &error))
            QVERIFY(!error.isEmpty());
    }
    for (qsizetype at = 0; at < json.size(); at += 11) {
        QByteArray mangled = json;
        mangled[at] = char(mangled.at(at) ^ 0x5a);
        EndpointList list;
        QString error;
        if (!EndpointList::fromJson(mangled, QStringLiteral("flip.json"), &list, &error))
            QVERIFY(!error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestEndpointList)
#include "TestEndpointList.moc"
