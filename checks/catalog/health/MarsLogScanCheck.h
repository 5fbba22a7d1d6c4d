// SPDX-License-Identifier: MIT
#pragma once

#include "AgentHealthCheck.h"

namespace mars {

// I4 mars_log_scan — what did the agent itself last complain about? Reads the end of its logs
// and maps each known error to the catalog (mars-checks.md I4 and §3; ASR-PS documents
// CBEngineCurr.errlog, MWS the management agent's GatewayProvider*.errlog, KB4020490).
//  Probe:    readTextTail() of the last 256 KiB of <InstallPath>\Temp\CBEngineCurr.errlog and
//            of the newest <InstallPath>\Temp\GatewayProvider*.errlog (by last write; the folder
//            listing stops after 10,000 entries); each line against the table in
//            MarsLogPatterns (stable error ids shared with the "I got this error" catalog).
//  Quotes:   a quoted line may carry secrets or personal data: it goes through the Redactor
//            (passwords, keys, certificates) before it reaches the finding, then is cut to 200
//            characters.
//  States:   Warning when a log records a known error: the summary names the newest hit in
//            plain words, its time stamp when the line has one, and quotes it; `reason` is its
//            error id; every error id found is evidence with its count and last line. Pass when
//            the logs record none. NotApplicable when neither log exists (the agent never ran),
//            without an agent, or off Windows. Error when a log or its folder cannot be read.
//  Deadline: 15 s.
//  Fix:      none (diagnostic: the rows name the checks whose fixes apply).
class MarsLogScanCheck final : public AgentHealthCheck
{
    Q_DECLARE_TR_FUNCTIONS(MarsLogScanCheck)

public:
    static QString id() { return QStringLiteral("mars_log_scan"); }
    static constexpr qint64 kTailBytes = 256 * 1024;
    static constexpr int kQuoteChars = 200;
    static constexpr int kMaxListed = 10000;

    CheckInfo info() const override;
    Finding run(const CheckContext& context) const override;

    // A log line as it may be shown: secrets masked by the Redactor, blanks collapsed, at most
    // kQuoteChars characters.
    static QString quoted(const QString& line);
};

} // namespace mars
