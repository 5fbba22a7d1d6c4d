// SPDX-License-Identifier: MIT
// The reports a person reads (issue #15): the self-contained HTML report and the Markdown ticket
// summary say the headline first, list what needs attention worst first by title (never an
// internal id), render numbered remedy steps as a list, escape what a file could plant, load
// nothing from outside, and let no secret through.
#include "engine/FixJournal.h"
#include "logging/Redactor.h"
#include "report/HtmlExporter.h"
#include "report/MarkdownExporter.h"
#include "report/Report.h"
#include "report/ReportWords.h"

#include <QRegularExpression>
#include <QTest>

using namespace mars;

namespace {

const QString kPassphrase = QStringLiteral("Reg1stered Passphrase");
const QString kProxyPassword = QStringLiteral("Pr0xyPass");

Finding finding(const QString& id, Verdict verdict, const QString& summary)
{
    Finding f;
    f.checkId = id;
    f.verdict = verdict;
    f.summary = summary;
    return f;
}

// In catalog order: a pass, a warning, a failure with numbered steps, another pass.
Report sampleReport()
{
    Report r;
    r.sessionId = QStringLiteral("20261206-170000-abcdef");
    r.toolVersion = QStringLiteral("1.0.0");
    r.hostName = QStringLiteral("FS01");
    r.osDescription = QStringLiteral("Windows Server 2019 Standard");
    r.userName = QStringLiteral("CONTOSO\\helpdesk");
    r.goal = QStringLiteral("install");
    r.findings.append(finding(QStringLiteral("admin_membership"), Verdict::Pass, QStringLiteral("You are an admin.")));
    r.findings.append(
            finding(QStringLiteral("clock_skew"), Verdict::Warning, QStringLiteral("The clock is 3 min off.")));
    Finding scratch = finding(QStringLiteral("scratch_registry"), Verdict::Fail,
                              QStringLiteral("The cache folder D:\\Scratch\\<script>x</script> is gone; proxy "
                                             "http://bob:%1@proxy:8080/ and passphrase %2.")
                                      .arg(kProxyPassword, kPassphrase));
    scratch.remedy = QStringLiteral("As administrator: 1. net stop obengine 2. If System State backups run, wait. "
                                    "3. net start obengine");
    scratch.addEvidence(QStringLiteral("scratch"), QStringLiteral("Cache folder"),
                        QStringLiteral("D:\\Microsoft Azure Recovery Services Agent\\Scratch"));
    scratch.fixIds = QStringList{QStringLiteral("repair_scratch_registry")};
    r.findings.append(scratch);
    r.findings.append(finding(QStringLiteral("os_64bit"), Verdict::Pass, QStringLiteral("64-bit.")));
    r.titles = {{QStringLiteral("admin_membership"), QStringLiteral("Administrator rights")},
                {QStringLiteral("clock_skew"), QStringLiteral("Clock accuracy")},
                {QStringLiteral("scratch_registry"), QStringLiteral("Cache location in the registry")},
                {QStringLiteral("os_64bit"), QStringLiteral("64-bit Windows")},
                {QStringLiteral("repair_scratch_registry"), QStringLiteral("Repair the cache location")}};

    JournalEntry applied;
    applied.sessionId = r.sessionId;
    applied.fixId = QStringLiteral("repair_scratch_registry");
    applied.result = fixResultId(FixResult::Applied);
    applied.summary = QStringLiteral("Set ScratchLocation.");
    JournalEntry undone = applied;
    undone.undoes = QStringLiteral("e1");
    undone.summary = QStringLiteral("Put ScratchLocation back.");
    r.fixes = {applied, undone};
    return r;
}

std::shared_ptr<Redactor> redactor()
{
    auto r = std::make_shared<Redactor>();
    r->addSecret(kPassphrase);
    return r;
}

} // namespace

class TestDocumentReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void remedySteps_data();
    void remedySteps();
    void headline_data();
    void headline();
    void htmlIsSelfContainedAndAttentionFirst();
    void htmlEscapesAndRedacts();
    void markdownTicket();
};

void TestDocumentReports::remedySteps_data()
{
    QTest::addColumn<QString>("remedy");
    QTest::addColumn<QString>("intro");
    QTest::addColumn<QStringList>("steps");

    QTest::newRow("intro and three steps")
            << QStringLiteral("Do this: 1. net stop obengine 2. If System State runs, wait. 3. net start obengine")
            << QStringLiteral("Do this:")
            << QStringList{QStringLiteral("net stop obengine"), QStringLiteral("If System State runs, wait."),
                           QStringLiteral("net start obengine")};
    QTest::newRow("steps only") << QStringLiteral("1. a 2. b") << QString()
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("a lone 1. is no list")
            << QStringLiteral("Step 1. only") << QStringLiteral("Step 1. only") << QStringList{};
    QTest::newRow("a version number is no step")
            << QStringLiteral("Install .NET 4.8. Then run 1. again")
            << QStringLiteral("Install .NET 4.8. Then run 1. again") << QStringList{};
    QTest::newRow("out of order: 1 and 3")
            << QStringLiteral("1. a 3. b") << QStringLiteral("1. a 3. b") << QStringList{};
    QTest::newRow("a stray 5. inside a step")
            << QStringLiteral("1. wait 5. minutes 2. retry") << QString()
            << QStringList{QStringLiteral("wait 5. minutes"), QStringLiteral("retry")};
    QTest::newRow("empty") << QString() << QString() << QStringList{};
}

void TestDocumentReports::remedySteps()
{
    QFETCH(QString, remedy);
    QFETCH(QString, intro);
    QFETCH(QStringList, steps);
    const RemedySteps got = RemedySteps::split(remedy);
    QCOMPARE(got.intro, intro);
    QCOMPARE(got.steps, steps);
}

void TestDocumentReports::headline_data()
{
    QTest::addColumn<QList<Verdict>>("verdicts");
    QTest::addColumn<QString>("starts");

    QTest::newRow("all pass") << QList<Verdict>{Verdict::Pass, Verdict::NotApplicable}
                              << QStringLiteral("This server passed every check");
    QTest::newRow("a warning") << QList<Verdict>{Verdict::Pass, Verdict::Warning}
                               << QStringLiteral("The server can probably go ahead");
    QTest::newRow("a failure after a warning")
            << QList<Verdict>{Verdict::Warning, Verdict::Fail} << QStringLiteral("The server is not ready");
    QTest::newRow("nothing ran") << QList<Verdict>{} << QStringLiteral("No check ran");
}

void TestDocumentReports::headline()
{
    QFETCH(QList<Verdict>, verdicts);
    QFETCH(QString, starts);
    Report r;
    for (qsizetype i = 0; i < verdicts.size(); ++i) {
        const QString id = QStringLiteral("check_%1").arg(i);
        r.findings.append(finding(id, verdicts.at(i), QStringLiteral("s")));
        r.titles.insert(id, QStringLiteral("Title %1").arg(i));
    }
    const QString got = ReportWords::headline(r);
    QVERIFY2(got.startsWith(starts), qPrintable(got));
    // The most important step names the worst check by its title.
    if (verdicts.contains(Verdict::Fail))
        QVERIFY2(got.contains(QStringLiteral("\"Title %1\"").arg(verdicts.indexOf(Verdict::Fail))), qPrintable(got));
}

void TestDocumentReports::htmlIsSelfContainedAndAttentionFirst()
{
    const Report r = sampleReport();
    const QString html = QString::fromUtf8(HtmlExporter(*redactor()).toHtml(r));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<meta charset=\"utf-8\">")));
    // Nothing loads from elsewhere: no script, no link, no image, no url().
    for (const char* outside : {"<script", "<link", "<img", "src=", "href=", "url(", "@import"})
        QVERIFY2(!html.contains(QLatin1String(outside), Qt::CaseInsensitive), outside);
    QVERIFY(html.contains(r.sessionId));
    QVERIFY(html.contains(ReportWords::headline(r).toHtmlEscaped()));

    // The failure comes before the warning, and both before the passed list.
    const qsizetype failure = html.indexOf(QLatin1String("Cache location in the registry"));
    const qsizetype warning = html.indexOf(QLatin1String("Clock accuracy"));
    const qsizetype passed = html.indexOf(QLatin1String("Administrator rights"));
    QVERIFY(failure > 0 && warning > failure && passed > warning);
    // Titles, never the ids.
    for (const QString& id : r.titles.keys())
        QVERIFY2(!html.contains(id), qPrintable(id));
    // Remedy steps as a numbered list of three.
    QCOMPARE(html.count(QLatin1String("<li>net stop obengine</li>")), 1);
    QVERIFY(html.contains(QLatin1String("<ol>\n<li>")));
    // A path breaks only after a separator.
    QVERIFY(html.contains(QLatin1String("D:\\<wbr>Microsoft Azure Recovery Services Agent\\<wbr>Scratch")));
    // An undo says so, instead of a second "applied".
    QVERIFY(html.contains(QLatin1String("Undone: Repair the cache location")));
}

void TestDocumentReports::htmlEscapesAndRedacts()
{
    const QString html = QString::fromUtf8(HtmlExporter(*redactor()).toHtml(sampleReport()));
    QVERIFY(!html.contains(QLatin1String("<script>x")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;x")));
    QVERIFY(!html.contains(kProxyPassword));
    QVERIFY(!html.contains(kPassphrase));
    QVERIFY(!html.contains(QLatin1String("Reg1stered")));
}

void TestDocumentReports::markdownTicket()
{
    const Report r = sampleReport();
    const QString md = MarkdownExporter(*redactor()).toMarkdown(r);
    QVERIFY(md.startsWith(QLatin1String("**MARS agent troubleshooter**")));
    QVERIFY(md.contains(QStringLiteral("`%1`").arg(r.sessionId)));
    QVERIFY(!md.contains(kProxyPassword));
    QVERIFY(!md.contains(QLatin1String("Reg1stered")));
    // Backslashes and angle brackets escaped: the path shows as written, no HTML gets through.
    QVERIFY2(md.contains(QLatin1String("D:\\\\Scratch\\\\\\<script\\>")), qPrintable(md));
    // Worst first, steps numbered on their own lines.
    QVERIFY(md.indexOf(QLatin1String("Cache location in the registry")) < md.indexOf(QLatin1String("Clock accuracy")));
    QVERIFY2(md.contains(QLatin1String("\n  1. net stop obengine\n  2. If System State")), qPrintable(md));
    QVERIFY(md.contains(QLatin1String("**Undone: Repair the cache location**")));
    for (const QString& id : r.titles.keys())
        QVERIFY2(!md.contains(id), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestDocumentReports)
#include "TestDocumentReports.moc"
