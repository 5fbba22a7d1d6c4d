// SPDX-License-Identifier: MIT
// PfxReader on Windows (PFXImportCertStore with PKCS12_NO_PERSIST_KEY) against real PKCS #12
// files that the build made with the host's openssl command (tests/windows/CMakeLists.txt): a
// certificate with its private key and an empty password (what a vault credentials file holds),
// the certificate alone (the known PowerShell mistake), a password-protected one, a cut one and
// bytes that are no PFX at all. The key never reaches a key container: the store is in memory.
#include "system/PfxReader.h"

#include <QFile>
#include <QTest>

#include <windows.h>

using namespace mars;

namespace {
// Wine's PFXImportCertStore (gnutls) refuses a PFX without a key, and a wrong password, with no
// error code (Wine 8): those two cases are proven on Windows only.
bool underWine()
{
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version");
}

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(MARS_TEST_PFX_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test PFX %s: %s", name, qPrintable(file.errorString()));
    return file.readAll();
}
} // namespace

class TestWindowsPfxReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsWithItsKey();
    void certificateOnlyHasNoKey();
    void passwordProtected();
    void damagedOrNotPfx_data();
    void damagedOrNotPfx();
};

void TestWindowsPfxReader::readsWithItsKey()
{
    const PfxContents pfx = PfxReader::read(fixture("with-key.pfx"));
    QVERIFY2(pfx.status == PfxStatus::Read, qPrintable(pfx.detail));
    QCOMPARE(pfx.certificates.size(), 1);
    QVERIFY(pfx.certificates.first().hasPrivateKey);
    const QSslCertificate& cert = pfx.certificates.first().certificate;
    QVERIFY(!cert.isNull());
    QCOMPARE(cert.subjectInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("MarsTroubleshooterTestVault")});
    QVERIFY(cert.expiryDate() > cert.effectiveDate());
}

void TestWindowsPfxReader::certificateOnlyHasNoKey()
{
    const PfxContents pfx = PfxReader::read(fixture("cert-only.pfx"));
    if (underWine() && pfx.status == PfxStatus::Unreadable)
        QSKIP("Wine's PFXImportCertStore cannot import a PFX without a private key");
    QVERIFY2(pfx.status == PfxStatus::Read, qPrintable(pfx.detail));
    QCOMPARE(pfx.certificates.size(), 1);
    QVERIFY(!pfx.certificates.first().hasPrivateKey);
}

void TestWindowsPfxReader::passwordProtected()
{
    const PfxContents pfx = PfxReader::read(fixture("password.pfx"));
    if (underWine() && pfx.status == PfxStatus::Unreadable)
        QSKIP("Wine's PFXImportCertStore fails on a wrong password without ERROR_INVALID_PASSWORD");
    QVERIFY2(pfx.status == PfxStatus::PasswordProtected, qPrintable(QString::number(int(pfx.status)) + pfx.detail));
    QVERIFY(pfx.certificates.isEmpty());
}

void TestWindowsPfxReader::damagedOrNotPfx_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("maybeUnreadable"); // a cut PFX may still pass PFXIsPFXBlob
    const QByteArray whole = fixture("with-key.pfx");
    QTest::newRow("cut in half") << whole.left(whole.size() / 2) << true;
    QTest::newRow("text") << QByteArray("<RSBackupVaultAADCreds/>") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("over the size cap") << QByteArray(PfxReader::kMaxBytes + 1, '\x30') << false;
}

void TestWindowsPfxReader::damagedOrNotPfx()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, maybeUnreadable);
    const PfxContents pfx = PfxReader::read(bytes);
    QVERIFY(pfx.status == PfxStatus::NotPfx || (maybeUnreadable && pfx.status == PfxStatus::Unreadable));
    QVERIFY(pfx.certificates.isEmpty());
}

QTEST_GUILESS_MAIN(TestWindowsPfxReader)
#include "TestWindowsPfxReader.moc"
