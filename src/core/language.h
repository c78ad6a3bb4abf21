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

// catalog.json's text with a pack's words laid over it, and its "language": what the build
// puts in dist/lang-<code>.js, so that the page's core reads another language as it reads
// the English (load_catalog) and carries no pack reader. The pack is checked as
// translate_catalog checks it, and the text must read back as exactly its catalog.
struct TranslatedText {
    std::string json;
    std::string error;  // empty on success
};
TranslatedText translated_catalog_text(std::string_view catalog_json, std::string_view pack_json, std::string_view pack_file);

// A catalog that can stand in for `english` while a routine plays: the same exercises and
// routines, by id, in the same order, each routine naming the same exercises.
bool same_but_words(const Catalog& english, const Catalog& words);

}  // namespace limber
