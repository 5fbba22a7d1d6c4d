// SPDX-License-Identifier: MIT
// The probes the installation checks added (issue #4) against the real Win32 (or Wine's):
// volumeInfo() of the system drive, of a folder not created yet and of UNC paths (from the
// string alone: no network), knownFolder() against GetWindowsDirectoryW/GetSystemDirectoryW,
// fileVersion() of a program with a version resource this build makes (mars_test_service.exe,
// 2.0.9506.0), of Windows' own DLLs, of files without one and of missing files. Each expected
// value comes from an independent Win32 call. readTextTail(): TestWindowsSystemTextTail.
#include "InstallTestSupport.h"
#include "system/WindowsSystem.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

#include <windows.h>

using namespace mars;
using namespace mars::test;

namespace {
QString systemCall(UINT (*function)(wchar_t*, UINT))
{
    wchar_t buffer[MAX_PATH + 1];
    const UINT length = function(buffer, UINT(std::size(buffer)));
    return length > 0 && length < std::size(buffer) ? QString::fromWCharArray(buffer, int(length)) : QString();
}

// The version as GetFileVersionInfoW (not the Ex variant WindowsSystem uses) reports it.
QString independentVersion(const QString& path)
{
    DWORD ignored = 0;
    const DWORD size = ::GetFileVersionInfoSizeW(wide(path).c_str(), &ignored);
    QByteArray block(qsizetype(size), '\0');
    if (size == 0 || !::GetFileVersionInfoW(wide(path).c_str(), 0, size, block.data()))
        return {};
    VS_FIXEDFILEINFO* info = nullptr;
    UINT length = 0;
    if (!::VerQueryValueW(block.data(), L"\\", reinterpret_cast<void**>(&info), &length) || !info)
        return {};
    return QStringLiteral("%1.%2.%3.%4")
            .arg(info->dwFileVersionMS >> 16)
            .arg(info->dwFileVersionMS & 0xFFFF)
            .arg(info->dwFileVersionLS >> 16)
            .arg(info->dwFileVersionLS & 0xFFFF);
}

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

} // namespace

class TestWindowsSystemInstallProbes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void volumeOfTheSystemDrive();
    void volumeOfAFolderNotCreatedYet();
    void volumeOfUncPaths_data();
    void volumeOfUncPaths();
    void volumeOfAMissingDrive();
    void volumeOnlineAndDeduplication();
    void knownFolders();
    void fileVersionOfOurProgram();
    void fileVersionOfWindowsFiles_data();
    void fileVersionOfWindowsFiles();
    void fileVersionRefused_data();
    void fileVersionRefused();

private:
    TempFolder m_temp;
};

void TestWindowsSystemInstallProbes::volumeOfTheSystemDrive()
{
    const QString windows = systemCall(::GetWindowsDirectoryW);
    QVERIFY(!windows.isEmpty());
    const QString drive = windows.left(3); // "C:\"
    const Probed<VolumeInfo> volume = WindowsSystem().files().volumeInfo(drive);
    QVERIFY2(volume.ok(), qPrintable(volume.reason));
    qInfo("%s: %s, type %s", qPrintable(volume.value.root), qPrintable(volume.value.fileSystem),
          qPrintable(driveTypeId(volume.value.driveType)));
    QCOMPARE(volume.value.root.compare(drive, Qt::CaseInsensitive), 0);
    QCOMPARE(volume.value.driveType, DriveType::Fixed);
    QCOMPARE(::GetDriveTypeW(wide(drive).c_str()), UINT(DRIVE_FIXED));
    QVERIFY(!volume.value.unc);
    wchar_t fileSystem[MAX_PATH + 1] = {};
    QVERIFY(::GetVolumeInformationW(wide(drive).c_str(), nullptr, 0, nullptr, nullptr, nullptr, fileSystem,
                                    DWORD(std::size(fileSystem))));
    QVERIFY(!volume.value.fileSystem.isEmpty());
    QCOMPARE(volume.value.fileSystem, QString::fromWCharArray(fileSystem));
    // The same answer for a path below the root, with either separator.
    const Probed<VolumeInfo> below = WindowsSystem().files().volumeInfo(QDir::fromNativeSeparators(windows));
    QVERIFY2(below.ok(), qPrintable(below.reason));
    QCOMPARE(below.value.root, volume.value.root);
    QCOMPARE(below.value.fileSystem, volume.value.fileSystem);
}

void TestWindowsSystemInstallProbes::volumeOfAFolderNotCreatedYet()
{
    QVERIFY(m_temp.isValid());
    const QString planned = child(m_temp.path(), QStringLiteral("Microsoft Azure Recovery Services Agent\\Scratch"));
    QVERIFY(!exists(planned));
    const Probed<VolumeInfo> volume = WindowsSystem().files().volumeInfo(planned);
    QVERIFY2(volume.ok(), qPrintable(volume.reason));
    QVERIFY(!exists(planned)); // a query: nothing was created
    wchar_t root[MAX_PATH + 1] = {};
    QVERIFY(::GetVolumePathNameW(wide(m_temp.path()).c_str(), root, DWORD(std::size(root))));
    QCOMPARE(volume.value.root.compare(QString::fromWCharArray(root), Qt::CaseInsensitive), 0);
    QCOMPARE(volume.value.driveType, win::driveTypeFrom(::GetDriveTypeW(root)));
    QVERIFY(!volume.value.fileSystem.isEmpty());
    QVERIFY(!volume.value.unc);
}

void TestWindowsSystemInstallProbes::volumeOfUncPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("root"); // empty: refused
    // .invalid never resolves (RFC 2606); the answer must come from the string alone anyway.
    QTest::newRow("share") << QStringLiteral("\\\\fileserver.invalid\\backup\\MARS\\Scratch")
                           << QStringLiteral("\\\\fileserver.invalid\\backup\\");
    QTest::newRow("share root") << QStringLiteral("\\\\fileserver.invalid\\backup")
                                << QStringLiteral("\\\\fileserver.invalid\\backup\\");
    QTest::newRow("forward slashes") << QStringLiteral("//fileserver.invalid/backup/MARS")
                                     << QStringLiteral("\\\\fileserver.invalid\\backup\\");
    QTest::newRow("long-path form") << QStringLiteral("\\\\?\\UNC\\fileserver.invalid\\backup\\MARS")
                                    << QStringLiteral("\\\\fileserver.invalid\\backup\\");
    QTest::newRow("server without share") << QStringLiteral("\\\\fileserver.invalid") << QString();
    QTest::newRow("server and separator") << QStringLiteral("\\\\fileserver.invalid\\") << QString();
}

void TestWindowsSystemInstallProbes::volumeOfUncPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, root);
    QElapsedTimer timer;
    timer.start();
    const Probed<VolumeInfo> volume = WindowsSystem().files().volumeInfo(path);
    QVERIFY2(timer.elapsed() < 1000, "a name lookup or SMB connection would take longer");
    if (root.isEmpty()) {
        QCOMPARE(volume.status, ProbeStatus::Failed);
        QVERIFY(volume.reason.contains(QStringLiteral("share")));
        return;
    }
    QVERIFY2(volume.ok(), qPrintable(volume.reason));
    QCOMPARE(volume.value.root, root);
    QCOMPARE(volume.value.driveType, DriveType::Remote);
    QVERIFY(volume.value.unc);
    QVERIFY(volume.value.fileSystem.isEmpty()); // not asked: that would go to the server
}

void TestWindowsSystemInstallProbes::volumeOfAMissingDrive()
{
    const DWORD drives = ::GetLogicalDrives();
    QChar letter;
    for (char c = 'Q'; c <= 'Y' && letter.isNull(); ++c) {
        if (!(drives & (1u << (c - 'A'))))
            letter = QLatin1Char(c);
    }
    if (letter.isNull())
        QSKIP("Every drive letter from Q: to Y: is in use here.");
    const QString path = letter + QStringLiteral(":\\MARS\\Scratch");
    const Probed<VolumeInfo> volume = WindowsSystem().files().volumeInfo(path);
    QCOMPARE(volume.status, ProbeStatus::NotFound);
    QVERIFY2(volume.reason.contains(letter + QLatin1Char(':')), qPrintable(volume.reason));
}

void TestWindowsSystemInstallProbes::volumeOnlineAndDeduplication()
{
    // #19: the system drive answers (online); whether it is deduplicated comes from the filter
    // manager, which answers administrators only and which Wine does not have: either a real
    // answer (never "on" for the system volume, which deduplication does not support) or a
    // probe status with a reason - never a silent "no".
    const QString drive = systemCall(::GetWindowsDirectoryW).left(3);
    const WindowsSystem system;
    const Probed<VolumeInfo> volume = system.files().volumeInfo(drive);
    QVERIFY2(volume.ok(), qPrintable(volume.reason));
    QVERIFY(volume.value.online);
    const Probed<bool> dedup = system.files().volumeDeduplicated(drive);
    qInfo("volumeDeduplicated(%s): status %d, value %d, %s", qPrintable(drive), int(dedup.status), int(dedup.value),
          qPrintable(dedup.reason));
    if (dedup.ok())
        QVERIFY(!dedup.value);
    else
        QVERIFY2((dedup.status == ProbeStatus::Denied || dedup.status == ProbeStatus::Failed)
                         && !dedup.reason.isEmpty(),
                 qPrintable(dedup.reason));
    // A share is the file server's business, answered from the string alone.
    QCOMPARE(system.files().volumeDeduplicated(QStringLiteral("\\\\fileserver.invalid\\backup\\MARS")).status,
             ProbeStatus::NotApplicable);
    // A drive that is not there: NotFound, as volumeInfo says.
    const DWORD drives = ::GetLogicalDrives();
    for (char c = 'Q'; c <= 'Y'; ++c) {
        if (!(drives & (1u << (c - 'A')))) {
            const QString missing = QLatin1Char(c) + QStringLiteral(":\\MARS\\Scratch");
            QCOMPARE(system.files().volumeDeduplicated(missing).status, ProbeStatus::NotFound);
            break;
        }
    }
}

void TestWindowsSystemInstallProbes::knownFolders()
{
    const WindowsSystem system;
    const Probed<QString> windows = system.files().knownFolder(KnownFolder::Windows);
    const Probed<QString> system32 = system.files().knownFolder(KnownFolder::System32);
    const Probed<QString> programFiles = system.files().knownFolder(KnownFolder::ProgramFiles);
    QVERIFY2(windows.ok(), qPrintable(windows.reason));
    QVERIFY2(system32.ok(), qPrintable(system32.reason));
    QVERIFY2(programFiles.ok(), qPrintable(programFiles.reason));
    qInfo("%s | %s | %s", qPrintable(windows.value), qPrintable(system32.value), qPrintable(programFiles.value));
    QCOMPARE(windows.value.compare(systemCall(::GetWindowsDirectoryW), Qt::CaseInsensitive), 0);
    QCOMPARE(system32.value.compare(systemCall(::GetSystemDirectoryW), Qt::CaseInsensitive), 0);
    QVERIFY(!system32.value.contains(QStringLiteral("SysWOW64"), Qt::CaseInsensitive));
    // The 64-bit Program Files: what Windows tells every process in ProgramW6432.
    wchar_t expected[MAX_PATH + 1] = {};
    const DWORD length = ::GetEnvironmentVariableW(L"ProgramW6432", expected, DWORD(std::size(expected)));
    if (length > 0 && length < std::size(expected))
        QCOMPARE(programFiles.value.compare(QString::fromWCharArray(expected), Qt::CaseInsensitive), 0);
    QVERIFY(!programFiles.value.contains(QStringLiteral("(x86)")));
    QVERIFY(hasAttribute(programFiles.value, FILE_ATTRIBUTE_DIRECTORY));
}

void TestWindowsSystemInstallProbes::fileVersionOfOurProgram()
{
    const QString service = testServicePath();
    QVERIFY2(exists(service), qPrintable(service));
    const Probed<QString> version = WindowsSystem().files().fileVersion(service);
    QVERIFY2(version.ok(), qPrintable(version.reason));
    QCOMPARE(version.value, QStringLiteral("2.0.9506.0")); // MarsTestService.rc
    QCOMPARE(independentVersion(service), version.value);
    // The same through a \\?\ path and through a copy with another name (the agent's bin\ files).
    QVERIFY(m_temp.isValid());
    const QString copy = child(m_temp.path(), QStringLiteral("cbengine.exe"));
    QVERIFY(::CopyFileW(wide(service).c_str(), wide(copy).c_str(), FALSE));
    QCOMPARE(WindowsSystem().files().fileVersion(copy).value, QStringLiteral("2.0.9506.0"));
    QCOMPARE(WindowsSystem().files().fileVersion(QStringLiteral("\\\\?\\") + copy).value, QStringLiteral("2.0.9506.0"));
}

void TestWindowsSystemInstallProbes::fileVersionOfWindowsFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("kernel32.dll") << QStringLiteral("kernel32.dll");
    QTest::newRow("notepad.exe") << QStringLiteral("notepad.exe");
}

void TestWindowsSystemInstallProbes::fileVersionOfWindowsFiles()
{
    QFETCH(QString, name);
    const QString path = child(systemCall(::GetSystemDirectoryW), name);
    if (!exists(path))
        QSKIP(qPrintable(QStringLiteral("%1 is not on this machine.").arg(path)));
    const QString expected = independentVersion(path);
    const Probed<QString> version = WindowsSystem().files().fileVersion(path);
    if (expected.isEmpty() && version.status == ProbeStatus::Failed)
        QSKIP(qPrintable(
                QStringLiteral("%1 has no version resource here (Wine's own programs may lack one).").arg(path)));
    QVERIFY2(version.ok(), qPrintable(version.reason));
    qInfo("%s: %s", qPrintable(path), qPrintable(version.value));
    static const QRegularExpression format(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$"));
    QVERIFY2(format.match(version.value).hasMatch(), qPrintable(version.value));
    QCOMPARE(version.value, expected);
}

void TestWindowsSystemInstallProbes::fileVersionRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("program without version resource")
            << QStringLiteral("self") << ProbeStatus::Failed << QStringLiteral("no version information");
    QTest::newRow("text file") << QStringLiteral("text") << ProbeStatus::Failed
                               << QStringLiteral("no version information");
    QTest::newRow("empty file") << QStringLiteral("empty") << ProbeStatus::Failed
                                << QStringLiteral("no version information");
    QTest::newRow("folder") << QStringLiteral("folder") << ProbeStatus::Failed << QStringLiteral("folder");
    QTest::newRow("missing file") << QStringLiteral("missing") << ProbeStatus::NotFound
                                  << QStringLiteral("cbengine.exe");
    QTest::newRow("missing folder") << QStringLiteral("missing-folder") << ProbeStatus::NotFound
                                    << QStringLiteral("cbengine.exe");
}

void TestWindowsSystemInstallProbes::fileVersionRefused()
{
    QFETCH(QString, setup);
    QFETCH(ProbeStatus, expected);
    QFETCH(QString, mentions);
    QVERIFY(m_temp.isValid());
    QString path = child(m_temp.path(), QStringLiteral("cbengine.exe"));
    if (setup == QLatin1String("self")) {
        // MinGW links no version resource into the test programs.
        path = QDir::toNativeSeparators(QCoreApplication::applicationFilePath());
        QVERIFY(independentVersion(path).isEmpty());
    } else if (setup == QLatin1String("text")) {
        QVERIFY(writeBytes(path, "not a program\r\n"));
    } else if (setup == QLatin1String("empty")) {
        QVERIFY(writeBytes(path, {}));
    } else if (setup == QLatin1String("folder")) {
        QVERIFY(::CreateDirectoryW(wide(path).c_str(), nullptr));
    } else if (setup == QLatin1String("missing-folder")) {
        path = child(m_temp.path(), QStringLiteral("bin\\cbengine.exe"));
    }
    const Probed<QString> version = WindowsSystem().files().fileVersion(path);
    QCOMPARE(version.status, expected);
    QVERIFY(version.value.isEmpty());
    QVERIFY2(version.reason.contains(mentions), qPrintable(version.reason));
    if (setup == QLatin1String("folder"))
        QVERIFY(::RemoveDirectoryW(wide(path).c_str()));
    else
        ::DeleteFileW(wide(path).c_str());
}

QTEST_GUILESS_MAIN(TestWindowsSystemInstallProbes)
#include "TestWindowsSystemInstallProbes.moc"
