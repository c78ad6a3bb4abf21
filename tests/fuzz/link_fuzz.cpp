// Link text as limber_decode_link and limber_start take it from the page: never a
// crash or a hang, always a JSON answer; an accepted link reads back to the same
// answer, a custom one plays inside each exercise's range and re-encodes to the same
// routine, and its schedule tiles.
#include <string>

#include "core/link.h"
#include "core/state_json.h"
#include "fuzz_catalog.h"
#include "fuzz_check.h"

using namespace limber;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::catalog();
    const std::string text(reinterpret_cast<const char*>(data), size);

    // limber_decode_link
    const LinkDecode d = decode_link(catalog, text);
    const std::string answer = link_json(catalog, d);
    fuzz::Json j = fuzz::reply(answer, "link_json");
    require(j.contains("ok") && j["ok"].is_boolean() && j["ok"].get<bool>() == d.ok(),
            "the answer says ok exactly when the link decodes");
    if (!d.ok()) {
        require(j.contains("error") && j["error"].is_string() && !d.error.empty(), "a refused link says why");
    } else {
        require(j["routine"]["link"].is_string(), "an accepted link comes back with its link");
        const std::string link = j["routine"]["link"].get<std::string>();
        // It names the doses that play, so it opens the same routine without notices.
        fuzz::Json again = fuzz::reply(link_json(catalog, decode_link(catalog, link)), "link_json");
        require(again["notices"] == fuzz::Json::array(), "the link an answer gives opens without notices");
        again["notices"] = j["notices"];
        require(again == j, "the link an answer gives reads back to the same answer");
        for (const RoutineItem& item : d.routine.items)
            require(d.builtin || range_misses(catalog.exercises[static_cast<size_t>(item.exercise)], item.dose).empty(),
                    "a custom routine plays every dose inside its exercise's range");
        require(!d.builtin || d.notices.empty(), "a built-in routine opens as shipped, without notices");
        fuzz::require_tiles(compile(catalog, d.routine), d.routine.items.size());
    }
    if (d.ok() && !d.builtin) {
        const LinkDecode again = decode_link(catalog, encode_custom_link(catalog, d.routine));
        require(again.ok() && again.routine.name == d.routine.name && again.routine.items.size() == d.routine.items.size(),
                "a custom routine re-encodes to a link of the same routine");
        for (size_t i = 0; i < d.routine.items.size(); ++i) {
            const Dose &a = d.routine.items[i].dose, &b = again.routine.items[i].dose;
            require(d.routine.items[i].exercise == again.routine.items[i].exercise && a.reps == b.reps && a.hold_s == b.hold_s &&
                        a.sets == b.sets && a.per_side == b.per_side,
                    "every exercise and dose survives re-encoding");
        }
    }

    // limber_start: a built-in routine's id first, else a link
    if (const Routine* r = catalog.find_routine(text)) fuzz::require_tiles(compile(catalog, *r), r->items.size());
    return 0;
}
