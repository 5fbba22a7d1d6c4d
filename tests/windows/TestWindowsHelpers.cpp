// SPDX-License-Identifier: MIT
// The pure helpers of WindowsSystem: argument quoting for the elevated relaunch (checked
// against the real CommandLineToArgvW), long-path prefixing, the plain-name rule, Win32 error
// mapping and text, FILETIME conversion, the attribute mask, UNC path classification (from the
// string alone) and the DRIVE_* mapping.
#include "system/WindowsHelpers.h"

#include <QTest>

#include <windows.h>
#include <shellapi.h>

using namespace mars;
using namespace mars::win;

namespace {
// What CommandLineToArgvW makes of "prog.exe <arguments>", without the program name.
QStringList parsedBack(const QString& arguments)
{
    const std::wstring line = L"prog.exe " + arguments.toStdWString();
    int count = 0;
    wchar_t** argv = ::CommandLineToArgvW(line.c_str(), &count);
    QStringList result;
    for (int i = 1; argv && i < count; ++i)
        result.append(QString::fromWCharArray(argv[i]));
    ::LocalFree(argv);
    return result;
}
} // namespace

class TestWindowsHelpers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoteArgument_data();
    void quoteArgument();
    void commandLineRoundTrip();
    void longPath_data();
    void longPath();
    void extendedPath_data();
    void extendedPath();
    void withoutLongPathPrefix_data();
    void withoutLongPathPrefix();
    void plainFileName_data();
    void plainFileName();
    void probeStatus_data();
    void probeStatus();
    void deleteStatus_data();
    void deleteStatus();
    void errorText();
    void fromWideKeepsEveryCharacter();
    void fileTime();
    void attributeMask();
    void uncPaths_data();
    void uncPaths();
    void driveTypes();
};

void TestWindowsHelpers::quoteArgument_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("--cli") << QStringLiteral("--cli");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
    QTest::newRow("blank") << QStringLiteral("a b") << QStringLiteral("\"a b\"");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("\"a\tb\"");
    QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\\\"b\"");
    QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\\\"\"");
    QTest::newRow("backslashes stay when no quote follows")
            << QStringLiteral("C:\\dir\\sub\\") << QStringLiteral("C:\\dir\\sub\\");
    QTest::newRow("trailing backslash doubled before the closing quote")
            << QStringLiteral("C:\\Program Files\\") << QStringLiteral("\"C:\\Program Files\\\\\"");
    QTest::newRow("backslash before a quote") << QStringLiteral("a\\\"b") << QStringLiteral("\"a\\\\\\\"b\"");
    QTest::newRow("two backslashes before a quote")
            << QStringLiteral("a\\\\\"b") << QStringLiteral("\"a\\\\\\\\\\\"b\"");
    QTest::newRow("backslashes inside a quoted argument")
            << QStringLiteral("C:\\a b\\c") << QStringLiteral("\"C:\\a b\\c\"");
    QTest::newRow("option with a path") << QStringLiteral("--temp-dir=C:\\My Temp\\")
                                        << QStringLiteral("\"--temp-dir=C:\\My Temp\\\\\"");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße Welt") << QStringLiteral("\"Grüße Welt\"");
}

void TestWindowsHelpers::quoteArgument()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(win::quoteArgument(argument), quoted);
    // The real parser gives the argument back exactly.
    QCOMPARE(parsedBack(quoted), QStringList{argument});
}

void TestWindowsHelpers::commandLineRoundTrip()
{
    const QStringList arguments{QStringLiteral("--cli"),
                                QStringLiteral("--vault-credentials"),
                                QStringLiteral("C:\\Users\\Jo Doe\\Downloads\\vault \"prod\".VaultCredentials"),
                                QString(),
                                QStringLiteral("--temp-dir=D:\\Temp Files\\"),
                                QStringLiteral("\\\\server\\share\\"),
                                QStringLiteral("a\\\\b")};
    QCOMPARE(parsedBack(commandLineArguments(arguments)), arguments);
    QCOMPARE(commandLineArguments({}), QString());
}

void TestWindowsHelpers::longPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString deep = QStringLiteral("C:\\") + QString(300, QLatin1Char('d'));
    const QString atLimit = QStringLiteral("C:\\") + QString(kLongPathThreshold - 3, QLatin1Char('d'));
    const QString belowLimit = atLimit.chopped(1);
    QTest::newRow("short") << QStringLiteral("C:\\Windows\\Temp") << QStringLiteral("C:\\Windows\\Temp");
    QTest::newRow("forward slashes") << QStringLiteral("C:/Windows/Temp") << QStringLiteral("C:\\Windows\\Temp");
    QTest::newRow("dot-dot resolved") << QStringLiteral("C:\\a\\.\\b\\..\\c\\") << QStringLiteral("C:\\a\\c");
    QTest::newRow("root") << QStringLiteral("C:\\") << QStringLiteral("C:\\");
    QTest::newRow("long") << deep << QStringLiteral("\\\\?\\") + deep;
    QTest::newRow("long with dot-dot") << deep + QStringLiteral("\\x\\..") << QStringLiteral("\\\\?\\") + deep;
    QTest::newRow("at the limit") << atLimit << QStringLiteral("\\\\?\\") + atLimit;
    QTest::newRow("below the limit") << belowLimit << belowLimit;
    QTest::newRow("long UNC") << QStringLiteral("\\\\server\\share\\") + QString(300, QLatin1Char('u'))
                              << QStringLiteral("\\\\?\\UNC\\server\\share\\") + QString(300, QLatin1Char('u'));
    QTest::newRow("already prefixed") << QStringLiteral("\\\\?\\C:\\x\\..\\y") << QStringLiteral("\\\\?\\C:\\x\\..\\y");
    QTest::newRow("device") << QStringLiteral("\\\\.\\pipe\\x") << QStringLiteral("\\\\.\\pipe\\x");
    QTest::newRow("relative") << QStringLiteral("a/b") << QStringLiteral("a\\b");
    QTest::newRow("drive-relative") << QStringLiteral("C:temp") << QStringLiteral("C:temp");
    QTest::newRow("empty") << QString() << QString();
}

void TestWindowsHelpers::longPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(win::longPath(path), expected);
}

void TestWindowsHelpers::extendedPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("drive") << QStringLiteral("C:/Windows/Temp/") << QStringLiteral("\\\\?\\C:\\Windows\\Temp");
    QTest::newRow("trailing dot kept") << QStringLiteral("C:\\t\\a.tmp.") << QStringLiteral("\\\\?\\C:\\t\\a.tmp.");
    QTest::newRow("UNC") << QStringLiteral("\\\\srv\\sh\\a") << QStringLiteral("\\\\?\\UNC\\srv\\sh\\a");
    QTest::newRow("relative") << QStringLiteral("a\\b") << QStringLiteral("a\\b");
    QTest::newRow("already prefixed") << QStringLiteral("\\\\?\\C:\\x") << QStringLiteral("\\\\?\\C:\\x");
}

void TestWindowsHelpers::extendedPath()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(win::extendedPath(path), expected);
}

void TestWindowsHelpers::withoutLongPathPrefix_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("drive") << QStringLiteral("\\\\?\\C:\\x") << QStringLiteral("C:\\x");
    QTest::newRow("UNC") << QStringLiteral("\\\\?\\UNC\\srv\\sh") << QStringLiteral("\\\\srv\\sh");
    QTest::newRow("plain") << QStringLiteral("C:\\x") << QStringLiteral("C:\\x");
    QTest::newRow("plain UNC") << QStringLiteral("\\\\srv\\sh") << QStringLiteral("\\\\srv\\sh");
}

void TestWindowsHelpers::withoutLongPathPrefix()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QCOMPARE(win::withoutLongPathPrefix(path), expected);
}

void TestWindowsHelpers::plainFileName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plain");
    QTest::newRow("tmp") << QStringLiteral("a.tmp") << true;
    QTest::newRow("blanks and dots") << QStringLiteral(" x y .tmp.") << true;
    QTest::newRow("three dots") << QStringLiteral("...") << true;
    QTest::newRow("non-ASCII") << QStringLiteral("größe.tmp") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << QStringLiteral(".") << false;
    QTest::newRow("dot-dot") << QStringLiteral("..") << false;
    QTest::newRow("parent") << QStringLiteral("..\\x") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("stream") << QStringLiteral("a.tmp:secret") << false;
    QTest::newRow("drive") << QStringLiteral("C:") << false;
    QTest::newRow("wildcard") << QStringLiteral("*.tmp") << false;
    QTest::newRow("question mark") << QStringLiteral("a?.tmp") << false;
    QTest::newRow("pipe") << QStringLiteral("a|b") << false;
    QTest::newRow("control character") << QStringLiteral("a\nb") << false;
    QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << false;
}

void TestWindowsHelpers::plainFileName()
{
    QFETCH(QString, name);
    QFETCH(bool, plain);
    QCOMPARE(isPlainFileName(name), plain);
}

void TestWindowsHelpers::probeStatus_data()
{
    QTest::addColumn<uint>("error");
    QTest::addColumn<ProbeStatus>("status");
    QTest::newRow("file not found") << uint(ERROR_FILE_NOT_FOUND) << ProbeStatus::NotFound;
    QTest::newRow("path not found") << uint(ERROR_PATH_NOT_FOUND) << ProbeStatus::NotFound;
    QTest::newRow("not a folder") << uint(ERROR_DIRECTORY) << ProbeStatus::NotFound;
    QTest::newRow("no such service") << uint(ERROR_SERVICE_DOES_NOT_EXIST) << ProbeStatus::NotFound;
    QTest::newRow("access denied") << uint(ERROR_ACCESS_DENIED) << ProbeStatus::Denied;
    QTest::newRow("privilege") << uint(ERROR_PRIVILEGE_NOT_HELD) << ProbeStatus::Denied;
    QTest::newRow("elevation required") << 740u << ProbeStatus::Denied;
    QTest::newRow("sharing violation") << uint(ERROR_SHARING_VIOLATION) << ProbeStatus::Failed;
    QTest::newRow("invalid parameter") << uint(ERROR_INVALID_PARAMETER) << ProbeStatus::Failed;
}

void TestWindowsHelpers::probeStatus()
{
    QFETCH(uint, error);
    QFETCH(ProbeStatus, status);
    QCOMPARE(probeStatusFor(DWORD(error)), status);
}

void TestWindowsHelpers::deleteStatus_data()
{
    QTest::addColumn<uint>("error");
    QTest::addColumn<DeleteStatus>("status");
    QTest::newRow("file not found") << uint(ERROR_FILE_NOT_FOUND) << DeleteStatus::Vanished;
    QTest::newRow("path not found") << uint(ERROR_PATH_NOT_FOUND) << DeleteStatus::Vanished;
    QTest::newRow("sharing violation") << uint(ERROR_SHARING_VIOLATION) << DeleteStatus::InUse;
    QTest::newRow("lock violation") << uint(ERROR_LOCK_VIOLATION) << DeleteStatus::InUse;
    QTest::newRow("mapped") << uint(ERROR_USER_MAPPED_FILE) << DeleteStatus::InUse;
    QTest::newRow("access denied") << uint(ERROR_ACCESS_DENIED) << DeleteStatus::Denied;
    QTest::newRow("not a folder") << uint(ERROR_DIRECTORY) << DeleteStatus::NotRegular;
    QTest::newRow("other") << uint(ERROR_INVALID_PARAMETER) << DeleteStatus::Failed;
}

void TestWindowsHelpers::deleteStatus()
{
    QFETCH(uint, error);
    QFETCH(DeleteStatus, status);
    QCOMPARE(deleteStatusFor(DWORD(error)), status);
}

void TestWindowsHelpers::errorText()
{
    const QString denied = win::errorText(ERROR_ACCESS_DENIED);
    QVERIFY2(denied.endsWith(QStringLiteral(" (error 5)")), qPrintable(denied));
    QVERIFY2(denied.size() > QStringLiteral(" (error 5)").size(), qPrintable(denied)); // the system's words
    QVERIFY(!denied.contains(QLatin1Char('\n')));
    QCOMPARE(win::errorText(0x2fffffff), QStringLiteral("error 805306367")); // no message: the number
}

void TestWindowsHelpers::fromWideKeepsEveryCharacter()
{
    // QString::fromWCharArray drops a leading U+FEFF; Win32 names and values keep it.
    const wchar_t bom[] = L"\xFEFF"
                          L"a.tmp";
    QCOMPARE(fromWide(bom).size(), 6);
    QCOMPARE(fromWide(bom).at(0), QChar(0xFEFF));
    const wchar_t lone[] = L"\xD800"
                           L"x";
    QCOMPARE(fromWide(lone, 2), QString(QChar(0xD800)) + QLatin1Char('x'));
    QCOMPARE(fromWide(L"abc", 2), QStringLiteral("ab"));
    QCOMPARE(fromWide(nullptr), QString());
}

void TestWindowsHelpers::fileTime()
{
    QVERIFY(!fileTimeToUtc(FILETIME{0, 0}).isValid());
    const auto fromTicks = [](quint64 ticks) { return FILETIME{DWORD(ticks & 0xffffffffU), DWORD(ticks >> 32)}; };
    QCOMPARE(fileTimeToUtc(fromTicks(116444736000000000ULL)), QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    // 2024-01-01 00:00:00.123 UTC
    const quint64 ticks = 116444736000000000ULL + 1704067200ULL * 10000000ULL + 1230000ULL;
    QCOMPARE(fileTimeToUtc(fromTicks(ticks)), QDateTime(QDate(2024, 1, 1), QTime(0, 0, 0, 123), Qt::UTC));
}

void TestWindowsHelpers::attributeMask()
{
    QCOMPARE(fileAttributesFrom(FILE_ATTRIBUTE_NORMAL), FileAttributes());
    QCOMPARE(fileAttributesFrom(FILE_ATTRIBUTE_DIRECTORY | FILE_ATTRIBUTE_REPARSE_POINT
                                | FILE_ATTRIBUTE_NOT_CONTENT_INDEXED),
             FileAttributes(FileAttribute::Directory) | FileAttribute::ReparsePoint);
    QCOMPARE(fileAttributesFrom(FILE_ATTRIBUTE_COMPRESSED | FILE_ATTRIBUTE_ENCRYPTED | FILE_ATTRIBUTE_HIDDEN),
             FileAttributes(FileAttribute::Compressed) | FileAttribute::Encrypted | FileAttribute::Hidden);
}

void TestWindowsHelpers::uncPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("unc");
    QTest::addColumn<QString>("root");
    QTest::newRow("share with folder") << QStringLiteral("\\\\srv\\backup\\MARS\\Scratch") << true
                                       << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("share") << QStringLiteral("\\\\srv\\backup") << true << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("share with separator")
            << QStringLiteral("\\\\srv\\backup\\") << true << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("forward slashes") << QStringLiteral("//srv/backup/x") << true << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("long-path form") << QStringLiteral("\\\\?\\UNC\\srv\\backup\\x") << true
                                    << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("long-path form, lower case")
            << QStringLiteral("\\\\?\\unc\\srv\\backup") << true << QStringLiteral("\\\\srv\\backup\\");
    QTest::newRow("IP address and admin share")
            << QStringLiteral("\\\\10.0.0.5\\D$\\Scratch") << true << QStringLiteral("\\\\10.0.0.5\\D$\\");
    QTest::newRow("server only") << QStringLiteral("\\\\srv") << true << QString();
    QTest::newRow("server and separator") << QStringLiteral("\\\\srv\\") << true << QString();
    QTest::newRow("drive path") << QStringLiteral("C:\\Program Files") << false << QString();
    QTest::newRow("long drive path") << QStringLiteral("\\\\?\\C:\\Program Files") << false << QString();
    QTest::newRow("device path") << QStringLiteral("\\\\.\\pipe\\x") << false << QString();
    QTest::newRow("three backslashes") << QStringLiteral("\\\\\\srv\\share") << false << QString();
    QTest::newRow("relative") << QStringLiteral("Scratch") << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestWindowsHelpers::uncPaths()
{
    QFETCH(QString, path);
    QFETCH(bool, unc);
    QFETCH(QString, root);
    QCOMPARE(isUncPath(path), unc);
    QCOMPARE(uncShareRoot(path), root);
}

void TestWindowsHelpers::driveTypes()
{
    QCOMPARE(driveTypeFrom(DRIVE_FIXED), DriveType::Fixed);
    QCOMPARE(driveTypeFrom(DRIVE_REMOVABLE), DriveType::Removable);
    QCOMPARE(driveTypeFrom(DRIVE_REMOTE), DriveType::Remote);
    QCOMPARE(driveTypeFrom(DRIVE_CDROM), DriveType::CdRom);
    QCOMPARE(driveTypeFrom(DRIVE_RAMDISK), DriveType::RamDisk);
    QCOMPARE(driveTypeFrom(DRIVE_UNKNOWN), DriveType::Unknown);
    QCOMPARE(driveTypeFrom(DRIVE_NO_ROOT_DIR), DriveType::Unknown);
}

QTEST_GUILESS_MAIN(TestWindowsHelpers)
#include "TestWindowsHelpers.moc"
