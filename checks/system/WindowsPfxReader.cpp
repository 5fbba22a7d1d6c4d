// SPDX-License-Identifier: MIT
// PfxReader with the OS (Windows): PFXImportCertStore into a memory store, with
// PKCS12_NO_PERSIST_KEY so the private key is held only for the life of the store and never
// written to a key container (mars-checks.md G3; Microsoft Learn, PFXImportCertStore).
#include "PfxReader.h"
#include "WindowsHelpers.h"

#include <windows.h>
#include <wincrypt.h>

namespace mars {

namespace {
// A key that came with the certificate shows as one of these properties, depending on the
// provider the import chose (CryptoAPI container info, a CNG handle, or a CSP key context).
bool hasKeyProperty(PCCERT_CONTEXT context)
{
    for (const DWORD property :
         {DWORD(CERT_KEY_PROV_INFO_PROP_ID), DWORD(CERT_NCRYPT_KEY_HANDLE_PROP_ID), DWORD(CERT_KEY_CONTEXT_PROP_ID)}) {
        DWORD size = 0;
        if (::CertGetCertificateContextProperty(context, property, nullptr, &size))
            return true;
    }
    return false;
}
} // namespace

PfxContents PfxReader::read(const QByteArray& der)
{
    PfxContents out;
    if (der.isEmpty() || der.size() > kMaxBytes) {
        out.status = PfxStatus::NotPfx;
        return out;
    }
    CRYPT_DATA_BLOB blob{DWORD(der.size()), reinterpret_cast<BYTE*>(const_cast<char*>(der.constData()))};
    if (!::PFXIsPFXBlob(&blob)) {
        out.status = PfxStatus::NotPfx;
        return out;
    }
    // "" and no password are different passwords to PKCS #12; writers use either for "empty".
    HCERTSTORE store = ::PFXImportCertStore(&blob, L"", PKCS12_NO_PERSIST_KEY);
    DWORD error = store ? 0 : ::GetLastError();
    if (!store && error == ERROR_INVALID_PASSWORD) {
        store = ::PFXImportCertStore(&blob, nullptr, PKCS12_NO_PERSIST_KEY);
        error = store ? 0 : ::GetLastError();
    }
    if (!store) {
        out.status = error == ERROR_INVALID_PASSWORD ? PfxStatus::PasswordProtected : PfxStatus::Unreadable;
        out.detail = win::errorText(error);
        return out;
    }
    PCCERT_CONTEXT context = nullptr;
    while ((context = ::CertEnumCertificatesInStore(store, context)) != nullptr) {
        const QByteArray bytes(reinterpret_cast<const char*>(context->pbCertEncoded), int(context->cbCertEncoded));
        out.certificates.append({QSslCertificate(bytes, QSsl::Der), hasKeyProperty(context)});
    }
    ::CertCloseStore(store, 0);
    out.status = PfxStatus::Read;
    return out;
}

} // namespace mars
