// SPDX-License-Identifier: MIT
// Issue #14: the canonical Windows path (agent::canonicalWindowsPath) and the folders no fix may
// change (WindowsPathRules::reservedReason) and the shape of a cache folder a fix may write
// (WindowsPathRules::cacheFolderProblem). Pure path arithmetic on a scenario machine: the same
// rows run on Linux and under Wine.
#include "ScratchFixTestSupport.h"
#include "catalog/agent/AgentFootprint.h"
#include "catalog/agent/WindowsPath.h"
#include "catalog/common/WindowsPathRules.h"

#include <QTest>

using namespace mars;
using namespace mars::test::scratch;

class TestWindowsPathRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonical_data();
    void canonical();
    void refused_data();
    void refused();
    void reserved_data();
    void reserved();
    void cacheFolder_data();
    void cacheFolder();
};

void TestWindowsPathRules::canonical_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain") << QStringLiteral("D:\\Agent\\Scratch") << QStringLiteral("D:\\Agent\\Scratch");
    QTest::newRow("trailing separator") << QStringLiteral("D:\\Agent\\") << QStringLiteral("D:\\Agent");
    QTest::newRow("forward slashes") << QStringLiteral("C:/Program Files/X") << QStringLiteral("C:\\Program Files\\X");
    QTest::newRow("doubled separators") << QStringLiteral("C:\\\\Windows\\\\") << QStringLiteral("C:\\Windows");
    QTest::newRow("C:\\.") << QStringLiteral("C:\\.") << QStringLiteral("C:\\");
    QTest::newRow("C:\\Windows\\..") << QStringLiteral("C:\\Windows\\..") << QStringLiteral("C:\\");
    QTest::newRow("C:\\Windows\\.") << QStringLiteral("C:\\Windows\\.") << QStringLiteral("C:\\Windows");
    QTest::newRow("C:\\Windows.") << QStringLiteral("C:\\Windows.") << QStringLiteral("C:\\Windows");
    QTest::newRow("trailing dots and spaces")
            << QStringLiteral("C:\\Windows. . \\System32 ") << QStringLiteral("C:\\Windows\\System32");
    QTest::newRow("three dots vanish") << QStringLiteral("C:\\Windows\\...") << QStringLiteral("C:\\Windows");
    QTest::newRow("\\\\?\\ prefix") << QStringLiteral("\\\\?\\C:\\Windows") << QStringLiteral("C:\\Windows");
    QTest::newRow("\\\\.\\ prefix") << QStringLiteral("\\\\.\\C:\\Windows\\System32")
                                    << QStringLiteral("C:\\Windows\\System32");
    QTest::newRow(".. never above the drive") << QStringLiteral("C:\\..\\..\\Windows") << QStringLiteral("C:\\Windows");
    QTest::newRow("up and down") << QStringLiteral("C:\\Program Files\\..\\ProgramData")
                                 << QStringLiteral("C:\\ProgramData");
    QTest::newRow("drive only") << QStringLiteral("D:") << QStringLiteral("D:\\");
    QTest::newRow("case kept") << QStringLiteral("c:\\windows") << QStringLiteral("c:\\windows");
}

void TestWindowsPathRules::canonical()
{
    QFETCH(QString, path);
    QFETCH(QString, canonical);
    const agent::CanonicalPath got = agent::canonicalWindowsPath(path);
    QVERIFY2(got.ok(), qPrintable(got.refusal));
    QCOMPARE(got.path, canonical);
    QVERIFY(agent::samePath(path, canonical));
}

void TestWindowsPathRules::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("No path");
    QTest::newRow("UNC") << QStringLiteral("\\\\attacker.example\\share\\scratch") << QStringLiteral("network path");
    QTest::newRow("\\\\?\\UNC\\") << QStringLiteral("\\\\?\\UNC\\server\\share") << QStringLiteral("network path");
    QTest::newRow("forward-slash UNC") << QStringLiteral("//server/share") << QStringLiteral("network path");
    QTest::newRow("volume GUID") << QStringLiteral("\\\\?\\Volume{01234567-89ab-cdef-0123-456789abcdef}\\")
                                 << QStringLiteral("not a full path");
    QTest::newRow("relative") << QStringLiteral("Scratch") << QStringLiteral("not a full path");
    QTest::newRow("root-relative") << QStringLiteral("\\Windows") << QStringLiteral("not a full path");
    QTest::newRow("drive-relative") << QStringLiteral("C:Windows") << QStringLiteral("relative to the drive");
    QTest::newRow("stream") << QStringLiteral("C:\\Windows::$INDEX_ALLOCATION") << QStringLiteral("stream");
    QTest::newRow("wildcard") << QStringLiteral("C:\\Win*") << QStringLiteral("character");
}

void TestWindowsPathRules::refused()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const agent::CanonicalPath got = agent::canonicalWindowsPath(path);
    QVERIFY(!got.ok());
    QVERIFY2(got.refusal.contains(reason), qPrintable(got.refusal));
}

void TestWindowsPathRules::reserved_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason"); // empty: not reserved
    const QString root = QStringLiteral("root of a drive");
    const QString windows = QStringLiteral("Windows' own folders");
    const QString profile = QStringLiteral("user profile");
    QTest::newRow("C:\\") << QStringLiteral("C:\\") << root;
    QTest::newRow("C:\\.") << QStringLiteral("C:\\.") << root;
    QTest::newRow("C:\\Windows\\..") << QStringLiteral("C:\\Windows\\..") << root;
    QTest::newRow("D:") << QStringLiteral("D:") << root;
    QTest::newRow("C:\\Windows") << QStringLiteral("c:\\windows") << windows;
    QTest::newRow("C:\\Windows\\.") << QStringLiteral("C:\\Windows\\.") << windows;
    QTest::newRow("C:\\Windows.") << QStringLiteral("C:\\Windows.") << windows;
    QTest::newRow("C:\\Windows trailing space") << QStringLiteral("C:\\Windows \\") << windows;
    QTest::newRow("\\\\?\\C:\\Windows") << QStringLiteral("\\\\?\\C:\\Windows") << windows;
    QTest::newRow("System32") << QStringLiteral("C:\\Windows\\System32") << windows;
    QTest::newRow("System32 through ..") << QStringLiteral("C:\\Windows\\System32\\drivers\\..") << windows;
    QTest::newRow("inside System32") << QStringLiteral("C:\\Windows\\System32\\config") << windows;
    QTest::newRow("SysWOW64") << QStringLiteral("C:\\Windows\\SysWOW64") << windows;
    QTest::newRow("Program Files") << QStringLiteral("C:/Program Files") << windows;
    QTest::newRow("Program Files (x86)") << QStringLiteral("C:\\Program Files (x86)\\.") << windows;
    QTest::newRow("ProgramData") << QStringLiteral("C:\\ProgramData") << windows;
    QTest::newRow("ProgramData through ..") << QStringLiteral("C:\\Program Files\\..\\ProgramData") << windows;
    QTest::newRow("$Recycle.Bin") << QStringLiteral("C:\\$Recycle.Bin") << windows;
    QTest::newRow("inside D:\\$Recycle.Bin") << QStringLiteral("D:\\$RECYCLE.BIN\\S-1-5-18") << windows;
    QTest::newRow("System Volume Information") << QStringLiteral("D:\\System Volume Information.") << windows;
    QTest::newRow("Users") << QStringLiteral("C:\\Users") << profile;
    QTest::newRow("a profile") << QStringLiteral("C:\\Users\\Administrator\\.") << profile;
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\Agent") << QStringLiteral("network path");
    QTest::newRow("the agent's folder") << QStringLiteral("C:\\Program Files\\Microsoft Azure Recovery Services Agent")
                                        << QString();
    QTest::newRow("a folder on D:") << QStringLiteral("D:\\Agent\\Scratch") << QString();
    QTest::newRow("inside a profile") << QStringLiteral("C:\\Users\\Administrator\\Agent") << QString();
}

void TestWindowsPathRules::reserved()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);
    Machine m;
    m.drives();
    const auto system = recorded(m);
    const QString got = WindowsPathRules::reservedReason(contextOf(system), path);
    if (reason.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(reason), qPrintable(got));
}

void TestWindowsPathRules::cacheFolder_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::newRow("local folder") << QStringLiteral("D:\\Old\\Scratch") << QString();
    QTest::newRow("missing folder on a fixed drive") << QStringLiteral("C:\\Gone\\Scratch") << QString();
    QTest::newRow("UNC") << QStringLiteral("\\\\attacker.example\\share\\scratch") << QStringLiteral("network path");
    QTest::newRow("\\\\?\\UNC") << QStringLiteral("\\\\?\\UNC\\attacker.example\\share")
                                << QStringLiteral("network path");
    QTest::newRow("relative") << QStringLiteral("scratch") << QStringLiteral("not a full path");
    QTest::newRow("removable drive") << QStringLiteral("E:\\Scratch") << QStringLiteral("fixed");
    QTest::newRow("Windows") << QStringLiteral("C:\\Windows\\Temp\\..") << QStringLiteral("Windows' own folders");
    QTest::newRow("drive root") << QStringLiteral("D:\\") << QStringLiteral("root of a drive");
}

void TestWindowsPathRules::cacheFolder()
{
    QFETCH(QString, value);
    QFETCH(QString, reason);
    Machine m;
    m.drives().disk(QStringLiteral("E:\\"), 1000000000, 500000000, QStringLiteral("removable"));
    const auto system = recorded(m);
    const QString got = WindowsPathRules::cacheFolderProblem(contextOf(system), value);
    if (reason.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(reason), qPrintable(got));
}

QTEST_GUILESS_MAIN(TestWindowsPathRules)
#include "TestWindowsPathRules.moc"
