// SPDX-License-Identifier: MIT
#pragma once

#include "report/SupportBundle.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QFileDialog;
class QLabel;
class QPushButton;
class QThreadPool;
class QTreeWidget;

namespace mars {

class Redactor;

// "Support bundle…" on the Summary page (issue #15): collects the bundle on a worker
// (SupportBundle::collect), shows every file that will go into the zip, its size, what it is and
// where it came from, and what is missing and why, before anything is written; "Save bundle…"
// then asks where and writes the zip on a worker. Object names: supportBundleDialog,
// bundleFileList, bundleStatusLabel, bundleNotesLabel, saveBundleButton, saveBundleFileDialog,
// bundleSaveFailedMessageBox.
class SupportBundleDialog : public QDialog
{
    Q_OBJECT
public:
    // `shown` is what the screen shows of a text (the Redactor, and presenter mode's masking);
    // the bundle itself keeps names and paths, as the saved report does.
    SupportBundleDialog(SupportBundleSources sources, std::shared_ptr<const Redactor> redactor,
                        std::function<QString(const QString&)> shown, QThreadPool* pool, QWidget* parent = nullptr);
    ~SupportBundleDialog() override;

Q_SIGNALS:
    void bundleSaved(const QString& filePath, int fileCount);

private:
    void showBundle();
    void chooseFile();
    void writeBundle(const QString& filePath);

    std::shared_ptr<const Redactor> m_redactor;
    std::function<QString(const QString&)> m_shown;
    QThreadPool* m_pool;
    CancelToken m_cancel;
    SupportBundle m_bundle;
    QFutureWatcher<SupportBundle>* m_collectWatcher = nullptr;
    QFutureWatcher<QString>* m_writeWatcher = nullptr;
    QFileDialog* m_fileDialog = nullptr;

    QLabel* m_status = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_notes = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace mars
