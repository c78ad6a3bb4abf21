// A file's whole text for the build-time tools, or nothing (said on stderr, after `tool`)
// when it cannot be read.
#pragma once

#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace limber::tools {

inline std::optional<std::string> read_file(const char* tool, const char* path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "%s: cannot read %s\n", tool, path);
        return std::nullopt;
    }
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace limber::tools
