// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace mars {

// H4 on the Welcome page (register goals): an optional, masked field ("passphraseLineEdit") where
// the technician can try the encryption passphrase against the agent's rules before the agent's
// own setup sees it (engine/PassphraseRules); the verdict shows under it ("passphraseVerdictLabel")
// and never quotes the passphrase. The passphrase is never copied into CheckInputs, a log, a
// report or the clipboard (a Password-mode field offers no copy); take() hands it to the page
// once, for the Redactor, and empties the field.
class PassphraseCheckField : public QWidget
{
    Q_OBJECT
public:
    explicit PassphraseCheckField(QWidget* parent = nullptr);

    QString verdictText() const;
    // The typed passphrase, once: the field is emptied.
    QString take();

private:
    void showVerdict();

    QLineEdit* m_edit = nullptr;
    QLabel* m_verdict = nullptr;
};

} // namespace mars
