// SPDX-License-Identifier: MIT
// The vault credentials parser (catalog G1): any bytes as a .VaultCredentials file. A refusal
// must say why; an accepted file must have a certificate.
#include "FuzzSupport.h"
#include "catalog/common/VaultCredentials.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto outcome = mars::VaultCredentialsParser::parse(mars::fuzz::bytes(data, size));
    if (outcome.ok ? outcome.certificate.isEmpty() : (outcome.reason.isEmpty() || outcome.sentence.isEmpty()))
        __builtin_trap();
    return 0;
}
