// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/common/VaultFile.h"
#include "catalog/common/WindowsOnlyCheck.h"

namespace mars {

// Base of the vaultcred_* checks (catalog G): each reads the run's vault credentials file
// (catalog/common/VaultFile, once per run) and judges one rule. Without a file they do not
// apply; a check that needs the file's contents does not apply when an earlier rule (location,
// parse) already refused it, and says which check tells why. They run on any OS: the file is
// the technician's input, not a fact of the machine.
class VaultFileCheck : public WindowsOnlyCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultFileCheck)

protected:
    enum class Needs : quint8 { File, Parsed };
    // True with `vault` filled when the check can judge; false with `finding` set otherwise.
    bool readVault(const CheckContext& context, Needs needs, VaultFile* vault, Finding* finding) const;
    // A finding with the rule that decided it (the JSON report's "reason").
    Finding judged(Verdict verdict, const QString& summary, const QString& reason) const;
    // What the file names, as evidence (never the certificate).
    static void addNames(const VaultCredentials& c, Finding* f);
};

} // namespace mars
