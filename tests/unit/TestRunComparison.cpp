// SPDX-License-Identifier: MIT
// The run-to-run comparison (issue #15): after fixes, what was fixed, what still fails and what
// is new since the first run, in the Summary's words and in every report (the JSON with ids and
// verdict ids only).
#include "logging/Redactor.h"
#include "report/HtmlExporter.h"
#include "report/JsonExporter.h"
#include "report/MarkdownExporter.h"
#include "report/ReportWords.h"
#include "report/RunComparison.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mars;

namespace {
Finding finding(const QString& id, Verdict v)
{
    Finding f;
    f.checkId = id;
    f.verdict = v;
    f.summary = QStringLiteral("summary of ") + id;
    return f;
}

QString kindOf(const RunComparison& c, const QString& id)
{
    const auto has = [&](const QList<RunComparison::Item>& list) {
        return std::any_of(list.cbegin(), list.cend(), [&](const RunComparison::Item& i) { return i.checkId == id; });
    };
    if (has(c.fixed))
        return QStringLiteral("fixed");
    if (has(c.stillFailing))
        return QStringLiteral("still");
    if (has(c.appeared))
        return QStringLiteral("new");
    return QStringLiteral("none");
}
} // namespace

class TestRunComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void between_data();
    void between();
    void everyReportCarriesIt();
    void notShownSaysNothing();
};

void TestRunComparison::between_data()
{
    QTest::addColumn<Verdict>("before");
    QTest::addColumn<bool>("ranBefore");
    QTest::addColumn<Verdict>("now");
    QTest::addColumn<QString>("kind");
    QTest::newRow("fail -> pass") << Verdict::Fail << true << Verdict::Pass << "fixed";
    QTest::newRow("warning -> not applicable") << Verdict::Warning << true << Verdict::NotApplicable << "fixed";
    QTest::newRow("error -> pass") << Verdict::Error << true << Verdict::Pass << "fixed";
    QTest::newRow("fail -> fail") << Verdict::Fail << true << Verdict::Fail << "still";
    QTest::newRow("fail -> warning") << Verdict::Fail << true << Verdict::Warning << "still";
    QTest::newRow("timed out -> fail") << Verdict::TimedOut << true << Verdict::Fail << "still";
    QTest::newRow("pass -> fail") << Verdict::Pass << true << Verdict::Fail << "new";
    QTest::newRow("not in the first run -> warning") << Verdict::NotRun << false << Verdict::Warning << "new";
    QTest::newRow("cancelled -> fail") << Verdict::Cancelled << true << Verdict::Fail << "new";
    QTest::newRow("pass -> pass") << Verdict::Pass << true << Verdict::Pass << "none";
    QTest::newRow("fail -> cancelled") << Verdict::Fail << true << Verdict::Cancelled << "none";
}

void TestRunComparison::between()
{
    QFETCH(Verdict, before);
    QFETCH(bool, ranBefore);
    QFETCH(Verdict, now);
    QFETCH(QString, kind);
    const QString id = QStringLiteral("c1");
    QList<Finding> first{finding(QStringLiteral("other"), Verdict::Pass)};
    if (ranBefore)
        first.append(finding(id, before));
    const RunComparison c =
            RunComparison::between(first, {finding(QStringLiteral("other"), Verdict::Pass), finding(id, now)});
    QCOMPARE(kindOf(c, id), kind);
    QCOMPARE(kindOf(c, QStringLiteral("other")), QStringLiteral("none"));
}

void TestRunComparison::everyReportCarriesIt()
{
    Report r;
    r.sessionId = QStringLiteral("s-1");
    r.findings = {finding(QStringLiteral("temp"), Verdict::Pass), finding(QStringLiteral("tls"), Verdict::Fail)};
    r.titles = {{QStringLiteral("temp"), QStringLiteral("Temp folder")},
                {QStringLiteral("tls"), QStringLiteral("TLS 1.2")}};
    r.sinceFirstRun = RunComparison::between(
            {finding(QStringLiteral("temp"), Verdict::Fail), finding(QStringLiteral("tls"), Verdict::Fail)},
            r.findings);
    r.sinceFirstRun.shown = true;

    const QString line = ReportWords::comparisonSummary(r);
    QCOMPARE(line, QStringLiteral("Since the first run: 1 fixed, 1 still failing, 0 new."));
    const Redactor redactor;
    const QString html = QString::fromUtf8(HtmlExporter(redactor).toHtml(r));
    QVERIFY2(html.contains(line.toHtmlEscaped()), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("Temp folder (before: failed, now: passed)")));
    const QString markdown = MarkdownExporter(redactor).toMarkdown(r);
    QVERIFY2(markdown.contains(QLatin1String("Fixed: Temp folder (before: failed, now: passed)")),
             qPrintable(markdown));
    const QString text = TextExporter(redactor).toText(r);
    QVERIFY2(text.contains(QLatin1String("Still failing: TLS 1.2 (failed)")), qPrintable(text));
    const QJsonObject since = QJsonDocument::fromJson(JsonExporter(redactor).toJson(r))
                                      .object()
                                      .value(QLatin1String("sinceFirstRun"))
                                      .toObject();
    QCOMPARE(since.value(QLatin1String("fixed")).toArray().first().toObject().value(QLatin1String("check")).toString(),
             QStringLiteral("temp"));
    QCOMPARE(since.value(QLatin1String("fixed")).toArray().first().toObject().value(QLatin1String("before")).toString(),
             QStringLiteral("fail"));
    QCOMPARE(since.value(QLatin1String("stillFailing")).toArray().size(), 1);
}

void TestRunComparison::notShownSaysNothing()
{
    Report r;
    r.findings = {finding(QStringLiteral("tls"), Verdict::Fail)};
    const Redactor redactor;
    QVERIFY(ReportWords::comparisonSummary(r).isEmpty());
    QVERIFY(!QString::fromUtf8(HtmlExporter(redactor).toHtml(r)).contains(QLatin1String("Since the first run")));
    QVERIFY(!QJsonDocument::fromJson(JsonExporter(redactor).toJson(r))
                     .object()
                     .contains(QLatin1String("sinceFirstRun")));
}

QTEST_GUILESS_MAIN(TestRunComparison)
#include "TestRunComparison.moc"
