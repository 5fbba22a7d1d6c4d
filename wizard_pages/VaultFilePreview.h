// SPDX-License-Identifier: MIT
#pragma once

#include "WizardSession.h"
#include "engine/Finding.h"
#include "engine/WorkerPool.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <memory>

class QLabel;

namespace mars {

// Under the Welcome page's file field: as soon as a vault credentials file is chosen (typed,
// browsed or dropped), its place and contents are checked on a worker with the catalog's own
// vaultcred_file_location and vaultcred_parse checks, and the vault, resource group, region,
// subscription and tenant it names are shown (objectName "vaultPreviewLabel"), or the rule it
// breaks. A newer choice supersedes a check still running; nothing here blocks the GUI thread.
class VaultFilePreview : public QWidget
{
    Q_OBJECT
public:
    VaultFilePreview(const WizardSession& session, QWidget* parent = nullptr);
    ~VaultFilePreview() override;

    void check(const QString& path);
    QString text() const;
    // Shows the latest result again through the session's ScreenText (presenter mode changed).
    void refreshText();

Q_SIGNALS:
    void checked(); // the label shows the result for the latest path

private:
    void show(const QList<Finding>& findings);

    const WizardSession m_session;
    std::unique_ptr<WorkerPool> m_pool = std::make_unique<WorkerPool>(this, 1);
    QFutureWatcher<QList<Finding>>* m_watcher = nullptr;
    quint64 m_generation = 0;
    QLabel* m_label = nullptr;
    QString m_rawText; // before ScreenText
};

} // namespace mars
