// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace mars {

// Text for a wrapping label or cell: a zero-width space after each path separator, so a long
// path wraps after a '\' or '/' and never inside a folder or file name. Only for display: the
// hints are invisible but would be copied with the text, so keep the original for tool tips,
// the clipboard and reports.
QString breakablePath(const QString& text);

} // namespace mars
