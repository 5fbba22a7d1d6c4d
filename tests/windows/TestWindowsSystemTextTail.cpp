// SPDX-License-Identifier: MIT
// WindowsSystem::readTextTail() on logs this test writes with CreateFileW/WriteFile: UTF-16LE
// with and without BOM (msiexec /l*v), UTF-8, tails smaller than the file, a log still open
// for writing by the test (shared for reading, as installers do) and one its writer locked,
// and what it refuses: missing files, folders, a file whose DACL denies reading (skipped
// where the DACL is not enforced, under Wine).
#include "WindowsTestSupport.h"
#include "system/WindowsSystem.h"

#include <QScopeGuard>
#include <QTest>

#include <windows.h>
#include <sddl.h>

using namespace mars;
using namespace mars::test;

namespace {
bool writeBytes(const QString& path, const QByteArray& bytes)
{
    UniqueHandle file(::CreateFileW(wide(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL,
                                    nullptr));
    DWORD written = 0;
    return file.isValid()
           && (bytes.isEmpty()
               || (::WriteFile(file.get(), bytes.constData(), DWORD(bytes.size()), &written, nullptr)
                   && written == DWORD(bytes.size())));
}

bool append(HANDLE file, const QByteArray& bytes)
{
    DWORD written = 0;
    return ::WriteFile(file, bytes.constData(), DWORD(bytes.size()), &written, nullptr)
           && written == DWORD(bytes.size());
}

QByteArray utf16le(const QString& text)
{
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

const QString kLog = QStringLiteral("MSI (s) (A0:B4): Produkt: Microsoft Azure Recovery Services Agent – Größe "
                                    "-- Installation failed.\r\n");
} // namespace

class TestWindowsSystemTextTail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textTail_data();
    void textTail();
    void textTailOfALogStillBeingWritten();
    void textTailOfALogLockedByItsWriter();
    void textTailRefused_data();
    void textTailRefused();
    void textTailDenied();

private:
    TempFolder m_temp;
};

void TestWindowsSystemTextTail::textTail_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("expected");
    const QByteArray bomLE("\xFF\xFE", 2);
    QTest::newRow("utf-16le with bom (msiexec /l*v)") << bomLE + utf16le(kLog) << qint64(1 << 20) << kLog;
    // 2 + 2n bytes: the last 41 start in the second byte of a unit, which is dropped.
    QTest::newRow("utf-16le, tail smaller than the file") << bomLE + utf16le(kLog) << qint64(41) << kLog.right(20);
    QTest::newRow("utf-16le without bom") << utf16le(kLog) << qint64(1 << 20) << kLog;
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + kLog.toUtf8() << qint64(1 << 20) << kLog;
    QTest::newRow("utf-8, tail smaller than the file")
            << kLog.toUtf8() << qint64(32) << QString::fromUtf8(kLog.toUtf8().right(32));
    QTest::newRow("utf-8, tail starts inside ö")
            << QByteArray("Gr\xC3\xB6\xC3\x9F\x65") << qint64(4) << QStringLiteral("ße");
    QTest::newRow("empty file") << QByteArray() << qint64(100) << QString();
    QTest::newRow("nothing asked") << kLog.toUtf8() << qint64(0) << QString();
    const QByteArray big = QByteArray(300000, 'x') + "\r\nlast line\r\n";
    QTest::newRow("large file") << big << qint64(13) << QStringLiteral("\r\nlast line\r\n");
}

void TestWindowsSystemTextTail::textTail()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, expected);
    QVERIFY(m_temp.isValid());
    const QString path = child(m_temp.path(), QStringLiteral("MARSAgentInstall.log"));
    QVERIFY(writeBytes(path, content));
    const Probed<QString> tail = WindowsSystem().files().readTextTail(path, maxBytes);
    QVERIFY2(tail.ok(), qPrintable(tail.reason));
    QCOMPARE(tail.value, expected);
    QVERIFY(::DeleteFileW(wide(path).c_str()));
}

void TestWindowsSystemTextTail::textTailOfALogStillBeingWritten()
{
    // Like an installer: the log open for writing, shared for reading only.
    QVERIFY(m_temp.isValid());
    const QString path = child(m_temp.path(), QStringLiteral("writing.log"));
    UniqueHandle writer(::CreateFileW(wide(path).c_str(), GENERIC_WRITE, FILE_SHARE_READ, nullptr, CREATE_ALWAYS,
                                      FILE_ATTRIBUTE_NORMAL, nullptr));
    QVERIFY(writer.isValid());
    QVERIFY(append(writer.get(), QByteArray("\xFF\xFE", 2) + utf16le(QStringLiteral("first line\r\n"))));
    const WindowsSystem system;
    Probed<QString> tail = system.files().readTextTail(path, 4096);
    QVERIFY2(tail.ok(), qPrintable(tail.reason));
    QCOMPARE(tail.value, QStringLiteral("first line\r\n"));
    QVERIFY(append(writer.get(), utf16le(QStringLiteral("second line\r\n"))));
    tail = system.files().readTextTail(path, 26);
    QVERIFY2(tail.ok(), qPrintable(tail.reason));
    QCOMPARE(tail.value, QStringLiteral("second line\r\n"));
    // Reading did not take the file away from its writer.
    QVERIFY(append(writer.get(), utf16le(QStringLiteral("third line\r\n"))));
    writer.reset();
    QVERIFY(::DeleteFileW(wide(path).c_str()));
}

void TestWindowsSystemTextTail::textTailOfALogLockedByItsWriter()
{
    QVERIFY(m_temp.isValid());
    const QString path = child(m_temp.path(), QStringLiteral("locked.log"));
    UniqueHandle writer(::CreateFileW(wide(path).c_str(), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                      FILE_ATTRIBUTE_NORMAL, nullptr));
    QVERIFY(writer.isValid());
    QVERIFY(append(writer.get(), "secret"));
    const Probed<QString> tail = WindowsSystem().files().readTextTail(path, 100);
    QCOMPARE(tail.status, ProbeStatus::Failed);
    QCOMPARE(tail.osError, quint32(ERROR_SHARING_VIOLATION));
    QVERIFY2(tail.reason.contains(path), qPrintable(tail.reason));
    writer.reset();
    QVERIFY(::DeleteFileW(wide(path).c_str()));
}

void TestWindowsSystemTextTail::textTailRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::newRow("missing file") << QStringLiteral("missing") << ProbeStatus::NotFound;
    QTest::newRow("missing folder") << QStringLiteral("missing-folder") << ProbeStatus::NotFound;
    QTest::newRow("folder") << QStringLiteral("folder") << ProbeStatus::Failed;
}

void TestWindowsSystemTextTail::textTailRefused()
{
    QFETCH(QString, setup);
    QFETCH(ProbeStatus, expected);
    QVERIFY(m_temp.isValid());
    QString path = child(m_temp.path(), QStringLiteral("x.log"));
    if (setup == QLatin1String("missing-folder"))
        path = child(m_temp.path(), QStringLiteral("Logs\\x.log"));
    else if (setup == QLatin1String("folder"))
        QVERIFY(::CreateDirectoryW(wide(path).c_str(), nullptr));
    const Probed<QString> tail = WindowsSystem().files().readTextTail(path, 100);
    if (setup == QLatin1String("folder"))
        QVERIFY(::RemoveDirectoryW(wide(path).c_str()));
    QCOMPARE(tail.status, expected);
    QVERIFY(tail.value.isEmpty());
    QVERIFY2(tail.reason.contains(path), qPrintable(tail.reason));
}

void TestWindowsSystemTextTail::textTailDenied()
{
    QVERIFY(m_temp.isValid());
    const QString path = child(m_temp.path(), QStringLiteral("denied.log"));
    QVERIFY(writeBytes(path, "hidden from everyone"));
    // A protected DACL without entries: nobody may read; the owner may still put one back.
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    QVERIFY(::ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P", SDDL_REVISION_1, &descriptor, nullptr));
    const bool locked = ::SetFileSecurityW(wide(path).c_str(), DACL_SECURITY_INFORMATION, descriptor);
    ::LocalFree(descriptor);
    QVERIFY(locked);
    const auto unlock = qScopeGuard([&] {
        PSECURITY_DESCRIPTOR open = nullptr;
        if (::ConvertStringSecurityDescriptorToSecurityDescriptorW(L"D:P(A;;FA;;;WD)", SDDL_REVISION_1, &open,
                                                                   nullptr)) {
            ::SetFileSecurityW(wide(path).c_str(), DACL_SECURITY_INFORMATION, open);
            ::LocalFree(open);
        }
        ::DeleteFileW(wide(path).c_str());
    });
    {
        UniqueHandle probe(::CreateFileW(wide(path).c_str(), GENERIC_READ, FILE_SHARE_READ, nullptr, OPEN_EXISTING,
                                         FILE_ATTRIBUTE_NORMAL, nullptr));
        if (probe.isValid())
            QSKIP("The file's DACL is not enforced here (Wine ignores file ACLs), so an unreadable log cannot be "
                  "made.");
    }
    const Probed<QString> tail = WindowsSystem().files().readTextTail(path, 100);
    QCOMPARE(tail.status, ProbeStatus::Denied);
    QVERIFY2(tail.reason.contains(path), qPrintable(tail.reason));
}

QTEST_GUILESS_MAIN(TestWindowsSystemTextTail)
#include "TestWindowsSystemTextTail.moc"
