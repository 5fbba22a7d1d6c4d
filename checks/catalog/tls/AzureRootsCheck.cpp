// SPDX-License-Identifier: MIT
#include "AzureRootsCheck.h"

#include "AzureRoots.h"
#include "TlsRegistry.h"
#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

#include <QLocale>

// Sources for the rule (mars-checks.md §2 C8):
// - "Azure TLS certificate changes" (docs::azureTlsCertificateChanges()): the six roots, their
//   download links, and "Windows running in disconnected environments" must have the roots
//   added to the Trusted Root store.
// - How Windows fetches a root it does not have: Microsoft's "How to get a Root Certificate
//   update for Windows" (KB931125, as quoted by public copies): from Windows Vista on, when
//   chain verification meets a root it does not have, Windows checks Microsoft Update, downloads
//   the certificate trust list and installs the root in the Trusted Root store. "Configure
//   trusted roots and disallowed certificates in Windows" (learn.microsoft.com/windows-server/
//   identity/ad-cs/configure-trusted-roots-disallowed-certificates, ms.date 08/22/2023): the
//   download needs HTTP (TCP 80) and name resolution for ctldl.windowsupdate.com; computers that
//   reach Windows Update get updated lists daily.
// - The policy "Turn off Automatic Root Certificates Update" (ADMX CertMgr_DisableAutoRootUpdates,
//   policy text as reproduced by public ADMX references): enabled writes DisableRootAutoUpdate = 1
//   in HKLM\Software\Policies\Microsoft\SystemCertificates\AuthRoot ("your computer will not
//   contact the Windows Update website"), disabled writes 0.
// UNCONFIRMED: how crypt32 treats a DisableRootAutoUpdate that is not a REG_DWORD (Group Policy
// always writes one); such a value is counted as not set.

namespace mars {

namespace {
// The names of the roots `pick` selects, as one list ("A, B and C").
template<typename Pick>
QString names(const QList<tls::AzureRoot>& roots, Pick pick)
{
    QStringList list;
    for (const tls::AzureRoot& root : roots) {
        if (pick(root))
            list.append(root.name);
    }
    return QLocale().createSeparatedList(list);
}
} // namespace

QString AzureRootsCheck::policyKey()
{
    return QStringLiteral("SOFTWARE\\Policies\\Microsoft\\SystemCertificates\\AuthRoot");
}

QString AzureRootsCheck::policyValue()
{
    return QStringLiteral("DisableRootAutoUpdate");
}

CheckInfo AzureRootsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C8"),
            .phases = Phase::Register,
            .title = tr("Azure's root certificates on this server"),
            .whyItMatters = tr("Azure's addresses prove who they are with certificates that lead up to a few root "
                               "certificate authorities. Windows accepts such a connection only when it trusts the "
                               "root. A server that lacks the roots and may not download them refuses the connection, "
                               "and registration fails."),
            .docUrl = docs::azureTlsCertificateChanges(),
            .deadline_ms = 5000};
}

Finding AzureRootsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;

    const QList<tls::AzureRoot>& roots = tls::azureRoots();
    QList<QByteArray> thumbprints;
    for (const tls::AzureRoot& root : roots)
        thumbprints.append(root.sha1);
    const Probed<QList<QByteArray>> store = context.system().network().localMachineRoots(thumbprints);
    if (!store.ok())
        return probeError(tr("This server's trusted root certificates (LocalMachine\\Root) could not be read."),
                          store.reason);
    const auto present = [&store](const tls::AzureRoot& root) { return store.value.contains(root.sha1); };
    const auto absent = [&present](const tls::AzureRoot& root) { return !present(root); };
    bool keyPresent = false;
    QStringList keyNames;
    for (const tls::AzureRoot& root : roots) {
        keyPresent = keyPresent || (root.key && present(root));
        if (root.key)
            keyNames.append(root.name);
    }

    // The policy matters only when Windows would have to fetch the key roots.
    const tls::DwordRead policy = tls::readDword(context, policyKey(), policyValue(), RegistryView::Native64);
    const bool autoUpdateOff = policy.state == tls::DwordRead::State::Number && policy.number != 0;
    const QString missing = names(roots, absent);
    if (!keyPresent && policy.state == tls::DwordRead::State::Unreadable) {
        f = probeError(tr("The policy that allows or forbids Windows to download root certificates could not be "
                          "read, and %1 and %2 are not in this server's trusted root store.")
                               .arg(keyNames.at(0), keyNames.at(1)),
                       policy.reason);
    } else if (!keyPresent && autoUpdateOff) {
        f = makeFinding(Verdict::Warning,
                        tr("Neither %1 nor %2 is in this server's trusted root store, and automatic root certificate "
                           "updates are turned off by policy, so Windows cannot fetch them when Azure's certificates "
                           "need them: registration may fail with a certificate error.")
                                .arg(keyNames.at(0), keyNames.at(1)));
        f.remedy = tr("Ask your security team to decide, then either import the two roots into this server's "
                      "Local Computer store \"Trusted Root Certification Authorities\" (certlm.msc, or certutil "
                      "-addstore Root <file>), as Microsoft's \"Azure TLS certificate changes\" asks for servers "
                      "without internet access: %1 and %2. Or let Windows fetch roots again: set the policy \"Turn "
                      "off Automatic Root Certificates Update\" (Computer Configuration > Administrative Templates > "
                      "System > Internet Communication Management > Internet Communication settings) to Not "
                      "configured, and allow this server HTTP access to ctldl.windowsupdate.com.")
                           .arg(QStringLiteral("https://cacerts.digicert.com/DigiCertGlobalRootG2.crt"),
                                QStringLiteral("https://www.microsoft.com/pkiops/certs/"
                                               "Microsoft%20RSA%20Root%20Certificate%20Authority%202017.crt"));
    } else if (!keyPresent) {
        f = makeFinding(Verdict::Pass, tr("%1 and %2 are not in this server's trusted root store yet, which is fine "
                                          "while automatic root certificate updates are on: Windows fetches a root "
                                          "the first time a connection needs it (from ctldl.windowsupdate.com, which "
                                          "must be reachable).")
                                               .arg(keyNames.at(0), keyNames.at(1)));
    } else if (missing.isEmpty()) {
        f = makeFinding(Verdict::Pass, tr("All six root certificates Azure's TLS certificates lead up to are in this "
                                          "server's trusted root store: %1.")
                                               .arg(names(roots, present)));
    } else {
        f = makeFinding(Verdict::Pass, tr("This server's trusted root store holds %1, which Azure's TLS certificates "
                                          "lead up to (not there: %2).")
                                               .arg(names(roots, present), missing));
    }

    for (const tls::AzureRoot& root : roots)
        f.addEvidence(root.id, root.name, present(root) ? tr("present") : tr("not in the store"));
    const QString meaning = policy.state == tls::DwordRead::State::Unreadable ? QString()
                            : autoUpdateOff ? tr(" (automatic root certificate updates off)")
                                            : tr(" (automatic root certificate updates on)");
    f.addEvidence(QStringLiteral("disable_root_auto_update"), tr("Policy DisableRootAutoUpdate"),
                  policy.text() + meaning);
    if (f.verdict == Verdict::Error)
        return f; // the detail is the reason
    QStringList looked;
    for (const tls::AzureRoot& root : roots)
        looked.append(QStringLiteral("%1 (%2)").arg(root.name, QString::fromLatin1(root.sha1)));
    f.detail = tr("Looked up by SHA-1 thumbprint in LocalMachine\\Root: %1. Read HKLM\\%2 %3 (REG_DWORD), set by the "
                  "policy \"Turn off Automatic Root Certificates Update\": 1 means Windows does not download root "
                  "certificates. While it is off or not set, Windows downloads a root it lacks from Windows Update "
                  "(ctldl.windowsupdate.com, HTTP) the first time a certificate chain needs it.")
                       .arg(looked.join(QStringLiteral("; ")), policyKey(), policyValue());
    return f;
}

} // namespace mars
