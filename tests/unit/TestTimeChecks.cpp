// SPDX-License-Identifier: MIT
// E2 time_zone_sanity over a table of zones and country settings: a zone not used in the
// server's country is a warning naming both, UTC and matching zones pass, an unknown country or
// zone asks the tech to confirm, an unreadable clock is Error, and off Windows NotApplicable.
// E3 w32time_service over service states and sync types, and its start_time_service fix.
#include "ForwardingSystem.h"
#include "InstallCheckTestSupport.h"
#include "catalog/time/StartTimeServiceFix.h"
#include "catalog/time/TimeZoneSanityCheck.h"
#include "catalog/time/W32TimeServiceCheck.h"
#include "system/NativeSystem.h"

#include <QTest>

using namespace mars;
using namespace mars::test;

namespace {
QStringList strings(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}
QString everything(const Finding& f)
{
    QString text = f.summary + QLatin1Char('\n') + f.detail + QLatin1Char('\n') + f.remedy;
    for (const Evidence& e : f.evidence)
        text += QLatin1Char('\n') + e.label + QStringLiteral(" = ") + e.value;
    return text;
}
} // namespace

class TestTimeChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeZone_data();
    void timeZone();
    void offsetText_data();
    void offsetText();
    void windowsZoneId();
    void clockUnreadable();
    void notWindows();
    void w32time_data();
    void w32time();
    void startTimeService();
};

void TestTimeChecks::timeZone_data()
{
    QTest::addColumn<QByteArray>("clock");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("mentions"); // in the summary
    QTest::addColumn<QStringList>("evidence"); // anywhere in the finding

    QTest::newRow("Pacific in the Netherlands")
            << QByteArray(R"({"timeZoneId": "Pacific Standard Time", "utcOffsetMinutes": -480, "region": "NL"})")
            << Verdict::Warning << strings({"Pacific Standard Time", "UTC-08:00", "not used in Netherlands"})
            << strings({"tzutil /s", "Netherlands (NL)", "Offset from UTC now = UTC-08:00"});
    QTest::newRow("W. Europe in the Netherlands")
            << QByteArray(R"({"timeZoneId": "W. Europe Standard Time", "utcOffsetMinutes": 60, "region": "NL"})")
            << Verdict::Pass << strings({"W. Europe Standard Time", "UTC+01:00", "used in Netherlands"})
            << strings({"Time zone = W. Europe Standard Time"});
    QTest::newRow("IANA name (POSIX host) in Germany")
            << QByteArray(R"({"timeZoneId": "Europe/Berlin", "utcOffsetMinutes": 60, "region": "DE"})") << Verdict::Pass
            << strings({"Europe/Berlin", "used in Germany"}) << QStringList();
    QTest::newRow("one of several US zones")
            << QByteArray(R"({"timeZoneId": "Eastern Standard Time", "utcOffsetMinutes": -300, "region": "US"})")
            << Verdict::Pass << strings({"Eastern Standard Time", "UTC-05:00", "United States"}) << QStringList();
    QTest::newRow("half-hour offset in India")
            << QByteArray(R"({"timeZoneId": "India Standard Time", "utcOffsetMinutes": 330, "region": "IN"})")
            << Verdict::Pass << strings({"UTC+05:30", "India"}) << QStringList();
    QTest::newRow("Tokyo in Germany") << QByteArray(
            R"({"timeZoneId": "Tokyo Standard Time", "utcOffsetMinutes": 540, "region": "DE"})")
                                      << Verdict::Warning
                                      << strings({"Tokyo Standard Time", "UTC+09:00", "not used in Germany"})
                                      << QStringList();
    QTest::newRow("UTC is a server's choice")
            << QByteArray(R"({"timeZoneId": "UTC", "utcOffsetMinutes": 0, "region": "NL"})") << Verdict::Pass
            << strings({"UTC"}) << strings({"Netherlands (NL)"});
    QTest::newRow("country not set") << QByteArray(
            R"({"timeZoneId": "Pacific Standard Time", "utcOffsetMinutes": -480})")
                                     << Verdict::Pass << strings({"Pacific Standard Time", "Confirm with the customer"})
                                     << strings({"Country or region setting = not set"});
    QTest::newRow("zone unknown to CLDR")
            << QByteArray(R"({"timeZoneId": "Contoso Custom Time", "utcOffsetMinutes": 60, "region": "NL"})")
            << Verdict::Pass << strings({"Contoso Custom Time", "Confirm with the customer"}) << QStringList();
    QTest::newRow("fixed-offset zone in the Netherlands")
            << QByteArray(R"({"timeZoneId": "UTC-08", "utcOffsetMinutes": -480, "region": "NL"})") << Verdict::Warning
            << strings({"UTC-08", "not used in Netherlands"}) << QStringList();
}

void TestTimeChecks::timeZone()
{
    QFETCH(QByteArray, clock);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, evidence);
    const QByteArray patch = R"({"clock": )" + clock.left(clock.size() - 1) + R"(, "utc": "2024-05-01T09:30:00Z"}})";
    const Finding f = TimeZoneSanityCheck().run(contextOf(scenario(patch), Goal::Register));
    QCOMPARE(f.verdict, verdict);
    for (const QString& m : mentions)
        QVERIFY2(f.summary.contains(m), qPrintable(f.summary + u" lacks " + m));
    const QString all = everything(f);
    for (const QString& m : evidence)
        QVERIFY2(all.contains(m), qPrintable(all + u"\nlacks " + m));
    QVERIFY(all.contains(QStringLiteral("UTC time (this server's clock) = 2024-05-01T09:30:00Z")));
    if (verdict == Verdict::Warning)
        QVERIFY(!f.remedy.isEmpty());
}

void TestTimeChecks::offsetText_data()
{
    QTest::addColumn<int>("offset_s");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << 0 << QStringLiteral("UTC+00:00");
    QTest::newRow("west") << -8 * 3600 << QStringLiteral("UTC-08:00");
    QTest::newRow("half hour") << 5 * 3600 + 1800 << QStringLiteral("UTC+05:30");
    QTest::newRow("quarter, west") << -(9 * 3600 + 1800) << QStringLiteral("UTC-09:30");
    QTest::newRow("Chatham") << 12 * 3600 + 2700 << QStringLiteral("UTC+12:45");
    QTest::newRow("Kiribati") << 14 * 3600 << QStringLiteral("UTC+14:00");
}

void TestTimeChecks::offsetText()
{
    QFETCH(int, offset_s);
    QFETCH(QString, text);
    QCOMPARE(TimeZoneSanityCheck::offsetText(offset_s), text);
}

void TestTimeChecks::windowsZoneId()
{
    QCOMPARE(TimeZoneSanityCheck::windowsZoneId(QStringLiteral("W. Europe Standard Time")),
             QByteArray("W. Europe Standard Time"));
    QCOMPARE(TimeZoneSanityCheck::windowsZoneId(QStringLiteral("Europe/Amsterdam")),
             QByteArray("W. Europe Standard Time"));
    QCOMPARE(TimeZoneSanityCheck::windowsZoneId(QStringLiteral("Etc/UTC")), QByteArray("UTC"));
    QVERIFY(TimeZoneSanityCheck::windowsZoneId(QStringLiteral("Contoso Custom Time")).isEmpty());
}

void TestTimeChecks::clockUnreadable()
{
    class NoClock final : public ForwardingMachine
    {
    public:
        using ForwardingMachine::ForwardingMachine;
        Probed<ClockInfo> clock() const override
        {
            return Probed<ClockInfo>::bad(ProbeStatus::Failed,
                                          QStringLiteral("Cannot read the time zone: GetDynamicTimeZoneInformation"));
        }
    };
    const Finding f = TimeZoneSanityCheck().run(contextOf(withRole<NoClock>(scenario("{}")), Goal::Register));
    QCOMPARE(f.verdict, Verdict::Error);
    QVERIFY(f.summary.contains(QStringLiteral("could not be read")));
    QVERIFY(f.detail.contains(QStringLiteral("GetDynamicTimeZoneInformation")));
}

void TestTimeChecks::notWindows()
{
    const Finding f =
            TimeZoneSanityCheck().run(contextOf(std::shared_ptr<SystemProbe>(createNativeSystem({})), Goal::Register));
#ifdef Q_OS_WIN
    // The real machine: whatever its zone, a sentence that names it (Wine answers the host's).
    QVERIFY2(f.verdict == Verdict::Pass || f.verdict == Verdict::Warning, qPrintable(f.summary));
    QVERIFY(f.summary.contains(QStringLiteral("time zone"), Qt::CaseInsensitive));
#else
    QCOMPARE(f.verdict, Verdict::NotApplicable);
#endif
}

namespace {
QByteArray timeService(const char* state, const char* startType, const char* type = nullptr, const char* ntp = nullptr)
{
    QByteArray patch = R"({"account": {"user": "CONTOSO\\admin", "adminMember": true, "elevation": "elevated"})";
    if (state)
        patch += QByteArray(R"(, "services": [{"name": "W32Time", "displayName": "Windows Time", "state": ")") + state
                 + R"(", "startType": ")" + startType + R"(", "account": "NT AUTHORITY\\LocalService"}])";
    QList<QByteArray> values;
    const char* const key = R"(SYSTEM\\CurrentControlSet\\Services\\W32Time\\Parameters)";
    if (type)
        values.append(QByteArray(R"({"hive": "HKLM", "key": ")") + key
                      + R"(", "name": "Type", "type": "REG_SZ", "data": ")" + type + "\"}");
    if (ntp)
        values.append(QByteArray(R"({"hive": "HKLM", "key": ")") + key
                      + R"(", "name": "NtpServer", "type": "REG_SZ", "data": ")" + ntp + "\"}");
    if (!values.isEmpty())
        patch += ", \"registry\": [" + values.join(',') + "]";
    return patch + "}";
}
} // namespace

void TestTimeChecks::w32time_data()
{
    QTest::addColumn<QByteArray>("patch");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QStringList>("mentions"); // in the summary
    QTest::addColumn<QStringList>("fixIds");

    QTest::newRow("running, domain hierarchy") << timeService("running", "automatic", "NT5DS") << Verdict::Pass
                                               << strings({"running", "domain hierarchy"}) << QStringList();
    QTest::newRow("running, NTP servers without flags")
            << timeService("running", "automatic", "NTP", "time.windows.com,0x9 ntp.contoso.com,0x8") << Verdict::Pass
            << strings({"the NTP servers time.windows.com, ntp.contoso.com"}) << QStringList();
    QTest::newRow("running, nothing set")
            << timeService("running", "automatic") << Verdict::Pass << strings({"its default source"}) << QStringList();
    QTest::newRow("stopped, manual: started when needed")
            << timeService("stopped", "manual", "NTP", "time.windows.com,0x9") << Verdict::Pass
            << strings({"stopped", "starts it when needed"}) << QStringList();
    QTest::newRow("stopped, automatic: the fix")
            << timeService("stopped", "automatic", "NT5DS") << Verdict::Warning
            << strings({"stopped although it is set to start automatically"}) << QStringList{StartTimeServiceFix::id()};
    QTest::newRow("disabled") << timeService("stopped", "disabled") << Verdict::Warning << strings({"disabled"})
                              << QStringList();
    QTest::newRow("not installed") << timeService(nullptr, nullptr) << Verdict::Warning << strings({"not installed"})
                                   << QStringList();
    QTest::newRow("NoSync") << timeService("running", "automatic", "NoSync") << Verdict::Warning
                            << strings({"Type = NoSync"}) << QStringList();
    QTest::newRow("stopped and NoSync: both said")
            << timeService("stopped", "automatic", "NoSync") << Verdict::Warning
            << strings({"stopped although", "Type = NoSync"}) << QStringList{StartTimeServiceFix::id()};
}

void TestTimeChecks::w32time()
{
    QFETCH(QByteArray, patch);
    QFETCH(Verdict, verdict);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, fixIds);
    const Finding f = W32TimeServiceCheck().run(contextOf(scenario(patch), Goal::Register));
    QCOMPARE(f.verdict, verdict);
    for (const QString& m : mentions)
        QVERIFY2(f.summary.contains(m), qPrintable(f.summary + u" lacks " + m));
    QCOMPARE(f.fixIds, fixIds);
    if (verdict == Verdict::Warning)
        QVERIFY2(f.remedy.contains(QStringLiteral("w32tm /resync")), qPrintable(f.remedy));
    QVERIFY(!f.evidenceValue(QStringLiteral("sync_type")).isEmpty());
}

void TestTimeChecks::startTimeService()
{
    const CheckContext context = contextOf(scenario(timeService("stopped", "automatic", "NT5DS")), Goal::Register);
    const StartTimeServiceFix fix;
    QCOMPARE(fix.info().checkId, W32TimeServiceCheck::id());
    const FixPlan plan = fix.preview(context);
    QVERIFY2(plan.canApply, qPrintable(plan.cannotApplyReason));
    QCOMPARE(plan.changes.size(), 1);
    QCOMPARE(plan.changes.first().target, QStringLiteral("Windows Time (W32Time)"));
    QCOMPARE(plan.changes.first().before, QStringLiteral("stopped"));
    QVERIFY(plan.undoDescription.contains(QStringLiteral("net stop W32Time")));
    QCOMPARE(W32TimeServiceCheck().run(context).verdict, Verdict::Warning); // preview changed nothing

    const FixOutcome outcome = fix.apply(context, plan);
    QCOMPARE(outcome.result, FixResult::Applied);
    const Finding after = W32TimeServiceCheck().run(context);
    QCOMPARE(after.verdict, Verdict::Pass);
    QCOMPARE(after.evidenceValue(QStringLiteral("service_state")), QStringLiteral("running"));
}

QTEST_GUILESS_MAIN(TestTimeChecks)
#include "TestTimeChecks.moc"
