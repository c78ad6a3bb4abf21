// The shipped catalog, loaded once per fuzzing process.
#pragma once

#include <cstdlib>

#include "core/catalog.h"
#include "embedded/assets.h"

namespace limber::fuzz {

inline const Catalog& catalog() {
    static const Catalog c = [] {
        CatalogLoad load = load_catalog(asset("catalog.json"), "catalog.json");
        if (!load.ok()) std::abort();
        return load.catalog;
    }();
    return c;
}

}  // namespace limber::fuzz
