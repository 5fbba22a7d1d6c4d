// SPDX-License-Identifier: MIT
// WindowsSystem: which root certificates the machine trusts (C8), looked up by thumbprint in
// the LocalMachine\Root system store through crypt32, and what the Personal stores hold (G8:
// "Windows Azure Tools" certificates), listed read-only.
#include "WindowsHandles.h"
#include "WindowsSystem.h"

#include <windows.h>
#include <wincrypt.h>

#include <string>

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

// The subject's or the issuer's common name (else the first of e-mail, OU, O), as certlm.msc's
// "Issued To" / "Issued By" columns show it.
QString displayName(PCCERT_CONTEXT cert, DWORD flags)
{
    const DWORD size = ::CertGetNameStringW(cert, CERT_NAME_SIMPLE_DISPLAY_TYPE, flags, nullptr, nullptr, 0);
    if (size <= 1)
        return {};
    std::wstring text(size, L'\0');
    ::CertGetNameStringW(cert, CERT_NAME_SIMPLE_DISPLAY_TYPE, flags, nullptr, text.data(), size);
    return fromWide(text.c_str());
}

StoreCertificate describe(PCCERT_CONTEXT cert)
{
    StoreCertificate c;
    c.subject = displayName(cert, 0);
    c.issuer = displayName(cert, CERT_NAME_ISSUER_FLAG);
    BYTE hash[20] = {};
    DWORD hashSize = sizeof(hash);
    if (::CertGetCertificateContextProperty(cert, CERT_SHA1_HASH_PROP_ID, hash, &hashSize))
        c.sha1Hex = QByteArray(reinterpret_cast<const char*>(hash), qsizetype(hashSize)).toHex();
    c.notBeforeUtc = fileTimeToUtc(cert->pCertInfo->NotBefore);
    c.notAfterUtc = fileTimeToUtc(cert->pCertInfo->NotAfter);
    // Asking only for the property's size: whether a key is associated, without opening it.
    DWORD keyInfoSize = 0;
    c.hasPrivateKey = ::CertGetCertificateContextProperty(cert, CERT_KEY_PROV_INFO_PROP_ID, nullptr, &keyInfoSize)
                      && keyInfoSize > 0;
    return c;
}
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

Probed<QList<StoreCertificate>> WindowsNetworkSettings::personalCertificates(CertStoreLocation location) const
{
    using Result = Probed<QList<StoreCertificate>>;
    const QString name = certStoreLocationName(location);
    const DWORD where = location == CertStoreLocation::LocalMachine ? CERT_SYSTEM_STORE_LOCAL_MACHINE
                                                                    : CERT_SYSTEM_STORE_CURRENT_USER;
    // Read-only and OPEN_EXISTING: looking never creates the store or changes anything in it.
    const CertStore store(::CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0,
                                          where | CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG, L"MY"));
    if (!store) {
        const DWORD error = ::GetLastError();
        if (error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND)
            return Result::good({}); // no Personal store yet: nothing in it
        return fromWin32<QList<StoreCertificate>>(tr("Cannot open the certificate store %1").arg(name), error);
    }
    QList<StoreCertificate> certificates;
    PCCERT_CONTEXT cert = nullptr;
    // CertEnumCertificatesInStore frees the previous context itself; the loop ends on nullptr.
    while ((cert = ::CertEnumCertificatesInStore(store.get(), cert)) != nullptr)
        certificates.append(describe(cert));
    const DWORD error = ::GetLastError();
    if (error != DWORD(CRYPT_E_NOT_FOUND) && error != ERROR_NO_MORE_FILES && error != ERROR_SUCCESS)
        return fromWin32<QList<StoreCertificate>>(tr("Cannot list the certificate store %1").arg(name), error);
    return Result::good(certificates);
}

} // namespace mars
