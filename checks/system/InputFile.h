// SPDX-License-Identifier: MIT
#pragma once
// A file the technician hands the tool (the vault credentials file): read from this machine's
// real file system even on a simulated machine (it is an input, not a fact of the machine),
// bounded in size before a byte is read (through LocalFileRead: ordinary local files only), with
// where it lives.

#include "SystemTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mars {

struct InputFile
{
    QString path; // absolute, as given (made absolute against the working folder)
    QString canonicalPath; // links resolved; empty when the OS would not say
    qint64 size = 0;
    bool read = false; // false when it is larger than the cap or on the network: bytes is then empty
    QByteArray bytes;
    bool unc = false; // a \\server\share path
    DriveType driveType = DriveType::Unknown; // of its volume (Remote: a mapped network drive)
};

class InputFiles
{
    Q_DECLARE_TR_FUNCTIONS(mars::InputFiles)

public:
    // NotFound when nothing is there; Failed for a folder or a device; Denied when the OS
    // refuses to open it. A file larger than `maxBytes` is Ok with read == false, so the caller
    // can say how large it is without reading it; so is a file on a network location (unc or a
    // Remote drive), which is never read.
    // `where`: Look asks the OS for the file's volume (unc, driveType); Skip leaves them unknown,
    // for files read only for their contents (the newer-file search reads up to 50).
    enum class Location : quint8 { Look, Skip };
    static Probed<InputFile> read(const QString& path, qint64 maxBytes, Location where = Location::Look);
};

} // namespace mars
