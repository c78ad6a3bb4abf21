#include "json_text.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace limber {

namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t skip_space(std::string_view t, size_t i) {
    while (i < t.size() && space(t[i])) ++i;
    return i;
}

// Past the closing quote of the string that opens at i.
size_t string_end(std::string_view t, size_t i) {
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\') ++i;
        else if (t[i] == '"') return i + 1;
    }
    return t.size();
}

// Past the end of the value that starts at i, and how deeply it nests.
size_t value_end(std::string_view t, size_t i, int& depth) {
    depth = 0;
    if (i >= t.size()) return i;
    if (t[i] == '"') return string_end(t, i);
    if (t[i] != '[' && t[i] != '{') {
        while (i < t.size() && !space(t[i]) && t[i] != ',' && t[i] != ']' && t[i] != '}') ++i;
        return i;
    }
    int level = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (c == '"') {
            i = string_end(t, i);
            continue;
        }
        if (c == '[' || c == '{') {
            depth = std::max(depth, ++level);
        } else if ((c == ']' || c == '}') && --level == 0) {
            return i + 1;
        }
        ++i;
    }
    return i;
}

}  // namespace

int json_depth(std::string_view text) {
    int depth = 0, level = 0;
    for (size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '"') {
            i = string_end(text, i);
            continue;
        }
        if (c == '[' || c == '{') depth = std::max(depth, ++level);
        else if ((c == ']' || c == '}') && level > 0) --level;
        ++i;
    }
    return depth;
}

std::string parse_limited(std::string_view text, nlohmann::json& out) {
    if (json_depth(text) > kMaxJsonDepth) return "is nested more than " + std::to_string(kMaxJsonDepth) + " levels deep";
    out = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    return out.is_discarded() ? "is not JSON" : "";
}

std::string_view json_trim(std::string_view text) {
    // nlohmann skips a byte order mark that opens the text; spliced into other JSON it would break it.
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    const size_t first = skip_space(text, 0);
    size_t last = text.size();
    while (last > first && space(text[last - 1])) --last;
    return text.substr(first, last - first);
}

std::vector<JsonSpan> json_elements(std::string_view array) {
    std::vector<JsonSpan> out;
    size_t i = skip_space(array, 1);
    while (i < array.size() && array[i] != ']') {
        JsonSpan span;
        const size_t end = value_end(array, i, span.depth);
        if (end == i) break;
        span.text = array.substr(i, end - i);
        out.push_back(span);
        i = skip_space(array, end);
        if (i < array.size() && array[i] == ',') i = skip_space(array, i + 1);
    }
    return out;
}

std::vector<JsonMember> json_members(std::string_view object) {
    std::vector<JsonMember> out;
    size_t i = skip_space(object, 1);
    while (i < object.size() && object[i] == '"') {
        JsonMember member;
        const size_t key_end = string_end(object, i);
        member.key = object.substr(i, key_end - i);
        i = skip_space(object, key_end);
        if (i >= object.size() || object[i] != ':') break;
        i = skip_space(object, i + 1);
        const size_t end = value_end(object, i, member.value.depth);
        if (end == i) break;
        member.value.text = object.substr(i, end - i);
        out.push_back(member);
        i = skip_space(object, end);
        if (i < object.size() && object[i] == ',') i = skip_space(object, i + 1);
    }
    return out;
}

}  // namespace limber
