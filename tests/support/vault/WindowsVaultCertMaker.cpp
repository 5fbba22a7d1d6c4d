// SPDX-License-Identifier: MIT
// makeManagementCert with the OS (Windows): CertCreateSelfSignCertificate in a throwaway key
// container, exported with PFXExportCertStoreEx, the container deleted afterwards. The Wine
// suite thus opens, with PfxReader's PFXImportCertStore, files the OS itself wrote.
#include "vault/VaultFileMaker.h"

#include <QUuid>

#include <windows.h>
#include <wincrypt.h>

#include <string>
#include <vector>

namespace mars::test {

namespace {
QString g_error;

void fail(const char* step)
{
    g_error = QStringLiteral("%1 failed (error 0x%2)")
                      .arg(QLatin1String(step))
                      .arg(quint32(::GetLastError()), 8, 16, QLatin1Char('0'));
}

SYSTEMTIME systemTime(const QDateTime& utc)
{
    const QDateTime t = utc.toUTC();
    SYSTEMTIME s{};
    s.wYear = WORD(t.date().year());
    s.wMonth = WORD(t.date().month());
    s.wDay = WORD(t.date().day());
    s.wHour = WORD(t.time().hour());
    s.wMinute = WORD(t.time().minute());
    s.wSecond = WORD(t.time().second());
    return s;
}

QByteArray exportPfx(PCCERT_CONTEXT cert, const wchar_t* password, DWORD flags)
{
    HCERTSTORE store = ::CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, 0, nullptr);
    if (!store)
        return {};
    QByteArray out;
    if (::CertAddCertificateContextToStore(store, cert, CERT_STORE_ADD_ALWAYS, nullptr)) {
        CRYPT_DATA_BLOB blob{};
        if (::PFXExportCertStoreEx(store, &blob, password, nullptr, flags) && blob.cbData > 0) {
            std::vector<BYTE> buffer(blob.cbData);
            blob.pbData = buffer.data();
            if (::PFXExportCertStoreEx(store, &blob, password, nullptr, flags))
                out = QByteArray(reinterpret_cast<const char*>(buffer.data()), int(blob.cbData));
            else
                fail("PFXExportCertStoreEx");
        } else {
            fail("PFXExportCertStoreEx (size)");
        }
    }
    ::CertCloseStore(store, 0);
    return out;
}
} // namespace

QString makerError()
{
    return g_error;
}

QByteArray makeManagementCert(const VaultFileSpec& spec)
{
    g_error.clear();
    if (spec.cert == VaultFileSpec::Cert::NotACertificate)
        return QByteArray("this is not a certificate at all");
    BYTE name[256] = {};
    DWORD nameSize = sizeof name;
    if (!::CertStrToNameW(X509_ASN_ENCODING, L"CN=Windows Azure Tools", CERT_X500_NAME_STR, nullptr, name, &nameSize,
                          nullptr)) {
        fail("CertStrToNameW");
        return {};
    }
    CERT_NAME_BLOB subject{nameSize, name};
    const std::wstring container = L"mars-test-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdWString();
    HCRYPTPROV provider = 0;
    if (!::CryptAcquireContextW(&provider, container.c_str(), MS_ENHANCED_PROV_W, PROV_RSA_FULL, CRYPT_NEWKEYSET)) {
        fail("CryptAcquireContextW");
        return {};
    }
    HCRYPTKEY key = 0;
    QByteArray out;
    if (::CryptGenKey(provider, AT_KEYEXCHANGE, (2048u << 16) | CRYPT_EXPORTABLE, &key)) {
        CRYPT_KEY_PROV_INFO info{};
        info.pwszContainerName = const_cast<wchar_t*>(container.c_str());
        info.pwszProvName = const_cast<wchar_t*>(MS_ENHANCED_PROV_W);
        info.dwProvType = PROV_RSA_FULL;
        info.dwKeySpec = AT_KEYEXCHANGE;
        SYSTEMTIME start = systemTime(spec.notBefore);
        SYSTEMTIME end = systemTime(spec.notAfter);
        PCCERT_CONTEXT cert =
                ::CertCreateSelfSignCertificate(provider, &subject, 0, &info, nullptr, &start, &end, nullptr);
        if (cert) {
            switch (spec.cert) {
            case VaultFileSpec::Cert::PublicOnly:
                out = QByteArray(reinterpret_cast<const char*>(cert->pbCertEncoded), int(cert->cbCertEncoded));
                break;
            case VaultFileSpec::Cert::PfxWithoutKey: out = exportPfx(cert, L"", 0); break;
            case VaultFileSpec::Cert::PfxWithPassword: out = exportPfx(cert, L"not-empty", EXPORT_PRIVATE_KEYS); break;
            default: out = exportPfx(cert, L"", EXPORT_PRIVATE_KEYS); break;
            }
            ::CertFreeCertificateContext(cert);
        } else {
            fail("CertCreateSelfSignCertificate");
        }
        ::CryptDestroyKey(key);
    } else {
        fail("CryptGenKey");
    }
    ::CryptReleaseContext(provider, 0);
    HCRYPTPROV gone = 0; // the throwaway container goes: nothing of the test stays in the profile
    ::CryptAcquireContextW(&gone, container.c_str(), MS_ENHANCED_PROV_W, PROV_RSA_FULL, CRYPT_DELETEKEYSET);
    return out;
}

} // namespace mars::test
