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

    // The names of the key's values (Windows: RegEnumValueW), as the registry spells them, in
    // the order it gives them; the default (unnamed) value is left out. For keys whose value
    // NAMES are the data, such as Defender's Exclusions\Paths. NotFound when the key does not
    // exist; Denied when it cannot be opened for reading (Defender's exclusion keys refuse a
    // process that is not elevated); Failed otherwise.
    virtual Probed<QStringList> registryValueNames(RegistryHive hive, const QString& key, RegistryView view) const = 0;

    // --- actions (used by fixes only) -----------------------------------------------------
    // Sets a string value in an existing key (never creates keys) and answers the value read
    // back after the write. A value that is REG_EXPAND_SZ stays REG_EXPAND_SZ (PSModulePath);
    // any other (or a new one) is written as REG_SZ.
    virtual Probed<RegistryValue> writeRegistryString(RegistryHive hive, const QString& key, const QString& valueName,
                                                      const QString& data, RegistryView view) const = 0;
    // Sets a REG_DWORD value and answers it read back after the write. With
    // KeyCreation::CreateMissingKeys a missing key (and any missing parent) is created first and
    // RegistryWrite::keyCreated says whether the named key was new; with ExistingKeyOnly a missing
    // key answers NotFound. Denied without the rights to write there.
    virtual Probed<RegistryWrite> writeRegistryDword(RegistryHive hive, const QString& key, const QString& valueName,
                                                     quint32 data, RegistryView view, KeyCreation creation) const = 0;
    // Deletes one value. Ok(true) when deleted; NotFound when the key or the value does not
    // exist; Denied without the rights.
    virtual Probed<bool> deleteRegistryValue(RegistryHive hive, const QString& key, const QString& valueName,
                                             RegistryView view) const = 0;
    // Deletes the key only when it holds neither values nor subkeys (so it never takes anything
    // with it). Ok(true) deleted, Ok(false) left because it is not empty; NotFound when it does
    // not exist; Denied without the rights. A hive's root is never deleted (Failed).
    virtual Probed<bool> deleteRegistryKeyIfEmpty(RegistryHive hive, const QString& key, RegistryView view) const = 0;
};

} // namespace mars
