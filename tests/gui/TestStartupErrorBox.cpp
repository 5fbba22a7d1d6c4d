// SPDX-License-Identifier: MIT
// A start-up error in wizard mode is a message box (issue #13): the Windows executable is a GUI
// program, so stderr alone reaches nobody who double-clicked it. Found by objectName and closed
// by a timer, so the modal box cannot block the test.
#include "StartupError.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

class TestStartupErrorBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheSentenceInABox();
};

void TestStartupErrorBox::showsTheSentenceInABox()
{
    const QString sentence = QStringLiteral("The scenario file /x/broken.json cannot be used: line 3 is not JSON.");
    QString shown;
    int polls = 0;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (++polls > 500) { // 10 s: fail rather than hang the suite
            poll.stop();
            for (QWidget* w : QApplication::topLevelWidgets())
                w->close();
            return;
        }
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box || box->objectName() != QLatin1String("startupErrorMessageBox") || !box->isVisible())
                continue;
            shown = box->text();
            QCOMPARE(box->icon(), QMessageBox::Critical);
            poll.stop();
            box->button(QMessageBox::Ok)->click();
        }
    });
    poll.start();
    mars::reportStartupError(sentence); // returns once the box is closed
    QVERIFY2(polls <= 500, "the box never appeared");
    QCOMPARE(shown, sentence);
}

QTEST_MAIN(TestStartupErrorBox)
#include "TestStartupErrorBox.moc"
