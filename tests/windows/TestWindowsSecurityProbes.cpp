// SPDX-License-Identifier: MIT
// The two OS facts of I3 and G8 against the real Win32 API (Wine in CI):
// registryValueNames() (RegEnumValueW) on a key this test creates under
// HKCU\Software\MarsTroubleshooterTest\<random> with values it writes (names kept as written, the
// default value left out, a missing key NotFound), and personalCertificates() on CurrentUser\My
// with a self-signed "Windows Azure Tools" certificate this test creates
// (CertCreateSelfSignCertificate + CertAddCertificateContextToStore) and deletes afterwards.
#include "system/WindowsSystem.h"

#include <QScopeGuard>
#include <QTest>
#include <QUuid>

#include <windows.h>
#include <wincrypt.h>

#include <string>

using namespace mars;

class TestWindowsSecurityProbes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valueNames();
    void personalCertificates();
};

void TestWindowsSecurityProbes::valueNames()
{
    const QString keyPath =
            QStringLiteral("Software\\MarsTroubleshooterTest\\") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    HKEY key = nullptr;
    QCOMPARE(::RegCreateKeyExW(HKEY_CURRENT_USER, keyPath.toStdWString().c_str(), 0, nullptr, 0, KEY_ALL_ACCESS,
                               nullptr, &key, nullptr),
             LSTATUS(ERROR_SUCCESS));
    const auto cleanup = qScopeGuard([&] {
        ::RegCloseKey(key);
        ::RegDeleteTreeW(HKEY_CURRENT_USER, keyPath.toStdWString().c_str());
    });
    // As Defender stores exclusions: the path is the value's name, the data a DWORD 0.
    const QStringList names{QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin"),
                            QStringLiteral("%ProgramFiles%\\Größe"), QStringLiteral("cbengine.exe"),
                            QString(300, QLatin1Char('x'))};
    const DWORD zero = 0;
    for (const QString& name : names)
        QCOMPARE(::RegSetValueExW(key, name.toStdWString().c_str(), 0, REG_DWORD, reinterpret_cast<const BYTE*>(&zero),
                                  sizeof zero),
                 LSTATUS(ERROR_SUCCESS));
    const wchar_t text[] = L"default";
    QCOMPARE(::RegSetValueExW(key, nullptr, 0, REG_SZ, reinterpret_cast<const BYTE*>(text), sizeof text),
             LSTATUS(ERROR_SUCCESS)); // the default value names nothing
    HKEY sub = nullptr;
    QCOMPARE(::RegCreateKeyExW(key, L"a subkey is no value", 0, nullptr, 0, KEY_ALL_ACCESS, nullptr, &sub, nullptr),
             LSTATUS(ERROR_SUCCESS));
    ::RegCloseKey(sub);

    const WindowsSystem system;
    const Probed<QStringList> listed =
            system.registry().registryValueNames(RegistryHive::CurrentUser, keyPath, RegistryView::Native64);
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    QStringList sortedListed = listed.value;
    QStringList sortedNames = names;
    sortedListed.sort(Qt::CaseInsensitive);
    sortedNames.sort(Qt::CaseInsensitive);
    QCOMPARE(sortedListed, sortedNames);

    const Probed<QStringList> missing = system.registry().registryValueNames(
            RegistryHive::CurrentUser, keyPath + QStringLiteral("\\No"), RegistryView::Native64);
    QCOMPARE(missing.status, ProbeStatus::NotFound);
    const Probed<QStringList> empty = system.registry().registryValueNames(
            RegistryHive::CurrentUser, keyPath + QStringLiteral("\\a subkey is no value"), RegistryView::Native64);
    QVERIFY2(empty.ok(), qPrintable(empty.reason));
    QVERIFY(empty.value.isEmpty());
}

void TestWindowsSecurityProbes::personalCertificates()
{
    // A fresh self-signed certificate like a vault credentials file's (CN=Windows Azure Tools),
    // with a key container of its own, added to CurrentUser\My and removed afterwards.
    const std::wstring container = L"MarsTest-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdWString();
    BYTE encoded[256] = {};
    DWORD encodedSize = sizeof encoded;
    QVERIFY(::CertStrToNameW(X509_ASN_ENCODING, L"CN=Windows Azure Tools", CERT_X500_NAME_STR, nullptr, encoded,
                             &encodedSize, nullptr));
    CERT_NAME_BLOB name{encodedSize, encoded};
    CRYPT_KEY_PROV_INFO keyInfo{};
    keyInfo.pwszContainerName = const_cast<wchar_t*>(container.c_str());
    keyInfo.dwProvType = PROV_RSA_FULL;
    keyInfo.dwKeySpec = AT_KEYEXCHANGE;
    SYSTEMTIME start{}, end{};
    ::GetSystemTime(&start);
    end = start;
    end.wYear = WORD(end.wYear + 1);
    const PCCERT_CONTEXT created =
            ::CertCreateSelfSignCertificate(0, &name, 0, &keyInfo, nullptr, &start, &end, nullptr);
    if (!created)
        QSKIP(qPrintable(QStringLiteral("CertCreateSelfSignCertificate is not available here (error %1)")
                                 .arg(::GetLastError())));
    const auto freeCreated = qScopeGuard([&] {
        ::CertFreeCertificateContext(created);
        HCRYPTPROV prov = 0;
        ::CryptAcquireContextW(&prov, container.c_str(), nullptr, PROV_RSA_FULL, CRYPT_DELETEKEYSET);
    });
    BYTE hash[20] = {};
    DWORD hashSize = sizeof hash;
    QVERIFY(::CertGetCertificateContextProperty(created, CERT_SHA1_HASH_PROP_ID, hash, &hashSize));
    const QByteArray thumbprint = QByteArray(reinterpret_cast<const char*>(hash), qsizetype(hashSize)).toHex();

    const HCERTSTORE store = ::CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0, CERT_SYSTEM_STORE_CURRENT_USER, L"MY");
    QVERIFY(store);
    const auto closeStore = qScopeGuard([&] { ::CertCloseStore(store, 0); });
    PCCERT_CONTEXT added = nullptr;
    QVERIFY(::CertAddCertificateContextToStore(store, created, CERT_STORE_ADD_REPLACE_EXISTING, &added));
    const auto remove = qScopeGuard([&] { ::CertDeleteCertificateFromStore(added); }); // frees `added`
    // Windows persists at once; Wine writes a system store back when asked (or closed).
    ::CertControlStore(store, 0, CERT_STORE_CTRL_COMMIT, nullptr);

    const Probed<QList<StoreCertificate>> listed =
            WindowsSystem().network().personalCertificates(CertStoreLocation::CurrentUser);
    QVERIFY2(listed.ok(), qPrintable(listed.reason));
    const StoreCertificate* ours = nullptr;
    for (const StoreCertificate& c : listed.value) {
        if (c.sha1Hex == thumbprint)
            ours = &c;
    }
    QVERIFY2(ours, "the certificate just added is not listed");
    QCOMPARE(ours->subject, QStringLiteral("Windows Azure Tools"));
    QCOMPARE(ours->issuer, QStringLiteral("Windows Azure Tools"));
    QVERIFY(ours->notAfterUtc > ours->notBeforeUtc);
    QVERIFY(qAbs(ours->notBeforeUtc.secsTo(QDateTime::currentDateTimeUtc())) < 24 * 3600);
    QVERIFY(ours->hasPrivateKey); // CertCreateSelfSignCertificate linked the key container

    // LocalMachine\My answers too (read-only; whatever it holds).
    const Probed<QList<StoreCertificate>> machine =
            WindowsSystem().network().personalCertificates(CertStoreLocation::LocalMachine);
    QVERIFY2(machine.ok(), qPrintable(machine.reason));
}

QTEST_GUILESS_MAIN(TestWindowsSecurityProbes)
#include "TestWindowsSecurityProbes.moc"
