// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace mars {

// Catches blocking work (file I/O, an OS probe) started on the GUI thread, where it would
// freeze the window. ThreadGuard::offGuiThread("FixJournal::entries") at the top of such a
// call: on the GUI thread of a widget application it calls the handler, which by default
// fails a debug assertion and logs a critical message in a release build. Console runs
// (--cli) and QCoreApplication tests have no GUI thread and are never flagged.
class ThreadGuard
{
public:
    using Handler = std::function<void(const char* what)>;

    static bool onGuiThread();
    static void offGuiThread(const char* what);
    // Replaces the handler (tests record the calls instead of aborting); returns the old one.
    static Handler setHandler(Handler handler);
};

} // namespace mars
