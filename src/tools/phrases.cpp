// Prints every phrase the coach can say with a catalog, one "id<TAB>words" a line:
// the list scripts/make-voice speaks and checks the voice sheet against, taken from
// the core so the voice and the captions never disagree.
//   limber-phrases CATALOG.json
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/catalog.h"
#include "core/speech.h"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: limber-phrases CATALOG.json\n");
        return 2;
    }
    std::ifstream file(argv[1], std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "limber-phrases: cannot read %s\n", argv[1]);
        return 2;
    }
    std::ostringstream text;
    text << file.rdbuf();
    const limber::CatalogLoad load = limber::load_catalog(text.str(), argv[1]);
    if (!load.ok()) {
        std::fprintf(stderr, "limber-phrases: %s\n", load.error.c_str());
        return 1;
    }
    for (const limber::Phrase& p : limber::phrase_table(load.catalog)) std::printf("%s\t%s\n", p.id.c_str(), p.text.c_str());
    return 0;
}
