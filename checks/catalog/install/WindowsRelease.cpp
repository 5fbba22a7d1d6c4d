// SPDX-License-Identifier: MIT
#include "WindowsRelease.h"

#include <QCoreApplication>

namespace mars::windows {

namespace {
// Texts::tr, not a free tr(): lupdate files a free function's texts under its namespace,
// which only by chance equals a context given at run time.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(mars::windows)
};

// Windows 10 and later all report 10.0; the build tells the release apart. Server builds are
// the long-term servicing releases; other server builds are semi-annual (Server Core only)
// releases the matrix never listed.
constexpr int kServer2016 = 14393;
constexpr int kServer2019 = 17763;
constexpr int kServer2022 = 20348;
constexpr int kServer2025 = 26100; // support matrix (11/2025): Standard, Datacenter, Essentials, Server IoT
constexpr int kWindows11 = 22000; // the first Windows 11 build; its ProductName still says "Windows 10"
constexpr int kSp1Build = 7601; // Windows 7 / Server 2008 R2 with Service Pack 1
} // namespace

bool isServer(const OsInfo& os)
{
    return os.productType == OsInfo::ProductType::Server || os.productType == OsInfo::ProductType::DomainController;
}

Release classify(const OsInfo& os)
{
    const bool server = isServer(os);
    const auto release = [](const char* name, Support support) { return Release{QString::fromLatin1(name), support}; };
    if (os.major == 10 && os.minor == 0) {
        if (!server)
            return os.build >= kWindows11 ? release("Windows 11", Support::FilesAndFoldersOnly)
                                          : release("Windows 10", Support::FilesAndFoldersOnly);
        switch (os.build) {
        case kServer2016: return release("Windows Server 2016", Support::Supported);
        case kServer2019: return release("Windows Server 2019", Support::Supported);
        case kServer2022: return release("Windows Server 2022", Support::Supported);
        case kServer2025: return release("Windows Server 2025", Support::Supported);
        default: break;
        }
        if (os.build > kServer2025) // a Windows Server newer than anything we know of
            return {Texts::tr("Windows Server (build %1)").arg(os.build), Support::NotYetListed};
        return {Texts::tr("Windows Server, semi-annual release (build %1)").arg(os.build), Support::Unsupported};
    }
    if (os.major == 6) {
        switch (os.minor) {
        case 3:
            return server ? release("Windows Server 2012 R2", Support::Supported)
                          : release("Windows 8.1", Support::FilesAndFoldersOnly);
        case 2:
            // Windows 8 is still in the matrix's table, but .NET 4.8 does not run on it.
            return server ? release("Windows Server 2012", Support::Supported)
                          : release("Windows 8", Support::NoDotNet48);
        case 1:
            if (os.build < kSp1Build) // .NET 4.8 needs Service Pack 1 on both
                return server ? release("Windows Server 2008 R2 without Service Pack 1", Support::NoDotNet48)
                              : release("Windows 7 without Service Pack 1", Support::NoDotNet48);
            return server ? release("Windows Server 2008 R2", Support::EndOfSupport)
                          : release("Windows 7", Support::EndOfSupport);
        case 0:
            // The matrix lists Server 2008 with Service Pack 2 (builds 6002/6003) only, at end of
            // support; .NET 4.8 does not run on it. Vista was never listed.
            if (server)
                return os.build >= 6002 ? release("Windows Server 2008 SP2", Support::NoDotNet48)
                                        : release("Windows Server 2008 without Service Pack 2", Support::Unsupported);
            return release("Windows Vista", Support::Unsupported);
        default: break;
        }
    }
    return {Texts::tr("Windows %1 (%2)").arg(versionText(os), productTypeId(os.productType)), Support::Unsupported};
}

bool runsDotNet48(const OsInfo& os)
{
    if (os.major != 6)
        return os.major > 6;
    switch (os.minor) {
    case 3: return true; // Windows 8.1, Server 2012 R2
    case 2: return isServer(os); // Server 2012 yes, Windows 8 no
    case 1: return os.build >= kSp1Build; // Windows 7 / Server 2008 R2 with SP1
    default: return false; // Vista, Server 2008
    }
}

QString versionText(const OsInfo& os)
{
    return QStringLiteral("%1.%2.%3").arg(os.major).arg(os.minor).arg(os.build);
}

QString productTypeId(OsInfo::ProductType type)
{
    switch (type) {
    case OsInfo::ProductType::Workstation: return QStringLiteral("workstation");
    case OsInfo::ProductType::DomainController: return QStringLiteral("domain_controller");
    case OsInfo::ProductType::Server: return QStringLiteral("server");
    case OsInfo::ProductType::Other: break;
    }
    return QStringLiteral("other");
}

QString orNotRecorded(const QString& value)
{
    return value.trimmed().isEmpty() ? Texts::tr("(not recorded)") : value;
}

} // namespace mars::windows
