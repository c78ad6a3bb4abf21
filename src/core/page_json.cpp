#include "page_json.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "link.h"
#include "state_json.h"

namespace limber {

namespace {

using Json = nlohmann::json;

int small_int(const Json& j, const char* key, int fallback) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return fallback;
    const double v = it->get<double>();
    return std::isfinite(v) && v >= -1e6 && v <= 1e6 ? static_cast<int>(v) : -1;
}

std::string item_problem(const Catalog& catalog, const Json& j, RoutineItem& item) {
    if (!j.is_object()) return "is not an object";
    auto id = j.find("exercise");
    if (id == j.end() || !id->is_string()) return "names no exercise";
    item.exercise = catalog.find_exercise(id->get<std::string>());
    if (item.exercise < 0) return "names no exercise in the catalog ('" + id->get<std::string>() + "')";
    const Exercise& ex = catalog.exercises[static_cast<size_t>(item.exercise)];
    item.dose = ex.dose;
    if (ex.dose.reps > 0) item.dose.reps = small_int(j, "reps", ex.dose.reps);
    else item.dose.hold_s = small_int(j, "holdSeconds", ex.dose.hold_s);
    item.dose.sets = small_int(j, "sets", ex.dose.sets);
    if (auto sides = j.find("perSide"); sides != j.end() && sides->is_boolean()) item.dose.per_side = sides->get<bool>();
    return dose_problem(item.dose);
}

std::string failure(const std::string& error) { return Json{{"ok", false}, {"error", error}}.dump(); }

}  // namespace

std::string custom_routine_json(const Catalog& catalog, std::string_view request) {
    const Json j = Json::parse(request.begin(), request.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return failure("the routine is not a JSON object");
    Routine routine;
    auto name = j.find("name");
    if (name == j.end() || !name->is_string() || name->get_ref<const std::string&>().empty())
        return failure("the routine needs a name");
    routine.name = name->get<std::string>();
    auto items = j.find("items");
    if (items == j.end() || !items->is_array() || items->empty()) return failure("the routine needs at least one exercise");
    if (items->size() > kMaxLinkItems) return failure("a routine holds at most " + std::to_string(kMaxLinkItems) + " exercises");
    for (size_t i = 0; i < items->size(); ++i) {
        RoutineItem item;
        if (std::string why = item_problem(catalog, (*items)[i], item); !why.empty())
            return failure("exercise " + std::to_string(i + 1) + " " + why);
        routine.items.push_back(item);
    }
    // Reading the link back checks what the link codec checks (name length, bytes)
    // and gives the page exactly what a bookmark of it would open.
    return link_json(catalog, decode_link(catalog, encode_custom_link(catalog, routine)));
}

std::string saved_read_json(SavedKind kind, std::string_view text, const Catalog& catalog) {
    const SavedRead read = read_saved(kind, text, catalog);
    Json entries = Json::array();
    for (const SavedEntry& e : read.entries)
        entries.push_back({{"link", e.link}, {"atMs", e.at_ms}, {"durationMs", e.duration_ms}});
    Json skipped = Json::array();
    for (const SkippedEntry& s : read.skipped) skipped.push_back({{"index", s.index}, {"reason", s.reason}, {"raw", s.raw}});
    return Json{{"entries", entries},
                {"skipped", skipped},
                {"error", read.error.empty() ? Json(nullptr) : Json(read.error)},
                {"fromNewer", read.from_newer}}
        .dump();
}

std::string saved_write_json(SavedKind kind, std::string_view request) {
    const Json j = Json::parse(request.begin(), request.end(), nullptr, false);
    std::vector<SavedEntry> entries;
    std::vector<std::string> kept;
    if (j.is_object()) {
        for (const Json& e : j.value("entries", Json::array())) {
            if (!e.is_object() || !e.contains("link") || !e["link"].is_string()) continue;
            SavedEntry entry;
            entry.link = e["link"].get<std::string>();
            entry.at_ms = e.value("atMs", 0.0);
            entry.duration_ms = e.value("durationMs", 0.0);
            entries.push_back(std::move(entry));
        }
        for (const Json& raw : j.value("kept", Json::array()))
            if (raw.is_string()) kept.push_back(raw.get<std::string>());
    }
    return write_saved(kind, entries, kept);
}

}  // namespace limber
