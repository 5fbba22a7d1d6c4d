// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

namespace mars {

class SystemProbe;

// `inner` behind role decorators that call ThreadGuard::offGuiThread("FilesProbe::forEachEntry")
// before every OS question or action: a probe started on the GUI thread would freeze the window,
// so in a widget application it fails a debug assertion (a critical log line in a release
// build). Same label, same answers. The composition root wraps the machine once; a test
// wraps it to prove that the pages and runners keep the OS off the GUI thread.
std::shared_ptr<SystemProbe> guardedAgainstGuiThread(std::shared_ptr<SystemProbe> inner);

} // namespace mars
