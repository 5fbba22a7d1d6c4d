// SPDX-License-Identifier: MIT
#include "PassphraseRules.h"

namespace mars {

QList<PassphraseProblem> PassphraseRules::check(QStringView passphrase)
{
    QList<PassphraseProblem> problems;
    if (passphrase.isEmpty())
        return problems;
    qsizetype nonAscii = 0;
    for (const QChar c : passphrase)
        nonAscii += c.unicode() > 127 ? 1 : 0;
    if (nonAscii > 0)
        problems.append({PassphraseProblem::Rule::NotAscii, true,
                         tr("%n character(s) are not plain ASCII (letters like ä, é or symbols like € or “): the agent "
                            "accepts only characters with codes up to 127.",
                            nullptr, int(nonAscii))});
    if (passphrase.size() < kMinimumLength)
        problems.append({PassphraseProblem::Rule::TooShort, false,
                         tr("It has %1 characters; the agent's setup asks for at least %2.")
                                 .arg(passphrase.size())
                                 .arg(kMinimumLength)});
    if (passphrase.front().isSpace() || passphrase.back().isSpace())
        problems.append({PassphraseProblem::Rule::SurroundingBlank, false,
                         tr("It starts or ends with a blank, which is easy to lose when it is typed again.")});
    return problems;
}

} // namespace mars
