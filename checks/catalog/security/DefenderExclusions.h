// SPDX-License-Identifier: MIT
#pragma once

// How Microsoft Defender's exclusion lists are read and matched (I3 antivirus_exclusions): pure
// string work, so the rules are tested one by one (tests/unit/TestSecurityChecks.cpp).
// Defender keeps each excluded path or process as a VALUE NAME of
// HKLM\SOFTWARE\Microsoft\Windows Defender\Exclusions\Paths (\Processes), and the same under
// SOFTWARE\Policies\... when Group Policy sets them (the data is 0 and means nothing).
#include <QHash>
#include <QString>
#include <QStringList>

namespace mars::defender {

QString exclusionsKey(); // SOFTWARE\Microsoft\Windows Defender\Exclusions
QString policyExclusionsKey(); // SOFTWARE\Policies\Microsoft\Windows Defender\Exclusions
QString realTimeKey(); // SOFTWARE\Microsoft\Windows Defender\Real-Time Protection
QString policyRealTimeKey(); // SOFTWARE\Policies\Microsoft\Windows Defender\Real-Time Protection
QString policyKey(); // SOFTWARE\Policies\Microsoft\Windows Defender (DisableLocalAdminMerge)
QString serviceName(); // WinDefend

// %ProgramFiles%, %ProgramData%, %SystemRoot%, %windir% and %SystemDrive% replaced with this
// machine's folders (names compared without regard to case); any other %VAR% stays as written
// and so matches nothing. Defender expands system variables in exclusions the same way.
using Environment = QHash<QString, QString>; // case-folded variable name -> value
QString expand(const QString& exclusion, const Environment& environment);

// True when the folder exclusion `exclusion` keeps Defender away from `path`: the same folder
// or a parent of it, compared as Windows compares paths (case, '/' or '\', a trailing
// backslash), after expanding variables; '*' and '?' match within one folder name, as
// Defender's wildcards do, and a pattern covers what lies below what it matches.
bool pathCovered(const QString& exclusion, const QString& path, const Environment& environment);

// True when the process exclusion `exclusion` names the program at `path`: a bare file name
// ("cbengine.exe") names it wherever it runs from; a path must match (wildcards as above).
bool processCovered(const QString& exclusion, const QString& path, const Environment& environment);

// The PowerShell line that adds the missing exclusions, paths quoted (for the remedy; the tool
// never runs it): Add-MpPreference -ExclusionProcess "..." -ExclusionPath "...", "...".
QString addMpPreferenceCommand(const QStringList& processes, const QStringList& paths);

} // namespace mars::defender
