// SPDX-License-Identifier: MIT
// The fix journal reader: any bytes as the journal file (which a non-elevated process can
// write, issue #14), read through FixJournal's public API only, in a temporary folder: every
// entry, then the undo index (which also appends "interrupted" lines and takes the change lock,
// both inside that folder) and what it offers to undo.
#include "FuzzSupport.h"
#include "engine/FixJournal.h"
#include "logging/Redactor.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir; // one folder for the whole run; the file is rewritten each time
    static const auto redactor = std::make_shared<const mars::Redactor>();
    if (!dir.isValid())
        std::abort();
    const QString path = dir.filePath(QStringLiteral("fix-journal.jsonl"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size)) != qint64(size))
            std::abort();
    }

    int corrupt = 0;
    mars::FixJournal journal(path, QStringLiteral("fuzz-session"), redactor);
    QSet<QString> checkIds;
    for (const mars::JournalEntry& entry : journal.entries(&corrupt))
        checkIds.insert(entry.checkId);
    if (corrupt < 0)
        __builtin_trap();

    journal.loadIndex();
    for (const QString& checkId : std::as_const(checkIds)) {
        for (const bool simulated : {false, true}) {
            for (const mars::JournalEntry& entry : journal.undoable(checkId, simulated)) {
                // Offered for undo: an entry of that check, with undo data. (Not "reversible":
                // the index goes by the undo data, and a line may say "reversible": false next
                // to it; whether undo then refuses is FixJournal's business, TestFixJournal's.)
                if (entry.checkId != checkId || entry.simulated != simulated || entry.undo.isEmpty())
                    __builtin_trap();
            }
        }
    }
    return 0;
}
