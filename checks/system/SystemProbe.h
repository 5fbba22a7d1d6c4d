// SPDX-License-Identifier: MIT
#pragma once

#include "ConnectivityProbe.h"
#include "FilesProbe.h"
#include "MachineProbe.h"
#include "NetworkSettingsProbe.h"
#include "RegistryProbe.h"
#include "ServicesProbe.h"

#include <QString>

#include <memory>

namespace mars {

// The roles one machine plays for the checks. Each is an interface of its own, implemented for
// Windows (Win32, the product's target), POSIX (real calls on the Linux dev/CI box;
// Windows-only facts answer NotApplicable) and a scenario (a JSON description of a Windows
// machine: tests, demo, training). A test double replaces the one role it fakes and keeps the
// others (SystemRoles is a value).
struct SystemRoles
{
    std::shared_ptr<const MachineProbe> machine;
    std::shared_ptr<const FilesProbe> files;
    std::shared_ptr<const RegistryProbe> registry;
    std::shared_ptr<const ServicesProbe> services;
    std::shared_ptr<const NetworkSettingsProbe> network;
    std::shared_ptr<const ConnectivityProbe> connectivity;
};

// The OS as the checks and fixes see it: a label and its roles. Adding an OS fact touches one
// role interface and its three implementations (docs/adding-a-check.md, "Adding an OS fact").
// Every role is thread-safe and may be called from any worker; none blocks indefinitely.
// WindowsSystem, PosixSystem and ScenarioSystem derive from it to build their roles; the
// derived classes add no behaviour the checks rely on.
class SystemProbe
{
public:
    SystemProbe(QString description, bool simulated, SystemRoles roles);
    virtual ~SystemProbe();
    SystemProbe(const SystemProbe&) = delete;
    SystemProbe& operator=(const SystemProbe&) = delete;

    // A short label for reports and the window title ("Windows", "Linux", "SIMULATED: ...").
    QString description() const { return m_description; }
    // True for a scenario: every output must say SIMULATED.
    bool isSimulated() const { return m_simulated; }

    const MachineProbe& machine() const { return *m_roles.machine; }
    const FilesProbe& files() const { return *m_roles.files; }
    const RegistryProbe& registry() const { return *m_roles.registry; }
    const ServicesProbe& services() const { return *m_roles.services; }
    const NetworkSettingsProbe& network() const { return *m_roles.network; }
    const ConnectivityProbe& connectivity() const { return *m_roles.connectivity; }

    // The roles themselves (shared: they stay alive as long as anyone holds them), for a
    // decorator or a test double that wraps one of them.
    const SystemRoles& roles() const { return m_roles; }

private:
    QString m_description;
    bool m_simulated;
    SystemRoles m_roles;
};

} // namespace mars
