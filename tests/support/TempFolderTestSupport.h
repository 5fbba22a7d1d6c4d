// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the tests that work on real .tmp files in a temporary folder through the build's
// native system (PosixSystem on Linux, WindowsSystem on Windows and under Wine).
#include "engine/CheckContext.h"
#include "engine/FixPlan.h"
#include "system/NativeSystem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

#include <memory>

namespace mars::test {

inline void writeFile(const QString& path, int size = 10)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(QByteArray(size, 'x'));
}

inline void writeTmpFiles(const QString& dir, int count, int size = 10)
{
    for (int i = 0; i < count; ++i)
        writeFile(QDir(dir).filePath(QStringLiteral("f%1.tmp").arg(i)), size);
}

// The real OS layer, with `tempDir` as the folder F1 scans and the cleanup empties.
inline std::shared_ptr<SystemProbe> nativeSystemFor(const QString& tempDir)
{
    NativeSystemOptions options;
    options.tempDirOverride = tempDir;
    return createNativeSystem(options);
}

inline CheckContext contextFor(const QString& tempDir)
{
    CheckContext c;
    c.env.system = nativeSystemFor(tempDir);
    return c;
}

// For the temp cleanup's tests of everything but its age filter: every .tmp file, also the ones
// the test has just written (on a real machine the option older_than_hours defaults to 24).
inline FixOptionValues everyTmpFile()
{
    return {{QStringLiteral("older_than_hours"), 0}};
}

inline CheckContext cleanupContextFor(const QString& tempDir)
{
    CheckContext c = contextFor(tempDir);
    c.fixOptions = everyTmpFile();
    return c;
}

// A path as the native system reports it: canonical, with the OS's separators.
inline QString nativePath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return QDir::toNativeSeparators(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

inline int tmpFilesIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::System).size();
}

inline qint64 after(const FixOutcome& outcome, const char* key)
{
    return outcome.after.value(QLatin1String(key)).toInteger(-1);
}

// Keeps a file "in use" the way the native cleanup detects it, until it goes out of scope (so a
// failed QVERIFY releases it): on Windows an open handle that does not share delete access (the
// delete then fails with a sharing violation); on Linux an flock() held by another open file
// description.
class HeldOpen
{
public:
    explicit HeldOpen(const QString& path)
    {
#ifdef Q_OS_WIN
        m_handle = ::CreateFileW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(path).utf16()), GENERIC_READ,
                                 FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL,
                                 nullptr);
        m_held = m_handle != INVALID_HANDLE_VALUE;
#else
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        m_held = m_fd >= 0 && ::flock(m_fd, LOCK_EX) == 0;
#endif
    }
    ~HeldOpen()
    {
        release();
    }
    void release()
    {
#ifdef Q_OS_WIN
        if (m_handle != INVALID_HANDLE_VALUE)
            ::CloseHandle(m_handle);
        m_handle = INVALID_HANDLE_VALUE;
#else
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
#endif
        m_held = false;
    }
    HeldOpen(const HeldOpen&) = delete;
    HeldOpen& operator=(const HeldOpen&) = delete;
    bool isHeld() const
    {
        return m_held;
    }

private:
    bool m_held = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = INVALID_HANDLE_VALUE;
#else
    int m_fd = -1;
#endif
};

} // namespace mars::test
