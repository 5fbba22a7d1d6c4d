// SPDX-License-Identifier: MIT
#pragma once

#include "Verdict.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mars {

// One fact a check read, shown to second-line support ("Scratch folder" = "D:\Scratch").
// `id` is stable snake_case (JSON, tests, tooling); `label` is the translated text for people.
// A secret value is stored masked from the start; the raw secret never enters a Finding.
struct Evidence
{
    QString id;
    QString label;
    QString value;
};

// One endpoint as a network check saw it: the JSON report's "endpoints" and the block for the
// network team. `failedLayer` is "dns", "tcp", "proxy", "tls", "http", or empty when it worked.
struct EndpointReport
{
    QString id; // "entra_login"
    QString url;
    QString route; // short route name, "direct" when no proxy is used
    Verdict verdict = Verdict::NotRun;
    QString failedLayer;
    qint64 elapsed_ms = 0;
    QString detail; // one sentence
};

// The value a check returns: what it found, in words for the customer and for support.
struct Finding
{
    QString checkId; // catalog id, snake_case ("windows_temp_tmp_count")
    Verdict verdict = Verdict::NotRun;
    QString summary; // one plain-language sentence a customer understands
    QString detail; // technical detail for second-line support
    QList<Evidence> evidence; // values read, paths, registry values (secrets redacted)
    QString remedy; // what to do next, in words
    QStringList fixIds; // fixes that apply to this finding, offered as buttons
    QString docUrl; // Microsoft documentation for the rule
    qint64 elapsed_ms = 0; // wall time of the probe (set by the runner)
    QList<EndpointReport> endpoints; // network checks: each endpoint and route probed
    // What a firewall admin acts on without this tool (the connection check): each failing
    // address with its route, layer and evidence, then the allow-list. Copied by the detail
    // panel's button, printed by the CLI, "networkTeam" in the JSON report. Empty elsewhere.
    QString networkTeam;
    // Which rule decided the verdict, as a stable snake_case id ("expired", "cert_public_only"):
    // the vaultcred_* checks set it, the JSON report carries it as "reason". Empty elsewhere.
    QString reason;

    Finding& addEvidence(const QString& id, const QString& label, const QString& value)
    {
        evidence.append({id, label, value});
        return *this;
    }
    QString evidenceValue(const QString& id) const
    {
        for (const Evidence& e : evidence) {
            if (e.id == id)
                return e.value;
        }
        return {};
    }
};

} // namespace mars

Q_DECLARE_METATYPE(mars::Finding)
