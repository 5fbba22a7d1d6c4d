// SPDX-License-Identifier: MIT
#pragma once

#include "engine/Check.h"
#include "engine/CheckInfo.h"
#include "engine/Finding.h"
#include "logging/ScreenText.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QList>

#include <memory>

namespace mars {

// One row per check of a phase, in catalog order: what the check is (CheckInfo), its latest
// Finding (NotRun until one arrives), whether it is running and for how long. Fed on the GUI
// thread from CheckRunner's signals; the view and the tests read it through the roles below.
// The texts it shows (summary, tooltip, progress) pass the ScreenText when one is set (the Redactor, and presenter
// mode's masking); FindingRole is the finding as the check made it (data, not display).
//
// \code
//   model->setChecks(catalog.checksFor(Phase::Install)); // every row NotRun
//   connect(runner, &CheckRunner::checkStarted, model, &CheckListModel::markStarted);
//   connect(runner, &CheckRunner::checkFinished, model, &CheckListModel::setFinding);
//   int verdict = model->index(0).data(CheckListModel::VerdictRole).toInt();
// \endcode
class CheckListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CheckIdRole = Qt::UserRole + 1, // QString, catalog id
        VerdictRole, // int (Verdict) of the latest finding; NotRun before
        RunningRole, // bool
        SummaryRole, // QString: finding summary, progress text or "waiting"
        ElapsedRole, // qint64 ms: ticking while running, final afterwards
        DeadlineRole, // int ms, CheckInfo::deadline_ms
        FindingRole, // QVariant<Finding>
        ProgressTextRole, // QString, latest progress text while running
    };
    Q_ENUM(Role)

    explicit CheckListModel(QObject* parent = nullptr);
    void setScreen(std::shared_ptr<const ScreenText> screen) { m_screen = std::move(screen); }
    // Every row's texts again (presenter mode was switched).
    void refreshTexts();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces every row; all rows NotRun and idle.
    void setChecks(const QList<std::shared_ptr<const Check>>& checks);
    void clear();

    void markStarted(const QString& checkId);
    void setFinding(const mars::Finding& finding);
    void setProgress(const QString& checkId, qint64 done, qint64 total, const QString& text);
    // Refreshes the elapsed time of running rows (called by the page's ~4 Hz timer).
    void tick();

    int rowOf(const QString& checkId) const;
    CheckInfo checkInfo(int row) const;
    Finding finding(int row) const;
    bool isRunning(int row) const;
    // True when every row has a finding (no NotRun left) and none is running.
    bool allFinished() const;
    int count(Verdict verdict) const;

private:
    struct Row
    {
        CheckInfo info;
        Finding finding;
        bool running = false;
        QElapsedTimer clock;
        qint64 elapsed_ms = 0;
        QString progressText;
    };
    void emitRowChanged(int row, const QList<int>& roles = {});
    QString shown(const QString& text) const { return m_screen ? m_screen->shown(text) : text; }

    QList<Row> m_rows;
    std::shared_ptr<const ScreenText> m_screen;
};

} // namespace mars
