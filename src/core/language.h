// A language pack (assets/lang/<code>.json) laid over the English catalog: the same
// exercises, routines, doses and rules, with every word the page shows or the coach
// says in that language. A pack must translate everything; one that misses or adds
// anything is refused whole, so a language never shows half in English.
#pragma once

#include <string>
#include <string_view>

#include "exercise.h"

namespace limber {

struct LanguageLoad {
    Catalog catalog;       // the English catalog in the pack's words; untouched when refused
    std::string language;  // the pack's code, "de"
    std::string name;      // what the language calls itself, "Deutsch"
    std::string error;     // empty on success; names the file, the entry and the field
    bool ok() const { return error.empty(); }
};

LanguageLoad translate_catalog(const Catalog& english, std::string_view pack_json, std::string_view file_name);

}  // namespace limber
