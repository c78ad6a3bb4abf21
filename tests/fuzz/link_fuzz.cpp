// Untrusted link text: must never crash or hang, and anything it accepts must
// encode back to a link that decodes to the same routine.
#include <cstdlib>
#include <string>

#include "core/link.h"
#include "core/state_json.h"
#include "fuzz_catalog.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const limber::Catalog& catalog = limber::fuzz::catalog();
    const limber::LinkDecode d = limber::decode_link(catalog, std::string(reinterpret_cast<const char*>(data), size));
    (void)limber::link_json(catalog, d);  // what the page gets; JSON of text that is not UTF-8 would throw
    if (!d.ok() || d.builtin) return 0;
    const limber::LinkDecode again = limber::decode_link(catalog, limber::encode_custom_link(catalog, d.routine));
    if (!again.ok() || again.routine.name != d.routine.name || again.routine.items.size() != d.routine.items.size()) std::abort();
    for (size_t i = 0; i < d.routine.items.size(); ++i) {
        const limber::Dose &a = d.routine.items[i].dose, &b = again.routine.items[i].dose;
        if (a.reps != b.reps || a.hold_s != b.hold_s || a.sets != b.sets || a.per_side != b.per_side) std::abort();
    }
    return 0;
}
