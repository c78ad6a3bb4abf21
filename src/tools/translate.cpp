// Writes catalog.json in a language pack's words, for the build's dist/lang-<code>.js: the
// page's core reads it as it reads the English and needs no pack reader of its own.
// Fails, naming the file and the field, when the pack misses, adds or empties any text.
//   limber-translate CATALOG.json PACK.json OUT.json
#include <cstdio>
#include <fstream>
#include <optional>

#include "core/language.h"
#include "read_file.h"

using limber::tools::read_file;

int main(int argc, char** argv) {
    if (argc != 4) {
        std::fprintf(stderr, "usage: limber-translate CATALOG.json PACK.json OUT.json\n");
        return 2;
    }
    const std::optional<std::string> catalog = read_file("limber-translate", argv[1]);
    const std::optional<std::string> pack = catalog ? read_file("limber-translate", argv[2]) : std::nullopt;
    if (!pack) return 2;
    const limber::TranslatedText out = limber::translated_catalog_text(*catalog, *pack, argv[2]);
    if (!out.error.empty()) {
        std::fprintf(stderr, "limber-translate: %s\n", out.error.c_str());
        return 1;
    }
    std::ofstream file(argv[3], std::ios::binary);
    file << out.json;
    if (!file.flush()) {
        std::fprintf(stderr, "limber-translate: cannot write %s\n", argv[3]);
        return 2;
    }
    return 0;
}
