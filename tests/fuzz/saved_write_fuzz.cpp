// Requests to saved_write_json, as limber_write_saved takes them from the page: never
// a crash, always either saved text or {"error"}; the text reads back without error,
// and one read and write later it is a fixed point, byte for byte. When every link in
// the request decodes, the first write already is.
#include <string>

#include "core/link.h"
#include "core/page_json.h"
#include "fuzz_catalog.h"
#include "fuzz_check.h"
#include "saved_round_trip.h"

using namespace limber;
using fuzz::Json;
using fuzz::raws;
using fuzz::require;
using fuzz::write_request;

namespace {

// Whether the reader will take every entry the writer takes: their links all decode.
bool links_decode(const Catalog& catalog, const std::string& request) {
    Json j = Json::parse(request, nullptr, false);
    for (Json& e : j["entries"])
        if (e.is_object() && e.contains("link") && e["link"].is_string() &&
            !decode_link(catalog, e["link"].get<std::string>()).ok())
            return false;
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::catalog();
    const std::string request(reinterpret_cast<const char*>(data), size);
    for (SavedKind kind : {SavedKind::Favourites, SavedKind::History}) {
        const std::string written = saved_write_json(kind, request);
        Json read = fuzz::reply(saved_read_json(kind, written, catalog), "saved_read_json of written text");
        if (written.rfind("{\"error\":", 0) == 0) {
            Json refusal = fuzz::reply(written, "saved_write_json");
            require(refusal.size() == 1 && refusal["error"].is_string(), "a refused request gets {error} and nothing else");
            require(!read["error"].is_null(), "a refusal is never read as a saved list");
            continue;
        }
        require(read["error"].is_null(), "written text reads without error");
        const std::string second = saved_write_json(kind, write_request(read));
        Json again = fuzz::reply(saved_read_json(kind, second, catalog), "saved_read_json of rewritten text");
        require(again["error"].is_null() && again["entries"].dump() == read["entries"].dump() && raws(again) == raws(read),
                "rewritten text reads back to the same entries and kept text");
        require(saved_write_json(kind, write_request(again)) == second, "a read and a write later the text is a fixed point");
        if (links_decode(catalog, request))
            require(second == written, "when every link decodes, writing what was read changes nothing");
    }
    return 0;
}
