// SPDX-License-Identifier: MIT
#include "AzureRoots.h"

namespace mars::tls {

const QList<AzureRoot>& azureRoots()
{
    static const QList<AzureRoot> roots{
            {QStringLiteral("digicert_global_root_g2"), QStringLiteral("DigiCert Global Root G2"),
             "df3c24f9bfd666761b268073fe06d1cc8d4f82a4", true},
            {QStringLiteral("digicert_global_root_ca"), QStringLiteral("DigiCert Global Root CA"),
             "a8985d3a65e5e5c4b2d7d66d40c6dd2fb19c5436", false},
            {QStringLiteral("baltimore_cybertrust_root"), QStringLiteral("Baltimore CyberTrust Root"),
             "d4de20d05e66fc53fe1a50882c78db2852cae474", false},
            {QStringLiteral("d_trust_root_class_3_ca_2_2009"), QStringLiteral("D-TRUST Root Class 3 CA 2 2009"),
             "58e8abb0361533fb80f79b1b6d29d3ff8d5f00f0", false},
            {QStringLiteral("microsoft_rsa_root_2017"), QStringLiteral("Microsoft RSA Root Certificate Authority 2017"),
             "73a5e64a3bff8316ff0edccc618a906e4eae4d74", true},
            {QStringLiteral("microsoft_ecc_root_2017"), QStringLiteral("Microsoft ECC Root Certificate Authority 2017"),
             "999a64c37ff47d9fab95f14769891460eec4c3c5", false}};
    return roots;
}

} // namespace mars::tls
