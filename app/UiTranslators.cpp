// SPDX-License-Identifier: MIT
#include "UiTranslators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mars {

UiTranslators::UiTranslators(QCoreApplication& app)
    : m_qtbase(new QTranslator(&app))
    , m_english(new QTranslator(&app))
    , m_own(new QTranslator(&app))
{
}

void UiTranslators::use(const QString& language)
{
    for (QTranslator* t : {m_own, m_english, m_qtbase})
        QCoreApplication::removeTranslator(t);
    QLocale::setDefault(language.isEmpty() ? QLocale::system() : QLocale(language));
    const QLocale locale;
    // Qt's own: from Qt's translations folder (Linux: qt6-translations-l10n). The Windows zip
    // ships them in translations/ beside the exe: with Qt6Core.dll beside it and no import
    // library, Qt takes the exe's folder as its prefix (windows-smoke --language de shows them).
    if (m_qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtbase);
    // English first, always: it holds the plural forms of the source texts ("1 check", "2 checks"),
    // for a system locale without a translation (a server's "C" locale). Installed later, the
    // chosen language is asked first.
    if (m_english->load(QStringLiteral(":/i18n/mars-troubleshooter_en.qm")))
        QCoreApplication::installTranslator(m_english);
    // :/i18n/mars-troubleshooter_<language>.qm (translations/)
    if (m_own->load(locale, QStringLiteral("mars-troubleshooter"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && m_own->language() != m_english->language())
        QCoreApplication::installTranslator(m_own);
}

} // namespace mars
