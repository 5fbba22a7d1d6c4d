// SPDX-License-Identifier: MIT
#pragma once

#include "SystemTypes.h"

#include <QString>
#include <QStringList>

namespace mars {

// Role: the Windows registry. Every read and write names its 32/64-bit view. Implemented by
// WindowsRegistry, PosixRegistry (NotApplicable: Linux has no registry) and ScenarioRegistry
// (the scenario's "registry" section). Thread-safe; nothing blocks indefinitely.
class RegistryProbe
{
public:
    virtual ~RegistryProbe() = default;

    virtual Probed<RegistryValue> readRegistry(RegistryHive hive, const QString& key, const QString& valueName,
                                               RegistryView view) const = 0;

    // The names of the key's direct subkeys (Windows: RegEnumKeyExW), as the registry spells
    // them, in the order it gives them; an empty list for a key without subkeys. NotFound when
    // the key does not exist (so this also answers "does this key exist?", which readRegistry
    // cannot tell apart from a missing value). Denied/Failed when the key cannot be opened or
    // listed.
    virtual Probed<QStringList> registrySubkeys(RegistryHive hive, const QString& key, RegistryView view) const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    // Sets a REG_SZ value in an existing key (never creates keys) and answers the value read
    // back after the write.
    virtual Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                                      const QString& data, RegistryView view) const = 0;
};

} // namespace mars
