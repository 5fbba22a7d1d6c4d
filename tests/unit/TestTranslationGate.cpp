// SPDX-License-Identifier: MIT
// The translation gate (issue #17), over every translations/*.ts: no obsolete or vanished entry
// is kept; every translation that exists uses the same placeholders as its source (%1, %L2, %n: a
// missing or extra one prints the wrong number or a raw "%2"); every plural form of a message
// whose source counts with %n says %n; and no message is left untranslated (unfinished or empty):
// a text the program shows in English beside translated ones is what issue #17 was filed for.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one a plural form
    QString comment; // the disambiguation, part of the message's identity
};

QList<Message> readTs(const QString& path, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name") && current.source.isNull() && !xml.attributes().size())
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                current = Message{
                        context,   QString(), xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                        QString(), {},        QString()};
            } else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations.append(xml.readElementText());
            } else if (xml.name() == QLatin1String("numerusform"))
                current.translations.append(xml.readElementText());
            else if (xml.name() == QLatin1String("comment"))
                current.comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            current = Message{};
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

// The placeholders of a text: %1 … %99 (also %L1), and %n (also %Ln), without repeats.
QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

QString describe(const Message& m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(70));
}

// What the gate refuses in one file's messages; *unfinished counts those not translated yet
// (each is a problem too; the count is printed so a failing run says how far a file is).
// `sourceLanguage`: the English file, which translates only the plural forms (the sources are
// English already).
QStringList problemsIn(const QList<Message>& messages, int* unfinishedOut, bool sourceLanguage = false)
{
    QStringList problems;
    int& unfinished = *unfinishedOut;
    unfinished = 0;
    for (const Message& m : messages) {
        if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished")) {
            problems.append(QStringLiteral("kept although gone from the code: ") + describe(m));
            continue;
        }
        const bool translated = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                            [](const QString& t) { return !t.isEmpty(); });
        if (sourceLanguage && !m.numerus)
            continue;
        if (m.type == QLatin1String("unfinished") || !translated) {
            ++unfinished;
            problems.append(QStringLiteral("not translated yet: ") + describe(m));
            if (!translated)
                continue; // nothing to compare
        }
        const QSet<QString> wanted = placeholders(m.source);
        for (const QString& form : m.translations) {
            if (form.isEmpty())
                continue;
            QSet<QString> got = placeholders(form);
            // A plural form may spell the one case out ("eine Datei") instead of saying %n.
            if (m.numerus && !got.contains(QStringLiteral("n")) && m.translations.size() > 1
                && &form == &m.translations.constFirst())
                got.insert(QStringLiteral("n"));
            if (got != wanted)
                problems.append(QStringLiteral("placeholders differ in \"%1\": ").arg(form.left(70)) + describe(m));
        }
        if (m.numerus && !m.source.contains(QLatin1String("%n")))
            problems.append(QStringLiteral("a plural without %n in its source: ") + describe(m));
    }
    return problems;
}
} // namespace

class TestTranslationGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyTsFile_data();
    void everyTsFile();
    void theGateCatchesAMismatch();
    void everyTextOfTheCodeIsInEveryTsFile();
    void noHandMadeTrFunction();
};

void TestTranslationGate::everyTsFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(MARS_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 2);
    for (const QString& name : files)
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void TestTranslationGate::everyTsFile()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    int unfinished = 0;
    const QStringList problems = problemsIn(messages, &unfinished, path.endsWith(QLatin1String("_en.ts")));
    qInfo("%s: %lld messages, %d not translated yet", qPrintable(QFileInfo(path).fileName()),
          static_cast<long long>(messages.size()), unfinished);
    // The first ones, with the count: a new language starts with thousands.
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size()) + problems.mid(0, 20).join(u'\n')));
}

// The gate itself, on a file made for it: it must see an obsolete entry, a placeholder missing
// from a translation, an entry not translated and a plural form without %n.
void TestTranslationGate::theGateCatchesAMismatch()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad_de.ts"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>mars::X</name>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>eine Datei</numerusform>
            <numerusform>viele Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Weg</translation>
    </message>
</context>
</TS>
)");
    file.close();
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(messages.size(), 4);
    QCOMPARE(messages.at(0).context, QStringLiteral("mars::X"));
    int unfinished = -1;
    const QStringList problems = problemsIn(messages, &unfinished);
    QCOMPARE(unfinished, 1);
    // %2 missing; not translated; "viele Dateien" without %n; the vanished entry
    QCOMPARE(problems.size(), 4);
    QVERIFY(problems.at(0).contains(QStringLiteral("%1 Dateien")));
    QVERIFY(problems.at(1).startsWith(QStringLiteral("not translated yet")));
    QVERIFY(problems.at(2).contains(QStringLiteral("viele Dateien")));
    QVERIFY(problems.at(3).startsWith(QStringLiteral("kept although gone")));
}

// A text added to the code without `update_translations` would show in English in every
// language while the .ts files above look complete. lupdate (the same parser, the same folders
// and include paths as translations/CMakeLists.txt) reads the code into a fresh file here; every
// committed .ts must hold exactly its messages.
void TestTranslationGate::everyTextOfTheCodeIsInEveryTsFile()
{
#ifndef MARS_LUPDATE
    QSKIP("lupdate is a host tool: this is checked by the Linux run");
#else
    const QDir root(QStringLiteral(MARS_SOURCE_DIR));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QStringList sources;
    for (const char* folder : {"app", "checks", "wizard_pages"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            sources.append(it.next());
    }
    QFile list(temp.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8());
    list.close();
    const QString fresh = temp.filePath(QStringLiteral("fresh.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(MARS_LUPDATE),
                  {QStringLiteral("-I"), root.filePath(QStringLiteral("app")), QStringLiteral("-I"),
                   root.filePath(QStringLiteral("checks")), QStringLiteral("-I"),
                   root.filePath(QStringLiteral("wizard_pages")), u'@' + list.fileName(), QStringLiteral("-ts"), fresh,
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString error;
    const auto identities = [](const QList<Message>& messages) {
        QSet<QString> ids;
        for (const Message& m : messages)
            ids.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment + (m.numerus ? u'n' : u'-'));
        return ids;
    };
    const QSet<QString> code = identities(readTs(fresh, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(code.size() > 100);
    const QDir dir(QStringLiteral(MARS_SOURCE_DIR "/translations"));
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files)) {
        QList<Message> messages = readTs(dir.filePath(name), &error);
        QVERIFY2(error.isEmpty(), qPrintable(name + u' ' + error));
        messages.removeIf([](const Message& m) {
            return m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished");
        });
        const QSet<QString> file = identities(messages);
        QStringList missing;
        for (const QString& id : code - file)
            missing.append(id.section(u'\x1f', 0, 1).replace(u'\x1f', QStringLiteral(": ")).left(100));
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 lacks %2 text(s) of the code; run cmake --build build/linux --target "
                                           "update_translations, then translate them:\n")
                                    .arg(name)
                                    .arg(missing.size())
                            + missing.mid(0, 20).join(u'\n')));
        QCOMPARE((file - code).size(), 0); // gone from the code: update_translations drops them
    }
#endif
}

// A hand-made tr() (a free function or a lambda calling QCoreApplication::translate with a
// context) is read by lupdate as a tr() of the enclosing namespace: its texts are filed under
// "mars" or "mars::agent" while the program asks for its own context, so they stay English in
// every language although every .ts looks complete. A struct with Q_DECLARE_TR_FUNCTIONS and
// Texts::tr() gives lupdate and the program the same context.
void TestTranslationGate::noHandMadeTrFunction()
{
    static const QRegularExpression handMade(
            QStringLiteral(R"((QString\s+tr\s*\(\s*const\s+char\s*\*)|(\bauto\s+tr\s*=\s*\[))"));
    QStringList found;
    const QDir root(QStringLiteral(MARS_SOURCE_DIR));
    for (const char* folder : {"app", "checks", "wizard_pages"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            if (handMade.match(QString::fromUtf8(file.readAll())).hasMatch())
                found.append(root.relativeFilePath(file.fileName()));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("a hand-made tr() in: ") + found.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestTranslationGate)
#include "TestTranslationGate.moc"
