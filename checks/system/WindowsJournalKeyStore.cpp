// SPDX-License-Identifier: MIT
// The Windows JournalKeyStore: %ProgramData%\MARS Troubleshooter\journal-key. The folder and
// the file get a protected DACL granting only SYSTEM and BUILTIN\Administrators (no inherited
// entries: ProgramData lets every user create folders, and those would inherit "Users may
// write"), and Administrators as owner. A key is used only when the file and its folder are
// owned by SYSTEM or Administrators and are no reparse point: a user who created the folder
// first, or planted a key of their own, cannot make an elevated run sign with a key they know.
#include "JournalKeyStore.h"
#include "WindowsHandles.h"
#include "WindowsHelpers.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <windows.h>
#include <aclapi.h>
#include <knownfolders.h>
#include <objbase.h>
#include <sddl.h>
#include <shlobj.h>

namespace mars {

namespace {

using namespace mars::win;

// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace, so
// they would never match this context at run time (none of them was translated).
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::JournalKeyStore)
};

// Owner Administrators; DACL protected (P): full access for SYSTEM and Administrators, to the
// folder and everything created in it (OICI), and nobody else.
constexpr wchar_t kSddl[] = L"O:BAD:P(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)";

QString programDataFolder()
{
    wchar_t* path = nullptr;
    const HRESULT result = ::SHGetKnownFolderPath(FOLDERID_ProgramData, KF_FLAG_DEFAULT, nullptr, &path);
    QString value = SUCCEEDED(result) && path ? fromWide(path) : QString();
    ::CoTaskMemFree(path);
    if (value.isEmpty()) // the documented default, rather than no key at all
        value = QStringLiteral("C:\\ProgramData");
    return QDir::toNativeSeparators(value);
}

JournalKey failure(DWORD error, const QString& sentence, const QString& what)
{
    JournalKey key;
    key.state = error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND ? JournalKey::State::Missing
                                                                               : JournalKey::State::Unreadable;
    key.reason = sentence.arg(what, errorText(error));
    return key;
}

JournalKey unsafe(const QString& sentence)
{
    JournalKey key;
    key.state = JournalKey::State::Unsafe;
    key.reason = sentence;
    return key;
}

// True when `sid` is this process's user.
bool isCurrentUser(PSID sid)
{
    HANDLE rawToken = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &rawToken))
        return false;
    const UniqueHandle token(rawToken);
    DWORD size = 0;
    ::GetTokenInformation(token.get(), TokenUser, nullptr, 0, &size);
    QByteArray buffer(int(size), '\0');
    if (size == 0 || !::GetTokenInformation(token.get(), TokenUser, buffer.data(), size, &size))
        return false;
    return ::EqualSid(reinterpret_cast<const TOKEN_USER*>(buffer.constData())->User.Sid, sid) != FALSE;
}

// An open file or folder: not a reparse point, owned by SYSTEM or Administrators (or, for a
// test's own folder, by this process's user, as on POSIX: a test is not run by an administrator,
// and Wine gives new objects the user as owner whatever the security descriptor says).
JournalKey checkOwned(HANDLE handle, const QString& what, bool directory, bool acceptCurrentUser)
{
    BY_HANDLE_FILE_INFORMATION info = {};
    if (!::GetFileInformationByHandle(handle, &info))
        return failure(::GetLastError(), Texts::tr("%1 cannot be examined: %2"), what);
    const bool isDirectory = (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
    if ((info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0 || isDirectory != directory)
        return unsafe(Texts::tr("%1 is a link or not what this tool creates there, so it is not used.").arg(what));
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    const DWORD error = ::GetSecurityInfo(handle, SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr, nullptr,
                                          nullptr, &descriptor);
    const LocalMemory freeDescriptor(descriptor);
    if (error != ERROR_SUCCESS)
        return failure(error, Texts::tr("%1 cannot be examined: %2"), what);
    if (!owner
        || !(::IsWellKnownSid(owner, WinBuiltinAdministratorsSid) || ::IsWellKnownSid(owner, WinLocalSystemSid)
             || (acceptCurrentUser && isCurrentUser(owner))))
        return unsafe(Texts::tr("%1 is not owned by the administrators, so it is not used.").arg(what));
    JournalKey key;
    key.state = JournalKey::State::Ok;
    return key;
}

class WindowsJournalKeyStore final : public JournalKeyStore
{
public:
    WindowsJournalKeyStore(QString folder, bool acceptCurrentUser)
        : m_folder(QDir::toNativeSeparators(std::move(folder)))
        , m_acceptCurrentUser(acceptCurrentUser)
    {
    }

    QString location() const override { return m_folder + QStringLiteral("\\journal-key"); }

    JournalKey read() const override
    {
        // The folder first, so a junction in its place is refused before anything is read.
        const UniqueHandle folder(
                ::CreateFileW(wide(extendedPath(m_folder)).c_str(), READ_CONTROL | FILE_READ_ATTRIBUTES,
                              FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                              FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
        if (!folder)
            return failure(::GetLastError(), Texts::tr("The journal key folder %1 cannot be opened: %2"), m_folder);
        JournalKey key = checkOwned(folder.get(), m_folder, true, m_acceptCurrentUser);
        if (!key.isOk())
            return key;
        const UniqueHandle file(::CreateFileW(wide(extendedPath(location())).c_str(), GENERIC_READ, FILE_SHARE_READ,
                                              nullptr, OPEN_EXISTING, FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
        if (!file)
            return failure(::GetLastError(), Texts::tr("The journal key %1 cannot be read: %2"), location());
        key = checkOwned(file.get(), location(), false, m_acceptCurrentUser);
        if (!key.isOk())
            return key;
        QByteArray bytes(kKeySize + 1, '\0');
        DWORD got = 0;
        if (!::ReadFile(file.get(), bytes.data(), DWORD(bytes.size()), &got, nullptr))
            return failure(::GetLastError(), Texts::tr("The journal key %1 cannot be read: %2"), location());
        if (got != DWORD(kKeySize))
            return unsafe(Texts::tr("The journal key %1 is not a file of %2 bytes.").arg(location()).arg(kKeySize));
        bytes.truncate(kKeySize);
        key.bytes = bytes;
        return key;
    }

    JournalKey readOrCreate() const override
    {
        JournalKey key = read();
        // Unsafe goes on: a folder or key a user planted is taken over (owner and rights reset,
        // the planted key replaced), or one user could keep every elevated run from signing.
        if (key.isOk() || key.state == JournalKey::State::Unreadable)
            return key;
        PSECURITY_DESCRIPTOR descriptor = nullptr;
        if (!::ConvertStringSecurityDescriptorToSecurityDescriptorW(kSddl, SDDL_REVISION_1, &descriptor, nullptr))
            return failure(::GetLastError(), Texts::tr("The rights for %1 cannot be prepared: %2"), m_folder);
        const LocalMemory freeDescriptor(descriptor);
        SECURITY_ATTRIBUTES attributes = {sizeof(SECURITY_ATTRIBUTES), descriptor, FALSE};
        std::wstring folder = wide(extendedPath(m_folder));
        if (!::CreateDirectoryW(folder.c_str(), &attributes)) {
            const DWORD error = ::GetLastError();
            if (error != ERROR_ALREADY_EXISTS)
                return failure(error, Texts::tr("The journal key folder %1 cannot be created: %2"), m_folder);
            // Someone created it first (any user may, in ProgramData): never a link, and it
            // gets this tool's owner and rights before a key goes in. Checked and changed
            // through one handle, so the folder cannot be swapped in between.
            const UniqueHandle existing(
                    ::CreateFileW(folder.c_str(), READ_CONTROL | WRITE_DAC | WRITE_OWNER | FILE_READ_ATTRIBUTES,
                                  FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr, OPEN_EXISTING,
                                  FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT, nullptr));
            if (!existing)
                return failure(::GetLastError(), Texts::tr("The journal key folder %1 cannot be opened: %2"), m_folder);
            BY_HANDLE_FILE_INFORMATION info = {};
            if (!::GetFileInformationByHandle(existing.get(), &info))
                return failure(::GetLastError(), Texts::tr("%1 cannot be examined: %2"), m_folder);
            if ((info.dwFileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0
                || (info.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) == 0)
                return unsafe(
                        Texts::tr("%1 is a link or not a folder, so no journal key is created there.").arg(m_folder));
            PSID owner = nullptr;
            PACL dacl = nullptr;
            BOOL present = FALSE;
            BOOL defaulted = FALSE;
            if (!::GetSecurityDescriptorOwner(descriptor, &owner, &defaulted)
                || !::GetSecurityDescriptorDacl(descriptor, &present, &dacl, &defaulted))
                return failure(::GetLastError(), Texts::tr("The rights for %1 cannot be prepared: %2"), m_folder);
            const DWORD set = ::SetSecurityInfo(existing.get(), SE_FILE_OBJECT,
                                                OWNER_SECURITY_INFORMATION | DACL_SECURITY_INFORMATION
                                                        | PROTECTED_DACL_SECURITY_INFORMATION,
                                                owner, nullptr, dacl, nullptr);
            if (set != ERROR_SUCCESS)
                return failure(set, Texts::tr("The rights of the journal key folder %1 cannot be set: %2"), m_folder);
        }
        QByteArray bytes(kKeySize, '\0');
        QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                             reinterpret_cast<quint32*>(bytes.data() + kKeySize));
        const std::wstring path = wide(extendedPath(location()));
        for (int attempt = 0;; ++attempt) {
            // CREATE_NEW: when another elevated copy got there first, its key is the one.
            UniqueHandle file(::CreateFileW(path.c_str(), GENERIC_WRITE, 0, &attributes, CREATE_NEW,
                                            FILE_ATTRIBUTE_NORMAL, nullptr));
            if (!file) {
                const DWORD error = ::GetLastError();
                if (error != ERROR_FILE_EXISTS)
                    return failure(error, Texts::tr("The journal key %1 cannot be created: %2"), location());
                key = read();
                // A key file not made by an administrator (or a link) is removed once and made
                // anew; DeleteFileW removes a link itself, never what it points to.
                if (key.state != JournalKey::State::Unsafe || attempt > 0 || !::DeleteFileW(path.c_str()))
                    return key;
                continue;
            }
            DWORD written = 0;
            const bool ok = ::WriteFile(file.get(), bytes.constData(), DWORD(kKeySize), &written, nullptr)
                            && written == DWORD(kKeySize) && ::FlushFileBuffers(file.get());
            const DWORD error = ::GetLastError();
            file.reset();
            if (!ok) {
                ::DeleteFileW(path.c_str()); // a short key must not stay behind
                return failure(error, Texts::tr("The journal key %1 cannot be written: %2"), location());
            }
            return read();
        }
    }

private:
    QString m_folder;
    bool m_acceptCurrentUser; // a test's folder (createNativeJournalKeyStore's override)
};

} // namespace

std::shared_ptr<const JournalKeyStore> createNativeJournalKeyStore(const QString& folderOverride)
{
    if (!folderOverride.isEmpty())
        return std::make_shared<WindowsJournalKeyStore>(folderOverride, true);
    return std::make_shared<WindowsJournalKeyStore>(programDataFolder() + QStringLiteral("\\MARS Troubleshooter"),
                                                    false);
}

} // namespace mars
