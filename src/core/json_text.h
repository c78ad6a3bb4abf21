// JSON text from the page and from storage, read without trusting its shape.
// nlohmann's parser and destructor loop rather than recurse, but copying, comparing
// and dump() recurse once per level of nesting, so text nested deeper than any real
// data is refused before it is parsed (docs/saved-data.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace limber {

// Real data nests three levels deep (a saved list: the object, its entries, one entry).
constexpr int kMaxJsonDepth = 64;

// How deeply arrays and objects nest in `text`, counting brackets outside strings.
// Text that is not JSON still gets a number; parsing says whether it is JSON.
int json_depth(std::string_view text);

// Parses one JSON value nested at most kMaxJsonDepth deep: "" on success, else why not
// ("is not JSON", "is nested more than 64 levels deep").
std::string parse_limited(std::string_view text, nlohmann::json& out);

// `text` without JSON whitespace around it.
std::string_view json_trim(std::string_view text);

// One value inside JSON text, exactly as written there.
struct JsonSpan {
    std::string_view text;
    int depth = 0;  // as json_depth counts it
};

struct JsonMember {
    std::string_view key;  // the key as written, quotes and escapes included
    JsonSpan value;
};

// The elements of a JSON array, or the members of an object, as spans of the text.
// The text must be one valid JSON array or object (nlohmann::json::accept), trimmed;
// the scan loops, so any nesting is safe.
std::vector<JsonSpan> json_elements(std::string_view array);
std::vector<JsonMember> json_members(std::string_view object);

}  // namespace limber
