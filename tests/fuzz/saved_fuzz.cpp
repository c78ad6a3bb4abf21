// Stored favourites and history (localStorage can hold anything), read through
// saved_read_json as limber_read_saved does: never a crash, always a JSON answer; and
// what the page writes back from that answer reads to the same entries and the same
// kept text, and writing those again gives the same text, byte for byte.
#include <string>

#include "core/page_json.h"
#include "fuzz_catalog.h"
#include "fuzz_check.h"
#include "saved_round_trip.h"

using namespace limber;
using fuzz::Json;
using fuzz::raws;
using fuzz::require;
using fuzz::write_request;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const Catalog& catalog = fuzz::catalog();
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (SavedKind kind : {SavedKind::Favourites, SavedKind::History}) {
        Json read = fuzz::reply(saved_read_json(kind, text, catalog), "saved_read_json");
        require(read["entries"].is_array() && read["skipped"].is_array() && read["fromNewer"].is_boolean(),
                "the answer has its fields");
        if (!read["error"].is_null()) {
            require(read["error"].is_string() && read["entries"].empty() && read["skipped"].empty(),
                    "text refused whole gives a reason and no entries");
            continue;
        }
        for (Json& s : read["skipped"])
            require(s["raw"].is_string() && s["reason"].is_string() &&
                        text.find(s["raw"].get_ref<const std::string&>()) != std::string::npos,
                    "a skipped entry's raw text is a piece of the stored text");
        const std::string written = saved_write_json(kind, write_request(read));
        Json again = fuzz::reply(saved_read_json(kind, written, catalog), "saved_read_json of written text");
        require(again["error"].is_null(), "written text reads without error");
        require(again["entries"].dump() == read["entries"].dump(), "written text reads back to the same entries");
        require(raws(again) == raws(read), "written text keeps every skipped entry's text");
        require(saved_write_json(kind, write_request(again)) == written, "writing what was read back gives the same text");
    }
    return 0;
}
