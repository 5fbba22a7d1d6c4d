// SPDX-License-Identifier: MIT
#pragma once

#include <unistd.h>

namespace mars {

// RAII for a file descriptor (POSIX side of mars_system).
struct Fd
{
    int fd = -1;
    explicit Fd(int f)
        : fd(f)
    {
    }
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
};

} // namespace mars
