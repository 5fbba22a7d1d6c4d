// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;
class QTranslator;

namespace mars {

// The translators of the program's texts and of Qt's own (buttons such as Next and Cancel), for
// one language at a time: installed at start-up, swapped when the Welcome page's language menu
// changes the language. Without a matching .qm the texts are English.
class UiTranslators
{
public:
    explicit UiTranslators(QCoreApplication& app);
    UiTranslators(const UiTranslators&) = delete;
    UiTranslators& operator=(const UiTranslators&) = delete;

    // `language`: a locale name ("de", "fr_FR"); empty = the system's. Numbers and dates follow it.
    void use(const QString& language);

private:
    QTranslator* m_qtbase;
    QTranslator* m_english;
    QTranslator* m_own;
};

} // namespace mars
