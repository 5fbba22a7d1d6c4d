// SPDX-License-Identifier: MIT
#include "AzureToolsCertsCheck.h"

#include "catalog/common/DocLinks.h"
#include "system/SystemProbe.h"

namespace mars {

namespace {
const QString kIssuer = QStringLiteral("Windows Azure Tools");
} // namespace

CheckInfo AzureToolsCertsCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("G8"),
            .phases = Phase::Register,
            .title = tr("\"Windows Azure Tools\" certificates"),
            .whyItMatters = tr("Every vault credentials file brings a \"Windows Azure Tools\" certificate; many old or "
                               "expired ones in the Personal store are a known cause of \"Invalid vault credentials "
                               "provided\" (ID: 34513)."),
            .docUrl = docs::mabsTroubleshoot(),
            .deadline_ms = 5000};
}

Finding AzureToolsCertsCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const Probed<ClockInfo> clock = context.system().machine().clock();
    const QDateTime now = clock.ok() ? clock.value.utcNow : context.env.utcNow();

    int total = 0, expired = 0, withKey = 0;
    QDateTime latest;
    QStringList perStore;
    for (const CertStoreLocation location : {CertStoreLocation::LocalMachine, CertStoreLocation::CurrentUser}) {
        const Probed<QList<StoreCertificate>> store = context.system().network().personalCertificates(location);
        if (!store.ok())
            return probeError(tr("The certificate store %1 could not be read.").arg(certStoreLocationName(location)),
                              store.reason);
        int here = 0;
        for (const StoreCertificate& c : store.value) {
            if (c.issuer.trimmed().compare(kIssuer, Qt::CaseInsensitive) != 0)
                continue;
            ++here;
            expired += c.notAfterUtc.isValid() && c.notAfterUtc < now ? 1 : 0;
            withKey += c.hasPrivateKey ? 1 : 0;
            if (!latest.isValid() || c.notAfterUtc > latest)
                latest = c.notAfterUtc;
        }
        total += here;
        perStore.append(tr("%1: %2").arg(certStoreLocationName(location)).arg(here));
    }

    if (total > kManyCertificates || expired > 0) {
        f = makeFinding(Verdict::Warning,
                        expired > 0 ? tr("The Personal certificate stores hold %n \"Windows Azure Tools\" "
                                         "certificate(s), %1 of them expired, left by earlier vault credentials files.",
                                         nullptr, total)
                                              .arg(expired)
                                    : tr("The Personal certificate stores hold %n \"Windows Azure Tools\" "
                                         "certificates, left by earlier vault credentials files.",
                                         nullptr, total));
        f.remedy = tr("If registration fails with \"Invalid vault credentials provided\", open certlm.msc (and "
                      "certmgr.msc), Personal > Certificates, remove the expired and old \"Windows Azure Tools\" "
                      "certificates and try again with a freshly downloaded file. Do not remove one a registered agent "
                      "may still "
                      "use (this tool never deletes them).");
    } else if (total == 0) {
        f = makeFinding(Verdict::Pass, tr("No \"Windows Azure Tools\" certificates are in the Personal certificate "
                                          "stores."));
    } else {
        f = makeFinding(Verdict::Pass, tr("The Personal certificate stores hold %n valid \"Windows Azure Tools\" "
                                          "certificate(s), which is not too many.",
                                          nullptr, total));
    }
    f.addEvidence(QStringLiteral("count"), tr("\"Windows Azure Tools\" certificates"), QString::number(total))
            .addEvidence(QStringLiteral("per_store"), tr("Per store"), perStore.join(QStringLiteral(", ")))
            .addEvidence(QStringLiteral("expired"), tr("Expired"), QString::number(expired))
            .addEvidence(QStringLiteral("with_private_key"), tr("With a private key"), QString::number(withKey));
    if (latest.isValid())
        f.addEvidence(QStringLiteral("latest_not_after"), tr("Latest expiry (NotAfter)"), latest.toString(Qt::ISODate));
    f.detail = tr("CurrentUser\\My is the store of the account running this tool; the agent's own service runs as "
                  "SYSTEM.");
    return f;
}

} // namespace mars
