// SPDX-License-Identifier: MIT
#pragma once

#include "Redactor.h"

#include <QReadWriteLock>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace mars {

// What the window shows, for a screen-share: every text passes the session's Redactor (secrets),
// and in presenter mode also loses the customer's personal data that the call does not need:
//   - the values registered with addPersonal() (the account, the machine's and domain's names),
//     wherever they appear, without regard to case;
//   - user names in profile paths (`C:\Users\jdoe\…` -> `C:\Users\[user]\…`, `/home/jdoe`);
//   - the user of a URL (`http://backup:…@proxy` -> `http://[user]:…@proxy`);
//   - e-mail addresses and UPNs, and GUIDs (tenant, subscription and vault ids).
// The reports and the log are not masked this way: second-line support needs those facts; they
// still pass the Redactor. Thread-safe (a worker registers the account's name).
class ScreenText
{
public:
    explicit ScreenText(std::shared_ptr<const Redactor> redactor);

    static QString userMarker() { return QStringLiteral("[user]"); }
    static QString personalMarker() { return QStringLiteral("[hidden]"); }
    static QString idMarker() { return QStringLiteral("[id]"); }

    void setPresenter(bool on) { m_presenter.store(on); }
    bool presenter() const { return m_presenter.load(); }
    // Values of 3 characters or more; a DOMAIN\user value also registers its two parts.
    void addPersonal(const QString& value);

    QString shown(const QString& text) const;

private:
    QString maskPersonal(const QString& text) const;

    std::shared_ptr<const Redactor> m_redactor;
    std::atomic<bool> m_presenter{false};
    mutable QReadWriteLock m_lock;
    QStringList m_personalValues;
    QList<QRegularExpression> m_personal; // whole words, longest first
    QList<QPair<QRegularExpression, QString>> m_patterns; // with the replacement
};

} // namespace mars
