// The page's side of a saved-data round trip, for the harnesses that check it.
#pragma once

#include <string>

#include "fuzz_check.h"

namespace limber::fuzz {

// What the page hands writeSaved after a read: the entries, and the skipped entries' raw text as kept.
inline std::string write_request(Json& read) {
    Json kept = Json::array();
    for (Json& s : read["skipped"]) kept.push_back(s["raw"]);
    return Json{{"entries", read["entries"]}, {"kept", kept}}.dump();
}

inline Json raws(Json& read) {
    Json out = Json::array();
    for (Json& s : read["skipped"]) out.push_back(s["raw"]);
    return out;
}

}  // namespace limber::fuzz
