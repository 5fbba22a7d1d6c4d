// SPDX-License-Identifier: MIT
#include "CheckListModel.h"

#include "VerdictAppearance.h"

namespace mars {

CheckListModel::CheckListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int CheckListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CheckListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const auto activity = row.running ? VerdictAppearance::Activity::Running : VerdictAppearance::Activity::Idle;
    switch (role) {
    case Qt::DisplayRole: return row.info.title;
    case Qt::ToolTipRole:
        if (row.running)
            return tr("%1 — running").arg(row.info.title);
        if (row.finding.verdict == Verdict::NotRun)
            return tr("%1 — not run yet").arg(row.info.title);
        return tr("%1 — %2\n%3")
                .arg(row.info.title, VerdictAppearance::text(row.finding.verdict), shown(row.finding.summary));
    case Qt::AccessibleTextRole:
        return tr("%1: %2. %3")
                .arg(row.info.title, VerdictAppearance::text(row.finding.verdict, activity),
                     data(index, SummaryRole).toString());
    case Qt::AccessibleDescriptionRole: return row.info.whyItMatters;
    case CheckIdRole: return row.info.id;
    case VerdictRole: return int(row.finding.verdict);
    case RunningRole: return row.running;
    case SummaryRole:
        if (row.running)
            return row.progressText.isEmpty() ? tr("Checking…") : shown(row.progressText);
        if (row.finding.verdict == Verdict::NotRun)
            return tr("Waiting to run.");
        return shown(row.finding.summary);
    case ElapsedRole: return row.elapsed_ms;
    case DeadlineRole: return row.info.deadline_ms;
    case FindingRole: return QVariant::fromValue(row.finding);
    case ProgressTextRole: return shown(row.progressText);
    default: return {};
    }
}

QHash<int, QByteArray> CheckListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CheckIdRole, "checkId");
    names.insert(VerdictRole, "verdict");
    names.insert(RunningRole, "running");
    names.insert(SummaryRole, "summary");
    names.insert(ElapsedRole, "elapsed");
    names.insert(DeadlineRole, "deadline");
    names.insert(FindingRole, "finding");
    names.insert(ProgressTextRole, "progressText");
    return names;
}

void CheckListModel::setChecks(const QList<std::shared_ptr<const Check>>& checks)
{
    beginResetModel();
    m_rows.clear();
    for (const auto& check : checks) {
        Row row;
        row.info = check->info();
        row.finding.checkId = row.info.id;
        row.finding.verdict = Verdict::NotRun;
        m_rows.append(row);
    }
    endResetModel();
}

void CheckListModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void CheckListModel::markStarted(const QString& checkId)
{
    const int r = rowOf(checkId);
    if (r < 0)
        return;
    Row& row = m_rows[r];
    row.running = true;
    row.finding = Finding{};
    row.finding.checkId = checkId;
    row.finding.verdict = Verdict::NotRun;
    row.progressText.clear();
    row.elapsed_ms = 0;
    row.clock.start();
    emitRowChanged(r);
}

void CheckListModel::setFinding(const Finding& finding)
{
    const int r = rowOf(finding.checkId);
    if (r < 0)
        return;
    Row& row = m_rows[r];
    row.running = false;
    row.finding = finding;
    row.elapsed_ms = finding.elapsed_ms;
    row.progressText.clear();
    emitRowChanged(r);
}

void CheckListModel::setProgress(const QString& checkId, qint64 done, qint64 total, const QString& text)
{
    const int r = rowOf(checkId);
    if (r < 0 || !m_rows.at(r).running)
        return;
    QString progress = text;
    if (progress.isEmpty())
        progress = total > 0 ? tr("%1 of %2 done…").arg(done).arg(total) : tr("%1 done…").arg(done);
    m_rows[r].progressText = progress;
    emitRowChanged(r, {SummaryRole, ProgressTextRole, Qt::AccessibleTextRole});
}

void CheckListModel::tick()
{
    for (int r = 0; r < m_rows.size(); ++r) {
        Row& row = m_rows[r];
        if (!row.running)
            continue;
        row.elapsed_ms = row.clock.elapsed();
        emitRowChanged(r, {ElapsedRole});
    }
}

int CheckListModel::rowOf(const QString& checkId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).info.id == checkId)
            return r;
    }
    return -1;
}

CheckInfo CheckListModel::checkInfo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).info : CheckInfo{};
}

Finding CheckListModel::finding(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).finding : Finding{};
}

bool CheckListModel::isRunning(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).running;
}

bool CheckListModel::allFinished() const
{
    for (const Row& row : m_rows) {
        if (row.running || row.finding.verdict == Verdict::NotRun || row.finding.verdict == Verdict::Invalid)
            return false;
    }
    return true;
}

int CheckListModel::count(Verdict verdict) const
{
    int n = 0;
    for (const Row& row : m_rows)
        n += !row.running && row.finding.verdict == verdict ? 1 : 0;
    return n;
}

void CheckListModel::refreshTexts()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, 0));
}

void CheckListModel::emitRowChanged(int row, const QList<int>& roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

} // namespace mars
