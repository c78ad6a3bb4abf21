// What the catalog and language-pack readers share: the first problem found becomes the
// error, naming the file, the entry being read and the field.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace limber {

struct FieldReader {
    std::string_view file;
    std::string where = "top level";
    std::string error;

    bool fail(const std::string& field, const std::string& what) {
        if (error.empty()) error = std::string(file) + ": " + where + ": field '" + field + "' " + what;
        return false;
    }

    bool text(const nlohmann::json& obj, const char* key, std::string& out) {
        auto it = obj.find(key);
        if (it == obj.end() || !it->is_string() || it->get_ref<const std::string&>().empty())
            return fail(key, "must be a non-empty string");
        out = it->get<std::string>();
        return true;
    }
};

}  // namespace limber
