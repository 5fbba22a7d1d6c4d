// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace mars {

// H4 passphrase_rules (mars-checks.md H4): a local look at an encryption passphrase the technician
// types into a masked field, before the agent's own Encryption Setting page sees it. Pure string
// rules: the passphrase is never stored, logged, sent or put in a finding; the result names the
// rule, never a character of the passphrase.
//  - every character is ASCII (code 127 or below): Microsoft's FAQ, "What characters are allowed
//    for the passphrase?" (backup-azure-file-folder-backup-faq) — a Fail;
//  - at least 16 characters: what the agent's setup asks for; not found in Microsoft's documents
//    (UNCONFIRMED in the catalog) — a Warning;
//  - no blank at either end: a passphrase pasted with a trailing blank is hard to type again — a
//    Warning.
// The advice that goes with it (keep it outside this server, e.g. in Azure Key Vault; the same
// passphrase when registering again) is the field's, not a rule's.
struct PassphraseProblem
{
    enum class Rule : quint8 { NotAscii = 1, TooShort, SurroundingBlank };
    Rule rule;
    bool blocking = false; // the agent refuses it (Fail); else a Warning
    QString text; // one plain sentence
};

class PassphraseRules
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseRules)

public:
    static constexpr int kMinimumLength = 16;
    // Problems in the order above; empty when it follows every rule (or is empty).
    static QList<PassphraseProblem> check(QStringView passphrase);
};

} // namespace mars
