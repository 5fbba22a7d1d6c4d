// SPDX-License-Identifier: MIT
#pragma once

#include "Redactor.h"

#include <spdlog/details/log_msg.h>
#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>
#include <vector>

namespace mars {

// An spdlog sink that passes each message through the Redactor and then on to its children
// (file, ring buffer, stderr). Putting redaction in front of every sink means no sink can be
// added later that sees a raw secret.
class RedactingSink final : public spdlog::sinks::base_sink<std::mutex>
{
public:
    RedactingSink(std::shared_ptr<const Redactor> redactor, std::vector<spdlog::sink_ptr> children)
        : m_redactor(std::move(redactor))
        , m_children(std::move(children))
    {
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        std::string clean = m_redactor->redact(std::string_view(msg.payload.data(), msg.payload.size()));
        // One message, one line: a line break inside a message (an exception text, a file
        // name) would start a line without the session id, or forge an audit line.
        escapeLineBreaks(clean);
        spdlog::details::log_msg copy(msg);
        copy.payload = spdlog::string_view_t(clean.data(), clean.size());
        for (const auto& child : m_children) {
            if (child->should_log(copy.level))
                child->log(copy);
        }
    }
    void flush_() override
    {
        for (const auto& child : m_children)
            child->flush();
    }

private:
    static void escapeLineBreaks(std::string& text)
    {
        if (text.find_first_of("\r\n") == std::string::npos)
            return;
        std::string escaped;
        escaped.reserve(text.size() + 8);
        for (const char c : text) {
            if (c == '\n')
                escaped += "\\n";
            else if (c == '\r')
                escaped += "\\r";
            else
                escaped += c;
        }
        text = std::move(escaped);
    }

    std::shared_ptr<const Redactor> m_redactor;
    std::vector<spdlog::sink_ptr> m_children;
};

} // namespace mars
