// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

class QComboBox;
class QWidget;

namespace mars {

// The languages the program ships (translations/), each named in its own language, so that a
// technician who cannot read the current one still finds theirs.
struct UiLanguage
{
    QString code; // as --language takes it: "de", "zh_CN"
    QString nativeName; // "Deutsch", "简体中文"
};

// In the menu's order; English first.
const QList<UiLanguage>& shippedLanguages();

// The shipped language the texts are shown in now (QLocale's default): "en" when none matches.
QString currentShippedLanguage();

// The Welcome page's language menu (objectName "languageComboBox"): the shipped languages, the
// current one selected; each item's data is its code.
QComboBox* makeLanguageCombo(QWidget* parent);

} // namespace mars
