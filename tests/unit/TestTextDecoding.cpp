// SPDX-License-Identifier: MIT
// decodeTextTail(): the tail of a log file cut at any byte, in every encoding readTextTail()
// meets. Each row is a whole file and a tail size; the test cuts the tail and the head the way
// WindowsSystem and PosixSystem do (first 4 bytes, last maxBytes bytes) and checks the text and
// the encoding. Cross-platform: runs on Linux and under Wine.
#include "system/TextDecoding.h"

#include <QTest>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace mars;

namespace {
QByteArray utf16le(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray utf16be(const QString& text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

const QByteArray kBomLE("\xFF\xFE", 2);
const QByteArray kBomBE("\xFE\xFF", 2);
const QByteArray kBomUtf8("\xEF\xBB\xBF", 3);
} // namespace

class TestTextDecoding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tail_data();
    void tail();
    void ansiTail();
    void encodingIds();
};

void TestTextDecoding::tail_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("encoding");
    const int le = int(TextEncoding::Utf16LE);
    const int be = int(TextEncoding::Utf16BE);
    const int utf8 = int(TextEncoding::Utf8);
    const int ansi = int(TextEncoding::Ansi);
    const QString grin = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, a surrogate pair in UTF-16

    // UTF-16LE with BOM (what msiexec /l*v writes): the BOM is dropped, never shown.
    QTest::newRow("utf-16le bom, whole file")
            << kBomLE + utf16le(QStringLiteral("Hello ä")) << 100 << QStringLiteral("Hello ä") << le;
    QTest::newRow("utf-16le bom, only the bom") << kBomLE << 100 << QString() << le;
    QTest::newRow("utf-16le bom, tail at an even offset")
            << kBomLE + utf16le(QStringLiteral("abcdef")) << 6 << QStringLiteral("def") << le;
    // 14 bytes, tail of 5 starts at byte 9: the second half of "d", dropped.
    QTest::newRow("utf-16le bom, tail at an odd offset")
            << kBomLE + utf16le(QStringLiteral("abcdef")) << 5 << QStringLiteral("ef") << le;
    QTest::newRow("utf-16le bom, tail inside the bom")
            << kBomLE + utf16le(QStringLiteral("ab")) << 5 << QStringLiteral("ab") << le;
    QTest::newRow("utf-16le bom, tail splits a surrogate pair")
            << kBomLE + utf16le(QStringLiteral("a") + grin + QStringLiteral("b")) << 4 << QStringLiteral("b") << le;
    QTest::newRow("utf-16le bom, tail keeps a whole surrogate pair")
            << kBomLE + utf16le(QStringLiteral("a") + grin + QStringLiteral("b")) << 6 << grin + QStringLiteral("b")
            << le;
    QTest::newRow("utf-16le bom, last unit half written")
            << kBomLE + utf16le(QStringLiteral("ab")) + QByteArray("c") << 100 << QStringLiteral("ab") << le;
    QTest::newRow("utf-16le bom, ends in half a surrogate pair")
            << kBomLE + utf16le(QStringLiteral("ab") + grin.at(0)) << 100 << QStringLiteral("ab") << le;
    QTest::newRow("utf-16le bom, U+FEFF inside is text")
            << kBomLE + utf16le(QStringLiteral("a") + QChar(0xFEFF) + QStringLiteral("b")) << 4
            << QString(QChar(0xFEFF)) + QStringLiteral("b") << le;

    QTest::newRow("utf-16be bom, whole file")
            << kBomBE + utf16be(QStringLiteral("Hi ü")) << 100 << QStringLiteral("Hi ü") << be;
    QTest::newRow("utf-16be bom, tail at an odd offset")
            << kBomBE + utf16be(QStringLiteral("abcdef")) << 5 << QStringLiteral("ef") << be;

    // No BOM: ASCII in UTF-16 has a NUL in every other byte.
    const QString line = QStringLiteral("2024-05-01 10:00:00 Installation success or error status: 0.\r\n");
    QTest::newRow("utf-16le without bom") << utf16le(line) << 1000 << line << le;
    QTest::newRow("utf-16le without bom, tail at an odd offset") << utf16le(line) << 41 << line.right(20) << le;
    QTest::newRow("utf-16be without bom") << utf16be(line) << 1000 << line << be;

    // UTF-8, with and without BOM.
    QTest::newRow("utf-8 bom, whole file")
            << kBomUtf8 + QByteArray("gr\xC3\xBC\xC3\x9F\x65") << 100 << QStringLiteral("grüße") << utf8;
    // BOM(3) g r C3 BC C3 9F e: the last 4 bytes start with BC, the rest of "ü".
    QTest::newRow("utf-8 bom, tail splits a sequence")
            << kBomUtf8 + QByteArray("gr\xC3\xBC\xC3\x9F\x65") << 4 << QStringLiteral("ße") << utf8;
    QTest::newRow("utf-8 bom, tail inside the bom")
            << kBomUtf8 + QByteArray("xyz") << 5 << QStringLiteral("xyz") << utf8;
    QTest::newRow("utf-8 without bom") << QByteArray("Fehler: Gr\xC3\xB6\xC3\x9F\x65") << 100
                                       << QStringLiteral("Fehler: Größe") << utf8;
    QTest::newRow("utf-8, tail splits a 4-byte sequence")
            << QByteArray("a\xF0\x9F\x98\x80z") << 4 << QStringLiteral("z") << utf8;
    QTest::newRow("utf-8, last sequence half written")
            << QByteArray("abc\xE2\x82") << 100 << QStringLiteral("abc") << utf8;
    QTest::newRow("utf-8, U+FEFF starting a tail is text")
            << QByteArray("ab\xEF\xBB\xBF\x63\x64") << 5 << QString(QChar(0xFEFF)) + QStringLiteral("cd") << utf8;
    QTest::newRow("ascii") << QByteArray("MSI (s) (A0:B4) [10:00:00:000]: Product: x\r\n") << 100
                           << QStringLiteral("MSI (s) (A0:B4) [10:00:00:000]: Product: x\r\n") << utf8;
    QTest::newRow("empty file") << QByteArray() << 100 << QString() << utf8;
    QTest::newRow("zero tail") << QByteArray("abc") << 0 << QString() << utf8;
    // A log preallocated with zeros is not UTF-16: NULs at both parities.
    QTest::newRow("zeros") << QByteArray(8, '\0') << 100 << QString(8, QChar(0)) << utf8;

    // Not UTF-8: the ANSI code page. Latin-1 on Linux; the bytes used mean the same in 1252.
    QTest::newRow("ansi") << QByteArray("caf\xC3\xA9 \xE9t\xE9") << 100 << QStringLiteral("cafÃ© été") << ansi;
}

void TestTextDecoding::tail()
{
    QFETCH(QByteArray, file);
    QFETCH(int, maxBytes);
    QFETCH(QString, expected);
    QFETCH(int, encoding);
#ifdef Q_OS_WIN
    if (encoding == int(TextEncoding::Ansi) && ::GetACP() != 1252)
        QSKIP("The ANSI code page here is not 1252: the row's expected text is written for 1252/Latin-1.");
#endif
    const qint64 offset = qMax<qint64>(0, file.size() - maxBytes);
    const QByteArray head = file.left(4);
    const QByteArray tail = file.mid(offset);
    const DecodedText decoded = decodeTextTail(head, tail, offset);
    QCOMPARE(int(decoded.encoding), encoding);
    QCOMPARE(int(detectTextEncoding(head, tail, offset)), encoding);
    QCOMPARE(decoded.text, expected);
    QVERIFY(!decoded.text.contains(QChar::ReplacementCharacter));
}

void TestTextDecoding::ansiTail()
{
    // An ANSI file cut in the middle still decodes every byte (single-byte code page).
    const QByteArray file("Fehler \xE4\xF6\xFC \xDF ende");
    const DecodedText decoded = decodeTextTail(file.left(4), file.mid(7), 7);
    QCOMPARE(decoded.encoding, TextEncoding::Ansi);
#ifdef Q_OS_WIN
    if (::GetACP() != 1252)
        QSKIP("The ANSI code page here is not 1252.");
#endif
    QCOMPARE(decoded.text, QStringLiteral("äöü ß ende"));
}

void TestTextDecoding::encodingIds()
{
    QCOMPARE(textEncodingId(TextEncoding::Utf8), QStringLiteral("utf-8"));
    QCOMPARE(textEncodingId(TextEncoding::Utf16LE), QStringLiteral("utf-16le"));
    QCOMPARE(textEncodingId(TextEncoding::Utf16BE), QStringLiteral("utf-16be"));
    QCOMPARE(textEncodingId(TextEncoding::Ansi), QStringLiteral("ansi"));
}

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "TestTextDecoding.moc"
