// Catalog text of any shape: load or refuse with a message, never crash; a loaded
// catalog's routines all compile.
#include <cstdlib>
#include <string_view>

#include "core/catalog.h"
#include "core/timeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const limber::CatalogLoad load = limber::load_catalog(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (!load.ok()) return 0;
    for (const limber::Routine& r : load.catalog.routines)
        if (limber::compile(load.catalog, r).total_ms <= 0) std::abort();
    return 0;
}
