// SPDX-License-Identifier: MIT
#include "StartupError.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

namespace mars {

void reportStartupError(const QString& text)
{
    QTextStream(stderr) << "mars-troubleshooter: " << text << '\n';
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return; // console mode: stderr is where the user looks
    QMessageBox box(QMessageBox::Critical,
                    QCoreApplication::translate("mars::StartupError", "MARS Agent Troubleshooter"), text,
                    QMessageBox::Ok);
    box.setObjectName(QStringLiteral("startupErrorMessageBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse); // a path can be copied from it
    box.exec();
}

} // namespace mars
