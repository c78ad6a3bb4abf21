// Loads and validates the catalog JSON shipped in assets/.
#pragma once

#include <string>
#include <string_view>

#include "exercise.h"

namespace limber {

struct CatalogLoad {
    Catalog catalog;
    std::string error;  // empty on success; names the file, the entry and the field
    bool ok() const { return error.empty(); }
};

CatalogLoad load_catalog(std::string_view json_text, std::string_view file_name);

}  // namespace limber
