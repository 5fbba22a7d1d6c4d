// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/CheckInfo.h"
#include "engine/Finding.h"
#include "engine/FixJournal.h"
#include "logging/ScreenText.h"

#include <QWidget>

#include <memory>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QScrollArea;
class QTableWidget;

namespace mars {

// The details of the selected check (objectName "detailPanel"): status, the plain summary,
// what to do, one button per fix the finding offers (objectName "fixButton_<fixId>", text from
// the catalog's FixInfo::title), the technical detail and evidence for second-line support, and
// the documentation link (opened with QDesktopServices). Below the fix buttons, one
// "Undo: <fix title>" button (objectName "undoButton_<fixId>") per journal entry of this check
// that can still be undone. A finding with a block for the network team shows it under "For the
// network team" (objectName "networkTeamLabel") with a copy button ("copyNetworkTeamButton"),
// both through the session's ScreenText (Redactor, presenter mode). It only displays; fixes and undos are started by
// whoever listens to fixRequested() / undoRequested().
class CheckDetailPanel : public QWidget
{
    Q_OBJECT
public:
    CheckDetailPanel(std::shared_ptr<const CheckCatalog> catalog, std::shared_ptr<const ScreenText> screen,
                     QWidget* parent = nullptr);

    enum class Activity : quint8 { Idle = 1, Running };
    void showCheck(const CheckInfo& info, const Finding& finding, Activity activity,
                   const QList<JournalEntry>& undoable = {});
    void showNothing();
    QString shownCheckId() const { return m_checkId; }
    // Non-empty: fix and undo buttons are shown disabled, `reason` as their tooltip (the fix
    // journal cannot be written). Takes effect at the next showCheck().
    void setFixesDisabledReason(const QString& reason) { m_fixesDisabledReason = reason; }
    // A (redacted) remedy as the panel shows it: numbered steps (RemedySteps) as an HTML
    // numbered list below their introduction, everything escaped; empty when the remedy has no
    // numbered steps (then it is shown as plain text).
    static QString remedyStepsHtml(const QString& remedy);

Q_SIGNALS:
    void fixRequested(const QString& fixId);
    void undoRequested(const mars::JournalEntry& entry);

private:
    void rebuildFixButtons(const Finding& finding, Activity activity, const QList<JournalEntry>& undoable);
    void disableWhenNoJournal(QPushButton* button) const;
    void openLink(const QString& link);
    void copyNetworkTeam();
    QString shown(const QString& text) const;

    std::shared_ptr<const CheckCatalog> m_catalog;
    std::shared_ptr<const ScreenText> m_screen;
    QString m_checkId;
    QString m_fixesDisabledReason;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_glyph = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_remedyTitle = nullptr;
    QLabel* m_remedy = nullptr;
    QWidget* m_fixRow = nullptr;
    QWidget* m_networkTeam = nullptr; // title, block and copy button
    QLabel* m_networkTeamText = nullptr;
    QHBoxLayout* m_fixLayout = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_detail = nullptr;
    QTableWidget* m_evidence = nullptr;
    QLabel* m_docLink = nullptr;
};

} // namespace mars
