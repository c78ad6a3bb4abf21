// Prints every phrase the coach can say with a catalog, one "id<TAB>words" a line:
// the list scripts/make-voice speaks and checks the voice sheet against, taken from
// the core so the voice and the captions never disagree. With a language pack, the
// phrases are the pack's words laid over the catalog, as the player says them.
//   limber-phrases CATALOG.json [PACK.json]
#include <cstdio>
#include <optional>

#include "core/catalog.h"
#include "core/language.h"
#include "core/speech.h"
#include "read_file.h"

using limber::tools::read_file;

int main(int argc, char** argv) {
    if (argc != 2 && argc != 3) {
        std::fprintf(stderr, "usage: limber-phrases CATALOG.json [PACK.json]\n");
        return 2;
    }
    const std::optional<std::string> catalog_text = read_file("limber-phrases", argv[1]);
    if (!catalog_text) return 2;
    limber::CatalogLoad load = limber::load_catalog(*catalog_text, argv[1]);
    if (!load.ok()) {
        std::fprintf(stderr, "limber-phrases: %s\n", load.error.c_str());
        return 1;
    }
    if (argc == 3) {
        const std::optional<std::string> pack_text = read_file("limber-phrases", argv[2]);
        if (!pack_text) return 2;
        limber::LanguageLoad translated = limber::translate_catalog(load.catalog, *pack_text, argv[2]);
        if (!translated.ok()) {
            std::fprintf(stderr, "limber-phrases: %s\n", translated.error.c_str());
            return 1;
        }
        load.catalog = std::move(translated.catalog);
    }
    for (const limber::Phrase& p : limber::phrase_table(load.catalog)) std::printf("%s\t%s\n", p.id.c_str(), p.text.c_str());
    return 0;
}
