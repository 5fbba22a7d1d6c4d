// SPDX-License-Identifier: MIT
// WindowsSystem: which root certificates the machine trusts (C8), looked up by thumbprint in
// the LocalMachine\Root system store through crypt32.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <windows.h>
#include <wincrypt.h>

namespace mars {

using namespace win;

namespace {
struct CertStoreTraits
{
    static HCERTSTORE none() { return nullptr; }
    static bool isValid(HCERTSTORE h) { return h != nullptr; }
    static void close(HCERTSTORE h) { ::CertCloseStore(h, 0); }
};
using CertStore = Owned<HCERTSTORE, CertStoreTraits>;
} // namespace

Probed<QList<QByteArray>> WindowsNetworkSettings::localMachineRoots(const QList<QByteArray>& sha1Hex) const
{
    using Result = Probed<QList<QByteArray>>;
    for (const QByteArray& hex : sha1Hex) {
        if (!isSha1Thumbprint(hex))
            return Result::bad(ProbeStatus::Failed, tr("\"%1\" is not a SHA-1 thumbprint (40 hexadecimal digits).")
                                                            .arg(QString::fromLatin1(hex.left(60))));
    }
    // The system store "ROOT" of the machine: what certlm.msc shows as Trusted Root Certification
    // Authorities, with its physical stores (registry, Group Policy, enterprise). Read-only and
    // OPEN_EXISTING, so looking never creates or changes a store; no network access.
    const CertStore store(::CertOpenStore(
            CERT_STORE_PROV_SYSTEM_W, 0, 0,
            CERT_SYSTEM_STORE_LOCAL_MACHINE | CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG, L"ROOT"));
    if (!store)
        return fromLastError<QList<QByteArray>>(
                [] { return tr("Cannot open the machine's trusted root certificate store (LocalMachine\\Root)"); });
    QList<QByteArray> present;
    for (const QByteArray& hex : sha1Hex) {
        QByteArray hash = QByteArray::fromHex(hex);
        CRYPT_HASH_BLOB blob{DWORD(hash.size()), reinterpret_cast<BYTE*>(hash.data())};
        const PCCERT_CONTEXT found = ::CertFindCertificateInStore(store.get(), X509_ASN_ENCODING | PKCS_7_ASN_ENCODING,
                                                                  0, CERT_FIND_SHA1_HASH, &blob, nullptr);
        if (found) {
            ::CertFreeCertificateContext(found);
            present.append(hex.toLower());
            continue;
        }
        // Not there is CRYPT_E_NOT_FOUND; anything else means the store could not be searched.
        const DWORD error = ::GetLastError();
        if (error != DWORD(CRYPT_E_NOT_FOUND))
            return fromWin32<QList<QByteArray>>(
                    tr("Cannot search the machine's trusted root certificate store (LocalMachine\\Root)"), error);
    }
    return Result::good(present);
}

} // namespace mars
