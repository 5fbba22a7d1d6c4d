// SPDX-License-Identifier: MIT
#include "LanguageChoice.h"

#include <QComboBox>
#include <QLocale>

namespace mars {

const QList<UiLanguage>& shippedLanguages()
{
    // Native names are not translated: each is written as its speakers read it.
    static const QList<UiLanguage> languages{
            {QStringLiteral("en"), QStringLiteral("English")},  {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return languages;
}

QString currentShippedLanguage()
{
    // As QTranslator::load(QLocale, ...) looks for a file: each of the locale's UI languages,
    // then shorter and shorter ("zh_Hans_CN", "zh_Hans", "zh"), so the menu shows the language
    // whose .qm the translators loaded.
    for (const QString& name : QLocale().uiLanguages()) {
        for (QString candidate = QString(name).replace(u'-', u'_'); !candidate.isEmpty();
             candidate = candidate.section(u'_', 0, -2)) {
            for (const UiLanguage& language : shippedLanguages()) {
                if (candidate.compare(language.code, Qt::CaseInsensitive) == 0)
                    return language.code;
            }
        }
    }
    return QStringLiteral("en");
}

QComboBox* makeLanguageCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("languageComboBox"));
    const QString current = currentShippedLanguage();
    for (const UiLanguage& language : shippedLanguages()) {
        combo->addItem(language.nativeName, language.code);
        if (language.code == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace mars
