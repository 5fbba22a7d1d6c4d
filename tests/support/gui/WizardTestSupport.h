// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the GUI walk-through test and the screenshot tour: a composition root for
// tests (a WizardSession over a given SystemProbe and catalog, journal in a scratch folder) and
// lookups by objectName and model role.
#include "CheckListModel.h"
#include "OnWorkerThread.h"
#include "WizardSession.h"
#include "engine/CheckCatalog.h"
#include "engine/FixJournal.h"
#include "engine/GuardedSystem.h"
#include "engine/SessionId.h"
#include "engine/ThreadGuard.h"
#include "logging/Redactor.h"
#include "system/SystemProbe.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QTest>
#include <QWidget>

#include <memory>

namespace mars::guitest {

// ThreadGuard's handler for the walk-throughs: an OS question, an OS action or journal file work
// on the GUI thread fails the test (the default handler's assertion is compiled out of these
// release-with-debug-info builds).
inline void failOnGuiThreadWork()
{
    ThreadGuard::setHandler([](const char* what) {
        QTest::qFail(qPrintable(QStringLiteral("%1 was called on the GUI thread").arg(QLatin1String(what))), __FILE__,
                     __LINE__);
    });
}

// The wizard's session as the composition root builds it: the machine behind the GUI-thread
// guard (failOnGuiThreadWork() is installed here).
inline WizardSession makeSession(std::shared_ptr<SystemProbe> system, std::shared_ptr<const CheckCatalog> catalog,
                                 const QString& dataDir)
{
    failOnGuiThreadWork();
    WizardSession session;
    session.sessionId = newSessionId();
    session.catalog = std::move(catalog);
    session.environment.system = guardedAgainstGuiThread(std::move(system));
    session.redactor = std::make_shared<Redactor>();
    session.journal = std::make_shared<FixJournal>(QDir(dataDir).filePath(QStringLiteral("fix-journal.jsonl")),
                                                   session.sessionId, session.redactor);
    session.environment.journal = session.journal;
    session.logFilePath = QDir(dataDir).filePath(QStringLiteral("mars-troubleshooter.log"));
    return session;
}

// A visible top-level window (dialogs included) with this objectName, or nullptr.
template<typename T = QWidget>
T* visibleTopLevel(const QString& objectName)
{
    const QList<QWidget*> windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (w->objectName() == objectName && w->isVisible()) {
            if (auto* typed = qobject_cast<T*>(w))
                return typed;
        }
    }
    return nullptr;
}

// The journal's entries, read on a worker as the wizard does (reading the file on the GUI
// thread is what ThreadGuard flags); the test thread waits, which a test may.
inline QList<JournalEntry> journalEntries(const std::shared_ptr<FixJournal>& journal)
{
    return test::onWorkerThread([journal] { return journal->entries(); });
}

inline int rowOf(const QAbstractItemModel* model, const QString& checkId)
{
    for (int r = 0; model && r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(CheckListModel::CheckIdRole).toString() == checkId)
            return r;
    }
    return -1;
}

inline Verdict verdictAt(const QAbstractItemModel* model, int row)
{
    if (!model || row < 0 || row >= model->rowCount())
        return Verdict::Invalid;
    return Verdict(model->index(row, 0).data(CheckListModel::VerdictRole).toInt());
}

inline bool runningAt(const QAbstractItemModel* model, int row)
{
    return model && row >= 0 && row < model->rowCount()
           && model->index(row, 0).data(CheckListModel::RunningRole).toBool();
}

} // namespace mars::guitest
