// SPDX-License-Identifier: MIT
#include "SupportBundleDialog.h"

#include "ScaledFont.h"
#include "WrappingLabel.h"
#include "WrappingRowDelegate.h"
#include "logging/Redactor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mars {

SupportBundleDialog::SupportBundleDialog(SupportBundleSources sources, std::shared_ptr<const Redactor> redactor,
                                         std::function<QString(const QString&)> shown, QThreadPool* pool,
                                         QWidget* parent)
    : QDialog(parent)
    , m_redactor(std::move(redactor))
    , m_shown(std::move(shown))
    , m_pool(pool)
{
    setObjectName(QStringLiteral("supportBundleDialog"));
    setWindowTitle(tr("Support bundle"));
    // A dialog is a window of its own: presenter mode's larger text must reach it, and the
    // window grows with it (bounded to the screen) so the list keeps its rows in view.
    setAttribute(Qt::WA_WindowPropagation);
    if (parent)
        setFont(parent->font());
    const qreal scale = qMax<qreal>(1.0, font().pointSizeF() / QApplication::font().pointSizeF());
    QSize size = (QSizeF(820, 520) * scale).toSize();
    if (const QScreen* screen = parent ? parent->screen() : nullptr)
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);

    auto* layout = new QVBoxLayout(this);
    QLabel* heading = wrappingLabel(this, QStringLiteral("bundleHeadingLabel"));
    heading->setText(tr("One zip file for second-line support"));
    keepScaledFont(heading, 1.2);
    layout->addWidget(heading);
    QLabel* intro = wrappingLabel(this, QStringLiteral("bundleIntroLabel"));
    intro->setText(tr("These files go into the zip. Passwords, keys, certificates and tokens are replaced by "
                      "[REDACTED]; names and paths stay, as in the saved report, so send the bundle only to your "
                      "support team or to Microsoft. Nothing is written until you choose where."));
    layout->addWidget(intro);

    m_status = wrappingLabel(this, QStringLiteral("bundleStatusLabel"));
    m_status->setText(tr("Collecting the files…"));
    layout->addWidget(m_status);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bundleFileList"));
    m_list->setHeaderLabels({tr("File"), tr("Size"), tr("What it is, and where it comes from")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformRowHeights(false);
    m_list->setItemDelegate(new WrappingRowDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_list->header(), &QHeaderView::sectionResized, m_list,
            [tree = m_list] { QTimer::singleShot(0, tree, [tree] { tree->doItemsLayout(); }); });
    layout->addWidget(m_list, 1);

    m_notes = wrappingLabel(this, QStringLiteral("bundleNotesLabel"));
    m_notes->hide();
    layout->addWidget(m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Save bundle…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveBundleButton"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &SupportBundleDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The worker gets its own copies: closing the dialog cancels it and drops its result.
    m_collectWatcher = new QFutureWatcher<SupportBundle>(this);
    connect(m_collectWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_bundle = m_collectWatcher->result();
        m_collectWatcher->deleteLater();
        m_collectWatcher = nullptr;
        showBundle();
    });
    m_collectWatcher->setFuture(
            QtConcurrent::run(m_pool, [sources = std::move(sources), redactor = m_redactor, cancel = m_cancel] {
                return SupportBundle::collect(sources, *redactor, cancel);
            }));
}

SupportBundleDialog::~SupportBundleDialog()
{
    m_cancel.cancel();
    if (m_collectWatcher)
        m_collectWatcher->disconnect(this);
    if (m_writeWatcher)
        m_writeWatcher->disconnect(this);
}

void SupportBundleDialog::showBundle()
{
    m_status->setText(tr("%n file(s), %1 before compression, and manifest.txt, which lists them.", nullptr,
                         int(m_bundle.files.size()))
                              .arg(SupportBundle::sizeText(m_bundle.totalBytes())));
    m_list->clear();
    for (const BundleFile& file : std::as_const(m_bundle.files)) {
        QString from;
        if (file.source.isEmpty())
            from = tr("made by this tool for this session");
        else if (file.tail)
            from = tr("the last %1 of %2 (%3)")
                           .arg(SupportBundle::sizeText(SupportBundle::kTailBytes), file.source,
                                SupportBundle::sizeText(file.sourceBytes));
        else
            from = file.source;
        auto* item = new QTreeWidgetItem(
                m_list, {file.name, SupportBundle::sizeText(file.data.size()), m_shown(file.about + u'\n' + from)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignTop);
        item->setTextAlignment(0, Qt::AlignLeft | Qt::AlignTop);
        item->setTextAlignment(2, Qt::AlignLeft | Qt::AlignTop);
    }
    if (!m_bundle.notes.isEmpty()) {
        QStringList lines{tr("Not included:")};
        for (const QString& note : std::as_const(m_bundle.notes))
            lines.append(QStringLiteral("• ") + m_shown(note));
        m_notes->setText(lines.join(u'\n'));
        m_notes->show();
    }
    m_save->setEnabled(true);
    m_save->setDefault(true);
    m_save->setFocus();
}

void SupportBundleDialog::chooseFile()
{
    if (!m_fileDialog) {
        m_fileDialog = new QFileDialog(this, tr("Save the support bundle"));
        m_fileDialog->setObjectName(QStringLiteral("saveBundleFileDialog"));
        m_fileDialog->setAcceptMode(QFileDialog::AcceptSave);
        m_fileDialog->setNameFilter(tr("Zip archive (*.zip)"));
        m_fileDialog->setDefaultSuffix(QStringLiteral("zip"));
        m_fileDialog->selectFile(SupportBundle::defaultFileName(m_bundle.sessionId));
        connect(m_fileDialog, &QFileDialog::fileSelected, this, &SupportBundleDialog::writeBundle);
    }
    m_fileDialog->open();
}

void SupportBundleDialog::writeBundle(const QString& filePath)
{
    if (m_writeWatcher)
        return; // one write at a time
    m_save->setEnabled(false);
    m_status->setText(tr("Writing the support bundle…"));
    m_writeWatcher = new QFutureWatcher<QString>(this);
    connect(m_writeWatcher, &QFutureWatcherBase::finished, this, [this, filePath] {
        const QString error = m_writeWatcher->result();
        m_writeWatcher->deleteLater();
        m_writeWatcher = nullptr;
        if (error.isEmpty()) {
            Q_EMIT bundleSaved(filePath, int(m_bundle.files.size()) + 1);
            accept();
            return;
        }
        m_save->setEnabled(true);
        m_status->setText(m_shown(error));
        auto* box = new QMessageBox(
                QMessageBox::Warning, tr("The support bundle was not saved"),
                m_shown(tr("The support bundle could not be saved to %1.").arg(QDir::toNativeSeparators(filePath))),
                QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("bundleSaveFailedMessageBox"));
        box->setInformativeText(
                m_shown(tr("%1\nChoose another folder (one this account may write to) and save again.").arg(error)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_writeWatcher->setFuture(QtConcurrent::run(m_pool, [bundle = m_bundle, filePath] {
        QString error;
        if (!bundle.write(filePath, &error) && error.isEmpty())
            error = SupportBundleDialog::tr("Could not save the support bundle.");
        return error;
    }));
}

} // namespace mars
