// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/FixJournal.h"
#include "logging/ScreenText.h"

#include <QLabel>

#include <memory>

namespace mars {

class WorkerPool;

// The Welcome page's note about fixes an earlier run started and never finished (the program
// was killed, or the server stopped, mid-fix): objectName "interruptedFixesLabel", hidden when
// there are none. It reads the journal on a worker (FixJournal::loadIndex, which also closes
// those entries with an "interrupted" line, so the report of this session lists them) and
// names each fix, when it started and what to check now. Only the entries of the same kind of
// machine count: a simulated machine's interrupted fix is not news on a real server.
// Below them it names the earlier changes this run will not undo (JournalStatus::refused: an
// edited or forged line, another machine or account, an unsigned line in an elevated run), each
// with its reason, so a technician who expected an Undo button knows why there is none; and it
// says when only the newest part of an oversized journal was read.
class InterruptedFixesNotice : public QLabel
{
    Q_OBJECT
public:
    // The text shown passes `screen` (a forged line was never redacted when written).
    InterruptedFixesNotice(std::shared_ptr<FixJournal> journal, std::shared_ptr<const CheckCatalog> catalog,
                           std::shared_ptr<const ScreenText> screen, bool simulated, QWidget* parent = nullptr);
    // The text again through ScreenText (presenter mode changed).
    void refreshText();
    ~InterruptedFixesNotice() override;

    static QString textFor(const QList<JournalEntry>& interrupted, const CheckCatalog* catalog);
    // At most kMaxRefusedShown lines are named (anyone can append lines to the journal file),
    // then "and N more".
    static QString refusedText(const QList<JournalStatus::Refused>& refused, const CheckCatalog* catalog);
    static constexpr int kMaxRefusedShown = 5;
    static constexpr int kMaxReasonChars = 300;

private:
    void showStatus(const JournalStatus& status);

    std::unique_ptr<WorkerPool> m_pool;
    std::shared_ptr<const CheckCatalog> m_catalog;
    std::shared_ptr<const ScreenText> m_screen;
    QString m_rawText;
    bool m_simulated;
};

} // namespace mars
