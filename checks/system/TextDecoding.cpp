// SPDX-License-Identifier: MIT
#include "TextDecoding.h"

#include <QStringDecoder>

namespace mars {

namespace {
struct Bom
{
    TextEncoding encoding = TextEncoding::Utf8;
    int size = 0; // 0: no BOM
};

Bom bomOf(const QByteArray& head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {TextEncoding::Utf8, 3};
    if (head.startsWith("\xFF\xFE"))
        return {TextEncoding::Utf16LE, 2};
    if (head.startsWith("\xFE\xFF"))
        return {TextEncoding::Utf16BE, 2};
    return {};
}

// ASCII text in UTF-16 has a NUL in every other byte: at odd file offsets in little-endian,
// at even ones in big-endian. Real UTF-8 or ANSI logs have (almost) no NULs at all. Offsets
// count from the start of the file, which is where a BOM-less UTF-16 file's units start.
TextEncoding utf16ByNuls(const QByteArray& tail, qint64 tailOffset, bool* found)
{
    qsizetype nulAtOdd = 0;
    qsizetype nulAtEven = 0;
    for (qsizetype i = 0; i < tail.size(); ++i) {
        if (tail.at(i) == '\0')
            ++((tailOffset + i) % 2 ? nulAtOdd : nulAtEven);
    }
    const qsizetype units = tail.size() / 2;
    // A quarter of the units with a NUL half (text that is at least that much ASCII), and the
    // other half almost never NUL (which rules out a file of zeros, e.g. a preallocated log).
    const auto looksLike = [units](qsizetype nuls, qsizetype others) {
        return units >= 2 && nuls * 4 >= units && others * 8 <= nuls;
    };
    *found = true;
    if (looksLike(nulAtOdd, nulAtEven))
        return TextEncoding::Utf16LE;
    if (looksLike(nulAtEven, nulAtOdd))
        return TextEncoding::Utf16BE;
    *found = false;
    return TextEncoding::Utf8;
}

// Where the text starts in `tail`: after the BOM at the start of the file, after the
// continuation bytes of a UTF-8 sequence that began before the tail.
qsizetype utf8Start(const QByteArray& tail, qint64 tailOffset, const Bom& bom)
{
    if (tailOffset < bom.size)
        return qMin<qsizetype>(bom.size - tailOffset, tail.size());
    qsizetype start = 0;
    if (tailOffset > 0) {
        // At most three: a UTF-8 sequence is four bytes long at most.
        while (start < 3 && start < tail.size() && (quint8(tail.at(start)) & 0xC0) == 0x80)
            ++start;
    }
    return start;
}

// Stateful, so a sequence cut off at the end of the tail stays in the decoder's state and is
// dropped instead of turning into U+FFFD. ConvertInitialBom: the BOM is removed above, by
// position; a U+FEFF that happens to start the tail is text.
QString decodeUtf8(QByteArrayView bytes, bool* valid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    QString text = decoder.decode(bytes);
    *valid = !decoder.hasError();
    return text;
}

QString decodeAnsi(QByteArrayView bytes)
{
#ifdef Q_OS_WIN
    // QStringDecoder::System is the ANSI code page (CP_ACP, GetACP()) on Windows: what
    // programs that write "plain text" without saying more use there.
    QStringDecoder decoder(QStringDecoder::System, QStringDecoder::Flag::ConvertInitialBom);
    return decoder.decode(bytes);
#else
    // The system encoding here is UTF-8, which the text was just found not to be.
    return QString::fromLatin1(bytes);
#endif
}

QString decodeUtf16(const QByteArray& tail, qint64 tailOffset, const Bom& bom, TextEncoding encoding)
{
    qsizetype start = tailOffset < bom.size ? qMin<qsizetype>(bom.size - tailOffset, tail.size()) : 0;
    if ((tailOffset + start) % 2 != 0)
        ++start; // the second byte of a unit that began before the tail
    const qsizetype units = (tail.size() - start) / 2; // an odd last byte: a unit still being written
    QString text(units, Qt::Uninitialized);
    const auto* bytes = reinterpret_cast<const uchar*>(tail.constData()) + start;
    for (qsizetype i = 0; i < units; ++i) {
        const uchar first = bytes[2 * i];
        const uchar second = bytes[2 * i + 1];
        text[i] = encoding == TextEncoding::Utf16LE ? QChar(ushort(first | (second << 8)))
                                                    : QChar(ushort((first << 8) | second));
    }
    // Half a surrogate pair at either end belongs to a character cut off by the tail's edges.
    if (tailOffset + start > 0 && !text.isEmpty() && text.front().isLowSurrogate())
        text.remove(0, 1);
    if (!text.isEmpty() && text.back().isHighSurrogate())
        text.chop(1);
    return text;
}
} // namespace

QString textEncodingId(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Utf16LE: return QStringLiteral("utf-16le");
    case TextEncoding::Utf16BE: return QStringLiteral("utf-16be");
    case TextEncoding::Ansi: return QStringLiteral("ansi");
    }
    return QStringLiteral("unknown");
}

TextEncoding detectTextEncoding(const QByteArray& head, const QByteArray& tail, qint64 tailOffset)
{
    const Bom bom = bomOf(head);
    if (bom.size > 0)
        return bom.encoding;
    bool utf16 = false;
    const TextEncoding byNuls = utf16ByNuls(tail, tailOffset, &utf16);
    if (utf16)
        return byNuls;
    bool valid = false;
    decodeUtf8(QByteArrayView(tail).sliced(utf8Start(tail, tailOffset, bom)), &valid);
    return valid ? TextEncoding::Utf8 : TextEncoding::Ansi;
}

DecodedText decodeTextTail(const QByteArray& head, const QByteArray& tail, qint64 tailOffset)
{
    const Bom bom = bomOf(head);
    DecodedText decoded;
    decoded.encoding = detectTextEncoding(head, tail, tailOffset);
    switch (decoded.encoding) {
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: decoded.text = decodeUtf16(tail, tailOffset, bom, decoded.encoding); break;
    case TextEncoding::Utf8: {
        bool valid = false;
        decoded.text = decodeUtf8(QByteArrayView(tail).sliced(utf8Start(tail, tailOffset, bom)), &valid);
        break;
    }
    case TextEncoding::Ansi:
        // Single-byte code pages have no partial characters; a multi-byte one (932, 936, ...)
        // may start with a trail byte, which shows as one wrong character at worst.
        decoded.text = decodeAnsi(tail);
        break;
    }
    return decoded;
}

} // namespace mars
