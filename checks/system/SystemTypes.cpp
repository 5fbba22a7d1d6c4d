// SPDX-License-Identifier: MIT
#include "SystemTypes.h"

#include <algorithm>
#include <array>
#include <utility>

namespace mars {

namespace {
// Lower-case names as scenario files and reports spell them, in bit order so lists read the
// same way `attrib` and PowerShell order them.
constexpr std::array<std::pair<FileAttribute, const char*>, 10> kAttributeNames{{
        {FileAttribute::ReadOnly, "readonly"},
        {FileAttribute::Hidden, "hidden"},
        {FileAttribute::System, "system"},
        {FileAttribute::Directory, "directory"},
        {FileAttribute::Archive, "archive"},
        {FileAttribute::Device, "device"},
        {FileAttribute::Sparse, "sparse"},
        {FileAttribute::ReparsePoint, "reparse_point"},
        {FileAttribute::Compressed, "compressed"},
        {FileAttribute::Encrypted, "encrypted"},
}};
} // namespace

QString fileAttributeName(FileAttribute attribute)
{
    for (const auto& [value, name] : kAttributeNames) {
        if (value == attribute)
            return QString::fromLatin1(name);
    }
    return {};
}

QStringList fileAttributeNames(FileAttributes attributes)
{
    QStringList names;
    quint32 known = 0;
    for (const auto& [value, name] : kAttributeNames) {
        known |= quint32(value);
        if (attributes.testFlag(value))
            names.append(QString::fromLatin1(name));
    }
    // Bits this enum does not name (FILE_ATTRIBUTE_OFFLINE, ...) are still shown, as hex, so
    // evidence never silently drops a fact the OS reported.
    const quint32 unknown = quint32(attributes.toInt()) & ~known;
    for (quint32 bit = 1; bit != 0; bit <<= 1) {
        if (unknown & bit)
            names.append(QStringLiteral("0x%1").arg(bit, 0, 16));
    }
    return names;
}

bool fileAttributeFromName(const QString& name, FileAttribute* attribute)
{
    const QString wanted = name.trimmed();
    for (const auto& [value, text] : kAttributeNames) {
        if (wanted.compare(QLatin1String(text), Qt::CaseInsensitive) == 0) {
            if (attribute)
                *attribute = value;
            return true;
        }
    }
    return false;
}

QString knownFolderId(KnownFolder folder)
{
    switch (folder) {
    case KnownFolder::Windows: return QStringLiteral("windows");
    case KnownFolder::System32: return QStringLiteral("system32");
    case KnownFolder::ProgramFiles: return QStringLiteral("programFiles");
    case KnownFolder::ProgramData: return QStringLiteral("programData");
    case KnownFolder::UserProfiles: return QStringLiteral("userProfiles");
    }
    return {};
}

namespace {
constexpr std::array<std::pair<DriveType, const char*>, 6> kDriveTypeIds{{
        {DriveType::Fixed, "fixed"},
        {DriveType::Removable, "removable"},
        {DriveType::Remote, "remote"},
        {DriveType::CdRom, "cdrom"},
        {DriveType::RamDisk, "ramdisk"},
        {DriveType::Unknown, "unknown"},
}};
} // namespace

QString driveTypeId(DriveType type)
{
    for (const auto& [value, id] : kDriveTypeIds) {
        if (value == type)
            return QString::fromLatin1(id);
    }
    return {};
}

bool driveTypeFromId(const QString& id, DriveType* type)
{
    for (const auto& [value, text] : kDriveTypeIds) {
        if (id == QLatin1String(text)) {
            if (type)
                *type = value;
            return true;
        }
    }
    return false;
}

QString certStoreLocationName(CertStoreLocation location)
{
    return location == CertStoreLocation::LocalMachine ? QStringLiteral("LocalMachine\\My")
                                                       : QStringLiteral("CurrentUser\\My");
}

namespace {
constexpr std::array<std::pair<JoinStatus, const char*>, 4> kJoinStatusIds{{
        {JoinStatus::Unknown, "unknown"},
        {JoinStatus::Unjoined, "unjoined"},
        {JoinStatus::Workgroup, "workgroup"},
        {JoinStatus::Domain, "domain"},
}};
} // namespace

QString joinStatusId(JoinStatus status)
{
    for (const auto& [value, id] : kJoinStatusIds) {
        if (value == status)
            return QString::fromLatin1(id);
    }
    return {};
}

bool joinStatusFromId(const QString& id, JoinStatus* status)
{
    for (const auto& [value, text] : kJoinStatusIds) {
        if (id == QLatin1String(text)) {
            if (status)
                *status = value;
            return true;
        }
    }
    return false;
}

bool isSha1Thumbprint(const QByteArray& hex)
{
    return hex.size() == 40 && std::all_of(hex.cbegin(), hex.cend(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
           });
}

namespace {
constexpr std::array<std::pair<TaskInstances, const char*>, 4> kTaskInstancesIds{{
        {TaskInstances::Parallel, "parallel"},
        {TaskInstances::Queue, "queue"},
        {TaskInstances::IgnoreNew, "ignore_new"},
        {TaskInstances::StopExisting, "stop_existing"},
}};
constexpr std::array<std::pair<TaskLogonType, const char*>, 7> kTaskLogonTypeIds{{
        {TaskLogonType::None, "none"},
        {TaskLogonType::Password, "password"},
        {TaskLogonType::S4u, "s4u"},
        {TaskLogonType::InteractiveToken, "interactive_token"},
        {TaskLogonType::Group, "group"},
        {TaskLogonType::ServiceAccount, "service_account"},
        {TaskLogonType::InteractiveTokenOrPassword, "interactive_token_or_password"},
}};
constexpr std::array<std::pair<TaskRunLevel, const char*>, 2> kTaskRunLevelIds{{
        {TaskRunLevel::Limited, "limited"},
        {TaskRunLevel::Highest, "highest"},
}};

template<typename E, std::size_t N>
QString idOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [v, id] : table) {
        if (v == value)
            return QString::fromLatin1(id);
    }
    return {};
}

template<typename E, std::size_t N>
bool fromId(const std::array<std::pair<E, const char*>, N>& table, const QString& id, E* out)
{
    for (const auto& [v, text] : table) {
        if (id == QLatin1String(text)) {
            if (out)
                *out = v;
            return true;
        }
    }
    return false;
}
} // namespace

QString taskInstancesId(TaskInstances policy)
{
    return idOf(kTaskInstancesIds, policy);
}

bool taskInstancesFromId(const QString& id, TaskInstances* policy)
{
    return fromId(kTaskInstancesIds, id, policy);
}

QString taskLogonTypeId(TaskLogonType type)
{
    return idOf(kTaskLogonTypeIds, type);
}

bool taskLogonTypeFromId(const QString& id, TaskLogonType* type)
{
    return fromId(kTaskLogonTypeIds, id, type);
}

QString taskRunLevelId(TaskRunLevel level)
{
    return idOf(kTaskRunLevelIds, level);
}

bool taskRunLevelFromId(const QString& id, TaskRunLevel* level)
{
    return fromId(kTaskRunLevelIds, id, level);
}

} // namespace mars
