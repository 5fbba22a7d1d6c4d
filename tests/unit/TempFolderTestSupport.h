// SPDX-License-Identifier: MIT
#pragma once

// Helpers for the tests that work on real .tmp files in a temporary folder through PosixSystem.
#include "engine/CheckContext.h"
#include "engine/FixPlan.h"
#include "system/PosixSystem.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unistd.h>

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

inline CheckContext contextFor(const QString& tempDir)
{
    CheckContext c;
    c.env.system = std::make_shared<PosixSystem>(tempDir);
    return c;
}

inline int tmpFilesIn(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp")}, QDir::Files | QDir::System).size();
}

inline qint64 after(const FixOutcome& outcome, const char* key)
{
    return outcome.after.value(QLatin1String(key)).toInteger(-1);
}

// A file descriptor closed at scope exit, so a failed QVERIFY does not leak a lock.
struct ScopedFd
{
    int fd = -1;
    ~ScopedFd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace mars::test
