// SPDX-License-Identifier: MIT
// Verdict and alert colours readable on light and on high-contrast backgrounds (issue #17):
// readableOn keeps a colour that already stands out and otherwise changes only its lightness.
#include "ReadableColour.h"
#include "VerdictAppearance.h"

#include <QTest>

using namespace mars;

class TestReadableColour : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contrastOfKnownPairs();
    void everyVerdictColourIsReadable_data();
    void everyVerdictColourIsReadable();
    void aReadableColourIsKept();
};

void TestReadableColour::contrastOfKnownPairs()
{
    QVERIFY(qAbs(contrastRatio(Qt::black, Qt::white) - 21.0) < 0.01);
    QVERIFY(qAbs(contrastRatio(Qt::white, Qt::white) - 1.0) < 0.01);
    QVERIFY(qAbs(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.02); // WCAG's own example
}

void TestReadableColour::everyVerdictColourIsReadable_data()
{
    QTest::addColumn<int>("verdict");
    QTest::addColumn<QColor>("background");
    const QList<QPair<const char*, QColor>> backgrounds{{"white", Qt::white},
                                                        {"High Contrast Black", Qt::black},
                                                        {"High Contrast White", Qt::white},
                                                        {"dark grey", QColor(0x20, 0x20, 0x20)},
                                                        {"light grey", QColor(0xf0, 0xf0, 0xf0)}};
    for (Verdict v : {Verdict::Pass, Verdict::Warning, Verdict::Fail, Verdict::Error, Verdict::TimedOut,
                      Verdict::NotApplicable, Verdict::NotRun}) {
        for (const auto& [name, colour] : backgrounds)
            QTest::addRow("%s on %s", qPrintable(verdictId(v)), name) << int(v) << colour;
    }
}

void TestReadableColour::everyVerdictColourIsReadable()
{
    QFETCH(int, verdict);
    QFETCH(QColor, background);
    const QColor original = VerdictAppearance::colour(Verdict(verdict));
    const QColor shown = readableOn(original, background);
    QVERIFY2(contrastRatio(shown, background) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                                                         .arg(shown.name(), background.name())
                                                                         .arg(contrastRatio(shown, background))));
    // Same hue where the colour has one (a grey stays grey).
    if (original.hslSaturationF() > 0.1 && shown != Qt::white && shown != Qt::black)
        QVERIFY2(qAbs(shown.hslHueF() - original.hslHueF()) < 0.02, qPrintable(shown.name() + u' ' + original.name()));
}

void TestReadableColour::aReadableColourIsKept()
{
    const QColor green(0x2e, 0x7d, 0x32);
    QCOMPARE(readableOn(green, Qt::white), green);
    QVERIFY(readableOn(green, Qt::black) != green);
    QVERIFY(readableOn(green, Qt::black).lightnessF() > green.lightnessF());
}

QTEST_MAIN(TestReadableColour)
#include "TestReadableColour.moc"
