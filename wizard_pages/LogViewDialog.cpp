// SPDX-License-Identifier: MIT
#include "LogViewDialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace mars {

LogViewDialog::LogViewDialog(const QStringList& lines, const QString& logFilePath, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("logViewDialog"));
    setWindowTitle(tr("Log of this session"));
    resize(860, 520);

    auto* layout = new QVBoxLayout(this);
    auto* path = new QLabel(logFilePath.isEmpty() ? tr("The log is kept in memory only (no log file).")
                                                  : tr("Log file: %1").arg(logFilePath),
                            this);
    path->setObjectName(QStringLiteral("logFilePathLabel"));
    path->setTextFormat(Qt::PlainText);
    path->setWordWrap(true);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(path);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logTextEdit"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(lines.isEmpty() ? tr("(No log lines yet.)") : lines.join(QLatin1Char('\n')));
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    layout->addWidget(m_text, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy all"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyLogButton"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace mars
