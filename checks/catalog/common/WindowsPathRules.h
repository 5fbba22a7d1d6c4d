// SPDX-License-Identifier: MIT
#pragma once

#include "engine/CheckContext.h"

#include <QCoreApplication>
#include <QString>

namespace mars {

// The folders a fix must never change and the shape of a folder a fix may write into the
// agent's registry (issue #14). Every answer is taken on the canonical path
// (agent::canonicalWindowsPath: ".", "..", trailing dots and spaces, "\\?\" resolved), so no
// spelling of C:\Windows gets past it. Short 8.3 names, junctions and symbolic links are not
// path arithmetic: a caller that touches a folder asks these rules again on the final path the
// machine reports for it (FilesProbe::pathDetails), and a final path still holding a short-name
// component is refused.
class WindowsPathRules
{
    Q_DECLARE_TR_FUNCTIONS(WindowsPathRules)

public:
    // Why no fix may change `path`, or an empty string. Reserved: a drive or volume root, the
    // Windows folder and everything inside it (System32, SysWOW64), both Program Files folders,
    // ProgramData, the profiles folder and each profile in it, and every drive's $Recycle.Bin
    // and System Volume Information (and what is inside them). The folders come from the
    // machine (FilesProbe::knownFolder); the usual C:\ spellings stand in for one that cannot be
    // read. A path that is not a full local path (network, relative, a stream) is refused too.
    static QString reservedReason(const CheckContext& context, const QString& path);

    // Why `value` cannot be the agent's cache folder (ScratchLocation), or an empty string: it
    // must be a full local path, on a fixed drive when the machine can say, and not a reserved
    // folder. A journal line is a file the user can edit: undo writes nothing that fails this.
    static QString cacheFolderProblem(const CheckContext& context, const QString& value);
};

} // namespace mars
