// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/FixJournal.h"

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
class InterruptedFixesNotice : public QLabel
{
    Q_OBJECT
public:
    InterruptedFixesNotice(std::shared_ptr<FixJournal> journal, std::shared_ptr<const CheckCatalog> catalog,
                           bool simulated, QWidget* parent = nullptr);
    ~InterruptedFixesNotice() override;

    static QString textFor(const QList<JournalEntry>& interrupted, const CheckCatalog* catalog);

private:
    void showStatus(const JournalStatus& status);

    std::unique_ptr<WorkerPool> m_pool;
    std::shared_ptr<const CheckCatalog> m_catalog;
    bool m_simulated;
};

} // namespace mars
