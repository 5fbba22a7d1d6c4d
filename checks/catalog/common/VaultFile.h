// SPDX-License-Identifier: MIT
#pragma once
// The run's vault credentials file (--vault-credentials, the Welcome page's file field), read
// once per run through the facts cache ("vault.file") and shared by the vaultcred_* checks and
// the network survey (its Entra authority and Backup service host join the endpoint list).
// The private key never leaves the OS call that opens it (system/PfxReader); the file's bytes
// and the decoded certificate are wiped as soon as the certificate has been read.

#include "VaultCredentials.h"
#include "engine/CheckContext.h"
#include "system/InputFile.h"
#include "system/PfxReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslCertificate>
#include <QString>

namespace mars {

// Where the file's reading stopped, in the order the rules apply.
enum class VaultFileStage : quint8 {
    NotChosen = 1, // no file given: every vaultcred_* check does not apply
    Unreadable, // not there, a folder, denied
    TooLarge, // over kMaxBytes: not read at all
    Parsed, // read; parse says whether the XML is a vault credentials file
};

struct VaultFile
{
    VaultFileStage stage = VaultFileStage::NotChosen;
    QString path; // as given, absolute
    QString reason; // a vaultRule id for Unreadable / TooLarge; the parse's for Parsed
    QString sentence; // why reading stopped (Unreadable, TooLarge)
    InputFile file; // its location and size (bytes wiped)
    VaultCredentialsParser::Outcome parse; // its certificate wiped once read

    // The certificate (when the XML was read): what ManagementCert held.
    PfxContents pfx; // status NotPfx also when it was not a PKCS #12 at all
    bool publicCertificateOnly = false; // ManagementCert is a bare certificate: no key at all
    QSslCertificate certificate = QSslCertificate(); // the one with the key, else the first; null if none
    bool certificateHasKey = false;

    bool parsed() const { return stage == VaultFileStage::Parsed && parse.ok; }
};

namespace vaultFile {
// Larger files are refused unread (catalog G1: a real one is a few kilobytes).
inline constexpr qint64 kMaxBytes = 64 * 1024;

// The file of this run; NotChosen when the inputs name none. Never fails: every problem with
// the file is a stage or a rule of the result.
FactsCache::Fact<VaultFile> forRun(const CheckContext& context);
// Reads `path` now, without the cache. The newer-file search reads its neighbours with
// Location::Skip: it needs their contents, not where they live.
VaultFile read(const QString& path, InputFiles::Location where = InputFiles::Location::Look);
} // namespace vaultFile

} // namespace mars
