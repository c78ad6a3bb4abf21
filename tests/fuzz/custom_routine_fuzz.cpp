// Builder requests as limber_custom_routine takes them from the page: never a crash,
// always {ok, ...}; a refused routine lists its problems field by field; an accepted
// routine is exactly what its link opens, and its schedule tiles.
#include <string>

#include "core/link.h"
#include "core/page_json.h"
#include "core/state_json.h"
#include "fuzz_catalog.h"
#include "fuzz_check.h"

using namespace limber;
using fuzz::Json;
using fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::catalog();
    const std::string answer = custom_routine_json(catalog, std::string(reinterpret_cast<const char*>(data), size));
    Json j = fuzz::reply(answer, "custom_routine_json");
    require(j.contains("ok") && j["ok"].is_boolean(), "the answer says ok");
    if (!j["ok"].get<bool>()) {
        require(j["error"].is_string() && !j["error"].get_ref<const std::string&>().empty(), "a refused routine says why");
        require(j["problems"].is_array(), "a refused routine lists the fields to fix");
        for (const Json& p : j["problems"])
            require(p["field"].is_string() && p["message"].is_string() && !p["message"].get_ref<const std::string&>().empty() &&
                        (p["item"].is_null() || p["item"].is_number_unsigned()),
                    "each problem names its field and says in words what is wrong");
        return 0;
    }
    const std::string link = j["routine"]["link"].get<std::string>();
    const LinkDecode d = decode_link(catalog, link);
    require(d.ok() && !d.builtin, "an accepted routine's link decodes to a custom routine");
    require(link_json(catalog, d) == answer, "the answer is what the routine's link opens");
    fuzz::require_tiles(compile(catalog, d.routine), d.routine.items.size());
    return 0;
}
