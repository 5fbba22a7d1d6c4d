// SPDX-License-Identifier: MIT
#pragma once
// The one reader for files a person hands the tool (--scenario and its "base", --endpoints,
// --trusted-roots, the vault credentials file): issue #14 found that a scenario naming the kernel
// log blocked before any window appeared, and that a UNC path would make the elevated tool
// authenticate to a remote share. So a file is read only when it is
//  - an ordinary file on a local disk: its type is checked before it is opened (a FIFO, a device
//    or a socket is never opened), it is opened non-blocking, and the opened object is checked
//    again (it must be the file that was looked at);
//  - on Windows, not a UNC, \\.\ or \\?\ path and not on a mapped network drive;
//  - no larger than the caller's cap, read in chunks within a time bound.
// Qt resources (":/...") are read from memory. Every refusal is one plain sentence naming the file.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mars {

class LocalFileRead
{
    Q_DECLARE_TR_FUNCTIONS(mars::LocalFileRead)

public:
    enum class Status : quint8 {
        Ok,
        Missing, // nothing at that path
        Folder,
        NotRegular, // a device, FIFO, socket or other special file
        NotLocal, // UNC, device namespace path or network drive (Windows)
        TooLarge, // larger than the cap: size says how large, bytes is empty
        Changed, // the object opened is not the one looked at (swapped in between)
        Denied,
        TimedOut,
        Failed,
    };
    struct Result
    {
        Status status = Status::Failed;
        QByteArray bytes; // when status == Ok: the whole file (read), or its last bytes (readTail)
        qint64 size = -1; // the whole file's size as the opened file says; -1 when unknown
        QString problem; // one sentence naming the file; empty when Ok
        bool ok() const { return status == Status::Ok; }
    };

    static constexpr qint64 kDefaultDeadline_ms = 10'000;

    // `path` relative paths are taken against the working folder.
    static Result read(const QString& path, qint64 maxBytes, qint64 deadline_ms = kDefaultDeadline_ms);
    // The last `maxBytes` bytes of a file of any size, with the same checks (the support bundle's
    // tails of the tool's own log and journal, issue #15); never TooLarge.
    static Result readTail(const QString& path, qint64 maxBytes, qint64 deadline_ms = kDefaultDeadline_ms);

    // Whether `path` is spelled as a Windows path that leaves this machine or bypasses the
    // Win32 name rules: \\server\share, //server/share, \\.\ and \\?\ (also \??\). Pure text;
    // used by read() on Windows, and testable anywhere.
    static bool isWindowsNonLocalSpelling(const QString& path);

    // "<file> is larger than 16 MB (it has 20 MB)." for the cap in the unit it was given in.
    static QString tooLargeSentence(const QString& shownPath, qint64 maxBytes, qint64 size);

private:
    enum class Span : quint8 { Whole, Tail };
    static Result readChecked(const QString& path, qint64 maxBytes, qint64 deadline_ms, Span span);
    static Result readNative(const QString& absolutePath, qint64 maxBytes, qint64 deadline_ms, Span span);
    static Result readResource(const QString& path, qint64 maxBytes, Span span);
};

} // namespace mars
