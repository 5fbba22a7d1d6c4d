// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckCatalog.h"
#include "engine/CheckInputs.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace mars {

// "I got this error" on the Welcome page: a field for the error the customer saw (an ID such as
// 34513, a code such as 0x1FC07, or pasted text; objectName "reportedErrorLineEdit") and, under it,
// what the tool makes of it in plain words ("reportedErrorMatchLabel"): the matched message and
// its meaning, how many checks will run first — or that the text is unknown and every check runs.
// Matching is string work on the catalog's table (engine/KnownError), done as the user types.
class ReportedErrorField : public QWidget
{
    Q_OBJECT
public:
    ReportedErrorField(std::shared_ptr<const CheckCatalog> catalog, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    // The goal decides which phase runs; an error of the other phase gets a hint to change it.
    void setGoal(Goal goal);
    QString matchText() const;

Q_SIGNALS:
    void textChanged(const QString& text);

private:
    void showMatch();

    std::shared_ptr<const CheckCatalog> m_catalog;
    Goal m_goal = Goal::Install;
    QLineEdit* m_edit = nullptr;
    QLabel* m_match = nullptr;
};

} // namespace mars
