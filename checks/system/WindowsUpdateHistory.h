// SPDX-License-Identifier: MIT
#pragma once

// Pieces of WindowsMachine::updateHistory() (WindowsUpdateHistory.cpp) that tests/windows checks
// one by one. Windows only; internal to mars_system.
#include "SystemTypes.h"

#include <QDateTime>
#include <QString>

#include <windows.h>

namespace mars::win {

// An OLE Automation DATE (days since 1899-12-30, the fraction is the time of day) read as UTC,
// as IUpdateHistoryEntry::get_Date gives it. Invalid for dates before 1900 (none is an update).
QDateTime oleDateToUtc(double date);

// A COM error in plain words followed by its code, "Not implemented. (0x80004001)"; the
// Windows Update Agent's own codes (0x8024xxxx), which the system has no text for, by code only.
QString hresultText(HRESULT result);

// Why the Windows Update Agent could not answer, in a sentence a customer understands; the
// codes that have a known cause (class not registered, service disabled, not implemented as
// under Wine, access denied) say that cause.
Probed<UpdateHistory> updateHistoryFailure(const QString& step, HRESULT result);

// The WSUS classification "Definition Updates" (antivirus signatures), which Windows Update
// installs daily and which says nothing about the operating system's own updates. Source: WSUS
// Classification GUIDs (learn.microsoft.com ff357803, read 2025).
inline constexpr const wchar_t* kDefinitionUpdatesCategory = L"E0789628-CE08-4437-BE74-2495B842F43B";

} // namespace mars::win
