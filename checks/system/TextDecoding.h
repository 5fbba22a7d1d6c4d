// SPDX-License-Identifier: MIT
#pragma once

// Decoding the tail of a text file (installer and agent logs) for readTextTail(). The tail
// starts anywhere in the file, usually in the middle of a character; the encoding is decided
// by the file's first bytes (a BOM) and, without one, by what the tail looks like. Shared by
// WindowsSystem and PosixSystem, so both decode a log the same way.
#include <QByteArray>
#include <QString>

namespace mars {

enum class TextEncoding : quint8 {
    Utf8 = 1, // with or without a BOM (plain ASCII is decoded as UTF-8 too)
    Utf16LE, // BOM FF FE, or no BOM and mostly NULs at odd offsets (ASCII text in UTF-16LE)
    Utf16BE, // BOM FE FF, or no BOM and mostly NULs at even offsets
    Ansi, // not valid UTF-8: the ANSI code page (Windows: GetACP()), elsewhere Latin-1
};
QString textEncodingId(TextEncoding encoding); // "utf-8" / "utf-16le" / "utf-16be" / "ansi"

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

// The encoding of a file whose first bytes are `head` (up to 4 are used) and of which `tail`
// was read from byte `tailOffset` on.
TextEncoding detectTextEncoding(const QByteArray& head, const QByteArray& tail, qint64 tailOffset);

// `tail` (read from byte `tailOffset` of a file whose first bytes are `head`) as text: the BOM
// is removed when the tail starts at 0; a character cut off at either end (the odd byte of a
// UTF-16 unit, half a surrogate pair, a partial UTF-8 sequence) is dropped, never shown as a
// replacement character.
DecodedText decodeTextTail(const QByteArray& head, const QByteArray& tail, qint64 tailOffset);

} // namespace mars
