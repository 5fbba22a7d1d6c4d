// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"

#include <QCoreApplication>

namespace mars {

// F1 windows_temp_tmp_count — how many *.tmp files sit directly in the system temp folder
// (%SystemRoot%\Temp)? GetTempFileName can make only 65,535 unique names per folder and
// prefix; near that, the agent's installer and registration fail to create temp files.
//  Probe:    SystemProbe::systemTempDir() + forEachEntry() (streamed, never the whole listing);
//            counts regular *.tmp files (case-insensitive), their bytes, and all entries.
//  States:   Pass < 50,000; Warning 50,000-59,999; Fail >= 60,000 (catalog F1);
//            Error when the folder cannot be listed (missing, denied).
//  Deadline: 60 s (a folder of 65k entries lists in about a second on a healthy disk).
//  Fix:      delete_windows_temp_tmp — deletes those files (not reversible; previewed first).
class TempTmpCountCheck final : public Check
{
    Q_DECLARE_TR_FUNCTIONS(TempTmpCountCheck)

public:
    static QString id() { return QStringLiteral("windows_temp_tmp_count"); }

    static constexpr qint64 kWarnAt = 50000;
    static constexpr qint64 kFailAt = 60000;

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;
};

} // namespace mars
