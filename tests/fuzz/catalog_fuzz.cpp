// Catalog text of any shape: load or refuse with a message, never crash; a loaded
// catalog goes to the page whole, and each of its routines compiles to a schedule
// that tiles [0, total].
#include <string_view>

#include "core/catalog.h"
#include "core/state_json.h"
#include "fuzz_check.h"

using namespace limber;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const CatalogLoad load = load_catalog(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!load.ok()) {
        require(load.catalog.exercises.empty() && load.catalog.routines.empty(), "a refused catalog holds nothing");
        return 0;
    }
    (void)fuzz::reply(catalog_json(load.catalog), "catalog_json");
    for (const Routine& r : load.catalog.routines) fuzz::require_tiles(compile(load.catalog, r), r.items.size());
    return 0;
}
