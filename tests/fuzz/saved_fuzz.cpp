// Untrusted saved data (localStorage can hold anything): never crash, and every
// entry is either kept or reported as skipped.
#include <cstdlib>
#include <string_view>

#include "core/saved.h"
#include "fuzz_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (limber::SavedKind kind : {limber::SavedKind::Favourites, limber::SavedKind::History}) {
        const limber::SavedRead r = limber::read_saved(kind, text, limber::fuzz::catalog());
        if (!r.error.empty() && (!r.entries.empty() || !r.skipped.empty())) std::abort();
        if (r.error.empty()) {
            const limber::SavedRead again = limber::read_saved(kind, limber::write_saved(kind, r.entries), limber::fuzz::catalog());
            if (again.entries.size() != r.entries.size() || !again.skipped.empty()) std::abort();
        }
    }
    return 0;
}
