// SPDX-License-Identifier: MIT
#include "TlsInterceptionCheck.h"

#include "AzureRoots.h"
#include "catalog/common/DocLinks.h"
#include "catalog/common/NetworkPaths.h"

#include <QSslError>

namespace mars {

const QList<QByteArray>& TlsInterceptionCheck::azureRoots()
{
    static const QList<QByteArray> roots = [] {
        QList<QByteArray> thumbprints;
        for (const tls::AzureRoot& root : tls::azureRoots())
            thumbprints.append(root.sha1);
        return thumbprints;
    }();
    return roots;
}

CheckInfo TlsInterceptionCheck::info() const
{
    return {.id = id(),
            .catalogRef = QStringLiteral("C7"),
            .phases = Phase::Register,
            .title = tr("Certificates of the connection to Azure"),
            .whyItMatters = tr("Registration signs in to Azure with a certificate over TLS. A device that opens and "
                               "re-signs the connection (TLS inspection), or a certificate this server does not "
                               "trust, breaks it."),
            .docUrl = docs::marsTroubleshoot(),
            .deadline_ms = networkPaths::kCheckDeadline_ms,
            .needs = Requirement::Network};
}

Finding TlsInterceptionCheck::run(const CheckContext& context) const
{
    OsInfo os;
    Finding f;
    if (!readWindows(context, &os, &f))
        return f;
    const FactsCache::Fact<NetworkPaths> survey = networkPaths::survey(context);
    if (!survey.ok())
        return probeError(tr("The certificates of the connections to Azure could not be read."), survey.reason);
    QString failure, warning;
    int seen = 0;
    for (const PathOutcome& o : survey.value.outcomes) {
        if (o.endpoint.url.scheme() != u"https" || !o.exchange.ok())
            continue;
        const ExchangeResult& r = o.exchange.value;
        const bool untrusted = r.failedLayer == NetworkLayer::Tls && !r.tlsErrors.isEmpty();
        if (!r.answered() && !untrusted)
            continue;
        ++seen;
        const QString host = o.endpoint.url.host();
        const QString root = r.rootName.isEmpty() ? tr("an unnamed certificate authority") : r.rootName;
        f.addEvidence(o.endpoint.id + u'_' + (o.route.route.isDirect() ? QStringLiteral("direct") : o.route.route.name),
                      tr("Root of %1 %2").arg(host, o.route.label),
                      r.rootSha1.isEmpty() ? root
                                           : QStringLiteral("%1 (%2)").arg(root, QString::fromLatin1(r.rootSha1)));
        if (untrusted && failure.isEmpty()) {
            const bool expired = r.tlsErrorCodes.contains(int(QSslError::CertificateExpired));
            const bool wrongHost = r.tlsErrorCodes.contains(int(QSslError::HostNameMismatch));
            failure = expired ? tr("The certificate %1 shows for %2 has expired, so the connection is refused.")
                                        .arg(host, o.route.label)
                      : wrongHost ? tr("The certificate %1 shows is not for that name (it is for another host), so "
                                       "the connection is refused.")
                                            .arg(host)
                                  : tr("The certificate %1 shows %2 is issued by '%3', which this server does not "
                                       "trust, so the connection is refused.")
                                            .arg(host, o.route.label, root);
        } else if (!untrusted && !azureRoots().contains(r.rootSha1) && warning.isEmpty()) {
            warning = tr("The connection to %1 %2 is inspected by '%3': its certificate chain ends in that "
                         "authority, not in one of the roots Azure uses.")
                              .arg(host, o.route.label, root);
        }
    }
    if (seen == 0)
        return makeFinding(Verdict::NotApplicable,
                           tr("No HTTPS connection to Azure got as far as TLS, so there is no certificate to look at "
                              "(see the connection check)."));
    Finding result = !failure.isEmpty()   ? makeFinding(Verdict::Fail, failure)
                     : !warning.isEmpty() ? makeFinding(Verdict::Warning, warning)
                                          : makeFinding(Verdict::Pass, tr("The connections to Azure carry Azure's own "
                                                                          "certificates: nothing in between opens "
                                                                          "them."));
    if (!failure.isEmpty() || !warning.isEmpty())
        result.remedy = tr("Ask the network team to exempt the Azure addresses (*.microsoftonline.com, "
                           "*.windows.net, *.backup.windowsazure.com, *.blob.core.windows.net, "
                           "*.queue.core.windows.net) from TLS inspection, or to make this server trust the "
                           "inspecting authority (in LocalMachine\\Root) if inspection must stay.");
    result.evidence = f.evidence;
    result.detail = tr("The roots Azure's TLS endpoints chain to (SHA-1): DigiCert Global Root G2, DigiCert Global "
                       "Root CA, Baltimore CyberTrust Root, D-TRUST Root Class 3 CA 2 2009, Microsoft RSA Root CA "
                       "2017, Microsoft ECC Root CA 2017.");
    return result;
}

} // namespace mars
