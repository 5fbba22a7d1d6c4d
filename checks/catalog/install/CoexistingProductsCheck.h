// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// A12b coexisting_backup_products — does this server run software that changes how the agent
// behaves or is looked after: the Azure File Sync agent (a documented cause of crashes of the
// agent's engine, cbengine.exe: troubleshooting guide 11/2025) or System Center DPM / Azure
// Backup Server (MABS), through which the agent on that server is registered and updated?
//  Probe:    service(FileSyncSvc); readRegistry(HKLM\SOFTWARE\Microsoft\Azure\StorageSync\Agent
//            Version); service(MSDPM); readRegistry(HKLM\SOFTWARE\Microsoft\Microsoft Data
//            Protection Manager\Setup InstallPath).
//  States:   Warning the File Sync agent is installed (what to do); Warning (informative) the
//            server is a DPM or MABS server (the agent is registered and updated through it);
//            Pass neither (a DPM protection agent alone, which writes the same Setup key but runs
//            no MSDPM service, is named in the detail and is no finding). NotApplicable off
//            Windows; Error when a service or value cannot be read.
//  Deadline: 10 s.
//  Fix:      none (guidance only).
class CoexistingProductsCheck final : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(CoexistingProductsCheck)

public:
    static QString id() { return QStringLiteral("coexisting_backup_products"); }

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    static QString fileSyncService(); // FileSyncSvc
    static QString fileSyncKey(); // SOFTWARE\Microsoft\Azure\StorageSync\Agent
    static QString dpmService(); // MSDPM
    static QString dpmSetupKey(); // SOFTWARE\Microsoft\Microsoft Data Protection Manager\Setup
};

} // namespace mars
