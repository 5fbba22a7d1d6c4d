// SPDX-License-Identifier: MIT
// Layout that survives translation (issue #17): with a pseudo-locale installed (every text of the
// program 40 % longer, its letters accented, placeholders, markup and mnemonics kept), the wizard
// walks both phases to the Summary and opens every fix dialog of broken-install.json; on every
// page and dialog no visible button is narrower than its text and no visible label is cut: a
// label that does not wrap is as wide as its text, a wrapping one as tall as its text at its width.
#include "EveryFixDialog.h"
#include "SummaryWizard.h"
#include "TroubleshooterWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace mars;
using namespace mars::guitest;

namespace {
// Every text of the program (contexts mars::… and the catalog's classes), not Qt's own.
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!source || !*source || (context && QByteArray(context).startsWith("Q")))
            return {};
        return pseudo(QString::fromUtf8(source));
    }

    // Letters accented outside placeholders (%1, %L2, %n), tags and entities; then 40 % more.
    static QString pseudo(const QString& text)
    {
        static const QString plain = QStringLiteral("aeiouycnAEIOUYCN");
        static const QString accented = QStringLiteral("áéíóúýçñÁÉÍÓÚÝÇÑ");
        QString out;
        out.reserve(text.size() * 2);
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == u'%' && i + 1 < text.size()) { // a placeholder stays whole
                qsizetype end = i + 1;
                if (text.at(end) == u'L')
                    ++end;
                while (end < text.size() && (text.at(end).isDigit() || text.at(end) == u'n'))
                    ++end;
                out += text.mid(i, end - i);
                i = end - 1;
            } else if (c == u'<' || c == u'&') { // a tag or an entity stays whole
                const QChar close = c == u'<' ? u'>' : u';';
                const qsizetype end = text.indexOf(close, i);
                const bool entity = c == u'&' && end > i && end - i < 10;
                if (c == u'<' && end > i) {
                    out += text.mid(i, end - i + 1);
                    i = end;
                } else if (entity) {
                    out += text.mid(i, end - i + 1);
                    i = end;
                } else {
                    out += c; // a mnemonic's &
                }
            } else {
                const qsizetype k = plain.indexOf(c);
                out += k >= 0 ? accented.at(k) : c;
            }
        }
        const int extra = int(text.size() * 4 / 10);
        return extra > 0 ? out + QLatin1Char(' ') + QString(extra, QChar(u'~')) : out;
    }
};

QString describe(const QWidget* w, const QString& text)
{
    return QStringLiteral("%1 \"%2\" (%3)")
            .arg(QLatin1String(w->metaObject()->className()), w->objectName(), text.left(60));
}

// Visible buttons narrower than their text, visible labels cut.
QStringList clipped(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (!button->text().isEmpty() && button->width() < button->sizeHint().width())
                found.append(describe(w, button->text())
                             + QStringLiteral(": %1 px of %2").arg(button->width()).arg(button->sizeHint().width()));
        } else if (auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty() || label->pixmap().isNull() == false)
                continue;
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height() + 1)
                    found.append(describe(w, label->text())
                                 + QStringLiteral(": %1 px high, needs %2").arg(label->height()).arg(needed));
            } else if (label->width() < label->minimumSizeHint().width()) {
                found.append(describe(w, label->text())
                             + QStringLiteral(": %1 px wide, needs %2")
                                       .arg(label->width())
                                       .arg(label->minimumSizeHint().width()));
            }
        }
    }
    return found;
}
} // namespace

class TestPseudoLocaleLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pseudoTextKeepsPlaceholdersAndMarkup();
    void everyPageFits();
    void everyFixDialogFits();

private:
    PseudoTranslator m_pseudo;
};

void TestPseudoLocaleLayout::initTestCase()
{
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
}

void TestPseudoLocaleLayout::cleanupTestCase()
{
    QCoreApplication::removeTranslator(&m_pseudo);
}

void TestPseudoLocaleLayout::pseudoTextKeepsPlaceholdersAndMarkup()
{
    const QString out = PseudoTranslator::pseudo(QStringLiteral("<b>Save</b> %1 of %L2 &amp; %n &Next"));
    QVERIFY2(out.startsWith(QStringLiteral("<b>Sávé</b> %1 óf %L2 &amp; %n &Ñéxt")), qPrintable(out));
    QVERIFY(out.size() > 40);
}

void TestPseudoLocaleLayout::everyPageFits()
{
    QStringList problems;
    // The Welcome page, with the registration goal's fields shown.
    {
        ScenarioWizard opened;
        QString why;
        QVERIFY2(opened.open("healthy-server.json", &why), qPrintable(why));
        opened.wizard->currentPage()->findChild<QRadioButton*>(QStringLiteral("goalRegisterRadioButton"))->click();
        QCoreApplication::processEvents();
        for (const QString& p : clipped(opened.wizard.get()))
            problems.append(QStringLiteral("Welcome: ") + p);
    }
    SummaryWizard walked; // healthy-server.json, both phases, to the Summary
    QString why;
    QVERIFY2(walked.open(&why), qPrintable(why));
    for (const char* page : {"Summary", "registration checks", "installation checks"}) {
        for (const QString& p : clipped(walked.wizard.get()))
            problems.append(QLatin1String(page) + QStringLiteral(": ") + p);
        walked.wizard->back();
        QCoreApplication::processEvents();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

void TestPseudoLocaleLayout::everyFixDialogFits()
{
    ScenarioWizard opened;
    QString why;
    QVERIFY2(opened.open("broken-install.json", &why), qPrintable(why));
    QVERIFY(opened.nextAndWait());
    QStringList problems;
    const int dialogs = forEveryFixDialog(
            *opened.wizard,
            [&](int row) {
                for (const QString& p : clipped(opened.wizard.get()))
                    problems.append(QStringLiteral("check row %1: ").arg(row) + p);
            },
            [&](const QString& fixId, FixDialog* dialog) {
                for (const QString& p : clipped(dialog))
                    problems.append(QStringLiteral("fix %1: ").arg(fixId) + p);
            },
            &why);
    QVERIFY2(dialogs >= 3, qPrintable(QString::number(dialogs) + u' ' + why));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n") + problems.join(u'\n')));
}

// A 1920x1200 screen, a common size of a server's console or remote desktop: the offscreen
// platform's default (800x600) is smaller than the wizard, so every window would be squeezed.
int main(int argc, char* argv[])
{
    QTemporaryDir config;
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const bool offscreen = platform.isEmpty() || platform == "offscreen";
    if (offscreen) {
        QFile file(config.filePath(QStringLiteral("screen.json")));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(R"({"screens": [{"name": "console", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                       < 0)
            return 1;
        file.close();
        // A name relative to the current folder: the platform string is split at ':', so a Windows
        // path ("C:/...") cannot be given. The plugin reads the file while QApplication is made.
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=screen.json");
    }
    const QString before = QDir::currentPath();
    if (offscreen)
        QDir::setCurrent(config.path());
    QApplication app(argc, argv);
    QDir::setCurrent(before);
    TestPseudoLocaleLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestPseudoLocaleLayout.moc"
