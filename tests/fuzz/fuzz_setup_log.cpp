// SPDX-License-Identifier: MIT
// The setup-log parser (catalog A12): a hostile OBInstaller0Curr.errlog / OBPatch.log, as any
// user can write one into C:\Windows\Temp, read as the check reads it (the decoded tail).
#include "FuzzSupport.h"
#include "catalog/install/InstallerLogsCheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using mars::InstallerLogsCheck;
    const QString text = mars::fuzz::logText(mars::fuzz::bytes(data, size));
    const InstallerLogsCheck::LogAnalysis analysis = InstallerLogsCheck::analyse(text, mars::fuzz::fixedNow());
    // What the evidence quotes is bounded, whatever the log holds.
    if (analysis.line.size() > InstallerLogsCheck::kQuoteChars + 3
        || analysis.resolvedLine.size() > InstallerLogsCheck::kQuoteChars + 3)
        __builtin_trap();
    return 0;
}
